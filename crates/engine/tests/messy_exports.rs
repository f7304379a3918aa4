//! The messy-export corpus (`messy/`): every variant of a SIASN export that real
//! offices produce, imported, and held against the clean dataset. Where docs/DATA.md's first
//! rule covers a variant, the headcount of every slot must equal the clean one, and
//! exactly the people whose cells were damaged are immovable; the other variants must
//! put exactly the dropped slots outside the model, or be refused naming the row.

mod messy;

use messy::{pick, Clean, Grid, Outcome, Variant};
use seimbang_engine::dataset::{Dataset, Status};
use seimbang_engine::demo::rng::Rng;
use seimbang_engine::demo::{self, DemoSpec};
use seimbang_engine::diagnostic::{Diagnostic, DiagnosticKind as K};
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};

const PEOPLE: u32 = 400;

/// Employees per (unit, jabatan) of the slots with a need row in `needs_of`.
fn headcount(ds: &Dataset, needs_of: &Dataset) -> BTreeMap<(String, String), usize> {
    let mut count: BTreeMap<(String, String), usize> = needs_of
        .needs
        .iter()
        .map(|n| ((n.kode_unit.clone(), n.kode_jabatan.clone()), 0))
        .collect();
    for e in &ds.employees {
        if let Some(c) = count.get_mut(&(e.kode_unit.clone(), e.kode_jabatan.clone())) {
            *c += 1;
        }
    }
    count
}

fn immovable(ds: &Dataset) -> BTreeSet<usize> {
    ds.employees
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.data_problems.is_empty())
        .map(|(i, _)| i)
        .collect()
}

fn with_header_rows(grid: &Grid, above: &[&[&str]]) -> Grid {
    let mut rows: Vec<Vec<String>> = above
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    rows.extend(grid.rows.iter().cloned());
    Grid { rows }
}

fn add_column(grid: &mut Grid, header: &str, value: impl Fn(usize) -> String) {
    grid.rows[0].push(header.to_string());
    for (i, row) in grid.rows.iter_mut().skip(1).enumerate() {
        row.push(value(i));
    }
}

/// A one-sheet-per-table workbook; the pegawai sheet starts with a title and a blank
/// row (header in row 3) and holds NIPs as numbers, as Excel makes of them.
fn workbook(clean: &Clean) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("pegawai").unwrap();
    sheet
        .write_string(0, 0, "DATA PNS PEMERINTAH KOTA SAMARINDA")
        .unwrap();
    let nip_col = clean.pegawai.col("NIP BARU");
    for (r, row) in clean.pegawai.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 2, c as u16);
            if r > 2 && c as usize == nip_col {
                let digits = v.trim_start_matches('\'');
                sheet
                    .write_number(r, c, digits.parse::<f64>().unwrap())
                    .unwrap();
            } else if !v.is_empty() {
                sheet.write_string(r, c, v).unwrap();
            }
        }
    }
    let needs = book.add_worksheet();
    needs.set_name("kebutuhan").unwrap();
    for (r, row) in clean.kebutuhan.rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            needs.write_string(r as u32, c as u16, v).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

/// Text as Windows-1252 bytes (every character used here is below U+0100).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 character"))
        .collect()
}

