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

#[cfg(test)]
mod tests {
    use super::*;

    /// A move "nip: from_unit → to_unit" (jabatan J, OPDs as the unit's first letter).
    fn mv(nip: &str, from: &str, to: &str) -> MoveDto {
        MoveDto {
            nip: nip.into(),
            from_unit: from.into(),
            from_jabatan: "J".into(),
            to_unit: to.into(),
            to_jabatan: "J".into(),
            from_opd: from[..1].into(),
            to_opd: to[..1].into(),
        }
    }

    fn check(saved: &[MoveDto], recomputed: &[MoveDto], same_data: bool, expected: Verdict) {
        let fingerprint = if same_data { "f" } else { "g" };
        assert_eq!(verify("f", saved, fingerprint, recomputed), expected);
    }

    #[test]
    fn a_recomputed_plan_is_identical_only_with_the_same_data_and_moves() {
        let a = [mv("1", "A1", "B1"), mv("2", "A2", "A3")];
        let differs = |same_data, only_saved, only_new, changed| Verdict::Differs {
            same_data,
            only_saved,
            only_new,
            changed,
        };
        check(&a, &a, true, Verdict::Identical);
        check(&a, &a, false, differs(false, 0, 0, 0));
        check(&a, &a[..1], true, differs(true, 1, 0, 0));
        check(&a[..1], &a, true, differs(true, 0, 1, 0));
        check(
            &a,
            &[mv("1", "A1", "B2"), a[1].clone()],
            true,
            differs(true, 0, 0, 1),
        );
        // Same target, another origin (the data moved under the plan): not identical.
        check(
            &a,
            &[mv("1", "A9", "B1"), a[1].clone()],
            true,
            differs(true, 0, 0, 0),
        );
    }

    #[test]
    fn moves_are_counted_out_of_and_into_each_opd() {
        let a = [mv("1", "A1", "B1"), mv("2", "A2", "A3")];
        let b = [mv("3", "B1", "C1")];
        let rows = per_opd(&a, &b);
        let row = |opd: &str| rows.iter().find(|r| r.opd == opd).cloned().unwrap();
        let counts = |r: OpdRow| (r.out_a, r.in_a, r.out_b, r.in_b);
        assert_eq!(counts(row("A")), (2, 1, 0, 0));
        assert_eq!(counts(row("B")), (0, 1, 1, 0));
        assert_eq!(counts(row("C")), (0, 0, 0, 1));
        assert_eq!(rows.len(), 3);
    }
}
