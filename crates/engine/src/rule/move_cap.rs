//! The cap on the plan's size (`maks_pindah`): at most this many moves, forced moves
//! counted first.

use crate::params::Params;

/// The cap, `None` without one.
pub fn move_cap(params: &Params) -> Option<u32> {
    params.maks_pindah
}

/// Whether `moves` moves are more than the cap allows.
pub fn exceeds(params: &Params, moves: usize) -> bool {
    move_cap(params).is_some_and(|k| moves as u64 > u64::from(k))
}
