//! Education levels in their legal order: SD < SMP < SMA (SMK, SLTA) < D1 < D2 < D3 <
//! D4 (S1 is equal to D4) < S2 < S3. SIASN writes `S-1/Sarjana`, `D-III`, `Diploma IV`,
//! `SLTA`, `SLTP`, `Magister`, `Doktor`; spreadsheets write `S1`, `D3`, `SMK`. A
//! professional programme (`Profesi`, after the S1) counts as S1 and a medical specialist
//! (`Sp-1`, `Sp-2`) as S2 and S3, the levels civil-service rules give them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Education {
    Sd,
    Smp,
    Sma,
    D1,
    D2,
    D3,
    /// D4 and S1 (sarjana terapan and sarjana are one level).
    S1,
    S2,
    S3,
}

impl Education {
    /// The level of `text`, or `None` when it names no level.
    pub fn parse(text: &str) -> Option<Education> {
        let upper: String = text
            .to_uppercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
            .collect();
        let words: Vec<&str> = upper.split_whitespace().collect();
        let first = words.first().copied().unwrap_or("");
        let second = words.get(1).copied().unwrap_or("");
        // The whole text as one code ("S-1" -> "S1"), then its first two words ("D III
        // Keperawatan"), then its first word ("SLTA Kejuruan", "S-1/Sarjana").
        code(&words.concat())
            .or_else(|| code(&format!("{first}{second}")))
            .or_else(|| code(first))
            .or_else(|| words.iter().find_map(|w| keyword(w)))
    }

    /// The level as the requirement table and the app show it.
    pub fn label(self) -> &'static str {
        match self {
            Education::Sd => "SD",
            Education::Smp => "SMP",
            Education::Sma => "SMA/SMK/SLTA",
            Education::D1 => "D-I",
            Education::D2 => "D-II",
            Education::D3 => "D-III",
            Education::S1 => "S-1/D-IV",
            Education::S2 => "S-2",
            Education::S3 => "S-3",
        }
    }
}

/// A level's compact code, as the whole text or its first words write it.
fn code(w: &str) -> Option<Education> {
    use Education::*;
    match w {
        "SD" | "MI" => Some(Sd),
        "SMP" | "SLTP" | "MTS" => Some(Smp),
        "SMA" | "SMK" | "SLTA" | "SMU" | "MA" | "STM" | "SMEA" | "SPK" => Some(Sma),
        "D1" | "DI" | "DIPLOMAI" | "DIPLOMA1" => Some(D1),
        "D2" | "DII" | "DIPLOMAII" | "DIPLOMA2" => Some(D2),
        "D3" | "DIII" | "DIPLOMAIII" | "DIPLOMA3" => Some(D3),
        "D4" | "DIV" | "DIPLOMAIV" | "DIPLOMA4" | "S1" => Some(S1),
        "S2" | "SP1" => Some(S2),
        "S3" | "SP2" => Some(S3),
        _ => keyword(w),
    }
}

/// A word that names a level anywhere in the text.
fn keyword(w: &str) -> Option<Education> {
    match w {
        "SARJANA" | "PROFESI" => Some(Education::S1),
        "MAGISTER" | "SPESIALIS" => Some(Education::S2),
        "DOKTOR" => Some(Education::S3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Education::{self, *};

    fn check(text: &str, expected: Option<Education>) {
        assert_eq!(Education::parse(text), expected, "{text:?}");
    }

    #[test]
    fn reads_siasn_and_spreadsheet_wording() {
        for (text, level) in [
            ("S-1/Sarjana", Some(S1)),
            ("S1", Some(S1)),
            ("s1 ", Some(S1)),
            ("Diploma IV", Some(S1)),
            ("D-IV", Some(S1)),
            ("D-III", Some(D3)),
            ("Diploma III", Some(D3)),
            ("D3", Some(D3)),
            ("D-II", Some(D2)),
            ("D-I", Some(D1)),
            ("SLTA", Some(Sma)),
            ("SMK", Some(Sma)),
            ("SLTA Kejuruan", Some(Sma)),
            ("SMA/Sederajat", Some(Sma)),
            ("SLTP", Some(Smp)),
            ("SD", Some(Sd)),
            ("S-2", Some(S2)),
            ("Magister", Some(S2)),
            ("S-3/Doktor", Some(S3)),
            ("Profesi", Some(S1)),
            ("Sp-1", Some(S2)),
            ("", None),
            ("tidak tahu", None),
            ("-", None),
        ] {
            check(text, level);
        }
    }

    #[test]
    fn levels_are_ordered_as_the_law_orders_them() {
        assert!(Sd < Smp && Smp < Sma && Sma < D1 && D3 < S1 && S1 < S2 && S2 < S3);
        assert_eq!(Education::parse("D-IV"), Education::parse("S-1/Sarjana"));
    }
}
