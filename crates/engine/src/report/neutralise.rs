//! Formula injection (OWASP "CSV injection"): a cell whose text starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return is run as a formula by spreadsheet programs when
//! a CSV file is opened, so a name like `=HYPERLINK("http://x","y")` typed into SIMPEG
//! would become a live link in the exported plan. Following the OWASP advice, such text
//! is written with a leading apostrophe in CSV files. In XLSX files the text is stored
//! as a string cell, which is never evaluated, and given Excel's quote-prefix style, so
//! it stays text even when someone edits the cell; there the value is kept unchanged.

/// Whether a spreadsheet could read the text as a formula.
pub fn is_risky(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The text as a CSV cell may carry it: risky text gets a leading `'`.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if is_risky(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_leading_formula_characters_are_neutralised() {
        for (text, want) in [
            ("=1+1", "'=1+1"),
            ("+62 811", "'+62 811"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Siti = Ani", "Siti = Ani"),
            ("", ""),
            ("198001012005011001", "198001012005011001"),
        ] {
            assert_eq!(neutralise(text), want, "{text:?}");
        }
    }
}
