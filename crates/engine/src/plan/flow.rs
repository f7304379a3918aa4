//! The model as a min-cost flow network with integer costs.
//!
//! Nodes: one per slot, one per hub, one *exit* node per jabatan when cross-OPD moves
//! are capped, and the sink (the tree root). Slot s supplies x0_s - lo_s; the sink takes
//! the total. Arcs:
//! - slot -> hub: a move; one parallel arc per move cost among the slot's movable
//!   employees (regular, volunteer, due for rotation), cheaper first along the ranking,
//!   each with the count of employees at that cost as capacity (equal costs share one
//!   arc: then the tie-break alone picks);
//!   a person with forbidden targets has their own hub and one arc of capacity 1;
//! - hub -> target slot, cost 0; from the hub of a volunteer whose request is priced,
//!   the move arc costs their cheapest move (into the requested unit) and each target
//!   arc outside that unit the difference, so every path costs c(e, t). When cross-OPD moves are capped, hub (j, o) reaches the
//!   targets of OPD o directly and all targets through exit node j, over an arc priced
//!   with the OPD's multiplier: every cross-OPD move pays it (an inside move sent that way
//!   pays it too, so it is never chosen while the price is positive). Personal hubs
//!   reach all their targets directly, the arcs to other OPDs priced with the OPD's
//!   multiplier (so the Lagrangian steers a named person's exits as well);
//! - slot -> sink: the convex imbalance split into unit segments between lo_s and hi_s,
//!   each costing f_s(k + 1) - f_s(k) (non-decreasing, so the cheapest are filled first
//!   and their sum is f_s(x_s) - f_s(lo_s)); consecutive segments of equal cost merge
//!   into one arc, split at x0 so the starting flow (nobody moves: every segment below x0
//!   full) puts every arc at a bound.
//!
//! Costs are scaled to i64 by S, chosen as large as keeps every potential far from
//! overflow (nodes x largest cost < 2^58) and at most 1e12. Each unit of flow on a
//! rounded arc is off by at most 0.5/S, so a plan optimal for the rounded costs is within
//! U/S of the true optimum, U = every segment unit + every movable employee
//! (the bound `error_bound`, reported and used for the `exact` flag).

use super::model::Model;
use super::simplex::{ArcSpec, Network, Simplex};

/// What an arc of the network stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArcKind {
    Segment { slot: u32 },
    Move { slot: u32 },
    Target { hub: u32, slot: u32 },
    Exit { hub: u32 },
    Spread { exit: u32, slot: u32 },
}

/// How moves are priced on top of their base cost.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Prices {
    /// Added to every move (Lagrangian multiplier of `maks_pindah`, or the Pareto price).
    pub per_move: i64,
    /// Per OPD: added to its cross-OPD moves.
    pub exit: Vec<i64>,
}

/// Whether moves keep their model cost, or cost only the uniform price (Pareto sweep).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveCosts {
    Model,
    PriceOnly,
}

/// The network with the bookkeeping to read plans back.
#[derive(Clone, Debug)]
pub struct FlowGraph {
    pub net: Network,
    pub kinds: Vec<ArcKind>,
    /// Base integer cost of each move arc (indexed like `kinds`; 0 elsewhere).
    base: Vec<i64>,
    /// The same in true (unrounded) value.
    base_f: Vec<f64>,
    /// Exit arcs and a personal hub's cross-OPD target arcs: the OPD whose multiplier
    /// they pay; `NO_OPD` elsewhere.
    exit_opd: Vec<u32>,
    pub sink: u32,
    pub scale: f64,
    pub error_bound: f64,
    /// Largest multiplier that can matter (any larger price stops every move).
    pub max_price: i64,
    big_m: i64,
}

const NO_OPD: u32 = u32::MAX;

