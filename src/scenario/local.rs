//! Raw access to the browser's local storage, with the failure kinds the scenario store
//! tells apart (full, unavailable).

use seimbang_workbench::worker::error::WorkerError;
use wasm_bindgen::JsValue;

/// Why browser storage (local storage, IndexedDB) refused: the storage boundary's one
/// error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The origin's storage quota is used up.
    Full,
    /// Storage is unavailable or refused for another reason (the browser's words).
    Other(String),
}

/// The worker writes and reads IndexedDB itself; its failures travel as the worker's.
impl From<StorageError> for WorkerError {
    fn from(e: StorageError) -> WorkerError {
        match e {
            StorageError::Full => WorkerError::StorageFull,
            StorageError::Other(d) => WorkerError::Storage(d),
        }
    }
}

impl StorageError {
    /// Classify a JavaScript exception thrown by a storage write.
    pub fn from_js(e: &JsValue) -> StorageError {
        let name = js_sys::Reflect::get(e, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name.contains("Quota") {
            StorageError::Full
        } else {
            let msg = js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_else(|| format!("{e:?}"));
            StorageError::Other(format!("{name} {msg}").trim().to_string())
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Write `value` under `key`.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    let s = storage().ok_or_else(|| StorageError::Other("localStorage".into()))?;
    s.set_item(key, value)
        .map_err(|e| StorageError::from_js(&e))
}

/// Remove `key` (nothing when absent).
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Every key that starts with `prefix`.
pub fn keys_with(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else { return vec![] };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Bytes taken by the keys starting with `prefix` (UTF-16, as browsers count them).
pub fn bytes_with(prefix: &str) -> usize {
    keys_with(prefix)
        .iter()
        .map(|k| 2 * (k.encode_utf16().count() + get(k).map_or(0, |v| v.encode_utf16().count())))
        .sum()
}
