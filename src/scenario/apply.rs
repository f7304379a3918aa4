//! Between the app state and the stored forms: the current state as a scenario, a
//! scenario back into the state, a share file out, and one in (read and solved in the
//! worker) and checked.

use super::datasets;
use super::dto::{
    parse_scenario, settings_of, write_share, PlanRefDto, ScenarioDto, SCENARIO_VERSION,
};
use super::error::ScenarioError;
use super::idb;
use super::replan::{self, plan_ref, Replan, SharedCheck};
use super::store;
use crate::next_task::next_task;
use crate::solver::SolverClient;
use crate::state::{AppState, Loaded, Outcome};
use leptos::prelude::*;
use seimbang_workbench::figures::{figures_of, moves_of};

/// The current plan when it still matches the data, parameters and adjustments.
pub fn current_outcome(state: AppState) -> Option<Outcome> {
    let o = state.outcome.get_untracked()?;
    let fresh = state.loaded.with_untracked(|l| {
        state.params.with_untracked(|p| {
            state
                .adjustments
                .with_untracked(|a| !o.is_stale(l.as_ref(), p, a))
        })
    });
    fresh.then_some(o)
}

/// The current state as a new scenario named `name` (no data loaded: `None`).
pub fn scenario_from_state(state: AppState, name: &str, note: &str) -> Option<ScenarioDto> {
    let loaded = state.loaded.get_untracked()?;
    let now = store::now_iso();
    let (figures, moves, plan) = match current_outcome(state) {
        Some(o) => (
            Some(figures_of(&o.plan, &o.scenario)),
            moves_of(&o.plan, &o.scenario.slots().slots),
            Some(plan_ref(&o)),
        ),
        None => (None, Vec::new(), None),
    };
    Some(ScenarioDto {
        version: SCENARIO_VERSION,
        id: store::new_id(),
        name: name.trim().to_string(),
        note: note.trim().to_string(),
        created: now.clone(),
        updated: now,
        fingerprint: loaded.fingerprint.clone(),
        dataset_ref: loaded.source.clone(),
        params: serde_json::to_value(state.params.get_untracked()).unwrap_or_default(),
        adjustments: serde_json::to_value(state.adjustments.get_untracked()).unwrap_or_default(),
        figures,
        moves,
        plan,
    })
}

/// Save the current state as a scenario: its dataset first (IndexedDB), then the entry
/// and the index. Nothing is left half-written on failure.
pub async fn save_current(
    state: AppState,
    solver: SolverClient,
    dto: &ScenarioDto,
) -> Result<(), ScenarioError> {
    let loaded = state.loaded.get_untracked().ok_or(ScenarioError::Missing)?;
    datasets::ensure(solver, &loaded.fingerprint, &loaded.source, &loaded.dataset).await?;
    Ok(store::save(dto)?)
}

/// Put a scenario's data, parameters and adjustments into the state, and compute its
/// plan again when it was saved with one (an entry from before picks: when the user
/// runs). `shared`: a share file's plan, checked move by move once recomputed.
async fn put_into_state(
    state: AppState,
    solver: SolverClient,
    dto: &ScenarioDto,
    shared: Option<SharedCheck>,
) -> Result<(), ScenarioError> {
    let (params, adjustments) = settings_of(dto).map_err(ScenarioError::Settings)?;
    let same = state
        .loaded
        .with_untracked(|l| l.as_ref().is_some_and(|l| l.fingerprint == dto.fingerprint));
    if !same {
        let (source, ds) = datasets::open(solver, &dto.fingerprint).await?;
        // Deriving the slots, then drawing, each in a task of its own.
        next_task().await;
        let loaded = Loaded::new(source, dto.fingerprint.clone(), ds);
        next_task().await;
        state.loaded.set(Some(loaded));
    }
    state.outcome.set(None);
    state.params.set(params);
    state.adjustments.set(adjustments);
    state.scenario_name.set(dto.name.clone());
    state.replan.set(Replan::Idle);
    // A shared file from before picks is checked on a run of its own parameters.
    let plan = dto.plan.clone().or_else(|| {
        shared.is_some().then(|| PlanRefDto {
            run_params: dto.params.clone(),
            picked_moves: None,
        })
    });
    if let Some(plan) = &plan {
        replan::start(state, solver, plan, dto.figures.clone(), shared);
    }
    Ok(())
}

/// Open a saved scenario.
pub async fn open(
    state: AppState,
    solver: SolverClient,
    dto: &ScenarioDto,
) -> Result<(), ScenarioError> {
    put_into_state(state, solver, dto, None).await
}

/// A saved scenario and its stored data as one share file. The dataset's stored JSON
/// goes in as it is: nothing of it is parsed on the page.
pub async fn share_file(dto: &ScenarioDto) -> Result<Vec<u8>, ScenarioError> {
    let stored = idb::get(&dto.fingerprint)
        .await?
        .ok_or(ScenarioError::Missing)?;
    write_share(dto, &stored).map_err(ScenarioError::Read)
}

/// Import a share file: the worker reads it, stores its dataset and holds it; the
/// scenario is saved (under a new id if this browser has one with its id) and opened,
/// and its plan computed again in the worker and checked against the saved moves
/// ([`Replan::Done`] carries the verdict).
pub async fn import_shared(
    state: AppState,
    solver: SolverClient,
    bytes: Vec<u8>,
) -> Result<ScenarioDto, ScenarioError> {
    let (scenario, ds, fingerprint, source) = solver.share_in(bytes).await?;
    let mut dto = parse_scenario(&scenario).map_err(ScenarioError::Read)?;
    settings_of(&dto).map_err(ScenarioError::Settings)?;
    datasets::stored_by_worker(&fingerprint);
    if store::get(&dto.id).is_some() {
        dto.id = store::new_id();
    }
    store::save(&dto)?;
    next_task().await;
    state
        .loaded
        .set(Some(Loaded::new(source, fingerprint.clone(), ds)));
    let shared = SharedCheck {
        fingerprint: dto.fingerprint.clone(),
        moves: dto.moves.clone(),
    };
    // The scenario's fingerprint is checked against the file's data, not assumed.
    let opened = ScenarioDto {
        fingerprint,
        ..dto.clone()
    };
    put_into_state(state, solver, &opened, Some(shared)).await?;
    Ok(dto)
}
