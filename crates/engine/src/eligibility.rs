//! Who may move (docs/MODEL.md, "Who may move"): every rule is a scenario parameter and the
//! reference date D is passed in, never read from a clock. An employee is either
//! movable (with the figures that made them so, for the move explanation) or immovable
//! with *every* reason that applies, as data, so the app can list and translate them.

use crate::dataset::{Dataset, Employee, Status};
use crate::date::Date;
use crate::lang::Lang;
use crate::params::Params;
use crate::rule::retirement::retirement;
use crate::rule::status::status_reason;
use crate::rule::tenure::tenure;
use crate::slot::SlotTable;
use serde::{Deserialize, Serialize};

/// The figures behind a "movable" verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleSummary {
    pub status: Status,
    /// Full months from `tmt_jabatan` to D.
    pub months_in_position: i32,
    pub retirement: Date,
    /// Full months from D to the retirement date.
    pub months_to_retirement: i32,
}

/// Why an employee stays where they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// Their (unit, jabatan) has no need row ("jabatan tanpa data kebutuhan").
    OutsideModel,
    Cpns,
    /// PPPK while `izinkan_pppk` is off.
    Pppk,
    Locked,
    DisciplinarySanction,
    StudyLeave,
    MissingTmtJabatan,
    TooShortInPosition {
        months: i32,
        min: i32,
    },
    MissingBirthDate,
    NearRetirement {
        retirement: Date,
        months: i32,
        min: i32,
    },
    Retired {
        retirement: Date,
    },
    /// Values of the person's row could not be read or contradict each other (the
    /// import report names each column); counted in the slot, never moved.
    UnreadableData {
        row: u32,
        problems: u32,
    },
}

/// The verdict for one employee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Eligibility {
    Movable(RuleSummary),
    Immovable(Vec<Reason>),
}

impl Eligibility {
    pub fn is_movable(&self) -> bool {
        matches!(self, Eligibility::Movable(_))
    }
}

pub use crate::rule::retirement::retirement_date;

/// The verdict for one employee; `in_model` says whether their slot has a need row.
/// The data's own flags (`kunci`, sanction, study leave, unreadable values) are read
/// here; status, tenure and retirement are the rules of [`crate::rule`].
pub fn employee_eligibility(e: &Employee, in_model: bool, params: &Params, d: Date) -> Eligibility {
    let mut reasons = Vec::new();
    if !in_model {
        reasons.push(Reason::OutsideModel);
    }
    if !e.data_problems.is_empty() {
        reasons.push(Reason::UnreadableData {
            row: e.row,
            problems: u32::try_from(e.data_problems.len()).unwrap_or(u32::MAX),
        });
    }
    reasons.extend(status_reason(e.status, params));
    if e.kunci {
        reasons.push(Reason::Locked);
    }
    if e.hukuman_disiplin {
        reasons.push(Reason::DisciplinarySanction);
    }
    if e.tugas_belajar {
        reasons.push(Reason::StudyLeave);
    }
    let (months_in_position, why) = tenure(e.tmt_jabatan, params, d);
    reasons.extend(why);
    let (retires, why) = retirement(e, params, d);
    reasons.extend(why);
    match (months_in_position, retires) {
        (Some(mp), Some((r, mr))) if reasons.is_empty() => Eligibility::Movable(RuleSummary {
            status: e.status,
            months_in_position: mp,
            retirement: r,
            months_to_retirement: mr,
        }),
        _ => Eligibility::Immovable(reasons),
    }
}

/// The verdict for every employee of the dataset, in dataset order.
pub fn eligibility(ds: &Dataset, table: &SlotTable, params: &Params, d: Date) -> Vec<Eligibility> {
    ds.employees
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let in_model = table.employee_slot.get(i).copied().flatten().is_some();
            employee_eligibility(e, in_model, params, d)
        })
        .collect()
}

impl Reason {
    /// One sentence for the user, in their language.
    pub fn describe(&self, lang: Lang) -> String {
        match *self {
            Reason::OutsideModel => lang
                .pick(
                    "jabatan tanpa data kebutuhan di unit ini: tidak dihitung dan tidak dipindah",
                    "no need row for this position in this unit: not counted, never moved",
                )
                .to_string(),
            Reason::Cpns => lang
                .pick("CPNS tidak dipindah", "CPNS (candidates) are never moved")
                .to_string(),
            Reason::Pppk => match lang {
                Lang::Id => format!(
                    "PPPK hanya dipindah bila «{}» dicentang",
                    crate::params_doc::param_label("izinkan_pppk", lang)
                ),
                Lang::En => format!(
                    "PPPK are moved only when «{}» is ticked",
                    crate::params_doc::param_label("izinkan_pppk", lang)
                ),
            },
            Reason::Locked => lang
                .pick("dikunci oleh pengguna", "locked by the user")
                .to_string(),
            Reason::DisciplinarySanction => lang
                .pick(
                    "sedang menjalani hukuman disiplin",
                    "under a disciplinary sanction",
                )
                .to_string(),
            Reason::StudyLeave => lang
                .pick("sedang tugas belajar", "on study leave")
                .to_string(),
            Reason::MissingTmtJabatan => lang
                .pick(
                    "TMT jabatan kosong: masa jabatan tidak dapat dihitung",
                    "TMT jabatan missing: time in position cannot be computed",
                )
                .to_string(),
            Reason::TooShortInPosition { months, min } => match lang {
                Lang::Id => format!("masa jabatan {months} bulan, kurang dari {min} bulan"),
                Lang::En => format!("{months} months in position, fewer than {min}"),
            },
            Reason::MissingBirthDate => lang
                .pick(
                    "tanggal lahir tidak diketahui (kolom kosong dan NIP tidak memuatnya)",
                    "birth date unknown (empty column and not readable from the NIP)",
                )
                .to_string(),
            Reason::NearRetirement {
                retirement,
                months,
                min,
            } => match lang {
                Lang::Id => {
                    format!("pensiun {retirement}: {months} bulan lagi, kurang dari {min} bulan")
                }
                Lang::En => format!("retires {retirement}: {months} months away, fewer than {min}"),
            },
            Reason::Retired { retirement } => match lang {
                Lang::Id => format!("sudah melewati tanggal pensiun {retirement}"),
                Lang::En => format!("already past the retirement date {retirement}"),
            },
            Reason::UnreadableData { row, problems } => match lang {
                Lang::Id => format!(
                    "{problems} nilai di baris {row} data pegawai tidak terbaca atau saling bertentangan (lihat laporan impor): tetap dihitung, tidak dipindah"
                ),
                Lang::En => format!(
                    "{problems} value(s) on row {row} of the employee data cannot be read or contradict each other (see the import report): counted, never moved"
                ),
            },
        }
    }
}

impl RuleSummary {
    /// Why the employee may move, in the user's language.
    pub fn describe(&self, lang: Lang) -> String {
        match lang {
            Lang::Id => format!(
                "masa jabatan {} bulan; pensiun {} ({} bulan lagi)",
                self.months_in_position, self.retirement, self.months_to_retirement
            ),
            Lang::En => format!(
                "{} months in position; retires {} ({} months away)",
                self.months_in_position, self.retirement, self.months_to_retirement
            ),
        }
    }
}
