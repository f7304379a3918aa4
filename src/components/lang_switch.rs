//! The language switch: Bahasa Indonesia by default, English on request; the choice is
//! stored with the settings and survives a reload.

use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::lang::Lang;

/// A button that flips the interface language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let flip = move |_| lang.update(|l| *l = if *l == Lang::Id { Lang::En } else { Lang::Id });
    view! {
        <button class="lang-switch" type="button" data-testid="lang-switch" on:click=flip>
            {tr(Text::LangSwitch)}
        </button>
    }
}
