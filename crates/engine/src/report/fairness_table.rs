//! The fairness audit as a table (sheet `audit_keadilan`): one row for everyone, then
//! one per group, with the flag spelled out so the reader need not know the rule.

use super::fairness::{Dimension, FairnessAudit, Group};
use super::table::{col, Column, Table, Value};
use crate::lang::Lang;

/// Sheet and file name.
pub const NAME: &str = "audit_keadilan";

const COLUMNS: &[Column] = &[
    col("Dimensi", "Dimension"),
    col("Kelompok", "Group"),
    col("Dapat dipindah", "Movable"),
    col("Dipindah", "Moved"),
    col("Tingkat pindah", "Move rate"),
    col("Porsi dari yang dapat dipindah", "Share of the movable"),
    col("Porsi dari yang dipindah", "Share of the moved"),
    col("Tanda", "Flag"),
];

/// A dimension's name.
pub fn dimension_label(d: Dimension, lang: Lang) -> &'static str {
    match d {
        Dimension::JenisKelamin => lang.pick("jenis kelamin", "sex"),
        Dimension::Golongan => lang.pick("golongan", "grade"),
        Dimension::Usia => lang.pick("usia pada tanggal acuan", "age at the reference date"),
        Dimension::Sukarela => lang.pick("sukarela", "volunteered"),
    }
}

const ROMAN: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

fn roman(rank: u32) -> String {
    rank.checked_sub(1)
        .and_then(|i| ROMAN.get(i as usize))
        .map_or_else(|| rank.to_string(), |s| (*s).to_string())
}

/// A group's name.
pub fn group_label(g: &Group, lang: Lang) -> String {
    match g {
        Group::Male => lang.pick("laki-laki", "male").into(),
        Group::Female => lang.pick("perempuan", "female").into(),
        Group::Golongan(r) => roman(*r),
        Group::Pppk(r) => format!("PPPK {}", roman(*r)),
        Group::Under30 => lang.pick("di bawah 30", "under 30").into(),
        Group::Age30To39 => "30–39".into(),
        Group::Age40To49 => "40–49".into(),
        Group::Age50Plus => lang.pick("50 ke atas", "50 and over").into(),
        Group::Volunteer => lang.pick("ya", "yes").into(),
        Group::NotVolunteer => lang.pick("tidak", "no").into(),
        Group::Unknown => lang.pick("tidak diketahui", "unknown").into(),
    }
}

/// The audit as a table.
pub fn fairness_table(a: &FairnessAudit, lang: Lang) -> Table {
    let mut t = Table::new(NAME, COLUMNS, lang);
    let share = |v: Option<f64>| v.map_or(Value::Empty, Value::Ratio);
    t.rows.push(vec![
        Value::text(lang.pick("semua", "all")),
        Value::text(lang.pick("semua yang dapat dipindah", "everyone movable")),
        Value::int(a.movable),
        Value::int(a.movers),
        share(a.rate),
        share((a.movable > 0).then_some(1.0)),
        share((a.movers > 0).then_some(1.0)),
        Value::Empty,
    ]);
    let flag = lang.pick(
        "tingkat pindah ≥ 1,5× keseluruhan (≥ 5 orang)",
        "mover rate ≥ 1.5× overall (≥ 5 people)",
    );
    for g in &a.groups {
        t.rows.push(vec![
            Value::text(dimension_label(g.dimension, lang)),
            Value::text(&group_label(&g.group, lang)),
            Value::int(g.movable),
            Value::int(g.movers),
            share(g.rate),
            share(g.share_movable),
            share(g.share_movers),
            if g.flagged {
                Value::text(flag)
            } else {
                Value::Empty
            },
        ]);
    }
    t
}
