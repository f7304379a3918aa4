//! Workbooks (XLSX, and XLS/XLSB/ODS as calamine reads them) to raw tables, one per
//! sheet. Cells become the text a user would have typed: dates as ISO dates, whole
//! numbers without `.0`, decimals without float noise. Whole numbers beyond 2^53 (a NIP
//! typed into a numeric cell) have lost digits already; they are written in exponent
//! form so validation reports them as the Excel-destroyed NIPs they are.

use super::limits::{check_references, Span};
use super::{RawRow, RawTable};
use calamine::{
    open_workbook_auto_from_rs, Cell, Data, DataRef, Range, Reader, Sheets, Xlsx, XlsxError,
};
use std::io::{Cursor, Read, Seek};

/// Read every sheet; sheets `wanted` rejects come back with no rows.
pub fn read(
    file: &str,
    bytes: &[u8],
    wanted: &dyn Fn(&str) -> bool,
) -> Result<Vec<RawTable>, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        check_references(bytes).map_err(|e| e.to_string())?;
    }
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut tables = Vec::new();
    for name in book.sheet_names() {
        if !wanted(&name) {
            tables.push(RawTable {
                file: file.to_string(),
                name,
                headers: Vec::new(),
                header_line: 1,
                rows: Vec::new(),
            });
            continue;
        }
        let range = match &mut book {
            Sheets::Xlsx(xlsx) => xlsx_range(xlsx, &name)?,
            other => other
                .worksheet_range(&name)
                .map_err(|e| format!("sheet {name}: {e}"))?,
        };
        let first_row = range.start().map(|(r, _)| r).unwrap_or(0);
        let lead_cols = range.start().map(|(_, c)| c as usize).unwrap_or(0);
        let mut headers: Option<Vec<String>> = None;
        let mut header_line = 1;
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            if row.iter().all(|c| cell_text(c).trim().is_empty()) {
                continue;
            }
            // Keep column positions as in the sheet even when column A is empty.
            let cells: Vec<String> = std::iter::repeat_n(String::new(), lead_cols)
                .chain(row.iter().map(cell_text))
                .collect();
            let line = first_row.saturating_add(i as u32).saturating_add(1);
            if headers.is_none() {
                headers = Some(cells);
                header_line = line;
                continue;
            }
            rows.push(RawRow { line, cells });
        }
        tables.push(RawTable {
            file: file.to_string(),
            name,
            headers: headers.unwrap_or_default(),
            header_line,
            rows,
        });
    }
    Ok(tables)
}

/// An XLSX sheet's non-empty cells, as calamine's `worksheet_range` reads them, but
/// with the box around them checked as they come: calamine would lay out every cell
/// of that box at once.
fn xlsx_range<RS: Read + Seek>(xlsx: &mut Xlsx<RS>, name: &str) -> Result<Range<Data>, String> {
    let failed = |e: XlsxError| format!("sheet {name}: {e}");
    let mut reader = match xlsx.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        Err(XlsxError::NotAWorksheet(_)) => return Ok(Range::default()),
        Err(e) => return Err(failed(e)),
    };
    let mut cells: Vec<Cell<Data>> = Vec::new();
    let mut span: Option<Span> = None;
    while let Some(cell) = reader.next_cell().map_err(failed)? {
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        let at = cell.get_position();
        let s = span.get_or_insert(Span::at(at));
        s.include(at);
        s.check(&format!("sheet {name}"))
            .map_err(|e| e.to_string())?;
        cells.push(Cell::new(at, Data::from(cell.get_value().clone())));
    }
    Ok(Range::from_sparse(cells))
}

/// A cell as text.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as a person would write it: `3`, `3.5`, `0.3` (15 significant digits, as
/// Excel keeps); whole numbers past 2^53 in exponent form (`1.98001012005011E+17`).
pub fn number_text(f: f64) -> String {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if !f.is_finite() {
        return f.to_string();
    }
    if f.fract() == 0.0 && f.abs() < EXACT {
        return format!("{}", f as i64);
    }
    if f.fract() == 0.0 {
        let s = format!("{f:E}");
        return match s.split_once('E') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}E+{e}"),
            _ => s,
        };
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    format!("{rounded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(3.5), "3.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-2.0), "-2");
        assert_eq!(number_text(198001012005011001.0), "1.98001012005011E+17");
    }
}
