//! Local search on a capped plan: Lagrangian prices jump between plans with different
//! move counts, so the plan that keeps the caps may leave budget unused or use it on a
//! second-best move. Starting from it, repeat while F drops:
//! - add the single move that lowers F most, while the move budget and the OPD exit caps
//!   allow (largest departure gain minus arrival cost minus move cost, within bounds);
//! - drop a move whose undoing lowers F;
//! - exchange: undo one move and add the best single move instead, when that lowers F
//!   (only on plans of at most `EXCHANGE_LIMIT` moves, where a cap's granularity matters).
//!
//! Moves are handled as (source slot, target slot) pairs: who moves is decided at the
//! end, the first k of each slot's tie-break ranking, so the published rule still holds.
//! A person with a hub of their own (forbidden targets) keeps their name on their move:
//! such moves may be dropped but are never added here (the flow decides them).
//!
//! [`repair`] only undoes (cheap, run after every Lagrangian solve to get an upper
//! bound); [`improve`] then polishes the one plan kept.

use super::model::Model;
use super::moves::Transfer;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// A loss in F, totally ordered (for the repair heap).
#[derive(Clone, Copy, PartialEq)]
struct Loss(f64);

impl Eq for Loss {}

impl PartialOrd for Loss {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Loss {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The caps a plan must keep.
#[derive(Clone, Debug, Default)]
pub struct Caps {
    pub moves: Option<i64>,
    pub exits: Option<Vec<i64>>,
}

const EXCHANGE_LIMIT: usize = 400;
const ROUNDS: usize = 10_000;

struct State<'a> {
    model: &'a Model,
    caps: &'a Caps,
    x: Vec<i64>,
    taken: Vec<usize>,
    exits: Vec<i64>,
    pairs: Vec<(usize, usize)>,
    /// Per pair: the named person of a personal hub, or `None` (ranked by slot).
    person: Vec<Option<usize>>,
}

impl State<'_> {
    fn cost_of_rank(&self, s: usize, rank: usize) -> Option<f64> {
        let e = *self.model.slots[s].movable.get(rank)?;
        Some(self.model.move_cost(e))
    }

    fn apply(&mut self, s: usize, t: usize, person: Option<usize>) {
        self.x[s] -= 1;
        self.x[t] += 1;
        if person.is_none() {
            self.taken[s] += 1;
        }
        self.person.push(person);
        let (os, ot) = (self.model.slots[s].opd, self.model.slots[t].opd);
        if os != ot {
            self.exits[os] += 1;
        }
        self.pairs.push((s, t));
    }

    fn undo(&mut self, i: usize) -> (usize, usize) {
        let (s, t) = self.pairs.remove(i);
        if self.person.remove(i).is_none() {
            self.taken[s] -= 1;
        }
        self.x[s] += 1;
        self.x[t] -= 1;
        let (os, ot) = (self.model.slots[s].opd, self.model.slots[t].opd);
        if os != ot {
            self.exits[os] -= 1;
        }
        (s, t)
    }

    /// Change of F when pair `i` is undone (None when a bound forbids it).
    fn undo_delta(&self, i: usize) -> Option<f64> {
        let (s, t) = self.pairs[i];
        let (sv, tv) = (&self.model.slots[s], &self.model.slots[t]);
        if self.x[s] + 1 > sv.hi || self.x[t] - 1 < tv.lo {
            return None;
        }
        let saved = match self.person[i] {
            Some(e) => self.model.move_cost(e),
            None => self.cost_of_rank(s, self.taken[s].checked_sub(1)?)?,
        };
        Some(sv.marginal(self.x[s]) - tv.marginal(self.x[t] - 1) - saved)
    }

