//! A plan's key figures, before and after: what the workbench's table, a stored
//! scenario and the comparison of two scenarios show.

use crate::analysis::{Figures, Indicators};
use crate::pj::PjTable;
use crate::plan::{MoveKind, Plan};
use crate::slot::SlotTable;

/// The figures of one plan against the staffing it starts from.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanFigures {
    pub before: Figures,
    pub after: Figures,
    pub moves: usize,
    pub mutasi: usize,
    pub rotasi: usize,
    pub objective_before: f64,
    pub objective: f64,
}

impl PlanFigures {
    /// The figures of `plan` on the slot table it was made on: the one way a plan's
    /// before and after are counted (the workbench, the stored scenario, the report's
    /// cover and the CLI all come here).
    pub fn in_slots(plan: &Plan, slots: &SlotTable, pj: &PjTable) -> PlanFigures {
        let before = Indicators::current(slots, pj).total;
        let after = Indicators::of(&slots.slots, &super::staffing_after(plan), pj).total;
        PlanFigures::of(plan, &before, &after)
    }

    fn of(plan: &Plan, before: &Figures, after: &Figures) -> PlanFigures {
        let mutasi = plan
            .moves
            .iter()
            .filter(|m| m.kind == MoveKind::Mutasi)
            .count();
        PlanFigures {
            before: before.clone(),
            after: after.clone(),
            moves: plan.moves.len(),
            mutasi,
            rotasi: plan.moves.len() - mutasi,
            objective_before: plan.objective_before,
            objective: plan.objective,
        }
    }
}
