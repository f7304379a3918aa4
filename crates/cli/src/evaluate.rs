//! `seimbang evaluate --plan plan.csv --before PATH --after PATH [--params params.json]
//! --out evaluation.csv`: the adopted plan (as `balance` wrote it) held against a later
//! snapshot. Writes one row per classified person and prints the counts and F before,
//! as planned and now on stdout (docs/CLI.md).

use crate::flags::Flags;
use crate::scenario::{plan_error, reference};
use crate::{data, CliError};
use seimbang_engine::evaluation::{evaluate, Evaluation};
use seimbang_engine::evaluation_csv::{evaluation_csv, read_plan_csv};
use seimbang_engine::scenario::Scenario;
use std::sync::Arc;

const USAGE: &str = "usage: seimbang evaluate --plan plan.csv --before PATH --after PATH [--params params.json] --out evaluation.csv";

/// Run the command with its arguments (after the subcommand name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let flags = Flags::parse(
        args,
        &["--plan", "--before", "--after", "--params", "--out"],
        &["--plan", "--before", "--after", "--out"],
        USAGE,
    )?;
    let plan_path = flags.path("--plan");
    let bytes = std::fs::read(&plan_path)
        .map_err(|e| CliError::Input(format!("{}: {e}", plan_path.display())))?;
    let planned = read_plan_csv(&bytes).map_err(|e| CliError::Input(e.to_string()))?;
    let params = data::load_params(flags.get("--params").as_deref())?;
    let before = data::load(&flags.path("--before"))?.dataset;
    let after = data::load(&flags.path("--after"))?.dataset;
    let d = reference(&params);
    let scenario =
        Scenario::new(Arc::new(before), params, Default::default(), d).map_err(plan_error)?;
    let ev = evaluate(
        &scenario.dataset,
        scenario.slots(),
        &planned,
        &after,
        &scenario.pj,
    );
    let out = flags.path("--out");
    std::fs::write(&out, evaluation_csv(&ev))
        .map_err(|e| CliError::Input(format!("{}: {e}", out.display())))?;
    println!("{}", summary(&ev));
    Ok(())
}

/// The counts per status and F at the three points, one per line.
fn summary(ev: &Evaluation) -> String {
    let mut lines: Vec<String> = ev
        .counts()
        .iter()
        .map(|(o, n)| format!("{}: {n}", o.code()))
        .collect();
    lines.push(format!("pegawai_baru: {}", ev.newcomers));
    lines.push(format!("F_sebelum: {:.6}", ev.before.objective));
    lines.push(format!("F_rencana: {:.6}", ev.planned.objective));
    lines.push(format!("F_kini: {:.6}", ev.now.objective));
    if let Some(r) = ev.realised() {
        lines.push(format!("terwujud: {:.1}%", 100.0 * r));
    }
    lines.join("\n")
}