    /// The single move lowering F most: (decrease of F, source, target).
    fn best_add(&self) -> Option<(f64, usize, usize)> {
        if self
            .caps
            .moves
            .is_some_and(|k| self.pairs.len() as i64 >= k)
        {
            return None;
        }
        let model = self.model;
        let mut best: Option<(f64, usize, usize)> = None;
        for hub in model.hubs.iter().filter(|h| h.personal.is_none()) {
            let mut top: Vec<(f64, usize)> = Vec::with_capacity(3);
            for &s in &hub.sources {
                let sv = &model.slots[s];
                let Some(c) = self.cost_of_rank(s, self.taken[s]) else {
                    continue;
                };
                if self.x[s] - 1 < sv.lo {
                    continue;
                }
                top.push((sv.marginal(self.x[s] - 1) - c, s));
                top.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                top.truncate(2);
            }
            for &(gain, s) in &top {
                let opd = model.slots[s].opd;
                let exit_full = self
                    .caps
                    .exits
                    .as_ref()
                    .is_some_and(|c| self.exits[opd] >= c.get(opd).copied().unwrap_or(0));
                for &t in &hub.targets {
                    let tv = &model.slots[t];
                    if t == s || self.x[t] + 1 > tv.hi || (exit_full && tv.opd != opd) {
                        continue;
                    }
                    let value = gain - tv.marginal(self.x[t]);
                    if value > 1e-12 && best.is_none_or(|b| value > b.0) {
                        best = Some((value, s, t));
                    }
                }
            }
        }
        best
    }

    /// One improving step; false when none is left.
    fn step(&mut self) -> bool {
        if let Some((_, s, t)) = self.best_add() {
            self.apply(s, t, None);
            return true;
        }
        for i in 0..self.pairs.len() {
            if self.undo_delta(i).is_some_and(|d| d < -1e-12) {
                self.undo(i);
                return true;
            }
        }
        if self.pairs.len() > EXCHANGE_LIMIT {
            return false;
        }
        for i in 0..self.pairs.len() {
            let Some(d) = self.undo_delta(i) else {
                continue;
            };
            let person = self.person[i];
            let (s, t) = self.undo(i);
            if let Some((gain, s2, t2)) = self.best_add() {
                if gain - d > 1e-12 && (s2, t2) != (s, t) {
                    self.apply(s2, t2, None);
                    return true;
                }
            }
            // Put it back where it was.
            self.apply(s, t, person);
            let last = self.pairs.len() - 1;
            let (p, q) = (self.pairs.remove(last), self.person.remove(last));
            self.pairs.insert(i, p);
            self.person.insert(i, q);
        }
        false
    }
}

