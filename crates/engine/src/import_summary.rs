//! What an import made of the employee table, in the figures a user checks first: how
//! many people were read, how many are counted in a slot of the model, how many stay
//! where they are because their row could not be read, and which (unit, jabatan)
//! pairs have people but no need row, grouped, so the user can add the missing need
//! rows instead of reading one warning per person. The missing rows come as a
//! `kebutuhan` table ready to fill in and import again.

use crate::dataset::Dataset;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::report::csv_file::{table_csv, CsvFile};
use crate::report::error::ExportError;
use crate::report::names::Names;
use crate::report::table::{Table, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// One (unit, jabatan) with employees and no need row: outside the model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutsideSlot {
    pub kode_unit: String,
    /// Empty when the data names the unit by its code only.
    pub nama_unit: String,
    pub kode_jabatan: String,
    pub nama_jabatan: String,
    /// The employees' rows in `pegawai`.
    pub rows: Vec<u32>,
}

/// The figures of an import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    /// Employees read from `pegawai` (every person row kept).
    pub employees: usize,
    /// Of them, those counted in a slot of the model.
    pub in_model: usize,
    /// Of all employees, those kept immovable because a value of their row could not
    /// be read or contradicts another (apart from those the rules keep).
    pub immovable_by_data: usize,
    /// Rows of any table left out with a note or warning (blank, totals, notes,
    /// unusable rows of the other tables).
    pub skipped_rows: usize,
    /// Slots with employees but no need row, by unit then jabatan code.
    pub outside: Vec<OutsideSlot>,
}

impl ImportSummary {
    /// The summary of a dataset and the warnings its import gave.
    pub fn of(ds: &Dataset, diagnostics: &[Diagnostic]) -> ImportSummary {
        let slots: HashSet<(&str, &str)> = ds
            .needs
            .iter()
            .map(|n| (n.kode_unit.as_str(), n.kode_jabatan.as_str()))
            .chain(
                ds.tasks
                    .iter()
                    .map(|t| (t.kode_unit.as_str(), t.kode_jabatan.as_str())),
            )
            .collect();
        let names = Names::of(ds);
        let mut outside: BTreeMap<(&str, &str), OutsideSlot> = BTreeMap::new();
        let mut in_model = 0;
        for e in &ds.employees {
            let key = (e.kode_unit.as_str(), e.kode_jabatan.as_str());
            if slots.contains(&key) {
                in_model += 1;
                continue;
            }
            outside
                .entry(key)
                .or_insert_with(|| OutsideSlot {
                    kode_unit: e.kode_unit.clone(),
                    nama_unit: Some(names.unit(&e.kode_unit))
                        .filter(|n| *n != e.kode_unit)
                        .unwrap_or("")
                        .to_string(),
                    kode_jabatan: e.kode_jabatan.clone(),
                    nama_jabatan: e.nama_jabatan.clone(),
                    rows: Vec::new(),
                })
                .rows
                .push(e.row);
        }
        ImportSummary {
            employees: ds.employees.len(),
            in_model,
            immovable_by_data: ds
                .employees
                .iter()
                .filter(|e| !e.data_problems.is_empty())
                .count(),
            skipped_rows: diagnostics.iter().filter(|d| d.skips_row()).count(),
            outside: outside.into_values().collect(),
        }
    }

    /// Employees outside the model.
    pub fn outside_employees(&self) -> usize {
        self.outside.iter().map(|s| s.rows.len()).sum()
    }

    /// The figures in one sentence.
    pub fn headline(&self, lang: Lang) -> String {
        let outside = self.outside_employees();
        let slots = self.outside.len();
        match lang {
            Lang::Id => format!(
                "{} pegawai dibaca: {} dihitung dalam model, {outside} di luar model ({slots} pasangan unit–jabatan tanpa data kebutuhan), {} tidak dapat dipindah karena datanya tidak terbaca; {} baris dilewati.",
                self.employees, self.in_model, self.immovable_by_data, self.skipped_rows
            ),
            Lang::En => format!(
                "{} employees read: {} counted in the model, {outside} outside it ({slots} unit–jabatan pairs without need data), {} cannot be moved because their data cannot be read; {} rows skipped.",
                self.employees, self.in_model, self.immovable_by_data, self.skipped_rows
            ),
        }
    }

    /// The rows of an outside slot for a message: the first few, then how many more.
    pub fn rows_text(slot: &OutsideSlot, lang: Lang) -> String {
        const SHOWN: usize = 8;
        let mut parts: Vec<String> = slot.rows.iter().take(SHOWN).map(u32::to_string).collect();
        if slot.rows.len() > SHOWN {
            parts.push(match lang {
                Lang::Id => format!("dan {} lagi", slot.rows.len() - SHOWN),
                Lang::En => format!("and {} more", slot.rows.len() - SHOWN),
            });
        }
        parts.join(", ")
    }

    /// One line per outside slot: unit and jabatan (names first), count, rows.
    pub fn outside_lines(&self, lang: Lang) -> Vec<String> {
        self.outside
            .iter()
            .map(|s| {
                let unit = if s.nama_unit.is_empty() {
                    s.kode_unit.clone()
                } else {
                    format!("{} ({})", s.nama_unit, s.kode_unit)
                };
                let rows = Self::rows_text(s, lang);
                match lang {
                    Lang::Id => format!(
                        "{unit} — {} ({}): {} pegawai, baris {rows}",
                        s.nama_jabatan,
                        s.kode_jabatan,
                        s.rows.len()
                    ),
                    Lang::En => format!(
                        "{unit} — {} ({}): {} employees, rows {rows}",
                        s.nama_jabatan,
                        s.kode_jabatan,
                        s.rows.len()
                    ),
                }
            })
            .collect()
    }

    /// The missing need rows as a `kebutuhan` table: the import's own column names, the
    /// need left blank for the user to fill in, the current headcount beside it.
    pub fn missing_needs(&self) -> Table {
        let headers = [
            "kode_unit",
            "nama_unit",
            "kode_jabatan",
            "nama_jabatan",
            "kebutuhan",
            "bezetting",
        ];
        Table {
            name: "kebutuhan",
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: self
                .outside
                .iter()
                .map(|s| {
                    vec![
                        Value::text(&s.kode_unit),
                        Value::text(&s.nama_unit),
                        Value::text(&s.kode_jabatan),
                        Value::text(&s.nama_jabatan),
                        Value::Empty,
                        Value::int(i64::try_from(s.rows.len()).unwrap_or(i64::MAX)),
                    ]
                })
                .collect(),
        }
    }

    /// [`ImportSummary::missing_needs`] as a CSV file (`kebutuhan_belum_ada.csv`).
    pub fn missing_needs_csv(&self) -> Result<CsvFile, ExportError> {
        let mut file = table_csv(&self.missing_needs())?;
        file.name = "kebutuhan_belum_ada.csv".to_string();
        Ok(file)
    }
}
