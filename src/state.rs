//! The app's shared state: which page is open and which data is loaded. Signals only;
//! the data itself is engine values behind `Arc` so pages share it without copying.

use crate::components::import_report::ImportReport;
use leptos::prelude::*;
use seimbang_engine::plan::{
    Adjustments, ParetoPoint, Plan, PlanDiff, PlanError, RefusedMove, StaleAdjustment,
};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::slot::SlotTable;
use seimbang_engine::{Dataset, Date, Params};
use std::sync::Arc;

/// The pages of the workflow, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Data,
    Analysis,
    Balance,
    Scenarios,
    Report,
    Rules,
}

impl Page {
    pub const ALL: [Page; 6] = [
        Page::Data,
        Page::Analysis,
        Page::Balance,
        Page::Scenarios,
        Page::Report,
        Page::Rules,
    ];

    /// A stable id for URLs and test selectors.
    pub fn id(self) -> &'static str {
        match self {
            Page::Data => "data",
            Page::Analysis => "analisis",
            Page::Balance => "penyeimbangan",
            Page::Scenarios => "skenario",
            Page::Report => "laporan",
            Page::Rules => "aturan",
        }
    }
}

/// A loaded dataset and where it came from. Its figures are the scenario's
/// ([`AppState::scenario`]): they depend on the parameters and adjustments too.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The files the user loaded; empty for the demo.
    pub source: String,
    /// A stable hash of the input files (the demo: its seed), printed on reports and
    /// stored with scenarios.
    pub fingerprint: String,
    pub dataset: Arc<Dataset>,
    /// The counts shown in the data summary (the slot set does not depend on the
    /// parameters: they change needs, never which slots exist).
    pub counts: Counts,
}

/// The engine's scenario of the loaded data, the parameters and the adjustments, shared;
/// equal only to itself (a memo of it notifies whenever it is resolved again).
#[derive(Clone, Debug)]
pub struct Current(pub Arc<Scenario>);

impl PartialEq for Current {
    fn eq(&self, other: &Current) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The scenario of the current inputs: `None` without data, the engine's refusal when
/// the parameters or a need cannot be used.
pub type CurrentScenario = Option<Result<Current, PlanError>>;

/// Resolve the scenario of `loaded`, `params` and `adjustments`.
pub fn resolve(
    loaded: Option<&Loaded>,
    params: &Params,
    adjustments: &Adjustments,
    today: Date,
) -> CurrentScenario {
    let l = loaded?;
    Some(
        Scenario::new(
            l.dataset.clone(),
            params.clone(),
            adjustments.clone(),
            today,
        )
        .map(|s| Current(Arc::new(s))),
    )
}

/// Everything pages share, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub page: RwSignal<Page>,
    pub loaded: RwSignal<Option<Loaded>>,
    /// What the last import attempt said (kept across page switches).
    pub import_report: RwSignal<Option<ImportReport>>,
    /// The scenario's parameters (reference date defaults to today).
    pub params: RwSignal<Params>,
    /// The user's adjustments of the scenario (locks, forbidden/forced moves, needs...).
    pub adjustments: RwSignal<Adjustments>,
    /// The last plan computed, with what it was computed from.
    pub outcome: RwSignal<Option<Outcome>>,
    /// True while the working state of the last visit is read back on start.
    pub restoring: RwSignal<bool>,
    /// The last visit's work, when a `?demo` link opened the demo over it.
    pub shelved: RwSignal<Option<crate::scenario::autosave::Shelved>>,
    /// Recomputing a saved plan (after a reload or opening a scenario).
    pub replan: RwSignal<crate::scenario::replan::Replan>,
    /// The name of the scenario being worked on (the one opened or last saved; "" for
    /// new work): the report prints it.
    pub scenario_name: RwSignal<String>,
    /// The scenario of the loaded data with the current parameters and adjustments:
    /// every figure before a plan (Analisis, counts) comes from it.
    pub scenario: Memo<CurrentScenario>,
    /// Today's date in the browser, read once at start (the default reference date).
    pub today: Date,
}

impl AppState {
    /// The current scenario, when there is data and it resolves.
    pub fn current(&self) -> Option<Arc<Scenario>> {
        self.scenario.with(ok_scenario)
    }

    /// [`AppState::current`], without tracking.
    pub fn current_untracked(&self) -> Option<Arc<Scenario>> {
        self.scenario.with_untracked(ok_scenario)
    }
}

