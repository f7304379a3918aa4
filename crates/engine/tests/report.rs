//! Reports and exports: the workbook and CSV files read back (calamine, csv), NIPs kept as
//! text, formula-looking text inert, remaining shortages and the fairness audit on hand
//! cases, and the input template importing back without errors.

mod fixture;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use fixture::{date, today, Builder};
use seimbang_engine::dataset::{Dataset, Status};
use seimbang_engine::eligibility::{self, Eligibility, Reason, RuleSummary};
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::lang::Lang;
use seimbang_engine::nip::Sex;
use seimbang_engine::params::Params;
use seimbang_engine::pj::PjTable;
use seimbang_engine::plan::{self, Criterion, Move, MoveKind, Plan, SlotChange};
use seimbang_engine::projection;
use seimbang_engine::report::{
    self, audit, remaining_shortages, table_csv, tables_xlsx, template_xlsx, Dimension, Group,
    ReportInput,
};
use seimbang_engine::slot::{NeedSource, Slot, SlotTable};
use std::io::Cursor;

type Workbook = Xlsx<Cursor<Vec<u8>>>;

fn open(bytes: &[u8]) -> Workbook {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a readable workbook")
}

/// A sheet as rows of cells (header included).
fn sheet(wb: &mut Workbook, name: &str) -> Vec<Vec<Data>> {
    let range = wb.worksheet_range(name).expect("the sheet exists");
    range.rows().map(|r| r.to_vec()).collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    r.records()
        .map(|rec| rec.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

/// Names a spreadsheet would run as formulas, and plain ones.
const NAMES: [(&str, bool); 6] = [
    ("=HYPERLINK(\"http://x\",\"y\")", true),
    ("+1+1", true),
    ("-2", true),
    ("@SUM(A1)", true),
    ("Siti Aminah", false),
    ("Budi = Baik", false),
];

/// NIPs with leading digits a number would lose (one starts with 0).
const NIPS: [&str; 6] = [
    "019800101200501100",
    "196805172000031001",
    "197912312005012002",
    "198001012005011003",
    "199001012015032004",
    "198506302010011005",
];

/// U1 holds six people of jabatan J with no need; U2 needs six: six moves.
fn injection_dataset() -> Dataset {
    let mut b = Builder::new()
        .unit("U1", "OPD1")
        .unit("U2", "OPD1")
        .need("U1", "J", 0.0)
        .need("U2", "J", 6.0);
    for (i, (name, _)) in NAMES.iter().enumerate() {
        b = b.person("U1", "J", |e| {
            e.nip = NIPS[i].to_string();
            e.nama = name.to_string();
        });
    }
    b.build()
}

fn params() -> Params {
    Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    }
}

struct Scenario {
    ds: Dataset,
    slots: SlotTable,
    plan: Plan,
    eligibility: Vec<Eligibility>,
}

fn scenario(ds: Dataset) -> Scenario {
    let p = params();
    let slots = SlotTable::build(&ds, p.wke_menit);
    let plan = plan::solve(&ds, &p, today()).expect("solvable");
    let eligibility = eligibility::eligibility(&ds, &slots, &p, today());
    Scenario {
        ds,
        slots,
        plan,
        eligibility,
    }
}

#[test]
fn moves_export_keeps_nips_and_makes_formulas_inert() {
    let s = scenario(injection_dataset());
    assert_eq!(s.plan.moves.len(), NAMES.len());
    for lang in [Lang::Id, Lang::En] {
        let table = report::moves_table(&s.ds, &s.slots, &s.plan, lang);
        let bytes = tables_xlsx(std::slice::from_ref(&table)).expect("xlsx");
        let mut wb = open(&bytes);
        let rows = sheet(&mut wb, "usulan_mutasi");
        assert_eq!(
            rows.len(),
            1 + s.plan.moves.len(),
            "header + one row per move"
        );
        let formulas = wb.worksheet_formula("usulan_mutasi").expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "no cell is a formula"
        );
        let csv = csv_rows(&table_csv(&table).expect("csv").bytes);
        assert_eq!(csv.len(), rows.len());
        assert_eq!(csv[0].len(), rows[0].len());
        for (m, (xrow, crow)) in s.plan.moves.iter().zip(rows.iter().skip(1).zip(&csv[1..])) {
            // NIP: a string of 18 digits, exactly as given, in both forms.
            assert_eq!(xrow[0], Data::String(m.nip.clone()));
            assert_eq!(crow[0], m.nip);
            assert_eq!(m.nip.len(), 18);
            let name = &s.ds.employees[m.employee].nama;
            let risky = NAMES
                .iter()
                .find(|(n, _)| n == name)
                .expect("a fixture name")
                .1;
            assert_eq!(xrow[1], Data::String(name.clone()), "XLSX keeps the text");
            let want = if risky {
                format!("'{name}")
            } else {
                name.clone()
            };
            assert_eq!(crow[1], want, "CSV neutralises {name:?}");
            assert_eq!(crow[12], lang.pick("mutasi", "transfer"));
        }
    }
}

