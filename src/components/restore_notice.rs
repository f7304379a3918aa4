//! What the page says while the last visit's work comes back: "restoring" instead of
//! "no data yet" while it is read, the saved plan being computed again and whether it
//! came out as saved, and, when a `?demo` link opened the demo over stored work, that
//! the work is still there, with a button to take it back.

use crate::i18n::{tr, Text};
use crate::scenario::autosave::{unshelve, Shelved};
use crate::scenario::replan::Replan;
use crate::solver::use_solver;
use crate::state::use_app;
use leptos::prelude::*;

/// "No data yet", or "restoring your last work" while it is read back.
#[component]
pub fn NoData() -> impl IntoView {
    let state = use_app();
    move || {
        if state.restoring.get() {
            view! { <p class="muted" role="status" data-testid="restoring">{tr(Text::Restoring)}</p> }.into_any()
        } else {
            view! { <p class="muted" data-testid="no-data">{tr(Text::NoDataYet)}</p> }.into_any()
        }
    }
}

/// The saved plan being computed again, and whether it came out as saved (on every
/// page: a reload lands on the Data page).
#[component]
pub fn ReplanStatus() -> impl IntoView {
    let state = use_app();
    move || {
        let (kind, text) = match state.replan.get() {
            Replan::Idle => return None,
            Replan::Pending { .. } => ("pending", Text::ReplanPending),
            Replan::Failed => ("failed", Text::ReplanFailed),
            Replan::Done { same: true, .. } => ("same", Text::ReplanSame),
            Replan::Done { same: false, .. } => ("different", Text::ReplanDifferent),
        };
        Some(view! {
            <div class="notice replan" role="status" data-testid="replan-status" data-state=kind>
                <p>{tr(text)}</p>
                {(kind != "pending").then(|| view! {
                    <button type="button" data-testid="replan-dismiss" on:click=move |_| state.replan.set(Replan::Idle)>
                        {tr(Text::Dismiss)}</button>
                })}
            </div>
        })
    }
}

/// The work a `?demo` link shelved, offered back.
#[component]
pub fn ShelvedNotice() -> impl IntoView {
    let state = use_app();
    let solver = use_solver();
    move || {
        let Shelved(w) = state.shelved.get()?;
        let source = if w.dataset_ref.is_empty() {
            tr(Text::DemoSource)().to_string()
        } else {
            w.dataset_ref.clone()
        };
        Some(view! {
            <div class="notice shelved" role="status" data-testid="shelved">
                <p>{tr(Text::ShelvedWork)} " (" {source} ")."</p>
                <button type="button" class="primary" data-testid="unshelve" on:click=move |_| unshelve(state, solver)>
                    {tr(Text::ShelvedRestore)}</button>
                <button type="button" data-testid="keep-demo" on:click=move |_| state.shelved.set(None)>
                    {tr(Text::ShelvedKeepDemo)}</button>
            </div>
        })
    }
}
