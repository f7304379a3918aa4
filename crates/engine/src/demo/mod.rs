//! The demo dataset: a seeded, deterministic city (or province) of civil servants with
//! the imbalances real regions have, so the app can be tried without one's own data
//! ("Coba data contoh") and every stage can be tested and benchmarked on realistic
//! input. Also the writers that turn any dataset back into the files users bring
//! (plain CSV, SIASN-style CSV, one XLSX workbook).
//!
//! Same [`DemoSpec`] => the same [`Dataset`], on every platform: the generator uses its
//! own PRNG ([`rng`]), ordered collections, and no clock.

mod catalog;
mod city;
mod compat;
mod csv_out;
mod layout;
mod names;
mod people;
pub mod rng;
mod staffing;
mod workload;
mod xlsx_out;

pub use csv_out::{write_csv, CsvStyle};
pub use layout::split_name;
pub use xlsx_out::{write_xlsx, WorkbookError};

use crate::dataset::{Dataset, NeedRow, Unit};
use crate::date::Date;
use catalog::Catalog;
use city::UnitKind;
use people::Post;
use rng::Rng;
use std::collections::HashSet;

/// The seed of the demo the app offers ("Coba data contoh").
pub const DEMO_SEED: u64 = 20_260_101;

/// The reference date the demo's ages and tenures are drawn against.
pub const DEMO_REFERENCE: Date = Date {
    year: 2026,
    month: 1,
    day: 1,
};

/// What to generate.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoSpec {
    pub seed: u64,
    /// Exact number of employees.
    pub employees: u32,
    /// Towns the region spans: 1 for a city, several for a province.
    pub wilayah: u32,
    /// Share of a full city's units in each town (1 = all 230 schools, 27 puskesmas...).
    pub share: f64,
    /// Ages, tenures and retirement are drawn against this date.
    pub reference: Date,
}

impl DemoSpec {
    /// The demo city, shaped like Kota Samarinda: about 40 OPD, 230 schools,
    /// 27 puskesmas, 2 RSUD, 10 kecamatan with 59 kelurahan, 12,000 employees.
    pub fn city(seed: u64) -> DemoSpec {
        DemoSpec {
            seed,
            employees: 12_000,
            wilayah: 1,
            share: 1.0,
            reference: DEMO_REFERENCE,
        }
    }

    /// A province-sized dataset: the city's shape over nine towns, 100,000 employees.
    pub fn province(seed: u64) -> DemoSpec {
        DemoSpec {
            employees: 100_000,
            wilayah: 9,
            ..DemoSpec::city(seed)
        }
    }

    /// A small region for tests: fewer units, in proportion to `employees`.
    pub fn small(seed: u64, employees: u32) -> DemoSpec {
        DemoSpec {
            employees,
            share: (f64::from(employees) / 12_000.0).clamp(0.02, 1.0),
            ..DemoSpec::city(seed)
        }
    }
}

/// Streams of the generator (see [`Rng::fork`]).
const SHAPE: u64 = 1;
const STAFFING: u64 = 2;
const PEOPLE: u64 = 3;
const EXTRAS: u64 = 4;

