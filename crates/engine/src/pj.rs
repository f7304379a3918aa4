//! Categories of job effectiveness (prestasi kerja jabatan, PJ) from EJ = need / staff.
//! The default table is Permendagri 12/2008: A > 1.00, B 0.90-1.00, C 0.70-0.89,
//! D 0.50-0.69, E < 0.50. The table is a value, so a region using other published
//! thresholds can supply its own; since the table is stated to two decimals, EJ is
//! rounded to `decimals` (half up) before it is placed, so 0.895 shows as 0.90 and is B.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A category, A best.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Pj {
    A,
    B,
    C,
    D,
    E,
}

impl Pj {
    pub const ALL: [Pj; 5] = [Pj::A, Pj::B, Pj::C, Pj::D, Pj::E];

    /// What the letter says about the staffing, for readers who take `A` as "very
    /// good": in the regulation it is the best effectiveness, which in staffing terms
    /// means more work than people.
    pub fn meaning(self, lang: Lang) -> &'static str {
        match self {
            Pj::A => lang.pick(
                "EJ di atas 1: beban kerja melebihi pegawai (kurang pegawai)",
                "EJ above 1: more work than staff (understaffed)",
            ),
            Pj::B => lang.pick("EJ 0,90–1,00: seimbang", "EJ 0.90–1.00: balanced"),
            Pj::C => lang.pick(
                "EJ 0,70–0,89: pegawai sedikit berlebih",
                "EJ 0.70–0.89: slightly more staff than work",
            ),
            Pj::D => lang.pick(
                "EJ 0,50–0,69: pegawai berlebih",
                "EJ 0.50–0.69: more staff than work",
            ),
            Pj::E => lang.pick(
                "EJ di bawah 0,50: pegawai jauh berlebih",
                "EJ below 0.50: far more staff than work",
            ),
        }
    }

    pub fn letter(self) -> &'static str {
        match self {
            Pj::A => "A",
            Pj::B => "B",
            Pj::C => "C",
            Pj::D => "D",
            Pj::E => "E",
        }
    }
}

/// Thresholds of the categories: A when EJ > `a_above`; B from `b_from`; C from
/// `c_from`; D from `d_from`; E below.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PjTable {
    pub a_above: f64,
    pub b_from: f64,
    pub c_from: f64,
    pub d_from: f64,
    /// Decimals EJ is rounded to before it is categorised (`None`: not rounded).
    pub decimals: Option<u32>,
}

impl Default for PjTable {
    fn default() -> Self {
        PjTable::permendagri_12_2008()
    }
}

/// A thresholds table that is not ordered.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("PJ thresholds must be finite and satisfy a_above >= b_from >= c_from >= d_from >= 0")]
pub struct PjTableError;

const EPS: f64 = 1e-9;

impl PjTable {
    /// Permendagri 12/2008 (Pedoman Analisis Beban Kerja di lingkungan Depdagri dan
    /// Pemda).
    pub fn permendagri_12_2008() -> PjTable {
        PjTable {
            a_above: 1.0,
            b_from: 0.9,
            c_from: 0.7,
            d_from: 0.5,
            decimals: Some(2),
        }
    }

    /// Check a user-edited table.
    pub fn validate(&self) -> Result<(), PjTableError> {
        let t = [self.a_above, self.b_from, self.c_from, self.d_from];
        let ordered = t.windows(2).all(|w| w[0] >= w[1]);
        if t.iter().all(|v| v.is_finite()) && ordered && self.d_from >= 0.0 {
            Ok(())
        } else {
            Err(PjTableError)
        }
    }

    /// EJ as the table reads it (rounded half up to `decimals`).
    pub fn rounded(&self, ej: f64) -> f64 {
        match self.decimals {
            Some(d) => {
                let f = 10f64.powi(d.min(9) as i32);
                (ej * f + 0.5 + EPS).floor() / f
            }
            None => ej,
        }
    }

    /// The category of an EJ value.
    pub fn category(&self, ej: f64) -> Pj {
        let r = self.rounded(ej);
        if r > self.a_above + EPS {
            Pj::A
        } else if r >= self.b_from - EPS {
            Pj::B
        } else if r >= self.c_from - EPS {
            Pj::C
        } else if r >= self.d_from - EPS {
            Pj::D
        } else {
            Pj::E
        }
    }
}
