//! The indicators of docs/MODEL.md per slot, unit, OPD and in total: bezetting, need,
//! selisih, kekurangan, kelebihan, EJ and PJ, balanced slots and the imbalance term of
//! the objective. One function computes them for any staffing vector, so the figures
//! before a plan (the current bezetting) and after it (the optimiser's x) come from the
//! same code and can be compared line by line.

use crate::pj::{Pj, PjTable};
use crate::slot::{Slot, SlotTable};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The figures of a slot or a group of slots.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// Slots counted.
    pub slots: u32,
    /// Sum of x.
    pub bezetting: u32,
    /// Sum of n.
    pub kebutuhan: f64,
    /// bezetting - kebutuhan.
    pub selisih: f64,
    /// Sum over slots of max(0, n - x).
    pub kekurangan: f64,
    /// Sum over slots of max(0, x - n).
    pub kelebihan: f64,
    /// Sum n / sum x; `None` when x = 0.
    pub ej: Option<f64>,
    pub pj: Option<Pj>,
    /// Slots with x in {floor n, ceil n}.
    pub seimbang: u32,
    /// Sum over slots of w (x - n)^2 / max(n, 1): the first term of the objective.
    pub ketidakseimbangan: f64,
    /// Employees due for rotation at D, as the data has them (before any plan).
    #[serde(default)]
    pub jatuh_tempo: u32,
}

impl Figures {
    /// Share of balanced slots (0..=1), `None` without slots.
    pub fn balanced_share(&self) -> Option<f64> {
        (self.slots > 0).then(|| f64::from(self.seimbang) / f64::from(self.slots))
    }

    fn add(&mut self, slot: &Slot, x: u32) {
        let n = slot.need;
        let xf = f64::from(x);
        self.slots += 1;
        self.bezetting += x;
        self.kebutuhan += n;
        self.kekurangan += (n - xf).max(0.0);
        self.kelebihan += (xf - n).max(0.0);
        if is_balanced(n, x) {
            self.seimbang += 1;
        }
        self.ketidakseimbangan += slot.priority * (xf - n).powi(2) / n.max(1.0);
        self.jatuh_tempo += slot.jatuh_tempo;
    }

    fn finish(mut self, pj: &PjTable) -> Figures {
        self.selisih = f64::from(self.bezetting) - self.kebutuhan;
        self.ej = (self.bezetting > 0).then(|| self.kebutuhan / f64::from(self.bezetting));
        self.pj = self.ej.map(|e| pj.category(e));
        self
    }
}

/// x in {floor n, ceil n}.
pub fn is_balanced(need: f64, x: u32) -> bool {
    let xf = f64::from(x);
    xf == need.floor() || xf == need.ceil()
}

/// Indicators at every level.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Indicators {
    /// Per slot, in the slot table's order.
    pub slots: Vec<Figures>,
    /// Per unit code, ordered.
    pub units: Vec<(String, Figures)>,
    /// Per OPD code ("" for units without one), ordered.
    pub opds: Vec<(String, Figures)>,
    pub total: Figures,
}

impl Indicators {
    /// The indicators of staffing `x` (one count per slot, in the slots' order; a
    /// missing entry counts as 0).
    pub fn of(slots: &[Slot], x: &[u32], pj: &PjTable) -> Indicators {
        let mut units: BTreeMap<&str, Figures> = BTreeMap::new();
        let mut opds: BTreeMap<&str, Figures> = BTreeMap::new();
        let mut total = Figures::default();
        let mut per_slot = Vec::with_capacity(slots.len());
        for (i, s) in slots.iter().enumerate() {
            let xs = x.get(i).copied().unwrap_or(0);
            let mut f = Figures::default();
            f.add(s, xs);
            per_slot.push(f.finish(pj));
            units.entry(s.kode_unit.as_str()).or_default().add(s, xs);
            opds.entry(s.opd.as_str()).or_default().add(s, xs);
            total.add(s, xs);
        }
        let done = |m: BTreeMap<&str, Figures>| {
            m.into_iter()
                .map(|(k, f)| (k.to_string(), f.finish(pj)))
                .collect()
        };
        Indicators {
            slots: per_slot,
            units: done(units),
            opds: done(opds),
            total: total.finish(pj),
        }
    }

    /// The indicators of the current bezetting.
    pub fn current(table: &SlotTable, pj: &PjTable) -> Indicators {
        let x: Vec<u32> = table.slots.iter().map(|s| s.bezetting).collect();
        Indicators::of(&table.slots, &x, pj)
    }
}
