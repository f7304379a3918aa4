//! The bodies of the fuzz targets, one module each, as plain functions of the input
//! bytes. The engine's and the stored crate's tests include the same files (`#[path]`)
//! to replay the committed seed corpora and the regressions on stable, so a body cannot
//! rot while nobody runs the fuzzer. Each body walks the path the app takes with a
//! user's file and asserts what users are promised: no panic, a refusal with at least
//! one error, every message in both languages, rows that exist in the file.

pub mod common;
pub mod csv_reader;
pub mod scenario_file;
pub mod xlsx_reader;
pub mod xlsx_sheet;
