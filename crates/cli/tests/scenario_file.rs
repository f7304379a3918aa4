//! `--scenario FILE.seimbang.json`: the command reproduces a scenario exported by the
//! app (its data, parameters and adjustments) with the engine's figures: analysis.csv is
//! the scenario's analysis (the WKE and the need overrides applied) and the plan keeps
//! the locks and has the scenario's F.

use seimbang_engine::analysis_csv::analysis_csv;
use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
use seimbang_engine::plan::{Adjustments, Lock, NeedOverride, SlotKey};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::{Date, Params};
use seimbang_stored::{write_share, DatasetDto, ScenarioDto, DATASET_VERSION, SCENARIO_VERSION};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("seimbang-scenario-file-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn seimbang(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_seimbang"))
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn reproduces_the_apps_scenario() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 300));
    let params = Params {
        tanggal_acuan: Date::new(2027, 1, 1),
        wke_menit: 65_000.0,
        bup_default: 60,
        ..Params::default()
    };
    let plain = Scenario::new(
        Arc::new(ds.clone()),
        params.clone(),
        Adjustments::default(),
        Date::new(2026, 1, 1).unwrap(),
    )
    .unwrap();
    let slot = &plain.slots().slots[3];
    let adjustments = Adjustments {
        needs: vec![NeedOverride {
            slot: SlotKey::new(&slot.kode_unit, &slot.kode_jabatan),
            need: slot.need + 2.0,
            reason: String::new(),
        }],
        locks: vec![Lock {
            nip: plain.plan().unwrap().moves[0].nip.clone(),
            reason: String::new(),
        }],
        ..Adjustments::default()
    };
    let scenario = ScenarioDto {
        version: SCENARIO_VERSION,
        id: "s1".into(),
        name: "Uji".into(),
        note: String::new(),
        created: "2026-12-01T00:00:00Z".into(),
        updated: "2026-12-01T00:00:00Z".into(),
        fingerprint: "demo".into(),
        dataset_ref: String::new(),
        params: serde_json::to_value(&params).unwrap(),
        adjustments: serde_json::to_value(&adjustments).unwrap(),
        figures: None,
        moves: Vec::new(),
        plan: None,
    };
    let dataset = DatasetDto {
        version: DATASET_VERSION,
        fingerprint: "demo".into(),
        source: String::new(),
        dataset: serde_json::to_value(&ds).unwrap(),
    };
    let d = dir();
    let file = d.join("uji.seimbang.json");
    let stored = serde_json::to_vec(&dataset).unwrap();
    std::fs::write(&file, write_share(&scenario, &stored).unwrap()).unwrap();
    let expected = Scenario::new(
        Arc::new(ds),
        params,
        adjustments.clone(),
        Date::new(2026, 1, 1).unwrap(),
    )
    .unwrap();

    let (code, err) = seimbang(&[
        "analyze".as_ref(),
        "--scenario".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        d.join("analysis.csv").as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    let csv = std::fs::read_to_string(d.join("analysis.csv")).unwrap();
    assert_eq!(
        csv,
        analysis_csv(&expected.slots().slots, expected.before())
    );

    let (code, err) = seimbang(&[
        "balance".as_ref(),
        "--scenario".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        d.join("plan.csv").as_os_str(),
        "--summary".as_ref(),
        d.join("summary.json").as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    let plan = expected.plan().unwrap();
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["moves"], plan.moves.len());
    assert!((summary["objective"].as_f64().unwrap() - plan.objective).abs() < 1e-9);
    assert!((summary["objective_before"].as_f64().unwrap() - plan.objective_before).abs() < 1e-9);
    let rows = std::fs::read_to_string(d.join("plan.csv")).unwrap();
    assert!(
        !rows.contains(&adjustments.locks[0].nip),
        "the lock is kept"
    );

    let (code, err) = seimbang(&[
        "balance".as_ref(),
        "--scenario".as_ref(),
        file.as_os_str(),
        "--params".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        d.join("x.csv").as_os_str(),
    ]);
    assert_eq!(
        code, 2,
        "--scenario and --params together are refused: {err}"
    );
}
