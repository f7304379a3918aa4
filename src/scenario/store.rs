//! Saved scenarios in local storage: one entry per scenario under
//! `seimbang.scenario.<id>` and an index that orders them. New entries are written before
//! the index, and a failed index write removes the new entry again, so a full storage
//! never loses or half-writes anything. Unreadable entries are reported, not dropped.

use super::dto::{parse_scenario, IndexDto, ReadError, ScenarioDto, INDEX_VERSION};
use super::local::{self, StorageError};

/// The key of the index.
pub const INDEX_KEY: &str = "seimbang.scenarios";
/// The prefix of every scenario entry's key.
pub const ENTRY_PREFIX: &str = "seimbang.scenario.";

/// The storage key of scenario `id`.
pub fn entry_key(id: &str) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

/// An entry that could not be read, set aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Broken {
    pub key: String,
    pub error: ReadError,
}

/// Everything stored: readable scenarios in index order, then the unreadable ones.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    pub scenarios: Vec<ScenarioDto>,
    pub broken: Vec<Broken>,
}

fn read_index() -> Vec<String> {
    local::get(INDEX_KEY)
        .and_then(|s| serde_json::from_str::<IndexDto>(&s).ok())
        .filter(|i| i.version <= INDEX_VERSION)
        .map(|i| i.ids)
        .unwrap_or_default()
}

fn write_index(ids: Vec<String>) -> Result<(), StorageError> {
    let json = serde_json::to_string(&IndexDto {
        version: INDEX_VERSION,
        ids,
    })
    .map_err(|e| StorageError::Other(e.to_string()))?;
    local::set(INDEX_KEY, &json)
}

/// The ids in order: the index's, then entries the index does not name (sorted).
fn all_ids() -> Vec<String> {
    let mut ids = read_index();
    let mut extra: Vec<String> = local::keys_with(ENTRY_PREFIX)
        .into_iter()
        .map(|k| k[ENTRY_PREFIX.len()..].to_string())
        .filter(|id| !ids.contains(id))
        .collect();
    extra.sort();
    ids.extend(extra);
    ids
}

/// Read every stored scenario; unreadable ones go to `broken` with their key.
pub fn list() -> Listing {
    let mut out = Listing::default();
    for id in all_ids() {
        let key = entry_key(&id);
        let Some(json) = local::get(&key) else {
            continue;
        };
        match parse_scenario(&json) {
            Ok(dto) if dto.id == id => out.scenarios.push(dto),
            Ok(_) => out.broken.push(Broken {
                key,
                error: ReadError::Corrupt("id".into()),
            }),
            Err(error) => out.broken.push(Broken { key, error }),
        }
    }
    out
}

/// One scenario by id.
pub fn get(id: &str) -> Option<ScenarioDto> {
    local::get(&entry_key(id)).and_then(|j| parse_scenario(&j).ok())
}

/// Save a new or changed scenario at the end of the list (or in its place when it is
/// already listed). On failure nothing already saved is changed.
pub fn save(dto: &ScenarioDto) -> Result<(), StorageError> {
    save_at(dto, usize::MAX)
}

/// [`save`] at position `at` of the list (for undoing a delete).
pub fn save_at(dto: &ScenarioDto, at: usize) -> Result<(), StorageError> {
    let key = entry_key(&dto.id);
    let json = serde_json::to_string(dto).map_err(|e| StorageError::Other(e.to_string()))?;
    let previous = local::get(&key);
    local::set(&key, &json)?;
    let mut ids = read_index();
    if ids.contains(&dto.id) {
        return Ok(());
    }
    ids.insert(at.min(ids.len()), dto.id.clone());
    if let Err(e) = write_index(ids) {
        match previous {
            Some(p) => {
                let _ = local::set(&key, &p);
            }
            None => local::remove(&key),
        }
        return Err(e);
    }
    Ok(())
}

/// Remove a scenario (or an unreadable entry by its id); returns it with its position
/// so it can be put back.
pub fn delete(id: &str) -> Option<(ScenarioDto, usize)> {
    let ids = read_index();
    let at = ids.iter().position(|i| i == id).unwrap_or(ids.len());
    let dto = get(id);
    let rest: Vec<String> = ids.into_iter().filter(|i| i != id).collect();
    let _ = write_index(rest);
    local::remove(&entry_key(id));
    dto.map(|d| (d, at))
}

/// Remove an unreadable entry by its storage key.
pub fn delete_key(key: &str) {
    if let Some(id) = key.strip_prefix(ENTRY_PREFIX) {
        delete(id);
    }
}

/// A new, unique scenario id.
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e6) as u64;
    format!("{t:x}{r:05x}")
}

/// Now, as an ISO 8601 date-time.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Bytes Seimbang keeps in local storage.
pub fn local_bytes() -> usize {
    local::bytes_with("seimbang.")
}
