//! The Scenarios page.

use crate::components::summary::DataSummary;
use crate::i18n::{tr, Text};
use leptos::prelude::*;

/// The Scenarios page of the workflow.
#[component]
pub fn ScenariosPage() -> impl IntoView {
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{tr(Text::ScenariosTitle)}</h1>
            <DataSummary/>
            <p class="muted">{tr(Text::ComingNext)}</p>
        </section>
    }
}
