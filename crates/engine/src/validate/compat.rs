//! Rows of `kompatibilitas`: which jabatan may fill which. Values may be codes or
//! names; both become jabatan keys the way every other table's do.

use super::jabatan::JabatanKeys;
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::Compatibility;
use crate::diagnostic::Diagnostic;

/// A compatibility pair with its row.
pub struct CompatRow {
    pub pair: Compatibility,
    pub row: u32,
}

/// Read the table (rows with a blank side are skipped with a warning).
pub fn read(sheet: &Sheet<'_>, keys: &JabatanKeys, diags: &mut Vec<Diagnostic>) -> Vec<CompatRow> {
    let mut out = Vec::new();
    for raw in sheet.rows {
        let row = sheet.row(raw);
        let pair = row.required(Field::JabatanAsal).and_then(|a| {
            let t = row.required(Field::JabatanTujuan)?;
            Ok((a, t))
        });
        match pair {
            Ok((a, t)) => {
                if let (Some(asal), Some(tujuan)) = (keys.key_of_text(a), keys.key_of_text(t)) {
                    out.push(CompatRow {
                        pair: Compatibility {
                            jabatan_asal: asal,
                            jabatan_tujuan: tujuan,
                        },
                        row: row.line(),
                    });
                }
            }
            Err(d) => diags.push(*d),
        }
    }
    out
}
