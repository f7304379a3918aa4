//! The temporary assignments after the plan: each temporary need of the data with how
//! many it asked for, how many the second flow lends and why not more, and each helper
//! with their home slot, the unit they help, the period and why them. Shown apart from
//! the permanent moves: these people come back.

use crate::components::table_view::TableView;
use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::report::assignments::{assignments_table, needs_table};

/// The needs and the helpers (nothing when the data has no temporary need).
#[component]
pub fn AssignmentsPanel(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let temporary = outcome.scenario.temporary(&outcome.plan);
    if temporary.needs.is_empty() {
        return ().into_any();
    }
    let count = temporary.assignments.len();
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
            {tables}
        </section>
    }
    .into_any()
}
