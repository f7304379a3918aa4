//! Two saved scenarios side by side: figures with deltas, moves out/in per OPD with
//! deltas, and the move-level difference. Computed from the stored moves, no re-solve.

use super::use_page;
use crate::format::{number, percent};
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::dto::{FiguresDto, MoveDto, ScenarioDto};
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_workbench::compare::{diff, per_opd};

/// One figure row: label, test id, A, B and how to write them.
struct FigureRow {
    label: Text,
    id: &'static str,
    a: Option<f64>,
    b: Option<f64>,
    share: bool,
    decimals: usize,
}

fn figure_rows(a: Option<&FiguresDto>, b: Option<&FiguresDto>) -> Vec<FigureRow> {
    let row = |label, id, get: fn(&FiguresDto) -> Option<f64>, share, decimals| FigureRow {
        label,
        id,
        a: a.and_then(get),
        b: b.and_then(get),
        share,
        decimals,
    };
    vec![
        row(Text::Moves, "cmp-moves", |f| Some(f.moves as f64), false, 0),
        row(
            Text::Mutasi,
            "cmp-mutasi",
            |f| Some(f.mutasi as f64),
            false,
            0,
        ),
        row(
            Text::Rotasi,
            "cmp-rotasi",
            |f| Some(f.rotasi as f64),
            false,
            0,
        ),
        row(
            Text::ReportAssignments,
            "cmp-temporary",
            |f| f.temporary.map(|n| n as f64),
            false,
            0,
        ),
        row(
            Text::Objective,
            "cmp-objective",
            |f| Some(f.objective),
            false,
            2,
        ),
        row(
            Text::Kekurangan,
            "cmp-kekurangan",
            |f| Some(f.kekurangan_after),
            false,
            1,
        ),
        row(
            Text::Kelebihan,
            "cmp-kelebihan",
            |f| Some(f.kelebihan_after),
            false,
            1,
        ),
        row(
            Text::BalancedSlots,
            "cmp-seimbang",
            |f| f.balanced_share_after,
            true,
            0,
        ),
    ]
}

fn write(x: Option<f64>, share: bool, decimals: usize, lang: Lang) -> String {
    match x {
        Some(v) if share => percent(v, lang),
        Some(v) => number(v, decimals, lang),
        None => "–".into(),
    }
}

fn delta(a: Option<f64>, b: Option<f64>, share: bool, decimals: usize, lang: Lang) -> String {
    match (a, b) {
        (Some(a), Some(b)) => {
            let d = b - a;
            let sign = if d > 0.0 { "+" } else { "" };
            format!("{sign}{}", write(Some(d), share, decimals, lang))
        }
        _ => "–".into(),
    }
}

