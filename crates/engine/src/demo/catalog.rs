//! The jabatan catalogue of the demo: every position title the demo city uses, with its
//! code, kind, level, schooling and retirement age. Functional titles exist per level
//! (Guru Kelas Ahli Pertama and Guru Kelas Ahli Muda are different jabatan with different
//! codes), as in SIASN, so a move between levels is never a plain transfer.

use std::collections::BTreeMap;

/// Kind of jabatan, written in the `jenis_jabatan` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Struktural,
    Fungsional,
    Pelaksana,
}

impl Kind {
    /// The value written in `jenis_jabatan`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Struktural => "struktural",
            Kind::Fungsional => "fungsional",
            Kind::Pelaksana => "pelaksana",
        }
    }
}

/// Level (jenjang) of a functional title: keterampilan then keahlian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Terampil,
    Mahir,
    Penyelia,
    AhliPertama,
    AhliMuda,
    AhliMadya,
}

impl Level {
    fn name(self) -> &'static str {
        match self {
            Level::Terampil => "Terampil",
            Level::Mahir => "Mahir",
            Level::Penyelia => "Penyelia",
            Level::AhliPertama => "Ahli Pertama",
            Level::AhliMuda => "Ahli Muda",
            Level::AhliMadya => "Ahli Madya",
        }
    }

    fn digit(self) -> u32 {
        self as u32 + 1
    }

    /// Keterampilan levels need a diploma, keahlian levels a degree.
    pub fn is_skilled_track(self) -> bool {
        matches!(self, Level::Terampil | Level::Mahir | Level::Penyelia)
    }
}

/// Highest schooling, as SIASN names it in `TINGKAT PENDIDIKAN NAMA`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edu {
    Slta,
    D3,
    D4,
    S1,
    S2,
    Profesi,
}

impl Edu {
    pub fn label(self) -> &'static str {
        match self {
            Edu::Slta => "SLTA",
            Edu::D3 => "Diploma III",
            Edu::D4 => "Diploma IV",
            Edu::S1 => "S-1/Sarjana",
            Edu::S2 => "S-2",
            Edu::Profesi => "Profesi",
        }
    }

    /// The youngest age at which someone with this schooling is appointed.
    pub fn min_age(self) -> i64 {
        match self {
            Edu::Slta => 19,
            Edu::D3 => 21,
            Edu::D4 | Edu::S1 => 22,
            Edu::S2 | Edu::Profesi => 24,
        }
    }

    /// Index of the first PNS golongan for this schooling (II/a, II/c, III/a, III/b).
    pub fn first_grade(self) -> usize {
        match self {
            Edu::Slta => 4,
            Edu::D3 => 6,
            Edu::D4 | Edu::S1 | Edu::Profesi => 8,
            Edu::S2 => 9,
        }
    }

    /// The PPPK golongan for this schooling.
    pub fn pppk_grade(self) -> &'static str {
        match self {
            Edu::Slta => "V",
            Edu::D3 => "VII",
            Edu::D4 | Edu::S1 | Edu::Profesi => "IX",
            Edu::S2 => "X",
        }
    }
}

/// PNS golongan/ruang from I/a to IV/e.
pub const GRADES: [&str; 17] = [
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];

/// The professional field, which drives sex ratio, PPPK share and retirement age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Guru,
    Bidan,
    Perawat,
    Dokter,
    Kesehatan,
    Teknis,
    Administrasi,
    Pimpinan,
}

/// One jabatan of the catalogue.
#[derive(Clone, Debug)]
pub struct Jabatan {
    pub kode: String,
    pub nama: String,
    pub kind: Kind,
    pub level: Option<Level>,
    pub field: Field,
    /// Schooling the holders have (one is drawn per person).
    pub edu: Vec<Edu>,
    /// Retirement age when it differs from the default 58.
    pub bup: Option<u32>,
    /// Eselon for structural titles (2, 3 or 4).
    pub eselon: Option<u8>,
}

