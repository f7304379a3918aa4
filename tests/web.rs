//! Tests of the app inside headless Chromium (wasm-bindgen-test): texts, stored settings,
//! and the mounted shell reacting to clicks.
#![cfg(target_arch = "wasm32")]

use seimbang_app::i18n::Text;
use seimbang_app::settings::{Settings, SettingsDto};
use seimbang_engine::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_text_exists_in_both_languages() {
    for &t in Text::ALL {
        assert!(!t.get(Lang::Id).trim().is_empty(), "{t:?} lacks Indonesian");
        assert!(!t.get(Lang::En).trim().is_empty(), "{t:?} lacks English");
    }
}

#[wasm_bindgen_test]
fn settings_survive_storage_and_refuse_unknown_versions() {
    let en = Settings { lang: Lang::En };
    en.save();
    assert_eq!(Settings::load(), en);
    Settings { lang: Lang::Id }.save();
    assert_eq!(Settings::load().lang, Lang::Id);
    let newer = SettingsDto {
        version: 99,
        lang: "en".into(),
    };
    assert_eq!(Settings::from_dto(&newer), None);
}

#[wasm_bindgen_test]
fn the_demo_link_is_recognised() {
    assert!(seimbang_app::app::opens_demo("?demo"));
    assert!(seimbang_app::app::opens_demo("?x=1&demo=1"));
    assert!(!seimbang_app::app::opens_demo("?demonstration"));
    assert!(!seimbang_app::app::opens_demo(""));
}

#[wasm_bindgen_test]
async fn the_mounted_shell_switches_pages() {
    let document = web_sys::window().unwrap().document().unwrap();
    leptos::mount::mount_to_body(seimbang_app::app::App);
    let heading = || {
        document
            .query_selector("main h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(heading(), "Data pegawai dan kebutuhan");
    let nav: web_sys::HtmlElement = document
        .query_selector("[data-testid=nav-analisis]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    nav.click();
    leptos::task::tick().await;
    assert_eq!(heading(), "Analisis beban kerja");
}
