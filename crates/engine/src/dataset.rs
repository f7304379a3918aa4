//! The validated dataset: what the import stage produces from users' files and every
//! later stage reads. Values only; every field has already been cleaned and checked, and
//! each record remembers the spreadsheet row it came from for messages.

use crate::date::Date;
use crate::level::{Education, Grade};
use crate::nip::Sex;
use serde::{Deserialize, Serialize};

/// Employment status as the model sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    Pns,
    Cpns,
    Pppk,
}

/// One employee (a row of `pegawai`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Employee {
    /// 18 digits, as text.
    pub nip: String,
    pub nama: String,
    pub kode_unit: String,
    /// The jabatan key: `kode_jabatan`, or the normalised name when no code is given.
    pub kode_jabatan: String,
    pub nama_jabatan: String,
    pub jenis_jabatan: Option<String>,
    pub tmt_jabatan: Option<Date>,
    /// From the column, else from the NIP.
    pub tanggal_lahir: Option<Date>,
    /// From the column, else from the NIP.
    pub jenis_kelamin: Option<Sex>,
    /// From the column, else PPPK when NIP digit 13 is `2`, else PNS.
    pub status: Status,
    pub golongan: Option<String>,
    pub pendidikan: Option<String>,
    /// The `opd` column as given (the unit table wins when it names the OPD).
    pub opd: Option<String>,
    /// Retirement age in whole years, when the row gives one.
    pub bup: Option<u32>,
    pub kunci: bool,
    pub sukarela: bool,
    pub tujuan_usulan: Option<String>,
    pub hukuman_disiplin: bool,
    pub tugas_belajar: bool,
    /// The row number as the user's spreadsheet shows it (header is row 1).
    pub row: u32,
    /// Values of the row that could not be read or contradict each other: the person
    /// is counted in the slot but never moved (docs/DATA.md: nobody drops from the count).
    #[serde(default)]
    pub data_problems: Vec<DataProblem>,
}

/// A value of an employee's row that the import could not use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataProblem {
    /// The column as the user's header writes it.
    pub column: String,
    /// The cell as written (empty when it was blank).
    pub value: String,
}

/// One unit kerja (a row of `unit`, or inferred from other tables).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub kode_unit: String,
    pub nama_unit: String,
    /// Resolved by the import: the unit table, else the kebutuhan rows, else the
    /// pegawai `opd` column.
    pub opd_kode: Option<String>,
    pub opd_nama: Option<String>,
    pub jenis_unit: Option<String>,
}

/// One row of `kebutuhan`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeedRow {
    pub kode_unit: String,
    pub kode_jabatan: String,
    pub kebutuhan: f64,
    pub prioritas: f64,
    pub nama_jabatan: Option<String>,
    pub row: u32,
}

/// How often a task's volume recurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    Tahun,
    Bulan,
    Minggu,
    Hari,
}

impl Period {
    /// Occurrences per year (PermenPANRB 1/2020): tahun 1, bulan 12, minggu 50, hari 250.
    pub fn per_year(self) -> f64 {
        match self {
            Period::Tahun => 1.0,
            Period::Bulan => 12.0,
            Period::Minggu => 50.0,
            Period::Hari => 250.0,
        }
    }
}

/// One ABK task row of `uraian_tugas`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskRow {
    pub kode_unit: String,
    pub kode_jabatan: String,
    pub uraian_tugas: String,
    pub volume: f64,
    pub periode: Period,
    /// Minutes per unit of output.
    pub norma_waktu: f64,
    pub row: u32,
}

/// One allowed move between different jabatan.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Compatibility {
    pub jabatan_asal: String,
    pub jabatan_tujuan: String,
}

/// A unit one employee must never be moved into (conflict of interest; v2 `konflik`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Conflict {
    pub nip: String,
    pub kode_unit: String,
    /// Why, as the user wrote it (kept for the user's own table, never printed with a
    /// name in a report).
    #[serde(default)]
    pub alasan: String,
}

/// What a jabatan requires of whoever moves into it (v2 `syarat_jabatan`); each part
/// may be absent. Several rows for one jabatan are merged into the strictest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub kode_jabatan: String,
    #[serde(default)]
    pub pendidikan_min: Option<Education>,
    #[serde(default)]
    pub golongan_min: Option<Grade>,
    #[serde(default)]
    pub golongan_maks: Option<Grade>,
    /// The table row (the first, when rows were merged).
    pub row: u32,
}

impl Requirement {
    /// Add another row's requirements for the same jabatan: the stricter of each.
    pub fn tighten(&mut self, other: &Requirement) {
        self.pendidikan_min = self.pendidikan_min.max(other.pendidikan_min);
        self.golongan_min = self.golongan_min.max(other.golongan_min);
        self.golongan_maks = match (self.golongan_maks, other.golongan_maks) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

/// A temporary extra need (v2 `kebutuhan_sementara`): a unit needs `tambahan` more
/// people of the listed jabatan from `mulai` to `selesai`, for a programme; filled by
/// temporary assignments after the permanent plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemporaryNeed {
    pub kode_unit: String,
    /// Who may help: jabatan keys (codes as the other tables key them).
    pub jabatan_diterima: Vec<String>,
    /// Extra staff needed, > 0.
    pub tambahan: f64,
    pub mulai: Date,
    pub selesai: Date,
    /// Weight of the need's shortfall (default 1).
    pub prioritas: f64,
    #[serde(default)]
    pub keterangan: String,
    /// The table row.
    pub row: u32,
}

/// Everything the planner knows, after validation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub employees: Vec<Employee>,
    pub units: Vec<Unit>,
    pub needs: Vec<NeedRow>,
    pub tasks: Vec<TaskRow>,
    pub compatibility: Vec<Compatibility>,
    /// v2: conflicts of interest (empty when the table is absent).
    #[serde(default)]
    pub konflik: Vec<Conflict>,
    /// v2: position requirements (empty when the table is absent).
    #[serde(default)]
    pub syarat: Vec<Requirement>,
    /// v2: temporary extra needs (empty when the table is absent).
    #[serde(default)]
    pub sementara: Vec<TemporaryNeed>,
}

/// The jabatan key for a row without a code: lower-cased, trimmed, inner spaces collapsed.
pub fn jabatan_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
