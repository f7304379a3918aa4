//! The stored and shared forms of Seimbang's scenarios, datasets, the scenario index and
//! the working state: what the browser keeps in local storage and IndexedDB and what a
//! `.seimbang.json` share file holds. Each carries a `version`; [`parse_scenario`]
//! migrates older versions and refuses newer ones. Parameters, adjustments and the
//! dataset are kept as the engine's JSON (a `serde_json::Value`) so an entry stays
//! listable even when a later engine no longer reads them.
//!
//! A crate of its own, apart from the web app, because these formats outlive any one
//! version of the app and are read from untrusted files: plain serde code with no
//! browser binding reads them natively too, for tests and for fuzzing the share-file
//! reader (`fuzz/`). [`settings_of`] and [`dataset_of`] read the engine's values back
//! out of an entry, for the app and the fuzzer alike. The app uses it as `scenario::dto`.

use serde::{Deserialize, Serialize};

mod settings;
mod typed;
pub use settings::{dataset_of, settings_of};
pub use typed::{read_dataset, read_share, write_dataset, write_share, StoredDataset};

/// The current version of [`ScenarioDto`].
pub const SCENARIO_VERSION: u32 = 1;
/// The current version of [`DatasetDto`].
pub const DATASET_VERSION: u32 = 1;
/// The current version of [`IndexDto`] and [`WorkingDto`].
pub const INDEX_VERSION: u32 = 1;
/// The current version of a `.seimbang.json` share file (see [`write_share`]).
pub const SHARE_VERSION: u32 = 1;
/// What a share file says it is.
pub const SHARE_KIND: &str = "seimbang-scenario";

/// A plan's key figures, so a scenario can be listed and compared without re-solving.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FiguresDto {
    pub moves: usize,
    pub mutasi: usize,
    pub rotasi: usize,
    pub objective_before: f64,
    pub objective: f64,
    pub kekurangan_before: f64,
    pub kekurangan_after: f64,
    pub kelebihan_before: f64,
    pub kelebihan_after: f64,
    /// Share of balanced slots (0..1), when there are slots.
    pub balanced_share_before: Option<f64>,
    pub balanced_share_after: Option<f64>,
    /// People lent to temporary needs (absent in scenarios saved before they existed).
    #[serde(default)]
    pub temporary: Option<usize>,
}

/// One move of a saved plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveDto {
    pub nip: String,
    pub from_unit: String,
    pub from_jabatan: String,
    pub to_unit: String,
    pub to_jabatan: String,
    /// The OPD of each end (for the per-OPD comparison).
    #[serde(default)]
    pub from_opd: String,
    #[serde(default)]
    pub to_opd: String,
}

/// How to compute a saved plan again: the parameters of the run that gave it and, when
/// the user picked another point of that run's moves / F curve, the point's move count.
/// The solve is deterministic, so the same data and these give the same plan again;
/// the saved figures check that it did.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanRefDto {
    /// The engine's `Params` of the run, as JSON.
    pub run_params: serde_json::Value,
    #[serde(default)]
    pub picked_moves: Option<usize>,
}

/// A saved scenario (version 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioDto {
    pub version: u32,
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    /// ISO 8601 date-times from the browser clock.
    pub created: String,
    pub updated: String,
    /// The dataset's fingerprint; also the key of its [`DatasetDto`].
    pub fingerprint: String,
    /// Where the data came from (file names; empty for the demo).
    #[serde(default)]
    pub dataset_ref: String,
    /// The engine's `Params` as JSON.
    pub params: serde_json::Value,
    /// The engine's `Adjustments` as JSON.
    #[serde(default)]
    pub adjustments: serde_json::Value,
    /// The plan's figures, when a current plan was saved with it.
    #[serde(default)]
    pub figures: Option<FiguresDto>,
    #[serde(default)]
    pub moves: Vec<MoveDto>,
    /// How to compute the saved plan again (absent in entries saved before picks).
    #[serde(default)]
    pub plan: Option<PlanRefDto>,
}

/// A stored dataset, shared by every scenario with its fingerprint.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatasetDto {
    pub version: u32,
    pub fingerprint: String,
    #[serde(default)]
    pub source: String,
    /// The engine's `Dataset` as JSON.
    pub dataset: serde_json::Value,
}

