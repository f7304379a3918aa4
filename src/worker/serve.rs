//! The worker's side of the protocol: keeps the last dataset sent and answers runs,
//! reporting each phase as it starts. Plain Rust over a `post` callback and a clock,
//! so it runs (and is tested) anywhere; [`super::entry`] wires it to the worker scope.

use super::request::{Fingerprint, Request, SolveRequest};
use super::response::{Phase, Response, Solved};
use seimbang_engine::plan::{pareto, solve_adjusted, solve_model, Model, PlanError};
use seimbang_engine::Dataset;

/// The worker's state: the dataset it holds.
#[derive(Default)]
pub struct Server {
    data: Option<(Fingerprint, Dataset)>,
}

impl Server {
    /// Answer one request; `now` is a clock in milliseconds, `post` sends an answer.
    pub fn handle(
        &mut self,
        request: Request<'static>,
        now: &dyn Fn() -> f64,
        post: &mut dyn FnMut(Response),
    ) {
        match request {
            Request::LoadData {
                fingerprint,
                dataset,
            } => self.data = Some((fingerprint, dataset.into_owned())),
            Request::Solve(req) => {
                let run_id = req.run_id;
                let answer = match &self.data {
                    Some((f, ds)) if *f == req.fingerprint => run(ds, req, now, post),
                    _ => Response::Failed {
                        run_id,
                        message: "the worker does not hold this dataset".into(),
                    },
                };
                post(answer);
            }
        }
    }
}

/// One run, from its request to its last answer.
fn run(
    ds: &Dataset,
    req: SolveRequest,
    now: &dyn Fn() -> f64,
    post: &mut dyn FnMut(Response),
) -> Response {
    let started = now();
    let run_id = req.run_id;
    let mut phase = |phase| post(Response::Progress { run_id, phase });
    let adjustments = req.adjustments.filter(|a| !a.is_empty());
    let solved = match adjustments {
        None => {
            phase(Phase::Model);
            Model::build(ds, &req.params, req.reference_date).and_then(|model| {
                phase(Phase::Solving);
                let plan = solve_model(ds, &model)?;
                let curve = if req.pareto_points > 0 {
                    phase(Phase::Pareto {
                        points: req.pareto_points,
                    });
                    pareto::pareto(ds, &model, req.pareto_points as usize)?
                } else {
                    Vec::new()
                };
                Ok((plan, Vec::new(), Vec::new(), curve))
            })
        }
        Some(adj) => {
            phase(Phase::Solving);
            solve_adjusted(ds, &req.params, req.reference_date, &adj)
                .map(|a| (a.plan, a.stale, a.refused, Vec::new()))
        }
    };
    match solved {
        Ok((plan, stale, refused, curve)) => Response::Done(Box::new(Solved {
            run_id,
            plan,
            stale,
            refused,
            pareto: curve,
            solve_ms: now() - started,
        })),
        Err(e) => failed(run_id, &e),
    }
}

fn failed(run_id: u64, e: &PlanError) -> Response {
    Response::Failed {
        run_id,
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
    use seimbang_engine::{Date, Params};
    use std::borrow::Cow;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn solve_request(run_id: u64, fingerprint: u64) -> Request<'static> {
        Request::Solve(SolveRequest {
            run_id,
            fingerprint,
            params: Params::default(),
            reference_date: Date::new(2026, 1, 1).unwrap(),
            adjustments: None,
            pareto_points: 4,
        })
    }

    fn answers(server: &mut Server, request: Request<'static>) -> Vec<Response> {
        let mut out = Vec::new();
        server.handle(request, &|| 0.0, &mut |r| out.push(r));
        out
    }

    #[wasm_bindgen_test]
    fn a_held_dataset_is_solved_with_every_phase_reported() {
        let mut server = Server::default();
        let ds = generate(&DemoSpec::small(DEMO_SEED, 300));
        let load = Request::LoadData {
            fingerprint: 5,
            dataset: Cow::Owned(ds.clone()),
        };
        assert!(answers(&mut server, load).is_empty());
        let got = answers(&mut server, solve_request(9, 5));
        let phases: Vec<_> = got
            .iter()
            .filter_map(|r| match r {
                Response::Progress { run_id: 9, phase } => Some(*phase),
                _ => None,
            })
            .collect();
        assert_eq!(
            phases,
            [Phase::Model, Phase::Solving, Phase::Pareto { points: 4 }]
        );
        let Some(Response::Done(solved)) = got.last() else {
            panic!("no plan: {got:?}");
        };
        let expected =
            seimbang_engine::plan::solve(&ds, &Params::default(), Date::new(2026, 1, 1).unwrap())
                .unwrap();
        assert_eq!(solved.run_id, 9);
        assert_eq!(solved.plan, expected);
        assert!(!solved.pareto.is_empty() && solved.pareto.len() <= 4);
    }

    #[wasm_bindgen_test]
    fn a_run_on_another_dataset_fails_clearly() {
        let mut server = Server::default();
        let got = answers(&mut server, solve_request(2, 1));
        assert!(matches!(
            got.as_slice(),
            [Response::Failed { run_id: 2, .. }]
        ));
    }
}
