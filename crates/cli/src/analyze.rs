//! `seimbang analyze (--data PATH [--params params.json] | --scenario FILE) --out
//! analysis.csv`: the indicators of the current staffing per slot (docs/CLI.md), on the
//! scenario's slot table (its WKE, and a scenario file's need overrides).

use crate::flags::Flags;
use crate::scenario;
use crate::CliError;
use seimbang_engine::analysis_csv::analysis_csv;

const USAGE: &str = "usage: seimbang analyze (--data PATH [--params params.json] | --scenario FILE.seimbang.json [--data PATH]) --out analysis.csv";

/// Run the command with its arguments (after the subcommand name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let flags = Flags::parse(
        args,
        &["--data", "--params", "--scenario", "--out"],
        &["--out"],
        USAGE,
    )?;
    let scenario = scenario::load(&flags)?;
    let csv = analysis_csv(&scenario.slots().slots, scenario.before());
    let out = flags.path("--out");
    std::fs::write(&out, csv).map_err(|e| CliError::Input(format!("{}: {e}", out.display())))
}
