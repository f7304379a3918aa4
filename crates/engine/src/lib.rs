//! Seimbang's engine: everything that turns users' files into a balanced transfer plan,
//! as plain functions over values. It never touches the browser, the clock, the file
//! system or the network; the caller passes in bytes, today's date and parameters.

pub mod abk;
pub mod dataset;
pub mod date;
pub mod lang;
pub mod nip;
pub mod params;
pub mod slot;

pub use dataset::Dataset;
pub use date::Date;
pub use params::Params;
