//! The charts of the Analisis page: need against staff per OPD, the EJ distribution
//! with the PJ bands, the largest shortages, and the five-year retirement projection.
//! Data preparation is plain functions; drawing is plotters on a canvas.

use crate::components::chart::{band_chart_height, horizontal_bars, Area, BarSeries, Chart};
use crate::i18n::Text as T;
use leptos::prelude::*;
use plotters::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::scenario::Scenario;
use std::collections::HashMap;
use std::sync::Arc;

const NEED: RGBColor = RGBColor(15, 110, 90);
const STAFF: RGBColor = RGBColor(242, 183, 5);
const SHORT: RGBColor = RGBColor(179, 38, 30);

fn e(err: impl std::fmt::Display) -> String {
    err.to_string()
}

/// (label, need, staff) rows as two bars each under their full label, with a legend.
fn need_and_staff(area: &Area, rows: &[(String, f64, f64)], lang: Lang) -> Result<(), String> {
    let labels: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    horizontal_bars(
        area,
        &labels,
        &[
            BarSeries {
                color: NEED,
                label: Some(lang.pick("kebutuhan", "need")),
                values: rows.iter().map(|r| r.1).collect(),
            },
            BarSeries {
                color: STAFF,
                label: Some(lang.pick("pegawai (bezetting)", "staff")),
                values: rows.iter().map(|r| r.2).collect(),
            },
        ],
        lang,
    )
}

/// OPD rows with the largest need: (name, need, staff).
fn need_staff_per_opd(l: &Scenario) -> Vec<(String, f64, f64)> {
    let names: HashMap<&str, &str> = l
        .dataset
        .units
        .iter()
        .filter_map(|u| Some((u.opd_kode.as_deref()?, u.opd_nama.as_deref()?)))
        .collect();
    let mut rows: Vec<(String, f64, f64)> = l
        .before()
        .opds
        .iter()
        .map(|(k, f)| {
            (
                names.get(k.as_str()).unwrap_or(&k.as_str()).to_string(),
                f.kebutuhan,
                f64::from(f.bezetting),
            )
        })
        .collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(15);
    rows
}

