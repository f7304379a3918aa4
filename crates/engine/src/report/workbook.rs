//! Every workbook the engine writes starts here, with fixed document properties: the
//! same tables give the same bytes, natively and in the browser, whatever the day.
//!
//! About the clock on wasm32: rust_xlsxwriter stamps a creation time by reading the
//! system clock inside `Workbook::new` and again while saving (its document properties
//! are created with "now" before any value the caller sets replaces them), and no API
//! skips those reads. On `wasm32-unknown-unknown` the standard library's clock panics.
//! The crate's `wasm` feature makes it read the browser's clock instead; the web app
//! switches that feature on for its wasm32 build (root `Cargo.toml`), so the engine keeps
//! no browser binding of its own. The time read is then discarded: the date below
//! replaces it, and the output stays deterministic. Any other wasm32 host of the engine
//! that writes XLSX must switch the feature on the same way.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

/// The creation date written into every workbook: fixed, never "now".
pub const CREATED: (u16, u8, u8) = (2026, 1, 1);

/// A new workbook with fixed document properties.
pub fn new_workbook() -> Workbook {
    let mut wb = Workbook::new();
    let (y, m, d) = CREATED;
    let props = DocProperties::new();
    let props = match ExcelDateTime::from_ymd(y, m, d) {
        Ok(created) => props.set_creation_datetime(&created),
        Err(_) => props,
    };
    wb.set_properties(&props);
    wb
}
