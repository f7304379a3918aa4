//! A move in words, for the plan table, plan.csv's `alasan` and printed letters: the
//! two slots before and after, what the move gains, and why this person (the rule of
//! the published tie-break that decided, or the user's reason when they forced it).
//! Numbers and dates are written as the user's language writes them.

use super::proposal::{Move, MoveKind};
use crate::lang::Lang;

impl Move {
    /// One sentence explaining the move: a forced move says so with the user's reason
    /// instead of the tie-break, and a temporary assignment says until when.
    pub fn explain(&self, lang: Lang) -> String {
        let mut text = self.explain_figures(lang);
        if self.due {
            let months = self.rules.months_in_position;
            text.push_str(&match lang {
                Lang::Id => format!("; jatuh tempo rotasi ({months} bulan di jabatan ini)"),
                Lang::En => format!("; due for rotation ({months} months in this position)"),
            });
        }
        if self.requested {
            text.push_str(lang.pick(
                "; ke unit yang dimintanya sendiri",
                "; to the unit they asked for",
            ));
        }
        if let Some(t) = &self.temporary {
            text.push_str(&match lang {
                Lang::Id => format!("; pindah sementara sampai {}", lang.date(t.until)),
                Lang::En => format!("; moved for a while, until {}", lang.date(t.until)),
            });
            if !t.reason.is_empty() {
                text.push_str(&format!(" ({})", t.reason));
            }
        }
        text
    }

    fn why(&self, lang: Lang) -> String {
        match &self.forced {
            Some(reason) if reason.is_empty() => lang
                .pick("dipaksa oleh pengguna", "forced by the user")
                .to_string(),
            Some(reason) => match lang {
                Lang::Id => format!("dipaksa oleh pengguna: {reason}"),
                Lang::En => format!("forced by the user: {reason}"),
            },
            None => self.criterion.describe(lang).to_string(),
        }
    }

    fn explain_figures(&self, lang: Lang) -> String {
        let (f, t) = (&self.from, &self.to);
        let num = |v: f64| lang.decimal(v);
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
                self.why(lang)
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
                self.why(lang)
            ),
        }
    }
}
