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
use super::model::{Model, PlanError};
use super::moves::{self, Bound, Transfer};
use super::proposal::{Plan, Temporary};
use super::refusal::Refusal;
use crate::dataset::Dataset;
use crate::date::Date;
use crate::eligibility::{Eligibility, Reason};
use crate::params::Params;
use crate::rule::{ceiling, exit_cap, floor, move_cap, scope};
use crate::scenario::resolution::{stale, Resolution};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// Forced moves accepted so far, and what they use up.
struct Forcing<'a> {
    params: &'a Params,
    res: &'a Resolution,
    /// Bezetting with the accepted forced moves applied.
    x: Vec<i64>,
    fixed: BTreeMap<usize, usize>,
    /// Forced moves out of each OPD (by code) to another OPD.
    exits: BTreeMap<String, i64>,
    staff: BTreeMap<String, i64>,
}

impl<'a> Forcing<'a> {
    fn new(params: &'a Params, res: &'a Resolution) -> Forcing<'a> {
        let mut staff = BTreeMap::new();
        for s in &res.slots.slots {
            *staff.entry(s.opd.clone()).or_insert(0) += i64::from(s.bezetting);
        }
        Forcing {
            params,
            res,
            x: res
                .slots
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
        let e = res.employee(nip).ok_or_else(|| Refusal::UnknownEmployee {
            nip: nip.to_string(),
        })?;
        let t = res.slot(target).ok_or_else(|| Refusal::UnknownSlot {
            slot: target.clone(),
        })?;
        if let Some(&prev) = self.fixed.get(&e) {
            let s = &res.slots.slots[prev];
            return Err(Refusal::AlreadyForced {
                target: SlotKey::new(&s.kode_unit, &s.kode_jabatan),
            });
        }
        if let Some(Eligibility::Immovable(reasons)) = res.eligibility.get(e) {
            return Err(Refusal::Ineligible {
                reasons: reasons.clone(),
            });
        }
        let Some(s) = res.slot_of_employee(e) else {
            return Err(Refusal::Ineligible {
                reasons: vec![Reason::OutsideModel],
            });
        };
        if s == t {
            return Err(Refusal::SameSlot);
        }
        if res.conflicts.get(&e).is_some_and(|f| f.contains(&t)) {
            return Err(Refusal::Conflict {
                unit: res.slots.slots[t].kode_unit.clone(),
            });
        }
        if res.forbidden.get(&e).is_some_and(|f| f.contains(&t)) {
            return Err(Refusal::Forbidden);
        }
        let (from, to) = (&res.slots.slots[s], &res.slots.slots[t]);
        if !res
            .compatibility
            .allows(&from.kode_jabatan, &to.kode_jabatan)
        {
            return Err(Refusal::NotCompatible {
                from: from.kode_jabatan.clone(),
                to: to.kode_jabatan.clone(),
            });
        }
        if !scope::in_scope(self.params, &from.opd, &to.opd) {
            return Err(Refusal::OutsideScope {
                from: from.opd.clone(),
                to: to.opd.clone(),
            });
        }
        if let Some(unmet) = res.unmet(e, t) {
            return Err(Refusal::Requirement {
                jabatan: to.kode_jabatan.clone(),
                unmet,
            });
        }
        if let Some(floor) = floor::floor(self.params, i64::from(from.bezetting), from.need) {
            let after = self.x[s] - 1;
            if after < floor {
                return Err(Refusal::SourceBelowNeed {
                    slot: SlotKey::new(&from.kode_unit, &from.kode_jabatan),
                    after,
                    floor,
                });
            }
        }
        if let Some(ceiling) = ceiling::ceiling(self.params, i64::from(to.bezetting), to.need) {
            let after = self.x[t] + 1;
            if after > ceiling {
                return Err(Refusal::TargetAboveNeed {
                    slot: SlotKey::new(&to.kode_unit, &to.kode_jabatan),
                    after,
                    ceiling,
                });
            }
        }
        let forced = self.fixed.len() + 1;
        if move_cap::exceeds(self.params, forced) {
            return Err(Refusal::TooManyMoves {
                forced: forced as i64,
                max: move_cap::move_cap(self.params).map_or(0, i64::from),
            });
        }
        if from.opd != to.opd {
            let staff = self.staff.get(&from.opd).copied().unwrap_or(0);
            if let Some(cap) = exit_cap::exit_cap(self.params, staff) {
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
        if let Some(s) = self.res.slot_of_employee(e) {
            self.x[s] -= 1;
            self.x[t] += 1;
            let (from, to) = (&self.res.slots.slots[s].opd, &self.res.slots.slots[t].opd);
            if from != to {
                *self.exits.entry(from.clone()).or_insert(0) += 1;
            }
            self.fixed.insert(e, t);
        }
    }
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
    let res = Resolution::new(ds, params, d, adj).map_err(|e| Refusal::InvalidScenario {
        message: e.to_string(),
    })?;
    check_force_resolved(params, &res, adj, nip, target)
}

/// [`check_force`] on a scenario already resolved with `adj`.
pub fn check_force_resolved(
    params: &Params,
    res: &Resolution,
    adj: &Adjustments,
    nip: &str,
    target: &SlotKey,
) -> Result<(), Refusal> {
    let mut forcing = Forcing::new(params, res);
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
    let res = Resolution::new(ds, params, d, adj)?;
    solve_resolved(ds, params, res, adj)
}

/// [`solve_adjusted`] on a scenario already resolved with `adj`.
pub fn solve_resolved(
    ds: &Dataset,
    params: &Params,
    mut res: Resolution,
    adj: &Adjustments,
) -> Result<AdjustedPlan, PlanError> {
    let mut refused = Vec::new();
    let mut reasons: BTreeMap<usize, String> = BTreeMap::new();
    let (fixed, exits) = {
        let mut forcing = Forcing::new(params, &res);
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
    let stale_all = std::mem::take(&mut res.stale);
    let data_x0: Vec<i64> = res
        .slots
        .slots
        .iter()
        .map(|s| i64::from(s.bezetting))
        .collect();
    let employee_slot = res.slots.employee_slot.clone();

    let mut model = Model::from_resolution(ds, params, res, &fixed);
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
    for (sv, &x0) in whole.slots.iter_mut().zip(&data_x0) {
        sv.x0 = x0;
    }
    let mut transfers: Vec<Transfer> = fixed
        .iter()
        .filter_map(|(&e, &t)| {
            let s = employee_slot.get(e).copied().flatten()?;
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
    let fixed_cost: f64 = fixed.iter().map(|(&e, &t)| whole.move_cost(e, t)).sum();
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
        stale: stale_all,
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
