//! Primal network simplex for min-cost flow with integer (i64) costs and capacities.
//!
//! Why our own: the planner must be exact, deterministic byte for byte natively and in
//! wasm, and fast enough to re-solve interactively; a network simplex gives all three,
//! and it keeps its spanning tree between solves, so re-pricing arcs (Lagrangian
//! multipliers, the Pareto sweep) restarts from the previous optimum (warm start).
//!
//! The method (Ahuja, Magnanti and Orlin, ch. 11):
//! - every node but the root gets an artificial arc to or from the root of cost `big_m`
//!   and unbounded capacity, carrying the node's residual supply; `big_m` larger than
//!   the cost of any simple path keeps those arcs empty at the optimum whenever the
//!   problem is feasible (the caller checks it);
//! - the tree is kept *strongly feasible* (from every node a positive amount can be sent
//!   to the root along tree arcs), which with the leaving-arc rule "last blocking arc on
//!   the cycle, walked from the apex in the direction of flow" rules out cycling;
//! - entering arcs are priced by block search (the most violating arc of the first block
//!   of about sqrt(m) arcs that has one), scanning on from where the last search stopped;
//! - the tree is stored as parent/pred arrays with child lists; a pivot re-hangs the cut
//!   subtree and shifts its potentials in one walk.
//!
//! Every choice depends only on arc order and integer values: no hashing, no floats.

const NONE: u32 = u32::MAX;

/// One arc of the network as the caller describes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArcSpec {
    pub from: u32,
    pub to: u32,
    pub cap: i64,
    pub cost: i64,
}

/// A min-cost flow problem: node supplies (positive = source) summing to zero, arcs,
/// and arcs known to start saturated (a feasible starting flow the caller knows).
#[derive(Clone, Debug, Default)]
pub struct Network {
    pub supply: Vec<i64>,
    pub arcs: Vec<ArcSpec>,
    pub saturated: Vec<u32>,
}

/// The solver state: flows, spanning tree and potentials; reusable across re-pricing.
#[derive(Clone, Debug)]
pub struct Simplex {
    root: u32,
    real_arcs: usize,
    src: Vec<u32>,
    dst: Vec<u32>,
    cap: Vec<i64>,
    cost: Vec<i64>,
    flow: Vec<i64>,
    /// 1 at lower bound, -1 at upper bound, 0 in the tree.
    state: Vec<i8>,
    parent: Vec<u32>,
    pred: Vec<u32>,
    /// The tree arc of a node points from the node to its parent.
    up: Vec<bool>,
    depth: Vec<u32>,
    first_child: Vec<u32>,
    next_sib: Vec<u32>,
    prev_sib: Vec<u32>,
    pi: Vec<i64>,
    next_arc: usize,
    block: usize,
    stack: Vec<u32>,
    pub pivots: u64,
}

impl Simplex {
    /// Set up the initial strongly feasible tree. `root` is any node (the sink works
    /// well); `big_m` must exceed (number of nodes) x (largest |arc cost| ever set).
    pub fn new(net: &Network, root: u32, big_m: i64) -> Simplex {
        let n = net.supply.len();
        let m = net.arcs.len();
        let total = m + n;
        let inf = i64::MAX / 4;
        let mut s = Simplex {
            root,
            real_arcs: m,
            src: Vec::with_capacity(total),
            dst: Vec::with_capacity(total),
            cap: Vec::with_capacity(total),
            cost: Vec::with_capacity(total),
            flow: vec![0; total],
            state: vec![1; total],
            parent: vec![root; n],
            pred: vec![NONE; n],
            up: vec![true; n],
            depth: vec![1; n],
            first_child: vec![NONE; n],
            next_sib: vec![NONE; n],
            prev_sib: vec![NONE; n],
            pi: vec![0; n],
            next_arc: 0,
            block: ((total as f64).sqrt() as usize).max(10),
            stack: Vec::new(),
            pivots: 0,
        };
        for a in &net.arcs {
            s.src.push(a.from);
            s.dst.push(a.to);
            s.cap.push(a.cap.max(0));
            s.cost.push(a.cost);
        }
        let mut residual = net.supply.clone();
        for &a in &net.saturated {
            let a = a as usize;
            if a < m {
                s.flow[a] = s.cap[a];
                s.state[a] = -1;
                residual[s.src[a] as usize] -= s.cap[a];
                residual[s.dst[a] as usize] += s.cap[a];
            }
        }
        for v in 0..n as u32 {
            let arc = (m + v as usize) as u32;
            let b = residual[v as usize];
            if v == root {
                s.src.push(v);
                s.dst.push(v);
                s.cap.push(0);
                s.cost.push(0);
                s.parent[v as usize] = NONE;
                s.depth[v as usize] = 0;
                continue;
            }
            if b >= 0 {
                s.src.push(v);
                s.dst.push(root);
                s.pi[v as usize] = -big_m;
            } else {
                s.src.push(root);
                s.dst.push(v);
                s.pi[v as usize] = big_m;
            }
            s.up[v as usize] = b >= 0;
            s.cap.push(inf);
            s.cost.push(big_m);
            s.flow[arc as usize] = b.abs();
            s.state[arc as usize] = 0;
            s.pred[v as usize] = arc;
        }
        for v in (0..n as u32).rev() {
            if v != root {
                s.add_child(root, v);
            }
        }
        s
    }

