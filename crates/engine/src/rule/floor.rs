//! The source's floor (`jaga_asal`): a slot never ends below min(x0, ceil(need)), where
//! x0 is its bezetting in the data, so a move never pulls a unit below its own need.

use crate::params::Params;

/// The lowest bezetting slot may end with; `None` when the rule is off.
pub fn floor(params: &Params, x0: i64, need: f64) -> Option<i64> {
    params.jaga_asal.then(|| x0.min(need.ceil() as i64))
}

/// Whether the rule is on.
pub fn is_on(params: &Params) -> bool {
    params.jaga_asal
}
