//! What an 18-digit NIP tells without any other column: birth date (digits 1-8),
//! start as CPNS (9-14, `yyyymm`), sex (15: 1 man, 2 woman) and, for PPPK, the `2`
//! at digit 13 (a month never starts with 2, so PNS NIPs never have it).

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// Sex as recorded by BKN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sex {
    Male,
    Female,
}

/// Why a NIP text is not usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NipProblem {
    /// `1.97E+17`: a spreadsheet turned the NIP into a number and lost digits.
    ExponentForm,
    /// Not 18 digits after cleaning.
    NotEighteenDigits,
}

/// Clean a NIP as users' files carry it: trims, strips a leading apostrophe and inner
/// spaces (`19800101 200501 1 001`). Exponent-form values are refused, never repaired.
pub fn clean(text: &str) -> Result<String, NipProblem> {
    let t = text.trim().trim_start_matches('\'').trim();
    let upper = t.to_ascii_uppercase();
    if upper.contains("E+") || (upper.contains('E') && t.chars().any(|c| c == '.' || c == ',')) {
        return Err(NipProblem::ExponentForm);
    }
    let digits: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(NipProblem::NotEighteenDigits);
    }
    Ok(digits)
}

/// Birth date from digits 1-8, when they form a date.
pub fn birth_date(nip: &str) -> Option<Date> {
    let d = nip
        .get(0..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    Date::new(
        d[0..4].parse().ok()?,
        d[4..6].parse().ok()?,
        d[6..8].parse().ok()?,
    )
}

/// Sex from digit 15.
pub fn sex(nip: &str) -> Option<Sex> {
    match nip.as_bytes().get(14)? {
        b'1' => Some(Sex::Male),
        b'2' => Some(Sex::Female),
        _ => None,
    }
}

/// Digit 13 is `2` on PPPK NIPs.
pub fn looks_pppk(nip: &str) -> bool {
    nip.as_bytes().get(12) == Some(&b'2')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_and_decodes() {
        assert_eq!(
            clean("'198001012005011001").as_deref(),
            Ok("198001012005011001")
        );
        assert_eq!(
            clean("19800101 200501 1 001").as_deref(),
            Ok("198001012005011001")
        );
        assert_eq!(clean("1.98001E+17"), Err(NipProblem::ExponentForm));
        assert_eq!(clean("1234"), Err(NipProblem::NotEighteenDigits));
        let nip = "198001012005012001";
        assert_eq!(birth_date(nip), Date::new(1980, 1, 1));
        assert_eq!(sex(nip), Some(Sex::Female));
        assert!(!looks_pppk(nip));
        assert!(looks_pppk("198001012022211001"));
    }
}
