//! The drill-down table of the Analisis page as plain data: OPD → unit → jabatan rows
//! with their figures, filtered by a search text and sorted by a chosen column. Kept out
//! of the view so it is easy to test and cheap to recompute.

use seimbang_engine::analysis::{Figures, Indicators};
use seimbang_engine::slot::SlotTable;
use seimbang_engine::Dataset;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

/// One row at any level.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub code: String,
    pub name: String,
    pub figures: Figures,
    pub children: Vec<Row>,
}

/// Columns the table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Name,
    /// Largest shortage first.
    Kekurangan,
    /// Largest surplus first.
    Kelebihan,
    /// Lowest EJ (most over-staffed) first.
    EjAsc,
    /// Highest EJ (most overloaded) first.
    EjDesc,
}

/// Build the OPD → unit → slot tree in code order.
pub fn tree(ds: &Dataset, slots: &SlotTable, ind: &Indicators) -> Vec<Row> {
    let unit_name: HashMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.nama_unit.as_str()))
        .collect();
    let mut opd_name: HashMap<&str, &str> = HashMap::new();
    for u in &ds.units {
        if let (Some(k), Some(n)) = (u.opd_kode.as_deref(), u.opd_nama.as_deref()) {
            opd_name.entry(k).or_insert(n);
        }
    }
    let unit_figures: HashMap<&str, &Figures> =
        ind.units.iter().map(|(k, f)| (k.as_str(), f)).collect();
    let mut by_opd: BTreeMap<&str, BTreeMap<&str, Vec<Row>>> = BTreeMap::new();
    for (s, f) in slots.slots.iter().zip(&ind.slots) {
        by_opd
            .entry(s.opd.as_str())
            .or_default()
            .entry(s.kode_unit.as_str())
            .or_default()
            .push(Row {
                code: s.kode_jabatan.clone(),
                name: s.nama_jabatan.clone(),
                figures: f.clone(),
                children: vec![],
            });
    }
    ind.opds
        .iter()
        .map(|(opd, f)| Row {
            code: opd.clone(),
            name: opd_name
                .get(opd.as_str())
                .map_or_else(|| opd.clone(), |n| n.to_string()),
            figures: f.clone(),
            children: by_opd
                .remove(opd.as_str())
                .unwrap_or_default()
                .into_iter()
                .map(|(unit, children)| Row {
                    code: unit.to_string(),
                    name: unit_name
                        .get(unit)
                        .map_or_else(|| unit.to_string(), |n| n.to_string()),
                    figures: unit_figures
                        .get(unit)
                        .map(|f| (*f).clone())
                        .unwrap_or_default(),
                    children,
                })
                .collect(),
        })
        .collect()
}

fn matches(row: &Row, needle: &str) -> bool {
    row.name.to_lowercase().contains(needle) || row.code.to_lowercase().contains(needle)
}

/// Keep rows that match `query` (case-insensitive, name or code) or have a matching
/// descendant; a matching row keeps all its children.
pub fn filter(rows: &[Row], query: &str) -> Vec<Row> {
    let needle = query.trim().to_lowercase();
    if needle.is_empty() {
        return rows.to_vec();
    }
    rows.iter()
        .filter_map(|r| {
            if matches(r, &needle) {
                return Some(r.clone());
            }
            let children = filter(&r.children, &needle);
            (!children.is_empty()).then(|| Row {
                children,
                ..r.clone()
            })
        })
        .collect()
}

fn ej_key(f: &Figures) -> f64 {
    f.ej.unwrap_or(f64::INFINITY)
}

/// Sort rows at every level.
pub fn sort(rows: &mut [Row], by: SortBy) {
    let cmp = |a: &Row, b: &Row| -> Ordering {
        let (fa, fb) = (&a.figures, &b.figures);
        let primary = match by {
            SortBy::Name => a.name.cmp(&b.name),
            SortBy::Kekurangan => fb.kekurangan.total_cmp(&fa.kekurangan),
            SortBy::Kelebihan => fb.kelebihan.total_cmp(&fa.kelebihan),
            SortBy::EjAsc => ej_key(fa).total_cmp(&ej_key(fb)),
            SortBy::EjDesc => ej_key(fb).total_cmp(&ej_key(fa)),
        };
        primary.then_with(|| a.code.cmp(&b.code))
    };
    rows.sort_by(cmp);
    for r in rows.iter_mut() {
        sort(&mut r.children, by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, name: &str, kekurangan: f64, children: Vec<Row>) -> Row {
        Row {
            code: code.into(),
            name: name.into(),
            figures: Figures {
                kekurangan,
                ..Figures::default()
            },
            children,
        }
    }

    #[test]
    fn filter_keeps_ancestors_of_matches_and_sort_orders_every_level() {
        let rows = vec![
            row(
                "D1",
                "Dinas Pendidikan",
                3.0,
                vec![
                    row("U1", "SD Negeri 001", 1.0, vec![]),
                    row("U2", "SD Negeri 002", 2.0, vec![]),
                ],
            ),
            row(
                "D2",
                "Dinas Kesehatan",
                5.0,
                vec![row("U3", "Puskesmas Palaran", 5.0, vec![])],
            ),
        ];
        let found = filter(&rows, "palaran");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, "D2");
        let found = filter(&rows, "pendidikan");
        assert_eq!(found[0].children.len(), 2, "a matching OPD keeps its units");
        let mut sorted = rows.clone();
        sort(&mut sorted, SortBy::Kekurangan);
        assert_eq!(sorted[0].code, "D2");
        assert_eq!(sorted[1].children[0].code, "U2");
    }
}
