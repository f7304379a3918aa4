//! Solving a scenario with its user adjustments, and checking a forced move before the
//! app adds it.
//!
//! Adjustments are resolved by key against the data at hand (stale entries are listed,
//! not applied) and reach the model as [`Tweaks`]:
//! - a lock makes the person immovable with [`Reason::Locked`]; an unlock re-runs the
//!   eligibility rules with the data's `kunci` off;
//! - a need override replaces the slot's need everywhere (bounds, objective, figures);
//! - a forbidden move gives the person a hub of their own whose targets leave the slot
//!   out, so everyone else keeps the shared hubs and the flow stays exact;
//! - a forced move is checked against every hard rule ([`Refusal`]) and, when accepted,
//!   pre-applied: the person counts at the target in x0 and is not movable, so the
//!   optimiser plans the rest around it. The jaga_asal/batasi_tujuan bounds stay those
//!   of the data's x0: the rules say a slot may not end below min(x0, ceil n) (above
//!   max(x0, ceil n)) where x0 is where it *started*; computing them from the shifted x0
//!   would let a forced departure lower the source's floor (and a forced arrival raise
//!   the target's ceiling) and so license further moves the rules forbid.
//!   A forced move is accepted only when, with the forced moves before it, its source
//!   and target stay inside those bounds, so "only the forced moves" is a plan keeping
//!   every rule, and the optimiser (whose start is that plan) always has one. The caps
//!   count forced moves first: the optimiser gets what is left of `maks_pindah` and of
//!   each OPD's `maks_keluar_persen`.
//!
//! The plan counts forced moves in its moves, costs and objective, measured from the
//! data's x0, and each forced move carries the user's reason.

use super::adjust::{AdjustmentKind, Adjustments, SlotKey, StaleAdjustment};
use super::model::{Model, PlanError, Tweaks};
use super::moves::{self, Bound, Transfer};
use super::proposal::{Plan, Temporary};
use super::refusal::Refusal;
use crate::dataset::Dataset;
use crate::date::Date;
use crate::eligibility::{eligibility, employee_eligibility, Eligibility, Reason};
use crate::params::{Params, Scope};
use crate::slot::SlotTable;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A forced move that was not applied, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedMove {
    pub nip: String,
    pub target: SlotKey,
    pub refusal: Refusal,
}

/// A plan made under adjustments, with what could not be applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdjustedPlan {
    pub plan: Plan,
    /// Entries naming a NIP or slot not in the data, in entry order by kind.
    pub stale: Vec<StaleAdjustment>,
    /// Forced moves that break a hard rule (not in the plan).
    pub refused: Vec<RefusedMove>,
}

/// The adjustments resolved against one dataset.
struct Resolved {
    table: SlotTable,
    elig: Vec<Eligibility>,
    tweaks: Tweaks,
    stale: Vec<StaleAdjustment>,
    employee_of: HashMap<String, usize>,
    slot_of: HashMap<SlotKey, usize>,
}

fn stale(
    kind: AdjustmentKind,
    nip: Option<&str>,
    slot: Option<&SlotKey>,
    missing_employee: bool,
) -> StaleAdjustment {
    StaleAdjustment {
        kind,
        nip: nip.map(str::to_string),
        slot: slot.cloned(),
        missing_employee,
    }
}

