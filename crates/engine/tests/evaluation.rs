//! Evaluasi: a later snapshot held against an adopted plan. A named case builds the
//! later data from the plan by hand (carried out, elsewhere, not yet, retired, a
//! newcomer, a move outside the plan) and checks every class and figure; a property
//! applies whole plans of random demo offices and finds them carried out to the letter.

mod fixture;

use fixture::{today, Builder};
use proptest::prelude::*;
use seimbang_engine::demo::{generate, DemoSpec};
use seimbang_engine::evaluation::{evaluate, Evaluation, Outcome, PlannedMove};
use seimbang_engine::evaluation_csv::{evaluation_csv, read_plan_csv};
use seimbang_engine::params::Params;
use seimbang_engine::pj::PjTable;
use seimbang_engine::plan::{Plan, SlotKey};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::Dataset;
use std::sync::Arc;

fn plan_of(ds: &Dataset) -> (Scenario, Plan) {
    let p = Params {
        tanggal_acuan: Some(today()),
        ..Params::default()
    };
    let s = Scenario::new(Arc::new(ds.clone()), p, Default::default(), today()).unwrap();
    let plan = s.run(0, &mut |_| {}).unwrap().plan;
    (s, plan)
}

fn judge(s: &Scenario, plan: &Plan, later: &Dataset) -> Evaluation {
    evaluate(
        &s.dataset,
        s.slots(),
        &PlannedMove::of(plan),
        later,
        &PjTable::default(),
    )
}

/// `ds` with everyone the plan moves in their planned slot.
fn carried_out(ds: &Dataset, plan: &Plan) -> Dataset {
    let mut later = ds.clone();
    for m in &plan.moves {
        let e = &mut later.employees[m.employee];
        e.kode_unit = m.to.kode_unit.clone();
        e.kode_jabatan = m.to.kode_jabatan.clone();
    }
    later
}

#[test]
fn every_class_and_figure_of_a_later_snapshot() {
    // U1 has five people for a need of zero; U2, U3 and U4 each need one more.
    let ds = Builder::new()
        .unit("U1", "O1")
        .unit("U2", "O1")
        .unit("U3", "O2")
        .unit("U4", "O2")
        .need("U1", "J", 1.0)
        .need("U2", "J", 2.0)
        .need("U3", "J", 2.0)
        .need("U4", "J", 2.0)
        .staff("U1", "J", 5)
        .staff("U2", "J", 1)
        .staff("U3", "J", 1)
        .staff("U4", "J", 1)
        .build();
    let (s, plan) = plan_of(&ds);
    assert_eq!(plan.moves.len(), 3, "one to each of U2, U3, U4");
    let to = |i: usize| plan.moves[i].to.kode_unit.clone();
    let mut later = ds.clone();
    let movers: Vec<usize> = plan.moves.iter().map(|m| m.employee).collect();
    // The first carried out, the second sent to U1's neighbour instead, the third not yet.
    later.employees[movers[0]].kode_unit = to(0);
    let elsewhere = if to(1) == "U4" { "U3" } else { "U4" };
    later.employees[movers[1]].kode_unit = elsewhere.into();
    // Someone outside the plan moves from U2 to U3; one of U1's stayers retires.
    let (outsider, _) = ds
        .employees
        .iter()
        .enumerate()
        .find(|(_, e)| e.kode_unit == "U2")
        .unwrap();
    later.employees[outsider].kode_unit = "U3".into();
    let (retired, _) = ds
        .employees
        .iter()
        .enumerate()
        .find(|(i, e)| e.kode_unit == "U1" && !movers.contains(i))
        .unwrap();
    let retired_nip = ds.employees[retired].nip.clone();
    later.employees.remove(retired);
    // A newcomer joins U4.
    let mut newcomer = later.employees[0].clone();
    newcomer.nip = "199901012024011001".into();
    newcomer.kode_unit = "U4".into();
    later.employees.push(newcomer);

    let ev = judge(&s, &plan, &later);
    let class = |nip: &str| ev.people.iter().find(|p| p.nip == nip).map(|p| p.outcome);
    let nip = |i: usize| ds.employees[i].nip.clone();
    assert_eq!(class(&nip(movers[0])), Some(Outcome::Terlaksana));
    assert_eq!(class(&nip(movers[1])), Some(Outcome::Lain));
    assert_eq!(class(&nip(movers[2])), Some(Outcome::Belum));
    assert_eq!(class(&nip(outsider)), Some(Outcome::DiLuarRencana));
    assert_eq!(class(&retired_nip), Some(Outcome::Keluar));
    assert_eq!(ev.people.len(), 5, "nobody else is listed");
    assert_eq!(ev.newcomers, 1);
    let counts: Vec<usize> = ev.counts().iter().map(|c| c.1).collect();
    assert_eq!(counts, vec![1, 1, 1, 1, 1]);
    let lain = ev
        .people
        .iter()
        .find(|p| p.outcome == Outcome::Lain)
        .unwrap();
    assert_eq!(lain.rencana, Some(SlotKey::new(&to(1), "J")));
    assert_eq!(lain.kini, Some(SlotKey::new(elsewhere, "J")));
    assert_eq!(lain.asal, SlotKey::new("U1", "J"));

    // Three points on the adopted slot table: before 5/1/1/1, planned 2/2/2/2 for
    // needs 1/2/2/2, now counted from the later data.
    assert_eq!(ev.before.total.bezetting, 8);
    assert_eq!(ev.planned.total.bezetting, 8);
    assert!((ev.before.objective - plan.objective_before).abs() < 1e-9);
    assert!((ev.planned.objective - plan.objective).abs() < 1e-9);
    let mut now = [0u32; 4];
    for e in &later.employees {
        now[(e.kode_unit.as_bytes()[1] - b'1') as usize] += 1;
    }
    let needs = [1.0, 2.0, 2.0, 2.0];
    let imbalance: f64 = now
        .iter()
        .zip(needs)
        .map(|(&x, n)| (f64::from(x) - n).powi(2) / n)
        .sum();
    let f_now = imbalance + plan.moves[0].cost;
    assert!(
        (ev.now.objective - f_now).abs() < 1e-9,
        "{} vs {f_now}",
        ev.now.objective
    );
    let realised = ev.realised().unwrap();
    let want = (plan.objective_before - f_now) / (plan.objective_before - plan.objective);
    assert!((realised - want).abs() < 1e-9);
    assert_eq!(ev.now.opds.len(), 2, "per OPD");
    assert_eq!(
        ev.now.opds.iter().map(|o| o.1.bezetting).sum::<u32>(),
        ev.now.total.bezetting
    );

    // evaluation.csv: one row per person by NIP, the status words of docs/CLI.md.
    let csv = evaluation_csv(&ev);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], seimbang_engine::evaluation_csv::HEADER);
    assert_eq!(lines.len(), 6);
    let mut sorted = lines[1..].to_vec();
    sorted.sort();
    assert_eq!(sorted, lines[1..].to_vec());
    assert!(csv.contains(&format!("{retired_nip},keluar,U1,J,,,,")));
}

