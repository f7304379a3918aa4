//! User adjustments of a scenario: locks, unlocks, forbidden and forced moves, need
//! overrides, temporary marks, stale entries, refusals and the plan diff. Hand cases for
//! each behaviour, and random small instances against an independent brute force that
//! applies the adjustments straight from their meaning.

mod fixture;

use fixture::{date, today, Builder, Rng};
use seimbang_engine::dataset::{Dataset, Status};
use seimbang_engine::eligibility::Reason;
use seimbang_engine::lang::Lang;
use seimbang_engine::params::{Params, Scope};
use seimbang_engine::plan::{
    self, check_force, diff, solve_adjusted, AdjustedPlan, AdjustmentKind, Adjustments,
    ForbiddenMove, ForcedMove, Lock, NeedOverride, Plan, Refusal, SlotKey, TemporaryMark, Unlock,
};
use seimbang_engine::report::names::Names;
use std::collections::{BTreeMap, BTreeSet};

fn nip(n: usize) -> String {
    format!("198001012005011{n:03}")
}

fn params() -> Params {
    Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    }
}

fn solve(ds: &Dataset, p: &Params, adj: &Adjustments) -> AdjustedPlan {
    let a = solve_adjusted(ds, p, today(), adj).expect("solvable");
    let again = solve_adjusted(ds, p, today(), adj).expect("solvable");
    assert_eq!(a, again, "not deterministic");
    a
}

/// (nip, kode_unit, kode_jabatan) of a move.
type Mv = (String, String, String);

/// Every move of a plan, by NIP.
fn moves(plan: &Plan) -> Vec<Mv> {
    plan.moves
        .iter()
        .map(|m| {
            (
                m.nip.clone(),
                m.to.kode_unit.clone(),
                m.to.kode_jabatan.clone(),
            )
        })
        .collect()
}

fn mv(n: usize, unit: &str, jab: &str) -> Mv {
    (nip(n), unit.to_string(), jab.to_string())
}

fn lock(n: usize) -> Lock {
    Lock {
        nip: nip(n),
        reason: "cuti".into(),
    }
}

fn forced(n: usize, unit: &str, jab: &str, reason: &str) -> ForcedMove {
    ForcedMove {
        nip: nip(n),
        target: SlotKey::new(unit, jab),
        reason: reason.into(),
    }
}

fn forbid(n: usize, unit: &str, jab: &str) -> ForbiddenMove {
    ForbiddenMove {
        nip: nip(n),
        target: SlotKey::new(unit, jab),
        reason: String::new(),
    }
}

/// U0/J0 has three people for a need of 1, U1/J0 and U2/J0 have nobody for a need of 1.
fn surplus() -> Dataset {
    Builder::new()
        .unit("U0", "O0")
        .unit("U1", "O0")
        .unit("U2", "O1")
        .need("U0", "J0", 1.0)
        .need("U1", "J0", 1.0)
        .need("U2", "J0", 1.0)
        .staff("U0", "J0", 3)
        .build()
}

/// Plan moves as expected, for a table of (name, adjustments, expected moves).
fn check(ds: &Dataset, p: &Params, cases: &[(&str, Adjustments, Vec<Mv>)]) {
    for (name, adj, expected) in cases {
        let a = solve(ds, p, adj);
        assert_eq!(&moves(&a.plan), expected, "{name}");
        assert!(a.stale.is_empty() && a.refused.is_empty(), "{name}");
    }
}

