//! The demo's kompatibilitas table: which administrative titles may fill which. Levels
//! of one functional family are deliberately not listed (Guru Kelas Ahli Pertama cannot
//! simply take a Guru Kelas Ahli Muda post: that is a promotion, not a transfer).

use super::catalog::{Catalog, Level};
use crate::dataset::Compatibility;

/// A title: its family name and level (none for pelaksana titles).
type Title = (&'static str, Option<Level>);

const PAIRS: &[(Title, Title)] = &[
    (("Pengadministrasi Umum", None), ("Pengelola Data", None)),
    (("Pengelola Data", None), ("Pengadministrasi Umum", None)),
    (
        ("Pengadministrasi Umum", None),
        ("Pengadministrasi Perkantoran", None),
    ),
    (
        ("Pengadministrasi Perkantoran", None),
        ("Pengadministrasi Umum", None),
    ),
    (
        ("Pengadministrasi Kepegawaian", None),
        ("Pengadministrasi Umum", None),
    ),
    (
        ("Pengelola Keuangan", None),
        ("Pengelola Barang Milik Daerah", None),
    ),
    (
        ("Pengelola Layanan Kependudukan", None),
        ("Pengadministrasi Umum", None),
    ),
    (
        ("Pengelola Perizinan", None),
        ("Pengadministrasi Umum", None),
    ),
    (
        ("Pranata Komputer", Some(Level::Terampil)),
        ("Pengelola Data", None),
    ),
];

/// The compatibility rows, by jabatan code.
pub fn table(cat: &Catalog) -> Vec<Compatibility> {
    PAIRS
        .iter()
        .map(|((fa, la), (fb, lb))| Compatibility {
            jabatan_asal: cat.get(cat.id(fa, *la)).kode.clone(),
            jabatan_tujuan: cat.get(cat.id(fb, *lb)).kode.clone(),
        })
        .collect()
}
