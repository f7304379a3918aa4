//! A canvas that plotters draws on. The drawing is a plain function of the data and the
//! language; the effect here only hands it the canvas once it is in the page, and again
//! whenever the language changes.

use crate::i18n::{tr, use_lang, Text};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use seimbang_engine::lang::Lang;

/// The drawing area plotters gives a chart function.
pub type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;

/// A titled chart. `draw` paints the whole area; its errors are only logged (a chart
/// that fails to draw must not take the page down).
#[component]
pub fn Chart<F>(title: Text, testid: &'static str, draw: F) -> impl IntoView
where
    F: Fn(&Area, Lang) -> Result<(), String> + 'static,
{
    let lang = use_lang();
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(el) = canvas.get() else { return };
        let Some(backend) = CanvasBackend::with_canvas_object(el) else {
            return;
        };
        let area = backend.into_drawing_area();
        let outcome = area
            .fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|_| draw(&area, lang));
        if let Err(e) = outcome.and_then(|_| area.present().map_err(|e| e.to_string())) {
            leptos::logging::warn!("chart {testid}: {e}");
        }
    });
    view! {
        <figure class="chart">
            <h2>{tr(title)}</h2>
            <canvas node_ref=canvas width="640" height="360" data-testid=testid role="img" aria-label=move || tr(title)()></canvas>
        </figure>
    }
}

/// One series of a horizontal bar chart: its colour, legend label (none: no legend) and
/// one value per row.
pub struct BarSeries<'a> {
    pub color: RGBColor,
    pub label: Option<&'a str>,
    pub values: Vec<f64>,
}

/// Horizontal bars: one band per row (label on the left, first row on top), the series
/// side by side within the band.
pub fn horizontal_bars(area: &Area, labels: &[String], series: &[BarSeries]) -> Result<(), String> {
    let e = |err: plotters::drawing::DrawingAreaErrorKind<_>| err.to_string();
    let n = labels.len().max(1);
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(1.0, f64::max)
        * 1.05;
    let mut chart = ChartBuilder::on(area)
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(170)
        .build_cartesian_2d(0.0..max, 0.0..n as f64)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_label_formatter(&|v: &f64| format!("{v:.0}"))
        .disable_y_mesh()
        .y_labels(n * 2 + 1)
        .y_label_formatter(&|y| {
            let i = y.floor() as usize;
            let middle = (y - y.floor() - 0.5).abs() < 1e-9;
            if middle && i < labels.len() {
                labels[n - 1 - i].clone()
            } else {
                String::new()
            }
        })
        .draw()
        .map_err(e)?;
    let k = series.len().max(1) as f64;
    let width = 0.8 / k;
    for (j, s) in series.iter().enumerate() {
        let color = s.color;
        let offset = 0.1 + width * (k - 1.0 - j as f64);
        let drawn = chart
            .draw_series(s.values.iter().enumerate().map(|(i, &v)| {
                let y = (n - 1 - i) as f64 + offset;
                Rectangle::new([(0.0, y + 0.02), (v, y + width - 0.02)], color.filled())
            }))
            .map_err(e)?;
        if let Some(label) = s.label {
            drawn.label(label).legend(move |(x, y)| {
                Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled())
            });
        }
    }
    if series.iter().any(|s| s.label.is_some()) {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .draw()
            .map_err(e)?;
    }
    Ok(())
}
