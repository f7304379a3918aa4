//! What the fuzz targets found (`scripts/fuzz.sh`, docs/FUZZING.md), one case each: the
//! input that failed, made small and readable, goes through the same target body as
//! under the fuzzer, and the import must now tell the user what the file says, at the
//! row and column the user sees.

#[allow(dead_code)]
#[path = "../../../fuzz/src/common.rs"]
mod common;
#[path = "../../../fuzz/src/csv_reader.rs"]
mod csv_reader;
#[path = "../../../fuzz/src/xlsx_reader.rs"]
mod xlsx_reader;
#[path = "../../../fuzz/src/xlsx_sheet.rs"]
mod xlsx_sheet;

use seimbang_engine::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use seimbang_engine::import::InputFile;

/// One expected diagnostic: severity, kind, table, row, column.
type Expect = (Severity, K, &'static str, Option<u32>, Option<&'static str>);

const W: Severity = Severity::Warning;
const E: Severity = Severity::Error;

/// Run the target's body on `bytes` (it panics where the fuzzer crashed), then import
/// `bytes` as `file` next to valid files for the other required tables and check that
/// every expected diagnostic is reported.
fn check(name: &str, file: &str, bytes: &[u8], expected: &[Expect]) {
    csv_reader::run(bytes);
    let mut files = vec![InputFile::new(file, bytes)];
    for (other, text) in [
        ("pegawai.csv", csv_reader::PEGAWAI),
        ("kebutuhan.csv", csv_reader::KEBUTUHAN),
    ] {
        if other != file {
            files.push(InputFile::new(other, text));
        }
    }
    let diags: Vec<Diagnostic> = match common::import_checked(&files) {
        Ok(imported) => imported.diagnostics,
        Err(failure) => [failure.errors(), failure.warnings()].concat(),
    };
    for (severity, kind, table, row, column) in expected {
        assert!(
            diags.iter().any(|d| d.severity == *severity
                && d.kind == *kind
                && d.table == *table
                && d.row == *row
                && d.column.as_deref() == *column),
            "{name}: expected {severity:?} {kind:?} at {table} row {row:?} column {column:?}; got:\n{diags:#?}"
        );
    }
}

/// CSV files with classic Mac line ends (a lone CR, as Excel for Mac's "CSV (Macintosh)"
/// writes) had every record counted on line 1, the header's row: messages pointed at
/// the header instead of the row.
#[test]
fn lone_cr_line_ends_count_as_lines() {
    // The fuzzer's input, as found.
    csv_reader::run(b"nip;nama\r198001012005011001;Ani\r");
    check(
        "pegawai with CR line ends",
        "pegawai.csv",
        b"nip;nama;kode_unit;kode_jabatan;tmt_jabatan\r\
198001012005011001;Ani;U1;J1;01-01-2020\r\
19800101;Budi;U1;J1;01-01-2020\r\
198502022010012002;Cici;U2;J1;kemarin\r",
        &[
            (W, K::NipLength, "pegawai", Some(3), Some("nip")),
            (W, K::BadDate, "pegawai", Some(4), Some("tmt_jabatan")),
        ],
    );
    check(
        "kebutuhan with mixed line ends",
        "kebutuhan.csv",
        b"kode_unit,kode_jabatan,kebutuhan\r\nU1,J1,2\rU2,J1,-1\n\rU3,J1,x\r\n",
        &[
            (
                E,
                K::NegativeNumber,
                "kebutuhan",
                Some(3),
                Some("kebutuhan"),
            ),
            (E, K::BadNumber, "kebutuhan", Some(5), Some("kebutuhan")),
        ],
    );
}

/// The seed workbook (pegawai, kebutuhan, unit, kompatibilitas, uraian_tugas) with the
/// part `part` replaced by `xml`, as the structure-aware target builds it.
fn workbook_with(part: &str, xml: &[u8]) -> Vec<u8> {
    let index = xlsx_sheet::parts()
        .iter()
        .position(|(name, _)| name == part)
        .expect("a part of the seed workbook");
    let mut input = vec![u8::try_from(index).expect("few parts")];
    input.extend_from_slice(xml);
    xlsx_sheet::workbook(&input)
}

