//! The analysis as a report table, in the order people read it: each OPD with its
//! totals, then each of its units with their totals, then the unit's jabatan (slots).
//! Every row has bezetting, kebutuhan, selisih, EJ and PJ now and, when a plan is given,
//! after it — computed by [`Indicators`], the same code as the app's tables and the
//! CLI's analysis.csv, so the figures cannot disagree.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::analysis::{Figures, Indicators};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::pj::PjTable;
use crate::plan::Plan;
use crate::scenario::staffing_after;
use crate::slot::SlotTable;
use std::collections::{BTreeMap, HashMap};

/// Sheet and file name.
pub const NAME: &str = "analisis";

const KEYS: &[Column] = &[
    col("Tingkat", "Level"),
    col("Kode OPD", "Agency code"),
    col("OPD", "Agency"),
    col("Kode unit", "Unit code"),
    col("Unit", "Unit"),
    col("Kode jabatan", "Position code"),
    col("Jabatan", "Position"),
    col("Kebutuhan", "Need"),
];

const BEFORE: &[Column] = &[
    col("Bezetting", "Staff"),
    col("Selisih", "Difference"),
    col("EJ", "EJ"),
    col("PJ", "PJ"),
    col("Jatuh tempo rotasi", "Due for rotation"),
];

const AFTER: &[Column] = &[
    col("Bezetting sesudah", "Staff after"),
    col("Selisih sesudah", "Difference after"),
    col("EJ sesudah", "EJ after"),
    col("PJ sesudah", "PJ after"),
];

fn figures(f: Option<&Figures>) -> [Value; 4] {
    match f {
        Some(f) => [
            Value::int(f.bezetting),
            Value::Decimal(f.selisih),
            Value::opt_decimal(f.ej),
            f.pj.map_or(Value::Empty, |p| Value::text(p.letter())),
        ],
        None => [Value::Empty, Value::Empty, Value::Empty, Value::Empty],
    }
}

/// The people due for rotation (the data's, so only beside the "before" columns).
fn due(f: Option<&Figures>) -> Value {
    f.map_or(Value::Empty, |f| Value::int(f.jatuh_tempo))
}

/// Level labels.
fn level(key: &str, lang: Lang) -> Value {
    Value::text(match key {
        "opd" => "OPD",
        "unit" => "unit",
        "jabatan" => lang.pick("jabatan", "position"),
        _ => "total",
    })
}

/// OPD → unit → jabatan with subtotals and a total row; the "after" columns only when
/// a plan is given.
pub fn analysis_table(
    ds: &Dataset,
    slots: &SlotTable,
    pj: &PjTable,
    plan: Option<&Plan>,
    lang: Lang,
) -> Table {
    let names = Names::of(ds);
    let before = Indicators::current(slots, pj);
    let after = plan.map(|p| Indicators::of(&slots.slots, &staffing_after(p), pj));
    let mut columns: Vec<Column> = KEYS.iter().chain(BEFORE).copied().collect();
    if after.is_some() {
        columns.extend(AFTER);
    }
    let mut t = Table::new(NAME, &columns, lang);
    let lookup = |ind: &Indicators| -> (HashMap<String, Figures>, HashMap<String, Figures>) {
        (
            ind.opds.iter().cloned().collect(),
            ind.units.iter().cloned().collect(),
        )
    };
    let (opd_b, unit_b) = lookup(&before);
    let (opd_a, unit_a) = after.as_ref().map(lookup).unwrap_or_default();
    // OPD -> unit -> slot indexes, ordered by code.
    let mut tree: BTreeMap<&str, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    for (i, s) in slots.slots.iter().enumerate() {
        tree.entry(s.opd.as_str())
            .or_default()
            .entry(s.kode_unit.as_str())
            .or_default()
            .push(i);
    }
    let push =
        |t: &mut Table, keys: [Value; 7], need: f64, b: Option<&Figures>, a: Option<&Figures>| {
            let mut row: Vec<Value> = keys.into_iter().collect();
            row.push(Value::Decimal(need));
            row.extend(figures(b));
            row.push(due(b));
            if after.is_some() {
                row.extend(figures(a));
            }
            t.rows.push(row);
        };
    for (opd, units) in &tree {
        let b = opd_b.get(*opd);
        push(
            &mut t,
            [
                level("opd", lang),
                Value::text(opd),
                Value::text(names.opd(opd)),
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
            ],
            b.map_or(0.0, |f| f.kebutuhan),
            b,
            opd_a.get(*opd),
        );
        for (unit, idx) in units {
            let b = unit_b.get(*unit);
            push(
                &mut t,
                [
                    level("unit", lang),
                    Value::text(opd),
                    Value::text(names.opd(opd)),
                    Value::text(unit),
                    Value::text(names.unit(unit)),
                    Value::Empty,
                    Value::Empty,
                ],
                b.map_or(0.0, |f| f.kebutuhan),
                b,
                unit_a.get(*unit),
            );
            for i in idx {
                let Some(s) = slots.slots.get(*i) else {
                    continue;
                };
                push(
                    &mut t,
                    [
                        level("jabatan", lang),
                        Value::text(opd),
                        Value::text(names.opd(opd)),
                        Value::text(unit),
                        Value::text(names.unit(unit)),
                        Value::text(&s.kode_jabatan),
                        Value::text(&s.nama_jabatan),
                    ],
                    s.need,
                    before.slots.get(*i),
                    after.as_ref().and_then(|a| a.slots.get(*i)),
                );
            }
        }
    }
    push(
        &mut t,
        [
            level("total", lang),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ],
        before.total.kebutuhan,
        Some(&before.total),
        after.as_ref().map(|a| &a.total),
    );
    t
}
