//! The workflow navigation: Data → Analisis → Penyeimbangan → Skenario → Laporan.
//! Plain buttons in a nav landmark, so the keyboard reaches each one in order.

use crate::i18n::{tr, Text};
use crate::state::{use_app, Page};
use leptos::prelude::*;

fn label(page: Page) -> Text {
    match page {
        Page::Data => Text::NavData,
        Page::Analysis => Text::NavAnalysis,
        Page::Balance => Text::NavBalance,
        Page::Scenarios => Text::NavScenarios,
        Page::Report => Text::NavReport,
        Page::Rules => Text::NavRules,
    }
}

/// The page tabs.
#[component]
pub fn Nav() -> impl IntoView {
    let state = use_app();
    let items = Page::ALL
        .iter()
        .enumerate()
        .map(|(i, &page)| {
            let current = move || state.page.get() == page;
            view! {
                <li>
                    <button
                        type="button"
                        class="nav-item"
                        class:current=current
                        aria-current=move || if current() { "page" } else { "false" }
                        data-testid=format!("nav-{}", page.id())
                        on:click=move |_| state.page.set(page)
                    >
                        <span class="nav-step">{i + 1}</span>
                        {tr(label(page))}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <nav class="app-nav" aria-label=tr(Text::NavLabel)><ol>{items}</ol></nav> }
}
