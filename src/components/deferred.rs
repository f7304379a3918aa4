//! Draws its children one task later, so a page that is heavy to draw is split into
//! tasks the browser can paint and answer input between (a long report on a large
//! dataset would otherwise freeze the tab while everything is drawn at once).

use leptos::prelude::*;
use std::time::Duration;

/// Renders `children` after the current task (nothing until then).
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(
        move || {
            // The page may be gone by now.
            let _ = ready.try_set(true);
        },
        Duration::ZERO,
    );
    move || ready.get().then(|| children())
}
