//! The adjustments of the scenario: a reason for the next edit, the end date for
//! temporary assignments, a need override form, and the list of every adjustment with a
//! button to remove it. After a re-run it also says what changed against the previous
//! plan, and which forced moves the rules refused.

use crate::adjusting::{entries, remove, set_need, Kind};
use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::SlotKey;

/// What the next adjustment carries: the user's written reason and, for temporary
/// assignments, the end date. Shared by the panel, the moves table and the person query.
#[derive(Clone, Copy)]
pub struct Draft {
    pub reason: RwSignal<String>,
    pub until: RwSignal<String>,
}

fn kind_label(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Lock => lang.pick("Dikunci", "Locked"),
        Kind::Unlock => lang.pick("Kunci data dibuka", "Data lock lifted"),
        Kind::Forbid => lang.pick("Dilarang pindah ke", "Forbidden move to"),
        Kind::Force => lang.pick("Dipaksa pindah ke", "Forced move to"),
        Kind::Temporary => lang.pick("Penugasan sementara sampai", "Temporary assignment until"),
        Kind::Need => lang.pick("Kebutuhan diubah", "Need changed"),
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
    let add_need = move |_| {
        let Ok(n) = need.get_untracked().trim().replace(',', ".").parse::<f64>() else {
            return;
        };
        if n.is_finite() && n >= 0.0 && !unit.get_untracked().trim().is_empty() {
            let slot = SlotKey::new(unit.get_untracked().trim(), jabatan.get_untracked().trim());
            state
                .adjustments
                .update(|a| set_need(a, slot, n, &draft.reason.get_untracked()));
        }
    };
    let list = move || {
        let lang = lang.get();
        state.adjustments.with(entries).into_iter().map(|e| {
            let (kind, index) = (e.kind, e.index);
            view! {
                <li data-testid="adjustment">
                    <span>{kind_label(e.kind, lang)} " " <span class="mono">{e.subject}</span> " " {e.detail}</span>
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
            let refused = o.refused.iter().map(|r| view! {
                <li class="error" data-testid="refused-move">{format!("{} → {}: {}", r.nip, r.target, r.refusal.describe(lang))}</li>
            }).collect_view();
            let stale = o.stale_adjustments.iter().map(|s| view! { <li class="muted">{s.describe(lang)}</li> }).collect_view();
            let changes = o.changes.as_ref().map(|d| view! {
                <p data-testid="plan-changes">{tr(Text::ChangesSincePrevious)} ": +" {d.added.len()} " / −" {d.removed.len()} " / ↔ " {d.changed_target.len()}</p>
            });
            Some(view! { {changes}<ul>{refused}{stale}</ul> })
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
                    <input type="date" data-testid="adjust-until" prop:value=move || draft.until.get()
                        on:input=move |ev| draft.until.set(event_target_value(&ev))/></label>
            </div>
            <details>
                <summary>{tr(Text::EditNeed)}</summary>
                <div class="adjust-need">
                    <input type="text" placeholder="kode_unit" aria-label="kode_unit" data-testid="need-unit" on:input=move |ev| unit.set(event_target_value(&ev))/>
                    <input type="text" placeholder="kode_jabatan" aria-label="kode_jabatan" data-testid="need-jabatan" on:input=move |ev| jabatan.set(event_target_value(&ev))/>
                    <input type="text" inputmode="decimal" placeholder=move || tr(Text::Kebutuhan)() aria-label=move || tr(Text::Kebutuhan)() data-testid="need-value" on:input=move |ev| need.set(event_target_value(&ev))/>
                    <button type="button" data-testid="need-apply" on:click=add_need>{tr(Text::Apply)}</button>
                </div>
            </details>
            <ul class="adjustments">{list}</ul>
            {report}
        </section>
    }
}
