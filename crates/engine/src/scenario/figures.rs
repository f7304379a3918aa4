//! A plan's key figures, before and after: what the workbench's table, a stored
//! scenario and the comparison of two scenarios show.

use crate::analysis::Figures;
use crate::plan::{MoveKind, Plan};

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
    pub fn of(plan: &Plan, before: &Figures, after: &Figures) -> PlanFigures {
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
