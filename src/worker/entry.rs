//! The worker's global scope glue: decode each message, let the [`Server`] answer, post
//! the answers back as transferred bytes. `src/bin/worker.rs` calls [`register`].

use crate::scenario::idb;
use js_sys::{Array, Uint8Array};
use seimbang_workbench::worker::codec::{decode, encode};
use seimbang_workbench::worker::error::WorkerError;
use seimbang_workbench::worker::request::Request;
use seimbang_workbench::worker::response::{JobOutput, Response};
use seimbang_workbench::worker::serve::Server;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Post one answer to the page, handing the buffer over instead of copying it.
fn post(scope: &DedicatedWorkerGlobalScope, response: &Response) {
    let bytes = Uint8Array::from(encode(response).as_slice());
    let transfer = Array::of1(&bytes.buffer());
    // Posting bytes only fails on a detached buffer, which this fresh array is not.
    let _ = scope.post_message_with_transfer(&bytes, &transfer);
}

/// Post an answer; a stored form to write is written to IndexedDB here (the worker has
/// its own access to it), and the page hears how many bytes were stored or what comes
/// after the write; a stored dataset to open is read here and handed to the server.
fn answer(scope: &DedicatedWorkerGlobalScope, server: &Rc<RefCell<Server>>, response: Response) {
    match response {
        Response::Job {
            job,
            output:
                Ok(JobOutput::ToOpen {
                    key,
                    fingerprint,
                    generation,
                }),
        } => {
            let (scope, server) = (scope.clone(), server.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let response = match idb::get(&key).await {
                    Ok(json) => server
                        .borrow_mut()
                        .opened(job, fingerprint, generation, json),
                    Err(e) => Response::Job {
                        job,
                        output: Err(e.into()),
                    },
                };
                post(&scope, &response);
            });
        }
        Response::Job {
            job,
            output: Ok(JobOutput::ToStore { key, json, then }),
        } => {
            let scope = scope.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let output = match idb::put(&key, &json).await {
                    Ok(()) => Ok(then.map_or(
                        JobOutput::Stored {
                            bytes: json.len() as u64,
                        },
                        |then| *then,
                    )),
                    Err(e) => Err(e.into()),
                };
                post(&scope, &Response::Job { job, output });
            });
        }
        other => post(scope, &other),
    }
}

/// Start listening in this worker and tell the page it is ready.
pub fn register() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let server = Rc::new(RefCell::new(Server::default()));
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let mut send = |r: Response| answer(&reply, &server, r);
        match decode::<Request<'static>>(&bytes) {
            Ok(request) => server
                .borrow_mut()
                .handle(request, &js_sys::Date::now, &mut send),
            Err(e) => send(Response::Broken {
                error: WorkerError::Protocol(e.to_string()),
            }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &Response::Ready);
}
