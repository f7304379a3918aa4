//! A move in words, for the plan table, plan.csv's `alasan` and printed letters: the
//! two slots before and after, what the move gains, and why this person (the rule of
//! the published tie-break that decided). Numbers use a decimal point.

use super::proposal::{Move, MoveKind};
use crate::lang::Lang;

fn num(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

impl Move {
    /// One sentence explaining the move.
    pub fn explain(&self, lang: Lang) -> String {
        let (f, t) = (&self.from, &self.to);
        match lang {
            Lang::Id => format!(
                "{}: asal {} pegawai untuk kebutuhan {} (menjadi {}), tujuan {} pegawai untuk kebutuhan {} (menjadi {}); mengurangi ketidakseimbangan {} dengan biaya {}; {}",
                match self.kind {
                    MoveKind::Mutasi => "mutasi",
                    MoveKind::Rotasi => "rotasi",
                },
                f.x0,
                num(f.need),
                f.after,
                t.x0,
                num(t.need),
                t.after,
                num(self.gain + self.cost),
                num(self.cost),
                self.criterion.describe(lang)
            ),
            Lang::En => format!(
                "{}: source has {} staff for a need of {} ({} after), target {} for a need of {} ({} after); lowers the imbalance by {} at a cost of {}; {}",
                match self.kind {
                    MoveKind::Mutasi => "transfer",
                    MoveKind::Rotasi => "rotation",
                },
                f.x0,
                num(f.need),
                f.after,
                t.x0,
                num(t.need),
                t.after,
                num(self.gain + self.cost),
                num(self.cost),
                self.criterion.describe(lang)
            ),
        }
    }
}
