//! The reader fuzz targets' bodies on stable. The files under `fuzz/src/` are what
//! `cargo fuzz` runs; they are included here as they are, and every committed seed of
//! `fuzz/corpus/<target>/` goes through them, so a body cannot rot while nobody runs the
//! fuzzer. The seeds are real files (the demo writers' output), and the tests also check
//! that they import as users' files would, so the fuzzer starts from accepted input.
//!
//! `FUZZ_CORPUS=all cargo test --test fuzz_corpus` replays every file of the local
//! corpora (grown by `scripts/fuzz.sh`), not only the seeds.

#[allow(dead_code)]
#[path = "../../../fuzz/src/common.rs"]
mod common;
#[path = "../../../fuzz/src/csv_reader.rs"]
mod csv_reader;
#[path = "../../../fuzz/src/xlsx_reader.rs"]
mod xlsx_reader;
#[path = "../../../fuzz/src/xlsx_sheet.rs"]
mod xlsx_sheet;

use seimbang_engine::columns::TableKind;
use seimbang_engine::import::InputFile;
use std::path::PathBuf;

/// The committed seeds of a target (`seed-*`), or with `FUZZ_CORPUS=all` its whole
/// local corpus, as (file name, bytes), by name.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let all = std::env::var("FUZZ_CORPUS").is_ok_and(|v| v == "all");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
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
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
}

fn seed(target: &str, name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn csv_seeds_replay_through_the_csv_target() {
    for (name, bytes) in corpus("csv_reader") {
        eprintln!("csv_reader {name}");
        csv_reader::run(&bytes);
    }
}

#[test]
fn csv_seeds_are_a_dataset_users_could_hand_over() {
    for prefix in ["seed-", "seed-siasn-"] {
        let files: Vec<InputFile> = TableKind::ALL
            .iter()
            .map(|k| {
                let name = format!("{}.csv", k.name());
                InputFile::new(name.clone(), seed("csv_reader", &format!("{prefix}{name}")))
            })
            .collect();
        let imported = common::import_checked(&files)
            .unwrap_or_else(|f| panic!("{prefix}*.csv refused: {:?}", f.errors()));
        assert_eq!(imported.dataset.employees.len(), 8, "{prefix}*.csv");
        assert!(!imported.dataset.needs.is_empty() && !imported.dataset.tasks.is_empty());
        assert_eq!(imported.dataset.konflik.len(), 1, "{prefix}konflik.csv");
    }
}

#[test]
fn xlsx_seeds_replay_through_the_xlsx_target() {
    for (name, bytes) in corpus("xlsx_reader") {
        eprintln!("xlsx_reader {name}");
        xlsx_reader::run(&bytes);
    }
    let demo = InputFile::new("demo.xlsx", seed("xlsx_reader", "seed-demo.xlsx"));
    let imported = common::import_checked(&[demo]).expect("the demo workbook imports");
    assert_eq!(imported.dataset.employees.len(), 8);
}

#[test]
fn sheet_seeds_replay_through_the_structure_aware_target() {
    let parts = xlsx_sheet::parts();
    let seeds = corpus("xlsx_sheet");
    for (name, bytes) in &seeds {
        eprintln!("xlsx_sheet {name}");
        xlsx_sheet::run(bytes);
    }
    // Each part's seed is that part unchanged: the rebuilt workbook imports like the
    // template (same dataset), so the fuzzer starts from a readable workbook.
    let template = common::import_checked(&[InputFile::new("t.xlsx", xlsx_sheet::TEMPLATE)])
        .expect("the template imports")
        .dataset;
    for (i, (part, content)) in parts.iter().enumerate() {
        let mut input = vec![u8::try_from(i).expect("few parts")];
        input.extend_from_slice(content);
        let rebuilt = xlsx_sheet::workbook(&input);
        let dataset = common::import_checked(&[InputFile::new("t.xlsx", rebuilt)])
            .unwrap_or_else(|f| panic!("{part}: {:?}", f.errors()))
            .dataset;
        assert_eq!(dataset, template, "{part}");
    }
    if std::env::var("FUZZ_CORPUS").is_err() {
        assert_eq!(
            seeds.len(),
            parts.len(),
            "one seed per part of the template"
        );
    }
}
