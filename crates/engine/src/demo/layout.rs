//! What the writers write: for each table of docs/DATA.md its columns, in which header
//! vocabulary (short names or SIASN's), and each cell as a typed value. The CSV and XLSX
//! writers only decide how a value looks (delimiter, decimal comma, Excel date), so the
//! forms cannot drift apart and always carry the same information.

use crate::dataset::{Dataset, Employee, Period, Status};
use crate::date::Date;
use crate::nip::Sex;
use std::collections::BTreeMap;

/// One cell before formatting.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// An 18-digit NIP: always text, never a number.
    Nip(String),
    Number(f64),
    Date(Date),
    Empty,
}

/// Which header names the pegawai table uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headers {
    Short,
    Siasn,
}

/// One table ready to write.
#[derive(Clone, Debug)]
pub struct Table {
    /// File stem / sheet name: `pegawai`, `kebutuhan`, ...
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn opt_text(s: &Option<String>) -> Cell {
    s.as_deref().map_or(Cell::Empty, text)
}

fn opt_date(d: Option<Date>) -> Cell {
    d.map_or(Cell::Empty, Cell::Date)
}

fn yes_no(b: bool) -> Cell {
    text(if b { "ya" } else { "tidak" })
}

fn sex(s: Option<Sex>) -> Cell {
    match s {
        Some(Sex::Male) => text("L"),
        Some(Sex::Female) => text("P"),
        None => Cell::Empty,
    }
}

fn status(s: Status) -> Cell {
    text(match s {
        Status::Pns => "PNS",
        Status::Cpns => "CPNS",
        Status::Pppk => "PPPK",
    })
}

/// The period as `satuan_periode` writes it.
pub fn period(p: Period) -> &'static str {
    match p {
        Period::Tahun => "tahun",
        Period::Bulan => "bulan",
        Period::Minggu => "minggu",
        Period::Hari => "hari",
    }
}

const FRONT_TITLES: &[&str] = &["dr.", "drg.", "Dr.", "Ir.", "Drs.", "Dra.", "Prof."];

/// Split a displayed name into GELAR DEPAN, NAMA and GELAR BELAKANG, the inverse of
/// the import's join (`{depan} {nama}, {belakang}`).
pub fn split_name(full: &str) -> (Option<&str>, &str, Option<&str>) {
    let (head, back) = match full.split_once(", ") {
        Some((h, b)) if !h.is_empty() && !b.is_empty() => (h, Some(b)),
        _ => (full, None),
    };
    match head.split_once(' ') {
        Some((f, rest)) if FRONT_TITLES.contains(&f) && !rest.is_empty() => (Some(f), rest, back),
        _ => (None, head, back),
    }
}

/// The religions SIASN lists, for the ignored `AGAMA NAMA` column.
const AGAMA: &[(&str, u64)] = &[
    ("Islam", 85),
    ("Kristen", 8),
    ("Katholik", 4),
    ("Hindu", 2),
    ("Buddha", 1),
];

/// A stable pseudo-random pick from the NIP, so the ignored columns are reproducible.
fn agama(nip: &str) -> &'static str {
    let h = nip.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let mut x = h % 100;
    for (name, share) in AGAMA {
        if x < *share {
            return name;
        }
        x -= share;
    }
    "Islam"
}

fn pegawai(ds: &Dataset, headers: Headers) -> Table {
    let unit_name: BTreeMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let name_of = |e: &Employee| text(unit_name.get(e.kode_unit.as_str()).copied().unwrap_or(""));
    let flags = |e: &Employee| -> Vec<Cell> {
        vec![
            e.bup.map_or(Cell::Empty, |b| Cell::Number(f64::from(b))),
            yes_no(e.kunci),
            yes_no(e.sukarela),
            opt_text(&e.tujuan_usulan),
            yes_no(e.hukuman_disiplin),
            yes_no(e.tugas_belajar),
        ]
    };
    const FLAGS: [&str; 6] = [
        "bup",
        "kunci",
        "sukarela",
        "tujuan_usulan",
        "hukuman_disiplin",
        "tugas_belajar",
    ];
    match headers {
        Headers::Short => {
            let mut h = vec![
                "nip",
                "nama",
                "kode_unit",
                "nama_unit",
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
            ];
            h.extend(FLAGS);
            let rows = ds
                .employees
                .iter()
                .map(|e| {
                    let mut r = vec![
                        Cell::Nip(e.nip.clone()),
                        text(&e.nama),
                        text(&e.kode_unit),
                        name_of(e),
                        text(&e.kode_jabatan),
                        text(&e.nama_jabatan),
                        opt_text(&e.jenis_jabatan),
                        opt_date(e.tmt_jabatan),
                        opt_date(e.tanggal_lahir),
                        sex(e.jenis_kelamin),
                        status(e.status),
                        opt_text(&e.golongan),
                        opt_text(&e.pendidikan),
                        opt_text(&e.opd),
                    ];
                    r.extend(flags(e));
                    r
                })
                .collect();
            Table {
                name: "pegawai",
                headers: h,
                rows,
            }
        }
        Headers::Siasn => {
            let mut h = vec![
                "NIP BARU",
                "GELAR DEPAN",
                "NAMA",
                "GELAR BELAKANG",
                "TANGGAL LAHIR",
                "JENIS KELAMIN",
                "AGAMA NAMA",
                "JENIS PEGAWAI NAMA",
                "GOL AKHIR NAMA",
                "TINGKAT PENDIDIKAN NAMA",
                "JENIS JABATAN NAMA",
                "JABATAN ID",
                "JABATAN NAMA",
                "TMT JABATAN",
                "UNOR ID",
                "UNOR NAMA",
                "SATUAN KERJA KERJA NAMA",
                "LOKASI KERJA NAMA",
            ];
            h.extend(FLAGS);
            let rows = ds
                .employees
                .iter()
                .map(|e| {
                    let (front, nama, back) = split_name(&e.nama);
                    let mut r = vec![
                        Cell::Nip(e.nip.clone()),
                        front.map_or(Cell::Empty, text),
                        text(nama),
                        back.map_or(Cell::Empty, text),
                        opt_date(e.tanggal_lahir),
                        sex(e.jenis_kelamin),
                        text(agama(&e.nip)),
                        status(e.status),
                        opt_text(&e.golongan),
                        opt_text(&e.pendidikan),
                        opt_text(&e.jenis_jabatan),
                        text(&e.kode_jabatan),
                        text(&e.nama_jabatan),
                        opt_date(e.tmt_jabatan),
                        text(&e.kode_unit),
                        name_of(e),
                        opt_text(&e.opd),
                        name_of(e),
                    ];
                    r.extend(flags(e));
                    r
                })
                .collect();
            Table {
                name: "pegawai",
                headers: h,
                rows,
            }
        }
    }
}

