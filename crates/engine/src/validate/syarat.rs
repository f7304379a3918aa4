//! Rows of `syarat_jabatan` (v2): what a jabatan requires of whoever moves into it.
//! The jabatan is keyed as every other table keys it (code, or a name paired with one);
//! education and grades are read from SIASN's words (`crate::level`), an unreadable
//! value is a warning and that part of the row is not applied. Rows for one jabatan
//! merge into the strictest. Employees whose own education or grade cannot be read are
//! warned about only when some requirement asks for that value: then it matters.

use super::jabatan::JabatanKeys;
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::{Employee, Requirement, Status};
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use crate::level::{Education, Grade};

/// Read the table, merged per jabatan (in first-row order).
pub fn read(
    sheet: &Sheet<'_>,
    keys: &JabatanKeys,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Requirement> {
    let mut out: Vec<Requirement> = Vec::new();
    for raw in sheet.rows {
        let row = sheet.row(raw);
        let Some(key) = keys.key(row.text(Field::KodeJabatan), row.text(Field::NamaJabatan)) else {
            diags.push(*row.skip(Field::KodeJabatan, None, K::MissingValue));
            continue;
        };
        let mut level = |field: Field| {
            let text = row.text(field)?;
            let parsed = match field {
                Field::PendidikanMin => Education::parse(text).map(Level::Education),
                _ => Grade::parse(text).map(Level::Grade),
            };
            if parsed.is_none() {
                diags.push(row.warn(field, Some(text), K::UnreadableLevel));
            }
            parsed
        };
        let education = match level(Field::PendidikanMin) {
            Some(Level::Education(e)) => Some(e),
            _ => None,
        };
        let grade = |l: Option<Level>| match l {
            Some(Level::Grade(g)) => Some(g),
            _ => None,
        };
        let min = grade(level(Field::GolonganMin));
        let max = grade(level(Field::GolonganMaks));
        let req = Requirement {
            kode_jabatan: key,
            pendidikan_min: education,
            golongan_min: min,
            golongan_maks: max,
            row: row.line(),
        };
        match out.iter_mut().find(|r| r.kode_jabatan == req.kode_jabatan) {
            Some(r) => r.tighten(&req),
            None => out.push(req),
        }
    }
    out
}

enum Level {
    Education(Education),
    Grade(Grade),
}

/// Warnings for employees whose education or grade a requirement asks for but which
/// cannot be read (a blank value is not warned about: it is simply missing).
pub fn check_employees(
    sheet: &Sheet<'_>,
    employees: &[Employee],
    requirements: &[Requirement],
    diags: &mut Vec<Diagnostic>,
) {
    let asks_education = requirements.iter().any(|r| r.pendidikan_min.is_some());
    let asks_grade = requirements
        .iter()
        .any(|r| r.golongan_min.is_some() || r.golongan_maks.is_some());
    // PPPK grades (V, IX, ...) are not golongan/ruang, and PPPK never move: no warning.
    for e in employees.iter().filter(|e| e.status != Status::Pppk) {
        let education = e.pendidikan.as_deref();
        let grade = e.golongan.as_deref();
        let unreadable = [
            (
                Field::Pendidikan,
                education.filter(|t| asks_education && Education::parse(t).is_none()),
            ),
            (
                Field::Golongan,
                grade.filter(|t| asks_grade && Grade::parse(t).is_none()),
            ),
        ];
        for (field, value) in unreadable {
            if let Some(value) = value {
                diags.push(
                    sheet
                        .diag(Severity::Warning, K::UnreadableLevel)
                        .at_row(e.row)
                        .in_column(sheet.cols.header(field))
                        .with_value(value),
                );
            }
        }
    }
}
