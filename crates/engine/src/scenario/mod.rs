//! The scenario: the data, the parameters, the user's adjustments and the reference
//! date, resolved once. It is the one value every consumer holds (the app's pages, the
//! worker, the CLI, the report): the effective slot table (the scenario's WKE, need
//! overrides applied), every verdict, the figures before, the targets of a person, the
//! check of a forced move, the plan and the figures after all come from it, so two
//! screens can never show two numbers for the same thing.
//!
//! - [`resolution`]: the inputs resolved against the data;
//! - [`figures`]: a plan's key figures, before and after;
//! - [`run`]: how a scenario is solved (with or without the moves / F curve);
//! - [`request`]: what a plan made of each volunteer's own request.

pub mod figures;
pub mod request;
pub mod resolution;
pub mod run;

use crate::analysis::Indicators;
use crate::dataset::Dataset;
use crate::date::Date;
use crate::eligibility::Eligibility;
use crate::params::Params;
use crate::pj::PjTable;
use crate::plan::{check_force_resolved, Adjustments, Plan, PlanError, Refusal, SlotKey};
use crate::projection::{project, Projection};
use crate::report::{ConflictEffect, ReportContext, ReportInput};
use crate::rule::requirement::Unmet;
use crate::rule::scope;
use crate::slot::SlotTable;
pub use figures::PlanFigures;
pub use request::{tally, Request, Verdict};
pub use resolution::Resolution;
pub use run::{Phase, Run};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A scenario and what its inputs resolve to.
#[derive(Clone, Debug)]
pub struct Scenario {
    pub dataset: Arc<Dataset>,
    pub params: Params,
    pub adjustments: Adjustments,
    /// D: the parameters' `tanggal_acuan`, else the caller's today.
    pub reference: Date,
    pub pj: PjTable,
    /// Shared with the scenarios of other move caps ([`Scenario::with_move_cap`]).
    resolution: Arc<Resolution>,
    before: Arc<Indicators>,
    /// What each conflict of interest removed, for the report.
    effects: Arc<Vec<ConflictEffect>>,
}

impl Scenario {
    /// Resolve a scenario; `today` is the reference date when the parameters set none.
    pub fn new(
        dataset: Arc<Dataset>,
        params: Params,
        adjustments: Adjustments,
        today: Date,
    ) -> Result<Scenario, PlanError> {
        let reference = reference_date(&params, today);
        let resolution = Resolution::new(&dataset, &params, reference, &adjustments)?;
        let pj = PjTable::default();
        let before = Indicators::current(&resolution.slots, &pj);
        let mut scenario = Scenario {
            dataset,
            params,
            adjustments,
            reference,
            pj,
            resolution: Arc::new(resolution),
            before: Arc::new(before),
            effects: Arc::default(),
        };
        scenario.effects = Arc::new(scenario.effects_of_conflicts());
        Ok(scenario)
    }

    /// The same scenario with another `maks_pindah` (a picked point of the moves / F
    /// curve). The cap bounds the plan only, never a slot or a verdict, so the resolved
    /// inputs are shared, not resolved or copied again.
    pub fn with_move_cap(&self, maks_pindah: Option<u32>) -> Scenario {
        Scenario {
            params: Params {
                maks_pindah,
                ..self.params.clone()
            },
            ..self.clone()
        }
    }

    /// The slot table every figure of the scenario stands on.
    pub fn slots(&self) -> &SlotTable {
        &self.resolution.slots
    }

    /// Every employee's verdict (dataset order).
    pub fn eligibility(&self) -> &[Eligibility] {
        &self.resolution.eligibility
    }

    /// The indicators of the current staffing.
    pub fn before(&self) -> &Indicators {
        &self.before
    }

    /// The indicators after `plan`.
    pub fn after(&self, plan: &Plan) -> Indicators {
        Indicators::of(
            &self.resolution.slots.slots,
            &staffing_after(plan),
            &self.pj,
        )
    }

    /// A plan's key figures before and after.
    pub fn figures(&self, plan: &Plan) -> PlanFigures {
        PlanFigures::in_slots(plan, &self.resolution.slots, &self.pj)
    }

    /// Slots employee `e` may be sent to under the rules, the user's forbidden targets,
    /// their conflicts of interest and the position requirements (ascending, never their own slot); empty when they
    /// are outside the model.
    pub fn targets(&self, e: usize) -> Vec<usize> {
        let forbidden = self.resolution.forbidden.get(&e);
        self.reachable(e)
            .into_iter()
            .filter(|t| forbidden.is_none_or(|f| !f.contains(t)))
            .filter(|&t| self.resolution.unmet(e, t).is_none())
            .collect()
    }

