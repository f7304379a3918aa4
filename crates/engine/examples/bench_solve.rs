//! Benchmark of the optimiser on generated data:
//! `cargo run --release -p seimbang-engine --example bench_solve [city|province|both|random] [seed]`
//! (the demo generator's city and province, or `random`: an unstructured random region).
//! Prints model build and solve times, moves, objective before/after, the greedy
//! baseline, capped solves and the 25-point Pareto sweep.

use seimbang_engine::dataset::{Compatibility, Dataset, Employee, NeedRow, Status, Unit};
use seimbang_engine::params::Params;
use seimbang_engine::plan::{self, Model};
use seimbang_engine::{demo, Date};
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A random region: `opds` OPDs of units holding a few jabatan each, staffing drawn
/// around the need with real-world-like scatter.
fn region(seed: u64, employees: usize) -> Dataset {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let units = employees / 20;
    let jabatans = 60;
    let mut ds = Dataset::default();
    for u in 0..units {
        ds.units.push(Unit {
            kode_unit: format!("U{u:05}"),
            nama_unit: format!("Unit {u}"),
            opd_kode: Some(format!("OPD{:02}", u % 40)),
            opd_nama: None,
            jenis_unit: None,
        });
    }
    let mut slots = Vec::new();
    for u in 0..units {
        let family = (u % 40) as u64;
        for k in 0..(3 + r.below(4)) {
            let j = (family + k * 7 + r.below(3)) % jabatans;
            if slots.contains(&(u, j)) {
                continue;
            }
            slots.push((u, j));
            let need = (r.below(120) as f64) / 10.0;
            ds.needs.push(NeedRow {
                kode_unit: format!("U{u:05}"),
                kode_jabatan: format!("J{j:02}"),
                kebutuhan: need,
                prioritas: if r.below(5) == 0 { 2.0 } else { 1.0 },
                nama_jabatan: None,
                row: ds.needs.len() as u32 + 2,
            });
        }
    }
    for j in 0..jabatans {
        if j % 3 == 0 {
            ds.compatibility.push(Compatibility {
                jabatan_asal: format!("J{j:02}"),
                jabatan_tujuan: format!("J{:02}", (j + 1) % jabatans),
            });
        }
    }
    let needs = ds.needs.clone();
    let mut n = 0usize;
    while ds.employees.len() < employees {
        let row = &needs[r.below(needs.len() as u64) as usize];
        n += 1;
        let year = 1965 + r.below(35) as i32;
        ds.employees.push(Employee {
            nip: format!("{year:04}0101{:04}01{:04}", 2000 + r.below(20), n % 10_000),
            nama: format!("P{n}"),
            kode_unit: row.kode_unit.clone(),
            kode_jabatan: row.kode_jabatan.clone(),
            nama_jabatan: row.kode_jabatan.clone(),
            jenis_jabatan: None,
            tmt_jabatan: Date::new(2010 + r.below(15) as i32, 1 + r.below(12) as u32, 1),
            tanggal_lahir: Date::new(year, 1 + r.below(12) as u32, 1 + r.below(28) as u32),
            jenis_kelamin: None,
            status: match r.below(20) {
                0 => Status::Cpns,
                1 | 2 => Status::Pppk,
                _ => Status::Pns,
            },
            golongan: None,
            pendidikan: None,
            opd: None,
            bup: None,
            kunci: r.below(50) == 0,
            sukarela: r.below(10) == 0,
            tujuan_usulan: None,
            hukuman_disiplin: false,
            tugas_belajar: false,
            row: n as u32 + 1,
            data_problems: Vec::new(),
        });
    }
    ds
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn bench(name: &str, ds: &Dataset, d: Date) {
    let params = Params::default();
    println!(
        "== {name}: {} employees, {} need rows",
        ds.employees.len(),
        ds.needs.len()
    );
    let t = Instant::now();
    let model = match Model::build(ds, &params, d) {
        Ok(m) => m,
        Err(e) => {
            println!("model error: {e}");
            return;
        }
    };
    let build = ms(t);
    let t = Instant::now();
    let plan = plan::solve_model(ds, &model).expect("solve");
    let solve = ms(t);
    println!(
        "exact:   build {build:.1} ms, solve {solve:.1} ms; slots {}, in model {}, movable {}; moves {}, F {:.3} -> {:.3} (exact {})",
        plan.slots,
        plan.employees,
        plan.movable,
        plan.moves.len(),
        plan.objective_before,
        plan.objective,
        plan.exact
    );
    let t = Instant::now();
    let g = plan::greedy::greedy(ds, &model);
    println!(
        "greedy:  {:.1} ms; moves {}, F {:.3} (optimum is {:.1}% lower)",
        ms(t),
        g.moves.len(),
        g.objective,
        100.0 * (g.objective - plan.objective) / g.objective.max(1e-12)
    );
    let caps = [
        (
            "maks_pindah = moves/2",
            Params {
                maks_pindah: Some(plan.moves.len() as u32 / 2),
                ..params.clone()
            },
        ),
        (
            "maks_keluar_persen = 1",
            Params {
                maks_keluar_persen: Some(1.0),
                ..params.clone()
            },
        ),
    ];
    for (label, p) in caps {
        let t = Instant::now();
        match plan::solve(ds, &p, d) {
            Ok(c) => println!(
                "capped:  {label}: {:.1} ms (incl. build); moves {}, F {:.3}, LB {:.3}, gap {:.4}%",
                ms(t),
                c.moves.len(),
                c.objective,
                c.lower_bound,
                100.0 * c.gap()
            ),
            Err(e) => println!("capped:  {label}: {e}"),
        }
    }
    let t = Instant::now();
    match plan::pareto::pareto(ds, &model, 25) {
        Ok(points) => {
            println!("pareto:  {} points in {:.1} ms", points.len(), ms(t));
            let show: Vec<String> = points
                .iter()
                .map(|p| format!("({}, {:.1})", p.moves, p.imbalance))
                .collect();
            println!("         {}", show.join(" "));
        }
        Err(e) => println!("pareto: {e}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map(String::as_str).unwrap_or("both");
    let seed = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(demo::DEMO_SEED);
    if which == "random" {
        let d = Date::new(2026, 1, 1).expect("date");
        bench("random city", &region(seed, 12_000), d);
        bench("random province", &region(seed, 100_000), d);
        return;
    }
    for (name, spec) in [
        ("city", demo::DemoSpec::city(seed)),
        ("province", demo::DemoSpec::province(seed)),
    ] {
        if which != name && which != "both" {
            continue;
        }
        let t = Instant::now();
        let ds = demo::generate(&spec);
        println!("generated {name} in {:.0} ms", ms(t));
        bench(name, &ds, spec.reference);
    }
}
