//! Between the app state and the stored forms: the current state as a scenario, a
//! scenario back into the state, and a shared file in and checked.

use super::compare::{verify, Verdict};
use super::datasets;
use super::dto::{dataset_of, settings_of, DatasetDto, ScenarioDto, SCENARIO_VERSION};
use super::figures::{figures_of, moves_of};
use super::local::WriteError;
use super::replan::{self, pick_saved, plan_ref, Replan};
use super::store;
use crate::next_task::next_task;
use crate::solver::SolverClient;
use crate::state::{AppState, Loaded, Outcome};
use leptos::prelude::*;

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
) -> Result<(), WriteError> {
    let loaded = state
        .loaded
        .get_untracked()
        .ok_or_else(|| WriteError::Other("no data".into()))?;
    datasets::ensure(solver, &loaded.fingerprint, &loaded.source, &loaded.dataset).await?;
    store::save(dto)
}

/// Put a scenario's data, parameters and adjustments into the state, and compute its
/// plan again when it was saved with one (an entry from before picks: when the user
/// runs).
pub async fn open(state: AppState, solver: SolverClient, dto: &ScenarioDto) -> Result<(), String> {
    let (params, adjustments) = settings_of(dto)?;
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
    if let Some(plan) = &dto.plan {
        replan::start(state, solver, plan, dto.figures.clone());
    }
    Ok(())
}

/// The dataset DTO of a scenario, for a share file.
pub async fn dataset_for(dto: &ScenarioDto) -> Result<DatasetDto, String> {
    datasets::load(&dto.fingerprint).await
}

/// What importing a share file did.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub scenario: ScenarioDto,
    pub verdict: Verdict,
}

/// Store a shared scenario and its data, open it, recompute its plan and check it
/// against the saved one.
pub async fn import_shared(
    state: AppState,
    mut dto: ScenarioDto,
    ds_dto: DatasetDto,
) -> Result<Imported, String> {
    let ds = dataset_of(&ds_dto)?;
    let (params, adjustments) = settings_of(&dto)?;
    datasets::put(&ds_dto).await.map_err(|e| format!("{e:?}"))?;
    if store::get(&dto.id).is_some() {
        dto.id = store::new_id();
    }
    store::save(&dto).map_err(|e| format!("{e:?}"))?;
    let loaded = Loaded::new(ds_dto.source.clone(), ds_dto.fingerprint.clone(), ds);
    state.loaded.set(Some(loaded.clone()));
    // The run that gave the saved plan, then the point the user had picked.
    let run_params = dto
        .plan
        .as_ref()
        .and_then(|p| serde_json::from_value(p.run_params.clone()).ok());
    state
        .params
        .set(run_params.unwrap_or_else(|| params.clone()));
    state.adjustments.set(adjustments);
    state.scenario_name.set(dto.name.clone());
    state.outcome.set(None);
    state.replan.set(Replan::Idle);
    let outcome = crate::components::run_slot::compute(state)?;
    let outcome = pick_saved(outcome, dto.plan.as_ref().and_then(|p| p.picked_moves));
    state.params.set(outcome.params.clone());
    let moves = moves_of(&outcome.plan, &outcome.scenario.slots().slots);
    let verdict = verify(&dto.fingerprint, &dto.moves, &ds_dto.fingerprint, &moves);
    state.outcome.set(Some(outcome));
    Ok(Imported {
        scenario: dto,
        verdict,
    })
}
