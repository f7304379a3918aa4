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
    }
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