#[test]
fn moves_export_carries_every_reason_column() {
    let mut s = scenario(injection_dataset());
    s.plan.moves[0].temporary = Some(plan::Temporary {
        until: date(2026, 12, 31),
        reason: String::new(),
    });
    let t = report::moves_table(&s.ds, &s.slots, &s.plan, Lang::Id);
    let h = |name: &str| t.headers.iter().position(|x| x == name).expect(name);
    let m = &s.plan.moves[0];
    let row = &t.rows[0];
    use seimbang_engine::report::Value;
    assert_eq!(row[h("Kode unit asal")], Value::Text("U1".into()));
    assert_eq!(row[h("Kode unit tujuan")], Value::Text("U2".into()));
    assert_eq!(row[h("Jenis")], Value::Text("mutasi".into()));
    assert_eq!(row[h("Biaya")], Value::Decimal(m.cost));
    assert_eq!(row[h("Manfaat")], Value::Decimal(m.gain));
    assert_eq!(row[h("Kelayakan")], Value::Text(m.rules.describe(Lang::Id)));
    assert_eq!(row[h("Alasan")], Value::Text(m.explain(Lang::Id)));
    assert_eq!(row[h("Sementara sampai")], Value::Date(date(2026, 12, 31)));
    assert_eq!(t.rows[1][h("Sementara sampai")], Value::Empty);
}

