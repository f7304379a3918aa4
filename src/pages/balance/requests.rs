//! The volunteers' own requests at a glance: how many asked for a unit, how many the
//! plan grants, and why the others are not (counted by reason). Each person's verdict is
//! in the person search and, for everyone, in the report.

use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::scenario::{tally, Request};

/// The counts, shown only when someone asked.
#[component]
pub fn RequestsSummary(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let requests: Vec<Request> = outcome.scenario.requests(&outcome.plan);
    if requests.is_empty() {
        return ().into_any();
    }
    let total = requests.len();
    let rows = move || {
        tally(&requests, lang.get())
            .into_iter()
            .map(|(label, n)| view! { <li>{label} ": " <strong>{lang.get().grouped(n as f64)}</strong></li> })
            .collect_view()
    };
    view! {
        <section class="requests" aria-labelledby="requests-title" data-testid="requests-summary">
            <h2 id="requests-title">{tr(Text::RequestsTitle)}</h2>
            <p>{move || Text::RequestsCount.get(lang.get()).replace("{n}", &lang.get().grouped(total as f64))}</p>
            <ul>{rows}</ul>
        </section>
    }
    .into_any()
}
