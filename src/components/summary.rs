//! The key counts of the loaded data (employees, units, slots, OPD), or a pointer to
//! the Data page when nothing is loaded yet.

use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;

/// Counts of the loaded dataset.
#[component]
pub fn DataSummary() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    move || match state.loaded.get() {
        None => view! { <crate::components::restore_notice::NoData/> }.into_any(),
        Some(l) => {
            let c = l.counts;
            let source = if l.source.is_empty() {
                tr(Text::DemoSource).into_any()
            } else {
                l.source.clone().into_any()
            };
            view! {
                <div class="summary" data-testid="data-summary">
                    <p class="source" data-testid="data-source">{source}</p>
                    <dl class="figures">
                        <div><dt>{tr(Text::Employees)}</dt><dd data-testid="count-employees">{move || number(c.employees as f64, 0, lang.get())}</dd></div>
                        <div><dt>{tr(Text::Units)}</dt><dd data-testid="count-units">{move || number(c.units as f64, 0, lang.get())}</dd></div>
                        <div><dt>{tr(Text::Slots)}</dt><dd data-testid="count-slots">{move || number(c.slots as f64, 0, lang.get())}</dd></div>
                        <div><dt>{tr(Text::Opd)}</dt><dd data-testid="count-opd">{move || number(c.opd as f64, 0, lang.get())}</dd></div>
                    </dl>
                </div>
            }
            .into_any()
        }
    }
}
