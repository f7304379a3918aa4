//! Saving the current state as a named scenario, and the storage space used.

use super::{use_page, Msg};
use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::{apply, idb, store};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Name, note and the save button.
#[component]
pub fn SaveForm() -> impl IntoView {
    let state = use_app();
    let ctx = use_page();
    let solver = crate::solver::use_solver();
    let name = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let save = move |_| {
        let n = name.get_untracked();
        let Some(dto) = apply::scenario_from_state(state, &n, &note.get_untracked()) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let result = apply::save_current(state, solver, &dto).await;
            busy.set(false);
            ctx.msg.set(Some(match result {
                Ok(()) if dto.figures.is_none() => Msg::ok(Text::ScenarioNoPlan),
                Ok(()) => Msg::ok(Text::ScenarioSaved),
                Err(e) => Msg::write_failed(e),
            }));
            if ctx
                .msg
                .with_untracked(|m| m.as_ref().is_some_and(|m| !m.error))
            {
                state.scenario_name.set(dto.name.clone());
                name.set(String::new());
                note.set(String::new());
            }
            ctx.refresh();
        });
    };
    let disabled = move || {
        busy.get() || state.loaded.with(|l| l.is_none()) || name.with(|n| n.trim().is_empty())
    };
    view! {
        <form class="scenario-save" on:submit=|e| e.prevent_default()>
            <h2>{tr(Text::ScenarioSaveTitle)}</h2>
            <label>{tr(Text::ScenarioName)}
                <input type="text" data-testid="scenario-name" prop:value=name
                    on:input=move |e| name.set(event_target_value(&e))/>
            </label>
            <label>{tr(Text::ScenarioNote)}
                <textarea data-testid="scenario-note" prop:value=note
                    on:input=move |e| note.set(event_target_value(&e))></textarea>
            </label>
            <button type="button" class="primary" data-testid="scenario-save" on:click=save
                disabled=disabled>{tr(Text::ScenarioSave)}</button>
        </form>
    }
}

/// Bytes in a readable unit.
pub fn bytes_text(b: f64, lang: seimbang_engine::lang::Lang) -> String {
    if b >= 1e6 {
        format!("{} MB", number(b / 1e6, 1, lang))
    } else {
        format!("{} kB", number(b / 1e3, 1, lang))
    }
}

/// The space used: the browser's estimate when it gives one, else what local storage
/// holds of ours.
#[component]
pub fn StorageUsed() -> impl IntoView {
    let ctx = use_page();
    let lang = use_lang();
    let estimate = RwSignal::new(None::<(f64, f64)>);
    // Sync with the outside world: ask the browser after every write.
    Effect::new(move |_| {
        ctx.written.track();
        spawn_local(async move { estimate.set(idb::estimate().await) });
    });
    move || {
        ctx.written.track();
        let lang = lang.get();
        let text = match estimate.get() {
            Some((used, quota)) if quota > 0.0 => {
                format!("{} / {}", bytes_text(used, lang), bytes_text(quota, lang))
            }
            Some((used, _)) => bytes_text(used, lang),
            None => bytes_text(store::local_bytes() as f64, lang),
        };
        view! { <p class="muted" data-testid="storage-used">{tr(Text::StorageUsed)} ": " {text}</p> }
    }
}
