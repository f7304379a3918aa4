//! Rows of `kebutuhan` and `uraian_tugas`: the need per slot, given or from workload.
//! Needs and task figures are decimals >= 0 (comma or point, a unit word after it
//! allowed); a blank priority is 1. A need row whose unit and jabatan are there but
//! whose need or priority cannot be read is an error, never skipped: dropping it would
//! put its people outside the model without a word.

use super::codes::UnitCodes;
use super::jabatan::JabatanKeys;
use super::sheet::{Row, Sheet, Skip};
use crate::cell;
use crate::columns::Field;
use crate::dataset::{NeedRow, TaskRow};
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};

/// What a kebutuhan row says about its unit.
pub struct UnitHint {
    pub kode_unit: String,
    pub nama_unit: Option<String>,
    pub opd_kode: Option<String>,
    pub opd_nama: Option<String>,
    pub row: u32,
}

/// Read `kebutuhan`.
pub fn read_needs(
    sheet: &Sheet<'_>,
    keys: &JabatanKeys,
    units: &UnitCodes,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(NeedRow, UnitHint)> {
    sheet
        .rows
        .iter()
        .filter_map(|raw| {
            need(&sheet.row(raw), keys, units)
                .map_err(|d| diags.push(*d))
                .ok()
        })
        .collect()
}

fn jabatan(row: &Row<'_>, keys: &JabatanKeys) -> Result<(String, Option<String>), Skip> {
    let name = row.owned(Field::NamaJabatan);
    let key = keys
        .key(row.text(Field::KodeJabatan), name.as_deref())
        .ok_or_else(|| row.skip(Field::KodeJabatan, None, K::MissingValue))?;
    Ok((key, name))
}

/// The diagnostic as an error: the import stops.
fn refuse(mut d: Skip) -> Skip {
    d.severity = Severity::Error;
    d
}

fn need(row: &Row<'_>, keys: &JabatanKeys, units: &UnitCodes) -> Result<(NeedRow, UnitHint), Skip> {
    let kode_unit = units.canonical(row.required(Field::KodeUnit)?);
    let (kode_jabatan, nama_jabatan) = jabatan(row, keys)?;
    let kebutuhan = row.non_negative(Field::Kebutuhan, None).map_err(refuse)?;
    let prioritas = row
        .non_negative(Field::Prioritas, Some(1.0))
        .map_err(refuse)?;
    let hint = UnitHint {
        kode_unit: kode_unit.clone(),
        nama_unit: row.owned(Field::NamaUnit),
        opd_kode: row.owned(Field::OpdKode),
        opd_nama: row.owned(Field::OpdNama),
        row: row.line(),
    };
    Ok((
        NeedRow {
            kode_unit,
            kode_jabatan,
            kebutuhan,
            prioritas,
            nama_jabatan,
            row: row.line(),
        },
        hint,
    ))
}

/// Read `uraian_tugas`.
pub fn read_tasks(
    sheet: &Sheet<'_>,
    keys: &JabatanKeys,
    units: &UnitCodes,
    diags: &mut Vec<Diagnostic>,
) -> Vec<TaskRow> {
    sheet
        .rows
        .iter()
        .filter_map(|raw| {
            task(&sheet.row(raw), keys, units)
                .map_err(|d| diags.push(*d))
                .ok()
        })
        .collect()
}

fn task(row: &Row<'_>, keys: &JabatanKeys, units: &UnitCodes) -> Result<TaskRow, Skip> {
    let kode_unit = units.canonical(row.required(Field::KodeUnit)?);
    let (kode_jabatan, _) = jabatan(row, keys)?;
    let volume = row.non_negative(Field::Volume, None)?;
    let p = row.required(Field::SatuanPeriode)?;
    let periode =
        cell::period(p).ok_or_else(|| row.skip(Field::SatuanPeriode, Some(p), K::BadPeriod))?;
    let norma_waktu = row.non_negative(Field::NormaWaktu, None)?;
    Ok(TaskRow {
        kode_unit,
        kode_jabatan,
        uraian_tugas: row.text(Field::UraianTugas).unwrap_or("").to_string(),
        volume,
        periode,
        norma_waktu,
        row: row.line(),
    })
}
