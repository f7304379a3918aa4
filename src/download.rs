//! Offer bytes made in the browser as a file download (an object URL on a temporary
//! link). Nothing is sent anywhere: the file never leaves the machine.

use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// The browser refused to offer a download (its exception's name, if it gave one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DownloadRefused(pub String);

impl DownloadRefused {
    fn of(e: JsValue) -> DownloadRefused {
        let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        DownloadRefused(name)
    }

    /// The refusal in `lang`'s words.
    pub fn describe(&self, lang: Lang) -> String {
        let text = lang.pick(
            "Peramban menolak unduhan",
            "The browser refused the download",
        );
        if self.0.is_empty() {
            text.to_string()
        } else {
            format!("{text} ({})", self.0)
        }
    }
}

/// Download `bytes` as `name` with the MIME type `mime`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), DownloadRefused> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(DownloadRefused::of)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(DownloadRefused::of)?;
    let a: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(DownloadRefused::of)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The MIME type of XLSX workbooks.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
