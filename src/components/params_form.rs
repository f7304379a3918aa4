//! The scenario parameters as a form, grouped as the engine documents them (who may
//! move, where to, limits, costs, workload), each with its default and a one-line
//! explanation from `params_doc`. Every edit replaces the scenario's `Params` value.
//! The form knows no parameter by name: each documented parameter says which control it
//! needs and reads and writes its own typed value, so a new parameter is one entry in
//! the engine.

use crate::format::label_case;
use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::params::{Params, Scope};
use seimbang_engine::params_doc::{Group, Kind, ParamDoc, ParamValue, Rejected, PARAMS};
use seimbang_engine::Date;

/// One parameter's control, label, default and explanation.
#[component]
fn Field(doc: ParamDoc, params: RwSignal<Params>) -> impl IntoView {
    let lang = use_lang();
    let key = doc.key;
    let id = format!("param-{key}");
    let rejected = RwSignal::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let el: web_sys::HtmlInputElement = event_target(&ev);
        let mut next = params.get_untracked();
        match doc.apply_input(&mut next, &el.value(), el.checked()) {
            Ok(()) => {
                rejected.set(None);
                params.set(next);
            }
            Err(Rejected) => {
                rejected.set(Some(el.value()));
                // Show the value in force again, beside the message.
                el.set_value(&params.with_untracked(|p| doc.input_text(p)));
            }
        }
    };
    let control = match doc.kind() {
        Kind::Flag => {
            let checked = move || params.with(|p| doc.get(p) == ParamValue::Flag(true));
            view! { <input type="checkbox" id=id.clone() data-testid=id.clone() prop:checked=checked on:change=on_input/> }.into_any()
        }
        Kind::Scope => view! {
            <select id=id.clone() data-testid=id.clone()
                on:change=move |ev| { let v = event_target_value(&ev); params.update(|p| { let _ = doc.apply_input(p, &v, false); }); }
                prop:value=move || params.with(|p| doc.input_text(p))>
                <option value="semua">{move || label_case(&ParamValue::Scope(Scope::Semua).words(lang.get()))}</option>
                <option value="opd">{move || label_case(&ParamValue::Scope(Scope::Opd).words(lang.get()))}</option>
            </select>
        }
        .into_any(),
        _ => view! {
            <input type="text" id=id.clone() data-testid=id.clone() inputmode="decimal"
                prop:value=move || params.with(|p| doc.input_text(p)) on:change=on_input/>
        }
        .into_any(),
    };
    view! {
        <div class="param">
            <label for=id>{move || doc.label(lang.get())}</label>
            {control}
            {move || rejected.get().map(|v| view! {
                <small class="error" role="alert" data-testid=format!("param-error-{key}")>
                    {format!("«{v}»: ")} {tr(Text::ParamRejected)}
                </small>
            })}
            <small class="muted">
                {move || doc.help(lang.get())} " "
                {move || format!("({}: {})", lang.get().pick("bawaan", "default"), doc.default_text(lang.get()))}
            </small>
            {doc.suggested.is_some().then(|| view! { <Suggested doc params/> })}
        </div>
    }
}

/// The value the regulation suggests, with its source and a button to use it (hidden
/// while it is in force).
#[component]
fn Suggested(doc: ParamDoc, params: RwSignal<Params>) -> impl IntoView {
    let lang = use_lang();
    let key = doc.key;
    let in_force = move || params.with(|p| doc.suggested.is_some_and(|s| doc.get(p) == s.value));
    let apply = move |_| {
        params.update(|p| {
            let _ = doc.apply_suggested(p);
        })
    };
    view! {
        <small class="suggested" data-testid=format!("param-suggested-{key}")>
            {move || format!("{}: {}", lang.get().pick("Disarankan", "Suggested"), doc.suggested_text(lang.get()).unwrap_or_default())}
            " "
            <button type="button" class="link" data-testid=format!("param-use-suggested-{key}")
                hidden=in_force on:click=apply>
                {tr(Text::UseSuggested)}
            </button>
        </small>
    }
}

/// The whole parameter form with a restore-defaults button.
#[component]
pub fn ParamsForm(params: RwSignal<Params>, today: Date) -> impl IntoView {
    let lang = use_lang();
    let restore = move |_| {
        params.set(Params {
            tanggal_acuan: Some(today),
            ..Params::default()
        })
    };
    let groups = Group::ALL
        .iter()
        .map(|&g| {
            let fields = PARAMS
                .iter()
                .filter(|d| d.group == g)
                .map(|&doc| view! { <Field doc params/> })
                .collect_view();
            view! {
                <fieldset class="param-group">
                    <legend>{move || g.title(lang.get())}</legend>
                    {fields}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="params" data-testid="params-form" on:submit=|ev| ev.prevent_default()>
            {groups}
            <button type="button" data-testid="params-restore" on:click=restore>{tr(Text::RestoreDefaults)}</button>
        </form>
    }
}
