//! What the page asks of the worker.

use seimbang_engine::plan::Adjustments;
use seimbang_engine::{Dataset, Date, Params};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Identifies one run; the page ignores answers for any run but its current one.
pub type RunId = u64;

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
    /// Compute a plan for the dataset held under `fingerprint`.
    Solve(SolveRequest),
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
