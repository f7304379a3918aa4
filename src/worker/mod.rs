//! The solver's web worker, so the page stays responsive while a plan is computed.
//!
//! - [`request`], [`response`]: the messages between the page and the worker (DTOs);
//! - [`codec`]: how a message travels (a protocol version, then postcard bytes);
//! - [`serve`]: the worker's side: the dataset cache, solving, progress;
//! - [`entry`]: the worker's global scope glue (`src/bin/worker.rs` calls it);
//! - [`transport`]: the page's side of one worker: spawn, post, terminate.
//!
//! The page sends a dataset once ([`request::Request::LoadData`]); later runs send only
//! parameters ([`request::SolveRequest`]). Cancelling terminates the worker.

pub mod codec;
pub mod entry;
pub mod request;
pub mod response;
pub mod serve;
pub mod tasks;
pub mod transport;
