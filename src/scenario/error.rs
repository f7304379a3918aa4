//! Why saving, opening, sharing or importing a scenario failed: the scenario store's one
//! error, described in the user's language where it is shown.

use super::local::StorageError;
use crate::download::DownloadRefused;
use seimbang_engine::lang::Lang;
use seimbang_stored::ReadError;
use seimbang_workbench::worker::error::WorkerError;

/// A scenario operation that could not be done.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioError {
    /// Browser storage refused (on the page's side).
    Storage(StorageError),
    /// The worker could not do its part (read, write, store the dataset).
    Worker(WorkerError),
    /// The entry's parameters or adjustments do not read (the reader's words).
    Settings(String),
    /// The stored dataset is not the one the scenario names.
    OtherData,
    /// No data: nothing loaded to save, or the scenario's data is no longer stored.
    Missing,
    /// A stored entry or file that does not read.
    Read(ReadError),
    /// The browser refused the download.
    Download(DownloadRefused),
}

impl From<StorageError> for ScenarioError {
    fn from(e: StorageError) -> ScenarioError {
        ScenarioError::Storage(e)
    }
}

impl From<DownloadRefused> for ScenarioError {
    fn from(e: DownloadRefused) -> ScenarioError {
        ScenarioError::Download(e)
    }
}

impl From<WorkerError> for ScenarioError {
    fn from(e: WorkerError) -> ScenarioError {
        ScenarioError::Worker(e)
    }
}

impl ScenarioError {
    /// The browser's storage is full (said apart: the user can free space).
    pub fn is_full(&self) -> bool {
        matches!(
            self,
            ScenarioError::Storage(StorageError::Full)
                | ScenarioError::Worker(WorkerError::StorageFull)
        )
    }

    /// The failure in `lang`'s words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ScenarioError::Storage(StorageError::Full) => WorkerError::StorageFull.describe(lang),
            ScenarioError::Storage(StorageError::Other(d)) => {
                WorkerError::Storage(d.clone()).describe(lang)
            }
            ScenarioError::Worker(e) => e.describe(lang),
            ScenarioError::Settings(d) => format!(
                "{} ({d})",
                lang.pick(
                    "Parameter atau penyesuaian skenario tidak terbaca",
                    "The scenario's parameters or adjustments do not read"
                )
            ),
            ScenarioError::OtherData => lang
                .pick(
                    "Data tersimpan bukan data skenario ini",
                    "The stored data is not this scenario's",
                )
                .to_string(),
            ScenarioError::Download(d) => d.describe(lang),
            ScenarioError::Missing => lang
                .pick(
                    "Data skenario ini tidak ada di peramban ini",
                    "This scenario's data is not in this browser",
                )
                .to_string(),
            ScenarioError::Read(e) => WorkerError::from(e.clone()).describe(lang),
        }
    }
}
