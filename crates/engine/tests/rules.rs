//! Named cases, one per rule of docs/MODEL.md: eligibility, targets, slot bounds, the
//! tie-break and the caps. Each builds a tiny dataset and checks the verdict or plan.

mod fixture;

use fixture::{date, today, Builder};
use seimbang_engine::dataset::{Employee, Status};
use seimbang_engine::eligibility::{employee_eligibility, Eligibility, Reason};
use seimbang_engine::params::{Params, Scope};
use seimbang_engine::plan::{self, Criterion, MoveKind, Plan};

fn params() -> Params {
    Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    }
}

/// Eligibility of one employee shaped by `edit`: `None` = movable, else the reasons.
fn check_eligibility(
    name: &str,
    edit: impl FnOnce(&mut Employee),
    p: &Params,
    expected: Option<Vec<Reason>>,
) {
    let mut e = Builder::new().employee("U1", "J");
    edit(&mut e);
    let got = employee_eligibility(&e, true, p, today());
    match (got, expected) {
        (Eligibility::Movable(_), None) => {}
        (Eligibility::Immovable(r), Some(want)) => assert_eq!(r, want, "{name}"),
        (got, want) => panic!("{name}: got {got:?}, expected {want:?}"),
    }
}

#[test]
fn eligibility_rules() {
    let p = params();
    let pppk_ok = Params {
        izinkan_pppk: true,
        ..params()
    };
    check_eligibility(
        "24 full months moves",
        |e| e.tmt_jabatan = Some(date(2024, 1, 1)),
        &p,
        None,
    );
    check_eligibility(
        "one month short of 24 stays",
        |e| e.tmt_jabatan = Some(date(2024, 1, 2)),
        &p,
        Some(vec![Reason::TooShortInPosition {
            months: 23,
            min: 24,
        }]),
    );
    check_eligibility(
        "11 months to retirement stays",
        |e| e.tanggal_lahir = Some(date(1968, 11, 20)),
        &p,
        Some(vec![Reason::NearRetirement {
            retirement: date(2026, 12, 1),
            months: 11,
            min: 12,
        }]),
    );
    check_eligibility(
        "12 months to retirement moves",
        |e| e.tanggal_lahir = Some(date(1968, 12, 20)),
        &p,
        None,
    );
    check_eligibility(
        "bup column wins over bup_default",
        |e| {
            e.tanggal_lahir = Some(date(1966, 12, 20));
            e.bup = Some(60);
        },
        &p,
        None,
    );
    check_eligibility(
        "past retirement stays",
        |e| e.tanggal_lahir = Some(date(1967, 3, 1)),
        &p,
        Some(vec![Reason::Retired {
            retirement: date(2025, 4, 1),
        }]),
    );
    check_eligibility(
        "PPPK stays by default",
        |e| e.status = Status::Pppk,
        &p,
        Some(vec![Reason::Pppk]),
    );
    check_eligibility(
        "PPPK moves with izinkan_pppk",
        |e| e.status = Status::Pppk,
        &pppk_ok,
        None,
    );
    check_eligibility(
        "CPNS never moves",
        |e| e.status = Status::Cpns,
        &pppk_ok,
        Some(vec![Reason::Cpns]),
    );
    check_eligibility(
        "locked stays",
        |e| e.kunci = true,
        &p,
        Some(vec![Reason::Locked]),
    );
    check_eligibility(
        "sanctioned stays",
        |e| e.hukuman_disiplin = true,
        &p,
        Some(vec![Reason::DisciplinarySanction]),
    );
    check_eligibility(
        "study leave stays",
        |e| e.tugas_belajar = true,
        &p,
        Some(vec![Reason::StudyLeave]),
    );
    check_eligibility(
        "missing tmt stays with its own reason",
        |e| e.tmt_jabatan = None,
        &p,
        Some(vec![Reason::MissingTmtJabatan]),
    );
    check_eligibility(
        "birth date from the NIP when the column is empty",
        |e| e.tanggal_lahir = None,
        &p,
        None,
    );
    check_eligibility(
        "missing birth date stays",
        |e| {
            e.tanggal_lahir = None;
            e.nip = "000000002005011001".into();
        },
        &p,
        Some(vec![Reason::MissingBirthDate]),
    );
}

fn solve(b: Builder, p: &Params) -> Plan {
    plan::solve(&b.build(), p, today()).expect("plan")
}