#[test]
fn locks_and_unlocks() {
    let ds = surplus();
    let p = params();
    let base = solve(&ds, &p, &Adjustments::default()).plan;
    assert_eq!(moves(&base), vec![mv(1, "U1", "J0"), mv(2, "U2", "J0")]);
    check(
        &ds,
        &p,
        &[
            ("none", Adjustments::default(), moves(&base)),
            (
                "lock a mover: the next in rank moves instead",
                Adjustments {
                    locks: vec![lock(1)],
                    ..Adjustments::default()
                },
                vec![mv(2, "U1", "J0"), mv(3, "U2", "J0")],
            ),
            (
                "lock two: one move left, the objective rises",
                Adjustments {
                    locks: vec![lock(1), lock(2)],
                    ..Adjustments::default()
                },
                vec![mv(3, "U1", "J0")],
            ),
            (
                "a lock beats an unlock",
                Adjustments {
                    locks: vec![lock(1)],
                    unlocks: vec![Unlock {
                        nip: nip(1),
                        reason: String::new(),
                    }],
                    ..Adjustments::default()
                },
                vec![mv(2, "U1", "J0"), mv(3, "U2", "J0")],
            ),
        ],
    );
    let two = solve(
        &ds,
        &p,
        &Adjustments {
            locks: vec![lock(1), lock(2)],
            ..Adjustments::default()
        },
    );
    assert!(two.plan.objective > base.objective);

    // A person locked in the data moves once unlocked; other rules still hold.
    let ds = Builder::new()
        .unit("U0", "O0")
        .unit("U1", "O0")
        .need("U0", "J0", 0.0)
        .need("U1", "J0", 2.0)
        .person("U0", "J0", |e| e.kunci = true)
        .person("U0", "J0", |e| {
            e.kunci = true;
            e.status = Status::Cpns;
        })
        .build();
    let unlock = |n| Unlock {
        nip: nip(n),
        reason: "sudah selesai".into(),
    };
    check(
        &ds,
        &p,
        &[
            ("data lock", Adjustments::default(), vec![]),
            (
                "unlocked",
                Adjustments {
                    unlocks: vec![unlock(1), unlock(2)],
                    ..Adjustments::default()
                },
                vec![mv(1, "U1", "J0")],
            ),
        ],
    );
}

#[test]
fn forbidden_move_sends_the_person_elsewhere() {
    let ds = surplus();
    let p = params();
    let base = solve(&ds, &p, &Adjustments::default()).plan;
    // Several plans reach the optimum; the move itself never appears.
    let adj = Adjustments {
        forbidden: vec![forbid(1, "U1", "J0")],
        ..Adjustments::default()
    };
    let a = solve(&ds, &p, &adj);
    assert_eq!(a.plan.moves.len(), 2);
    assert!(!moves(&a.plan).contains(&mv(1, "U1", "J0")));
    assert!((a.plan.objective - base.objective).abs() < 1e-9);
    check(
        &ds,
        &p,
        &[(
            "forbid 1 both targets: 2 and 3 move",
            Adjustments {
                forbidden: vec![forbid(1, "U1", "J0"), forbid(1, "U2", "J0")],
                ..Adjustments::default()
            },
            vec![mv(2, "U1", "J0"), mv(3, "U2", "J0")],
        )],
    );
    // Everyone forbidden from U2: it stays empty, one person goes to U1.
    let adj = Adjustments {
        forbidden: (1..=3).map(|n| forbid(n, "U2", "J0")).collect(),
        ..Adjustments::default()
    };
    let a = solve(&ds, &p, &adj);
    assert_eq!(a.plan.moves.len(), 1);
    assert_eq!(a.plan.moves[0].to.kode_unit, "U1");
    assert!(a.plan.objective > base.objective);
}

#[test]
fn forced_move_is_in_the_plan_and_explained() {
    let ds = surplus();
    let p = params();
    let adj = Adjustments {
        forced: vec![forced(3, "U2", "J0", "permintaan kepala dinas")],
        ..Adjustments::default()
    };
    assert_eq!(
        check_force(
            &ds,
            &p,
            today(),
            &Adjustments::default(),
            &nip(3),
            &SlotKey::new("U2", "J0")
        ),
        Ok(())
    );
    let a = solve(&ds, &p, &adj);
    assert_eq!(moves(&a.plan), vec![mv(1, "U1", "J0"), mv(3, "U2", "J0")]);
    let m = &a.plan.moves[1];
    assert_eq!(m.forced.as_deref(), Some("permintaan kepala dinas"));
    assert!(a.plan.moves[0].forced.is_none());
    assert_eq!(m.from.x0, 3, "figures from the data's x0");
    assert_eq!(m.to.x0, 0);
    assert!(m
        .explain(Lang::Id)
        .contains("dipaksa oleh pengguna: permintaan kepala dinas"));
    assert!(m.explain(Lang::En).contains("forced by the user"));
    // Counted in the objective from the data's start, like any move.
    let base = solve(&ds, &p, &Adjustments::default()).plan;
    assert!((a.plan.objective - base.objective).abs() < 1e-9);
    assert!((a.plan.objective_before - base.objective_before).abs() < 1e-9);
    assert!(a.plan.exact);
}

