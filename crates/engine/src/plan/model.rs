//! The balancing model of docs/MODEL.md as plain numbers: per slot its need, priority,
//! bezetting x0 and the bounds [lo, hi] the plan must keep, who in it may move (ranked
//! by the published tie-break), and the *hubs*: classes of movable employees sharing the
//! same target set T(e).
//!
//! Reductions, each exact (the optimum is unchanged):
//! - T(e) depends only on the employee's jabatan (and OPD when `lingkup` = `opd` or when
//!   cross-OPD moves are capped), so employees are grouped into hubs by that key and every
//!   move is "slot -> hub -> target slot". The self-pair s -> hub -> s costs >= 0 and
//!   changes nothing; the decomposition nets it out.
//! - lo >= x0 - movable(s): a slot cannot lose more people than may move.
//! - hi <= x0 + inflow(s): a slot cannot gain more than the hubs reaching it can send.
//! - without `batasi_tujuan`: let G be the largest gain of the first departure from any
//!   slot, max_s f_s(x0_s) - f_s(x0_s - 1). A unit that lifts slot t to level k with
//!   marginal f_t(k) - f_t(k-1) > G is never used: cancelling the path that brought it
//!   (the flow arriving at t above x0_t comes from a slot below its x0) saves more at t
//!   than it costs at the source, whose marginal is at most G by convexity, and saves the
//!   move costs (>= 0, also with Lagrangian or Pareto prices). So hi is cut there.
//! - without `jaga_asal`, symmetrically: with H the smallest cost of a first arrival at
//!   any slot, min_t f_t(x0_t + 1) - f_t(x0_t), a slot never drops to a level whose
//!   departure gain is below H, so lo is raised there.
//!
//! A scenario's user adjustments reach the model resolved ([`Resolution`]: overridden
//! needs and verdicts, forbidden targets) and as [`Fixed`] moves. People with forbidden
//! targets each get a hub of their own, so the hubs of everyone else keep one target set
//! per key. A fixed move (the person counts at the target in x0 and is not movable; the jaga_asal and
//! batasi_tujuan bounds stay those of the data's x0, because the rules speak of where
//! the slot *started*, and a fixed move is part of the plan, not of the start).

use crate::dataset::Dataset;
use crate::date::Date;
use crate::eligibility::Eligibility;
use crate::lang::Lang;
use crate::params::{Params, ParamsError};
use crate::plan::adjust::Adjustments;
use crate::rule::{ceiling, exit_cap, floor, move_cap, move_cost, rotation_due, scope};
use crate::scenario::resolution::Resolution;
use crate::slot::SlotTable;
use std::collections::{BTreeMap, BTreeSet};

/// Why a plan cannot be made.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Params(#[from] ParamsError),
    #[error("kebutuhan {unit}/{jabatan}: need must be a number >= 0")]
    BadNeed { unit: String, jabatan: String },
    #[error("kebutuhan {unit}/{jabatan}: priority must be a number >= 0")]
    BadPriority { unit: String, jabatan: String },
    #[error("internal error: the flow solver ended infeasible")]
    Infeasible,
}

impl PlanError {
    /// The refusal in `lang`'s words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            PlanError::Params(e) => e.describe(lang),
            PlanError::BadNeed { unit, jabatan } => format!(
                "{} {unit}/{jabatan}: {}",
                lang.pick("Kebutuhan", "Need"),
                lang.pick("harus angka >= 0", "must be a number >= 0")
            ),
            PlanError::BadPriority { unit, jabatan } => format!(
                "{} {unit}/{jabatan}: {}",
                lang.pick("Kebutuhan", "Need"),
                lang.pick(
                    "prioritas harus angka >= 0",
                    "priority must be a number >= 0"
                )
            ),
            PlanError::Infeasible => lang
                .pick(
                    "Kesalahan internal: pengoptimal berakhir tanpa solusi layak",
                    "Internal error: the optimiser ended without a feasible solution",
                )
                .to_string(),
        }
    }
}

