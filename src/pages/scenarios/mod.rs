//! The Skenario page: save the current state as a named scenario, list, open, rename,
//! duplicate and delete (with undo) saved ones, compare two, and share one as a file.

mod compare;
mod list;
mod save;
mod share;

use crate::components::summary::DataSummary;
use crate::i18n::{tr, use_lang, Text};
use crate::scenario::dto::ScenarioDto;
use crate::scenario::error::ScenarioError;
use crate::scenario::store::{self, Listing};
use leptos::prelude::*;

/// A message to the user: a text, the failure behind it (described in the language
/// shown when it is drawn), and whether it is an error.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    pub text: Text,
    pub detail: Option<ScenarioError>,
    pub error: bool,
}

impl Msg {
    pub fn ok(text: Text) -> Msg {
        Msg {
            text,
            detail: None,
            error: false,
        }
    }
    /// An error the text says all of.
    pub fn text(text: Text) -> Msg {
        Msg {
            text,
            detail: None,
            error: true,
        }
    }
    /// An error with the failure behind it.
    pub fn err(text: Text, detail: impl Into<ScenarioError>) -> Msg {
        Msg {
            text,
            detail: Some(detail.into()),
            error: true,
        }
    }
    /// A failed write: full storage has its own message.
    pub fn write_failed(e: ScenarioError) -> Msg {
        if e.is_full() {
            Msg::text(Text::ScenarioQuotaFull)
        } else {
            Msg::err(Text::ScenarioSaveFailed, e)
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
            let lang = lang.get();
            let text = m.text.get(lang);
            let line = match &m.detail {
                None => text.to_string(),
                Some(e) => format!("{text}: {}", e.describe(lang)),
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
