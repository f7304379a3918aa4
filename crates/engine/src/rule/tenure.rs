//! Time in position: at least `min_masa_jabatan_bulan` full months from TMT jabatan to
//! the reference date.

use crate::date::Date;
use crate::eligibility::Reason;
use crate::params::Params;

/// Full months in position at `d` (`None` without a TMT jabatan), and why they keep the
/// person in place, if they do.
pub fn tenure(
    tmt_jabatan: Option<Date>,
    params: &Params,
    d: Date,
) -> (Option<i32>, Option<Reason>) {
    match tmt_jabatan.map(|t| t.full_months_to(d)) {
        None => (None, Some(Reason::MissingTmtJabatan)),
        Some(m) if m < params.min_masa_jabatan_bulan => (
            Some(m),
            Some(Reason::TooShortInPosition {
                months: m,
                min: params.min_masa_jabatan_bulan,
            }),
        ),
        Some(m) => (Some(m), None),
    }
}