#[test]
fn forced_moves_count_against_the_caps() {
    let ds = surplus();
    let p = Params {
        maks_pindah: Some(1),
        ..params()
    };
    let adj = Adjustments {
        forced: vec![forced(3, "U2", "J0", "")],
        ..Adjustments::default()
    };
    let a = solve(&ds, &p, &adj);
    assert_eq!(moves(&a.plan), vec![mv(3, "U2", "J0")]);
    let adj2 = Adjustments {
        forced: vec![forced(3, "U2", "J0", ""), forced(2, "U1", "J0", "")],
        ..Adjustments::default()
    };
    let a = solve(&ds, &p, &adj2);
    assert_eq!(moves(&a.plan), vec![mv(3, "U2", "J0")]);
    assert_eq!(
        a.refused[0].refusal,
        Refusal::TooManyMoves { forced: 2, max: 1 }
    );
}

/// The refusal of forcing `n` to (unit, jab) in `ds` under `p`.
fn refusal(
    ds: &Dataset,
    p: &Params,
    adj: &Adjustments,
    n: usize,
    unit: &str,
    jab: &str,
) -> Refusal {
    let r =
        check_force(ds, p, today(), adj, &nip(n), &SlotKey::new(unit, jab)).expect_err("refused");
    let mut with = adj.clone();
    with.forced.push(forced(n, unit, jab, ""));
    let a = solve_adjusted(ds, p, today(), &with).expect("solvable");
    assert!(a
        .plan
        .moves
        .iter()
        .all(|m| m.nip != nip(n) || m.forced.is_none()));
    let names = Names::of(ds);
    for lang in [Lang::Id, Lang::En] {
        let text = r.describe(lang, &names);
        // Rules by their names in the form, never params.json keys.
        assert!(!text.is_empty() && !text.contains('_'), "{text}");
    }
    r
}

