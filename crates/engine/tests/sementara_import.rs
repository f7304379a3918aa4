//! The v2 `kebutuhan_sementara` table as offices would write it, beside the demo's
//! files: several accepted jabatan, decimal commas, dates as Indonesians write them,
//! unit codes folded; a row naming no unit, asking for nobody or ending before it starts
//! is skipped with a warning on its row.

use seimbang_engine::demo::{generate, write_csv, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::diagnostic::DiagnosticKind;
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::Date;

fn files(extra: &str) -> Vec<InputFile> {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    let mut files: Vec<InputFile> = write_csv(&ds, CsvStyle::Plain)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect();
    files.push(InputFile::new(
        "Kebutuhan Sementara.csv",
        extra.as_bytes().to_vec(),
    ));
    files
}

#[test]
fn temporary_needs_are_read_and_bad_rows_are_warned_about() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    let unit = &ds.units[1].kode_unit;
    let (j1, j2) = (&ds.needs[0].kode_jabatan, &ds.needs[1].kode_jabatan);
    let text = format!(
        "kode_unit;jabatan_diterima;tambahan;mulai;selesai;prioritas;keterangan\n\
          {} ;{j1} | {j2};1,5;1 Maret 2026;31-08-2026;2;program bansos\n\
         U-TIDAK-ADA;{j1};1;01-03-2026;31-08-2026;;x\n\
         {unit};{j1};0;01-03-2026;31-08-2026;;x\n\
         {unit};{j1};1;01-09-2026;31-08-2026;;x\n\
         {unit};{j1};1;01-03-2026;;;x\n",
        unit.to_lowercase()
    );
    let imported = import(&files(&text)).expect("accepted");
    let k = &imported.dataset.sementara;
    assert_eq!(k.len(), 1);
    assert_eq!(&k[0].kode_unit, unit);
    assert_eq!(k[0].jabatan_diterima, vec![j1.clone(), j2.clone()]);
    assert_eq!(k[0].tambahan, 1.5);
    assert_eq!(k[0].prioritas, 2.0);
    assert_eq!(
        (k[0].mulai, k[0].selesai),
        (
            Date::new(2026, 3, 1).unwrap(),
            Date::new(2026, 8, 31).unwrap()
        )
    );
    assert_eq!(k[0].keterangan, "program bansos");
    let warned = |kind: DiagnosticKind| -> Vec<u32> {
        imported
            .diagnostics
            .iter()
            .filter(|d| d.kind == kind && d.table == "kebutuhan_sementara")
            .filter_map(|d| d.row)
            .collect()
    };
    assert_eq!(warned(DiagnosticKind::UnknownTemporaryUnit), vec![3]);
    assert_eq!(warned(DiagnosticKind::BadTemporaryNeed), vec![4, 5]);
    assert_eq!(warned(DiagnosticKind::MissingValue), vec![6]);
}
