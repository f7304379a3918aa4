//! The scenario store in headless Chromium: older stored versions migrate, newer ones
//! are refused, a damaged entry is set aside while the others load, and a full storage
//! refuses a save without touching what was saved.
#![cfg(target_arch = "wasm32")]

use seimbang_app::scenario::dto::{
    parse_dataset, parse_scenario, FiguresDto, MoveDto, ReadError, ScenarioDto, SCENARIO_VERSION,
};
use seimbang_app::scenario::local::{self, StorageError};
use seimbang_app::scenario::store::{self, entry_key};
use seimbang_app::scenario::working;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A scenario as the first prototype (version 0) stored it.
const V0: &str = r#"{
  "id": "old1",
  "name": "Rencana lama",
  "saved": "2025-03-01T08:00:00.000Z",
  "fingerprint": "demo-20250101",
  "params": {"maks_pindah": 25},
  "moves_count": 2,
  "objective": 12.5,
  "moves": [
    {"nip": "198001012005011001", "from": "U01/J1", "to": "U02/J1"},
    {"nip": "198502022010012002", "from": "U03/J2", "to": "U03/J4"}
  ]
}"#;

fn sample(id: &str, name: &str) -> ScenarioDto {
    ScenarioDto {
        version: SCENARIO_VERSION,
        id: id.into(),
        name: name.into(),
        note: "catatan".into(),
        created: "2026-01-01T00:00:00.000Z".into(),
        updated: "2026-01-01T00:00:00.000Z".into(),
        fingerprint: "demo-1".into(),
        dataset_ref: String::new(),
        params: serde_json::json!({"maks_pindah": 40}),
        adjustments: serde_json::Value::Null,
        figures: Some(FiguresDto {
            moves: 1,
            ..FiguresDto::default()
        }),
        moves: vec![MoveDto {
            nip: "1".into(),
            from_unit: "A".into(),
            from_jabatan: "J".into(),
            to_unit: "B".into(),
            to_jabatan: "J".into(),
            from_opd: "O1".into(),
            to_opd: "O2".into(),
        }],
        plan: None,
    }
}

fn clear() {
    for k in local::keys_with("seimbang.") {
        local::remove(&k);
    }
    for k in local::keys_with("junk.") {
        local::remove(&k);
    }
}

#[wasm_bindgen_test]
fn version_0_migrates_to_version_1() {
    let dto = parse_scenario(V0).expect("v0 reads");
    assert_eq!(dto.version, SCENARIO_VERSION);
    assert_eq!(dto.id, "old1");
    assert_eq!(dto.name, "Rencana lama");
    assert_eq!(dto.created, "2025-03-01T08:00:00.000Z");
    assert_eq!(dto.updated, dto.created);
    assert_eq!(dto.params["maks_pindah"], 25);
    let f = dto.figures.expect("figures");
    assert_eq!((f.moves, f.objective), (2, 12.5));
    assert_eq!(dto.moves[1].from_unit, "U03");
    assert_eq!(dto.moves[1].to_jabatan, "J4");
    // Stored as v0, listed as v1.
    clear();
    local::set(&entry_key("old1"), V0).unwrap();
    let listing = store::list();
    assert_eq!(listing.scenarios.len(), 1);
    assert!(listing.broken.is_empty());
    clear();
}

#[wasm_bindgen_test]
fn newer_versions_are_refused() {
    let mut v = serde_json::to_value(sample("n1", "Baru")).unwrap();
    v["version"] = 7.into();
    let json = v.to_string();
    assert_eq!(parse_scenario(&json), Err(ReadError::Newer(7)));
    let ds = r#"{"version": 9, "fingerprint": "x", "dataset": {}}"#;
    assert_eq!(parse_dataset(ds), Err(ReadError::Newer(9)));
    assert_eq!(
        working::parse(r#"{"version": 3, "fingerprint": "x", "params": {}}"#),
        Err(ReadError::Newer(3))
    );
    clear();
    local::set(&entry_key("n1"), &json).unwrap();
    let listing = store::list();
    assert_eq!(listing.broken.len(), 1);
    assert_eq!(listing.broken[0].error, ReadError::Newer(7));
    clear();
}

#[wasm_bindgen_test]
fn a_damaged_entry_is_set_aside_and_the_others_load() {
    clear();
    store::save(&sample("a", "A")).unwrap();
    store::save(&sample("b", "B")).unwrap();
    local::set(&entry_key("c"), "{not json").unwrap();
    local::set(&entry_key("b"), "[]").unwrap();
    let listing = store::list();
    let names: Vec<&str> = listing.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["A"]);
    let keys: Vec<&str> = listing.broken.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(keys, ["seimbang.scenario.b", "seimbang.scenario.c"]);
    clear();
}

#[wasm_bindgen_test]
fn save_delete_and_undo_keep_the_order() {
    clear();
    for (id, n) in [("a", "A"), ("b", "B"), ("c", "C")] {
        store::save(&sample(id, n)).unwrap();
    }
    let (dto, at) = store::delete("b").unwrap();
    assert_eq!(at, 1);
    assert_eq!(store::list().scenarios.len(), 2);
    store::save_at(&dto, at).unwrap();
    let names: Vec<String> = store::list()
        .scenarios
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["A", "B", "C"]);
    clear();
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_a_save_and_keeps_what_was_saved() {
    clear();
    store::save(&sample("a", "A")).unwrap();
    // Fill to the last few bytes: the largest pieces that still fit, halving.
    let mut i = 0;
    let mut n = 512 * 1024;
    while n >= 8 {
        let piece = "x".repeat(n);
        while local::set(&format!("junk.{i}"), &piece).is_ok() {
            i += 1;
            assert!(i < 2000, "no quota reached");
        }
        n /= 2;
    }
    let big = ScenarioDto {
        moves: vec![MoveDto::default(); 2000],
        ..sample("z", "Z")
    };
    assert_eq!(store::save(&big), Err(StorageError::Full));
    let listing = store::list();
    assert_eq!(listing.scenarios.len(), 1);
    assert_eq!(listing.scenarios[0].name, "A");
    assert!(local::get(&entry_key("z")).is_none());
    clear();
}
