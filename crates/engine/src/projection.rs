//! Retirement projection: for each year from the reference date's year, who reaches BUP
//! (retirement date of docs/MODEL.md: first of the month after the birth month, birth year +
//! BUP) per OPD and jabatan, and the shortage that follows if nobody is replaced. It
//! answers "where will we run short", which a one-off rebalancing cannot.

use crate::dataset::Dataset;
use crate::date::Date;
use crate::rule::retirement::retirement_of;
use crate::slot::SlotTable;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One OPD and jabatan in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectionRow {
    pub year: i32,
    pub opd: String,
    pub kode_jabatan: String,
    pub nama_jabatan: String,
    /// Employees reaching BUP in this year (the first year also counts those already
    /// past it at the reference date).
    pub pensiun: u32,
    /// Since the reference date, up to the end of this year.
    pub pensiun_kumulatif: u32,
    /// Staff of the group's slots left at the end of the year if nobody is replaced.
    pub bezetting: u32,
    /// Need of the group's slots.
    pub kebutuhan: f64,
    /// Sum over the group's slots of max(0, need - staff left).
    pub kekurangan: f64,
}

/// Totals of one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearTotal {
    pub year: i32,
    pub pensiun: u32,
    pub bezetting: u32,
    pub kekurangan: f64,
}

/// The whole projection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    pub from: Date,
    /// Shortage now (sum over slots of max(0, n - x0)), to compare the years with.
    pub kekurangan_awal: f64,
    pub years: Vec<YearTotal>,
    /// Groups that lose someone within the horizon, every year, ordered by year, OPD,
    /// jabatan.
    pub rows: Vec<ProjectionRow>,
    /// Employees already past their retirement date at `from` (counted in year one).
    pub sudah_lewat_bup: u32,
    /// Employees without a birth date (column and NIP): not projected.
    pub tanpa_tanggal_lahir: u32,
}

/// Project `years` years from `d` (year one is `d`'s year).
pub fn project(
    ds: &Dataset,
    table: &SlotTable,
    bup_default: u32,
    d: Date,
    years: u32,
) -> Projection {
    let opd_of: HashMap<&str, &str> = ds
        .units
        .iter()
        .map(|u| (u.kode_unit.as_str(), u.opd_kode.as_deref().unwrap_or("")))
        .collect();
    let years = i32::try_from(years).unwrap_or(0);
    let last = d.year.saturating_add(years.saturating_sub(1));
    // Departures per year, per slot and per group.
    let mut slot_out: BTreeMap<(i32, usize), u32> = BTreeMap::new();
    let mut group_out: BTreeMap<(&str, &str, i32), u32> = BTreeMap::new();
    let mut names: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let (mut past, mut unknown) = (0, 0);
    for (i, e) in ds.employees.iter().enumerate() {
        let Some(r) = retirement_of(e, bup_default) else {
            unknown += 1;
            continue;
        };
        if r < d {
            past += 1;
        }
        let year = r.year.max(d.year);
        if year > last {
            continue;
        }
        let opd = opd_of.get(e.kode_unit.as_str()).copied().unwrap_or("");
        *group_out
            .entry((opd, e.kode_jabatan.as_str(), year))
            .or_insert(0) += 1;
        names
            .entry((opd, e.kode_jabatan.as_str()))
            .or_insert(e.nama_jabatan.as_str());
        if let Some(s) = table.employee_slot.get(i).copied().flatten() {
            *slot_out.entry((year, s)).or_insert(0) += 1;
        }
    }
    let mut group_slots: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, s) in table.slots.iter().enumerate() {
        group_slots
            .entry((s.opd.as_str(), s.kode_jabatan.as_str()))
            .or_default()
            .push(i);
    }
    let mut left: Vec<u32> = table.slots.iter().map(|s| s.bezetting).collect();
    let kekurangan = |left: &[u32], idx: &[usize]| -> f64 {
        idx.iter()
            .filter_map(|i| Some((table.slots.get(*i)?.need, *left.get(*i)?)))
            .map(|(n, x)| (n - f64::from(x)).max(0.0))
            .sum()
    };
    let all: Vec<usize> = (0..table.slots.len()).collect();
    let kekurangan_awal = kekurangan(&left, &all);
    let mut totals = Vec::new();
    let mut rows = Vec::new();
    let mut cumulative: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for year in d.year..=last {
        for ((_, s), n) in slot_out.range((year, 0)..=(year, usize::MAX)) {
            if let Some(x) = left.get_mut(*s) {
                *x = x.saturating_sub(*n);
            }
        }
        let mut pensiun_year = 0;
        for (&(opd, jab), name) in &names {
            let n = group_out.get(&(opd, jab, year)).copied().unwrap_or(0);
            pensiun_year += n;
            let c = cumulative.entry((opd, jab)).or_insert(0);
            *c += n;
            let idx = group_slots
                .get(&(opd, jab))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            rows.push(ProjectionRow {
                year,
                opd: opd.to_string(),
                kode_jabatan: jab.to_string(),
                nama_jabatan: name.to_string(),
                pensiun: n,
                pensiun_kumulatif: *c,
                bezetting: idx.iter().filter_map(|i| left.get(*i)).sum(),
                kebutuhan: idx
                    .iter()
                    .filter_map(|i| table.slots.get(*i))
                    .map(|s| s.need)
                    .sum(),
                kekurangan: kekurangan(&left, idx),
            });
        }
        totals.push(YearTotal {
            year,
            pensiun: pensiun_year,
            bezetting: left.iter().sum(),
            kekurangan: kekurangan(&left, &all),
        });
    }
    Projection {
        from: d,
        kekurangan_awal,
        years: totals,
        rows,
        sudah_lewat_bup: past,
        tanpa_tanggal_lahir: unknown,
    }
}
