//! A corpus of the files real offices produce, written from a generated dataset: a
//! SIASN "Export Data ASN" with its 70 columns in the export's own order, and then the
//! things hand edits and other systems do to it (title rows, `sep=` lines, totals rows,
//! other spellings, broken cells, two columns for one field, workbooks with numeric
//! NIPs). Each variant says what the import must make of it, so the test can hold the
//! headcount of every slot against the clean dataset instead of checking "no crash".

use seimbang_engine::dataset::{Dataset, Employee, Status};
use seimbang_engine::date::Date;
use seimbang_engine::demo::rng::Rng;
use seimbang_engine::diagnostic::DiagnosticKind;
use seimbang_engine::import::InputFile;
use seimbang_engine::nip::Sex;
use std::collections::BTreeSet;

/// The columns of SIASN's "Export Data ASN", in the export's order.
pub const SIASN_COLUMNS: [&str; 70] = [
    "PNS ID",
    "NIP BARU",
    "NIP LAMA",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA",
    "TANGGAL LAHIR",
    "JENIS KELAMIN",
    "AGAMA ID",
    "AGAMA NAMA",
    "JENIS KAWIN ID",
    "JENIS KAWIN NAMA",
    "NIK",
    "NOMOR HP",
    "EMAIL",
    "ALAMAT",
    "NPWP",
    "BPJS",
    "JENIS PEGAWAI ID",
    "JENIS PEGAWAI NAMA",
    "KEDUDUKAN HUKUM ID",
    "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS",
    "KARTU ASN",
    "NOMOR SK CPNS",
    "TANGGAL SK CPNS",
    "TMT CPNS",
    "NOMOR SK PNS",
    "TANGGAL SK PNS",
    "TMT PNS",
    "GOL AWAL ID",
    "GOL AWAL NAMA",
    "GOL AKHIR ID",
    "GOL AKHIR NAMA",
    "TMT GOLONGAN",
    "MK TAHUN",
    "MK BULAN",
    "JENIS JABATAN ID",
    "JENIS JABATAN NAMA",
    "JABATAN ID",
    "JABATAN NAMA",
    "TMT JABATAN",
    "TINGKAT PENDIDIKAN ID",
    "TINGKAT PENDIDIKAN NAMA",
    "PENDIDIKAN ID",
    "PENDIDIKAN NAMA",
    "TAHUN LULUS",
    "KPKN ID",
    "KPKN NAMA",
    "LOKASI KERJA ID",
    "LOKASI KERJA NAMA",
    "UNOR ID",
    "UNOR NAMA",
    "INSTANSI INDUK ID",
    "INSTANSI INDUK NAMA",
    "INSTANSI KERJA ID",
    "INSTANSI KERJA NAMA",
    "SATUAN KERJA INDUK ID",
    "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA ID",
    "SATUAN KERJA KERJA NAMA",
    "IS VALID NIK",
    "FLAG IKD",
    "TMT PENSIUN",
    "KUNCI",
    "SUKARELA",
    "HUKUMAN DISIPLIN",
    "TUGAS BELAJAR",
];

