//! Datasets stored once in IndexedDB, keyed by fingerprint and shared by every scenario
//! (and the working state) that uses them. Unreferenced datasets are collected.

use super::error::ScenarioError;
use super::idb;
use crate::solver::SolverClient;
use seimbang_engine::Dataset;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::Arc;

thread_local! {
    /// Fingerprints known to be stored in this session (saves re-writing them).
    static STORED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Store a dataset unless this session already did; returns the bytes written (0 when
/// it was already stored). The worker writes and stores the JSON, off the page's thread.
pub async fn ensure(
    solver: SolverClient,
    fingerprint: &str,
    source: &str,
    ds: &Arc<Dataset>,
) -> Result<usize, ScenarioError> {
    if STORED.with(|s| s.borrow().contains(fingerprint)) {
        return Ok(0);
    }
    let bytes = solver.store(ds, fingerprint, source).await?;
    stored_by_worker(fingerprint);
    Ok(bytes as usize)
}

/// Note that the worker stored the dataset with this fingerprint (a share file's).
pub fn stored_by_worker(fingerprint: &str) {
    STORED.with(|s| s.borrow_mut().insert(fingerprint.to_string()));
}

/// The stored dataset with this fingerprint, read by the worker (which then holds it):
/// its source and the dataset.
pub async fn open(
    solver: SolverClient,
    fingerprint: &str,
) -> Result<(String, Arc<Dataset>), ScenarioError> {
    let (ds, stored_fingerprint, source) = solver.open(fingerprint).await?;
    if stored_fingerprint != fingerprint {
        return Err(ScenarioError::OtherData);
    }
    STORED.with(|s| s.borrow_mut().insert(fingerprint.to_string()));
    Ok((source, ds))
}

/// Bytes of the stored dataset (its JSON), if stored.
pub async fn stored_bytes(fingerprint: &str) -> Option<usize> {
    idb::size(fingerprint).await
}

/// Delete every stored dataset whose fingerprint is not in `keep`.
pub async fn collect(keep: &BTreeSet<String>) {
    let Ok(keys) = idb::keys().await else { return };
    for k in keys.iter().filter(|k| !keep.contains(*k)) {
        if idb::delete(k).await.is_ok() {
            STORED.with(|s| s.borrow_mut().remove(k));
        }
    }
}
