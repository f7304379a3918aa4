//! One scenario, one set of numbers: with the WKE, the BUP, the reference date, a need
//! and a lock changed, every consumer of the scenario (the analysis and its CSV, the
//! plan, the figures before and after, the projection, the report's tables, the person
//! query's targets and the check of a forced move) reads the same values.

use seimbang_engine::analysis::Indicators;
use seimbang_engine::analysis_csv::analysis_csv;
use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
use seimbang_engine::eligibility::{Eligibility, Reason};
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::{self, Adjustments, Lock, NeedOverride, Refusal, SlotKey};
use seimbang_engine::projection::project;
use seimbang_engine::report::{report_tables, Table, Value};
use seimbang_engine::scenario::{staffing_after, Scenario};
use seimbang_engine::slot::SlotTable;
use seimbang_engine::{Dataset, Date, Params};
use std::sync::Arc;

const WKE: f64 = 60_000.0;

fn params() -> Params {
    Params {
        tanggal_acuan: Date::new(2027, 3, 1),
        wke_menit: WKE,
        bup_default: 60,
        ..Params::default()
    }
}

/// The demo, the slot whose need is overridden (one computed from the workload) and
/// the adjustments: that need, and a lock on the first person the plain plan moves.
fn setting() -> (Arc<Dataset>, SlotKey, Adjustments) {
    let ds = Arc::new(generate(&DemoSpec::small(DEMO_SEED, 400)));
    let plain = Scenario::new(ds.clone(), params(), Adjustments::default(), today()).unwrap();
    let slot = &plain.slots().slots[plain.slots().slots.len() / 2];
    let key = SlotKey::new(&slot.kode_unit, &slot.kode_jabatan);
    let mover = plain.plan().unwrap().moves[0].nip.clone();
    let adj = Adjustments {
        needs: vec![NeedOverride {
            slot: key.clone(),
            need: slot.need + 3.0,
            reason: "program baru".into(),
        }],
        locks: vec![Lock {
            nip: mover,
            reason: "audit".into(),
        }],
        ..Adjustments::default()
    };
    (ds, key, adj)
}

fn today() -> Date {
    Date::new(2026, 12, 1).unwrap()
}

fn cell<'a>(t: &'a Table, row: &'a [Value], header: &str) -> &'a Value {
    let i = t.headers.iter().position(|h| h == header).unwrap();
    &row[i]
}