/// Slots with the largest shortage: (jabatan — unit, need, staff).
fn largest_shortages(l: &Scenario) -> Vec<(String, f64, f64)> {
    let unit_names: HashMap<&str, &str> = l
        .dataset
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let mut rows: Vec<(f64, String, f64, f64)> = l
        .slots()
        .slots
        .iter()
        .zip(&l.before().slots)
        .filter(|(_, f)| f.kekurangan > 0.0)
        .map(|(s, f)| {
            let unit = unit_names
                .get(s.kode_unit.as_str())
                .unwrap_or(&s.kode_unit.as_str())
                .to_string();
            (
                f.kekurangan,
                format!("{} — {}", s.nama_jabatan, unit),
                s.need,
                f64::from(f.bezetting),
            )
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    rows.into_iter()
        .take(10)
        .map(|(_, n, a, b)| (n, a, b))
        .collect()
}

/// Slots per EJ bin of width 0.1 over [0, 2]; EJ above 2 lands in the last bin.
fn ej_bins(l: &Scenario) -> Vec<u32> {
    let mut bins = vec![0u32; 20];
    for f in &l.before().slots {
        if let Some(ej) = f.ej {
            let i = ((ej / 0.1).floor() as usize).min(19);
            bins[i] += 1;
        }
    }
    bins
}

fn draw_ej(area: &Area, bins: &[u32], lang: Lang) -> Result<(), String> {
    let max = f64::from(bins.iter().copied().max().unwrap_or(1).max(1)) * 1.1;
    let mut chart = ChartBuilder::on(area)
        .margin(8)
        .x_label_area_size(48)
        .y_label_area_size(58)
        .build_cartesian_2d(0.0..2.0, 0.0..max)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_label_formatter(&|v: &f64| format!("{v:.1}"))
        .y_label_formatter(&|v: &f64| format!("{v:.0}"))
        .x_desc(lang.pick("EJ = kebutuhan / pegawai", "EJ = need / staff"))
        .y_desc(lang.pick("slot", "slots"))
        .draw()
        .map_err(e)?;
    // The Permendagri 12/2008 bands: E < 0.5, D, C, B up to 1.0, A above.
    let bands = [
        (0.0, 0.5, RGBColor(230, 220, 240), "E"),
        (0.5, 0.7, RGBColor(238, 228, 245), "D"),
        (0.7, 0.9, RGBColor(252, 240, 215), "C"),
        (0.9, 1.0, RGBColor(220, 240, 225), "B"),
        (1.0, 2.0, RGBColor(250, 225, 222), "A"),
    ];
    for (lo, hi, color, label) in bands {
        chart
            .draw_series([Rectangle::new([(lo, 0.0), (hi, max)], color.filled())])
            .map_err(e)?;
        chart
            .draw_series([plotters::element::Text::new(
                label.to_string(),
                ((lo + hi) / 2.0 - 0.02, max * 0.95),
                ("sans-serif", 14),
            )])
            .map_err(e)?;
    }
    chart
        .draw_series(bins.iter().enumerate().map(|(i, &c)| {
            let x = i as f64 * 0.1;
            Rectangle::new([(x + 0.01, 0.0), (x + 0.09, f64::from(c))], NEED.filled())
        }))
        .map_err(e)?;
    Ok(())
}

fn draw_projection(area: &Area, years: &[(i32, f64, f64)], lang: Lang) -> Result<(), String> {
    let max = years.iter().map(|y| y.1.max(y.2)).fold(1.0, f64::max) * 1.1;
    let (first, last) = (
        years.first().map_or(0, |y| y.0),
        years.last().map_or(1, |y| y.0),
    );
    let mut chart = ChartBuilder::on(area)
        .margin(8)
        .x_label_area_size(30)
        .y_label_area_size(50)
        .build_cartesian_2d(f64::from(first) - 0.5..f64::from(last) + 0.5, 0.0..max)
        .map_err(e)?;
    chart
        .configure_mesh()
        .y_label_formatter(&|v: &f64| format!("{v:.0}"))
        .x_labels(years.len())
        .x_label_formatter(&|x| format!("{:.0}", x))
        .draw()
        .map_err(e)?;
    chart
        .draw_series(years.iter().map(|(y, retiring, _)| {
            let x = f64::from(*y);
            Rectangle::new([(x - 0.3, 0.0), (x + 0.3, *retiring)], STAFF.filled())
        }))
        .map_err(e)?
        .label(lang.pick("Pensiun", "Retiring"))
        .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], STAFF.filled()));
    chart
        .draw_series(LineSeries::new(
            years.iter().map(|(y, _, s)| (f64::from(*y), *s)),
            SHORT.stroke_width(3),
        ))
        .map_err(e)?
        .label(lang.pick("Kekurangan bila tidak diganti", "Shortage if not replaced"))
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 12, y)], SHORT.stroke_width(3)));
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(e)?;
    Ok(())
}

/// The four charts of the analysis.
#[component]
pub fn AnalysisCharts(scenario: Arc<Scenario>) -> impl IntoView {
    let per_opd = need_staff_per_opd(&scenario);
    let shortages = largest_shortages(&scenario);
    let bins = ej_bins(&scenario);
    // The scenario's BUP and reference date, as the optimiser and the export use them.
    let years: Vec<(i32, f64, f64)> = scenario
        .projection(5)
        .years
        .iter()
        .map(|y| (y.year, f64::from(y.pensiun), y.kekurangan))
        .collect();
    view! {
        <div class="charts">
            <Chart title=T::ChartNeedStaff testid="chart-need-staff" height=band_chart_height(per_opd.len(), 2)
                draw=move |a, lang| need_and_staff(a, &per_opd, lang)/>
            <Chart title=T::ChartEj testid="chart-ej" draw=move |a, lang| draw_ej(a, &bins, lang)/>
            <Chart title=T::ChartShortages testid="chart-shortages" height=band_chart_height(shortages.len(), 2)
                draw=move |a, lang| need_and_staff(a, &shortages, lang)/>
            <Chart title=T::ChartRetirement testid="chart-retirement"
                draw=move |a, lang| draw_projection(a, &years, lang)/>
        </div>
    }
}