/// One slot as the optimiser sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct SlotVar {
    pub need: f64,
    pub priority: f64,
    pub x0: i64,
    pub lo: i64,
    pub hi: i64,
    pub opd: usize,
    pub jabatan: usize,
    /// Movable employees (dataset indices), ranked: cheaper move first (volunteers
    /// when costs tie), then earliest `tmt_jabatan`, then NIP ascending.
    pub movable: Vec<usize>,
    /// The hub its movable employees leave through.
    pub hub: Option<usize>,
    /// Movable employees with forbidden targets: (employee, their own hub).
    pub personal: Vec<(usize, usize)>,
}

impl SlotVar {
    /// w (x - n)^2 / max(n, 1).
    pub fn imbalance(&self, x: i64) -> f64 {
        let d = x as f64 - self.need;
        self.priority * d * d / self.need.max(1.0)
    }

    /// f(k + 1) - f(k).
    pub fn marginal(&self, k: i64) -> f64 {
        self.priority * (2.0 * (k as f64 - self.need) + 1.0) / self.need.max(1.0)
    }
}

/// Employees sharing one target set: jabatan (and OPD when it matters).
#[derive(Clone, Debug, PartialEq)]
pub struct Hub {
    pub jabatan: usize,
    pub opd: Option<usize>,
    /// Source slots (ascending) with at least one movable employee.
    pub sources: Vec<usize>,
    /// T for this hub (ascending slot indices), before excluding the source itself.
    pub targets: Vec<usize>,
    pub supply: i64,
    /// The one employee of a personal hub (someone with forbidden targets).
    pub personal: Option<usize>,
}

/// What user adjustments add to a resolved scenario: moves decided in advance, employee
/// -> target slot, pre-applied to x0 (the person counts at the target and is not
/// movable).
pub type Fixed = BTreeMap<usize, usize>;

/// The whole instance.
#[derive(Clone, Debug)]
pub struct Model {
    pub table: SlotTable,
    pub eligibility: Vec<Eligibility>,
    pub slots: Vec<SlotVar>,
    pub opds: Vec<String>,
    pub jabatans: Vec<String>,
    pub hubs: Vec<Hub>,
    /// Per employee: volunteered.
    pub volunteer: Vec<bool>,
    /// Per employee: due for rotation at D (`rule::rotation_due`).
    pub due: Vec<bool>,
    /// Per employee: the cost of their move (`rule::move_cost`).
    pub cost: Vec<f64>,
    /// The cost of a move no factor applies to.
    pub base_cost: f64,
    /// Per employee: the unit they asked for, when moving there is priced (a volunteer
    /// with `tujuan_usulan` and `faktor_tujuan_usulan` below 1) and could happen (ranked
    /// movers, who reach no slot of it, have none).
    pub requested: Vec<Option<String>>,
    /// g of a move into the requested unit (1 when the request is not priced).
    pub requested_factor: f64,
    /// Targets only inside the person's own OPD (`rule::scope`).
    pub within_opd: bool,
    pub max_moves: Option<u32>,
    /// Per OPD: cap on moves of its people to other OPDs, when `maks_keluar_persen` is set.
    pub exit_caps: Option<Vec<i64>>,
    /// Employees in the model per OPD (the "staff" of the cap).
    pub staff: Vec<i64>,
    pub movable_count: usize,
    pub employees_in_model: usize,
}

impl Model {
    /// Build the model for reference date `d` (the data as it is, no adjustments).
    pub fn build(ds: &Dataset, params: &Params, d: Date) -> Result<Model, PlanError> {
        let res = Resolution::new(ds, params, d, &Adjustments::default())?;
        Ok(Model::from_resolution(ds, params, res, &Fixed::new()))
    }

