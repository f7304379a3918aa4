//! Names beside codes: reports and messages are read by people, so every unit, OPD,
//! jabatan and person is shown by name from the data, the code as secondary text (the
//! code alone when the data gives no name).

use crate::dataset::Dataset;
use crate::plan::SlotKey;
use std::collections::HashMap;

/// Unit, OPD, jabatan and people's names of a dataset.
pub struct Names<'a> {
    units: HashMap<&'a str, &'a crate::dataset::Unit>,
    opds: HashMap<&'a str, &'a str>,
    jabatan: HashMap<&'a str, &'a str>,
    people: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    pub fn of(ds: &'a Dataset) -> Names<'a> {
        let units = ds.units.iter().map(|u| (u.kode_unit.as_str(), u)).collect();
        let mut opds = HashMap::new();
        for u in &ds.units {
            if let (Some(k), Some(n)) = (u.opd_kode.as_deref(), u.opd_nama.as_deref()) {
                opds.entry(k).or_insert(n);
            }
        }
        let mut jabatan = HashMap::new();
        for n in &ds.needs {
            if let Some(name) = n.nama_jabatan.as_deref() {
                jabatan.entry(n.kode_jabatan.as_str()).or_insert(name);
            }
        }
        let mut people = HashMap::with_capacity(ds.employees.len());
        for e in &ds.employees {
            jabatan
                .entry(e.kode_jabatan.as_str())
                .or_insert(e.nama_jabatan.as_str());
            people.insert(e.nip.as_str(), e.nama.as_str());
        }
        Names {
            units,
            opds,
            jabatan,
            people,
        }
    }

    /// The jabatan's name ("" when unknown).
    pub fn jabatan(&self, kode_jabatan: &str) -> &'a str {
        self.jabatan.get(kode_jabatan).copied().unwrap_or("")
    }

    /// A person as people write them: `Siti Aminah (198001…)`, the NIP alone when the
    /// data has no name.
    pub fn person(&self, nip: &str) -> String {
        match self.people.get(nip).filter(|n| !n.is_empty()) {
            Some(name) => format!("{name} ({nip})"),
            None => nip.to_string(),
        }
    }

    /// A slot by its names: `Analis Kebijakan, Bidang Mutasi`, codes where a name is
    /// missing.
    pub fn slot(&self, slot: &SlotKey) -> String {
        let jabatan = match self.jabatan(&slot.kode_jabatan) {
            "" => slot.kode_jabatan.as_str(),
            name => name,
        };
        let unit = match self.unit(&slot.kode_unit) {
            "" => slot.kode_unit.as_str(),
            name => name,
        };
        format!("{jabatan}, {unit}")
    }

    /// An OPD by name, its code when it has none.
    pub fn opd_label(&self, opd_kode: &str) -> String {
        match self.opd(opd_kode) {
            "" => opd_kode.to_string(),
            name => name.to_string(),
        }
    }

    /// The unit's name ("" when unknown).
    pub fn unit(&self, kode_unit: &str) -> &'a str {
        self.units
            .get(kode_unit)
            .map_or("", |u| u.nama_unit.as_str())
    }

    /// The unit's name, its code when the data names none.
    pub fn unit_or_code(&self, kode_unit: &str) -> String {
        match self.unit(kode_unit) {
            "" => kode_unit.to_string(),
            name => name.to_string(),
        }
    }

    /// The unit's OPD code ("" when none).
    pub fn opd_of(&self, kode_unit: &str) -> &'a str {
        self.units
            .get(kode_unit)
            .and_then(|u| u.opd_kode.as_deref())
            .unwrap_or("")
    }

    /// The OPD's name ("" when unknown).
    pub fn opd(&self, opd_kode: &str) -> &'a str {
        self.opds.get(opd_kode).copied().unwrap_or("")
    }
}
