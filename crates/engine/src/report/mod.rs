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
//! - [`temporary`]: the moves decided as temporary assignments, by name;
//! - [`flows`]: the largest flows of people between OPDs, by name;
//! - [`cover`], [`parameters`], [`adjustments_log`]: what the decision was made on and
//!   under — the scenario, its data, its parameters and rules in words, and every
//!   adjustment with its reason;
//! - [`bundle`]: all of them together;
//! - [`template`], [`guide`]: the empty-but-for-examples input workbook and its
//!   column guide;
//! - [`error`]: why an export failed.

pub mod adjustments_log;
pub mod analysis_table;
pub mod assignments;
pub mod bundle;
pub mod conflicts;
pub mod cover;
pub mod csv_file;
pub mod error;
pub mod fairness;
pub mod fairness_table;
pub mod flows;
pub mod guide;
pub mod moves;
pub mod names;
pub mod neutralise;
pub mod parameters;
pub mod requests;
pub mod retirement;
pub mod shortage;
pub mod table;
pub mod template;
pub mod temporary;
pub mod workbook;
pub mod xlsx;

pub use adjustments_log::{adjustments_log, adjustments_table, LogEntry};
pub use analysis_table::analysis_table;
pub use bundle::{report_csv, report_tables, report_xlsx, ReportInput};
pub use conflicts::{conflicts_table, ConflictEffect};
pub use cover::ReportContext;
pub use csv_file::{table_csv, CsvFile};
pub use error::ExportError;
pub use fairness::{audit, Dimension, FairnessAudit, Group, GroupStat};
pub use fairness_table::fairness_table;
pub use flows::{flows, flows_table, Flow};
pub use moves::moves_table;
pub use parameters::{parameters_table, rules_table};
pub use requests::requests_table;
pub use retirement::projection_tables;
pub use shortage::{remaining_shortages, shortage_tables, ShortageRow, Shortages};
pub use table::{Table, Value};
pub use template::template_xlsx;
pub use temporary::temporary_table;
pub use workbook::new_workbook;
pub use xlsx::tables_xlsx;
