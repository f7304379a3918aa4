//! Datasets in the browser's IndexedDB: one object store of JSON (UTF-8 bytes; text
//! from earlier versions is still read) keyed by the dataset's fingerprint. Bytes, not
//! strings: a large dataset then crosses into WebAssembly and on to the worker with
//! plain copies, never a text re-encoding. A thin promise wrapper over web-sys.

use super::local::StorageError;
use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "seimbang";
const STORE: &str = "datasets";

fn js(e: JsValue) -> StorageError {
    StorageError::from_js(&e)
}

/// A promise settled by a request's success (its result) or error.
fn request_done(req: &IdbRequest) -> Promise {
    let req = req.clone();
    Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let err = Closure::once_into_js(move || {
            let e = r
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    })
}

/// A promise settled when a transaction commits or aborts (with its error).
fn transaction_done(tx: &IdbTransaction) -> Promise {
    let tx = tx.clone();
    Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let abort = Closure::once_into_js(move || {
            let e = t.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(abort.unchecked_ref()));
    })
}

async fn open() -> Result<IdbDatabase, StorageError> {
    // The page's window or the worker's scope: both have one.
    let factory: web_sys::IdbFactory =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or_else(|| StorageError::Other("IndexedDB".into()))?;
    let req = factory
        .open_with_u32(DB, 1)
        .map_err(|e| StorageError::from_js(&e))?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = r.result().and_then(|d| d.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| StorageError::from_js(&e))?;
    db.dyn_into::<IdbDatabase>()
        .map_err(|_| StorageError::Other("IndexedDB".into()))
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| StorageError::from_js(&e))?;
    let st = tx
        .object_store(STORE)
        .map_err(|e| StorageError::from_js(&e))?;
    Ok((tx, st))
}

/// Store `bytes` under `key` (replacing what was there); done when committed.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), StorageError> {
    let db = open().await?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    let value = js_sys::Uint8Array::from(bytes);
    st.put_with_key(&value, &JsValue::from_str(key))
        .map_err(|e| StorageError::from_js(&e))?;
    let done = JsFuture::from(transaction_done(&tx)).await;
    db.close();
    done.map(|_| ()).map_err(|e| StorageError::from_js(&e))
}

/// The value under `key`, still a JavaScript value: `Ok(None)` when absent.
async fn get_js(key: &str) -> Result<Option<JsValue>, StorageError> {
    let db = open().await?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly)?;
    let req = st.get(&JsValue::from_str(key)).map_err(js)?;
    let v = JsFuture::from(request_done(&req)).await.map_err(js);
    db.close();
    let v = v?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

/// The bytes under `key`: `Ok(None)` when absent.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, StorageError> {
    match get_js(key).await? {
        None => Ok(None),
        Some(v) => match v.dyn_into::<js_sys::Uint8Array>() {
            Ok(bytes) => Ok(Some(bytes.to_vec())),
            Err(v) => v
                .as_string()
                .map(|t| Some(t.into_bytes()))
                .ok_or_else(|| StorageError::Other("neither bytes nor text".into())),
        },
    }
}

/// How many bytes are stored under `key` (without reading them into WebAssembly).
pub async fn size(key: &str) -> Option<usize> {
    let v = get_js(key).await.ok()??;
    match v.dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => Some(bytes.length() as usize),
        Err(v) => v
            .dyn_into::<js_sys::JsString>()
            .ok()
            .map(|t| t.length() as usize),
    }
}

/// Remove `key` (nothing when absent).
pub async fn delete(key: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    st.delete(&JsValue::from_str(key)).map_err(js)?;
    let done = JsFuture::from(transaction_done(&tx)).await;
    db.close();
    done.map(|_| ()).map_err(js)
}

/// Every stored key.
pub async fn keys() -> Result<Vec<String>, StorageError> {
    let db = open().await?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly)?;
    let req = st.get_all_keys().map_err(js)?;
    let v = JsFuture::from(request_done(&req)).await.map_err(js);
    db.close();
    let arr: js_sys::Array = v?
        .dyn_into()
        .map_err(|_| StorageError::Other("keys".into()))?;
    Ok(arr.iter().filter_map(|k| k.as_string()).collect())
}

/// The browser's estimate of this origin's storage use and quota (bytes), if it has one.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.estimate().ok()?;
    let est: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((est.get_usage()?, est.get_quota().unwrap_or(0.0)))
}
