//! Rotation due (PP 11/2017 article 190: a transfer after at most five years): an
//! employee is due when their full months in position reach `maks_masa_jabatan_bulan`.
//! Being due is never a reason to stay or to move; it is counted, explained, and makes
//! the move cheaper through `faktor_jatuh_tempo` (`move_cost`).

use crate::date::Date;
use crate::params::Params;

/// Whether someone with `months` full months in position is due.
pub fn is_due(params: &Params, months: i32) -> bool {
    months >= params.maks_masa_jabatan_bulan
}

/// Whether someone in position since `tmt_jabatan` is due at `d` (`false` without a
/// TMT jabatan: nothing says how long they have been there).
pub fn is_due_at(params: &Params, tmt_jabatan: Option<Date>, d: Date) -> bool {
    tmt_jabatan.is_some_and(|t| is_due(params, t.full_months_to(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(max: i32, tmt: Option<(i32, u32, u32)>, expected: bool) {
        let p = Params {
            maks_masa_jabatan_bulan: max,
            ..Params::default()
        };
        let d = Date::new(2026, 7, 1).unwrap();
        let tmt = tmt.map(|(y, m, day)| Date::new(y, m, day).unwrap());
        assert_eq!(is_due_at(&p, tmt, d), expected, "{max} {tmt:?}");
    }

    #[test]
    fn due_from_the_full_month_that_reaches_the_limit() {
        check(60, Some((2021, 7, 1)), true);
        check(60, Some((2021, 7, 2)), false);
        check(60, Some((2019, 1, 1)), true);
        check(60, None, false);
        check(0, Some((2026, 7, 1)), true);
    }
}
