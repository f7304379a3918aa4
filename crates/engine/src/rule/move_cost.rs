//! The cost of a move (`biaya_pindah`, `faktor_sukarela`): every move costs the same,
//! a volunteer's that times the volunteer factor, so a move is proposed only when it
//! lowers the imbalance by more; and among equals the cheaper class moves first.

use crate::params::Params;

/// c(e): the cost of moving someone who did (`volunteer`) or did not ask to move.
pub fn move_cost(params: &Params, volunteer: bool) -> f64 {
    if volunteer {
        params.biaya_pindah * params.faktor_sukarela
    } else {
        params.biaya_pindah
    }
}

/// Whether volunteers are ranked before the others in a slot (their moves cost no more).
pub fn volunteers_first(params: &Params) -> bool {
    move_cost(params, true) <= move_cost(params, false)
}
