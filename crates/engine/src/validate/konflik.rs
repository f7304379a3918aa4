//! Rows of `konflik` (v2): a unit one employee must not be moved into. The NIP is read
//! as the employee table reads it, the unit code folded like every other table's;
//! rows naming nobody or no unit of the data are skipped with a warning.

use super::codes::UnitCodes;
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::Conflict;
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use crate::nip;
use std::collections::HashSet;

/// Read the table; `nips` and `units` are the data's.
pub fn read(
    sheet: &Sheet<'_>,
    codes: &UnitCodes,
    nips: &HashSet<&str>,
    units: &HashSet<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    for raw in sheet.rows {
        let row = sheet.row(raw);
        let read = row.required(Field::Nip).and_then(|n| {
            let u = row.required(Field::KodeUnit)?;
            Ok((n, u))
        });
        let (nip_text, unit_text) = match read {
            Ok(x) => x,
            Err(d) => {
                diags.push(*d);
                continue;
            }
        };
        let nip = nip::clean(nip_text).unwrap_or_else(|_| nip_text.trim().to_string());
        let unit = codes.canonical(unit_text);
        let (field, value) = if !nips.contains(nip.as_str()) {
            (Field::Nip, nip_text)
        } else if !units.contains(unit.as_str()) {
            (Field::KodeUnit, unit_text)
        } else {
            let c = Conflict {
                nip,
                kode_unit: unit,
                alasan: row.text(Field::Alasan).unwrap_or("").trim().to_string(),
            };
            if !out
                .iter()
                .any(|o| o.nip == c.nip && o.kode_unit == c.kode_unit)
            {
                out.push(c);
            }
            continue;
        };
        diags.push(
            sheet
                .diag(Severity::Warning, K::UnknownConflict)
                .at_row(row.line())
                .in_column(sheet.cols.header(field))
                .with_value(value),
        );
    }
    out
}
