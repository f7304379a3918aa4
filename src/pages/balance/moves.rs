//! The moves table: every proposed move, filterable by text (NIP, name, unit,
//! jabatan, OPD code) and kind, a page at a time so thousands of rows stay smooth; each
//! row opens its explanation in words.

use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::{Move, MoveKind};
use seimbang_workbench::move_rows::{filter, page, rows, sort, MoveRow, MoveSort};
use std::sync::Arc;

fn kind_text(k: MoveKind, lang: Lang) -> &'static str {
    match k {
        MoveKind::Mutasi => lang.pick("mutasi", "transfer"),
        MoveKind::Rotasi => lang.pick("rotasi", "rotation"),
    }
}

/// The explanation of one move in the user's language.
fn explanation(m: &Move, lang: Lang) -> String {
    format!("{} {}", m.explain(lang), m.rules.describe(lang))
}

/// True when page `current` (from 0) is the last of `pages`.
fn is_last_page(current: usize, pages: usize) -> bool {
    current + 1 >= pages
}

/// "Halaman 2 dari 13" / "Page 2 of 13" for page `current` (from 0) of `pages`.
fn page_label(current: usize, pages: usize, lang: Lang) -> String {
    format!(
        "{} {} {} {}",
        Text::PageWord.get(lang),
        number((current + 1) as f64, 0, lang),
        Text::PageOf.get(lang),
        number(pages as f64, 0, lang)
    )
}