fn signed(d: i64) -> String {
    if d > 0 {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

fn slot(unit: &str, jabatan: &str) -> String {
    format!("{unit}/{jabatan}")
}

/// A move list of the diff.
fn move_list(id: &'static str, title: Text, moves: Vec<MoveDto>) -> impl IntoView {
    let count = moves.len();
    view! {
        <details data-testid=id>
            <summary>{tr(title)} ": " <span data-testid=format!("{id}-count")>{count}</span></summary>
            <ul>{moves.into_iter().map(|m| view! {
                <li>{m.nip.clone()} ": " {slot(&m.from_unit, &m.from_jabatan)} " → " {slot(&m.to_unit, &m.to_jabatan)}</li>
            }).collect_view()}</ul>
        </details>
    }
}

/// The comparison of two scenarios.
#[component]
fn Comparison(a: ScenarioDto, b: ScenarioDto) -> impl IntoView {
    let lang = use_lang();
    let d = diff(&a.moves, &b.moves);
    let opd = per_opd(&a.moves, &b.moves);
    let changed_count = d.changed.len();
    let same = d.same;
    let fig = move || {
        let lang = lang.get();
        figure_rows(a.figures.as_ref(), b.figures.as_ref())
            .into_iter()
            .map(|r| view! {
                <tr data-testid=r.id>
                    <th scope="row">{r.label.get(lang)}</th>
                    <td class="num">{write(r.a, r.share, r.decimals, lang)}</td>
                    <td class="num">{write(r.b, r.share, r.decimals, lang)}</td>
                    <td class="num" data-testid=format!("{}-delta", r.id)>{delta(r.a, r.b, r.share, r.decimals, lang)}</td>
                </tr>
            })
            .collect_view()
    };
    view! {
        <table class="compare" data-testid="compare-figures">
            <thead><tr><th></th><th class="num">"A"</th><th class="num">"B"</th><th class="num">{tr(Text::Delta)}</th></tr></thead>
            <tbody>{fig}</tbody>
        </table>
        <table class="compare" data-testid="compare-opd">
            <thead><tr>
                <th>{tr(Text::Opd)}</th>
                <th class="num">{tr(Text::MovesOut)} " A"</th><th class="num">{tr(Text::MovesOut)} " B"</th><th class="num">"Δ"</th>
                <th class="num">{tr(Text::MovesIn)} " A"</th><th class="num">{tr(Text::MovesIn)} " B"</th><th class="num">"Δ"</th>
            </tr></thead>
            <tbody>{opd.into_iter().map(|r| view! {
                <tr data-testid="compare-opd-row">
                    <th scope="row">{r.opd.clone()}</th>
                    <td class="num">{r.out_a}</td><td class="num">{r.out_b}</td><td class="num">{signed(r.out_b as i64 - r.out_a as i64)}</td>
                    <td class="num">{r.in_a}</td><td class="num">{r.in_b}</td><td class="num">{signed(r.in_b as i64 - r.in_a as i64)}</td>
                </tr>
            }).collect_view()}</tbody>
        </table>
        <div class="move-diff" data-testid="move-diff">
            <p>{tr(Text::SameMoves)} ": " <span data-testid="diff-same-count">{same}</span></p>
            {move_list("diff-only-a", Text::OnlyInA, d.only_a)}
            {move_list("diff-only-b", Text::OnlyInB, d.only_b)}
            <details data-testid="diff-changed">
                <summary>{tr(Text::ChangedTarget)} ": " <span data-testid="diff-changed-count">{changed_count}</span></summary>
                <ul>{d.changed.into_iter().map(|(x, y)| view! {
                    <li>{x.nip.clone()} ": A → " {slot(&x.to_unit, &x.to_jabatan)} ", B → " {slot(&y.to_unit, &y.to_jabatan)}</li>
                }).collect_view()}</ul>
            </details>
        </div>
    }
}

/// Pick A and B, see them compared.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let ctx = use_page();
    let a = RwSignal::new(String::new());
    let b = RwSignal::new(String::new());
    let find = move |id: String| {
        ctx.listing
            .with(|l| l.scenarios.iter().find(|s| s.id == id).cloned())
    };
    let options = move || {
        ctx.listing.with(|l| {
            l.scenarios
                .iter()
                .map(|s| view! { <option value=s.id.clone()>{s.name.clone()}</option> })
                .collect_view()
        })
    };
    move || {
        (ctx.listing.with(|l| l.scenarios.len()) >= 2).then(|| {
            view! {
                <h2>{tr(Text::CompareTitle)}</h2>
                <div class="compare-pick">
                    <label>{tr(Text::CompareA)}
                        <select data-testid="compare-a" on:change=move |e| a.set(event_target_value(&e)) prop:value=a>
                            <option value="">"–"</option>{options}
                        </select>
                    </label>
                    <label>{tr(Text::CompareB)}
                        <select data-testid="compare-b" on:change=move |e| b.set(event_target_value(&e)) prop:value=b>
                            <option value="">"–"</option>{options}
                        </select>
                    </label>
                </div>
                {move || match (find(a.get()), find(b.get())) {
                    (Some(a), Some(b)) => Some(view! { <Comparison a b/> }),
                    _ => None,
                }}
            }
        })
    }
}
