//! The published tie-break (docs/MODEL.md): among employees of one slot whose moves cost the
//! same, sukarela first, then earliest `tmt_jabatan`, then NIP ascending. The model keeps
//! each slot's movable employees ranked this way (cheaper cost class first), so the k who
//! move are the first k; the rule that decided a mover is the first one separating them
//! from the first not chosen (for the last chosen: the rule that drew the line).

use crate::dataset::Employee;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Which rule picked the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Criterion {
    /// Volunteered (sukarela).
    Sukarela,
    /// Longest in the current position (earliest TMT jabatan).
    MasaJabatan,
    /// NIP ascending.
    Nip,
    /// Every movable employee of the slot moves: nobody had to be preferred.
    SemuaPindah,
}

/// The criterion for the mover `chosen` of a slot whose ranked movable list is `ranked`
/// when the first `k` move.
pub fn decide(employees: &[Employee], ranked: &[usize], k: usize, chosen: usize) -> Criterion {
    if k >= ranked.len() {
        return Criterion::SemuaPindah;
    }
    let (Some(last), Some(next)) = (employees.get(chosen), employees.get(ranked[k])) else {
        return Criterion::SemuaPindah;
    };
    if last.sukarela != next.sukarela {
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
