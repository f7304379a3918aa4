//! The trade-off between how many people move and how good the plan is: the plans on
//! the lower convex hull of (moves, F). Each is the optimum of F + p x moves for some
//! price p per move, so each is also the exact optimum of F among plans of at most its
//! own number of moves (at that p the Lagrangian bound of that cap equals its F). That
//! is what lets a user pick a point: it is the plan `maks_pindah` = its moves asks
//! for, proven best. The curve ends at p = 0, the optimum without a cap, and a higher
//! price never gives more moves.
//!
//! Why a monotone sweep: one network is re-priced and every solve warm-starts from the
//! last spanning tree, so a solve costs about as much as the plan changes. Visiting the
//! hull segments widest first (Aneja and Nair) swung the plans back and forth across the
//! whole curve; a sweep in one direction moves each person about once, so 25 points
//! cost little more than two solves. The sweep:
//! 1. price 0: the optimum, M moves;
//! 2. prices rising, each aimed at the next of equal steps in moves between the last
//!    point and 0 (the price for a move count read off the last two points, or at first
//!    off the straight line p = 2 s (1 - m / M), s the mean slope of the curve, the slope
//!    a parabola from its ends would have); a price that lands off target re-spreads the
//!    points left over the moves left;
//! 3. a price above any gain: no move.
//!
//! `maks_pindah` is not applied (the curve is what it chooses from); a point that
//! breaks `maks_keluar_persen` is left out, since picking it could not keep that cap.

use super::flow::{FlowGraph, MoveCosts, Prices};
use super::model::{Model, PlanError};
use super::moves::{self, Bound, Transfer};
use super::proposal::Plan;
use super::simplex::Simplex;
use crate::dataset::Dataset;
use serde::{Deserialize, Serialize};

/// One point of the curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParetoPoint {
    pub moves: usize,
    /// The first term of F.
    pub imbalance: f64,
    /// F of the plan (imbalance + the model's move costs).
    pub objective: f64,
    /// The price per move at which this plan is optimal (`None`: the run's own capped
    /// plan, put on the curve by [`through`]).
    pub price: Option<f64>,
    pub plan: Plan,
}

struct Found {
    moves: usize,
    objective: f64,
    price: i64,
    transfers: Vec<Transfer>,
}

fn at_price(
    model: &Model,
    graph: &FlowGraph,
    sx: &mut Simplex,
    price: i64,
) -> Result<Found, PlanError> {
    graph.price(
        sx,
        &Prices {
            per_move: price,
            exit: Vec::new(),
        },
    );
    sx.solve();
    if sx.artificial_flow() != 0 {
        return Err(PlanError::Infeasible);
    }
    let transfers = moves::decompose(model, graph, sx);
    Ok(Found {
        moves: transfers.len(),
        objective: objective(model, &transfers),
        price,
        transfers,
    })
}

/// F of the plan made of `transfers`.
fn objective(model: &Model, transfers: &[Transfer]) -> f64 {
    let mut x = model.x0();
    let mut cost = 0.0;
    for t in transfers {
        x[t.from] -= 1;
        x[t.to] += 1;
        cost += model.move_cost(t.employee, t.to);
    }
    model.imbalance(&x) + cost
}

/// True when the plan keeps every OPD's `maks_keluar_persen` cap (or there is none).
fn keeps_exit_caps(model: &Model, transfers: &[Transfer]) -> bool {
    let Some(caps) = &model.exit_caps else {
        return true;
    };
    let mut exits = vec![0i64; model.opds.len()];
    for t in transfers {
        let (from, to) = (model.slots[t.from].opd, model.slots[t.to].opd);
        if from != to {
            exits[from] += 1;
        }
    }
    exits.iter().zip(caps).all(|(e, cap)| e <= cap)
}

/// Rising prices the sweep may try per point asked (a price can land on a move count
/// already found).
const TRIES_PER_POINT: usize = 2;

