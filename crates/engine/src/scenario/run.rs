//! How a scenario is solved, in one place for the worker, the page and the CLI: without
//! adjustments the model's plan and, when asked, the moves / F curve it picks from; with
//! adjustments the adjusted plan (the curve is of the plain model and would not match).

use super::Scenario;
use crate::plan::model::Fixed;
use crate::plan::{
    pareto, solve_model, solve_resolved, Model, ParetoPoint, Plan, PlanError, RefusedMove,
    StaleAdjustment,
};

/// Where a run is (reported to whoever waits for it; resolving the scenario, before
/// the run, is the caller's first phase).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Solving,
    Pareto { points: u32 },
}

/// A finished run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub plan: Plan,
    /// Adjustments naming people or slots not in the data.
    pub stale: Vec<StaleAdjustment>,
    /// Forced moves the rules refused.
    pub refused: Vec<RefusedMove>,
    /// The moves / F curve (empty with adjustments or when none was asked for).
    pub pareto: Vec<ParetoPoint>,
}

impl Scenario {
    /// Solve the scenario; `pareto_points` > 0 asks for the curve.
    pub fn run(&self, pareto_points: u32, phase: &mut dyn FnMut(Phase)) -> Result<Run, PlanError> {
        let ds = &self.dataset;
        // The model takes the resolved inputs over (a copy: the scenario keeps its own).
        let res = (*self.resolution).clone();
        if self.adjustments.is_empty() {
            phase(Phase::Solving);
            let model = Model::from_resolution(ds, &self.params, res, &Fixed::new());
            let plan = solve_model(ds, &model)?;
            let curve = if pareto_points > 0 {
                phase(Phase::Pareto {
                    points: pareto_points,
                });
                pareto::pareto(ds, &model, pareto_points as usize)?
            } else {
                Vec::new()
            };
            Ok(Run {
                plan,
                stale: Vec::new(),
                refused: Vec::new(),
                pareto: curve,
            })
        } else {
            phase(Phase::Solving);
            let a = solve_resolved(ds, &self.params, res, &self.adjustments)?;
            Ok(Run {
                plan: a.plan,
                stale: a.stale,
                refused: a.refused,
                pareto: Vec::new(),
            })
        }
    }

    /// The plan alone.
    pub fn plan(&self) -> Result<Plan, PlanError> {
        self.run(0, &mut |_| {}).map(|r| r.plan)
    }
}
