//! Cell text to values, by the conventions of docs/DATA.md: decimal comma or point, yes/no
//! in the forms Indonesian spreadsheets use, dates in every accepted form (including
//! Excel serial numbers that arrive as text), employment status and sex as SIASN and
//! SIMPEG write them. Each function answers `None` for text it does not accept; the
//! caller reports it, nothing is guessed.

use crate::dataset::{Period, Status};
use crate::date::Date;
use crate::nip::Sex;

/// A decimal with a comma or a point (`3,5`, `3.5`, `-1`). Thousands separators are
/// refused: `1.234,5` is ambiguous in a need column.
pub fn decimal(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || (t.contains(',') && t.contains('.')) || t.matches(',').count() > 1 {
        return None;
    }
    let t = t.replace(',', ".");
    let body = t.strip_prefix(['-', '+']).unwrap_or(&t);
    let ok = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().any(|c| c.is_ascii_digit())
        && body.matches('.').count() <= 1;
    if !ok {
        return None;
    }
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// A number followed by the unit offices write after it (`60 tahun`, `2 orang`,
/// `3,5 org`): the number, when the rest is one word of letters; a bare number as
/// `decimal` reads it.
pub fn quantity(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Some(v) = decimal(t) {
        return Some(v);
    }
    let (number, unit) = t.split_once(char::is_whitespace)?;
    let unit = unit.trim().trim_end_matches('.');
    let word = !unit.is_empty() && unit.chars().all(char::is_alphabetic);
    word.then(|| decimal(number)).flatten()
}

/// Yes/no in the forms Indonesian spreadsheets use: ya/tidak, Y/T, iya/tdk, true/false,
/// 1/0, a tick (✓ ✔ √ ☑ x v) or a dash/blank, case-insensitive. `T` is *tidak* here, as
/// Indonesian offices write it next to `Y`.
pub fn boolean(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ya" | "y" | "iya" | "true" | "1" | "x" | "v" | "benar" | "yes" | "✓" | "✔" | "√" | "☑" => {
            Some(true)
        }
        "tidak" | "tdk" | "t" | "n" | "false" | "0" | "" | "-" | "–" | "—" | "salah" | "no"
        | "☐" => Some(false),
        _ => None,
    }
}

/// A date: every form `Date::parse` knows, or an Excel serial number written as text
/// (`43831` is 2020-01-01).
pub fn date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Some(d) = Date::parse(t) {
        return Some(d);
    }
    let whole = t.split(['.', ',']).next().unwrap_or(t);
    if !whole.is_empty() && whole.len() <= 5 && whole.chars().all(|c| c.is_ascii_digit()) {
        return decimal(t).and_then(Date::from_excel_serial);
    }
    None
}

/// The parts of a numeric date written day or month first (`04/13/2020`,
/// `13-04-2020`), in the order written, with the year: `None` for other forms (ISO
/// dates, month names, serials).
pub fn leading_parts(text: &str) -> Option<(u32, u32, i32)> {
    let t = text.trim().split([' ', 'T']).next()?;
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let digits =
        |s: &str, n: usize| s.len() <= n && !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if !(digits(a, 2) && digits(b, 2) && y.len() == 4 && digits(y, 4)) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?))
}

/// Employment status as SIASN, SIMPEG and hand-kept sheets write it: PNS (`P N S`,
/// `Pegawai Negeri Sipil`, SIASN's `PNS Daerah ...`, `P`), CPNS (`Calon PNS`,
/// `Calon Pegawai Negeri Sipil`, `C`), PPPK (`P3K`, `PPPK Paruh Waktu`,
/// `Pegawai Pemerintah dengan Perjanjian Kerja`). A *calon* is never a PNS.
pub fn status(text: &str) -> Option<Status> {
    let u = text.trim().to_uppercase();
    let words: Vec<&str> = u
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let squashed: String = words.concat();
    let has = |w: &str| words.contains(&w);
    if u == "C" || has("CPNS") || squashed == "CPNS" || has("CALON") {
        Some(Status::Cpns)
    } else if has("PPPK")
        || has("P3K")
        || squashed.starts_with("PPPK")
        || u.contains("PERJANJIAN KERJA")
    {
        Some(Status::Pppk)
    } else if u == "P" || has("PNS") || squashed == "PNS" || u.contains("PEGAWAI NEGERI SIPIL") {
        Some(Status::Pns)
    } else {
        None
    }
}

