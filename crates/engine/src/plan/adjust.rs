//! A scenario's user adjustments (the workbench's "Adjusting"): what workshop users say
//! about a plan before they re-run it. Locks, unlocks, forbidden and forced moves, need
//! overrides and temporary-assignment marks, each with an optional written reason.
//!
//! Entries name people by NIP and slots by (kode_unit, kode_jabatan), never by index,
//! so a scenario saved with its adjustments survives a reload of corrected data: entries
//! whose NIP or slot is gone are reported as stale ([`StaleAdjustment`]), not applied,
//! never a panic. [`super::adjusted`] turns them into model tweaks and a plan.

use crate::date::Date;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A slot named by its keys.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SlotKey {
    pub kode_unit: String,
    pub kode_jabatan: String,
}

impl SlotKey {
    pub fn new(kode_unit: &str, kode_jabatan: &str) -> SlotKey {
        SlotKey {
            kode_unit: kode_unit.to_string(),
            kode_jabatan: kode_jabatan.to_string(),
        }
    }
}

impl std::fmt::Display for SlotKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.kode_unit, self.kode_jabatan)
    }
}

/// Keep a person where they are ("dikunci pengguna").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    pub nip: String,
    #[serde(default)]
    pub reason: String,
}

/// Ignore the data's `kunci` for a person (every other rule still applies).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unlock {
    pub nip: String,
    #[serde(default)]
    pub reason: String,
}

/// A person -> slot move the plan must not contain (they may still move elsewhere).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForbiddenMove {
    pub nip: String,
    pub target: SlotKey,
    #[serde(default)]
    pub reason: String,
}

/// A person -> slot move the plan must contain (checked against the hard rules).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForcedMove {
    pub nip: String,
    pub target: SlotKey,
    #[serde(default)]
    pub reason: String,
}

/// The need of one slot, replacing the data's (or the ABK's).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NeedOverride {
    pub slot: SlotKey,
    pub need: f64,
    #[serde(default)]
    pub reason: String,
}

/// Mark a person's move as a temporary assignment (penugasan sementara) ending on
/// `until`. Informational: carried on the move when the person moves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporaryMark {
    pub nip: String,
    pub until: Date,
    #[serde(default)]
    pub reason: String,
}

/// A person the user sends to help one temporary need (known by its unit and start).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForcedHelp {
    pub nip: String,
    pub kode_unit: String,
    pub mulai: Date,
    #[serde(default)]
    pub reason: String,
}

/// One of the data's temporary needs taken out of the scenario (by its table row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedNeed {
    pub row: u32,
    #[serde(default)]
    pub reason: String,
}

/// Every adjustment of a scenario. When entries conflict: a lock beats an unlock and a
/// forced move of the same person; the first forced move of a person wins; the last
/// need override of a slot wins.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Adjustments {
    #[serde(default)]
    pub locks: Vec<Lock>,
    #[serde(default)]
    pub unlocks: Vec<Unlock>,
    #[serde(default)]
    pub forbidden: Vec<ForbiddenMove>,
    #[serde(default)]
    pub forced: Vec<ForcedMove>,
    #[serde(default)]
    pub needs: Vec<NeedOverride>,
    #[serde(default)]
    pub temporary: Vec<TemporaryMark>,
    /// Temporary needs added in the scenario, beside the data's (`row` 0; the note is
    /// the reason).
    #[serde(default)]
    pub temporary_needs: Vec<crate::dataset::TemporaryNeed>,
    /// The data's temporary needs taken out.
    #[serde(default)]
    pub removed_needs: Vec<RemovedNeed>,
    /// People never lent to a temporary need (they may still move for good).
    #[serde(default)]
    pub kept_home: Vec<Lock>,
    /// People sent to help a temporary need, checked against the rules.
    #[serde(default)]
    pub help_forced: Vec<ForcedHelp>,
}

impl Adjustments {
    pub fn is_empty(&self) -> bool {
        self == &Adjustments::default()
    }
}

/// Which kind of adjustment an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AdjustmentKind {
    Lock,
    Unlock,
    Forbidden,
    Forced,
    Need,
    Temporary,
    /// A temporary need added in the scenario.
    AddedNeed,
    /// One of the data's temporary needs taken out.
    RemovedNeed,
    /// A person never lent.
    KeptHome,
    /// A person sent to help a temporary need.
    ForcedHelp,
}

impl AdjustmentKind {
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            AdjustmentKind::Lock => lang.pick("kunci pegawai", "lock"),
            AdjustmentKind::Unlock => lang.pick("buka kunci pegawai", "unlock"),
            AdjustmentKind::Forbidden => lang.pick("larangan pindah", "forbidden move"),
            AdjustmentKind::Forced => lang.pick("pindah wajib", "forced move"),
            AdjustmentKind::Need => lang.pick("ubah kebutuhan", "need override"),
            AdjustmentKind::Temporary => lang.pick("pindah sementara", "move for a while"),
            AdjustmentKind::AddedNeed => {
                lang.pick("kebutuhan sementara ditambah", "temporary need added")
            }
            AdjustmentKind::RemovedNeed => {
                lang.pick("kebutuhan sementara dihapus", "temporary need removed")
            }
            AdjustmentKind::KeptHome => lang.pick("tidak dipinjamkan", "never lent"),
            AdjustmentKind::ForcedHelp => {
                lang.pick("penugasan sementara wajib", "forced temporary assignment")
            }
        }
    }
}

/// An adjustment whose person or slot is not in the data (any more): not applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaleAdjustment {
    pub kind: AdjustmentKind,
    /// The NIP the entry names, when it names one.
    pub nip: Option<String>,
    /// The slot the entry names, when it names one.
    pub slot: Option<SlotKey>,
    /// True when the NIP is missing (else the slot is).
    pub missing_employee: bool,
}

impl StaleAdjustment {
    pub fn describe(&self, lang: Lang) -> String {
        let what = self.kind.describe(lang);
        match self.kind {
            AdjustmentKind::AddedNeed => {
                let unit = self.slot.as_ref().map_or("", |s| s.kode_unit.as_str());
                return match lang {
                    Lang::Id => format!("{what}: unit {unit} tidak ada di data atau tambahan tidak lebih dari 0, penyesuaian diabaikan"),
                    Lang::En => format!("{what}: unit {unit} is not in the data or the extra staff is not above 0, adjustment ignored"),
                };
            }
            AdjustmentKind::RemovedNeed => {
                return match lang {
                    Lang::Id => {
                        format!("{what}: baris itu tidak ada lagi di data, penyesuaian diabaikan")
                    }
                    Lang::En => {
                        format!("{what}: that row is no longer in the data, adjustment ignored")
                    }
                };
            }
            _ => {}
        }
        match (self.missing_employee, &self.nip, &self.slot) {
            (true, Some(nip), _) => match lang {
                Lang::Id => format!("{what}: NIP {nip} tidak ada di data, penyesuaian diabaikan"),
                Lang::En => format!("{what}: NIP {nip} is not in the data, adjustment ignored"),
            },
            (_, _, Some(slot)) => match lang {
                Lang::Id => format!(
                    "{what}: slot {slot} tidak ada di data kebutuhan, penyesuaian diabaikan"
                ),
                Lang::En => {
                    format!("{what}: slot {slot} has no need row in the data, adjustment ignored")
                }
            },
            _ => what.to_string(),
        }
    }
}
