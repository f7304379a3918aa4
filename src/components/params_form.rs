//! The scenario parameters as a form, grouped as the engine documents them (who may
//! move, where to, limits, costs, workload), each with its default and a one-line
//! explanation from `params_doc`. Every edit replaces the scenario's `Params` value.

use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::params::{Params, Scope};
use seimbang_engine::params_doc::{Group, ParamDoc, PARAMS};
use seimbang_engine::Date;

/// Why a typed value was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rejected;

/// Apply the text of an input to the parameter `key`. Text that is not a value of the
/// parameter, or a value outside its domain (negative months, a BUP of 200, ...), is
/// rejected and leaves the parameters unchanged, so the caller can say so.
pub fn apply(p: &mut Params, key: &str, text: &str, checked: bool) -> Result<(), Rejected> {
    let mut next = p.clone();
    assign(&mut next, key, text, checked)?;
    next.validate().map_err(|_| Rejected)?;
    *p = next;
    Ok(())
}

fn assign(p: &mut Params, key: &str, text: &str, checked: bool) -> Result<(), Rejected> {
    let t = text.trim().replace(',', ".");
    let opt_u32 = |t: &str| {
        if t.is_empty() {
            Some(None)
        } else {
            t.parse::<u32>().ok().map(Some)
        }
    };
    let opt_f64 = |t: &str| {
        if t.is_empty() {
            Some(None)
        } else {
            t.parse::<f64>().ok().filter(|v| v.is_finite()).map(Some)
        }
    };
    let num = |t: &str| {
        t.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or(Rejected)
    };
    let int = |t: &str| t.parse::<i32>().map_err(|_| Rejected);
    match key {
        "tanggal_acuan" => p.tanggal_acuan = Some(Date::parse(&t).ok_or(Rejected)?),
        "izinkan_pppk" => p.izinkan_pppk = checked,
        "jaga_asal" => p.jaga_asal = checked,
        "batasi_tujuan" => p.batasi_tujuan = checked,
        "lingkup" => p.lingkup = if t == "opd" { Scope::Opd } else { Scope::Semua },
        "min_masa_jabatan_bulan" => p.min_masa_jabatan_bulan = int(&t)?,
        "batas_pensiun_bulan" => p.batas_pensiun_bulan = int(&t)?,
        "bup_default" => p.bup_default = t.parse().map_err(|_| Rejected)?,
        "wke_menit" => p.wke_menit = num(&t)?,
        "biaya_pindah" => p.biaya_pindah = num(&t)?,
        "faktor_sukarela" => p.faktor_sukarela = num(&t)?,
        "maks_pindah" => p.maks_pindah = opt_u32(&t).ok_or(Rejected)?,
        "maks_keluar_persen" => p.maks_keluar_persen = opt_f64(&t).ok_or(Rejected)?,
        _ => return Err(Rejected),
    }
    Ok(())
}

/// The current value of `key` as input text.
pub fn value_text(p: &Params, key: &str) -> String {
    match key {
        "tanggal_acuan" => p
            .tanggal_acuan
            .map(|d| format!("{:02}-{:02}-{}", d.day, d.month, d.year))
            .unwrap_or_default(),
        "min_masa_jabatan_bulan" => p.min_masa_jabatan_bulan.to_string(),
        "batas_pensiun_bulan" => p.batas_pensiun_bulan.to_string(),
        "bup_default" => p.bup_default.to_string(),
        "wke_menit" => p.wke_menit.to_string(),
        "biaya_pindah" => p.biaya_pindah.to_string(),
        "faktor_sukarela" => p.faktor_sukarela.to_string(),
        "maks_pindah" => p.maks_pindah.map(|v| v.to_string()).unwrap_or_default(),
        "maks_keluar_persen" => p
            .maks_keluar_persen
            .map(|v| v.to_string())
            .unwrap_or_default(),
        "lingkup" => if p.lingkup == Scope::Opd {
            "opd"
        } else {
            "semua"
        }
        .to_string(),
        _ => String::new(),
    }
}

fn is_flag(key: &str) -> bool {
    matches!(key, "izinkan_pppk" | "jaga_asal" | "batasi_tujuan")
}

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
        match apply(&mut next, key, &el.value(), el.checked()) {
            Ok(()) => {
                rejected.set(None);
                params.set(next);
            }
            Err(Rejected) => {
                rejected.set(Some(el.value()));
                // Show the value in force again, beside the message.
                el.set_value(&params.with_untracked(|p| value_text(p, key)));
            }
        }
    };
    let control = if is_flag(key) {
        let checked = move || {
            params.with(|p| match key {
                "izinkan_pppk" => p.izinkan_pppk,
                "jaga_asal" => p.jaga_asal,
                _ => p.batasi_tujuan,
            })
        };
        view! { <input type="checkbox" id=id.clone() data-testid=id.clone() prop:checked=checked on:change=on_input/> }.into_any()
    } else if key == "lingkup" {
        view! {
            <select id=id.clone() data-testid=id.clone()
                on:change=move |ev| { let v = event_target_value(&ev); params.update(|p| { let _ = apply(p, key, &v, false); }); }
                prop:value=move || params.with(|p| value_text(p, key))>
                <option value="semua">{move || lang.get().pick("Semua OPD", "Any agency")}</option>
                <option value="opd">{move || lang.get().pick("OPD sendiri", "Own agency")}</option>
            </select>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() data-testid=id.clone() inputmode="decimal"
                prop:value=move || params.with(|p| value_text(p, key)) on:change=on_input/>
        }
        .into_any()
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
        </div>
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