impl State<'_> {
    fn violates(&self, i: usize) -> bool {
        let (s, t) = self.pairs[i];
        let over_moves = self.caps.moves.is_some_and(|k| self.pairs.len() as i64 > k);
        let (os, ot) = (self.model.slots[s].opd, self.model.slots[t].opd);
        let over_exit = os != ot
            && self
                .caps
                .exits
                .as_ref()
                .is_some_and(|c| self.exits[os] > c.get(os).copied().unwrap_or(0));
        over_moves || over_exit
    }

    /// Whether pair `i` breaks a cap when `live` moves are left.
    fn violates_live(&self, i: usize, live: i64) -> bool {
        let (s, t) = self.pairs[i];
        let (os, ot) = (self.model.slots[s].opd, self.model.slots[t].opd);
        self.caps.moves.is_some_and(|k| live > k)
            || (os != ot
                && self
                    .caps
                    .exits
                    .as_ref()
                    .is_some_and(|c| self.exits[os] > c.get(os).copied().unwrap_or(0)))
    }

    /// The bulk of [`State::repair`] in O(n log n): the same greedy rule with the undo
    /// losses kept in a heap and re-checked when popped (a loss only changes when a move
    /// sharing a slot was undone). Pairs are marked and removed at the end.
    fn repair_fast(&mut self) {
        let n = self.pairs.len();
        let mut live = n as i64;
        let mut gone = vec![false; n];
        let mut heap = BinaryHeap::new();
        for i in 0..n {
            if self.violates_live(i, live) {
                if let Some(d) = self.undo_delta(i) {
                    heap.push(Reverse((Loss(d), i)));
                }
            }
        }
        while let Some(Reverse((Loss(d), i))) = heap.pop() {
            if gone[i] || !self.violates_live(i, live) {
                continue;
            }
            let Some(now) = self.undo_delta(i) else {
                continue;
            };
            if now > d + 1e-12 {
                heap.push(Reverse((Loss(now), i)));
                continue;
            }
            let (s, t) = self.pairs[i];
            self.x[s] += 1;
            self.x[t] -= 1;
            if self.person[i].is_none() {
                self.taken[s] -= 1;
            }
            let (os, ot) = (self.model.slots[s].opd, self.model.slots[t].opd);
            if os != ot {
                self.exits[os] -= 1;
            }
            gone[i] = true;
            live -= 1;
        }
        let mut k = 0;
        self.pairs.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        let mut k = 0;
        self.person.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// Undo, while a cap is broken, the move that breaks it at the least loss in F.
    /// False when no such move can be undone within the bounds.
    fn repair(&mut self) -> bool {
        self.repair_fast();
        loop {
            let mut best: Option<(f64, usize)> = None;
            for i in 0..self.pairs.len() {
                if !self.violates(i) {
                    continue;
                }
                match self.undo_delta(i) {
                    Some(d) if best.is_none_or(|b| d < b.0) => best = Some((d, i)),
                    _ => {}
                }
            }
            match best {
                Some((_, i)) => {
                    self.undo(i);
                }
                None => return (0..self.pairs.len()).all(|i| !self.violates(i)),
            }
        }
    }
}

/// Make `transfers` keep the caps by undoing the cheapest breaking moves (no polish);
/// `None` when the bounds block the repair.
pub fn repair(model: &Model, transfers: &[Transfer], caps: &Caps) -> Option<Vec<Transfer>> {
    let mut st = start(model, transfers, caps);
    if !st.repair() {
        return None;
    }
    Some(name(model, st))
}

fn start<'a>(model: &'a Model, transfers: &[Transfer], caps: &'a Caps) -> State<'a> {
    let mut st = State {
        model,
        caps,
        x: model.x0(),
        taken: vec![0; model.slots.len()],
        exits: vec![0; model.opds.len()],
        pairs: Vec::with_capacity(transfers.len()),
        person: Vec::with_capacity(transfers.len()),
    };
    for t in transfers {
        let personal = model.slots[t.from]
            .personal
            .iter()
            .any(|&(e, _)| e == t.employee);
        st.apply(t.from, t.to, personal.then_some(t.employee));
    }
    st
}

/// Improve `transfers` while the caps allow; returns the improved transfers.
pub fn improve(model: &Model, transfers: &[Transfer], caps: &Caps) -> Vec<Transfer> {
    finish(model, start(model, transfers, caps))
}

fn finish(model: &Model, mut st: State<'_>) -> Vec<Transfer> {
    for _ in 0..ROUNDS {
        if !st.step() {
            break;
        }
    }
    name(model, st)
}

/// Who moves: named people keep their moves; otherwise the first k of each slot's
/// ranking, to its targets in ascending order.
fn name(model: &Model, st: State<'_>) -> Vec<Transfer> {
    let mut pairs: Vec<(usize, usize, Option<usize>)> = st
        .pairs
        .into_iter()
        .zip(st.person)
        .map(|((s, t), p)| (s, t, p))
        .collect();
    pairs.sort_unstable();
    let mut next = vec![0usize; model.slots.len()];
    pairs
        .into_iter()
        .filter_map(|(s, t, person)| {
            let e = match person {
                Some(e) => e,
                None => {
                    let e = *model.slots[s].movable.get(next[s])?;
                    next[s] += 1;
                    e
                }
            };
            Some(Transfer {
                employee: e,
                from: s,
                to: t,
            })
        })
        .collect()
}
