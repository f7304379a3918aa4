//! The Laporan page: the decision report for the PPK and the Baperjakat, printable on
//! A4. It states the data (fingerprint), the rules and parameters in words, the figures
//! before and after, the charts, every move grouped by OPD with its reason, and what
//! remains short.

mod extras;
mod moves_by_opd;

use crate::components::before_after::BeforeAfter;
use crate::components::deferred::Deferred;
use crate::components::plan_charts::OpdPanel;
use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;
use seimbang_engine::pj::PjTable;
use seimbang_engine::rules::published_rules;

/// The printable report of the current plan.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let name = RwSignal::new(String::new());
    let print = move |_| {
        let _ = window().print();
    };
    let body = move || {
        let (Some(loaded), Some(outcome)) = (state.loaded.get(), state.outcome.get()) else {
            return view! { <p class="muted" data-testid="report-empty">{tr(Text::ReportNeedsPlan)}</p> }.into_any();
        };
        let lang = lang.get();
        let d = outcome.params.tanggal_acuan.unwrap_or(state.today);
        let rules = published_rules(&outcome.params, &PjTable::default(), lang)
            .into_iter()
            .map(|s| view! { <h3>{s.title}</h3><ul>{s.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })
            .collect_view();
        view! {
            <extras::Downloads outcome=outcome.clone()/>
            <header class="report-head" data-testid="report-head">
                <p class="report-name">
                    <label>{tr(Text::ScenarioName)} ": "
                        <input type="text" data-testid="report-name" prop:value=move || name.get()
                            placeholder=move || tr(Text::DefaultScenarioName)()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                    </label>
                </p>
                <p>{tr(Text::ReportDate)} ": " {d.to_string()}</p>
                <p>{tr(Text::ReportData)} ": " {if loaded.source.is_empty() { tr(Text::DemoSource)().to_string() } else { loaded.source.clone() }}
                    " · " {tr(Text::Fingerprint)} ": " <span class="mono" data-testid="report-fingerprint">{loaded.fingerprint.clone()}</span></p>
            </header>
            <section class="report-section" data-testid="report-figures">
                <h2>{tr(Text::ReportFigures)}</h2>
                <BeforeAfter outcome=outcome.clone()/>
                <OpdPanel outcome=outcome.clone()/>
            </section>
            <section class="report-section" data-testid="report-moves">
                <h2>{tr(Text::ReportMoves)}</h2>
                <moves_by_opd::MovesByOpd outcome=outcome.clone()/>
            </section>
            <Deferred><extras::ReportExtras loaded=loaded.clone() outcome=outcome.clone()/></Deferred>
            <section class="report-section page-break" data-testid="report-rules">
                <h2>{tr(Text::ReportRules)}</h2>
                {rules}
            </section>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="page-title" class="report">
            <div class="report-actions"><button type="button" class="primary" data-testid="print-report" on:click=print>{tr(Text::Print)}</button></div>
            <h1 id="page-title">{tr(Text::ReportTitle)}</h1>
            {body}
        </section>
    }
}
