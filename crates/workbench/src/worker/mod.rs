//! The solver worker's side that has no browser in it.
//!
//! - [`request`], [`response`]: the messages between the page and the worker (DTOs);
//! - [`error`]: why a job or a run gave no answer (one enum, in the user's language);
//! - [`codec`]: how a message travels (a protocol version, then postcard bytes);
//! - [`tasks`]: the heavy jobs (import, stored form, share file, report files);
//! - [`serve`]: the worker's state: the held dataset, runs with progress, jobs.
//!
//! The page sends a dataset once ([`request::Request::LoadData`]); later runs send only
//! parameters ([`request::SolveRequest`]). The app's `worker::entry` wires [`serve`] to
//! the worker's global scope, `worker::transport` is the page's side.

pub mod codec;
pub mod error;
pub mod request;
pub mod response;
pub mod serve;
pub mod tasks;
