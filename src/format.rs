//! Numbers as each language writes them: Indonesian uses a decimal comma and a dot
//! between thousands (1.234,5), English the other way round (1,234.5).

use seimbang_engine::lang::Lang;

/// `x` with `decimals` decimals, grouped by thousands, in the language's convention.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let text = format!("{:.*}", decimals, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '−');
    }
    out
}

/// A share (0..=1) as a percentage with one decimal.
pub fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", number(share * 100.0, 1, lang))
}

/// Words as a label starts them: the first letter a capital ("semua OPD" → "Semua OPD").
pub fn label_case(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn writes_numbers_the_way_each_language_does() {
        assert_eq!(number(1234.5, 1, Lang::Id), "1.234,5");
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(-0.04, 1, Lang::Id), "0,0");
        assert_eq!(number(-12.0, 0, Lang::En), "−12");
        assert_eq!(number(999.0, 0, Lang::Id), "999");
        assert_eq!(percent(0.5, Lang::Id), "50,0 %");
    }
}
