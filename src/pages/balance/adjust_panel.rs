//! The adjustments of the scenario: a reason for the next edit, the end date for
//! temporary assignments, a need override form, and the list of every adjustment with a
//! button to remove it. After a re-run it also says what changed against the previous
//! plan, and which forced moves the rules refused.

use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;
use seimbang_engine::plan::SlotKey;
use seimbang_engine::report::adjustments_log::{adjustments_log, decision};
use seimbang_engine::report::names::Names;
use seimbang_workbench::adjusting::{parse_need, remove, set_need, NeedInputError};

/// What the next adjustment carries: the user's written reason and, for temporary
/// assignments, the end date. Shared by the panel, the moves table and the person query.
/// The reason labels one edit only: taking it clears the field, so it never silently
/// labels the edits after it.
#[derive(Clone, Copy)]
pub struct Draft {
    pub reason: RwSignal<String>,
    pub until: RwSignal<String>,
    /// What the last attempted edit needs from the user (e.g. an end date first).
    pub notice: RwSignal<Option<Text>>,
}

impl Draft {
    pub fn new() -> Draft {
        Draft {
            reason: RwSignal::new(String::new()),
            until: RwSignal::new(String::new()),
            notice: RwSignal::new(None),
        }
    }

    /// The reason for the edit being made now; the field is emptied for the next.
    pub fn take_reason(&self) -> String {
        self.notice.set(None);
        let reason = self.reason.get_untracked();
        self.reason.set(String::new());
        reason
    }

    /// The end date of a temporary assignment, or a notice asking for it.
    pub fn take_until(&self) -> Option<seimbang_engine::Date> {
        let until = seimbang_engine::Date::parse(&self.until.get_untracked());
        if until.is_none() {
            self.notice.set(Some(Text::TemporaryNeedsDate));
        }
        until
    }
}

impl Default for Draft {
    fn default() -> Self {
        Draft::new()
    }
}

/// The adjustments panel.
#[component]
pub fn AdjustPanel(draft: Draft) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let unit = RwSignal::new(String::new());
    let jabatan = RwSignal::new(String::new());
    let need = RwSignal::new(String::new());
    let need_error = RwSignal::new(None::<Text>);
    let add_need = move |_| {
        let Some(loaded) = state.loaded.get_untracked() else {
            return;
        };
        let slot = SlotKey::new(unit.get_untracked().trim(), jabatan.get_untracked().trim());
        match parse_need(&loaded.dataset, &slot, &need.get_untracked()) {
            Ok(n) => {
                need_error.set(None);
                let reason = draft.take_reason();
                state.adjustments.update(|a| set_need(a, slot, n, &reason));
            }
            Err(NeedInputError::UnknownSlot) => need_error.set(Some(Text::NeedUnknownSlot)),
            Err(NeedInputError::NotANumber) => need_error.set(Some(Text::NeedNotANumber)),
        }
    };
    let list = move || {
        let lang = lang.get();
        let loaded = state.loaded.get();
        let empty = seimbang_engine::Dataset::default();
        let ds = loaded.as_ref().map_or(&empty, |l| &*l.dataset);
        let names = Names::of(ds);
        state.adjustments.with(|a| adjustments_log(a, &names, lang)).into_iter().map(|e| {
            let (kind, index) = (e.kind, e.index);
            view! {
                <li data-testid="adjustment">
                    <span><strong>{e.subject}</strong> " — " {decision(e.kind, lang)} " " {e.detail}</span>
                    {(!e.reason.is_empty()).then(|| view! { <em class="muted">" — " {e.reason}</em> })}
                    <button type="button" class="link" data-testid="adjustment-remove"
                        on:click=move |_| state.adjustments.update(|a| remove(a, kind, index))>{tr(Text::Remove)}</button>
                </li>
            }
        }).collect_view()
    };
    let report = move || {
        let lang = lang.get();
        state.outcome.with(|o| {
            let o = o.as_ref()?;
            let names = Names::of(o.data());
            let refused = o.refused.iter().map(|r| view! {
                <li class="error" data-testid="refused-move">{format!("{} → {}: {}", names.person(&r.nip), names.slot(&r.target), r.refusal.describe(lang, &names))}</li>
            }).collect_view();
            let stale = o.stale_adjustments.iter().map(|s| view! { <li class="muted">{s.describe(lang)}</li> }).collect_view();
            let helps = o.scenario.temporary(&o.plan).refused.iter().map(|r| view! {
                <li class="error" data-testid="refused-help">{format!("{} → {}: {}: {}", names.person(&r.nip), names.unit(&r.kode_unit), tr(Text::HelpRefused)(), r.refusal.describe(lang, &names))}</li>
            }).collect_view();
            let changes = o.changes.as_ref().map(|d| view! {
                <p data-testid="plan-changes">{tr(Text::ChangesSincePrevious)} ": +" {d.added.len()} " / −" {d.removed.len()} " / ↔ " {d.changed_target.len()}</p>
            });
            Some(view! { {changes}<ul>{refused}{helps}{stale}</ul> })
        })
    };
    view! {
        <section class="adjust-panel" data-testid="adjust-panel" aria-labelledby="adjust-title">
            <h2 id="adjust-title">{tr(Text::AdjustTitle)}</h2>
            <div class="adjust-draft">
                <label>{tr(Text::AdjustReason)} " "
                    <input type="text" data-testid="adjust-reason" prop:value=move || draft.reason.get()
                        on:input=move |ev| draft.reason.set(event_target_value(&ev))/></label>
                <label>{tr(Text::TemporaryUntil)} " "
                    <input type="text" inputmode="numeric" placeholder=move || tr(Text::DatePlaceholder)() data-testid="adjust-until" prop:value=move || draft.until.get()
                        on:input=move |ev| { draft.until.set(event_target_value(&ev)); draft.notice.set(None); }/></label>
            </div>
            {move || draft.notice.get().map(|t| view! { <p class="error" role="alert" data-testid="adjust-notice">{tr(t)}</p> })}
            <details>
                <summary>{tr(Text::EditNeed)}</summary>
                <div class="adjust-need">
                    <input type="text" placeholder="kode_unit" aria-label="kode_unit" data-testid="need-unit" on:input=move |ev| unit.set(event_target_value(&ev))/>
                    <input type="text" placeholder="kode_jabatan" aria-label="kode_jabatan" data-testid="need-jabatan" on:input=move |ev| jabatan.set(event_target_value(&ev))/>
                    <input type="text" inputmode="decimal" placeholder=move || tr(Text::Kebutuhan)() aria-label=move || tr(Text::Kebutuhan)() data-testid="need-value" on:input=move |ev| need.set(event_target_value(&ev))/>
                    <button type="button" data-testid="need-apply" on:click=add_need>{tr(Text::Apply)}</button>
                </div>
                {move || need_error.get().map(|t| view! { <p class="error" role="alert" data-testid="need-error">{tr(t)}</p> })}
            </details>
            <super::temporary_needs::TemporaryNeeds draft/>
            <ul class="adjustments">{list}</ul>
            {report}
        </section>
    }
}
