//! The worker's side of the protocol: keeps the last dataset sent (or imported) and
//! answers runs, reporting each phase as it starts, and jobs ([`super::tasks`]). Plain Rust over a `post` callback and a clock,
//! so it runs (and is tested) anywhere; [`super::entry`] wires it to the worker scope.

use super::error::WorkerError;
use super::request::{Fingerprint, Request, SolveRequest};
use super::request::{JobId, Task};
use super::response::JobOutput;
use super::response::{Phase, Response, Solved};
use super::tasks::{perform, restore};
use seimbang_engine::scenario::Scenario;
use seimbang_engine::Dataset;
use std::sync::Arc;

/// The worker's state: the dataset it holds.
#[derive(Default)]
pub struct Server {
    data: Option<(Fingerprint, Arc<Dataset>)>,
    /// Counts the changes of `data`: a dataset read from storage while other messages
    /// were answered is only held if no other dataset came in meanwhile.
    generation: u64,
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
            } => self.hold(Some((fingerprint, dataset.into_owned()))),
            Request::LoadEncoded {
                fingerprint,
                dataset,
            } => match postcard::from_bytes::<Dataset>(&dataset) {
                Ok(ds) => self.hold(Some((fingerprint, ds))),
                Err(e) => {
                    self.hold(None);
                    post(Response::Broken {
                        error: WorkerError::Protocol(format!("dataset: {e}")),
                    });
                }
            },
            Request::Job {
                job,
                fingerprint,
                task,
            } => {
                let held = match &self.data {
                    Some((f, ds)) if *f == fingerprint => Some(ds),
                    _ => None,
                };
                let output = match task {
                    Task::Open { key } => Ok(JobOutput::ToOpen {
                        key,
                        fingerprint,
                        generation: self.generation,
                    }),
                    task => {
                        let (output, hold) = perform(held, task);
                        if let Some(ds) = hold {
                            self.hold(Some((fingerprint, ds)));
                        }
                        output
                    }
                };
                post(Response::Job { job, output });
            }
            Request::Solve(req) => {
                let run_id = req.run_id;
                let answer = match &self.data {
                    Some((f, ds)) if *f == req.fingerprint => run(ds, req, now, post),
                    _ => Response::Failed {
                        run_id,
                        error: WorkerError::NotHeld,
                    },
                };
                post(answer);
            }
        }
    }

    fn hold(&mut self, data: Option<(Fingerprint, Dataset)>) {
        self.data = data.map(|(f, ds)| (f, Arc::new(ds)));
        self.generation += 1;
    }

    /// The answer to a [`Task::Open`] once its bytes were read (`None`: nothing is
    /// stored under the key): the dataset is held unless another came in meanwhile.
    pub fn opened(
        &mut self,
        job: JobId,
        fingerprint: Fingerprint,
        generation: u64,
        json: Option<Vec<u8>>,
    ) -> Response {
        let output = json
            .ok_or(WorkerError::NothingStored)
            .and_then(|json| restore(&json))
            .map(|(restored, ds)| {
                if self.generation == generation {
                    self.hold(Some((fingerprint, ds)));
                }
                JobOutput::Restored(restored)
            });
        Response::Job { job, output }
    }
}

