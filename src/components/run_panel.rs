//! Runs the optimiser in the solver worker for the loaded data and the scenario's
//! parameters: the run button, what the run is busy with, the elapsed time and the
//! cancel button. This panel only starts, follows and cancels: the result is the
//! client's (`SolverClient::result`, `SolverClient::on_done`), whichever page is open.

use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::replan::Replan;
use crate::solver::{use_solver, RunRequest, RunStatus};
use crate::state::{use_app, AppState};
use leptos::leptos_dom::helpers::{set_interval_with_handle, IntervalHandle};
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::Adjustments;
use seimbang_workbench::worker::response::Phase;
use std::time::Duration;

/// Points of the moves / imbalance curve each run traces.
pub const PARETO_POINTS: u32 = 25;

/// How often the elapsed time is redrawn while a run goes.
const TICK: Duration = Duration::from_millis(100);

/// The run panel.
#[component]
pub fn RunPanel(
    /// The user's adjustments for the run (none when not given).
    #[prop(optional, into)]
    adjustments: Option<Signal<Adjustments>>,
) -> impl IntoView {
    let state = use_app();
    let solver = use_solver();
    let lang = use_lang();
    let status = solver.status();
    let now = RwSignal::new(js_sys::Date::now());
    follow_clock(status, now);

    let run = move |_| {
        if let Some(request) = run_request(state, adjustments) {
            state.replan.set(Replan::Idle);
            solver.run(request);
        }
    };
    let cancel = move |_| solver.cancel();
    let running = move || status.with(RunStatus::is_running);
    let no_data = move || state.loaded.with(|l| l.is_none());
    let text = move || status.with(|s| status_text(s, lang.get()));
    let kind = move || status.with(status_kind);
    let elapsed = move || status.with(|s| elapsed_text(s, now.get(), lang.get()));

    view! {
        <div class="run-panel" data-testid="run-panel">
            <button type="button" class="primary" data-testid="run-button" on:click=run
                disabled=move || no_data() || running()>{tr(Text::SolverRun)}</button>
            <button type="button" data-testid="cancel-button" on:click=cancel
                disabled=move || !running()>{tr(Text::SolverCancel)}</button>
            <span class="run-status" role="status" aria-live="polite" data-testid="run-status"
                data-state=kind>{text}</span>
            <span class="run-elapsed muted" data-testid="run-elapsed">{elapsed}</span>
        </div>
    }
}

/// A run of the loaded data with the scenario's parameters (and `adjustments`, when
/// given); `None` without data.
pub fn run_request(
    state: AppState,
    adjustments: Option<Signal<Adjustments>>,
) -> Option<RunRequest> {
    let loaded = state.loaded.get_untracked()?;
    let params = state.params.get_untracked();
    Some(RunRequest {
        dataset: loaded.dataset,
        reference_date: seimbang_engine::scenario::reference_date(&params, state.today),
        params,
        adjustments: adjustments.map(|a| a.get_untracked()),
        pareto_points: PARETO_POINTS,
    })
}

/// Keep `now` on the wall clock while a run goes (a timer: the outside world).
fn follow_clock(status: ReadSignal<RunStatus>, now: RwSignal<f64>) {
    let ticker = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |_| {
        let running = status.with(RunStatus::is_running);
        stop();
        if running {
            now.set(js_sys::Date::now());
            let tick = move || now.set(js_sys::Date::now());
            ticker.set_value(set_interval_with_handle(tick, TICK).ok());
        }
    });
    on_cleanup(stop);
}

/// A stable word for the state, for styles and tests.
pub fn status_kind(status: &RunStatus) -> &'static str {
    match status {
        RunStatus::Idle => "idle",
        RunStatus::Running { .. } => "running",
        RunStatus::Done { .. } => "done",
        RunStatus::Failed { .. } => "failed",
        RunStatus::Cancelled => "cancelled",
    }
}

/// What the status line says.
pub fn status_text(status: &RunStatus, lang: Lang) -> String {
    let t = |text: Text| text.get(lang);
    match status {
        RunStatus::Idle => t(Text::SolverIdle).to_string(),
        RunStatus::Running { phase, .. } => match phase {
            None => t(Text::SolverStarting).to_string(),
            Some(Phase::Model) => t(Text::SolverModel).to_string(),
            Some(Phase::Solving) => t(Text::SolverSolving).to_string(),
            Some(Phase::Pareto { points }) => format!(
                "{} ({} {})…",
                t(Text::SolverPareto),
                points,
                t(Text::SolverPoints)
            ),
        },
        RunStatus::Done { moves, .. } => format!(
            "{}: {} {}",
            t(Text::SolverDone),
            number(*moves as f64, 0, lang),
            t(Text::SolverMoves)
        ),
        RunStatus::Failed { error } => {
            format!("{}: {}", t(Text::SolverFailed), error.describe(lang))
        }
        RunStatus::Cancelled => t(Text::SolverCancelled).to_string(),
    }
}

/// Seconds since the run started (while it goes) or that it took (once done).
pub fn elapsed_text(status: &RunStatus, now_ms: f64, lang: Lang) -> String {
    let ms = match status {
        RunStatus::Running { started_ms, .. } => (now_ms - started_ms).max(0.0),
        RunStatus::Done { elapsed_ms, .. } => *elapsed_ms,
        _ => return String::new(),
    };
    format!("{} s", number(ms / 1000.0, 1, lang))
}
