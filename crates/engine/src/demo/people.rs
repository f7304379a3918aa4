//! One demo employee at a time: status, sex, schooling, age, a NIP that agrees with
//! birth date, TMT CPNS and sex, tenure in the position, golongan that fits status,
//! level and years of service, and the rare flags (locked, volunteer, sanction, study
//! leave) that exercise every eligibility rule of the model.

use super::catalog::{Edu, Field, Jabatan, Kind, Level, GRADES};
use super::names;
use super::rng::Rng;
use crate::dataset::{Employee, Status};
use crate::date::Date;
use crate::nip::Sex;
use std::collections::HashSet;

/// Where a new employee works.
pub struct Post<'a> {
    pub jabatan: &'a Jabatan,
    pub kode_unit: &'a str,
    pub opd_nama: &'a str,
}

const DAYS_PER_YEAR: f64 = 365.25;

fn month_index(d: Date) -> i64 {
    i64::from(d.year) * 12 + i64::from(d.month) - 1
}

fn first_of_month(index: i64) -> Date {
    Date {
        year: index.div_euclid(12) as i32,
        month: index.rem_euclid(12) as u32 + 1,
        day: 1,
    }
}

fn status_for(rng: &mut Rng, jab: &Jabatan) -> Status {
    let entry_level = matches!(jab.level, None | Some(Level::Terampil | Level::AhliPertama));
    if jab.kind == Kind::Struktural || !entry_level {
        return Status::Pns;
    }
    let pppk = match jab.field {
        Field::Guru => 0.5,
        Field::Bidan | Field::Perawat | Field::Kesehatan => 0.34,
        Field::Dokter => 0.15,
        Field::Administrasi => 0.15,
        Field::Teknis => 0.1,
        Field::Pimpinan => 0.0,
    };
    let x = rng.unit();
    if x < pppk {
        Status::Pppk
    } else if x < pppk + 0.035 {
        Status::Cpns
    } else {
        Status::Pns
    }
}

fn sex_for(rng: &mut Rng, jab: &Jabatan) -> Sex {
    let female = if jab.nama.starts_with("Pengemudi")
        || jab.nama.starts_with("Polisi Pamong Praja")
        || jab.nama.starts_with("Pengatur Lalu Lintas")
    {
        0.1
    } else {
        match jab.field {
            Field::Guru => 0.68,
            Field::Bidan => 1.0,
            Field::Perawat => 0.72,
            Field::Dokter => 0.6,
            Field::Kesehatan => 0.66,
            Field::Teknis => 0.42,
            Field::Administrasi => 0.48,
            Field::Pimpinan => 0.3,
        }
    };
    if rng.chance(female) {
        Sex::Female
    } else {
        Sex::Male
    }
}

/// Age range in whole years for a title and status.
fn age_range(jab: &Jabatan, status: Status, edu: Edu) -> (i64, i64) {
    let bup = i64::from(jab.bup.unwrap_or(58));
    let (lo, hi) = match (status, jab.eselon, jab.level) {
        (Status::Cpns, _, _) => (22, 34),
        (Status::Pppk, _, _) if jab.field == Field::Guru => (27, 55),
        (Status::Pppk, _, _) => (24, 52),
        (_, Some(2), _) => (48, bup - 1),
        (_, Some(3), _) => (42, bup - 1),
        (_, Some(_), _) => (35, bup - 1),
        (_, _, Some(Level::Terampil)) => (23, 48),
        (_, _, Some(Level::Mahir)) => (30, 54),
        (_, _, Some(Level::Penyelia)) => (38, bup - 1),
        (_, _, Some(Level::AhliPertama)) => (24, 47),
        (_, _, Some(Level::AhliMuda)) => (33, bup - 1),
        (_, _, Some(Level::AhliMadya)) => (43, bup - 1),
        (_, _, None) => (21, bup - 1),
    };
    let floor = edu.min_age()
        + match status {
            Status::Pns => 3,
            Status::Cpns => 1,
            Status::Pppk => 2,
        };
    (lo.max(floor), hi.max(lo.max(floor)))
}

/// Golongan from status, schooling, level and years of service.
fn golongan(jab: &Jabatan, status: Status, edu: Edu, service_years: i64) -> String {
    match status {
        Status::Pppk => edu.pppk_grade().to_string(),
        Status::Cpns => GRADES[edu.first_grade()].to_string(),
        Status::Pns => {
            let (lo, hi) = match (jab.eselon, jab.level) {
                (Some(2), _) => (14, 15),
                (Some(3), _) => (11, 13),
                (Some(_), _) => (10, 12),
                (_, Some(Level::Terampil)) => (6, 7),
                (_, Some(Level::Mahir | Level::AhliPertama)) => (8, 9),
                (_, Some(Level::Penyelia | Level::AhliMuda)) => (10, 11),
                (_, Some(Level::AhliMadya)) => (12, 14),
                (_, None) => (edu.first_grade(), 11),
            };
            let by_service = edu.first_grade() + (service_years.max(0) / 4) as usize;
            GRADES[by_service.clamp(lo, hi.max(lo)).min(GRADES.len() - 1)].to_string()
        }
    }
}

