//! The working state saved as the user goes (debounced) and restored on start, so a
//! reload or a crashed tab loses nothing: data, parameters, adjustments and the last
//! plan (computed again and checked against its saved figures, [`super::replan`]).
//! A `?demo` link opens the demo instead, but says that the last work is still stored
//! and offers it back; nothing overwrites it until the user works on the demo.

use super::apply::current_outcome;
use super::dto::WorkingDto;
use super::replan::{self, plan_ref};
use super::{datasets, working};
use crate::next_task::next_task;
use crate::solver::SolverClient;
use crate::state::{AppState, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_workbench::figures::figures_of;
use std::time::Duration;

/// How long edits settle before the working state is written.
const DEBOUNCE: Duration = Duration::from_millis(600);

/// Write the working state now (and make sure its dataset is stored).
fn write(state: AppState, solver: SolverClient) {
    // While a saved plan is computed again, the stored one stays as it is.
    if matches!(state.replan.get_untracked(), replan::Replan::Pending { .. }) {
        return;
    }
    let Some(loaded) = state.loaded.get_untracked() else {
        return;
    };
    let current = current_outcome(state);
    let figures = current.as_ref().map(|o| figures_of(&o.plan, &o.scenario));
    let mut dto = working::dto(
        &loaded.fingerprint,
        &loaded.source,
        serde_json::to_value(state.params.get_untracked()).unwrap_or_default(),
        serde_json::to_value(state.adjustments.get_untracked()).unwrap_or_default(),
        figures,
    );
    dto.plan = current.as_ref().map(plan_ref);
    spawn_local(async move {
        // The dataset first: a working state never names data that is not stored.
        if datasets::ensure(solver, &loaded.fingerprint, &loaded.source, &loaded.dataset)
            .await
            .is_ok()
        {
            let _ = working::save(&dto);
        }
    });
}

/// The working state of the last visit, when `?demo` opened the demo over it: shown
/// with a button to take it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Shelved(pub WorkingDto);

/// Put a stored working state back: its data, parameters, adjustments, then its plan
/// computed again.
async fn restore(state: AppState, solver: SolverClient, w: WorkingDto) {
    state.restoring.set(true);
    if let Ok((source, ds)) = datasets::open(solver, &w.fingerprint).await {
        // Deriving the slots, then drawing, each in a task of its own.
        next_task().await;
        let restored = Loaded::new(source, w.fingerprint.clone(), ds);
        next_task().await;
        // Data loaded meanwhile wins.
        if state.loaded.with_untracked(Option::is_none) || state.shelved.get_untracked().is_some() {
            state.shelved.set(None);
            state.outcome.set(None);
            state.loaded.set(Some(restored));
            if let Ok(p) = serde_json::from_value(w.params.clone()) {
                state.params.set(p);
            }
            if let Ok(a) = serde_json::from_value(w.adjustments.clone()) {
                state.adjustments.set(a);
            }
            if let Some(plan) = &w.plan {
                replan::start(state, solver, plan, w.figures.clone(), None);
            }
        }
    }
    state.restoring.set(false);
}

/// Take back the work `?demo` shelved.
pub fn unshelve(state: AppState, solver: SolverClient) {
    if let Some(Shelved(w)) = state.shelved.get_untracked() {
        spawn_local(restore(state, solver, w));
    }
}

/// Restore the working state (unless `demo` opened the demo over it: then it is
/// shelved, offered back, and kept until the user works on the demo), then keep it
/// saved.
pub fn install(state: AppState, solver: SolverClient, demo: bool) {
    let ready = RwSignal::new(false);
    match working::load() {
        Some(Ok(w)) if demo => state.shelved.set(Some(Shelved(w))),
        Some(Ok(w)) => {
            state.restoring.set(true);
            spawn_local(async move {
                restore(state, solver, w).await;
                ready.set(true);
            });
        }
        _ => ready.set(true),
    }
    // Working on the demo (an edit, a run) means keeping it: the shelved state goes.
    // (After a restore, its own edits make it ready the same way.)
    Effect::new(move |first: Option<()>| {
        state.params.track();
        state.adjustments.track();
        state.outcome.track();
        if first.is_some() && !ready.get_untracked() && !state.restoring.get_untracked() {
            state.shelved.set(None);
            ready.set(true);
        }
    });
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Sync with the outside world: write the working state after edits settle.
    Effect::new(move |_| {
        state.loaded.track();
        state.params.track();
        state.adjustments.track();
        state.outcome.track();
        if !ready.get() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let h = set_timeout_with_handle(move || write(state, solver), DEBOUNCE).ok();
        pending.set_value(h);
    });
}
