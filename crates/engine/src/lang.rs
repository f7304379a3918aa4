//! The two languages every user-facing text exists in. Bahasa Indonesia comes first.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// A user's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// Pick the text for this language.
    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }

    /// A figure in running text: at most two decimals, none when whole, with the
    /// language's decimal sign (`0,42` in Bahasa Indonesia, `0.42` in English).
    pub fn decimal(self, v: f64) -> String {
        let r = (v * 100.0).round() / 100.0;
        let text = if r == r.trunc() {
            format!("{}", r as i64)
        } else {
            format!("{r}")
        };
        match self {
            Lang::Id => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// A large figure with thousands grouped (`75.000` in Bahasa Indonesia, `75,000` in
    /// English), its decimals as [`Lang::decimal`] writes them.
    pub fn grouped(self, v: f64) -> String {
        let text = self.decimal(v.abs());
        let (sep, point) = match self {
            Lang::Id => ('.', ','),
            Lang::En => (',', '.'),
        };
        let (whole, frac) = text.split_once(point).unwrap_or((&text, ""));
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(point);
            out.push_str(frac);
        }
        if v < 0.0 && out.chars().any(|c| c != '0' && c != sep && c != point) {
            out.insert(0, '-');
        }
        out
    }

    /// A date as people write it: `31 Desember 2026`, `31 December 2026`.
    pub fn date(self, d: Date) -> String {
        const ID: [&str; 12] = [
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let months = match self {
            Lang::Id => &ID,
            Lang::En => &EN,
        };
        let month = months
            .get(d.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        format!("{} {month} {}", d.day, d.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_figures_and_dates_as_each_language_does() {
        assert_eq!(Lang::Id.decimal(0.4249), "0,42");
        assert_eq!(Lang::En.decimal(0.4249), "0.42");
        assert_eq!(Lang::Id.decimal(3.0), "3");
        assert_eq!(Lang::Id.grouped(75000.0), "75.000");
        assert_eq!(Lang::En.grouped(1234567.5), "1,234,567.5");
        assert_eq!(Lang::Id.grouped(-1250.25), "-1.250,25");
        assert_eq!(Lang::En.grouped(999.0), "999");
        let d = Date::new(2026, 12, 31).unwrap();
        assert_eq!(Lang::Id.date(d), "31 Desember 2026");
        assert_eq!(Lang::En.date(d), "31 December 2026");
    }
}
