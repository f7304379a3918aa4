//! Needs and headcounts per slot. Needs are the shape's base needs scaled so the region
//! is about 4% short overall; headcounts share the requested number of employees in
//! proportion to need times pull, so central schools end up over-staffed, the outskirts
//! short, and offices anywhere from surplus to shortage. Largest remainders keep the
//! total exact and the result deterministic.

use super::catalog::Catalog;
use super::city::{NeedForm, Shape};
use super::rng::Rng;
use super::workload;
use crate::abk::{self, WKE_1250_JAM};
use crate::dataset::TaskRow;

/// Overall staffing against need: a little short, as every region is.
const STAFFED_SHARE: f64 = 0.96;

/// The planned need and people of one slot.
#[derive(Clone, Debug)]
pub struct SlotStaff {
    pub unit: usize,
    pub slot: usize,
    pub need: f64,
    pub headcount: u32,
    /// Whether the slot has a `kebutuhan` row (slots with tasks may have none).
    pub need_row: bool,
}

/// Needs, headcounts and the ABK task rows.
#[derive(Clone, Debug, Default)]
pub struct Staffing {
    pub slots: Vec<SlotStaff>,
    pub tasks: Vec<TaskRow>,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Plan needs and headcounts for `people` employees inside the model.
pub fn plan(shape: &Shape, cat: &Catalog, people: u32, rng: &mut Rng) -> Staffing {
    let seats: f64 = shape
        .units
        .iter()
        .flat_map(|u| &u.slots)
        .filter(|s| s.form == NeedForm::Seats)
        .map(|s| s.base)
        .sum();
    let base: f64 = shape
        .units
        .iter()
        .flat_map(|u| &u.slots)
        .filter(|s| s.form != NeedForm::Seats)
        .map(|s| s.base)
        .sum();
    let seat_budget = (f64::from(people) * 0.15).floor().min(seats) as u32;
    let k = (f64::from(people) - f64::from(seat_budget)).max(1.0) / (STAFFED_SHARE * base.max(1.0));

    let mut out = Staffing::default();
    for (ui, u) in shape.units.iter().enumerate() {
        for (si, s) in u.slots.iter().enumerate() {
            let need = match s.form {
                NeedForm::Seats => s.base,
                NeedForm::Whole => (s.base * k).round(),
                NeedForm::Decimal => round2(s.base * k * rng.uniform(0.8, 1.2)).max(0.25),
            };
            if need <= 0.0 {
                continue;
            }
            let mut need = need;
            let mut need_row = true;
            if s.from_tasks {
                let jab = cat.get(s.jabatan);
                let rows = workload::tasks_for(rng, &u.kode, jab, need, WKE_1250_JAM);
                let computed = abk::needs_from_tasks(&rows, WKE_1250_JAM);
                need = computed.values().sum();
                need_row = rng.chance(0.5);
                out.tasks.extend(rows);
            }
            out.slots.push(SlotStaff {
                unit: ui,
                slot: si,
                need,
                headcount: 0,
                need_row,
            });
        }
    }

    // Structural seats: most filled, a few vacant, within the budget.
    let mut used = 0u32;
    for st in &mut out.slots {
        let plan = &shape.units[st.unit].slots[st.slot];
        if plan.form != NeedForm::Seats {
            continue;
        }
        for _ in 0..st.need as u32 {
            if used < seat_budget && rng.chance(0.93) {
                st.headcount += 1;
                used += 1;
            }
        }
    }

    // Everyone else in proportion to need x pull, by largest remainder.
    let rest = people - used;
    let weights: Vec<f64> = out
        .slots
        .iter()
        .map(|st| {
            let plan = &shape.units[st.unit].slots[st.slot];
            if plan.form == NeedForm::Seats {
                0.0
            } else {
                st.need * plan.pull
            }
        })
        .collect();
    let total: f64 = weights.iter().sum();
    if total <= 0.0 || rest == 0 {
        return out;
    }
    let quotas: Vec<f64> = weights
        .iter()
        .map(|w| w * f64::from(rest) / total)
        .collect();
    let mut given = 0u32;
    for (st, q) in out.slots.iter_mut().zip(&quotas) {
        let whole = q.floor() as u32;
        st.headcount += whole;
        given += whole;
    }
    let mut order: Vec<usize> = (0..quotas.len()).filter(|i| weights[*i] > 0.0).collect();
    order.sort_by(|a, b| {
        let fa = quotas[*a] - quotas[*a].floor();
        let fb = quotas[*b] - quotas[*b].floor();
        fb.total_cmp(&fa).then(a.cmp(b))
    });
    for i in order
        .iter()
        .cycle()
        .take(rest.saturating_sub(given) as usize)
    {
        out.slots[*i].headcount += 1;
    }
    out
}
