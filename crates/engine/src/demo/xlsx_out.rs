//! A dataset as one XLSX workbook, the way a workshop hands data over: sheets `pegawai`,
//! `kebutuhan`, `unit`, `kompatibilitas`, `uraian_tugas`, with NIPs as text (so Excel
//! never turns them into 1.97E+17), real Excel dates and needs as numbers. The workbook
//! comes from [`crate::report::new_workbook`]: a fixed document date, so the same dataset
//! always gives the same bytes (and see there for what wasm32 needs).

use super::layout::{self, Cell, Headers};
use crate::dataset::Dataset;
use crate::report::new_workbook;
use rust_xlsxwriter::{ExcelDateTime, Format, XlsxError};

/// The workbook could not be assembled.
#[derive(Debug, thiserror::Error)]
#[error("membuat workbook XLSX gagal: {0}")]
pub struct WorkbookError(String);

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        WorkbookError(e.to_string())
    }
}

/// The whole dataset as XLSX bytes.
pub fn write_xlsx(ds: &Dataset) -> Result<Vec<u8>, WorkbookError> {
    let mut wb = new_workbook();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let bold = Format::new().set_bold();
    for table in layout::tables(ds, Headers::Short) {
        let ws = wb.add_worksheet();
        ws.set_name(table.name)?;
        for (c, h) in table.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(s) | Cell::Nip(s) => {
                        ws.write_string(r, c, s.as_str())?;
                    }
                    Cell::Number(x) => {
                        ws.write_number(r, c, *x)?;
                    }
                    Cell::Date(d) => {
                        let dt =
                            ExcelDateTime::from_ymd(d.year as u16, d.month as u8, d.day as u8)?;
                        ws.write_datetime_with_format(r, c, &dt, &date_format)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
    }
    Ok(wb.save_to_buffer()?)
}
