//! Figures before and after the plan side by side: shortage, surplus, balanced slots,
//! objective, moves by kind, movable people, and how close to the optimum it is proven.

use crate::format::{number, percent};
use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::analysis::Figures;
use seimbang_engine::lang::Lang;

fn row(label: Text, testid: &'static str, before: String, after: String) -> impl IntoView {
    view! {
        <tr data-testid=testid>
            <th scope="row">{tr(label)}</th>
            <td class="num" data-testid=format!("{testid}-before")>{before}</td>
            <td class="num" data-testid=format!("{testid}-after")>{after}</td>
        </tr>
    }
}

fn share(f: &Figures, lang: Lang) -> String {
    f.balanced_share()
        .map(|s| percent(s, lang))
        .unwrap_or_default()
}

/// The before/after table.
#[component]
pub fn BeforeAfter(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let figures = outcome.scenario.figures(&outcome.plan);
    move || {
        let lang = lang.get();
        let (before, after) = (&figures.before, &figures.after);
        let (mutasi, rotasi) = (figures.mutasi, figures.rotasi);
        let plan = &outcome.plan;
        let gap = if plan.exact {
            tr(Text::ProvenOptimal)().to_string()
        } else {
            format!("≤ {} {}", percent(plan.gap(), lang), tr(Text::GapNote)())
        };
        view! {
            <table class="compare" data-testid="before-after">
                <thead><tr><th></th><th class="num">{tr(Text::Before)}</th><th class="num">{tr(Text::After)}</th></tr></thead>
                <tbody>
                    {row(Text::Kekurangan, "fig-kekurangan", number(before.kekurangan, 1, lang), number(after.kekurangan, 1, lang))}
                    {row(Text::Kelebihan, "fig-kelebihan", number(before.kelebihan, 1, lang), number(after.kelebihan, 1, lang))}
                    {row(Text::BalancedSlots, "fig-seimbang", share(before, lang), share(after, lang))}
                    {row(Text::Objective, "fig-objective", number(plan.objective_before, 2, lang), number(plan.objective, 2, lang))}
                    {row(Text::Mutasi, "fig-mutasi", "0".into(), number(mutasi as f64, 0, lang))}
                    {row(Text::Rotasi, "fig-rotasi", "0".into(), number(rotasi as f64, 0, lang))}
                    {row(Text::Movable, "fig-movable", number(plan.movable as f64, 0, lang), String::new())}
                </tbody>
            </table>
            <p class="muted" data-testid="plan-quality">{gap} " · " {format!("{} ms", number(outcome.solve_ms, 0, lang))}</p>
            <p class="muted" data-testid="objective-explained">{tr(Text::ObjectiveExplained)}</p>
        }
    }
}
