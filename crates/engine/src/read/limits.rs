//! Guards in front of calamine for ZIP workbooks (XLSX and kin). calamine trusts a
//! sheet's cell references: one past Excel's last cell (`A99999999999`, a row of eleven
//! digits; `ndalone`, seven letters) overflows its arithmetic (a panic in debug builds,
//! a wrapped position in release), and it lays the cells it reads out as one dense block,
//! so two cells far apart (`A1` and `XFD1048576`) make it allocate 17 billion cells for a
//! file of a few hundred bytes. Excel writes neither.
//!
//! [`check_references`] runs before calamine opens a workbook: no `r="…"` or `ref="…"`
//! attribute of any part of the archive (found as calamine finds them, and more) may
//! name a row or column past [`FAR`] (far past Excel's limits, short of where calamine's
//! arithmetic overflows), and no range may end before it starts.
//! It scans bytes, not XML, so it costs about as much as inflating the archive.
//! [`Span`] bounds the box around a sheet's cells as they are read (`workbook`).

use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};
use zip::ZipArchive;

/// Rows and columns past this in a reference are refused. Excel stops at 1,048,576
/// rows and 16,384 columns (`XFD`); calamine's `u32` arithmetic at 4,294,967,295, and
/// it counts on from a reference by one per cell or row that has none.
pub const FAR: u32 = 1 << 31;
/// The most cells the box around a sheet's cells may hold: 16.7 million, e.g. 100,000
/// employees with 167 columns. calamine keeps each as a 32-byte value.
pub const MAX_SPAN: u64 = 1 << 24;

/// Why a workbook is refused before it is read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    #[error(
        "{place}: cell reference \"{reference}\" lies beyond the last cell of a sheet (XFD1048576)"
    )]
    BeyondLastCell { place: String, reference: String },
    #[error("{place}: the range \"{reference}\" ends before it starts")]
    ReversedRange { place: String, reference: String },
    #[error(
        "{place}: the cells span {span} ({cells} cells), more than the {MAX_SPAN} a sheet may \
         span; delete what lies outside the table"
    )]
    TooLarge {
        place: String,
        span: String,
        cells: u64,
    },
}

/// Check the references in every part of a ZIP workbook. Archives and parts that
/// cannot be read are let through: calamine reports those itself.
pub fn check_references(bytes: &[u8]) -> Result<(), LimitError> {
    let Ok(mut zip) = ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let sheets = sheet_names(&mut zip);
    for i in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(i) else {
            continue;
        };
        let part = entry.name().map(|n| n.to_string()).unwrap_or_default();
        let place = || match sheets.get(&part) {
            Some(name) => format!("sheet {name}"),
            None => part.clone(),
        };
        // Raw bytes, as quick-xml tokenizes them for calamine whatever encoding a
        // byte-order mark or the declaration names (it only records it).
        let mut scan = Scan::default();
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            match entry.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => scan.feed(&chunk[..n]).map_err(|r| r.error(place()))?,
            }
        }
    }
    Ok(())
}

/// Which part holds which sheet (`xl/worksheets/sheet1.xml` → `pegawai`), from the
/// workbook and its relationships, so messages name the sheet the user sees. Best
/// effort: a part it cannot name is named by its path.
fn sheet_names(zip: &mut ZipArchive<Cursor<&[u8]>>) -> HashMap<String, String> {
    let mut targets: HashMap<String, String> = HashMap::new();
    each_element(zip, "xl/_rels/workbook.xml.rels", "Relationship", |attrs| {
        if let (Some(id), Some(target)) = (attrs.get("Id"), attrs.get("Target")) {
            let part = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("xl/{target}"),
            };
            targets.insert(id.clone(), part);
        }
    });
    let mut names = HashMap::new();
    each_element(zip, "xl/workbook.xml", "sheet", |attrs| {
        let id = attrs.get("r:id").or_else(|| attrs.get("id"));
        if let (Some(name), Some(part)) = (attrs.get("name"), id.and_then(|i| targets.get(i))) {
            names.insert(part.clone(), name.clone());
        }
    });
    names
}

