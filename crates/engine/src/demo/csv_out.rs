//! Datasets as CSV files, in the two dialects users bring: plain (comma, short column
//! names, ISO dates, decimal point) and SIASN-style as Indonesian Excel saves it
//! (semicolon, SIASN headers, `'`-prefixed NIP, dd-mm-yyyy, decimal comma, CRLF, BOM).

use super::layout::{self, Cell, Headers};
use crate::dataset::Dataset;

/// The CSV dialect to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvStyle {
    /// `,`, short names, `2020-01-31`, `3.42`, LF.
    Plain,
    /// `;`, SIASN headers for pegawai, `'NIP`, `31-01-2020`, `3,42`, CRLF, UTF-8 BOM.
    Siasn,
}

struct Dialect {
    delimiter: char,
    line_end: &'static str,
    decimal_comma: bool,
    nip_apostrophe: bool,
    iso_dates: bool,
    bom: bool,
}

impl CsvStyle {
    fn dialect(self) -> Dialect {
        match self {
            CsvStyle::Plain => Dialect {
                delimiter: ',',
                line_end: "\n",
                decimal_comma: false,
                nip_apostrophe: false,
                iso_dates: true,
                bom: false,
            },
            CsvStyle::Siasn => Dialect {
                delimiter: ';',
                line_end: "\r\n",
                decimal_comma: true,
                nip_apostrophe: true,
                iso_dates: false,
                bom: true,
            },
        }
    }
}

/// A number as a spreadsheet would show it: shortest exact decimal, no exponent.
pub fn number_text(x: f64, decimal_comma: bool) -> String {
    let s = format!("{x}");
    if decimal_comma {
        s.replace('.', ",")
    } else {
        s
    }
}

fn field(out: &mut String, value: &str, d: &Dialect) {
    let needs_quotes = value
        .chars()
        .any(|c| c == d.delimiter || c == '"' || c == '\n' || c == '\r')
        || value.starts_with(char::is_whitespace)
        || value.ends_with(char::is_whitespace);
    if needs_quotes {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn cell_text(c: &Cell, d: &Dialect) -> String {
    match c {
        Cell::Text(s) => s.clone(),
        Cell::Nip(s) if d.nip_apostrophe => format!("'{s}"),
        Cell::Nip(s) => s.clone(),
        Cell::Number(x) => number_text(*x, d.decimal_comma),
        Cell::Date(date) if d.iso_dates => date.to_string(),
        Cell::Date(date) => format!("{:02}-{:02}-{:04}", date.day, date.month, date.year),
        Cell::Empty => String::new(),
    }
}

/// Every table of the dataset as `(file name, bytes)`: `pegawai.csv`, `kebutuhan.csv`,
/// `unit.csv`, `kompatibilitas.csv`, `uraian_tugas.csv`.
pub fn write_csv(ds: &Dataset, style: CsvStyle) -> Vec<(String, Vec<u8>)> {
    let d = style.dialect();
    let headers = match style {
        CsvStyle::Plain => Headers::Short,
        CsvStyle::Siasn => Headers::Siasn,
    };
    layout::tables(ds, headers)
        .into_iter()
        .map(|t| {
            let mut out = String::new();
            if d.bom {
                out.push('\u{feff}');
            }
            let lines = std::iter::once(t.headers.iter().map(|h| (*h).to_string()).collect())
                .chain(
                    t.rows
                        .iter()
                        .map(|r| r.iter().map(|c| cell_text(c, &d)).collect()),
                );
            for line in lines {
                let line: Vec<String> = line;
                for (i, value) in line.iter().enumerate() {
                    if i > 0 {
                        out.push(d.delimiter);
                    }
                    field(&mut out, value, &d);
                }
                out.push_str(d.line_end);
            }
            (format!("{}.csv", t.name), out.into_bytes())
        })
        .collect()
}
