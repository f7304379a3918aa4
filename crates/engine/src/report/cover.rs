//! What the decision was made on and under, for the first sheet of the workbook: the
//! scenario's name, the reference date, the data (source and fingerprint), the number of
//! moves and the imbalance F before and after. With the parameters, the rules and the
//! adjustments log beside it, the export carries everything the printed report says.

use super::table::{col, Column, Table, Value};
use crate::date::Date;
use crate::lang::Lang;
use crate::params::Params;
use crate::plan::{Adjustments, MoveKind, Plan};
use crate::scenario::PlanFigures;

/// Sheet and file name.
pub const NAME: &str = "ringkasan";

const COLUMNS: &[Column] = &[col("Hal", "Item"), col("Isi", "Value")];

/// The scenario around a plan: who named it, which data, which rules, which edits.
#[derive(Clone, Copy, Debug)]
pub struct ReportContext<'a> {
    /// The scenario's name as the user gave it ("" when unnamed).
    pub scenario: &'a str,
    /// Where the data came from (file names, or the demo).
    pub source: &'a str,
    /// The data's fingerprint.
    pub fingerprint: &'a str,
    pub params: &'a Params,
    pub adjustments: &'a Adjustments,
}

/// The cover rows.
pub fn cover_table(
    c: &ReportContext<'_>,
    plan: Option<(&Plan, &PlanFigures)>,
    reference: Date,
    lang: Lang,
) -> Table {
    let mut t = Table::new(NAME, COLUMNS, lang);
    let mut row = |item: &str, value: Value| t.rows.push(vec![Value::text(item), value]);
    let unnamed = lang.pick("(tanpa nama)", "(unnamed)");
    row(
        lang.pick("Skenario", "Scenario"),
        Value::text(if c.scenario.trim().is_empty() {
            unnamed
        } else {
            c.scenario
        }),
    );
    row(
        lang.pick("Tanggal acuan", "Reference date"),
        Value::Date(reference),
    );
    row(lang.pick("Data", "Data"), Value::text(c.source));
    row(
        lang.pick("Sidik data", "Data fingerprint"),
        Value::text(c.fingerprint),
    );
    if let Some((plan, figures)) = plan {
        let count = |k: MoveKind| plan.moves.iter().filter(|m| m.kind == k).count() as i64;
        row(
            lang.pick("Perpindahan diusulkan", "Proposed moves"),
            Value::int(plan.moves.len() as i64),
        );
        row(
            lang.pick("— mutasi (pindah unit)", "— transfers (another unit)"),
            Value::int(count(MoveKind::Mutasi)),
        );
        row(
            lang.pick(
                "— rotasi (pindah jabatan)",
                "— rotations (another position)",
            ),
            Value::int(count(MoveKind::Rotasi)),
        );
        let temporary = plan.moves.iter().filter(|m| m.temporary.is_some()).count() as i64;
        row(
            lang.pick("— di antaranya pindah sementara", "— of which for a while"),
            Value::int(temporary),
        );
        row(
            lang.pick("Ketidakseimbangan F sebelum", "Imbalance F before"),
            Value::Decimal(plan.objective_before),
        );
        row(
            lang.pick("Ketidakseimbangan F sesudah", "Imbalance F after"),
            Value::Decimal(plan.objective),
        );
        let (b, a) = (&figures.before, &figures.after);
        for (item, before, after) in [
            (
                lang.pick("Kekurangan", "Shortage"),
                b.kekurangan,
                a.kekurangan,
            ),
            (lang.pick("Kelebihan", "Surplus"), b.kelebihan, a.kelebihan),
        ] {
            row(
                &format!("{item} {}", lang.pick("sebelum", "before")),
                Value::Decimal(before),
            );
            row(
                &format!("{item} {}", lang.pick("sesudah", "after")),
                Value::Decimal(after),
            );
        }
        let balanced = lang.pick("Slot seimbang", "Balanced slots");
        for (when, f) in [
            (lang.pick("sebelum", "before"), b),
            (lang.pick("sesudah", "after"), a),
        ] {
            row(
                &format!("{balanced} {when}"),
                f.balanced_share().map_or(Value::Empty, Value::Ratio),
            );
        }
    }
    let a = c.adjustments;
    let edits = a.locks.len()
        + a.unlocks.len()
        + a.forbidden.len()
        + a.forced.len()
        + a.needs.len()
        + a.temporary.len();
    row(
        lang.pick("Penyesuaian oleh pengguna", "Adjustments by the user"),
        Value::int(edits as i64),
    );
    t
}
