//! The scenario's temporary needs, edited: a form adding one (which unit needs help,
//! who may help, how many, from when to when, how important, what for), checked against
//! the data before it becomes an adjustment; the needs added and the data's own needs,
//! each of which can be changed (taken back into the form) or, for the data's, taken
//! out of the scenario. Added needs are also listed and removed with the other
//! adjustments.

use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;
use seimbang_engine::plan::AdjustmentKind;
use seimbang_workbench::adjusting::{
    parse_temporary_need, remove, remove_data_need, TemporaryNeedInput,
    TemporaryNeedInputError as E,
};

/// The error in the user's words.
fn error_text(e: E) -> Text {
    match e {
        E::UnknownUnit => Text::TemporaryUnknownUnit,
        E::UnknownJabatan => Text::TemporaryUnknownJabatan,
        E::NotANumber => Text::TemporaryNotANumber,
        E::BadPeriod => Text::TemporaryBadPeriod,
    }
}

/// The editor (inside the adjustments panel); a removal takes the draft's reason.
#[component]
pub fn TemporaryNeeds(draft: super::adjust_panel::Draft) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let input = RwSignal::new(TemporaryNeedInput::default());
    let error = RwSignal::new(None::<Text>);
    let add = move |_| {
        let Some(loaded) = state.loaded.get_untracked() else {
            return;
        };
        match parse_temporary_need(&loaded.dataset, &input.get_untracked()) {
            Ok(need) => {
                error.set(None);
                state.adjustments.update(|a| a.temporary_needs.push(need));
                input.set(TemporaryNeedInput::default());
            }
            Err(e) => error.set(Some(error_text(e))),
        }
    };
    let field = move |label: Text,
                      testid: &'static str,
                      get: fn(&TemporaryNeedInput) -> String,
                      set: fn(&mut TemporaryNeedInput, String)| {
        view! {
            <label>{tr(label)} " "
                <input type="text" data-testid=testid prop:value=move || input.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| set(i, v)); }/>
            </label>
        }
    };
    let data_needs = move || {
        let lang = lang.get();
        let loaded = state.loaded.get()?;
        let needs = loaded.dataset.sementara.clone();
        (!needs.is_empty()).then(|| {
            let items = needs.into_iter().map(|k| {
                let removed = move || state.adjustments.with(|a| a.removed_needs.iter().any(|r| r.row == k.row));
                let row = k.row;
                let text = format!(
                    "{} — {} ({}; {} – {})",
                    k.kode_unit,
                    k.keterangan,
                    k.jabatan_diterima.join("|"),
                    lang.date(k.mulai),
                    lang.date(k.selesai)
                );
                let form = TemporaryNeedInput::of(&k);
                view! {
                    <li data-testid="tneed-data">{text} " "
                        <button type="button" class="link" data-testid="tneed-change-data" hidden=removed
                            on:click=move |_| {
                                input.set(form.clone());
                                let reason = draft.take_reason();
                                state.adjustments.update(|a| remove_data_need(a, row, &reason));
                            }>
                            {tr(Text::TemporaryChange)}
                        </button>
                        <button type="button" class="link" data-testid="tneed-remove-data" hidden=removed
                            on:click=move |_| { let reason = draft.take_reason(); state.adjustments.update(|a| remove_data_need(a, row, &reason)); }>
                            {tr(Text::TemporaryRemoveData)}
                        </button>
                    </li>
                }
            }).collect_view();
            view! { <p>{tr(Text::TemporaryDataNeeds)}</p><ul>{items}</ul> }
        })
    };
    // The needs added in the scenario: each can be taken back into the form.
    let added = move || {
        let lang = lang.get();
        let needs = state.adjustments.with(|a| a.temporary_needs.clone());
        (!needs.is_empty()).then(|| {
            let items = needs.into_iter().enumerate().map(|(i, k)| {
                let text = format!("{} — {} ({} – {})", k.kode_unit, k.keterangan, lang.date(k.mulai), lang.date(k.selesai));
                let form = TemporaryNeedInput::of(&k);
                view! {
                    <li data-testid="tneed-added">{text} " "
                        <button type="button" class="link" data-testid="tneed-change-added"
                            on:click=move |_| {
                                input.set(form.clone());
                                state.adjustments.update(|a| remove(a, AdjustmentKind::AddedNeed, i));
                            }>
                            {tr(Text::TemporaryChange)}
                        </button>
                    </li>
                }
            }).collect_view();
            view! { <p>{tr(Text::TemporaryAddedNeeds)}</p><ul>{items}</ul> }
        })
    };
    view! {
        <details data-testid="temporary-needs">
            <summary>{tr(Text::AddTemporaryNeed)}</summary>
            <div class="temporary-form">
                {field(Text::TemporaryUnit, "tneed-unit", |i| i.unit.clone(), |i, v| i.unit = v)}
                {field(Text::TemporaryJabatan, "tneed-jabatan", |i| i.jabatan.clone(), |i, v| i.jabatan = v)}
                {field(Text::TemporaryExtra, "tneed-extra", |i| i.extra.clone(), |i, v| i.extra = v)}
                {field(Text::TemporaryFrom, "tneed-from", |i| i.from.clone(), |i, v| i.from = v)}
                {field(Text::TemporaryTo, "tneed-until", |i| i.until.clone(), |i, v| i.until = v)}
                {field(Text::TemporaryPriority, "tneed-priority", |i| i.priority.clone(), |i, v| i.priority = v)}
                {field(Text::TemporaryNote, "tneed-note", |i| i.note.clone(), |i, v| i.note = v)}
                <button type="button" data-testid="tneed-add" on:click=add>{tr(Text::TemporaryAdd)}</button>
            </div>
            {move || error.get().map(|t| view! { <p class="error" role="alert" data-testid="tneed-error">{tr(t)}</p> })}
            {added}
            {data_needs}
        </details>
    }
}
