//! "What about this person?": search an employee by NIP or name and see whether the
//! plan moves them and why, or why not (the rule that keeps them, or that no move pays
//! for itself).

use crate::i18n::{tr, use_lang, Text};
use crate::state::{use_app, Outcome};
use leptos::prelude::*;
use seimbang_engine::eligibility::Eligibility;
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::assignment::TemporaryPlan;
use seimbang_engine::plan::Refusal;
use seimbang_engine::scenario::Scenario;
use std::sync::Arc;

/// At most this many people are listed for a search.
const MAX_HITS: usize = 10;

/// One person found, with every line the answer shows ("" for a line that has nothing).
struct Hit {
    nip: String,
    nama: String,
    moves: bool,
    text: String,
    request: String,
    helps: String,
    conflicts: String,
    requirements: String,
    index: usize,
}

/// What the plan says about one employee, in words: the move and why, or the rules
/// that keep them (the scenario's verdict, with the user's locks and unlocks).
fn verdict(outcome: &Outcome, index: usize, lang: Lang) -> (bool, String) {
    if let Some(m) = outcome.plan.moves.iter().find(|m| m.employee == index) {
        return (
            true,
            format!("{}: {}", Text::PersonMoves.get(lang), m.explain(lang)),
        );
    }
    let why = match outcome.scenario.eligibility().get(index) {
        None => return (false, String::new()),
        Some(Eligibility::Immovable(reasons)) => reasons
            .iter()
            .map(|r| r.describe(lang))
            .collect::<Vec<_>>()
            .join("; "),
        Some(Eligibility::Movable(_)) => Text::PersonMovableNotChosen.get(lang).to_string(),
    };
    (false, format!("{}: {why}", Text::PersonStays.get(lang)))
}

/// The units a conflict of interest bars this person from, by name ("" when none).
fn conflict_line(scenario: &Scenario, index: usize, lang: Lang) -> String {
    let units = scenario.conflict_units(index);
    if units.is_empty() {
        return String::new();
    }
    let names = seimbang_engine::report::names::Names::of(&scenario.dataset);
    let list: Vec<&str> = units.iter().map(|u| names.unit(u)).collect();
    format!("{}: {}", Text::PersonConflicts.get(lang), list.join(", "))
}

/// The jabatan whose requirements this person fails, each with the requirement and how
/// many targets it removes ("" when none).
fn requirement_line(scenario: &Scenario, index: usize, lang: Lang) -> String {
    let refused = scenario.requirement_refusals(index);
    if refused.is_empty() {
        return String::new();
    }
    let names = seimbang_engine::report::names::Names::of(&scenario.dataset);
    let list: Vec<String> = refused
        .iter()
        .map(|(j, unmet, n)| {
            let name = match names.jabatan(j) {
                "" => j.as_str(),
                name => name,
            };
            let slots = lang.pick("slot", "slots");
            format!("{name} ({}; {n} {slots})", unmet.describe(lang))
        })
        .collect();
    format!(
        "{}: {}",
        Text::PersonRequirements.get(lang),
        list.join(", ")
    )
}

/// The unit this volunteer asked for and whether the plan grants it, or why not ("" when
/// they asked for none).
fn request_line(outcome: &Outcome, index: usize, lang: Lang) -> String {
    let Some(request) = outcome.scenario.request(&outcome.plan, index) else {
        return String::new();
    };
    let names = seimbang_engine::report::names::Names::of(&outcome.scenario.dataset);
    let unit = names.unit_or_code(&request.unit);
    format!(
        "{} {unit}: {}",
        Text::PersonRequest.get(lang),
        request.verdict.describe(lang, &names)
    )
}

/// The temporary need this person helps, with the period ("" when they help none).
fn help_line(outcome: &Outcome, temporary: &TemporaryPlan, index: usize, lang: Lang) -> String {
    let Some(a) = temporary.assignments.iter().find(|a| a.employee == index) else {
        return String::new();
    };
    let Some(fill) = temporary.needs.get(a.need) else {
        return String::new();
    };
    let names = seimbang_engine::report::names::Names::of(&outcome.scenario.dataset);
    let unit = names.unit_or_code(&fill.need.kode_unit);
    format!(
        "{} {unit}: {}",
        Text::PersonHelps.get(lang),
        a.explain(&fill.need, lang)
    )
}

