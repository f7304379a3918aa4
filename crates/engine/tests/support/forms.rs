//! Test and benchmark support: a seeded sample dataset and writers for the three forms
//! users bring it in (plain CSV, SIASN-style CSV, one XLSX workbook). Written here
//! because the demo generator's writers were not yet available; the equivalence test
//! and the import benchmark share it.

#![allow(dead_code)]

use seimbang_engine::dataset::{
    Compatibility, Dataset, Employee, NeedRow, Period, Status, TaskRow, Unit,
};
use seimbang_engine::import::InputFile;
use seimbang_engine::nip::Sex;
use seimbang_engine::Date;

/// A small deterministic PRNG (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const JABATAN: usize = 12;
const OPD: usize = 8;

fn jabatan_name(j: usize) -> String {
    format!("Jabatan Fungsional {}", j + 1)
}

/// A dataset of `employees` people, about 20 per unit, every field exercised.
pub fn sample(employees: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let n_units = (employees / 20).max(2);
    let units: Vec<Unit> = (0..n_units)
        .map(|u| Unit {
            kode_unit: format!("U{:05}", u + 1),
            nama_unit: format!("Unit Kerja {}", u + 1),
            opd_kode: Some(format!("OPD{:02}", u % OPD + 1)),
            opd_nama: Some(format!("Dinas {}", u % OPD + 1)),
            jenis_unit: Some(if u % 3 == 0 { "puskesmas" } else { "sekolah" }.to_string()),
        })
        .collect();
    let slot_jabatan = |u: usize, k: usize| (u + k) % JABATAN;
    let mut needs = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for k in 0..4 {
            let j = slot_jabatan(u, k);
            needs.push(NeedRow {
                kode_unit: unit.kode_unit.clone(),
                kode_jabatan: format!("J{:02}", j + 1),
                kebutuhan: rng.below(800) as f64 / 100.0,
                prioritas: [1.0, 1.0, 2.0, 1.5][rng.below(4) as usize],
                nama_jabatan: Some(jabatan_name(j)),
                row: needs.len() as u32 + 2,
            });
        }
    }
    let mut tasks = Vec::new();
    for (u, unit) in units.iter().enumerate().take(10) {
        let j = slot_jabatan(u, 6);
        for t in 0..3 {
            tasks.push(TaskRow {
                kode_unit: unit.kode_unit.clone(),
                kode_jabatan: format!("J{:02}", j + 1),
                uraian_tugas: format!("Tugas {t}; menyusun laporan"),
                volume: (1 + rng.below(50)) as f64,
                periode: [Period::Tahun, Period::Bulan, Period::Minggu, Period::Hari][t % 4],
                norma_waktu: (1 + rng.below(12_000)) as f64 / 100.0,
                row: tasks.len() as u32 + 2,
            });
        }
    }
    let compatibility = (0..JABATAN - 1)
        .step_by(2)
        .map(|j| Compatibility {
            jabatan_asal: format!("J{:02}", j + 1),
            jabatan_tujuan: format!("J{:02}", j + 2),
        })
        .collect();
    let employees = (0..employees)
        .map(|e| {
            let u = rng.below(n_units as u64) as usize;
            let j = slot_jabatan(u, rng.below(4) as usize);
            let birth = Date::new(
                1966 + rng.below(34) as i32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            )
            .unwrap();
            let sex = if rng.chance(55) {
                Sex::Female
            } else {
                Sex::Male
            };
            let status = match rng.below(100) {
                0..=79 => Status::Pns,
                80..=91 => Status::Pppk,
                _ => Status::Cpns,
            };
            let nip = format!(
                "{:04}{:02}{:02}{:04}{:02}{}{:03}",
                birth.year,
                birth.month,
                birth.day,
                1985 + (e / 1000) % 35,
                1 + (e / 35_000) % 12,
                if sex == Sex::Male { 1 } else { 2 },
                e % 1000
            );
            let tmt = (!rng.chance(3)).then(|| {
                Date::new(
                    2005 + rng.below(21) as i32,
                    1 + rng.below(12) as u32,
                    1 + rng.below(28) as u32,
                )
                .unwrap()
            });
            let sukarela = rng.chance(10);
            let nama = if e % 97 == 5 {
                format!("Siti \"Ani\", Rahma {e}")
            } else {
                format!("Pegawai {e}")
            };
            Employee {
                nip,
                nama,
                kode_unit: units[u].kode_unit.clone(),
                kode_jabatan: format!("J{:02}", j + 1),
                nama_jabatan: jabatan_name(j),
                jenis_jabatan: Some("fungsional".into()),
                tmt_jabatan: tmt,
                tanggal_lahir: Some(birth),
                jenis_kelamin: Some(sex),
                status,
                golongan: Some(
                    if status == Status::Pppk {
                        "IX"
                    } else {
                        "III/b"
                    }
                    .into(),
                ),
                pendidikan: Some("S1".into()),
                opd: units[u].opd_kode.clone(),
                bup: rng.chance(10).then_some(60),
                kunci: rng.chance(5),
                sukarela,
                tujuan_usulan: (sukarela && rng.chance(50))
                    .then(|| units[rng.below(n_units as u64) as usize].kode_unit.clone()),
                hukuman_disiplin: rng.chance(1),
                tugas_belajar: rng.chance(1),
                row: e as u32 + 2,
            }
        })
        .collect();
    Dataset {
        employees,
        units,
        needs,
        tasks,
        compatibility,
    }
}

