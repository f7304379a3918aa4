//! `seimbang analyze --data PATH [--params params.json] --out analysis.csv`: the
//! indicators of the current staffing per slot (CLI.md). The analysis needs no
//! reference date, so none is asked for.

use crate::data;
use crate::flags::Flags;
use crate::CliError;
use seimbang_engine::analysis::Indicators;
use seimbang_engine::analysis_csv::analysis_csv;
use seimbang_engine::pj::PjTable;
use seimbang_engine::slot::SlotTable;
use std::path::PathBuf;

/// The command's arguments.
struct Args {
    data: PathBuf,
    params: Option<PathBuf>,
    out: PathBuf,
}

fn parse(args: &[String]) -> Result<Args, CliError> {
    let usage = "usage: seimbang analyze --data PATH [--params params.json] --out analysis.csv";
    let f = Flags::parse(
        args,
        &["--data", "--params", "--out"],
        &["--data", "--out"],
        usage,
    )?;
    Ok(Args {
        data: f.path("--data"),
        params: f.get("--params"),
        out: f.path("--out"),
    })
}

/// Run the command with its arguments (after the subcommand name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let args = parse(args)?;
    let params = data::load_params(args.params.as_deref())?;
    let imported = data::load(&args.data)?;
    let table = SlotTable::build(&imported.dataset, params.wke_menit);
    let indicators = Indicators::current(&table, &PjTable::default());
    let csv = analysis_csv(&table.slots, &indicators);
    std::fs::write(&args.out, csv)
        .map_err(|e| CliError::Input(format!("{}: {e}", args.out.display())))
}
