//! The volunteers' own requests (`tujuan_usulan`) and what the plan made of them: one
//! row per volunteer who asked for a unit, granted or with the reason it was not, and
//! where the plan sends them instead. Asking to move is the employee's right under PP
//! 11/2017 article 190, so the answer is written down for each of them.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::scenario::Request;
use crate::slot::SlotTable;

/// Sheet and file name.
pub const NAME: &str = "permintaan_pindah";

const COLUMNS: &[Column] = &[
    col("NIP", "NIP"),
    col("Nama", "Name"),
    col("Unit sekarang", "Current unit"),
    col("Unit yang diminta", "Unit asked for"),
    col("Dikabulkan", "Granted"),
    col("Alasan tidak dikabulkan", "Why not granted"),
    col("Dipindah ke", "Moved to"),
];

/// One row per request, in the data's order.
pub fn requests_table(ds: &Dataset, slots: &SlotTable, requests: &[Request], lang: Lang) -> Table {
    let names = Names::of(ds);
    let mut t = Table::new(NAME, COLUMNS, lang);
    for r in requests {
        let Some(e) = ds.employees.get(r.employee) else {
            continue;
        };
        let moved_to = r
            .moved_to
            .and_then(|s| slots.slots.get(s))
            .map(|s| format!("{}, {}", s.nama_jabatan, names.unit_or_code(&s.kode_unit)));
        t.rows.push(vec![
            Value::Nip(e.nip.clone()),
            Value::text(&e.nama),
            Value::text(&names.unit_or_code(&e.kode_unit)),
            Value::text(&names.unit_or_code(&r.unit)),
            Value::text(lang.pick(
                if r.verdict.granted() { "ya" } else { "tidak" },
                if r.verdict.granted() { "yes" } else { "no" },
            )),
            Value::opt_text(r.verdict.reason(lang, &names).as_deref()),
            Value::opt_text(moved_to.as_deref()),
        ]);
    }
    t
}
