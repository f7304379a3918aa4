//! Why a forced move is refused: each hard rule of docs/MODEL.md a user's forced move can
//! break, named, with its figures, so the app can say exactly which rule stands in the
//! way (in Bahasa Indonesia and English) instead of silently dropping the move.

use super::adjust::SlotKey;
use crate::eligibility::Reason;
use crate::lang::Lang;
use crate::params_doc::param_label;
use crate::report::names::Names;
use crate::rule::requirement::Unmet;
use serde::{Deserialize, Serialize};

/// A forced move the rules do not allow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Refusal {
    /// The scenario parameters are invalid, so no move can be checked.
    #[error("invalid scenario: {message}")]
    InvalidScenario { message: String },
    #[error("NIP {nip} is not in the data")]
    UnknownEmployee { nip: String },
    #[error("slot {slot} has no need row")]
    UnknownSlot { slot: SlotKey },
    /// The person may not move at D (every reason that applies, the user's lock included).
    #[error("not movable: {reasons:?}")]
    Ineligible { reasons: Vec<Reason> },
    /// The target is the person's own slot.
    #[error("the target is the person's own slot")]
    SameSlot,
    /// The person already has an earlier forced move.
    #[error("already forced to {target}")]
    AlreadyForced { target: SlotKey },
    /// The user also forbade this very move.
    #[error("this move is forbidden by another adjustment")]
    Forbidden,
    /// The `konflik` table bars the person from this unit (conflict of interest).
    #[error("conflict of interest: unit {unit}")]
    Conflict { unit: String },
    /// The target's jabatan has a requirement (`syarat_jabatan`) the person fails.
    #[error("position requirement of {jabatan} not met")]
    Requirement { jabatan: String, unmet: Unmet },
    /// Another jabatan with no compatibility pair from theirs.
    #[error("jabatan {from} -> {to} is not a compatible pair")]
    NotCompatible { from: String, to: String },
    /// `lingkup` = `opd` and the target is in another OPD.
    #[error("lingkup opd: OPD {from} -> {to}")]
    OutsideScope { from: String, to: String },
    /// `jaga_asal`: the source would end below min(x0, ceil(need)).
    #[error("jaga_asal: {slot} would drop to {after}, below {floor}")]
    SourceBelowNeed {
        slot: SlotKey,
        after: i64,
        floor: i64,
    },
    /// `batasi_tujuan`: the target would end above max(x0, ceil(need)).
    #[error("batasi_tujuan: {slot} would rise to {after}, above {ceiling}")]
    TargetAboveNeed {
        slot: SlotKey,
        after: i64,
        ceiling: i64,
    },
    /// `maks_pindah`: the forced moves alone would exceed it.
    #[error("maks_pindah: {forced} forced moves, at most {max}")]
    TooManyMoves { forced: i64, max: i64 },
    /// A forced temporary assignment to a need the scenario does not have.
    #[error("no temporary need at {unit} from {from}")]
    UnknownTemporaryNeed {
        unit: String,
        from: crate::date::Date,
    },
    /// A forced temporary assignment of someone the permanent plan moves.
    #[error("moves for good in the plan")]
    MovesForGood,
    /// A forced temporary assignment of someone whose jabatan the need does not accept,
    /// or who works in the host unit.
    #[error("the need does not accept {jabatan} from this unit")]
    NotAcceptedByNeed { jabatan: String },
    /// `maks_keluar_persen`: the forced moves out of this OPD alone would exceed its cap.
    #[error("maks_keluar_persen: {forced} forced moves out of OPD {opd}, at most {cap}")]
    ExitCap { opd: String, forced: i64, cap: i64 },
}

