//! The user's adjustments as edits of the `Adjustments` value: lock, unlock, forbid,
//! force, mark temporary, override a need, remove. Plain functions, so the components
//! only forward clicks and the rules of combining edits are in one place.

use seimbang_engine::plan::{
    AdjustmentKind, Adjustments, ForbiddenMove, ForcedMove, Lock, NeedOverride, SlotKey,
    TemporaryMark, Unlock,
};
use seimbang_engine::Date;

/// Keep `nip` where they are (replaces an unlock of the same person).
pub fn lock(adj: &mut Adjustments, nip: &str, reason: &str) {
    adj.unlocks.retain(|u| u.nip != nip);
    adj.forced.retain(|f| f.nip != nip);
    if !adj.locks.iter().any(|l| l.nip == nip) {
        adj.locks.push(Lock {
            nip: nip.into(),
            reason: reason.into(),
        });
    }
}

/// Let `nip` move again: drops the user's lock, and overrides the data's `kunci` when
/// `locked_in_data`.
pub fn unlock(adj: &mut Adjustments, nip: &str, locked_in_data: bool, reason: &str) {
    adj.locks.retain(|l| l.nip != nip);
    if locked_in_data && !adj.unlocks.iter().any(|u| u.nip == nip) {
        adj.unlocks.push(Unlock {
            nip: nip.into(),
            reason: reason.into(),
        });
    }
}

/// The plan must not move `nip` to `target`.
pub fn forbid(adj: &mut Adjustments, nip: &str, target: SlotKey, reason: &str) {
    adj.forced.retain(|f| !(f.nip == nip && f.target == target));
    if !adj
        .forbidden
        .iter()
        .any(|f| f.nip == nip && f.target == target)
    {
        adj.forbidden.push(ForbiddenMove {
            nip: nip.into(),
            target,
            reason: reason.into(),
        });
    }
}

/// The plan must move `nip` to `target` (already checked by `check_force`); replaces an
/// earlier forced move of the same person.
pub fn force(adj: &mut Adjustments, nip: &str, target: SlotKey, reason: &str) {
    adj.locks.retain(|l| l.nip != nip);
    adj.forced.retain(|f| f.nip != nip);
    adj.forbidden
        .retain(|f| !(f.nip == nip && f.target == target));
    adj.forced.push(ForcedMove {
        nip: nip.into(),
        target,
        reason: reason.into(),
    });
}

/// Mark the move of `nip` as a temporary assignment until `until`.
pub fn mark_temporary(adj: &mut Adjustments, nip: &str, until: Date, reason: &str) {
    adj.temporary.retain(|t| t.nip != nip);
    adj.temporary.push(TemporaryMark {
        nip: nip.into(),
        until,
        reason: reason.into(),
    });
}

/// Replace a slot's need.
pub fn set_need(adj: &mut Adjustments, slot: SlotKey, need: f64, reason: &str) {
    adj.needs.retain(|n| n.slot != slot);
    adj.needs.push(NeedOverride {
        slot,
        need,
        reason: reason.into(),
    });
}

/// Why a need override cannot be added: the slot has no need row, or the value is
/// not a need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedInputError {
    UnknownSlot,
    NotANumber,
}

/// The need typed for `slot`, checked against the data before it becomes an
/// adjustment (an override of a slot that does not exist would only be refused at the
/// next run).
pub fn parse_need(
    ds: &seimbang_engine::Dataset,
    slot: &SlotKey,
    text: &str,
) -> Result<f64, NeedInputError> {
    let known = ds
        .needs
        .iter()
        .any(|n| n.kode_unit == slot.kode_unit && n.kode_jabatan == slot.kode_jabatan)
        || ds
            .tasks
            .iter()
            .any(|t| t.kode_unit == slot.kode_unit && t.kode_jabatan == slot.kode_jabatan);
    if !known {
        return Err(NeedInputError::UnknownSlot);
    }
    seimbang_engine::cell::quantity(text)
        .filter(|n| n.is_finite() && *n >= 0.0)
        .ok_or(NeedInputError::NotANumber)
}

/// A temporary need as the form gives it, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemporaryNeedInput {
    pub unit: String,
    /// Jabatan codes separated by `|` (or `,` / `;`).
    pub jabatan: String,
    pub extra: String,
    pub from: String,
    pub until: String,
    /// Blank means 1.
    pub priority: String,
    pub note: String,
}

impl TemporaryNeedInput {
    /// A need written back into the form, to be changed and added again.
    pub fn of(need: &seimbang_engine::dataset::TemporaryNeed) -> TemporaryNeedInput {
        let date = |d: Date| format!("{:02}-{:02}-{}", d.day, d.month, d.year);
        TemporaryNeedInput {
            unit: need.kode_unit.clone(),
            jabatan: need.jabatan_diterima.join("|"),
            extra: need.tambahan.to_string(),
            from: date(need.mulai),
            until: date(need.selesai),
            priority: need.prioritas.to_string(),
            note: need.keterangan.clone(),
        }
    }
}

