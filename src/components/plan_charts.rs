//! The workbench's charts: the Pareto curve of F against number of moves (with a
//! slider that picks a point and makes it the plan), need against staff per OPD before and
//! after, and the largest flows of people between OPDs, by name.

use crate::components::chart::{band_chart_height, horizontal_bars, Area, BarSeries, Chart};
use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use crate::state::{use_app, Outcome};
use leptos::prelude::*;
use plotters::prelude::*;
use seimbang_engine::report::{flows, Flow};
use std::collections::HashMap;

const LINE: RGBColor = RGBColor(15, 110, 90);
const PICK: RGBColor = RGBColor(179, 38, 30);

fn e(err: impl std::fmt::Display) -> String {
    err.to_string()
}

/// The curve with the picked point marked.
fn draw_pareto(
    area: &Area,
    points: &[(f64, f64)],
    picked: Option<usize>,
    lang: seimbang_engine::lang::Lang,
) -> Result<(), String> {
    let max_x = points.iter().map(|p| p.0).fold(1.0, f64::max) * 1.05;
    let max_y = points.iter().map(|p| p.1).fold(1.0, f64::max) * 1.05;
    let mut chart = ChartBuilder::on(area)
        .margin(10)
        .x_label_area_size(34)
        .y_label_area_size(56)
        .build_cartesian_2d(0.0..max_x, 0.0..max_y)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_label_formatter(&|v: &f64| format!("{v:.0}"))
        .y_label_formatter(&|v: &f64| format!("{v:.0}"))
        .x_desc(lang.pick("jumlah perpindahan", "number of moves"))
        .y_desc(lang.pick("F (lebih rendah lebih baik)", "F (lower is better)"))
        .draw()
        .map_err(e)?;
    chart
        .draw_series(LineSeries::new(
            points.iter().copied(),
            LINE.stroke_width(2),
        ))
        .map_err(e)?;
    chart
        .draw_series(points.iter().map(|&p| Circle::new(p, 4, LINE.filled())))
        .map_err(e)?;
    if let Some(p) = picked.and_then(|i| points.get(i)) {
        chart
            .draw_series([Circle::new(*p, 8, PICK.stroke_width(3))])
            .map_err(e)?;
    }
    Ok(())
}

/// Need, staff before and staff after for the OPD with the largest need.
fn draw_opd(
    area: &Area,
    rows: &[(String, f64, f64, f64)],
    lang: seimbang_engine::lang::Lang,
) -> Result<(), String> {
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    horizontal_bars(
        area,
        &labels,
        &[
            BarSeries {
                color: RGBColor(15, 110, 90),
                label: Some(lang.pick("kebutuhan", "need")),
                values: rows.iter().map(|r| r.1).collect(),
            },
            BarSeries {
                color: RGBColor(200, 200, 200),
                label: Some(lang.pick("pegawai sebelum", "staff before")),
                values: rows.iter().map(|r| r.2).collect(),
            },
            BarSeries {
                color: RGBColor(242, 183, 5),
                label: Some(lang.pick("pegawai sesudah rencana", "staff after the plan")),
                values: rows.iter().map(|r| r.3).collect(),
            },
        ],
        lang,
    )
}

/// What the picked point is, in words: the run's own plan, or the best plan of at
/// most its moves (whose count is now the cap in the form).
pub fn pick_label(o: &Outcome, lang: seimbang_engine::lang::Lang) -> String {
    let Some(p) = o.pareto.get(o.picked) else {
        return String::new();
    };
    let head = format!(
        "{} {} · F {}",
        number(p.moves as f64, 0, lang),
        lang.pick("perpindahan", "moves"),
        number(p.objective, 1, lang)
    );
    let cap = seimbang_engine::params_doc::param_label("maks_pindah", lang);
    if o.picked == o.run_point {
        format!(
            "{head}: {}",
            lang.pick("rencana hasil perhitungan", "the plan of the run")
        )
    } else {
        format!(
            "{head}: {} {}; «{cap}» {} {}",
            lang.pick(
                "rencana terbaik yang mungkin dengan paling banyak",
                "the best plan possible with at most"
            ),
            number(p.moves as f64, 0, lang),
            lang.pick("kini", "is now"),
            number(p.moves as f64, 0, lang),
        )
    }
}

