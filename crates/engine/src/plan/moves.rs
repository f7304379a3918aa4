//! From an optimal flow to named people: who moves from which slot to which.
//!
//! Per hub, the flow says how many leave each source slot and how many arrive at each
//! target slot (arrivals through an exit node are paired back to the hubs that fed it,
//! hubs and slots in ascending order). A slot that both sends into and receives from the
//! same hub is netted first (s -> hub -> s is no move; dropping it keeps x and lowers the
//! cost, so the plan stays optimal). Sources and targets are then paired in ascending
//! slot order, and in each source slot the first k employees of the tie-break ranking
//! move, in ranking order, to the targets paired with it. A personal hub (someone with
//! forbidden targets) moves its one employee.

use super::flow::{ArcKind, FlowGraph};
use super::model::Model;
use super::proposal::{Move, MoveKind, Plan, SlotChange};
use super::simplex::Simplex;
use super::tiebreak;
use crate::dataset::Dataset;
use crate::eligibility::Eligibility;
use std::collections::BTreeMap;

/// One person's move, before it is dressed with figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Transfer {
    pub employee: usize,
    pub from: usize,
    pub to: usize,
}

/// How strong the optimality claim of a plan is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// Optimal for the rounded costs; within `error` of the true optimum.
    Rounded { error: f64 },
    /// A proven lower bound on F* (Lagrangian dual).
    Dual(f64),
}

/// Pair a flow into individual transfers.
pub fn decompose(model: &Model, graph: &FlowGraph, sx: &Simplex) -> Vec<Transfer> {
    let n_hubs = model.hubs.len();
    let n_slots = model.slots.len();
    // Leavers per (source slot, hub).
    let mut out: BTreeMap<(usize, usize), i64> = BTreeMap::new();
    let mut targets: Vec<BTreeMap<usize, i64>> = vec![BTreeMap::new(); n_hubs];
    let mut exit_in: BTreeMap<u32, Vec<(usize, i64)>> = BTreeMap::new();
    let mut exit_out: BTreeMap<u32, Vec<(usize, i64)>> = BTreeMap::new();
    for (a, kind) in graph.kinds.iter().enumerate() {
        let f = sx.flow(a);
        if f <= 0 {
            continue;
        }
        match *kind {
            ArcKind::Segment { .. } => {}
            ArcKind::Move { slot } => {
                let hub = (graph.net.arcs[a].to as usize).wrapping_sub(n_slots);
                *out.entry((slot as usize, hub)).or_insert(0) += f;
            }
            ArcKind::Target { hub, slot } => {
                *targets[hub as usize].entry(slot as usize).or_insert(0) += f;
            }
            ArcKind::Exit { hub } => {
                if let Some(h) = model.hubs.get(hub as usize) {
                    exit_in
                        .entry(h.jabatan as u32)
                        .or_default()
                        .push((hub as usize, f));
                }
            }
            ArcKind::Spread { exit, slot } => {
                exit_out.entry(exit).or_default().push((slot as usize, f));
            }
        }
    }
    for (exit, ins) in &exit_in {
        let outs = exit_out.get(exit).cloned().unwrap_or_default();
        for (hub, slot, f) in pair(ins, &outs) {
            *targets[hub].entry(slot).or_insert(0) += f;
        }
    }
    let mut transfers = Vec::new();
    for (h, hub) in model.hubs.iter().enumerate() {
        let mut sources: Vec<(usize, i64)> = Vec::new();
        for &s in &hub.sources {
            let mut k = out.get(&(s, h)).copied().unwrap_or(0);
            if let Some(t) = targets[h].get_mut(&s) {
                let r = k.min(*t);
                k -= r;
                *t -= r;
            }
            if k > 0 {
                sources.push((s, k));
            }
        }
        let sinks: Vec<(usize, i64)> = targets[h]
            .iter()
            .filter(|(_, &c)| c > 0)
            .map(|(&t, &c)| (t, c))
            .collect();
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        for (s, t, f) in pair(&sources, &sinks) {
            if let Some(e) = hub.personal {
                transfers.push(Transfer {
                    employee: e,
                    from: s,
                    to: t,
                });
                continue;
            }
            let movable = &model.slots[s].movable;
            let start = taken.entry(s).or_insert(0);
            for _ in 0..f {
                if let Some(&e) = movable.get(*start) {
                    transfers.push(Transfer {
                        employee: e,
                        from: s,
                        to: t,
                    });
                    *start += 1;
                }
            }
        }
    }
    transfers
}

