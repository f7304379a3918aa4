//! `seimbang balance --data PATH [--params params.json] --out plan.csv [--summary
//! summary.json]` (CLI.md): the optimiser's plan for a dataset. The command only reads,
//! times and writes; the plan is the engine's, the same as the app's.

use crate::data;
use crate::flags::Flags;
use crate::CliError;
use seimbang_engine::plan::{self, Plan, PlanError};
use seimbang_engine::Date;
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

const USAGE: &str =
    "usage: seimbang balance --data PATH [--params params.json] --out plan.csv [--summary summary.json]";

struct Args {
    data: PathBuf,
    params: Option<PathBuf>,
    out: PathBuf,
    summary: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Args, CliError> {
    let known = ["--data", "--params", "--out", "--summary"];
    let f = Flags::parse(args, &known, &["--data", "--out"], USAGE)?;
    Ok(Args {
        data: f.path("--data"),
        params: f.get("--params"),
        out: f.path("--out"),
        summary: f.get("--summary"),
    })
}

/// Today's civil date in UTC: the command's default reference date.
fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

/// summary.json, field for field as CLI.md lists them.
#[derive(Serialize)]
struct Summary {
    objective: f64,
    objective_before: f64,
    imbalance: f64,
    moves: usize,
    lower_bound: f64,
    exact: bool,
    movable: usize,
    employees: usize,
    slots: usize,
    solve_ms: f64,
}

/// plan.csv: one row per move, ordered by NIP.
fn plan_csv(plan: &Plan) -> Result<Vec<u8>, CliError> {
    let lang = data::lang();
    let internal = |e: csv::Error| CliError::Internal(e.to_string());
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "nip",
        "kode_unit_asal",
        "kode_jabatan_asal",
        "kode_unit_tujuan",
        "kode_jabatan_tujuan",
        "biaya",
        "alasan",
    ])
    .map_err(internal)?;
    for m in &plan.moves {
        w.write_record([
            m.nip.as_str(),
            m.from.kode_unit.as_str(),
            m.from.kode_jabatan.as_str(),
            m.to.kode_unit.as_str(),
            m.to.kode_jabatan.as_str(),
            &m.cost.to_string(),
            &m.explain(lang),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| CliError::Internal(e.to_string()))
}

/// Run the command with its arguments (after the subcommand name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let args = parse(args)?;
    let params = data::load_params(args.params.as_deref())?;
    let date = match params.tanggal_acuan {
        Some(d) => d,
        None => {
            let d = today();
            eprintln!("tanggal_acuan not given: using today's date {d} as the reference date");
            d
        }
    };
    let imported = data::load(&args.data)?;
    let ds = &imported.dataset;
    let started = Instant::now();
    let plan = plan::solve(ds, &params, date).map_err(|e| match e {
        PlanError::Infeasible => CliError::Internal(e.to_string()),
        other => CliError::Input(other.to_string()),
    })?;
    let solve_ms = started.elapsed().as_secs_f64() * 1e3;
    let csv = plan_csv(&plan)?;
    std::fs::write(&args.out, csv)
        .map_err(|e| CliError::Input(format!("{}: {e}", args.out.display())))?;
    if let Some(path) = &args.summary {
        let summary = Summary {
            objective: plan.objective,
            objective_before: plan.objective_before,
            imbalance: plan.imbalance,
            moves: plan.moves.len(),
            lower_bound: plan.lower_bound,
            exact: plan.exact,
            movable: plan.movable,
            employees: plan.employees,
            slots: plan.slots,
            solve_ms,
        };
        let text = serde_json::to_string_pretty(&summary)
            .map_err(|e| CliError::Internal(e.to_string()))?;
        std::fs::write(path, text + "\n")
            .map_err(|e| CliError::Input(format!("{}: {e}", path.display())))?;
    }
    Ok(())
}