/// A family of titles sharing a name and code prefix.
struct Family {
    code: u32,
    name: &'static str,
    kind: Kind,
    field: Field,
    levels: &'static [Level],
    edu: &'static [Edu],
    eselon: Option<u8>,
}

use Edu::*;
use Field::*;
use Kind::*;
use Level::*;

const KEAHLIAN3: &[Level] = &[AhliPertama, AhliMuda, AhliMadya];
const KEAHLIAN2: &[Level] = &[AhliPertama, AhliMuda];
const TERAMPIL_AHLI: &[Level] = &[Terampil, AhliPertama];
const TERAMPIL3: &[Level] = &[Terampil, Mahir, Penyelia];
const NAKES: &[Level] = &[Terampil, Mahir, Penyelia, AhliPertama, AhliMuda];

/// The subjects of Guru Mapel, in the order SMP timetables list them.
pub const MAPEL: &[(&str, f64)] = &[
    ("Pendidikan Agama", 3.0),
    ("Bahasa Indonesia", 6.0),
    ("Matematika", 5.0),
    ("IPA", 5.0),
    ("IPS", 4.0),
    ("Bahasa Inggris", 4.0),
    ("PJOK", 3.0),
];

const fn fam(
    code: u32,
    name: &'static str,
    kind: Kind,
    field: Field,
    levels: &'static [Level],
    edu: &'static [Edu],
) -> Family {
    Family {
        code,
        name,
        kind,
        field,
        levels,
        edu,
        eselon: None,
    }
}

const fn head(code: u32, name: &'static str, eselon: u8) -> Family {
    Family {
        code,
        name,
        kind: Struktural,
        field: Pimpinan,
        levels: &[],
        edu: &[S1, S2],
        eselon: Some(eselon),
    }
}

