//! The worker's jobs: the heavy work on a whole dataset that would freeze the page on a
//! large one (import, the stored form and reading it back, the report's files, the
//! template). Plain functions from a task and the held dataset to an answer, so they are
//! tested like the engine; IndexedDB itself is the worker's glue's (`entry`).

use super::request::{ExportJob, FileBytes, Task};
use super::response::{Imported, JobOutput, Restored};
use crate::scenario::datasets::stored_json;
use crate::scenario::dto::{ReadError, DATASET_VERSION};
use seimbang_engine::import::{import, ImportFailure, InputFile};
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::report::{report_csv, report_xlsx, template_xlsx, ReportContext};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::Dataset;
use serde::Deserialize;
use std::sync::Arc;

/// The report workbook's file name.
pub const REPORT_XLSX: &str = "seimbang-laporan.xlsx";
/// The template's file name.
pub const TEMPLATE_XLSX: &str = "seimbang-templat.xlsx";

/// Do `task` on the held dataset (`None`: the worker holds none, or another). Returns
/// the answer and, for an accepted import, the dataset to hold from now on.
pub fn perform(
    held: Option<&Arc<Dataset>>,
    task: Task,
) -> (Result<JobOutput, String>, Option<Dataset>) {
    match task {
        Task::Import { files } => import_files(files),
        // Needs IndexedDB, which only the worker's glue reaches (`Server::opened`).
        Task::Open { .. } => (Err("a stored dataset is opened by the worker".into()), None),
        Task::Store { content, source } => (
            need(held).and_then(|ds| {
                let json = stored_json(&content, &source, ds)?;
                Ok(JobOutput::ToStore { key: content, json })
            }),
            None,
        ),
        Task::Template { lang } => (
            template_xlsx(lang)
                .map(|bytes| {
                    JobOutput::Exported(vec![FileBytes {
                        name: TEMPLATE_XLSX.into(),
                        bytes,
                    }])
                })
                .map_err(|e| e.to_string()),
            None,
        ),
        Task::Export(job) => (
            need(held).and_then(|ds| {
                let ExportJob {
                    plan,
                    params,
                    adjustments,
                    reference,
                    scenario,
                    source,
                    fingerprint,
                    lang,
                    xlsx,
                } = *job;
                let whole =
                    Scenario::new(ds.clone(), params.clone(), adjustments.clone(), reference)
                        .map_err(|e| e.to_string())?;
                let projection = whole.projection(5);
                let input = whole.report_input(
                    Some(&plan),
                    Some(&projection),
                    Some(ReportContext {
                        scenario: &scenario,
                        source: &source,
                        fingerprint: &fingerprint,
                        params: &params,
                        adjustments: &adjustments,
                    }),
                );
                let files = if xlsx {
                    vec![FileBytes {
                        name: REPORT_XLSX.into(),
                        bytes: report_xlsx(&input, lang).map_err(|e| e.to_string())?,
                    }]
                } else {
                    report_csv(&input, lang)
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .map(|f| FileBytes {
                            name: f.name,
                            bytes: f.bytes,
                        })
                        .collect()
                };
                Ok(JobOutput::Exported(files))
            }),
            None,
        ),
    }
}

fn need(held: Option<&Arc<Dataset>>) -> Result<&Arc<Dataset>, String> {
    held.ok_or_else(|| "the worker does not hold this dataset".to_string())
}

/// The engine's import; the dataset travels back as postcard bytes.
fn import_files(files: Vec<FileBytes>) -> (Result<JobOutput, String>, Option<Dataset>) {
    let files: Vec<InputFile> = files
        .into_iter()
        .map(|f| InputFile::new(f.name, f.bytes))
        .collect();
    match import(&files) {
        Ok(imported) => match postcard::to_allocvec(&imported.dataset) {
            Ok(bytes) => (
                Ok(JobOutput::Imported(Imported::Accepted {
                    dataset: bytes,
                    summary: ImportSummary::of(&imported.dataset, &imported.diagnostics),
                    diagnostics: imported.diagnostics,
                    fingerprint: imported.fingerprint,
                })),
                Some(imported.dataset),
            ),
            Err(e) => (Err(e.to_string()), None),
        },
        Err(failure @ ImportFailure::Rejected { .. }) => (
            Ok(JobOutput::Imported(Imported::Rejected {
                errors: failure.errors().to_vec(),
                warnings: failure.warnings().to_vec(),
            })),
            None,
        ),
    }
}

/// Read a stored dataset straight into the engine's type (the page's `DatasetDto` goes
/// through a JSON tree, which for 100,000 employees costs hundreds of megabytes).
pub fn restore(json: &[u8]) -> Result<(Restored, Dataset), String> {
    #[derive(Deserialize)]
    struct Stored {
        version: u32,
        fingerprint: String,
        #[serde(default)]
        source: String,
        dataset: Dataset,
    }
    #[derive(Deserialize)]
    struct Version {
        version: u32,
    }
    let stored: Stored = serde_json::from_slice(json).map_err(|e| {
        match serde_json::from_slice::<Version>(json) {
            Ok(v) if v.version > DATASET_VERSION => ReadError::Newer(v.version),
            _ => ReadError::Corrupt(e.to_string()),
        }
        .to_string()
    })?;
    match stored.version {
        DATASET_VERSION => {}
        v if v > DATASET_VERSION => return Err(ReadError::Newer(v).to_string()),
        v => return Err(ReadError::Corrupt(format!("version {v}")).to_string()),
    }
    let bytes = postcard::to_allocvec(&stored.dataset).map_err(|e| e.to_string())?;
    let restored = Restored {
        dataset: bytes,
        fingerprint: stored.fingerprint,
        source: stored.source,
    };
    Ok((restored, stored.dataset))
}