/// (nip suffix, from unit/jabatan, to unit/jabatan) of every move.
fn moves(plan: &Plan) -> Vec<(String, String, String)> {
    plan.moves
        .iter()
        .map(|m| {
            (
                m.nip[15..].to_string(),
                format!("{}/{}", m.from.kode_unit, m.from.kode_jabatan),
                format!("{}/{}", m.to.kode_unit, m.to.kode_jabatan),
            )
        })
        .collect()
}

fn check(name: &str, plan: &Plan, expected: &[(&str, &str, &str)]) {
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(moves(plan), want, "{name}");
    assert!(plan.exact || plan.lower_bound <= plan.objective, "{name}");
}

#[test]
fn surplus_goes_to_deficit() {
    let b = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 2.0)
        .need("U2", "J", 2.0)
        .staff("U1", "J", 4);
    let plan = solve(b, &params());
    check(
        "two from U1 to U2",
        &plan,
        &[("001", "U1/J", "U2/J"), ("002", "U1/J", "U2/J")],
    );
    assert!(plan.exact);
    assert!((plan.objective - 0.2).abs() < 1e-9);
    assert!((plan.objective_before - 4.0).abs() < 1e-9);
}

#[test]
fn chain_through_compatibility() {
    // J1 may fill J2, J2 may fill J3, J1 may not fill J3: the plan must chain.
    let b = Builder::new()
        .unit("U1", "O1")
        .need("U1", "J1", 1.0)
        .need("U1", "J2", 1.0)
        .need("U1", "J3", 1.0)
        .compat("J1", "J2")
        .compat("J2", "J3")
        .staff("U1", "J1", 2)
        .staff("U1", "J2", 1);
    let plan = solve(b, &params());
    check(
        "J1 -> J2 -> J3",
        &plan,
        &[("001", "U1/J1", "U1/J2"), ("003", "U1/J2", "U1/J3")],
    );
    assert!(plan.moves.iter().all(|m| m.kind == MoveKind::Rotasi));
}

#[test]
fn jaga_asal_keeps_sources_at_their_need() {
    let b = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 2.0)
        .need_w("U2", "J", 3.0, 5.0)
        .staff("U1", "J", 2);
    let plan = solve(b.clone(), &params());
    check("nobody leaves a slot at its need", &plan, &[]);
    let off = Params {
        jaga_asal: false,
        ..params()
    };
    let plan = solve(b, &off);
    // (0-2)^2/2 + 5 (2-3)^2/3 + 0.2 = 3.87 beats one move (7.27) and none (15).
    assert_eq!(
        plan.bezetting,
        vec![0, 2],
        "without jaga_asal the priority slot gets both"
    );
}

#[test]
fn batasi_tujuan_fills_targets_only_to_their_need() {
    let b = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 1.0)
        .need("U2", "J", 1.0)
        .staff("U1", "J", 5);
    let plan = solve(b.clone(), &params());
    assert_eq!(plan.bezetting, vec![4, 1]);
    let off = Params {
        batasi_tujuan: false,
        ..params()
    };
    let plan = solve(b, &off);
    assert_eq!(plan.bezetting, vec![3, 2]);
}

#[test]
fn tie_break_volunteer_then_tmt_then_nip() {
    let base = |movers: f64| {
        Builder::new()
            .unit("U1", "O1")
            .unit("U2", "O1")
            .need("U1", "J", 4.0 - movers)
            .need("U2", "J", movers)
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2012, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2010, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2010, 1, 1)))
            .person("U1", "J", |e| {
                e.tmt_jabatan = Some(date(2020, 1, 1));
                e.sukarela = true;
            })
    };
    let criteria = |plan: &Plan| -> Vec<(String, Criterion)> {
        plan.moves
            .iter()
            .map(|m| (m.nip[15..].to_string(), m.criterion))
            .collect()
    };
    for p in [
        params(),
        Params {
            faktor_sukarela: 1.0,
            ..params()
        },
    ] {
        let plan = solve(base(1.0), &p);
        assert_eq!(criteria(&plan), vec![("004".into(), Criterion::Sukarela)]);
        let plan = solve(base(2.0), &p);
        assert_eq!(
            criteria(&plan),
            vec![
                ("002".into(), Criterion::Nip),
                ("004".into(), Criterion::Sukarela)
            ]
        );
        let plan = solve(base(3.0), &p);
        assert_eq!(
            criteria(&plan),
            vec![
                ("002".into(), Criterion::MasaJabatan),
                ("003".into(), Criterion::MasaJabatan),
                ("004".into(), Criterion::Sukarela)
            ]
        );
        let plan = solve(base(4.0), &p);
        assert!(plan
            .moves
            .iter()
            .all(|m| m.criterion == Criterion::SemuaPindah));
        assert_eq!(plan.moves.len(), 4);
    }
}

