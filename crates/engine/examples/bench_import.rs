//! Import benchmark: a 15,000-employee XLSX workbook and a 100,000-employee CSV (plain
//! and SIASN-style), generated in memory; only `import` is timed.
//!
//!     cargo run --release -p seimbang-engine --example bench_import

#[path = "../tests/support/forms.rs"]
mod forms;

use seimbang_engine::import::{import, InputFile};
use std::time::Instant;

fn time(label: &str, files: &[InputFile]) {
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let start = Instant::now();
    let result = import(files);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(i) => println!(
            "{label}: {} employees, {:.1} MB in, {ms:.0} ms ({} warnings)",
            i.dataset.employees.len(),
            bytes as f64 / 1e6,
            i.diagnostics.len()
        ),
        Err(f) => println!("{label}: rejected with {} errors", f.errors().len()),
    }
}

fn main() {
    let small = forms::sample(15_000, 1);
    time("XLSX 15k", &forms::xlsx(&small));
    let large = forms::sample(100_000, 2);
    time("CSV 100k (plain)", &forms::plain_csv(&large));
    time("CSV 100k (SIASN)", &forms::siasn_csv(&large));
}