/// How one form writes values.
struct Style {
    delimiter: char,
    decimal_comma: bool,
    siasn: bool,
}

impl Style {
    fn field(&self, text: &str) -> String {
        if text.contains([self.delimiter, '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
    fn number(&self, v: f64) -> String {
        let s = format!("{v}");
        if self.decimal_comma {
            s.replace('.', ",")
        } else {
            s
        }
    }
    fn date(&self, d: Option<Date>) -> String {
        match d {
            None => String::new(),
            Some(d) if self.siasn => format!("{:02}-{:02}-{:04}", d.day, d.month, d.year),
            Some(d) => d.to_string(),
        }
    }
    fn boolean(&self, b: bool) -> &'static str {
        match (self.siasn, b) {
            (true, true) => "Ya",
            (true, false) => "Tidak",
            (false, true) => "1",
            (false, false) => "0",
        }
    }
    fn status(&self, s: Status) -> &'static str {
        match (self.siasn, s) {
            (true, Status::Pns) => "PNS Daerah",
            (true, Status::Cpns) => "CPNS Daerah",
            (true, Status::Pppk) => "PPPK",
            (false, Status::Pns) => "PNS",
            (false, Status::Cpns) => "CPNS",
            (false, Status::Pppk) => "PPPK",
        }
    }
    fn sex(&self, s: Option<Sex>) -> &'static str {
        match (self.siasn, s) {
            (_, None) => "",
            (true, Some(Sex::Male)) => "M",
            (true, Some(Sex::Female)) => "F",
            (false, Some(Sex::Male)) => "L",
            (false, Some(Sex::Female)) => "P",
        }
    }
    fn line(&self, cells: &[String]) -> String {
        let eol = if self.siasn { "\r\n" } else { "\n" };
        let joined: Vec<String> = cells.iter().map(|c| self.field(c)).collect();
        format!("{}{eol}", joined.join(&self.delimiter.to_string()))
    }
}

fn period_text(p: Period) -> &'static str {
    match p {
        Period::Tahun => "tahun",
        Period::Bulan => "bulan",
        Period::Minggu => "minggu",
        Period::Hari => "hari",
    }
}

