//! The drill-down table: OPD rows open into their units, units into their jabatan.
//! Only open branches are drawn, so thousands of slots stay fast; search and sort are
//! plain functions of `analysis_rows`.

use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::pj::Pj;
use seimbang_engine::scenario::Scenario;
use seimbang_workbench::analysis_rows::{filter, sort, tree, Row, SortBy};
use std::collections::BTreeSet;
use std::sync::Arc;

/// A drawn line of the table.
struct Line<'a> {
    depth: usize,
    key: String,
    row: &'a Row,
    open: bool,
}

/// Flatten the open branches; a search opens everything that matched.
fn lines<'a>(
    rows: &'a [Row],
    open: &BTreeSet<String>,
    all_open: bool,
    depth: usize,
    parent: &str,
    out: &mut Vec<Line<'a>>,
) {
    for r in rows {
        let key = format!("{parent}/{}", r.code);
        let is_open = all_open || open.contains(&key);
        out.push(Line {
            depth,
            key: key.clone(),
            row: r,
            open: is_open,
        });
        if is_open {
            lines(&r.children, open, all_open, depth + 1, &key, out);
        }
    }
}

fn sort_from(value: &str) -> SortBy {
    match value {
        "kekurangan" => SortBy::Kekurangan,
        "kelebihan" => SortBy::Kelebihan,
        "ej-asc" => SortBy::EjAsc,
        "ej-desc" => SortBy::EjDesc,
        _ => SortBy::Name,
    }
}

fn cells(r: &Row, lang: Lang) -> [String; 7] {
    let f = &r.figures;
    [
        number(f.kebutuhan, 2, lang),
        number(f64::from(f.bezetting), 0, lang),
        number(f.selisih, 2, lang),
        number(f.kekurangan, 2, lang),
        f.ej.map(|e| number(e, 2, lang))
            .unwrap_or_else(|| "–".into()),
        f.pj.map(|p| p.letter().to_string())
            .unwrap_or_else(|| "–".into()),
        number(f64::from(f.jatuh_tempo), 0, lang),
    ]
}

/// The table with its search and sort controls.
#[component]
pub fn DrillTable(scenario: Arc<Scenario>) -> impl IntoView {
    let lang = use_lang();
    let base = StoredValue::new(tree(&scenario.dataset, scenario.slots(), scenario.before()));
    let query = RwSignal::new(String::new());
    let sort_by = RwSignal::new(SortBy::Name);
    let open = RwSignal::new(BTreeSet::<String>::new());
    let shown = Memo::new(move |_| {
        let mut rows = base.with_value(|b| filter(b, &query.get()));
        sort(&mut rows, sort_by.get());
        rows
    });
    let toggle = move |key: String| {
        open.update(|o| {
            if !o.remove(&key) {
                o.insert(key);
            }
        })
    };
    let body = move || {
        let lang = lang.get();
        let searching = !query.get().trim().is_empty();
        shown.with(|rows| {
            let open = open.get();
            let mut out = Vec::new();
            lines(rows, &open, searching, 0, "", &mut out);
            out.into_iter()
                .map(|l| {
                    let has_children = !l.row.children.is_empty();
                    let key = l.key.clone();
                    let [need, staff, diff, short, ej, pj, due] = cells(l.row, lang);
                    view! {
                        <tr class=format!("depth-{}", l.depth) data-testid="analysis-row" data-key=l.key.clone()>
                            <td class="name-cell">
                                {has_children.then(|| view! {
                                    <button type="button" class="expander" aria-expanded=l.open.to_string()
                                        aria-label=move || tr(Text::Expand)() on:click=move |_| toggle(key.clone())>
                                        {if l.open { "▾" } else { "▸" }}
                                    </button>
                                })}
                                <span>{l.row.name.clone()}</span>
                                <span class="muted code">{l.row.code.clone()}</span>
                            </td>
                            <td class="num">{need}</td>
                            <td class="num">{staff}</td>
                            <td class="num">{diff}</td>
                            <td class="num">{short}</td>
                            <td class="num">{ej}</td>
                            <td class=format!("pj pj-{pj}") title=l.row.figures.pj.map(|p| p.meaning(lang))>{pj.clone()}</td>
                            <td class="num" data-testid="analysis-due">{due}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-controls">
            <input type="search" data-testid="analysis-search" placeholder=move || tr(Text::Search)()
                aria-label=move || tr(Text::Search)()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <label>
                {tr(Text::SortLabel)} " "
                <select data-testid="analysis-sort" on:change=move |ev| sort_by.set(sort_from(&event_target_value(&ev)))>
                    <option value="name">{tr(Text::SortName)}</option>
                    <option value="kekurangan">{tr(Text::SortShortage)}</option>
                    <option value="kelebihan">{tr(Text::SortSurplus)}</option>
                    <option value="ej-asc">{tr(Text::SortEjLow)}</option>
                    <option value="ej-desc">{tr(Text::SortEjHigh)}</option>
                </select>
            </label>
        </div>
        <div class="table-wrap tall">
            <table class="analysis-table" data-testid="analysis-table">
                <thead><tr>
                    <th>{tr(Text::Name)}</th>
                    <th class="num">{tr(Text::Kebutuhan)}</th>
                    <th class="num">{tr(Text::Bezetting)}</th>
                    <th class="num">{tr(Text::Selisih)}</th>
                    <th class="num">{tr(Text::Kekurangan)}</th>
                    <th class="num">"EJ"</th>
                    <th>"PJ"</th>
                    <th class="num" title=move || tr(Text::DueForRotationHint)()>{tr(Text::DueForRotation)}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="muted pj-legend" data-testid="pj-legend">
            {tr(Text::PjLegend)} " "
            {move || {
                let lang = lang.get();
                Pj::ALL
                    .iter()
                    .map(|p| format!("{} = {}", p.letter(), p.meaning(lang)))
                    .collect::<Vec<_>>()
                    .join("; ")
            }}
        </p>
    }
}