/// Call `f` with the attributes (unescaped) of every `element` of a part.
fn each_element(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    part: &str,
    element: &str,
    mut f: impl FnMut(&HashMap<String, String>),
) {
    let Ok(entry) = zip.by_name(part) else { return };
    let mut xml = Reader::from_reader(BufReader::new(entry));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == element => {
                let attrs: HashMap<String, String> = e
                    .attributes()
                    .flatten()
                    .filter_map(|a| {
                        let value = a.normalized_value(XmlVersion::Implicit1_0).ok()?;
                        Some((a.key.as_ref().to_string(), value.into_owned()))
                    })
                    .collect();
                f(&attrs);
            }
            Ok(Event::Eof) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// A reference found wrong: reversed or too far, and the value (its first 40 bytes).
#[derive(Debug, PartialEq, Eq)]
struct Found {
    reversed: bool,
    value: String,
}

impl Found {
    fn error(self, place: String) -> LimitError {
        if self.reversed {
            LimitError::ReversedRange {
                place,
                reference: self.value,
            }
        } else {
            LimitError::BeyondLastCell {
                place,
                reference: self.value,
            }
        }
    }
}

/// Where the scanner is. Attributes are found as calamine's attribute reader finds
/// them (`attrs.rs`): a key after whitespace or right after the previous value's
/// closing quote, optional whitespace, `=`, optional whitespace, a quoted value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum State {
    /// Outside a key; `boundary`: the last byte was whitespace or a quote.
    #[default]
    Seek,
    /// `r`, `re` or `ref` read after a boundary.
    Key(u8),
    /// After the key, before `=`.
    BeforeEq { range: bool },
    /// After `=`, before the quote.
    AfterEq { range: bool },
    /// In the value, up to the closing `quote`.
    Value { range: bool, quote: u8 },
}

/// The byte scanner over a part, fed chunk by chunk.
#[derive(Debug, Default)]
struct Scan {
    state: State,
    boundary: bool,
    /// The reference being read (for `ref`, its current end) and the ends read.
    current: Position,
    ends: Vec<Position>,
    /// The value (its first 40 bytes), and whether a reference in it goes too far.
    value: Vec<u8>,
    far: bool,
}

impl Scan {
    fn feed(&mut self, bytes: &[u8]) -> Result<(), Found> {
        for &b in bytes {
            self.byte(b)?;
        }
        Ok(())
    }

    fn byte(&mut self, b: u8) -> Result<(), Found> {
        let ws = b.is_ascii_whitespace();
        match self.state {
            State::Seek => {}
            State::Key(n) => match (n, b) {
                (1, b'e') | (2, b'f') => {
                    self.state = State::Key(n + 1);
                    return Ok(());
                }
                (1 | 3, _) if ws => {
                    self.state = State::BeforeEq { range: n == 3 };
                    return Ok(());
                }
                (1 | 3, b'=') => {
                    self.state = State::AfterEq { range: n == 3 };
                    return Ok(());
                }
                _ => self.state = State::Seek,
            },
            State::BeforeEq { range } => {
                if ws {
                    return Ok(());
                }
                if b == b'=' {
                    self.state = State::AfterEq { range };
                    return Ok(());
                }
                self.state = State::Seek;
            }
            State::AfterEq { range } => {
                if ws {
                    return Ok(());
                }
                if b == b'"' || b == b'\'' {
                    self.state = State::Value { range, quote: b };
                    self.current = Position::default();
                    self.ends.clear();
                    self.value.clear();
                    self.far = false;
                    return Ok(());
                }
                self.state = State::Seek;
            }
            State::Value { range, quote } => {
                if b == quote {
                    self.state = State::Seek;
                    self.boundary = true;
                    return self.close(range);
                }
                if self.value.len() < 40 {
                    self.value.push(b);
                }
                if range && b == b':' {
                    self.ends.push(std::mem::take(&mut self.current));
                } else if !self.current.push(b) {
                    self.far = true;
                }
                return Ok(());
            }
        }
        // Seek (or a key that did not match): a key may start here.
        if b == b'r' && self.boundary {
            self.state = State::Key(1);
        }
        self.boundary = ws || b == b'"' || b == b'\'';
        Ok(())
    }

