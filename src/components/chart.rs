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