/// The moves of a plan.
#[component]
pub fn MovesTable(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let plan = outcome.plan.clone();
    let all: Arc<Vec<MoveRow>> = Arc::new(rows(outcome.data(), &plan));
    let query = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<MoveKind>);
    let order = RwSignal::new(MoveSort::Nip);
    let page_no = RwSignal::new(0usize);
    let open = RwSignal::new(None::<usize>);
    let total = all.len();
    let shown = {
        let all = all.clone();
        Memo::new(move |_| {
            let mut shown: Vec<MoveRow> = filter(&all, &query.get(), kind.get())
                .into_iter()
                .cloned()
                .collect();
            sort(&mut shown, order.get());
            shown
        })
    };
    let pages = move || shown.with(|s| page(s, 0).1);
    // The page on screen (a filter can leave fewer pages than `page_no` counted).
    let current = move || page_no.get().min(pages() - 1);
    let at_first_page = move || current() == 0;
    let at_last_page = move || is_last_page(current(), pages());
    let page_text = move || page_label(current(), pages(), lang.get());
    let body = move || {
        let lang = lang.get();
        shown.with(|s| {
            let (rows, _) = page(s, page_no.get());
            rows.iter()
                .map(|r| {
                    let i = r.index;
                    let is_open = move || open.get() == Some(i);
                    let plan = plan.clone();
                    view! {
                        <tr data-testid="move-row" data-nip=r.nip.clone()>
                            <td><span class="person-name">{r.nama.clone()}</span>
                                <span class="mono nowrap small" data-testid="move-nip">{r.nip.clone()}</span></td>
                            <td>{r.from.clone()}</td>
                            <td>{r.to.clone()}</td>
                            <td>{kind_text(r.kind, lang)}</td>
                            <td class="num">{number(r.gain, 2, lang)}</td>
                            <td class="actions"><div class="row-actions">
                                <RowActions index=i plan=plan.clone()/>
                                <button type="button" class="small" data-testid="move-why" aria-expanded=move || is_open().to_string()
                                    on:click=move |_| open.update(|o| *o = if *o == Some(i) { None } else { Some(i) })>
                                    {tr(Text::Why)}
                                </button>
                            </div></td>
                        </tr>
                        <Show when=is_open>
                            <tr class="explain-row">
                                <td colspan="6" data-testid="move-explanation">
                                    {plan.moves.get(i).map(|m| explanation(m, lang))}
                                </td>
                            </tr>
                        </Show>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="moves" aria-labelledby="moves-title">
            <h2 id="moves-title">{tr(Text::MovesTitle)} " (" <span data-testid="moves-count">{total}</span> ")"</h2>
            <div class="table-controls">
                <input type="search" data-testid="moves-filter" placeholder=move || tr(Text::FilterText)()
                    aria-label=move || tr(Text::FilterText)()
                    on:input=move |ev| { query.set(event_target_value(&ev)); page_no.set(0); }/>
                <select data-testid="moves-kind" aria-label=move || tr(Text::Kind)() on:change=move |ev| {
                    kind.set(match event_target_value(&ev).as_str() {
                        "mutasi" => Some(MoveKind::Mutasi),
                        "rotasi" => Some(MoveKind::Rotasi),
                        _ => None,
                    });
                    page_no.set(0);
                }>
                    <option value="">{tr(Text::AllKinds)}</option>
                    <option value="mutasi">{move || kind_text(MoveKind::Mutasi, lang.get())}</option>
                    <option value="rotasi">{move || kind_text(MoveKind::Rotasi, lang.get())}</option>
                </select>
                <select data-testid="moves-sort" aria-label=move || tr(Text::SortLabel)() on:change=move |ev| {
                    order.set(match event_target_value(&ev).as_str() {
                        "gain" => MoveSort::Gain,
                        "from" => MoveSort::From,
                        "to" => MoveSort::To,
                        _ => MoveSort::Nip,
                    });
                    page_no.set(0);
                }>
                    <option value="nip">{tr(Text::Nip)}</option>
                    <option value="gain">{tr(Text::SortGain)}</option>
                    <option value="from">{tr(Text::From)}</option>
                    <option value="to">{tr(Text::To)}</option>
                </select>
            </div>
            <div class="table-wrap tall">
                <table class="plan-moves" data-testid="moves-table">
                    <thead><tr>
                        <th>{tr(Text::Name)} " · " {tr(Text::Nip)}</th><th>{tr(Text::From)}</th><th>{tr(Text::To)}</th>
                        <th>{tr(Text::Kind)}</th><th class="num">{tr(Text::Gain)}</th><th>{tr(Text::Actions)}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <div class="pager">
                <button type="button" data-testid="moves-prev" disabled=at_first_page
                    on:click=move |_| page_no.set(current().saturating_sub(1))>{tr(Text::PagePrev)}</button>
                <span data-testid="moves-page" aria-live="polite">{page_text}</span>
                <button type="button" data-testid="moves-next" disabled=at_last_page
                    on:click=move |_| page_no.set((current() + 1).min(pages() - 1))>{tr(Text::PageNext)}</button>
            </div>
        </section>
    }
}

/// Lock the person, forbid this move, or mark it temporary.
#[component]
fn RowActions(index: usize, plan: Arc<seimbang_engine::plan::Plan>) -> impl IntoView {
    let state = crate::state::use_app();
    let draft = expect_context::<super::adjust_panel::Draft>();
    let Some(m) = plan.moves.get(index).cloned() else {
        return ().into_any();
    };
    let (nip1, nip2, nip3) = (m.nip.clone(), m.nip.clone(), m.nip.clone());
    let target = seimbang_engine::plan::SlotKey::new(&m.to.kode_unit, &m.to.kode_jabatan);
    let reason = move || draft.take_reason();
    view! {
        <button type="button" class="small" data-testid="move-lock"
            on:click=move |_| state.adjustments.update(|a| seimbang_workbench::adjusting::lock(a, &nip1, &reason()))>{tr(Text::Lock)}</button>
        <button type="button" class="small" data-testid="move-forbid"
            on:click=move |_| state.adjustments.update(|a| seimbang_workbench::adjusting::forbid(a, &nip2, target.clone(), &reason()))>{tr(Text::Forbid)}</button>
        <button type="button" class="small" data-testid="move-temporary"
            on:click=move |_| {
                if let Some(until) = draft.take_until() {
                    state.adjustments.update(|a| seimbang_workbench::adjusting::mark_temporary(a, &nip3, until, &reason()));
                }
            }>{tr(Text::Temporary)}</button>
    }
    .into_any()
}
