//! The app's handle on the engine worker, provided as context by the app frame: start a
//! run, follow its status, read its result, cancel it; and hand it jobs (import, the
//! stored form, exports) that would freeze the page on a large dataset. The worker is
//! spawned on first use; a dataset is sent once (an imported one is never sent: the
//! worker made it) and later work sends only parameters. Cancelling terminates the
//! worker (a busy worker reads no message); jobs still waiting go to a fresh one, with
//! the dataset re-sent from the bytes kept for it. Answers for any run but the current
//! one are ignored.

use crate::next_task::next_task;
use crate::worker::transport::Transport;
use futures_channel::oneshot;
use leptos::prelude::*;
use seimbang_engine::diagnostic::Diagnostic;
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::{Adjustments, ParetoPoint, Plan, RefusedMove, StaleAdjustment};
use seimbang_engine::{Dataset, Date, Params};
use seimbang_workbench::worker::error::WorkerError;
use seimbang_workbench::worker::request::{
    ExportJob, FileBytes, Fingerprint, JobId, Request, RunId, SolveRequest, Task,
};
use seimbang_workbench::worker::response::{Imported, JobOutput, Phase, Response, Shared, Solved};
use std::borrow::Cow;
use std::collections::BTreeMap;
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
        error: WorkerError,
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

/// Called whenever a run ends without a plan (failed or cancelled).
pub type OnFailed = Rc<dyn Fn()>;

/// An accepted import, decoded on the page.
#[derive(Clone, Debug)]
pub struct ImportedData {
    pub dataset: Arc<Dataset>,
    /// Warnings only.
    pub diagnostics: Vec<Diagnostic>,
    /// The files' stable hash.
    pub fingerprint: String,
    /// What the import made of the employee table.
    pub summary: ImportSummary,
}

/// An import's outcome: the data, or every error (then warnings) that refused it.
pub type ImportOutcome = Result<ImportedData, Vec<Diagnostic>>;

/// The dataset the page works with (compared by identity: the app swaps the `Arc`
/// whenever the data changes), its id in the protocol and, when an import made it, its
/// postcard bytes (a fresh worker gets them without the page encoding the dataset).
struct Known {
    fingerprint: Fingerprint,
    dataset: Weak<Dataset>,
    encoded: Option<Rc<Vec<u8>>>,
}

/// What a job works on.
#[derive(Clone)]
enum Subject {
    /// This dataset (sent first when the worker does not hold it).
    Data(Arc<Dataset>),
    /// Nothing yet: an import, whose result the worker holds under this id.
    NewData(Fingerprint),
    /// No dataset at all.
    NoData,
}

/// A job waiting for its answer: its message (to send again to a fresh worker), what it
/// works on, and who waits.
struct PendingJob {
    message: Vec<u8>,
    subject: Subject,
    reply: oneshot::Sender<Result<JobOutput, WorkerError>>,
}

/// The page-thread state behind the handle (not `Send`: it holds the worker).
struct Inner {
    transport: Option<Transport>,
    known: Option<Known>,
    /// The dataset the worker will hold once it has read every message sent so far.
    worker_holds: Option<Fingerprint>,
    next_id: u64,
    current: Option<(RunId, RunRequest, f64)>,
    jobs: BTreeMap<JobId, PendingJob>,
    on_done: Option<OnDone>,
    on_failed: Option<OnFailed>,
}

