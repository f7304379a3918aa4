//! The `seimbang` command: a thin shell around the engine. It reads files, supplies
//! today's date when params.json has none (and says so), writes files, and maps errors
//! to exit codes: 0 success, 2 bad input, 1 internal error. All logic is in the engine.

mod analyze;
mod balance;
mod data;
mod evaluate;
mod flags;
mod scenario;

use std::process::ExitCode;

const USAGE: &str = "usage:
  seimbang balance (--data PATH [--params params.json] | --scenario FILE.seimbang.json [--data PATH]) --out plan.csv [--summary summary.json]
  seimbang analyze (--data PATH [--params params.json] | --scenario FILE.seimbang.json [--data PATH]) --out analysis.csv
  seimbang evaluate --plan plan.csv --before PATH --after PATH [--params params.json] --out evaluation.csv";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("balance") => balance::run(&args[1..]),
        Some("analyze") => analyze::run(&args[1..]),
        Some("evaluate") => evaluate::run(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

/// What can go wrong in a command, with its exit status.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad input: arguments, params.json or data files (exit 2).
    #[error("{0}")]
    Input(String),
    /// Anything else (exit 1).
    #[error("internal error: {0}")]
    Internal(String),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Input(_) => 2,
            CliError::Internal(_) => 1,
        }
    }
}
