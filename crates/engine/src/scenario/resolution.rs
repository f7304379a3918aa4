//! A scenario's inputs resolved against its data, once: the effective slot table (the
//! scenario's WKE, the need overrides applied), every person's verdict under the rules
//! and the user's locks and unlocks, the forbidden targets, and the adjustments that
//! name people or slots not in the data (listed, not applied). Everything that answers
//! for a scenario (the model, a forced move's check, the person query, the figures
//! before and after, the report) starts from this one value.

use crate::dataset::{Dataset, TemporaryNeed};
use crate::date::Date;
use crate::eligibility::{eligibility, employee_eligibility, Eligibility, Reason};
use crate::params::Params;
use crate::plan::adjust::{AdjustmentKind, Adjustments, SlotKey, StaleAdjustment};
use crate::plan::PlanError;
use crate::rule::compatibility::Compatibility;
use crate::rule::requirement::Requirements;
use crate::rule::{conflict, rotation_due};
use crate::slot::SlotTable;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The resolved scenario (indices are those of the dataset and of `slots`).
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    /// The slot table the scenario's figures and plan stand on.
    pub slots: SlotTable,
    /// Per employee (dataset order), with the user's locks and unlocks applied.
    pub eligibility: Vec<Eligibility>,
    /// Per employee: target slots the user forbade or a conflict of interest bars (the
    /// model sees one set of targets a person may not go to).
    pub forbidden: BTreeMap<usize, BTreeSet<usize>>,
    /// Per employee: the target slots a conflict of interest bars (also in `forbidden`;
    /// kept apart so a refusal can name the rule).
    pub conflicts: BTreeMap<usize, BTreeSet<usize>>,
    /// Position requirements: a target whose jabatan's requirement a person fails is
    /// barred for them (asked per target, never listed per person: a common jabatan has
    /// hundreds of slots).
    pub requirements: Requirements,
    /// Adjustments naming a NIP or slot not in the data, in entry order by kind (forced
    /// moves are checked later, when they are applied).
    pub stale: Vec<StaleAdjustment>,
    pub compatibility: Compatibility,
    /// The scenario's temporary needs: the data's less those taken out, then those
    /// added (an added one naming no unit of the data is stale, not applied).
    pub temporary_needs: Vec<TemporaryNeed>,
    employee_of: HashMap<String, usize>,
    slot_of: HashMap<SlotKey, usize>,
}

pub(crate) fn stale(
    kind: AdjustmentKind,
    nip: Option<&str>,
    slot: Option<&SlotKey>,
    missing_employee: bool,
) -> StaleAdjustment {
    StaleAdjustment {
        kind,
        nip: nip.map(str::to_string),
        slot: slot.cloned(),
        missing_employee,
    }
}

impl Resolution {
    /// Resolve `adj` against `ds` under `params` at reference date `d`.
    pub fn new(
        ds: &Dataset,
        params: &Params,
        d: Date,
        adj: &Adjustments,
    ) -> Result<Resolution, PlanError> {
        params.validate()?;
        let mut slots = SlotTable::build(ds, params.wke_menit);
        for (e, s) in ds.employees.iter().zip(&slots.employee_slot) {
            if let Some(s) = *s {
                if rotation_due::is_due_at(params, e.tmt_jabatan, d) {
                    slots.slots[s].jatuh_tempo += 1;
                }
            }
        }
        let mut employee_of = HashMap::new();
        for (i, e) in ds.employees.iter().enumerate() {
            employee_of.entry(e.nip.clone()).or_insert(i);
        }
        let slot_of: HashMap<SlotKey, usize> = slots
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| (SlotKey::new(&s.kode_unit, &s.kode_jabatan), i))
            .collect();
        let mut out = Vec::new();
        for n in &adj.needs {
            match slot_of.get(&n.slot) {
                Some(&s) => slots.slots[s].need = n.need,
                None => out.push(stale(AdjustmentKind::Need, None, Some(&n.slot), false)),
            }
        }
        for s in &slots.slots {
            if !(s.need.is_finite() && s.need >= 0.0) {
                return Err(PlanError::BadNeed {
                    unit: s.kode_unit.clone(),
                    jabatan: s.kode_jabatan.clone(),
                });
            }
            if !(s.priority.is_finite() && s.priority >= 0.0) {
                return Err(PlanError::BadPriority {
                    unit: s.kode_unit.clone(),
                    jabatan: s.kode_jabatan.clone(),
                });
            }
        }

