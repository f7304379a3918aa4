//! Temporary assignments, the second flow after the permanent plan: named rule cases
//! (tenure does not apply, permanent movers never help, home slots keep their floor,
//! priorities order scarce helpers) and a brute force over every way of lending the
//! helpers of small random instances.

mod fixture;

use fixture::{date, today, Builder, Rng};
use proptest::prelude::*;
use seimbang_engine::dataset::Status;
use seimbang_engine::params::Params;
use seimbang_engine::plan::assignment::{Shortfall, TemporaryPlan};
use seimbang_engine::plan::Plan;
use seimbang_engine::scenario::Scenario;
use seimbang_engine::Dataset;
use std::sync::Arc;

fn params() -> Params {
    Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    }
}

fn solve(ds: Dataset, p: &Params) -> (Scenario, Plan, TemporaryPlan) {
    let s = Scenario::new(Arc::new(ds), p.clone(), Default::default(), today()).unwrap();
    let plan = s.run(0, &mut |_| {}).unwrap().plan;
    let temporary = s.temporary(&plan);
    (s, plan, temporary)
}

/// (nip suffix, home unit, need's unit) of every assignment.
fn lent(s: &Scenario, t: &TemporaryPlan) -> Vec<(String, String, String)> {
    t.assignments
        .iter()
        .map(|a| {
            (
                a.nip[15..].to_string(),
                s.slots().slots[a.from].kode_unit.clone(),
                s.dataset.sementara[a.need].kode_unit.clone(),
            )
        })
        .collect()
}

fn check(name: &str, got: Vec<(String, String, String)>, want: &[(&str, &str, &str)]) {
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want, "{name}");
}

/// U1 has three of J for a need of one; U2 needs two of J for a while.
fn office() -> Builder {
    Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 1.0)
        .need("U2", "K", 1.0)
        .staff("U2", "K", 1)
}

#[test]
fn the_tenure_rule_does_not_apply_to_helpers() {
    let b = office()
        .person("U1", "J", |e| e.tmt_jabatan = Some(date(2025, 6, 1)))
        .person("U1", "J", |e| e.tmt_jabatan = Some(date(2025, 7, 1)))
        .person("U1", "J", |e| e.tmt_jabatan = Some(date(2025, 8, 1)))
        .temporary("U2", "J", 2.0, 1.0);
    let (s, plan, t) = solve(b.build(), &params());
    assert!(plan.moves.is_empty(), "nobody may move for good");
    check(
        "two helpers, the longest in position first",
        lent(&s, &t),
        &[("002", "U1", "U2"), ("003", "U1", "U2")],
    );
    assert!(t.exact);
    assert_eq!(t.assignments[0].home_keeps, 1);
    assert_eq!(t.needs[0].assigned, 2);
    assert_eq!(t.needs[0].shortfall, None);
    // A CPNS, a locked person and one on study leave never help.
    let b = office()
        .person("U1", "J", |e| e.status = Status::Cpns)
        .person("U1", "J", |e| e.kunci = true)
        .person("U1", "J", |e| e.tugas_belajar = true)
        .temporary("U2", "J", 2.0, 1.0);
    let (_, _, t) = solve(b.build(), &params());
    assert!(t.assignments.is_empty());
    assert_eq!(t.needs[0].shortfall, Some(Shortfall::NobodyEligible));
}

#[test]
fn permanent_movers_never_help() {
    // U3 needs two J for good: the permanent plan sends two of U1's three there; the
    // one left is U1's floor, so nobody can be lent.
    let b = office()
        .unit("U3", "O1")
        .need("U3", "J", 2.0)
        .staff("U1", "J", 3)
        .temporary("U2", "J", 1.0, 1.0);
    let (s, plan, t) = solve(b.build(), &params());
    assert_eq!(plan.moves.len(), 2);
    assert!(t
        .assignments
        .iter()
        .all(|a| plan.moves.iter().all(|m| m.employee != a.employee)));
    check("nobody left to lend", lent(&s, &t), &[]);
    assert_eq!(t.needs[0].shortfall, Some(Shortfall::HomesAtFloor));
}