fn variants(clean: &Clean, rng: &mut Rng) -> Vec<Variant> {
    let n = clean.dataset.employees.len();
    let none = BTreeSet::new();
    let counted = |immovable: BTreeSet<usize>| Outcome::Counted { immovable };
    let files = |p: &Grid| clean.files(p, &clean.kebutuhan);
    let mut out = Vec::new();

    out.push(Variant {
        name: "the clean SIASN export, 70 columns",
        files: files(&clean.pegawai),
        outcome: counted(none.clone()),
    });

    let titled = with_header_rows(
        &clean.pegawai,
        &[
            &["DATA PNS PEMERINTAH KOTA SAMARINDA"],
            &["Keadaan per 1 Desember 2026"],
            &[""],
        ],
    );
    out.push(Variant {
        name: "title rows and a blank line above the header",
        files: files(&titled),
        outcome: counted(none.clone()),
    });

    let mut sep = files(&clean.pegawai);
    let mut text = b"sep=;\r\n".to_vec();
    text.extend_from_slice(&sep[0].bytes);
    sep[0].bytes = text;
    out.push(Variant {
        name: "Excel's sep= first line",
        files: sep,
        outcome: counted(none.clone()),
    });

    let mut totals = clean.pegawai.clone();
    let width = totals.rows[0].len();
    let mut total_row = vec![String::new(); width];
    total_row[totals.col("NAMA")] = "JUMLAH".into();
    total_row[totals.col("PNS ID")] = n.to_string();
    totals.rows.push(total_row);
    let mut note = vec![String::new(); width];
    note[0] = "Sumber: SIASN, diunduh 1 Desember 2026".into();
    totals.rows.push(vec![String::new(); width]);
    totals.rows.push(note);
    out.push(Variant {
        name: "a JUMLAH totals row and a note under the table",
        files: files(&totals),
        outcome: counted(none.clone()),
    });

    let mut spelled = clean.pegawai.clone();
    for (i, e) in clean.dataset.employees.iter().enumerate() {
        let (status, jenis) = match (e.status, rng.below(3)) {
            (Status::Pns, 0) => ("", "P N S"),
            (Status::Pns, 1) => ("", "Pegawai Negeri Sipil"),
            (Status::Pns, _) => ("PNS", ""),
            (Status::Cpns, 0) => ("", "Calon PNS"),
            (Status::Cpns, 1) => ("Calon Pegawai Negeri Sipil", ""),
            (Status::Cpns, _) => ("C", "PNS Daerah"),
            (Status::Pppk, 0) => ("", "P3K"),
            (Status::Pppk, _) => ("", "PPPK Paruh Waktu"),
        };
        spelled.set(i, "STATUS CPNS PNS", status);
        spelled.set(i, "JENIS PEGAWAI NAMA", jenis);
        let yes_no = |b: bool, k: u64| match (b, k) {
            (true, 0) => "✓",
            (true, 1) => "Y",
            (true, 2) => "√",
            (true, _) => "x",
            (false, 0) => "-",
            (false, 1) => "T",
            (false, 2) => "tidak",
            (false, _) => "",
        };
        spelled.set(i, "KUNCI", yes_no(e.kunci, rng.below(4)));
        spelled.set(i, "SUKARELA", yes_no(e.sukarela, rng.below(4)));
        if let Some(d) = e.tmt_jabatan {
            const OLD: [&str; 12] = [
                "Jan", "Pebruari", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sept", "Okt",
                "Nopember", "Des",
            ];
            let text = match rng.below(4) {
                0 => format!("{} {} {}", d.day, OLD[d.month as usize - 1], d.year),
                1 => d.to_string(),
                2 => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
                _ => format!("{} {}", d.days_since_epoch() + 25_569, ""),
            };
            spelled.set(i, "TMT JABATAN", text.trim());
        }
    }
    add_column(&mut spelled, "BUP", |i| {
        if i % 3 == 0 { "60 tahun" } else { "58" }.to_string()
    });
    out.push(Variant {
        name: "status, yes/no, month and BUP spellings offices write",
        files: files(&spelled),
        outcome: counted(none.clone()),
    });

    let mut broken = clean.pegawai.clone();
    add_column(&mut broken, "BUP", |_| String::new());
    let damaged = pick(rng, 14, n, &none);
    for (k, &i) in damaged.iter().enumerate() {
        match k % 7 {
            0 => broken.set(i, "TMT JABATAN", "31-13-2020"),
            1 => broken.set(i, "TANGGAL LAHIR", "kemarin"),
            2 => broken.set(i, "JENIS PEGAWAI NAMA", "honorer"),
            3 => broken.set(i, "KUNCI", "mungkin"),
            4 => broken.set(i, "JENIS KELAMIN", "?"),
            5 => broken.set(i, "BUP", "enam puluh"),
            _ => {
                broken.set(i, "STATUS CPNS PNS", "P");
                broken.set(i, "JENIS PEGAWAI NAMA", "PPPK");
            }
        }
    }
    out.push(Variant {
        name: "unreadable and contradictory cells",
        files: files(&broken),
        outcome: counted(damaged),
    });

    // A US-set Excel writes the month first: `04/13/2020` is read as 13 April; a date
    // that reads both ways (`03/04/2020`) is not guessed.
    let mut us = clean.pegawai.clone();
    let mut two_ways = BTreeSet::new();
    for (i, e) in clean.dataset.employees.iter().enumerate() {
        if let Some(d) = e.tmt_jabatan {
            us.set(
                i,
                "TMT JABATAN",
                &format!("{:02}/{:02}/{}", d.month, d.day, d.year),
            );
            if d.day <= 12 && d.day != d.month {
                two_ways.insert(i);
            }
        }
    }
    assert!(two_ways.len() < n, "some dates read one way only");
    out.push(Variant {
        name: "dates written month first",
        files: files(&us),
        outcome: counted(two_ways),
    });

    let mut exponent = clean.pegawai.clone();
    let destroyed = pick(rng, 5, n, &none);
    for &i in &destroyed {
        exponent.set(i, "NIP BARU", "1.97901E+17");
    }
    out.push(Variant {
        name: "NIPs Excel turned into numbers (the same text five times)",
        files: files(&exponent),
        outcome: counted(destroyed),
    });

    let mut quoted = clean.pegawai.clone();
    let name = format!("{}\nS.Pd.", quoted.get(2, "NAMA"));
    quoted.set(2, "NAMA", &name);
    quoted.set(10, "TMT JABATAN", "kemarin");
    out.push(Variant {
        name: "a quoted name holding a line break, a bad date further down",
        files: files(&quoted),
        outcome: counted([10].into_iter().collect()),
    });

    let mut cased = clean.pegawai.clone();
    for i in (0..n).step_by(2) {
        let code = format!("  {}  ", cased.get(i, "UNOR ID").to_lowercase());
        cased.set(i, "UNOR ID", &code);
        let code = format!(" {} ", cased.get(i, "JABATAN ID").to_lowercase());
        cased.set(i, "JABATAN ID", &code);
    }
    out.push(Variant {
        name: "unit and jabatan codes in lower case with spaces",
        files: files(&cased),
        outcome: counted(none.clone()),
    });

    let mut accents = clean.pegawai.clone();
    for i in (0..n).step_by(7) {
        let name = format!("{} Andréas", accents.get(i, "NAMA"));
        accents.set(i, "NAMA", &name);
    }
    out.push(Variant {
        name: "saved as Windows-1252 with accented names",
        files: vec![
            InputFile::new("pegawai.csv", windows_1252(&accents.csv(';', "\r\n"))),
            InputFile::new("kebutuhan.csv", clean.kebutuhan.csv(';', "\r\n")),
        ],
        outcome: counted(none.clone()),
    });

    let all: BTreeSet<usize> = (0..n).collect();
    out.push(Variant {
        name: "a workbook with the header in row 3 and NIPs as numbers",
        files: vec![InputFile::new("data_pns.xlsx", workbook(clean))],
        outcome: counted(all),
    });

    // Jabatan the ABK file does not cover: every need row of three jabatan dropped.
    let jabatan: BTreeSet<&str> = clean
        .dataset
        .employees
        .iter()
        .map(|e| e.kode_jabatan.as_str())
        .collect();
    let jabatan: Vec<&str> = jabatan.into_iter().collect();
    let dropped: BTreeSet<&str> = (0..3)
        .map(|k| jabatan[(k * 7 + 3) % jabatan.len()])
        .collect();
    let mut partial = clean.kebutuhan.clone();
    partial
        .rows
        .retain(|r| !dropped.contains(r[1].as_str()) || r[0] == "kode_unit");
    let slots: BTreeSet<(String, String)> = clean
        .dataset
        .employees
        .iter()
        .filter(|e| dropped.contains(e.kode_jabatan.as_str()))
        .map(|e| (e.kode_unit.clone(), e.kode_jabatan.clone()))
        .collect();
    out.push(Variant {
        name: "jabatan without need rows (drivers, some Kepala Subbagian)",
        files: clean.files(&clean.pegawai, &partial),
        outcome: Outcome::Outside { slots },
    });

    let mut two_units = clean.pegawai.clone();
    add_column(&mut two_units, "KODE UNIT", |i| format!("X{}", i % 9));
    out.push(Variant {
        name: "a hand-added KODE UNIT beside UNOR ID",
        files: files(&two_units),
        outcome: Outcome::Refused {
            kind: |k| matches!(k, K::AmbiguousColumns { field, .. } if field == "kode_unit"),
            table: "pegawai",
            row: None,
        },
    });

    let mut twice = clean.pegawai.clone();
    add_column(&mut twice, "NIP BARU", |_| String::new());
    out.push(Variant {
        name: "a header written twice",
        files: files(&twice),
        outcome: Outcome::Refused {
            kind: |k| matches!(k, K::AmbiguousColumns { field, .. } if field == "nip"),
            table: "pegawai",
            row: None,
        },
    });

    let mut unplaced = clean.pegawai.clone();
    unplaced.set(7, "UNOR ID", "");
    out.push(Variant {
        name: "a person without a unit",
        files: files(&unplaced),
        outcome: Outcome::Refused {
            kind: |k| *k == K::UnplacedPerson,
            table: "pegawai",
            row: Some(9),
        },
    });

    let mut bad_need = clean.kebutuhan.clone();
    bad_need.rows[5][3] = "dua".into();
    out.push(Variant {
        name: "a need written in words",
        files: clean.files(&clean.pegawai, &bad_need),
        outcome: Outcome::Refused {
            kind: |k| *k == K::BadNumber,
            table: "kebutuhan",
            row: Some(6),
        },
    });
    out
}

