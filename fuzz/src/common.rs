//! What every reader target checks after an import, and what the app builds from an
//! accepted dataset.

use seimbang_engine::abk::WKE_1250_JAM;
use seimbang_engine::analysis::Indicators;
use seimbang_engine::diagnostic::Diagnostic;
use seimbang_engine::import::{import, ImportFailure, Imported, InputFile};
use seimbang_engine::lang::Lang;
use seimbang_engine::pj::PjTable;
use seimbang_engine::slot::SlotTable;
use seimbang_engine::Dataset;

/// Import `files` as the Data page does and check the report the user gets: a refusal
/// names at least one error, warnings stay warnings, every diagnostic has its texts in
/// both languages and a row (if any) below the header. An accepted dataset goes on to
/// the slots and indicators the app builds from it.
pub fn import_checked(files: &[InputFile]) -> Result<Imported, ImportFailure> {
    let outcome = import(files);
    match &outcome {
        Ok(imported) => {
            assert!(
                !imported.diagnostics.iter().any(Diagnostic::is_error),
                "an accepted import carries an error"
            );
            check_diagnostics(&imported.diagnostics);
            let slots = loaded(&imported.dataset);
            for s in &slots.slots {
                assert!(
                    s.need.is_finite() && s.need >= 0.0,
                    "an accepted need that is not a number >= 0: {s:?}"
                );
                assert!(
                    s.priority.is_finite() && s.priority >= 0.0,
                    "an accepted priority that is not a number >= 0: {s:?}"
                );
            }
        }
        Err(failure) => {
            assert!(!failure.errors().is_empty(), "a refusal without an error");
            assert!(failure.errors().iter().all(Diagnostic::is_error));
            assert!(!failure.warnings().iter().any(Diagnostic::is_error));
            check_diagnostics(failure.errors());
            check_diagnostics(failure.warnings());
        }
    }
    outcome
}

/// Every diagnostic can be shown: texts in both languages, a row below the header.
pub fn check_diagnostics(diags: &[Diagnostic]) {
    for d in diags {
        if let Some(row) = d.row {
            assert!(row >= 2, "a data row above or on the header row: {d:?}");
        }
        for lang in [Lang::Id, Lang::En] {
            assert!(!d.message(lang).is_empty(), "no message: {d:?}");
            assert!(!d.hint(lang).is_empty(), "no hint: {d:?}");
            assert!(!d.describe(lang).is_empty());
        }
    }
}

/// What the app builds from a dataset it holds (`state::Loaded::new`): the slot table
/// and the current indicators, whose figures must be numbers.
pub fn loaded(ds: &Dataset) -> SlotTable {
    let slots = SlotTable::build(ds, WKE_1250_JAM);
    let indicators = Indicators::current(&slots, &PjTable::default());
    let t = &indicators.total;
    assert!(
        !t.kekurangan.is_nan() && !t.kelebihan.is_nan(),
        "indicators are not numbers: {t:?}"
    );
    slots
}

/// An upper bound of the lines a file has: one more than its line-break bytes.
pub fn lines_at_most(bytes: &[u8]) -> u32 {
    let breaks = bytes.iter().filter(|b| matches!(b, b'\n' | b'\r')).count();
    u32::try_from(breaks).unwrap_or(u32::MAX).saturating_add(1)
}