/// Generate the dataset a spec describes, already in the form the import produces
/// (row numbers as the written files will have them).
pub fn generate(spec: &DemoSpec) -> Dataset {
    let cat = Catalog::new();
    let shape = city::build(spec, &cat, &mut Rng::fork(spec.seed, SHAPE));
    let mut extras = Rng::fork(spec.seed, EXTRAS);

    // A few people sit in (unit, jabatan) pairs without a need row: outside the model.
    let outside = match spec.employees {
        0..=19 => 0,
        20..=699 => 1,
        n => n / 700,
    };
    let outside_title = cat.id("Pranata Komputer", Some(catalog::Level::Terampil));
    let hosts: Vec<usize> = (0..shape.units.len())
        .filter(|u| {
            let unit = &shape.units[*u];
            matches!(unit.kind, UnitKind::Sekolah | UnitKind::Kelurahan)
                && unit.slots.iter().all(|s| s.jabatan != outside_title)
        })
        .collect();
    let mut outside_at: Vec<usize> = Vec::new();
    if !hosts.is_empty() {
        for _ in 0..outside {
            outside_at.push(*extras.pick(&hosts));
        }
    }

    let in_model = spec.employees - outside_at.len() as u32;
    let staffing = staffing::plan(&shape, &cat, in_model, &mut Rng::fork(spec.seed, STAFFING));

    let mut ds = Dataset::default();
    for u in &shape.units {
        let opd = &shape.opds[u.opd];
        ds.units.push(Unit {
            kode_unit: u.kode.clone(),
            nama_unit: u.nama.clone(),
            opd_kode: Some(opd.kode.clone()),
            opd_nama: Some(opd.nama.clone()),
            jenis_unit: Some(u.kind.label().to_string()),
        });
    }

    let mut people_rng = Rng::fork(spec.seed, PEOPLE);
    let mut taken: HashSet<String> = HashSet::with_capacity(spec.employees as usize);
    let mut next = 0;
    for (ui, u) in shape.units.iter().enumerate() {
        let opd_nama = &shape.opds[u.opd].nama;
        while next < staffing.slots.len() && staffing.slots[next].unit == ui {
            let st = &staffing.slots[next];
            let jab = cat.get(u.slots[st.slot].jabatan);
            if st.need_row {
                ds.needs.push(NeedRow {
                    kode_unit: u.kode.clone(),
                    kode_jabatan: jab.kode.clone(),
                    kebutuhan: if u.slots[st.slot].from_tasks {
                        (st.need * 100.0).round() / 100.0
                    } else {
                        st.need
                    },
                    prioritas: u.priority,
                    nama_jabatan: Some(jab.nama.clone()),
                    row: 0,
                });
            }
            let post = Post {
                jabatan: jab,
                kode_unit: &u.kode,
                opd_nama,
            };
            for _ in 0..st.headcount {
                let e = people::hire(&mut people_rng, &post, spec.reference, &mut taken);
                ds.employees.push(e);
            }
            next += 1;
        }
        for _ in outside_at.iter().filter(|h| **h == ui) {
            let post = Post {
                jabatan: cat.get(outside_title),
                kode_unit: &u.kode,
                opd_nama,
            };
            ds.employees.push(people::hire(
                &mut people_rng,
                &post,
                spec.reference,
                &mut taken,
            ));
        }
    }

    // Volunteers: about half name the unit they would like to go to.
    for e in &mut ds.employees {
        if e.sukarela && extras.chance(0.5) {
            let kind = ds
                .units
                .iter()
                .find(|u| u.kode_unit == e.kode_unit)
                .and_then(|u| u.jenis_unit.clone());
            let same: Vec<&Unit> = ds
                .units
                .iter()
                .filter(|u| u.jenis_unit == kind && u.kode_unit != e.kode_unit)
                .collect();
            if !same.is_empty() {
                e.tujuan_usulan = Some(extras.pick(&same).kode_unit.clone());
            }
        }
    }

    ds.sementara = social_programme(&ds, spec.reference);

    // The unit table in code order, as the import lists units.
    ds.units.sort_by(|a, b| a.kode_unit.cmp(&b.kode_unit));
    ds.tasks = staffing.tasks;
    // Only pairs between titles the data mentions (a small region lacks some offices).
    let mentioned: HashSet<&str> = ds
        .employees
        .iter()
        .map(|e| e.kode_jabatan.as_str())
        .chain(ds.needs.iter().map(|r| r.kode_jabatan.as_str()))
        .chain(ds.tasks.iter().map(|t| t.kode_jabatan.as_str()))
        .collect();
    let compatibility: Vec<_> = compat::table(&cat)
        .into_iter()
        .filter(|c| {
            mentioned.contains(c.jabatan_asal.as_str())
                && mentioned.contains(c.jabatan_tujuan.as_str())
        })
        .collect();
    ds.compatibility = compatibility;
    number_rows(&mut ds);
    ds
}

/// One realistic temporary need, when the region has a Dinas Sosial: its social
/// protection division runs a six-month assistance programme and needs three more
/// administrators, whom other offices may lend (no randomness: the rest of the data is
/// as it was without it).
fn social_programme(ds: &Dataset, reference: Date) -> Vec<crate::dataset::TemporaryNeed> {
    let host = ds.units.iter().find(|u| {
        u.opd_nama.as_deref() == Some("Dinas Sosial") && u.nama_unit.contains("Jaminan Sosial")
    });
    let admins: Vec<String> = ["Pengadministrasi Umum", "Pengadministrasi Perkantoran"]
        .iter()
        .filter_map(|name| {
            ds.needs
                .iter()
                .find(|n| n.nama_jabatan.as_deref() == Some(name))
                .map(|n| n.kode_jabatan.clone())
        })
        .collect();
    let (Some(host), false) = (host, admins.is_empty()) else {
        return Vec::new();
    };
    let (Some(mulai), Some(selesai)) = (
        Date::new(reference.year, 3, 1),
        Date::new(reference.year, 8, 31),
    ) else {
        return Vec::new();
    };
    vec![crate::dataset::TemporaryNeed {
        kode_unit: host.kode_unit.clone(),
        jabatan_diterima: admins,
        tambahan: 3.0,
        mulai,
        selesai,
        prioritas: 1.0,
        keterangan: "Program bantuan sosial enam bulan".into(),
        row: 2,
    }]
}

/// Row numbers as a spreadsheet shows them: the header is row 1.
fn number_rows(ds: &mut Dataset) {
    for (i, e) in ds.employees.iter_mut().enumerate() {
        e.row = i as u32 + 2;
    }
    for (i, n) in ds.needs.iter_mut().enumerate() {
        n.row = i as u32 + 2;
    }
    for (i, t) in ds.tasks.iter_mut().enumerate() {
        t.row = i as u32 + 2;
    }
}
