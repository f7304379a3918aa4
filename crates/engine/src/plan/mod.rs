//! The optimiser: from a dataset, parameters and a reference date to a plan of moves
//! that minimises F of docs/MODEL.md. The problem is a min-cost flow with convex separable
//! costs, solved exactly by our own network simplex; the caps on moves are priced into
//! the flow by Lagrangian multipliers, which also gives the proven lower bound.
//!
//! - [`model`]: the instance (slots, bounds, hubs of equal target sets);
//! - [`flow`]: the instance as an integer-cost network;
//! - [`simplex`]: the network simplex;
//! - [`moves`]: flows back to named people;
//! - [`tiebreak`]: who moves when several could;
//! - [`caps`]: `maks_pindah` and `maks_keluar_persen`;
//! - [`improve`]: spends budget a capped plan left unused;
//! - [`pareto`]: the moves / imbalance trade-off curve;
//! - [`greedy`]: a naive baseline for benchmarks;
//! - [`explain`]: a move in words;
//! - [`adjust`], [`adjusted`], [`refusal`]: the user's adjustments of a scenario, the
//!   plan under them and why a forced move is refused;
//! - [`diff`]: what changed against the previous plan;
//! - [`assignment`]: temporary assignments, the second flow after the plan.

pub mod adjust;
pub mod adjusted;
pub mod assignment;
pub mod caps;
pub mod diff;
pub mod explain;
pub mod flow;
pub mod greedy;
pub mod improve;
pub mod model;
pub mod moves;
pub mod pareto;
pub mod proposal;
pub mod refusal;
pub mod simplex;
pub mod tiebreak;

pub use adjust::{
    AdjustmentKind, Adjustments, ForbiddenMove, ForcedMove, Lock, NeedOverride, SlotKey,
    StaleAdjustment, TemporaryMark, Unlock,
};
pub use adjusted::{
    check_force, check_force_resolved, solve_adjusted, solve_resolved, AdjustedPlan, RefusedMove,
};
pub use diff::{diff, PlanDiff, TargetChange};
pub use model::{Model, PlanError};
pub use pareto::ParetoPoint;
pub use proposal::{Move, MoveKind, Plan, SlotChange, Temporary};
pub use refusal::Refusal;
pub use tiebreak::Criterion;

use crate::dataset::Dataset;
use crate::date::Date;
use crate::params::Params;
use flow::{FlowGraph, MoveCosts};
use moves::Bound;

/// The plan for a scenario at reference date `d`.
pub fn solve(ds: &Dataset, params: &Params, d: Date) -> Result<Plan, PlanError> {
    let model = Model::build(ds, params, d)?;
    solve_model(ds, &model)
}

/// The plan for an already built model (the app keeps the model between edits).
pub fn solve_model(ds: &Dataset, model: &Model) -> Result<Plan, PlanError> {
    if model.max_moves.is_some() || model.exit_caps.is_some() {
        return caps::solve_capped(ds, model);
    }
    let graph = FlowGraph::build(model, MoveCosts::Model);
    let mut sx = graph.simplex();
    sx.solve();
    if sx.artificial_flow() != 0 {
        return Err(PlanError::Infeasible);
    }
    let transfers = moves::decompose(model, &graph, &sx);
    Ok(moves::assemble(
        ds,
        model,
        &transfers,
        Bound::Rounded {
            error: graph.error_bound,
        },
    ))
}

/// Up to `points` plans on the lower convex hull of (moves, imbalance), fewest moves
/// first (caps are not applied: the curve is what they choose from).
pub fn pareto_curve(
    ds: &Dataset,
    params: &Params,
    d: Date,
    points: usize,
) -> Result<Vec<ParetoPoint>, PlanError> {
    let model = Model::build(ds, params, d)?;
    pareto::pareto(ds, &model, points)
}

/// The naive baseline plan (largest surplus to largest deficit, same jabatan only).
pub fn greedy_baseline(ds: &Dataset, params: &Params, d: Date) -> Result<Plan, PlanError> {
    let model = Model::build(ds, params, d)?;
    Ok(greedy::greedy(ds, &model))
}
