//! The engine's values inside a stored entry, read back: a scenario's parameters and
//! adjustments, a stored dataset's data. One reader for the app and the fuzzer, so what
//! is fuzzed is what opens a user's file. Errors are the serde message, shown as is.

use crate::{DatasetDto, ScenarioDto};
use seimbang_engine::plan::Adjustments;
use seimbang_engine::{Dataset, Params};

/// A scenario's parameters and adjustments (no adjustments stored: none).
pub fn settings_of(dto: &ScenarioDto) -> Result<(Params, Adjustments), String> {
    let params: Params = serde_json::from_value(dto.params.clone()).map_err(|e| e.to_string())?;
    let adjustments = if dto.adjustments.is_null() {
        Adjustments::default()
    } else {
        serde_json::from_value(dto.adjustments.clone()).map_err(|e| e.to_string())?
    };
    Ok((params, adjustments))
}

/// The dataset a stored dataset holds.
pub fn dataset_of(dto: &DatasetDto) -> Result<Dataset, String> {
    serde_json::from_value(dto.dataset.clone()).map_err(|e| e.to_string())
}
