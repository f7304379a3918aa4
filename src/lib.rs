//! Seimbang's web app: the imperative shell around the engine. Components render state
//! and forward user intent; every computation lives in `seimbang-engine` or in the plain
//! functions of `seimbang-workbench` (no browser in either), and effects only sync with
//! the outside world (storage, canvas, worker).

pub mod app;
pub mod components;
pub mod download;
pub mod format;
pub mod i18n;
pub mod next_task;
pub mod pages;
pub mod scenario;
pub mod settings;
pub mod solver;
pub mod state;
pub mod worker;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// Mount the app on the page and take down the loading screen.
pub fn mount() {
    console_error_panic_hook::set_once();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
