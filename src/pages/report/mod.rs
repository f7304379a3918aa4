//! The Laporan page: the decision report for the PPK and the Baperjakat, printable on
//! A4. It states the scenario's name, the data (fingerprint), the figures before and
//! after, the charts and the flows between OPDs, every move grouped by OPD with its
//! reason, the temporary assignments, what remains short, the fairness audit, every
//! adjustment with its reason, and the rules and parameters in words.

mod extras;
mod moves_by_opd;

use crate::components::before_after::BeforeAfter;
use crate::components::deferred::Deferred;
use crate::components::plan_charts::OpdPanel;
use crate::components::table_view::TableView;
use crate::i18n::{tr, use_lang, Text};
use crate::state::use_app;
use leptos::prelude::*;
use seimbang_engine::report::parameters_table;
use seimbang_engine::rules::published_rules;

/// The printable report of the current plan.
#[component]
pub fn ReportPage() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let name = state.scenario_name;
    let shown_name = move || {
        let n = name.get();
        if n.trim().is_empty() {
            tr(Text::DefaultScenarioName)().to_string()
        } else {
            n
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    let body = move || {
        let (Some(loaded), Some(outcome)) = (state.loaded.get(), state.outcome.get()) else {
            return view! { <p class="muted" data-testid="report-empty">{tr(Text::ReportNeedsPlan)}</p> }.into_any();
        };
        let lang = lang.get();
        let d = outcome.scenario.reference;
        let parameters = parameters_table(outcome.params(), d, lang);
        let rules = published_rules(outcome.params(), &outcome.scenario.pj, lang)
            .into_iter()
            .map(|s| view! { <h3>{s.title}</h3><ul>{s.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })
            .collect_view();
        view! {
            <extras::Downloads outcome=outcome.clone()/>
            <header class="report-head" data-testid="report-head">
                <p class="report-name">
                    <label class="screen-only">{tr(Text::ScenarioName)} ": "
                        <input type="text" data-testid="report-name" prop:value=move || name.get()
                            placeholder=move || tr(Text::DefaultScenarioName)()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                    </label>
                    <span class="print-only">{tr(Text::ScenarioName)} ": "
                        <strong data-testid="report-name-print">{shown_name}</strong></span>
                </p>
                <p>{tr(Text::ReportDate)} ": " {lang.date(d)}</p>
                <p>{tr(Text::ReportData)} ": " {if loaded.source.is_empty() { tr(Text::DemoSource)().to_string() } else { loaded.source.clone() }}
                    " · " {tr(Text::Fingerprint)} ": " <span class="mono" data-testid="report-fingerprint">{loaded.fingerprint.clone()}</span></p>
            </header>
            <section class="report-section" data-testid="report-figures">
                <h2>{tr(Text::ReportFigures)}</h2>
                <BeforeAfter outcome=outcome.clone()/>
                <OpdPanel outcome=outcome.clone() all_flows=true/>
            </section>
            <section class="report-section" data-testid="report-moves">
                <h2>{tr(Text::ReportMoves)}</h2>
                <moves_by_opd::MovesByOpd outcome=outcome.clone()/>
            </section>
            <Deferred><extras::ReportExtras outcome=outcome.clone()/></Deferred>
            <section class="report-section page-break" data-testid="report-rules">
                <h2>{tr(Text::ReportRules)}</h2>
                <h3>{tr(Text::ReportParameters)}</h3>
                <TableView table=parameters/>
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