fn describe(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .take(10)
        .map(|d| d.describe(Lang::En))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_messy_export_keeps_the_headcount_or_is_refused_with_its_row() {
    let dataset = demo::generate(&DemoSpec::small(42, PEOPLE));
    let clean = Clean::of(dataset, 7);
    let expected = headcount(&clean.dataset, &clean.dataset);
    let clean_summary = ImportSummary::of(&clean.dataset, &[]);
    let clean_outside = clean_summary.outside_employees();
    let mut rng = Rng::new(11);
    for v in variants(&clean, &mut rng) {
        let result = import(&v.files);
        match (&v.outcome, result) {
            (Outcome::Counted { immovable: damaged }, Ok(imported)) => {
                let ds = &imported.dataset;
                assert_eq!(
                    ds.employees.len(),
                    clean.dataset.employees.len(),
                    "{}",
                    v.name
                );
                assert_eq!(headcount(ds, &clean.dataset), expected, "{}", v.name);
                assert_eq!(&immovable(ds), damaged, "{}: immovable people", v.name);
                let summary = ImportSummary::of(ds, &imported.diagnostics);
                assert_eq!(summary.immovable_by_data, damaged.len(), "{}", v.name);
                assert_eq!(summary.outside_employees(), clean_outside, "{}", v.name);
                // Nobody's status changes: a Calon PNS is never read as a PNS.
                let statuses =
                    |d: &Dataset| d.employees.iter().map(|e| e.status).collect::<Vec<_>>();
                let unchanged: Vec<bool> = statuses(ds)
                    .iter()
                    .zip(statuses(&clean.dataset))
                    .enumerate()
                    .map(|(i, (a, b))| *a == b || damaged.contains(&i))
                    .collect();
                assert!(unchanged.iter().all(|u| *u), "{}: status changed", v.name);
            }
            (Outcome::Outside { slots }, Ok(imported)) => {
                let ds = &imported.dataset;
                assert_eq!(
                    ds.employees.len(),
                    clean.dataset.employees.len(),
                    "{}",
                    v.name
                );
                let summary = ImportSummary::of(ds, &imported.diagnostics);
                let outside: BTreeSet<(String, String)> = summary
                    .outside
                    .iter()
                    .map(|s| (s.kode_unit.clone(), s.kode_jabatan.clone()))
                    .collect();
                let mut expected_outside = slots.clone();
                expected_outside.extend(
                    clean_summary
                        .outside
                        .iter()
                        .map(|s| (s.kode_unit.clone(), s.kode_jabatan.clone())),
                );
                assert_eq!(outside, expected_outside, "{}", v.name);
                let in_slots = |e: &&seimbang_engine::dataset::Employee| {
                    slots.contains(&(e.kode_unit.clone(), e.kode_jabatan.clone()))
                };
                let dropped = clean.dataset.employees.iter().filter(in_slots).count();
                assert_eq!(
                    summary.outside_employees(),
                    dropped + clean_outside,
                    "{}",
                    v.name
                );
                let warned = imported
                    .diagnostics
                    .iter()
                    .filter(|d| d.kind == K::NoNeedRow)
                    .count();
                assert_eq!(warned, dropped + clean_outside, "{}", v.name);
                // Every slot that keeps its need row keeps its headcount.
                let mut left = expected.clone();
                left.retain(|k, _| !slots.contains(k));
                let mut got = headcount(ds, &clean.dataset);
                got.retain(|k, _| !slots.contains(k));
                assert_eq!(got, left, "{}", v.name);
            }
            (Outcome::Refused { kind, table, row }, Err(failure)) => {
                assert!(
                    failure
                        .errors()
                        .iter()
                        .any(|d| kind(&d.kind) && d.table == *table && d.row == *row),
                    "{}: got {}",
                    v.name,
                    describe(failure.errors())
                );
            }
            (outcome, Ok(imported)) => panic!(
                "{}: accepted, expected {outcome:?}; warnings:\n{}",
                v.name,
                describe(&imported.diagnostics)
            ),
            (outcome, Err(failure)) => panic!(
                "{}: refused, expected {outcome:?}:\n{}",
                v.name,
                describe(failure.errors())
            ),
        }
    }
}

#[test]
fn diagnostics_point_at_the_rows_the_spreadsheet_shows() {
    let clean = Clean::of(demo::generate(&DemoSpec::small(42, 60)), 7);
    // Title rows push the header to row 4; a line break inside row 7's name (person 2)
    // must not shift person 10, on row 15.
    let mut grid = clean.pegawai.clone();
    let name = format!("{}\nS.Pd.", grid.get(2, "NAMA"));
    grid.set(2, "NAMA", &name);
    grid.set(10, "TMT JABATAN", "kemarin");
    let titled = with_header_rows(&grid, &[&["DATA PNS"], &["per 1 Desember 2026"], &[""]]);
    let imported = import(&clean.files(&titled, &clean.kebutuhan)).expect("accepted");
    let found = |kind: K| {
        imported
            .diagnostics
            .iter()
            .find(|d| d.kind == kind)
            .and_then(|d| d.row)
    };
    assert_eq!(found(K::HeaderBelow), Some(4));
    assert_eq!(found(K::BadDate), Some(15));
    assert_eq!(imported.dataset.employees[10].row, 15);
}
