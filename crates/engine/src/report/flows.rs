//! Where the plan sends people between OPDs, largest flows first: one row per pair
//! (OPD of origin, OPD of destination) with its number of moves, by name. A matrix of
//! 39 × 39 codes fits neither a page nor a phone; a ranked list of named pairs reads at
//! a glance and prints complete.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::Plan;
use std::collections::BTreeMap;

/// Sheet and file name.
pub const NAME: &str = "arus_antar_opd";

const COLUMNS: &[Column] = &[
    col("OPD asal", "From agency"),
    col("OPD tujuan", "To agency"),
    col("Perpindahan", "Moves"),
    col("Kode OPD asal", "From agency code"),
    col("Kode OPD tujuan", "To agency code"),
];

/// The moves from one OPD to another (the same OPD for moves within it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    /// OPD codes ("" for a unit without an OPD).
    pub from: String,
    pub to: String,
    /// OPD names, the code when the data gives no name.
    pub from_name: String,
    pub to_name: String,
    pub moves: u32,
}

impl Flow {
    /// True for moves that stay within one OPD.
    pub fn within(&self) -> bool {
        self.from == self.to
    }
}

fn label(names: &Names<'_>, opd: &str, lang: Lang) -> String {
    match opd {
        "" => lang.pick("tanpa OPD", "no agency").to_string(),
        code => names.opd_label(code),
    }
}

/// Every pair with at least one move, the largest first (ties by origin, then
/// destination name, so the order never depends on a hash).
pub fn flows(ds: &Dataset, plan: &Plan, lang: Lang) -> Vec<Flow> {
    let names = Names::of(ds);
    let mut pairs: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for m in &plan.moves {
        let from = names.opd_of(&m.from.kode_unit);
        let to = names.opd_of(&m.to.kode_unit);
        *pairs.entry((from, to)).or_insert(0) += 1;
    }
    let mut out: Vec<Flow> = pairs
        .into_iter()
        .map(|((from, to), moves)| Flow {
            from: from.to_string(),
            to: to.to_string(),
            from_name: label(&names, from, lang),
            to_name: label(&names, to, lang),
            moves,
        })
        .collect();
    out.sort_by(|a, b| {
        b.moves
            .cmp(&a.moves)
            .then_with(|| a.from_name.cmp(&b.from_name))
            .then_with(|| a.to_name.cmp(&b.to_name))
    });
    out
}

/// The flows as a report table.
pub fn flows_table(flows: &[Flow], lang: Lang) -> Table {
    let mut t = Table::new(NAME, COLUMNS, lang);
    for f in flows {
        t.rows.push(vec![
            Value::text(&f.from_name),
            Value::text(&f.to_name),
            Value::int(f.moves),
            Value::text(&f.from),
            Value::text(&f.to),
        ]);
    }
    t
}
