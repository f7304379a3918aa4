//! Civil-service grades (golongan/ruang) from I/a to IV/e, ordered by golongan then
//! ruang. Read from `III/b`, `III-b`, `IIIb`, `III / B` and SIASN's `Penata, III/c`;
//! PPPK grades (`IX`) are not golongan/ruang and read as no grade.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Grade {
    /// 1..=4 (I..IV).
    pub golongan: u8,
    /// 0..=4 (a..e).
    pub ruang: u8,
}

impl Grade {
    /// The grade in `text`, or `None` when it holds none.
    pub fn parse(text: &str) -> Option<Grade> {
        let t = text.to_uppercase();
        // The last "roman numeral, optional separator, letter" in the text.
        let chars: Vec<char> = t.chars().collect();
        let mut found = None;
        let mut i = 0;
        while i < chars.len() {
            let starts_word = i == 0 || !chars[i - 1].is_ascii_alphabetic();
            if starts_word && matches!(chars[i], 'I' | 'V') {
                let mut j = i;
                while j < chars.len() && matches!(chars[j], 'I' | 'V') {
                    j += 1;
                }
                let roman: String = chars[i..j].iter().collect();
                let golongan = match roman.as_str() {
                    "I" => Some(1),
                    "II" => Some(2),
                    "III" => Some(3),
                    "IV" => Some(4),
                    _ => None,
                };
                let mut k = j;
                while k < chars.len() && matches!(chars[k], ' ' | '/' | '-' | '.') {
                    k += 1;
                }
                let ruang = chars.get(k).and_then(|c| match c {
                    'A'..='E' => Some(*c as u8 - b'A'),
                    _ => None,
                });
                let ends_word = chars.get(k + 1).is_none_or(|c| !c.is_ascii_alphabetic());
                if let (Some(golongan), Some(ruang), true) = (golongan, ruang, ends_word) {
                    found = Some(Grade { golongan, ruang });
                }
                i = j;
            } else {
                i += 1;
            }
        }
        found
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let roman = ["I", "II", "III", "IV"][usize::from(self.golongan.clamp(1, 4) - 1)];
        let ruang = char::from(b'a' + self.ruang.min(4));
        write!(f, "{roman}/{ruang}")
    }
}

#[cfg(test)]
mod tests {
    use super::Grade;

    fn check(text: &str, expected: Option<&str>) {
        assert_eq!(
            Grade::parse(text).map(|g| g.to_string()).as_deref(),
            expected,
            "{text:?}"
        );
    }

    #[test]
    fn reads_the_ways_grades_are_written() {
        for (text, grade) in [
            ("III/b", Some("III/b")),
            ("III-b", Some("III/b")),
            ("IIIb", Some("III/b")),
            ("III / B", Some("III/b")),
            ("Penata, III/c", Some("III/c")),
            ("Pembina Utama Muda IV/c", Some("IV/c")),
            ("II/a", Some("II/a")),
            ("I/d", Some("I/d")),
            ("IX", None),
            ("Penata", None),
            ("", None),
            ("V/a", None),
        ] {
            check(text, grade);
        }
    }

    #[test]
    fn grades_order_by_golongan_then_ruang() {
        let g = |t: &str| Grade::parse(t).expect("a grade");
        assert!(g("II/d") < g("III/a"));
        assert!(g("III/a") < g("III/b"));
        assert!(g("IV/e") > g("IV/a"));
    }
}
