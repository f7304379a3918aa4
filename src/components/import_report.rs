//! The validation report of the last import: counts, then every problem with its table,
//! row and column, what is wrong and what to do, filterable by severity. Texts come from
//! the engine's diagnostics in the user's language.

use crate::components::import_summary::ImportSummaryView;
use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::diagnostic::{Diagnostic, Severity};
use seimbang_engine::import_summary::ImportSummary;

/// What the last import attempt said.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    /// True when the import was refused (the previous data stays).
    pub refused: bool,
    /// The files of the attempt.
    pub files: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// The figures of an accepted import.
    pub summary: Option<ImportSummary>,
}

/// Which diagnostics are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    All,
    Errors,
    Warnings,
}

fn shown(d: &Diagnostic, f: Filter) -> bool {
    match f {
        Filter::All => true,
        Filter::Errors => d.severity == Severity::Error,
        Filter::Warnings => d.severity == Severity::Warning,
    }
}

/// At most this many rows are drawn; the count says how many more there are.
const MAX_ROWS: usize = 500;

/// The report of one import attempt.
#[component]
pub fn ImportReportView(report: ImportReport) -> impl IntoView {
    let lang = use_lang();
    let filter = RwSignal::new(Filter::All);
    let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = report.diagnostics.len() - errors;
    let diagnostics = StoredValue::new(report.diagnostics);
    let rows = move || {
        let lang = lang.get();
        let f = filter.get();
        diagnostics.with_value(|all| {
            all.iter()
                .filter(|d| shown(d, f))
                .take(MAX_ROWS)
                .map(|d| {
                    let error = d.is_error();
                    view! {
                        <tr class:error=error data-testid="diag-row">
                            <td>{if error { lang.pick("Galat", "Error") } else { lang.pick("Peringatan", "Warning") }}</td>
                            <td data-testid="diag-location">{d.location(lang)}</td>
                            <td class="mono">{d.value.clone().unwrap_or_default()}</td>
                            <td data-testid="diag-message">{d.message(lang)}</td>
                            <td class="muted">{d.hint(lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let status = if report.refused {
        Text::ImportRefused
    } else {
        Text::ImportAccepted
    };
    view! {
        <section class="import-report" class:refused=report.refused data-testid="import-report" aria-live="polite">
            <h2 data-testid="import-status">{tr(status)}</h2>
            <p class="muted">{report.files.join(", ")}</p>
            {report.summary.map(|summary| view! { <ImportSummaryView summary/> })}
            <p>
                <span data-testid="count-errors">{errors}</span>" " {tr(Text::ErrorsLabel)} " · "
                <span data-testid="count-warnings">{warnings}</span>" " {tr(Text::WarningsLabel)}
            </p>
            <div class="filters" role="group">
                <button type="button" class:current=move || filter.get() == Filter::All on:click=move |_| filter.set(Filter::All)>{tr(Text::FilterAll)}</button>
                <button type="button" data-testid="filter-errors" class:current=move || filter.get() == Filter::Errors on:click=move |_| filter.set(Filter::Errors)>{tr(Text::ErrorsLabel)}</button>
                <button type="button" class:current=move || filter.get() == Filter::Warnings on:click=move |_| filter.set(Filter::Warnings)>{tr(Text::WarningsLabel)}</button>
            </div>
            <div class="table-wrap">
                <table class="diag-table">
                    <thead><tr>
                        <th>{tr(Text::Level)}</th><th>{tr(Text::Location)}</th><th>{tr(Text::Value)}</th>
                        <th>{tr(Text::Problem)}</th><th>{tr(Text::WhatToDo)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
