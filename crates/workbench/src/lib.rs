//! The app's logic that has no browser in it, so it is tested with plain `cargo test`:
//! the page's shell (`seimbang-app`) keeps components, effects and browser glue, and
//! calls these plain functions and values.
//!
//! - [`adjusting`]: the user's adjustments as edits of an `Adjustments` value;
//! - [`analysis_rows`], [`move_rows`]: the Analisis and moves tables as rows;
//! - [`figures`]: a plan's figures and moves in their stored form;
//! - [`compare`]: two saved scenarios side by side, and a shared plan checked;
//! - [`need_timeline`]: the temporary needs on one time axis;
//! - [`worker`]: the solver worker's messages, codec, jobs and server.

pub mod adjusting;
pub mod analysis_rows;
pub mod compare;
pub mod figures;
pub mod move_rows;
pub mod need_timeline;
pub mod worker;
