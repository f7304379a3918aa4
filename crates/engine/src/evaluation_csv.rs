//! The files of `seimbang evaluate` (docs/CLI.md): plan.csv read back as the adopted
//! moves, and evaluation.csv written, one row per classified person ordered by NIP.

use crate::analysis_csv::field;
use crate::evaluation::{Evaluation, PlannedMove};
use crate::plan::SlotKey;

/// The header of evaluation.csv.
pub const HEADER: &str = "nip,status,kode_unit_asal,kode_jabatan_asal,kode_unit_rencana,kode_jabatan_rencana,kode_unit_kini,kode_jabatan_kini";

/// plan.csv's columns as `seimbang balance` writes them (docs/CLI.md); the evaluation
/// reads all but the last.
pub const PLAN_COLUMNS: [&str; 7] = [
    "nip",
    "kode_unit_asal",
    "kode_jabatan_asal",
    "kode_unit_tujuan",
    "kode_jabatan_tujuan",
    "biaya",
    "alasan",
];

/// plan.csv could not be read as a plan.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanFileError {
    #[error("plan.csv: {0}")]
    Unreadable(String),
    #[error("plan.csv: column {column} is missing")]
    MissingColumn { column: &'static str },
    #[error("plan.csv row {row}, column {column}: {value:?} is not a number")]
    BadCost {
        row: usize,
        column: &'static str,
        value: String,
    },
}

/// The moves of a plan.csv (as `seimbang balance` writes it; extra columns ignored).
pub fn read_plan_csv(bytes: &[u8]) -> Result<Vec<PlannedMove>, PlanFileError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| PlanFileError::Unreadable(e.to_string()))?
        .clone();
    let mut at = [0usize; 6];
    for (i, column) in PLAN_COLUMNS[..6].iter().enumerate() {
        at[i] = headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(column))
            .ok_or(PlanFileError::MissingColumn { column })?;
    }
    let mut moves = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| PlanFileError::Unreadable(e.to_string()))?;
        let get = |i: usize| record.get(at[i]).unwrap_or("").trim();
        let cost = get(5);
        moves.push(PlannedMove {
            nip: get(0).to_string(),
            from: SlotKey::new(get(1), get(2)),
            to: SlotKey::new(get(3), get(4)),
            cost: cost.parse().map_err(|_| PlanFileError::BadCost {
                row: n + 2,
                column: "biaya",
                value: cost.to_string(),
            })?,
        });
    }
    Ok(moves)
}

/// evaluation.csv (LF line ends, trailing newline).
pub fn evaluation_csv(evaluation: &Evaluation) -> String {
    let mut out = String::with_capacity(96 * (evaluation.people.len() + 1));
    out.push_str(HEADER);
    out.push('\n');
    let key = |k: Option<&SlotKey>| {
        k.map_or(",".to_string(), |k| {
            format!("{},{}", field(&k.kode_unit), field(&k.kode_jabatan))
        })
    };
    for p in &evaluation.people {
        out.push_str(&format!(
            "{},{},{},{},{}\n",
            field(&p.nip),
            p.outcome.code(),
            key(Some(&p.asal)),
            key(p.rencana.as_ref()),
            key(p.kini.as_ref())
        ));
    }
    out
}
