//! Two saved scenarios side by side (plain functions over their stored moves): moves out
//! of and into each OPD, and the move-level difference.

use seimbang_stored::MoveDto;
use std::collections::BTreeMap;

/// Moves out of and into one OPD in scenarios A and B.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpdRow {
    pub opd: String,
    pub out_a: usize,
    pub in_a: usize,
    pub out_b: usize,
    pub in_b: usize,
}

/// What differs between the moves of A and B.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveDiff {
    pub only_a: Vec<MoveDto>,
    pub only_b: Vec<MoveDto>,
    /// Same person, another target: (A's move, B's move).
    pub changed: Vec<(MoveDto, MoveDto)>,
    /// Same person, same target.
    pub same: usize,
}

impl MoveDiff {
    pub fn is_empty(&self) -> bool {
        self.only_a.is_empty() && self.only_b.is_empty() && self.changed.is_empty()
    }
}

fn opd_or_unit(opd: &str, unit: &str) -> String {
    if opd.is_empty() {
        unit.to_string()
    } else {
        opd.to_string()
    }
}

/// Moves out of / into each OPD (by the from and to unit's OPD), OPD by name; a move
/// inside one OPD counts as out and in.
pub fn per_opd(a: &[MoveDto], b: &[MoveDto]) -> Vec<OpdRow> {
    fn row(rows: &mut BTreeMap<String, OpdRow>, opd: String) -> &mut OpdRow {
        rows.entry(opd.clone()).or_insert_with(|| OpdRow {
            opd,
            ..OpdRow::default()
        })
    }
    let mut rows: BTreeMap<String, OpdRow> = BTreeMap::new();
    for m in a {
        row(&mut rows, opd_or_unit(&m.from_opd, &m.from_unit)).out_a += 1;
        row(&mut rows, opd_or_unit(&m.to_opd, &m.to_unit)).in_a += 1;
    }
    for m in b {
        row(&mut rows, opd_or_unit(&m.from_opd, &m.from_unit)).out_b += 1;
        row(&mut rows, opd_or_unit(&m.to_opd, &m.to_unit)).in_b += 1;
    }
    rows.into_values().collect()
}

/// The move-level difference from A to B, by NIP.
pub fn diff(a: &[MoveDto], b: &[MoveDto]) -> MoveDiff {
    let by_nip = |ms: &[MoveDto]| -> BTreeMap<String, MoveDto> {
        ms.iter().map(|m| (m.nip.clone(), m.clone())).collect()
    };
    let (ma, mb) = (by_nip(a), by_nip(b));
    let mut out = MoveDiff::default();
    for (nip, m) in &ma {
        match mb.get(nip) {
            None => out.only_a.push(m.clone()),
            Some(n) if n.to_unit != m.to_unit || n.to_jabatan != m.to_jabatan => {
                out.changed.push((m.clone(), n.clone()))
            }
            Some(_) => out.same += 1,
        }
    }
    out.only_b = mb
        .iter()
        .filter(|(nip, _)| !ma.contains_key(*nip))
        .map(|(_, m)| m.clone())
        .collect();
    out
}

/// Whether a recomputed plan (its data's fingerprint and moves) is the saved one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Identical,
    Differs {
        same_data: bool,
        only_saved: usize,
        only_new: usize,
        changed: usize,
    },
}

/// Compare a saved plan with one recomputed from the same scenario.
pub fn verify(
    saved_fingerprint: &str,
    saved: &[MoveDto],
    fingerprint: &str,
    recomputed: &[MoveDto],
) -> Verdict {
    let d = diff(saved, recomputed);
    let same_data = saved_fingerprint == fingerprint;
    let same_from = {
        let key = |m: &MoveDto| (m.nip.clone(), m.from_unit.clone(), m.from_jabatan.clone());
        let mut a: Vec<_> = saved.iter().map(key).collect();
        let mut b: Vec<_> = recomputed.iter().map(key).collect();
        a.sort();
        b.sort();
        a == b
    };
    if same_data && d.is_empty() && same_from {
        Verdict::Identical
    } else {
        Verdict::Differs {
            same_data,
            only_saved: d.only_a.len(),
            only_new: d.only_b.len(),
            changed: d.changed.len(),
        }
    }
}
