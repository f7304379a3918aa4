//! Where the plan sends people, OPD by OPD: counts of moves from each OPD (rows) to each
//! OPD (columns), over the OPDs that send or receive anyone. Plain data for the table.

use seimbang_engine::plan::Plan;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The matrix: OPD codes in order, and counts[from][to].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlowMatrix {
    pub opds: Vec<String>,
    pub counts: Vec<Vec<u32>>,
}

/// Count the plan's moves by (OPD of the source unit, OPD of the target unit).
pub fn flow_matrix(plan: &Plan, opd_of_unit: &HashMap<&str, &str>) -> FlowMatrix {
    let mut pairs: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    let mut opds: BTreeSet<&str> = BTreeSet::new();
    for m in &plan.moves {
        let from = opd_of_unit
            .get(m.from.kode_unit.as_str())
            .copied()
            .unwrap_or("");
        let to = opd_of_unit
            .get(m.to.kode_unit.as_str())
            .copied()
            .unwrap_or("");
        *pairs.entry((from, to)).or_insert(0) += 1;
        opds.insert(from);
        opds.insert(to);
    }
    let opds: Vec<String> = opds.into_iter().map(str::to_string).collect();
    let at: HashMap<&str, usize> = opds
        .iter()
        .enumerate()
        .map(|(i, o)| (o.as_str(), i))
        .collect();
    let mut counts = vec![vec![0; opds.len()]; opds.len()];
    for ((f, t), n) in pairs {
        counts[at[f]][at[t]] += n;
    }
    FlowMatrix { opds, counts }
}
