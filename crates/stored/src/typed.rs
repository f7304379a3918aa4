//! The stored dataset and the share file read and written straight as the engine's
//! `Dataset`, without a JSON tree in between: for 100,000 employees that tree costs
//! hundreds of megabytes and seconds. A stored dataset has the shape of
//! [`DatasetDto`](crate::DatasetDto); a share file is `{kind, version, scenario,
//! dataset}` with the scenario a [`ScenarioDto`] and the dataset a stored one.

use crate::{scenario_from_value, ReadError, ScenarioDto};
use crate::{DATASET_VERSION, SHARE_KIND, SHARE_VERSION};
use seimbang_engine::Dataset;
use serde::{Deserialize, Serialize};

/// A stored dataset with its engine value.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct StoredDataset {
    pub version: u32,
    pub fingerprint: String,
    #[serde(default)]
    pub source: String,
    pub dataset: Dataset,
}

/// The stored form's JSON, written straight from the dataset.
pub fn write_dataset(
    fingerprint: &str,
    source: &str,
    ds: &Dataset,
) -> Result<Vec<u8>, serde_json::Error> {
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
}

#[derive(Deserialize)]
struct Version {
    #[serde(default)]
    version: u32,
}

/// Why `json` did not read as `T`: a newer version when it says so (its shape may have
/// changed), else damaged.
fn refusal(json: &[u8], version: impl Fn(&[u8]) -> Option<u32>, e: serde_json::Error) -> ReadError {
    match version(json) {
        Some(v) if v > DATASET_VERSION.max(SHARE_VERSION) => ReadError::Newer(v),
        _ => ReadError::Corrupt(e.to_string()),
    }
}

fn check_dataset_version(v: u32) -> Result<(), ReadError> {
    match v {
        DATASET_VERSION => Ok(()),
        v if v > DATASET_VERSION => Err(ReadError::Newer(v)),
        v => Err(ReadError::Corrupt(format!("version {v}"))),
    }
}

/// Read a stored dataset; a newer version is refused.
pub fn read_dataset(json: &[u8]) -> Result<StoredDataset, ReadError> {
    let version = |j: &[u8]| serde_json::from_slice::<Version>(j).ok().map(|v| v.version);
    let stored: StoredDataset =
        serde_json::from_slice(json).map_err(|e| refusal(json, version, e))?;
    check_dataset_version(stored.version)?;
    Ok(stored)
}

/// Read a share file: its scenario (migrated like a stored one) and its dataset.
pub fn read_share(json: &[u8]) -> Result<(ScenarioDto, StoredDataset), ReadError> {
    #[derive(Deserialize)]
    struct Share {
        kind: String,
        version: u32,
        scenario: serde_json::Value,
        dataset: StoredDataset,
    }
    #[derive(Deserialize)]
    struct Versions {
        #[serde(default)]
        version: u32,
        #[serde(default)]
        dataset: Option<Version>,
    }
    let version = |j: &[u8]| {
        let v = serde_json::from_slice::<Versions>(j).ok()?;
        Some(v.version.max(v.dataset.map_or(0, |d| d.version)))
    };
    let share: Share = serde_json::from_slice(json).map_err(|e| refusal(json, version, e))?;
    if share.kind != SHARE_KIND {
        return Err(ReadError::Corrupt(format!("kind {}", share.kind)));
    }
    if share.version > SHARE_VERSION {
        return Err(ReadError::Newer(share.version));
    }
    check_dataset_version(share.dataset.version)?;
    Ok((scenario_from_value(share.scenario)?, share.dataset))
}

/// A share file from a scenario and its dataset's stored JSON (as IndexedDB holds it),
/// which goes in as it is: nothing of the dataset is parsed or written again.
pub fn write_share(scenario: &ScenarioDto, stored_dataset: &[u8]) -> Result<Vec<u8>, ReadError> {
    if stored_dataset.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(ReadError::Corrupt(
            "the stored dataset is not a JSON object".into(),
        ));
    }
    let scenario = serde_json::to_vec(scenario).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    let mut out = Vec::with_capacity(stored_dataset.len() + scenario.len() + 64);
    out.extend_from_slice(b"{\"kind\":");
    out.extend_from_slice(&serde_json::to_vec(SHARE_KIND).unwrap_or_default());
    out.extend_from_slice(format!(",\"version\":{SHARE_VERSION},\"scenario\":").as_bytes());
    out.extend_from_slice(&scenario);
    out.extend_from_slice(b",\"dataset\":");
    out.extend_from_slice(stored_dataset);
    out.push(b'}');
    Ok(out)
}
