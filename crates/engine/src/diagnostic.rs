//! Problems found in users' files, as data. A diagnostic says where (file, table, row as
//! the spreadsheet counts it, column as the user wrote it), what value, and which kind of
//! problem; the texts are produced on demand in the user's language, so the app, the CLI
//! and the tests share one description of every problem and can never drift apart.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Whether a problem stops the import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// Structural: the import stops and the previous data stays as it was.
    Error,
    /// The rest can still be used (the row is skipped, or kept with a default).
    Warning,
}

/// What is wrong, with the parameters the texts need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum DiagnosticKind {
    /// The file or sheet cannot be read at all.
    UnreadableFile { reason: String },
    /// The text is not UTF-8; it was read as Windows-1252.
    EncodingFallback,
    /// A file or sheet whose name is not one of the tables; ignored.
    UnknownTable { accepted: Vec<String> },
    /// The same table arrived twice (two files, or a file and a sheet).
    DuplicateTable { other_file: String },
    /// A required table is absent. `accepted`: table names that would satisfy it.
    MissingTable { accepted: Vec<String> },
    /// A required column is absent. `accepted`: every header name taken for it.
    MissingColumn {
        field: String,
        accepted: Vec<String>,
    },
    /// A required table has no usable row.
    EmptyTable,
    /// The NIP is in exponent form (1.98E+17): a spreadsheet turned it into a number.
    NipExponent,
    /// The NIP is not 18 digits.
    NipLength,
    /// A value the row cannot do without is blank.
    MissingValue,
    /// Not a date in any accepted form.
    BadDate,
    /// Not a decimal number (decimal comma or point; no thousands separators).
    BadNumber,
    /// A number that must be >= 0 is negative.
    NegativeNumber,
    /// A retirement age that is not a whole number of years between 30 and 80.
    BadBup,
    /// Not a yes/no value.
    BadBoolean,
    /// Not PNS, CPNS or PPPK.
    BadStatus,
    /// Not a sex (L/P, laki-laki/perempuan, ...).
    BadSex,
    /// Not tahun / bulan / minggu / hari.
    BadPeriod,
    /// `tmt_jabatan` blank: the employee is kept but never moved.
    MissingTmt,
    /// No birth date in the column and none in the NIP: retirement cannot be computed.
    UnknownBirthDate,
    /// The same NIP on several rows (every row listed).
    DuplicateNip { rows: Vec<u32> },
    /// The same (unit, jabatan) twice in `kebutuhan` (every row listed).
    DuplicateSlot { rows: Vec<u32> },
    /// The same unit twice in `unit`; the first row is used.
    DuplicateUnit { first_row: u32 },
    /// Two or more columns map to one field; the import does not guess which is meant.
    AmbiguousColumns { field: String, columns: Vec<String> },
    /// The header is not the table's first row (title rows above it were passed over);
    /// the diagnostic's row is the header's.
    HeaderBelow,
    /// A row with no NIP, unit or jabatan (blank, a totals row, a note): skipped.
    NotAPerson,
    /// A person row without a unit or a jabatan: it cannot be counted in any slot.
    UnplacedPerson,
    /// Two status columns of one person disagree (PPPK beside PNS or CPNS).
    StatusConflict,
    /// A date like `03/04/2020` in a column that writes the month first elsewhere
    /// (`evidence`: such a row): it could mean either day, so it is not read.
    DateOrderAmbiguous { evidence: u32 },
    /// A `kompatibilitas` jabatan that no other table mentions; the row is skipped.
    UnknownCompatibilityJabatan,
    /// The employee's (unit, jabatan) has no need row: outside the model, never moved.
    NoNeedRow,
    /// A `konflik` row whose NIP or unit is not in the data; the row is skipped.
    UnknownConflict,
    /// An education or grade value (of a requirement or of an employee, when a
    /// requirement asks for it) that names no level: it counts as missing.
    UnreadableLevel,
    /// A `kebutuhan_sementara` row whose unit is not in the data; the row is skipped.
    UnknownTemporaryUnit,
    /// A `kebutuhan_sementara` row that ends before it starts, or asks for no one
    /// (`tambahan` not above 0); the row is skipped.
    BadTemporaryNeed,
    /// Rows disagree on a unit's OPD; `kept` is the value used (the first).
    OpdConflict { kept: String },
}

