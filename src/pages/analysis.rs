//! The Analysis page.

use crate::components::summary::DataSummary;
use crate::i18n::{tr, Text};
use leptos::prelude::*;

/// The Analysis page of the workflow.
#[component]
pub fn AnalysisPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{tr(Text::AnalysisTitle)}</h1>
            <DataSummary/>
            <p class="muted">{tr(Text::ComingNext)}</p>
        </section>
    }
}
