//! The app frame: header with navigation and language switch, the open page, footer.

use crate::components::lang_switch::LangSwitch;
use crate::components::nav::Nav;
use crate::i18n::{tr, Text};
use crate::pages::{AnalysisPage, BalancePage, DataPage, ReportPage, RulesPage, ScenariosPage};
use crate::settings::Settings;
use crate::solver::SolverClient;
use crate::state::{AppState, Loaded, Page};
use leptos::prelude::*;
use seimbang_engine::Params;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Settings::load().lang);
    provide_context(lang);
    let today = crate::state::today();
    let loaded = RwSignal::new(None);
    let params = RwSignal::new(Params {
        tanggal_acuan: Some(today),
        ..Params::default()
    });
    let adjustments = RwSignal::new(Default::default());
    let scenario = Memo::new(move |_| {
        loaded.with(|l| {
            params.with(|p| adjustments.with(|a| crate::state::resolve(l.as_ref(), p, a, today)))
        })
    });
    let state = AppState {
        page: RwSignal::new(Page::Data),
        loaded,
        import_report: RwSignal::new(None),
        params,
        adjustments,
        scenario,
        outcome: RwSignal::new(None),
        restoring: RwSignal::new(false),
        shelved: RwSignal::new(None),
        replan: RwSignal::new(Default::default()),
        scenario_name: RwSignal::new(String::new()),
        today,
    };
    provide_context(state);
    // The solver worker's handle (spawned on the first run).
    let solver = SolverClient::new();
    provide_context(solver);
    solver.on_done(move |r| {
        let previous = state.outcome.get_untracked();
        let current = state.current_untracked();
        if let Some(next) = crate::components::run_slot::from_result(&r, previous.as_ref(), current)
        {
            let next = crate::scenario::replan::finish(state, next);
            state.outcome.set(Some(next));
        }
    });
    // A recomputed saved plan that fails leaves the "computing again" notice.
    solver.on_failed(move || crate::scenario::replan::abandon(state));
    let demo = opens_demo(&window().location().search().unwrap_or_default());
    if demo {
        state.loaded.set(Some(Loaded::demo()));
    }
    crate::scenario::autosave::install(state, solver, demo);

    // Sync with the outside world: the chosen language is stored and set on <html lang>.
    Effect::new(move |_| {
        let lang = lang.get();
        Settings { lang }.save();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(
                "lang",
                if lang == seimbang_engine::lang::Lang::En {
                    "en"
                } else {
                    "id"
                },
            );
        }
    });

    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">"Seimbang"</span>
                <span class="brand-tagline" data-testid="tagline">{tr(Text::AppTagline)}</span>
            </div>
            <LangSwitch/>
        </header>
        <Nav/>
        <crate::components::restore_notice::ShelvedNotice/>
        <crate::components::restore_notice::ReplanStatus/>
        <main class="page" data-testid="page" id="main">
            {move || match state.page.get() {
                Page::Data => view! { <DataPage/> }.into_any(),
                Page::Analysis => view! { <AnalysisPage/> }.into_any(),
                Page::Balance => view! { <BalancePage/> }.into_any(),
                Page::Scenarios => view! { <ScenariosPage/> }.into_any(),
                Page::Report => view! { <ReportPage/> }.into_any(),
                Page::Rules => view! { <RulesPage/> }.into_any(),
            }}
        </main>
        <footer class="app-footer">{tr(Text::PrivacyNote)}</footer>
    }
}

/// `?demo` in the URL opens the demo dataset right away (the serve command's link).
pub fn opens_demo(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|kv| kv == "demo" || kv.starts_with("demo="))
}
