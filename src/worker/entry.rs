//! The worker's global scope glue: decode each message, let the [`Server`] answer, post
//! the answers back as transferred bytes. `src/bin/worker.rs` calls [`register`].

use super::codec::{decode, encode};
use super::request::Request;
use super::response::Response;
use super::serve::Server;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
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

/// Start listening in this worker and tell the page it is ready.
pub fn register() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let server = RefCell::new(Server::default());
    let reply = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let mut send = |r: Response| post(&reply, &r);
        match decode::<Request<'static>>(&bytes) {
            Ok(request) => server
                .borrow_mut()
                .handle(request, &js_sys::Date::now, &mut send),
            Err(e) => send(Response::Broken {
                message: e.to_string(),
            }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(&scope, &Response::Ready);
}
