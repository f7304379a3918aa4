//! Jabatan keys across tables. The key is `kode_jabatan`; a row without a code uses
//! the normalised name — unless another row (of any table) pairs that same name with
//! exactly one code, in which case that code is the key. So a kebutuhan sheet written
//! with names matches a SIASN export that carries JABATAN ID. Codes are compared folded
//! (case, spaces) and written in one spelling, as unit codes are (`codes`).

use super::codes::{fold, spelling_rank, tidy};
use super::sheet::Sheet;
use crate::columns::Field;
use crate::dataset::jabatan_key;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Codes known from the data, and the unambiguous code of each normalised name.
#[derive(Default)]
pub struct JabatanKeys {
    /// Folded code → the spelling used.
    codes: HashMap<String, String>,
    by_name: BTreeMap<String, String>,
}

impl JabatanKeys {
    /// Collect code/name pairs from every sheet that has both columns.
    pub fn collect(sheets: &[Sheet<'_>]) -> JabatanKeys {
        let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut codes = HashMap::new();
        let mut ordered: Vec<&Sheet<'_>> = sheets.iter().collect();
        ordered.sort_by_key(|s| spelling_rank(s.kind));
        for sheet in ordered {
            let has_code = sheet.cols.has(Field::KodeJabatan);
            if !has_code {
                continue;
            }
            let has_name = sheet.cols.has(Field::NamaJabatan);
            for raw in sheet.rows {
                let row = sheet.row(raw);
                let Some(code) = row.text(Field::KodeJabatan) else {
                    continue;
                };
                let spelled = codes
                    .entry(fold(code))
                    .or_insert_with(|| tidy(code))
                    .clone();
                if has_name {
                    if let Some(name) = row.text(Field::NamaJabatan) {
                        names.entry(jabatan_key(name)).or_default().insert(spelled);
                    }
                }
            }
        }
        let by_name = names
            .into_iter()
            .filter(|(_, codes)| codes.len() == 1)
            .filter_map(|(name, codes)| codes.into_iter().next().map(|c| (name, c)))
            .collect();
        JabatanKeys { codes, by_name }
    }

    /// The key of a row: its code, else the code paired with its name, else the name.
    pub fn key(&self, code: Option<&str>, name: Option<&str>) -> Option<String> {
        if let Some(c) = code {
            return Some(
                self.codes
                    .get(&fold(c))
                    .cloned()
                    .unwrap_or_else(|| c.to_string()),
            );
        }
        let n = jabatan_key(name?);
        if n.is_empty() {
            return None;
        }
        Some(self.by_name.get(&n).cloned().unwrap_or(n))
    }

    /// The key of a value that may be a code or a name (kompatibilitas).
    pub fn key_of_text(&self, text: &str) -> Option<String> {
        if let Some(c) = self.codes.get(&fold(text)) {
            return Some(c.clone());
        }
        self.key(None, Some(text))
    }
}
