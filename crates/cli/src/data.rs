//! Loading a dataset for a command: a folder of CSVs (`pegawai.csv`, `kebutuhan.csv`,
//! ...) or one workbook, read from disk and handed to the engine's import as bytes —
//! the same import the app uses. Diagnostics go to stderr in the user's language:
//! English when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first set) starts with `en`,
//! Bahasa Indonesia otherwise. At most `PER_KIND` diagnostics of one kind are printed,
//! then a count of the rest.

use crate::CliError;
use seimbang_engine::diagnostic::Diagnostic;
use seimbang_engine::import::{import, Imported, InputFile};
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::lang::Lang;
use seimbang_engine::Params;
use std::collections::BTreeMap;
use std::path::Path;

const PER_KIND: usize = 20;

/// The user's language from the environment.
pub fn lang() -> Lang {
    let var = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if var.to_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::Id
    }
}

/// Diagnostics as text lines, at most `PER_KIND` per kind.
pub fn render(diags: &[Diagnostic], lang: Lang) -> String {
    let mut shown: BTreeMap<String, usize> = BTreeMap::new();
    let mut lines = Vec::new();
    for d in diags {
        let kind = format!("{:?}", std::mem::discriminant(&d.kind));
        let n = shown.entry(kind).or_insert(0);
        *n += 1;
        if *n <= PER_KIND {
            lines.push(d.describe(lang));
        }
    }
    let hidden: usize = shown.values().map(|n| n.saturating_sub(PER_KIND)).sum();
    if hidden > 0 {
        lines.push(match lang {
            Lang::Id => format!("... dan {hidden} masalah serupa lainnya."),
            Lang::En => format!("... and {hidden} more of the same kinds."),
        });
    }
    lines.join("\n")
}

/// The import's figures and every (unit, jabatan) outside the model with its rows, so
/// no one outside the model goes unlisted however many warnings were cut.
pub fn summary(imported: &Imported, lang: Lang) -> String {
    let summary = ImportSummary::of(&imported.dataset, &imported.diagnostics);
    let mut lines = vec![summary.headline(lang)];
    if !summary.outside.is_empty() {
        lines.push(
            lang.pick(
                "Di luar model (tambahkan baris kebutuhan bila mereka perlu dihitung):",
                "Outside the model (add need rows if they should be counted):",
            )
            .to_string(),
        );
        lines.extend(
            summary
                .outside_lines(lang)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
    }
    lines.join("\n")
}

/// The input files at `path`: every `.csv` of a folder, or one file.
fn files(path: &Path) -> Result<Vec<InputFile>, CliError> {
    let read =
        |p: &Path| std::fs::read(p).map_err(|e| CliError::Input(format!("{}: {e}", p.display())));
    let name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if path.is_dir() {
        let entries = std::fs::read_dir(path)
            .map_err(|e| CliError::Input(format!("{}: {e}", path.display())))?;
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension()
                        .is_some_and(|x| x.to_string_lossy().eq_ignore_ascii_case("csv"))
            })
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| Ok(InputFile::new(name(p), read(p)?)))
            .collect()
    } else {
        Ok(vec![InputFile::new(name(path), read(path)?)])
    }
}

/// Read and import the dataset at `path`; warnings are printed to stderr, errors
/// become a bad-input `CliError` carrying their text.
pub fn load(path: &Path) -> Result<Imported, CliError> {
    let lang = lang();
    let files = files(path)?;
    match import(&files) {
        Ok(imported) => {
            if !imported.diagnostics.is_empty() {
                eprintln!("{}", render(&imported.diagnostics, lang));
            }
            eprintln!("{}", summary(&imported, lang));
            Ok(imported)
        }
        Err(failure) => {
            let mut all: Vec<Diagnostic> = failure.errors().to_vec();
            all.extend(failure.warnings().iter().cloned());
            Err(CliError::Input(render(&all, lang)))
        }
    }
}

/// Read `params.json` (defaults when no path is given).
pub fn load_params(path: Option<&Path>) -> Result<Params, CliError> {
    let Some(p) = path else {
        return Ok(Params::default());
    };
    let text =
        std::fs::read_to_string(p).map_err(|e| CliError::Input(format!("{}: {e}", p.display())))?;
    Params::from_json(&text).map_err(|e| CliError::Input(format!("{}: {e}", p.display())))
}
