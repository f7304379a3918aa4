//! The hard rules of the model, one file per rule, each the only place that reads its
//! parameters. Who may move ([`status`], [`tenure`], [`retirement`]; the data's own
//! flags are read in `eligibility`), where to ([`compatibility`], [`scope`],
//! [`conflict`], [`requirement`]), how far a
//! slot may move ([`floor`], [`ceiling`]) how many moves a plan may have
//! ([`move_cap`], [`exit_cap`]), who is due for rotation ([`rotation_due`]) and what a
//! move costs ([`move_cost`]). The model, the check of a forced move, the person
//! query and the projection all call these functions, so changing a rule is one edit.

pub mod ceiling;
pub mod compatibility;
pub mod conflict;
pub mod exit_cap;
pub mod floor;
pub mod move_cap;
pub mod move_cost;
pub mod requirement;
pub mod retirement;
pub mod rotation_due;
pub mod scope;
pub mod status;
pub mod tenure;
