//! What an accepted import made of the employee table, above the list of problems: the
//! counts a user checks first (read, counted in the model, outside it, immovable because
//! of their data, rows skipped), and the (unit, jabatan) pairs without a need row,
//! grouped with their rows, with the missing need rows as a file to fill in. One
//! warning per driver in a long list is how people got lost before; this is where they
//! are found. The figures come from the engine's `ImportSummary`.

use crate::download::download_bytes;
use crate::i18n::{tr, use_lang, Text};
use leptos::prelude::*;
use seimbang_engine::import_summary::ImportSummary;

/// The MIME type of CSV files.
const CSV: &str = "text/csv;charset=utf-8";

/// One figure with its label.
#[component]
fn Figure(value: usize, label: Text, testid: &'static str) -> impl IntoView {
    view! {
        <li><strong data-testid=testid>{value}</strong>" " {tr(label)}</li>
    }
}

/// The import summary of an accepted import.
#[component]
pub fn ImportSummaryView(summary: ImportSummary) -> impl IntoView {
    let lang = use_lang();
    let outside_count = summary.outside_employees();
    let summary = StoredValue::new(summary);
    let download = move |_| {
        summary.with_value(|s| {
            if let Ok(file) = s.missing_needs_csv() {
                let _ = download_bytes(&file.name, CSV, &file.bytes);
            }
        })
    };
    let groups = move || {
        let lang = lang.get();
        summary.with_value(|s| {
            s.outside
                .iter()
                .map(|slot| {
                    view! {
                        <tr data-testid="outside-row">
                            <td>{slot.nama_unit.clone()} " " <span class="muted mono">{slot.kode_unit.clone()}</span></td>
                            <td>{slot.nama_jabatan.clone()} " " <span class="muted mono">{slot.kode_jabatan.clone()}</span></td>
                            <td class="num" data-testid="outside-count">{slot.rows.len()}</td>
                            <td>{ImportSummary::rows_text(slot, lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let (read, in_model, immovable, skipped) =
        summary.with_value(|s| (s.employees, s.in_model, s.immovable_by_data, s.skipped_rows));
    view! {
        <div class="import-summary" data-testid="import-summary">
            <ul class="figures-list">
                <Figure value=read label=Text::SummaryRead testid="summary-read"/>
                <Figure value=in_model label=Text::SummaryInModel testid="summary-in-model"/>
                <Figure value=outside_count label=Text::SummaryOutside testid="summary-outside"/>
                <Figure value=immovable label=Text::SummaryImmovable testid="summary-immovable"/>
                <Figure value=skipped label=Text::SummarySkipped testid="summary-skipped"/>
            </ul>
            <Show when=move || { outside_count > 0 }>
                <h3>{tr(Text::OutsideTitle)}</h3>
                <p class="muted">{tr(Text::OutsideIntro)}</p>
                <button type="button" data-testid="download-missing-needs" on:click=download>
                    {tr(Text::OutsideDownload)}
                </button>
                <div class="table-wrap">
                    <table class="outside-table" data-testid="outside-table">
                        <thead><tr>
                            <th>{tr(Text::UnitLabel)}</th><th>{tr(Text::JabatanLabel)}</th>
                            <th class="num">{tr(Text::EmployeesLabel)}</th><th>{tr(Text::RowsLabel)}</th>
                        </tr></thead>
                        <tbody>{groups}</tbody>
                    </table>
                </div>
            </Show>
        </div>
    }
}
