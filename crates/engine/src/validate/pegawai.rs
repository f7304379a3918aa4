//! Rows of `pegawai` to employees. A person in the table exists whatever else is wrong
//! with the row: a row with a readable unit and jabatan is always kept and counted in
//! its slot, and a value that cannot be read (a date, the status, a yes/no, the BUP,
//! even the NIP) or that contradicts another makes that person immovable, with a
//! warning naming the column and value. Skipping the row instead would silently shrink
//! the bezetting of every slot it touches. Blanks fall back as docs/DATA.md says (status,
//! birth date and sex from the NIP). A row without a unit or jabatan cannot be placed:
//! an error, unless it holds no NIP either (a blank line, a totals row, a note under
//! the table), which is skipped with a note.

use super::codes::UnitCodes;
use super::jabatan::JabatanKeys;
use super::sheet::{Row, Sheet};
use crate::cell;
use crate::columns::Field;
use crate::dataset::{DataProblem, Employee, Status};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use crate::nip::{self, NipProblem};

/// An employee with the unit name their row gave (for the unit list).
pub struct PegawaiRow {
    pub employee: Employee,
    pub nama_unit: Option<String>,
    /// Whether the NIP was read (only those take part in the duplicate check; an
    /// unreadable one gets a key of its own row).
    pub nip_read: bool,
}

/// Read every row; notes, warnings and errors go to `diags`.
pub fn read(
    sheet: &Sheet<'_>,
    keys: &JabatanKeys,
    units: &UnitCodes,
    diags: &mut Vec<Diagnostic>,
) -> Vec<PegawaiRow> {
    let orders = DateOrders::of(sheet);
    let mut out = Vec::with_capacity(sheet.rows.len());
    for raw in sheet.rows {
        let row = sheet.row(raw);
        if let Some(e) = employee(&row, keys, units, &orders, diags) {
            out.push(e);
        }
    }
    out
}

/// Date columns that write the month first (`04/13/2020`, as a US-set Excel does):
/// per field, the first row that shows it, when no row of the column shows the day
/// first. In such a column a date like `03/04/2020` means 4 March, not 3 April; the
/// import does not guess which convention a value follows, it keeps those people
/// immovable.
struct DateOrders {
    month_first: Vec<(Field, u32)>,
}

impl DateOrders {
    fn of(sheet: &Sheet<'_>) -> DateOrders {
        let mut month_first = Vec::new();
        for field in [Field::TmtJabatan, Field::TanggalLahir] {
            let mut evidence = None;
            let mut day_first = false;
            for raw in sheet.rows {
                let row = sheet.row(raw);
                match row.text(field).and_then(cell::leading_parts) {
                    Some((a, b, _)) if a <= 12 && b > 12 => {
                        evidence.get_or_insert(row.line());
                    }
                    Some((a, b, _)) if a > 12 && b <= 12 => day_first = true,
                    _ => {}
                }
            }
            if let Some(line) = evidence.filter(|_| !day_first) {
                month_first.push((field, line));
            }
        }
        DateOrders { month_first }
    }

    /// How a value of a month-first column reads: `Some(Ok(date))` when only one
    /// reading exists, `Some(Err(row))` (the row showing the convention) when it reads
    /// both ways; `None` when the column is not month-first or the value not numeric.
    fn read(&self, field: Field, text: Option<&str>) -> Option<Result<Option<Date>, u32>> {
        let (_, line) = self.month_first.iter().find(|(f, _)| *f == field)?;
        let (month, day, year) = text.and_then(cell::leading_parts)?;
        if day <= 12 && month != day {
            return Some(Err(*line));
        }
        Some(Ok(Date::new(year, month, day)))
    }
}

/// The findings about one person that make them immovable.
struct Problems<'d> {
    diags: &'d mut Vec<Diagnostic>,
    found: Vec<DataProblem>,
}