    /// A value ends: no reference in it goes too far, and a range (`A1:B2`) does not end
    /// before it starts.
    fn close(&mut self, range: bool) -> Result<(), Found> {
        if self.far {
            return Err(self.found(false));
        }
        if !range {
            return Ok(());
        }
        self.ends.push(std::mem::take(&mut self.current));
        if let [start, end] = self.ends[..] {
            if let (Some((r0, Some(c0))), Some((r1, Some(c1)))) = (start.cell(), end.cell()) {
                if r1 < r0 || c1 < c0 {
                    return Err(self.found(true));
                }
            }
        }
        Ok(())
    }

    fn found(&self, reversed: bool) -> Found {
        Found {
            reversed,
            value: String::from_utf8_lossy(&self.value).into_owned(),
        }
    }
}

/// A reference read as calamine reads it (letters, then digits, into `u32`s).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Position {
    col: u32,
    row: u32,
    digits: bool,
    /// Not a reference (a byte other than letters then digits): calamine refuses it.
    other: bool,
}

impl Position {
    /// Read one more byte; `false` when the row or column passes [`FAR`]: calamine's
    /// arithmetic overflows a little further on, reading the reference or counting
    /// cells and rows on from it.
    fn push(&mut self, b: u8) -> bool {
        if self.other {
            return true;
        }
        match b {
            b'A'..=b'Z' | b'a'..=b'z' if !self.digits => {
                let letter = u32::from(b.to_ascii_uppercase() - b'A') + 1;
                self.col = self.col.saturating_mul(26).saturating_add(letter);
                self.col <= FAR
            }
            b'0'..=b'9' => {
                self.digits = true;
                self.row = self
                    .row
                    .saturating_mul(10)
                    .saturating_add(u32::from(b - b'0'));
                self.row <= FAR
            }
            _ => {
                self.other = true;
                true
            }
        }
    }

    /// The 0-based (row, column) of a complete reference, if it is one.
    fn cell(self) -> Option<(u32, Option<u32>)> {
        if self.other {
            return None;
        }
        self.row
            .checked_sub(1)
            .map(|r| (r, self.col.checked_sub(1)))
    }
}

/// The box around a sheet's cells, 0-based and inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    rows: (u32, u32),
    cols: (u32, u32),
}

impl Span {
    pub fn at((r, c): (u32, u32)) -> Span {
        Span {
            rows: (r, r),
            cols: (c, c),
        }
    }

    pub fn include(&mut self, (r, c): (u32, u32)) {
        self.rows = (self.rows.0.min(r), self.rows.1.max(r));
        self.cols = (self.cols.0.min(c), self.cols.1.max(c));
    }

    /// Cells in the box.
    pub fn cells(&self) -> u64 {
        (u64::from(self.rows.1 - self.rows.0) + 1)
            .saturating_mul(u64::from(self.cols.1 - self.cols.0) + 1)
    }

    /// Refused when the box holds more than [`MAX_SPAN`] cells.
    pub fn check(&self, place: &str) -> Result<(), LimitError> {
        if self.cells() > MAX_SPAN {
            return Err(LimitError::TooLarge {
                place: place.to_string(),
                span: self.to_string(),
                cells: self.cells(),
            });
        }
        Ok(())
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cell = |r: u32, c: u32| format!("{}{}", column_name(c), u64::from(r) + 1);
        write!(
            f,
            "{}:{}",
            cell(self.rows.0, self.cols.0),
            cell(self.rows.1, self.cols.1)
        )
    }
}