#[test]
fn illegal_forced_moves_are_refused_by_rule() {
    let ds = Builder::new()
        .unit("U0", "O0")
        .unit("U1", "O0")
        .unit("U2", "O1")
        .need("U0", "J0", 3.0)
        .need("U1", "J0", 0.0)
        .need("U1", "J1", 0.0)
        .need("U2", "J0", 1.0)
        .need("U2", "J1", 1.0)
        .staff("U0", "J0", 2) // 1, 2 (and 3): U0 at its need
        .person("U0", "J0", |e| e.tmt_jabatan = Some(date(2025, 6, 1))) // 3: too short
        .staff("U1", "J0", 1) // 4: surplus
        .person("U1", "J0", |e| e.kunci = true) // 5
        .staff("U2", "J1", 1) // 6: U2/J1 at need
        .compat("J0", "J1")
        .build();
    let p = params();
    let none = Adjustments::default();
    assert_eq!(
        refusal(&ds, &p, &none, 3, "U1", "J0"),
        Refusal::Ineligible {
            reasons: vec![Reason::TooShortInPosition { months: 7, min: 24 }]
        }
    );
    assert_eq!(
        refusal(&ds, &p, &none, 5, "U2", "J0"),
        Refusal::Ineligible {
            reasons: vec![Reason::Locked]
        }
    );
    let locked = Adjustments {
        locks: vec![lock(4)],
        ..Adjustments::default()
    };
    assert_eq!(
        refusal(&ds, &p, &locked, 4, "U2", "J0"),
        Refusal::Ineligible {
            reasons: vec![Reason::Locked]
        }
    );
    assert_eq!(
        refusal(&ds, &p, &none, 6, "U1", "J0"),
        Refusal::NotCompatible {
            from: "J1".into(),
            to: "J0".into()
        }
    );
    let opd = Params {
        lingkup: Scope::Opd,
        ..params()
    };
    assert_eq!(
        refusal(&ds, &opd, &none, 4, "U2", "J0"),
        Refusal::OutsideScope {
            from: "O0".into(),
            to: "O1".into()
        }
    );
    assert_eq!(
        refusal(&ds, &p, &none, 1, "U2", "J0"),
        Refusal::SourceBelowNeed {
            slot: SlotKey::new("U0", "J0"),
            after: 2,
            floor: 3
        }
    );
    assert_eq!(
        refusal(&ds, &p, &none, 4, "U2", "J1"),
        Refusal::TargetAboveNeed {
            slot: SlotKey::new("U2", "J1"),
            after: 2,
            ceiling: 1
        }
    );
    assert_eq!(refusal(&ds, &p, &none, 4, "U1", "J0"), Refusal::SameSlot);
    let forbidden = Adjustments {
        forbidden: vec![forbid(4, "U2", "J0")],
        ..Adjustments::default()
    };
    assert_eq!(
        refusal(&ds, &p, &forbidden, 4, "U2", "J0"),
        Refusal::Forbidden
    );
    assert_eq!(
        refusal(&ds, &p, &none, 99, "U2", "J0"),
        Refusal::UnknownEmployee { nip: nip(99) }
    );
    assert_eq!(
        refusal(&ds, &p, &none, 4, "U9", "J0"),
        Refusal::UnknownSlot {
            slot: SlotKey::new("U9", "J0")
        }
    );
    let exit = Params {
        maks_keluar_persen: Some(0.0),
        ..params()
    };
    assert_eq!(
        refusal(&ds, &exit, &none, 4, "U2", "J0"),
        Refusal::ExitCap {
            opd: "O0".into(),
            forced: 1,
            cap: 0
        }
    );
    // The target may take one more: a second forced arrival is refused, and a second
    // force of the same person replaces the first in check_force.
    let one = Adjustments {
        forced: vec![forced(4, "U2", "J0", "")],
        ..Adjustments::default()
    };
    assert_eq!(
        check_force(&ds, &p, today(), &one, &nip(4), &SlotKey::new("U2", "J0")),
        Ok(())
    );
    let with_one = solve(&ds, &p, &one);
    assert!(with_one.refused.is_empty());
    let mut two = one.clone();
    two.forced.push(forced(4, "U1", "J1", ""));
    assert_eq!(
        solve(&ds, &p, &two).refused[0].refusal,
        Refusal::AlreadyForced {
            target: SlotKey::new("U2", "J0")
        }
    );
    // Jaga_asal off: the source may drop.
    let loose = Params {
        jaga_asal: false,
        ..params()
    };
    assert_eq!(
        check_force(
            &ds,
            &loose,
            today(),
            &none,
            &nip(1),
            &SlotKey::new("U2", "J0")
        ),
        Ok(())
    );
}

#[test]
fn need_override_changes_the_slot_and_the_plan() {
    let ds = Builder::new()
        .unit("U0", "O0")
        .unit("U1", "O0")
        .need("U0", "J0", 3.0)
        .need("U1", "J0", 0.0)
        .staff("U0", "J0", 3)
        .build();
    let p = params();
    let adj = Adjustments {
        needs: vec![
            NeedOverride {
                slot: SlotKey::new("U0", "J0"),
                need: 1.0,
                reason: String::new(),
            },
            NeedOverride {
                slot: SlotKey::new("U1", "J0"),
                need: 2.0,
                reason: "sekolah baru".into(),
            },
        ],
        ..Adjustments::default()
    };
    check(
        &ds,
        &p,
        &[
            ("as in the data", Adjustments::default(), vec![]),
            (
                "overridden",
                adj.clone(),
                vec![mv(1, "U1", "J0"), mv(2, "U1", "J0")],
            ),
        ],
    );
    let a = solve(&ds, &p, &adj);
    assert_eq!(a.plan.moves[0].to.need, 2.0);
    assert_eq!(a.plan.moves[0].from.need, 1.0);
    assert!(a.plan.objective < a.plan.objective_before);
    let bad = Adjustments {
        needs: vec![NeedOverride {
            slot: SlotKey::new("U1", "J0"),
            need: f64::NAN,
            reason: String::new(),
        }],
        ..Adjustments::default()
    };
    assert!(solve_adjusted(&ds, &p, today(), &bad).is_err());
    assert!(matches!(
        check_force(&ds, &p, today(), &bad, &nip(1), &SlotKey::new("U1", "J0")),
        Err(Refusal::InvalidScenario { .. })
    ));
}

