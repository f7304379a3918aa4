//! Entry point of the web app: mounts it, nothing else.

fn main() {
    seimbang_app::mount();
}
