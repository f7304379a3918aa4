//! Picking a point of the moves / F curve: the point is the plan a cap of its move
//! count asks for, the curve ends at the optimum, and a run's own plan sits on it.

use seimbang_engine::date::Date;
use seimbang_engine::demo::{self, DemoSpec};
use seimbang_engine::plan::{self, pareto};
use seimbang_engine::{Dataset, Params};

fn reference() -> Date {
    Date::new(2026, 7, 1).expect("date")
}

fn town() -> Dataset {
    demo::generate(&DemoSpec::small(11, 1_500))
}

#[test]
fn the_curve_ends_at_the_optimum_and_the_optimum_is_its_last_point() {
    let ds = town();
    let p = Params::default();
    let optimum = plan::solve(&ds, &p, reference()).expect("plan");
    let curve = plan::pareto_curve(&ds, &p, reference(), 25).expect("curve");
    assert!(curve.len() > 5, "{} points", curve.len());
    assert_eq!(curve.last().map(|c| &c.plan), Some(&optimum));
    let (through, at) = pareto::through(curve.clone(), &optimum);
    assert_eq!((through.len(), at), (curve.len(), curve.len() - 1));
}

#[test]
fn every_point_is_proven_best_for_its_move_count_and_never_worse_than_that_cap() {
    let ds = town();
    let p = Params::default();
    let curve = plan::pareto_curve(&ds, &p, reference(), 8).expect("curve");
    for point in &curve {
        assert!(
            point.plan.exact && point.plan.gap() == 0.0,
            "{} moves",
            point.moves
        );
        let capped = Params {
            maks_pindah: Some(point.moves as u32),
            ..p.clone()
        };
        let run = plan::solve(&ds, &capped, reference()).expect("capped plan");
        assert!(run.moves.len() <= point.moves);
        assert!(
            point.objective <= run.objective + 1e-6 * run.objective.max(1.0),
            "{} moves: point F {} vs capped run F {}",
            point.moves,
            point.objective,
            run.objective
        );
    }
}

#[test]
fn a_capped_run_sits_on_the_curve_by_its_move_count() {
    let ds = town();
    let p = Params {
        maks_pindah: Some(40),
        ..Params::default()
    };
    let run = plan::solve(&ds, &p, reference()).expect("plan");
    let curve = plan::pareto_curve(&ds, &p, reference(), 25).expect("curve");
    let (through, at) = pareto::through(curve, &run);
    assert_eq!(through[at].plan, run);
    assert!(through[..at].iter().all(|c| c.moves <= run.moves.len()));
    assert!(through[at + 1..].iter().all(|c| c.moves > run.moves.len()));
    assert!(
        through.last().is_some_and(|c| c.moves > 40),
        "the optimum is still there"
    );
}

#[test]
fn points_that_break_an_exit_cap_are_left_out() {
    let ds = town();
    let p = Params {
        maks_keluar_persen: Some(1.0),
        ..Params::default()
    };
    let model = plan::Model::build(&ds, &p, reference()).expect("model");
    let caps = model.exit_caps.clone().expect("exit caps");
    let curve = pareto::pareto(&ds, &model, 25).expect("curve");
    assert!(!curve.is_empty());
    for point in &curve {
        let mut exits = vec![0i64; caps.len()];
        for m in &point.plan.moves {
            let (from, to) = (model.slots[m.from.slot].opd, model.slots[m.to.slot].opd);
            if from != to {
                exits[from] += 1;
            }
        }
        assert!(
            exits.iter().zip(&caps).all(|(e, c)| e <= c),
            "{} moves",
            point.moves
        );
    }
}
