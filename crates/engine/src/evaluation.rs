//! Evaluasi: an adopted plan held against a later snapshot of the same office. People
//! are matched by NIP; everyone the plan moves, and everyone whose slot changed or who
//! left between the snapshots, is classified (carried out, elsewhere, not yet, left,
//! moved outside the plan); newcomers are counted apart. The figures are taken at three
//! points on the adopted scenario's slot table (its needs are the yardstick the plan
//! was made against): before the plan, as planned, and now.
//!
//! F now is the imbalance of the later staffing plus the cost of the planned moves that
//! were carried out, so a later snapshot in which the whole plan happened and nothing
//! else changed gives F now = F planned.

use crate::analysis::{Figures, Indicators};
use crate::dataset::Dataset;
use crate::pj::PjTable;
use crate::plan::{Plan, SlotKey};
use crate::slot::SlotTable;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One move of the adopted plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedMove {
    pub nip: String,
    pub from: SlotKey,
    pub to: SlotKey,
    /// c(e, t) of the move.
    pub cost: f64,
}

impl PlannedMove {
    /// The moves of a plan.
    pub fn of(plan: &Plan) -> Vec<PlannedMove> {
        plan.moves
            .iter()
            .map(|m| PlannedMove {
                nip: m.nip.clone(),
                from: SlotKey::new(&m.from.kode_unit, &m.from.kode_jabatan),
                to: SlotKey::new(&m.to.kode_unit, &m.to.kode_jabatan),
                cost: m.cost,
            })
            .collect()
    }
}

/// What happened to one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Now in the planned slot.
    Terlaksana,
    /// In the plan, moved, but elsewhere.
    Lain,
    /// In the plan, still in the old slot.
    Belum,
    /// Not in the later snapshot (retired, moved out of the office).
    Keluar,
    /// Moved without being in the plan.
    DiLuarRencana,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Terlaksana,
        Outcome::Lain,
        Outcome::Belum,
        Outcome::Keluar,
        Outcome::DiLuarRencana,
    ];

    /// The word evaluation.csv writes.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Terlaksana => "terlaksana",
            Outcome::Lain => "lain",
            Outcome::Belum => "belum",
            Outcome::Keluar => "keluar",
            Outcome::DiLuarRencana => "di_luar_rencana",
        }
    }

    /// The outcome in words.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Outcome::Terlaksana => lang.pick("terlaksana", "carried out"),
            Outcome::Lain => lang.pick("pindah ke tempat lain", "moved elsewhere"),
            Outcome::Belum => lang.pick("belum dilaksanakan", "not yet"),
            Outcome::Keluar => lang.pick("keluar", "left"),
            Outcome::DiLuarRencana => lang.pick("pindah di luar rencana", "moved outside the plan"),
        }
    }
}

/// One classified person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluated {
    pub nip: String,
    pub outcome: Outcome,
    /// Their slot in the earlier snapshot.
    pub asal: SlotKey,
    /// The plan's target, when the plan moves them.
    pub rencana: Option<SlotKey>,
    /// Their slot in the later snapshot, when they are in it.
    pub kini: Option<SlotKey>,
}

/// The figures of one point in time: the whole and per OPD (code order).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub total: Figures,
    pub opds: Vec<(String, Figures)>,
    /// F: the imbalance plus the cost of the moves that count at this point.
    pub objective: f64,
}

/// The whole evaluation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// Ordered by NIP.
    pub people: Vec<Evaluated>,
    /// People of the later snapshot who were not in the earlier one.
    pub newcomers: usize,
    pub before: Point,
    pub planned: Point,
    pub now: Point,
}

impl Evaluation {
    /// How many people got each outcome, in the order of [`Outcome::ALL`].
    pub fn counts(&self) -> Vec<(Outcome, usize)> {
        Outcome::ALL
            .iter()
            .map(|&o| (o, self.people.iter().filter(|p| p.outcome == o).count()))
            .collect()
    }