#[test]
fn the_whole_report_has_one_sheet_and_one_csv_per_table() {
    let s = scenario(injection_dataset());
    let pj = PjTable::default();
    let proj = projection::project(&s.ds, &s.slots, 58, today(), 5);
    let with_plan = ReportInput {
        dataset: &s.ds,
        slots: &s.slots,
        pj: &pj,
        plan: Some(&s.plan),
        eligibility: &s.eligibility,
        projection: Some(&proj),
        reference: today(),
        context: None,
        conflicts: &[],
        requests: &[],
        temporary: None,
    };
    let without = ReportInput {
        plan: None,
        projection: None,
        ..with_plan
    };
    let params = Params::default();
    let adjustments = plan::Adjustments::default();
    let signed = ReportInput {
        context: Some(report::ReportContext {
            scenario: "Usulan 2027",
            source: "pegawai.csv",
            fingerprint: "abc",
            params: &params,
            adjustments: &adjustments,
        }),
        ..with_plan
    };
    let cases: [(&ReportInput, &[&str]); 3] = [
        (
            &signed,
            &[
                "ringkasan",
                "usulan_mutasi",
                "pindah_sementara",
                "arus_antar_opd",
                "analisis",
                "kekurangan_jabatan",
                "kekurangan_opd_jabatan",
                "proyeksi_pensiun",
                "proyeksi_pensiun_tahunan",
                "audit_keadilan",
                "parameter",
                "aturan",
                "penyesuaian",
            ],
        ),
        (
            &with_plan,
            &[
                "usulan_mutasi",
                "pindah_sementara",
                "arus_antar_opd",
                "analisis",
                "kekurangan_jabatan",
                "kekurangan_opd_jabatan",
                "proyeksi_pensiun",
                "proyeksi_pensiun_tahunan",
                "audit_keadilan",
            ],
        ),
        (
            &without,
            &["analisis", "kekurangan_jabatan", "kekurangan_opd_jabatan"],
        ),
    ];
    for (input, names) in cases {
        let bytes = report::report_xlsx(input, Lang::Id).expect("xlsx");
        assert_eq!(
            bytes,
            report::report_xlsx(input, Lang::Id).unwrap(),
            "same bytes"
        );
        let wb = open(&bytes);
        assert_eq!(wb.sheet_names(), names.to_vec());
        let files = report::report_csv(input, Lang::Id).expect("csv");
        let file_names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
        let want: Vec<String> = names.iter().map(|n| format!("{n}.csv")).collect();
        assert_eq!(file_names, want);
    }
    // Analysis: OPD1, U1, J@U1, U2, J@U2, total; after-columns only with a plan.
    let t = report::analysis_table(&s.ds, &s.slots, &pj, Some(&s.plan), Lang::Id);
    assert_eq!(t.rows.len(), 6);
    assert!(t.headers.contains(&"Bezetting sesudah".to_string()));
    let i = t
        .headers
        .iter()
        .position(|h| h == "Bezetting sesudah")
        .unwrap();
    use seimbang_engine::report::Value;
    assert_eq!(t.rows[4][i], Value::Int(6), "U2 after the plan");
    assert_eq!(t.rows[5][i], Value::Int(6), "total after the plan");
    let before = report::analysis_table(&s.ds, &s.slots, &pj, None, Lang::En);
    assert!(!before.headers.contains(&"Staff after".to_string()));
    assert!(before.headers.contains(&"Staff".to_string()));
    // Projection tables: every row of the projection.
    let [groups, years] = report::projection_tables(&s.ds, &proj, Lang::Id);
    assert_eq!(groups.rows.len(), proj.rows.len());
    assert_eq!(years.rows.len(), 5);
}

fn slot(unit: &str, opd: &str, jabatan: &str, need: f64) -> Slot {
    Slot {
        kode_unit: unit.into(),
        kode_jabatan: jabatan.into(),
        nama_jabatan: jabatan.into(),
        opd: opd.into(),
        need,
        priority: 1.0,
        bezetting: 0,
        source: NeedSource::Given,
        jatuh_tempo: 0,
    }
}

#[test]
fn remaining_shortages_count_whole_people_slot_by_slot() {
    let slots = SlotTable {
        slots: vec![
            slot("A", "O1", "guru", 2.3),             // x 1: short 1.3, formasi 2
            slot("B", "O1", "guru", 3.0),             // x 5: surplus, no help to A
            slot("C", "O2", "guru", 0.5),             // x 0: short 0.5, formasi 1
            slot("D", "O2", "perawat", 2.0000000001), // x 2: balanced
            slot("E", "O2", "perawat", 4.0),          // x 4: balanced
        ],
        employee_slot: vec![],
        outside: vec![],
    };
    let s = remaining_shortages(&slots, &[1, 5, 0, 2, 4]);
    assert_eq!(s.usulan_formasi, 3);
    assert!((s.kekurangan - 1.8).abs() < 1e-6);
    assert_eq!(s.per_jabatan.len(), 1, "perawat is not short");
    let g = &s.per_jabatan[0];
    assert_eq!(
        (
            g.kode_jabatan.as_str(),
            g.slots,
            g.slots_short,
            g.bezetting,
            g.usulan_formasi
        ),
        ("guru", 3, 2, 6, 3)
    );
    assert!((g.kebutuhan - 5.8).abs() < 1e-9);
    let by_opd: Vec<(Option<&str>, u32, f64)> = s
        .per_opd_jabatan
        .iter()
        .map(|r| (r.opd.as_deref(), r.usulan_formasi, r.kekurangan))
        .collect();
    assert_eq!(by_opd.len(), 2);
    assert_eq!((by_opd[0].0, by_opd[0].1), (Some("O1"), 2));
    assert!((by_opd[0].2 - 1.3).abs() < 1e-9);
    assert_eq!((by_opd[1].0, by_opd[1].1), (Some("O2"), 1));
    assert!((by_opd[1].2 - 0.5).abs() < 1e-9);
}

