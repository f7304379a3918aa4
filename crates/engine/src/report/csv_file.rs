//! A table as a CSV file: UTF-8, comma, decimal point, ISO dates, LF line ends, quotes
//! only where needed (the `csv` crate). Text a spreadsheet would run as a formula gets a
//! leading `'` (see [`super::neutralise`]). NIPs are written as plain digits; note that
//! a spreadsheet opening a CSV may still turn an 18-digit value into a number
//! (1.98E+17) — the XLSX export is the safe form for people who open files in Excel,
//! and the importer refuses NIPs in exponent form rather than guess them.

use super::error::ExportError;
use super::neutralise::neutralise;
use super::table::{Table, Value};
use crate::analysis_csv::decimal_text;

/// One CSV file: its name (`<table>.csv`) and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Text(s) => neutralise(s).into_owned(),
        Value::Nip(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Decimal(x) | Value::Ratio(x) => decimal_text(*x),
        Value::Date(d) => d.to_string(),
        Value::Empty => String::new(),
    }
}

/// The table as CSV bytes.
pub fn table_csv(table: &Table) -> Result<CsvFile, ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let headers: Vec<String> = table
        .headers
        .iter()
        .map(|h| value_text(&Value::text(h)))
        .collect();
    w.write_record(&headers)?;
    for row in &table.rows {
        w.write_record(row.iter().map(value_text))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Csv(e.error().to_string()))?;
    Ok(CsvFile {
        name: format!("{}.csv", table.name),
        bytes,
    })
}
