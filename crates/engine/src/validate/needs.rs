//! Rows of `kebutuhan` and `uraian_tugas`: the need per slot, given or from workload.
//! Needs and task figures are decimals >= 0 (comma or point); a blank priority is 1.

use super::jabatan::JabatanKeys;
use super::sheet::{Row, Sheet, Skip};
use crate::cell;
use crate::columns::Field;
use crate::dataset::{NeedRow, TaskRow};
use crate::diagnostic::{Diagnostic, DiagnosticKind as K};

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
    diags: &mut Vec<Diagnostic>,
) -> Vec<(NeedRow, UnitHint)> {
    sheet
        .raw
        .rows
        .iter()
        .filter_map(|raw| need(&sheet.row(raw), keys).map_err(|d| diags.push(*d)).ok())
        .collect()
}

fn jabatan(row: &Row<'_>, keys: &JabatanKeys) -> Result<(String, Option<String>), Skip> {
    let name = row.owned(Field::NamaJabatan);
    let key = keys
        .key(row.text(Field::KodeJabatan), name.as_deref())
        .ok_or_else(|| row.skip(Field::KodeJabatan, None, K::MissingValue))?;
    Ok((key, name))
}

fn need(row: &Row<'_>, keys: &JabatanKeys) -> Result<(NeedRow, UnitHint), Skip> {
    let kode_unit = row.required(Field::KodeUnit)?.to_string();
    let (kode_jabatan, nama_jabatan) = jabatan(row, keys)?;
    let kebutuhan = row.non_negative(Field::Kebutuhan, None)?;
    let prioritas = row.non_negative(Field::Prioritas, Some(1.0))?;
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
    diags: &mut Vec<Diagnostic>,
) -> Vec<TaskRow> {
    sheet
        .raw
        .rows
        .iter()
        .filter_map(|raw| task(&sheet.row(raw), keys).map_err(|d| diags.push(*d)).ok())
        .collect()
}

fn task(row: &Row<'_>, keys: &JabatanKeys) -> Result<TaskRow, Skip> {
    let kode_unit = row.required(Field::KodeUnit)?.to_string();
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
