//! `seimbang analyze`: see CLI.md of the contract.

use crate::CliError;

/// Run the command with its arguments (after the subcommand name).
pub fn run(_args: &[String]) -> Result<(), CliError> {
    Err(CliError::Input(
        "seimbang analyze: not available yet".into(),
    ))
}
