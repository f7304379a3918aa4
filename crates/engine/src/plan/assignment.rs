//! Temporary assignments (penugasan sementara, docs/MODEL.md): after the permanent plan,
//! people who stay help units with a temporary extra need (`kebutuhan_sementara`) for
//! its period and come back. Solved exactly as a second min-cost flow on the permanent
//! plan's staffing x:
//!
//! - helpers: people who may move under every rule but the minimum tenure (a temporary
//!   assignment is not a mutation), are not moving in the permanent plan, have no
//!   conflict of interest on record, and hold a jabatan the need accepts, from a unit
//!   other than the host (`lingkup` applies);
//! - a home slot s lending out_s keeps x_s − out_s in the period, never below
//!   min(x_s, ⌈n_s⌉) when `jaga_asal` is on; out_s counts every helper from s whatever
//!   their periods (the home slot is safe on every day);
//! - minimised: Σ_k p_k (h_k − t_k)² / max(t_k, 1) + Σ_s w_s ((x_s − out_s − n_s)² −
//!   (x_s − n_s)²) / max(n_s, 1) + Σ helper costs (biaya_pindah · f(e));
//! - a helper serves at most one need; within a slot the helpers go in the order of the
//!   permanent plan's tie-break.
//!
//! Network: per home slot s a node with its helpers as supply, an arc to the sink (stay,
//! cost 0) and unit arcs to a lending node L_s costing the r-th helper's cost plus the
//! r-th departure's loss at home (both rise with r, so the cheapest helpers go first and
//! each departure pays its own loss); L_s reaches every need accepting the slot's
//! jabatan; each need reaches the sink over unit segments of its convex cost. Costs are
//! scaled to integers as in [`super::flow`], with the same rounding bound.

use super::simplex::{ArcSpec, Network, Simplex};
use super::tiebreak::{self, Criterion};
use crate::dataset::{Dataset, TemporaryNeed};
use crate::date::Date;
use crate::eligibility::{Eligibility, Reason};
use crate::params::Params;
use crate::plan::{Adjustments, Plan, Refusal, SlotKey};
use crate::rule::{floor, move_cost, rotation_due, scope};
use crate::scenario::Resolution;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One person lent to one temporary need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    /// Index into the dataset's employees.
    pub employee: usize,
    pub nip: String,
    /// The home slot (slot table index), which they still belong to.
    pub from: usize,
    /// Index into the plan's `needs`.
    pub need: usize,
    pub mulai: Date,
    pub selesai: Date,
    /// biaya_pindah · f(e).
    pub cost: f64,
    /// Which rule of the tie-break picked them among their slot's helpers.
    pub criterion: Criterion,
    /// The home slot's staff during the period (x − everyone it lends).
    pub home_keeps: i64,
    /// Sent by the user, with their reason ("" when none).
    #[serde(default)]
    pub forced: Option<String>,
}

/// A forced temporary assignment the rules do not allow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RefusedHelp {
    pub nip: String,
    pub kode_unit: String,
    pub mulai: Date,
    pub refusal: Refusal,
}

impl Assignment {
    /// Why this person: the user's reason when forced, else the tie-break's rule.
    pub fn why(&self, lang: crate::lang::Lang) -> String {
        match &self.forced {
            Some(r) if r.is_empty() => lang
                .pick("dipaksa oleh pengguna", "forced by the user")
                .to_string(),
            Some(r) => format!(
                "{}: {r}",
                lang.pick("dipaksa oleh pengguna", "forced by the user")
            ),
            None => self.criterion.describe(lang).to_string(),
        }
    }

    /// One sentence: the period, what for, what the home slot keeps, why this person.
    pub fn explain(&self, need: &TemporaryNeed, lang: crate::lang::Lang) -> String {
        let what = if need.keterangan.is_empty() {
            String::new()
        } else {
            format!(" ({})", need.keterangan)
        };
        match lang {
            crate::lang::Lang::Id => format!(
                "penugasan sementara {} sampai {}{what}; unit asal tetap memiliki {} pegawai selama periode itu; {}",
                lang.date(self.mulai),
                lang.date(self.selesai),
                self.home_keeps,
                self.why(lang)
            ),
            crate::lang::Lang::En => format!(
                "temporary assignment {} to {}{what}; the home slot keeps {} staff during the period; {}",
                lang.date(self.mulai),
                lang.date(self.selesai),
                self.home_keeps,
                self.why(lang)
            ),
        }
    }
}

