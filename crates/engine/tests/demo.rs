//! The demo dataset: deterministic, shaped like Kota Samarinda, with valid NIPs and real
//! imbalances, and writable as plain CSV, SIASN-style CSV and XLSX.

use seimbang_engine::dataset::{Dataset, Employee, Status};
use seimbang_engine::demo::{self, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::nip::{self, Sex};
use seimbang_engine::slot::SlotTable;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::time::Instant;

fn city() -> Dataset {
    demo::generate(&DemoSpec::city(DEMO_SEED))
}

fn kind_count(ds: &Dataset, kind: &str) -> usize {
    ds.units
        .iter()
        .filter(|u| u.jenis_unit.as_deref() == Some(kind))
        .count()
}

#[test]
fn same_seed_same_dataset_other_seed_other_dataset() {
    let a = demo::generate(&DemoSpec::small(7, 800));
    let b = demo::generate(&DemoSpec::small(7, 800));
    let c = demo::generate(&DemoSpec::small(8, 800));
    assert_eq!(a, b);
    assert_ne!(a.employees, c.employees);
    assert_eq!(a.employees.len(), 800);
    assert_eq!(city(), city());
}

#[test]
fn city_has_the_shape_of_samarinda() {
    let ds = city();
    let n = ds.employees.len();
    assert!((8_000..=15_000).contains(&n), "{n} employees");
    let opd: BTreeSet<_> = ds.units.iter().map(|u| u.opd_kode.clone()).collect();
    assert!((38..=44).contains(&opd.len()), "{} OPD", opd.len());
    assert!((225..=235).contains(&kind_count(&ds, "sekolah")));
    assert_eq!(kind_count(&ds, "puskesmas"), 27);
    assert_eq!(kind_count(&ds, "rsud"), 2);
    assert_eq!(kind_count(&ds, "kelurahan"), 59);
    let kecamatan = ds
        .units
        .iter()
        .filter_map(|u| u.opd_nama.as_deref())
        .filter(|o| o.starts_with("Kecamatan "))
        .collect::<BTreeSet<_>>();
    assert_eq!(kecamatan.len(), 10);
    assert!(ds
        .units
        .iter()
        .any(|u| u.nama_unit == "SD Negeri 001 Samarinda Ulu"));

    let pppk = ds
        .employees
        .iter()
        .filter(|e| e.status == Status::Pppk)
        .count();
    let share = pppk as f64 / n as f64;
    assert!((0.10..=0.22).contains(&share), "PPPK share {share}");
    assert!(ds.employees.iter().any(|e| e.status == Status::Cpns));
    type Flag = fn(&Employee) -> bool;
    let flags: [Flag; 7] = [
        |e| e.kunci,
        |e| e.sukarela,
        |e| e.tujuan_usulan.is_some(),
        |e| e.hukuman_disiplin,
        |e| e.tugas_belajar,
        |e| e.tmt_jabatan.is_none(),
        |e| e.bup == Some(60),
    ];
    for flag in flags {
        let k = ds.employees.iter().filter(|e| flag(e)).count();
        assert!(k > 0 && k < n / 2, "a flag is set on {k} of {n}");
    }
    // Needs as ABK decimals, puskesmas weighted 2, some needs from task rows.
    assert!(ds.needs.iter().any(|r| r.kebutuhan.fract() != 0.0));
    assert!(ds.needs.iter().any(|r| r.prioritas == 2.0));
    assert!(!ds.tasks.is_empty());
    assert!(!ds.compatibility.is_empty());
    // A few people outside the model (no need row and no task rows for their slot).
    let slots: HashSet<(&str, &str)> = ds
        .needs
        .iter()
        .map(|r| (r.kode_unit.as_str(), r.kode_jabatan.as_str()))
        .chain(
            ds.tasks
                .iter()
                .map(|t| (t.kode_unit.as_str(), t.kode_jabatan.as_str())),
        )
        .collect();
    let outside = ds
        .employees
        .iter()
        .filter(|e| !slots.contains(&(e.kode_unit.as_str(), e.kode_jabatan.as_str())))
        .count();
    assert!((1..=50).contains(&outside), "{outside} outside the model");
    // Unique codes and rows numbered as a spreadsheet shows them.
    let units: HashSet<_> = ds.units.iter().map(|u| &u.kode_unit).collect();
    assert_eq!(units.len(), ds.units.len());
    assert!(ds.employees.iter().all(|e| units.contains(&e.kode_unit)));
    assert!(ds
        .employees
        .iter()
        .enumerate()
        .all(|(i, e)| e.row == i as u32 + 2));
}

#[test]
fn every_nip_is_valid_unique_and_agrees_with_the_record() {
    let ds = city();
    let mut seen = HashSet::new();
    for e in &ds.employees {
        assert_eq!(nip::clean(&e.nip).as_deref(), Ok(e.nip.as_str()));
        assert!(seen.insert(e.nip.clone()), "duplicate {}", e.nip);
        let birth = nip::birth_date(&e.nip).expect("birth date");
        assert_eq!(Some(birth), e.tanggal_lahir);
        assert_eq!(nip::sex(&e.nip), e.jenis_kelamin);
        assert_eq!(
            nip::looks_pppk(&e.nip),
            e.status == Status::Pppk,
            "{}",
            e.nip
        );
        let tmt_year: i32 = e.nip[8..12].parse().expect("digits");
        let tmt_month: u32 = e.nip[12..14].parse().expect("digits");
        if e.status != Status::Pppk {
            assert!((1..=12).contains(&tmt_month), "{}", e.nip);
            let age_at_tmt = tmt_year - birth.year - i32::from(tmt_month < birth.month);
            assert!(age_at_tmt >= 18, "{}", e.nip);
        } else {
            assert!(tmt_year - birth.year >= 19, "{}", e.nip);
        }
        let age = demo::DEMO_REFERENCE.year - birth.year;
        assert!((20..=61).contains(&age), "{} aged {age}", e.nip);
        if let Some(t) = e.tmt_jabatan {
            assert!(t < demo::DEMO_REFERENCE && t.year >= tmt_year, "{}", e.nip);
        }
    }
    let women = ds
        .employees
        .iter()
        .filter(|e| e.jenis_kelamin == Some(Sex::Female))
        .count();
    assert!(women > ds.employees.len() / 3 && women < ds.employees.len() * 3 / 4);
}

#[test]
fn slots_are_over_and_under_staffed_centre_and_outskirts() {
    let ds = city();
    let mut x: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for e in &ds.employees {
        *x.entry((&e.kode_unit, &e.kode_jabatan)).or_default() += 1.0;
    }
    let unit_name: BTreeMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let (mut over, mut under) = (0, 0);
    let mut ratio: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for r in &ds.needs {
        let have = x
            .get(&(&r.kode_unit, &r.kode_jabatan))
            .copied()
            .unwrap_or(0.0);
        if have > r.kebutuhan.ceil() {
            over += 1;
        }
        if have < r.kebutuhan.floor() {
            under += 1;
        }
        let name = unit_name[r.kode_unit.as_str()];
        for area in [
            "Samarinda Kota",
            "Samarinda Ulu",
            "Palaran",
            "Loa Janan Ilir",
        ] {
            if name.starts_with("SD Negeri") && name.ends_with(area) {
                let e = ratio.entry(area).or_default();
                e.0 += have;
                e.1 += r.kebutuhan;
            }
        }
    }
    assert!(over > 100 && under > 100, "over {over}, under {under}");
    let fill = |a: &str| ratio[a].0 / ratio[a].1;
    assert!(fill("Samarinda Kota") > 1.05 && fill("Samarinda Ulu") > 1.05);
    assert!(fill("Palaran") < 0.9 && fill("Loa Janan Ilir") < 0.9);
}

#[test]
fn plain_csv_reads_back_with_the_expected_headers_and_rows() {
    let ds = demo::generate(&DemoSpec::small(3, 1_500));
    let files = demo::write_csv(&ds, CsvStyle::Plain);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "pegawai.csv",
            "kebutuhan.csv",
            "unit.csv",
            "kompatibilitas.csv",
            "uraian_tugas.csv"
        ]
    );
    let expected_rows = [
        ds.employees.len(),
        ds.needs.len(),
        ds.units.len(),
        ds.compatibility.len(),
        ds.tasks.len(),
    ];
    for ((name, bytes), rows) in files.iter().zip(expected_rows) {
        let mut rd = csv::Reader::from_reader(bytes.as_slice());
        let headers = rd.headers().expect("header").clone();
        let records: Vec<csv::StringRecord> =
            rd.records().collect::<Result<_, _>>().expect("records");
        assert_eq!(records.len(), rows, "{name}");
        if name == "pegawai.csv" {
            assert_eq!(&headers[0], "nip");
            assert!(headers.iter().any(|h| h == "tugas_belajar"));
            for (rec, e) in records.iter().zip(&ds.employees) {
                assert_eq!(&rec[0], e.nip);
                assert_eq!(&rec[1], e.nama);
                assert_eq!(
                    rec[8].to_string(),
                    e.tanggal_lahir.map(|d| d.to_string()).unwrap_or_default()
                );
            }
        }
        if name == "kebutuhan.csv" {
            for (rec, r) in records.iter().zip(&ds.needs) {
                assert_eq!(rec[4].parse::<f64>().expect("number"), r.kebutuhan);
            }
        }
    }
}

