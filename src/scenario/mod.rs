//! Scenarios: save, reopen, compare and share what-if plans, and keep the working state
//! across reloads. Stored forms are versioned DTOs ([`dto`]); scenario entries, their
//! index and the working state live in local storage ([`store`], [`working`]), datasets
//! once per fingerprint in IndexedDB ([`datasets`], [`idb`]).

pub mod apply;
pub mod autosave;
pub mod datasets;
pub mod error;
pub mod idb;
pub mod local;
pub mod replan;
pub mod store;
pub mod working;

/// The stored forms, versioned (their own crate: read natively for tests and fuzzing).
pub use seimbang_stored as dto;
