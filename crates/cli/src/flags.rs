//! The commands' `--flag PATH` arguments: each known flag takes one path; an unknown
//! flag, a missing value or a missing required flag is bad input (exit 2) with the usage.

use crate::CliError;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Paths by flag name.
pub struct Flags(BTreeMap<&'static str, PathBuf>);

impl Flags {
    /// Parse `args` allowing `known` flags; every flag of `required` must be given.
    pub fn parse(
        args: &[String],
        known: &[&'static str],
        required: &[&str],
        usage: &str,
    ) -> Result<Flags, CliError> {
        let mut found = BTreeMap::new();
        let mut it = args.iter();
        while let Some(flag) = it.next() {
            let Some(name) = known.iter().find(|k| **k == flag.as_str()) else {
                return Err(CliError::Input(format!("unknown argument {flag}\n{usage}")));
            };
            let value = it
                .next()
                .ok_or_else(|| CliError::Input(format!("{flag} needs a value\n{usage}")))?;
            found.insert(*name, PathBuf::from(value));
        }
        if required.iter().any(|r| !found.contains_key(r)) {
            return Err(CliError::Input(usage.to_string()));
        }
        Ok(Flags(found))
    }

    /// The path of an optional flag.
    pub fn get(&self, flag: &str) -> Option<PathBuf> {
        self.0.get(flag).cloned()
    }

    /// The path of a required flag (checked by `parse`).
    pub fn path(&self, flag: &str) -> PathBuf {
        self.get(flag).unwrap_or_default()
    }
}