/// One run, from its request to its last answer: the engine's scenario run.
fn run(
    ds: &Arc<Dataset>,
    req: SolveRequest,
    now: &dyn Fn() -> f64,
    post: &mut dyn FnMut(Response),
) -> Response {
    let started = now();
    let run_id = req.run_id;
    let adjustments = req.adjustments.unwrap_or_default();
    post(Response::Progress {
        run_id,
        phase: Phase::Model,
    });
    let solved = Scenario::new(ds.clone(), req.params, adjustments, req.reference_date).and_then(
        |scenario| {
            scenario.run(req.pareto_points, &mut |phase| {
                post(Response::Progress {
                    run_id,
                    phase: Phase::from(phase),
                })
            })
        },
    );
    match solved {
        Ok(run) => Response::Done(Box::new(Solved {
            run_id,
            plan: run.plan,
            stale: run.stale,
            refused: run.refused,
            pareto: run.pareto,
            solve_ms: now() - started,
        })),
        Err(e) => Response::Failed {
            run_id,
            error: e.into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::error::WorkerError;
    use crate::worker::request::{FileBytes, Task, Task::Store};
    use crate::worker::response::{Imported, JobOutput};
    use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
    use seimbang_engine::{Date, Params};
    use std::borrow::Cow;

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

    /// A worker holding the 300-employee demo dataset as `fingerprint`, and that dataset.
    fn holding(fingerprint: u64) -> (Server, Dataset) {
        let mut server = Server::default();
        let ds = generate(&DemoSpec::small(DEMO_SEED, 300));
        let load = Request::LoadData {
            fingerprint,
            dataset: Cow::Owned(ds.clone()),
        };
        assert!(answers(&mut server, load).is_empty());
        (server, ds)
    }

    #[test]
    fn a_held_dataset_is_solved_with_every_phase_reported() {
        let (mut server, ds) = holding(5);
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

    fn job(
        server: &mut Server,
        job: u64,
        fingerprint: u64,
        task: Task,
    ) -> Result<JobOutput, WorkerError> {
        match answers(
            server,
            Request::Job {
                job,
                fingerprint,
                task,
            },
        )
        .as_slice()
        {
            [Response::Job { job: j, output }] if *j == job => output.clone(),
            other => panic!("not one answer to job {job}: {other:?}"),
        }
    }

    #[test]
    fn an_imported_dataset_is_held_sent_back_and_solved() {
        use seimbang_engine::demo::{write_csv, CsvStyle};
        let ds = generate(&DemoSpec::small(DEMO_SEED, 300));
        let files = write_csv(&ds, CsvStyle::Plain)
            .into_iter()
            .map(|(name, bytes)| FileBytes { name, bytes })
            .collect();
        let mut server = Server::default();
        let Ok(JobOutput::Imported(Imported::Accepted {
            dataset,
            fingerprint,
            ..
        })) = job(&mut server, 1, 40, Task::Import { files })
        else {
            panic!("the demo files were refused");
        };
        let back: Dataset = postcard::from_bytes(&dataset).unwrap();
        assert_eq!(back.employees.len(), ds.employees.len());
        assert!(!fingerprint.is_empty());
        // Held under the job's id: a run needs no dataset from the page.
        assert!(matches!(
            answers(&mut server, solve_request(2, 40)).last(),
            Some(Response::Done(_))
        ));
        // And the same bytes load a fresh worker.
        let mut fresh = Server::default();
        answers(
            &mut fresh,
            Request::LoadEncoded {
                fingerprint: 3,
                dataset,
            },
        );
        assert!(matches!(
            answers(&mut fresh, solve_request(4, 3)).last(),
            Some(Response::Done(_))
        ));
    }

    #[test]
    fn a_refused_import_reports_its_errors_and_keeps_the_held_dataset() {
        let (mut server, _) = holding(5);
        let files = vec![FileBytes {
            name: "pegawai.csv".into(),
            bytes: b"nip;nama\n1;A\n".to_vec(),
        }];
        let Ok(JobOutput::Imported(Imported::Rejected { errors, .. })) =
            job(&mut server, 1, 6, Task::Import { files })
        else {
            panic!("a table without its columns was accepted");
        };
        assert!(!errors.is_empty());
        assert!(matches!(
            answers(&mut server, solve_request(2, 5)).last(),
            Some(Response::Done(_))
        ));
    }

    #[test]
    fn the_stored_form_and_the_exports_are_made_from_the_held_dataset() {
        let (mut server, ds) = holding(5);
        let stored = Store {
            content: "abc".into(),
            source: "pegawai.csv".into(),
        };
        let Ok(JobOutput::ToStore {
            key,
            json,
            then: None,
        }) = job(&mut server, 1, 5, stored.clone())
        else {
            panic!("no stored form");
        };
        assert_eq!(key, "abc");
        let dto = seimbang_stored::parse_dataset(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(
            (dto.fingerprint.as_str(), dto.source.as_str()),
            ("abc", "pegawai.csv")
        );
        assert_eq!(serde_json::from_value::<Dataset>(dto.dataset).unwrap(), ds);
        // Opened in a fresh worker, which then holds it: the glue asks for the key,
        // reads the bytes and hands them over.
        let mut fresh = Server::default();
        let open = Task::Open { key: "abc".into() };
        let Ok(JobOutput::ToOpen {
            key,
            fingerprint,
            generation,
        }) = job(&mut fresh, 1, 8, open.clone())
        else {
            panic!("no key to read");
        };
        assert_eq!((key.as_str(), fingerprint), ("abc", 8));
        let opened = |server: &mut Server, generation, json: Option<&[u8]>| match server.opened(
            1,
            8,
            generation,
            json.map(<[u8]>::to_vec),
        ) {
            Response::Job { job: 1, output } => output,
            other => panic!("not the job's answer: {other:?}"),
        };
        let Ok(JobOutput::Restored(r)) = opened(&mut fresh, generation, Some(&json)) else {
            panic!("the stored form was not read back");
        };
        assert_eq!(
            (r.fingerprint.as_str(), r.source.as_str()),
            ("abc", "pegawai.csv")
        );
        assert_eq!(postcard::from_bytes::<Dataset>(&r.dataset).unwrap(), ds);
        assert!(matches!(
            answers(&mut fresh, solve_request(2, 8)).last(),
            Some(Response::Done(_))
        ));
        // Another dataset came in while the bytes were read: that one stays held.
        let mut busy = Server::default();
        let Ok(JobOutput::ToOpen { generation, .. }) = job(&mut busy, 1, 8, open) else {
            panic!("no key to read");
        };
        let small = generate(&DemoSpec::small(DEMO_SEED, 100));
        answers(
            &mut busy,
            Request::LoadData {
                fingerprint: 3,
                dataset: Cow::Owned(small),
            },
        );
        assert!(opened(&mut busy, generation, Some(&json)).is_ok());
        assert!(matches!(
            answers(&mut busy, solve_request(2, 3)).last(),
            Some(Response::Done(_))
        ));
        assert!(matches!(
            answers(&mut busy, solve_request(3, 8)).as_slice(),
            [Response::Failed { .. }]
        ));
        // Nothing stored, a newer version, or garbage: refused with a reason.
        assert!(opened(&mut fresh, 0, None).is_err());
        let newer =
            String::from_utf8(json.clone())
                .unwrap()
                .replacen("\"version\":1", "\"version\":7", 1);
        assert_eq!(
            opened(&mut fresh, 0, Some(newer.as_bytes())),
            Err(WorkerError::Newer(7))
        );
        assert!(opened(&mut fresh, 0, Some(b"{")).is_err());
        let d = Date::new(2026, 1, 1).unwrap();
        let plan = seimbang_engine::plan::solve(&ds, &Params::default(), d).unwrap();
        let export = |xlsx| {
            Task::Export(Box::new(crate::worker::request::ExportJob {
                plan: plan.clone(),
                params: Params::default(),
                adjustments: Default::default(),
                reference: d,
                scenario: "Usulan 2027".into(),
                source: "demo".into(),
                fingerprint: "f".into(),
                lang: seimbang_engine::lang::Lang::Id,
                xlsx,
            }))
        };
        let Ok(JobOutput::Exported(files)) = job(&mut server, 2, 5, export(true)) else {
            panic!("no workbook");
        };
        assert_eq!(files.len(), 1);
        assert!(files[0].bytes.starts_with(b"PK"));
        let Ok(JobOutput::Exported(files)) = job(&mut server, 3, 5, export(false)) else {
            panic!("no CSV files");
        };
        assert!(files.iter().any(|f| f.name == "usulan_mutasi.csv"));
        let cover = files
            .iter()
            .find(|f| f.name == "ringkasan.csv")
            .expect("a cover");
        assert!(String::from_utf8_lossy(&cover.bytes).contains("Usulan 2027"));
        assert!(files.iter().any(|f| f.name == "penyesuaian.csv"));
        // The template needs no dataset.
        let template = Task::Template {
            lang: seimbang_engine::lang::Lang::En,
        };
        let Ok(JobOutput::Exported(files)) = job(&mut Server::default(), 5, 0, template) else {
            panic!("no template");
        };
        assert_eq!(files[0].name, "seimbang-templat.xlsx");
        assert!(files[0].bytes.starts_with(b"PK"));
        // Another dataset's id: a clear refusal, not a guess.
        assert!(job(&mut server, 4, 9, stored).is_err());
    }

    #[test]
    fn a_run_on_another_dataset_fails_clearly() {
        let mut server = Server::default();
        let got = answers(&mut server, solve_request(2, 1));
        assert_eq!(
            got,
            [Response::Failed {
                run_id: 2,
                error: WorkerError::NotHeld
            }]
        );
    }

    /// A share file as the app writes it: the demo dataset's stored form and a scenario.
    fn share_file(ds: &Dataset) -> Vec<u8> {
        let stored = seimbang_stored::write_dataset("f-demo", "pegawai.csv", ds).unwrap();
        let scenario = seimbang_stored::ScenarioDto {
            version: seimbang_stored::SCENARIO_VERSION,
            id: "s1".into(),
            name: "Usulan".into(),
            note: String::new(),
            created: String::new(),
            updated: String::new(),
            fingerprint: "f-demo".into(),
            dataset_ref: "pegawai.csv".into(),
            params: serde_json::to_value(Params::default()).unwrap(),
            adjustments: serde_json::Value::Null,
            figures: None,
            moves: Vec::new(),
            plan: None,
        };
        seimbang_stored::write_share(&scenario, &stored).unwrap()
    }

    #[test]
    fn a_share_file_is_read_stored_held_and_solved_in_the_worker() {
        let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
        let mut server = Server::default();
        let task = Task::Share {
            bytes: share_file(&ds),
        };
        let Ok(JobOutput::ToStore {
            key,
            json,
            then: Some(then),
        }) = job(&mut server, 1, 12, task)
        else {
            panic!("the share file was not read");
        };
        // The glue writes the dataset's stored form under its fingerprint ...
        assert_eq!(key, "f-demo");
        assert_eq!(seimbang_stored::read_dataset(&json).unwrap().dataset, ds);
        // ... then hands the page the scenario and the dataset.
        let JobOutput::Shared(shared) = *then else {
            panic!("no scenario for the page");
        };
        let scenario = seimbang_stored::parse_scenario(&shared.scenario).unwrap();
        assert_eq!(scenario.name, "Usulan");
        assert_eq!(shared.restored.fingerprint, "f-demo");
        assert_eq!(
            postcard::from_bytes::<Dataset>(&shared.restored.dataset).unwrap(),
            ds
        );
        // Held under the job's id: the plan is computed without the page sending data.
        assert!(matches!(
            answers(&mut server, solve_request(2, 12)).last(),
            Some(Response::Done(_))
        ));
        // A damaged file is refused and the held dataset kept.
        let damaged = Task::Share {
            bytes: b"{\"kind\":\"seimbang-scenario\"".to_vec(),
        };
        assert!(matches!(
            job(&mut server, 3, 13, damaged),
            Err(WorkerError::Damaged(_))
        ));
        assert!(matches!(
            answers(&mut server, solve_request(4, 12)).last(),
            Some(Response::Done(_))
        ));
    }
}
