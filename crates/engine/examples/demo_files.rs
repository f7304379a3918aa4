//! Writes demo datasets as the files users would hand over, for end-to-end tests and
//! for trying the CLI: `cargo run -p seimbang-engine --example demo_files -- OUT_DIR
//! [employees]`. Writes `OUT_DIR/demo.xlsx` (one workbook), `OUT_DIR/csv/*.csv` (plain)
//! and `OUT_DIR/siasn/*.csv` (SIASN-style). Without a size, the demo city.

use seimbang_engine::demo::{generate, write_csv, write_xlsx, CsvStyle, DemoSpec, DEMO_SEED};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: demo_files OUT_DIR [employees]")?);
    let spec = match args.next() {
        Some(n) => DemoSpec::small(DEMO_SEED, n.parse()?),
        None => DemoSpec::city(DEMO_SEED),
    };
    let ds = generate(&spec);
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("demo.xlsx"), write_xlsx(&ds)?)?;
    for (dir, style) in [("csv", CsvStyle::Plain), ("siasn", CsvStyle::Siasn)] {
        std::fs::create_dir_all(out.join(dir))?;
        for (name, bytes) in write_csv(&ds, style) {
            std::fs::write(out.join(dir).join(name), bytes)?;
        }
    }
    println!(
        "{} employees written to {}",
        ds.employees.len(),
        out.display()
    );
    Ok(())
}