fn ok_scenario(s: &CurrentScenario) -> Option<Arc<Scenario>> {
    s.as_ref()
        .and_then(|r| r.as_ref().ok())
        .map(|c| c.0.clone())
}

/// The shared state, from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Counts shown in the data summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub employees: usize,
    pub units: usize,
    pub slots: usize,
    pub opd: usize,
}

impl Loaded {
    /// Wrap a validated dataset.
    pub fn new(source: String, fingerprint: String, dataset: impl Into<Arc<Dataset>>) -> Loaded {
        let dataset = dataset.into();
        let counts = Loaded::count(&dataset);
        Loaded {
            source,
            fingerprint,
            dataset,
            counts,
        }
    }

    /// The embedded synthetic city ("data contoh"), generated from a fixed seed.
    pub fn demo() -> Loaded {
        use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
        Loaded::new(
            String::new(),
            format!("demo-{DEMO_SEED}"),
            generate(&DemoSpec::city(DEMO_SEED)),
        )
    }

    fn count(dataset: &Dataset) -> Counts {
        let slots = SlotTable::build(dataset, Params::default().wke_menit);
        let opd: std::collections::BTreeSet<&str> = slots
            .slots
            .iter()
            .map(|s| s.opd.as_str())
            .filter(|o| !o.is_empty())
            .collect();
        Counts {
            employees: dataset.employees.len(),
            units: dataset.units.len(),
            slots: slots.slots.len(),
            opd: opd.len(),
        }
    }
}

/// Today's local date from the browser clock: the shell reads the environment, the
/// engine only ever receives the value.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// A computed plan and what it was computed from, so the page can tell when it is stale.
///
/// A run gives a plan and the moves / F curve with that plan on it; the user may pick
/// another point of the curve, which then is the plan: saved, reported and exported,
/// with its move count as the `maks_pindah` it answers.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The plan shown: the run's, or the picked point's.
    pub plan: Arc<Plan>,
    /// The run's moves / F curve with its own plan on it (fewest moves first); empty
    /// when the run had adjustments.
    pub pareto: Arc<Vec<ParetoPoint>>,
    /// Where on the curve the run's own plan is.
    pub run_point: usize,
    /// The point shown (`run_point` until the user picks another).
    pub picked: usize,
    /// The parameters of the run (the plan shown answers [`Outcome::params`]).
    pub run_params: Params,
    /// Forced moves the rules refused, and adjustments naming people or slots not in
    /// the data.
    pub refused: Vec<RefusedMove>,
    pub stale_adjustments: Vec<StaleAdjustment>,
    /// What changed against the previous plan, when there was one.
    pub changes: Option<PlanDiff>,
    /// The scenario the plan shown answers (the run's, with a picked point's cap):
    /// its data, parameters and adjustments, the figures before and after, the report
    /// and the exports all come from it.
    pub scenario: Arc<Scenario>,
    pub solve_ms: f64,
}

impl Outcome {
    /// This outcome with point `i` of its curve as the plan (`None`: no such point).
    /// The run's own point gives back the run's plan and parameters.
    pub fn picking(&self, i: usize) -> Option<Outcome> {
        let point = self.pareto.get(i)?;
        let cap = if i == self.run_point {
            seimbang_engine::rule::move_cap::move_cap(&self.run_params)
        } else {
            u32::try_from(point.moves).ok()
        };
        Some(Outcome {
            plan: Arc::new(point.plan.clone()),
            picked: i,
            scenario: Arc::new(self.scenario.with_move_cap(cap)),
            ..self.clone()
        })
    }

    /// The parameters the plan shown answers: the run's, or with the picked point's
    /// move count as `maks_pindah`.
    pub fn params(&self) -> &Params {
        &self.scenario.params
    }

    /// The adjustments of the run.
    pub fn adjustments(&self) -> &Adjustments {
        &self.scenario.adjustments
    }

    /// The data of the run.
    pub fn data(&self) -> &Arc<Dataset> {
        &self.scenario.dataset
    }

    /// True when the data or the parameters changed since this plan was computed.
    pub fn is_stale(
        &self,
        loaded: Option<&Loaded>,
        params: &Params,
        adjustments: &Adjustments,
    ) -> bool {
        loaded.is_none_or(|l| !Arc::ptr_eq(&l.dataset, self.data()))
            || self.params() != params
            || self.adjustments() != adjustments
    }
}
