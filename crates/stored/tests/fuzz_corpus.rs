//! The scenario-file fuzz target's body on stable. `fuzz/src/scenario_file.rs` is what
//! `cargo fuzz` runs; it is included here as it is, and every committed seed of
//! `fuzz/corpus/scenario_file/` goes through it, so the body cannot rot while nobody
//! runs the fuzzer. The seeds are real files (written by `examples/fuzz_seeds.rs`), and
//! the tests check that they read as the app reads them.
//!
//! `FUZZ_CORPUS=all cargo test -p seimbang-stored --test fuzz_corpus` replays every file
//! of the local corpus (grown by `scripts/fuzz.sh`), not only the seeds.

#[allow(dead_code)]
#[path = "../../../fuzz/src/common.rs"]
mod common;
#[path = "../../../fuzz/src/scenario_file.rs"]
mod scenario_file;

use seimbang_stored::{parse_dataset, parse_scenario, read_share, ReadError};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/scenario_file")
}

/// The committed seeds (`seed-*`), or with `FUZZ_CORPUS=all` the whole local corpus.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let all = std::env::var("FUZZ_CORPUS").is_ok_and(|v| v == "all");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir())
        .expect("the scenario_file corpus")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&p).expect("a readable seed"))
        })
        .filter(|(name, _)| all || name.starts_with("seed-"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir().display());
    files
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn seeds_replay_through_the_scenario_file_target() {
    for (name, bytes) in corpus() {
        eprintln!("scenario_file {name}");
        scenario_file::run(&bytes);
    }
}

#[test]
fn share_seeds_open_as_the_app_opens_them() {
    for name in [
        "seed-share-plain.seimbang.json",
        "seed-share-adjusted.seimbang.json",
    ] {
        let (scenario, stored) =
            read_share(seed(name).as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let dataset = stored.dataset;
        assert_eq!(dataset.employees.len(), 8, "{name}");
        let (params, adjustments) =
            seimbang_stored::settings_of(&scenario).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(params.tanggal_acuan.is_some(), "{name}");
        assert_eq!(adjustments.is_empty(), name.contains("plain"), "{name}");
    }
    let scenario = parse_scenario(&seed("seed-scenario.json")).expect("a stored scenario");
    assert!(seimbang_stored::settings_of(&scenario).is_ok());
    let migrated = parse_scenario(&seed("seed-scenario-v0.json")).expect("a v0 scenario");
    assert_eq!(migrated.moves.len(), 1);
    let dto = parse_dataset(&seed("seed-dataset.json")).expect("a stored dataset");
    assert!(seimbang_stored::dataset_of(&dto).is_ok());
}

#[test]
fn a_share_file_of_a_newer_app_is_refused_as_newer() {
    let newer = seed("seed-share-plain.seimbang.json").replacen(
        "\"kind\":\"seimbang-scenario\",\"version\":1",
        "\"kind\":\"seimbang-scenario\",\"version\":2",
        1,
    );
    assert_eq!(read_share(newer.as_bytes()), Err(ReadError::Newer(2)));
}
