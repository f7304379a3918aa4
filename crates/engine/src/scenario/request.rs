//! What became of each volunteer's own request (`tujuan_usulan`, PP 11/2017 article 190:
//! an employee may ask to be moved): granted when the plan moves them into the unit they
//! asked for, otherwise the first reason that stands in the way, checked in the order a
//! user would ask: may they move at all, is there such a unit, a slot there of a
//! jabatan they may fill, within the scope, not barred (a conflict of interest, a
//! position requirement, the user), and finally whether the plan had room or reason to
//! send them. The plan is the judge of the last two, so the verdict is always the plan's.

use super::Scenario;
use crate::eligibility::{Eligibility, Reason};
use crate::lang::Lang;
use crate::plan::{Move, Plan};
use crate::report::names::Names;
use crate::rule::requirement::Unmet;
use crate::rule::scope;
use std::collections::BTreeMap;

/// One volunteer's request and what the plan made of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub employee: usize,
    /// The unit asked for (its code).
    pub unit: String,
    pub verdict: Verdict,
    /// Where the plan sends them instead, when it moves them elsewhere (a slot index).
    pub moved_to: Option<usize>,
}

/// Granted, or why not.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Moved into a slot of the unit asked for.
    Granted { slot: usize },
    /// The person may not move at D (every reason that applies).
    NotMovable { reasons: Vec<Reason> },
    /// No slot of the data is in that unit.
    UnknownUnit,
    /// The unit has no slot of a jabatan they may fill (their own or a compatible one).
    NoCompatibleSlot,
    /// `lingkup` = `opd` and the unit is in another OPD.
    OutsideScope,
    /// A conflict of interest bars the unit.
    Conflict,
    /// Every fitting slot there asks for something they lack (the first, in code order).
    Requirement { jabatan: String, unmet: Unmet },
    /// The user forbade those moves, or forced them elsewhere.
    Adjusted,
    /// Every slot there they could fill is staffed to its need after the plan.
    Full,
    /// A slot there is still short, but the move would not lower the imbalance by more
    /// than it costs, or a cap on moves stopped it.
    NotWorth,
}

impl Scenario {
    /// Every volunteer with a request, in dataset order, with the plan's verdict.
    pub fn requests(&self, plan: &Plan) -> Vec<Request> {
        let moves: BTreeMap<usize, &Move> = plan.moves.iter().map(|m| (m.employee, m)).collect();
        (0..self.dataset.employees.len())
            .filter_map(|i| self.judge(plan, i, moves.get(&i).copied()))
            .collect()
    }

    /// Employee `e`'s request and its verdict, when they volunteered and asked for a unit.
    pub fn request(&self, plan: &Plan, e: usize) -> Option<Request> {
        self.judge(plan, e, plan.moves.iter().find(|m| m.employee == e))
    }

    fn judge(&self, plan: &Plan, e: usize, moved: Option<&Move>) -> Option<Request> {
        let person = self.dataset.employees.get(e).filter(|p| p.sukarela)?;
        let unit = person.tujuan_usulan.clone()?;
        let verdict = match moved {
            Some(m) if m.to.kode_unit == unit => Verdict::Granted { slot: m.to.slot },
            Some(m) if m.forced.is_some() => Verdict::Adjusted,
            _ => self.why_not(e, &unit, plan),
        };
        let moved_to = moved.filter(|_| !verdict.granted()).map(|m| m.to.slot);
        Some(Request {
            employee: e,
            unit,
            verdict,
            moved_to,
        })
    }

    fn why_not(&self, e: usize, unit: &str, plan: &Plan) -> Verdict {
        let res = &self.resolution;
        if let Some(Eligibility::Immovable(reasons)) = res.eligibility.get(e) {
            return Verdict::NotMovable {
                reasons: reasons.clone(),
            };
        }
        let Some(s) = res.slot_of_employee(e) else {
            return Verdict::NotMovable {
                reasons: Vec::new(),
            };
        };
        let slots = &res.slots.slots;
        let from = &slots[s];
        let there: Vec<usize> = (0..slots.len())
            .filter(|&t| t != s && slots[t].kode_unit == unit)
            .collect();
        if there.is_empty() && from.kode_unit != unit {
            return Verdict::UnknownUnit;
        }
        let fitting: Vec<usize> = there
            .into_iter()
            .filter(|&t| {
                res.compatibility
                    .allows(&from.kode_jabatan, &slots[t].kode_jabatan)
            })
            .collect();
        if fitting.is_empty() {
            return Verdict::NoCompatibleSlot;
        }
        let in_scope: Vec<usize> = fitting
            .into_iter()
            .filter(|&t| scope::in_scope(&self.params, &from.opd, &slots[t].opd))
            .collect();
        if in_scope.is_empty() {
            return Verdict::OutsideScope;
        }
        if res
            .conflicts
            .get(&e)
            .is_some_and(|c| in_scope.iter().all(|t| c.contains(t)))
        {
            return Verdict::Conflict;
        }
        let allowed: Vec<usize> = self
            .targets(e)
            .into_iter()
            .filter(|t| in_scope.contains(t))
            .collect();
        if allowed.is_empty() {
            let refused = in_scope
                .iter()
                .find_map(|&t| res.unmet(e, t).map(|u| (slots[t].kode_jabatan.clone(), u)));
            return match refused {
                Some((jabatan, unmet)) => Verdict::Requirement { jabatan, unmet },
                None => Verdict::Adjusted,
            };
        }
        let full = allowed.iter().all(|&t| {
            let after = plan.bezetting.get(t).copied().unwrap_or(0) as f64;
            after >= slots[t].need.ceil()
        });
        if full {
            Verdict::Full
        } else {
            Verdict::NotWorth
        }
    }
}

