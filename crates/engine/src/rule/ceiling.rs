//! The target's ceiling (`batasi_tujuan`): a slot never ends above max(x0, ceil(need)),
//! where x0 is its bezetting in the data, so nobody is sent where they are not needed.

use crate::params::Params;

/// The highest bezetting a slot may end with; `None` when the rule is off.
pub fn ceiling(params: &Params, x0: i64, need: f64) -> Option<i64> {
    params.batasi_tujuan.then(|| x0.max(need.ceil() as i64))
}

/// Whether the rule is on.
pub fn is_on(params: &Params) -> bool {
    params.batasi_tujuan
}
