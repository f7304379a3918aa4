//! Every class of bad input, one small fixture each: the import must name the problem
//! kind, the row as the spreadsheet counts it and the column as the user wrote it.

use seimbang_engine::dataset::{Dataset, Status};
use seimbang_engine::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::lang::Lang;

const NEEDS: &str = "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\nU2,J1,1\n";
const HEADER: &str = "nip,nama,kode_unit,kode_jabatan,tmt_jabatan";
const GOOD: &str = "198001012005011001,Ani,U1,J1,01-01-2020";

/// Import the files; the dataset (when accepted) and every diagnostic.
fn run(files: &[(&str, Vec<u8>)]) -> (Option<Dataset>, Vec<Diagnostic>) {
    let files: Vec<InputFile> = files
        .iter()
        .map(|(n, b)| InputFile::new(*n, b.clone()))
        .collect();
    match import(&files) {
        Ok(i) => (Some(i.dataset), i.diagnostics),
        Err(f) => (
            None,
            f.errors().iter().chain(f.warnings()).cloned().collect(),
        ),
    }
}

/// One expected diagnostic: severity, kind, table, row, column.
type Expect = (Severity, K, &'static str, Option<u32>, Option<&'static str>);

/// Assert that every expected diagnostic is reported, and that its texts exist in
/// both languages.
fn expect(diags: &[Diagnostic], expected: &[Expect]) {
    for (severity, kind, table, row, column) in expected {
        let found = diags.iter().any(|d| {
            d.severity == *severity
                && d.kind == *kind
                && d.table == *table
                && d.row == *row
                && d.column.as_deref() == *column
        });
        assert!(
            found,
            "expected {severity:?} {kind:?} at {table} row {row:?} column {column:?}; got:\n{}",
            diags
                .iter()
                .map(|d| format!("{d:?}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    for d in diags {
        for lang in [Lang::Id, Lang::En] {
            assert!(!d.message(lang).is_empty() && !d.hint(lang).is_empty());
            assert!(!d.describe(lang).is_empty());
        }
    }
}

/// The rows of the employees kept immovable because of their data.
fn immovable_rows(ds: &Dataset) -> Vec<u32> {
    ds.employees
        .iter()
        .filter(|e| !e.data_problems.is_empty())
        .map(|e| e.row)
        .collect()
}

/// Import a pegawai CSV (with the standard kebutuhan) and check the diagnostics.
fn check(pegawai_csv: &str, expected: &[Expect]) -> Option<Dataset> {
    let (ds, diags) = run(&[
        ("pegawai.csv", pegawai_csv.as_bytes().to_vec()),
        ("kebutuhan.csv", NEEDS.as_bytes().to_vec()),
    ]);
    expect(&diags, expected);
    ds
}

fn pegawai(rows: &[&str]) -> String {
    let mut s = format!("{HEADER}\n");
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

const W: Severity = Severity::Warning;
const E: Severity = Severity::Error;

#[test]
fn exponent_nip_is_explained() {
    let ds = check(
        &pegawai(&[GOOD, "1.98001E+17,Budi,U1,J1,01-01-2020"]),
        &[(W, K::NipExponent, "pegawai", Some(3), Some("nip"))],
    )
    .expect("the other rows still import");
    // The person is still counted, but never moved.
    assert_eq!(ds.employees.len(), 2);
    assert_eq!(immovable_rows(&ds), vec![3]);
    let d = K::NipExponent;
    let diag = Diagnostic::table(W, "pegawai.csv", "pegawai", d);
    assert!(diag.hint(Lang::Id).contains("Teks"));
    assert!(diag.hint(Lang::En).contains("Text"));
}

#[test]
fn wrong_length_nip() {
    check(
        &pegawai(&[GOOD, "'19800101200501,Budi,U1,J1,01-01-2020"]),
        &[(W, K::NipLength, "pegawai", Some(3), Some("nip"))],
    );
}

#[test]
fn missing_required_column_names_the_accepted_headers() {
    let ds = check(
        "nip,nama,kode_jabatan\n198001012005011001,Ani,J1\n",
        &[(
            E,
            K::MissingColumn {
                field: "kode_unit".into(),
                accepted: vec!["kode_unit".into(), "UNOR ID".into()],
            },
            "pegawai",
            None,
            Some("kode_unit"),
        )],
    );
    assert!(ds.is_none());
}

#[test]
fn missing_required_table() {
    let (ds, diags) = run(&[("kebutuhan.csv", NEEDS.as_bytes().to_vec())]);
    assert!(ds.is_none());
    expect(
        &diags,
        &[(
            E,
            K::MissingTable {
                accepted: vec!["pegawai".into()],
            },
            "pegawai",
            None,
            None,
        )],
    );
}

#[test]
fn duplicate_nip_reports_both_rows() {
    let ds = check(
        &pegawai(&[GOOD, "198001012005011002,Budi,U1,J1,01-01-2020", GOOD]),
        &[
            (
                E,
                K::DuplicateNip { rows: vec![2, 4] },
                "pegawai",
                Some(2),
                Some("nip"),
            ),
            (
                E,
                K::DuplicateNip { rows: vec![2, 4] },
                "pegawai",
                Some(4),
                Some("nip"),
            ),
        ],
    );
    assert!(ds.is_none());
}

#[test]
fn bad_date_keeps_the_person_immovable() {
    let ds = check(
        &pegawai(&[GOOD, "198001012005011002,Budi,U1,J1,32-13-2020"]),
        &[(W, K::BadDate, "pegawai", Some(3), Some("tmt_jabatan"))],
    )
    .unwrap();
    assert_eq!(ds.employees.len(), 2);
    assert_eq!(immovable_rows(&ds), vec![3]);
    let d = &ds.employees[1].data_problems[0];
    assert_eq!(
        (d.column.as_str(), d.value.as_str()),
        ("tmt_jabatan", "32-13-2020")
    );
}

fn check_needs(needs: &str, expected: &[Expect]) -> Option<Dataset> {
    let (ds, diags) = run(&[
        ("pegawai.csv", pegawai(&[GOOD]).into_bytes()),
        ("kebutuhan.csv", needs.as_bytes().to_vec()),
    ]);
    expect(&diags, expected);
    ds
}

#[test]
fn bad_decimal_in_need() {
    let ds = check_needs(
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\nU2,J1,1.234,5\nU3,J1,dua\n",
        &[(E, K::BadNumber, "kebutuhan", Some(4), Some("kebutuhan"))],
    );
    // A need that cannot be read refuses the import: dropping the row would put its
    // people outside the model. (`1.234,5` with a comma delimiter is `1.234` plus an
    // extra cell, read as 1.234.)
    assert!(ds.is_none());
    let ds = check_needs(
        "kode_unit;kode_jabatan;kebutuhan\nU1;J1;2\nU2;J1;1.234,5\n",
        &[(E, K::BadNumber, "kebutuhan", Some(3), Some("kebutuhan"))],
    );
    assert!(ds.is_none());
    let ds = check_needs("kode_unit;kode_jabatan;kebutuhan\nU1;J1;2 orang\n", &[]).unwrap();
    assert_eq!(ds.needs[0].kebutuhan, 2.0);
}

#[test]
fn negative_need() {
    check_needs(
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\nU2,J1,-1\n",
        &[(
            E,
            K::NegativeNumber,
            "kebutuhan",
            Some(3),
            Some("kebutuhan"),
        )],
    );
}

#[test]
fn unknown_boolean() {
    let csv =
        format!("{HEADER},kunci\n{GOOD},mungkin\n198001012005011002,Budi,U1,J1,01-01-2020,Ya\n");
    let ds = check(
        &csv,
        &[(W, K::BadBoolean, "pegawai", Some(2), Some("kunci"))],
    )
    .unwrap();
    assert_eq!(ds.employees.len(), 2);
    assert_eq!(immovable_rows(&ds), vec![2]);
    assert!(ds.employees[1].kunci);
}

#[test]
fn unreadable_bytes_and_garbage_workbooks() {
    let (ds, diags) = run(&[("data.xlsx", b"PK\x03\x04 this is not a zip".to_vec())]);
    assert!(ds.is_none());
    assert!(diags.iter().any(|d| d.is_error()
        && matches!(d.kind, K::UnreadableFile { .. })
        && d.file == "data.xlsx"));
    let (ds, diags) = run(&[
        ("pegawai.csv", vec![0x00, 0x01, 0x02, 0xff, 0x00]),
        ("kebutuhan.csv", NEEDS.as_bytes().to_vec()),
    ]);
    assert!(ds.is_none());
    assert!(diags.iter().any(|d| d.is_error()
        && matches!(d.kind, K::UnreadableFile { .. })
        && d.table == "pegawai"));
}

#[test]
fn people_without_a_need_row_are_outside_the_model_with_a_warning() {
    // A unit no table names, a jabatan no table names, and a known jabatan in a unit
    // without a need row for it: all three are kept, outside the model, warned.
    let ds = check(
        &pegawai(&[
            GOOD,
            "198001012005011002,Budi,U9,J1,01-01-2020",
            "198001012005011003,Cici,U1,J9,01-01-2020",
            "198001012005011004,Dedi,U2,J1,01-01-2020",
        ]),
        &[
            (W, K::NoNeedRow, "pegawai", Some(3), Some("kode_jabatan")),
            (W, K::NoNeedRow, "pegawai", Some(4), Some("kode_jabatan")),
        ],
    )
    .expect("accepted with warnings");
    assert_eq!(ds.employees.len(), 4);
    let summary = ImportSummary::of(&ds, &[]);
    assert_eq!((summary.employees, summary.in_model), (4, 2));
    let groups: Vec<(&str, &str, Vec<u32>)> = summary
        .outside
        .iter()
        .map(|s| {
            (
                s.kode_unit.as_str(),
                s.kode_jabatan.as_str(),
                s.rows.clone(),
            )
        })
        .collect();
    assert_eq!(groups, vec![("U1", "J9", vec![4]), ("U9", "J1", vec![3])]);
    // The missing need rows come back as a file the import reads once filled in.
    let file = summary.missing_needs_csv().unwrap();
    let text = String::from_utf8(file.bytes).unwrap();
    assert!(text.starts_with("kode_unit,nama_unit,kode_jabatan,nama_jabatan,kebutuhan,bezetting\n"));
    let filled = text.replace("J9,,1", "J9,2,1").replace("J1,,1", "J1,1,1");
    let needs = format!("{filled}U1,,J1,,2,\nU2,,J1,,1,\n");
    let (ds, diags) = run(&[
        (
            "pegawai.csv",
            pegawai(&[
                GOOD,
                "198001012005011002,Budi,U9,J1,01-01-2020",
                "198001012005011003,Cici,U1,J9,01-01-2020",
            ])
            .into_bytes(),
        ),
        ("kebutuhan.csv", needs.into_bytes()),
    ]);
    assert!(!diags.iter().any(|d| d.kind == K::NoNeedRow), "{diags:?}");
    let ds = ds.expect("the filled file imports");
    assert_eq!(ImportSummary::of(&ds, &diags).in_model, 3);
}

#[test]
fn missing_tmt_keeps_the_employee() {
    let ds = check(
        &pegawai(&[GOOD, "198001012005011002,Budi,U1,J1,"]),
        &[(W, K::MissingTmt, "pegawai", Some(3), Some("tmt_jabatan"))],
    )
    .unwrap();
    assert_eq!(ds.employees.len(), 2);
    assert_eq!(ds.employees[1].tmt_jabatan, None);
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let mut bytes = format!("{HEADER}\n198001012005011001,Andi S").into_bytes();
    bytes.push(0xFC); // ü in Windows-1252
    bytes.extend_from_slice(b"rya,U1,J1,01-01-2020\n");
    let (ds, diags) = run(&[
        ("pegawai.csv", bytes),
        ("kebutuhan.csv", NEEDS.as_bytes().to_vec()),
    ]);
    expect(&diags, &[(W, K::EncodingFallback, "pegawai", None, None)]);
    assert_eq!(ds.unwrap().employees[0].nama, "Andi Sürya");
}

#[test]
fn utf8_bom_is_ignored() {
    let csv = format!("\u{feff}{}", pegawai(&[GOOD]));
    let ds = check(&csv, &[]).unwrap();
    assert_eq!(ds.employees[0].nip, "198001012005011001");
}

#[test]
fn semicolons_with_decimal_commas() {
    let ds = check_needs(
        "kode_unit;kode_jabatan;kebutuhan;prioritas\r\nU1;J1;2,5;1,5\r\n",
        &[],
    )
    .unwrap();
    assert_eq!(ds.needs[0].kebutuhan, 2.5);
    assert_eq!(ds.needs[0].prioritas, 1.5);
}

#[test]
fn quoted_newlines_keep_row_numbers() {
    let csv = format!(
        "{HEADER}\r\n198001012005011001,\"Ani\r\nRahma, S.Pd.\",U1,J1,01-01-2020\r\n198001012005011002,Budi,U1,J1,kemarin\r\n"
    );
    let ds = check(
        &csv,
        &[(W, K::BadDate, "pegawai", Some(3), Some("tmt_jabatan"))],
    )
    .unwrap();
    // The quoted line break stays inside row 2, as the spreadsheet shows it.
    assert_eq!(ds.employees[0].nama, "Ani\r\nRahma, S.Pd.");
    assert_eq!(immovable_rows(&ds), vec![3]);
}

#[test]
fn siasn_headers_status_and_nip_facts() {
    let csv = "NIP BARU;NAMA;GELAR DEPAN;GELAR BELAKANG;UNOR ID;UNOR NAMA;JABATAN ID;JABATAN NAMA;TMT JABATAN;STATUS CPNS PNS;JENIS PEGAWAI NAMA;SATUAN KERJA KERJA NAMA;LAIN LAIN\n\
'198001012005012001;Siti;Dr.;M.Pd.;U1;SD 1;;Guru Kelas;1 Januari 2020;P;PNS Daerah;Dinas Pendidikan;x\n\
'198502022022212001;Rina;;;U1;SD 1;;guru  kelas;02-02-2022;;;Dinas Pendidikan;y\n";
    let needs = "kode_unit,nama_jabatan,kebutuhan\nU1,Guru Kelas,2\n";
    let (ds, diags) = run(&[
        ("pegawai.csv", csv.as_bytes().to_vec()),
        ("kebutuhan.csv", needs.as_bytes().to_vec()),
    ]);
    let ds = ds.unwrap_or_else(|| panic!("{diags:?}"));
    let e = &ds.employees;
    assert_eq!(e[0].nama, "Dr. Siti, M.Pd.");
    assert_eq!(e[0].kode_jabatan, "guru kelas");
    assert_eq!(e[1].kode_jabatan, "guru kelas");
    assert_eq!(e[0].status, Status::Pns);
    assert_eq!(e[1].status, Status::Pppk);
    assert_eq!(e[0].tanggal_lahir, seimbang_engine::Date::new(1980, 1, 1));
    assert_eq!(e[0].jenis_kelamin, Some(seimbang_engine::nip::Sex::Female));
    assert_eq!(ds.units[0].opd_kode.as_deref(), Some("Dinas Pendidikan"));
    assert_eq!(ds.units[0].nama_unit, "SD 1");
}

#[test]
fn numeric_nip_cells_in_a_workbook_are_reported() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Pegawai").unwrap();
    for (c, h) in HEADER.split(',').enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    sheet.write_number(1, 0, 198001012005011001.0).unwrap();
    sheet.write_string(2, 0, "198001012005011002").unwrap();
    for r in 1..=2 {
        sheet.write_string(r, 1, "A").unwrap();
        sheet.write_string(r, 2, "U1").unwrap();
        sheet.write_string(r, 3, "J1").unwrap();
        sheet.write_number(r, 4, 43831.0).unwrap();
    }
    let needs = book.add_worksheet();
    needs.set_name("kebutuhan").unwrap();
    for (c, h) in ["kode_unit", "kode_jabatan", "kebutuhan"]
        .iter()
        .enumerate()
    {
        needs.write_string(0, c as u16, *h).unwrap();
    }
    needs.write_string(1, 0, "U1").unwrap();
    needs.write_string(1, 1, "J1").unwrap();
    needs.write_number(1, 2, 2.5).unwrap();
    book.add_worksheet().set_name("Catatan").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let (ds, diags) = run(&[("data.xlsx", bytes)]);
    expect(
        &diags,
        &[
            (W, K::NipExponent, "pegawai", Some(2), Some("nip")),
            (
                W,
                K::UnknownTable {
                    accepted: vec![
                        "pegawai".into(),
                        "kebutuhan".into(),
                        "uraian_tugas".into(),
                        "unit".into(),
                        "kompatibilitas".into(),
                        "konflik".into(),
                        "syarat_jabatan".into(),
                        "kebutuhan_sementara".into(),
                    ],
                },
                "Catatan",
                None,
                None,
            ),
        ],
    );
    let ds = ds.unwrap();
    assert_eq!(ds.employees.len(), 2);
    assert_eq!(immovable_rows(&ds), vec![2]);
    assert_eq!(ds.employees[1].row, 3);
    assert_eq!(
        ds.employees[1].tmt_jabatan,
        seimbang_engine::Date::new(2020, 1, 1)
    );
    assert_eq!(ds.needs[0].kebutuhan, 2.5);
}

#[test]
fn bad_status_sex_period_and_bup() {
    let csv = format!(
        "{HEADER},jenis_pegawai,jenis_kelamin,bup\n{GOOD},honorer,,\n198001012005011002,B,U1,J1,01-01-2020,,X,\n198001012005011003,C,U1,J1,01-01-2020,,,58.5\n198001012005011004,D,U1,J1,01-01-2020,PPPK,P,60\n"
    );
    let ds = check(
        &csv,
        &[
            (W, K::BadStatus, "pegawai", Some(2), Some("jenis_pegawai")),
            (W, K::BadSex, "pegawai", Some(3), Some("jenis_kelamin")),
            (W, K::BadBup, "pegawai", Some(4), Some("bup")),
        ],
    )
    .unwrap();
    assert_eq!(ds.employees.len(), 4);
    assert_eq!(immovable_rows(&ds), vec![2, 3, 4]);
    assert_eq!(ds.employees[3].bup, Some(60));
    assert_eq!(ds.employees[3].status, Status::Pppk);
    let (_, diags) = run(&[
        ("pegawai.csv", pegawai(&[GOOD]).into_bytes()),
        (
            "uraian_tugas.csv",
            b"kode_unit,kode_jabatan,uraian_tugas,volume,satuan_periode,norma_waktu\nU1,J1,Mengajar,10,harian,60\nU1,J1,Rapat,2,kadang,60\n"
                .to_vec(),
        ),
    ]);
    expect(
        &diags,
        &[(
            W,
            K::BadPeriod,
            "uraian_tugas",
            Some(3),
            Some("satuan_periode"),
        )],
    );
}

#[test]
fn duplicate_need_rows_are_errors() {
    let ds = check_needs(
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\nU1,J1,3\n",
        &[(
            E,
            K::DuplicateSlot { rows: vec![2, 3] },
            "kebutuhan",
            Some(3),
            None,
        )],
    );
    assert!(ds.is_none());
}
