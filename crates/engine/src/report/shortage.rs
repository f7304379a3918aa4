//! What is still short after the plan, per jabatan and per OPD × jabatan: the input of a
//! recruitment request (usulan formasi), since moving people cannot fill these places.
//!
//! Usulan formasi = sum over the group's slots of max(0, ceil(n_s) - x_s), with x the
//! staffing after the plan. Whole people, slot by slot:
//! - ceil, not the decimal need: a unit whose workload needs 2.3 people is short until it
//!   has 3, as the model's own bounds read it (`jaga_asal` and `batasi_tujuan` use
//!   ceil(n_s)), and a formation is requested in whole posts. The decimal shortage,
//!   sum of max(0, n_s - x_s) (docs/MODEL.md's kekurangan), is reported beside it for readers
//!   who compare with ABK documents; ceil can exceed it by less than one per short slot.
//! - per slot, never from the group's totals: a surplus in one school does not fill a
//!   shortage in another when the plan could not move it (eligibility, caps), so the
//!   group's need minus its staff may be smaller than its formation.
//! - a need within 1e-9 above a whole number counts as that number, so an ABK sum like
//!   2.0000000001 does not ask for a third person.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::slot::SlotTable;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Sheet and file names.
pub const NAME_JABATAN: &str = "kekurangan_jabatan";
pub const NAME_OPD_JABATAN: &str = "kekurangan_opd_jabatan";

const EPS: f64 = 1e-9;

/// Whole people a need asks for.
pub fn whole_need(need: f64) -> u32 {
    let c = (need - EPS).ceil().max(0.0);
    if c >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        c as u32
    }
}

/// One group's remaining shortage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShortageRow {
    /// OPD code; `None` in the per-jabatan table.
    pub opd: Option<String>,
    pub kode_jabatan: String,
    pub nama_jabatan: String,
    /// Slots of the group, and those still short after the plan.
    pub slots: u32,
    pub slots_short: u32,
    /// Sum of the group's needs and staff after the plan.
    pub kebutuhan: f64,
    pub bezetting: u32,
    /// Sum over slots of max(0, n - x).
    pub kekurangan: f64,
    /// Sum over slots of max(0, ceil(n) - x).
    pub usulan_formasi: u32,
}

/// Both views, only groups with a shortage, ordered by code.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shortages {
    pub per_jabatan: Vec<ShortageRow>,
    pub per_opd_jabatan: Vec<ShortageRow>,
    /// Sum of every slot's formation.
    pub usulan_formasi: u32,
    pub kekurangan: f64,
}

/// The shortages left by staffing `after` (one count per slot; a missing entry is 0).
pub fn remaining_shortages(slots: &SlotTable, after: &[u32]) -> Shortages {
    let mut by_jabatan: BTreeMap<&str, ShortageRow> = BTreeMap::new();
    let mut by_opd: BTreeMap<(&str, &str), ShortageRow> = BTreeMap::new();
    let mut out = Shortages::default();
    for (i, s) in slots.slots.iter().enumerate() {
        let x = after.get(i).copied().unwrap_or(0);
        let short = (s.need - f64::from(x)).max(0.0);
        let formasi = whole_need(s.need).saturating_sub(x);
        out.kekurangan += short;
        out.usulan_formasi = out.usulan_formasi.saturating_add(formasi);
        let blank = |opd: Option<&str>| ShortageRow {
            opd: opd.map(str::to_string),
            kode_jabatan: s.kode_jabatan.clone(),
            nama_jabatan: s.nama_jabatan.clone(),
            slots: 0,
            slots_short: 0,
            kebutuhan: 0.0,
            bezetting: 0,
            kekurangan: 0.0,
            usulan_formasi: 0,
        };
        let rows = [
            by_jabatan
                .entry(s.kode_jabatan.as_str())
                .or_insert_with(|| blank(None)),
            by_opd
                .entry((s.opd.as_str(), s.kode_jabatan.as_str()))
                .or_insert_with(|| blank(Some(&s.opd))),
        ];
        for r in rows {
            r.slots += 1;
            r.slots_short += u32::from(formasi > 0 || short > EPS);
            r.kebutuhan += s.need;
            r.bezetting = r.bezetting.saturating_add(x);
            r.kekurangan += short;
            r.usulan_formasi = r.usulan_formasi.saturating_add(formasi);
        }
    }
    let keep = |r: &ShortageRow| r.usulan_formasi > 0 || r.kekurangan > EPS;
    out.per_jabatan = by_jabatan.into_values().filter(keep).collect();
    out.per_opd_jabatan = by_opd.into_values().filter(keep).collect();
    out
}

const JABATAN: &[Column] = &[
    col("Kode jabatan", "Position code"),
    col("Jabatan", "Position"),
];

const FIGURES: &[Column] = &[
    col("Jumlah slot", "Slots"),
    col("Slot kurang", "Slots short"),
    col("Kebutuhan", "Need"),
    col("Bezetting sesudah", "Staff after"),
    col("Kekurangan", "Shortage"),
    col("Usulan formasi", "Recruitment need"),
];

fn figures(r: &ShortageRow) -> [Value; 6] {
    [
        Value::int(r.slots),
        Value::int(r.slots_short),
        Value::Decimal(r.kebutuhan),
        Value::int(r.bezetting),
        Value::Decimal(r.kekurangan),
        Value::int(r.usulan_formasi),
    ]
}

/// The two tables: per jabatan, and per OPD × jabatan.
pub fn shortage_tables(ds: &Dataset, s: &Shortages, lang: Lang) -> [Table; 2] {
    let names = Names::of(ds);
    let cols: Vec<Column> = JABATAN.iter().chain(FIGURES).copied().collect();
    let mut per_jabatan = Table::new(NAME_JABATAN, &cols, lang);
    for r in &s.per_jabatan {
        let mut row = vec![Value::text(&r.kode_jabatan), Value::text(&r.nama_jabatan)];
        row.extend(figures(r));
        per_jabatan.rows.push(row);
    }
    let cols: Vec<Column> = [col("Kode OPD", "Agency code"), col("OPD", "Agency")]
        .iter()
        .chain(JABATAN)
        .chain(FIGURES)
        .copied()
        .collect();
    let mut per_opd = Table::new(NAME_OPD_JABATAN, &cols, lang);
    for r in &s.per_opd_jabatan {
        let opd = r.opd.as_deref().unwrap_or("");
        let mut row = vec![
            Value::text(opd),
            Value::text(names.opd(opd)),
            Value::text(&r.kode_jabatan),
            Value::text(&r.nama_jabatan),
        ];
        row.extend(figures(r));
        per_opd.rows.push(row);
    }
    [per_jabatan, per_opd]
}