#[test]
fn temporary_mark_is_carried() {
    let ds = surplus();
    let p = params();
    let until = date(2026, 12, 31);
    let adj = Adjustments {
        temporary: vec![
            TemporaryMark {
                nip: nip(2),
                until,
                reason: "pengganti cuti".into(),
            },
            TemporaryMark {
                nip: nip(3),
                until,
                reason: String::new(),
            },
        ],
        ..Adjustments::default()
    };
    let a = solve(&ds, &p, &adj);
    let base = solve(&ds, &p, &Adjustments::default());
    assert_eq!(moves(&a.plan), moves(&base.plan), "informational only");
    assert!(a.plan.moves[0].temporary.is_none());
    let t = a.plan.moves[1].temporary.as_ref().expect("flag");
    assert_eq!(t.until, until);
    assert!(a.plan.moves[1]
        .explain(Lang::Id)
        .contains("pindah sementara sampai 31 Desember 2026 (pengganti cuti)"));
}

#[test]
fn stale_adjustments_are_reported() {
    let ds = surplus();
    let p = params();
    let ghost = SlotKey::new("U9", "J9");
    let adj = Adjustments {
        locks: vec![Lock {
            nip: "1".into(),
            reason: String::new(),
        }],
        unlocks: vec![Unlock {
            nip: "2".into(),
            reason: String::new(),
        }],
        forbidden: vec![forbid(1, "U9", "J9")],
        forced: vec![forced(99, "U1", "J0", ""), forced(1, "U9", "J9", "")],
        needs: vec![NeedOverride {
            slot: ghost.clone(),
            need: 1.0,
            reason: String::new(),
        }],
        temporary: vec![TemporaryMark {
            nip: "3".into(),
            until: date(2026, 6, 1),
            reason: String::new(),
        }],
        temporary_needs: vec![seimbang_engine::dataset::TemporaryNeed {
            kode_unit: "U9".into(),
            jabatan_diterima: vec!["J0".into()],
            tambahan: 1.0,
            mulai: date(2026, 3, 1),
            selesai: date(2026, 8, 31),
            prioritas: 1.0,
            keterangan: String::new(),
            row: 0,
        }],
        removed_needs: vec![seimbang_engine::plan::adjust::RemovedNeed {
            row: 99,
            reason: String::new(),
        }],
        kept_home: Vec::new(),
        help_forced: Vec::new(),
    };
    let a = solve(&ds, &p, &adj);
    let kinds: BTreeSet<AdjustmentKind> = a.stale.iter().map(|s| s.kind).collect();
    assert_eq!(a.stale.len(), 9);
    assert_eq!(kinds.len(), 8);
    assert!(a.refused.is_empty());
    assert!(a.stale.iter().all(|s| !s.describe(Lang::Id).is_empty()));
    assert_eq!(
        moves(&a.plan),
        moves(&solve(&ds, &p, &Adjustments::default()).plan)
    );
    let json = serde_json::to_string(&adj).expect("serialise");
    let back: Adjustments = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, adj);
    let empty: Adjustments = serde_json::from_str("{}").expect("defaults");
    assert!(empty.is_empty());
}

#[test]
fn diff_by_nip() {
    let ds = surplus();
    let p = params();
    let old = solve(&ds, &p, &Adjustments::default()).plan;
    let new = solve(
        &ds,
        &p,
        &Adjustments {
            locks: vec![lock(2)],
            forbidden: vec![forbid(1, "U1", "J0")],
            ..Adjustments::default()
        },
    )
    .plan;
    // old: 1 -> U1, 2 -> U2; new: 1 -> U2, 3 -> U1.
    assert_eq!(moves(&new), vec![mv(1, "U2", "J0"), mv(3, "U1", "J0")]);
    let d = diff(&old, &new);
    assert_eq!(
        d.added.iter().map(|m| m.nip.clone()).collect::<Vec<_>>(),
        vec![nip(3)]
    );
    assert_eq!(
        d.removed.iter().map(|m| m.nip.clone()).collect::<Vec<_>>(),
        vec![nip(2)]
    );
    assert_eq!(d.changed_target.len(), 1);
    assert_eq!(d.changed_target[0].nip, nip(1));
    assert_eq!(d.changed_target[0].new.to.kode_unit, "U2");
    assert!(diff(&old, &old).is_empty());
    let back = diff(&new, &old);
    assert_eq!(back.added.len(), 1);
    assert_eq!(back.removed.len(), 1);
}

