//! What the optimiser hands back: a plan of individual moves, each carrying the figures
//! the app shows beside it (who, from where to where, before/after, why this person).

use super::tiebreak::Criterion;
use crate::date::Date;
use crate::eligibility::RuleSummary;
use serde::{Deserialize, Serialize};

/// A slot's figures around one move.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotChange {
    /// Index into the slot table.
    pub slot: usize,
    pub kode_unit: String,
    pub kode_jabatan: String,
    pub x0: i64,
    pub need: f64,
    pub after: i64,
}

/// Mutasi: to another unit. Rotasi: same unit, another jabatan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MoveKind {
    Mutasi,
    Rotasi,
}

/// One proposed transfer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Move {
    /// Index into the dataset's employees.
    pub employee: usize,
    pub nip: String,
    pub from: SlotChange,
    pub to: SlotChange,
    pub kind: MoveKind,
    /// c(e, t).
    pub cost: f64,
    /// How much this move lowers F given the rest of the plan: the imbalance it removes
    /// (undoing it alone would add this back) minus its cost.
    pub gain: f64,
    pub rules: RuleSummary,
    /// Which rule of the published tie-break picked this person in their slot.
    pub criterion: Criterion,
    /// Forced by the user (a scenario adjustment), with their reason ("" when none).
    /// Due for rotation at D (full months in position reached `maks_masa_jabatan_bulan`).
    #[serde(default)]
    pub due: bool,
    #[serde(default)]
    pub forced: Option<String>,
    /// Marked by the user as a temporary assignment (informational, not optimised).
    #[serde(default)]
    pub temporary: Option<Temporary>,
    /// A volunteer moved into the unit they asked for (`tujuan_usulan`).
    #[serde(default)]
    pub requested: bool,
}

/// A penugasan sementara: the move ends on `until`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Temporary {
    pub until: Date,
    /// The user's reason ("" when none).
    #[serde(default)]
    pub reason: String,
}

/// A complete plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Sorted by NIP.
    pub moves: Vec<Move>,
    /// Bezetting after the plan, per slot.
    pub bezetting: Vec<i64>,
    pub objective_before: f64,
    /// F after the plan.
    pub objective: f64,
    /// The first term of F after the plan.
    pub imbalance: f64,
    /// Proven lower bound on the optimum F* (equals `objective` when exact).
    pub lower_bound: f64,
    /// Proven optimal (within 1e-6 relative).
    pub exact: bool,
    /// Employees eligible to move.
    pub movable: usize,
    /// Employees in the model.
    pub employees: usize,
    pub slots: usize,
}

impl Plan {
    /// "At most X% from the best possible": (F - LB) / F, 0 when exact.
    pub fn gap(&self) -> f64 {
        if self.exact || self.objective <= 0.0 {
            0.0
        } else {
            ((self.objective - self.lower_bound) / self.objective).max(0.0)
        }
    }
}
