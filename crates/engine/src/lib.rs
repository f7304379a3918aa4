//! Seimbang's engine: everything that turns users' files into a balanced transfer plan,
//! as plain functions over values. It never touches the browser, the clock, the file
//! system or the network; the caller passes in bytes, today's date and parameters.

pub mod abk;
pub mod analysis;
pub mod analysis_csv;
pub mod cell;
pub mod columns;
pub mod dataset;
pub mod date;
pub mod demo;
pub mod diagnostic;
mod diagnostic_text;
pub mod eligibility;
pub mod evaluation;
pub mod evaluation_csv;
pub mod fingerprint;
pub mod import;
pub mod import_summary;
pub mod lang;
pub mod level;
pub mod nip;
pub mod params;
pub mod params_doc;
pub mod params_value;
pub mod pj;
pub mod plan;
pub mod projection;
pub mod read;
pub mod report;
pub mod rule;
pub mod rules;
pub mod scenario;
pub mod slot;
pub mod validate;

pub use dataset::Dataset;
pub use date::Date;
pub use params::Params;