/// Pair two ordered lists of (key, count) unit by unit.
fn pair(a: &[(usize, i64)], b: &[(usize, i64)]) -> Vec<(usize, usize, i64)> {
    let mut res = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut ra, mut rb) = (a.first().map_or(0, |x| x.1), b.first().map_or(0, |x| x.1));
    while i < a.len() && j < b.len() {
        let f = ra.min(rb);
        if f > 0 {
            res.push((a[i].0, b[j].0, f));
        }
        ra -= f;
        rb -= f;
        if ra == 0 {
            i += 1;
            ra = a.get(i).map_or(0, |x| x.1);
        }
        if rb == 0 {
            j += 1;
            rb = b.get(j).map_or(0, |x| x.1);
        }
    }
    res
}

/// Dress transfers with their figures and compute the plan's objective.
pub fn assemble(ds: &Dataset, model: &Model, transfers: &[Transfer], bound: Bound) -> Plan {
    let mut x = model.x0();
    let mut moved_from = vec![0usize; model.slots.len()];
    for t in transfers {
        x[t.from] -= 1;
        x[t.to] += 1;
        moved_from[t.from] += 1;
    }
    let imbalance = model.imbalance(&x);
    let move_cost: f64 = transfers
        .iter()
        .map(|t| model.move_cost(t.employee, t.to))
        .sum();
    let objective = imbalance + move_cost;
    let tol = 1e-6 * objective.abs().max(1.0);
    let (lower_bound, exact) = match bound {
        Bound::Rounded { error } if error <= tol => (objective, true),
        Bound::Rounded { error } => (objective - error, false),
        Bound::Dual(lb) if objective - lb <= tol => (objective, true),
        Bound::Dual(lb) => (lb.min(objective), false),
    };
    let change = |s: usize| SlotChange {
        slot: s,
        kode_unit: model.table.slots[s].kode_unit.clone(),
        kode_jabatan: model.table.slots[s].kode_jabatan.clone(),
        x0: model.slots[s].x0,
        need: model.slots[s].need,
        after: x[s],
    };
    let mut moves: Vec<Move> = transfers
        .iter()
        .filter_map(|t| {
            let e = ds.employees.get(t.employee)?;
            let Some(Eligibility::Movable(rules)) = model.eligibility.get(t.employee) else {
                return None;
            };
            let (fs, ft) = (&model.slots[t.from], &model.slots[t.to]);
            let cost = model.move_cost(t.employee, t.to);
            let undo = fs.marginal(x[t.from]) - ft.marginal(x[t.to] - 1);
            let same_unit =
                model.table.slots[t.from].kode_unit == model.table.slots[t.to].kode_unit;
            Some(Move {
                employee: t.employee,
                nip: e.nip.clone(),
                from: change(t.from),
                to: change(t.to),
                kind: if same_unit {
                    MoveKind::Rotasi
                } else {
                    MoveKind::Mutasi
                },
                cost,
                gain: undo - cost,
                rules: *rules,
                criterion: tiebreak::decide(
                    &ds.employees,
                    &tiebreak::Costs {
                        cost: &model.cost,
                        due: &model.due,
                    },
                    &fs.movable,
                    moved_from[t.from],
                    t.employee,
                ),
                due: model.due.get(t.employee).copied().unwrap_or(false),
                forced: None,
                temporary: None,
                requested: e.sukarela
                    && e.tujuan_usulan.as_deref()
                        == Some(model.table.slots[t.to].kode_unit.as_str()),
            })
        })
        .collect();
    moves.sort_by(|a, b| a.nip.cmp(&b.nip).then(a.employee.cmp(&b.employee)));
    Plan {
        moves,
        bezetting: x,
        objective_before: model.imbalance(&model.x0()),
        objective,
        imbalance,
        lower_bound,
        exact,
        movable: model.movable_count,
        employees: model.employees_in_model,
        slots: model.slots.len(),
    }
}
