//! Turns a finished run into the app's `Outcome` (with what changed against the previous
//! plan). Every run is the web worker's (`RunPanel`, a replan, a shared file).

use crate::solver::RunResult;
use crate::state::Outcome;
use seimbang_engine::plan::{diff, pareto, ParetoPoint, Plan};
use seimbang_engine::scenario::Scenario;
use std::sync::Arc;

/// The run's curve with its own plan on it (none without a curve: a run with
/// adjustments has none).
fn on_curve(curve: Vec<ParetoPoint>, plan: &Plan) -> (Vec<ParetoPoint>, usize) {
    if curve.is_empty() {
        (curve, 0)
    } else {
        pareto::through(curve, plan)
    }
}

/// The scenario a finished run answers: `current` when it is the same one, else
/// resolved from the run's request (`None` if that fails, which the run's success rules
/// out).
fn scenario_of(r: &RunResult, current: Option<Arc<Scenario>>) -> Option<Arc<Scenario>> {
    let req = &r.request;
    let adjustments = req.adjustments.clone().unwrap_or_default();
    current
        .filter(|s| {
            Arc::ptr_eq(&s.dataset, &req.dataset)
                && s.params == req.params
                && s.adjustments == adjustments
                && s.reference == req.reference_date
        })
        .or_else(|| {
            Scenario::new(
                req.dataset.clone(),
                req.params.clone(),
                adjustments,
                req.reference_date,
            )
            .ok()
            .map(Arc::new)
        })
}

/// The outcome of a run the worker finished; `previous` is the outcome it replaces,
/// `current` the page's scenario (reused when the run was of it).
pub fn from_result(
    r: &RunResult,
    previous: Option<&Outcome>,
    current: Option<Arc<Scenario>>,
) -> Option<Outcome> {
    let scenario = scenario_of(r, current)?;
    let previous = previous.filter(|o| Arc::ptr_eq(o.data(), &r.request.dataset));
    let (pareto, run_point) = on_curve(r.pareto.to_vec(), &r.plan);
    Some(Outcome {
        changes: previous.map(|p| diff(&p.plan, &r.plan)),
        plan: r.plan.clone(),
        pareto: Arc::new(pareto),
        run_point,
        picked: run_point,
        run_params: r.request.params.clone(),
        refused: r.refused.clone(),
        stale_adjustments: r.stale.clone(),
        scenario,
        solve_ms: r.solve_ms,
    })
}