    /// The share of the planned fall of F that happened (1 = all of it); `None` when the
    /// plan lowered nothing.
    pub fn realised(&self) -> Option<f64> {
        let planned = self.before.objective - self.planned.objective;
        (planned > 1e-12).then(|| (self.before.objective - self.now.objective) / planned)
    }
}

fn slot_key(e: &crate::dataset::Employee) -> SlotKey {
    SlotKey::new(&e.kode_unit, &e.kode_jabatan)
}

/// Hold `later` against the adopted plan `planned`, made on `earlier` with the slot
/// table `slots` (the adopted scenario's, needs as adopted).
pub fn evaluate(
    earlier: &Dataset,
    slots: &SlotTable,
    planned: &[PlannedMove],
    later: &Dataset,
    pj: &PjTable,
) -> Evaluation {
    let then: HashMap<&str, &crate::dataset::Employee> = earlier
        .employees
        .iter()
        .map(|e| (e.nip.as_str(), e))
        .collect();
    let now: HashMap<&str, &crate::dataset::Employee> = later
        .employees
        .iter()
        .map(|e| (e.nip.as_str(), e))
        .collect();
    let plan: HashMap<&str, &PlannedMove> = planned.iter().map(|m| (m.nip.as_str(), m)).collect();

    let mut people: BTreeMap<&str, Evaluated> = BTreeMap::new();
    for e in &earlier.employees {
        let asal = slot_key(e);
        let kini = now.get(e.nip.as_str()).map(|l| slot_key(l));
        let rencana = plan.get(e.nip.as_str()).map(|m| m.to.clone());
        let outcome = match (&rencana, &kini) {
            (_, None) => Outcome::Keluar,
            (Some(r), Some(k)) if k == r => Outcome::Terlaksana,
            (Some(_), Some(k)) if *k == asal => Outcome::Belum,
            (Some(_), Some(_)) => Outcome::Lain,
            (None, Some(k)) if *k != asal => Outcome::DiLuarRencana,
            (None, Some(_)) => continue,
        };
        people.entry(e.nip.as_str()).or_insert(Evaluated {
            nip: e.nip.clone(),
            outcome,
            asal,
            rencana,
            kini,
        });
    }
    let newcomers = later
        .employees
        .iter()
        .filter(|e| !then.contains_key(e.nip.as_str()))
        .count();

    let index: HashMap<SlotKey, usize> = slots
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| (SlotKey::new(&s.kode_unit, &s.kode_jabatan), i))
        .collect();
    let before: Vec<u32> = slots.slots.iter().map(|s| s.bezetting).collect();
    let mut as_planned: Vec<i64> = before.iter().map(|&x| i64::from(x)).collect();
    for m in planned {
        if let (Some(&f), Some(&t)) = (index.get(&m.from), index.get(&m.to)) {
            as_planned[f] -= 1;
            as_planned[t] += 1;
        }
    }
    let as_planned: Vec<u32> = as_planned
        .iter()
        .map(|&x| u32::try_from(x.max(0)).unwrap_or(0))
        .collect();
    let mut current = vec![0u32; slots.slots.len()];
    for e in &later.employees {
        if let Some(&s) = index.get(&slot_key(e)) {
            current[s] += 1;
        }
    }
    let planned_cost: f64 = planned.iter().map(|m| m.cost).sum();
    let carried_cost: f64 = people
        .values()
        .filter(|p| p.outcome == Outcome::Terlaksana)
        .filter_map(|p| plan.get(p.nip.as_str()))
        .map(|m| m.cost)
        .sum();
    let point = |x: &[u32], cost: f64| {
        let ind = Indicators::of(&slots.slots, x, pj);
        Point {
            objective: ind.total.ketidakseimbangan + cost,
            total: ind.total,
            opds: ind.opds,
        }
    };
    Evaluation {
        people: people.into_values().collect(),
        newcomers,
        before: point(&before, 0.0),
        planned: point(&as_planned, planned_cost),
        now: point(&current, carried_cost),
    }
}