/// Plain solve and solve_adjusted with no adjustments agree.
#[test]
fn no_adjustments_is_the_plain_plan() {
    let ds = surplus();
    for p in [
        params(),
        Params {
            maks_pindah: Some(1),
            ..params()
        },
    ] {
        let a = solve(&ds, &p, &Adjustments::default());
        let plain = plan::solve(&ds, &p, today()).expect("plan");
        assert_eq!(a.plan, plain);
    }
}

// ---- random instances against a brute force ----

const JABS: [&str; 2] = ["J0", "J1"];

/// A random instance with random adjustments.
fn instance(seed: u64) -> (Dataset, Params, Adjustments, Vec<SlotKey>) {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut b = Builder::new();
    let units = 1 + r.below(3);
    for u in 0..units {
        b = b.unit(&format!("U{u}"), &format!("O{}", u % 2));
    }
    let mut slots = Vec::new();
    for u in 0..units {
        for j in JABS {
            if r.chance(60) {
                let key = SlotKey::new(&format!("U{u}"), j);
                let need = [0.0, 1.0, 1.5, 2.0, 3.0][r.below(5) as usize];
                b = b.need_w(
                    &key.kode_unit,
                    j,
                    need,
                    [1.0, 2.0, 0.5][r.below(3) as usize],
                );
                slots.push(key);
            }
        }
    }
    if slots.is_empty() {
        b = b.need("U0", "J0", 1.0);
        slots.push(SlotKey::new("U0", "J0"));
    }
    if r.chance(40) {
        b = b.compat("J0", "J1");
    }
    let people = 1 + r.below(7) as usize;
    for _ in 0..people {
        let s = slots[r.below(slots.len() as u64) as usize].clone();
        let (kunci, vol) = (r.chance(15), r.chance(30));
        let tmt = date(2010 + r.below(5) as i32, 1 + r.below(12) as u32, 1);
        b = b.person(&s.kode_unit, &s.kode_jabatan, |e| {
            e.kunci = kunci;
            e.sukarela = vol;
            e.tmt_jabatan = Some(tmt);
        });
    }
    let ds = b.build();
    let p = Params {
        tanggal_acuan: Some(today()),
        lingkup: if r.chance(25) {
            Scope::Opd
        } else {
            Scope::Semua
        },
        jaga_asal: r.chance(70),
        batasi_tujuan: r.chance(70),
        biaya_pindah: [0.1, 0.0, 0.5][r.below(3) as usize],
        maks_keluar_persen: if r.chance(15) { Some(50.0) } else { None },
        ..Params::default()
    };
    let mut adj = Adjustments::default();
    let pick_slot = |r: &mut Rng| slots[r.below(slots.len() as u64) as usize].clone();
    for i in 0..people {
        let n = nip(i + 1);
        match r.below(10) {
            0 => adj.locks.push(Lock {
                nip: n,
                reason: String::new(),
            }),
            1 => adj.unlocks.push(Unlock {
                nip: n,
                reason: String::new(),
            }),
            2 | 3 => adj.forbidden.push(ForbiddenMove {
                nip: n,
                target: pick_slot(&mut r),
                reason: String::new(),
            }),
            4..=6 => {
                // Mostly a slot of their own jabatan, so many are accepted.
                let own = &ds.employees[i].kode_jabatan;
                let same: Vec<&SlotKey> = slots.iter().filter(|k| &k.kode_jabatan == own).collect();
                let target = if same.is_empty() || r.chance(20) {
                    pick_slot(&mut r)
                } else {
                    same[r.below(same.len() as u64) as usize].clone()
                };
                adj.forced.push(ForcedMove {
                    nip: n,
                    target,
                    reason: String::new(),
                });
            }
            _ => {}
        }
        if r.chance(15) {
            adj.forbidden.push(ForbiddenMove {
                nip: nip(i + 1),
                target: pick_slot(&mut r),
                reason: String::new(),
            });
        }
    }
    if r.chance(30) {
        adj.needs.push(NeedOverride {
            slot: pick_slot(&mut r),
            need: [0.0, 1.0, 2.5, 4.0][r.below(4) as usize],
            reason: String::new(),
        });
    }
    let mut keys = slots;
    keys.sort();
    (ds, p, adj, keys)
}

