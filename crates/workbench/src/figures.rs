//! A plan's key figures and moves in their stored form (plain functions).

use seimbang_engine::plan::Plan;
use seimbang_engine::scenario::Scenario;
use seimbang_engine::slot::Slot;
use seimbang_stored::{FiguresDto, MoveDto};

/// The figures of `plan` in `scenario`, before and after.
pub fn figures_of(plan: &Plan, scenario: &Scenario) -> FiguresDto {
    let f = scenario.figures(plan);
    FiguresDto {
        moves: f.moves,
        mutasi: f.mutasi,
        rotasi: f.rotasi,
        objective_before: f.objective_before,
        objective: f.objective,
        kekurangan_before: f.before.kekurangan,
        kekurangan_after: f.after.kekurangan,
        kelebihan_before: f.before.kelebihan,
        kelebihan_after: f.after.kelebihan,
        balanced_share_before: f.before.balanced_share(),
        balanced_share_after: f.after.balanced_share(),
        temporary: Some(scenario.temporary(plan).assignments.len()),
    }
}

/// Whether figures computed now match saved ones; a scenario saved before temporary
/// assignments existed carries none, and matches on the rest.
pub fn same_figures(saved: &FiguresDto, now: &FiguresDto) -> bool {
    let mut now = now.clone();
    if saved.temporary.is_none() {
        now.temporary = None;
    }
    *saved == now
}

/// The plan's moves, with the OPD of each end looked up in `slots`.
pub fn moves_of(plan: &Plan, slots: &[Slot]) -> Vec<MoveDto> {
    let opd = |i: usize| slots.get(i).map(|s| s.opd.clone()).unwrap_or_default();
    plan.moves
        .iter()
        .map(|m| MoveDto {
            nip: m.nip.clone(),
            from_unit: m.from.kode_unit.clone(),
            from_jabatan: m.from.kode_jabatan.clone(),
            to_unit: m.to.kode_unit.clone(),
            to_jabatan: m.to.kode_jabatan.clone(),
            from_opd: opd(m.from.slot),
            to_opd: opd(m.to.slot),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_saved_figures_match_on_what_they_carry() {
        let now = FiguresDto {
            moves: 3,
            temporary: Some(2),
            ..FiguresDto::default()
        };
        let old = FiguresDto {
            temporary: None,
            ..now.clone()
        };
        assert!(same_figures(&old, &now));
        assert!(same_figures(&now, &now));
        let other = FiguresDto {
            temporary: Some(1),
            ..now.clone()
        };
        assert!(!same_figures(&other, &now));
        let fewer = FiguresDto { moves: 2, ..old };
        assert!(!same_figures(&fewer, &now));
    }
}
