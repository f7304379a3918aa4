//! The Data page: users bring their files (or open the demo) and see what the import
//! made of them. A refused import never replaces the data already loaded.

use crate::components::file_drop::{FileDrop, Unreadable};
use crate::components::import_report::{ImportReport, ImportReportView};
use crate::components::summary::DataSummary;
use crate::download::{download_bytes, XLSX};
use crate::i18n::{tr, Text};
use crate::next_task::next_task;
use crate::solver::{use_solver, SolverClient};
use crate::state::{use_app, AppState, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use seimbang_engine::import::InputFile;
use seimbang_engine::lang::Lang;
use seimbang_workbench::worker::request::FileBytes;

/// Import files in the worker and apply the outcome to the app state.
async fn apply_import(state: AppState, solver: SolverClient, files: Vec<InputFile>, lang: Lang) {
    let names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    let files = files
        .into_iter()
        .map(|f| FileBytes {
            name: f.name,
            bytes: f.bytes,
        })
        .collect();
    let report = match solver.import(files).await {
        Ok(Ok(imported)) => {
            next_task().await;
            let loaded = Loaded::new(names.join(", "), imported.fingerprint, imported.dataset);
            // Drawing the new data gets a task of its own.
            next_task().await;
            state.loaded.set(Some(loaded));
            // A saved plan being recomputed belonged to the data just replaced.
            state.replan.set(Default::default());
            ImportReport {
                refused: false,
                files: names,
                diagnostics: imported.diagnostics,
                summary: Some(imported.summary),
            }
        }
        Ok(Err(diagnostics)) => ImportReport {
            refused: true,
            files: names,
            diagnostics,
            summary: None,
        },
        Err(e) => read_failure("", e.describe(lang)),
    };
    state.import_report.set(Some(report));
}

/// A file the browser could not read at all (or an import the worker could not do), as
/// a refused import; `reason` is in the user's language.
fn read_failure(file: &str, reason: String) -> ImportReport {
    let d = Diagnostic::table(
        Severity::Error,
        file,
        "",
        DiagnosticKind::UnreadableFile { reason },
    );
    ImportReport {
        refused: true,
        files: vec![],
        diagnostics: vec![d],
        summary: None,
    }
}

/// Load files or the demo, and see what was loaded.
#[component]
pub fn DataPage() -> impl IntoView {
    let state = use_app();
    let busy = RwSignal::new(false);
    let lang = crate::i18n::use_lang();
    let solver = use_solver();
    let on_files = Callback::new(move |files: Vec<InputFile>| {
        spawn_local(async move {
            apply_import(state, solver, files, lang.get_untracked()).await;
            busy.set(false);
        });
    });
    let on_read_error = Callback::new(move |file: Unreadable| {
        let reason = Text::BrowserCannotRead
            .get(lang.get_untracked())
            .to_string();
        state.import_report.set(Some(read_failure(&file.0, reason)))
    });
    let load_demo = move |_| {
        state.loaded.set(Some(Loaded::demo()));
        state.replan.set(Default::default());
        state.import_report.set(None);
    };
    view! {
        <section aria-labelledby="data-title">
            <h1 id="data-title">{tr(Text::DataTitle)}</h1>
            <p>{tr(Text::DataIntro)}</p>
            <div class="data-actions">
                <FileDrop on_files busy on_read_error/>
                <button type="button" class="primary" data-testid="load-demo" on:click=load_demo>
                    {tr(Text::TryDemo)}
                </button>
                <button type="button" data-testid="download-template" on:click=move |_| {
                    let lang = lang.get_untracked();
                    spawn_local(async move {
                        if let Ok(file) = solver.template(lang).await {
                            let _ = download_bytes(&file.name, XLSX, &file.bytes);
                        }
                    });
                }>{tr(Text::Template)}</button>
            </div>
            <Show when=move || busy.get()>
                <p class="progress" data-testid="import-busy" role="status">{tr(Text::Importing)}</p>
            </Show>
            {move || state.import_report.get().map(|report| view! { <ImportReportView report/> })}
            <DataSummary/>
        </section>
    }
}
