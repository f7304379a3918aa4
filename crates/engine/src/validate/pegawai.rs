//! Rows of `pegawai` to employees. A row with a value that cannot be read is skipped
//! with a warning; blanks fall back as DATA.md says (status and birth date and sex from
//! the NIP) and a blank `tmt_jabatan` keeps the employee with a warning.

use super::jabatan::JabatanKeys;
use super::sheet::{Row, Sheet, Skip};
use crate::cell;
use crate::columns::Field;
use crate::dataset::{Employee, Status};
use crate::diagnostic::{Diagnostic, DiagnosticKind as K};
use crate::nip::{self, NipProblem};

/// An employee with the unit name their row gave (for the unit list).
pub struct PegawaiRow {
    pub employee: Employee,
    pub nama_unit: Option<String>,
}

/// Read every row; skipped rows and notes go to `diags`.
pub fn read(sheet: &Sheet<'_>, keys: &JabatanKeys, diags: &mut Vec<Diagnostic>) -> Vec<PegawaiRow> {
    let mut out = Vec::with_capacity(sheet.raw.rows.len());
    for raw in &sheet.raw.rows {
        let row = sheet.row(raw);
        let mut notes = Vec::new();
        match employee(&row, keys, &mut notes) {
            Ok(e) => {
                out.push(e);
                diags.append(&mut notes);
            }
            Err(d) => diags.push(*d),
        }
    }
    out
}

fn employee(
    row: &Row<'_>,
    keys: &JabatanKeys,
    notes: &mut Vec<Diagnostic>,
) -> Result<PegawaiRow, Skip> {
    let nip_text = row.required(Field::Nip)?;
    let nip = nip::clean(nip_text).map_err(|p| {
        let kind = match p {
            NipProblem::ExponentForm => K::NipExponent,
            NipProblem::NotEighteenDigits => K::NipLength,
        };
        row.skip(Field::Nip, Some(nip_text), kind)
    })?;
    let kode_unit = row.required(Field::KodeUnit)?.to_string();
    let code = row.text(Field::KodeJabatan);
    let name = row.text(Field::NamaJabatan);
    let kode_jabatan = keys
        .key(code, name)
        .ok_or_else(|| row.skip(Field::KodeJabatan, None, K::MissingValue))?;
    let nama_jabatan = name.or(code).unwrap_or(&kode_jabatan).to_string();
    let tmt_jabatan = row.date(Field::TmtJabatan)?;
    let tanggal_lahir = match row.date(Field::TanggalLahir)? {
        Some(d) => Some(d),
        None => nip::birth_date(&nip),
    };
    let jenis_kelamin = match row.text(Field::JenisKelamin) {
        Some(t) => {
            Some(cell::sex(t).ok_or_else(|| row.skip(Field::JenisKelamin, Some(t), K::BadSex))?)
        }
        None => nip::sex(&nip),
    };
    let status = status(row, &nip)?;
    let bup = match row.text(Field::Bup) {
        None => None,
        Some(t) => Some(
            cell::decimal(t)
                .filter(|v| v.fract() == 0.0 && (30.0..=80.0).contains(v))
                .map(|v| v as u32)
                .ok_or_else(|| row.skip(Field::Bup, Some(t), K::BadBup))?,
        ),
    };
    let employee = Employee {
        nama: display_name(row),
        kode_unit,
        kode_jabatan,
        nama_jabatan,
        jenis_jabatan: row.owned(Field::JenisJabatan),
        tmt_jabatan,
        tanggal_lahir,
        jenis_kelamin,
        status,
        golongan: row.owned(Field::Golongan),
        pendidikan: row.owned(Field::Pendidikan),
        opd: row.owned(Field::Opd),
        bup,
        kunci: row.boolean(Field::Kunci)?,
        sukarela: row.boolean(Field::Sukarela)?,
        tujuan_usulan: row.owned(Field::TujuanUsulan),
        hukuman_disiplin: row.boolean(Field::HukumanDisiplin)?,
        tugas_belajar: row.boolean(Field::TugasBelajar)?,
        row: row.line(),
        nip,
    };
    if employee.tmt_jabatan.is_none() {
        notes.push(row.warn(Field::TmtJabatan, None, K::MissingTmt));
    }
    if employee.tanggal_lahir.is_none() {
        notes.push(row.warn(Field::TanggalLahir, None, K::UnknownBirthDate));
    }
    Ok(PegawaiRow {
        nama_unit: row.owned(Field::NamaUnit),
        employee,
    })
}

/// Status from every status column (SIASN has two): CPNS wins over PPPK over PNS, as
/// the more specific statement; none given: PPPK when NIP digit 13 is `2`, else PNS.
fn status(row: &Row<'_>, nip: &str) -> Result<Status, Skip> {
    let rank = |s: Status| match s {
        Status::Cpns => 0,
        Status::Pppk => 1,
        Status::Pns => 2,
    };
    let mut best: Option<Status> = None;
    for (text, header) in row.values(Field::JenisPegawai) {
        let s = cell::status(text).ok_or_else(|| {
            Box::new(
                row.warn(Field::JenisPegawai, Some(text), K::BadStatus)
                    .in_column(header),
            )
        })?;
        if best.is_none_or(|b| rank(s) < rank(b)) {
            best = Some(s);
        }
    }
    Ok(best.unwrap_or(if nip::looks_pppk(nip) {
        Status::Pppk
    } else {
        Status::Pns
    }))
}

/// GELAR DEPAN, NAMA, GELAR BELAKANG joined as Indonesians write them:
/// `Dr. Siti Aminah, S.Pd., M.Pd.`.
fn display_name(row: &Row<'_>) -> String {
    let nama = row.text(Field::Nama).unwrap_or("");
    let mut s = match row.text(Field::GelarDepan) {
        Some(g) if !nama.is_empty() => format!("{g} {nama}"),
        _ => nama.to_string(),
    };
    if let Some(g) = row.text(Field::GelarBelakang) {
        if !s.is_empty() {
            s = format!("{s}, {g}");
        }
    }
    s
}
