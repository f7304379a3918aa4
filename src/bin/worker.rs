//! The solver's web worker (built by trunk from `index.html`'s `data-type="worker"`
//! link): computes plans off the page's thread.

fn main() {
    seimbang_app::worker::entry::register();
}
