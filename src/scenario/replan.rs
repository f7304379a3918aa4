//! A saved plan computed again, so a reload (or reopening a scenario) shows the plan the
//! user left rather than an empty page: the run's parameters are run again in the
//! worker, the saved point is picked on its curve, and the saved figures check that the
//! plan came out the same (the solve is deterministic; a difference is said, not hidden).

use super::dto::{FiguresDto, MoveDto, PlanRefDto};
use crate::components::run_panel::run_request;
use crate::solver::SolverClient;
use crate::state::{AppState, Outcome};
use leptos::prelude::*;
use seimbang_engine::Params;
use seimbang_workbench::compare::{verify, Verdict};
use seimbang_workbench::figures::{figures_of, moves_of, same_figures};

/// Where recomputing a saved plan stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Replan {
    /// Nothing to recompute.
    #[default]
    Idle,
    /// The run is under way; its result gets the saved point picked.
    Pending {
        picked_moves: Option<usize>,
        figures: Option<FiguresDto>,
        /// A shared file's moves, to check the recomputed plan against.
        shared: Option<SharedCheck>,
    },
    /// The run ended without a plan (the scenario cannot be computed, or it was
    /// cancelled): the run panel and Analisis say why.
    Failed,
    /// Done: `same` when the figures match the saved ones (or none were saved); a
    /// shared file's plan checked move by move.
    Done { same: bool, shared: Option<Verdict> },
}

/// What a shared file says its plan was: the data it was made on and its moves.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedCheck {
    pub fingerprint: String,
    pub moves: Vec<MoveDto>,
}

/// How to compute `o`'s plan again.
pub fn plan_ref(o: &Outcome) -> PlanRefDto {
    PlanRefDto {
        run_params: serde_json::to_value(&o.run_params).unwrap_or_default(),
        picked_moves: (o.picked != o.run_point)
            .then(|| o.pareto.get(o.picked).map(|p| p.moves))
            .flatten(),
    }
}

/// Start computing a saved plan again (the data, parameters and adjustments are in the
/// state already). An unreadable reference starts nothing.
pub fn start(
    state: AppState,
    solver: SolverClient,
    plan: &PlanRefDto,
    figures: Option<FiguresDto>,
    shared: Option<SharedCheck>,
) {
    let Ok(run_params) = serde_json::from_value::<Params>(plan.run_params.clone()) else {
        return;
    };
    state.params.set(run_params);
    let Some(request) = run_request(state, Some(state.adjustments.into())) else {
        return;
    };
    state.replan.set(Replan::Pending {
        picked_moves: plan.picked_moves,
        figures,
        shared,
    });
    solver.run(request);
}

/// `next` with the saved point of its curve picked: the point of `picked_moves` moves
/// (`None`, or no such point: the run's own plan).
pub fn pick_saved(next: Outcome, picked_moves: Option<usize>) -> Outcome {
    picked_moves
        .and_then(|m| {
            let i = next
                .pareto
                .iter()
                .position(|p| p.moves == m && p.price.is_some())?;
            next.picking(i)
        })
        .unwrap_or(next)
}

/// A finished run's outcome, with the saved point picked when this run recomputes a
/// saved plan (then the parameters become the pick's too).
pub fn finish(state: AppState, next: Outcome) -> Outcome {
    let Replan::Pending {
        picked_moves,
        figures,
        shared,
    } = state.replan.get_untracked()
    else {
        return next;
    };
    let picked = pick_saved(next, picked_moves);
    let same =
        figures.is_none_or(|f| same_figures(&f, &figures_of(&picked.plan, &picked.scenario)));
    let shared = shared.map(|saved| {
        let fingerprint = state
            .loaded
            .with_untracked(|l| l.as_ref().map(|l| l.fingerprint.clone()))
            .unwrap_or_default();
        let moves = moves_of(&picked.plan, &picked.scenario.slots().slots);
        verify(&saved.fingerprint, &saved.moves, &fingerprint, &moves)
    });
    state.params.set(picked.params().clone());
    state.replan.set(Replan::Done { same, shared });
    picked
}

/// The run that recomputed a saved plan ended without one.
pub fn abandon(state: AppState) {
    if matches!(state.replan.get_untracked(), Replan::Pending { .. }) {
        state.replan.set(Replan::Failed);
    }
}
