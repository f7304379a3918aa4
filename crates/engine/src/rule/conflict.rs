//! Conflict of interest (PP 11/2017 article 190; the v2 `konflik` table): an employee
//! is never moved into a unit listed for them (for example one headed by a relative).
//! The barred targets are the slots of those units; the model gives such a person a hub
//! of their own without them, the forced-move check refuses them by name, and the
//! person query leaves them out.

use crate::dataset::Dataset;
use crate::slot::SlotTable;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Per employee (dataset index): the slots their conflicts bar (never their own slot).
pub fn barred_slots(ds: &Dataset, slots: &SlotTable) -> BTreeMap<usize, BTreeSet<usize>> {
    let mut by_nip: HashMap<&str, usize> = HashMap::new();
    for (i, e) in ds.employees.iter().enumerate() {
        by_nip.entry(e.nip.as_str()).or_insert(i);
    }
    let mut barred: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for c in &ds.konflik {
        let Some(&e) = by_nip.get(c.nip.as_str()) else {
            continue;
        };
        let own = slots.employee_slot.get(e).copied().flatten();
        let in_unit = slots
            .slots
            .iter()
            .enumerate()
            .filter(|(t, s)| s.kode_unit == c.kode_unit && Some(*t) != own)
            .map(|(t, _)| t);
        barred.entry(e).or_default().extend(in_unit);
    }
    barred.retain(|_, s| !s.is_empty());
    barred
}