const FAMILIES: &[Family] = &[
    head(1010, "Kepala Dinas", 2),
    head(1011, "Kepala Badan", 2),
    head(1012, "Kepala Satuan Polisi Pamong Praja", 2),
    head(1013, "Inspektur", 2),
    head(1014, "Sekretaris Daerah", 2),
    head(1015, "Direktur RSUD", 2),
    head(1016, "Sekretaris DPRD", 2),
    head(1020, "Sekretaris", 3),
    head(1021, "Kepala Bidang", 3),
    head(1022, "Camat", 3),
    head(1023, "Sekretaris Camat", 3),
    head(1024, "Kepala Bagian", 3),
    head(1025, "Inspektur Pembantu", 3),
    head(1030, "Kepala Subbagian", 4),
    head(1031, "Kepala Seksi", 4),
    head(1032, "Lurah", 4),
    head(1033, "Sekretaris Lurah", 4),
    head(1034, "Kepala UPTD", 4),
    fam(2100, "Guru Kelas", Fungsional, Guru, KEAHLIAN3, &[S1]),
    fam(
        2101,
        "Guru Pendidikan Agama",
        Fungsional,
        Guru,
        KEAHLIAN3,
        &[S1],
    ),
    fam(
        2102,
        "Guru Bahasa Indonesia",
        Fungsional,
        Guru,
        KEAHLIAN3,
        &[S1],
    ),
    fam(2103, "Guru Matematika", Fungsional, Guru, KEAHLIAN3, &[S1]),
    fam(2104, "Guru IPA", Fungsional, Guru, KEAHLIAN3, &[S1]),
    fam(2105, "Guru IPS", Fungsional, Guru, KEAHLIAN3, &[S1]),
    fam(
        2106,
        "Guru Bahasa Inggris",
        Fungsional,
        Guru,
        KEAHLIAN3,
        &[S1],
    ),
    fam(2107, "Guru PJOK", Fungsional, Guru, KEAHLIAN3, &[S1]),
    fam(2200, "Dokter", Fungsional, Dokter, KEAHLIAN3, &[Profesi]),
    fam(
        2201,
        "Dokter Gigi",
        Fungsional,
        Dokter,
        KEAHLIAN2,
        &[Profesi],
    ),
    fam(2202, "Perawat", Fungsional, Perawat, NAKES, &[S1, Profesi]),
    fam(2203, "Bidan", Fungsional, Bidan, NAKES, &[D4, Profesi]),
    fam(
        2204,
        "Apoteker",
        Fungsional,
        Kesehatan,
        KEAHLIAN2,
        &[Profesi],
    ),
    fam(
        2205,
        "Asisten Apoteker",
        Fungsional,
        Kesehatan,
        TERAMPIL3,
        &[D3],
    ),
    fam(
        2206,
        "Pranata Laboratorium Kesehatan",
        Fungsional,
        Kesehatan,
        &[Terampil, Mahir, AhliPertama],
        &[D4, S1],
    ),
    fam(
        2207,
        "Nutrisionis",
        Fungsional,
        Kesehatan,
        TERAMPIL_AHLI,
        &[S1, D4],
    ),
    fam(
        2208,
        "Sanitarian",
        Fungsional,
        Kesehatan,
        TERAMPIL_AHLI,
        &[S1, D4],
    ),
    fam(
        2209,
        "Radiografer",
        Fungsional,
        Kesehatan,
        TERAMPIL_AHLI,
        &[D4],
    ),
    fam(
        2210,
        "Perekam Medis",
        Fungsional,
        Kesehatan,
        TERAMPIL_AHLI,
        &[D4],
    ),
    fam(
        2211,
        "Epidemiolog Kesehatan",
        Fungsional,
        Kesehatan,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2212,
        "Administrator Kesehatan",
        Fungsional,
        Kesehatan,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2300,
        "Analis Kebijakan",
        Fungsional,
        Teknis,
        KEAHLIAN3,
        &[S1, S2],
    ),
    fam(2301, "Perencana", Fungsional, Teknis, KEAHLIAN3, &[S1, S2]),
    fam(2302, "Auditor", Fungsional, Teknis, KEAHLIAN3, &[S1, S2]),
    fam(
        2303,
        "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2304,
        "Analis Sumber Daya Manusia Aparatur",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2305,
        "Pranata Sumber Daya Manusia Aparatur",
        Fungsional,
        Teknis,
        TERAMPIL3,
        &[D3],
    ),
    fam(
        2306,
        "Pranata Komputer",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2307,
        "Arsiparis",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2308,
        "Pustakawan",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2309,
        "Polisi Pamong Praja",
        Fungsional,
        Teknis,
        &[Terampil, Mahir, AhliPertama],
        &[Slta, D3, S1],
    ),
    fam(
        2310,
        "Teknik Jalan dan Jembatan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2311,
        "Teknik Pengairan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(2312, "Penata Ruang", Fungsional, Teknis, KEAHLIAN2, &[S1]),
    fam(
        2313,
        "Pekerja Sosial",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2314,
        "Penyuluh Pertanian",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2315,
        "Penyuluh Keluarga Berencana",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2316,
        "Penguji Kendaraan Bermotor",
        Fungsional,
        Teknis,
        TERAMPIL3,
        &[D3],
    ),
    fam(
        2317,
        "Administrator Database Kependudukan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2318,
        "Analis Keuangan Pusat dan Daerah",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2319,
        "Analis Hukum",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1, S2],
    ),
    fam(
        2320,
        "Pranata Hubungan Masyarakat",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2321,
        "Pengendali Dampak Lingkungan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2322,
        "Mediator Hubungan Industrial",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2323,
        "Penata Penanggulangan Bencana",
        Fungsional,
        Teknis,
        TERAMPIL_AHLI,
        &[D3, S1],
    ),
    fam(
        2324,
        "Pengawas Koperasi",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2325,
        "Teknik Tata Bangunan dan Perumahan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(
        2326,
        "Analis Ketahanan Pangan",
        Fungsional,
        Teknis,
        KEAHLIAN2,
        &[S1],
    ),
    fam(2327, "Penera", Fungsional, Teknis, TERAMPIL3, &[D3]),
    fam(
        3100,
        "Pengadministrasi Umum",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, Slta, D3, S1],
    ),
    fam(
        3101,
        "Pengelola Data",
        Pelaksana,
        Administrasi,
        &[],
        &[D3, S1],
    ),
    fam(
        3102,
        "Pengelola Keuangan",
        Pelaksana,
        Administrasi,
        &[],
        &[D3, S1, S1],
    ),
    fam(
        3103,
        "Pengadministrasi Kepegawaian",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, D3, S1],
    ),
    fam(
        3104,
        "Pengelola Barang Milik Daerah",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, D3, S1],
    ),
    fam(
        3105,
        "Pengadministrasi Perkantoran",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, D3],
    ),
    fam(
        3106,
        "Operator Layanan Operasional",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta],
    ),
    fam(3107, "Pengemudi", Pelaksana, Administrasi, &[], &[Slta]),
    fam(
        3108,
        "Pengatur Lalu Lintas",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, D3],
    ),
    fam(
        3109,
        "Pengelola Layanan Kependudukan",
        Pelaksana,
        Administrasi,
        &[],
        &[Slta, D3, S1],
    ),
    fam(
        3110,
        "Pengelola Perizinan",
        Pelaksana,
        Administrasi,
        &[],
        &[D3, S1],
    ),
    fam(
        3111,
        "Pengelola Pajak dan Retribusi Daerah",
        Pelaksana,
        Administrasi,
        &[],
        &[D3, S1],
    ),
];