impl Refusal {
    /// One sentence for the user: rules by their names in the form, units, jabatan and
    /// OPD by name.
    pub fn describe(&self, lang: Lang, names: &Names<'_>) -> String {
        let rule = |key: &str| format!("«{}»", param_label(key, lang));
        match self {
            Refusal::InvalidScenario { message } => match lang {
                Lang::Id => format!("parameter skenario tidak valid: {message}"),
                Lang::En => format!("the scenario parameters are invalid: {message}"),
            },
            Refusal::UnknownEmployee { nip } => match lang {
                Lang::Id => format!("NIP {nip} tidak ada di data"),
                Lang::En => format!("NIP {nip} is not in the data"),
            },
            Refusal::UnknownSlot { slot } => match lang {
                Lang::Id => format!("{} tidak punya baris kebutuhan di data", names.slot(slot)),
                Lang::En => format!("{} has no need row in the data", names.slot(slot)),
            },
            Refusal::Ineligible { reasons } => {
                let list: Vec<String> = reasons.iter().map(|r| r.describe(lang)).collect();
                match lang {
                    Lang::Id => format!("pegawai tidak dapat dipindah: {}", list.join("; ")),
                    Lang::En => format!("the employee may not move: {}", list.join("; ")),
                }
            }
            Refusal::SameSlot => lang
                .pick(
                    "tujuan sama dengan jabatan dan unit sekarang",
                    "the target is the employee's current slot",
                )
                .to_string(),
            Refusal::AlreadyForced { target } => match lang {
                Lang::Id => format!(
                    "pegawai ini sudah diwajibkan pindah ke {}",
                    names.slot(target)
                ),
                Lang::En => format!(
                    "this employee is already forced to move to {}",
                    names.slot(target)
                ),
            },
            Refusal::Forbidden => lang
                .pick(
                    "pindah ini dilarang oleh penyesuaian lain",
                    "this move is forbidden by another adjustment",
                )
                .to_string(),
            Refusal::Conflict { unit } => match lang {
                Lang::Id => format!(
                    "konflik kepentingan: pegawai ini tidak boleh dipindah ke {} (tabel konflik, PP 11/2017 pasal 190)",
                    names.unit(unit)
                ),
                Lang::En => format!(
                    "conflict of interest: this employee may not be moved into {} (konflik table, PP 11/2017 article 190)",
                    names.unit(unit)
                ),
            },
            Refusal::Requirement { jabatan: j, unmet } => match lang {
                Lang::Id => format!(
                    "syarat jabatan {} tidak terpenuhi: {} (tabel syarat jabatan, PP 11/2017 pasal 190)",
                    jabatan(names, j),
                    unmet.describe(lang)
                ),
                Lang::En => format!(
                    "the position requirement of {} is not met: {} (position requirements table, PP 11/2017 article 190)",
                    jabatan(names, j),
                    unmet.describe(lang)
                ),
            },
            Refusal::NotCompatible { from, to } => {
                let (from, to) = (jabatan(names, from), jabatan(names, to));
                match lang {
                    Lang::Id => format!(
                        "jabatan {from} tidak dapat mengisi jabatan {to} (tidak ada di tabel kompatibilitas)"
                    ),
                    Lang::En => format!(
                        "jabatan {from} cannot fill jabatan {to} (not in the compatibility table)"
                    ),
                }
            }
            Refusal::OutsideScope { from, to } => {
                let (from, to) = (names.opd_label(from), names.opd_label(to));
                match lang {
                    Lang::Id => format!(
                        "{}: pindah hanya di dalam {from}, tujuan di {to}",
                        rule("lingkup")
                    ),
                    Lang::En => format!(
                        "{}: moves stay inside {from}, the target is in {to}",
                        rule("lingkup")
                    ),
                }
            }
            Refusal::SourceBelowNeed { slot, after, floor } => match lang {
                Lang::Id => format!(
                    "{}: {} akan tinggal {after} pegawai, di bawah batas {floor}",
                    rule("jaga_asal"),
                    names.slot(slot)
                ),
                Lang::En => format!(
                    "{}: {} would be left with {after}, below its floor {floor}",
                    rule("jaga_asal"),
                    names.slot(slot)
                ),
            },
            Refusal::TargetAboveNeed {
                slot,
                after,
                ceiling,
            } => match lang {
                Lang::Id => format!(
                    "{}: {} akan berisi {after} pegawai, melebihi batas {ceiling}",
                    rule("batasi_tujuan"),
                    names.slot(slot)
                ),
                Lang::En => format!(
                    "{}: {} would hold {after}, above its ceiling {ceiling}",
                    rule("batasi_tujuan"),
                    names.slot(slot)
                ),
            },
            Refusal::TooManyMoves { forced, max } => match lang {
                Lang::Id => format!(
                    "{}: {forced} pindah wajib, paling banyak {max}",
                    rule("maks_pindah")
                ),
                Lang::En => format!(
                    "{}: {forced} forced moves, at most {max}",
                    rule("maks_pindah")
                ),
            },
            Refusal::UnknownTemporaryNeed { unit, from } => match lang {
                Lang::Id => format!(
                    "tidak ada kebutuhan sementara di {} mulai {}",
                    names.unit(unit),
                    lang.date(*from)
                ),
                Lang::En => format!(
                    "there is no temporary need at {} from {}",
                    names.unit(unit),
                    lang.date(*from)
                ),
            },
            Refusal::MovesForGood => lang
                .pick(
                    "pegawai ini dipindah tetap dalam rencana; yang dipindah tidak ditugaskan sementara",
                    "the plan moves this employee for good; people who move do not help for a while",
                )
                .to_string(),
            Refusal::NotAcceptedByNeed { jabatan: j } => match lang {
                Lang::Id => format!(
                    "kebutuhan ini tidak menerima bantuan dari {} atau dari unit itu sendiri",
                    jabatan(names, j)
                ),
                Lang::En => format!(
                    "this need accepts no help from {} or from the unit itself",
                    jabatan(names, j)
                ),
            },
            Refusal::ExitCap { opd, forced, cap } => match lang {
                Lang::Id => format!(
                    "{}: {forced} pindah wajib keluar dari {}, paling banyak {cap}",
                    rule("maks_keluar_persen"),
                    names.opd_label(opd)
                ),
                Lang::En => format!(
                    "{}: {forced} forced moves out of {}, at most {cap}",
                    rule("maks_keluar_persen"),
                    names.opd_label(opd)
                ),
            },
        }
    }
}

/// A jabatan by name, its code when it has none.
fn jabatan(names: &Names<'_>, code: &str) -> String {
    match names.jabatan(code) {
        "" => code.to_string(),
        name => name.to_string(),
    }
}
