//! `seimbang balance (--data PATH [--params params.json] | --scenario FILE) --out
//! plan.csv [--summary summary.json]` (docs/CLI.md): the optimiser's plan for a
//! scenario. The command only reads, times and writes; the plan is the engine's, the
//! same as the app's.

use crate::data;
use crate::flags::Flags;
use crate::scenario;
use crate::CliError;
use seimbang_engine::evaluation_csv::PLAN_COLUMNS;
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

/// A CSV file of `header` and `rows`, as the csv crate writes it (quoting as needed).
fn csv_bytes(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, CliError> {
    let internal = |e: csv::Error| CliError::Internal(e.to_string());
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(internal)?;
    for row in rows {
        w.write_record(row).map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| CliError::Internal(e.to_string()))
}

/// plan.csv: one row per move, ordered by NIP.
fn plan_csv(plan: &Plan) -> Result<Vec<u8>, CliError> {
    let lang = data::lang();
    let rows: Vec<Vec<String>> = plan
        .moves
        .iter()
        .map(|m| {
            vec![
                m.nip.clone(),
                m.from.kode_unit.clone(),
                m.from.kode_jabatan.clone(),
                m.to.kode_unit.clone(),
                m.to.kode_jabatan.clone(),
                m.cost.to_string(),
                m.explain(lang),
            ]
        })
        .collect();
    csv_bytes(&PLAN_COLUMNS, &rows)
}

/// temporary.csv: one row per helper of the temporary needs, by need then NIP.
fn temporary_csv(scenario: &Scenario, plan: &Plan) -> Result<Vec<u8>, CliError> {
    let lang = data::lang();
    let temporary = scenario.temporary(plan);
    let slots = &scenario.slots().slots;
    let rows: Vec<Vec<String>> = temporary
        .assignments
        .iter()
        .filter_map(|a| {
            let from = slots.get(a.from)?;
            let need = &temporary.needs.get(a.need)?.need;
            Some(vec![
                a.nip.clone(),
                from.kode_unit.clone(),
                from.kode_jabatan.clone(),
                need.kode_unit.clone(),
                need.tambahan.to_string(),
                a.mulai.to_string(),
                a.selesai.to_string(),
                a.cost.to_string(),
                a.explain(need, lang),
            ])
        })
        .collect();
    csv_bytes(
        &[
            "nip",
            "kode_unit_asal",
            "kode_jabatan_asal",
            "kode_unit_tujuan",
            "kebutuhan",
            "mulai",
            "selesai",
            "biaya",
            "alasan",
        ],
        &rows,
    )
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
