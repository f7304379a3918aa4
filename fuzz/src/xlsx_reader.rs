//! `xlsx_reader`: the bytes as a workbook (`data.xlsx`, read by calamine whatever the
//! container turns out to be), through the whole import.

use crate::common::import_checked;
use seimbang_engine::import::InputFile;

pub fn run(data: &[u8]) {
    let _ = import_checked(&[InputFile::new("data.xlsx", data)]);
}
