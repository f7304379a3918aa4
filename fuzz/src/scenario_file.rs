//! `scenario_file`: the bytes as text (invalid UTF-8 replaced, as the browser's
//! `readAsText` does) through the readers of stored scenarios and stored datasets, the
//! bytes as they are through the `.seimbang.json` share-file reader, then on along the share import's path: the dataset
//! and the settings into the engine's types, the slots, and the plan.

use crate::common::loaded;
use seimbang_engine::plan::{pareto_curve, solve_adjusted, PlanError};
use seimbang_engine::Dataset;
use seimbang_engine::Date;
use seimbang_stored::{
    dataset_of, parse_dataset, parse_scenario, read_share, settings_of, ScenarioDto,
    DATASET_VERSION, SCENARIO_VERSION,
};

/// The reference date when the scenario names none (the app uses today).
const TODAY: (i32, u32, u32) = (2026, 1, 1);

pub fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(scenario) = parse_scenario(&text) {
        assert_eq!(scenario.version, SCENARIO_VERSION, "read, then migrated");
        let _ = settings_of(&scenario);
    }
    if let Ok(dto) = parse_dataset(&text) {
        assert_eq!(dto.version, DATASET_VERSION);
        if let Ok(ds) = dataset_of(&dto) {
            loaded(&ds);
        }
    }
    // The share import reads bytes (the worker gets them as the file holds them).
    match read_share(data) {
        Ok((scenario, stored)) => import_shared(&scenario, &stored.dataset),
        Err(e) => assert!(!e.to_string().is_empty(), "a refusal without a reason"),
    }
}

/// The share import (`worker::tasks` in seimbang-workbench, then the page's replan)
/// without the storage: the data loaded, the plan computed as a run does. The solver may
/// refuse (bad parameters or needs) but never with its internal error.
fn import_shared(scenario: &ScenarioDto, ds: &Dataset) {
    assert_eq!(scenario.version, SCENARIO_VERSION);
    let Ok((params, adjustments)) = settings_of(scenario) else {
        return;
    };
    loaded(ds);
    let (y, m, d) = TODAY;
    let today = Date::new(y, m, d).expect("a date");
    let d = params.tanggal_acuan.unwrap_or(today);
    match solve_adjusted(ds, &params, d, &adjustments) {
        Ok(_) => {}
        Err(PlanError::Infeasible) => panic!("the solver ended infeasible"),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    if adjustments.is_empty() {
        if let Err(PlanError::Infeasible) = pareto_curve(ds, &params, d, 25) {
            panic!("the Pareto sweep ended infeasible");
        }
    }
}
