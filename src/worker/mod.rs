//! The solver's web worker, so the page stays responsive while a plan is computed. The
//! protocol, the jobs and the worker's state are plain Rust in
//! `seimbang_workbench::worker`; here is only the browser glue:
//!
//! - [`entry`]: the worker's global scope (`src/bin/worker.rs` calls it): messages in,
//!   answers out, IndexedDB reads and writes;
//! - [`transport`]: the page's side of one worker: spawn, post, terminate.
//!
//! Cancelling a run terminates the worker.

pub mod entry;
pub mod transport;