/// The order of saved scenarios.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexDto {
    pub version: u32,
    pub ids: Vec<String>,
}

/// What is being worked on, saved as the user goes so a reload loses nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkingDto {
    pub version: u32,
    pub fingerprint: String,
    #[serde(default)]
    pub dataset_ref: String,
    pub params: serde_json::Value,
    #[serde(default)]
    pub adjustments: serde_json::Value,
    #[serde(default)]
    pub figures: Option<FiguresDto>,
    /// How to compute the last plan again on start, when there was a current one.
    #[serde(default)]
    pub plan: Option<PlanRefDto>,
}

/// Why a stored entry could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Not JSON of the expected shape.
    #[error("{0}")]
    Corrupt(String),
    /// Written by a newer version of the app.
    #[error("version {0}")]
    Newer(u32),
}

/// Version 0 (the first prototype): one flat figure set, no note, no adjustments, a
/// single `saved` time and moves as "unit/jabatan" pairs.
#[derive(Clone, Debug, Deserialize)]
struct ScenarioV0 {
    id: String,
    name: String,
    saved: String,
    fingerprint: String,
    params: serde_json::Value,
    #[serde(default)]
    moves_count: usize,
    #[serde(default)]
    objective: f64,
    #[serde(default)]
    moves: Vec<MoveV0>,
}

#[derive(Clone, Debug, Deserialize)]
struct MoveV0 {
    nip: String,
    from: String,
    to: String,
}

fn split_slot(s: &str) -> (String, String) {
    match s.split_once('/') {
        Some((u, j)) => (u.to_string(), j.to_string()),
        None => (s.to_string(), String::new()),
    }
}

fn migrate_v0(old: ScenarioV0) -> ScenarioDto {
    let moves: Vec<MoveDto> = old
        .moves
        .into_iter()
        .map(|m| {
            let (from_unit, from_jabatan) = split_slot(&m.from);
            let (to_unit, to_jabatan) = split_slot(&m.to);
            MoveDto {
                nip: m.nip,
                from_unit,
                from_jabatan,
                to_unit,
                to_jabatan,
                ..MoveDto::default()
            }
        })
        .collect();
    let figures = FiguresDto {
        moves: old.moves_count.max(moves.len()),
        objective: old.objective,
        ..FiguresDto::default()
    };
    ScenarioDto {
        version: SCENARIO_VERSION,
        id: old.id,
        name: old.name,
        note: String::new(),
        created: old.saved.clone(),
        updated: old.saved,
        fingerprint: old.fingerprint,
        dataset_ref: String::new(),
        params: old.params,
        adjustments: serde_json::Value::Null,
        figures: Some(figures),
        moves,
        plan: None,
    }
}

/// The version a stored JSON says it has (0 when it says none).
fn version_of(v: &serde_json::Value) -> Result<u32, ReadError> {
    match v.get("version") {
        None => Ok(0),
        Some(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| ReadError::Corrupt("version".into())),
    }
}

/// Read a stored scenario of any known version, migrating it to the current one.
pub fn parse_scenario(json: &str) -> Result<ScenarioDto, ReadError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    scenario_from_value(value)
}

/// [`parse_scenario`] for already parsed JSON.
pub fn scenario_from_value(value: serde_json::Value) -> Result<ScenarioDto, ReadError> {
    let corrupt = |e: serde_json::Error| ReadError::Corrupt(e.to_string());
    match version_of(&value)? {
        0 => serde_json::from_value::<ScenarioV0>(value)
            .map(migrate_v0)
            .map_err(corrupt),
        SCENARIO_VERSION => serde_json::from_value(value).map_err(corrupt),
        v => Err(ReadError::Newer(v)),
    }
}

/// Read a stored dataset; a newer version is refused.
pub fn parse_dataset(json: &str) -> Result<DatasetDto, ReadError> {
    let dto: DatasetDto =
        serde_json::from_str(json).map_err(|e| ReadError::Corrupt(e.to_string()))?;
    match dto.version {
        DATASET_VERSION => Ok(dto),
        v if v > DATASET_VERSION => Err(ReadError::Newer(v)),
        v => Err(ReadError::Corrupt(format!("version {v}"))),
    }
}
