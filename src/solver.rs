//! The app's handle on the solver worker, provided as context by the app frame: start a
//! run, follow its status, read its result, cancel it. The worker is spawned on the
//! first run; the dataset is sent once and re-runs send only parameters. Cancelling
//! terminates the worker (a busy worker reads no message), so the next run spawns a
//! fresh one and sends the dataset again. Answers for any run but the current one are
//! ignored.

use crate::worker::request::{Fingerprint, Request, RunId, SolveRequest};
use crate::worker::response::{Phase, Response, Solved};
use crate::worker::transport::Transport;
use leptos::prelude::*;
use seimbang_engine::plan::{Adjustments, ParetoPoint, Plan, RefusedMove, StaleAdjustment};
use seimbang_engine::{Dataset, Date, Params};
use std::borrow::Cow;
use std::rc::Rc;
use std::sync::{Arc, Weak};

/// Where the current run is.
#[derive(Clone, Debug, PartialEq)]
pub enum RunStatus {
    Idle,
    /// `phase` is `None` until the worker reports one; `started_ms` is the wall clock.
    Running {
        run_id: RunId,
        phase: Option<Phase>,
        started_ms: f64,
    },
    Done {
        run_id: RunId,
        moves: usize,
        /// Time spent solving in the worker.
        solve_ms: f64,
        /// Wall time from the click to the result (includes transfers).
        elapsed_ms: f64,
    },
    Failed {
        message: String,
    },
    Cancelled,
}

impl RunStatus {
    pub fn is_running(&self) -> bool {
        matches!(self, RunStatus::Running { .. })
    }
}

/// What a run is computed from.
#[derive(Clone, Debug)]
pub struct RunRequest {
    pub dataset: Arc<Dataset>,
    pub params: Params,
    pub reference_date: Date,
    /// `None` (or empty): no adjustments.
    pub adjustments: Option<Adjustments>,
    /// Points of the moves / imbalance curve (0: none; only without adjustments).
    pub pareto_points: u32,
}

/// A finished run with what it was computed from.
#[derive(Clone, Debug)]
pub struct RunResult {
    pub run_id: RunId,
    pub request: RunRequest,
    pub plan: Arc<Plan>,
    pub stale: Vec<StaleAdjustment>,
    pub refused: Vec<RefusedMove>,
    pub pareto: Arc<Vec<ParetoPoint>>,
    pub solve_ms: f64,
}

/// Called with every finished run, whichever page is open.
pub type OnDone = Rc<dyn Fn(Arc<RunResult>)>;

/// The page-thread state behind the handle (not `Send`: it holds the worker).
struct Inner {
    transport: Option<Transport>,
    /// The dataset the worker holds (compared by identity: the app swaps the `Arc`
    /// whenever the data changes).
    held: Option<(Fingerprint, Weak<Dataset>)>,
    next_id: u64,
    current: Option<(RunId, RunRequest, f64)>,
    on_done: Option<OnDone>,
}

/// The solver, from context ([`use_solver`]). Cheap to copy.
///
/// ```ignore
/// let solver = use_solver();
/// let run_id = solver.run(request);          // status: Running { phase, started_ms }
/// solver.status().get();                     // Done { moves, .. } / Failed / Cancelled
/// solver.result().get();                     // Some(Arc<RunResult>) once done
/// solver.cancel();                           // terminates the worker at once
/// ```
#[derive(Clone, Copy)]
pub struct SolverClient {
    status: RwSignal<RunStatus>,
    result: RwSignal<Option<Arc<RunResult>>>,
    inner: StoredValue<Inner, LocalStorage>,
}

/// The solver client, from context.
pub fn use_solver() -> SolverClient {
    expect_context::<SolverClient>()
}

