//! `csv_reader`: the bytes as a CSV file, read alone and then imported as each of the
//! five tables in turn, next to small valid files for the two required tables.

use crate::common::{import_checked, lines_at_most};
use seimbang_engine::columns::TableKind;
use seimbang_engine::import::InputFile;
use seimbang_engine::read::read_file;

/// A valid `pegawai` table for the other tables to be read against.
pub const PEGAWAI: &str = "nip,nama,kode_unit,kode_jabatan,tmt_jabatan\n\
198001012005011001,Ani,U1,J1,01-01-2020\n\
198502022010012002,Budi,U2,J1,01-01-2019\n";
/// A valid `kebutuhan` table.
pub const KEBUTUHAN: &str = "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\nU2,J1,1\n";

pub fn run(data: &[u8]) {
    let lines = lines_at_most(data);
    // The reader alone: every record starts on a line of the file, below the header,
    // in file order.
    if let Ok(read) = read_file(&InputFile::new("pegawai.csv", data), &|_| true) {
        for table in &read.tables {
            let mut previous = 1;
            for row in &table.rows {
                assert!(
                    row.line > previous && row.line <= lines,
                    "record on line {} after line {previous} of a file of at most {lines} lines",
                    row.line
                );
                previous = row.line;
            }
        }
    }
    // The whole import, the bytes standing for each table in turn.
    for kind in TableKind::ALL {
        let name = format!("{}.csv", kind.name());
        let mut files = vec![InputFile::new(name.clone(), data)];
        if kind != TableKind::Pegawai {
            files.push(InputFile::new("pegawai.csv", PEGAWAI));
        }
        if kind != TableKind::Kebutuhan {
            files.push(InputFile::new("kebutuhan.csv", KEBUTUHAN));
        }
        let diagnostics = match import_checked(&files) {
            Ok(imported) => imported.diagnostics,
            Err(failure) => [failure.errors(), failure.warnings()].concat(),
        };
        for d in diagnostics.iter().filter(|d| d.file == name) {
            if let Some(row) = d.row {
                assert!(
                    row <= lines,
                    "row {row} of a file of at most {lines} lines: {d:?}"
                );
            }
        }
    }
}
