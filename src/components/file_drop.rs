//! Where users hand over their files: a drop zone that is also a keyboard-reachable file
//! picker (several CSVs, or one XLSX workbook). Reading the bytes is the only thing done
//! here; the import itself is the engine's, and its outcome goes to the caller.

use crate::i18n::{tr, Text};
use gloo_file::futures::read_as_bytes;
use gloo_file::Blob;
use leptos::prelude::*;
use leptos::task::spawn_local;
use seimbang_engine::import::InputFile;
use wasm_bindgen::JsCast;

/// The files of a FileList, taken out at once: the list is live, and clearing the input
/// (so the same file can be chosen again) would empty it.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// A file the browser could not read (its name; the browser's reason is logged).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// Read browser files into engine input files.
async fn read_all(files: Vec<web_sys::File>) -> Result<Vec<InputFile>, Unreadable> {
    let mut out = Vec::new();
    for file in files {
        let name = file.name();
        let bytes = read_as_bytes(&Blob::from(web_sys::Blob::from(file)))
            .await
            .map_err(|e| {
                leptos::logging::warn!("{name}: {e}");
                Unreadable(name.clone())
            })?;
        out.push(InputFile::new(name, bytes));
    }
    Ok(out)
}

/// A drop zone and file picker. `on_files` gets the files once read; `busy` is true while
/// they are being read and imported (the caller clears it).
#[component]
pub fn FileDrop(
    on_files: Callback<Vec<InputFile>>,
    busy: RwSignal<bool>,
    on_read_error: Callback<Unreadable>,
) -> impl IntoView {
    let hover = RwSignal::new(false);
    let take = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match read_all(list).await {
                Ok(files) => on_files.run(files),
                Err(e) => {
                    busy.set(false);
                    on_read_error.run(e);
                }
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        take(files_of(input.as_ref().and_then(|i| i.files())));
        if let Some(i) = input {
            i.set_value(""); // the same file can be chosen again after fixing it
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        hover.set(false);
        take(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    view! {
        <label
            class="file-drop"
            class:hover=hover
            class:busy=busy
            data-testid="file-drop"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                hover.set(true);
            }
            on:dragleave=move |_| hover.set(false)
            on:drop=on_drop
        >
            <span class="file-drop-title">{tr(Text::DropFiles)}</span>
            <span class="muted">{tr(Text::DropFilesHint)}</span>
            <span class="button-like">{tr(Text::ChooseFiles)}</span>
            <input
                type="file"
                multiple
                accept=".csv,.txt,.tsv,.xlsx,.xlsm"
                data-testid="file-input"
                on:change=on_change
                disabled=busy
            />
        </label>
    }
}
