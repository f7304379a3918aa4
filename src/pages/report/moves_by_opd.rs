//! The report's list of moves, grouped by the OPD people leave, each with its reason in
//! words. Grouping is a plain function; the view only lays it out.

use crate::i18n::{tr, use_lang, Text};
use crate::move_rows::{rows, MoveRow};
use crate::state::Outcome;
use leptos::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// Rows grouped by the OPD name of the source unit, in name order.
pub fn by_opd(outcome: &Outcome) -> Vec<(String, Vec<MoveRow>)> {
    let ds = &outcome.data;
    let opd_name: HashMap<&str, String> = ds
        .units
        .iter()
        .map(|u| {
            (
                u.kode_unit.as_str(),
                u.opd_nama
                    .clone()
                    .or_else(|| u.opd_kode.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<MoveRow>> = BTreeMap::new();
    for r in rows(ds, &outcome.plan) {
        let unit = outcome
            .plan
            .moves
            .get(r.index)
            .map(|m| m.from.kode_unit.as_str())
            .unwrap_or("");
        groups
            .entry(opd_name.get(unit).cloned().unwrap_or_default())
            .or_default()
            .push(r);
    }
    groups.into_iter().collect()
}

/// Every move, by OPD, with its reason.
#[component]
pub fn MovesByOpd(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        by_opd(&outcome)
            .into_iter()
            .map(|(opd, rows)| {
                let lines = rows
                    .iter()
                    .map(|r| {
                        let why = outcome.plan.moves.get(r.index).map(|m| m.explain(lang)).unwrap_or_default();
                        view! {
                            <tr><td class="mono">{r.nip.clone()}</td><td>{r.nama.clone()}</td><td>{r.from.clone()}</td>
                            <td>{r.to.clone()}</td><td class="small">{why}</td></tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="opd-group" data-testid="report-opd-group">
                        <h3>{opd} " (" {rows.len()} ")"</h3>
                        <table class="report-table">
                            <thead><tr><th>{tr(Text::Nip)}</th><th>{tr(Text::Name)}</th><th>{tr(Text::From)}</th><th>{tr(Text::To)}</th><th>{tr(Text::Why)}</th></tr></thead>
                            <tbody>{lines}</tbody>
                        </table>
                    </div>
                }
            })
            .collect_view()
    }
}
