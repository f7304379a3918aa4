//! The optimiser against an independent brute force on thousands of small random
//! instances: every assignment of movable employees to {stay} + T(e) that keeps the slot
//! bounds and caps is enumerated, straight from docs/MODEL.md, without the engine's model.

mod fixture;

use fixture::{date, today, Builder, Rng};
use proptest::prelude::*;
use seimbang_engine::dataset::{Dataset, Status};
use seimbang_engine::level::Education;
use seimbang_engine::params::{Params, Scope};
use seimbang_engine::plan::{self, Plan};
use std::collections::BTreeMap;

/// Education as exports write it, with its rank in docs/MODEL.md's order (SD 0 ... S3 8;
/// D-IV and S-1 share 6); `None` and unreadable text rank nowhere.
const EDUCATION: [(Option<&str>, Option<u8>); 6] = [
    (Some("SLTA"), Some(2)),
    (Some("D-III"), Some(5)),
    (Some("S-1/Sarjana"), Some(6)),
    (Some("Diploma IV"), Some(6)),
    (None, None),
    (Some("tidak tahu"), None),
];

/// A grade as an export writes it, with (golongan, ruang) when it is one.
type WrittenGrade = (Option<&'static str>, Option<(u8, u8)>);

/// Grades as exports write them.
const GRADES: [WrittenGrade; 5] = [
    (Some("II/c"), Some((2, 2))),
    (Some("III/a"), Some((3, 0))),
    (Some("Penata Muda Tk. I, III/b"), Some((3, 1))),
    (Some("IV/a"), Some((4, 0))),
    (None, None),
];

/// Whether `e` meets every filled requirement of `jabatan`, straight from the rule.
fn meets(ds: &Dataset, e: &seimbang_engine::dataset::Employee, jabatan: &str) -> bool {
    let edu = EDUCATION
        .iter()
        .find(|x| x.0 == e.pendidikan.as_deref())
        .and_then(|x| x.1);
    let grade = GRADES
        .iter()
        .find(|x| x.0 == e.golongan.as_deref())
        .and_then(|x| x.1);
    let rank = |l: Education| match l {
        Education::D3 => 5,
        Education::S1 => 6,
        other => panic!("not drawn: {other:?}"),
    };
    let g = |x: seimbang_engine::level::Grade| (x.golongan, x.ruang);
    ds.syarat
        .iter()
        .filter(|r| r.kode_jabatan == jabatan)
        .all(|r| {
            r.pendidikan_min
                .is_none_or(|m| edu.is_some_and(|v| v >= rank(m)))
                && r.golongan_min
                    .is_none_or(|m| grade.is_some_and(|v| v >= g(m)))
                && r.golongan_maks
                    .is_none_or(|m| grade.is_some_and(|v| v <= g(m)))
        })
}

fn instance(seed: u64, caps: bool) -> (Dataset, Params) {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let units = 1 + r.below(3) as usize;
    let njab_min = 1;
    let jabs = ["J0", "J1", "J2"];
    let njab = njab_min + r.below(2) as usize;
    let mut b = Builder::new();
    for u in 0..units {
        b = b.unit(&format!("U{u}"), &format!("O{}", u % 2));
    }
    let mut slots = Vec::new();
    let nslots = 2 + r.below(4) as usize;
    for _ in 0..nslots * 2 {
        let key = (
            r.below(units as u64) as usize,
            r.below(njab as u64) as usize,
        );
        if !slots.contains(&key) && slots.len() < nslots {
            slots.push(key);
        }
    }
    for &(u, j) in &slots {
        let need = r.pick(&[0.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.3, 3.0, 4.0, 5.0]);
        let w = r.pick(&[1.0, 1.0, 2.0, 0.5, 1.0, 0.0]);
        b = b.need_w(&format!("U{u}"), jabs[j], need, w);
    }
    for _ in 0..r.below(3) {
        let (a, c) = (r.below(njab as u64) as usize, r.below(njab as u64) as usize);
        if a != c {
            b = b.compat(jabs[a], jabs[c]);
        }
    }
    let people = 2 + r.below(9) as usize;
    let mut movable = 0;
    for _ in 0..people {
        let (u, j) = if r.chance(90) {
            slots[r.below(slots.len() as u64) as usize]
        } else {
            (
                r.below(units as u64) as usize,
                r.below(njab as u64) as usize,
            )
        };
        let stuck = movable >= 8 || r.chance(15);
        let volunteer = r.chance(30);
        let tmt = date(
            2010 + r.below(6) as i32,
            1 + r.below(12) as u32,
            1 + r.below(28) as u32,
        );
        let how = r.below(4);
        b = b.person(&format!("U{u}"), jabs[j], |e| {
            e.sukarela = volunteer;
            e.tmt_jabatan = Some(tmt);
            if stuck {
                match how {
                    0 => e.kunci = true,
                    1 => e.status = Status::Cpns,
                    2 => e.tmt_jabatan = Some(date(2025, 6, 1)),
                    _ => e.tugas_belajar = true,
                }
            }
        });
        if !stuck {
            movable += 1;
        }
    }
    // v2: a few conflicts of interest (a person barred from a unit).
    for _ in 0..r.below(4) {
        let person = r.below(people as u64) as usize;
        b = b.conflict(person, &format!("U{}", r.below(units as u64)));
    }
    // v2: position requirements on some jabatan, and people's education and grade as
    // exports write them (some blank or unreadable).
    if r.chance(40) {
        for p in 0..people {
            b = b.levels(p, r.pick(&EDUCATION).0, r.pick(&GRADES).0);
        }
        for _ in 0..1 + r.below(2) {
            let j = jabs[r.below(njab as u64) as usize];
            let edu = r.pick(&[None, Some(Education::D3), Some(Education::S1)]);
            let min = r.pick(&[None, Some("III/a")]);
            let max = r.pick(&[None, None, Some("III/b")]);
            b = b.requirement(j, edu, min, max);
        }
    }
    let params = Params {
        tanggal_acuan: Some(today()),
        lingkup: if r.chance(30) {
            Scope::Opd
        } else {
            Scope::Semua
        },
        jaga_asal: r.chance(70),
        batasi_tujuan: r.chance(70),
        biaya_pindah: r.pick(&[0.1, 0.1, 0.0, 0.5, 1.0, 0.03]),
        faktor_sukarela: r.pick(&[0.5, 0.5, 1.0, 2.0]),
        // v2: rotation due (the data's TMT jabatan spans 2010-2015).
        maks_masa_jabatan_bulan: r.pick(&[60, 132, 160, 999]),
        faktor_jatuh_tempo: r.pick(&[1.0, 1.0, 0.5, 0.25, 0.0]),
        maks_pindah: if caps && r.chance(60) {
            Some(r.below(4) as u32)
        } else {
            None
        },
        maks_keluar_persen: if caps && r.chance(60) {
            Some(r.pick(&[0.0, 20.0, 34.0, 50.0]))
        } else {
            None
        },
        ..Params::default()
    };
    (b.build(), params)
}

/// [`instance`] with own requests drawn on top (from a second stream, so the instances
/// of the pinned seeds stay as they were found): some volunteers ask for a unit, and
/// moving them there is priced with a random `faktor_tujuan_usulan`.
fn instance_with_requests(seed: u64, caps: bool) -> (Dataset, Params) {
    let (mut ds, mut p) = instance(seed, caps);
    let mut r = Rng(seed.rotate_left(29) ^ 0x5851_F42D_4C95_7F2D | 1);
    let units = ds.units.len() as u64;
    for e in ds.employees.iter_mut().filter(|e| e.sukarela) {
        if r.chance(60) {
            e.tujuan_usulan = Some(format!("U{}", r.below(units)));
        }
    }
    p.faktor_tujuan_usulan = r.pick(&[1.0, 0.5, 0.5, 0.2, 0.0]);
    (ds, p)
}

/// Everything the brute force knows, computed from the dataset directly.
struct Brute {
    need: Vec<f64>,
    prio: Vec<f64>,
    x0: Vec<i64>,
    opd: Vec<String>,
    /// (slot, options: (target, cost)) per movable employee.
    people: Vec<(usize, Vec<(usize, f64)>)>,
    lo: Vec<i64>,
    hi: Vec<i64>,
    cap_moves: Option<u32>,
    cap_exit: Option<BTreeMap<String, i64>>,
}

/// A move's cost as docs/MODEL.md states it: biaya_pindah times the smallest factor that
/// applies (a volunteer's; a due person's when below 1), else 1, times
/// `faktor_tujuan_usulan` when a volunteer goes to the unit they asked for.
fn cost_of(e: &seimbang_engine::dataset::Employee, p: &Params, unit: &str) -> f64 {
    let due = e
        .tmt_jabatan
        .is_some_and(|t| t.full_months_to(today()) >= p.maks_masa_jabatan_bulan);
    let volunteer = e.sukarela.then_some(p.faktor_sukarela);
    let rotation = (due && p.faktor_jatuh_tempo < 1.0).then_some(p.faktor_jatuh_tempo);
    let factor = match (volunteer, rotation) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => 1.0,
    };
    let asked = e.sukarela && e.tujuan_usulan.as_deref() == Some(unit);
    p.biaya_pindah * factor * if asked { p.faktor_tujuan_usulan } else { 1.0 }
}