impl Inner {
    fn next(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// The worker, spawned when there is none.
    fn transport(&mut self, client: SolverClient) -> Result<&Transport, WorkerError> {
        if self.transport.is_none() {
            let on_response: Rc<dyn Fn(Response)> = Rc::new(move |r| client.receive(r));
            self.transport = Some(Transport::spawn(on_response)?);
            self.worker_holds = None;
        }
        Ok(self.transport.as_ref().expect("spawned above"))
    }

    /// Make sure the worker holds `dataset` (sending it only when it does not);
    /// returns its id.
    fn hold(
        &mut self,
        client: SolverClient,
        dataset: &Arc<Dataset>,
    ) -> Result<Fingerprint, WorkerError> {
        let same = self.known.as_ref().is_some_and(|k| {
            k.dataset.strong_count() > 0 && k.dataset.as_ptr() == Arc::as_ptr(dataset)
        });
        if !same {
            let fingerprint = self.next();
            self.known = Some(Known {
                fingerprint,
                dataset: Arc::downgrade(dataset),
                encoded: None,
            });
        }
        let (fingerprint, encoded) = self
            .known
            .as_ref()
            .map(|k| (k.fingerprint, k.encoded.clone()))
            .expect("set above");
        if self.worker_holds != Some(fingerprint) {
            let transport = self.transport(client)?;
            match &encoded {
                Some(bytes) => transport.send(&Request::LoadEncoded {
                    fingerprint,
                    dataset: bytes.to_vec(),
                }),
                None => transport.send(&Request::LoadData {
                    fingerprint,
                    dataset: Cow::Borrowed(dataset),
                }),
            }
            self.worker_holds = Some(fingerprint);
        }
        Ok(fingerprint)
    }

    /// Send a job's message, after its dataset.
    fn send_job(
        &mut self,
        client: SolverClient,
        message: &[u8],
        subject: &Subject,
    ) -> Result<(), WorkerError> {
        if let Subject::Data(ds) = subject {
            self.hold(client, ds)?;
        }
        self.transport(client)?.send_bytes(message);
        if let Subject::NewData(fingerprint) = subject {
            self.worker_holds = Some(*fingerprint);
        }
        Ok(())
    }
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

/// A job answered with another job's kind of output (a protocol bug).
fn unexpected(output: &JobOutput) -> WorkerError {
    let kind = match output {
        JobOutput::Imported(_) => "import",
        JobOutput::Restored(_) | JobOutput::ToOpen { .. } => "stored dataset",
        JobOutput::ToStore { .. } | JobOutput::Stored { .. } => "stored form",
        JobOutput::Exported(_) => "export",
        JobOutput::Shared(_) => "share file",
    };
    WorkerError::Unexpected(kind.into())
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
                known: None,
                worker_holds: None,
                next_id: 0,
                current: None,
                jobs: BTreeMap::new(),
                on_done: None,
                on_failed: None,
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

    /// Call `on_failed` whenever a run ends without a plan (replaces the one set before).
    pub fn on_failed(&self, on_failed: impl Fn() + 'static) {
        self.inner
            .update_value(|inner| inner.on_failed = Some(Rc::new(on_failed)));
    }

    /// The run ended without a plan: say so, and tell whoever listens.
    fn end_without_plan(&self, status: RunStatus) {
        self.status.set(status);
        if let Some(on_failed) = self.inner.try_with_value(|i| i.on_failed.clone()).flatten() {
            on_failed();
        }
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
                let run_id = inner.next();
                let fingerprint = inner.hold(this, &request.dataset)?;
                inner.transport(this)?.send(&Request::Solve(SolveRequest {
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
            .unwrap_or(Err(WorkerError::Stopped));
        match sent {
            Ok(run_id) => {
                self.status.set(RunStatus::Running {
                    run_id,
                    phase: None,
                    started_ms: started,
                });
                run_id
            }
            Err(error) => {
                self.end_without_plan(RunStatus::Failed { error });
                0
            }
        }
    }

    /// Stop the current run at once (the worker is terminated; the next run starts a
    /// fresh one). Does nothing when no run is going.
    pub fn cancel(&self) {
        if self.status.get_untracked().is_running() {
            self.drop_worker();
            self.end_without_plan(RunStatus::Cancelled);
        }
    }

    /// Terminate the worker and forget the run; jobs still waiting go to a fresh worker.
    fn drop_worker(&self) {
        let this = *self;
        self.inner.try_update_value(|inner| {
            if let Some(t) = inner.transport.take() {
                t.terminate();
            }
            inner.worker_holds = None;
            inner.current = None;
            let jobs = std::mem::take(&mut inner.jobs);
            for (id, job) in jobs {
                match inner.send_job(this, &job.message, &job.subject) {
                    Ok(()) => {
                        inner.jobs.insert(id, job);
                    }
                    Err(e) => {
                        let _ = job.reply.send(Err(e));
                    }
                }
            }
        });
    }

    /// Hand `task` to the worker and wait for the answer.
    async fn job(&self, subject: Subject, task: Task) -> Result<JobOutput, WorkerError> {
        let this = *self;
        let (reply, answer) = oneshot::channel();
        let sent = self
            .inner
            .try_update_value(|inner| {
                let job = inner.next();
                let fingerprint = match &subject {
                    Subject::Data(ds) => inner.hold(this, ds)?,
                    Subject::NewData(fingerprint) => *fingerprint,
                    Subject::NoData => 0,
                };
                let message = seimbang_workbench::worker::codec::encode(&Request::Job {
                    job,
                    fingerprint,
                    task,
                });
                inner.send_job(this, &message, &subject)?;
                let pending = PendingJob {
                    message,
                    subject,
                    reply,
                };
                inner.jobs.insert(job, pending);
                Ok::<_, WorkerError>(())
            })
            .unwrap_or(Err(WorkerError::Stopped));
        sent?;
        answer.await.unwrap_or(Err(WorkerError::Stopped))
    }

    /// Import files in the worker (which keeps the dataset for the runs to come).
    pub async fn import(&self, files: Vec<FileBytes>) -> Result<ImportOutcome, WorkerError> {
        let id = self
            .inner
            .try_update_value(|inner| inner.next())
            .ok_or(WorkerError::Stopped)?;
        match self
            .job(Subject::NewData(id), Task::Import { files })
            .await?
        {
            JobOutput::Imported(Imported::Accepted {
                dataset,
                diagnostics,
                fingerprint,
                summary,
            }) => {
                next_task().await;
                Ok(Ok(ImportedData {
                    dataset: self.adopt(id, dataset)?,
                    diagnostics,
                    fingerprint,
                    summary,
                }))
            }
            JobOutput::Imported(Imported::Rejected {
                mut errors,
                warnings,
            }) => {
                errors.extend(warnings);
                Ok(Err(errors))
            }
            other => Err(unexpected(&other)),
        }
    }

    /// Open the dataset stored in IndexedDB under `key`: the worker reads and keeps
    /// it (tens of megabytes of JSON never cross to the page); returns the dataset with
    /// its fingerprint and source.
    pub async fn open(&self, key: &str) -> Result<(Arc<Dataset>, String, String), WorkerError> {
        let id = self
            .inner
            .try_update_value(|inner| inner.next())
            .ok_or(WorkerError::Stopped)?;
        let task = Task::Open {
            key: key.to_string(),
        };
        match self.job(Subject::NewData(id), task).await? {
            JobOutput::Restored(r) => {
                next_task().await;
                Ok((self.adopt(id, r.dataset)?, r.fingerprint, r.source))
            }
            other => Err(unexpected(&other)),
        }
    }

    /// Read a `.seimbang.json` share file in the worker, which stores its dataset in
    /// IndexedDB and holds it: returns the scenario (stored JSON), the dataset, its
    /// fingerprint and source.
    pub async fn share_in(
        &self,
        bytes: Vec<u8>,
    ) -> Result<(String, Arc<Dataset>, String, String), WorkerError> {
        let id = self
            .inner
            .try_update_value(|inner| inner.next())
            .ok_or(WorkerError::Stopped)?;
        match self
            .job(Subject::NewData(id), Task::Share { bytes })
            .await?
        {
            JobOutput::Shared(Shared { scenario, restored }) => {
                next_task().await;
                let ds = self.adopt(id, restored.dataset)?;
                Ok((scenario, ds, restored.fingerprint, restored.source))
            }
            other => Err(unexpected(&other)),
        }
    }

    /// Decode a dataset the worker made and holds under `id`; its bytes are kept to
    /// reload a fresh worker. An idle worker is recycled: a WebAssembly memory never
    /// shrinks, and reading files grows it far beyond what the dataset needs (a fresh
    /// worker gets the bytes on first use).
    fn adopt(&self, id: Fingerprint, bytes: Vec<u8>) -> Result<Arc<Dataset>, WorkerError> {
        let decoded: Dataset =
            postcard::from_bytes(&bytes).map_err(|e| WorkerError::Protocol(e.to_string()))?;
        let decoded = Arc::new(decoded);
        self.inner.try_update_value(|inner| {
            inner.known = Some(Known {
                fingerprint: id,
                dataset: Arc::downgrade(&decoded),
                encoded: Some(Rc::new(bytes)),
            });
            if inner.jobs.is_empty() && inner.current.is_none() {
                if let Some(t) = inner.transport.take() {
                    t.terminate();
                }
                inner.worker_holds = None;
            }
        });
        Ok(decoded)
    }

    /// Store `dataset` in IndexedDB under `content`; the worker writes the JSON and
    /// stores it. Returns the bytes stored.
    pub async fn store(
        &self,
        dataset: &Arc<Dataset>,
        content: &str,
        source: &str,
    ) -> Result<u64, WorkerError> {
        let task = Task::Store {
            content: content.to_string(),
            source: source.to_string(),
        };
        match self.job(Subject::Data(dataset.clone()), task).await? {
            JobOutput::Stored { bytes } => Ok(bytes),
            other => Err(unexpected(&other)),
        }
    }

    /// The empty XLSX template, built in the worker (whose code writes workbooks; the
    /// page's does not).
    pub async fn template(&self, lang: Lang) -> Result<FileBytes, WorkerError> {
        match self.job(Subject::NoData, Task::Template { lang }).await? {
            JobOutput::Exported(mut files) if files.len() == 1 => Ok(files.remove(0)),
            other => Err(unexpected(&other)),
        }
    }

    /// The report's files for `plan` on `dataset` (one workbook, or a CSV per table),
    /// built in the worker.
    pub async fn export(
        &self,
        dataset: &Arc<Dataset>,
        job: ExportJob,
    ) -> Result<Vec<FileBytes>, WorkerError> {
        let task = Task::Export(Box::new(job));
        match self.job(Subject::Data(dataset.clone()), task).await? {
            JobOutput::Exported(files) => Ok(files),
            other => Err(unexpected(&other)),
        }
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
            // Drawn in a task of its own: the answer's decoding took this one.
            Response::Done(solved) => {
                let this = *self;
                leptos::task::spawn_local(async move {
                    next_task().await;
                    this.finish(*solved);
                });
            }
            Response::Failed { run_id, error } => {
                if self.current(run_id).is_some() {
                    self.inner.update_value(|inner| inner.current = None);
                    self.end_without_plan(RunStatus::Failed { error });
                }
            }
            Response::Job { job, output } => {
                let pending = self.inner.try_update_value(|inner| inner.jobs.remove(&job));
                if let Some(Some(pending)) = pending {
                    let _ = pending.reply.send(output);
                }
            }
            Response::Broken { error } => {
                let running = self.status.get_untracked().is_running();
                // Jobs fail with the worker rather than crash a fresh one again.
                let jobs = self
                    .inner
                    .try_update_value(|inner| std::mem::take(&mut inner.jobs))
                    .unwrap_or_default();
                for job in jobs.into_values() {
                    let _ = job.reply.send(Err(error.clone()));
                }
                self.drop_worker();
                if running {
                    self.end_without_plan(RunStatus::Failed { error });
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
