//! One table being validated: its raw rows, where its fields sit, and a row reader
//! that turns cells into values or into the diagnostic that explains why not.

use crate::cell;
use crate::columns::{Columns, Field, TableKind};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::read::{RawRow, RawTable};

/// A row problem that skips the row (boxed: diagnostics are large and rare).
pub type Skip = Box<Diagnostic>;

/// Rows searched for the header when the first one lacks a required column: exports
/// put a title, a date and a blank line or two above it.
const HEADER_SEARCH_ROWS: usize = 20;

/// A raw table with its column map.
pub struct Sheet<'a> {
    pub kind: TableKind,
    pub raw: &'a RawTable,
    pub cols: Columns,
    /// The data rows: those below the header.
    pub rows: &'a [RawRow],
    /// The header's row, when it is not the table's first row (title rows above it).
    pub header_below: Option<u32>,
}

impl<'a> Sheet<'a> {
    /// The table with its header: the first row, or else the first of the next rows
    /// that holds every required column.
    pub fn new(kind: TableKind, raw: &'a RawTable) -> Sheet<'a> {
        let cols = Columns::resolve(kind, &raw.headers);
        if cols.missing(kind).is_empty() {
            return Sheet {
                kind,
                raw,
                cols,
                rows: &raw.rows,
                header_below: None,
            };
        }
        let found = raw
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .enumerate()
            .map(|(i, r)| (i, r, Columns::resolve(kind, &r.cells)))
            .find(|(_, _, c)| c.missing(kind).is_empty());
        match found {
            Some((i, header, cols)) => Sheet {
                kind,
                raw,
                cols,
                rows: raw.rows.get(i + 1..).unwrap_or(&[]),
                header_below: Some(header.line),
            },
            None => Sheet {
                kind,
                raw,
                cols,
                rows: &raw.rows,
                header_below: None,
            },
        }
    }

    /// A diagnostic about this table.
    pub fn diag(&self, severity: Severity, kind: DiagnosticKind) -> Diagnostic {
        Diagnostic::table(severity, &self.raw.file, self.kind.name(), kind)
    }

    /// A reader for one of its rows.
    pub fn row(&'a self, row: &'a RawRow) -> Row<'a> {
        Row { sheet: self, row }
    }
}

/// One row being read. Every method that can fail returns the row-skipping warning.
pub struct Row<'a> {
    sheet: &'a Sheet<'a>,
    row: &'a RawRow,
}

impl<'a> Row<'a> {
    pub fn line(&self) -> u32 {
        self.row.line
    }

    /// A warning about a field of this row.
    pub fn warn(&self, field: Field, value: Option<&str>, kind: DiagnosticKind) -> Diagnostic {
        self.at(Severity::Warning, field, value, kind)
    }

    /// The row-skipping warning about a field of this row.
    pub fn skip(&self, field: Field, value: Option<&str>, kind: DiagnosticKind) -> Skip {
        Box::new(self.warn(field, value, kind))
    }

    /// A diagnostic about a field of this row.
    pub fn at(
        &self,
        severity: Severity,
        field: Field,
        value: Option<&str>,
        kind: DiagnosticKind,
    ) -> Diagnostic {
        let header = self
            .sheet
            .cols
            .value(field, self.row)
            .map(|(_, h)| h)
            .unwrap_or_else(|| self.sheet.cols.header(field));
        let d = self
            .sheet
            .diag(severity, kind)
            .at_row(self.row.line)
            .in_column(header);
        match value {
            Some(v) => d.with_value(v),
            None => d,
        }
    }

    /// The row's first non-blank cell, trimmed (to name a row that is nobody's).
    pub fn first_text(&self) -> Option<&'a str> {
        self.row
            .cells
            .iter()
            .map(|c| c.trim())
            .find(|c| !c.is_empty())
    }

    /// The field's text (first non-blank column), trimmed.
    pub fn text(&self, field: Field) -> Option<&'a str> {
        self.sheet.cols.text(field, self.row)
    }

    /// Every non-blank value of the field with its header.
    pub fn values(&self, field: Field) -> Vec<(&'a str, &'a str)> {
        self.sheet.cols.values(field, self.row)
    }

    /// The field's text, required.
    pub fn required(&self, field: Field) -> Result<&'a str, Skip> {
        self.text(field)
            .ok_or_else(|| self.skip(field, None, DiagnosticKind::MissingValue))
    }

    /// An optional text as an owned string.
    pub fn owned(&self, field: Field) -> Option<String> {
        self.text(field).map(str::to_string)
    }

    /// A decimal >= 0 (a unit word after it is allowed: `2 orang`), or `default` when
    /// blank.
    pub fn non_negative(&self, field: Field, default: Option<f64>) -> Result<f64, Skip> {
        let Some(t) = self.text(field) else {
            return default.ok_or_else(|| self.skip(field, None, DiagnosticKind::MissingValue));
        };
        let v = cell::quantity(t)
            .ok_or_else(|| self.skip(field, Some(t), DiagnosticKind::BadNumber))?;
        if v < 0.0 {
            return Err(self.skip(field, Some(t), DiagnosticKind::NegativeNumber));
        }
        Ok(v)
    }

    /// A yes/no value (blank is no).
    pub fn boolean(&self, field: Field) -> Result<bool, Skip> {
        match self.text(field) {
            None => Ok(false),
            Some(t) => cell::boolean(t)
                .ok_or_else(|| self.skip(field, Some(t), DiagnosticKind::BadBoolean)),
        }
    }

    /// An optional date.
    pub fn date(&self, field: Field) -> Result<Option<Date>, Skip> {
        match self.text(field) {
            None => Ok(None),
            Some(t) => cell::date(t)
                .map(Some)
                .ok_or_else(|| self.skip(field, Some(t), DiagnosticKind::BadDate)),
        }
    }
}
