//! The headline figures of a staffing: need, staff, shortage, surplus, balanced slots,
//! EJ with its PJ category. Numbers come from the engine's indicators.

use crate::format::{number, percent};
use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::analysis::Figures;

/// Headline figures.
#[component]
pub fn TotalFigures(figures: Figures) -> impl IntoView {
    let lang = use_lang();
    let f = StoredValue::new(figures);
    let show = move |g: fn(&Figures, seimbang_engine::lang::Lang) -> String| {
        move || f.with_value(|f| g(f, lang.get()))
    };
    view! {
        <dl class="figures" data-testid="total-figures">
            <div><dt>{tr(Text::Kebutuhan)}</dt><dd data-testid="fig-kebutuhan">{show(|f, l| number(f.kebutuhan, 1, l))}</dd></div>
            <div><dt>{tr(Text::Bezetting)}</dt><dd data-testid="fig-bezetting">{show(|f, l| number(f64::from(f.bezetting), 0, l))}</dd></div>
            <div><dt>{tr(Text::Kekurangan)}</dt><dd data-testid="fig-kekurangan">{show(|f, l| number(f.kekurangan, 1, l))}</dd></div>
            <div><dt>{tr(Text::Kelebihan)}</dt><dd data-testid="fig-kelebihan">{show(|f, l| number(f.kelebihan, 1, l))}</dd></div>
            <div><dt>{tr(Text::BalancedSlots)}</dt><dd data-testid="fig-seimbang">{show(|f, l| f.balanced_share().map(|s| percent(s, l)).unwrap_or_default())}</dd></div>
            <div><dt>{tr(Text::EjPj)}</dt><dd data-testid="fig-ej">{show(|f, l| f.ej.map(|e| format!("{} ({})", number(e, 2, l), f.pj.map(|p| p.letter()).unwrap_or("-"))).unwrap_or_default())}</dd></div>
        </dl>
    }
}
