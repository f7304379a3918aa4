//! The fairness audit: are some kinds of people moved more often than others who could
//! have been? A transfer disrupts a life, so a region must be able to show that its plan
//! does not fall on women, young staff or low grades out of proportion. The movers of a
//! plan are compared with the movable population (who could have moved at the reference
//! date) by sex, grade group, age band at D and volunteering.
//!
//! For each group: movable count, movers, mover rate (movers / movable), its share of
//! the movable population and of the movers, and a flag.
//!
//! **The flag.** A group is flagged when its mover rate is at least 1.5 times the overall
//! rate *and* it has at least 5 movers (computed on whole numbers:
//! 2 · movers_g · movable ≥ 3 · movers · movable_g). A ratio of rates was chosen over a
//! significance test because
//! - it reads the same to everyone in a workshop ("half again as likely to be moved"),
//!   and is the counterpart, for an unwelcome selection, of the selection-rate ratios
//!   of adverse-impact analysis (the four-fifths rule);
//! - it does not depend on the population's size: a two-proportion z-test at 5% flags a
//!   5.5% against 5.0% difference in a 100,000-person province and misses a 3× ratio in
//!   a 40-person OPD, while what the user must weigh is the size of the difference;
//! - the floor of 5 movers keeps one or two moves in a small group from raising it.
//!
//! A flag is a prompt to look, not proof of unfairness: moves follow workload, and the
//! published tie-break (volunteers, then longest in position, then NIP) by itself
//! favours long-serving people; where a group's staff sit (most teachers are women, say)
//! shapes the rates too. Volunteers are the one group meant to move more: their rate is
//! reported (volunteers honoured = volunteer movers / movable volunteers) but never
//! flagged.
//!
//! The population is every employee the eligibility rules call movable, plus any mover
//! they do not (a move forced after the user unlocked someone), so a rate never exceeds
//! one and every mover is counted.

use crate::dataset::{Dataset, Employee, Status};
use crate::date::Date;
use crate::eligibility::Eligibility;
use crate::nip::{self, Sex};
use crate::plan::Plan;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Mover rate at least `FLAG_RATIO_NUM / FLAG_RATIO_DEN` times the overall rate...
pub const FLAG_RATIO_NUM: u64 = 3;
pub const FLAG_RATIO_DEN: u64 = 2;
/// ...with at least this many movers in the group.
pub const FLAG_MIN_MOVERS: u32 = 5;

/// What people are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dimension {
    JenisKelamin,
    Golongan,
    /// Age in full years at the reference date.
    Usia,
    Sukarela,
}

/// A group within a dimension.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Group {
    Male,
    Female,
    /// PNS/CPNS golongan I, II, III or IV (rank 1..=4 for ordering).
    Golongan(u32),
    /// A PPPK grade (I..XVII, by rank).
    Pppk(u32),
    Under30,
    Age30To39,
    Age40To49,
    Age50Plus,
    Volunteer,
    NotVolunteer,
    /// The data does not say.
    Unknown,
}

/// One group's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupStat {
    pub dimension: Dimension,
    pub group: Group,
    pub movable: u32,
    pub movers: u32,
    /// movers / movable; `None` without movable people.
    pub rate: Option<f64>,
    /// movable / all movable.
    pub share_movable: Option<f64>,
    /// movers / all movers.
    pub share_movers: Option<f64>,
    /// The rule of the module docs.
    pub flagged: bool,
}

/// The whole audit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FairnessAudit {
    pub reference: Date,
    pub movable: u32,
    pub movers: u32,
    pub rate: Option<f64>,
    /// Dimension by dimension, groups in a fixed order.
    pub groups: Vec<GroupStat>,
    /// Movable volunteers and those the plan moves.
    pub volunteers_movable: u32,
    pub volunteers_moved: u32,
}

impl FairnessAudit {
    /// Share of movable volunteers the plan moves.
    pub fn volunteers_honoured(&self) -> Option<f64> {
        ratio(self.volunteers_moved, self.volunteers_movable)
    }

    /// The flagged groups.
    pub fn flagged(&self) -> impl Iterator<Item = &GroupStat> {
        self.groups.iter().filter(|g| g.flagged)
    }
}

fn ratio(a: u32, b: u32) -> Option<f64> {
    (b > 0).then(|| f64::from(a) / f64::from(b))
}

/// The value of a Roman numeral of I, V and X (1..=39), if the text is one.
fn roman(text: &str) -> Option<u32> {
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = text.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => total -= *d as i64,
            _ => total += *d as i64,
        }
    }
    u32::try_from(total).ok().filter(|v| *v > 0)
}

/// The grade group of `golongan` text such as `III/b`, `IV/a`, `Penata, III/c` or a
/// PPPK grade `IX` (digits accepted for PPPK).
pub fn grade_group(golongan: Option<&str>, status: Status) -> Group {
    let Some(text) = golongan else {
        return Group::Unknown;
    };
    let upper = text.to_uppercase();
    let rank = upper
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .find_map(|t| {
            roman(t).or_else(|| {
                (status == Status::Pppk && t.chars().all(|c| c.is_ascii_digit()))
                    .then(|| t.parse().ok())
                    .flatten()
            })
        });
    match (status, rank) {
        (Status::Pppk, Some(r)) if (1..=17).contains(&r) => Group::Pppk(r),
        (Status::Pns | Status::Cpns, Some(r)) if (1..=4).contains(&r) => Group::Golongan(r),
        _ => Group::Unknown,
    }
}