/// A unique NIP: `yyyymmdd` birth, `yyyymm` TMT CPNS (or `yyyy21` for PPPK), the sex
/// digit and a sequence number, increased until unused.
fn nip_for(birth: Date, middle: &str, sex: Sex, taken: &mut HashSet<String>) -> String {
    let sex_digit = match sex {
        Sex::Male => 1,
        Sex::Female => 2,
    };
    let mut seq = 1;
    loop {
        let nip = format!(
            "{:04}{:02}{:02}{middle}{sex_digit}{:03}",
            birth.year, birth.month, birth.day, seq
        );
        if seq >= 999 || taken.insert(nip.clone()) {
            return nip;
        }
        seq += 1;
    }
}

/// Academic titles as SIASN keeps them apart from the name (GELAR DEPAN, GELAR
/// BELAKANG); about one record in eight has none recorded.
fn gelar(rng: &mut Rng, jab: &Jabatan, edu: Edu) -> (Option<&'static str>, Option<String>) {
    if edu == Edu::Slta || rng.chance(0.12) {
        return (None, None);
    }
    let n = jab.nama.as_str();
    let front = match (jab.field, edu) {
        (Field::Dokter, _) if n.starts_with("Dokter Gigi") => Some("drg."),
        (Field::Dokter, _) => Some("dr."),
        (Field::Teknis, Edu::S1) if n.starts_with("Teknik") && rng.chance(0.3) => Some("Ir."),
        _ => None,
    };
    let back = match (jab.field, edu) {
        (Field::Dokter, Edu::S2) => Some("M.Kes."),
        (Field::Dokter, _) => None,
        (Field::Guru, Edu::S2) => Some("S.Pd., M.Pd."),
        (Field::Guru, _) => Some("S.Pd."),
        (Field::Perawat, Edu::D3) => Some("A.Md.Kep."),
        (Field::Perawat, _) => Some("S.Kep., Ns."),
        (Field::Bidan, Edu::D3) => Some("A.Md.Keb."),
        (Field::Bidan, Edu::D4) => Some("S.Tr.Keb."),
        (Field::Bidan, _) => Some("S.Keb., Bd."),
        (Field::Kesehatan, Edu::D3) => Some("A.Md.Kes."),
        (Field::Kesehatan, _) if n.starts_with("Apoteker") => Some("S.Farm., Apt."),
        (Field::Kesehatan, _) => Some("S.K.M."),
        (_, Edu::D3) => Some("A.Md."),
        (_, Edu::D4) => Some("S.Tr.A.P."),
        (_, Edu::S2) => Some("S.Sos., M.Si."),
        _ if n.starts_with("Teknik") || n.starts_with("Penata Ruang") => Some("S.T."),
        _ if n.starts_with("Analis Hukum") => Some("S.H."),
        _ if n.starts_with("Pranata Komputer") => Some("S.Kom."),
        _ if n.contains("Keuangan") || n.contains("Pajak") => Some("S.E."),
        _ => Some("S.Sos."),
    };
    (front, back.map(str::to_string))
}

/// The name as the import shows it: `dr. Siti Aminah, M.Kes.` (GELAR DEPAN, NAMA and
/// GELAR BELAKANG joined the way Indonesians write them).
fn display_name(front: Option<&str>, nama: &str, back: Option<&str>) -> String {
    let mut s = match front {
        Some(g) => format!("{g} {nama}"),
        None => nama.to_string(),
    };
    if let Some(g) = back {
        s = format!("{s}, {g}");
    }
    s
}

