//! What the worker answers.

use super::error::WorkerError;
use super::request::{FileBytes, JobId, RunId};
use seimbang_engine::diagnostic::Diagnostic;
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::plan::{ParetoPoint, Plan, RefusedMove, StaleAdjustment};
use serde::{Deserialize, Serialize};

/// A message from the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker has started and listens (sent once, before anything else).
    Ready,
    /// A run reached a new phase.
    Progress { run_id: RunId, phase: Phase },
    /// A run finished with a plan.
    Done(Box<Solved>),
    /// A run ended without a plan.
    Failed { run_id: RunId, error: WorkerError },
    /// A job finished (or could not be done: the error says why).
    Job {
        job: JobId,
        output: Result<JobOutput, WorkerError>,
    },
    /// A message could not be read (another protocol version, a stale cached worker):
    /// whatever runs has failed.
    Broken { error: WorkerError },
}

/// What a run is busy with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Building the model (eligibility, targets, bounds).
    Model,
    /// The model is built; the optimiser runs.
    Solving,
    /// Tracing the moves / imbalance curve with up to `points` plans.
    Pareto { points: u32 },
}

impl From<seimbang_engine::scenario::Phase> for Phase {
    fn from(p: seimbang_engine::scenario::Phase) -> Phase {
        use seimbang_engine::scenario::Phase as P;
        match p {
            P::Solving => Phase::Solving,
            P::Pareto { points } => Phase::Pareto { points },
        }
    }
}

/// A finished run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Solved {
    pub run_id: RunId,
    pub plan: Plan,
    /// Adjustments naming a person or slot not in the data (not applied).
    pub stale: Vec<StaleAdjustment>,
    /// Forced moves that would break a hard rule (not in the plan).
    pub refused: Vec<RefusedMove>,
    /// The moves / imbalance curve, fewest moves first; empty when not asked for or
    /// when the run had adjustments.
    pub pareto: Vec<ParetoPoint>,
    /// Time spent in the worker, in milliseconds.
    pub solve_ms: f64,
}

/// What a finished job hands back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JobOutput {
    /// An import's outcome.
    Imported(Imported),
    /// A stored dataset, read back.
    Restored(Restored),
    /// The stored dataset under `key` is to be read: made by
    /// [`super::tasks::perform`] for [`super::request::Task::Open`], read by the
    /// worker's glue, which then hands the bytes to [`super::serve::Server::opened`].
    /// `generation` tells whether another dataset came in meanwhile.
    ToOpen {
        key: String,
        fingerprint: u64,
        generation: u64,
    },
    /// The stored form of the dataset, to be written under `key`: made by
    /// [`super::tasks::perform`], written by the worker's glue, which then answers the
    /// page with `then`, or with [`JobOutput::Stored`] when there is none.
    ToStore {
        key: String,
        #[serde(with = "serde_bytes")]
        json: Vec<u8>,
        then: Option<Box<JobOutput>>,
    },
    /// The dataset is stored: this many bytes.
    Stored { bytes: u64 },
    /// The files to download.
    Exported(Vec<FileBytes>),
    /// A share file read, its dataset held and stored.
    Shared(Shared),
}

/// A share file's scenario and dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// The scenario as stored JSON (its parameters and adjustments are JSON values,
    /// which the compact codec does not carry).
    pub scenario: String,
    /// The dataset in postcard bytes, as for an import.
    pub restored: Restored,
}

/// An import's outcome, as the engine's `import` gives it, with the dataset in postcard
/// bytes: the page decodes them and keeps them to reload a fresh worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Imported {
    Accepted {
        #[serde(with = "serde_bytes")]
        dataset: Vec<u8>,
        /// Warnings only.
        diagnostics: Vec<Diagnostic>,
        /// The files' stable hash (printed on reports, stored with scenarios).
        fingerprint: String,
        /// What the import made of the employee table (counted, outside the model,
        /// immovable because of their data).
        summary: ImportSummary,
    },
    Rejected {
        errors: Vec<Diagnostic>,
        warnings: Vec<Diagnostic>,
    },
}

/// A stored dataset read back, the dataset in postcard bytes (as for an import).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Restored {
    #[serde(with = "serde_bytes")]
    pub dataset: Vec<u8>,
    pub fingerprint: String,
    pub source: String,
}