fn two_opds() -> Builder {
    Builder::new()
        .unit("A1", "OA")
        .unit("A2", "OA")
        .unit("B1", "OB")
        .need("A1", "J", 1.0)
        .need("A2", "J", 2.0)
        .need("B1", "J", 4.0)
        .staff("A1", "J", 6)
        .staff("B1", "J", 1)
}

#[test]
fn lingkup_opd_keeps_moves_inside() {
    let semua = solve(two_opds(), &params());
    assert!(semua.moves.iter().any(|m| m.to.kode_unit == "B1"));
    let opd = Params {
        lingkup: Scope::Opd,
        ..params()
    };
    let plan = solve(two_opds(), &opd);
    assert!(!plan.moves.is_empty());
    assert!(plan.moves.iter().all(|m| m.to.kode_unit == "A2"));
}

#[test]
fn maks_pindah_is_respected() {
    let free = solve(two_opds(), &params());
    assert_eq!(free.moves.len(), 5);
    for k in 0..5 {
        let p = Params {
            maks_pindah: Some(k),
            ..params()
        };
        let plan = solve(two_opds(), &p);
        assert_eq!(plan.moves.len() as u32, k, "K = {k}");
        assert!(plan.lower_bound <= plan.objective + 1e-9);
        assert!(plan.objective <= 1.01 * plan.lower_bound + 1e-9, "K = {k}");
    }
}

#[test]
fn maks_keluar_persen_is_respected() {
    // OA has 6 staff: 34% allows 2 to leave for OB, 10% none.
    for (pct, allowed) in [(34.0, 2), (10.0, 0), (100.0, 3)] {
        let p = Params {
            maks_keluar_persen: Some(pct),
            ..params()
        };
        let plan = solve(two_opds(), &p);
        let out = plan
            .moves
            .iter()
            .filter(|m| m.from.kode_unit.starts_with('A') && m.to.kode_unit == "B1")
            .count();
        assert_eq!(out, allowed, "{pct}%");
        assert!(plan.moves.iter().any(|m| m.to.kode_unit == "A2"));
    }
}

/// Two in a surplus slot: 001 volunteered (three years in position), 002 has been there
/// since 2015 (due for rotation at 60 months); one of them is needed in U2.
fn due_or_volunteer() -> Builder {
    Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .need("U1", "J", 1.0)
        .need("U2", "J", 1.0)
        .person("U1", "J", |e| {
            e.tmt_jabatan = Some(date(2023, 1, 1));
            e.sukarela = true;
        })
        .person("U1", "J", |e| e.tmt_jabatan = Some(date(2015, 1, 1)))
}

#[test]
fn a_person_due_for_rotation_is_preferred_when_the_factor_says_so() {
    let check_mover = |p: &Params, nip: &str, criterion: Criterion| {
        let plan = solve(due_or_volunteer(), p);
        assert_eq!(plan.moves.len(), 1);
        let m = &plan.moves[0];
        assert_eq!((&m.nip[15..], m.criterion), (nip, criterion), "{p:?}");
        m.clone()
    };
    // The factor at 1 (the default): v1's plan, the volunteer moves.
    let v1 = check_mover(&params(), "001", Criterion::Sukarela);
    assert!(!v1.due);
    // Below the volunteer's factor: the one due moves, and the reasons say so.
    let due = Params {
        faktor_jatuh_tempo: 0.25,
        ..params()
    };
    let m = check_mover(&due, "002", Criterion::JatuhTempo);
    assert!(m.due);
    assert!((m.cost - 0.025).abs() < 1e-12);
    assert!(m
        .explain(seimbang_engine::lang::Lang::Id)
        .contains("jatuh tempo rotasi"));
    assert!(m
        .explain(seimbang_engine::lang::Lang::En)
        .contains("due for rotation"));
    // Not due yet under a longer limit: the volunteer again.
    let longer = Params {
        maks_masa_jabatan_bulan: 240,
        ..due
    };
    check_mover(&longer, "001", Criterion::Sukarela);
}

