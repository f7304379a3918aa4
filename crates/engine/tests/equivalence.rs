//! The same data as plain CSV, SIASN-style CSV and one XLSX workbook imports to the
//! same `Dataset` — and to the dataset it was written from.

mod support;

use seimbang_engine::import::import;
use support::forms;

#[test]
fn three_forms_one_dataset() {
    let source = forms::sample(3_000, 7);
    let mut imported = Vec::new();
    for (form, files) in [
        ("plain CSV", forms::plain_csv(&source)),
        ("SIASN CSV", forms::siasn_csv(&source)),
        ("XLSX", forms::xlsx(&source)),
    ] {
        let ok = import(&files)
            .unwrap_or_else(|f| panic!("{form}: {:#?}", &f.errors()[..f.errors().len().min(5)]));
        assert!(
            ok.diagnostics.iter().all(|d| matches!(
                d.kind,
                seimbang_engine::diagnostic::DiagnosticKind::MissingTmt
            )),
            "{form}: unexpected warnings {:#?}",
            ok.diagnostics
                .iter()
                .filter(|d| !matches!(
                    d.kind,
                    seimbang_engine::diagnostic::DiagnosticKind::MissingTmt
                ))
                .take(5)
                .collect::<Vec<_>>()
        );
        imported.push((form, ok.dataset));
    }
    for (form, ds) in &imported {
        assert_eq!(ds.employees.len(), source.employees.len(), "{form}");
        for (a, b) in ds.employees.iter().zip(&source.employees) {
            assert_eq!(a, b, "{form}");
        }
        assert_eq!(ds.units, source.units, "{form}");
        assert_eq!(ds.needs, source.needs, "{form}");
        assert_eq!(ds.tasks, source.tasks, "{form}");
        assert_eq!(ds.compatibility, source.compatibility, "{form}");
        assert_eq!(*ds, source, "{form}");
    }
}