fn resolve(
    ds: &Dataset,
    params: &Params,
    d: Date,
    adj: &Adjustments,
) -> Result<Resolved, PlanError> {
    params.validate()?;
    let mut table = SlotTable::build(ds, params.wke_menit);
    let mut employee_of = HashMap::new();
    for (i, e) in ds.employees.iter().enumerate() {
        employee_of.entry(e.nip.clone()).or_insert(i);
    }
    let slot_of: HashMap<SlotKey, usize> = table
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| (SlotKey::new(&s.kode_unit, &s.kode_jabatan), i))
        .collect();
    let mut tweaks = Tweaks::default();
    let mut out = Vec::new();

    for n in &adj.needs {
        match slot_of.get(&n.slot) {
            Some(&s) => {
                if !(n.need.is_finite() && n.need >= 0.0) {
                    return Err(PlanError::BadNeed {
                        unit: n.slot.kode_unit.clone(),
                        jabatan: n.slot.kode_jabatan.clone(),
                    });
                }
                tweaks.need.insert(s, n.need);
                table.slots[s].need = n.need;
            }
            None => out.push(stale(AdjustmentKind::Need, None, Some(&n.slot), false)),
        }
    }

    let mut elig = eligibility(ds, &table, params, d);
    for u in &adj.unlocks {
        match employee_of.get(&u.nip) {
            Some(&i) => {
                let mut e = ds.employees[i].clone();
                e.kunci = false;
                let in_model = table.employee_slot.get(i).copied().flatten().is_some();
                elig[i] = employee_eligibility(&e, in_model, params, d);
                tweaks.eligibility.insert(i, elig[i].clone());
            }
            None => out.push(stale(AdjustmentKind::Unlock, Some(&u.nip), None, true)),
        }
    }
    for l in &adj.locks {
        match employee_of.get(&l.nip) {
            Some(&i) => {
                elig[i] = match &elig[i] {
                    Eligibility::Movable(_) => Eligibility::Immovable(vec![Reason::Locked]),
                    Eligibility::Immovable(r) if r.contains(&Reason::Locked) => {
                        Eligibility::Immovable(r.clone())
                    }
                    Eligibility::Immovable(r) => {
                        let mut r = r.clone();
                        r.push(Reason::Locked);
                        Eligibility::Immovable(r)
                    }
                };
                tweaks.eligibility.insert(i, elig[i].clone());
            }
            None => out.push(stale(AdjustmentKind::Lock, Some(&l.nip), None, true)),
        }
    }
    for f in &adj.forbidden {
        match (employee_of.get(&f.nip), slot_of.get(&f.target)) {
            (Some(&i), Some(&t)) => {
                tweaks
                    .forbidden
                    .entry(i)
                    .or_insert_with(BTreeSet::new)
                    .insert(t);
            }
            (None, _) => out.push(stale(
                AdjustmentKind::Forbidden,
                Some(&f.nip),
                Some(&f.target),
                true,
            )),
            (_, None) => out.push(stale(
                AdjustmentKind::Forbidden,
                Some(&f.nip),
                Some(&f.target),
                false,
            )),
        }
    }
    for m in &adj.temporary {
        if !employee_of.contains_key(&m.nip) {
            out.push(stale(AdjustmentKind::Temporary, Some(&m.nip), None, true));
        }
    }
    Ok(Resolved {
        table,
        elig,
        tweaks,
        stale: out,
        employee_of,
        slot_of,
    })
}

/// Forced moves accepted so far, and what they use up.
struct Forcing<'a> {
    ds: &'a Dataset,
    params: &'a Params,
    res: &'a Resolved,
    /// Bezetting with the accepted forced moves applied.
    x: Vec<i64>,
    fixed: BTreeMap<usize, usize>,
    /// Forced moves out of each OPD (by code) to another OPD.
    exits: BTreeMap<String, i64>,
    staff: BTreeMap<String, i64>,
}