#[test]
fn every_figure_comes_from_the_one_scenario() {
    let (ds, key, adj) = setting();
    let s = Scenario::new(ds.clone(), params(), adj.clone(), today()).unwrap();
    assert_eq!(s.reference, Date::new(2027, 3, 1).unwrap());

    // The slot table: the scenario's WKE, the override applied.
    let mut expected = SlotTable::build(&ds, WKE);
    let k = expected
        .slots
        .iter()
        .position(|x| x.kode_unit == key.kode_unit && x.kode_jabatan == key.kode_jabatan)
        .unwrap();
    expected.slots[k].need = adj.needs[0].need;
    // And who is due for rotation at the scenario's D, per slot.
    for (e, slot) in ds.employees.iter().zip(&expected.employee_slot) {
        let due = e
            .tmt_jabatan
            .is_some_and(|t| t.full_months_to(s.reference) >= params().maks_masa_jabatan_bulan);
        if let (Some(slot), true) = (slot, due) {
            expected.slots[*slot].jatuh_tempo += 1;
        }
    }
    assert!(expected.slots.iter().any(|x| x.jatuh_tempo > 0));
    assert_eq!(s.slots(), &expected);
    assert_ne!(
        SlotTable::build(&ds, Params::default().wke_menit).slots,
        expected.slots,
        "the WKE changes computed needs"
    );

    // Figures before: the analysis and its CSV.
    let before = Indicators::current(&expected, &s.pj);
    assert_eq!(s.before(), &before);
    let csv = analysis_csv(&s.slots().slots, s.before());
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{},{},", key.kode_unit, key.kode_jabatan)))
        .unwrap();
    let need: f64 = row.split(',').nth(4).unwrap().parse().unwrap();
    assert!((need - adj.needs[0].need).abs() < 1e-9, "{row}");

    // The plan: the adjusted solve, the lock kept, F before = the imbalance before.
    let plan = s.plan().unwrap();
    let direct = plan::solve_adjusted(&ds, &params(), s.reference, &adj).unwrap();
    assert_eq!(plan, direct.plan);
    assert!(plan.moves.iter().all(|m| m.nip != adj.locks[0].nip));
    assert!((plan.objective_before - before.total.ketidakseimbangan).abs() < 1e-6);

    // Figures after: one staffing vector, one set of totals.
    let f = s.figures(&plan);
    let after = Indicators::of(&expected.slots, &staffing_after(&plan), &s.pj).total;
    assert_eq!(f.after, after);
    assert_eq!(f.before, before.total);
    assert!((f.after.ketidakseimbangan - plan.imbalance).abs() < 1e-6);
    assert_eq!(f.moves, plan.moves.len());

    // The projection: the scenario's BUP and reference date.
    assert_eq!(s.projection(5), project(&ds, &expected, 60, s.reference, 5));
    assert_ne!(s.projection(5), project(&ds, &expected, 58, s.reference, 5));

    // The report: the overridden need, the figures after, the lock in the audit's
    // verdicts.
    let projection = s.projection(5);
    let tables = report_tables(
        &s.report_input(
            Some(&plan),
            Some(&projection),
            None,
            &s.requests(&plan),
            None,
        ),
        Lang::Id,
    );
    let analysis = tables.iter().find(|t| t.name == "analisis").unwrap();
    let row = analysis
        .rows
        .iter()
        .find(|r| {
            cell(analysis, r, "Kode unit") == &Value::text(&key.kode_unit)
                && cell(analysis, r, "Kode jabatan") == &Value::text(&key.kode_jabatan)
        })
        .unwrap();
    assert_eq!(
        cell(analysis, row, "Kebutuhan"),
        &Value::Decimal(adj.needs[0].need)
    );
    let locked = ds
        .employees
        .iter()
        .position(|e| e.nip == adj.locks[0].nip)
        .unwrap();
    assert!(matches!(
        &s.eligibility()[locked],
        Eligibility::Immovable(r) if r.contains(&Reason::Locked)
    ));
}

#[test]
fn targets_and_the_forced_move_check_apply_the_same_rules() {
    let (ds, _, adj) = setting();
    let (mut allowed, mut refused) = (0, 0);
    for lingkup in [
        seimbang_engine::params::Scope::Semua,
        seimbang_engine::params::Scope::Opd,
    ] {
        let p = Params {
            lingkup,
            jaga_asal: false,
            batasi_tujuan: false,
            ..params()
        };
        let s = Scenario::new(ds.clone(), p, adj.clone(), today()).unwrap();
        let movable: Vec<usize> = (0..ds.employees.len())
            .filter(|&e| s.eligibility()[e].is_movable())
            .take(12)
            .collect();
        assert!(!movable.is_empty());
        for e in movable {
            let own = s.slots().employee_slot[e].unwrap();
            let targets = s.targets(e);
            for (t, slot) in s
                .slots()
                .slots
                .iter()
                .enumerate()
                .filter(|&(t, _)| t != own)
            {
                let key = SlotKey::new(&slot.kode_unit, &slot.kode_jabatan);
                let verdict = s.check_force(&ds.employees[e].nip, &key);
                let rule_refuses = matches!(
                    verdict,
                    Err(Refusal::NotCompatible { .. } | Refusal::OutsideScope { .. })
                );
                if rule_refuses {
                    refused += 1;
                } else {
                    allowed += 1;
                }
                assert_eq!(
                    targets.contains(&t),
                    !rule_refuses,
                    "{} -> {key}: {verdict:?}",
                    ds.employees[e].nip
                );
            }
        }
    }
    assert!(
        allowed > 0 && refused > 0,
        "{allowed} allowed, {refused} refused"
    );
}
