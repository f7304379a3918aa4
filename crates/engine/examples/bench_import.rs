//! Import benchmark on the demo generator's data: a 15,000-employee XLSX workbook and
//! the 100,000-employee province as plain and SIASN-style CSV, written in memory; only
//! `import` is timed.
//!
//!     cargo run --release -p seimbang-engine --example bench_import

use seimbang_engine::demo::{generate, write_csv, write_xlsx, CsvStyle, DemoSpec};
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

fn csv(ds: &seimbang_engine::Dataset, style: CsvStyle) -> Vec<InputFile> {
    write_csv(ds, style)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect()
}

fn main() {
    let city = generate(&DemoSpec::small(1, 15_000));
    match write_xlsx(&city) {
        Ok(bytes) => time("XLSX 15k", &[InputFile::new("data.xlsx", bytes)]),
        Err(e) => println!("XLSX 15k: {e}"),
    }
    let province = generate(&DemoSpec::province(2));
    time("CSV 100k (plain)", &csv(&province, CsvStyle::Plain));
    time("CSV 100k (SIASN)", &csv(&province, CsvStyle::Siasn));
}
