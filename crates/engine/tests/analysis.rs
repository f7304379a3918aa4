//! Indicators (EJ/PJ boundaries, balanced share, OPD aggregation, analysis.csv) and the
//! retirement projection, on small hand-checked cases.

use seimbang_engine::analysis::{is_balanced, Indicators};
use seimbang_engine::analysis_csv::analysis_csv;
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::pj::{Pj, PjTable};
use seimbang_engine::projection::project;
use seimbang_engine::slot::{NeedSource, Slot, SlotTable};
use seimbang_engine::{Dataset, Date};

fn slot(unit: &str, jabatan: &str, opd: &str, need: f64, x: u32) -> Slot {
    Slot {
        kode_unit: unit.into(),
        kode_jabatan: jabatan.into(),
        nama_jabatan: jabatan.into(),
        opd: opd.into(),
        need,
        priority: 1.0,
        bezetting: x,
        source: NeedSource::Given,
        jatuh_tempo: 0,
    }
}

#[test]
fn pj_boundaries_follow_permendagri_12_2008() {
    let t = PjTable::default();
    let cases = [
        (1.01, Pj::A),
        (1.5, Pj::A),
        (1.004, Pj::B),
        (1.0, Pj::B),
        (0.9, Pj::B),
        (0.895, Pj::B),
        (0.8949, Pj::C),
        (0.89, Pj::C),
        (0.7, Pj::C),
        (0.69, Pj::D),
        (0.5, Pj::D),
        (0.4949, Pj::E),
        (0.0, Pj::E),
    ];
    for (ej, pj) in cases {
        assert_eq!(t.category(ej), pj, "EJ {ej}");
    }
    // EJ computed as n / x lands on the boundaries exactly.
    assert_eq!(t.category(9.0 / 10.0), Pj::B);
    assert_eq!(t.category(7.0 / 10.0), Pj::C);
    assert_eq!(t.category(2.1 / 3.0), Pj::C);
    assert_eq!(t.category(5.0 / 10.0), Pj::D);
    // A user-edited table.
    let strict = PjTable {
        a_above: 1.2,
        b_from: 1.0,
        c_from: 0.8,
        d_from: 0.6,
        decimals: None,
    };
    assert!(strict.validate().is_ok());
    assert_eq!(strict.category(1.1), Pj::B);
    assert_eq!(strict.category(0.599), Pj::E);
    let broken = PjTable {
        b_from: 2.0,
        ..PjTable::default()
    };
    assert!(broken.validate().is_err());
}

#[test]
fn balanced_slots_and_their_share() {
    assert!(is_balanced(2.5, 2) && is_balanced(2.5, 3));
    assert!(!is_balanced(2.5, 4) && !is_balanced(2.5, 1));
    assert!(is_balanced(3.0, 3) && !is_balanced(3.0, 2));
    assert!(is_balanced(0.0, 0) && is_balanced(0.4, 1) && is_balanced(0.4, 0));
    let slots = [
        slot("U1", "J1", "O1", 2.5, 2),
        slot("U1", "J2", "O1", 2.5, 3),
        slot("U2", "J1", "O1", 2.5, 4),
        slot("U3", "J1", "O2", 3.0, 3),
        slot("U3", "J2", "O2", 0.0, 0),
    ];
    let x: Vec<u32> = slots.iter().map(|s| s.bezetting).collect();
    let ind = Indicators::of(&slots, &x, &PjTable::default());
    assert_eq!(ind.total.seimbang, 4);
    assert_eq!(ind.total.balanced_share(), Some(0.8));
    assert_eq!(ind.slots[4].ej, None);
    assert_eq!(ind.slots[4].pj, None);
}

