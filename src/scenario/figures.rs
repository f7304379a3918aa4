//! A plan's key figures and moves in their stored form (plain functions).

use super::dto::{FiguresDto, MoveDto};
use seimbang_engine::analysis::Indicators;
use seimbang_engine::pj::PjTable;
use seimbang_engine::plan::{MoveKind, Plan};
use seimbang_engine::slot::Slot;

/// The figures of `plan` over `slots`, before and after.
pub fn figures_of(plan: &Plan, slots: &[Slot], before: &Indicators) -> FiguresDto {
    let x: Vec<u32> = plan
        .bezetting
        .iter()
        .map(|&v| u32::try_from(v.max(0)).unwrap_or(0))
        .collect();
    let after = Indicators::of(slots, &x, &PjTable::default()).total;
    let b = &before.total;
    let mutasi = plan
        .moves
        .iter()
        .filter(|m| m.kind == MoveKind::Mutasi)
        .count();
    FiguresDto {
        moves: plan.moves.len(),
        mutasi,
        rotasi: plan.moves.len() - mutasi,
        objective_before: plan.objective_before,
        objective: plan.objective,
        kekurangan_before: b.kekurangan,
        kekurangan_after: after.kekurangan,
        kelebihan_before: b.kelebihan,
        kelebihan_after: after.kelebihan,
        balanced_share_before: b.balanced_share(),
        balanced_share_after: after.balanced_share(),
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
