//! `xlsx_sheet`: structure-aware workbooks. A byte fuzzer rarely gets past a ZIP
//! container's checksums, so this target keeps a valid small workbook (the committed
//! seed `demo.xlsx`, written by the engine) and replaces one of its parts with the
//! input: the first byte picks the part (a sheet, the shared strings, the workbook,
//! the styles, ...), the rest is its new content. The container is rebuilt (stored,
//! uncompressed) and goes through the same import as `xlsx_reader`.

use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The workbook whose parts are replaced.
pub const TEMPLATE: &[u8] = include_bytes!("../corpus/xlsx_reader/seed-demo.xlsx");

/// The template's parts (name, content), in archive order.
pub fn parts() -> &'static [(String, Vec<u8>)] {
    static PARTS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    PARTS.get_or_init(read_parts)
}

fn read_parts() -> Vec<(String, Vec<u8>)> {
    let mut archive = ZipArchive::new(Cursor::new(TEMPLATE)).expect("the template is a zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("a template entry");
            let mut bytes = Vec::new();
            entry
                .read_to_end(&mut bytes)
                .expect("a template entry reads");
            (entry.name().expect("a part name").to_string(), bytes)
        })
        .collect()
}

/// The template with part `data[0] % parts` replaced by `data[1..]`.
pub fn workbook(data: &[u8]) -> Vec<u8> {
    let Some((&pick, content)) = data.split_first() else {
        return TEMPLATE.to_vec();
    };
    let parts = parts();
    let pick = usize::from(pick) % parts.len();
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (i, (name, bytes)) in parts.iter().enumerate() {
        out.start_file(name.as_str(), options).expect("zip entry");
        let body = if i == pick { content } else { bytes.as_slice() };
        out.write_all(body).expect("zip write");
    }
    out.finish().expect("zip finish").into_inner()
}

pub fn run(data: &[u8]) {
    crate::xlsx_reader::run(&workbook(data));
}
