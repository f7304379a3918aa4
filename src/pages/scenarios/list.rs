//! The saved scenarios with their key figures and actions, the undo toast after a
//! delete, and the entries that could not be read.

use super::{use_page, Msg, PageCtx};
use crate::format::{number, percent};
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::dto::{ReadError, ScenarioDto};
use crate::scenario::{apply, datasets, store, working};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::lang::Lang;
use std::collections::BTreeSet;
use std::time::Duration;

/// How long a deleted scenario can be restored.
const UNDO_FOR: Duration = Duration::from_secs(10);

/// The key figures of a row: moves, objective after, balanced share, date.
pub fn row_figures(dto: &ScenarioDto, lang: Lang) -> [String; 4] {
    let f = dto.figures.as_ref();
    [
        f.map(|f| number(f.moves as f64, 0, lang))
            .unwrap_or_default(),
        f.map(|f| number(f.objective, 2, lang)).unwrap_or_default(),
        f.and_then(|f| f.balanced_share_after)
            .map(|s| percent(s, lang))
            .unwrap_or_default(),
        dto.updated
            .get(..16)
            .unwrap_or(&dto.updated)
            .replace('T', " "),
    ]
}

/// Delete a scenario, offering undo for a while; its dataset is collected afterwards
/// when nothing refers to it any more.
fn delete(ctx: PageCtx, id: &str) {
    let removed = store::delete(id);
    ctx.refresh();
    if let Some(r) = removed {
        let id = r.0.id.clone();
        ctx.undo.set(Some(r));
        ctx.msg.set(Some(Msg::ok(Text::ScenarioDeleted)));
        set_timeout(
            move || {
                if ctx
                    .undo
                    .with_untracked(|u| u.as_ref().is_some_and(|(d, _)| d.id == id))
                {
                    ctx.undo.set(None);
                    collect_datasets();
                }
            },
            UNDO_FOR,
        );
    }
}

/// Drop stored datasets no scenario or working state refers to (none when an entry is
/// unreadable: it might refer to one).
pub fn collect_datasets() {
    let listing = store::list();
    if !listing.broken.is_empty() {
        return;
    }
    let mut keep: BTreeSet<String> = listing
        .scenarios
        .into_iter()
        .map(|s| s.fingerprint)
        .collect();
    match working::load() {
        Some(Ok(w)) => {
            keep.insert(w.fingerprint);
        }
        Some(Err(_)) => return,
        None => {}
    }
    spawn_local(async move { datasets::collect(&keep).await });
}

/// The toast offering to restore the last deleted scenario.
#[component]
pub fn UndoToast() -> impl IntoView {
    let ctx = use_page();
    let undo = move |_| {
        if let Some((dto, at)) = ctx.undo.get_untracked() {
            ctx.undo.set(None);
            ctx.msg.set(match store::save_at(&dto, at) {
                Ok(()) => None,
                Err(e) => Some(Msg::write_failed(e.into())),
            });
            ctx.refresh();
        }
    };
    move || {
        ctx.undo.get().map(|(dto, _)| {
            view! {
                <div class="toast" role="status" data-testid="undo-toast">
                    {tr(Text::ScenarioDeleted)} " " <strong>{dto.name}</strong> " "
                    <button type="button" data-testid="undo-button" on:click=undo>{tr(Text::Undo)}</button>
                </div>
            }
        })
    }
}