/// Why a temporary need cannot be added: the first field that is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemporaryNeedInputError {
    UnknownUnit,
    /// A code of the list is no jabatan of the data, or the list is empty.
    UnknownJabatan,
    /// The extra staff is not a number above 0, or the priority not one ≥ 0.
    NotANumber,
    /// A date cannot be read, or the period ends before it starts.
    BadPeriod,
}

/// The temporary need typed in the form, checked against the data before it becomes an
/// adjustment.
pub fn parse_temporary_need(
    ds: &seimbang_engine::Dataset,
    input: &TemporaryNeedInput,
) -> Result<seimbang_engine::dataset::TemporaryNeed, TemporaryNeedInputError> {
    use TemporaryNeedInputError as E;
    let unit = input.unit.trim();
    if !ds.units.iter().any(|u| u.kode_unit == unit) {
        return Err(E::UnknownUnit);
    }
    let known = |j: &str| {
        ds.needs.iter().any(|n| n.kode_jabatan == j)
            || ds.employees.iter().any(|e| e.kode_jabatan == j)
    };
    let jabatan: Vec<String> = input
        .jabatan
        .split(['|', ',', ';'])
        .map(str::trim)
        .filter(|j| !j.is_empty())
        .map(str::to_string)
        .collect();
    if jabatan.is_empty() || !jabatan.iter().all(|j| known(j)) {
        return Err(E::UnknownJabatan);
    }
    let number = |t: &str| seimbang_engine::cell::quantity(t).filter(|v| v.is_finite());
    let extra = number(&input.extra)
        .filter(|v| *v > 0.0)
        .ok_or(E::NotANumber)?;
    let priority = match input.priority.trim() {
        "" => 1.0,
        t => number(t).filter(|v| *v >= 0.0).ok_or(E::NotANumber)?,
    };
    let (Some(mulai), Some(selesai)) = (
        seimbang_engine::Date::parse(&input.from),
        seimbang_engine::Date::parse(&input.until),
    ) else {
        return Err(E::BadPeriod);
    };
    if selesai < mulai {
        return Err(E::BadPeriod);
    }
    Ok(seimbang_engine::dataset::TemporaryNeed {
        kode_unit: unit.to_string(),
        jabatan_diterima: jabatan,
        tambahan: extra,
        mulai,
        selesai,
        prioritas: priority,
        keterangan: input.note.trim().to_string(),
        row: 0,
    })
}

/// Never lend `nip` to a temporary need (drops a forced help of theirs).
pub fn keep_home(adj: &mut Adjustments, nip: &str, reason: &str) {
    adj.help_forced.retain(|f| f.nip != nip);
    if !adj.kept_home.iter().any(|k| k.nip == nip) {
        adj.kept_home.push(Lock {
            nip: nip.into(),
            reason: reason.into(),
        });
    }
}

/// Send `nip` to help the temporary need at `kode_unit` starting `mulai` (replaces an
/// earlier forced help and a keep-home of the same person).
pub fn force_help(adj: &mut Adjustments, nip: &str, kode_unit: &str, mulai: Date, reason: &str) {
    adj.kept_home.retain(|k| k.nip != nip);
    adj.help_forced.retain(|f| f.nip != nip);
    adj.help_forced
        .push(seimbang_engine::plan::adjust::ForcedHelp {
            nip: nip.into(),
            kode_unit: kode_unit.into(),
            mulai,
            reason: reason.into(),
        });
}

/// Take one of the data's temporary needs (by its table row) out of the scenario.
pub fn remove_data_need(adj: &mut Adjustments, row: u32, reason: &str) {
    if !adj.removed_needs.iter().any(|r| r.row == row) {
        adj.removed_needs
            .push(seimbang_engine::plan::adjust::RemovedNeed {
                row,
                reason: reason.into(),
            });
    }
}

