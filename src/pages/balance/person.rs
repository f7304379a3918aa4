//! "What about this person?": search an employee by NIP or name and see whether the
//! plan moves them and why, or why not (the rule that keeps them, or that no move pays
//! for itself).

use crate::i18n::{tr, use_lang, Text};
use crate::state::{use_app, Outcome};
use leptos::prelude::*;
use seimbang_engine::eligibility::{employee_eligibility, Eligibility};
use seimbang_engine::lang::Lang;
use seimbang_engine::Date;

/// At most this many people are listed for a search.
const MAX_HITS: usize = 10;

/// What the plan says about one employee, in words.
fn verdict(outcome: &Outcome, index: usize, in_model: bool, d: Date, lang: Lang) -> (bool, String) {
    if let Some(m) = outcome.plan.moves.iter().find(|m| m.employee == index) {
        return (
            true,
            format!("{}: {}", Text::PersonMoves.get(lang), m.explain(lang)),
        );
    }
    let Some(e) = outcome.data.employees.get(index) else {
        return (false, String::new());
    };
    let why = match employee_eligibility(e, in_model, &outcome.params, d) {
        Eligibility::Immovable(reasons) => reasons
            .iter()
            .map(|r| r.describe(lang))
            .collect::<Vec<_>>()
            .join("; "),
        Eligibility::Movable(_) => Text::PersonMovableNotChosen.get(lang).to_string(),
    };
    (false, format!("{}: {why}", Text::PersonStays.get(lang)))
}

/// Search box and answers.
#[component]
pub fn PersonQuery(outcome: Outcome) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let outcome = StoredValue::new(outcome);
    let answers = move || {
        let q = query.get().trim().to_lowercase();
        if q.len() < 3 {
            return ().into_any();
        }
        let lang = lang.get();
        let d = outcome
            .with_value(|o| o.params.tanggal_acuan)
            .unwrap_or(state.today);
        let in_model = |i: usize| {
            state.loaded.with(|l| {
                l.as_ref()
                    .is_some_and(|l| l.slots.employee_slot.get(i).copied().flatten().is_some())
            })
        };
        let hits: Vec<(String, String, bool, String)> = outcome.with_value(|o| {
            o.data
                .employees
                .iter()
                .enumerate()
                .filter(|(_, e)| e.nip.starts_with(&q) || e.nama.to_lowercase().contains(&q))
                .take(MAX_HITS)
                .map(|(i, e)| {
                    let (moves, text) = verdict(o, i, in_model(i), d, lang);
                    (e.nip.clone(), e.nama.clone(), moves, text)
                })
                .collect()
        });
        if hits.is_empty() {
            return view! { <p class="muted" data-testid="person-none">{tr(Text::PersonNotFound)}</p> }.into_any();
        }
        hits.into_iter()
            .map(|(nip, nama, moves, text)| {
                let shown_nip = nip.clone();
                view! {
                    <div class="person" class:moves=moves data-testid="person-answer" data-nip=nip.clone()>
                        <strong>{nama}</strong> " " <span class="mono muted">{shown_nip}</span>
                        <p data-testid="person-verdict">{text}</p>
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="person-query" aria-labelledby="person-title">
            <h2 id="person-title">{tr(Text::PersonTitle)}</h2>
            <input type="search" data-testid="person-search" placeholder=move || tr(Text::PersonSearch)()
                aria-label=move || tr(Text::PersonSearch)() on:input=move |ev| query.set(event_target_value(&ev))/>
            <div aria-live="polite">{answers}</div>
        </section>
    }
}