/// The optimum under the adjustments, from their meaning: accepted forced moves fixed,
/// locked people and forced people stay put otherwise, forbidden targets removed, bounds
/// from the data's x0 with overridden needs.
fn brute_optimum(
    ds: &Dataset,
    p: &Params,
    adj: &Adjustments,
    keys: &[SlotKey],
    refused: &BTreeSet<String>,
) -> f64 {
    let n = keys.len();
    let slot_of = |u: &str, j: &str| {
        keys.iter()
            .position(|k| k.kode_unit == u && k.kode_jabatan == j)
    };
    let mut need = vec![0.0; n];
    let mut prio = vec![1.0; n];
    for r in &ds.needs {
        if let Some(s) = slot_of(&r.kode_unit, &r.kode_jabatan) {
            need[s] = r.kebutuhan;
            prio[s] = r.prioritas;
        }
    }
    for o in &adj.needs {
        if let Some(s) = slot_of(&o.slot.kode_unit, &o.slot.kode_jabatan) {
            need[s] = o.need;
        }
    }
    let opd = |s: usize| {
        let u = &keys[s].kode_unit;
        ds.units
            .iter()
            .find(|x| &x.kode_unit == u)
            .and_then(|x| x.opd_kode.clone())
            .unwrap_or_default()
    };
    let locked: BTreeSet<&str> = adj.locks.iter().map(|l| l.nip.as_str()).collect();
    let unlocked: BTreeSet<&str> = adj.unlocks.iter().map(|l| l.nip.as_str()).collect();
    let mut forced: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &adj.forced {
        if !refused.contains(&f.nip) {
            if let Some(t) = slot_of(&f.target.kode_unit, &f.target.kode_jabatan) {
                forced.entry(f.nip.as_str()).or_insert(t);
            }
        }
    }
    let mut x0 = vec![0i64; n];
    let mut x = vec![0i64; n];
    let mut fixed_cost = 0.0;
    let mut people = Vec::new();
    for e in &ds.employees {
        let Some(s) = slot_of(&e.kode_unit, &e.kode_jabatan) else {
            continue;
        };
        x0[s] += 1;
        let cost = p.biaya_pindah * if e.sukarela { p.faktor_sukarela } else { 1.0 };
        if let Some(&t) = forced.get(e.nip.as_str()) {
            x[t] += 1;
            fixed_cost += cost;
            continue;
        }
        x[s] += 1;
        let kunci =
            (e.kunci && !unlocked.contains(e.nip.as_str())) || locked.contains(e.nip.as_str());
        if kunci {
            continue;
        }
        let options: Vec<usize> = (0..n)
            .filter(|&t| t != s)
            .filter(|&t| {
                keys[t].kode_jabatan == e.kode_jabatan
                    || ds.compatibility.iter().any(|c| {
                        c.jabatan_asal == e.kode_jabatan && c.jabatan_tujuan == keys[t].kode_jabatan
                    })
            })
            .filter(|&t| p.lingkup == Scope::Semua || opd(t) == opd(s))
            .filter(|&t| {
                !adj.forbidden.iter().any(|f| {
                    f.nip == e.nip
                        && slot_of(&f.target.kode_unit, &f.target.kode_jabatan) == Some(t)
                })
            })
            .collect();
        people.push((s, cost, options));
    }
    let lo: Vec<i64> = (0..n)
        .map(|s| {
            if p.jaga_asal {
                x0[s].min(need[s].ceil() as i64)
            } else {
                i64::MIN
            }
        })
        .collect();
    let hi: Vec<i64> = (0..n)
        .map(|s| {
            if p.batasi_tujuan {
                x0[s].max(need[s].ceil() as i64)
            } else {
                i64::MAX
            }
        })
        .collect();
    let imbalance = |x: &[i64]| -> f64 {
        (0..n)
            .map(|s| {
                let d = x[s] as f64 - need[s];
                prio[s] * d * d / need[s].max(1.0)
            })
            .sum()
    };
    let mut best = f64::INFINITY;
    fn go(
        i: usize,
        x: &mut Vec<i64>,
        cost: f64,
        people: &[(usize, f64, Vec<usize>)],
        ok: &dyn Fn(&[i64]) -> Option<f64>,
        best: &mut f64,
    ) {
        if i == people.len() {
            if let Some(f) = ok(x) {
                *best = best.min(f + cost);
            }
            return;
        }
        go(i + 1, x, cost, people, ok, best);
        let (s, c, ref options) = people[i];
        for &t in options {
            x[s] -= 1;
            x[t] += 1;
            go(i + 1, x, cost + c, people, ok, best);
            x[s] += 1;
            x[t] -= 1;
        }
    }
    let ok = |x: &[i64]| {
        (0..n)
            .all(|s| x[s] >= lo[s] && x[s] <= hi[s])
            .then(|| imbalance(x))
    };
    go(0, &mut x, fixed_cost, &people, &ok, &mut best);
    best
}

