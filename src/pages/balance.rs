//! The Balance page.

use crate::components::summary::DataSummary;
use crate::i18n::{tr, Text};
use leptos::prelude::*;

/// The Balance page of the workflow.
#[component]
pub fn BalancePage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{tr(Text::BalanceTitle)}</h1>
            <DataSummary/>
            <p class="muted">{tr(Text::ComingNext)}</p>
        </section>
    }
}
