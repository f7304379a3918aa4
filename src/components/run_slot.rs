//! Runs the optimiser for the loaded data, the scenario's parameters and the user's
//! adjustments, and stores the outcome with what changed against the previous plan.
//! (Interim: on the page's own thread; the web worker takes this over.)

use crate::i18n::{tr, Text};
use crate::state::{use_app, AppState, Outcome};
use leptos::prelude::*;
use seimbang_engine::plan::{diff, pareto_curve, solve_adjusted};
use std::sync::Arc;

/// Compute a new outcome from the current state.
pub fn compute(state: AppState) -> Result<Outcome, String> {
    let loaded = state
        .loaded
        .get_untracked()
        .ok_or_else(|| tr(Text::NoDataYet)().to_string())?;
    let params = state.params.get_untracked();
    let adjustments = state.adjustments.get_untracked();
    let d = params.tanggal_acuan.unwrap_or(state.today);
    let started = js_sys::Date::now();
    let adjusted =
        solve_adjusted(&loaded.dataset, &params, d, &adjustments).map_err(|e| e.to_string())?;
    // The curve is of the plain model: with adjustments it would not match the plan.
    let pareto = if adjustments.is_empty() {
        pareto_curve(&loaded.dataset, &params, d, 25).unwrap_or_default()
    } else {
        Vec::new()
    };
    let previous = state
        .outcome
        .get_untracked()
        .filter(|o| Arc::ptr_eq(&o.data, &loaded.dataset));
    Ok(Outcome {
        changes: previous.map(|p| diff(&p.plan, &adjusted.plan)),
        plan: Arc::new(adjusted.plan),
        pareto: Arc::new(pareto),
        params,
        adjustments,
        refused: adjusted.refused,
        stale_adjustments: adjusted.stale,
        data: loaded.dataset.clone(),
        solve_ms: js_sys::Date::now() - started,
    })
}

/// The run button and its status.
#[component]
pub fn RunSlot() -> impl IntoView {
    let state = use_app();
    let error = RwSignal::new(None::<String>);
    let run = move |_| match compute(state) {
        Ok(o) => {
            state.outcome.set(Some(o));
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    view! {
        <div class="run-panel">
            <button type="button" class="primary" data-testid="run-button" on:click=run
                disabled=move || state.loaded.with(|l| l.is_none())>{tr(Text::Run)}</button>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="run-error">{e}</p> })}
        </div>
    }
}
