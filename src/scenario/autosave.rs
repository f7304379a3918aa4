//! The working state saved as the user goes (debounced) and restored on start, so a
//! reload or a crashed tab loses nothing. A `?demo` link opens a fresh demo instead.
//! The plan is not restored: it is recomputed when the user runs.

use super::apply::current_outcome;
use super::figures::figures_of;
use super::{datasets, working};
use crate::next_task::next_task;
use crate::solver::SolverClient;
use crate::state::{AppState, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How long edits settle before the working state is written.
const DEBOUNCE: Duration = Duration::from_millis(600);

/// Write the working state now (and make sure its dataset is stored).
fn write(state: AppState, solver: SolverClient) {
    let Some(loaded) = state.loaded.get_untracked() else {
        return;
    };
    let figures = current_outcome(state)
        .map(|o| figures_of(&o.plan, &loaded.slots.slots, &loaded.indicators));
    let dto = working::dto(
        &loaded.fingerprint,
        &loaded.source,
        serde_json::to_value(state.params.get_untracked()).unwrap_or_default(),
        serde_json::to_value(state.adjustments.get_untracked()).unwrap_or_default(),
        figures,
    );
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

/// Restore the working state (unless `fresh`, or data was loaded meanwhile), then keep
/// it saved.
pub fn install(state: AppState, solver: SolverClient, fresh: bool) {
    let ready = RwSignal::new(false);
    match working::load() {
        Some(Ok(w)) if !fresh => spawn_local(async move {
            let loaded = datasets::open(solver, &w.fingerprint).await;
            if let Ok((source, ds)) = loaded {
                // Deriving the slots, then drawing, each in a task of its own.
                next_task().await;
                let restored = Loaded::new(source, w.fingerprint.clone(), ds);
                next_task().await;
                // Data loaded meanwhile wins.
                if state.loaded.with_untracked(Option::is_some) {
                    ready.set(true);
                    return;
                }
                let params = serde_json::from_value(w.params.clone());
                let adjustments = serde_json::from_value(w.adjustments.clone());
                state.loaded.set(Some(restored));
                if let Ok(p) = params {
                    state.params.set(p);
                }
                if let Ok(a) = adjustments {
                    state.adjustments.set(a);
                }
            }
            ready.set(true);
        }),
        _ => ready.set(true),
    }
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