/// The curve of a run with its slider: picking a point makes it the plan (and its move
/// count the cap). Built once per run, so the slider keeps its place and focus.
#[component]
pub fn ParetoPanel(
    /// The outcome of the run (its curve).
    outcome: Outcome,
    /// True while the plan no longer matches the data or parameters: no pick then.
    #[prop(into)]
    stale: Signal<bool>,
) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let points: Vec<(f64, f64)> = outcome
        .pareto
        .iter()
        .map(|p| (p.moves as f64, p.objective))
        .collect();
    let count = points.len();
    let run_point = outcome.run_point;
    let picked = Memo::new(move |_| {
        state
            .outcome
            .with(|o| o.as_ref().map_or(run_point, |o| o.picked))
    });
    let pick = move |i: usize| {
        let next = state
            .outcome
            .with_untracked(|o| o.as_ref().and_then(|o| o.picking(i)));
        if let Some(next) = next {
            state.params.set(next.params().clone());
            state.outcome.set(Some(next));
        }
    };
    let label = move || {
        let lang = lang.get();
        state
            .outcome
            .with(|o| o.as_ref().map(|o| pick_label(o, lang)).unwrap_or_default())
    };
    view! {
        <section class="pareto" data-testid="pareto">
            {(count > 1).then(|| view! {
                <Chart title=Text::ChartPareto testid="chart-pareto"
                    draw=move |a, lang| draw_pareto(a, &points, Some(picked.get()), lang)/>
                <label class="slider">
                    {tr(Text::ParetoSlider)}
                    <input type="range" min="0" max=(count - 1).to_string() step="1" data-testid="pareto-slider"
                        prop:value=move || picked.get().to_string()
                        disabled=move || stale.get()
                        on:input=move |ev| if let Ok(i) = event_target_value(&ev).parse() { pick(i) }/>
                </label>
                <p data-testid="pareto-picked" aria-live="polite">{label}</p>
            })}
        </section>
    }
}

/// Flows shown on the workbench; the report shows them all.
const FLOWS_SHOWN: usize = 12;

/// The largest flows of people between OPDs, by name, with a bar for their size.
fn flows_view(flows: &[Flow], all: bool, lang: seimbang_engine::lang::Lang) -> AnyView {
    let max = flows.first().map_or(1, |f| f.moves.max(1));
    let shown = if all {
        flows.len()
    } else {
        FLOWS_SHOWN.min(flows.len())
    };
    let rows = flows[..shown]
        .iter()
        .map(|f| {
            let to = if f.within() {
                tr(Text::FlowWithin)().to_string()
            } else {
                f.to_name.clone()
            };
            view! {
                <tr data-testid="flow-row">
                    <td>{f.from_name.clone()}</td>
                    <td>{to}</td>
                    <td class="num">{number(f64::from(f.moves), 0, lang)}</td>
                    <td class="bar-cell"><meter min="0" max=max.to_string() value=f.moves.to_string()></meter></td>
                </tr>
            }
        })
        .collect_view();
    let note = (shown < flows.len()).then(|| {
        view! {
            <p class="muted" data-testid="flows-note">
                {number(shown as f64, 0, lang)} " " {tr(Text::FlowsShown)} " "
                {number(flows.len() as f64, 0, lang)} "; " {tr(Text::FlowsAllInReport)}
            </p>
        }
    });
    view! {
        <table class="flows" data-testid="flows">
            <thead><tr>
                <th>{tr(Text::FlowFrom)}</th><th>{tr(Text::FlowTo)}</th>
                <th class="num">{tr(Text::FlowMoves)}</th><th class="bar-cell"></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {note}
    }
    .into_any()
}

/// Need vs staff per OPD before and after, and the largest flows between OPDs.
#[component]
pub fn OpdPanel(
    outcome: Outcome,
    /// Every flow (the printed report) instead of the largest few.
    #[prop(optional)]
    all_flows: bool,
) -> impl IntoView {
    let lang = use_lang();
    let scenario = outcome.scenario.clone();
    move || {
        let lang = lang.get();
        let ds = &scenario.dataset;
        let names: HashMap<&str, &str> = ds
            .units
            .iter()
            .filter_map(|u| Some((u.opd_kode.as_deref()?, u.opd_nama.as_deref()?)))
            .collect();
        let after = scenario.after(&outcome.plan);
        let mut rows: Vec<(String, f64, f64, f64)> = scenario
            .before()
            .opds
            .iter()
            .zip(&after.opds)
            .map(|((k, b), (_, a))| {
                let name = names
                    .get(k.as_str())
                    .copied()
                    .unwrap_or(k.as_str())
                    .to_string();
                (
                    name,
                    b.kebutuhan,
                    f64::from(b.bezetting),
                    f64::from(a.bezetting),
                )
            })
            .collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows.truncate(12);
        let height = band_chart_height(rows.len(), 3);
        let flows = flows(ds, &outcome.plan, lang);
        view! {
            <div class="charts wide">
                <Chart title=Text::ChartOpdBeforeAfter testid="chart-opd-after" height=height
                    draw=move |a, lang| draw_opd(a, &rows, lang)/>
                <figure class="chart">
                    <h2>{tr(Text::FlowMatrix)}</h2>
                    {flows_view(&flows, all_flows, lang)}
                </figure>
            </div>
        }
    }
}
