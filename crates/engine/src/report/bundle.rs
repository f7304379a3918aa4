//! Every report table of a scenario together: what the "Unduh laporan" button hands
//! over, as one workbook (a sheet per table) or one CSV file per table, always the same
//! tables in the same order (the requests, the temporary assignments and the conflicts
//! only when there are some):
//! `ringkasan`, `usulan_mutasi`, `permintaan_pindah`, `pindah_sementara`,
//! `penugasan_sementara`, `kebutuhan_sementara`, `arus_antar_opd`, `analisis`,
//! `kekurangan_jabatan`, `kekurangan_opd_jabatan`, `proyeksi_pensiun`,
//! `proyeksi_pensiun_tahunan`, `audit_keadilan`, `parameter`, `aturan`, `penyesuaian` —
//! the cover, the parameters, the rules and the adjustments only with the scenario's
//! context, the moves, the flows and the audit only with a plan, the projection only
//! when one is given.

use super::adjustments_log::{adjustments_log, adjustments_table};
use super::analysis_table::analysis_table;
use super::assignments::{assignments_table, needs_table};
use super::conflicts::{conflicts_table, ConflictEffect};
use super::cover::{cover_table, ReportContext};
use super::csv_file::{table_csv, CsvFile};
use super::error::ExportError;
use super::fairness::audit;
use super::fairness_table::fairness_table;
use super::flows::{flows, flows_table};
use super::moves::moves_table;
use super::names::Names;
use super::parameters::{parameters_table, rules_table};
use super::requests::requests_table;
use super::retirement::projection_tables;
use super::shortage::{remaining_shortages, shortage_tables};
use super::table::Table;
use super::temporary::temporary_table;
use super::xlsx::tables_xlsx;
use crate::dataset::Dataset;
use crate::date::Date;
use crate::eligibility::Eligibility;
use crate::lang::Lang;
use crate::pj::PjTable;
use crate::plan::assignment::TemporaryPlan;
use crate::plan::Plan;
use crate::projection::Projection;
use crate::scenario::{staffing_after, PlanFigures, Request};
use crate::slot::SlotTable;

/// What a report is made of.
#[derive(Clone, Copy, Debug)]
pub struct ReportInput<'a> {
    pub dataset: &'a Dataset,
    pub slots: &'a SlotTable,
    pub pj: &'a PjTable,
    /// The plan, when there is one: adds the moves, the "after" columns and the audit;
    /// without it the shortages are today's.
    pub plan: Option<&'a Plan>,
    /// `eligibility::eligibility(ds, slots, params, reference)`, for the audit.
    pub eligibility: &'a [Eligibility],
    /// `projection::project(...)`, when the report should carry it.
    pub projection: Option<&'a Projection>,
    /// The scenario's reference date D (ages of the audit).
    pub reference: Date,
    /// The scenario around the plan (name, data, parameters, adjustments), when the
    /// report should say what the decision was made on and under.
    pub context: Option<ReportContext<'a>>,
    /// What each conflict of interest removed (`Scenario::conflict_effects`); the sheet
    /// is written only when there are some.
    pub conflicts: &'a [ConflictEffect],
    /// What the plan made of each volunteer's request (`Scenario::requests`).
    pub requests: &'a [Request],
    /// The temporary assignments after the plan (`Scenario::temporary`).
    pub temporary: Option<&'a TemporaryPlan>,
}

/// The report's tables, in the order of the module docs.
pub fn report_tables(input: &ReportInput<'_>, lang: Lang) -> Vec<Table> {
    let ds = input.dataset;
    let mut tables = Vec::new();
    if let Some(c) = &input.context {
        let figures = input
            .plan
            .map(|p| (p, PlanFigures::in_slots(p, input.slots, input.pj)));
        tables.push(cover_table(
            c,
            figures.as_ref().map(|(p, f)| (*p, f)),
            input.reference,
            lang,
        ));
    }
    if let Some(plan) = input.plan {
        tables.push(moves_table(ds, input.slots, plan, lang));
        if !input.requests.is_empty() {
            tables.push(requests_table(ds, input.slots, input.requests, lang));
        }
        tables.push(temporary_table(ds, plan, lang));
        if let Some(t) = input.temporary.filter(|t| !t.needs.is_empty()) {
            tables.push(assignments_table(ds, input.slots, t, lang));
            tables.push(needs_table(ds, t, lang));
        }
        tables.push(flows_table(&flows(ds, plan, lang), lang));
    }
    tables.push(analysis_table(ds, input.slots, input.pj, input.plan, lang));
    let after: Vec<u32> = match input.plan {
        Some(plan) => staffing_after(plan),
        None => input.slots.slots.iter().map(|s| s.bezetting).collect(),
    };
    let shortages = remaining_shortages(input.slots, &after);
    tables.extend(shortage_tables(ds, &shortages, lang));
    if let Some(p) = input.projection {
        tables.extend(projection_tables(ds, p, lang));
    }
    if let Some(plan) = input.plan {
        let a = audit(ds, input.eligibility, plan, input.reference);
        tables.push(fairness_table(&a, lang));
    }
    if !input.conflicts.is_empty() {
        tables.push(conflicts_table(ds, input.conflicts, lang));
    }
    if let Some(c) = &input.context {
        tables.push(parameters_table(c.params, input.reference, lang));
        tables.push(rules_table(c.params, input.pj, lang));
        let log = adjustments_log(c.adjustments, &Names::of(ds), lang);
        tables.push(adjustments_table(&log, lang));
    }
    tables
}

/// The report as one XLSX workbook.
pub fn report_xlsx(input: &ReportInput<'_>, lang: Lang) -> Result<Vec<u8>, ExportError> {
    tables_xlsx(&report_tables(input, lang))
}

/// The report as CSV files, one per table (`<table>.csv`).
pub fn report_csv(input: &ReportInput<'_>, lang: Lang) -> Result<Vec<CsvFile>, ExportError> {
    report_tables(input, lang).iter().map(table_csv).collect()
}