impl Problems<'_> {
    /// Record a warning that keeps the person but immovable.
    fn flag(&mut self, d: Diagnostic) {
        self.found.push(DataProblem {
            column: d.column.clone().unwrap_or_default(),
            value: d.value.clone().unwrap_or_default(),
        });
        self.diags.push(d);
    }

    /// The value, or the default with the problem recorded.
    fn or<T>(&mut self, read: Result<T, Box<Diagnostic>>, default: T) -> T {
        read.unwrap_or_else(|d| {
            self.flag(*d);
            default
        })
    }
}

fn employee(
    row: &Row<'_>,
    keys: &JabatanKeys,
    units: &UnitCodes,
    orders: &DateOrders,
    diags: &mut Vec<Diagnostic>,
) -> Option<PegawaiRow> {
    let nip_text = row.text(Field::Nip);
    let nip_read = nip_text.map(nip::clean);
    let unit = row.text(Field::KodeUnit);
    let code = row.text(Field::KodeJabatan);
    let name = row.text(Field::NamaJabatan);
    let jabatan = keys.key(code, name);
    let jabatan_field = if code.is_some() || name.is_none() {
        Field::KodeJabatan
    } else {
        Field::NamaJabatan
    };
    let (Some(unit), Some(kode_jabatan)) = (unit, jabatan.clone()) else {
        if unit.is_none() && jabatan.is_none() && !matches!(nip_read, Some(Ok(_))) {
            diags.push(not_a_person(row));
            return None;
        }
        let field = if unit.is_none() {
            Field::KodeUnit
        } else {
            jabatan_field
        };
        diags.push(row.at(Severity::Error, field, None, K::UnplacedPerson));
        return None;
    };
    let mut problems = Problems {
        diags,
        found: Vec::new(),
    };
    let nip_ok_read = matches!(nip_read, Some(Ok(_)));
    let nip = match (nip_text, nip_read) {
        (Some(_), Some(Ok(n))) => Some(n),
        (Some(t), Some(Err(p))) => {
            let kind = match p {
                NipProblem::ExponentForm => K::NipExponent,
                NipProblem::NotEighteenDigits => K::NipLength,
            };
            problems.flag(row.warn(Field::Nip, Some(t), kind));
            None
        }
        _ => {
            problems.flag(row.warn(Field::Nip, None, K::MissingValue));
            None
        }
    };
    let nip_ok = nip.clone().unwrap_or_default();
    let mut date = |field: Field| {
        let text = row.text(field);
        match orders.read(field, text) {
            Some(Err(evidence)) => {
                problems.flag(row.warn(field, text, K::DateOrderAmbiguous { evidence }));
                None
            }
            Some(Ok(Some(d))) => Some(d),
            Some(Ok(None)) => {
                problems.flag(row.warn(field, text, K::BadDate));
                None
            }
            None => problems.or(row.date(field), None),
        }
    };
    let tmt_jabatan = date(Field::TmtJabatan);
    let tanggal_lahir = date(Field::TanggalLahir).or_else(|| nip::birth_date(&nip_ok));
    let jenis_kelamin = match row.text(Field::JenisKelamin) {
        Some(t) => match cell::sex(t) {
            Some(s) => Some(s),
            None => {
                problems.flag(row.warn(Field::JenisKelamin, Some(t), K::BadSex));
                nip::sex(&nip_ok)
            }
        },
        None => nip::sex(&nip_ok),
    };
    let status = status(row, &nip_ok, &mut problems);
    let bup = match row.text(Field::Bup) {
        None => None,
        Some(t) => {
            let years = cell::quantity(t)
                .filter(|v| v.fract() == 0.0 && (30.0..=80.0).contains(v))
                .map(|v| v as u32);
            if years.is_none() {
                problems.flag(row.warn(Field::Bup, Some(t), K::BadBup));
            }
            years
        }
    };
    let kunci = problems.or(row.boolean(Field::Kunci), false);
    let sukarela = problems.or(row.boolean(Field::Sukarela), false);
    let hukuman_disiplin = problems.or(row.boolean(Field::HukumanDisiplin), false);
    let tugas_belajar = problems.or(row.boolean(Field::TugasBelajar), false);
    let nip = nip.unwrap_or_else(|| unread_nip_key(nip_text, row.line()));
    let employee = Employee {
        nama: display_name(row),
        kode_unit: units.canonical(unit),
        nama_jabatan: name.or(code).unwrap_or(&kode_jabatan).to_string(),
        kode_jabatan,
        jenis_jabatan: row.owned(Field::JenisJabatan),
        tmt_jabatan,
        tanggal_lahir,
        jenis_kelamin,
        status,
        golongan: row.owned(Field::Golongan),
        pendidikan: row.owned(Field::Pendidikan),
        opd: row.owned(Field::Opd),
        bup,
        kunci,
        sukarela,
        tujuan_usulan: row.text(Field::TujuanUsulan).map(|u| units.canonical(u)),
        hukuman_disiplin,
        tugas_belajar,
        row: row.line(),
        data_problems: problems.found,
        nip,
    };
    if employee.tmt_jabatan.is_none() && row.text(Field::TmtJabatan).is_none() {
        diags.push(row.warn(Field::TmtJabatan, None, K::MissingTmt));
    }
    if employee.tanggal_lahir.is_none() && row.text(Field::TanggalLahir).is_none() {
        diags.push(row.warn(Field::TanggalLahir, None, K::UnknownBirthDate));
    }
    Some(PegawaiRow {
        nama_unit: row.owned(Field::NamaUnit),
        employee,
        nip_read: nip_ok_read,
    })
}

