//! The scenario a command works on, from its flags: the data (`--data`), the
//! parameters (`--params`) or a scenario file exported by the app (`--scenario
//! FILE.seimbang.json`: its parameters, adjustments and, without `--data`, its data),
//! and today's date when the parameters name no reference date (said on stderr). The
//! engine resolves it, so the command's figures are the app's.

use crate::data;
use crate::flags::Flags;
use crate::CliError;
use seimbang_engine::plan::{Adjustments, PlanError};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::{Dataset, Date};
use std::path::Path;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Today's civil date in UTC: the default reference date.
fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

/// A scenario file's parameters, adjustments and data.
fn read_share(path: &Path) -> Result<(seimbang_engine::Params, Adjustments, Dataset), CliError> {
    let bad = |e: String| CliError::Input(format!("{}: {e}", path.display()));
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let (scenario, stored) = seimbang_stored::read_share(&bytes).map_err(|e| bad(e.to_string()))?;
    let (params, adjustments) = seimbang_stored::settings_of(&scenario).map_err(bad)?;
    params.validate().map_err(|e| bad(e.to_string()))?;
    Ok((params, adjustments, stored.dataset))
}

/// The scenario of `--data`, `--params` and `--scenario`.
pub fn load(flags: &Flags) -> Result<Scenario, CliError> {
    let (params, adjustments, dataset) = match flags.get("--scenario") {
        Some(path) => {
            if flags.get("--params").is_some() {
                return Err(CliError::Input(
                    "--scenario carries its parameters: give --params or --scenario, not both"
                        .into(),
                ));
            }
            let (params, adjustments, dataset) = read_share(&path)?;
            let dataset = match flags.get("--data") {
                Some(data) => data::load(&data)?.dataset,
                None => dataset,
            };
            (params, adjustments, dataset)
        }
        None => {
            let Some(path) = flags.get("--data") else {
                return Err(CliError::Input("--data or --scenario is needed".into()));
            };
            let params = data::load_params(flags.get("--params").as_deref())?;
            (params, Adjustments::default(), data::load(&path)?.dataset)
        }
    };
    let today = reference(&params);
    Scenario::new(Arc::new(dataset), params, adjustments, today).map_err(plan_error)
}

/// The parameters' reference date, else today's (said on stderr).
pub fn reference(params: &seimbang_engine::Params) -> Date {
    match params.tanggal_acuan {
        Some(d) => d,
        None => {
            let d = today();
            eprintln!("tanggal_acuan not given: using today's date {d} as the reference date");
            d
        }
    }
}

/// A plan error as the command reports it.
pub fn plan_error(e: PlanError) -> CliError {
    match e {
        PlanError::Infeasible => CliError::Internal(e.to_string()),
        other => CliError::Input(other.to_string()),
    }
}