/// One problem, located.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file it came from (`pegawai.csv`, `data.xlsx`).
    pub file: String,
    /// The table (`pegawai`, ...), or the file/sheet name when it is not a table.
    pub table: String,
    /// The row as the user's spreadsheet numbers it (header is row 1).
    pub row: Option<u32>,
    /// The column as the user's header writes it (or the short name when absent).
    pub column: Option<String>,
    pub value: Option<String>,
    pub kind: DiagnosticKind,
}

impl Diagnostic {
    /// A diagnostic of a whole table or file.
    pub fn table(severity: Severity, file: &str, table: &str, kind: DiagnosticKind) -> Self {
        Diagnostic {
            severity,
            file: file.to_string(),
            table: table.to_string(),
            row: None,
            column: None,
            value: None,
            kind,
        }
    }

    /// Set the row.
    pub fn at_row(mut self, row: u32) -> Self {
        self.row = Some(row);
        self
    }

    /// Set the column.
    pub fn in_column(mut self, column: &str) -> Self {
        self.column = Some(column.to_string());
        self
    }

    /// Set the value.
    pub fn with_value(mut self, value: &str) -> Self {
        self.value = Some(value.to_string());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether the row it names was left out of the dataset.
    pub fn skips_row(&self) -> bool {
        use DiagnosticKind::*;
        self.severity == Severity::Warning
            && !self.keeps_person_immovable()
            && matches!(
                self.kind,
                NipExponent
                    | NipLength
                    | MissingValue
                    | BadDate
                    | BadNumber
                    | NegativeNumber
                    | BadBup
                    | BadBoolean
                    | BadStatus
                    | BadSex
                    | BadPeriod
                    | DuplicateUnit { .. }
                    | UnknownCompatibilityJabatan
                    | UnknownConflict
                    | UnknownTemporaryUnit
                    | BadTemporaryNeed
                    | NotAPerson
            )
    }

    /// Whether it is about a person who stays counted in the slot but is never moved,
    /// because a value of the row cannot be read or contradicts another.
    pub fn keeps_person_immovable(&self) -> bool {
        use DiagnosticKind::*;
        self.severity == Severity::Warning
            && self.table == crate::columns::TableKind::Pegawai.name()
            && matches!(
                self.kind,
                NipExponent
                    | NipLength
                    | MissingValue
                    | BadDate
                    | BadBup
                    | BadBoolean
                    | BadStatus
                    | BadSex
                    | StatusConflict
                    | DateOrderAmbiguous { .. }
            )
    }

    /// Where: "pegawai, baris 5, kolom NIP BARU".
    pub fn location(&self, lang: Lang) -> String {
        let mut parts = vec![self.table.clone()];
        if self.file != self.table && !self.file.is_empty() {
            parts[0] = format!("{} ({})", self.table, self.file);
        }
        if let Some(r) = self.row {
            parts.push(format!("{} {r}", lang.pick("baris", "row")));
        }
        if let Some(c) = &self.column {
            parts.push(format!("{} {c}", lang.pick("kolom", "column")));
        }
        parts.join(", ")
    }

    /// What is wrong, in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        crate::diagnostic_text::message(self, lang)
    }

    /// What to do about it, in the user's language.
    pub fn hint(&self, lang: Lang) -> String {
        crate::diagnostic_text::hint(self, lang)
    }

    /// One line: location, value, message, hint.
    pub fn describe(&self, lang: Lang) -> String {
        let level = match self.severity {
            Severity::Error => lang.pick("GALAT", "ERROR"),
            Severity::Warning => lang.pick("PERINGATAN", "WARNING"),
        };
        let value = match &self.value {
            Some(v) => format!(" {} \"{v}\"", lang.pick("nilai", "value")),
            None => String::new(),
        };
        format!(
            "{level}: {}{value}: {} {}",
            self.location(lang),
            self.message(lang),
            self.hint(lang)
        )
    }
}
