//! A plain civil date. The engine never reads the clock: every date it uses is either
//! in the data or the scenario's reference date (tanggal acuan), passed in by the caller.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS_ID: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_ID_SHORT: [&str; 12] = [
    "jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des",
];
/// Older spellings and the abbreviations offices use, each with its month.
const MONTHS_OTHER: [(&str, u32); 12] = [
    ("pebruari", 2),
    ("peb", 2),
    ("nopember", 11),
    ("nop", 11),
    ("agt", 8),
    ("ags", 8),
    ("agus", 8),
    ("sept", 9),
    ("djanuari", 1),
    ("djuni", 6),
    ("djuli", 7),
    ("mart", 3),
];
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Date {
    /// A valid date, or `None` (e.g. 31 February).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Full months from `self` to `to` as docs/MODEL.md defines them: no end-of-month
    /// clamping, one less when the day of `to` is before the day of `self`.
    pub fn full_months_to(self, to: Date) -> i32 {
        let mut m = 12 * (to.year - self.year) + (to.month as i32 - self.month as i32);
        if to.day < self.day {
            m -= 1;
        }
        m
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date {
            year: (y + i64::from(m <= 2)) as i32,
            month: m,
            day: d,
        }
    }

    /// An Excel serial day number (1900 date system, with Excel's phantom 29 Feb 1900).
    pub fn from_excel_serial(serial: f64) -> Option<Date> {
        if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
            return None;
        }
        let whole = serial.floor() as i64;
        // Serial 25569 is 1970-01-01; serials below 61 are before Excel's fake leap day.
        let days = if whole < 61 {
            whole - 25_568
        } else {
            whole - 25_569
        };
        Some(Date::from_days_since_epoch(days))
    }

    /// The first day of the month after this one.
    pub fn first_of_next_month(self) -> Date {
        if self.month == 12 {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        } else {
            Date {
                year: self.year,
                month: self.month + 1,
                day: 1,
            }
        }
    }

    /// Parse the date forms users' files carry: `yyyy-mm-dd`, `dd-mm-yyyy`, `dd/mm/yyyy`,
    /// `dd.mm.yyyy`, and `1 Januari 2020` (Indonesian or English month names, full or
    /// short). A trailing time (`2020-01-01 00:00:00`, `2020-01-01T00:00`) is ignored.
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        let t = t
            .split(['T', ' '])
            .next()
            .filter(|head| head.len() >= 8 && head.contains(['-', '/', '.']))
            .unwrap_or(t);
        let parts: Vec<&str> = t
            .split(['-', '/', '.', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() != 3 {
            return None;
        }
        let num = |s: &str| -> Option<i64> {
            if s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty() && s.len() <= 4 {
                s.parse().ok()
            } else {
                None
            }
        };
        let month_name = |s: &str| -> Option<u32> {
            let l = s.to_lowercase();
            let l = l.trim_end_matches('.');
            let find = |names: &[&str]| names.iter().position(|n| *n == l).map(|i| i as u32 + 1);
            find(&MONTHS_ID)
                .or_else(|| find(&MONTHS_ID_SHORT))
                .or_else(|| MONTHS_OTHER.iter().find(|(n, _)| *n == l).map(|(_, m)| *m))
                .or_else(|| find(&MONTHS_EN))
                .or_else(|| {
                    (l.len() >= 3)
                        .then(|| {
                            MONTHS_EN
                                .iter()
                                .position(|n| n.starts_with(l))
                                .map(|i| i as u32 + 1)
                        })
                        .flatten()
                })
        };
        let (y, m, d) = if parts[0].len() == 4 {
            (num(parts[0])?, num(parts[1])?, num(parts[2])?)
        } else {
            let m = num(parts[1]).or_else(|| month_name(parts[1]).map(i64::from))?;
            if parts[2].len() != 4 {
                return None;
            }
            (num(parts[2])?, m, num(parts[0])?)
        };
        Date::new(y as i32, m as u32, d as u32)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<(i32, u32, u32)>) {
        let got = Date::parse(text).map(|d| (d.year, d.month, d.day));
        assert_eq!(got, expected, "parsing {text:?}");
    }

    #[test]
    fn parses_every_form_users_have() {
        check("2020-01-31", Some((2020, 1, 31)));
        check("31-01-2020", Some((2020, 1, 31)));
        check("31/01/2020", Some((2020, 1, 31)));
        check("1 Januari 2020", Some((2020, 1, 1)));
        check("17 Agustus 1945", Some((1945, 8, 17)));
        check("5 Mei 2001", Some((2001, 5, 5)));
        check("12 Nopember 1975", Some((1975, 11, 12)));
        check("3 Pebruari 1980", Some((1980, 2, 3)));
        check("17 Agt 1990", Some((1990, 8, 17)));
        check("17-Agu-1990", Some((1990, 8, 17)));
        check("1 Okt. 2001", Some((2001, 10, 1)));
        check("24 Des 1969", Some((1969, 12, 24)));
        check("9 Sept 2010", Some((2010, 9, 9)));
        check("2020-01-31 00:00:00", Some((2020, 1, 31)));
        check("2020-01-31T00:00:00", Some((2020, 1, 31)));
        check("31-02-2020", None);
        check("20200131", None);
        check("", None);
        check("kemarin", None);
    }

    #[test]
    fn full_months_follow_the_model() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(d(2024, 1, 1).full_months_to(d(2026, 1, 1)), 24);
        assert_eq!(d(2024, 1, 2).full_months_to(d(2026, 1, 1)), 23);
        assert_eq!(d(2024, 1, 31).full_months_to(d(2024, 2, 29)), 0);
        assert_eq!(d(2026, 1, 1).full_months_to(d(2025, 12, 31)), -1);
    }

    #[test]
    fn excel_serials_and_epoch_days_round_trip() {
        assert_eq!(Date::from_excel_serial(43831.0), Date::new(2020, 1, 1));
        assert_eq!(Date::from_excel_serial(1.0), Date::new(1900, 1, 1));
        assert_eq!(Date::from_excel_serial(61.0), Date::new(1900, 3, 1));
        for z in [-800_000, -1, 0, 1, 18_000, 60_000] {
            assert_eq!(Date::from_days_since_epoch(z).days_since_epoch(), z);
        }
    }
}
