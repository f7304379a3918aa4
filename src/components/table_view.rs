//! Any engine report table (`report::Table`) as an HTML table, with numbers written
//! the way the user's language writes them. The same tables go into the exports, so
//! the report page and the files show the same rows.

use crate::format::{number, percent};
use crate::i18n::use_lang;
use leptos::prelude::*;
use seimbang_engine::lang::Lang;
use seimbang_engine::report::{Table, Value};

fn cell(v: &Value, lang: Lang) -> (String, bool) {
    match v {
        Value::Text(s) | Value::Nip(s) => (s.clone(), false),
        Value::Int(n) => (number(*n as f64, 0, lang), true),
        Value::Decimal(x) => (number(*x, 2, lang), true),
        Value::Ratio(r) => (percent(*r, lang), true),
        Value::Date(d) => (lang.date(*d), false),
        Value::Empty => (String::new(), false),
    }
}

/// One table; at most `max_rows` rows are drawn (the exports carry them all).
#[component]
pub fn TableView(table: Table, #[prop(default = 200)] max_rows: usize) -> impl IntoView {
    let lang = use_lang();
    let testid = format!("table-{}", table.name);
    move || {
        let lang = lang.get();
        let head = table
            .headers
            .iter()
            .map(|h| view! { <th>{h.clone()}</th> })
            .collect_view();
        let body = table
            .rows
            .iter()
            .take(max_rows)
            .map(|r| {
                r.iter()
                    .map(|v| {
                        let (text, num) = cell(v, lang);
                        view! { <td class:num=num>{text}</td> }
                    })
                    .collect_view()
            })
            .map(|cells| view! { <tr>{cells}</tr> })
            .collect_view();
        view! {
            <div class="table-wrap"><table class="report-table" data-testid=testid.clone()>
                <thead><tr>{head}</tr></thead><tbody>{body}</tbody>
            </table></div>
        }
    }
}