#[test]
fn a_move_that_pays_only_at_the_due_cost_is_made_only_for_the_one_due() {
    // The move gains 2; it costs 3, or 1.5 for someone due with a factor of 0.5.
    let b = || {
        Builder::new()
            .unit("U1", "O1")
            .unit("U2", "O1")
            .need("U1", "J", 1.0)
            .need("U2", "J", 1.0)
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2023, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2015, 1, 1)))
    };
    let costly = Params {
        biaya_pindah: 3.0,
        ..params()
    };
    assert!(solve(b(), &costly).moves.is_empty());
    let due = Params {
        faktor_jatuh_tempo: 0.5,
        ..costly
    };
    check(
        "the one due moves",
        &solve(b(), &due),
        &[("002", "U1/J", "U2/J")],
    );
}

#[test]
fn a_conflict_of_interest_never_places_the_person_there() {
    // U2 and U3 both lack one; 001 (longest in position) may not go to U2, so 002 does.
    let b = || {
        Builder::new()
            .unit("U1", "O1")
            .unit("U2", "O1")
            .unit("U3", "O1")
            .need("U1", "J", 0.0)
            .need("U2", "J", 1.0)
            .need("U3", "J", 1.0)
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2012, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2014, 1, 1)))
    };
    check(
        "without the conflict",
        &solve(b(), &params()),
        &[("001", "U1/J", "U2/J"), ("002", "U1/J", "U3/J")],
    );
    let plan = solve(b().conflict(0, "U2"), &params());
    check(
        "001 is barred from U2",
        &plan,
        &[("001", "U1/J", "U3/J"), ("002", "U1/J", "U2/J")],
    );
    // Forcing it is refused, naming the rule.
    let ds = std::sync::Arc::new(b().conflict(0, "U2").build());
    let s =
        seimbang_engine::scenario::Scenario::new(ds.clone(), params(), Default::default(), today())
            .unwrap();
    let nip = ds.employees[0].nip.clone();
    let refusal = s
        .check_force(&nip, &seimbang_engine::plan::SlotKey::new("U2", "J"))
        .unwrap_err();
    let names = seimbang_engine::report::names::Names::of(&ds);
    assert!(refusal
        .describe(seimbang_engine::lang::Lang::Id, &names)
        .contains("konflik kepentingan"));
    assert!(refusal
        .describe(seimbang_engine::lang::Lang::En, &names)
        .contains("conflict of interest"));
    // The report counts what the conflict removed, without the person.
    assert_eq!(
        s.conflict_effects(),
        &[seimbang_engine::report::ConflictEffect {
            kode_unit: "U2".into(),
            removed: 1
        }]
    );
    let input = s.report_input(None, None, None, &[], None);
    let tables = seimbang_engine::report::report_tables(&input, seimbang_engine::lang::Lang::Id);
    let table = tables
        .iter()
        .find(|t| t.name == "konflik_kepentingan")
        .expect("the conflicts sheet");
    let text = format!("{:?}", table.rows);
    assert!(text.contains("U2") && !text.contains(&nip) && !text.contains("kerabat"));
    // And the person query leaves U2 out.
    let u2 = s
        .slots()
        .slots
        .iter()
        .position(|x| x.kode_unit == "U2")
        .unwrap();
    assert!(!s.targets(0).contains(&u2));
    assert!(s.targets(1).contains(&u2));
}

