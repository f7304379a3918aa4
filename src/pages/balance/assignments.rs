//! The temporary assignments after the plan: each temporary need of the data with how
//! many it asked for, how many the second flow lends and why not more, and each helper
//! with their home slot, the unit they help, the period and why them. Shown apart from
//! the permanent moves: these people come back.

use crate::components::table_view::TableView;
use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::report::assignments::{assignments_table, needs_table};
use seimbang_workbench::need_timeline::{axis, need_bars};

/// The needs and the helpers (nothing when the data has no temporary need).
#[component]
pub fn AssignmentsPanel(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let temporary = outcome.scenario.temporary(&outcome.plan);
    if temporary.needs.is_empty() {
        return ().into_any();
    }
    let count = temporary.assignments.len();
    let bars = need_bars(&temporary);
    let span = axis(&temporary);
    let names = seimbang_engine::report::names::Names::of(outcome.data());
    let labels: Vec<String> = temporary
        .needs
        .iter()
        .map(|f| names.unit_or_code(&f.need.kode_unit))
        .collect();
    let fills: Vec<(u32, f64)> = temporary
        .needs
        .iter()
        .map(|f| (f.assigned, f.need.tambahan))
        .collect();
    let timeline = move || {
        let lang = lang.get();
        bars.iter()
            .map(|b| {
                let (assigned, asked) = fills[b.need];
                let text = format!(
                    "{}: {} / {}",
                    labels[b.need],
                    assigned,
                    lang.decimal(asked)
                );
                view! {
                    <div class="need-row" data-testid="need-bar">
                        <span class="need-label">{text}</span>
                        <div class="need-axis">
                            <div class="need-period" style=format!("left:{:.2}%;width:{:.2}%", b.left, b.width)>
                                <div class="need-filled" style=format!("width:{:.1}%", 100.0 * b.filled)></div>
                            </div>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    let tables = move || {
        let lang = lang.get();
        let ds = outcome.data();
        let needs = needs_table(ds, &temporary, lang);
        let helpers = assignments_table(ds, outcome.scenario.slots(), &temporary, lang);
        view! {
            <TableView table=needs max_rows=usize::MAX/>
            <TableView table=helpers max_rows=usize::MAX/>
        }
    };
    view! {
        <section class="assignments" aria-labelledby="assignments-title" data-testid="temporary-assignments" data-count=count>
            <h2 id="assignments-title">{tr(Text::AssignmentsTitle)}</h2>
            <figure class="need-timeline" aria-label=move || tr(Text::AssignmentsTimeline)()>
                <figcaption class="muted">{tr(Text::AssignmentsTimeline)}</figcaption>
                {timeline}
                {move || span.map(|(a, b)| view! {
                    <div class="need-row"><span></span><div class="need-dates muted"><span>{lang.get().date(a)}</span><span>{lang.get().date(b)}</span></div></div>
                })}
            </figure>
            {tables}
        </section>
    }
    .into_any()
}