/// Why a temporary need is not filled in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shortfall {
    /// Nobody may help it: no one of an accepted jabatan outside the host unit (and
    /// within the scope) who stays in the permanent plan and may move.
    NobodyEligible,
    /// People could help, but every home slot of theirs is at its floor.
    HomesAtFloor,
    /// More help would cost the home slots (or other needs of higher weight) more than
    /// it gains here.
    NotWorth,
}

/// A temporary need of the scenario and how it was filled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeedFill {
    pub need: TemporaryNeed,
    pub assigned: u32,
    /// Why fewer than ⌈tambahan⌉ are assigned, when they are.
    pub shortfall: Option<Shortfall>,
}

/// The second plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemporaryPlan {
    /// Ordered by need, then NIP.
    pub assignments: Vec<Assignment>,
    pub needs: Vec<NeedFill>,
    /// The user's forced help the rules refused, in the order given.
    #[serde(default)]
    pub refused: Vec<RefusedHelp>,
    /// The objective of the module docs.
    pub objective: f64,
    /// Within the rounding bound of the optimum (as the permanent plan's `exact`).
    pub exact: bool,
}

/// Whether `el` lets a person help: movable, or kept only by the tenure rule.
fn may_help(el: &Eligibility) -> bool {
    match el {
        Eligibility::Movable(_) => true,
        Eligibility::Immovable(reasons) => reasons.iter().all(|r| {
            matches!(
                r,
                Reason::TooShortInPosition { .. } | Reason::MissingTmtJabatan
            )
        }),
    }
}

