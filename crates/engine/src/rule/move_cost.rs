//! The cost of a move (`biaya_pindah`, `faktor_sukarela`, `faktor_jatuh_tempo`,
//! `faktor_tujuan_usulan`): every move costs `biaya_pindah` times the smallest factor
//! that applies to the person (a volunteer's, a due person's, else 1), times the
//! requested-unit factor when a volunteer goes to the unit they asked for, so a move is
//! proposed only when it lowers the imbalance by more; and among a slot's movable people
//! the cheaper move first.

use crate::params::Params;

/// c(e) = biaya_pindah × f(e): f(e) the smallest of `faktor_sukarela` (when `volunteer`)
/// and `faktor_jatuh_tempo` (when `due` and below 1: a factor of 1 changes nothing, so
/// even a volunteer factor above 1 keeps its v1 meaning), else 1.
pub fn move_cost(params: &Params, volunteer: bool, due: bool) -> f64 {
    let factors = [
        (volunteer, params.faktor_sukarela),
        (
            due && params.faktor_jatuh_tempo < 1.0,
            params.faktor_jatuh_tempo,
        ),
    ];
    let factor = factors
        .iter()
        .filter(|(applies, _)| *applies)
        .map(|&(_, f)| f)
        .reduce(f64::min)
        .unwrap_or(1.0);
    params.biaya_pindah * factor
}

/// g: the factor on a volunteer's move into the unit they asked for, when it changes
/// anything (below 1).
pub fn requested_unit_factor(params: &Params) -> Option<f64> {
    (params.faktor_tujuan_usulan < 1.0).then_some(params.faktor_tujuan_usulan)
}

/// The cost of someone to whom no factor applies (the unit the other costs scale).
pub fn base_cost(params: &Params) -> f64 {
    params.biaya_pindah
}

/// Whether volunteers are ranked before the others among equal costs, and what the
/// published tie-break says first (their moves cost no more).
pub fn volunteers_first(params: &Params) -> bool {
    move_cost(params, true, false) <= move_cost(params, false, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sukarela: f64, jatuh_tempo: f64, volunteer: bool, due: bool, expected: f64) {
        let p = Params {
            biaya_pindah: 1.0,
            faktor_sukarela: sukarela,
            faktor_jatuh_tempo: jatuh_tempo,
            ..Params::default()
        };
        assert_eq!(
            move_cost(&p, volunteer, due),
            expected,
            "{sukarela} {jatuh_tempo} {volunteer} {due}"
        );
    }

    #[test]
    fn the_smallest_factor_that_applies() {
        check(0.5, 1.0, false, false, 1.0);
        check(0.5, 1.0, true, false, 0.5);
        check(0.5, 1.0, false, true, 1.0);
        check(0.5, 0.25, false, true, 0.25);
        check(0.5, 0.25, true, true, 0.25);
        check(0.5, 0.75, true, true, 0.5);
        // A volunteer factor above 1 (volunteers last) still applies alone, as in v1.
        check(2.0, 1.0, true, false, 2.0);
        check(2.0, 0.5, true, true, 0.5);
        check(2.0, 1.0, true, true, 2.0);
    }
}
