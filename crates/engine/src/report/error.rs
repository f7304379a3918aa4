//! Why an export failed. Exports only fail inside the writers (a sheet name the XLSX
//! format refuses, a row past the sheet's limit, an I/O error of the in-memory buffer);
//! the tables themselves are built from validated data and cannot fail.

use rust_xlsxwriter::XlsxError;

/// An export that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The XLSX writer refused the workbook.
    #[error("membuat workbook XLSX gagal: {0}")]
    Xlsx(String),
    /// The CSV writer failed.
    #[error("membuat CSV gagal: {0}")]
    Csv(String),
    /// A table has more rows than a sheet holds (1,048,576 with the header).
    #[error("tabel {table} terlalu besar untuk satu sheet ({rows} baris)")]
    TooManyRows { table: String, rows: usize },
}

impl From<XlsxError> for ExportError {
    fn from(e: XlsxError) -> Self {
        ExportError::Xlsx(e.to_string())
    }
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        ExportError::Csv(e.to_string())
    }
}
