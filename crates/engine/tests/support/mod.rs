//! A tiny builder of `Dataset` values for the optimiser's tests: units, need rows,
//! compatibility pairs and employees with sensible defaults (PNS, 11 years in position,
//! born 1980, reference date 2026-01-01 makes everyone movable unless a test says not).
#![allow(dead_code)]

use seimbang_engine::dataset::{Compatibility, Dataset, Employee, NeedRow, Status, Unit};
use seimbang_engine::Date;

pub fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).expect("valid test date")
}

/// The reference date of every fixture.
pub fn today() -> Date {
    date(2026, 1, 1)
}

#[derive(Default, Clone)]
pub struct Builder {
    pub ds: Dataset,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn unit(mut self, code: &str, opd: &str) -> Builder {
        self.ds.units.push(Unit {
            kode_unit: code.into(),
            nama_unit: code.into(),
            opd_kode: Some(opd.into()),
            opd_nama: None,
            jenis_unit: None,
        });
        self
    }

    pub fn need(mut self, unit: &str, jabatan: &str, need: f64) -> Builder {
        self = self.need_w(unit, jabatan, need, 1.0);
        self
    }

    pub fn need_w(mut self, unit: &str, jabatan: &str, need: f64, priority: f64) -> Builder {
        let row = self.ds.needs.len() as u32 + 2;
        self.ds.needs.push(NeedRow {
            kode_unit: unit.into(),
            kode_jabatan: jabatan.into(),
            kebutuhan: need,
            prioritas: priority,
            nama_jabatan: None,
            row,
        });
        self
    }

    pub fn compat(mut self, from: &str, to: &str) -> Builder {
        self.ds.compatibility.push(Compatibility {
            jabatan_asal: from.into(),
            jabatan_tujuan: to.into(),
        });
        self
    }

    /// Add `count` default employees to (unit, jabatan).
    pub fn staff(mut self, unit: &str, jabatan: &str, count: usize) -> Builder {
        for _ in 0..count {
            let e = self.employee(unit, jabatan);
            self.ds.employees.push(e);
        }
        self
    }

    /// Add one employee, shaped by `edit`.
    pub fn person(
        mut self,
        unit: &str,
        jabatan: &str,
        edit: impl FnOnce(&mut Employee),
    ) -> Builder {
        let mut e = self.employee(unit, jabatan);
        edit(&mut e);
        self.ds.employees.push(e);
        self
    }

    /// A default employee with the next NIP (born 1980-01-01, PNS since 2005).
    pub fn employee(&self, unit: &str, jabatan: &str) -> Employee {
        let n = self.ds.employees.len() + 1;
        Employee {
            nip: format!("198001012005011{n:03}"),
            nama: format!("Pegawai {n}"),
            kode_unit: unit.into(),
            kode_jabatan: jabatan.into(),
            nama_jabatan: jabatan.into(),
            jenis_jabatan: None,
            tmt_jabatan: Some(date(2015, 1, 1)),
            tanggal_lahir: Some(date(1980, 1, 1)),
            jenis_kelamin: None,
            status: Status::Pns,
            golongan: None,
            pendidikan: None,
            opd: None,
            bup: None,
            kunci: false,
            sukarela: false,
            tujuan_usulan: None,
            hukuman_disiplin: false,
            tugas_belajar: false,
            row: n as u32 + 1,
        }
    }

    pub fn build(self) -> Dataset {
        self.ds
    }
}