impl FlowGraph {
    pub fn build(model: &Model, costs: MoveCosts) -> FlowGraph {
        let n_slots = model.slots.len();
        let n_hubs = model.hubs.len();
        let split = model.exit_caps.is_some();
        let n_exits = if split { model.jabatans.len() } else { 0 };
        let sink = (n_slots + n_hubs + n_exits) as u32;
        let nodes = sink as usize + 1;

        // A ranked mover's cost is the same to every target; a personal hub's move arc
        // carries the person's cheapest cost and each target arc what that target costs
        // above it (a priced request makes one unit cheaper).
        let cost_of = |e: usize| match costs {
            MoveCosts::Model => model.cheapest_move_cost(e),
            MoveCosts::PriceOnly => 0.0,
        };
        let premium = |e: usize, t: usize| match costs {
            MoveCosts::Model => model.premium(e, t),
            MoveCosts::PriceOnly => 0.0,
        };
        let mut cmax = match costs {
            MoveCosts::Model => model.cost.iter().copied().fold(model.base_cost, f64::max),
            MoveCosts::PriceOnly => 0.0,
        };
        for s in &model.slots {
            if s.hi > s.lo {
                cmax = cmax
                    .max(s.marginal(s.lo).abs())
                    .max(s.marginal(s.hi - 1).abs());
            }
        }
        // Prices never need exceed the largest gain of a path: 2 cmax.
        let bound = 3.0 * cmax + 1.0;
        let scale = ((1u64 << 58) as f64 / ((nodes + 2) as f64 * bound)).min(1e12);
        let to_int = |v: f64| (v * scale).round() as i64;
        let max_price = to_int(2.0 * cmax + 1.0);
        let bound_int = to_int(bound) + 1;
        let big_m = bound_int.saturating_mul(nodes as i64 + 1).saturating_add(1);

        let mut net = Network {
            supply: vec![0; nodes],
            ..Network::default()
        };
        let mut kinds = Vec::new();
        let mut base = Vec::new();
        let mut base_f = Vec::new();
        let mut exit_opd = Vec::new();
        let mut units = 0i64;
        let mut push = |net: &mut Network, spec: ArcSpec, kind: ArcKind, b: f64, o: u32| {
            net.arcs.push(spec);
            kinds.push(kind);
            base.push(spec.cost * i64::from(b != 0.0));
            base_f.push(b);
            exit_opd.push(o);
            net.arcs.len() - 1
        };
        for (si, s) in model.slots.iter().enumerate() {
            let v = si as u32;
            net.supply[si] = s.x0 - s.lo;
            net.supply[sink as usize] -= s.x0 - s.lo;
            units += s.hi - s.lo;
            // Segments, merged by equal cost, split at x0.
            let mut k = s.lo;
            while k < s.hi {
                let c = to_int(s.marginal(k));
                let end_limit = if k < s.x0 { s.x0 } else { s.hi };
                let mut end = k + 1;
                while end < end_limit && to_int(s.marginal(end)) == c {
                    end += 1;
                }
                let a = push(
                    &mut net,
                    ArcSpec {
                        from: v,
                        to: sink,
                        cap: end - k,
                        cost: c,
                    },
                    ArcKind::Segment { slot: v },
                    0.0,
                    NO_OPD,
                );
                if k < s.x0 {
                    net.saturated.push(a as u32);
                }
                k = end;
            }
            if let Some(h) = s.hub {
                let hub_node = (n_slots + h) as u32;
                units += s.movable.len() as i64;
                // One arc per run of equal cost along the ranking (cheaper first).
                let mut classes: Vec<(i64, f64)> = Vec::new();
                for &e in &s.movable {
                    let c = cost_of(e);
                    match classes.last_mut() {
                        Some((n, last)) if *last == c => *n += 1,
                        _ => classes.push((1, c)),
                    }
                }
                for (cap, c) in classes {
                    if cap > 0 {
                        let ci = to_int(c);
                        push(
                            &mut net,
                            ArcSpec {
                                from: v,
                                to: hub_node,
                                cap,
                                cost: ci,
                            },
                            ArcKind::Move { slot: v },
                            c,
                            NO_OPD,
                        );
                    }
                }
            }
            for &(e, h) in &s.personal {
                let c = cost_of(e);
                units += 1;
                push(
                    &mut net,
                    ArcSpec {
                        from: v,
                        to: (n_slots + h) as u32,
                        cap: 1,
                        cost: to_int(c),
                    },
                    ArcKind::Move { slot: v },
                    c,
                    NO_OPD,
                );
            }
        }
        for (hi, h) in model.hubs.iter().enumerate() {
            let hub_node = (n_slots + hi) as u32;
            // A personal hub's one source: its cross-OPD targets pay that OPD's price.
            let personal_opd = h
                .personal
                .and_then(|_| h.sources.first())
                .map(|&s| model.slots[s].opd);
            for &t in &h.targets {
                let to_opd = model.slots[t].opd;
                let priced = match personal_opd {
                    Some(o) if split && o != to_opd => o as u32,
                    _ => NO_OPD,
                };
                let local = !split || h.personal.is_some() || h.opd == Some(to_opd);
                if local {
                    let extra = h.personal.map_or(0.0, |e| premium(e, t));
                    if extra != 0.0 {
                        units += 1;
                    }
                    push(
                        &mut net,
                        ArcSpec {
                            from: hub_node,
                            to: t as u32,
                            cap: h.supply,
                            cost: to_int(extra),
                        },
                        ArcKind::Target {
                            hub: hi as u32,
                            slot: t as u32,
                        },
                        extra,
                        priced,
                    );
                }
            }
            if split && h.personal.is_none() {
                let exit = (n_slots + n_hubs + h.jabatan) as u32;
                push(
                    &mut net,
                    ArcSpec {
                        from: hub_node,
                        to: exit,
                        cap: h.supply,
                        cost: 0,
                    },
                    ArcKind::Exit { hub: hi as u32 },
                    0.0,
                    h.opd.map_or(NO_OPD, |o| o as u32),
                );
            }
        }
        if split {
            let mut supply_of_exit = vec![0i64; n_exits];
            let mut targets_of_exit: Vec<&[usize]> = vec![&[]; n_exits];
            for h in model.hubs.iter().filter(|h| h.personal.is_none()) {
                supply_of_exit[h.jabatan] += h.supply;
                targets_of_exit[h.jabatan] = &h.targets;
            }
            for (j, targets) in targets_of_exit.iter().enumerate() {
                for &t in targets.iter() {
                    push(
                        &mut net,
                        ArcSpec {
                            from: (n_slots + n_hubs + j) as u32,
                            to: t as u32,
                            cap: supply_of_exit[j],
                            cost: 0,
                        },
                        ArcKind::Spread {
                            exit: j as u32,
                            slot: t as u32,
                        },
                        0.0,
                        NO_OPD,
                    );
                }
            }
        }
        FlowGraph {
            net,
            kinds,
            base,
            base_f,
            exit_opd,
            sink,
            scale,
            error_bound: units as f64 / scale,
            max_price,
            big_m,
        }
    }

