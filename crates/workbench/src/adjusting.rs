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
}
