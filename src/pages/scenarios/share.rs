//! Sharing: a scenario and its data out as one `.seimbang.json` file, and such a file
//! in: stored, opened, its plan recomputed and checked against the saved one.

use super::{use_page, Msg, PageCtx};
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::apply;
use crate::scenario::compare::Verdict;
use crate::scenario::dto::{parse_share, share_json, ReadError, ScenarioDto};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::lang::Lang;

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

/// Offer `text` as a JSON download named `name`.
fn download(name: &str, text: &str) -> Result<(), String> {
    crate::download::download_bytes(name, "application/json", text.as_bytes())
}

/// Export a scenario with its stored data.
pub fn export(ctx: PageCtx, dto: ScenarioDto) {
    spawn_local(async move {
        let result = async {
            let ds = apply::dataset_for(&dto).await?;
            let json = share_json(&dto, &ds)?;
            download(&file_name(&dto.name), &json)
        }
        .await;
        if result.is_err() {
            ctx.msg.set(Some(Msg::err(Text::ShareExportFailed, "")));
        }
    });
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

/// The import file input and what it found.
#[component]
pub fn SharePanel() -> impl IntoView {
    let state = use_app();
    let ctx = use_page();
    let lang = use_lang();
    let verdict = RwSignal::new(None::<(String, Verdict)>);
    let on_change = move |e: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        verdict.set(None);
        spawn_local(async move {
            let text = match gloo_file::futures::read_as_text(&gloo_file::Blob::from(file)).await {
                Ok(t) => t,
                Err(_) => {
                    ctx.msg.set(Some(Msg::err(Text::ShareFileUnreadable, "")));
                    return;
                }
            };
            let (dto, ds) = match parse_share(&text) {
                Ok(x) => x,
                Err(ReadError::Newer(_)) => {
                    ctx.msg.set(Some(Msg::err(Text::ImportNewer, "")));
                    return;
                }
                // The parser's own words (serde's "missing field ... at line 1") mean
                // nothing to a user: the message says what the file is not.
                Err(ReadError::Corrupt(_)) => {
                    ctx.msg.set(Some(Msg::err(Text::ShareFileDamaged, "")));
                    return;
                }
            };
            match apply::import_shared(state, dto, ds).await {
                Ok(imported) => {
                    ctx.msg.set(None);
                    verdict.set(Some((imported.scenario.name, imported.verdict)));
                }
                Err(_) => ctx.msg.set(Some(Msg::err(Text::ShareFileDamaged, ""))),
            }
            ctx.refresh();
        });
    };
    view! {
        <h2>{tr(Text::ShareTitle)}</h2>
        <p class="muted">{tr(Text::ShareIntro)}</p>
        <label class="file-button"><span class="button-like">{tr(Text::ImportScenario)}</span>
            <input type="file" accept=".json,application/json" data-testid="scenario-import-input" on:change=on_change/>
        </label>
        {move || verdict.get().map(|(name, v)| {
            let class = if v == Verdict::Identical { "ok" } else { "error" };
            view! { <p class=class role="status" data-testid="import-verdict"><strong>{name}</strong> ": " {verdict_text(&v, lang.get())}</p> }
        })}
    }
}