/// Runs one seed; returns (accepted forced moves, forbidden entries, refusals).
fn run(seed: u64) -> (usize, usize, usize) {
    let (ds, p, adj, keys) = instance(seed);
    let a = solve(&ds, &p, &adj);
    let plan = &a.plan;
    // Forbidden moves never appear; accepted forced moves always do, flagged.
    for f in &adj.forbidden {
        assert!(
            !plan.moves.iter().any(|m| m.nip == f.nip
                && m.to.kode_unit == f.target.kode_unit
                && m.to.kode_jabatan == f.target.kode_jabatan),
            "forbidden move in the plan (seed {seed})"
        );
    }
    let refused: BTreeSet<String> = a.refused.iter().map(|r| r.nip.clone()).collect();
    let mut first: BTreeSet<&str> = BTreeSet::new();
    for f in &adj.forced {
        if !first.insert(&f.nip) || refused.contains(&f.nip) {
            continue;
        }
        let m = plan
            .moves
            .iter()
            .find(|m| m.nip == f.nip)
            .expect("forced move in plan");
        assert!(m.forced.is_some());
        assert_eq!(m.to.kode_unit, f.target.kode_unit);
    }
    let best = brute_optimum(&ds, &p, &adj, &keys, &refused);
    assert!(best.is_finite(), "no plan keeps the rules (seed {seed})");
    let tol = 1e-6 * best.max(1.0);
    if p.maks_keluar_persen.is_none() {
        assert!(plan.exact);
        assert!(
            (plan.objective - best).abs() <= tol,
            "F {} vs F* {best} (seed {seed})",
            plan.objective
        );
    } else {
        // The brute force has no exit caps: it bounds the capped optimum from below.
        assert!(plan.objective >= best - tol, "seed {seed}");
        // The caps hold, forced moves included.
        let opd = |u: &str| {
            ds.units
                .iter()
                .find(|x| x.kode_unit == u)
                .and_then(|x| x.opd_kode.clone())
                .unwrap_or_default()
        };
        let mut staff: BTreeMap<String, i64> = BTreeMap::new();
        for e in &ds.employees {
            *staff.entry(opd(&e.kode_unit)).or_insert(0) += 1;
        }
        let mut exits: BTreeMap<String, i64> = BTreeMap::new();
        for m in &plan.moves {
            let (a, b) = (opd(&m.from.kode_unit), opd(&m.to.kode_unit));
            if a != b {
                *exits.entry(a).or_insert(0) += 1;
            }
        }
        for (o, used) in &exits {
            let cap = (staff[o] as f64 * 0.5 + 1e-9).floor() as i64;
            assert!(*used <= cap, "maks_keluar_persen broken (seed {seed})");
        }
    }
    let accepted = plan.moves.iter().filter(|m| m.forced.is_some()).count();
    (accepted, adj.forbidden.len(), a.refused.len())
}

#[test]
fn random_adjustments_match_the_brute_force() {
    let (mut forced, mut forbidden, mut refused) = (0, 0, 0);
    for seed in 1..3000u64 {
        let (f, b, r) = run(seed);
        forced += f;
        forbidden += b;
        refused += r;
    }
    // The instances do exercise every kind.
    assert!(
        forced > 150 && forbidden > 500 && refused > 300,
        "{forced} {forbidden} {refused}"
    );
}
