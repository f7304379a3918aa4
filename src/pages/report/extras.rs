//! The report sections computed by the engine's report module: temporary assignments
//! (listed apart), the shortages that remain after the plan (usulan formasi) and the
//! fairness audit; and the downloads of the same tables as XLSX and CSV.

use crate::components::table_view::TableView;
use crate::download::{download_bytes, XLSX};
use crate::i18n::{tr, use_lang, Text};
use crate::solver::{use_solver, SolverClient};
use crate::state::{use_app, Loaded, Outcome};
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::eligibility::eligibility;
use seimbang_engine::lang::Lang;
use seimbang_engine::report::{audit, fairness_table, remaining_shortages, shortage_tables};

/// Staff after the plan, per slot.
fn after(outcome: &Outcome) -> Vec<u32> {
    outcome
        .plan
        .bezetting
        .iter()
        .map(|&v| u32::try_from(v.max(0)).unwrap_or(0))
        .collect()
}

/// Build the export files in the worker and offer them.
async fn export(
    solver: SolverClient,
    outcome: &Outcome,
    today: seimbang_engine::Date,
    lang: Lang,
    xlsx: bool,
) -> Result<(), String> {
    let d = outcome.params.tanggal_acuan.unwrap_or(today);
    let files = solver
        .export(&outcome.data, &outcome.plan, &outcome.params, d, lang, xlsx)
        .await?;
    let mime = if xlsx { XLSX } else { "text/csv" };
    files
        .iter()
        .try_for_each(|f| download_bytes(&f.name, mime, &f.bytes))
}

/// Download buttons for the report's tables.
#[component]
pub fn Downloads(outcome: Outcome) -> impl IntoView {
    let state = use_app();
    let solver = use_solver();
    let lang = use_lang();
    let error = RwSignal::new(None::<String>);
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
            error.set(
                export(solver, &outcome, state.today, lang, xlsx)
                    .await
                    .err(),
            );
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
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}

/// Temporary assignments, remaining shortages and the fairness audit.
#[component]
pub fn ReportExtras(loaded: Loaded, outcome: Outcome) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let d = outcome.params.tanggal_acuan.unwrap_or(state.today);
        let temporary = outcome
            .plan
            .moves
            .iter()
            .filter_map(|m| m.temporary.as_ref().map(|t| (m, t)))
            .map(|(m, t)| view! { <li>{format!("{} → {} / {} ({} {}) {}", m.nip, m.to.kode_unit, m.to.kode_jabatan, tr(Text::Until)(), t.until, t.reason)}</li> })
            .collect_view();
        let shortages = remaining_shortages(&loaded.slots, &after(&outcome));
        let [per_jabatan, _] = shortage_tables(&outcome.data, &shortages, lang);
        let elig = eligibility(&outcome.data, &loaded.slots, &outcome.params, d);
        let fairness = fairness_table(&audit(&outcome.data, &elig, &outcome.plan, d), lang);
        view! {
            <section class="report-section" data-testid="report-temporary">
                <h2>{tr(Text::ReportTemporary)}</h2>
                <ul>{temporary}</ul>
            </section>
            <section class="report-section" data-testid="report-shortages">
                <h2>{tr(Text::ReportShortages)} " (" {tr(Text::UsulanFormasi)} ": " {shortages.usulan_formasi} ")"</h2>
                <TableView table=per_jabatan/>
            </section>
            <section class="report-section" data-testid="report-fairness">
                <h2>{tr(Text::ReportFairness)}</h2>
                <TableView table=fairness/>
            </section>
        }
    }
}
