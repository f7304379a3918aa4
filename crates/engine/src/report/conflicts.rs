//! How much the conflicts of interest (`konflik`) narrowed the plan: one row per
//! conflict with its unit and how many targets it removed, numbered, never with the
//! person or the reason (whose relative heads which unit is nobody else's business).

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;

/// Sheet and file name.
pub const NAME: &str = "konflik_kepentingan";

const COLUMNS: &[Column] = &[
    col("No", "No"),
    col("Unit yang tidak boleh dituju", "Unit barred"),
    col("Tujuan yang dihapus", "Targets removed"),
];

/// One conflict's effect: the unit and how many of the person's targets it removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictEffect {
    pub kode_unit: String,
    pub removed: usize,
}

/// The table (empty rows when there are no conflicts).
pub fn conflicts_table(ds: &Dataset, effects: &[ConflictEffect], lang: Lang) -> Table {
    let names = Names::of(ds);
    let mut t = Table::new(NAME, COLUMNS, lang);
    for (i, c) in effects.iter().enumerate() {
        t.rows.push(vec![
            Value::int((i + 1) as u32),
            Value::text(names.unit(&c.kode_unit)),
            Value::int(c.removed as u32),
        ]);
    }
    t
}
