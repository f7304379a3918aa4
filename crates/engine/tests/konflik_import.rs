//! The v2 `konflik` table as offices would write it: read beside the demo's files, its
//! unit codes folded like every other table's, rows naming nobody in the data skipped
//! with a warning on their row, and without the table nothing changes.

use seimbang_engine::demo::{generate, write_csv, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::diagnostic::DiagnosticKind;
use seimbang_engine::import::{import, InputFile};

fn files(extra: Option<String>) -> Vec<InputFile> {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    let mut files: Vec<InputFile> = write_csv(&ds, CsvStyle::Plain)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect();
    if let Some(text) = extra {
        files.push(InputFile::new("konflik.csv", text.into_bytes()));
    }
    files
}

#[test]
fn conflicts_are_read_and_rows_naming_nobody_are_warned_about() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    let (nip, unit) = (&ds.employees[3].nip, &ds.employees[10].kode_unit);
    // The unit as someone typed it: lower case, spaces around.
    let text = format!(
        "nip;kode_unit;alasan\n'{nip};  {} ;suami kepala unit\n199001012020011999;{unit};x\n{nip};U-TIDAK-ADA;y\n",
        unit.to_lowercase()
    );
    let imported = import(&files(Some(text))).expect("accepted");
    let k = &imported.dataset.konflik;
    assert_eq!(k.len(), 1);
    assert_eq!((&k[0].nip, &k[0].kode_unit), (nip, unit));
    assert_eq!(k[0].alasan, "suami kepala unit");
    let warned: Vec<u32> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnknownConflict)
        .filter_map(|d| d.row)
        .collect();
    assert_eq!(warned, vec![3, 4]);
}

#[test]
fn without_the_table_the_dataset_is_as_before() {
    let with = import(&files(Some("nip;kode_unit\n".into()))).expect("an empty table is fine");
    let without = import(&files(None)).expect("accepted");
    assert!(without.dataset.konflik.is_empty());
    assert!(with.dataset.konflik.is_empty());
    assert_eq!(with.dataset.employees, without.dataset.employees);
}
