//! Names beside codes: reports are read by people, so every unit and OPD code is shown
//! with its name from the unit table (empty when the data gives none).

use crate::dataset::Dataset;
use std::collections::HashMap;

/// Unit and OPD names of a dataset.
pub struct Names<'a> {
    units: HashMap<&'a str, &'a crate::dataset::Unit>,
    opds: HashMap<&'a str, &'a str>,
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
        Names { units, opds }
    }

    /// The unit's name ("" when unknown).
    pub fn unit(&self, kode_unit: &str) -> &'a str {
        self.units
            .get(kode_unit)
            .map_or("", |u| u.nama_unit.as_str())
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