fn brute(ds: &Dataset, p: &Params) -> Brute {
    let mut keys: Vec<(String, String)> = ds
        .needs
        .iter()
        .map(|n| (n.kode_unit.clone(), n.kode_jabatan.clone()))
        .collect();
    keys.sort();
    let slot_of = |u: &str, j: &str| keys.iter().position(|k| k.0 == u && k.1 == j);
    let row = |s: usize| {
        ds.needs
            .iter()
            .find(|n| n.kode_unit == keys[s].0 && n.kode_jabatan == keys[s].1)
            .expect("need row")
    };
    let opd_of = |u: &str| {
        ds.units
            .iter()
            .find(|x| x.kode_unit == u)
            .and_then(|x| x.opd_kode.clone())
            .unwrap_or_default()
    };
    let n = keys.len();
    let need: Vec<f64> = (0..n).map(|s| row(s).kebutuhan).collect();
    let prio: Vec<f64> = (0..n).map(|s| row(s).prioritas).collect();
    let opd: Vec<String> = keys.iter().map(|k| opd_of(&k.0)).collect();
    let mut x0 = vec![0i64; n];
    let mut people = Vec::new();
    for e in &ds.employees {
        let Some(s) = slot_of(&e.kode_unit, &e.kode_jabatan) else {
            continue;
        };
        x0[s] += 1;
        let tmt_ok = e
            .tmt_jabatan
            .is_some_and(|t| t.full_months_to(today()) >= p.min_masa_jabatan_bulan);
        let ok = e.status == Status::Pns
            && !e.kunci
            && !e.hukuman_disiplin
            && !e.tugas_belajar
            && tmt_ok;
        if !ok {
            continue;
        }
        let options: Vec<(usize, f64)> = (0..n)
            .filter(|&t| t != s)
            .filter(|&t| {
                keys[t].1 == e.kode_jabatan
                    || ds
                        .compatibility
                        .iter()
                        .any(|c| c.jabatan_asal == e.kode_jabatan && c.jabatan_tujuan == keys[t].1)
            })
            .filter(|&t| p.lingkup == Scope::Semua || opd[t] == opd[s])
            .filter(|&t| {
                !ds.konflik
                    .iter()
                    .any(|c| c.nip == e.nip && c.kode_unit == keys[t].0)
            })
            .filter(|&t| meets(ds, e, &keys[t].1))
            .map(|t| (t, cost_of(e, p, &keys[t].0)))
            .collect();
        people.push((s, options));
    }
    let lo = (0..n)
        .map(|s| {
            if p.jaga_asal {
                x0[s].min(need[s].ceil() as i64)
            } else {
                i64::MIN
            }
        })
        .collect();
    let hi = (0..n)
        .map(|s| {
            if p.batasi_tujuan {
                x0[s].max(need[s].ceil() as i64)
            } else {
                i64::MAX
            }
        })
        .collect();
    let cap_exit = p.maks_keluar_persen.map(|pc| {
        let mut staff: BTreeMap<String, i64> = BTreeMap::new();
        for s in 0..n {
            *staff.entry(opd[s].clone()).or_insert(0) += x0[s];
        }
        staff
            .into_iter()
            .map(|(o, k)| (o, ((pc * k as f64) / 100.0 + 1e-9).floor() as i64))
            .collect()
    });
    Brute {
        need,
        prio,
        x0,
        opd,
        people,
        lo,
        hi,
        cap_moves: p.maks_pindah,
        cap_exit,
    }
}

