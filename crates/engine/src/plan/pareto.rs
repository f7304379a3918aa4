//! The trade-off between how many people move and how balanced the result is: the plans
//! on the lower convex hull of (moves, imbalance). Each is the optimum of
//! imbalance + p x moves for some price p per move (volunteers are still preferred by
//! the tie-break, since every move costs the same p here), so the hull is traced by
//! re-pricing one network: start from the two ends (p above any gain: no move; p one
//! unit: every move that lowers the imbalance), then repeatedly take the widest hull
//! segment not yet proven an edge and price moves at its slope; the optimum there is
//! either a new hull point strictly below the segment or proves the segment an edge
//! (Aneja and Nair's method). Every solve warm-starts from the last spanning tree.
//! Caps are not applied: the sweep is what the caps choose from.

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
    pub imbalance: f64,
    /// F of the plan (imbalance + the model's move costs).
    pub objective: f64,
    /// The price per move at which this plan is optimal.
    pub price: f64,
    pub plan: Plan,
}

struct Found {
    moves: usize,
    imbalance: f64,
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
    let mut x = model.x0();
    for t in &transfers {
        x[t.from] -= 1;
        x[t.to] += 1;
    }
    Ok(Found {
        moves: transfers.len(),
        imbalance: model.imbalance(&x),
        price,
        transfers,
    })
}

/// Up to `points` plans on the lower convex hull of (moves, imbalance), fewest moves
/// first.
pub fn pareto(ds: &Dataset, model: &Model, points: usize) -> Result<Vec<ParetoPoint>, PlanError> {
    let graph = FlowGraph::build(model, MoveCosts::PriceOnly);
    let mut sx = graph.simplex();
    let few = at_price(model, &graph, &mut sx, graph.max_price)?;
    let many = at_price(model, &graph, &mut sx, 1)?;
    let mut found = vec![few];
    if many.moves > found[0].moves {
        found.push(many);
    }
    // Segments between consecutive hull points (by index in `found`, kept sorted by
    // moves) not yet proven to be edges.
    let mut open: Vec<(usize, usize)> = if found.len() == 2 {
        vec![(0, 1)]
    } else {
        Vec::new()
    };
    while found.len() < points.max(2) {
        // The widest open segment (fewest moves first on ties).
        let Some(k) = (0..open.len()).max_by(|&a, &b| {
            let w = |i: usize| found[open[i].1].moves - found[open[i].0].moves;
            w(a).cmp(&w(b)).then(b.cmp(&a))
        }) else {
            break;
        };
        let (a, b) = open.remove(k);
        let (pa, pb) = (&found[a], &found[b]);
        let slope = (pa.imbalance - pb.imbalance) / (pb.moves - pa.moves) as f64;
        let price = graph.to_int(slope).clamp(1, graph.max_price);
        let p = at_price(model, &graph, &mut sx, price)?;
        let line = pa.imbalance - slope * (p.moves as f64 - pa.moves as f64);
        let below = p.imbalance < line - 1e-9 * line.abs().max(1.0);
        if below && p.moves > pa.moves && p.moves < pb.moves {
            found.push(p);
            let new = found.len() - 1;
            open.push((a, new));
            open.push((new, b));
        }
    }
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| found[i].moves);
    order
        .into_iter()
        .map(|i| {
            let f = &found[i];
            let plan = moves::assemble(ds, model, &f.transfers, Bound::Dual(0.0));
            Ok(ParetoPoint {
                moves: f.moves,
                imbalance: f.imbalance,
                objective: plan.objective,
                price: graph.to_float(f.price),
                plan,
            })
        })
        .collect()
}