    /// A solver on this network, at its starting flow (nobody moves).
    pub fn simplex(&self) -> Simplex {
        Simplex::new(&self.net, self.sink, self.big_m)
    }

    /// Scaled integer of a float cost.
    pub fn to_int(&self, v: f64) -> i64 {
        (v * self.scale).round() as i64
    }

    /// Float of a scaled integer.
    pub fn to_float(&self, v: i64) -> f64 {
        v as f64 / self.scale
    }

    /// Put prices on the move and exit arcs and refresh potentials (warm start).
    pub fn price(&self, sx: &mut Simplex, prices: &Prices) {
        let cap = self.max_price;
        for (a, kind) in self.kinds.iter().enumerate() {
            match kind {
                ArcKind::Move { .. } => {
                    sx.set_cost(a, self.base[a] + prices.per_move.clamp(0, cap));
                }
                ArcKind::Exit { .. } | ArcKind::Target { .. } if self.exit_opd[a] != NO_OPD => {
                    let o = self.exit_opd[a] as usize;
                    let p = prices.exit.get(o).copied().unwrap_or(0);
                    sx.set_cost(a, self.base[a] + p.clamp(0, cap));
                }
                _ => {}
            }
        }
        sx.refresh_potentials();
    }

    /// Bezetting after the flow: lo + segment flows.
    pub fn bezetting(&self, model: &Model, sx: &Simplex) -> Vec<i64> {
        let mut x: Vec<i64> = model.slots.iter().map(|s| s.lo).collect();
        for (a, kind) in self.kinds.iter().enumerate() {
            if let ArcKind::Segment { slot } = kind {
                x[*slot as usize] += sx.flow(a);
            }
        }
        x
    }

    /// Total flow on move arcs, and per OPD the flow on its exit arcs.
    pub fn charged(&self, model: &Model, sx: &Simplex) -> (i64, Vec<i64>) {
        let mut moves = 0;
        let mut exits = vec![0; model.opds.len()];
        for (a, kind) in self.kinds.iter().enumerate() {
            match kind {
                ArcKind::Move { .. } => moves += sx.flow(a),
                ArcKind::Exit { .. } | ArcKind::Target { .. } => {
                    if let Some(e) = exits.get_mut(self.exit_opd[a] as usize) {
                        *e += sx.flow(a);
                    }
                }
                _ => {}
            }
        }
        (moves, exits)
    }

    /// The float value of the moves' base costs in the current flow (move arcs, and
    /// the target arcs carrying a request's premium).
    pub fn base_move_cost(&self, sx: &Simplex) -> f64 {
        self.kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| matches!(k, ArcKind::Move { .. } | ArcKind::Target { .. }))
            .map(|(a, _)| self.base_f[a] * sx.flow(a) as f64)
            .sum()
    }
}
