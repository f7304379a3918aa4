//! Reports and exports: what leaves the planner for people who were not at the screen —
//! the proposed moves with their reasons, the analysis before and after, the shortages
//! left for recruitment, the retirement projection and the fairness audit — as one XLSX
//! workbook (a sheet per table) or one CSV file per table, plus the input template.
//!
//! Every table is first built as typed values ([`table`]), then written by one of two
//! writers ([`xlsx`], [`csv_file`]), so a workbook and its CSV files always carry the
//! same rows. Text that a spreadsheet would run as a formula is made inert
//! ([`neutralise`]) and NIPs are always text. Bytes out, never files: the app offers
//! them as downloads, the CLI writes them.
//!
//! - [`table`]: a table of typed cells with its headers in the user's language;
//! - [`neutralise`]: the defence against formula (CSV) injection;
//! - [`workbook`]: a workbook with a fixed date, so the bytes never depend on the clock;
//! - [`xlsx`], [`csv_file`]: the two writers;
//! - [`moves`]: the proposed moves with their reasons;
//! - [`analysis_table`]: OPD → unit → jabatan, before and after a plan;
//! - [`shortage`]: what is still short after the plan, and the recruitment need;
//! - [`retirement`]: the retirement projection as tables;
//! - [`fairness`], [`fairness_table`]: who is moved, against who could be;
//! - [`bundle`]: all of them together;
//! - [`template`], [`guide`]: the empty-but-for-examples input workbook and its
//!   column guide;
//! - [`error`]: why an export failed.

pub mod analysis_table;
pub mod bundle;
pub mod csv_file;
pub mod error;
pub mod fairness;
pub mod fairness_table;
pub mod guide;
pub mod moves;
pub mod names;
pub mod neutralise;
pub mod retirement;
pub mod shortage;
pub mod table;
pub mod template;
pub mod workbook;
pub mod xlsx;

pub use analysis_table::analysis_table;
pub use bundle::{report_csv, report_tables, report_xlsx, ReportInput};
pub use csv_file::{table_csv, CsvFile};
pub use error::ExportError;
pub use fairness::{audit, Dimension, FairnessAudit, Group, GroupStat};
pub use fairness_table::fairness_table;
pub use moves::moves_table;
pub use retirement::projection_tables;
pub use shortage::{remaining_shortages, shortage_tables, ShortageRow, Shortages};
pub use table::{Table, Value};
pub use template::template_xlsx;
pub use workbook::new_workbook;
pub use xlsx::tables_xlsx;