/// Every table of a dataset, in the order files are listed.
pub fn tables(ds: &Dataset, headers: Headers) -> Vec<Table> {
    let unit_name: BTreeMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let kebutuhan = Table {
        name: "kebutuhan",
        headers: vec![
            "kode_unit",
            "nama_unit",
            "kode_jabatan",
            "nama_jabatan",
            "kebutuhan",
            "prioritas",
        ],
        rows: ds
            .needs
            .iter()
            .map(|n| {
                vec![
                    text(&n.kode_unit),
                    unit_name
                        .get(n.kode_unit.as_str())
                        .map_or(Cell::Empty, |s| text(s)),
                    text(&n.kode_jabatan),
                    opt_text(&n.nama_jabatan),
                    Cell::Number(n.kebutuhan),
                    Cell::Number(n.prioritas),
                ]
            })
            .collect(),
    };
    let unit = Table {
        name: "unit",
        headers: vec![
            "kode_unit",
            "nama_unit",
            "opd_kode",
            "opd_nama",
            "jenis_unit",
        ],
        rows: ds
            .units
            .iter()
            .map(|u| {
                vec![
                    text(&u.kode_unit),
                    text(&u.nama_unit),
                    opt_text(&u.opd_kode),
                    opt_text(&u.opd_nama),
                    opt_text(&u.jenis_unit),
                ]
            })
            .collect(),
    };
    let kompatibilitas = Table {
        name: "kompatibilitas",
        headers: vec!["jabatan_asal", "jabatan_tujuan"],
        rows: ds
            .compatibility
            .iter()
            .map(|c| vec![text(&c.jabatan_asal), text(&c.jabatan_tujuan)])
            .collect(),
    };
    let uraian_tugas = Table {
        name: "uraian_tugas",
        headers: vec![
            "kode_unit",
            "kode_jabatan",
            "uraian_tugas",
            "volume",
            "satuan_periode",
            "norma_waktu",
        ],
        rows: ds
            .tasks
            .iter()
            .map(|t| {
                vec![
                    text(&t.kode_unit),
                    text(&t.kode_jabatan),
                    text(&t.uraian_tugas),
                    Cell::Number(t.volume),
                    text(period(t.periode)),
                    Cell::Number(t.norma_waktu),
                ]
            })
            .collect(),
    };
    let mut all = vec![
        pegawai(ds, headers),
        kebutuhan,
        unit,
        kompatibilitas,
        uraian_tugas,
    ];
    all.extend(article_190(ds));
    all
}

/// The optional v2 tables, when the dataset has rows for them: `konflik` and
/// `syarat_jabatan` (levels written as SIASN writes them) of PP 11/2017 article 190,
/// and `kebutuhan_sementara`.
fn article_190(ds: &Dataset) -> Vec<Table> {
    let mut out = Vec::new();
    if !ds.konflik.is_empty() {
        out.push(Table {
            name: "konflik",
            headers: vec!["nip", "kode_unit", "alasan"],
            rows: ds
                .konflik
                .iter()
                .map(|c| {
                    vec![
                        Cell::Nip(c.nip.clone()),
                        text(&c.kode_unit),
                        text(&c.alasan),
                    ]
                })
                .collect(),
        });
    }
    if !ds.syarat.is_empty() {
        let grade =
            |g: Option<crate::level::Grade>| g.map_or(Cell::Empty, |g| text(&g.to_string()));
        out.push(Table {
            name: "syarat_jabatan",
            headers: vec![
                "kode_jabatan",
                "pendidikan_min",
                "golongan_min",
                "golongan_maks",
            ],
            rows: ds
                .syarat
                .iter()
                .map(|r| {
                    vec![
                        text(&r.kode_jabatan),
                        r.pendidikan_min.map_or(Cell::Empty, |e| text(e.label())),
                        grade(r.golongan_min),
                        grade(r.golongan_maks),
                    ]
                })
                .collect(),
        });
    }
    if !ds.sementara.is_empty() {
        out.push(Table {
            name: "kebutuhan_sementara",
            headers: vec![
                "kode_unit",
                "jabatan_diterima",
                "tambahan",
                "mulai",
                "selesai",
                "prioritas",
                "keterangan",
            ],
            rows: ds
                .sementara
                .iter()
                .map(|k| {
                    vec![
                        text(&k.kode_unit),
                        text(&k.jabatan_diterima.join("|")),
                        Cell::Number(k.tambahan),
                        Cell::Date(k.mulai),
                        Cell::Date(k.selesai),
                        Cell::Number(k.prioritas),
                        text(&k.keterangan),
                    ]
                })
                .collect(),
        });
    }
    out
}
