//! The cap on leaving an OPD (`maks_keluar_persen`): at most floor(p × staff / 100) of
//! an OPD's people in the model may move to another OPD, forced moves counted first.
//! With `lingkup` = `opd` nobody leaves an OPD, so the cap never binds and is off.

use crate::params::{Params, Scope};

/// Whether the cap applies to this scenario.
pub fn is_on(params: &Params) -> bool {
    params.maks_keluar_persen.is_some() && params.lingkup == Scope::Semua
}

/// How many of an OPD's `staff` people may leave it; `None` when the cap is off.
pub fn exit_cap(params: &Params, staff: i64) -> Option<i64> {
    let p = params.maks_keluar_persen.filter(|_| is_on(params))?;
    Some(((p * staff as f64) / 100.0 + 1e-9).floor() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_down_and_is_off_inside_one_opd() {
        let p = Params {
            maks_keluar_persen: Some(10.0),
            ..Params::default()
        };
        assert_eq!(exit_cap(&p, 29), Some(2));
        assert_eq!(exit_cap(&p, 30), Some(3));
        let opd = Params {
            lingkup: Scope::Opd,
            ..p
        };
        assert_eq!(exit_cap(&opd, 30), None);
    }
}
