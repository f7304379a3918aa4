//! Retirement: the date follows from the birth date (the column, else the NIP) and the
//! person's BUP (else `bup_default`); nobody within `batas_pensiun_bulan` full months of
//! it, or past it, is moved. The retirement projection uses the same date.

use crate::dataset::Employee;
use crate::date::Date;
use crate::eligibility::Reason;
use crate::nip;
use crate::params::Params;

/// Retirement date: the first day of the month after the birth month, in the year
/// birth year + BUP (1968-05-17 with BUP 58 retires on 2026-06-01).
pub fn retirement_date(birth: Date, bup: u32) -> Date {
    let year = birth
        .year
        .saturating_add(i32::try_from(bup).unwrap_or(i32::MAX));
    Date {
        year,
        month: birth.month,
        day: 1,
    }
    .first_of_next_month()
}

/// The person's retirement date under `bup_default`, `None` when no birth date is known.
pub fn retirement_of(e: &Employee, bup_default: u32) -> Option<Date> {
    let birth = e.tanggal_lahir.or_else(|| nip::birth_date(&e.nip))?;
    Some(retirement_date(birth, e.bup.unwrap_or(bup_default)))
}

/// The retirement date and full months to it at `d`, and why they keep the person in
/// place, if they do.
pub fn retirement(e: &Employee, params: &Params, d: Date) -> (Option<(Date, i32)>, Option<Reason>) {
    let Some(r) = retirement_of(e, params.bup_default) else {
        return (None, Some(Reason::MissingBirthDate));
    };
    let months = d.full_months_to(r);
    let why = if d >= r {
        Some(Reason::Retired { retirement: r })
    } else if months < params.batas_pensiun_bulan {
        Some(Reason::NearRetirement {
            retirement: r,
            months,
            min: params.batas_pensiun_bulan,
        })
    } else {
        None
    };
    (Some((r, months)), why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retirement_follows_the_model_example() {
        let birth = Date::new(1968, 5, 17).unwrap();
        assert_eq!(retirement_date(birth, 58), Date::new(2026, 6, 1).unwrap());
        let dec = Date::new(1968, 12, 3).unwrap();
        assert_eq!(retirement_date(dec, 58), Date::new(2027, 1, 1).unwrap());
    }
}
