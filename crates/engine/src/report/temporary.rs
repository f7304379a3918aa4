//! The moves the user marked as temporary (a move decided for a while, not the planned
//! temporary assignments of `assignments`), apart from the permanent ones: who (by
//! name), from which jabatan and unit, to which, until when and why. The report prints
//! it as its own section so a reader sees at once who is expected back.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::Plan;

/// Sheet and file name.
pub const NAME: &str = "pindah_sementara";

const COLUMNS: &[Column] = &[
    col("Nama", "Name"),
    col("NIP", "NIP"),
    col("Dari", "From"),
    col("Ke", "To"),
    col("Sampai", "Until"),
    col("Alasan", "Reason"),
];

/// One row per temporary move, in the plan's order (by NIP); from and to written as
/// `Jabatan, Unit`.
pub fn temporary_table(ds: &Dataset, plan: &Plan, lang: Lang) -> Table {
    let names = Names::of(ds);
    let mut t = Table::new(NAME, COLUMNS, lang);
    for m in &plan.moves {
        let Some(tmp) = &m.temporary else { continue };
        let name = ds.employees.get(m.employee).map(|e| e.nama.as_str());
        let slot = |s: &crate::plan::SlotChange| {
            names.slot(&crate::plan::SlotKey::new(&s.kode_unit, &s.kode_jabatan))
        };
        t.rows.push(vec![
            Value::opt_text(name),
            Value::Nip(m.nip.clone()),
            Value::text(&slot(&m.from)),
            Value::text(&slot(&m.to)),
            Value::Date(tmp.until),
            Value::text(&tmp.reason),
        ]);
    }
    t
}
