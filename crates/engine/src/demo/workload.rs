//! ABK task rows (`uraian_tugas`) for the units whose need the demo derives from
//! workload, so the import and the ABK computation are exercised on real-looking data:
//! each slot gets a few tasks whose volumes add up to roughly the need it should have.

use super::catalog::{Field, Jabatan, Kind};
use super::rng::Rng;
use crate::dataset::{Period, TaskRow};

const SDM_ANALYSIS: &[&str] = &[
    "Menyusun kebutuhan dan formasi ASN",
    "Menganalisis usulan mutasi dan rotasi pegawai",
    "Memverifikasi usulan kenaikan pangkat",
    "Menyusun konsep keputusan pemberhentian dan pensiun",
    "Menganalisis jabatan dan beban kerja",
    "Menyusun rencana pengembangan kompetensi",
    "Mengevaluasi hasil penilaian kinerja pegawai",
];

const SDM_CLERICAL: &[&str] = &[
    "Memutakhirkan data pegawai di SIASN",
    "Menyiapkan berkas usulan kenaikan pangkat",
    "Mengarsipkan dokumen kepegawaian",
    "Melayani permintaan data kepegawaian",
    "Mencatat cuti dan kehadiran pegawai",
];

const OFFICE: &[&str] = &[
    "Mengagendakan surat masuk dan keluar",
    "Menyiapkan bahan rapat",
    "Mengolah data kegiatan bidang",
    "Menyusun laporan bulanan",
    "Menggandakan dan mendistribusikan dokumen",
    "Melayani tamu dan konsultasi",
    "Menyusun telaahan staf",
];

const NORMA: &[f64] = &[15.0, 20.0, 30.0, 45.0, 60.0, 90.0, 120.0, 180.0, 240.0];

/// Task rows for one slot aiming at `target` person-years of work against `wke_menit`.
/// Volumes and norms are whole numbers, as ABK worksheets have them.
pub fn tasks_for(
    rng: &mut Rng,
    kode_unit: &str,
    jabatan: &Jabatan,
    target: f64,
    wke_menit: f64,
) -> Vec<TaskRow> {
    let pool = match (jabatan.kind, jabatan.field) {
        (Kind::Fungsional, Field::Teknis) if jabatan.nama.starts_with("Analis") => SDM_ANALYSIS,
        (Kind::Fungsional, _) => SDM_CLERICAL,
        _ => OFFICE,
    };
    let n = rng.between(3, 5) as usize;
    let mut chosen: Vec<&str> = Vec::with_capacity(n);
    while chosen.len() < n.min(pool.len()) {
        let t = *rng.pick(pool);
        if !chosen.contains(&t) {
            chosen.push(t);
        }
    }
    let shares: Vec<f64> = chosen.iter().map(|_| rng.uniform(0.5, 1.5)).collect();
    let total: f64 = shares.iter().sum();
    let minutes = target.max(0.1) * wke_menit;
    chosen
        .iter()
        .zip(&shares)
        .map(|(task, share)| {
            let periode = *rng.pick(&[Period::Tahun, Period::Bulan, Period::Minggu, Period::Hari]);
            let norma = *rng.pick(NORMA);
            let volume = (minutes * share / total / (periode.per_year() * norma))
                .round()
                .max(1.0);
            TaskRow {
                kode_unit: kode_unit.to_string(),
                kode_jabatan: jabatan.kode.clone(),
                uraian_tugas: (*task).to_string(),
                volume,
                periode,
                norma_waktu: norma,
                row: 0,
            }
        })
        .collect()
}