#[test]
fn siasn_csv_has_the_siasn_dialect() {
    let ds = demo::generate(&DemoSpec::small(3, 1_500));
    let files = demo::write_csv(&ds, CsvStyle::Siasn);
    let (_, pegawai) = &files[0];
    let text = std::str::from_utf8(pegawai).expect("utf-8");
    assert!(text.starts_with("\u{feff}NIP BARU;GELAR DEPAN;NAMA;"));
    assert!(text.contains("\r\n"));
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = rd.headers().expect("header").clone();
    for h in [
        "UNOR ID",
        "JABATAN ID",
        "TMT JABATAN",
        "JENIS PEGAWAI NAMA",
        "SATUAN KERJA KERJA NAMA",
        "bup",
    ] {
        assert!(headers.iter().any(|x| x == h), "{h}");
    }
    let records: Vec<csv::StringRecord> = rd.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(records.len(), ds.employees.len());
    for (rec, e) in records.iter().zip(&ds.employees) {
        assert_eq!(rec[0].to_string(), format!("'{}", e.nip));
        let b = e.tanggal_lahir.expect("birth");
        assert_eq!(&rec[4], format!("{:02}-{:02}-{}", b.day, b.month, b.year));
        let (front, nama, back) = (&rec[1], &rec[2], &rec[3]);
        let mut joined = if front.is_empty() {
            nama.to_string()
        } else {
            format!("{front} {nama}")
        };
        if !back.is_empty() {
            joined = format!("{joined}, {back}");
        }
        assert_eq!(joined, e.nama);
    }
    let (_, needs) = &files[1];
    let text = String::from_utf8_lossy(needs);
    assert!(ds.needs.iter().any(|r| r.kebutuhan.fract() != 0.0));
    assert!(text
        .lines()
        .skip(1)
        .any(|l| l.split(';').nth(4).is_some_and(|v| v.contains(','))));
}

