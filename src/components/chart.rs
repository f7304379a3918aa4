//! A canvas that plotters draws on. The drawing is a plain function of the data and the
//! language; the effect here only hands it the canvas once it is in the page, and again
//! whenever the language changes. The canvas takes the width it is laid out at (a
//! phone's 360 px or a desktop's 1200), so text is drawn at its real size instead of
//! being scaled down from a fixed picture.

use crate::format::number;
use crate::i18n::{tr, use_lang, Text};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use seimbang_engine::lang::Lang;

/// The drawing area plotters gives a chart function.
pub type Area = DrawingArea<CanvasBackend, plotters::coord::Shift>;

/// Width drawn at when the canvas is not laid out yet (hidden, or printed at once).
const FALLBACK_WIDTH: u32 = 640;

/// A titled chart `height` pixels tall. `draw` paints the whole area; its errors are
/// only logged (a chart that fails to draw must not take the page down).
#[component]
pub fn Chart<F>(
    title: Text,
    testid: &'static str,
    draw: F,
    #[prop(default = 360)] height: u32,
) -> impl IntoView
where
    F: Fn(&Area, Lang) -> Result<(), String> + 'static,
{
    let lang = use_lang();
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(el) = canvas.get() else { return };
        let laid_out = u32::try_from(el.client_width()).unwrap_or(0);
        el.set_width(if laid_out >= 200 {
            laid_out
        } else {
            FALLBACK_WIDTH
        });
        el.set_height(height);
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
            <canvas node_ref=canvas width=FALLBACK_WIDTH.to_string() height=height.to_string() data-testid=testid role="img" aria-label=move || tr(title)()></canvas>
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

/// Pixels of a band of [`horizontal_bars`]: a line of label, then each series' bar.
const BAND_LABEL: u32 = 22;
const BAND_BAR: u32 = 13;
/// A line of the legend above the bars, and the axis below them.
const LEGEND_LINE: i32 = 24;
const AXIS: u32 = 30;

/// The height that gives each of `rows` bands room for its label and `series` bars
/// (and two legend lines, which a phone's width may need).
pub fn band_chart_height(rows: usize, series: usize) -> u32 {
    let band = BAND_LABEL + BAND_BAR * u32::try_from(series).unwrap_or(2);
    2 * LEGEND_LINE as u32 + 6 + AXIS + 16 + band * u32::try_from(rows.max(3)).unwrap_or(3)
}

/// Where each legend entry goes (x, line) in an area `width` pixels wide: left to right,
/// a new line when the next entry would not fit. Entry widths are estimated from the
/// label's length (14 px sans-serif).
fn legend_layout(labels: &[&str], width: i32) -> Vec<(i32, i32)> {
    let mut at = Vec::with_capacity(labels.len());
    let (mut x, mut line) = (10, 0);
    for l in labels {
        let w = 28 + 8 * i32::try_from(l.chars().count()).unwrap_or(20);
        if x > 10 && x + w > width {
            x = 10;
            line += 1;
        }
        at.push((x, line));
        x += w + 12;
    }
    at
}

/// Where the axis stops: at the largest value, unless a few rows dwarf the others (a
/// Dinas Pendidikan and a Dinas Kesehatan beside small offices, more than three times
/// the median row); then just past the largest of the others, and the larger bars are
/// drawn broken with their value written in them.
pub fn axis_end(row_max: &[f64]) -> f64 {
    let mut sorted: Vec<f64> = row_max
        .iter()
        .copied()
        .filter(|v| v.is_finite() && *v > 0.0)
        .collect();
    sorted.sort_by(f64::total_cmp);
    let Some(&largest) = sorted.last() else {
        return 1.0;
    };
    let limit = 3.0 * sorted[sorted.len() / 2];
    match sorted.iter().rev().find(|v| **v <= limit) {
        Some(&kept) if largest > limit => kept * 1.15,
        _ => largest * 1.08,
    }
}

/// Horizontal bars: one band per row, first row on top, its full label written above
/// its bars (never cut), the series side by side within the band, each bar's value at
/// its end, and a legend above when the series are labelled.
pub fn horizontal_bars(
    area: &Area,
    labels: &[String],
    series: &[BarSeries],
    lang: Lang,
) -> Result<(), String> {
    let e = |err: plotters::drawing::DrawingAreaErrorKind<_>| err.to_string();
    let n = labels.len().max(1);
    let row_max: Vec<f64> = (0..n)
        .map(|i| {
            series
                .iter()
                .filter_map(|s| s.values.get(i).copied())
                .fold(0.0, f64::max)
        })
        .collect();
    let end = axis_end(&row_max);
    let labelled: Vec<(&str, RGBColor)> = series
        .iter()
        .filter_map(|s| Some((s.label?, s.color)))
        .collect();
    let names: Vec<&str> = labelled.iter().map(|l| l.0).collect();
    let width = i32::try_from(area.dim_in_pixel().0).unwrap_or(640);
    let places = legend_layout(&names, width);
    let lines = places.last().map_or(0, |p| p.1 + 1);
    let (legend, plot) = area.split_vertically(lines * LEGEND_LINE + 6);
    draw_legend(&legend, &labelled, &places).map_err(e)?;
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(8)
        .margin_right(16)
        .margin_bottom(4)
        .x_label_area_size(AXIS)
        .build_cartesian_2d(0.0..end, 0.0..n as f64)
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_label_formatter(&|v: &f64| number(*v, 0, lang))
        .disable_y_mesh()
        .disable_y_axis()
        .draw()
        .map_err(e)?;
    let label_style = ("sans-serif", 14).into_font().color(&BLACK);
    chart
        .draw_series(labels.iter().enumerate().map(|(i, l)| {
            let top = (n - i) as f64 - 0.06;
            plotters::element::Text::new(
                l.clone(),
                (0.0, top),
                label_style.pos(Pos::new(HPos::Left, VPos::Top)),
            )
        }))
        .map_err(e)?;
    let k = series.len().max(1) as f64;
    // The label's line takes its pixels from the top of each band; the bars share the
    // rest (a small margin kept).
    let band_px = (f64::from(plot.dim_in_pixel().1) - f64::from(AXIS) - 4.0) / n as f64;
    let bars = ((band_px - f64::from(BAND_LABEL)) / band_px).clamp(0.3, 0.85) - 0.08;
    let width = bars / k;
    let value_style = ("sans-serif", 12).into_font().color(&BLACK);
    let inside_style = ("sans-serif", 12).into_font().color(&WHITE);
    for (j, s) in series.iter().enumerate() {
        let color = s.color;
        let bars = s.values.iter().enumerate().map(|(i, &v)| {
            let y = (n - 1 - i) as f64 + 0.06 + width * (k - 1.0 - j as f64);
            (y, v)
        });
        chart
            .draw_series(bars.clone().map(|(y, v)| {
                Rectangle::new(
                    [(0.0, y + 0.01), (v.min(end), y + width - 0.01)],
                    color.filled(),
                )
            }))
            .map_err(e)?;
        // A broken bar: a white notch near the axis end says "longer than drawn".
        chart
            .draw_series(bars.clone().filter(|(_, v)| *v > end).map(|(y, _)| {
                Rectangle::new([(end * 0.9, y), (end * 0.92, y + width)], WHITE.filled())
            }))
            .map_err(e)?;
        chart
            .draw_series(bars.map(|(y, v)| {
                let (x, style) = if v > end {
                    (
                        end * 0.89,
                        inside_style.pos(Pos::new(HPos::Right, VPos::Center)),
                    )
                } else {
                    (
                        v + end * 0.005,
                        value_style.pos(Pos::new(HPos::Left, VPos::Center)),
                    )
                };
                plotters::element::Text::new(number(v, 0, lang), (x, y + width / 2.0), style)
            }))
            .map_err(e)?;
    }
    Ok(())
}

/// The series' colours and labels, at the places [`legend_layout`] gave them.
fn draw_legend(
    area: &Area,
    labelled: &[(&str, RGBColor)],
    places: &[(i32, i32)],
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>
{
    let style = ("sans-serif", 14).into_font().color(&BLACK);
    for ((label, color), (x, line)) in labelled.iter().zip(places) {
        let y = 6 + line * LEGEND_LINE;
        area.draw(&Rectangle::new([(*x, y), (x + 14, y + 14)], color.filled()))?;
        area.draw(&plotters::element::Text::new(
            label.to_string(),
            (x + 20, y),
            style.clone(),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{axis_end, legend_layout};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_few_giants_are_broken_so_the_others_stay_readable() {
        let check = |rows: &[f64], want: f64| {
            let got = axis_end(rows);
            assert!((got - want).abs() < 1e-9, "{rows:?}: {got} != {want}");
        };
        // Two giants among fifteen offices: the axis ends past the largest of the rest.
        let mut opds = vec![5852.0, 2627.0, 300.0];
        opds.extend([
            218.0, 162.0, 144.0, 141.0, 136.0, 129.0, 125.0, 122.0, 120.0, 109.0, 107.0, 107.0,
        ]);
        check(&opds, 300.0 * 1.15);
        // Comparable rows: the axis ends just past the largest.
        check(&[10.0, 8.0, 7.0], 10.0 * 1.08);
        check(&[], 1.0);
        check(&[0.0, 0.0], 1.0);
    }

    #[wasm_bindgen_test]
    fn the_legend_wraps_on_a_narrow_canvas() {
        let labels = ["kebutuhan", "pegawai sebelum", "pegawai sesudah rencana"];
        assert_eq!(
            legend_layout(&labels, 1000).iter().map(|p| p.1).max(),
            Some(0)
        );
        let narrow = legend_layout(&labels, 330);
        assert_eq!(narrow.last().map(|p| p.1), Some(1), "{narrow:?}");
        assert!(narrow.iter().all(|(x, _)| *x < 330));
    }
}
