//! Reading users' files into raw tables: rows of text cells with the row numbers the
//! user's spreadsheet shows. Bytes in, never paths. Nothing here knows what a column
//! means; turning text into a dataset is `validate`'s job.

mod csv_text;
mod decode;
pub mod limits;
mod workbook;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use serde::{Deserialize, Serialize};

/// One file handed over by the user: a CSV named after its table, or a workbook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputFile {
    /// The file name as the user had it (`pegawai.csv`, `data.xlsx`).
    pub name: String,
    pub bytes: Vec<u8>,
}

impl InputFile {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> InputFile {
        InputFile {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// One row of text cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRow {
    /// The row number as the user's spreadsheet shows it (CSV: the line the record
    /// starts on; XLSX: the sheet row).
    pub line: u32,
    pub cells: Vec<String>,
}

/// A sheet or CSV file: its header and data rows (blank rows left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawTable {
    /// The file the table came from.
    pub file: String,
    /// The table name as given (the CSV file's stem, or the sheet name).
    pub name: String,
    pub headers: Vec<String>,
    /// The row number of `headers`.
    pub header_line: u32,
    pub rows: Vec<RawRow>,
}

/// What reading one file gave: its tables and any warnings (e.g. encoding fallback).
#[derive(Clone, Debug, Default)]
pub struct ReadOutcome {
    pub tables: Vec<RawTable>,
    pub warnings: Vec<Diagnostic>,
}

/// Whether the bytes are a workbook (ZIP container of XLSX/ODS, or an old XLS).
fn is_workbook(file: &InputFile) -> bool {
    let lower = file.name.to_lowercase();
    file.bytes.starts_with(b"PK\x03\x04")
        || file.bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
            .iter()
            .any(|ext| lower.ends_with(ext))
}

/// The file name without its directory and extension.
pub fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rfind('.') {
        Some(i) if i > 0 => base.get(..i).unwrap_or(base),
        _ => base,
    }
}

/// Read one file. `wanted` says which sheet names to read (a workbook's other sheets
/// are listed with an empty body so the caller can report them without the cost).
pub fn read_file(
    file: &InputFile,
    wanted: &dyn Fn(&str) -> bool,
) -> Result<ReadOutcome, Box<Diagnostic>> {
    let unreadable = |reason: String| {
        Box::new(Diagnostic::table(
            Severity::Error,
            &file.name,
            stem(&file.name),
            DiagnosticKind::UnreadableFile { reason },
        ))
    };
    if is_workbook(file) {
        let tables = workbook::read(&file.name, &file.bytes, wanted).map_err(unreadable)?;
        return Ok(ReadOutcome {
            tables,
            warnings: Vec::new(),
        });
    }
    let decoded = decode::decode(&file.bytes).map_err(unreadable)?;
    let mut warnings = Vec::new();
    if decoded.fallback {
        warnings.push(Diagnostic::table(
            Severity::Warning,
            &file.name,
            stem(&file.name),
            DiagnosticKind::EncodingFallback,
        ));
    }
    let table = csv_text::read(&file.name, stem(&file.name), &decoded.text).map_err(unreadable)?;
    Ok(ReadOutcome {
        tables: vec![table],
        warnings,
    })
}
