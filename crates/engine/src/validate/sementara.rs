//! Rows of `kebutuhan_sementara` (v2): a unit needs some extra people of the listed
//! jabatan for a period. The unit code is folded like every other table's; who may help
//! is a list of jabatan separated by `|` (or `,` / `;`), each keyed as the other tables
//! key jabatan; `tambahan` may be a decimal; a row naming no unit of the data, asking for
//! nobody or ending before it starts is skipped with a warning.

use super::codes::UnitCodes;
use super::jabatan::JabatanKeys;
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::TemporaryNeed;
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use std::collections::HashSet;

/// Read the table; `units` are the data's unit codes.
pub fn read(
    sheet: &Sheet<'_>,
    codes: &UnitCodes,
    keys: &JabatanKeys,
    units: &HashSet<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<TemporaryNeed> {
    let mut out = Vec::new();
    for raw in sheet.rows {
        let row = sheet.row(raw);
        let read = (|| -> Result<_, super::sheet::Skip> {
            let unit = row.required(Field::KodeUnit)?;
            let jabatan = row.required(Field::JabatanDiterima)?;
            let tambahan = row.non_negative(Field::Tambahan, None)?;
            let mulai = row.date(Field::Mulai)?;
            let selesai = row.date(Field::Selesai)?;
            let prioritas = row.non_negative(Field::Prioritas, Some(1.0))?;
            Ok((unit, jabatan, tambahan, mulai, selesai, prioritas))
        })();
        let (unit_text, jabatan, tambahan, mulai, selesai, prioritas) = match read {
            Ok(x) => x,
            Err(d) => {
                diags.push(*d);
                continue;
            }
        };
        let (Some(mulai), Some(selesai)) = (mulai, selesai) else {
            let field = if mulai.is_none() {
                Field::Mulai
            } else {
                Field::Selesai
            };
            diags.push(*row.skip(field, None, K::MissingValue));
            continue;
        };
        let unit = codes.canonical(unit_text);
        if !units.contains(unit.as_str()) {
            diags.push(
                sheet
                    .diag(Severity::Warning, K::UnknownTemporaryUnit)
                    .at_row(row.line())
                    .in_column(sheet.cols.header(Field::KodeUnit))
                    .with_value(unit_text),
            );
            continue;
        }
        if tambahan <= 0.0 || selesai < mulai {
            let (field, value) = if tambahan <= 0.0 {
                (Field::Tambahan, row.text(Field::Tambahan))
            } else {
                (Field::Selesai, row.text(Field::Selesai))
            };
            diags.push(
                sheet
                    .diag(Severity::Warning, K::BadTemporaryNeed)
                    .at_row(row.line())
                    .in_column(sheet.cols.header(field))
                    .with_value(value.unwrap_or("")),
            );
            continue;
        }
        let mut jabatan_diterima: Vec<String> = jabatan
            .split(['|', ',', ';'])
            .filter_map(|j| keys.key_of_text(j.trim()))
            .collect();
        jabatan_diterima.dedup();
        if jabatan_diterima.is_empty() {
            diags.push(*row.skip(Field::JabatanDiterima, Some(jabatan), K::MissingValue));
            continue;
        }
        out.push(TemporaryNeed {
            kode_unit: unit,
            jabatan_diterima,
            tambahan,
            mulai,
            selesai,
            prioritas,
            keterangan: row.text(Field::Keterangan).unwrap_or("").trim().to_string(),
            row: row.line(),
        });
    }
    out
}
