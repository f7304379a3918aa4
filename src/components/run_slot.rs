//! Turns a finished run into the app's `Outcome` (with what changed against the previous
//! plan). The workbench runs in the web worker (`RunPanel`); `compute` runs on the
//! page's thread for the one place that needs an answer at once (checking an imported
//! scenario file).

use crate::i18n::{tr, Text};
use crate::solver::RunResult;
use crate::state::{AppState, Outcome};
use leptos::prelude::*;
use seimbang_engine::plan::{diff, pareto, pareto_curve, solve_adjusted, ParetoPoint, Plan};
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
    let (pareto, run_point) = on_curve(pareto, &adjusted.plan);
    Ok(Outcome {
        changes: previous.map(|p| diff(&p.plan, &adjusted.plan)),
        plan: Arc::new(adjusted.plan),
        pareto: Arc::new(pareto),
        run_point,
        picked: run_point,
        run_params: params.clone(),
        params,
        adjustments,
        refused: adjusted.refused,
        stale_adjustments: adjusted.stale,
        data: loaded.dataset.clone(),
        solve_ms: js_sys::Date::now() - started,
    })
}

/// The run's curve with its own plan on it (none without a curve: a run with
/// adjustments has none).
fn on_curve(curve: Vec<ParetoPoint>, plan: &Plan) -> (Vec<ParetoPoint>, usize) {
    if curve.is_empty() {
        (curve, 0)
    } else {
        pareto::through(curve, plan)
    }
}

/// The outcome of a run the worker finished; `previous` is the outcome it replaces.
pub fn from_result(r: &RunResult, previous: Option<&Outcome>) -> Outcome {
    let previous = previous.filter(|o| Arc::ptr_eq(&o.data, &r.request.dataset));
    let (pareto, run_point) = on_curve(r.pareto.to_vec(), &r.plan);
    Outcome {
        changes: previous.map(|p| diff(&p.plan, &r.plan)),
        plan: r.plan.clone(),
        pareto: Arc::new(pareto),
        run_point,
        picked: run_point,
        params: r.request.params.clone(),
        run_params: r.request.params.clone(),
        adjustments: r.request.adjustments.clone().unwrap_or_default(),
        refused: r.refused.clone(),
        stale_adjustments: r.stale.clone(),
        data: r.request.dataset.clone(),
        solve_ms: r.solve_ms,
    }
}