fn movable() -> Eligibility {
    Eligibility::Movable(RuleSummary {
        status: Status::Pns,
        months_in_position: 60,
        retirement: date(2040, 1, 1),
        months_to_retirement: 168,
    })
}

fn a_move(ds: &Dataset, employee: usize) -> Move {
    let change = |unit: &str| SlotChange {
        slot: 0,
        kode_unit: unit.into(),
        kode_jabatan: "J".into(),
        x0: 0,
        need: 0.0,
        after: 0,
    };
    Move {
        employee,
        nip: ds.employees[employee].nip.clone(),
        from: change("U1"),
        to: change("U2"),
        kind: MoveKind::Mutasi,
        cost: 0.1,
        gain: 1.0,
        rules: match movable() {
            Eligibility::Movable(r) => r,
            Eligibility::Immovable(_) => unreachable!(),
        },
        criterion: Criterion::Nip,
        due: false,
        forced: None,
        temporary: None,
        requested: false,
    }
}

fn plan_of(ds: &Dataset, movers: &[usize]) -> Plan {
    Plan {
        moves: movers.iter().map(|i| a_move(ds, *i)).collect(),
        bezetting: vec![],
        objective_before: 0.0,
        objective: 0.0,
        imbalance: 0.0,
        lower_bound: 0.0,
        exact: true,
        movable: 0,
        employees: ds.employees.len(),
        slots: 0,
    }
}

#[test]
fn the_audit_counts_groups_and_flags_marked_overrepresentation() {
    // 20 movable: 10 men (born 1980, III/a), 10 women (born 1996, II/c); two of the
    // women volunteered. One more woman is locked (not movable, not a mover); one man is
    // locked yet moved (forced), so he joins the population.
    let mut b = Builder::new()
        .unit("U1", "O")
        .unit("U2", "O")
        .need("U1", "J", 0.0);
    for i in 0..10 {
        b = b.person("U1", "J", |e| {
            e.jenis_kelamin = Some(Sex::Male);
            e.golongan = Some("III/a".into());
            e.nip = format!("19800101200501{:04}", 1000 + i);
        });
    }
    for i in 0..11 {
        b = b.person("U1", "J", |e| {
            e.jenis_kelamin = Some(Sex::Female);
            e.golongan = Some("II/c".into());
            e.tanggal_lahir = Some(date(1996, 6, 1));
            e.sukarela = i < 2;
            e.nip = format!("19960601202001{:04}", 2000 + i);
        });
    }
    b = b.person("U1", "J", |e| {
        e.jenis_kelamin = Some(Sex::Male);
        e.golongan = Some("IV/a".into());
        e.tanggal_lahir = Some(date(1970, 1, 1));
        e.nip = "197001011995031999".into();
    });
    let ds = b.build();
    let mut elig: Vec<Eligibility> = (0..ds.employees.len()).map(|_| movable()).collect();
    elig[20] = Eligibility::Immovable(vec![Reason::Locked]);
    elig[21] = Eligibility::Immovable(vec![Reason::Locked]);
    // Movers: women 10..16 (six, both volunteers among them), man 0, the forced man 21.
    let plan = plan_of(&ds, &[0, 10, 11, 12, 13, 14, 15, 21]);
    let a = audit(&ds, &elig, &plan, today());
    assert_eq!((a.movable, a.movers), (21, 8));
    let get = |d: Dimension, g: Group| {
        a.groups
            .iter()
            .find(|s| s.dimension == d && s.group == g)
            .unwrap_or_else(|| panic!("{d:?} {g:?}"))
    };
    // (dimension, group, movable, movers, flagged)
    let cases = [
        (Dimension::JenisKelamin, Group::Female, 10, 6, true),
        (Dimension::JenisKelamin, Group::Male, 11, 2, false),
        (Dimension::Golongan, Group::Golongan(2), 10, 6, true),
        (Dimension::Golongan, Group::Golongan(3), 10, 1, false),
        (Dimension::Golongan, Group::Golongan(4), 1, 1, false),
        (Dimension::Usia, Group::Under30, 10, 6, true),
        (Dimension::Usia, Group::Age40To49, 10, 1, false),
        (Dimension::Usia, Group::Age50Plus, 1, 1, false),
        (Dimension::Usia, Group::Age30To39, 0, 0, false),
        (Dimension::Sukarela, Group::Volunteer, 2, 2, false),
        (Dimension::Sukarela, Group::NotVolunteer, 19, 6, false),
    ];
    for (d, g, movable, movers, flagged) in cases {
        let s = get(d, g.clone());
        assert_eq!(
            (s.movable, s.movers, s.flagged),
            (movable, movers, flagged),
            "{d:?} {g:?}"
        );
    }
    let women = get(Dimension::JenisKelamin, Group::Female);
    assert!((women.rate.unwrap() - 0.6).abs() < 1e-12);
    assert!((women.share_movable.unwrap() - 10.0 / 21.0).abs() < 1e-12);
    assert!((women.share_movers.unwrap() - 0.75).abs() < 1e-12);
    assert_eq!(a.volunteers_honoured(), Some(1.0));
    assert_eq!(a.flagged().count(), 3);

    // The table: one overall row and one per group; the flag spelled out.
    let t = report::fairness_table(&a, Lang::Id);
    assert_eq!(t.rows.len(), 1 + a.groups.len());
    let bytes = tables_xlsx(std::slice::from_ref(&t)).unwrap();
    let rows = sheet(&mut open(&bytes), "audit_keadilan");
    let flagged = rows.iter().filter(|r| r[7] != Data::Empty).count();
    assert_eq!(flagged, 3 + 1, "three flags and the header");
}