#[test]
fn units_and_opds_aggregate_without_netting() {
    let slots = [
        slot("U1", "J1", "O1", 4.0, 2), // short 2
        slot("U1", "J2", "O1", 1.0, 3), // over 2
        slot("U2", "J1", "O1", 2.0, 2),
        slot("U3", "J1", "O2", 5.0, 0), // short 5, no staff
    ];
    let x: Vec<u32> = slots.iter().map(|s| s.bezetting).collect();
    let ind = Indicators::of(&slots, &x, &PjTable::default());
    let o1 = &ind.opds[0];
    assert_eq!(o1.0, "O1");
    assert_eq!(o1.1.slots, 3);
    assert_eq!(o1.1.bezetting, 7);
    assert_eq!(o1.1.kebutuhan, 7.0);
    assert_eq!(o1.1.selisih, 0.0);
    assert_eq!(o1.1.kekurangan, 2.0);
    assert_eq!(o1.1.kelebihan, 2.0);
    assert_eq!(o1.1.ej, Some(1.0));
    assert_eq!(o1.1.pj, Some(Pj::B));
    let u1 = &ind.units[0];
    assert_eq!((u1.0.as_str(), u1.1.ej), ("U1", Some(1.0)));
    let o2 = &ind.opds[1];
    assert_eq!((o2.1.ej, o2.1.kekurangan), (None, 5.0));
    assert_eq!(ind.total.kekurangan, 7.0);
    assert_eq!(ind.total.kelebihan, 2.0);
    assert_eq!(ind.total.bezetting, 7);
    // Imbalance term: (2-4)^2/4 + (3-1)^2/1 + 0 + (0-5)^2/5 = 1 + 4 + 5.
    assert!((ind.total.ketidakseimbangan - 10.0).abs() < 1e-12);
    // The same code for an after-plan vector: one move from U1/J2 to U1/J1.
    let after = Indicators::of(&slots, &[3, 2, 2, 0], &PjTable::default());
    assert_eq!(after.total.kekurangan, 6.0);
    assert_eq!(after.total.kelebihan, 1.0);
    assert_eq!(after.total.bezetting, 7);
}

#[test]
fn analysis_csv_matches_the_contract() {
    let slots = [
        slot("U1", "J1", "O,1", 2.5, 2),
        slot("U1", "J0", "O1", 1.0 / 3.0, 0),
        slot("U0", "J1", "", 0.0, 1),
    ];
    let x: Vec<u32> = slots.iter().map(|s| s.bezetting).collect();
    let ind = Indicators::of(&slots, &x, &PjTable::default());
    assert_eq!(
        analysis_csv(&slots, &ind),
        "kode_unit,kode_jabatan,opd_kode,bezetting,kebutuhan,selisih,ej,pj\n\
         U0,J1,,1,0,1,0,E\n\
         U1,J0,O1,0,0.333333,-0.333333,,\n\
         U1,J1,\"O,1\",2,2.5,-0.5,1.25,A\n"
    );
}

fn dataset(pegawai: &str, kebutuhan: &str) -> Dataset {
    import(&[
        InputFile::new("pegawai.csv", pegawai),
        InputFile::new("kebutuhan.csv", kebutuhan),
    ])
    .expect("valid")
    .dataset
}

#[test]
fn projection_counts_retirements_and_the_shortage_they_leave() {
    let ds = dataset(
        "nip,kode_unit,kode_jabatan,tmt_jabatan,tanggal_lahir,bup\n\
         196805172005011001,U1,J1,01-01-2020,,\n\
         196912032005011002,U1,J1,01-01-2020,,\n\
         196701102005011003,U2,J1,01-01-2020,,60\n\
         196703012005011004,U2,J1,01-01-2020,,\n\
         199001012015011005,U2,J2,01-01-2020,,\n",
        "kode_unit,kode_jabatan,kebutuhan,opd_kode\nU1,J1,2,O1\nU2,J1,1,O2\nU2,J2,1,O2\n",
    );
    let table = SlotTable::build(&ds, 75_000.0);
    let d = Date::new(2026, 1, 1).unwrap();
    let p = project(&ds, &table, 58, d, 5);
    // 1968-05-17 + 58 -> 2026-06-01; 1969-12-03 -> 2028-01-01; 1967-01-10 + 60 ->
    // 2027-02-01; 1967-03-01 + 58 -> 2025-04-01, already past: counted in 2026.
    assert_eq!(p.sudah_lewat_bup, 1);
    assert_eq!(p.tanpa_tanggal_lahir, 0);
    assert_eq!(p.kekurangan_awal, 0.0);
    let years: Vec<(i32, u32, u32, f64)> = p
        .years
        .iter()
        .map(|y| (y.year, y.pensiun, y.bezetting, y.kekurangan))
        .collect();
    assert_eq!(
        years,
        vec![
            (2026, 2, 3, 1.0),
            (2027, 1, 2, 2.0),
            (2028, 1, 1, 3.0),
            (2029, 0, 1, 3.0),
            (2030, 0, 1, 3.0),
        ]
    );
    let row = |year, opd: &str| {
        p.rows
            .iter()
            .find(|r| r.year == year && r.opd == opd && r.kode_jabatan == "J1")
            .unwrap()
    };
    assert_eq!(row(2026, "O2").pensiun, 1);
    assert_eq!(row(2027, "O2").pensiun_kumulatif, 2);
    assert_eq!(row(2027, "O2").kekurangan, 1.0);
    assert_eq!(row(2028, "O1").kekurangan, 2.0);
    // J2 loses nobody within the horizon: not listed.
    assert!(p.rows.iter().all(|r| r.kode_jabatan != "J2"));
}
