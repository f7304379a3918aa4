//! The unit list. Every unit code seen in any table becomes a unit; its name and OPD
//! come from the unit table, else the kebutuhan rows, else the pegawai rows (docs/MODEL.md's
//! OPD resolution order, applied field by field). Rows of one source that disagree on
//! a unit's OPD are reported; the first row's value is used.

use super::codes::UnitCodes;
use super::needs::UnitHint;
use super::pegawai::PegawaiRow;
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::Unit;
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use std::collections::{BTreeMap, HashMap};

/// A row of the unit table.
pub struct UnitRow {
    pub unit: Unit,
}

/// Read the unit table; a repeated code keeps the first row.
pub fn read(sheet: &Sheet<'_>, units: &UnitCodes, diags: &mut Vec<Diagnostic>) -> Vec<UnitRow> {
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut out = Vec::new();
    for raw in sheet.rows {
        let row = sheet.row(raw);
        let code = match row.required(Field::KodeUnit) {
            Ok(c) => units.canonical(c),
            Err(d) => {
                diags.push(*d);
                continue;
            }
        };
        if let Some(first_row) = seen.get(&code) {
            diags.push(row.warn(
                Field::KodeUnit,
                Some(&code),
                K::DuplicateUnit {
                    first_row: *first_row,
                },
            ));
            continue;
        }
        seen.insert(code.clone(), row.line());
        out.push(UnitRow {
            unit: Unit {
                nama_unit: row.text(Field::NamaUnit).unwrap_or(&code).to_string(),
                kode_unit: code,
                opd_kode: row.owned(Field::OpdKode),
                opd_nama: row.owned(Field::OpdNama),
                jenis_unit: row.owned(Field::JenisUnit),
            },
        });
    }
    out
}

/// The sources a unit's fields can come from.
pub struct Sources<'a> {
    pub table: &'a [UnitRow],
    pub hints: &'a [UnitHint],
    pub hint_sheet: Option<&'a Sheet<'a>>,
    pub pegawai: &'a [PegawaiRow],
    pub pegawai_sheet: Option<&'a Sheet<'a>>,
    /// Unit codes of task rows (they carry no names).
    pub task_units: Vec<&'a str>,
}

/// Every unit, ordered by code, with the OPD resolved.
pub fn resolve(src: &Sources<'_>, diags: &mut Vec<Diagnostic>) -> Vec<Unit> {
    let table: HashMap<&str, &Unit> = src
        .table
        .iter()
        .map(|u| (u.unit.kode_unit.as_str(), &u.unit))
        .collect();
    let mut hints: BTreeMap<&str, Vec<&UnitHint>> = BTreeMap::new();
    for h in src.hints {
        hints.entry(h.kode_unit.as_str()).or_default().push(h);
    }
    let mut staff: BTreeMap<&str, Vec<&PegawaiRow>> = BTreeMap::new();
    for p in src.pegawai {
        staff
            .entry(p.employee.kode_unit.as_str())
            .or_default()
            .push(p);
    }
    let mut codes: Vec<&str> = table
        .keys()
        .copied()
        .chain(hints.keys().copied())
        .chain(staff.keys().copied())
        .chain(src.task_units.iter().copied())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let empty_h: Vec<&UnitHint> = Vec::new();
    let empty_p: Vec<&PegawaiRow> = Vec::new();
    codes
        .into_iter()
        .map(|code| {
            let t = table.get(code).copied();
            let h = hints.get(code).unwrap_or(&empty_h);
            let p = staff.get(code).unwrap_or(&empty_p);
            let first = |v: Option<&String>| v.cloned();
            let nama_unit = t
                .map(|u| u.nama_unit.clone())
                .or_else(|| h.iter().find_map(|x| first(x.nama_unit.as_ref())))
                .or_else(|| p.iter().find_map(|x| first(x.nama_unit.as_ref())))
                .unwrap_or_else(|| code.to_string());
            let opd_kode = match t.and_then(|u| u.opd_kode.clone()) {
                Some(k) => Some(k),
                None if h.iter().any(|x| x.opd_kode.is_some()) => {
                    let rows: Vec<(u32, &str)> = h
                        .iter()
                        .filter_map(|x| x.opd_kode.as_deref().map(|v| (x.row, v)))
                        .collect();
                    agree(&rows, src.hint_sheet, Field::OpdKode, diags)
                }
                None => {
                    let rows: Vec<(u32, &str)> = p
                        .iter()
                        .filter_map(|x| x.employee.opd.as_deref().map(|v| (x.employee.row, v)))
                        .collect();
                    agree(&rows, src.pegawai_sheet, Field::Opd, diags)
                }
            };
            let opd_nama = t
                .and_then(|u| u.opd_nama.clone())
                .or_else(|| h.iter().find_map(|x| first(x.opd_nama.as_ref())))
                .or_else(|| p.iter().find_map(|x| first(x.employee.opd.as_ref())));
            Unit {
                kode_unit: code.to_string(),
                nama_unit,
                opd_kode,
                opd_nama,
                jenis_unit: t.and_then(|u| u.jenis_unit.clone()),
            }
        })
        .collect()
}

/// The first value; every later row with another value is reported.
fn agree(
    rows: &[(u32, &str)],
    sheet: Option<&Sheet<'_>>,
    field: Field,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let (_, kept) = rows.first()?;
    for (row, v) in rows.iter().skip(1).filter(|(_, v)| v != kept) {
        if let Some(s) = sheet {
            diags.push(
                s.diag(
                    Severity::Warning,
                    K::OpdConflict {
                        kept: kept.to_string(),
                    },
                )
                .at_row(*row)
                .in_column(s.cols.header(field))
                .with_value(v),
            );
        }
    }
    Some(kept.to_string())
}