/// Up to `points` plans on the lower convex hull of (moves, F), fewest moves first;
/// the last is the optimum without `maks_pindah` (unless it breaks an exit cap).
pub fn pareto(ds: &Dataset, model: &Model, points: usize) -> Result<Vec<ParetoPoint>, PlanError> {
    let graph = FlowGraph::build(model, MoveCosts::Model);
    let mut sx = graph.simplex();
    let want = points.max(2);
    let top = graph.max_price;
    // Most moves first; sorted by falling moves (rising price) at all times.
    let mut found = vec![at_price(model, &graph, &mut sx, 0)?];
    let many = found[0].moves;
    let drop = found[0].objective;
    let start = model.imbalance(&model.x0());
    // dp/dm of the straight-line model (negative), in scaled units.
    let model_slope = if many > 0 && start > drop {
        -2.0 * graph.to_int((start - drop) / many as f64).max(1) as f64 / many as f64
    } else {
        -(top as f64)
    };
    let mut tries = 0;
    while many > 0 && found.len() + 1 < want && tries < TRIES_PER_POINT * want {
        tries += 1;
        let last = &found[found.len() - 1];
        if last.moves <= 1 {
            break;
        }
        // Spread the points left (the no-move end among them) over the moves left.
        let left = (want - found.len()) as f64;
        let target = last.moves as f64 * (1.0 - 1.0 / left);
        // dp/dm from the last two points when far enough apart to tell, else from the
        // first and the last, else the straight-line model.
        let secant =
            |a: &Found, b: &Found| (b.price - a.price) as f64 / (b.moves as f64 - a.moves as f64);
        let gap = last.moves as f64 - target;
        let n = found.len();
        let slope = if n >= 2 && (found[n - 2].moves - last.moves) as f64 >= gap / 4.0 {
            secant(&found[n - 2], last)
        } else if n >= 2 && (found[0].moves - last.moves) as f64 >= gap / 4.0 {
            secant(&found[0], last)
        } else {
            model_slope
        };
        let step = (slope * (target - last.moves as f64)).clamp(1.0, top as f64);
        let price = last.price.saturating_add(step as i64).min(top);
        if price >= top {
            break;
        }
        let p = at_price(model, &graph, &mut sx, price)?;
        if p.moves < last.moves {
            found.push(p);
        } else {
            // Same plan: the next try prices from this one, twice as far.
            let i = found.len() - 1;
            found[i].price = price;
        }
    }
    if many > 0 {
        let none = at_price(model, &graph, &mut sx, top)?;
        if none.moves < found[found.len() - 1].moves {
            found.push(none);
        }
    }
    found.reverse();
    found
        .iter()
        .filter(|f| keeps_exit_caps(model, &f.transfers))
        .map(|f| {
            // Optimal for its own move count, as exact as the rounded costs allow.
            let bound = Bound::Rounded {
                error: graph.error_bound,
            };
            let plan = moves::assemble(ds, model, &f.transfers, bound);
            Ok(ParetoPoint {
                moves: f.moves,
                imbalance: plan.imbalance,
                objective: plan.objective,
                price: Some(graph.to_float(f.price)),
                plan,
            })
        })
        .collect()
}

/// The curve with the run's own plan on it, and its index: a plan that is a point (the
/// optimum without caps) is that point; any other (a capped plan) goes in by its move
/// count, after the points of as many moves.
pub fn through(mut curve: Vec<ParetoPoint>, plan: &Plan) -> (Vec<ParetoPoint>, usize) {
    if let Some(i) = curve.iter().position(|p| &p.plan == plan) {
        return (curve, i);
    }
    let i = curve.partition_point(|p| p.moves <= plan.moves.len());
    let point = ParetoPoint {
        moves: plan.moves.len(),
        imbalance: plan.imbalance,
        objective: plan.objective,
        price: None,
        plan: plan.clone(),
    };
    curve.insert(i, point);
    (curve, i)
}
