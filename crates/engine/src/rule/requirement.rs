//! Position requirements (PP 11/2017 article 190; the v2 `syarat_jabatan` table): an
//! employee moves into a slot of jabatan j only when they meet every filled requirement
//! of j (lowest education, lowest and highest grade). A missing or unreadable value of
//! the employee does not meet a filled requirement. Requirements never remove anyone
//! already in a slot: they bar targets only. The model, the forced-move check and the
//! person query all ask [`Requirements::unmet`], so a refused target can always name the
//! requirement that refused it.

use crate::dataset::{Dataset, Requirement};
use crate::level::{Education, Grade};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The requirement a person fails for a jabatan (the first, in the table's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unmet {
    /// Education below `min` (or unknown).
    Education { min: Education },
    /// Grade below `min` (or unknown).
    GradeBelow { min: Grade },
    /// Grade above `max` (or unknown).
    GradeAbove { max: Grade },
}

/// The requirements by jabatan, with every employee's levels read once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Requirements {
    by_jabatan: HashMap<String, Requirement>,
    /// Per employee (dataset order).
    levels: Vec<(Option<Education>, Option<Grade>)>,
}

impl Requirements {
    pub fn of(ds: &Dataset) -> Requirements {
        if ds.syarat.is_empty() {
            return Requirements::default();
        }
        let mut by_jabatan: HashMap<String, Requirement> = HashMap::new();
        for r in &ds.syarat {
            match by_jabatan.get_mut(&r.kode_jabatan) {
                Some(have) => have.tighten(r),
                None => {
                    by_jabatan.insert(r.kode_jabatan.clone(), r.clone());
                }
            }
        }
        Requirements {
            by_jabatan,
            levels: ds
                .employees
                .iter()
                .map(|e| {
                    (
                        e.pendidikan.as_deref().and_then(Education::parse),
                        e.golongan.as_deref().and_then(Grade::parse),
                    )
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_jabatan.is_empty()
    }

    /// What employee `e` (dataset index) fails for jabatan `jabatan`, if anything.
    pub fn unmet(&self, e: usize, jabatan: &str) -> Option<Unmet> {
        let r = self.by_jabatan.get(jabatan)?;
        let (education, grade) = self.levels.get(e).copied().unwrap_or((None, None));
        if let Some(min) = r.pendidikan_min {
            if education.is_none_or(|v| v < min) {
                return Some(Unmet::Education { min });
            }
        }
        if let Some(min) = r.golongan_min {
            if grade.is_none_or(|v| v < min) {
                return Some(Unmet::GradeBelow { min });
            }
        }
        if let Some(max) = r.golongan_maks {
            if grade.is_none_or(|v| v > max) {
                return Some(Unmet::GradeAbove { max });
            }
        }
        None
    }
}

impl Unmet {
    /// The requirement in words, e.g. "pendidikan paling rendah D-III".
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        match self {
            Unmet::Education { min } => lang
                .pick("pendidikan paling rendah {}", "education at least {}")
                .replace("{}", min.label()),
            Unmet::GradeBelow { min } => lang
                .pick("golongan paling rendah {}", "grade at least {}")
                .replace("{}", &min.to_string()),
            Unmet::GradeAbove { max } => lang
                .pick("golongan paling tinggi {}", "grade at most {}")
                .replace("{}", &max.to_string()),
        }
    }
}
