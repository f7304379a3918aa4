//! The report's list of moves, grouped by the OPD people leave, each with its reason in
//! words. Grouping is a plain function; the view only lays it out.

use crate::i18n::{tr, use_lang, Text};
use crate::state::Outcome;
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_workbench::move_rows::{rows, MoveRow};
use std::collections::{BTreeMap, HashMap};

/// Rows grouped by the OPD name of the source unit, in name order.
pub fn by_opd(outcome: &Outcome) -> Vec<(String, Vec<MoveRow>)> {
    let ds = outcome.data();
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

/// Rows drawn in one go: a block of this many rows takes a few tens of milliseconds,
/// so a plan of thousands of moves is drawn block by block without freezing the page.
pub const BLOCK_ROWS: usize = 200;

/// A run of at most [`BLOCK_ROWS`] rows of one OPD's group.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub opd: String,
    /// The group's number of rows (printed on its first block).
    pub group_rows: usize,
    /// The group's first block (it carries the heading and the column names).
    pub first: bool,
    pub rows: Vec<MoveRow>,
}

/// The groups cut into blocks of at most `size` rows, in order.
pub fn blocks(groups: Vec<(String, Vec<MoveRow>)>, size: usize) -> Vec<Block> {
    let mut out = Vec::new();
    for (opd, rows) in groups {
        let group_rows = rows.len();
        for (i, chunk) in rows.chunks(size.max(1)).enumerate() {
            out.push(Block {
                opd: opd.clone(),
                group_rows,
                first: i == 0,
                rows: chunk.to_vec(),
            });
        }
    }
    out
}

/// Show one more block after the page has painted, until `total` are shown (stops
/// when the list is gone).
fn reveal(shown: RwSignal<usize>, total: usize) {
    set_timeout(
        move || {
            if shown.try_update(|n| *n += 1).is_some() && shown.get_untracked() < total {
                reveal(shown, total);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// One block: a heading and the column names when it starts its group.
fn block_view(block: &Block, outcome: &Outcome, lang: RwSignal<Lang>) -> impl IntoView {
    let lines = block
        .rows
        .iter()
        .map(|r| {
            let (plan, i) = (outcome.plan.clone(), r.index);
            let why = move || plan.moves.get(i).map(|m| m.explain(lang.get())).unwrap_or_default();
            view! {
                <tr><td class="mono">{r.nip.clone()}</td><td>{r.nama.clone()}</td><td>{r.from.clone()}</td>
                <td>{r.to.clone()}</td><td class="small">{why}</td></tr>
            }
        })
        .collect_view();
    let head = block.first.then(|| {
        view! { <thead><tr><th>{tr(Text::Nip)}</th><th>{tr(Text::Name)}</th><th>{tr(Text::From)}</th><th>{tr(Text::To)}</th><th>{tr(Text::Why)}</th></tr></thead> }
    });
    let title = block
        .first
        .then(|| view! { <h3>{block.opd.clone()} " (" {block.group_rows} ")"</h3> });
    view! {
        <div class="opd-group" class:continued=!block.first data-testid=block.first.then_some("report-opd-group")>
            {title}
            <table class="report-table moves-table">
                <colgroup><col class="c-nip"/><col class="c-name"/><col class="c-place"/><col class="c-place"/><col class="c-why"/></colgroup>
                {head}
                <tbody>{lines}</tbody>
            </table>
        </div>
    }
}

/// Every move, by OPD, with its reason; drawn block by block, with the progress shown
/// until the list is complete (`data-complete` then says so, for printing).
#[component]
pub fn MovesByOpd(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let all = std::sync::Arc::new(blocks(by_opd(&outcome), BLOCK_ROWS));
    let total = all.len();
    let rows: usize = all.iter().map(|b| b.rows.len()).sum();
    let shown = RwSignal::new(total.min(1));
    if total > 1 {
        reveal(shown, total);
    }
    let done_rows = {
        let all = all.clone();
        move || {
            all.iter()
                .take(shown.get())
                .map(|b| b.rows.len())
                .sum::<usize>()
        }
    };
    view! {
        <div data-testid="report-move-list" data-complete=move || (shown.get() >= total).to_string()>
            <Show when=move || { shown.get() < total }>
                <p class="progress" role="status" data-testid="report-progress">
                    {tr(Text::DrawingReport)} " " {done_rows.clone()} " / " {rows}
                </p>
            </Show>
            <For each=move || 0..shown.get() key=|i| *i let:i>
                {all.get(i).map(|b| block_view(b, &outcome, lang))}
            </For>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
    use seimbang_engine::plan::solve;
    use seimbang_engine::{Date, Params};
    use wasm_bindgen_test::wasm_bindgen_test;

    /// (group sizes, block size) → (opd index, first, rows) per block.
    fn check(sizes: &[usize], size: usize, expected: &[(usize, bool, usize)]) {
        let ds = generate(&DemoSpec::small(DEMO_SEED, 300));
        let plan = solve(&ds, &Params::default(), Date::new(2026, 1, 1).unwrap()).unwrap();
        let row = rows(&ds, &plan).remove(0);
        let groups: Vec<_> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| (format!("OPD {i}"), vec![row.clone(); n]))
            .collect();
        let got: Vec<_> = blocks(groups, size)
            .iter()
            .map(|b| {
                assert_eq!(b.group_rows, sizes[b.opd[4..].parse::<usize>().unwrap()]);
                (b.opd[4..].parse().unwrap(), b.first, b.rows.len())
            })
            .collect();
        assert_eq!(got, expected, "sizes {sizes:?}, block {size}");
    }

    #[wasm_bindgen_test]
    fn groups_are_cut_into_blocks_in_order() {
        check(&[], 2, &[]);
        check(&[1], 2, &[(0, true, 1)]);
        check(
            &[2, 5],
            2,
            &[(0, true, 2), (1, true, 2), (1, false, 2), (1, false, 1)],
        );
        check(&[3], 0, &[(0, true, 1), (0, false, 1), (0, false, 1)]);
    }
}