#[test]
fn the_template_has_every_sheet_and_imports_back_without_errors() {
    for lang in [Lang::Id, Lang::En] {
        let bytes = template_xlsx(lang).expect("template");
        let mut wb = open(&bytes);
        assert_eq!(
            wb.sheet_names(),
            [
                "pegawai",
                "kebutuhan",
                "unit",
                "kompatibilitas",
                "uraian_tugas",
                "konflik",
                "syarat_jabatan",
                "kebutuhan_sementara",
                "petunjuk"
            ]
        );
        for kind in report::template::SHEETS {
            let rows = sheet(&mut wb, kind.name());
            let headers: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
            let want: Vec<&str> = kind.fields().iter().map(|f| f.short()).collect();
            assert_eq!(headers, want, "{}", kind.name());
            assert!(rows.len() >= 2, "{} has examples", kind.name());
            assert!(rows.len() <= 7, "{} has only a handful", kind.name());
        }
        let guide = sheet(&mut wb, "petunjuk");
        let fields: usize = report::template::SHEETS
            .iter()
            .map(|k| k.fields().len() + 1)
            .sum();
        assert_eq!(guide.len(), 1 + fields, "a row per table and per column");
        assert!(guide
            .iter()
            .any(|r| r.iter().any(|c| *c == Data::String("NIP BARU".into()))));

        let imported = import(&[InputFile::new("template.xlsx", bytes.clone())])
            .unwrap_or_else(|f| panic!("template refused: {:?}", f.errors()));
        let ds = &imported.dataset;
        let example = report::template::example_dataset();
        assert_eq!(ds.employees.len(), example.employees.len());
        assert_eq!(ds.needs.len(), example.needs.len());
        assert_eq!(ds.tasks.len(), example.tasks.len());
        assert_eq!(ds.compatibility.len(), example.compatibility.len());
        let nips: Vec<&str> = ds.employees.iter().map(|e| e.nip.as_str()).collect();
        let want: Vec<&str> = example.employees.iter().map(|e| e.nip.as_str()).collect();
        assert_eq!(nips, want);
    }
    let files = report::template::template_csv().expect("csv");
    let inputs: Vec<InputFile> = files
        .iter()
        .map(|f| InputFile::new(f.name.clone(), f.bytes.clone()))
        .collect();
    assert!(import(&inputs).is_ok(), "the CSV template imports too");
}
