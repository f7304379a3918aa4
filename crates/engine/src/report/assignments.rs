//! The temporary assignments of the second flow (penugasan sementara) as two tables:
//! one row per helper (who, from which slot, to which unit, until when, what the home
//! slot keeps, why this person), and one row per temporary need (what for, its period,
//! asked, assigned, and why not in full). The report prints both as their own section: these
//! people come back, and their home slots know for how long they are short.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::assignment::{Shortfall, TemporaryPlan};
use crate::plan::SlotKey;
use crate::slot::SlotTable;

/// Sheet and file names.
pub const NAME: &str = "penugasan_sementara";
pub const NEEDS: &str = "kebutuhan_sementara";

const COLUMNS: &[Column] = &[
    col("NIP", "NIP"),
    col("Nama", "Name"),
    col("Dari", "From"),
    col("Membantu di", "Helping at"),
    col("Sampai", "Until"),
    col("Asal tetap", "Home keeps"),
    col("Kriteria pemilihan", "Selection criterion"),
];

const NEED_COLUMNS: &[Column] = &[
    col("Unit", "Unit"),
    col("Untuk", "For"),
    col("Mulai", "From date"),
    col("Selesai", "Until"),
    col("Diminta", "Asked"),
    col("Ditugaskan", "Assigned"),
    col("Mengapa kurang", "Why short"),
];

/// Why a need is short, in words.
pub fn shortfall_text(s: Shortfall, lang: Lang) -> &'static str {
    match s {
        Shortfall::NobodyEligible => lang.pick(
            "tidak ada pegawai yang dapat membantu (jabatan yang diterima, di luar unit itu, tidak sedang dipindah)",
            "nobody may help (an accepted position, outside that unit, not being moved)",
        ),
        Shortfall::HomesAtFloor => lang.pick(
            "unit asal para calon pembantu sudah pada batas kebutuhannya",
            "the home slots of those who could help are at their floor",
        ),
        Shortfall::NotWorth => lang.pick(
            "bantuan lebih banyak merugikan unit asal atau kebutuhan lain yang lebih prioritas lebih dari manfaatnya",
            "more help would cost the home slots or weightier needs more than it gains",
        ),
    }
}

/// The helpers' table, in the plan's order (by need, then NIP).
pub fn assignments_table(
    ds: &Dataset,
    slots: &SlotTable,
    plan: &TemporaryPlan,
    lang: Lang,
) -> Table {
    let names = Names::of(ds);
    let mut t = Table::new(NAME, COLUMNS, lang);
    for a in &plan.assignments {
        let (Some(e), Some(from), Some(fill)) = (
            ds.employees.get(a.employee),
            slots.slots.get(a.from),
            plan.needs.get(a.need),
        ) else {
            continue;
        };
        t.rows.push(vec![
            Value::Nip(a.nip.clone()),
            Value::text(&e.nama),
            Value::text(&names.slot(&SlotKey::new(&from.kode_unit, &from.kode_jabatan))),
            Value::text(&names.unit_or_code(&fill.need.kode_unit)),
            Value::Date(a.selesai),
            Value::int(a.home_keeps.max(0) as u32),
            Value::text(&a.why(lang)),
        ]);
    }
    t
}

/// The needs' table, in the data's order.
pub fn needs_table(ds: &Dataset, plan: &TemporaryPlan, lang: Lang) -> Table {
    let names = Names::of(ds);
    let mut t = Table::new(NEEDS, NEED_COLUMNS, lang);
    for f in &plan.needs {
        let need = &f.need;
        t.rows.push(vec![
            Value::text(&names.unit_or_code(&need.kode_unit)),
            Value::text(&need.keterangan),
            Value::Date(need.mulai),
            Value::Date(need.selesai),
            Value::Decimal(need.tambahan),
            Value::int(f.assigned),
            Value::opt_text(f.shortfall.map(|s| shortfall_text(s, lang))),
        ]);
    }
    t
}