#[test]
fn home_slots_keep_their_floor_during_the_period() {
    // U1 has two J for a need of 1.5: its floor is 2, so it lends nobody with jaga_asal.
    let b = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 1.5)
        .staff("U1", "J", 2)
        .temporary("U2", "J", 1.0, 1.0);
    let (s, _, t) = solve(b.clone().build(), &params());
    check("at the floor", lent(&s, &t), &[]);
    let free = Params {
        jaga_asal: false,
        ..params()
    };
    let (s, _, t) = solve(b.build(), &free);
    check(
        "without jaga_asal one helps",
        lent(&s, &t),
        &[("001", "U1", "U2")],
    );
    assert_eq!(t.assignments[0].home_keeps, 1);
}

#[test]
fn priorities_order_scarce_helpers() {
    // One helper for two needs; the weightier gets them.
    let b = |p2: f64, p3: f64| {
        office()
            .unit("U3", "O1")
            .staff("U1", "J", 2)
            .temporary("U2", "J", 1.0, p2)
            .temporary("U3", "J", 1.0, p3)
    };
    let (s, _, t) = solve(b(1.0, 3.0).build(), &params());
    check("U3 weighs more", lent(&s, &t), &[("002", "U1", "U3")]);
    assert_eq!(t.needs[0].shortfall, Some(Shortfall::NotWorth));
    let (s, _, t) = solve(b(3.0, 1.0).build(), &params());
    check("U2 weighs more", lent(&s, &t), &[("002", "U1", "U2")]);
}

/// A small random instance with temporary needs.
fn instance(seed: u64) -> (Dataset, Params) {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let jabs = ["J0", "J1"];
    let units = 2 + r.below(2) as usize;
    let mut b = Builder::new();
    for u in 0..units {
        b = b.unit(&format!("U{u}"), &format!("O{}", u % 2));
        for j in jabs {
            if r.chance(70) {
                b = b.need(&format!("U{u}"), j, r.pick(&[0.0, 1.0, 1.5, 2.0, 3.0]));
            }
        }
    }
    for _ in 0..(2 + r.below(6)) {
        let (u, j) = (r.below(units as u64), r.pick(&jabs));
        let short = r.chance(30);
        let volunteer = r.chance(30);
        b = b.person(&format!("U{u}"), j, |e| {
            e.sukarela = volunteer;
            e.tmt_jabatan = Some(if short {
                date(2025, 6, 1)
            } else {
                date(2014, 1, 1)
            });
        });
    }
    for _ in 0..(1 + r.below(3)) {
        let u = r.below(units as u64);
        let accepted = if r.chance(50) { "J0" } else { "J0|J1" };
        b = b.temporary(
            &format!("U{u}"),
            accepted,
            r.pick(&[0.5, 1.0, 2.0, 2.5]),
            r.pick(&[1.0, 2.0, 0.5]),
        );
    }
    let p = Params {
        jaga_asal: r.chance(70),
        biaya_pindah: r.pick(&[0.1, 0.0, 0.5, 1.0]),
        ..params()
    };
    (b.build(), p)
}

