//! The report sections computed by the engine's report module: temporary assignments
//! (listed apart, by name), the shortages that remain after the plan (usulan formasi),
//! the fairness audit and the adjustments log; and the downloads of the same tables as
//! XLSX and CSV, with the scenario they belong to.

use crate::components::table_view::TableView;
use crate::download::{download_bytes, DownloadRefused, XLSX};
use crate::i18n::{tr, use_lang, Text};
use crate::solver::{use_solver, SolverClient};
use crate::state::{use_app, AppState, Outcome};
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::lang::Lang;
use seimbang_engine::report::assignments::{assignments_table, needs_table};
use seimbang_engine::report::names::Names;
use seimbang_engine::report::{
    adjustments_log, adjustments_table, audit, conflicts_table, fairness_table,
    remaining_shortages, requests_table, shortage_tables, temporary_table,
};
use seimbang_engine::scenario::staffing_after;
use seimbang_workbench::worker::error::WorkerError;
use seimbang_workbench::worker::request::ExportJob;

/// Why the report's files were not offered.
#[derive(Clone, Debug, PartialEq)]
enum ExportError {
    Worker(WorkerError),
    Download(DownloadRefused),
}

impl ExportError {
    fn describe(&self, lang: Lang) -> String {
        match self {
            ExportError::Worker(e) => e.describe(lang),
            ExportError::Download(e) => e.describe(lang),
        }
    }
}

/// Build the export files in the worker and offer them.
async fn export(
    solver: SolverClient,
    outcome: &Outcome,
    state: AppState,
    lang: Lang,
    xlsx: bool,
) -> Result<(), ExportError> {
    let (source, fingerprint) = state.loaded.with_untracked(|l| {
        l.as_ref()
            .map(|l| (l.source.clone(), l.fingerprint.clone()))
            .unwrap_or_default()
    });
    let job = ExportJob {
        plan: (*outcome.plan).clone(),
        params: outcome.params().clone(),
        adjustments: outcome.adjustments().clone(),
        reference: outcome.scenario.reference,
        scenario: state.scenario_name.get_untracked(),
        source: if source.is_empty() {
            Text::DemoSource.get(lang).to_string()
        } else {
            source
        },
        fingerprint,
        lang,
        xlsx,
    };
    let files = solver
        .export(outcome.data(), job)
        .await
        .map_err(ExportError::Worker)?;
    let mime = if xlsx { XLSX } else { "text/csv" };
    files
        .iter()
        .try_for_each(|f| download_bytes(&f.name, mime, &f.bytes))
        .map_err(ExportError::Download)
}

/// Download buttons for the report's tables.
#[component]
pub fn Downloads(outcome: Outcome) -> impl IntoView {
    let state = use_app();
    let solver = use_solver();
    let lang = use_lang();
    let error = RwSignal::new(None::<ExportError>);
    let busy = RwSignal::new(false);
    let outcome = StoredValue::new(outcome);
    let start = move |xlsx: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let lang = lang.get_untracked();
        spawn_local(async move {
            let outcome = outcome.get_value();
            error.set(export(solver, &outcome, state, lang, xlsx).await.err());
            busy.set(false);
        });
    };
    view! {
        <div class="downloads">
            <button type="button" data-testid="export-xlsx" disabled=busy on:click=move |_| start(true)>
                {tr(Text::ExportXlsx)}
            </button>
            <button type="button" data-testid="export-csv" disabled=busy on:click=move |_| start(false)>
                {tr(Text::ExportCsv)}
            </button>
            <Show when=move || busy.get()>
                <span class="progress" role="status" data-testid="export-busy">{tr(Text::Exporting)}</span>
            </Show>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e.describe(lang.get())}</p> })}
        </div>
    }
}

/// The volunteers' requests, temporary assignments, remaining shortages, the fairness
/// audit, the conflicts and the adjustments.
#[component]
pub fn ReportExtras(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let scenario = &outcome.scenario;
        let d = scenario.reference;
        let temporary = temporary_table(outcome.data(), &outcome.plan, lang);
        let temporary = if temporary.rows.is_empty() {
            view! { <p class="muted">{tr(Text::NoTemporary)}</p> }.into_any()
        } else {
            view! { <TableView table=temporary max_rows=usize::MAX/> }.into_any()
        };
        let shortages = remaining_shortages(scenario.slots(), &staffing_after(&outcome.plan));
        let [per_jabatan, _] = shortage_tables(outcome.data(), &shortages, lang);
        let log = adjustments_log(outcome.adjustments(), &Names::of(outcome.data()), lang);
        let adjustments = adjustments_table(&log, lang);
        let audited = audit(outcome.data(), scenario.eligibility(), &outcome.plan, d);
        let fairness = fairness_table(&audited, lang);
        let requests = scenario.requests(&outcome.plan);
        let requests = (!requests.is_empty()).then(|| {
            let table = requests_table(outcome.data(), scenario.slots(), &requests, lang);
            view! {
                <section class="report-section" data-testid="report-requests">
                    <h2>{tr(Text::RequestsTitle)}</h2>
                    <TableView table=table max_rows=usize::MAX/>
                </section>
            }
        });
        let lent = scenario.temporary(&outcome.plan);
        let assignments = (!lent.needs.is_empty()).then(|| {
            let needs = needs_table(outcome.data(), &lent, lang);
            let helpers = assignments_table(outcome.data(), scenario.slots(), &lent, lang);
            view! {
                <section class="report-section" data-testid="report-assignments">
                    <h2>{tr(Text::ReportAssignments)}</h2>
                    <TableView table=needs max_rows=usize::MAX/>
                    <TableView table=helpers max_rows=usize::MAX/>
                </section>
            }
        });
        let effects = scenario.conflict_effects();
        let conflicts = (!effects.is_empty()).then(|| {
            let table = conflicts_table(outcome.data(), effects, lang);
            view! {
                <section class="report-section" data-testid="report-conflicts">
                    <h2>{tr(Text::ReportConflicts)}</h2>
                    <TableView table=table max_rows=usize::MAX/>
                </section>
            }
        });
        view! {
            {requests}
            {assignments}
            <section class="report-section" data-testid="report-temporary">
                <h2>{tr(Text::ReportTemporary)}</h2>
                {temporary}
            </section>
            <section class="report-section" data-testid="report-shortages">
                <h2>{tr(Text::ReportShortages)} " (" {tr(Text::UsulanFormasi)} ": " {shortages.usulan_formasi} ")"</h2>
                <TableView table=per_jabatan/>
            </section>
            <section class="report-section" data-testid="report-fairness">
                <h2>{tr(Text::ReportFairness)}</h2>
                <TableView table=fairness/>
            </section>
            {conflicts}
            <section class="report-section" data-testid="report-adjustments">
                <h2>{tr(Text::ReportAdjustments)}</h2>
                <TableView table=adjustments max_rows=usize::MAX/>
            </section>
        }
    }
}
