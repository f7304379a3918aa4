//! The Analisis page: where staffing and workload are out of balance, as totals, a
//! drill-down table (OPD → unit → jabatan) and charts.

mod charts;
mod table;

use crate::components::deferred::Deferred;
use crate::components::figures::TotalFigures;
use crate::i18n::{tr, Text};
use crate::state::{use_app, Current};
use leptos::prelude::*;

/// The analysis of the loaded data.
#[component]
pub fn AnalysisPage() -> impl IntoView {
    let state = use_app();
    let lang = crate::i18n::use_lang();
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{tr(Text::AnalysisTitle)}</h1>
            {move || match state.scenario.get() {
                None => view! { <crate::components::restore_notice::NoData/> }.into_any(),
                Some(Err(why)) => view! {
                    <p class="error" role="alert" data-testid="scenario-error">{tr(Text::ScenarioUnusable)} ": " {move || why.describe(lang.get())}</p>
                }
                .into_any(),
                Some(Ok(Current(s))) => view! {
                    <TotalFigures figures=s.before().total.clone()/>
                    <table::DrillTable scenario=s.clone()/>
                    <Deferred><charts::AnalysisCharts scenario=s.clone()/></Deferred>
                }
                .into_any(),
            }}
        </section>
    }
}