/// Every way of lending: each candidate stays or helps one need it may serve.
fn brute(s: &Scenario, plan: &Plan) -> f64 {
    let ds = &s.dataset;
    let slots = &s.slots().slots;
    let p = &s.params;
    let x = &plan.bezetting;
    let mut people = Vec::new();
    for (i, e) in ds.employees.iter().enumerate() {
        let Some(Some(home)) = s.slots().employee_slot.get(i) else {
            continue;
        };
        let ok = e.status == Status::Pns && !e.kunci && !e.tugas_belajar && !e.hukuman_disiplin;
        if !ok || plan.moves.iter().any(|m| m.employee == i) {
            continue;
        }
        let options: Vec<usize> = (0..ds.sementara.len())
            .filter(|&k| {
                let n = &ds.sementara[k];
                n.kode_unit != e.kode_unit && n.jabatan_diterima.contains(&e.kode_jabatan)
            })
            .collect();
        let cost = p.biaya_pindah * if e.sukarela { p.faktor_sukarela } else { 1.0 };
        people.push((*home, cost, options));
    }
    let f = |w: f64, n: f64, v: i64| w * (v as f64 - n).powi(2) / n.max(1.0);
    let mut best = f64::INFINITY;
    let mut choice = vec![usize::MAX; people.len()];
    fn walk(
        i: usize,
        people: &[(usize, f64, Vec<usize>)],
        choice: &mut Vec<usize>,
        eval: &dyn Fn(&[usize]) -> Option<f64>,
        best: &mut f64,
    ) {
        if i == people.len() {
            if let Some(v) = eval(choice) {
                *best = best.min(v);
            }
            return;
        }
        choice[i] = usize::MAX;
        walk(i + 1, people, choice, eval, best);
        for &k in &people[i].2 {
            choice[i] = k;
            walk(i + 1, people, choice, eval, best);
        }
    }
    let eval = |choice: &[usize]| {
        let mut out = vec![0i64; slots.len()];
        let mut h = vec![0i64; ds.sementara.len()];
        let mut cost = 0.0;
        for (person, &k) in people.iter().zip(choice) {
            if k != usize::MAX {
                out[person.0] += 1;
                h[k] += 1;
                cost += person.1;
            }
        }
        let mut v = cost;
        for (sl, slot) in slots.iter().enumerate() {
            let keep = x[sl] - out[sl];
            if p.jaga_asal && keep < x[sl].min(slot.need.ceil() as i64) {
                return None;
            }
            v += f(slot.priority, slot.need, keep) - f(slot.priority, slot.need, x[sl]);
        }
        for (k, n) in ds.sementara.iter().enumerate() {
            v += f(n.prioritas, n.tambahan, h[k]) - f(n.prioritas, n.tambahan, 0);
        }
        Some(v)
    };
    walk(0, &people, &mut choice, &eval, &mut best);
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_second_flow_finds_the_best_lending(seed in any::<u64>()) {
        let (ds, p) = instance(seed);
        let (s, plan, t) = solve(ds, &p);
        let again = s.temporary(&plan);
        prop_assert_eq!(&t, &again, "deterministic");
        let best = brute(&s, &plan);
        prop_assert!(t.exact);
        prop_assert!((t.objective - best).abs() <= 1e-6 * best.abs().max(1.0), "{} vs {}", t.objective, best);
        for a in &t.assignments {
            prop_assert!(plan.moves.iter().all(|m| m.employee != a.employee));
        }
    }
}

#[test]
fn a_scenario_adds_and_removes_temporary_needs() {
    use seimbang_engine::plan::adjust::RemovedNeed;
    use seimbang_engine::plan::Adjustments;
    let ds = office()
        .staff("U1", "J", 3)
        .temporary("U2", "J", 1.0, 1.0)
        .build();
    let run = |adj: Adjustments| {
        let s = Scenario::new(Arc::new(ds.clone()), params(), adj, today()).unwrap();
        let plan = s.run(0, &mut |_| {}).unwrap().plan;
        let t = s.temporary(&plan);
        (lent(&s, &t), t.needs.len())
    };
    assert_eq!(run(Adjustments::default()).0.len(), 1);
    let removed = Adjustments {
        removed_needs: vec![RemovedNeed {
            row: 2,
            reason: "program batal".into(),
        }],
        ..Adjustments::default()
    };
    assert_eq!(run(removed.clone()), (vec![], 0));
    // Added in the scenario: U2 asks for two, from May.
    let mut added = removed;
    added
        .temporary_needs
        .push(seimbang_engine::dataset::TemporaryNeed {
            kode_unit: "U2".into(),
            jabatan_diterima: vec!["J".into()],
            tambahan: 2.0,
            mulai: date(2026, 5, 1),
            selesai: date(2026, 10, 31),
            prioritas: 1.0,
            keterangan: "survei".into(),
            row: 0,
        });
    let (lent_now, needs) = run(added);
    assert_eq!(needs, 1);
    check(
        "two of U1's three help",
        lent_now,
        &[("002", "U1", "U2"), ("003", "U1", "U2")],
    );
}

