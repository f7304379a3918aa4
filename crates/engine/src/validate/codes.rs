//! Unit codes across tables. Exports and hand-kept ABK sheets write the same code with
//! other letter case or stray spaces (`5.01.0003` and ` 5.01.0003 `, `unor-ab` and
//! `UNOR-AB`); compared as written, everyone would fall outside the model without a
//! word. Codes are compared folded (trimmed, inner spaces collapsed, lower case) and
//! every table's code is replaced by one spelling, the first met in the tables that
//! define slots (`kebutuhan`, `uraian_tugas`, `unit`, then `pegawai`), kept for display.

use super::sheet::Sheet;
use crate::columns::{Field, TableKind};
use std::collections::HashMap;

/// A code as compared.
pub fn fold(code: &str) -> String {
    code.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A code as displayed: trimmed, inner spaces collapsed, letter case kept.
pub fn tidy(code: &str) -> String {
    code.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The order in which tables give a code its spelling.
pub fn spelling_rank(kind: TableKind) -> usize {
    match kind {
        TableKind::Kebutuhan => 0,
        TableKind::UraianTugas => 1,
        TableKind::Unit => 2,
        TableKind::Kompatibilitas => 3,
        TableKind::Pegawai => 4,
        TableKind::Konflik => 5,
        TableKind::SyaratJabatan => 6,
        TableKind::KebutuhanSementara => 7,
    }
}

/// The one spelling of each unit code.
#[derive(Default)]
pub struct UnitCodes {
    spelling: HashMap<String, String>,
}

impl UnitCodes {
    /// Collect every unit code of every table.
    pub fn collect(sheets: &[Sheet<'_>]) -> UnitCodes {
        let mut ordered: Vec<&Sheet<'_>> = sheets.iter().collect();
        ordered.sort_by_key(|s| spelling_rank(s.kind));
        let mut spelling = HashMap::new();
        for sheet in ordered {
            for raw in sheet.rows {
                if let Some(code) = sheet.row(raw).text(Field::KodeUnit) {
                    spelling.entry(fold(code)).or_insert_with(|| tidy(code));
                }
            }
        }
        UnitCodes { spelling }
    }

    /// The spelling used for `code`.
    pub fn canonical(&self, code: &str) -> String {
        self.spelling
            .get(&fold(code))
            .cloned()
            .unwrap_or_else(|| tidy(code))
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_spaces() {
        assert_eq!(fold("  UNOR-AB  "), "unor-ab");
        assert_eq!(fold("Dinas  Sosial"), "dinas sosial");
        assert_eq!(fold("5.01.0003"), "5.01.0003");
    }
}