    /// The model of a resolved scenario with the forced moves `fixed` pre-applied.
    pub fn from_resolution(
        ds: &Dataset,
        params: &Params,
        mut res: Resolution,
        fixed: &Fixed,
    ) -> Model {
        let requirements = std::mem::take(&mut res.requirements);
        let Resolution {
            slots: table,
            eligibility: elig,
            forbidden,
            compatibility,
            ..
        } = res;
        let volunteer: Vec<bool> = ds.employees.iter().map(|e| e.sukarela).collect();
        let due: Vec<bool> = elig
            .iter()
            .map(|el| match el {
                Eligibility::Movable(r) => rotation_due::is_due(params, r.months_in_position),
                Eligibility::Immovable(_) => false,
            })
            .collect();
        let cost: Vec<f64> = volunteer
            .iter()
            .zip(&due)
            .map(|(&v, &d)| move_cost::move_cost(params, v, d))
            .collect();
        let requested_factor = move_cost::requested_unit_factor(params);
        let mut requested: Vec<Option<String>> = ds
            .employees
            .iter()
            .map(|e| {
                let priced = requested_factor.is_some() && e.sukarela;
                e.tujuan_usulan.clone().filter(|_| priced)
            })
            .collect();

        let opds: Vec<String> = table
            .slots
            .iter()
            .map(|s| s.opd.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let jabatans: Vec<String> = table
            .slots
            .iter()
            .map(|s| s.kode_jabatan.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let opd_ix = |o: &str| opds.binary_search_by(|x| x.as_str().cmp(o)).unwrap_or(0);
        let jab_ix = |j: &str| jabatans.binary_search_by(|x| x.as_str().cmp(j)).ok();
        let within_opd = scope::within_opd(params);

        // Compatible jabatan sets C(j) = {j} + listed pairs.
        let compat = compatibility.sets(&jabatans);
        let mut slots_of_jabatan: Vec<Vec<usize>> = vec![Vec::new(); jabatans.len()];
        let slot_jab: Vec<usize> = table
            .slots
            .iter()
            .map(|s| jab_ix(&s.kode_jabatan).unwrap_or(0))
            .collect();
        let slot_opd: Vec<usize> = table.slots.iter().map(|s| opd_ix(&s.opd)).collect();
        for (s, &j) in slot_jab.iter().enumerate() {
            slots_of_jabatan[j].push(s);
        }

        let targets_of = |j: usize, o: Option<usize>| {
            let restrict = if within_opd { o } else { None };
            let mut targets: Vec<usize> = compat[j]
                .iter()
                .flat_map(|&j2| slots_of_jabatan[j2].iter().copied())
                .filter(|&t| restrict.is_none_or(|o| slot_opd[t] == o))
                .collect();
            targets.sort_unstable();
            targets
        };
        let by_opd = within_opd || exit_cap::is_on(params);

        // Ranked movable employees per slot.
        let volunteers_first = move_cost::volunteers_first(params);
        let mut movable: Vec<Vec<usize>> = vec![Vec::new(); table.slots.len()];
        let mut personal: Vec<Vec<usize>> = vec![Vec::new(); table.slots.len()];
        let mut movable_count = 0;
        for (i, el) in elig.iter().enumerate() {
            if let (Eligibility::Movable(_), Some(Some(s))) = (el, table.employee_slot.get(i)) {
                movable_count += 1;
                if fixed.contains_key(&i) {
                    continue;
                }
                // A requirement refusing one of the jabatan this person could fill gives
                // them targets of their own, as a forbidden target does.
                let refused = !requirements.is_empty()
                    && compat[slot_jab[*s]].iter().any(|&j2| {
                        requirements.unmet(i, &jabatans[j2]).is_some()
                            && slots_of_jabatan[j2].iter().any(|&t| t != *s)
                    });
                // So does a priced request: their moves into that unit cost less.
                let asks = requested[i].as_deref().is_some_and(|u| {
                    targets_of(slot_jab[*s], by_opd.then_some(slot_opd[*s]))
                        .iter()
                        .any(|&t| t != *s && table.slots[t].kode_unit == u)
                });
                if refused || asks || forbidden.get(&i).is_some_and(|f| !f.is_empty()) {
                    personal[*s].push(i);
                } else {
                    // No target in the requested unit: every move costs the same.
                    requested[i] = None;
                    movable[*s].push(i);
                }
            }
        }
        for list in movable.iter_mut().chain(personal.iter_mut()) {
            list.sort_by(|&a, &b| {
                let (ea, eb) = (&ds.employees[a], &ds.employees[b]);
                let class = |v: bool| if v == volunteers_first { 0 } else { 1 };
                cost[a].total_cmp(&cost[b]).then_with(|| {
                    (class(ea.sukarela), ea.tmt_jabatan, &ea.nip).cmp(&(
                        class(eb.sukarela),
                        eb.tmt_jabatan,
                        &eb.nip,
                    ))
                })
            });
        }

        let mut hub_of_key: BTreeMap<(usize, Option<usize>), Vec<usize>> = BTreeMap::new();
        for (s, list) in movable.iter().enumerate() {
            if !list.is_empty() {
                let key = (slot_jab[s], by_opd.then_some(slot_opd[s]));
                hub_of_key.entry(key).or_default().push(s);
            }
        }
        let mut hubs = Vec::with_capacity(hub_of_key.len());
        let mut slot_hub = vec![None; table.slots.len()];
        for ((j, o), sources) in hub_of_key {
            let targets = targets_of(j, o);
            if targets
                .iter()
                .all(|&t| sources.len() == 1 && t == sources[0])
            {
                continue; // nowhere to go
            }
            let supply = sources.iter().map(|&s| movable[s].len() as i64).sum();
            for &s in &sources {
                slot_hub[s] = Some(hubs.len());
            }
            hubs.push(Hub {
                jabatan: j,
                opd: o,
                sources,
                targets,
                supply,
                personal: None,
            });
        }
        // Personal hubs: T(e) without the forbidden targets, one employee each.
        let mut slot_personal: Vec<Vec<(usize, usize)>> = vec![Vec::new(); table.slots.len()];
        for (s, list) in personal.iter().enumerate() {
            let (j, o) = (slot_jab[s], by_opd.then_some(slot_opd[s]));
            for &e in list {
                let forbidden = forbidden.get(&e);
                let targets: Vec<usize> = targets_of(j, o)
                    .into_iter()
                    .filter(|t| forbidden.is_none_or(|f| !f.contains(t)))
                    .filter(|&t| t == s || requirements.unmet(e, &jabatans[slot_jab[t]]).is_none())
                    .collect();
                if targets.iter().all(|&t| t == s) {
                    continue;
                }
                slot_personal[s].push((e, hubs.len()));
                hubs.push(Hub {
                    jabatan: j,
                    opd: o,
                    sources: vec![s],
                    targets,
                    supply: 1,
                    personal: Some(e),
                });
            }
        }

        // Inflow capacity per slot.
        let mut inflow = vec![0i64; table.slots.len()];
        for h in &hubs {
            for &t in &h.targets {
                inflow[t] += h.supply;
            }
        }
        for (s, hub) in slot_hub.iter().enumerate() {
            if hub.is_some_and(|h| hubs[h].targets.binary_search(&s).is_ok()) {
                inflow[s] -= movable[s].len() as i64;
            }
            for &(_, h) in &slot_personal[s] {
                if hubs[h].targets.binary_search(&s).is_ok() {
                    inflow[s] -= 1;
                }
            }
        }
        // Fixed moves shift the starting bezetting; the rule bounds keep the data's.
        let mut shift = vec![0i64; table.slots.len()];
        for (&e, &t) in fixed {
            if let (Some(Some(s)), true) = (table.employee_slot.get(e), t < shift.len()) {
                shift[*s] -= 1;
                shift[t] += 1;
            }
        }

        let mut slots: Vec<SlotVar> = table
            .slots
            .iter()
            .enumerate()
            .map(|(s, sl)| {
                let x0_data = i64::from(sl.bezetting);
                let x0 = x0_data + shift[s];
                let out = if slot_hub[s].is_some() {
                    movable[s].len() as i64
                } else {
                    0
                } + slot_personal[s].len() as i64;
                // Relaxed to x0 only if a fixed move left it outside (adjust refuses those).
                let lo = floor::floor(params, x0_data, sl.need).map_or(0, |f| f.min(x0));
                let hi = ceiling::ceiling(params, x0_data, sl.need).map_or(i64::MAX, |c| c.max(x0));
                SlotVar {
                    need: sl.need,
                    priority: sl.priority,
                    x0,
                    lo: lo.max(x0 - out),
                    hi: hi.min(x0 + inflow[s]),
                    opd: slot_opd[s],
                    jabatan: slot_jab[s],
                    movable: std::mem::take(&mut movable[s]),
                    hub: slot_hub[s],
                    personal: std::mem::take(&mut slot_personal[s]),
                }
            })
            .collect();
        tighten_by_marginals(&mut slots, params);

        let mut staff = vec![0i64; opds.len()];
        for (s, sl) in slots.iter().zip(&table.slots) {
            staff[s.opd] += i64::from(sl.bezetting);
        }
        let exit_caps = exit_cap::is_on(params).then(|| {
            staff
                .iter()
                .map(|&n| exit_cap::exit_cap(params, n).unwrap_or(0))
                .collect()
        });
        let employees_in_model = slots.iter().map(|s| s.x0 as usize).sum();
        Model {
            table,
            eligibility: elig,
            slots,
            opds,
            jabatans,
            hubs,
            volunteer,
            due,
            cost,
            base_cost: move_cost::base_cost(params),
            requested,
            requested_factor: requested_factor.unwrap_or(1.0),
            within_opd,
            max_moves: move_cap::move_cap(params),
            exit_caps,
            staff,
            movable_count,
            employees_in_model,
        }
    }

    /// c(e, t): the cost of moving employee `e` to slot `t`.
    pub fn move_cost(&self, e: usize, t: usize) -> f64 {
        let c = self.cost.get(e).copied().unwrap_or(self.base_cost);
        if self.moves_as_requested(e, t) {
            c * self.requested_factor
        } else {
            c
        }
    }

    /// The cheapest of `e`'s moves: into the requested unit when that is priced.
    pub fn cheapest_move_cost(&self, e: usize) -> f64 {
        let c = self.cost.get(e).copied().unwrap_or(self.base_cost);
        match self.requested.get(e) {
            Some(Some(_)) => c * self.requested_factor,
            _ => c,
        }
    }

    /// What a move of `e` to `t` costs above their cheapest (0 unless a priced request
    /// makes another unit cheaper).
    pub fn premium(&self, e: usize, t: usize) -> f64 {
        self.move_cost(e, t) - self.cheapest_move_cost(e)
    }

    /// Whether slot `t` is in the unit `e` asked for (and the request is priced).
    pub fn moves_as_requested(&self, e: usize, t: usize) -> bool {
        match (self.requested.get(e), self.table.slots.get(t)) {
            (Some(Some(u)), Some(slot)) => slot.kode_unit == *u,
            _ => false,
        }
    }

    /// The imbalance term of F for bezetting `x`.
    pub fn imbalance(&self, x: &[i64]) -> f64 {
        self.slots.iter().zip(x).map(|(s, &v)| s.imbalance(v)).sum()
    }

    pub fn x0(&self) -> Vec<i64> {
        self.slots.iter().map(|s| s.x0).collect()
    }
}

/// The marginal-cost cuts of the module docs, only needed when a slot bound is off.
fn tighten_by_marginals(slots: &mut [SlotVar], params: &Params) {
    if !ceiling::is_on(params) {
        let g = slots
            .iter()
            .filter(|s| (s.hub.is_some() || !s.personal.is_empty()) && s.lo < s.x0)
            .map(|s| s.marginal(s.x0 - 1))
            .fold(f64::NEG_INFINITY, f64::max);
        if g.is_finite() {
            for s in slots.iter_mut().filter(|s| s.priority > 0.0) {
                let d = s.need.max(1.0);
                let k = (s.need + (g * d / s.priority - 1.0) / 2.0).floor() + 2.0;
                if k.is_finite() && k < s.hi as f64 {
                    s.hi = s.hi.min((k as i64).max(s.x0));
                }
            }
        } else {
            for s in slots.iter_mut() {
                s.hi = s.x0;
            }
        }
    }
    if !floor::is_on(params) {
        let h = slots
            .iter()
            .filter(|s| s.x0 < s.hi)
            .map(|s| s.marginal(s.x0))
            .fold(f64::INFINITY, f64::min);
        if h.is_finite() {
            for s in slots.iter_mut().filter(|s| s.priority > 0.0) {
                let d = s.need.max(1.0);
                let k = (s.need + (h * d / s.priority - 1.0) / 2.0).ceil() - 1.0;
                if k.is_finite() && k > s.lo as f64 {
                    s.lo = s.lo.max((k as i64).min(s.x0));
                }
            }
        } else {
            for s in slots.iter_mut() {
                s.lo = s.x0;
            }
        }
    }
}