/// A table as text cells: header first.
#[derive(Clone, Debug)]
pub struct Grid {
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// The column index of a header.
    pub fn col(&self, header: &str) -> usize {
        self.rows[0]
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("no column {header}"))
    }

    /// Set one cell of data row `i` (0 = first person).
    pub fn set(&mut self, i: usize, header: &str, value: &str) {
        let c = self.col(header);
        self.rows[i + 1][c] = value.to_string();
    }

    /// The cell of data row `i`.
    pub fn get(&self, i: usize, header: &str) -> &str {
        &self.rows[i + 1][self.col(header)]
    }

    /// CSV text with this delimiter; cells quoted where they must be.
    pub fn csv(&self, delimiter: char, eol: &str) -> String {
        let quote = |c: &String| {
            if c.contains([delimiter, '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        };
        let mut out = String::new();
        for row in &self.rows {
            let line: Vec<String> = row.iter().map(quote).collect();
            out.push_str(&line.join(&delimiter.to_string()));
            out.push_str(eol);
        }
        out
    }
}

fn dmy(d: Option<Date>) -> String {
    d.map(|d| format!("{:02}-{:02}-{:04}", d.day, d.month, d.year))
        .unwrap_or_default()
}

fn yes(b: bool) -> String {
    if b { "Ya" } else { "" }.to_string()
}

/// The cell of a SIASN column for one employee (columns Seimbang does not read get
/// plausible filler).
fn cell(e: &Employee, unit_name: &str, opd: &str, column: &str, rng: &mut Rng) -> String {
    let (kode_status, jenis) = match e.status {
        Status::Pns => ("P", "PNS Daerah Kabupaten/Kota"),
        Status::Cpns => ("C", "PNS Daerah Kabupaten/Kota"),
        Status::Pppk => ("", "PPPK"),
    };
    match column {
        "NIP BARU" => format!("'{}", e.nip),
        "NAMA" => e.nama.clone(),
        "TANGGAL LAHIR" => dmy(e.tanggal_lahir),
        "JENIS KELAMIN" => match e.jenis_kelamin {
            Some(Sex::Male) => "M".into(),
            Some(Sex::Female) => "F".into(),
            None => String::new(),
        },
        "JENIS PEGAWAI NAMA" => jenis.into(),
        "STATUS CPNS PNS" => kode_status.into(),
        "GOL AKHIR NAMA" => e.golongan.clone().unwrap_or_default(),
        "JENIS JABATAN NAMA" => e.jenis_jabatan.clone().unwrap_or_default(),
        "JABATAN ID" => e.kode_jabatan.clone(),
        "JABATAN NAMA" => e.nama_jabatan.clone(),
        "TMT JABATAN" => dmy(e.tmt_jabatan),
        "TINGKAT PENDIDIKAN NAMA" => e.pendidikan.clone().unwrap_or_default(),
        "UNOR ID" => e.kode_unit.clone(),
        "UNOR NAMA" => unit_name.to_string(),
        "SATUAN KERJA KERJA NAMA" => opd.to_string(),
        "KUNCI" => yes(e.kunci),
        "SUKARELA" => yes(e.sukarela),
        "HUKUMAN DISIPLIN" => yes(e.hukuman_disiplin),
        "TUGAS BELAJAR" => yes(e.tugas_belajar),
        "AGAMA NAMA" => ["Islam", "Kristen", "Katolik", "Hindu"][rng.below(4) as usize].into(),
        "ALAMAT" => format!("Jl. Merdeka No. {}, RT {}", rng.below(200), rng.below(40)),
        "NIK" => format!("64720{:011}", rng.below(99_999_999_999)),
        "EMAIL" => format!("pegawai{}@contoh.go.id", rng.below(100_000)),
        "MK TAHUN" | "MK BULAN" => rng.below(30).to_string(),
        "IS VALID NIK" => "true".into(),
        _ if column.ends_with(" ID") => rng.below(1_000_000).to_string(),
        _ => String::new(),
    }
}

/// The clean export: a SIASN pegawai grid and a kebutuhan grid.
pub struct Clean {
    pub dataset: Dataset,
    pub pegawai: Grid,
    pub kebutuhan: Grid,
}

impl Clean {
    /// The export of `dataset`'s people and need rows (its ABK task rows are not
    /// written: the slot set is the need rows').
    pub fn of(mut dataset: Dataset, seed: u64) -> Clean {
        dataset.tasks.clear();
        let mut rng = Rng::new(seed);
        let unit = |code: &str| dataset.units.iter().find(|u| u.kode_unit == code);
        let mut rows = vec![SIASN_COLUMNS.iter().map(|c| c.to_string()).collect()];
        for e in &dataset.employees {
            let u = unit(&e.kode_unit);
            let name = u.map(|u| u.nama_unit.as_str()).unwrap_or("");
            let opd = u.and_then(|u| u.opd_nama.as_deref()).unwrap_or("");
            rows.push(
                SIASN_COLUMNS
                    .iter()
                    .map(|c| cell(e, name, opd, c, &mut rng))
                    .collect(),
            );
        }
        let mut need_rows = vec![vec![
            "kode_unit".to_string(),
            "kode_jabatan".to_string(),
            "nama_jabatan".to_string(),
            "kebutuhan".to_string(),
            "prioritas".to_string(),
            "opd_kode".to_string(),
            "opd_nama".to_string(),
        ]];
        for n in &dataset.needs {
            let u = unit(&n.kode_unit);
            need_rows.push(vec![
                n.kode_unit.clone(),
                n.kode_jabatan.clone(),
                n.nama_jabatan.clone().unwrap_or_default(),
                format!("{}", n.kebutuhan).replace('.', ","),
                format!("{}", n.prioritas).replace('.', ","),
                u.and_then(|u| u.opd_kode.clone()).unwrap_or_default(),
                u.and_then(|u| u.opd_nama.clone()).unwrap_or_default(),
            ]);
        }
        Clean {
            dataset,
            pegawai: Grid { rows },
            kebutuhan: Grid { rows: need_rows },
        }
    }

    /// The two tables as `;` CSV files, as Indonesian Excel saves them.
    pub fn files(&self, pegawai: &Grid, kebutuhan: &Grid) -> Vec<InputFile> {
        vec![
            InputFile::new("pegawai.csv", pegawai.csv(';', "\r\n")),
            InputFile::new("kebutuhan.csv", kebutuhan.csv(';', "\r\n")),
        ]
    }
}

/// What the import must make of a variant.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// Accepted; every slot keeps the clean headcount; exactly these people (by index
    /// into the clean dataset) are immovable because of their data.
    Counted { immovable: BTreeSet<usize> },
    /// Accepted; the people of the dropped need rows are outside the model, every other
    /// slot keeps its headcount.
    Outside { slots: BTreeSet<(String, String)> },
    /// Refused with this kind of error, at this row of this table (None: no row).
    Refused {
        kind: fn(&DiagnosticKind) -> bool,
        table: &'static str,
        row: Option<u32>,
    },
}

/// One messy file set.
pub struct Variant {
    pub name: &'static str,
    pub files: Vec<InputFile>,
    pub outcome: Outcome,
}

/// People picked at random, without repeats, and not among `taken`.
pub fn pick(rng: &mut Rng, n: usize, of: usize, taken: &BTreeSet<usize>) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    while out.len() < n {
        let i = rng.below(of as u64) as usize;
        if !taken.contains(&i) {
            out.insert(i);
        }
    }
    out
}