impl Brute {
    fn imbalance(&self, x: &[i64]) -> f64 {
        (0..x.len())
            .map(|s| {
                let d = x[s] as f64 - self.need[s];
                self.prio[s] * d * d / self.need[s].max(1.0)
            })
            .sum()
    }

    fn optimum(&self) -> f64 {
        let mut x = self.x0.clone();
        let mut exits: BTreeMap<String, i64> = BTreeMap::new();
        let mut best = f64::INFINITY;
        self.search(0, &mut x, 0, 0.0, &mut exits, &mut best);
        best
    }

    fn search(
        &self,
        i: usize,
        x: &mut Vec<i64>,
        moves: u32,
        cost: f64,
        exits: &mut BTreeMap<String, i64>,
        best: &mut f64,
    ) {
        if i == self.people.len() {
            if (0..x.len()).all(|s| x[s] >= self.lo[s] && x[s] <= self.hi[s]) {
                let f = self.imbalance(x) + cost;
                if f < *best {
                    *best = f;
                }
            }
            return;
        }
        self.search(i + 1, x, moves, cost, exits, best);
        let (s, ref options) = self.people[i];
        if self.cap_moves.is_some_and(|k| moves >= k) {
            return;
        }
        for &(t, c) in options {
            let cross = self.opd[t] != self.opd[s];
            if cross {
                if let Some(caps) = &self.cap_exit {
                    let used = exits.get(&self.opd[s]).copied().unwrap_or(0);
                    if used >= caps.get(&self.opd[s]).copied().unwrap_or(0) {
                        continue;
                    }
                }
                *exits.entry(self.opd[s].clone()).or_insert(0) += 1;
            }
            x[s] -= 1;
            x[t] += 1;
            self.search(i + 1, x, moves + 1, cost + c, exits, best);
            x[s] += 1;
            x[t] -= 1;
            if cross {
                *exits.entry(self.opd[s].clone()).or_insert(0) -= 1;
            }
        }
    }
}