/// Every table as rows of text cells (header first) in one style.
fn tables(ds: &Dataset, st: &Style) -> Vec<(&'static str, Vec<Vec<String>>)> {
    let s = |v: &str| v.to_string();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let pegawai_header: Vec<String> = if st.siasn {
        [
            "PNS ID",
            "NIP BARU",
            "NAMA",
            "UNOR ID",
            "JABATAN ID",
            "JABATAN NAMA",
            "JENIS JABATAN NAMA",
            "TMT JABATAN",
            "TANGGAL LAHIR",
            "JENIS KELAMIN",
            "JENIS PEGAWAI NAMA",
            "GOL AKHIR NAMA",
            "TINGKAT PENDIDIKAN NAMA",
            "SATUAN KERJA KERJA NAMA",
            "ALAMAT",
            "bup",
            "kunci",
            "sukarela",
            "tujuan_usulan",
            "hukuman_disiplin",
            "tugas_belajar",
        ]
        .iter()
        .map(|h| s(h))
        .collect()
    } else {
        [
            "nip",
            "nama",
            "kode_unit",
            "kode_jabatan",
            "nama_jabatan",
            "jenis_jabatan",
            "tmt_jabatan",
            "tanggal_lahir",
            "jenis_kelamin",
            "jenis_pegawai",
            "golongan",
            "pendidikan",
            "opd",
            "bup",
            "kunci",
            "sukarela",
            "tujuan_usulan",
            "hukuman_disiplin",
            "tugas_belajar",
        ]
        .iter()
        .map(|h| s(h))
        .collect()
    };
    let mut pegawai = vec![pegawai_header];
    for e in &ds.employees {
        let common_tail = vec![
            e.bup.map(|b| b.to_string()).unwrap_or_default(),
            s(st.boolean(e.kunci)),
            s(st.boolean(e.sukarela)),
            opt(&e.tujuan_usulan),
            s(st.boolean(e.hukuman_disiplin)),
            s(st.boolean(e.tugas_belajar)),
        ];
        let mut row = if st.siasn {
            vec![
                format!("A{}", e.row),
                format!("'{}", e.nip),
                e.nama.clone(),
                e.kode_unit.clone(),
                e.kode_jabatan.clone(),
                e.nama_jabatan.clone(),
                opt(&e.jenis_jabatan),
                st.date(e.tmt_jabatan),
                st.date(e.tanggal_lahir),
                s(st.sex(e.jenis_kelamin)),
                s(st.status(e.status)),
                opt(&e.golongan),
                opt(&e.pendidikan),
                opt(&e.opd),
                format!("Jl. Merdeka {}; RT 01", e.row),
            ]
        } else {
            vec![
                e.nip.clone(),
                e.nama.clone(),
                e.kode_unit.clone(),
                e.kode_jabatan.clone(),
                e.nama_jabatan.clone(),
                opt(&e.jenis_jabatan),
                st.date(e.tmt_jabatan),
                st.date(e.tanggal_lahir),
                s(st.sex(e.jenis_kelamin)),
                s(st.status(e.status)),
                opt(&e.golongan),
                opt(&e.pendidikan),
                opt(&e.opd),
            ]
        };
        row.extend(common_tail);
        pegawai.push(row);
    }
    let mut kebutuhan = vec![[
        "kode_unit",
        "kode_jabatan",
        "nama_jabatan",
        "kebutuhan",
        "prioritas",
    ]
    .iter()
    .map(|h| s(h))
    .collect::<Vec<_>>()];
    for n in &ds.needs {
        kebutuhan.push(vec![
            n.kode_unit.clone(),
            n.kode_jabatan.clone(),
            opt(&n.nama_jabatan),
            st.number(n.kebutuhan),
            st.number(n.prioritas),
        ]);
    }
    let mut tugas = vec![[
        "kode_unit",
        "kode_jabatan",
        "uraian_tugas",
        "volume",
        "satuan_periode",
        "norma_waktu",
    ]
    .iter()
    .map(|h| s(h))
    .collect::<Vec<_>>()];
    for t in &ds.tasks {
        tugas.push(vec![
            t.kode_unit.clone(),
            t.kode_jabatan.clone(),
            t.uraian_tugas.clone(),
            st.number(t.volume),
            s(period_text(t.periode)),
            st.number(t.norma_waktu),
        ]);
    }
    let mut unit = vec![[
        "kode_unit",
        "nama_unit",
        "opd_kode",
        "opd_nama",
        "jenis_unit",
    ]
    .iter()
    .map(|h| s(h))
    .collect::<Vec<_>>()];
    for u in &ds.units {
        unit.push(vec![
            u.kode_unit.clone(),
            u.nama_unit.clone(),
            opt(&u.opd_kode),
            opt(&u.opd_nama),
            opt(&u.jenis_unit),
        ]);
    }
    let mut kompatibilitas = vec![vec![s("jabatan_asal"), s("jabatan_tujuan")]];
    for c in &ds.compatibility {
        kompatibilitas.push(vec![c.jabatan_asal.clone(), c.jabatan_tujuan.clone()]);
    }
    vec![
        ("pegawai", pegawai),
        ("kebutuhan", kebutuhan),
        ("uraian_tugas", tugas),
        ("unit", unit),
        ("kompatibilitas", kompatibilitas),
    ]
}

