//! The Report page.

use crate::components::summary::DataSummary;
use crate::i18n::{tr, Text};
use leptos::prelude::*;

/// The Report page of the workflow.
#[component]
pub fn ReportPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{tr(Text::ReportTitle)}</h1>
            <DataSummary/>
            <p class="muted">{tr(Text::ComingNext)}</p>
        </section>
    }
}
