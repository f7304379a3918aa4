//! Scope: with `lingkup` = `opd` a person stays inside their own OPD; with `semua` any
//! unit of the data may receive them.

use crate::params::{Params, Scope};

/// Whether a move from OPD `from` to OPD `to` is inside the scenario's scope.
pub fn in_scope(params: &Params, from: &str, to: &str) -> bool {
    params.lingkup == Scope::Semua || from == to
}

/// Whether targets depend on the person's OPD.
pub fn within_opd(params: &Params) -> bool {
    params.lingkup == Scope::Opd
}
