//! Status: a CPNS is never moved; a PPPK only when `izinkan_pppk` is on; a PNS always
//! may be (as far as status goes).

use crate::dataset::Status;
use crate::eligibility::Reason;
use crate::params::Params;

/// Why this status keeps the person in place, if it does.
pub fn status_reason(status: Status, params: &Params) -> Option<Reason> {
    match status {
        Status::Pns => None,
        Status::Cpns => Some(Reason::Cpns),
        Status::Pppk if params.izinkan_pppk => None,
        Status::Pppk => Some(Reason::Pppk),
    }
}