impl<'a> Forcing<'a> {
    fn new(ds: &'a Dataset, params: &'a Params, res: &'a Resolved) -> Forcing<'a> {
        let mut staff = BTreeMap::new();
        for s in &res.table.slots {
            *staff.entry(s.opd.clone()).or_insert(0) += i64::from(s.bezetting);
        }
        Forcing {
            ds,
            params,
            res,
            x: res
                .table
                .slots
                .iter()
                .map(|s| i64::from(s.bezetting))
                .collect(),
            fixed: BTreeMap::new(),
            exits: BTreeMap::new(),
            staff,
        }
    }

    /// The employee and target slot, or why the move cannot be forced.
    fn check(&self, nip: &str, target: &SlotKey) -> Result<(usize, usize), Refusal> {
        let res = self.res;
        let &e = res
            .employee_of
            .get(nip)
            .ok_or_else(|| Refusal::UnknownEmployee {
                nip: nip.to_string(),
            })?;
        let &t = res
            .slot_of
            .get(target)
            .ok_or_else(|| Refusal::UnknownSlot {
                slot: target.clone(),
            })?;
        if let Some(&prev) = self.fixed.get(&e) {
            let s = &res.table.slots[prev];
            return Err(Refusal::AlreadyForced {
                target: SlotKey::new(&s.kode_unit, &s.kode_jabatan),
            });
        }
        if let Some(Eligibility::Immovable(reasons)) = res.elig.get(e) {
            return Err(Refusal::Ineligible {
                reasons: reasons.clone(),
            });
        }
        let Some(Some(s)) = res.table.employee_slot.get(e).copied() else {
            return Err(Refusal::Ineligible {
                reasons: vec![Reason::OutsideModel],
            });
        };
        if s == t {
            return Err(Refusal::SameSlot);
        }
        if res.tweaks.forbidden.get(&e).is_some_and(|f| f.contains(&t)) {
            return Err(Refusal::Forbidden);
        }
        let (from, to) = (&res.table.slots[s], &res.table.slots[t]);
        let compatible = from.kode_jabatan == to.kode_jabatan
            || self.ds.compatibility.iter().any(|c| {
                c.jabatan_asal == from.kode_jabatan && c.jabatan_tujuan == to.kode_jabatan
            });
        if !compatible {
            return Err(Refusal::NotCompatible {
                from: from.kode_jabatan.clone(),
                to: to.kode_jabatan.clone(),
            });
        }
        if self.params.lingkup == Scope::Opd && from.opd != to.opd {
            return Err(Refusal::OutsideScope {
                from: from.opd.clone(),
                to: to.opd.clone(),
            });
        }
        if self.params.jaga_asal {
            let floor = i64::from(from.bezetting).min(from.need.ceil() as i64);
            let after = self.x[s] - 1;
            if after < floor {
                return Err(Refusal::SourceBelowNeed {
                    slot: SlotKey::new(&from.kode_unit, &from.kode_jabatan),
                    after,
                    floor,
                });
            }
        }
        if self.params.batasi_tujuan {
            let ceiling = i64::from(to.bezetting).max(to.need.ceil() as i64);
            let after = self.x[t] + 1;
            if after > ceiling {
                return Err(Refusal::TargetAboveNeed {
                    slot: SlotKey::new(&to.kode_unit, &to.kode_jabatan),
                    after,
                    ceiling,
                });
            }
        }
        if let Some(k) = self.params.maks_pindah {
            let forced = self.fixed.len() as i64 + 1;
            if forced > i64::from(k) {
                return Err(Refusal::TooManyMoves {
                    forced,
                    max: i64::from(k),
                });
            }
        }
        if let (Some(p), Scope::Semua) = (self.params.maks_keluar_persen, self.params.lingkup) {
            if from.opd != to.opd {
                let staff = self.staff.get(&from.opd).copied().unwrap_or(0);
                let cap = exit_cap(p, staff);
                let forced = self.exits.get(&from.opd).copied().unwrap_or(0) + 1;
                if forced > cap {
                    return Err(Refusal::ExitCap {
                        opd: from.opd.clone(),
                        forced,
                        cap,
                    });
                }
            }
        }
        Ok((e, t))
    }

    fn accept(&mut self, e: usize, t: usize) {
        if let Some(Some(s)) = self.res.table.employee_slot.get(e).copied() {
            self.x[s] -= 1;
            self.x[t] += 1;
            let (from, to) = (&self.res.table.slots[s].opd, &self.res.table.slots[t].opd);
            if from != to {
                *self.exits.entry(from.clone()).or_insert(0) += 1;
            }
            self.fixed.insert(e, t);
        }
    }
}

/// The `maks_keluar_persen` cap of an OPD with `staff` people (as the model computes it).
fn exit_cap(p: f64, staff: i64) -> i64 {
    ((p * staff as f64) / 100.0 + 1e-9).floor() as i64
}

/// Whether `nip` may be forced to `target` given the other adjustments (an earlier
/// forced move of the same person is replaced, not counted). `Ok` means adding it keeps
/// every hard rule; the app calls this before adding a forced move.
pub fn check_force(
    ds: &Dataset,
    params: &Params,
    d: Date,
    adj: &Adjustments,
    nip: &str,
    target: &SlotKey,
) -> Result<(), Refusal> {
    let res = resolve(ds, params, d, adj).map_err(|e| Refusal::InvalidScenario {
        message: e.to_string(),
    })?;
    let mut forcing = Forcing::new(ds, params, &res);
    for f in adj.forced.iter().filter(|f| f.nip != nip) {
        if let Ok((e, t)) = forcing.check(&f.nip, &f.target) {
            forcing.accept(e, t);
        }
    }
    forcing.check(nip, target).map(|_| ())
}

/// The plan for a scenario under the user's adjustments.
pub fn solve_adjusted(
    ds: &Dataset,
    params: &Params,
    d: Date,
    adj: &Adjustments,
) -> Result<AdjustedPlan, PlanError> {
    let mut res = resolve(ds, params, d, adj)?;
    let mut refused = Vec::new();
    let mut reasons: BTreeMap<usize, String> = BTreeMap::new();
    let (fixed, exits) = {
        let mut forcing = Forcing::new(ds, params, &res);
        for f in &adj.forced {
            match forcing.check(&f.nip, &f.target) {
                Ok((e, t)) => {
                    forcing.accept(e, t);
                    reasons.insert(e, f.reason.clone());
                }
                Err(Refusal::UnknownEmployee { .. }) => res_stale(&mut refused, f, true),
                Err(Refusal::UnknownSlot { .. }) => res_stale(&mut refused, f, false),
                Err(refusal) => refused.push(Refused::Refused(RefusedMove {
                    nip: f.nip.clone(),
                    target: f.target.clone(),
                    refusal,
                })),
            }
        }
        (forcing.fixed, forcing.exits)
    };
    let mut stale_forced = Vec::new();
    let refused: Vec<RefusedMove> = refused
        .into_iter()
        .filter_map(|r| match r {
            Refused::Refused(m) => Some(m),
            Refused::Stale(s) => {
                stale_forced.push(s);
                None
            }
        })
        .collect();
    res.stale.extend(stale_forced);
    res.tweaks.fixed = fixed.clone();

    let mut model = Model::build_tweaked(ds, params, d, &res.tweaks)?;
    if let Some(k) = model.max_moves {
        model.max_moves = Some(k.saturating_sub(fixed.len() as u32));
    }
    if let Some(caps) = model.exit_caps.as_mut() {
        for (o, cap) in caps.iter_mut().enumerate() {
            let used = model
                .opds
                .get(o)
                .and_then(|c| exits.get(c))
                .copied()
                .unwrap_or(0);
            *cap = (*cap - used).max(0);
        }
    }
    let rest = super::solve_model(ds, &model)?;

    // Re-assemble from the data's x0 with the forced moves in.
    let mut whole = model;
    for (sv, sl) in whole.slots.iter_mut().zip(&res.table.slots) {
        sv.x0 = i64::from(sl.bezetting);
    }
    let mut transfers: Vec<Transfer> = fixed
        .iter()
        .filter_map(|(&e, &t)| {
            let s = res.table.employee_slot.get(e).copied().flatten()?;
            Some(Transfer {
                employee: e,
                from: s,
                to: t,
            })
        })
        .collect();
    transfers.extend(rest.moves.iter().map(|m| Transfer {
        employee: m.employee,
        from: m.from.slot,
        to: m.to.slot,
    }));
    let fixed_cost: f64 = fixed.keys().map(|&e| whole.move_cost(e)).sum();
    let bound = if rest.exact {
        Bound::Rounded { error: 0.0 }
    } else {
        Bound::Dual(rest.lower_bound + fixed_cost)
    };
    let mut plan = moves::assemble(ds, &whole, &transfers, bound);
    let criteria: BTreeMap<usize, _> = rest
        .moves
        .iter()
        .map(|m| (m.employee, m.criterion))
        .collect();
    let temporary: BTreeMap<&str, Temporary> = adj
        .temporary
        .iter()
        .map(|m| {
            (
                m.nip.as_str(),
                Temporary {
                    until: m.until,
                    reason: m.reason.clone(),
                },
            )
        })
        .collect();
    for m in &mut plan.moves {
        if let Some(c) = criteria.get(&m.employee) {
            m.criterion = *c;
        }
        m.forced = reasons.get(&m.employee).cloned();
        m.temporary = temporary.get(m.nip.as_str()).cloned();
    }
    Ok(AdjustedPlan {
        plan,
        stale: res.stale,
        refused,
    })
}

enum Refused {
    Refused(RefusedMove),
    Stale(StaleAdjustment),
}

fn res_stale(out: &mut Vec<Refused>, f: &super::adjust::ForcedMove, missing_employee: bool) {
    out.push(Refused::Stale(stale(
        AdjustmentKind::Forced,
        Some(&f.nip),
        Some(&f.target),
        missing_employee,
    )));
}