impl Default for SolverClient {
    fn default() -> Self {
        SolverClient::new()
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl SolverClient {
    /// A client with no worker yet. The worker is terminated when the owner that created
    /// the client is disposed.
    pub fn new() -> SolverClient {
        let client = SolverClient {
            status: RwSignal::new(RunStatus::Idle),
            result: RwSignal::new(None),
            inner: StoredValue::new_local(Inner {
                transport: None,
                held: None,
                next_id: 1,
                current: None,
                on_done: None,
            }),
        };
        on_cleanup(move || client.drop_worker());
        client
    }

    /// Call `on_done` with every finished run, whichever page is open (replaces the
    /// one set before). The app frame uses it to store the outcome.
    pub fn on_done(&self, on_done: impl Fn(Arc<RunResult>) + 'static) {
        self.inner
            .update_value(|inner| inner.on_done = Some(Rc::new(on_done)));
    }

    /// Where the current (or last) run is.
    pub fn status(&self) -> ReadSignal<RunStatus> {
        self.status.read_only()
    }

    /// The last finished run.
    pub fn result(&self) -> ReadSignal<Option<Arc<RunResult>>> {
        self.result.read_only()
    }

    /// Start a run (a run still going is cancelled first); returns its id.
    pub fn run(&self, request: RunRequest) -> RunId {
        if self.status.get_untracked().is_running() {
            self.drop_worker();
        }
        let this = *self;
        let started = now_ms();
        let sent = self
            .inner
            .try_update_value(|inner| {
                let run_id = inner.next_id;
                inner.next_id += 1;
                if inner.transport.is_none() {
                    let on_response: Rc<dyn Fn(Response)> = Rc::new(move |r| this.receive(r));
                    inner.transport = Some(Transport::spawn(on_response)?);
                    inner.held = None;
                }
                let transport = inner.transport.as_ref().expect("spawned above");
                let fingerprint = match &inner.held {
                    // A live `Weak` at the same address is the same dataset.
                    Some((f, held))
                        if held.strong_count() > 0
                            && held.as_ptr() == Arc::as_ptr(&request.dataset) =>
                    {
                        *f
                    }
                    _ => {
                        let f = inner.next_id;
                        inner.next_id += 1;
                        transport.send(&Request::LoadData {
                            fingerprint: f,
                            dataset: Cow::Borrowed(&request.dataset),
                        });
                        inner.held = Some((f, Arc::downgrade(&request.dataset)));
                        f
                    }
                };
                transport.send(&Request::Solve(SolveRequest {
                    run_id,
                    fingerprint,
                    params: request.params.clone(),
                    reference_date: request.reference_date,
                    adjustments: request.adjustments.clone(),
                    pareto_points: request.pareto_points,
                }));
                inner.current = Some((run_id, request, started));
                Ok(run_id)
            })
            .unwrap_or_else(|| Err("the solver is gone".to_string()));
        match sent {
            Ok(run_id) => {
                self.status.set(RunStatus::Running {
                    run_id,
                    phase: None,
                    started_ms: started,
                });
                run_id
            }
            Err(message) => {
                self.status.set(RunStatus::Failed { message });
                0
            }
        }
    }

    /// Stop the current run at once (the worker is terminated; the next run starts a
    /// fresh one). Does nothing when no run is going.
    pub fn cancel(&self) {
        if self.status.get_untracked().is_running() {
            self.drop_worker();
            self.status.set(RunStatus::Cancelled);
        }
    }

    /// Terminate the worker and forget the run and the dataset it held.
    fn drop_worker(&self) {
        self.inner.try_update_value(|inner| {
            if let Some(t) = inner.transport.take() {
                t.terminate();
            }
            inner.held = None;
            inner.current = None;
        });
    }

    /// The current run's id, request and start time, if `run_id` is it.
    fn current(&self, run_id: RunId) -> Option<(RunRequest, f64)> {
        self.inner
            .try_with_value(|inner| match &inner.current {
                Some((id, req, started)) if *id == run_id => Some((req.clone(), *started)),
                _ => None,
            })
            .flatten()
    }

    /// An answer from the worker.
    fn receive(&self, response: Response) {
        match response {
            Response::Ready => {}
            Response::Progress { run_id, phase } => {
                if self.current(run_id).is_some() {
                    self.status.update(|s| {
                        if let RunStatus::Running { phase: p, .. } = s {
                            *p = Some(phase);
                        }
                    });
                }
            }
            Response::Done(solved) => self.finish(*solved),
            Response::Failed { run_id, message } => {
                if self.current(run_id).is_some() {
                    self.inner.update_value(|inner| inner.current = None);
                    self.status.set(RunStatus::Failed { message });
                }
            }
            Response::Broken { message } => {
                let running = self.status.get_untracked().is_running();
                self.drop_worker();
                if running {
                    self.status.set(RunStatus::Failed { message });
                }
            }
        }
    }

    fn finish(&self, solved: Solved) {
        let Some((request, started)) = self.current(solved.run_id) else {
            return;
        };
        let result = Arc::new(RunResult {
            run_id: solved.run_id,
            request,
            plan: Arc::new(solved.plan),
            stale: solved.stale,
            refused: solved.refused,
            pareto: Arc::new(solved.pareto),
            solve_ms: solved.solve_ms,
        });
        let on_done = self.inner.try_update_value(|inner| {
            inner.current = None;
            inner.on_done.clone()
        });
        self.status.set(RunStatus::Done {
            run_id: result.run_id,
            moves: result.plan.moves.len(),
            solve_ms: result.solve_ms,
            elapsed_ms: now_ms() - started,
        });
        self.result.set(Some(result.clone()));
        if let Some(on_done) = on_done.flatten() {
            on_done(result);
        }
    }
}