fn csv_files(ds: &Dataset, st: &Style) -> Vec<InputFile> {
    tables(ds, st)
        .into_iter()
        .map(|(name, rows)| {
            let mut text = if st.siasn {
                "\u{feff}".to_string()
            } else {
                String::new()
            };
            for r in &rows {
                text.push_str(&st.line(r));
            }
            InputFile::new(format!("{name}.csv"), text.into_bytes())
        })
        .collect()
}

/// Plain CSV: commas, decimal points, ISO dates, short names, 1/0.
pub fn plain_csv(ds: &Dataset) -> Vec<InputFile> {
    csv_files(
        ds,
        &Style {
            delimiter: ',',
            decimal_comma: false,
            siasn: false,
        },
    )
}

/// SIASN-style CSV: BOM, CRLF, semicolons, decimal commas, apostrophe NIPs,
/// dd-mm-yyyy, SIASN headers and extra columns, Ya/Tidak.
pub fn siasn_csv(ds: &Dataset) -> Vec<InputFile> {
    csv_files(
        ds,
        &Style {
            delimiter: ';',
            decimal_comma: true,
            siasn: true,
        },
    )
}

/// One workbook with a sheet per table: NIPs as text, dates as date cells, numbers as
/// numbers, booleans as boolean cells, sheet names capitalised.
pub fn xlsx(ds: &Dataset) -> Vec<InputFile> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    let plain = Style {
        delimiter: ',',
        decimal_comma: false,
        siasn: false,
    };
    for (name, rows) in tables(ds, &plain) {
        let sheet = book.add_worksheet();
        let mut title = name.to_string();
        if let Some(first) = title.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        sheet.set_name(&title).unwrap();
        let headers = rows[0].clone();
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let (r32, c16) = (r as u32, c as u16);
                let header = headers[c].as_str();
                if r == 0 || text.is_empty() {
                    if !text.is_empty() {
                        sheet.write_string(r32, c16, text).unwrap();
                    }
                    continue;
                }
                match header {
                    "tmt_jabatan" | "tanggal_lahir" => {
                        let d = Date::parse(text).unwrap();
                        let dt = ExcelDateTime::from_ymd(d.year as u16, d.month as u8, d.day as u8)
                            .unwrap();
                        sheet
                            .write_datetime_with_format(r32, c16, &dt, &date_format)
                            .unwrap();
                    }
                    "kebutuhan" | "prioritas" | "volume" | "norma_waktu" | "bup" => {
                        sheet
                            .write_number(r32, c16, text.parse::<f64>().unwrap())
                            .unwrap();
                    }
                    "kunci" | "sukarela" | "hukuman_disiplin" | "tugas_belajar" => {
                        sheet.write_boolean(r32, c16, text == "1").unwrap();
                    }
                    _ => {
                        sheet.write_string(r32, c16, text).unwrap();
                    }
                }
            }
        }
    }
    vec![InputFile::new("data.xlsx", book.save_to_buffer().unwrap())]
}