        let mut elig = eligibility(ds, &slots, params, d);
        for u in &adj.unlocks {
            match employee_of.get(&u.nip) {
                Some(&i) => {
                    let mut e = ds.employees[i].clone();
                    e.kunci = false;
                    let in_model = slots.employee_slot.get(i).copied().flatten().is_some();
                    elig[i] = employee_eligibility(&e, in_model, params, d);
                }
                None => out.push(stale(AdjustmentKind::Unlock, Some(&u.nip), None, true)),
            }
        }
        for l in &adj.locks {
            match employee_of.get(&l.nip) {
                Some(&i) => {
                    elig[i] = match &elig[i] {
                        Eligibility::Movable(_) => Eligibility::Immovable(vec![Reason::Locked]),
                        Eligibility::Immovable(r) if r.contains(&Reason::Locked) => {
                            Eligibility::Immovable(r.clone())
                        }
                        Eligibility::Immovable(r) => {
                            let mut r = r.clone();
                            r.push(Reason::Locked);
                            Eligibility::Immovable(r)
                        }
                    };
                }
                None => out.push(stale(AdjustmentKind::Lock, Some(&l.nip), None, true)),
            }
        }
        let mut forbidden: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for f in &adj.forbidden {
            match (employee_of.get(&f.nip), slot_of.get(&f.target)) {
                (Some(&i), Some(&t)) => {
                    forbidden.entry(i).or_default().insert(t);
                }
                (e, _) => out.push(stale(
                    AdjustmentKind::Forbidden,
                    Some(&f.nip),
                    Some(&f.target),
                    e.is_none(),
                )),
            }
        }
        let conflicts = conflict::barred_slots(ds, &slots);
        for (&e, barred) in &conflicts {
            forbidden
                .entry(e)
                .or_default()
                .extend(barred.iter().copied());
        }
        for m in &adj.temporary {
            if !employee_of.contains_key(&m.nip) {
                out.push(stale(AdjustmentKind::Temporary, Some(&m.nip), None, true));
            }
        }
        let mut temporary_needs: Vec<TemporaryNeed> = Vec::new();
        for k in &ds.sementara {
            if !adj.removed_needs.iter().any(|r| r.row == k.row) {
                temporary_needs.push(k.clone());
            }
        }
        for r in &adj.removed_needs {
            if !ds.sementara.iter().any(|k| k.row == r.row) {
                out.push(stale(AdjustmentKind::RemovedNeed, None, None, false));
            }
        }
        for k in &adj.temporary_needs {
            if ds.units.iter().any(|u| u.kode_unit == k.kode_unit) && k.tambahan > 0.0 {
                temporary_needs.push(k.clone());
            } else {
                let unit = SlotKey::new(&k.kode_unit, "");
                out.push(stale(AdjustmentKind::AddedNeed, None, Some(&unit), false));
            }
        }
        Ok(Resolution {
            slots,
            temporary_needs,
            eligibility: elig,
            forbidden,
            conflicts,
            requirements: Requirements::of(ds),
            stale: out,
            compatibility: Compatibility::of(ds),
            employee_of,
            slot_of,
        })
    }

    /// The requirement employee `e` fails for target slot `t`, if any (their own slot is
    /// never refused: staying is not a move).
    pub fn unmet(&self, e: usize, t: usize) -> Option<crate::rule::requirement::Unmet> {
        if self.slots.employee_slot.get(e).copied().flatten() == Some(t) {
            return None;
        }
        self.requirements
            .unmet(e, &self.slots.slots.get(t)?.kode_jabatan)
    }

    /// The employee (dataset index) with this NIP (the first, when it repeats).
    pub fn employee(&self, nip: &str) -> Option<usize> {
        self.employee_of.get(nip).copied()
    }

    /// The slot with this key.
    pub fn slot(&self, key: &SlotKey) -> Option<usize> {
        self.slot_of.get(key).copied()
    }

    /// The slot employee `e` is in (`None`: outside the model).
    pub fn slot_of_employee(&self, e: usize) -> Option<usize> {
        self.slots.employee_slot.get(e).copied().flatten()
    }
}