/// The temporary assignments for the scenario's temporary needs after the permanent
/// `plan` of the resolved scenario `res` (reference date `d`).
pub fn plan_temporary(
    ds: &Dataset,
    res: &Resolution,
    params: &Params,
    adj: &Adjustments,
    d: Date,
    plan: &Plan,
) -> TemporaryPlan {
    let needs: &[TemporaryNeed] = &res.temporary_needs;
    if needs.is_empty() {
        return TemporaryPlan {
            exact: true,
            ..TemporaryPlan::default()
        };
    }
    let slots = &res.slots.slots;
    let moving: BTreeSet<usize> = plan.moves.iter().map(|m| m.employee).collect();
    let barred: BTreeSet<&str> = ds.konflik.iter().map(|c| c.nip.as_str()).collect();
    let due: Vec<bool> = ds
        .employees
        .iter()
        .map(|e| rotation_due::is_due_at(params, e.tmt_jabatan, d))
        .collect();
    let cost: Vec<f64> = ds
        .employees
        .iter()
        .zip(&due)
        .map(|(e, &due)| move_cost::move_cost(params, e.sukarela, due))
        .collect();
    let volunteers_first = move_cost::volunteers_first(params);
    // Which needs each slot can serve (the host's OPD as the unit table gives it).
    let host_opd: Vec<String> = needs
        .iter()
        .map(|k| {
            ds.units
                .iter()
                .find(|u| u.kode_unit == k.kode_unit)
                .and_then(|u| u.opd_kode.clone())
                .unwrap_or_default()
        })
        .collect();
    let serves = |s: usize, k: usize| {
        let (from, need) = (&slots[s], &needs[k]);
        from.kode_unit != need.kode_unit
            && need.jabatan_diterima.contains(&from.kode_jabatan)
            && scope::in_scope(params, &from.opd, &host_opd[k])
    };
    // How many each slot may lend: down to its floor.
    let x: Vec<i64> = plan.bezetting.clone();
    let room: Vec<i64> = (0..slots.len())
        .map(|s| {
            let xs = x.get(s).copied().unwrap_or(0);
            (xs - floor::floor(params, xs, slots[s].need).unwrap_or(0)).max(0)
        })
        .collect();
    // The user's forced help first, each checked; then everyone else may be chosen.
    let mut forced: Vec<(usize, usize, usize, String)> = Vec::new();
    let mut refused = Vec::new();
    let mut forced_out = vec![0i64; slots.len()];
    for f in &adj.help_forced {
        let check = || -> Result<(usize, usize, usize), Refusal> {
            let k = needs
                .iter()
                .position(|n| n.kode_unit == f.kode_unit && n.mulai == f.mulai)
                .ok_or(Refusal::UnknownTemporaryNeed {
                    unit: f.kode_unit.clone(),
                    from: f.mulai,
                })?;
            let e = res
                .employee(&f.nip)
                .ok_or(Refusal::UnknownEmployee { nip: f.nip.clone() })?;
            match &res.eligibility[e] {
                el if may_help(el) => {}
                Eligibility::Immovable(reasons) => {
                    return Err(Refusal::Ineligible {
                        reasons: reasons.clone(),
                    })
                }
                Eligibility::Movable(_) => {}
            }
            let s = res.slot_of_employee(e).ok_or(Refusal::Ineligible {
                reasons: vec![Reason::OutsideModel],
            })?;
            if moving.contains(&e) {
                return Err(Refusal::MovesForGood);
            }
            if forced.iter().any(|&(other, ..)| other == e) {
                return Err(Refusal::AlreadyForced {
                    target: SlotKey::new(&needs[k].kode_unit, ""),
                });
            }
            if ds
                .konflik
                .iter()
                .any(|c| c.nip == f.nip && c.kode_unit == f.kode_unit)
            {
                return Err(Refusal::Conflict {
                    unit: f.kode_unit.clone(),
                });
            }
            if !scope::in_scope(params, &slots[s].opd, &host_opd[k]) {
                return Err(Refusal::OutsideScope {
                    from: slots[s].opd.clone(),
                    to: host_opd[k].clone(),
                });
            }
            if !serves(s, k) {
                return Err(Refusal::NotAcceptedByNeed {
                    jabatan: slots[s].kode_jabatan.clone(),
                });
            }
            if forced_out[s] + 1 > room[s] {
                return Err(Refusal::SourceBelowNeed {
                    slot: SlotKey::new(&slots[s].kode_unit, &slots[s].kode_jabatan),
                    after: x[s] - forced_out[s] - 1,
                    floor: x[s] - room[s],
                });
            }
            Ok((e, s, k))
        };
        match check() {
            Ok((e, s, k)) => {
                forced_out[s] += 1;
                forced.push((e, s, k, f.reason.clone()));
            }
            Err(refusal) => refused.push(RefusedHelp {
                nip: f.nip.clone(),
                kode_unit: f.kode_unit.clone(),
                mulai: f.mulai,
                refusal,
            }),
        }
    }
    let kept: BTreeSet<&str> = adj.kept_home.iter().map(|k| k.nip.as_str()).collect();
    let mut helpers: Vec<Vec<usize>> = vec![Vec::new(); slots.len()];
    for (e, el) in res.eligibility.iter().enumerate() {
        let Some(Some(s)) = res.slots.employee_slot.get(e) else {
            continue;
        };
        let nip = ds.employees[e].nip.as_str();
        if may_help(el)
            && !moving.contains(&e)
            && !barred.contains(nip)
            && !kept.contains(nip)
            && forced.iter().all(|&(other, ..)| other != e)
            && (0..needs.len()).any(|k| serves(*s, k))
        {
            helpers[*s].push(e);
        }
    }
    for list in &mut helpers {
        list.sort_by(|&a, &b| {
            let (ea, eb) = (&ds.employees[a], &ds.employees[b]);
            let class = |v: bool| if v == volunteers_first { 0 } else { 1 };
            cost[a].total_cmp(&cost[b]).then_with(|| {
                let key = |e: &crate::dataset::Employee| {
                    (class(e.sukarela), e.tmt_jabatan.is_none(), e.tmt_jabatan)
                };
                key(ea).cmp(&key(eb)).then_with(|| ea.nip.cmp(&eb.nip))
            })
        });
    }
    // The optimiser lends what the forced help left, from the staffing it left.
    let lend: Vec<i64> = (0..slots.len())
        .map(|s| (room[s] - forced_out[s]).clamp(0, helpers[s].len() as i64))
        .collect();
    let x_left: Vec<i64> = x.iter().zip(&forced_out).map(|(a, b)| a - b).collect();
    let mut forced_in = vec![0i64; needs.len()];
    for &(_, _, k, _) in &forced {
        forced_in[k] += 1;
    }

    let network = Lending::build(
        slots,
        needs,
        &Pool {
            helpers: &helpers,
            lend: &lend,
            cost: &cost,
            x: &x_left,
            base: &forced_in,
        },
        &serves,
    );
    let mut sx = Simplex::new(&network.net, network.sink, network.big_m);
    sx.solve();

    // Read the flow back: per slot, its first helpers go to the needs in need order.
    let mut assignments = Vec::new();
    let mut assigned = vec![0u32; needs.len()];
    let mut out = forced_out.clone();
    let mut helper_cost = 0.0;
    // One helper of slot s sent to need k (what the home keeps is set once all are known).
    let mut lend_one =
        |e: usize, s: usize, k: usize, criterion: Criterion, forced: Option<String>| {
            helper_cost += cost[e];
            assigned[k] += 1;
            assignments.push(Assignment {
                employee: e,
                nip: ds.employees[e].nip.clone(),
                from: s,
                need: k,
                mulai: needs[k].mulai,
                selesai: needs[k].selesai,
                cost: cost[e],
                criterion,
                home_keeps: 0,
                forced,
            });
        };
    for &(e, s, k, ref reason) in &forced {
        lend_one(e, s, k, Criterion::SemuaPindah, Some(reason.clone()));
    }
    for (s, arcs) in &network.lending {
        let (s, list) = (*s, &helpers[*s]);
        let lent: usize = arcs.iter().map(|&(_, a)| sx.flow(a).max(0) as usize).sum();
        if lent == 0 {
            continue;
        }
        out[s] += lent as i64;
        let mut next = 0;
        for &(k, a) in arcs {
            for _ in 0..sx.flow(a).max(0) {
                let Some(&e) = list.get(next) else { break };
                next += 1;
                let costs = tiebreak::Costs {
                    cost: &cost,
                    due: &due,
                };
                let criterion = tiebreak::decide(&ds.employees, &costs, list, lent, e);
                lend_one(e, s, k, criterion, None);
            }
        }
    }
    for a in &mut assignments {
        a.home_keeps = x[a.from] - out[a.from];
    }
    let home_cost: f64 = (0..slots.len())
        .filter(|&s| out[s] > 0)
        .map(|s| {
            let slot = &slots[s];
            imbalance(slot.priority, slot.need, x[s] - out[s])
                - imbalance(slot.priority, slot.need, x[s])
        })
        .sum();
    assignments.sort_by(|a, b| (a.need, &a.nip).cmp(&(b.need, &b.nip)));
    let need_cost: f64 = needs
        .iter()
        .zip(&assigned)
        .map(|(k, &h)| {
            imbalance(k.prioritas, k.tambahan, i64::from(h)) - imbalance(k.prioritas, k.tambahan, 0)
        })
        .sum();
    let fills = needs
        .iter()
        .enumerate()
        .map(|(k, need)| {
            let h = assigned[k];
            let shortfall = (f64::from(h) < need.tambahan.ceil()).then(|| {
                let able: Vec<usize> = (0..slots.len())
                    .filter(|&s| !helpers[s].is_empty() && serves(s, k))
                    .collect();
                if able.is_empty() {
                    Shortfall::NobodyEligible
                } else if able.iter().all(|&s| lend[s] == 0) {
                    Shortfall::HomesAtFloor
                } else {
                    Shortfall::NotWorth
                }
            });
            NeedFill {
                need: need.clone(),
                assigned: h,
                shortfall,
            }
        })
        .collect();
    let objective = need_cost + home_cost + helper_cost;
    TemporaryPlan {
        assignments,
        needs: fills,
        refused,
        objective,
        exact: network.error_bound <= 1e-6 * objective.abs().max(1.0),
    }
}

