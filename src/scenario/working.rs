//! The working state (dataset reference, parameters, adjustments, the last plan's
//! figures), saved as the user goes so a reload or a crashed tab loses nothing.

use super::dto::{FiguresDto, ReadError, WorkingDto, INDEX_VERSION};
use super::local::{self, StorageError};

/// The key of the working state.
pub const KEY: &str = "seimbang.working";

/// The stored working state: `None` when there is none.
pub fn load() -> Option<Result<WorkingDto, ReadError>> {
    let json = local::get(KEY)?;
    Some(parse(&json))
}

/// Read a working state; a newer version is refused.
pub fn parse(json: &str) -> Result<WorkingDto, ReadError> {
    let v: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    let version = v.get("version").and_then(|n| n.as_u64()).unwrap_or(0) as u32;
    if version > INDEX_VERSION {
        return Err(ReadError::Newer(version));
    }
    serde_json::from_value(v).map_err(|e| ReadError::Corrupt(e.to_string()))
}

/// The working state's DTO.
pub fn dto(
    fingerprint: &str,
    dataset_ref: &str,
    params: serde_json::Value,
    adjustments: serde_json::Value,
    figures: Option<FiguresDto>,
) -> WorkingDto {
    WorkingDto {
        version: INDEX_VERSION,
        fingerprint: fingerprint.to_string(),
        dataset_ref: dataset_ref.to_string(),
        params,
        adjustments,
        figures,
        plan: None,
    }
}

/// Save the working state (a full storage keeps the previous one).
pub fn save(dto: &WorkingDto) -> Result<(), StorageError> {
    let json = serde_json::to_string(dto).map_err(|e| StorageError::Other(e.to_string()))?;
    local::set(KEY, &json)
}