/// One saved scenario.
#[component]
fn Row(dto: ScenarioDto) -> impl IntoView {
    let state = use_app();
    let solver = crate::solver::use_solver();
    let ctx = use_page();
    let lang = use_lang();
    let editing = RwSignal::new(false);
    let new_name = RwSignal::new(dto.name.clone());
    let id = dto.id.clone();
    let open = {
        let dto = dto.clone();
        move |_| {
            let dto = dto.clone();
            spawn_local(async move {
                ctx.msg
                    .set(Some(match apply::open(state, solver, &dto).await {
                        Ok(()) => Msg::ok(Text::ScenarioOpened),
                        Err(e) => Msg::err(Text::ScenarioOpenFailed, e),
                    }));
            });
        }
    };
    let rename = {
        let dto = dto.clone();
        move |_| {
            let mut d = dto.clone();
            d.name = new_name.get_untracked().trim().to_string();
            d.updated = store::now_iso();
            if !d.name.is_empty() {
                ctx.msg
                    .set(store::save(&d).err().map(|e| Msg::write_failed(e.into())));
            }
            editing.set(false);
            ctx.refresh();
        }
    };
    let duplicate = {
        let dto = dto.clone();
        move |_| {
            let mut d = dto.clone();
            d.id = store::new_id();
            d.name = format!(
                "{} ({})",
                dto.name,
                Text::ScenarioCopySuffix.get(lang.get_untracked())
            );
            d.created = store::now_iso();
            d.updated = d.created.clone();
            ctx.msg
                .set(store::save(&d).err().map(|e| Msg::write_failed(e.into())));
            ctx.refresh();
        }
    };
    let export = {
        let dto = dto.clone();
        move |_| super::share::export(ctx, dto.clone())
    };
    let name = dto.name.clone();
    let row_name = dto.name.clone();
    let figures = Memo::new(move |_| row_figures(&dto, lang.get()));
    view! {
        <tr data-testid="scenario-row" data-name=row_name>
            <td>
                <Show when=move || editing.get() fallback=move || view! { <span data-testid="scenario-row-name">{name.clone()}</span> }>
                    <input type="text" data-testid="scenario-rename-input" prop:value=new_name
                        on:input=move |e| new_name.set(event_target_value(&e))/>
                    <button type="button" data-testid="scenario-rename-ok" on:click=rename.clone()>"OK"</button>
                </Show>
            </td>
            <td class="num" data-testid="scenario-moves">{move || figures.get()[0].clone()}</td>
            <td class="num" data-testid="scenario-objective">{move || figures.get()[1].clone()}</td>
            <td class="num" data-testid="scenario-balanced">{move || figures.get()[2].clone()}</td>
            <td data-testid="scenario-date">{move || figures.get()[3].clone()}</td>
            <td class="actions">
                <button type="button" data-testid="scenario-open" on:click=open>{tr(Text::ScenarioOpen)}</button>
                <button type="button" data-testid="scenario-rename" on:click=move |_| editing.set(true)>{tr(Text::ScenarioRename)}</button>
                <button type="button" data-testid="scenario-duplicate" on:click=duplicate>{tr(Text::ScenarioDuplicate)}</button>
                <button type="button" data-testid="scenario-export" on:click=export>{tr(Text::ScenarioExport)}</button>
                <button type="button" data-testid="scenario-delete" on:click=move |_| delete(ctx, &id)>{tr(Text::ScenarioDelete)}</button>
            </td>
        </tr>
    }
}

/// The saved scenarios.
#[component]
pub fn ScenarioList() -> impl IntoView {
    let ctx = use_page();
    view! {
        <h2>{tr(Text::ScenarioListTitle)}</h2>
        {move || {
            let scenarios = ctx.listing.with(|l| l.scenarios.clone());
            if scenarios.is_empty() {
                return view! { <p class="muted" data-testid="scenario-none">{tr(Text::ScenarioNone)}</p> }.into_any();
            }
            view! {
                <table class="scenario-list" data-testid="scenario-list">
                    <thead><tr>
                        <th>{tr(Text::Name)}</th>
                        <th class="num">{tr(Text::Moves)}</th>
                        <th class="num">{tr(Text::ScenarioObjectiveAfter)}</th>
                        <th class="num">{tr(Text::BalancedSlots)}</th>
                        <th>{tr(Text::ScenarioDate)}</th>
                        <th>{tr(Text::ScenarioActions)}</th>
                    </tr></thead>
                    <tbody>
                        {scenarios.into_iter().map(|dto| view! { <Row dto/> }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }}
    }
}

/// Why an entry could not be read, in words.
fn broken_reason(e: &ReadError, lang: Lang) -> String {
    match e {
        ReadError::Newer(_) => Text::ScenarioNewer.get(lang).to_string(),
        ReadError::Corrupt(d) => d.clone(),
    }
}

/// Entries that could not be read: listed with their key, set aside.
#[component]
pub fn BrokenList() -> impl IntoView {
    let ctx = use_page();
    let lang = use_lang();
    move || {
        let broken = ctx.listing.with(|l| l.broken.clone());
        (!broken.is_empty()).then(|| {
            view! {
                <h3>{tr(Text::ScenarioBrokenTitle)}</h3>
                <ul data-testid="scenario-broken">
                    {broken.into_iter().map(|b| {
                        let key = b.key.clone();
                        view! {
                            <li data-testid="scenario-broken-entry" data-key=b.key.clone()>
                                <code>{b.key.clone()}</code> " — " <strong>{tr(Text::ScenarioBroken)}</strong>
                                " (" {broken_reason(&b.error, lang.get())} ") "
                                <button type="button" on:click=move |_| { store::delete_key(&key); ctx.refresh(); }>{tr(Text::ScenarioDelete)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
