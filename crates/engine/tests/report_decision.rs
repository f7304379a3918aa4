//! The report says what the decision was made on and under, in words a PPK signs:
//! plain headings, flows between OPDs by name, temporary moves by name, parameters in
//! words, every adjustment with its reason.

mod fixture;

use fixture::{date, today, Builder};
use seimbang_engine::dataset::Dataset;
use seimbang_engine::lang::Lang;
use seimbang_engine::params::Params;
use seimbang_engine::plan::{self, Adjustments, Lock, NeedOverride, SlotKey};
use seimbang_engine::report::names::Names;
use seimbang_engine::report::{self, Table, Value};

/// Dinas A holds four analysts it does not need; Dinas B needs three, Dinas C one.
fn dataset() -> Dataset {
    let mut ds = Builder::new()
        .unit("A1", "A")
        .unit("B1", "B")
        .unit("C1", "C")
        .need("A1", "J", 0.0)
        .need("B1", "J", 3.0)
        .need("C1", "J", 1.0)
        .staff("A1", "J", 4)
        .build();
    for (u, name) in ds.units.iter_mut().zip(["Dinas A", "Dinas B", "Dinas C"]) {
        u.opd_nama = Some(name.into());
        u.nama_unit = format!("Bidang {}", &name[6..]);
    }
    ds.employees[0].nama = "Siti Aminah".into();
    ds
}

fn params() -> Params {
    Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    }
}

fn text(t: &Table, row: usize, header: &str) -> String {
    let c = t.headers.iter().position(|h| h == header).expect(header);
    match &t.rows[row][c] {
        Value::Text(s) | Value::Nip(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Date(d) => d.to_string(),
        Value::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn headings_are_words_not_code_names() {
    let ds = dataset();
    let p = plan::solve(&ds, &params(), today()).expect("a plan");
    let slots = seimbang_engine::slot::SlotTable::build(&ds, params().wke_menit);
    for lang in [Lang::Id, Lang::En] {
        let tables = [
            report::moves_table(&ds, &slots, &p, lang),
            report::analysis_table(&ds, &slots, &Default::default(), Some(&p), lang),
            report::temporary_table(&ds, &p, lang),
            report::flows_table(&report::flows(&ds, &p, lang), lang),
            report::parameters_table(&params(), today(), lang),
        ];
        for t in &tables {
            for h in &t.headers {
                assert!(!h.contains('_'), "{}: heading {h:?}", t.name);
                assert!(
                    h.starts_with(|c: char| c.is_uppercase()),
                    "{}: heading {h:?}",
                    t.name
                );
            }
        }
    }
}

#[test]
fn flows_between_opds_are_ranked_and_named() {
    let ds = dataset();
    let p = plan::solve(&ds, &params(), today()).expect("a plan");
    let flows = report::flows(&ds, &p, Lang::Id);
    let seen: Vec<(&str, &str, u32)> = flows
        .iter()
        .map(|f| (f.from_name.as_str(), f.to_name.as_str(), f.moves))
        .collect();
    assert_eq!(
        seen,
        vec![("Dinas A", "Dinas B", 3), ("Dinas A", "Dinas C", 1)]
    );
    let t = report::flows_table(&flows, Lang::Id);
    assert_eq!(text(&t, 0, "OPD asal"), "Dinas A");
    assert_eq!(text(&t, 0, "Perpindahan"), "3");
    assert_eq!(text(&t, 1, "Kode OPD tujuan"), "C");
}

#[test]
fn temporary_moves_name_the_person_and_both_slots() {
    let ds = dataset();
    let mut p = plan::solve(&ds, &params(), today()).expect("a plan");
    let m = p
        .moves
        .iter_mut()
        .find(|m| m.nip == ds.employees[0].nip)
        .expect("Siti moves");
    m.temporary = Some(plan::Temporary {
        until: date(2027, 6, 30),
        reason: "program bansos".into(),
    });
    let t = report::temporary_table(&ds, &p, Lang::Id);
    assert_eq!(t.rows.len(), 1, "only the temporary move");
    assert_eq!(text(&t, 0, "Nama"), "Siti Aminah");
    assert_eq!(text(&t, 0, "Dari"), "J, Bidang A");
    assert!(text(&t, 0, "Ke").starts_with("J, Bidang "));
    assert_eq!(text(&t, 0, "Sampai"), "2027-06-30");
    assert_eq!(text(&t, 0, "Alasan"), "program bansos");
}

#[test]
fn parameters_are_written_in_words_and_the_language_s_numbers() {
    let p = Params {
        maks_pindah: Some(100),
        biaya_pindah: 0.25,
        ..params()
    };
    let check = |lang: Lang, label: &str, want: &str| {
        let t = report::parameters_table(&p, date(2026, 12, 31), lang);
        let row = (0..t.rows.len())
            .find(|&r| text(&t, r, lang.pick("Parameter", "Parameter")) == label)
            .unwrap_or_else(|| panic!("{label}"));
        assert_eq!(text(&t, row, lang.pick("Nilai", "Value")), want, "{label}");
    };
    check(Lang::Id, "Tanggal acuan", "31 Desember 2026");
    check(Lang::Id, "Jumlah pindah maksimal", "100");
    check(Lang::Id, "Keluar OPD maksimal (%)", "tanpa batas");
    check(Lang::Id, "Biaya satu perpindahan", "0,25");
    check(Lang::Id, "Waktu kerja efektif (menit/tahun)", "75.000");
    check(Lang::Id, "Lingkup tujuan", "semua OPD");
    check(Lang::En, "Cost of one move", "0.25");
    check(Lang::En, "Protect the source", "yes");
}

#[test]
fn the_adjustments_log_says_who_what_and_why() {
    let ds = dataset();
    let nip = ds.employees[0].nip.clone();
    let adj = Adjustments {
        locks: vec![Lock {
            nip: nip.clone(),
            reason: "sedang menangani audit".into(),
        }],
        needs: vec![NeedOverride {
            slot: SlotKey::new("B1", "J"),
            need: 2.5,
            reason: "ABK baru".into(),
        }],
        ..Adjustments::default()
    };
    let log = report::adjustments_log(&adj, &Names::of(&ds), Lang::Id);
    let t = report::adjustments_table(&log, Lang::Id);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(
        text(&t, 0, "Pegawai atau slot"),
        format!("Siti Aminah ({nip})")
    );
    assert_eq!(text(&t, 0, "Keputusan"), "dikunci di tempatnya");
    assert_eq!(text(&t, 0, "Alasan"), "sedang menangani audit");
    assert_eq!(text(&t, 1, "Pegawai atau slot"), "J, Bidang B");
    assert_eq!(text(&t, 1, "Rincian"), "2,5");
    let none = report::adjustments_table(&[], Lang::Id);
    assert_eq!(text(&none, 0, "Pegawai atau slot"), "tidak ada penyesuaian");
}