/// Every constraint of docs/MODEL.md on the plan, checked from the dataset.
fn check_feasible(ds: &Dataset, p: &Params, plan: &Plan, b: &Brute) {
    let mut keys: Vec<(String, String)> = ds
        .needs
        .iter()
        .map(|n| (n.kode_unit.clone(), n.kode_jabatan.clone()))
        .collect();
    keys.sort();
    let mut x = b.x0.clone();
    let mut seen = std::collections::BTreeSet::new();
    let mut exits: BTreeMap<String, i64> = BTreeMap::new();
    let mut cost = 0.0;
    for m in &plan.moves {
        assert!(seen.insert(m.employee), "employee moved twice");
        let e = &ds.employees[m.employee];
        let s = keys
            .iter()
            .position(|k| k.0 == e.kode_unit && k.1 == e.kode_jabatan)
            .expect("mover is in the model");
        assert_eq!(m.from.slot, s);
        let person = b
            .people
            .iter()
            .filter(|q| q.0 == s)
            .find(|q| q.1.iter().any(|o| o.0 == m.to.slot));
        assert!(person.is_some(), "target not in T(e)");
        assert!(
            !ds.konflik
                .iter()
                .any(|c| c.nip == e.nip && c.kode_unit == m.to.kode_unit),
            "a conflict of interest placed"
        );
        assert!(meets(ds, e, &m.to.kode_jabatan), "a requirement not met");
        let c = cost_of(e, p, &m.to.kode_unit);
        assert!(
            (m.cost - c).abs() < 1e-12,
            "move cost {} vs c(e, t) {c}",
            m.cost
        );
        cost += c;
        x[s] -= 1;
        x[m.to.slot] += 1;
        if b.opd[s] != b.opd[m.to.slot] {
            *exits.entry(b.opd[s].clone()).or_insert(0) += 1;
        }
    }
    let eligible_here = |i: usize| {
        let e = &ds.employees[i];
        e.status == Status::Pns
            && !e.kunci
            && !e.tugas_belajar
            && e.tmt_jabatan < Some(date(2024, 1, 2))
    };
    for m in &plan.moves {
        assert!(eligible_here(m.employee), "an immovable employee moves");
    }
    for (s, &v) in x.iter().enumerate() {
        assert!(v >= b.lo[s] && v <= b.hi[s], "slot bound broken");
        assert_eq!(plan.bezetting[s], v);
    }
    if let Some(k) = b.cap_moves {
        assert!(plan.moves.len() as u32 <= k, "maks_pindah broken");
    }
    if let Some(caps) = &b.cap_exit {
        for (o, used) in &exits {
            assert!(
                *used <= caps.get(o).copied().unwrap_or(0),
                "maks_keluar_persen broken"
            );
        }
    }
    let f = b.imbalance(&x) + cost;
    assert!(
        (f - plan.objective).abs() <= 1e-9 * f.max(1.0),
        "objective misreported"
    );
    assert!((b.imbalance(&x) - plan.imbalance).abs() <= 1e-9 * f.max(1.0));
}

fn run(seed: u64, caps: bool) {
    run_on(seed, instance(seed, caps));
}