#[test]
fn xlsx_opens_with_five_sheets_text_nips_and_real_dates() {
    use calamine::{Data, Reader, Xlsx};
    let ds = demo::generate(&DemoSpec::small(3, 1_500));
    let bytes = demo::write_xlsx(&ds).expect("workbook");
    assert_eq!(
        bytes,
        demo::write_xlsx(&ds).expect("workbook"),
        "deterministic bytes"
    );
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("xlsx");
    assert_eq!(
        wb.sheet_names(),
        [
            "pegawai",
            "kebutuhan",
            "unit",
            "kompatibilitas",
            "uraian_tugas"
        ]
    );
    let pegawai = wb.worksheet_range("pegawai").expect("sheet");
    assert_eq!(pegawai.height(), ds.employees.len() + 1);
    let first = &ds.employees[0];
    assert_eq!(pegawai.get((1, 0)), Some(&Data::String(first.nip.clone())));
    assert!(matches!(pegawai.get((1, 8)), Some(Data::DateTime(_))));
    let needs = wb.worksheet_range("kebutuhan").expect("sheet");
    assert_eq!(needs.height(), ds.needs.len() + 1);
    assert_eq!(needs.get((1, 4)), Some(&Data::Float(ds.needs[0].kebutuhan)));
    let tasks = wb.worksheet_range("uraian_tugas").expect("sheet");
    assert_eq!(tasks.height(), ds.tasks.len() + 1);
}

