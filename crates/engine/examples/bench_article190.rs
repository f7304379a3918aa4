//! What the article 190 additions cost the optimiser:
//! `cargo run --release -p seimbang-engine --example bench_article190 [seed]`.
//! For the demo city and province: the default plan (the additions neutral), the
//! rotation-due factor at its suggested 0.5, and conflicts of interest for 1% of the
//! employees (two units each, each such person then has a hub of their own), and
//! position requirements: every jabatan whose slots hold a graduate asks for an S-1 /
//! D-IV and grade III/a (everyone below gets a hub of their own). Prints the best of
//! three solve times and the plan's moves and objective, and the time of the second
//! flow (the demo's temporary need after the default plan).

use seimbang_engine::dataset::{Conflict, Dataset, Requirement};
use seimbang_engine::demo::{self, DemoSpec};
use seimbang_engine::level::{Education, Grade};
use seimbang_engine::params::Params;
use seimbang_engine::plan;
use std::collections::BTreeSet;
use std::time::Instant;

fn with_conflicts(ds: &Dataset) -> Dataset {
    let mut out = ds.clone();
    let units = &ds.units;
    for (i, e) in ds.employees.iter().enumerate().step_by(100) {
        for k in 1..=2 {
            let u = &units[(i * 7 + k * 13) % units.len()];
            out.konflik.push(Conflict {
                nip: e.nip.clone(),
                kode_unit: u.kode_unit.clone(),
                alasan: String::new(),
            });
        }
    }
    out
}

fn with_requirements(ds: &Dataset) -> Dataset {
    let mut out = ds.clone();
    let graduate = |e: &seimbang_engine::dataset::Employee| {
        e.pendidikan
            .as_deref()
            .and_then(Education::parse)
            .is_some_and(|l| l >= Education::S1)
    };
    let jabatan: BTreeSet<&str> = ds
        .employees
        .iter()
        .filter(|e| graduate(e))
        .map(|e| e.kode_jabatan.as_str())
        .collect();
    for (row, j) in jabatan.into_iter().enumerate() {
        out.syarat.push(Requirement {
            kode_jabatan: j.to_string(),
            pendidikan_min: Some(Education::S1),
            golongan_min: Grade::parse("III/a"),
            golongan_maks: None,
            row: row as u32 + 2,
        });
    }
    out
}

fn best_of_three(ds: &Dataset, p: &Params) -> (f64, plan::Plan) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..3 {
        let t = Instant::now();
        let plan = plan::solve(ds, p, demo::DEMO_REFERENCE).expect("a plan");
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(plan);
    }
    (best, last.expect("three runs"))
}

fn main() {
    let seed: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(demo::DEMO_SEED);
    for (name, spec) in [
        ("city", DemoSpec::city(seed)),
        ("province", DemoSpec::province(seed)),
    ] {
        let ds = demo::generate(&spec);
        let conflicted = with_conflicts(&ds);
        let required = with_requirements(&ds);
        let due = Params {
            faktor_jatuh_tempo: 0.5,
            ..Params::default()
        };
        let cases = [
            ("default (additions neutral)", &ds, Params::default()),
            ("faktor_jatuh_tempo 0.5", &ds, due),
            (
                "konflik for 1% of employees",
                &conflicted,
                Params::default(),
            ),
            ("syarat_jabatan S-1, III/a", &required, Params::default()),
            (
                "faktor_tujuan_usulan 0.5",
                &ds,
                Params {
                    faktor_tujuan_usulan: 0.5,
                    ..Params::default()
                },
            ),
        ];
        // The second flow after the default plan: the demo's temporary need.
        let scenario = seimbang_engine::scenario::Scenario::new(
            std::sync::Arc::new(ds.clone()),
            Params::default(),
            Default::default(),
            demo::DEMO_REFERENCE,
        )
        .expect("a scenario");
        let plan = scenario.run(0, &mut |_| {}).expect("a plan").plan;
        let mut best = f64::INFINITY;
        let mut lent = 0;
        for _ in 0..3 {
            let t = Instant::now();
            lent = scenario.temporary(&plan).assignments.len();
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "{name:9} {:>7} employees  {:30} solve {best:8.1} ms  lent  {lent:6}",
            ds.employees.len(),
            "temporary needs (second flow)"
        );
        for (case, data, p) in cases {
            let (ms, plan) = best_of_three(data, &p);
            println!(
                "{name:9} {:>7} employees  {case:30} solve {ms:8.1} ms  moves {:6}  F {:.3}",
                data.employees.len(),
                plan.moves.len(),
                plan.objective
            );
        }
    }
}
