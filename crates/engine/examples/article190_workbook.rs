//! A workbook with the tables of PP 11/2017 article 190 beside the usual sheets, for the
//! end-to-end test of the whole chain: `cargo run -p seimbang-engine --example
//! article190_workbook -- OUT_DIR [employees]`. Starts from the demo (whose volunteers
//! ask for units; a few movers of the plain plan ask for where it sends them), bars the
//! first mover of the plain plan from every other unit
//! (`konflik`), gives one jabatan a grade ceiling nobody meets (`syarat_jabatan`), and
//! writes `OUT_DIR/article190.xlsx` with `OUT_DIR/article190.json`: the people the test
//! asks about and what the app must say of them at the reference date with the
//! suggested `faktor_tujuan_usulan`.

use seimbang_engine::dataset::{Conflict, Requirement};
use seimbang_engine::demo::{generate, write_xlsx, DemoSpec, DEMO_REFERENCE, DEMO_SEED};
use seimbang_engine::lang::Lang;
use seimbang_engine::level::Grade;
use seimbang_engine::params::Params;
use seimbang_engine::report::names::Names;
use seimbang_engine::scenario::Scenario;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: article190_workbook OUT_DIR [employees]")?,
    );
    let n: u32 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(2000);
    let mut ds = generate(&DemoSpec::small(DEMO_SEED, n));
    let plain = Params {
        tanggal_acuan: Some(DEMO_REFERENCE),
        ..Params::default()
    };
    let solve = |ds: &seimbang_engine::Dataset, p: &Params| {
        let s = Scenario::new(
            Arc::new(ds.clone()),
            p.clone(),
            Default::default(),
            DEMO_REFERENCE,
        )?;
        let plan = s.run(0, &mut |_| {})?.plan;
        Ok::<_, seimbang_engine::plan::PlanError>((s, plan))
    };
    let (_, before) = solve(&ds, &plain)?;
    let mover = before.moves.first().ok_or("the demo plan moves nobody")?;
    let (barred_nip, own_unit) = (mover.nip.clone(), mover.from.kode_unit.clone());
    for u in ds.units.iter().filter(|u| u.kode_unit != own_unit) {
        ds.konflik.push(Conflict {
            nip: barred_nip.clone(),
            kode_unit: u.kode_unit.clone(),
            alasan: "kerabat pimpinan unit".into(),
        });
    }
    // A few more movers ask for the unit the plain plan sends them to.
    for m in before.moves.iter().skip(1).step_by(7).take(5) {
        let e = &mut ds.employees[m.employee];
        e.sukarela = true;
        e.tujuan_usulan = Some(m.to.kode_unit.clone());
    }
    // The jabatan held by the most people in more than one unit: nobody may move into it.
    let mut holders: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &ds.employees {
        *holders.entry(e.kode_jabatan.as_str()).or_default() += 1;
    }
    let jabatan = holders
        .iter()
        .max_by_key(|(j, c)| (**c, std::cmp::Reverse(**j)))
        .map(|(j, _)| j.to_string())
        .ok_or("no jabatan")?;
    ds.syarat.push(Requirement {
        kode_jabatan: jabatan.clone(),
        pendidikan_min: None,
        golongan_min: None,
        golongan_maks: Grade::parse("I/a"),
        row: 2,
    });
    let priced = Params {
        faktor_tujuan_usulan: 0.5,
        ..plain
    };
    let (scenario, plan) = solve(&ds, &priced)?;
    let names = Names::of(&ds);
    let requests = scenario.requests(&plan);
    let granted = requests
        .iter()
        .find(|r| r.verdict.granted())
        .ok_or("no request granted")?;
    let refused = requests
        .iter()
        .find(|r| !r.verdict.granted())
        .ok_or("every request granted")?;
    let nip = |e: usize| ds.employees[e].nip.clone();
    let into_jabatan = plan
        .moves
        .iter()
        .filter(|m| m.to.kode_jabatan == jabatan)
        .count();
    let barred_moves = plan.moves.iter().any(|m| m.nip == barred_nip);
    if into_jabatan > 0 || barred_moves {
        return Err("the plan breaks a rule it was given".into());
    }
    let holder = ds
        .employees
        .iter()
        .enumerate()
        .filter(|(i, e)| e.kode_jabatan != jabatan && scenario.eligibility()[*i].is_movable())
        .find(|(i, _)| {
            scenario
                .requirement_refusals(*i)
                .iter()
                .any(|(j, _, _)| *j == jabatan)
        })
        .map(|(i, _)| nip(i))
        .ok_or("nobody could have moved into the jabatan")?;
    let expected = serde_json::json!({
        "reference": format!(
            "{:02}-{:02}-{}",
            DEMO_REFERENCE.day, DEMO_REFERENCE.month, DEMO_REFERENCE.year
        ),
        "barred_nip": barred_nip,
        "barred_unit": names.unit(&ds.units.iter().find(|u| u.kode_unit != own_unit).map(|u| u.kode_unit.clone()).unwrap_or_default()),
        "requirement_nip": holder,
        "requirement_jabatan": names.jabatan(&jabatan),
        "granted_nip": nip(granted.employee),
        "granted_unit": names.unit(&granted.unit),
        "refused_nip": nip(refused.employee),
        "refused_id": refused.verdict.describe(Lang::Id, &names),
        "requests": requests.len(),
        "granted": requests.iter().filter(|r| r.verdict.granted()).count(),
    });
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("article190.xlsx"), write_xlsx(&ds)?)?;
    std::fs::write(
        out.join("article190.json"),
        serde_json::to_string_pretty(&expected)?,
    )?;
    println!("{expected}");
    Ok(())
}
