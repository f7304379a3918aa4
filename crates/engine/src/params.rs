//! The scenario parameters of the model, with the names and defaults of docs/MODEL.md
//! (the same keys as `params.json`). An unknown key is an error: a typo must never fall
//! back silently to a default.

use crate::date::Date;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Where employees may be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Any unit of the dataset.
    #[default]
    Semua,
    /// Only units of the employee's own OPD.
    Opd,
}

/// Every parameter of the balancing model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Reference date D; `None` means the caller must supply one (the CLI uses today).
    pub tanggal_acuan: Option<Date>,
    pub izinkan_pppk: bool,
    pub min_masa_jabatan_bulan: i32,
    pub batas_pensiun_bulan: i32,
    pub bup_default: u32,
    pub wke_menit: f64,
    pub lingkup: Scope,
    pub jaga_asal: bool,
    pub batasi_tujuan: bool,
    pub maks_pindah: Option<u32>,
    pub maks_keluar_persen: Option<f64>,
    pub biaya_pindah: f64,
    pub faktor_sukarela: f64,
    /// Full months in position from which an employee is due for rotation (v2).
    pub maks_masa_jabatan_bulan: i32,
    /// The move cost's factor for someone due (v2; 1 leaves costs as in v1).
    pub faktor_jatuh_tempo: f64,
    /// The move cost's factor for a volunteer moving into the unit they asked for
    /// (`tujuan_usulan`; v2; 1 leaves costs as in v1).
    pub faktor_tujuan_usulan: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            tanggal_acuan: None,
            izinkan_pppk: false,
            min_masa_jabatan_bulan: 24,
            batas_pensiun_bulan: 12,
            bup_default: 58,
            wke_menit: 75_000.0,
            lingkup: Scope::Semua,
            jaga_asal: true,
            batasi_tujuan: true,
            maks_pindah: None,
            maks_keluar_persen: None,
            biaya_pindah: 0.1,
            faktor_sukarela: 0.5,
            maks_masa_jabatan_bulan: 60,
            faktor_jatuh_tempo: 1.0,
            faktor_tujuan_usulan: 1.0,
        }
    }
}

/// A parameter value outside its domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum ParamsError {
    #[error("params.json: {0}")]
    Json(String),
    #[error("parameter `{name}` must be {domain}")]
    OutOfRange { name: String, domain: Domain },
}

/// The values a parameter may take, as a refusal names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Domain {
    Positive,
    NonNegative,
    WholeNonNegative,
    RetirementAge,
    Percentage,
    Factor,
}

impl Domain {
    /// The domain in `lang`'s words.
    pub fn describe(self, lang: Lang) -> &'static str {
        match self {
            Domain::Positive => lang.pick("angka > 0", "a number > 0"),
            Domain::NonNegative => lang.pick("angka >= 0", "a number >= 0"),
            Domain::WholeNonNegative => lang.pick("bilangan bulat >= 0", "a whole number >= 0"),
            Domain::RetirementAge => lang.pick(
                "bilangan bulat tahun antara 30 dan 80",
                "a whole number of years between 30 and 80",
            ),
            Domain::Percentage => lang.pick(
                "persentase antara 0 dan 100",
                "a percentage between 0 and 100",
            ),
            Domain::Factor => lang.pick("angka antara 0 dan 1", "a number between 0 and 1"),
        }
    }
}

impl std::fmt::Display for Domain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.describe(Lang::En))
    }
}

impl ParamsError {
    /// The refusal in `lang`'s words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ParamsError::Json(detail) => format!(
                "{}: {detail}",
                lang.pick("params.json tidak terbaca", "params.json cannot be read")
            ),
            ParamsError::OutOfRange { name, domain } => format!(
                "{} `{name}` {} {}",
                lang.pick("Parameter", "Parameter"),
                lang.pick("harus", "must be"),
                domain.describe(lang)
            ),
        }
    }
}

impl Params {
    /// Parse `params.json` text (unknown keys refused) and check every domain.
    pub fn from_json(text: &str) -> Result<Params, ParamsError> {
        let p: Params = serde_json::from_str(text).map_err(|e| ParamsError::Json(e.to_string()))?;
        p.validate()?;
        Ok(p)
    }

    /// Check that every value is in its domain (costs >= 0, WKE > 0, ...).
    pub fn validate(&self) -> Result<(), ParamsError> {
        let bad = |name: &str, domain| {
            Err(ParamsError::OutOfRange {
                name: name.to_string(),
                domain,
            })
        };
        if !(self.wke_menit.is_finite() && self.wke_menit > 0.0) {
            return bad("wke_menit", Domain::Positive);
        }
        if !(self.biaya_pindah.is_finite() && self.biaya_pindah >= 0.0) {
            return bad("biaya_pindah", Domain::NonNegative);
        }
        if !(self.faktor_sukarela.is_finite() && self.faktor_sukarela >= 0.0) {
            return bad("faktor_sukarela", Domain::NonNegative);
        }
        if self.min_masa_jabatan_bulan < 0 || self.batas_pensiun_bulan < 0 {
            return bad(
                "min_masa_jabatan_bulan / batas_pensiun_bulan",
                Domain::WholeNonNegative,
            );
        }
        if self.maks_masa_jabatan_bulan < 0 {
            return bad("maks_masa_jabatan_bulan", Domain::WholeNonNegative);
        }
        if !(self.faktor_jatuh_tempo.is_finite() && (0.0..=1.0).contains(&self.faktor_jatuh_tempo))
        {
            return bad("faktor_jatuh_tempo", Domain::Factor);
        }
        let f = self.faktor_tujuan_usulan;
        if !(f.is_finite() && (0.0..=1.0).contains(&f)) {
            return bad("faktor_tujuan_usulan", Domain::Factor);
        }
        if !(30..=80).contains(&self.bup_default) {
            return bad("bup_default", Domain::RetirementAge);
        }
        if let Some(p) = self.maks_keluar_persen {
            if !(p.is_finite() && (0.0..=100.0).contains(&p)) {
                return bad("maks_keluar_persen", Domain::Percentage);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_contract_keys_and_refuses_typos() {
        let p =
            Params::from_json(r#"{"tanggal_acuan":"2026-01-01","lingkup":"opd","maks_pindah":5}"#)
                .unwrap();
        assert_eq!(p.tanggal_acuan, Date::new(2026, 1, 1));
        assert_eq!(p.lingkup, Scope::Opd);
        assert_eq!(p.maks_pindah, Some(5));
        assert_eq!(p.biaya_pindah, 0.1);
        assert!(matches!(
            Params::from_json(r#"{"biaya_pindh":1}"#),
            Err(ParamsError::Json(_))
        ));
        assert!(matches!(
            Params::from_json(r#"{"wke_menit":0}"#),
            Err(ParamsError::OutOfRange { .. })
        ));
    }
}
