//! The Penyeimbangan page: the workbench where a plan is set up, run, read and
//! questioned. Parameters on the left, the plan's figures, moves and the person search
//! beside them.

mod adjust_panel;
mod assignments;
mod moves;
mod person;
mod requests;
mod temporary_needs;

use crate::components::deferred::Deferred;
use crate::components::params_form::ParamsForm;
use crate::i18n::{tr, Text};
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// The workbench.
#[component]
pub fn BalancePage() -> impl IntoView {
    let state = use_app();
    let until = state.today.first_of_next_month();
    let draft = adjust_panel::Draft::new();
    draft
        .until
        .set(format!("01-{:02}-{}", until.month, until.year + 1));
    provide_context(draft);
    let stale = move || {
        state.outcome.with(|o| {
            o.as_ref().is_some_and(|o| {
                state.loaded.with(|l| {
                    state
                        .params
                        .with(|p| state.adjustments.with(|a| o.is_stale(l.as_ref(), p, a)))
                })
            })
        })
    };
    // Which run is shown: the view is rebuilt per run, not per pick.
    let run = Memo::new(move |_| {
        state
            .outcome
            .with(|o| o.as_ref().map(|o| Arc::as_ptr(&o.pareto) as usize))
    });
    view! {
        <section aria-labelledby="page-title" class="workbench">
            <h1 id="page-title">{tr(Text::BalanceTitle)}</h1>
            {move || state.loaded.with(|l| l.is_none()).then(|| view! { <crate::components::restore_notice::NoData/> })}
            <div class="workbench-grid">
                <aside class="workbench-params">
                    <ParamsForm params=state.params today=state.today/>
                </aside>
                <div class="workbench-results">
                    <crate::components::run_panel::RunPanel adjustments=state.adjustments/>
                    <adjust_panel::AdjustPanel draft/>
                    <Show when=stale>
                        <p class="stale" role="status" data-testid="plan-stale">{tr(Text::StalePlan)}</p>
                    </Show>
                    {move || match run.get() {
                        None => view! { <p class="muted" data-testid="no-plan">{tr(Text::NoPlanYet)}</p> }.into_any(),
                        Some(_) => view! { <PlanView stale=Signal::derive(stale)/> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}

/// One run: its curve, and the plan picked on it (the run's own until the user picks).
#[component]
fn PlanView(#[prop(into)] stale: Signal<bool>) -> impl IntoView {
    let state = use_app();
    let run = state.outcome.get_untracked();
    view! {
        {run.map(|o| view! { <crate::components::plan_charts::ParetoPanel outcome=o stale/> })}
        {move || state.outcome.get().map(|o| {
            let (charts, person) = (o.clone(), o.clone());
            view! {
                <crate::components::before_after::BeforeAfter outcome=o.clone()/>
                // The charts and the person query are drawn a task later: on a large
                // plan, drawing everything at once would freeze the page.
                <Deferred><crate::components::plan_charts::OpdPanel outcome=charts.clone()/></Deferred>
                <moves::MovesTable outcome=o.clone()/>
                <requests::RequestsSummary outcome=o.clone()/>
                <assignments::AssignmentsPanel outcome=o.clone()/>
                <Deferred><person::PersonQuery outcome=person.clone()/></Deferred>
            }
        })}
    }
}
