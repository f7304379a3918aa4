//! The page's side of one worker: spawn it from the app's own files (the CSP allows
//! only same-origin workers: no `blob:` URL), queue messages until it says it is ready,
//! post them as transferred bytes, and terminate it (the only way to stop a run).

use js_sys::{Array, Uint8Array};
use seimbang_workbench::worker::codec::{decode, encode};
use seimbang_workbench::worker::error::WorkerError;
use seimbang_workbench::worker::request::Request;
use seimbang_workbench::worker::response::Response;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// The worker's loader, next to the app's files (trunk's `data-loader-shim` writes it:
/// `importScripts("./worker.js"); wasm_bindgen("./worker_bg.wasm")`).
pub const WORKER_URL: &str = "./worker_loader.js";

/// Messages waiting for the worker to start (`None` once it has).
type Queue = Rc<RefCell<Option<Vec<Vec<u8>>>>>;

/// One running worker.
pub struct Transport {
    worker: Worker,
    queue: Queue,
}

impl Transport {
    /// Spawn a worker; every answer but `Ready` goes to `on_response`, and a crash (a
    /// script that fails to load, a panic) arrives as `Response::Broken`.
    pub fn spawn(on_response: Rc<dyn Fn(Response)>) -> Result<Transport, WorkerError> {
        let worker = Worker::new(WORKER_URL).map_err(|e| {
            WorkerError::Unavailable(e.as_string().unwrap_or_else(|| WORKER_URL.into()))
        })?;
        let queue: Queue = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let (queue, worker, on_response) = (queue.clone(), worker.clone(), on_response.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                let bytes = Uint8Array::new(&event.data()).to_vec();
                match decode::<Response>(&bytes) {
                    Ok(Response::Ready) => {
                        for message in queue.borrow_mut().take().unwrap_or_default() {
                            post_bytes(&worker, &message);
                        }
                    }
                    Ok(response) => on_response(response),
                    Err(e) => on_response(Response::Broken {
                        error: WorkerError::Protocol(e.to_string()),
                    }),
                }
            })
        };
        let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            on_response(Response::Broken {
                error: WorkerError::Crashed(event.message()),
            });
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // Owned by the worker object from here on: they may run after `terminate` was
        // called from inside one of them, so Rust must not free them.
        on_message.forget();
        on_error.forget();
        Ok(Transport { worker, queue })
    }

    /// Send a request (queued until the worker is ready).
    pub fn send(&self, request: &Request<'_>) {
        self.send_bytes(&encode(request));
    }

    /// Send an encoded request (queued until the worker is ready).
    pub fn send_bytes(&self, bytes: &[u8]) {
        match self.queue.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(bytes.to_vec()),
            None => post_bytes(&self.worker, bytes),
        }
    }

    /// Stop the worker at once, whatever it is doing.
    pub fn terminate(&self) {
        self.queue.borrow_mut().take();
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Post bytes, handing the buffer over instead of copying it.
fn post_bytes(worker: &Worker, bytes: &[u8]) {
    let array = Uint8Array::from(bytes);
    let transfer = Array::of1(&array.buffer());
    // Only fails for a detached buffer, which this fresh array is not.
    let _ = worker.post_message_with_transfer(&array, &transfer);
}