#[test]
fn plan_csv_reads_back_as_the_plan() {
    let check = |text: &str, expected: Result<usize, &str>| {
        let got = read_plan_csv(text.as_bytes());
        match expected {
            Ok(n) => assert_eq!(got.map(|m| m.len()), Ok(n), "{text}"),
            Err(want) => assert!(
                got.as_ref().is_err_and(|e| e.to_string().contains(want)),
                "{text}: {got:?}"
            ),
        }
    };
    let header =
        "nip,kode_unit_asal,kode_jabatan_asal,kode_unit_tujuan,kode_jabatan_tujuan,biaya,alasan";
    check(&format!("{header}\n"), Ok(0));
    check(&format!("{header}\n1,U1,J,U2,J,0.1,\"a, b\"\n"), Ok(1));
    check("nip,biaya\n1,0.1\n", Err("kode_unit_asal"));
    check(&format!("{header}\n1,U1,J,U2,J,murah,x\n"), Err("row 2"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Applying the whole plan to the earlier data: everyone carried out, F now = F
    /// planned, nothing else listed, no newcomer, and the plan realised in full.
    #[test]
    fn a_plan_carried_out_to_the_letter(seed in any::<u64>()) {
        let ds = generate(&DemoSpec::small(seed, 400));
        let (s, plan) = plan_of(&ds);
        let ev = judge(&s, &plan, &carried_out(&ds, &plan));
        prop_assert_eq!(ev.people.len(), plan.moves.len());
        prop_assert!(ev.people.iter().all(|p| p.outcome == Outcome::Terlaksana));
        prop_assert_eq!(ev.newcomers, 0);
        prop_assert!((ev.now.objective - ev.planned.objective).abs() <= 1e-9 * ev.planned.objective.max(1.0));
        prop_assert!((ev.planned.objective - plan.objective).abs() <= 1e-9 * plan.objective.max(1.0));
        prop_assert_eq!(&ev.now.total, &ev.planned.total);
        if let Some(r) = ev.realised() {
            prop_assert!((r - 1.0).abs() < 1e-9);
        }
    }
}
