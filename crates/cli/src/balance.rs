//! `seimbang balance (--data PATH [--params params.json] | --scenario FILE) --out
//! plan.csv [--summary summary.json]` (docs/CLI.md): the optimiser's plan for a
//! scenario. The command only reads, times and writes; the plan is the engine's, the
//! same as the app's.

use crate::data;
use crate::flags::Flags;
use crate::scenario;
use crate::CliError;
use seimbang_engine::plan::Plan;
use seimbang_engine::scenario::Scenario;
use serde::Serialize;
use std::time::Instant;

const USAGE: &str = "usage: seimbang balance (--data PATH [--params params.json] | --scenario FILE.seimbang.json [--data PATH]) --out plan.csv [--summary summary.json] [--temporary temporary.csv]";

/// summary.json, field for field as docs/CLI.md lists them.
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

/// temporary.csv: one row per helper of the temporary needs, by need then NIP.
fn temporary_csv(scenario: &Scenario, plan: &Plan) -> Result<Vec<u8>, CliError> {
    let lang = data::lang();
    let internal = |e: csv::Error| CliError::Internal(e.to_string());
    let temporary = scenario.temporary(plan);
    let slots = &scenario.slots().slots;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "nip",
        "kode_unit_asal",
        "kode_jabatan_asal",
        "kode_unit_tujuan",
        "kebutuhan",
        "mulai",
        "selesai",
        "biaya",
        "alasan",
    ])
    .map_err(internal)?;
    for a in &temporary.assignments {
        let (Some(from), Some(need)) = (
            slots.get(a.from),
            temporary.needs.get(a.need).map(|f| &f.need),
        ) else {
            continue;
        };
        w.write_record([
            a.nip.as_str(),
            from.kode_unit.as_str(),
            from.kode_jabatan.as_str(),
            need.kode_unit.as_str(),
            &need.tambahan.to_string(),
            &a.mulai.to_string(),
            &a.selesai.to_string(),
            &a.cost.to_string(),
            &a.explain(need, lang),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| CliError::Internal(e.to_string()))
}

/// Run the command with its arguments (after the subcommand name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let known = [
        "--data",
        "--params",
        "--scenario",
        "--out",
        "--summary",
        "--temporary",
    ];
    let flags = Flags::parse(args, &known, &["--out"], USAGE)?;
    let scenario = scenario::load(&flags)?;
    let started = Instant::now();
    let plan = scenario.plan().map_err(scenario::plan_error)?;
    let solve_ms = started.elapsed().as_secs_f64() * 1e3;
    let out = flags.path("--out");
    let csv = plan_csv(&plan)?;
    std::fs::write(&out, csv).map_err(|e| CliError::Input(format!("{}: {e}", out.display())))?;
    if let Some(path) = &flags.get("--temporary") {
        std::fs::write(path, temporary_csv(&scenario, &plan)?)
            .map_err(|e| CliError::Input(format!("{}: {e}", path.display())))?;
    }
    if let Some(path) = &flags.get("--summary") {
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
