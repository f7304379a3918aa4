//! What the page asks of the worker.

use seimbang_engine::lang::Lang;
use seimbang_engine::plan::{Adjustments, Plan};
use seimbang_engine::{Dataset, Date, Params};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Identifies one run; the page ignores answers for any run but its current one.
pub type RunId = u64;

/// Identifies one job (import, stored form, export); its answer carries it back.
pub type JobId = u64;

/// Identifies a dataset the worker holds, so a re-run sends only its parameters.
pub type Fingerprint = u64;

/// A message to the worker. Borrowed when the page encodes it, owned when the worker
/// decodes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request<'a> {
    /// Keep this dataset under `fingerprint` (replacing the one held before).
    LoadData {
        fingerprint: Fingerprint,
        dataset: Cow<'a, Dataset>,
    },
    /// The same, with the dataset already in postcard bytes (as an import sent it
    /// back): a fresh worker gets its data without the page encoding it again.
    LoadEncoded {
        fingerprint: Fingerprint,
        #[serde(with = "serde_bytes")]
        dataset: Vec<u8>,
    },
    /// Compute a plan for the dataset held under `fingerprint`.
    Solve(SolveRequest),
    /// Do one piece of heavy work off the page's thread. `fingerprint` names the held
    /// dataset the task works on; an import holds its result under it instead.
    Job {
        job: JobId,
        fingerprint: Fingerprint,
        task: Task,
    },
}

/// One run of the optimiser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SolveRequest {
    pub run_id: RunId,
    pub fingerprint: Fingerprint,
    pub params: Params,
    pub reference_date: Date,
    /// The user's adjustments; `None` (or empty) plans without any.
    pub adjustments: Option<Adjustments>,
    /// How many points of the moves / imbalance curve to compute (0: none). The curve
    /// is computed only without adjustments (its plans would ignore them).
    pub pareto_points: u32,
}

/// A file as the user handed it over (or as a download offers it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileBytes {
    pub name: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// Heavy work that would freeze the page on a large dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Task {
    /// Import these files (the engine's one door); a dataset is held on success.
    Import { files: Vec<FileBytes> },
    /// Read a `.seimbang.json` share file: its dataset is held and stored under its
    /// fingerprint, its scenario handed to the page.
    Share {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Read the dataset stored in IndexedDB under `key` (the worker reads it itself)
    /// and hold it.
    Open { key: String },
    /// Store the held dataset in IndexedDB under `content` (its files' hash), written
    /// and stored by the worker: the JSON never crosses to the page.
    Store { content: String, source: String },
    /// The empty XLSX template users fill in (no dataset needed).
    Template { lang: Lang },
    /// The report's files (XLSX, or one CSV per table) of a plan on the held dataset.
    Export(Box<ExportJob>),
}

/// A report to write: the plan with the scenario it belongs to (name, data, parameters,
/// adjustments), so the files say what the decision was made on and under.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportJob {
    pub plan: Plan,
    pub params: Params,
    pub adjustments: Adjustments,
    pub reference: Date,
    /// The scenario's name ("" when unnamed).
    pub scenario: String,
    /// Where the data came from, and its fingerprint.
    pub source: String,
    pub fingerprint: String,
    pub lang: Lang,
    pub xlsx: bool,
}
