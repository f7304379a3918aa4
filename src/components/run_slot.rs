//! Runs the optimiser for the loaded data and the scenario's parameters and stores the
//! outcome. (Interim: on the page's own thread; the web worker takes this over.)

use crate::i18n::{tr, Text};
use crate::state::{use_app, Outcome};
use leptos::prelude::*;
use seimbang_engine::plan::{pareto_curve, solve};
use std::sync::Arc;

/// The run button and its status.
#[component]
pub fn RunSlot() -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<String>);
    let run = move |_| {
        let Some(loaded) = state.loaded.get_untracked() else {
            return;
        };
        let params = state.params.get_untracked();
        let d = params.tanggal_acuan.unwrap_or(state.today);
        let started = js_sys::Date::now();
        match solve(&loaded.dataset, &params, d) {
            Ok(plan) => {
                let pareto = pareto_curve(&loaded.dataset, &params, d, 25).unwrap_or_default();
                state.outcome.set(Some(Outcome {
                    plan: Arc::new(plan),
                    pareto: Arc::new(pareto),
                    params,
                    data: loaded.dataset.clone(),
                    solve_ms: js_sys::Date::now() - started,
                }));
                error.set(None);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <div class="run-panel">
            <button type="button" class="primary" data-testid="run-button" on:click=run
                disabled=move || state.loaded.with(|l| l.is_none())>{tr(Text::Run)}</button>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="run-error">{e}</p> })}
        </div>
    }
}