/// Remove one entry.
pub fn remove(adj: &mut Adjustments, kind: AdjustmentKind, index: usize) {
    fn drop_at<T>(v: &mut Vec<T>, i: usize) {
        if i < v.len() {
            v.remove(i);
        }
    }
    match kind {
        AdjustmentKind::Lock => drop_at(&mut adj.locks, index),
        AdjustmentKind::Unlock => drop_at(&mut adj.unlocks, index),
        AdjustmentKind::Forbidden => drop_at(&mut adj.forbidden, index),
        AdjustmentKind::Forced => drop_at(&mut adj.forced, index),
        AdjustmentKind::Temporary => drop_at(&mut adj.temporary, index),
        AdjustmentKind::Need => drop_at(&mut adj.needs, index),
        AdjustmentKind::AddedNeed => drop_at(&mut adj.temporary_needs, index),
        AdjustmentKind::RemovedNeed => drop_at(&mut adj.removed_needs, index),
        AdjustmentKind::KeptHome => drop_at(&mut adj.kept_home, index),
        AdjustmentKind::ForcedHelp => drop_at(&mut adj.help_forced, index),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seimbang_engine::lang::Lang;
    use seimbang_engine::report::adjustments_log;
    use seimbang_engine::report::names::Names;

    #[test]
    fn edits_combine_without_contradictions() {
        let mut adj = Adjustments::default();
        let t = SlotKey::new("U2", "J1");
        force(&mut adj, "1", t.clone(), "diminta");
        lock(&mut adj, "1", "");
        assert!(adj.forced.is_empty(), "a lock drops the forced move");
        force(&mut adj, "1", t.clone(), "");
        assert!(adj.locks.is_empty() && adj.forced.len() == 1);
        forbid(&mut adj, "1", t.clone(), "");
        assert!(adj.forced.is_empty() && adj.forbidden.len() == 1);
        unlock(&mut adj, "2", true, "");
        lock(&mut adj, "2", "");
        assert!(adj.unlocks.is_empty() && adj.locks.len() == 1);
        set_need(&mut adj, t.clone(), 3.0, "");
        set_need(&mut adj, t, 4.0, "");
        assert_eq!(adj.needs.len(), 1);
        let ds = seimbang_engine::Dataset::default();
        let listed = adjustments_log(&adj, &Names::of(&ds), Lang::Id);
        assert_eq!(listed.len(), 3);
        assert_eq!(listed[1].subject, "1");
        assert_eq!(listed[1].detail, "J1, U2");
        remove(&mut adj, AdjustmentKind::Lock, 0);
        assert!(adj.locks.is_empty());
    }

    #[test]
    fn a_temporary_need_is_checked_before_it_is_added() {
        use seimbang_engine::dataset::{NeedRow, Unit};
        let ds = seimbang_engine::Dataset {
            units: vec![Unit {
                kode_unit: "U1".into(),
                nama_unit: "Bidang Sosial".into(),
                opd_kode: None,
                opd_nama: None,
                jenis_unit: None,
            }],
            needs: vec![NeedRow {
                kode_unit: "U1".into(),
                kode_jabatan: "J1".into(),
                kebutuhan: 1.0,
                prioritas: 1.0,
                nama_jabatan: None,
                row: 2,
            }],
            ..Default::default()
        };
        let good = TemporaryNeedInput {
            unit: "U1".into(),
            jabatan: "J1".into(),
            extra: "1,5".into(),
            from: "01-03-2026".into(),
            until: "31-08-2026".into(),
            priority: String::new(),
            note: " bansos ".into(),
        };
        let check = |edit: &dyn Fn(&mut TemporaryNeedInput),
                     want: Result<f64, TemporaryNeedInputError>| {
            let mut input = good.clone();
            edit(&mut input);
            let got = parse_temporary_need(&ds, &input).map(|k| k.tambahan);
            assert_eq!(got, want, "{input:?}");
        };
        check(&|_| {}, Ok(1.5));
        check(
            &|i| i.unit = "U9".into(),
            Err(TemporaryNeedInputError::UnknownUnit),
        );
        check(
            &|i| i.jabatan = "J1 | J9".into(),
            Err(TemporaryNeedInputError::UnknownJabatan),
        );
        check(
            &|i| i.jabatan = " ".into(),
            Err(TemporaryNeedInputError::UnknownJabatan),
        );
        check(
            &|i| i.extra = "0".into(),
            Err(TemporaryNeedInputError::NotANumber),
        );
        check(
            &|i| i.priority = "-1".into(),
            Err(TemporaryNeedInputError::NotANumber),
        );
        check(
            &|i| i.until = "01-01-2026".into(),
            Err(TemporaryNeedInputError::BadPeriod),
        );
        check(
            &|i| i.from = "kemarin".into(),
            Err(TemporaryNeedInputError::BadPeriod),
        );
        let k = parse_temporary_need(&ds, &good).unwrap();
        assert_eq!(
            (k.prioritas, k.keterangan.as_str(), k.row),
            (1.0, "bansos", 0)
        );
        // Written back into the form, it reads as the same need.
        assert_eq!(
            parse_temporary_need(&ds, &TemporaryNeedInput::of(&k)),
            Ok(k.clone())
        );
        let mut adj = Adjustments::default();
        keep_home(&mut adj, "1", "");
        force_help(&mut adj, "1", "U1", k.mulai, "");
        assert!(adj.kept_home.is_empty() && adj.help_forced.len() == 1);
        keep_home(&mut adj, "1", "");
        assert!(adj.help_forced.is_empty() && adj.kept_home.len() == 1);
        remove_data_need(&mut adj, 2, "batal");
        remove_data_need(&mut adj, 2, "");
        assert_eq!(adj.removed_needs.len(), 1);
    }
}