#[test]
fn generation_is_fast() {
    let t = Instant::now();
    let ds = city();
    let city_time = t.elapsed();
    let opd: BTreeSet<_> = ds.units.iter().map(|u| u.opd_kode.clone()).collect();
    println!(
        "city: {} employees, {} units, {} need rows, {} OPD in {city_time:?}",
        ds.employees.len(),
        ds.units.len(),
        ds.needs.len(),
        opd.len()
    );
    assert!(city_time.as_secs_f64() < 2.0, "{city_time:?}");
}

/// `cargo test -p seimbang-engine --test demo -- --ignored --nocapture` prints sizes and
/// times of the city and the province.
#[test]
#[ignore]
fn benchmark_city_and_province() {
    for (label, spec) in [
        ("city", DemoSpec::city(DEMO_SEED)),
        ("province", DemoSpec::province(DEMO_SEED)),
    ] {
        let t = Instant::now();
        let ds = demo::generate(&spec);
        let gen = t.elapsed();
        let t = Instant::now();
        let csv: usize = demo::write_csv(&ds, CsvStyle::Plain)
            .iter()
            .map(|f| f.1.len())
            .sum();
        let csv_time = t.elapsed();
        let t = Instant::now();
        let xlsx = demo::write_xlsx(&ds).map(|b| b.len()).unwrap_or(0);
        let xlsx_time = t.elapsed();
        let opd: BTreeSet<_> = ds.units.iter().map(|u| u.opd_kode.clone()).collect();
        let slots = SlotTable::build(&ds, 75_000.0);
        println!(
            "{label}: {} employees, {} units, {} need rows, {} slots, {} task rows, {} OPD, \
             {} outside the model; generate {gen:?}, csv {csv} B in {csv_time:?}, \
             xlsx {xlsx} B in {xlsx_time:?}",
            ds.employees.len(),
            ds.units.len(),
            ds.needs.len(),
            slots.slots.len(),
            ds.tasks.len(),
            opd.len(),
            slots.outside.len()
        );
    }
}

/// The importer reads every written form back to the very dataset that was generated.
#[test]
fn every_written_form_imports_to_the_generated_dataset() {
    use seimbang_engine::diagnostic::DiagnosticKind;
    use seimbang_engine::import::{import, InputFile};
    let ds = demo::generate(&DemoSpec::small(11, 2_000));
    let as_files = |files: Vec<(String, Vec<u8>)>| -> Vec<InputFile> {
        files
            .into_iter()
            .map(|(n, b)| InputFile::new(n, b))
            .collect()
    };
    let forms = [
        ("plain", as_files(demo::write_csv(&ds, CsvStyle::Plain))),
        ("siasn", as_files(demo::write_csv(&ds, CsvStyle::Siasn))),
        (
            "xlsx",
            vec![InputFile::new(
                "data.xlsx",
                demo::write_xlsx(&ds).expect("workbook"),
            )],
        ),
    ];
    for (label, files) in forms {
        let imported = match import(&files) {
            Ok(i) => i,
            Err(e) => panic!("{label}: {:?}", e.errors()),
        };
        // The only findings are the ones the demo plants on purpose.
        for d in &imported.diagnostics {
            assert!(
                matches!(
                    d.kind,
                    DiagnosticKind::MissingTmt | DiagnosticKind::NoNeedRow
                ),
                "{label}: unexpected {d:?}"
            );
        }
        let got = imported.dataset;
        assert_eq!(got.employees.len(), ds.employees.len(), "{label}");
        for (a, b) in got.employees.iter().zip(&ds.employees) {
            assert_eq!(a, b, "{label}");
        }
        assert_eq!(got.units, ds.units, "{label}");
        assert_eq!(got.needs, ds.needs, "{label}");
        assert_eq!(got.tasks, ds.tasks, "{label}");
        assert_eq!(got.compatibility, ds.compatibility, "{label}");
        assert_eq!(got, ds, "{label}");
    }
}

#[test]
fn tiny_specs_give_exactly_the_requested_people() {
    for n in [0, 1, 5, 50, 120] {
        let ds = demo::generate(&DemoSpec::small(5, n));
        assert_eq!(ds.employees.len(), n as usize);
        assert!(!ds.units.is_empty() && !ds.needs.is_empty());
    }
}