#[test]
fn a_position_requirement_refuses_a_target_and_says_which() {
    // JF in U2 needs one, open to J by compatibility, and asks for at least an S-1 and
    // grade III/a. 001 (longest in position, D-III) fails the education; 002 (S-1,
    // Penata Muda, III/a) meets both; 003 (S-1, no readable grade) fails the grade.
    use seimbang_engine::level::Education;
    let b = || {
        Builder::new()
            .unit("U1", "O1")
            .unit("U2", "O1")
            .need("U1", "J", 0.0)
            .need("U2", "JF", 1.0)
            .compat("J", "JF")
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2012, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2014, 1, 1)))
            .person("U1", "J", |e| e.tmt_jabatan = Some(date(2010, 1, 1)))
            .levels(0, Some("D-III"), Some("III/c"))
            .levels(1, Some("S-1/Sarjana"), Some("Penata Muda, III/a"))
            .levels(2, Some("Diploma IV"), Some("tidak diketahui"))
    };
    check(
        "without the requirement the longest in position goes",
        &solve(b(), &params()),
        &[("003", "U1/J", "U2/JF")],
    );
    let with = || b().requirement("JF", Some(Education::S1), Some("III/a"), None);
    check(
        "only 002 meets it",
        &solve(with(), &params()),
        &[("002", "U1/J", "U2/JF")],
    );
    // Forcing 001 is refused naming the requirement; 003 is refused for the grade.
    let ds = std::sync::Arc::new(with().build());
    let s =
        seimbang_engine::scenario::Scenario::new(ds.clone(), params(), Default::default(), today())
            .unwrap();
    let names = seimbang_engine::report::names::Names::of(&ds);
    let target = seimbang_engine::plan::SlotKey::new("U2", "JF");
    let refusal = |i: usize, lang| {
        s.check_force(&ds.employees[i].nip, &target)
            .unwrap_err()
            .describe(lang, &names)
    };
    use seimbang_engine::lang::Lang;
    assert!(refusal(0, Lang::Id).contains("pendidikan paling rendah S-1/D-IV"));
    assert!(refusal(0, Lang::En).contains("education at least S-1/D-IV"));
    assert!(refusal(2, Lang::Id).contains("golongan paling rendah III/a"));
    assert!(s.check_force(&ds.employees[1].nip, &target).is_ok());
    // The person query names the jabatan and the requirement.
    let u2 = s
        .slots()
        .slots
        .iter()
        .position(|x| x.kode_unit == "U2")
        .unwrap();
    assert!(!s.targets(0).contains(&u2) && s.targets(1).contains(&u2));
    let refused = s.requirement_refusals(0);
    assert_eq!(refused.len(), 1);
    assert_eq!((refused[0].0.as_str(), refused[0].2), ("JF", 1));
    assert!(s.requirement_refusals(1).is_empty());
}

#[test]
fn a_requirement_never_removes_anyone_already_in_the_jabatan() {
    // 001 in U1/JF lacks the S-1 JF now asks for: they stay counted, and may still be
    // moved nowhere within JF, while the surplus is met by someone who qualifies.
    use seimbang_engine::level::Education;
    let plan = solve(
        Builder::new()
            .unit("U1", "O1")
            .unit("U2", "O1")
            .need("U1", "JF", 1.0)
            .need("U2", "JF", 1.0)
            .person("U1", "JF", |e| e.tmt_jabatan = Some(date(2010, 1, 1)))
            .person("U1", "JF", |e| e.tmt_jabatan = Some(date(2014, 1, 1)))
            .levels(0, Some("SLTA"), None)
            .levels(1, Some("S-1"), None)
            .requirement("JF", Some(Education::S1), None, None),
        &params(),
    );
    check("002 goes, 001 stays", &plan, &[("002", "U1/JF", "U2/JF")]);
    assert_eq!(plan.moves[0].from.after, 1, "001 still counts in U1/JF");
}

/// What a move is, apart from whether its person happens to be due.
fn essence(plan: &Plan) -> Vec<(String, usize, usize, Criterion, u64)> {
    plan.moves
        .iter()
        .map(|m| {
            (
                m.nip.clone(),
                m.from.slot,
                m.to.slot,
                m.criterion,
                m.cost.to_bits(),
            )
        })
        .collect()
}

#[test]
fn the_v2_additions_at_their_defaults_leave_the_demo_plans_as_they_were() {
    use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
    for spec in [DemoSpec::city(DEMO_SEED), DemoSpec::province(DEMO_SEED)] {
        let ds = generate(&spec);
        assert!(ds.konflik.is_empty());
        let d = seimbang_engine::demo::DEMO_REFERENCE;
        let v2 = plan::solve(&ds, &Params::default(), d).unwrap();
        // Nobody due: the v1 model exactly.
        let v1 = Params {
            maks_masa_jabatan_bulan: i32::MAX,
            ..Params::default()
        };
        let v1 = plan::solve(&ds, &v1, d).unwrap();
        assert!(
            v2.moves.iter().any(|m| m.due),
            "some movers are due at 60 months"
        );
        assert_eq!(essence(&v2), essence(&v1));
        assert_eq!(v2.objective.to_bits(), v1.objective.to_bits());
        assert_eq!(v2.bezetting, v1.bezetting);
    }
}

/// A volunteer (001, in U1 where nobody is needed) who asked for U3; U2 and U3 each
/// lack one. `edit` shapes the case further.
fn asking(edit: impl FnOnce(Builder) -> Builder) -> seimbang_engine::Dataset {
    let b = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .unit("U3", "O1")
        .unit("U4", "O1")
        .need("U1", "J", 0.0)
        .need("U2", "J", 1.0)
        .need("U3", "J", 1.0)
        .need("U4", "K", 1.0)
        .person("U1", "J", |e| {
            e.tmt_jabatan = Some(date(2012, 1, 1));
            e.sukarela = true;
            e.tujuan_usulan = Some("U3".into());
        });
    edit(b).build()
}

