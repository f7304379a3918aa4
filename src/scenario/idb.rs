//! Datasets in the browser's IndexedDB: one object store of JSON strings keyed by the
//! dataset's fingerprint. A thin promise wrapper over web-sys, no extra crate.

use super::local::WriteError;
use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "seimbang";
const STORE: &str = "datasets";

fn text(e: &JsValue) -> String {
    match WriteError::from_js(e) {
        WriteError::Full => "QuotaExceededError".into(),
        WriteError::Other(m) => m,
    }
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

async fn open() -> Result<IdbDatabase, WriteError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| WriteError::Other("IndexedDB".into()))?;
    let req = factory
        .open_with_u32(DB, 1)
        .map_err(|e| WriteError::from_js(&e))?;
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
        .map_err(|e| WriteError::from_js(&e))?;
    db.dyn_into::<IdbDatabase>()
        .map_err(|_| WriteError::Other("IndexedDB".into()))
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), WriteError> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| WriteError::from_js(&e))?;
    let st = tx
        .object_store(STORE)
        .map_err(|e| WriteError::from_js(&e))?;
    Ok((tx, st))
}

/// Store `value` under `key` (replacing what was there); done when committed.
pub async fn put(key: &str, value: &str) -> Result<(), WriteError> {
    let db = open().await?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    st.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
        .map_err(|e| WriteError::from_js(&e))?;
    let done = JsFuture::from(transaction_done(&tx)).await;
    db.close();
    done.map(|_| ()).map_err(|e| WriteError::from_js(&e))
}

/// The text under `key`: `Ok(None)` when absent.
pub async fn get(key: &str) -> Result<Option<String>, String> {
    let db = open().await.map_err(|e| format!("{e:?}"))?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly).map_err(|e| format!("{e:?}"))?;
    let req = st.get(&JsValue::from_str(key)).map_err(|e| text(&e))?;
    let v = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| text(&e));
    db.close();
    let v = v?;
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else {
        v.as_string().map(Some).ok_or_else(|| "not text".into())
    }
}

/// Remove `key` (nothing when absent).
pub async fn delete(key: &str) -> Result<(), String> {
    let db = open().await.map_err(|e| format!("{e:?}"))?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite).map_err(|e| format!("{e:?}"))?;
    st.delete(&JsValue::from_str(key)).map_err(|e| text(&e))?;
    let done = JsFuture::from(transaction_done(&tx)).await;
    db.close();
    done.map(|_| ()).map_err(|e| text(&e))
}

/// Every stored key.
pub async fn keys() -> Result<Vec<String>, String> {
    let db = open().await.map_err(|e| format!("{e:?}"))?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly).map_err(|e| format!("{e:?}"))?;
    let req = st.get_all_keys().map_err(|e| text(&e))?;
    let v = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| text(&e));
    db.close();
    let arr: js_sys::Array = v?.dyn_into().map_err(|_| "keys".to_string())?;
    Ok(arr.iter().filter_map(|k| k.as_string()).collect())
}

/// The browser's estimate of this origin's storage use and quota (bytes), if it has one.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.estimate().ok()?;
    let est: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((est.get_usage()?, est.get_quota().unwrap_or(0.0)))
}
