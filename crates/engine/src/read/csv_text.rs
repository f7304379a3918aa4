//! CSV text to a raw table: the delimiter is detected from the header line (`,` `;`
//! `|` or tab, outside quotes), quoted fields may hold delimiters and newlines, and each
//! record keeps the line it starts on so messages point at the row the user sees.

use super::{RawRow, RawTable};

/// Lines looked at to detect the delimiter: enough to get past a report's title rows.
const SNIFF_LINES: usize = 30;

/// The delimiter of the table: the one that splits some line of the first
/// `SNIFF_LINES` (outside quotes) into the most fields, so title rows above the header
/// do not decide it (`,` when none occurs).
pub fn detect_delimiter(text: &str) -> u8 {
    let candidates = [b',', b';', b'\t', b'|'];
    let mut best = [0usize; 4];
    let mut counts = [0usize; 4];
    let mut quoted = false;
    let mut lines = 0;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => {
                if b == b'\r' && bytes.peek() == Some(&b'\n') {
                    bytes.next();
                }
                for i in 0..4 {
                    best[i] = best[i].max(counts[i]);
                }
                counts = [0; 4];
                lines += 1;
                if lines == SNIFF_LINES {
                    break;
                }
            }
            _ if !quoted => {
                if let Some(i) = candidates.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    for i in 0..4 {
        best[i] = best[i].max(counts[i]);
    }
    let mut pick = 0;
    for i in 1..candidates.len() {
        if best[i] > best[pick] {
            pick = i;
        }
    }
    candidates[pick]
}

/// Excel's `sep=;` first line: the delimiter it names and the text after that line.
fn sep_line(text: &str) -> Option<(u8, &str)> {
    let end = text.find(['\n', '\r']).unwrap_or(text.len());
    let line = text.get(..end)?.trim();
    let rest = text.get(end..)?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
        .or_else(|| rest.strip_prefix('\r'))
        .unwrap_or(rest);
    let value = line
        .get(..4)
        .filter(|head| head.eq_ignore_ascii_case("sep="))
        .and_then(|_| line.get(4..))?;
    match value.as_bytes() {
        [d] if matches!(*d, b',' | b';' | b'\t' | b'|') => Some((*d, rest)),
        _ => None,
    }
}

/// Parse CSV text into a table named `name`. The first non-blank record is the header
/// (validation may find the real header further down, below title rows); an Excel
/// `sep=` first line sets the delimiter and is not a row.
pub fn read(file: &str, name: &str, text: &str) -> Result<RawTable, String> {
    let (delimiter, text) = match sep_line(text) {
        Some((d, rest)) => (d, rest),
        None => (detect_delimiter(text), text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut header_line = 1;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut counter = RowCounter::new(text, delimiter);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(format!("CSV: {e}")),
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let start = record.position().map(|p| p.byte()).unwrap_or(0);
        let line = counter.row_at(usize::try_from(start).unwrap_or(usize::MAX));
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if headers.is_none() {
            headers = Some(cells);
            header_line = line;
            continue;
        }
        rows.push(RawRow { line, cells });
    }
    Ok(RawTable {
        file: file.to_string(),
        name: name.to_string(),
        headers: headers.unwrap_or_default(),
        header_line,
        rows,
    })
}

/// Spreadsheet row numbers of records from their byte offsets: a row ends at a line end
/// (LF, CRLF or a lone CR, as the csv crate ends records) outside quotes, so a quoted
/// cell holding a line break stays one row, as in the spreadsheet the user opens.
struct RowCounter<'a> {
    bytes: &'a [u8],
    delimiter: u8,
    offset: usize,
    row: u32,
    quoted: bool,
    field_start: bool,
}

impl<'a> RowCounter<'a> {
    fn new(text: &'a str, delimiter: u8) -> Self {
        RowCounter {
            bytes: text.as_bytes(),
            delimiter,
            offset: 0,
            row: 1,
            quoted: false,
            field_start: true,
        }
    }

    /// The row of the first character at or after `start` that is not a line end.
    /// Offsets must not decrease between calls.
    fn row_at(&mut self, start: usize) -> u32 {
        let mut start = start.min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        while self.offset < start {
            let b = self.bytes[self.offset];
            let next = self.bytes.get(self.offset + 1).copied();
            if self.quoted {
                if b == b'"' {
                    if next == Some(b'"') {
                        self.offset += 1;
                    } else {
                        self.quoted = false;
                    }
                }
            } else if b == b'"' && self.field_start {
                self.quoted = true;
            } else if b == b'\n' || (b == b'\r' && next != Some(b'\n')) {
                self.row = self.row.saturating_add(1);
            }
            self.field_start = !self.quoted && (matches!(b, b'\n' | b'\r') || b == self.delimiter);
            self.offset += 1;
        }
        self.row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_delimiters_outside_quotes() {
        assert_eq!(detect_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(detect_delimiter("\"a;b\",c"), b',');
        assert_eq!(detect_delimiter("a\tb\tc"), b'\t');
        assert_eq!(detect_delimiter("a|b"), b'|');
        assert_eq!(detect_delimiter("a"), b',');
        assert_eq!(
            detect_delimiter("DATA PNS, KOTA X\n\nnip;nama;unit\n1;2;3"),
            b';'
        );
    }

    #[test]
    fn reads_excel_sep_line_and_title_rows() {
        let t = read("f", "t", "sep=;\r\nnip;nama\r\n1;\"a;b\"\r\n").unwrap();
        assert_eq!(t.headers, vec!["nip", "nama"]);
        assert_eq!(t.header_line, 1);
        assert_eq!(t.rows[0].cells, vec!["1", "a;b"]);
        assert_eq!(t.rows[0].line, 2);
        let t = read("f", "t", "DATA PNS KOTA\n\nnip,nama\n1,\"5\"\" x\ny\"\n2,b").unwrap();
        assert_eq!(t.headers, vec!["DATA PNS KOTA"]);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[2].line, 5);
        assert_eq!(t.rows[2].cells, vec!["2", "b"]);
    }

    #[test]
    fn numbers_rows_as_the_spreadsheet_does() {
        for eol in ["\r\n", "\n", "\r"] {
            let text = format!("a,b{eol}1,\"x{eol}y\"{eol}{eol}2,z{eol}3,w");
            let t = read("f", "t", &text).unwrap();
            assert_eq!(t.headers, vec!["a", "b"]);
            assert_eq!(t.rows.len(), 3);
            assert_eq!(t.rows[0].line, 2);
            assert_eq!(t.rows[0].cells[1], format!("x{eol}y"));
            // The quoted line break stays inside row 2; the blank line is row 3.
            assert_eq!(t.rows[1].line, 4);
            assert_eq!(t.rows[2].line, 5);
        }
    }
}
