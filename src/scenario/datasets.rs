//! Datasets stored once in IndexedDB, keyed by fingerprint and shared by every scenario
//! (and the working state) that uses them. Unreferenced datasets are collected.

use super::dto::{parse_dataset, DatasetDto, DATASET_VERSION};
use super::idb;
use super::local::WriteError;
use crate::solver::SolverClient;
use seimbang_engine::Dataset;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::Arc;

thread_local! {
    /// Fingerprints known to be stored in this session (saves re-writing them).
    static STORED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// The stored form as JSON bytes, written straight from the dataset: the shape of
/// [`DatasetDto`] without first building a JSON tree of the whole dataset (which, for
/// 100,000 employees, costs hundreds of megabytes).
pub fn stored_json(fingerprint: &str, source: &str, ds: &Dataset) -> Result<Vec<u8>, String> {
    #[derive(Serialize)]
    struct Stored<'a> {
        version: u32,
        fingerprint: &'a str,
        source: &'a str,
        dataset: &'a Dataset,
    }
    serde_json::to_vec(&Stored {
        version: DATASET_VERSION,
        fingerprint,
        source,
        dataset: ds,
    })
    .map_err(|e| e.to_string())
}

/// Store a dataset unless this session already did; returns the bytes written (0 when
/// it was already stored). The worker writes and stores the JSON, off the page's thread.
pub async fn ensure(
    solver: SolverClient,
    fingerprint: &str,
    source: &str,
    ds: &Arc<Dataset>,
) -> Result<usize, WriteError> {
    if STORED.with(|s| s.borrow().contains(fingerprint)) {
        return Ok(0);
    }
    let bytes = solver
        .store(ds, fingerprint, source)
        .await
        .map_err(WriteError::from_message)?;
    STORED.with(|s| s.borrow_mut().insert(fingerprint.to_string()));
    Ok(bytes as usize)
}

/// Store a dataset's DTO (replacing one with the same fingerprint).
pub async fn put(dto: &DatasetDto) -> Result<usize, WriteError> {
    let json = serde_json::to_string(dto).map_err(|e| WriteError::Other(e.to_string()))?;
    idb::put(&dto.fingerprint, json.as_bytes()).await?;
    STORED.with(|s| s.borrow_mut().insert(dto.fingerprint.clone()));
    Ok(json.len())
}

/// The stored dataset with this fingerprint, read by the worker (which then holds it):
/// its source and the dataset.
pub async fn open(
    solver: SolverClient,
    fingerprint: &str,
) -> Result<(String, Arc<Dataset>), String> {
    let (ds, stored_fingerprint, source) = solver.open(fingerprint).await?;
    if stored_fingerprint != fingerprint {
        return Err(format!("{fingerprint}: {stored_fingerprint}"));
    }
    STORED.with(|s| s.borrow_mut().insert(fingerprint.to_string()));
    Ok((source, ds))
}

/// The stored form of the dataset with this fingerprint (for a share file, which
/// carries it).
pub async fn load(fingerprint: &str) -> Result<DatasetDto, String> {
    let json = idb::get(fingerprint)
        .await?
        .ok_or_else(|| format!("{fingerprint}: -"))?;
    let json = std::str::from_utf8(&json).map_err(|e| e.to_string())?;
    parse_dataset(json).map_err(|e| e.to_string())
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