/// Search box and answers.
#[component]
pub fn PersonQuery(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let temporary = StoredValue::new(outcome.scenario.temporary(&outcome.plan));
    let outcome = StoredValue::new(outcome);
    let answers = move || {
        let q = query.get().trim().to_lowercase();
        if q.len() < 3 {
            return ().into_any();
        }
        let lang = lang.get();
        let hits: Vec<Hit> = outcome.with_value(|o| {
            o.data()
                .employees
                .iter()
                .enumerate()
                .filter(|(_, e)| e.nip.starts_with(&q) || e.nama.to_lowercase().contains(&q))
                .take(MAX_HITS)
                .map(|(i, e)| {
                    let (moves, text) = verdict(o, i, lang);
                    let conflicts = conflict_line(&o.scenario, i, lang);
                    Hit {
                        nip: e.nip.clone(),
                        nama: e.nama.clone(),
                        moves,
                        text,
                        request: request_line(o, i, lang),
                        helps: temporary.with_value(|t| help_line(o, t, i, lang)),
                        conflicts,
                        requirements: requirement_line(&o.scenario, i, lang),
                        index: i,
                    }
                })
                .collect()
        });
        if hits.is_empty() {
            return view! { <p class="muted" data-testid="person-none">{tr(Text::PersonNotFound)}</p> }.into_any();
        }
        hits.into_iter()
            .map(|Hit { nip, nama, moves, text, request, helps, conflicts, requirements, index }| {
                let shown_nip = nip.clone();
                view! {
                    <div class="person" class:moves=moves data-testid="person-answer" data-nip=nip.clone()>
                        <strong>{nama}</strong> " " <span class="mono muted">{shown_nip}</span>
                        <p data-testid="person-verdict">{text}</p>
                        {(!request.is_empty()).then(|| view! { <p class="muted" data-testid="person-request">{request}</p> })}
                        {(!helps.is_empty()).then(|| view! { <p data-testid="person-helps">{helps}</p> })}
                        {(!conflicts.is_empty()).then(|| view! { <p class="muted" data-testid="person-conflicts">{conflicts}</p> })}
                        {(!requirements.is_empty()).then(|| view! { <p class="muted" data-testid="person-requirements">{requirements}</p> })}
                        <PersonActions index scenario=outcome.with_value(|o| o.scenario.clone())/>
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

/// Slots employee `index` could be sent to under the scenario's rules, with a label.
fn target_slots(scenario: &Scenario, index: usize) -> Vec<(String, String, String)> {
    let names: std::collections::HashMap<&str, &str> = scenario
        .dataset
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let slots = &scenario.slots().slots;
    scenario
        .targets(index)
        .into_iter()
        .map(|t| {
            let s = &slots[t];
            let label = format!(
                "{} — {}",
                s.nama_jabatan,
                names
                    .get(s.kode_unit.as_str())
                    .copied()
                    .unwrap_or(&s.kode_unit)
            );
            (s.kode_unit.clone(), s.kode_jabatan.clone(), label)
        })
        .collect()
}

/// Lock or unlock this person; force a move of theirs after checking the hard rules.
#[component]
fn PersonActions(index: usize, scenario: Arc<Scenario>) -> impl IntoView {
    use seimbang_engine::plan::SlotKey;
    let state = use_app();
    let lang = use_lang();
    let draft = expect_context::<super::adjust_panel::Draft>();
    let Some(e) = scenario.dataset.employees.get(index).cloned() else {
        return ().into_any();
    };
    let targets = target_slots(&scenario, index);
    let choice = RwSignal::new(
        targets
            .first()
            .map(|t| format!("{}|{}", t.0, t.1))
            .unwrap_or_default(),
    );
    // The refusal is kept as the engine's value and put into words when drawn, so a
    // language switch re-words it; the data it names is the scenario's it was checked in.
    let verdict = RwSignal::new(None::<Result<(), (Refusal, Arc<Scenario>)>>);
    let (nip_lock, nip_unlock, nip_force) = (e.nip.clone(), e.nip.clone(), e.nip.clone());
    let in_data_lock = e.kunci;
    let force = move |_| {
        let Some((unit, jab)) = choice
            .get_untracked()
            .split_once('|')
            .map(|(u, j)| (u.to_string(), j.to_string()))
        else {
            return;
        };
        let target = SlotKey::new(&unit, &jab);
        // Checked against the scenario as it is now (the adjustments made since the run).
        let Some(now) = state.current_untracked() else {
            return;
        };
        match now.check_force(&nip_force, &target) {
            Ok(()) => {
                state.adjustments.update(|a| {
                    seimbang_workbench::adjusting::force(
                        a,
                        &nip_force,
                        target,
                        &draft.take_reason(),
                    )
                });
                verdict.set(Some(Ok(())));
            }
            Err(r) => verdict.set(Some(Err((r, now)))),
        }
    };
    let options = targets
        .into_iter()
        .map(|(u, j, label)| view! { <option value=format!("{u}|{j}")>{label}</option> })
        .collect_view();
    // The scenario's temporary needs this person could be sent to help.
    let needs: Vec<(String, seimbang_engine::Date, String)> = {
        let names = seimbang_engine::report::names::Names::of(&scenario.dataset);
        scenario
            .temporary_needs()
            .iter()
            .map(|k| {
                let unit = names.unit_or_code(&k.kode_unit);
                (
                    k.kode_unit.clone(),
                    k.mulai,
                    format!("{unit} ({})", lang.get_untracked().date(k.mulai)),
                )
            })
            .collect()
    };
    let help_choice = RwSignal::new(
        needs
            .first()
            .map(|n| format!("{}|{}", n.0, n.1))
            .unwrap_or_default(),
    );
    let (nip_keep, nip_help) = (e.nip.clone(), e.nip.clone());
    let help = move |_| {
        let choice = help_choice.get_untracked();
        let Some((unit, date)) = choice.split_once('|') else {
            return;
        };
        let Some(mulai) = seimbang_engine::Date::parse(date) else {
            return;
        };
        let reason = draft.take_reason();
        state.adjustments.update(|a| {
            seimbang_workbench::adjusting::force_help(a, &nip_help, unit, mulai, &reason)
        });
    };
    let help_controls = (!needs.is_empty()).then(|| {
        let options = needs
            .into_iter()
            .map(|(u, d, label)| view! { <option value=format!("{u}|{d}")>{label}</option> })
            .collect_view();
        view! {
            <button type="button" class="small" data-testid="person-keep-home"
                on:click=move |_| state.adjustments.update(|a| seimbang_workbench::adjusting::keep_home(a, &nip_keep, &draft.take_reason()))>{tr(Text::KeepHome)}</button>
            <label>{tr(Text::HelpAt)} " "
                <select data-testid="help-target" on:change=move |ev| help_choice.set(event_target_value(&ev))>{options}</select>
            </label>
            <button type="button" class="small" data-testid="help-apply" on:click=help>{tr(Text::HelpApply)}</button>
        }
    });
    view! {
        <div class="person-actions">
            <button type="button" class="small" data-testid="person-lock"
                on:click=move |_| state.adjustments.update(|a| seimbang_workbench::adjusting::lock(a, &nip_lock, &draft.take_reason()))>{tr(Text::Lock)}</button>
            <button type="button" class="small" data-testid="person-unlock"
                on:click=move |_| state.adjustments.update(|a| seimbang_workbench::adjusting::unlock(a, &nip_unlock, in_data_lock, &draft.take_reason()))>{tr(Text::Unlock)}</button>
            <label>{tr(Text::ForceTo)} " "
                <select data-testid="force-target" on:change=move |ev| choice.set(event_target_value(&ev))>{options}</select>
            </label>
            <button type="button" class="small" data-testid="force-apply" on:click=force>{tr(Text::ForceCheck)}</button>
            {help_controls}
            {move || verdict.get().map(|v| match v {
                Ok(()) => view! { <p class="ok" data-testid="force-accepted">{tr(Text::ForceAccepted)}</p> }.into_any(),
                Err((why, checked)) => {
                    let names = seimbang_engine::report::names::Names::of(&checked.dataset);
                    let why = why.describe(lang.get(), &names);
                    view! { <p class="error" role="alert" data-testid="force-refusal">{tr(Text::ForceRefused)} ": " {why}</p> }.into_any()
                }
            })}
        </div>
    }
    .into_any()
}
