//! The typed readers and writers the worker uses: what they write reads back as the same
//! engine values, and what a newer app wrote is refused as newer, not as damaged.

use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
use seimbang_stored::{
    parse_dataset, read_dataset, read_share, write_dataset, write_share, ReadError, ScenarioDto,
    SCENARIO_VERSION,
};

fn scenario() -> ScenarioDto {
    ScenarioDto {
        version: SCENARIO_VERSION,
        id: "s1".into(),
        name: "Uji".into(),
        note: String::new(),
        created: "2026-01-01T00:00:00.000Z".into(),
        updated: "2026-01-01T00:00:00.000Z".into(),
        fingerprint: "demo".into(),
        dataset_ref: String::new(),
        params: serde_json::json!({}),
        adjustments: serde_json::Value::Null,
        figures: None,
        moves: Vec::new(),
        plan: None,
    }
}

#[test]
fn a_written_dataset_and_share_file_read_back_the_same() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 120));
    let stored = write_dataset("demo", "pegawai.csv", &ds).unwrap();
    let back = read_dataset(&stored).unwrap();
    assert_eq!(
        (back.fingerprint.as_str(), back.source.as_str()),
        ("demo", "pegawai.csv")
    );
    assert_eq!(back.dataset, ds);
    // The listing reader agrees with the typed one.
    let dto = parse_dataset(std::str::from_utf8(&stored).unwrap()).unwrap();
    assert_eq!(seimbang_stored::dataset_of(&dto).unwrap(), ds);

    let share = write_share(&scenario(), &stored).unwrap();
    let (s, d) = read_share(&share).unwrap();
    assert_eq!(s, scenario());
    assert_eq!(d.dataset, ds);
}

#[test]
fn newer_versions_are_refused_as_newer_and_garbage_as_damaged() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 20));
    let stored = String::from_utf8(write_dataset("demo", "", &ds).unwrap()).unwrap();
    let newer = stored.replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(read_dataset(newer.as_bytes()), Err(ReadError::Newer(2)));
    let share = write_share(&scenario(), newer.as_bytes()).unwrap();
    assert_eq!(read_share(&share), Err(ReadError::Newer(2)));
    // A newer dataset whose shape changed still says newer.
    let reshaped = r#"{"version":3,"fingerprint":"x","dataset":{"pegawai":[]}}"#;
    assert_eq!(read_dataset(reshaped.as_bytes()), Err(ReadError::Newer(3)));
    assert!(matches!(
        read_share(b"not json"),
        Err(ReadError::Corrupt(_))
    ));
    assert!(matches!(
        write_share(&scenario(), b"[1]"),
        Err(ReadError::Corrupt(_))
    ));
}
