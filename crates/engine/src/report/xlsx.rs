//! Tables as one XLSX workbook, a sheet per table. Every text goes through
//! `write_string`, so no cell is ever a formula; text a spreadsheet would read as one
//! also gets the quote-prefix style (see [`super::neutralise`]). NIPs are strings in a
//! text-formatted column, counts and decimals are numbers, dates are real Excel dates,
//! shares are percentages.

use super::error::ExportError;
use super::neutralise::is_risky;
use super::table::{Table, Value};
use super::workbook::new_workbook;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

/// Rows a sheet holds below its header.
pub const MAX_ROWS: usize = 1_048_575;

/// The formats cells are written with.
struct Formats {
    header: Format,
    nip: Format,
    risky: Format,
    date: Format,
    ratio: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            nip: Format::new().set_num_format("@"),
            risky: Format::new().set_quote_prefix(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            ratio: Format::new().set_num_format("0.0%"),
        }
    }
}

fn write_value(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    value: &Value,
    f: &Formats,
) -> Result<(), ExportError> {
    match value {
        Value::Text(s) if is_risky(s) => {
            ws.write_string_with_format(row, col, s, &f.risky)?;
        }
        Value::Text(s) => {
            ws.write_string(row, col, s)?;
        }
        Value::Nip(s) => {
            ws.write_string_with_format(row, col, s, &f.nip)?;
        }
        Value::Int(n) => {
            ws.write_number(row, col, *n as f64)?;
        }
        Value::Decimal(x) if x.is_finite() => {
            ws.write_number(row, col, *x)?;
        }
        Value::Ratio(x) if x.is_finite() => {
            ws.write_number_with_format(row, col, *x, &f.ratio)?;
        }
        Value::Date(d) => {
            let dt = u16::try_from(d.year)
                .ok()
                .and_then(|y| ExcelDateTime::from_ymd(y, d.month as u8, d.day as u8).ok());
            match dt {
                Some(dt) => {
                    ws.write_datetime_with_format(row, col, &dt, &f.date)?;
                }
                // Outside Excel's calendar (before 1900): keep it readable as text.
                None => {
                    ws.write_string(row, col, d.to_string())?;
                }
            }
        }
        Value::Decimal(_) | Value::Ratio(_) | Value::Empty => {}
    }
    Ok(())
}

/// Add one table as a sheet of `wb`.
pub fn add_sheet(wb: &mut Workbook, table: &Table) -> Result<(), ExportError> {
    if table.rows.len() > MAX_ROWS {
        return Err(ExportError::TooManyRows {
            table: table.name.to_string(),
            rows: table.rows.len(),
        });
    }
    let f = Formats::new();
    let ws = wb.add_worksheet();
    ws.set_name(table.name)?;
    for (c, h) in table.headers.iter().enumerate() {
        let c = u16::try_from(c).map_err(|_| ExportError::Xlsx("too many columns".into()))?;
        ws.write_string_with_format(0, c, h, &f.header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        // Bounded by MAX_ROWS above.
        let r = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| ExportError::Xlsx("too many columns".into()))?;
            write_value(ws, r, c, value, &f)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    Ok(())
}

/// The tables as one workbook, a sheet per table, in the given order.
pub fn tables_xlsx(tables: &[Table]) -> Result<Vec<u8>, ExportError> {
    let mut wb = new_workbook();
    for t in tables {
        add_sheet(&mut wb, t)?;
    }
    Ok(wb.save_to_buffer()?)
}
