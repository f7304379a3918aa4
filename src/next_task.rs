//! Waiting for a later task: long work on the page's thread (decoding a large dataset,
//! then drawing it) is cut at these points so the browser paints and answers input in
//! between, instead of running it all in one frozen task.

use wasm_bindgen_futures::JsFuture;

/// Resolves in a later task (a zero timeout; promise callbacks alone would run in the
/// same task).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        } else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
