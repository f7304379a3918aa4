//! Slots: the (unit, jabatan) pairs that have a need, with their need, priority and
//! bezetting. Both the analysis and the optimiser stand on this one table, so the
//! figures of the app, the CLI's analysis.csv and the plan can never disagree.

use crate::abk;
use crate::dataset::Dataset;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Where a slot's need comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NeedSource {
    /// The `kebutuhan` table.
    Given,
    /// Computed from `uraian_tugas` (ABK).
    Workload,
}

/// One slot s = (unit, jabatan).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub kode_unit: String,
    pub kode_jabatan: String,
    pub nama_jabatan: String,
    /// OPD code of the unit ("" when no table names one).
    pub opd: String,
    /// n_s, a decimal >= 0.
    pub need: f64,
    /// w_s, >= 0.
    pub priority: f64,
    /// x0_s: employees whose current (unit, jabatan) is this slot, every status.
    pub bezetting: u32,
    pub source: NeedSource,
    /// Of them, due for rotation at the scenario's D (set by the scenario's resolution:
    /// it depends on D and `maks_masa_jabatan_bulan`; 0 in a bare slot table).
    #[serde(default)]
    pub jatuh_tempo: u32,
}

/// All slots, ordered by unit code then jabatan key, and which slot each employee is in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlotTable {
    pub slots: Vec<Slot>,
    /// Per employee (dataset order): the index of their slot, `None` when outside the model.
    pub employee_slot: Vec<Option<usize>>,
    /// Employees whose (unit, jabatan) has no need row ("jabatan tanpa data kebutuhan").
    pub outside: Vec<usize>,
}

impl SlotTable {
    /// Build the slot table. `wke_menit` is the effective working time per person-year.
    pub fn build(ds: &Dataset, wke_menit: f64) -> SlotTable {
        let opd_of: HashMap<&str, &str> = ds
            .units
            .iter()
            .map(|u| (u.kode_unit.as_str(), u.opd_kode.as_deref().unwrap_or("")))
            .collect();
        let mut names: HashMap<&str, &str> = HashMap::new();
        for e in &ds.employees {
            names
                .entry(e.kode_jabatan.as_str())
                .or_insert(e.nama_jabatan.as_str());
        }
        let mut by_key: BTreeMap<(String, String), Slot> = BTreeMap::new();
        for r in &ds.needs {
            let name = r
                .nama_jabatan
                .as_deref()
                .or_else(|| names.get(r.kode_jabatan.as_str()).copied());
            by_key.insert(
                (r.kode_unit.clone(), r.kode_jabatan.clone()),
                Slot {
                    kode_unit: r.kode_unit.clone(),
                    kode_jabatan: r.kode_jabatan.clone(),
                    nama_jabatan: name.unwrap_or(&r.kode_jabatan).to_string(),
                    opd: opd_of.get(r.kode_unit.as_str()).unwrap_or(&"").to_string(),
                    need: r.kebutuhan,
                    priority: r.prioritas,
                    bezetting: 0,
                    source: NeedSource::Given,
                    jatuh_tempo: 0,
                },
            );
        }
        for ((unit, jabatan), need) in abk::needs_from_tasks(&ds.tasks, wke_menit) {
            let slot = by_key
                .entry((unit.clone(), jabatan.clone()))
                .or_insert_with(|| Slot {
                    nama_jabatan: names
                        .get(jabatan.as_str())
                        .copied()
                        .unwrap_or(&jabatan)
                        .to_string(),
                    opd: opd_of.get(unit.as_str()).unwrap_or(&"").to_string(),
                    kode_unit: unit,
                    kode_jabatan: jabatan,
                    need: 0.0,
                    priority: 1.0,
                    bezetting: 0,
                    source: NeedSource::Workload,
                    jatuh_tempo: 0,
                });
            slot.need = need;
            slot.source = NeedSource::Workload;
        }
        let mut slots: Vec<Slot> = by_key.into_values().collect();
        let index: HashMap<(&str, &str), usize> = slots
            .iter()
            .enumerate()
            .map(|(i, s)| ((s.kode_unit.as_str(), s.kode_jabatan.as_str()), i))
            .collect();
        let mut employee_slot = Vec::with_capacity(ds.employees.len());
        let mut outside = Vec::new();
        for (i, e) in ds.employees.iter().enumerate() {
            let s = index
                .get(&(e.kode_unit.as_str(), e.kode_jabatan.as_str()))
                .copied();
            if s.is_none() {
                outside.push(i);
            }
            employee_slot.push(s);
        }
        for s in employee_slot.iter().flatten() {
            slots[*s].bezetting += 1;
        }
        SlotTable {
            slots,
            employee_slot,
            outside,
        }
    }
}