    /// The jabatan whose requirement bars `e` from reachable targets, each with the
    /// requirement and how many slots it removes (in code order).
    pub fn requirement_refusals(&self, e: usize) -> Vec<(String, Unmet, usize)> {
        let res = &self.resolution;
        let mut out: BTreeMap<&str, (Unmet, usize)> = BTreeMap::new();
        for t in self.reachable(e) {
            if let Some(unmet) = res.unmet(e, t) {
                out.entry(res.slots.slots[t].kode_jabatan.as_str())
                    .or_insert((unmet, 0))
                    .1 += 1;
            }
        }
        out.into_iter()
            .map(|(j, (unmet, n))| (j.to_string(), unmet, n))
            .collect()
    }

    /// Slots the compatibility and scope rules let `e` reach, before any forbidden
    /// target or conflict.
    fn reachable(&self, e: usize) -> Vec<usize> {
        let res = &self.resolution;
        let Some(s) = res.slot_of_employee(e) else {
            return Vec::new();
        };
        let from = &res.slots.slots[s];
        res.slots
            .slots
            .iter()
            .enumerate()
            .filter(|&(t, to)| {
                t != s
                    && res
                        .compatibility
                        .allows(&from.kode_jabatan, &to.kode_jabatan)
                    && scope::in_scope(&self.params, &from.opd, &to.opd)
            })
            .map(|(t, _)| t)
            .collect()
    }

    /// The units a conflict of interest bars `e` from (the `konflik` table's rows for
    /// them that remove a target), in code order.
    pub fn conflict_units(&self, e: usize) -> Vec<String> {
        let res = &self.resolution;
        let Some(barred) = res.conflicts.get(&e) else {
            return Vec::new();
        };
        let units: std::collections::BTreeSet<&str> = barred
            .iter()
            .map(|&t| res.slots.slots[t].kode_unit.as_str())
            .collect();
        units.into_iter().map(str::to_string).collect()
    }

    /// Per row of the `konflik` table (in its order): its unit and how many of the
    /// person's reachable targets it removed.
    pub fn conflict_effects(&self) -> &[ConflictEffect] {
        &self.effects
    }

    fn effects_of_conflicts(&self) -> Vec<ConflictEffect> {
        let res = &self.resolution;
        self.dataset
            .konflik
            .iter()
            .filter_map(|c| {
                let e = res.employee(&c.nip)?;
                let removed = self
                    .reachable(e)
                    .into_iter()
                    .filter(|&t| res.slots.slots[t].kode_unit == c.kode_unit)
                    .count();
                Some(ConflictEffect {
                    kode_unit: c.kode_unit.clone(),
                    removed,
                })
            })
            .collect()
    }

    /// Whether `nip` may be forced to `target` with the scenario's other adjustments.
    pub fn check_force(&self, nip: &str, target: &SlotKey) -> Result<(), Refusal> {
        check_force_resolved(
            &self.params,
            &self.resolution,
            &self.adjustments,
            nip,
            target,
        )
    }

    /// The scenario's temporary needs (the data's less those taken out, plus those added).
    pub fn temporary_needs(&self) -> &[crate::dataset::TemporaryNeed] {
        &self.resolution.temporary_needs
    }

    /// The temporary assignments after `plan` (none without temporary needs).
    pub fn temporary(&self, plan: &Plan) -> crate::plan::assignment::TemporaryPlan {
        crate::plan::assignment::plan_temporary(
            &self.dataset,
            &self.resolution,
            &self.params,
            &self.adjustments,
            self.reference,
            plan,
        )
    }

    /// The retirement projection over `years` years from D.
    pub fn projection(&self, years: u32) -> Projection {
        project(
            &self.dataset,
            &self.resolution.slots,
            self.params.bup_default,
            self.reference,
            years,
        )
    }

    /// What a report of this scenario is made of (`requests`: [`Scenario::requests`]
    /// of the plan, empty without one; `temporary`: [`Scenario::temporary`]).
    pub fn report_input<'a>(
        &'a self,
        plan: Option<&'a Plan>,
        projection: Option<&'a Projection>,
        context: Option<ReportContext<'a>>,
        requests: &'a [Request],
        temporary: Option<&'a crate::plan::assignment::TemporaryPlan>,
    ) -> ReportInput<'a> {
        ReportInput {
            dataset: &self.dataset,
            slots: &self.resolution.slots,
            pj: &self.pj,
            plan,
            eligibility: &self.resolution.eligibility,
            projection,
            reference: self.reference,
            context,
            conflicts: &self.effects,
            requests,
            temporary,
        }
    }
}

/// D: the parameters' `tanggal_acuan`, else `today`.
pub fn reference_date(params: &Params, today: Date) -> Date {
    params.tanggal_acuan.unwrap_or(today)
}

/// Bezetting after `plan`, per slot (what every "after" figure counts).
pub fn staffing_after(plan: &Plan) -> Vec<u32> {
    plan.bezetting
        .iter()
        .map(|&v| u32::try_from(v.max(0)).unwrap_or(0))
        .collect()
}