/// w (x − n)² / max(n, 1).
fn imbalance(w: f64, n: f64, x: i64) -> f64 {
    let d = x as f64 - n;
    w * d * d / n.max(1.0)
}

/// Who the optimiser may lend, after the forced help: per slot the ranked helpers, how
/// many may go, the staffing left; per person the cost; per need the help it has.
#[derive(Clone, Copy)]
struct Pool<'a> {
    helpers: &'a [Vec<usize>],
    lend: &'a [i64],
    cost: &'a [f64],
    x: &'a [i64],
    base: &'a [i64],
}

/// The lending network with what reads it back.
struct Lending {
    net: Network,
    sink: u32,
    big_m: i64,
    /// Per lending slot, ascending: (slot, [(need, arc L_s -> need)]).
    lending: Vec<(usize, Vec<(usize, usize)>)>,
    error_bound: f64,
}

impl Lending {
    fn build(
        slots: &[crate::slot::Slot],
        needs: &[TemporaryNeed],
        pool: &Pool<'_>,
        serves: &dyn Fn(usize, usize) -> bool,
    ) -> Lending {
        let Pool {
            helpers,
            lend,
            cost,
            x,
            base,
        } = *pool;
        // Float arcs first, then one scale for all (as the permanent flow does).
        let sources: Vec<usize> = (0..slots.len()).filter(|&s| lend[s] > 0).collect();
        let n_nodes = 2 * sources.len() + needs.len() + 1;
        let sink = (n_nodes - 1) as u32;
        let need_node = |k: usize| (2 * sources.len() + k) as u32;
        let mut arcs: Vec<(u32, u32, i64, f64)> = Vec::new();
        let mut supply = vec![0i64; n_nodes];
        let mut stay = Vec::new();
        let mut lending = Vec::new();
        let mut units = 0i64;
        for (i, &s) in sources.iter().enumerate() {
            let (node, out) = ((2 * i) as u32, (2 * i + 1) as u32);
            let h = helpers[s].len() as i64;
            supply[node as usize] = h;
            supply[sink as usize] -= h;
            stay.push(arcs.len());
            arcs.push((node, sink, h, 0.0));
            let slot = &slots[s];
            for r in 0..lend[s] {
                let level = x[s] - r;
                let loss = imbalance(slot.priority, slot.need, level - 1)
                    - imbalance(slot.priority, slot.need, level);
                arcs.push((node, out, 1, cost[helpers[s][r as usize]] + loss));
                units += 1;
            }
            let mut to_needs = Vec::new();
            for k in 0..needs.len() {
                if serves(s, k) {
                    to_needs.push((k, arcs.len()));
                    arcs.push((out, need_node(k), lend[s], 0.0));
                }
            }
            lending.push((s, to_needs));
        }
        let reach: Vec<i64> = (0..needs.len())
            .map(|k| {
                sources
                    .iter()
                    .filter(|&&s| serves(s, k))
                    .map(|&s| lend[s])
                    .sum()
            })
            .collect();
        for (k, need) in needs.iter().enumerate() {
            for h in base[k]..base[k] + reach[k] {
                let gain = imbalance(need.prioritas, need.tambahan, h + 1)
                    - imbalance(need.prioritas, need.tambahan, h);
                arcs.push((need_node(k), sink, 1, gain));
                units += 1;
            }
        }
        let cmax = arcs.iter().map(|a| a.3.abs()).fold(1.0, f64::max);
        let bound = 3.0 * cmax + 1.0;
        let scale = ((1u64 << 58) as f64 / ((n_nodes + 2) as f64 * bound)).min(1e12);
        let to_int = |v: f64| (v * scale).round() as i64;
        let big_m = (to_int(bound) + 1)
            .saturating_mul(n_nodes as i64 + 1)
            .saturating_add(1);
        let net = Network {
            supply,
            arcs: arcs
                .iter()
                .map(|&(from, to, cap, c)| ArcSpec {
                    from,
                    to,
                    cap,
                    cost: to_int(c),
                })
                .collect(),
            saturated: stay.iter().map(|&a| a as u32).collect(),
        };
        Lending {
            net,
            sink,
            big_m,
            lending,
            error_bound: units as f64 / scale,
        }
    }
}
