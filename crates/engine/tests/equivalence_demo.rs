//! The demo generator's three forms (plain CSV, SIASN CSV, XLSX) of one generated city
//! import to the same `Dataset`, equal to the generated one.

use seimbang_engine::demo::{generate, write_csv, write_xlsx, CsvStyle, DemoSpec};
use seimbang_engine::diagnostic::DiagnosticKind;
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::Dataset;

fn files(named: Vec<(String, Vec<u8>)>) -> Vec<InputFile> {
    named
        .into_iter()
        .map(|(n, b)| InputFile::new(n, b))
        .collect()
}

fn first_difference(a: &Dataset, b: &Dataset) -> String {
    if let Some((x, y)) = a.employees.iter().zip(&b.employees).find(|(x, y)| x != y) {
        return format!("employee\n{x:#?}\n{y:#?}");
    }
    if let Some((x, y)) = a.units.iter().zip(&b.units).find(|(x, y)| x != y) {
        return format!("unit\n{x:#?}\n{y:#?}");
    }
    if let Some((x, y)) = a.needs.iter().zip(&b.needs).find(|(x, y)| x != y) {
        return format!("need\n{x:#?}\n{y:#?}");
    }
    if let Some((x, y)) = a.tasks.iter().zip(&b.tasks).find(|(x, y)| x != y) {
        return format!("task\n{x:#?}\n{y:#?}");
    }
    format!(
        "lengths: employees {} / {}, units {} / {}, needs {} / {}, tasks {} / {}, compat {} / {}",
        a.employees.len(),
        b.employees.len(),
        a.units.len(),
        b.units.len(),
        a.needs.len(),
        b.needs.len(),
        a.tasks.len(),
        b.tasks.len(),
        a.compatibility.len(),
        b.compatibility.len()
    )
}

#[test]
fn demo_forms_import_to_the_generated_dataset() {
    let source = generate(&DemoSpec::small(11, 3_000));
    let forms = [
        ("plain CSV", files(write_csv(&source, CsvStyle::Plain))),
        ("SIASN CSV", files(write_csv(&source, CsvStyle::Siasn))),
        (
            "XLSX",
            vec![InputFile::new("demo.xlsx", write_xlsx(&source).unwrap())],
        ),
    ];
    for (form, files) in forms {
        let imported = import(&files)
            .unwrap_or_else(|f| panic!("{form}: {:#?}", &f.errors()[..f.errors().len().min(5)]));
        let odd: Vec<_> = imported
            .diagnostics
            .iter()
            .filter(|d| {
                !matches!(
                    d.kind,
                    DiagnosticKind::MissingTmt | DiagnosticKind::NoNeedRow
                )
            })
            .take(5)
            .collect();
        assert!(odd.is_empty(), "{form}: {odd:#?}");
        assert!(
            imported.dataset == source,
            "{form}: {}",
            first_difference(&imported.dataset, &source)
        );
    }
}
