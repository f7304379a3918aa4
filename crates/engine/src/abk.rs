//! Need from workload (Analisis Beban Kerja, PermenPANRB 1/2020):
//! need = sum over tasks of volume x periods per year x norma waktu / WKE.

use crate::dataset::TaskRow;
use std::collections::BTreeMap;

/// Effective working time per person-year in minutes: 1,250 hours (the default).
pub const WKE_1250_JAM: f64 = 75_000.0;
/// The 1,200-hour preset some regions use.
pub const WKE_1200_JAM: f64 = 72_000.0;

/// Need per (unit, jabatan) from task rows, summed in row order.
pub fn needs_from_tasks(tasks: &[TaskRow], wke_menit: f64) -> BTreeMap<(String, String), f64> {
    let mut minutes: BTreeMap<(String, String), f64> = BTreeMap::new();
    for t in tasks {
        *minutes
            .entry((t.kode_unit.clone(), t.kode_jabatan.clone()))
            .or_insert(0.0) += t.volume * t.periode.per_year() * t.norma_waktu;
    }
    minutes
        .into_iter()
        .map(|(k, m)| (k, m / wke_menit))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Period;

    fn task(unit: &str, volume: f64, periode: Period, norma: f64) -> TaskRow {
        TaskRow {
            kode_unit: unit.into(),
            kode_jabatan: "J".into(),
            uraian_tugas: "t".into(),
            volume,
            periode,
            norma_waktu: norma,
            row: 2,
        }
    }

    #[test]
    fn sums_tasks_per_slot() {
        // 250 days x 4 x 60 min = 60,000 min; 12 x 10 x 500 = 60,000 min: 120,000 / 75,000 = 1.6
        let tasks = [
            task("U1", 4.0, Period::Hari, 60.0),
            task("U1", 10.0, Period::Bulan, 500.0),
            task("U2", 1.0, Period::Tahun, 7500.0),
        ];
        let needs = needs_from_tasks(&tasks, WKE_1250_JAM);
        assert!((needs[&("U1".to_string(), "J".to_string())] - 1.6).abs() < 1e-12);
        assert!((needs[&("U2".to_string(), "J".to_string())] - 0.1).abs() < 1e-12);
        let needs = needs_from_tasks(&tasks, WKE_1200_JAM);
        assert!((needs[&("U1".to_string(), "J".to_string())] - 120_000.0 / 72_000.0).abs() < 1e-12);
    }
}
