//! What changed against the previous plan, shown after a re-run: moves matched by NIP
//! (never by index, so a plan made before a data reload still compares), and a move
//! whose target slot (kode_unit, kode_jabatan) differs counts as changed.

use super::proposal::{Move, Plan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A person whose target changed between two plans.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TargetChange {
    pub nip: String,
    pub old: Move,
    pub new: Move,
}

/// Moves added, removed and retargeted from `old` to `new`, each sorted by NIP.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanDiff {
    /// In the new plan only.
    pub added: Vec<Move>,
    /// In the old plan only.
    pub removed: Vec<Move>,
    /// In both, to another slot.
    pub changed_target: Vec<TargetChange>,
}

impl PlanDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed_target.is_empty()
    }
}

fn by_nip(plan: &Plan) -> BTreeMap<&str, &Move> {
    let mut map = BTreeMap::new();
    for m in &plan.moves {
        map.entry(m.nip.as_str()).or_insert(m);
    }
    map
}

/// The difference from `old` to `new`.
pub fn diff(old: &Plan, new: &Plan) -> PlanDiff {
    let (a, b) = (by_nip(old), by_nip(new));
    let mut out = PlanDiff::default();
    for (nip, m) in &b {
        match a.get(nip) {
            None => out.added.push((*m).clone()),
            Some(o) => {
                let same =
                    o.to.kode_unit == m.to.kode_unit && o.to.kode_jabatan == m.to.kode_jabatan;
                if !same {
                    out.changed_target.push(TargetChange {
                        nip: nip.to_string(),
                        old: (*o).clone(),
                        new: (*m).clone(),
                    });
                }
            }
        }
    }
    for (nip, m) in &a {
        if !b.contains_key(nip) {
            out.removed.push((*m).clone());
        }
    }
    out
}