    /// Flow on a caller's arc.
    pub fn flow(&self, arc: usize) -> i64 {
        self.flow[arc]
    }

    /// Flow left on artificial arcs (non-zero means the problem was infeasible).
    pub fn artificial_flow(&self) -> i64 {
        self.flow[self.real_arcs..].iter().sum()
    }

    /// Re-price one arc; call [`Simplex::refresh_potentials`] before solving again.
    pub fn set_cost(&mut self, arc: usize, cost: i64) {
        self.cost[arc] = cost;
    }

    pub fn cost(&self, arc: usize) -> i64 {
        self.cost[arc]
    }

    /// Recompute node potentials from the tree after costs changed (flows stay valid:
    /// the tree is still strongly feasible, so the solve warm-starts from it).
    pub fn refresh_potentials(&mut self) {
        let root = self.root;
        self.pi[root as usize] = 0;
        self.stack.clear();
        let mut c = self.first_child[root as usize];
        while c != NONE {
            self.stack.push(c);
            c = self.next_sib[c as usize];
        }
        while let Some(v) = self.stack.pop() {
            let v = v as usize;
            let p = self.parent[v] as usize;
            let a = self.pred[v] as usize;
            self.pi[v] = if self.up[v] {
                self.pi[p] - self.cost[a]
            } else {
                self.pi[p] + self.cost[a]
            };
            let mut c = self.first_child[v];
            while c != NONE {
                self.stack.push(c);
                c = self.next_sib[c as usize];
            }
        }
    }

    /// Pivot until no arc violates optimality.
    pub fn solve(&mut self) {
        while let Some(e) = self.entering() {
            self.pivot(e);
            self.pivots += 1;
        }
    }

    fn reduced(&self, e: usize) -> i64 {
        i64::from(self.state[e])
            * (self.cost[e] + self.pi[self.src[e] as usize] - self.pi[self.dst[e] as usize])
    }

    fn entering(&mut self) -> Option<usize> {
        let m = self.src.len();
        if m == 0 {
            return None;
        }
        let mut best = usize::MAX;
        let mut min = 0i64;
        let mut left = self.block;
        let mut e = self.next_arc.min(m - 1);
        for _ in 0..m {
            if self.state[e] != 0 && self.cap[e] > 0 {
                let c = self.reduced(e);
                if c < min {
                    min = c;
                    best = e;
                }
            }
            e += 1;
            if e == m {
                e = 0;
            }
            left -= 1;
            if left == 0 {
                if best != usize::MAX {
                    self.next_arc = e;
                    return Some(best);
                }
                left = self.block;
            }
        }
        if best != usize::MAX {
            self.next_arc = e;
            Some(best)
        } else {
            None
        }
    }

    fn join(&self, mut a: u32, mut b: u32) -> u32 {
        while self.depth[a as usize] > self.depth[b as usize] {
            a = self.parent[a as usize];
        }
        while self.depth[b as usize] > self.depth[a as usize] {
            b = self.parent[b as usize];
        }
        while a != b {
            a = self.parent[a as usize];
            b = self.parent[b as usize];
        }
        a
    }