/// Sex: L/P, laki-laki/perempuan, pria/wanita, M/F, 1/2.
pub fn sex(text: &str) -> Option<Sex> {
    match text.trim().to_lowercase().as_str() {
        "l" | "lk" | "laki-laki" | "laki laki" | "pria" | "m" | "male" | "1" => Some(Sex::Male),
        "p" | "pr" | "perempuan" | "wanita" | "f" | "female" | "2" => Some(Sex::Female),
        _ => None,
    }
}

/// Period unit of a task: tahun, bulan, minggu, hari (also -an forms and English).
pub fn period(text: &str) -> Option<Period> {
    match text.trim().to_lowercase().as_str() {
        "tahun" | "tahunan" | "per tahun" | "year" | "yearly" => Some(Period::Tahun),
        "bulan" | "bulanan" | "per bulan" | "month" | "monthly" => Some(Period::Bulan),
        "minggu" | "mingguan" | "per minggu" | "week" | "weekly" => Some(Period::Minggu),
        "hari" | "harian" | "per hari" | "day" | "daily" => Some(Period::Hari),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_status(cases: &[(&str, Option<Status>)]) {
        for (text, expected) in cases {
            assert_eq!(status(text), *expected, "status {text:?}");
        }
    }

    #[test]
    fn reads_what_offices_write_for_status() {
        use Status::*;
        check_status(&[
            ("PNS", Some(Pns)),
            ("P N S", Some(Pns)),
            ("Pegawai Negeri Sipil", Some(Pns)),
            ("PNS Daerah Kabupaten/Kota", Some(Pns)),
            ("P", Some(Pns)),
            ("CPNS", Some(Cpns)),
            ("C P N S", Some(Cpns)),
            ("Calon PNS", Some(Cpns)),
            ("Calon Pegawai Negeri Sipil", Some(Cpns)),
            ("C", Some(Cpns)),
            ("PPPK", Some(Pppk)),
            ("P3K", Some(Pppk)),
            ("PPPK Paruh Waktu", Some(Pppk)),
            ("Pegawai Pemerintah dengan Perjanjian Kerja", Some(Pppk)),
            ("honorer", None),
            ("", None),
        ]);
    }

    #[test]
    fn reads_ticks_and_dashes_as_yes_and_no() {
        for t in ["✓", "✔", "√", "x", "Y", "iya", "Ya"] {
            assert_eq!(boolean(t), Some(true), "{t:?}");
        }
        for t in ["-", "T", "tdk", "Tidak", ""] {
            assert_eq!(boolean(t), Some(false), "{t:?}");
        }
        assert_eq!(boolean("?"), None);
    }

    #[test]
    fn reads_the_conventions() {
        assert_eq!(decimal("3,5"), Some(3.5));
        assert_eq!(decimal(" 3.5 "), Some(3.5));
        assert_eq!(decimal("-2"), Some(-2.0));
        assert_eq!(decimal("1.234,5"), None);
        assert_eq!(decimal("1,2,3"), None);
        assert_eq!(decimal("abc"), None);
        assert_eq!(decimal("inf"), None);
        assert_eq!(boolean("Ya"), Some(true));
        assert_eq!(boolean("X"), Some(true));
        assert_eq!(boolean(""), Some(false));
        assert_eq!(boolean("mungkin"), None);
        assert_eq!(date("43831"), Date::new(2020, 1, 1));
        assert_eq!(date("31-01-2020"), Date::new(2020, 1, 31));
        assert_eq!(date("20200131"), None);
        assert_eq!(status("PNS Daerah"), Some(Status::Pns));
        assert_eq!(status("P3K"), Some(Status::Pppk));
        assert_eq!(status("cpns"), Some(Status::Cpns));
        assert_eq!(status("honorer"), None);
        assert_eq!(leading_parts("04/13/2020"), Some((4, 13, 2020)));
        assert_eq!(leading_parts("2020-04-13"), None);
        assert_eq!(leading_parts("1 Januari 2020"), None);
        assert_eq!(quantity("60 tahun"), Some(60.0));
        assert_eq!(quantity("2 orang"), Some(2.0));
        assert_eq!(quantity("3,5 org."), Some(3.5));
        assert_eq!(quantity("60 tahun lagi"), None);
        assert_eq!(quantity("tahun 60"), None);
        assert_eq!(sex("Laki-laki"), Some(Sex::Male));
        assert_eq!(period("Bulanan"), Some(Period::Bulan));
    }
}
