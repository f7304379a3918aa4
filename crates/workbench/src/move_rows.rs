//! The moves table's rows as plain data: the plan's moves with names looked up,
//! filtered by a text and a kind, sorted, and cut into pages. Kept out of the view so
//! thousands of moves stay cheap and the logic is testable.

use seimbang_engine::plan::{Move, MoveKind, Plan};
use seimbang_engine::Dataset;
use std::collections::HashMap;

/// One line of the moves table.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveRow {
    /// Index into the plan's moves.
    pub index: usize,
    pub nip: String,
    pub nama: String,
    pub from: String,
    pub to: String,
    pub kind: MoveKind,
    pub gain: f64,
    /// Lower-cased text the filter searches.
    haystack: String,
}

/// Rows for every move of the plan, in the plan's (NIP) order.
pub fn rows(ds: &Dataset, plan: &Plan) -> Vec<MoveRow> {
    let units: HashMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let jabatan: HashMap<&str, &str> = ds
        .employees
        .iter()
        .map(|e| (e.kode_jabatan.as_str(), e.nama_jabatan.as_str()))
        .collect();
    let place = |unit: &str, jab: &str| {
        format!(
            "{} — {}",
            jabatan.get(jab).copied().unwrap_or(jab),
            units.get(unit).copied().unwrap_or(unit)
        )
    };
    plan.moves
        .iter()
        .enumerate()
        .map(|(index, m): (usize, &Move)| {
            let nama = ds
                .employees
                .get(m.employee)
                .map(|e| e.nama.clone())
                .unwrap_or_default();
            let from = place(&m.from.kode_unit, &m.from.kode_jabatan);
            let to = place(&m.to.kode_unit, &m.to.kode_jabatan);
            let haystack = format!(
                "{} {} {} {} {} {}",
                m.nip, nama, from, to, m.from.kode_unit, m.to.kode_unit
            )
            .to_lowercase();
            MoveRow {
                index,
                nip: m.nip.clone(),
                nama,
                from,
                to,
                kind: m.kind,
                gain: m.gain,
                haystack,
            }
        })
        .collect()
}

/// Keep rows matching every word of `query` and, when given, of one kind.
pub fn filter<'a>(rows: &'a [MoveRow], query: &str, kind: Option<MoveKind>) -> Vec<&'a MoveRow> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    rows.iter()
        .filter(|r| kind.is_none_or(|k| r.kind == k))
        .filter(|r| words.iter().all(|w| r.haystack.contains(w.as_str())))
        .collect()
}

/// Orders of the moves table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveSort {
    Nip,
    /// Largest gain first.
    Gain,
    From,
    To,
}

/// Sort rows (ties by NIP, so the order is always the same).
pub fn sort(rows: &mut [MoveRow], by: MoveSort) {
    rows.sort_by(|a, b| {
        let primary = match by {
            MoveSort::Nip => std::cmp::Ordering::Equal,
            MoveSort::Gain => b.gain.total_cmp(&a.gain),
            MoveSort::From => a.from.cmp(&b.from),
            MoveSort::To => a.to.cmp(&b.to),
        };
        primary.then_with(|| a.nip.cmp(&b.nip))
    });
}

/// Rows per page of the table.
pub const PAGE: usize = 50;

/// Page `page` (from 0) of `rows`, and the number of pages.
pub fn page<T>(rows: &[T], page: usize) -> (&[T], usize) {
    let pages = rows.len().div_ceil(PAGE).max(1);
    let p = page.min(pages - 1);
    let start = p * PAGE;
    (&rows[start..(start + PAGE).min(rows.len())], pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(rows: usize, asked: usize, expected: (std::ops::Range<usize>, usize)) {
        let all: Vec<usize> = (0..rows).collect();
        let (shown, pages) = page(&all, asked);
        assert_eq!((shown.to_vec(), pages), (expected.0.collect(), expected.1));
    }

    #[test]
    fn pages_end_at_the_last_one_and_an_empty_table_has_one() {
        check(0, 0, (0..0, 1));
        check(PAGE, 0, (0..PAGE, 1));
        check(PAGE + 1, 1, (PAGE..PAGE + 1, 2));
        // Past the end: the last page, never an empty one.
        check(PAGE * 2 + 3, 9, (PAGE * 2..PAGE * 2 + 3, 3));
    }
}
