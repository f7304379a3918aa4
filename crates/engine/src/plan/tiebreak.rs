//! The published tie-break (docs/MODEL.md): among employees of one slot, the cheaper move
//! first (a volunteer's or a due person's factor), and among equal costs sukarela first,
//! then earliest `tmt_jabatan`, then NIP ascending. The model keeps each slot's movable
//! employees ranked this way, so the k who move are the first k; the rule that decided a
//! mover is the first one separating them from the first not chosen (for the last
//! chosen: the rule that drew the line).

use crate::dataset::Employee;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Which rule picked the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Criterion {
    /// Volunteered (sukarela).
    Sukarela,
    /// Due for rotation, which made the move cheaper (`faktor_jatuh_tempo`).
    JatuhTempo,
    /// Longest in the current position (earliest TMT jabatan).
    MasaJabatan,
    /// NIP ascending.
    Nip,
    /// Every movable employee of the slot moves: nobody had to be preferred.
    SemuaPindah,
}

/// Per employee: the cost of their move and whether they are due for rotation.
pub struct Costs<'a> {
    pub cost: &'a [f64],
    pub due: &'a [bool],
}

/// The criterion for the mover `chosen` of a slot whose ranked movable list is `ranked`
/// when the first `k` move.
pub fn decide(
    employees: &[Employee],
    costs: &Costs<'_>,
    ranked: &[usize],
    k: usize,
    chosen: usize,
) -> Criterion {
    if k >= ranked.len() {
        return Criterion::SemuaPindah;
    }
    let next_i = ranked[k];
    let (Some(last), Some(next)) = (employees.get(chosen), employees.get(next_i)) else {
        return Criterion::SemuaPindah;
    };
    let cost = |e: usize| costs.cost.get(e).copied().unwrap_or(0.0);
    let due = |e: usize| costs.due.get(e).copied().unwrap_or(false);
    // A cheaper move because of being due (a volunteer's own factor not lower).
    if cost(chosen) < cost(next_i)
        && due(chosen)
        && !due(next_i)
        && (!last.sukarela || next.sukarela)
    {
        Criterion::JatuhTempo
    } else if last.sukarela != next.sukarela {
        Criterion::Sukarela
    } else if last.tmt_jabatan != next.tmt_jabatan {
        Criterion::MasaJabatan
    } else {
        Criterion::Nip
    }
}

impl Criterion {
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            Criterion::Sukarela => lang.pick(
                "dipilih karena mengajukan diri (sukarela)",
                "chosen because they volunteered",
            ),
            Criterion::JatuhTempo => lang.pick(
                "dipilih karena sudah jatuh tempo rotasi (perpindahannya lebih murah)",
                "chosen because they are due for rotation (their move costs less)",
            ),
            Criterion::MasaJabatan => lang.pick(
                "dipilih karena paling lama di jabatan ini (TMT jabatan terawal)",
                "chosen as longest in the position (earliest TMT jabatan)",
            ),
            Criterion::Nip => lang.pick(
                "dipilih menurut urutan NIP (masa jabatan sama)",
                "chosen by NIP order (same time in position)",
            ),
            Criterion::SemuaPindah => lang.pick(
                "semua pegawai yang dapat dipindah dari slot ini dipindah",
                "every movable employee of this slot moves",
            ),
        }
    }
}