/// The catalogue: every jabatan, addressable by family name and level.
#[derive(Clone, Debug)]
pub struct Catalog {
    pub jabatan: Vec<Jabatan>,
    index: BTreeMap<(&'static str, Option<Level>), usize>,
}

impl Catalog {
    pub fn new() -> Catalog {
        let mut jabatan = Vec::new();
        let mut index = BTreeMap::new();
        for f in FAMILIES {
            let levels: Vec<Option<Level>> = if f.levels.is_empty() {
                vec![None]
            } else {
                f.levels.iter().copied().map(Some).collect()
            };
            for level in levels {
                let (kode, nama) = match level {
                    Some(l) => (
                        format!("{}{}", f.code, l.digit()),
                        format!("{} {}", f.name, l.name()),
                    ),
                    None => (format!("{}0", f.code), f.name.to_string()),
                };
                let edu = match level {
                    Some(l) if l.is_skilled_track() && f.field != Teknis => vec![D3],
                    Some(AhliMadya) => {
                        let mut e = f.edu.to_vec();
                        e.push(S2);
                        e
                    }
                    _ => f.edu.to_vec(),
                };
                let bup = match (f.field, level) {
                    (Guru, _) | (_, Some(AhliMadya)) | (Dokter, Some(AhliMuda)) => Some(60),
                    _ => None,
                };
                index.insert((f.name, level), jabatan.len());
                jabatan.push(Jabatan {
                    kode,
                    nama,
                    kind: f.kind,
                    level,
                    field: f.field,
                    edu,
                    bup,
                    eselon: f.eselon,
                });
            }
        }
        Catalog { jabatan, index }
    }

    /// The index of a title. The shape asks only for titles listed in `FAMILIES`
    /// (the demo's tests generate every shape), so a miss is a bug in the demo itself.
    pub fn id(&self, family: &'static str, level: Option<Level>) -> usize {
        match self.index.get(&(family, level)) {
            Some(i) => *i,
            None => panic!("demo catalogue has no {family} {level:?}"),
        }
    }

    /// The levels a family exists at (empty for non-functional titles).
    pub fn levels(family: &str) -> &'static [Level] {
        FAMILIES
            .iter()
            .find(|f| f.name == family)
            .map_or(&[], |f| f.levels)
    }

    pub fn get(&self, id: usize) -> &Jabatan {
        &self.jabatan[id]
    }
}

impl Default for Catalog {
    fn default() -> Self {
        Catalog::new()
    }
}