/// The age band at `d`.
pub fn age_band(e: &Employee, d: Date) -> Group {
    let Some(birth) = e.tanggal_lahir.or_else(|| nip::birth_date(&e.nip)) else {
        return Group::Unknown;
    };
    let months = birth.full_months_to(d);
    if months < 0 {
        return Group::Unknown;
    }
    match months / 12 {
        0..=29 => Group::Under30,
        30..=39 => Group::Age30To39,
        40..=49 => Group::Age40To49,
        _ => Group::Age50Plus,
    }
}

fn group_of(dim: Dimension, e: &Employee, d: Date) -> Group {
    match dim {
        Dimension::JenisKelamin => match e.jenis_kelamin.or_else(|| nip::sex(&e.nip)) {
            Some(Sex::Male) => Group::Male,
            Some(Sex::Female) => Group::Female,
            None => Group::Unknown,
        },
        Dimension::Golongan => grade_group(e.golongan.as_deref(), e.status),
        Dimension::Usia => age_band(e, d),
        Dimension::Sukarela if e.sukarela => Group::Volunteer,
        Dimension::Sukarela => Group::NotVolunteer,
    }
}

/// Groups always listed, even when empty (others appear when someone is in them).
fn fixed_groups(dim: Dimension) -> &'static [Group] {
    match dim {
        Dimension::JenisKelamin => &[Group::Male, Group::Female],
        Dimension::Golongan => &[],
        Dimension::Usia => &[
            Group::Under30,
            Group::Age30To39,
            Group::Age40To49,
            Group::Age50Plus,
        ],
        Dimension::Sukarela => &[Group::Volunteer, Group::NotVolunteer],
    }
}

/// Whether a group's rate is markedly above the overall rate (see the module docs).
pub fn is_flagged(movers_g: u32, movable_g: u32, movers: u32, movable: u32) -> bool {
    movers_g >= FLAG_MIN_MOVERS
        && movers > 0
        && FLAG_RATIO_DEN * u64::from(movers_g) * u64::from(movable)
            >= FLAG_RATIO_NUM * u64::from(movers) * u64::from(movable_g)
}

/// Audit `plan` against the verdicts `eligibility` (dataset order) at date `d`.
pub fn audit(ds: &Dataset, eligibility: &[Eligibility], plan: &Plan, d: Date) -> FairnessAudit {
    let movers: BTreeSet<usize> = plan
        .moves
        .iter()
        .map(|m| m.employee)
        .filter(|i| *i < ds.employees.len())
        .collect();
    let population: Vec<(usize, &Employee)> = ds
        .employees
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            eligibility.get(*i).is_some_and(Eligibility::is_movable) || movers.contains(i)
        })
        .collect();
    let total_movable = population.len() as u32;
    let total_movers = movers.len() as u32;
    let mut groups = Vec::new();
    for dim in [
        Dimension::JenisKelamin,
        Dimension::Golongan,
        Dimension::Usia,
        Dimension::Sukarela,
    ] {
        let mut counts: BTreeMap<Group, (u32, u32)> = fixed_groups(dim)
            .iter()
            .map(|g| (g.clone(), (0, 0)))
            .collect();
        for (i, e) in &population {
            let c = counts.entry(group_of(dim, e, d)).or_default();
            c.0 += 1;
            c.1 += u32::from(movers.contains(i));
        }
        for (group, (movable, moved)) in counts {
            let exempt = dim == Dimension::Sukarela;
            groups.push(GroupStat {
                dimension: dim,
                group,
                movable,
                movers: moved,
                rate: ratio(moved, movable),
                share_movable: ratio(movable, total_movable),
                share_movers: ratio(moved, total_movers),
                flagged: !exempt && is_flagged(moved, movable, total_movers, total_movable),
            });
        }
    }
    let volunteers = |g: &Group| {
        groups
            .iter()
            .find(|s| s.dimension == Dimension::Sukarela && s.group == *g)
            .map_or((0, 0), |s| (s.movable, s.movers))
    };
    let (volunteers_movable, volunteers_moved) = volunteers(&Group::Volunteer);
    FairnessAudit {
        reference: d,
        movable: total_movable,
        movers: total_movers,
        rate: ratio(total_movers, total_movable),
        groups,
        volunteers_movable,
        volunteers_moved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_are_grouped() {
        for (text, status, want) in [
            ("III/b", Status::Pns, Group::Golongan(3)),
            ("iv/a", Status::Pns, Group::Golongan(4)),
            ("Penata Muda, III/a", Status::Pns, Group::Golongan(3)),
            ("II/c", Status::Cpns, Group::Golongan(2)),
            ("IX", Status::Pppk, Group::Pppk(9)),
            ("9", Status::Pppk, Group::Pppk(9)),
            ("IX", Status::Pns, Group::Unknown),
            ("-", Status::Pns, Group::Unknown),
        ] {
            assert_eq!(grade_group(Some(text), status), want, "{text}");
        }
        assert_eq!(grade_group(None, Status::Pns), Group::Unknown);
    }

    #[test]
    fn the_flag_needs_both_the_ratio_and_five_movers() {
        // Overall 10 of 100; group 5 of 30 (1.67x) flagged, 5 of 40 (1.25x) not.
        assert!(is_flagged(5, 30, 10, 100));
        assert!(!is_flagged(5, 40, 10, 100));
        // Exactly 1.5x counts; four movers never do.
        assert!(is_flagged(6, 40, 10, 100));
        assert!(!is_flagged(4, 8, 10, 100));
        assert!(!is_flagged(0, 0, 0, 0));
    }
}
