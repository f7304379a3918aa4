//! Sharing: a scenario and its data out as one `.seimbang.json` file, and such a file
//! in: stored, opened, its plan recomputed and checked against the saved one.

use super::{use_page, Msg, PageCtx};
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::apply;
use crate::scenario::dto::{ReadError, ScenarioDto};
use crate::scenario::error::ScenarioError;
use crate::scenario::replan::Replan;
use crate::solver::use_solver;
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::lang::Lang;
use seimbang_workbench::compare::Verdict;
use seimbang_workbench::worker::error::WorkerError;

/// A file name from a scenario name: letters, digits and dashes.
pub fn file_name(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-');
    format!(
        "{}.seimbang.json",
        if stem.is_empty() { "skenario" } else { stem }
    )
}

/// Export a scenario with its stored data.
pub fn export(ctx: PageCtx, dto: ScenarioDto) {
    spawn_local(async move {
        let result = async {
            let bytes = apply::share_file(&dto).await?;
            crate::download::download_bytes(&file_name(&dto.name), "application/json", &bytes)?;
            Ok::<_, ScenarioError>(())
        }
        .await;
        if let Err(e) = result {
            ctx.msg.set(Some(Msg::err(Text::ShareExportFailed, e)));
        }
    });
}

/// What an import's failure tells the user: a newer file and a damaged one have their
/// own sentences (the parser's words mean nothing to a user).
fn import_failed(e: ScenarioError) -> Msg {
    match e {
        ScenarioError::Worker(WorkerError::Newer(_)) | ScenarioError::Read(ReadError::Newer(_)) => {
            Msg::text(Text::ImportNewer)
        }
        ScenarioError::Worker(WorkerError::Damaged(_))
        | ScenarioError::Read(ReadError::Corrupt(_))
        | ScenarioError::Settings(_) => Msg::text(Text::ShareFileDamaged),
        other => Msg::err(Text::ShareFileDamaged, other),
    }
}

/// What the import found, in words.
fn verdict_text(v: &Verdict, lang: Lang) -> String {
    match v {
        Verdict::Identical => Text::ImportIdentical.get(lang).to_string(),
        Verdict::Differs {
            same_data,
            only_saved,
            only_new,
            changed,
        } => {
            let mut parts = Vec::new();
            if !same_data {
                parts.push(Text::ImportDataDiffers.get(lang).to_string());
            }
            parts.push(format!(
                "{}: {only_saved}",
                lang.pick("hanya di yang tersimpan", "only in the saved plan")
            ));
            parts.push(format!(
                "{}: {only_new}",
                lang.pick(
                    "hanya di yang dihitung ulang",
                    "only in the recomputed plan"
                )
            ));
            parts.push(format!("{}: {changed}", Text::ChangedTarget.get(lang)));
            format!("{}: {}", Text::ImportDiffers.get(lang), parts.join("; "))
        }
    }
}

/// The import file input and what it found: the verdict shows once the worker has
/// computed the shared plan again.
#[component]
pub fn SharePanel() -> impl IntoView {
    let state = use_app();
    let solver = use_solver();
    let ctx = use_page();
    let lang = use_lang();
    // The name of the scenario imported last (its verdict comes with the replan).
    let imported = RwSignal::new(None::<String>);
    let on_change = move |e: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        imported.set(None);
        spawn_local(async move {
            let bytes = match gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file)).await
            {
                Ok(b) => b,
                Err(_) => {
                    ctx.msg.set(Some(Msg::text(Text::ShareFileUnreadable)));
                    return;
                }
            };
            match apply::import_shared(state, solver, bytes).await {
                Ok(dto) => {
                    ctx.msg.set(None);
                    imported.set(Some(dto.name));
                }
                Err(e) => ctx.msg.set(Some(import_failed(e))),
            }
            ctx.refresh();
        });
    };
    let verdict = move || {
        let name = imported.get()?;
        match state.replan.get() {
            Replan::Done {
                shared: Some(v), ..
            } => Some((name, v)),
            _ => None,
        }
    };
    view! {
        <h2>{tr(Text::ShareTitle)}</h2>
        <p class="muted">{tr(Text::ShareIntro)}</p>
        <label class="file-button"><span class="button-like">{tr(Text::ImportScenario)}</span>
            <input type="file" accept=".json,application/json" data-testid="scenario-import-input" on:change=on_change/>
        </label>
        {move || verdict().map(|(name, v)| {
            let class = if v == Verdict::Identical { "ok" } else { "error" };
            view! { <p class=class role="status" data-testid="import-verdict"><strong>{name}</strong> ": " {verdict_text(&v, lang.get())}</p> }
        })}
    }
}
