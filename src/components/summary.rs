//! The key counts of the loaded data (employees, units, slots, OPD), or a pointer to
//! the Data page when nothing is loaded yet.

use crate::i18n::{tr, Text};
use crate::state::use_app;
use leptos::prelude::*;

/// Counts of the loaded dataset.
#[component]
pub fn DataSummary() -> impl IntoView {
    let state = use_app();
    move || match state.loaded.get() {
        None => view! { <crate::components::restore_notice::NoData/> }.into_any(),
        Some(l) => {
            let c = l.counts();
            let source = if l.source.is_empty() {
                tr(Text::DemoSource).into_any()
            } else {
                l.source.clone().into_any()
            };
            view! {
                <div class="summary" data-testid="data-summary">
                    <p class="source" data-testid="data-source">{source}</p>
                    <dl class="figures">
                        <div><dt>{tr(Text::Employees)}</dt><dd data-testid="count-employees">{c.employees}</dd></div>
                        <div><dt>{tr(Text::Units)}</dt><dd data-testid="count-units">{c.units}</dd></div>
                        <div><dt>{tr(Text::Slots)}</dt><dd data-testid="count-slots">{c.slots}</dd></div>
                        <div><dt>{tr(Text::Opd)}</dt><dd data-testid="count-opd">{c.opd}</dd></div>
                    </dl>
                </div>
            }
            .into_any()
        }
    }
}