    fn pivot(&mut self, e: usize) {
        let (first, second) = if self.state[e] == 1 {
            (self.src[e], self.dst[e])
        } else {
            (self.dst[e], self.src[e])
        };
        let join = self.join(first, second);
        let mut delta = self.cap[e];
        let mut u_out = NONE;
        let mut side = 0u8;
        let mut u = first;
        while u != join {
            let a = self.pred[u as usize] as usize;
            let d = if self.up[u as usize] {
                self.flow[a]
            } else {
                self.cap[a] - self.flow[a]
            };
            if d < delta {
                delta = d;
                u_out = u;
                side = 1;
            }
            u = self.parent[u as usize];
        }
        let mut u = second;
        while u != join {
            let a = self.pred[u as usize] as usize;
            let d = if self.up[u as usize] {
                self.cap[a] - self.flow[a]
            } else {
                self.flow[a]
            };
            if d <= delta {
                delta = d;
                u_out = u;
                side = 2;
            }
            u = self.parent[u as usize];
        }
        if delta > 0 {
            let val = i64::from(self.state[e]) * delta;
            self.flow[e] += val;
            let mut u = self.src[e];
            while u != join {
                let a = self.pred[u as usize] as usize;
                if self.up[u as usize] {
                    self.flow[a] -= val;
                } else {
                    self.flow[a] += val;
                }
                u = self.parent[u as usize];
            }
            let mut u = self.dst[e];
            while u != join {
                let a = self.pred[u as usize] as usize;
                if self.up[u as usize] {
                    self.flow[a] += val;
                } else {
                    self.flow[a] -= val;
                }
                u = self.parent[u as usize];
            }
        }
        if side == 0 {
            self.state[e] = -self.state[e];
            return;
        }
        let leaving = self.pred[u_out as usize] as usize;
        self.state[leaving] = if self.flow[leaving] == 0 { 1 } else { -1 };
        self.state[e] = 0;
        let (u_in, v_in) = if side == 1 {
            (first, second)
        } else {
            (second, first)
        };
        let rc = self.cost[e] + self.pi[self.src[e] as usize] - self.pi[self.dst[e] as usize];
        let sigma = if self.src[e] == u_in { -rc } else { rc };
        // Reverse the path u_in .. u_out and hang it under v_in through e.
        let mut child = u_in;
        let mut new_parent = v_in;
        let mut new_pred = e as u32;
        let mut new_up = self.src[e] == u_in;
        loop {
            let c = child as usize;
            let old_parent = self.parent[c];
            let old_pred = self.pred[c];
            let old_up = self.up[c];
            self.remove_child(old_parent, child);
            self.parent[c] = new_parent;
            self.pred[c] = new_pred;
            self.up[c] = new_up;
            self.add_child(new_parent, child);
            if child == u_out {
                break;
            }
            new_parent = child;
            new_pred = old_pred;
            new_up = !old_up;
            child = old_parent;
        }
        // Shift potentials and depths of the re-hung subtree.
        self.stack.clear();
        self.stack.push(u_in);
        while let Some(v) = self.stack.pop() {
            let v = v as usize;
            self.pi[v] += sigma;
            self.depth[v] = self.depth[self.parent[v] as usize] + 1;
            let mut c = self.first_child[v];
            while c != NONE {
                self.stack.push(c);
                c = self.next_sib[c as usize];
            }
        }
    }

    fn add_child(&mut self, p: u32, c: u32) {
        let head = self.first_child[p as usize];
        self.next_sib[c as usize] = head;
        self.prev_sib[c as usize] = NONE;
        if head != NONE {
            self.prev_sib[head as usize] = c;
        }
        self.first_child[p as usize] = c;
    }

    fn remove_child(&mut self, p: u32, c: u32) {
        let prev = self.prev_sib[c as usize];
        let next = self.next_sib[c as usize];
        if prev != NONE {
            self.next_sib[prev as usize] = next;
        } else {
            self.first_child[p as usize] = next;
        }
        if next != NONE {
            self.prev_sib[next as usize] = prev;
        }
        self.next_sib[c as usize] = NONE;
        self.prev_sib[c as usize] = NONE;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(from: u32, to: u32, cap: i64, cost: i64) -> ArcSpec {
        ArcSpec {
            from,
            to,
            cap,
            cost,
        }
    }

    fn total_cost(net: &Network, s: &Simplex) -> i64 {
        net.arcs
            .iter()
            .enumerate()
            .map(|(i, a)| a.cost * s.flow(i))
            .sum()
    }

    #[test]
    fn routes_supply_along_cheapest_paths() {
        // 0 -> 1 -> 3 cheap but capacity 2; 0 -> 2 -> 3 dearer.
        let net = Network {
            supply: vec![5, 0, 0, -5],
            arcs: vec![
                arc(0, 1, 2, 1),
                arc(1, 3, 10, 1),
                arc(0, 2, 10, 3),
                arc(2, 3, 10, 1),
            ],
            saturated: vec![],
        };
        let mut s = Simplex::new(&net, 3, 1000);
        s.solve();
        assert_eq!(s.artificial_flow(), 0);
        assert_eq!(total_cost(&net, &s), 2 * 2 + 3 * 4);
        // Re-price: the lower path becomes cheap, warm start.
        s.set_cost(2, 0);
        s.refresh_potentials();
        s.solve();
        assert_eq!(
            total_cost(
                &Network {
                    arcs: vec![
                        arc(0, 1, 2, 1),
                        arc(1, 3, 10, 1),
                        arc(0, 2, 10, 0),
                        arc(2, 3, 10, 1)
                    ],
                    ..net.clone()
                },
                &s
            ),
            5
        );
    }

    #[test]
    fn negative_costs_and_starting_saturated_arcs() {
        let net = Network {
            supply: vec![2, 0, -2],
            arcs: vec![arc(0, 2, 2, 5), arc(0, 1, 3, -4), arc(1, 2, 3, 1)],
            saturated: vec![0],
        };
        let mut s = Simplex::new(&net, 2, 1000);
        s.solve();
        assert_eq!(s.artificial_flow(), 0);
        assert_eq!(total_cost(&net, &s), -6);
    }
}
