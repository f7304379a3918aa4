//! The Skenario page: save the current state as a named scenario, list, open, rename,
//! duplicate and delete (with undo) saved ones, compare two, and share one as a file.

mod compare;
mod list;
mod save;
mod share;

use crate::components::summary::DataSummary;
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::dto::ScenarioDto;
use crate::scenario::local::WriteError;
use crate::scenario::store::{self, Listing};
use leptos::prelude::*;

/// A message to the user: a text, an optional detail, and whether it is an error.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub text: Text,
    pub detail: String,
    pub error: bool,
}

impl Msg {
    pub fn ok(text: Text) -> Msg {
        Msg {
            text,
            detail: String::new(),
            error: false,
        }
    }
    pub fn err(text: Text, detail: impl Into<String>) -> Msg {
        Msg {
            text,
            detail: detail.into(),
            error: true,
        }
    }
    /// A failed write: full storage has its own message.
    pub fn write_failed(e: &WriteError) -> Msg {
        match e {
            WriteError::Full => Msg::err(Text::ScenarioQuotaFull, ""),
            WriteError::Other(d) => Msg::err(Text::ScenarioSaveFailed, d.clone()),
        }
    }
}

/// The page's shared signals.
#[derive(Clone, Copy)]
pub struct PageCtx {
    pub listing: RwSignal<Listing>,
    pub msg: RwSignal<Option<Msg>>,
    /// The last deleted scenario and its position, while it can still be restored.
    pub undo: RwSignal<Option<(ScenarioDto, usize)>>,
    /// Bumped whenever something was written (re-reads the space used).
    pub written: RwSignal<u32>,
}

impl PageCtx {
    /// Re-read the stored scenarios.
    pub fn refresh(self) {
        self.listing.set(store::list());
        self.written.update(|n| *n += 1);
    }
}

fn use_page() -> PageCtx {
    expect_context::<PageCtx>()
}

/// The current message, if any.
#[component]
fn MessageLine() -> impl IntoView {
    let ctx = use_page();
    let lang = use_lang();
    move || {
        ctx.msg.get().map(|m| {
            let text = m.text.get(lang.get());
            let line = if m.detail.is_empty() {
                text.to_string()
            } else {
                format!("{text}: {}", m.detail)
            };
            let class = if m.error { "error" } else { "ok" };
            view! { <p class=class role="status" data-testid="scenario-message">{line}</p> }
        })
    }
}

/// The Scenarios page of the workflow.
#[component]
pub fn ScenariosPage() -> impl IntoView {
    let ctx = PageCtx {
        listing: RwSignal::new(store::list()),
        msg: RwSignal::new(None),
        undo: RwSignal::new(None),
        written: RwSignal::new(0),
    };
    provide_context(ctx);
    view! {
        <section aria-labelledby="page-title" class="scenarios">
            <h1 id="page-title">{tr(Text::ScenariosTitle)}</h1>
            <DataSummary/>
            <save::SaveForm/>
            <MessageLine/>
            <list::UndoToast/>
            <list::ScenarioList/>
            <list::BrokenList/>
            <compare::ComparePanel/>
            <share::SharePanel/>
            <save::StorageUsed/>
        </section>
    }
}