/// Make one employee. `taken` holds the NIPs already given out.
pub fn hire(
    rng: &mut Rng,
    post: &Post<'_>,
    reference: Date,
    taken: &mut HashSet<String>,
) -> Employee {
    let jab = post.jabatan;
    let status = status_for(rng, jab);
    let sex = sex_for(rng, jab);
    let edu = *rng.pick(&jab.edu);
    let bup = i64::from(jab.bup.unwrap_or(58));
    let (lo, hi) = age_range(jab, status, edu);
    let ref_days = reference.days_since_epoch();
    let latest = (bup as f64 * DAYS_PER_YEAR) as i64 - 20;
    let mut age_days = rng
        .between(
            (lo as f64 * DAYS_PER_YEAR) as i64,
            ((hi + 1) as f64 * DAYS_PER_YEAR) as i64 - 1,
        )
        .min(latest);
    // A very few records still on the payroll past their retirement date.
    if status == Status::Pns && jab.kind == Kind::Pelaksana && rng.chance(0.0008) {
        age_days = latest + rng.between(40, 200);
    }
    let birth = Date::from_days_since_epoch(ref_days - age_days);
    let birth_m = month_index(birth);
    let ref_m = month_index(reference);

    // Start of service (TMT CPNS, or the PPPK contract) and the NIP's middle digits.
    let (start, middle) = match status {
        Status::Pppk => {
            let earliest = (i64::from(birth.year) + edu.min_age() + 1).max(2019);
            let year = rng.between(earliest, i64::from(reference.year) - 1);
            let start = first_of_month(year * 12 + rng.between(0, 11));
            (start, format!("{year:04}21"))
        }
        Status::Cpns => {
            let m = rng.between(ref_m - 14, ref_m - 1);
            let start = first_of_month(m);
            (start, format!("{:04}{:02}", start.year, start.month))
        }
        Status::Pns => {
            let lower = birth_m + 12 * edu.min_age().max(18) + 1;
            let upper = (ref_m - 24).min(birth_m + 12 * 35 + 11).max(lower);
            let start = first_of_month(rng.between(lower, upper));
            (start, format!("{:04}{:02}", start.year, start.month))
        }
    };
    let nip = nip_for(birth, &middle, sex, taken);

    // Time in the current position: some fresh (< 24 months), a few unrecorded.
    let start_days = start.days_since_epoch();
    let tmt_jabatan = if status == Status::Cpns {
        Some(start)
    } else if rng.chance(0.012) {
        None
    } else {
        let fresh_from = (ref_days - 730).max(start_days);
        let day = if rng.chance(0.17) || fresh_from <= start_days {
            rng.between(fresh_from, ref_days - 1)
        } else {
            let settled_from = if rng.chance(0.5) {
                start_days
            } else {
                (ref_days - 12 * 365).max(start_days)
            };
            rng.between(settled_from, ref_days - 731)
        };
        Some(Date::from_days_since_epoch(day))
    };
    let (front, back) = gelar(rng, jab, edu);
    let nama = display_name(front, &names::person(rng, sex), back.as_deref());
    let service_years = (ref_m - month_index(start)) / 12;
    let age_years = age_days / 365;
    let young = age_years < 45;
    Employee {
        nip,
        nama,
        kode_unit: post.kode_unit.to_string(),
        kode_jabatan: jab.kode.clone(),
        nama_jabatan: jab.nama.clone(),
        jenis_jabatan: Some(jab.kind.label().to_string()),
        tmt_jabatan,
        tanggal_lahir: Some(birth),
        jenis_kelamin: Some(sex),
        status,
        golongan: Some(golongan(jab, status, edu, service_years)),
        pendidikan: Some(edu.label().to_string()),
        opd: Some(post.opd_nama.to_string()),
        bup: jab.bup,
        kunci: rng.chance(0.005),
        sukarela: status == Status::Pns && rng.chance(0.015),
        tujuan_usulan: None,
        hukuman_disiplin: rng.chance(0.003),
        tugas_belajar: status == Status::Pns && young && rng.chance(0.008),
        row: 0,
        data_problems: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::catalog::Catalog;
    use crate::nip;

    #[test]
    fn every_title_gives_consistent_people() {
        let cat = Catalog::new();
        let reference = Date {
            year: 2026,
            month: 1,
            day: 1,
        };
        let mut rng = Rng::new(3);
        let mut taken = HashSet::new();
        for jab in &cat.jabatan {
            for _ in 0..40 {
                let post = Post {
                    jabatan: jab,
                    kode_unit: "U",
                    opd_nama: "OPD",
                };
                let e = hire(&mut rng, &post, reference, &mut taken);
                assert_eq!(nip::birth_date(&e.nip), e.tanggal_lahir);
                assert_eq!(nip::sex(&e.nip), e.jenis_kelamin);
                assert_eq!(nip::looks_pppk(&e.nip), e.status == Status::Pppk);
                let birth = nip::birth_date(&e.nip).unwrap();
                let tmt_y: i32 = e.nip[8..12].parse().unwrap();
                assert!(tmt_y - birth.year >= 18, "{} {}", jab.nama, e.nip);
                if let Some(t) = e.tmt_jabatan {
                    assert!(t < reference && t > birth, "{} {t}", e.nip);
                }
            }
        }
    }
}
