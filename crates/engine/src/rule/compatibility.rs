//! Competence: a person may go to a slot of their own jabatan or of a jabatan the
//! `kompatibilitas` table lists for it (one direction per row).

use crate::dataset::Dataset;
use std::collections::{BTreeSet, HashSet};

/// The pairs (jabatan asal, jabatan tujuan) the data allows besides "same jabatan".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Compatibility {
    pairs: HashSet<(String, String)>,
}

impl Compatibility {
    pub fn of(ds: &Dataset) -> Compatibility {
        Compatibility {
            pairs: ds
                .compatibility
                .iter()
                .map(|c| (c.jabatan_asal.clone(), c.jabatan_tujuan.clone()))
                .collect(),
        }
    }

    /// Whether someone in jabatan `from` may take a slot of jabatan `to`.
    pub fn allows(&self, from: &str, to: &str) -> bool {
        from == to || self.pairs.contains(&(from.to_string(), to.to_string()))
    }

    /// C(j) over indexed jabatan codes: per jabatan, itself and the jabatan it may go to.
    pub fn sets(&self, jabatans: &[String]) -> Vec<BTreeSet<usize>> {
        let ix = |j: &str| jabatans.binary_search_by(|x| x.as_str().cmp(j)).ok();
        let mut sets: Vec<BTreeSet<usize>> =
            (0..jabatans.len()).map(|j| BTreeSet::from([j])).collect();
        for (a, b) in &self.pairs {
            if let (Some(a), Some(b)) = (ix(a), ix(b)) {
                sets[a].insert(b);
            }
        }
        sets
    }
}