fn run_on(seed: u64, (ds, p): (Dataset, Params)) {
    let plan = plan::solve(&ds, &p, today()).expect("solvable");
    let again = plan::solve(&ds, &p, today()).expect("solvable");
    assert_eq!(plan, again, "not deterministic");
    let b = brute(&ds, &p);
    check_feasible(&ds, &p, &plan, &b);
    let best = b.optimum();
    let tol = 1e-6 * best.max(1.0);
    assert!(
        plan.lower_bound <= best + tol,
        "lower bound {} above optimum {best}",
        plan.lower_bound
    );
    if p.maks_pindah.is_none() && p.maks_keluar_persen.is_none() {
        assert!(plan.exact);
        assert!(
            (plan.objective - best).abs() <= tol,
            "F {} vs F* {best}",
            plan.objective
        );
    } else {
        assert!(
            plan.objective <= 1.01 * best + tol,
            "F {} vs F* {best} (seed {seed})",
            plan.objective
        );
        if plan.exact {
            assert!((plan.objective - best).abs() <= tol);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn exact_without_caps(seed in any::<u64>()) {
        run_on(seed, instance_with_requests(seed, false));
    }

    #[test]
    fn within_one_percent_with_caps(seed in any::<u64>()) {
        run_on(seed, instance_with_requests(seed, true));
    }
}

/// Found by the property test: the Lagrangian's plan spent the one allowed move on a
/// second-best move; the exchange step of the local search must fix it.
#[test]
fn regression_exchange_after_lagrangian() {
    run(16_098_544_502_981_744_616, true);
}

/// Every Pareto point is on the true frontier: its F is the least any plan of at most
/// that many moves reaches, so picking it is the plan that cap asks for; the last point
/// is the optimum without a cap; moves rise and F falls along the curve, with slopes
/// flattening (a convex curve).
fn run_pareto(seed: u64) {
    let (ds, p) = instance_with_requests(seed, false);
    let points = plan::pareto_curve(&ds, &p, today(), 25).expect("curve");
    assert!(!points.is_empty());
    let tol = |v: f64| 1e-6 * v.abs().max(1.0);
    for w in points.windows(2) {
        assert!(w[0].moves < w[1].moves);
        assert!(w[0].objective >= w[1].objective - tol(w[0].objective));
    }
    for w in points.windows(3) {
        let s1 = (w[0].objective - w[1].objective) / (w[1].moves - w[0].moves) as f64;
        let s2 = (w[1].objective - w[2].objective) / (w[2].moves - w[1].moves) as f64;
        assert!(s1 >= s2 - tol(w[0].objective), "not convex");
    }
    let optimum = brute(&ds, &p);
    let last = points.last().expect("a point");
    assert!((last.objective - optimum.optimum()).abs() <= tol(optimum.optimum()));
    for pt in &points {
        assert_eq!(pt.plan.moves.len(), pt.moves);
        assert!(pt.plan.exact, "a point is proven best for its move count");
        let capped = Params {
            maks_pindah: Some(pt.moves as u32),
            ..p.clone()
        };
        check_feasible(&ds, &p, &pt.plan, &optimum);
        let best = brute(&ds, &capped).optimum();
        assert!(
            (pt.objective - best).abs() <= tol(best),
            "point ({}, {}) vs frontier {best}",
            pt.moves,
            pt.objective
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn pareto_points_are_on_the_frontier(seed in any::<u64>()) {
        run_pareto(seed);
    }
}

/// Capped instances the property test found once conflicts of interest (personal hubs)
/// and per-person costs were drawn, each with what the search lacked:
/// a named person's move could be dropped but never added; a personal hub's exits went
/// unpriced; targets tied for the best add hid a redirect that frees a move; a chain
/// through a slot held at its bound could not be undone one move at a time.
#[test]
fn regression_capped_with_conflicts() {
    for seed in [
        9_081_351_251_532_503_103,
        2_405_001_505_216_598_118,
        13_207_253_513_979_495_026,
        4_970_417_628_890_653_480,
        14_614_473_919_417_556_389,
        3_599_160_852_923_646_852,
        843_830_989_416_096_162,
    ] {
        run(seed, true);
    }
}

/// Still open: the optimum swaps a volunteer's move for a chain of two free moves
/// through a full slot plus a redirect (F 4.133 against 3.883); no neighbourhood of the
/// local search reaches it. About one capped instance in two million is like this.
#[test]
#[ignore = "known gap of the capped local search, see the comment"]
fn capped_gap_needing_a_chain_and_a_redirect() {
    run(17_376_830_134_945_239_893, true);
}