/// A 0-based column as letters (`0` → `A`, `16383` → `XFD`).
fn column_name(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = u8::try_from((n - 1) % 26).unwrap_or(0);
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(xml: &str) -> Result<(), Found> {
        let mut s = Scan::default();
        // Byte by byte, as chunks may split anywhere.
        for b in xml.bytes() {
            s.feed(&[b])?;
        }
        Ok(())
    }

    fn beyond(value: &str) -> Result<(), Found> {
        Err(Found {
            reversed: false,
            value: value.into(),
        })
    }

    #[test]
    fn references_within_the_sheet_pass() {
        let ok = r#"<sheetData><row r="1048576" spans="1:3"><c r="XFD1048576" s="1"><v>1</v></c><c r="b7"/><c/></row></sheetData><dimension ref="A1:XFD1048576"/><selection sqref="A1 B2"/><x r="http://schemas.example/r"/>"#;
        assert_eq!(scan(ok), Ok(()));
        // Past Excel's limits but short of FAR: calamine reads them (the span is checked
        // while reading).
        let ok = r#"<c r="XFE1"/><c r="A1048577"/><c r="ZZZZZZ2147483648"/>"#;
        assert_eq!(scan(ok), Ok(()));
        // Long letter runs elsewhere are no references.
        assert_eq!(
            scan(r#"<?xml version="1.0" standalone="yes"?><worksheet xmlns:r="r"/>"#),
            Ok(())
        );
        // Leading zeros keep a row small, as in calamine.
        assert_eq!(scan(r#"<c r="A000000000000000001"/>"#), Ok(()));
    }

    #[test]
    fn references_past_the_last_cell_are_found_as_calamine_finds_them() {
        assert_eq!(scan(r#"<c r="A2147483649"/>"#), beyond("A2147483649"));
        assert_eq!(scan(r#"<row r="4294967295">"#), beyond("4294967295"));
        assert_eq!(scan(r#"<c r="ZZZZZZZ1"/>"#), beyond("ZZZZZZZ1"));
        assert_eq!(scan(r#"<c r="ndalone">"#), beyond("ndalone"));
        assert_eq!(
            scan(r#"<row r="111111111111110">"#),
            beyond("111111111111110")
        );
        assert_eq!(scan("<c r = 'A99999999999'/>"), beyond("A99999999999"));
        assert_eq!(
            scan("<c\ts=\"1\"r=\n\"A99999999999\"/>"),
            beyond("A99999999999")
        );
        assert_eq!(
            scan(r#"<c r="A1" r="B99999999999"/>"#),
            beyond("B99999999999")
        );
        assert_eq!(
            scan(r#"<dimension ref="A1:B99999999999"/>"#),
            beyond("A1:B99999999999")
        );
        // Not keys `r`: `rr`, `xr`, `sqref`.
        assert_eq!(
            scan(r#"<c rr="A99999999999" xr="A99999999999" sqref="A99999999999"/>"#),
            Ok(())
        );
    }

    #[test]
    fn a_reversed_range_is_found() {
        assert_eq!(
            scan(r#"<dimension ref="C5:A1"/>"#),
            Err(Found {
                reversed: true,
                value: "C5:A1".into()
            })
        );
        assert_eq!(scan(r#"<dimension ref="A1:C5"/><c r="C5"/>"#), Ok(()));
    }

    #[test]
    fn parts_are_scanned_as_bytes_whatever_their_byte_order_mark_says() {
        // Found by the fuzzer: a UTF-16 byte-order mark on ASCII XML. quick-xml only
        // records the encoding and calamine reads the ASCII as it is.
        let xml = b"\xFF\xFE<worksheet><dimension ref=\"A1:pengemudi\"/></worksheet>";
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut zip, xml).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert_eq!(
            check_references(&bytes),
            Err(LimitError::BeyondLastCell {
                place: "xl/worksheets/sheet1.xml".into(),
                reference: "A1:pengemudi".into()
            })
        );
    }

    #[test]
    fn spans_past_the_limit_are_refused() {
        let mut span = Span::at((0, 0));
        span.include((1_048_575, 16_383));
        assert_eq!(
            span.check("sheet s"),
            Err(LimitError::TooLarge {
                place: "sheet s".into(),
                span: "A1:XFD1048576".into(),
                cells: 17_179_869_184,
            })
        );
        let mut table = Span::at((99_999, 49));
        table.include((0, 0));
        assert_eq!(table.to_string(), "A1:AX100000");
        assert_eq!(table.cells(), 5_000_000);
        assert_eq!(table.check("s"), Ok(()));
    }

    #[test]
    fn column_names() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16_383), "XFD");
    }
}
