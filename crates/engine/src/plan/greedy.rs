//! A naive baseline, for benchmarks only: what a spreadsheet analyst would do by hand.
//! Within each jabatan (and OPD when `lingkup` = `opd`), repeatedly move one person from
//! the slot with the largest surplus (x - n) to the slot with the largest deficit, while
//! that lowers F, keeping the slot bounds, eligibility and `maks_pindah`. No
//! compatibility pairs, no chains, no global view.

use super::model::Model;
use super::moves::{self, Bound, Transfer};
use super::proposal::Plan;
use crate::dataset::Dataset;
use std::collections::BTreeMap;

/// The baseline plan.
pub fn greedy(ds: &Dataset, model: &Model) -> Plan {
    let mut groups: BTreeMap<(usize, Option<usize>), Vec<usize>> = BTreeMap::new();
    for (s, sv) in model.slots.iter().enumerate() {
        let opd = model.within_opd.then_some(sv.opd);
        groups.entry((sv.jabatan, opd)).or_default().push(s);
    }
    let mut x = model.x0();
    let mut taken = vec![0usize; model.slots.len()];
    let mut transfers = Vec::new();
    let budget = model.max_moves.map_or(usize::MAX, |k| k as usize);
    let mut progress = true;
    while progress && transfers.len() < budget {
        progress = false;
        for slots in groups.values() {
            if transfers.len() >= budget {
                break;
            }
            let surplus = slots
                .iter()
                .copied()
                .filter(|&s| {
                    let sv = &model.slots[s];
                    taken[s] < sv.movable.len() && x[s] > sv.lo
                })
                .max_by(|&a, &b| {
                    let d = |s: usize| x[s] as f64 - model.slots[s].need;
                    d(a).total_cmp(&d(b)).then(b.cmp(&a))
                });
            let deficit = slots
                .iter()
                .copied()
                .filter(|&t| x[t] < model.slots[t].hi && Some(t) != surplus)
                .max_by(|&a, &b| {
                    let d = |t: usize| model.slots[t].need - x[t] as f64;
                    d(a).total_cmp(&d(b)).then(b.cmp(&a))
                });
            let (Some(s), Some(t)) = (surplus, deficit) else {
                continue;
            };
            let (sv, tv) = (&model.slots[s], &model.slots[t]);
            let e = sv.movable[taken[s]];
            let gain = sv.marginal(x[s] - 1) - tv.marginal(x[t]) - model.move_cost(e, t);
            if gain > 1e-12 {
                transfers.push(Transfer {
                    employee: e,
                    from: s,
                    to: t,
                });
                x[s] -= 1;
                x[t] += 1;
                taken[s] += 1;
                progress = true;
            }
        }
    }
    moves::assemble(ds, model, &transfers, Bound::Dual(0.0))
}
