//! The one door from users' files to a dataset, used by the app and the CLI alike:
//! bytes of CSV files and/or workbooks in, a validated `Dataset` with its warnings and a
//! fingerprint out — or every error that stopped the import (the caller then keeps the
//! user's previous data untouched).

use crate::columns::TableKind;
use crate::dataset::Dataset;
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use crate::fingerprint::fingerprint;
use crate::read::{self, RawTable};
use crate::validate::validate;
use serde::{Deserialize, Serialize};

pub use crate::read::InputFile;

/// A successful import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Imported {
    pub dataset: Dataset,
    /// Warnings only (rows skipped, defaults applied, employees outside the model).
    pub diagnostics: Vec<Diagnostic>,
    /// Stable hash of the input files' names and bytes (order of files irrelevant).
    pub fingerprint: String,
}

/// Why an import was refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportFailure {
    /// Structural problems; `warnings` are the other findings, for a complete report.
    #[error("{} problem(s) stop the import", errors.len())]
    Rejected {
        errors: Vec<Diagnostic>,
        warnings: Vec<Diagnostic>,
    },
}

impl ImportFailure {
    /// The errors.
    pub fn errors(&self) -> &[Diagnostic] {
        match self {
            ImportFailure::Rejected { errors, .. } => errors,
        }
    }

    /// The warnings found along the way.
    pub fn warnings(&self) -> &[Diagnostic] {
        match self {
            ImportFailure::Rejected { warnings, .. } => warnings,
        }
    }
}

/// Import a dataset from files: CSVs named after their tables, workbooks whose sheets
/// are named after tables, or a mix. Table names match case-insensitively with spaces,
/// underscores and dots alike.
pub fn import(files: &[InputFile]) -> Result<Imported, ImportFailure> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut raw: Vec<(TableKind, RawTable)> = Vec::new();
    let wanted = |name: &str| TableKind::from_name(name).is_some();
    for file in files {
        let outcome = match read::read_file(file, &wanted) {
            Ok(o) => o,
            Err(d) => {
                diags.push(*d);
                continue;
            }
        };
        diags.extend(outcome.warnings);
        for table in outcome.tables {
            let Some(kind) = TableKind::from_name(&table.name) else {
                diags.push(Diagnostic::table(
                    Severity::Warning,
                    &table.file,
                    &table.name,
                    K::UnknownTable {
                        accepted: TableKind::names(),
                    },
                ));
                continue;
            };
            if let Some((_, first)) = raw.iter().find(|(k, _)| *k == kind) {
                diags.push(Diagnostic::table(
                    Severity::Error,
                    &table.file,
                    kind.name(),
                    K::DuplicateTable {
                        other_file: first.file.clone(),
                    },
                ));
                continue;
            }
            raw.push((kind, table));
        }
    }
    let unreadable = diags.iter().any(Diagnostic::is_error);
    let has = |k: TableKind| raw.iter().any(|(r, _)| *r == k);
    if !unreadable {
        if !has(TableKind::Pegawai) {
            diags.push(missing_table(&[TableKind::Pegawai]));
        }
        if !has(TableKind::Kebutuhan) && !has(TableKind::UraianTugas) {
            diags.push(missing_table(&[
                TableKind::Kebutuhan,
                TableKind::UraianTugas,
            ]));
        }
    }
    let tables: Vec<(TableKind, &RawTable)> = raw.iter().map(|(k, t)| (*k, t)).collect();
    let (dataset, found) = validate(&tables);
    diags.extend(found);
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diags.into_iter().partition(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(ImportFailure::Rejected { errors, warnings });
    }
    Ok(Imported {
        dataset,
        diagnostics: warnings,
        fingerprint: fingerprint(files.iter().map(|f| (f.name.as_str(), f.bytes.as_slice()))),
    })
}

fn missing_table(kinds: &[TableKind]) -> Diagnostic {
    let names: Vec<String> = kinds.iter().map(|k| k.name().to_string()).collect();
    Diagnostic::table(
        Severity::Error,
        "",
        &names.join(" / "),
        K::MissingTable {
            accepted: names.clone(),
        },
    )
}
