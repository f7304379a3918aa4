//! CSV text to a raw table: the delimiter is detected from the header line (`,` `;`
//! `|` or tab, outside quotes), quoted fields may hold delimiters and newlines, and each
//! record keeps the line it starts on so messages point at the row the user sees.

use super::{RawRow, RawTable};

/// The delimiter that occurs most in the first line outside quotes (`,` when none).
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(i) = candidates.iter().position(|c| *c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..candidates.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

/// Parse CSV text into a table named `name`. The first record is the header.
pub fn read(file: &str, name: &str, text: &str) -> Result<RawTable, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::new(text);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(format!("CSV: {e}")),
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if headers.is_none() {
            headers = Some(cells);
            continue;
        }
        let start = record.position().map(|p| p.byte()).unwrap_or(0);
        let line = lines.line_at(usize::try_from(start).unwrap_or(usize::MAX));
        rows.push(RawRow { line, cells });
    }
    Ok(RawTable {
        file: file.to_string(),
        name: name.to_string(),
        headers: headers.unwrap_or_default(),
        rows,
    })
}

/// Line numbers of records from their byte offsets. A line ends with LF, CRLF or a
/// lone CR (classic Mac exports), as the csv crate ends records. (The csv crate's own
/// line count lags by one after a CRLF, whose `\n` it consumes with the next record.)
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `start` that is not a line end.
    /// Offsets must not decrease between calls.
    fn line_at(&mut self, start: usize) -> u32 {
        let mut start = start.min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.offset {
            let bytes = self.bytes;
            let newlines = (self.offset..start)
                .filter(|&i| match bytes[i] {
                    b'\n' => true,
                    b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                    _ => false,
                })
                .count();
            self.line = self
                .line
                .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.offset = start;
        }
        self.line
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
    }

    #[test]
    fn keeps_line_numbers_across_embedded_newlines() {
        for eol in ["\r\n", "\n", "\r"] {
            let text = format!("a,b{eol}1,\"x{eol}y\"{eol}{eol}2,z{eol}3,w");
            let t = read("f", "t", &text).unwrap();
            assert_eq!(t.headers, vec!["a", "b"]);
            assert_eq!(t.rows.len(), 3);
            assert_eq!(t.rows[0].line, 2);
            assert_eq!(t.rows[0].cells[1], format!("x{eol}y"));
            assert_eq!(t.rows[1].line, 5);
            assert_eq!(t.rows[2].line, 6);
        }
    }
}