/// The key of a person whose NIP cannot be read: what the cell held and the row, so
/// two such people never collide and the user can find the row.
fn unread_nip_key(text: Option<&str>, line: u32) -> String {
    match text {
        Some(t) => format!("{t} #{line}"),
        None => format!("#{line}"),
    }
}

/// The note for a row that is nobody: no unit, no jabatan, no NIP.
fn not_a_person(row: &Row<'_>) -> Diagnostic {
    let d = row.warn(Field::Nip, None, K::NotAPerson);
    match row.first_text() {
        Some(t) => d.with_value(t),
        None => d,
    }
}

/// Status from every status column (SIASN has two). CPNS over PNS, as the more
/// specific statement; PPPK beside PNS or CPNS is a contradiction: the person is kept
/// immovable (PPPK, the more restrictive reading). None readable: PPPK when NIP digit
/// 13 is `2`, else PNS.
fn status(row: &Row<'_>, nip: &str, problems: &mut Problems<'_>) -> Status {
    let values = row.values(Field::JenisPegawai);
    let mut read: Vec<Status> = Vec::new();
    for (text, header) in &values {
        match cell::status(text) {
            Some(s) => read.push(s),
            None => problems.flag(
                row.warn(Field::JenisPegawai, Some(text), K::BadStatus)
                    .in_column(header),
            ),
        }
    }
    let pppk = read.contains(&Status::Pppk);
    if pppk && read.iter().any(|s| *s != Status::Pppk) {
        let headers: Vec<&str> = values.iter().map(|(_, h)| *h).collect();
        let texts: Vec<&str> = values.iter().map(|(t, _)| *t).collect();
        problems.flag(
            row.warn(
                Field::JenisPegawai,
                Some(&texts.join(" / ")),
                K::StatusConflict,
            )
            .in_column(&headers.join(" / ")),
        );
        return Status::Pppk;
    }
    if read.contains(&Status::Cpns) {
        Status::Cpns
    } else if pppk {
        Status::Pppk
    } else if read.contains(&Status::Pns) {
        Status::Pns
    } else if nip::looks_pppk(nip) {
        Status::Pppk
    } else {
        Status::Pns
    }
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