/// How many requests got each verdict, in the order of [`Verdict`], with the verdict's
/// short label (kinds nobody got are left out).
pub fn tally(requests: &[Request], lang: Lang) -> Vec<(&'static str, usize)> {
    let mut counts: BTreeMap<u8, (&'static str, usize)> = BTreeMap::new();
    for r in requests {
        counts
            .entry(r.verdict.rank())
            .or_insert((r.verdict.short(lang), 0))
            .1 += 1;
    }
    counts.into_values().collect()
}

impl Verdict {
    pub fn granted(&self) -> bool {
        matches!(self, Verdict::Granted { .. })
    }

    /// Its place in the order of the enum.
    fn rank(&self) -> u8 {
        match self {
            Verdict::Granted { .. } => 0,
            Verdict::NotMovable { .. } => 1,
            Verdict::UnknownUnit => 2,
            Verdict::NoCompatibleSlot => 3,
            Verdict::OutsideScope => 4,
            Verdict::Conflict => 5,
            Verdict::Requirement { .. } => 6,
            Verdict::Adjusted => 7,
            Verdict::Full => 8,
            Verdict::NotWorth => 9,
        }
    }

    /// The verdict in two or three words.
    pub fn short(&self, lang: Lang) -> &'static str {
        match self {
            Verdict::Granted { .. } => lang.pick("dikabulkan", "granted"),
            Verdict::NotMovable { .. } => lang.pick("tidak dapat dipindah", "may not move"),
            Verdict::UnknownUnit => lang.pick("unit tidak ada di data", "unit not in the data"),
            Verdict::NoCompatibleSlot => {
                lang.pick("tidak ada jabatan yang sesuai", "no matching position")
            }
            Verdict::OutsideScope => lang.pick("di OPD lain", "in another agency"),
            Verdict::Conflict => lang.pick("konflik kepentingan", "conflict of interest"),
            Verdict::Requirement { .. } => lang.pick("syarat jabatan", "position requirement"),
            Verdict::Adjusted => lang.pick("penyesuaian pengguna", "user's adjustment"),
            Verdict::Full => lang.pick("formasi sudah terisi", "slots staffed"),
            Verdict::NotWorth => lang.pick("tidak sepadan dengan biayanya", "not worth its cost"),
        }
    }

    /// The verdict in words: "dikabulkan", or "tidak dikabulkan: <why>".
    pub fn describe(&self, lang: Lang, names: &Names<'_>) -> String {
        match self.reason(lang, names) {
            None => lang.pick("dikabulkan", "granted").to_string(),
            Some(why) => format!("{}: {why}", lang.pick("tidak dikabulkan", "not granted")),
        }
    }

    /// Why the request was not granted, in words (`None` when it was).
    pub fn reason(&self, lang: Lang, names: &Names<'_>) -> Option<String> {
        let why = match self {
            Verdict::Granted { .. } => return None,
            Verdict::NotMovable { reasons } if reasons.is_empty() => lang
                .pick("pegawai tidak dapat dipindah", "the employee may not move")
                .to_string(),
            Verdict::NotMovable { reasons } => {
                let list: Vec<String> = reasons.iter().map(|r| r.describe(lang)).collect();
                format!(
                    "{}: {}",
                    lang.pick("pegawai tidak dapat dipindah", "the employee may not move"),
                    list.join("; ")
                )
            }
            Verdict::UnknownUnit => lang
                .pick("unit itu tidak ada di data", "that unit is not in the data")
                .to_string(),
            Verdict::NoCompatibleSlot => lang
                .pick(
                    "unit itu tidak punya jabatan yang sesuai dengan jabatannya",
                    "that unit has no position matching theirs",
                )
                .to_string(),
            Verdict::OutsideScope => lang
                .pick(
                    "unit itu di OPD lain dan perpindahan dibatasi di OPD sendiri",
                    "that unit is in another agency and moves stay within the agency",
                )
                .to_string(),
            Verdict::Conflict => lang
                .pick(
                    "konflik kepentingan (PP 11/2017 pasal 190)",
                    "a conflict of interest (PP 11/2017 article 190)",
                )
                .to_string(),
            Verdict::Requirement { jabatan, unmet } => {
                let name = match names.jabatan(jabatan) {
                    "" => jabatan.as_str(),
                    name => name,
                };
                match lang {
                    Lang::Id => format!("syarat jabatan {name}: {}", unmet.describe(lang)),
                    Lang::En => format!("requirement of {name}: {}", unmet.describe(lang)),
                }
            }
            Verdict::Adjusted => lang
                .pick(
                    "penyesuaian pengguna (larangan atau pindah yang diwajibkan)",
                    "a user's adjustment (a forbidden or a forced move)",
                )
                .to_string(),
            Verdict::Full => lang
                .pick(
                    "formasi yang sesuai di unit itu sudah terisi sesuai kebutuhan",
                    "the matching slots there are staffed to their need",
                )
                .to_string(),
            Verdict::NotWorth => lang
                .pick(
                    "pindah ke sana tidak mengurangi ketidakseimbangan lebih dari biayanya, atau batas jumlah pindah tercapai",
                    "moving there would not lower the imbalance by more than it costs, or a cap on moves was reached",
                )
                .to_string(),
        };
        Some(why)
    }
}
