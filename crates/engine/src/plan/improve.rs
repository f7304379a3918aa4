//! Local search on a capped plan: Lagrangian prices jump between plans with different
//! move counts, so the plan that keeps the caps may leave budget unused or use it on a
//! second-best move. Starting from it, repeat while F drops:
//! - add the single move that lowers F most, while the move budget and the OPD exit caps
//!   allow (largest departure gain minus arrival cost minus move cost, within bounds);
//! - drop a move whose undoing lowers F;
//! - exchange: undo one move, add the best other single move instead and descend again
//!   (adds and drops), kept when the whole lowers F: a move redirected across an OPD
//!   border can make another move unneeded, which no single add or drop sees (only on
//!   plans of at most `EXCHANGE_LIMIT` moves, where a cap's granularity matters).
//!
//! Moves are handled as (source slot, target slot) pairs: who moves is decided at the
//! end, the first k of each slot's tie-break ranking, so the published rule still holds.
//! A person with a hub of their own (forbidden targets) is named on their move: they are
//! added, dropped and exchanged like the others, once at most, and only to their own
//! hub's targets.
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

/// A candidate move: the decrease of F it brings, its slots, and its named person when
/// it goes through a personal hub.
#[derive(Clone, Copy)]
struct Add {
    gain: f64,
    from: usize,
    to: usize,
    person: Option<usize>,
}

const EXCHANGE_LIMIT: usize = 400;
/// Plans of at most this many moves also try redirects (a move sent to another of its
/// targets), alone, followed by a drop, and after undoing a chain: each scan costs
/// moves x targets, too much inside every exchange of a long plan.
const REDIRECT_LIMIT: usize = 100;
const ROUNDS: usize = 10_000;

#[derive(Clone)]
struct State<'a> {
    model: &'a Model,
    caps: &'a Caps,
    x: Vec<i64>,
    taken: Vec<usize>,
    exits: Vec<i64>,
    pairs: Vec<(usize, usize)>,
    /// Per pair: the named person of a personal hub, or `None` (ranked by slot).
    person: Vec<Option<usize>>,
    /// Per employee: named on a pair already (a person moves once).
    named: Vec<bool>,
}

