//! The worker's jobs: the heavy work on a whole dataset that would freeze the page on a
//! large one (import, the stored form and reading it back, a share file in, the report's
//! files, the template). Plain functions from a task and the held dataset to an answer, so they are
//! tested like the engine; IndexedDB itself is the worker's glue's (`entry`).

use super::error::WorkerError;
use super::request::{ExportJob, FileBytes, Task};
use super::response::{Imported, JobOutput, Restored, Shared};
use seimbang_engine::import::{import, ImportFailure, InputFile};
use seimbang_engine::import_summary::ImportSummary;
use seimbang_engine::report::{report_csv, report_xlsx, template_xlsx, ReportContext};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::Dataset;
use seimbang_stored::{read_dataset, read_share, write_dataset};
use std::sync::Arc;

/// The report workbook's file name.
pub const REPORT_XLSX: &str = "seimbang-laporan.xlsx";
/// The template's file name.
pub const TEMPLATE_XLSX: &str = "seimbang-templat.xlsx";

/// What a job answers, and the dataset to hold from now on (an accepted import, a
/// shared file's data).
pub type Performed = (Result<JobOutput, WorkerError>, Option<Dataset>);

/// Do `task` on the held dataset (`None`: the worker holds none, or another).
pub fn perform(held: Option<&Arc<Dataset>>, task: Task) -> Performed {
    match task {
        Task::Import { files } => import_files(files),
        Task::Share { bytes } => share_in(&bytes),
        // Needs IndexedDB, which only the worker's glue reaches (`Server::opened`).
        Task::Open { .. } => (Err(WorkerError::Misrouted), None),
        Task::Store { content, source } => (
            need(held).and_then(|ds| {
                let json = write_dataset(&content, &source, ds).map_err(write_error)?;
                Ok(JobOutput::ToStore {
                    key: content,
                    json,
                    then: None,
                })
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
                .map_err(write_error),
            None,
        ),
        Task::Export(job) => (need(held).and_then(|ds| export(ds, *job)), None),
    }
}

fn write_error(e: impl std::fmt::Display) -> WorkerError {
    WorkerError::Write(e.to_string())
}

fn need(held: Option<&Arc<Dataset>>) -> Result<&Arc<Dataset>, WorkerError> {
    held.ok_or(WorkerError::NotHeld)
}

/// The report's files of a plan, from the scenario it was made in.
fn export(ds: &Arc<Dataset>, job: ExportJob) -> Result<JobOutput, WorkerError> {
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
    } = job;
    let whole = Scenario::new(ds.clone(), params.clone(), adjustments.clone(), reference)?;
    let projection = whole.projection(5);
    let requests = whole.requests(&plan);
    let temporary = whole.temporary(&plan);
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
        &requests,
        Some(&temporary),
    );
    let files = if xlsx {
        vec![FileBytes {
            name: REPORT_XLSX.into(),
            bytes: report_xlsx(&input, lang).map_err(write_error)?,
        }]
    } else {
        report_csv(&input, lang)
            .map_err(write_error)?
            .into_iter()
            .map(|f| FileBytes {
                name: f.name,
                bytes: f.bytes,
            })
            .collect()
    };
    Ok(JobOutput::Exported(files))
}

/// The engine's import; the dataset travels back as postcard bytes.
fn import_files(files: Vec<FileBytes>) -> Performed {
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
            Err(e) => (Err(write_error(e)), None),
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

/// A share file in: its scenario for the page, its dataset held, and the dataset's
/// stored form to write under its fingerprint (the worker's glue writes it, then hands
/// the page the scenario).
fn share_in(bytes: &[u8]) -> Performed {
    let read = || -> Result<(JobOutput, Dataset), WorkerError> {
        let (scenario, stored) = read_share(bytes)?;
        let json = write_dataset(&stored.fingerprint, &stored.source, &stored.dataset)
            .map_err(write_error)?;
        let dataset = postcard::to_allocvec(&stored.dataset).map_err(write_error)?;
        let scenario = serde_json::to_string(&scenario).map_err(write_error)?;
        let output = JobOutput::ToStore {
            key: stored.fingerprint.clone(),
            json,
            then: Some(Box::new(JobOutput::Shared(Shared {
                scenario,
                restored: Restored {
                    dataset,
                    fingerprint: stored.fingerprint,
                    source: stored.source,
                },
            }))),
        };
        Ok((output, stored.dataset))
    };
    match read() {
        Ok((output, ds)) => (Ok(output), Some(ds)),
        Err(e) => (Err(e), None),
    }
}

/// Read a stored dataset straight into the engine's type; the dataset travels back as
/// postcard bytes.
pub fn restore(json: &[u8]) -> Result<(Restored, Dataset), WorkerError> {
    let stored = read_dataset(json)?;
    let bytes = postcard::to_allocvec(&stored.dataset).map_err(write_error)?;
    let restored = Restored {
        dataset: bytes,
        fingerprint: stored.fingerprint,
        source: stored.source,
    };
    Ok((restored, stored.dataset))
}
