//! Benchmarks of the engine inside headless Chromium, where users run it: import, model
//! build + solve, the Pareto sweep, and the wasm memory they leave reserved. The native
//! examples (`bench_solve`, `bench_import`) measure the same code without the browser;
//! this file tells how much wasm costs on top. Timing lives here, never in the engine.
//!
//! Ignored by the normal test run (they take a while); `scripts/bench.sh` runs them:
//!
//!     cargo test --release -p seimbang-app --target wasm32-unknown-unknown \
//!         --test bench_browser -- --include-ignored --nocapture
//!
//! The XLSX is written in the browser too: the app turns on rust_xlsxwriter's `wasm`
//! feature on wasm32, which reads the clock through JavaScript instead of `SystemTime`.
#![cfg(target_arch = "wasm32")]

use seimbang_engine::demo::{generate, write_csv, write_xlsx, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::params::Params;
use seimbang_engine::plan::{self, Model};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Milliseconds from the page's high-resolution clock, `performance.now()` (read through
/// `Reflect`, so no extra web-sys feature), else the date clock.
fn now() -> f64 {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"performance".into())
        .ok()
        .and_then(|p| {
            let f = js_sys::Reflect::get(&p, &"now".into()).ok()?;
            f.dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&p)
                .ok()?
                .as_f64()
        })
        .unwrap_or_else(js_sys::Date::now)
}

/// Bytes of wasm linear memory reserved so far: it only grows, so this is the peak.
fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |b| f64::from(b.byte_length()))
        })
        .unwrap_or(0.0)
}

fn report(label: &str, ms: f64, detail: &str) {
    console_log!(
        "BENCH {label}: {ms:.0} ms; {detail}; wasm memory {:.0} MB",
        memory_bytes() / 1e6
    );
}

fn time_import(label: &str, files: &[InputFile]) {
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let t = now();
    let result = import(files);
    let ms = now() - t;
    match result {
        Ok(i) => report(
            label,
            ms,
            &format!(
                "{} employees, {:.1} MB in",
                i.dataset.employees.len(),
                bytes as f64 / 1e6
            ),
        ),
        Err(f) => panic!("{label}: rejected with {} errors", f.errors().len()),
    }
}

#[wasm_bindgen_test]
#[ignore]
fn bench_import() {
    let city = generate(&DemoSpec::small(1, 15_000));
    let xlsx = write_xlsx(&city).expect("workbook");
    time_import("import XLSX 15k", &[InputFile::new("data.xlsx", xlsx)]);
    let province = generate(&DemoSpec::province(2));
    let csv: Vec<InputFile> = write_csv(&province, CsvStyle::Plain)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect();
    time_import("import CSV 100k", &csv);
}

fn bench_solve(name: &str, spec: &DemoSpec, pareto: bool) {
    let ds = generate(spec);
    let d = spec.reference;
    let params = Params::default();
    let t = now();
    let model = Model::build(&ds, &params, d).expect("model");
    let build = now() - t;
    let t = now();
    let plan = plan::solve_model(&ds, &model).expect("solve");
    let solve = now() - t;
    report(
        &format!("{name} build + solve"),
        build + solve,
        &format!(
            "build {build:.0} ms, solve {solve:.0} ms, {} moves, F {:.1} (exact {})",
            plan.moves.len(),
            plan.objective,
            plan.exact
        ),
    );
    let capped = Params {
        maks_keluar_persen: Some(1.0),
        ..params.clone()
    };
    let t = now();
    let c = plan::solve(&ds, &capped, d).expect("capped");
    report(
        &format!("{name} maks_keluar_persen=1 (incl. build)"),
        now() - t,
        &format!("{} moves, gap {:.3}%", c.moves.len(), 100.0 * c.gap()),
    );
    if pareto {
        let t = now();
        let points = plan::pareto::pareto(&ds, &model, 25).expect("pareto");
        report(
            &format!("{name} Pareto 25"),
            now() - t,
            &format!("{} points", points.len()),
        );
    }
}

#[wasm_bindgen_test]
#[ignore]
fn bench_solve_city() {
    bench_solve("city", &DemoSpec::city(DEMO_SEED), true);
}

#[wasm_bindgen_test]
#[ignore]
fn bench_solve_province() {
    bench_solve("province", &DemoSpec::province(DEMO_SEED), false);
}