/// Run the XLSX target's body on `bytes`, then check that importing them as
/// `data.xlsx` is refused with an unreadable-file error whose reason says every one of
/// `reason` (the sheet, the reference).
fn check_xlsx(name: &str, bytes: &[u8], reason: &[&str]) {
    xlsx_reader::run(bytes);
    let failure = common::import_checked(&[InputFile::new("data.xlsx", bytes)])
        .map(|_| ())
        .expect_err(name);
    let found = failure.errors().iter().any(|d| {
        d.file == "data.xlsx"
            && matches!(&d.kind, K::UnreadableFile { reason: r } if reason.iter().all(|p| r.contains(p)))
    });
    assert!(
        found,
        "{name}: expected a refusal naming {reason:?}; got:\n{:#?}",
        failure.errors()
    );
}

/// Cell references far past Excel's last cell (XFD1048576) overflowed calamine's
/// reference arithmetic (a panic in debug builds; in release a wrapped row, anywhere).
/// Found by both workbook targets: `<c r="ndalone">` (seven letters, from a mutated
/// `standalone`) and rows of fifteen digits in a corrupted ZIP.
#[test]
fn references_past_the_last_cell_are_refused_with_the_sheet_named() {
    // The structure-aware target's input, as found (part 62 % 14 = the pegawai sheet).
    xlsx_sheet::run(b"\x3e><sheetData><c r=\"ndalone\">");
    let sheet = "xl/worksheets/sheet1.xml";
    for (name, xml, reference) in [
        (
            "letters only",
            r#"<worksheet><sheetData><row r="1"><c r="ndalone"><v>1</v></c></row></sheetData></worksheet>"#,
            "ndalone",
        ),
        (
            "a row of fifteen digits",
            r#"<worksheet><sheetData><row r="111111111111110"><c><v>1</v></c></row></sheetData></worksheet>"#,
            "111111111111110",
        ),
        (
            "a cell of eleven-digit row",
            r#"<worksheet><sheetData><row><c r='A99999999999' t="n"><v>1</v></c></row></sheetData></worksheet>"#,
            "A99999999999",
        ),
    ] {
        check_xlsx(
            name,
            &workbook_with(sheet, xml.as_bytes()),
            &["sheet pegawai", reference, "XFD1048576"],
        );
    }
}

/// The first guard decoded a part that starts with a UTF-16 byte-order mark before
/// scanning it, but quick-xml only records that encoding: calamine reads the bytes as
/// they are, and `ref="pengemw"` (seven letters) got through to it. Found by the
/// structure-aware target in its ten-minute run.
#[test]
fn a_byte_order_mark_does_not_hide_references() {
    // The input, as found and minimised (part 10 % 14 = the uraian_tugas sheet).
    xlsx_sheet::run(b"\n\xff\xfe<dimension ref=\"pengemw\">");
    check_xlsx(
        "UTF-16 mark on ASCII XML",
        &workbook_with(
            "xl/worksheets/sheet5.xml",
            b"\xff\xfe<worksheet><dimension ref=\"A1:pengemw\"/><sheetData/></worksheet>",
        ),
        &["sheet uraian_tugas", "A1:pengemw", "XFD1048576"],
    );
}

/// Found while fixing the above (not by the fuzzer in its runs): a dimension that ends
/// before it starts underflowed calamine's subtraction, and two cells far apart made it
/// lay out every cell between them (17 billion for `A1` and `XFD1048576`: the tab ran
/// out of memory on a file of a few hundred bytes).
#[test]
fn reversed_dimensions_and_far_apart_cells_are_refused() {
    let sheet = "xl/worksheets/sheet2.xml";
    check_xlsx(
        "reversed dimension",
        &workbook_with(
            sheet,
            br#"<worksheet><dimension ref="C5:A1"/><sheetData/></worksheet>"#,
        ),
        &["sheet kebutuhan", "C5:A1"],
    );
    check_xlsx(
        "cells far apart",
        &workbook_with(
            sheet,
            br#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kode_unit</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#,
        ),
        &["sheet kebutuhan", "A1:XFD1048576", "17179869184 cells"],
    );
}
