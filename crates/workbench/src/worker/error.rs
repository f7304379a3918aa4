//! Why the worker gave no answer to a job or a run: one enum for the worker boundary,
//! carried across it in the messages and described in the user's language by the page.
//! Details from a parser or the browser stay in the variant (shown after the sentence),
//! never as the sentence itself.

use seimbang_engine::lang::Lang;
use seimbang_engine::plan::PlanError;
use seimbang_stored::ReadError;
use serde::{Deserialize, Serialize};

/// A job or a run that could not be done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum WorkerError {
    /// The worker holds no dataset, or another one than the page means.
    #[error("the worker does not hold this dataset")]
    NotHeld,
    /// Nothing is stored under the key asked for.
    #[error("no stored dataset under this key")]
    NothingStored,
    /// A stored entry or a shared file written by a newer version of the app.
    #[error("written by a newer version ({0})")]
    Newer(u32),
    /// A stored entry or a shared file that is not what it should be.
    #[error("damaged: {0}")]
    Damaged(String),
    /// The scenario cannot be computed (a parameter or a need out of its domain).
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// Writing a file (a workbook, the stored form) failed.
    #[error("writing failed: {0}")]
    Write(String),
    /// The browser's storage quota is used up.
    #[error("storage is full")]
    StorageFull,
    /// The browser's storage refused for another reason.
    #[error("storage: {0}")]
    Storage(String),
    /// A message could not be read: the page and the worker are of different versions.
    #[error("{0}")]
    Protocol(String),
    /// A task only the worker's glue performs reached the task runner.
    #[error("this task is done by the worker's glue")]
    Misrouted,
    /// The worker could not be started (the browser refused the script).
    #[error("the worker could not start: {0}")]
    Unavailable(String),
    /// The worker stopped before it answered (cancelled, or the page closed).
    #[error("the worker stopped")]
    Stopped,
    /// The worker failed (its script did not load, or it panicked).
    #[error("the worker failed: {0}")]
    Crashed(String),
    /// The worker answered a job with another job's kind of output (a protocol bug).
    #[error("unexpected answer: {0}")]
    Unexpected(String),
}

impl From<ReadError> for WorkerError {
    fn from(e: ReadError) -> WorkerError {
        match e {
            ReadError::Newer(v) => WorkerError::Newer(v),
            ReadError::Corrupt(d) => WorkerError::Damaged(d),
        }
    }
}

impl WorkerError {
    /// The failure in `lang`'s words, with its technical detail (if any) after it.
    pub fn describe(&self, lang: Lang) -> String {
        let with = |text: &str, detail: &str| {
            if detail.is_empty() {
                text.to_string()
            } else {
                format!("{text} ({detail})")
            }
        };
        match self {
            WorkerError::NotHeld => lang
                .pick(
                    "Data belum ada di perhitungan latar; muat ulang halaman",
                    "The background computation does not hold the data; reload the page",
                )
                .to_string(),
            WorkerError::NothingStored => lang
                .pick(
                    "Data tersimpan tidak ditemukan di peramban ini",
                    "The stored data is not in this browser",
                )
                .to_string(),
            WorkerError::Newer(v) => with(
                lang.pick(
                    "Dibuat oleh versi Seimbang yang lebih baru; perbarui halaman",
                    "Made by a newer version of Seimbang; update the page",
                ),
                &v.to_string(),
            ),
            WorkerError::Damaged(d) => with(
                lang.pick(
                    "Berkas atau data tersimpan rusak atau bukan milik Seimbang",
                    "The file or stored data is damaged or not Seimbang's",
                ),
                d,
            ),
            WorkerError::Plan(e) => e.describe(lang),
            WorkerError::Write(d) => with(
                lang.pick(
                    "Berkas tidak dapat ditulis",
                    "The file could not be written",
                ),
                d,
            ),
            WorkerError::StorageFull => lang
                .pick(
                    "Penyimpanan peramban penuh; hapus skenario lama",
                    "Browser storage is full; delete old scenarios",
                )
                .to_string(),
            WorkerError::Storage(d) => with(
                lang.pick("Penyimpanan peramban menolak", "Browser storage refused"),
                d,
            ),
            WorkerError::Protocol(d) => with(
                lang.pick(
                    "Versi halaman dan perhitungan latar berbeda; muat ulang halaman",
                    "The page and the background computation differ in version; reload the page",
                ),
                d,
            ),
            WorkerError::Misrouted => lang
                .pick("Kesalahan internal", "Internal error")
                .to_string(),
            WorkerError::Unavailable(d) => with(
                lang.pick(
                    "Perhitungan latar tidak dapat dimulai di peramban ini",
                    "The background computation cannot start in this browser",
                ),
                d,
            ),
            WorkerError::Stopped => lang
                .pick(
                    "Perhitungan latar berhenti sebelum menjawab; coba lagi",
                    "The background computation stopped before it answered; try again",
                )
                .to_string(),
            WorkerError::Crashed(d) => with(
                lang.pick(
                    "Perhitungan latar gagal; muat ulang halaman",
                    "The background computation failed; reload the page",
                ),
                d,
            ),
            WorkerError::Unexpected(d) => {
                with(lang.pick("Kesalahan internal", "Internal error"), d)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(e: WorkerError, id: &str, en: &str) {
        assert_eq!(e.describe(Lang::Id), id);
        assert_eq!(e.describe(Lang::En), en);
    }

    #[test]
    fn each_failure_reads_in_both_languages_with_its_detail_after_it() {
        check(
            WorkerError::Newer(3),
            "Dibuat oleh versi Seimbang yang lebih baru; perbarui halaman (3)",
            "Made by a newer version of Seimbang; update the page (3)",
        );
        check(
            WorkerError::from(ReadError::Corrupt(String::new())),
            "Berkas atau data tersimpan rusak atau bukan milik Seimbang",
            "The file or stored data is damaged or not Seimbang's",
        );
        check(
            WorkerError::from(PlanError::BadNeed {
                unit: "U1".into(),
                jabatan: "J1".into(),
            }),
            "Kebutuhan U1/J1: harus angka >= 0",
            "Need U1/J1: must be a number >= 0",
        );
    }
}