#[test]
fn helpers_are_adjusted_like_moves_and_refusals_name_the_rule() {
    use seimbang_engine::plan::adjust::ForcedHelp;
    use seimbang_engine::plan::{Adjustments, Lock, Refusal};
    // U1 has three of J for a need of one (002, 003, 004 in rank order); U2 needs one;
    // U3 needs two of J for good, which 002 and 003 would fill if they could.
    let ds = office()
        .staff("U1", "J", 3)
        .temporary("U2", "J", 1.0, 1.0)
        .build();
    let nip = |n: u32| format!("198001012005011{n:03}");
    let run = |adj: Adjustments| {
        let s = Scenario::new(Arc::new(ds.clone()), params(), adj, today()).unwrap();
        let plan = s.run(0, &mut |_| {}).unwrap().plan;
        let t = s.temporary(&plan);
        (lent(&s, &t), t)
    };
    check(
        "untouched",
        run(Adjustments::default()).0,
        &[("002", "U1", "U2")],
    );
    let kept = Adjustments {
        kept_home: vec![Lock {
            nip: nip(2),
            reason: "operator tunggal".into(),
        }],
        ..Adjustments::default()
    };
    check(
        "002 stays home, 003 helps",
        run(kept).0,
        &[("003", "U1", "U2")],
    );
    let force = |n: u32, unit: &str| ForcedHelp {
        nip: nip(n),
        kode_unit: unit.into(),
        mulai: date(2026, 3, 1),
        reason: "dikenal programnya".into(),
    };
    let (got, t) = run(Adjustments {
        help_forced: vec![force(4, "U2")],
        ..Adjustments::default()
    });
    check("004 is sent instead", got, &[("004", "U1", "U2")]);
    let a = &t.assignments[0];
    assert_eq!(a.forced.as_deref(), Some("dikenal programnya"));
    let need = &t.needs[0].need;
    assert!(a
        .explain(need, seimbang_engine::lang::Lang::Id)
        .contains("dipaksa oleh pengguna: dikenal programnya"));
    // Refused, each naming its rule: a need that does not exist, someone already in
    // the host unit (U2's own K), a third helper below U1's floor.
    let (got, t) = run(Adjustments {
        help_forced: vec![
            force(2, "U2"),
            force(3, "U2"),
            force(4, "U2"),
            force(1, "U2"),
            force(2, "U9"),
        ],
        ..Adjustments::default()
    });
    check(
        "two forced, within the floor",
        got,
        &[("002", "U1", "U2"), ("003", "U1", "U2")],
    );
    let refusals: Vec<&Refusal> = t.refused.iter().map(|r| &r.refusal).collect();
    assert!(
        matches!(refusals[0], Refusal::SourceBelowNeed { .. }),
        "{refusals:?}"
    );
    assert!(
        matches!(refusals[1], Refusal::NotAcceptedByNeed { .. }),
        "{refusals:?}"
    );
    assert!(
        matches!(refusals[2], Refusal::UnknownTemporaryNeed { .. }),
        "{refusals:?}"
    );
    let names = seimbang_engine::report::names::Names::of(&ds);
    assert!(
        t.refused[0]
            .refusal
            .describe(seimbang_engine::lang::Lang::Id, &names)
            .contains("Jaga"),
        "{}",
        t.refused[0]
            .refusal
            .describe(seimbang_engine::lang::Lang::Id, &names)
    );
}