/// The plan of `ds` and its one request's verdict.
fn request_verdict(
    ds: seimbang_engine::Dataset,
    p: &Params,
) -> (Plan, seimbang_engine::scenario::Verdict) {
    let s = seimbang_engine::scenario::Scenario::new(
        std::sync::Arc::new(ds),
        p.clone(),
        Default::default(),
        today(),
    )
    .unwrap();
    let plan = s.run(0, &mut |_| {}).unwrap().plan;
    let mut requests = s.requests(&plan);
    assert_eq!(requests.len(), 1);
    (plan, requests.remove(0).verdict)
}

#[test]
fn a_priced_request_sends_the_volunteer_to_the_unit_they_asked_for() {
    use seimbang_engine::scenario::Verdict;
    // The factor at 1 (the default): the request is shown, not priced; U2 comes first.
    let (plan, verdict) = request_verdict(asking(|b| b), &params());
    check("unpriced", &plan, &[("001", "U1/J", "U2/J")]);
    assert_eq!(verdict, Verdict::NotWorth);
    // Priced: the move to U3 costs half, so the plan grants the request and says so.
    let priced = Params {
        faktor_tujuan_usulan: 0.5,
        ..params()
    };
    let (plan, verdict) = request_verdict(asking(|b| b), &priced);
    check("priced", &plan, &[("001", "U1/J", "U3/J")]);
    assert!(verdict.granted());
    let m = &plan.moves[0];
    assert!((m.cost - 0.1 * 0.5 * 0.5).abs() < 1e-12, "{}", m.cost);
    assert!(m.requested);
    assert!(m
        .explain(seimbang_engine::lang::Lang::Id)
        .contains("unit yang dimintanya sendiri"));
    assert!(m
        .explain(seimbang_engine::lang::Lang::En)
        .contains("unit they asked for"));
}

#[test]
fn a_refused_request_says_why() {
    use seimbang_engine::rule::requirement::Unmet;
    use seimbang_engine::scenario::Verdict;
    let priced = Params {
        faktor_tujuan_usulan: 0.5,
        ..params()
    };
    let check_verdict = |name: &str, ds: seimbang_engine::Dataset, p: &Params, want: Verdict| {
        let (plan, got) = request_verdict(ds, p);
        assert_eq!(got, want, "{name}");
        assert!(plan.moves.iter().all(|m| m.to.kode_unit != "U3"), "{name}");
    };
    check_verdict(
        "a conflict of interest",
        asking(|b| b.conflict(0, "U3")),
        &priced,
        Verdict::Conflict,
    );
    check_verdict(
        "a requirement",
        asking(|b| {
            b.levels(0, Some("SLTA"), Some("II/a")).requirement(
                "J",
                Some(seimbang_engine::level::Education::S1),
                None,
                None,
            )
        }),
        &priced,
        Verdict::Requirement {
            jabatan: "J".into(),
            unmet: Unmet::Education {
                min: seimbang_engine::level::Education::S1,
            },
        },
    );
    check_verdict(
        "full",
        asking(|b| b.person("U3", "J", |e| e.tmt_jabatan = Some(date(2025, 1, 1)))),
        &priced,
        Verdict::Full,
    );
    let mut unknown = asking(|b| b);
    unknown.employees[0].tujuan_usulan = Some("U9".into());
    check_verdict("unknown unit", unknown, &priced, Verdict::UnknownUnit);
    let mut other = asking(|b| b);
    other.employees[0].tujuan_usulan = Some("U4".into());
    check_verdict("no fitting slot", other, &priced, Verdict::NoCompatibleSlot);
    let mut locked = asking(|b| b);
    locked.employees[0].kunci = true;
    check_verdict(
        "not movable",
        locked,
        &priced,
        Verdict::NotMovable {
            reasons: vec![Reason::Locked],
        },
    );
    // The words name the reason in both languages.
    let ds = asking(|b| b.conflict(0, "U3"));
    let names = seimbang_engine::report::names::Names::of(&ds);
    let (_, v) = request_verdict(ds.clone(), &priced);
    assert!(v
        .describe(seimbang_engine::lang::Lang::Id, &names)
        .starts_with("tidak dikabulkan: konflik kepentingan"));
    assert!(v
        .describe(seimbang_engine::lang::Lang::En, &names)
        .starts_with("not granted: a conflict of interest"));
}
