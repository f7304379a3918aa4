//! A report table before it is written: a name (the sheet, and the CSV file's stem),
//! headers in the user's language and rows of typed values. The writers only decide how
//! a value looks, so a workbook and its CSV files always hold the same information.

use crate::date::Date;
use crate::lang::Lang;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Free text (names, explanations): neutralised against formula injection.
    Text(String),
    /// An 18-digit NIP: always text, never a number.
    Nip(String),
    /// A count.
    Int(i64),
    /// A decimal (need, selisih, cost).
    Decimal(f64),
    /// A share between 0 and 1 (shown as a percentage in XLSX, a decimal in CSV).
    Ratio(f64),
    Date(Date),
    Empty,
}

impl Value {
    /// Text, or empty when the text is.
    pub fn text(s: &str) -> Value {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.to_string())
        }
    }

    /// Optional text.
    pub fn opt_text(s: Option<&str>) -> Value {
        s.map_or(Value::Empty, Value::text)
    }

    /// A count.
    pub fn int(n: impl Into<i64>) -> Value {
        Value::Int(n.into())
    }

    /// An optional decimal (`None` when undefined, e.g. EJ without staff).
    pub fn opt_decimal(v: Option<f64>) -> Value {
        v.map_or(Value::Empty, Value::Decimal)
    }
}

/// A column header in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub id: &'static str,
    pub en: &'static str,
}

/// Shorthand for a [`Column`].
pub const fn col(id: &'static str, en: &'static str) -> Column {
    Column { id, en }
}

/// One table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Sheet name and CSV file stem (`usulan_mutasi`, ...): the same in both languages,
    /// so files keep their names whichever language the user reads.
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// An empty table with these columns, headers in `lang`.
    pub fn new(name: &'static str, columns: &[Column], lang: Lang) -> Table {
        Table {
            name,
            headers: columns
                .iter()
                .map(|c| lang.pick(c.id, c.en).to_string())
                .collect(),
            rows: Vec::new(),
        }
    }
}