impl State<'_> {
    /// The cost of the slot's ranked mover `rank` (the same to every target: whoever
    /// could reach a requested unit has a hub of their own).
    fn cost_of_rank(&self, s: usize, rank: usize) -> Option<f64> {
        let e = *self.model.slots[s].movable.get(rank)?;
        self.model.cost.get(e).copied()
    }

    fn apply(&mut self, s: usize, t: usize, person: Option<usize>) {
        self.x[s] -= 1;
        self.x[t] += 1;
        match person {
            Some(e) => self.named[e] = true,
            None => self.taken[s] += 1,
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
        match self.person.remove(i) {
            Some(e) => self.named[e] = false,
            None => self.taken[s] -= 1,
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
            Some(e) => self.model.move_cost(e, t),
            None => self.cost_of_rank(s, self.taken[s].checked_sub(1)?)?,
        };
        Some(sv.marginal(self.x[s]) - tv.marginal(self.x[t] - 1) - saved)
    }

    /// The single move lowering F most, other than `except` (source, target, person).
    fn best_add(&self, except: Option<(usize, usize, Option<usize>)>) -> Option<Add> {
        if self
            .caps
            .moves
            .is_some_and(|k| self.pairs.len() as i64 >= k)
        {
            return None;
        }
        let model = self.model;
        let mut best: Option<Add> = None;
        for hub in &model.hubs {
            let mut top: Vec<(f64, usize)> = Vec::with_capacity(3);
            for &s in &hub.sources {
                let sv = &model.slots[s];
                let c = match hub.personal {
                    Some(e) if self.named[e] => continue,
                    Some(e) => model.cheapest_move_cost(e),
                    None => match self.cost_of_rank(s, self.taken[s]) {
                        Some(c) => c,
                        None => continue,
                    },
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
                let exit_full = self.exit_full(opd);
                for &t in &hub.targets {
                    let tv = &model.slots[t];
                    if t == s
                        || self.x[t] + 1 > tv.hi
                        || (exit_full && tv.opd != opd)
                        || except == Some((s, t, hub.personal))
                    {
                        continue;
                    }
                    let premium = hub.personal.map_or(0.0, |e| model.premium(e, t));
                    let value = gain - tv.marginal(self.x[t]) - premium;
                    if value > 1e-12 && best.is_none_or(|b| value > b.gain) {
                        best = Some(Add {
                            gain: value,
                            from: s,
                            to: t,
                            person: hub.personal,
                        });
                    }
                }
            }
        }
        best
    }

    /// Add the best move or drop an improving one, until neither is left; returns how
    /// much F fell.
    fn descend(&mut self) -> f64 {
        let mut fell = 0.0;
        for _ in 0..ROUNDS {
            if let Some(add) = self.best_add(None) {
                self.apply(add.from, add.to, add.person);
                fell += add.gain;
                continue;
            }
            let drop = (0..self.pairs.len())
                .find_map(|i| self.undo_delta(i).filter(|&d| d < -1e-12).map(|d| (i, d)));
            if let Some((i, d)) = drop {
                self.undo(i);
                fell -= d;
                continue;
            }
            if self.pairs.len() > REDIRECT_LIMIT {
                break;
            }
            match self.best_redirect() {
                Some((gain, i, to)) => {
                    self.redirect(i, to);
                    fell += gain;
                }
                None => break,
            }
        }
        fell
    }

    /// The hub a pair's move goes through: the person's own, or its slot's.
    fn hub_of(&self, i: usize) -> Option<usize> {
        let (s, _) = self.pairs[i];
        let sv = &self.model.slots[s];
        match self.person[i] {
            Some(e) => sv.personal.iter().find(|&&(p, _)| p == e).map(|&(_, h)| h),
            None => sv.hub,
        }
    }

    /// Whether OPD `o` has used its whole exit cap.
    fn exit_full(&self, o: usize) -> bool {
        self.caps
            .exits
            .as_ref()
            .is_some_and(|c| self.exits[o] >= c.get(o).copied().unwrap_or(0))
    }

    /// Where pair `i`'s move could be sent instead, within the bounds and the exit cap,
    /// each with the decrease of F it brings (negative when F rises). The person stays;
    /// the arrival changes, and with it a named person's cost when they asked for a unit.
    fn redirects(&self, i: usize) -> Vec<(usize, f64)> {
        let model = self.model;
        let (s, t) = self.pairs[i];
        let tv = &model.slots[t];
        let Some(h) = self.hub_of(i) else {
            return Vec::new();
        };
        if self.x[t] - 1 < tv.lo {
            return Vec::new();
        }
        let os = model.slots[s].opd;
        // An inside move may not turn into an exit once the OPD's exits are used up.
        let closed = tv.opd == os && self.exit_full(os);
        let saved = tv.marginal(self.x[t] - 1);
        let cost = |u: usize| self.person[i].map_or(0.0, |e| model.move_cost(e, u));
        model.hubs[h]
            .targets
            .iter()
            .copied()
            .filter(|&u| u != s && u != t && self.x[u] < model.slots[u].hi)
            .filter(|&u| !(closed && model.slots[u].opd != os))
            .map(|u| {
                (
                    u,
                    saved - model.slots[u].marginal(self.x[u]) + cost(t) - cost(u),
                )
            })
            .collect()
    }

    /// The best change of one move's target that lowers F: (decrease, pair, new target).
    fn best_redirect(&self) -> Option<(f64, usize, usize)> {
        let mut best: Option<(f64, usize, usize)> = None;
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..self.pairs.len() {
            let (s, t) = self.pairs[i];
            if !seen.insert((s, t, self.person[i])) {
                continue;
            }
            for (u, gain) in self.redirects(i) {
                if gain > 1e-12 && best.is_none_or(|b| gain > b.0) {
                    best = Some((gain, i, u));
                }
            }
        }
        best
    }

    /// Send pair `i`'s move to `to` instead.
    fn redirect(&mut self, i: usize, to: usize) {
        let (s, t) = self.pairs[i];
        let os = self.model.slots[s].opd;
        let was = self.model.slots[t].opd != os;
        let now = self.model.slots[to].opd != os;
        self.exits[os] += i64::from(now) - i64::from(was);
        self.x[t] -= 1;
        self.x[to] += 1;
        self.pairs[i].1 = to;
    }

    /// One improving step; false when none is left. An exchange undoes one move, adds
    /// the best other one and descends from there: a move redirected to another target
    /// often frees a third move to be dropped, which no single add or drop finds.
    fn step(&mut self) -> bool {
        if self.descend() > 1e-12 {
            return true;
        }
        if self.pairs.len() > EXCHANGE_LIMIT {
            return false;
        }
        for i in 0..self.pairs.len() {
            let Some(rose) = self.undo_delta(i) else {
                continue;
            };
            let mut trial = self.clone();
            let person = trial.person[i];
            let (s, t) = trial.undo(i);
            let Some(add) = trial.best_add(Some((s, t, person))) else {
                continue;
            };
            trial.apply(add.from, add.to, add.person);
            let fell = add.gain + trial.descend();
            if fell - rose > 1e-12 {
                *self = trial;
                return true;
            }
        }
        self.pairs.len() <= REDIRECT_LIMIT && (self.redirect_and_drop() || self.unchain())
    }

    /// F of the current pairs: the imbalance plus every move's cost.
    fn objective(&self) -> f64 {
        let model = self.model;
        let ranked: f64 = (0..model.slots.len())
            .map(|s| {
                (0..self.taken[s])
                    .filter_map(|r| self.cost_of_rank(s, r))
                    .sum::<f64>()
            })
            .sum();
        let named: f64 = self
            .person
            .iter()
            .zip(&self.pairs)
            .filter_map(|(p, &(_, t))| p.map(|e| model.move_cost(e, t)))
            .sum();
        model.imbalance(&self.x) + ranked + named
    }

    /// Undo a chain of two moves through one slot (s -> m -> t) at once and descend from
    /// there: with `jaga_asal` or `batasi_tujuan` holding m at its bound, neither move
    /// can be undone alone, so no single drop or exchange reaches past them.
    fn unchain(&mut self) -> bool {
        let before = self.objective();
        for i in 0..self.pairs.len() {
            for j in 0..self.pairs.len() {
                let ((s, m), (m2, t)) = (self.pairs[i], self.pairs[j]);
                if i == j || m != m2 {
                    continue;
                }
                let (sv, tv) = (&self.model.slots[s], &self.model.slots[t]);
                if s != t && (self.x[s] + 1 > sv.hi || self.x[t] - 1 < tv.lo) {
                    continue;
                }
                let mut trial = self.clone();
                trial.undo(i.max(j));
                trial.undo(i.min(j));
                trial.descend();
                if trial.objective() < before - 1e-12 {
                    *self = trial;
                    return true;
                }
            }
        }
        false
    }

    /// A redirect that raises F but lets another move be dropped for more: the one
    /// neighbourhood the exchange misses when several targets tie for the best add.
    fn redirect_and_drop(&mut self) -> bool {
        for i in 0..self.pairs.len() {
            let t = self.pairs[i].1;
            for (u, gain) in self.redirects(i) {
                let rose = -gain;
                self.redirect(i, u);
                let drop = (0..self.pairs.len())
                    .filter(|&j| j != i)
                    .filter_map(|j| self.undo_delta(j).map(|d| (d, j)))
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                if let Some((_, j)) = drop.filter(|&(d, _)| rose + d < -1e-12) {
                    self.undo(j);
                    return true;
                }
                self.redirect(i, t);
            }
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
            match self.person[i] {
                Some(e) => self.named[e] = false,
                None => self.taken[s] -= 1,
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
        named: vec![false; model.cost.len()],
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
