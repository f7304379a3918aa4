//! The scenario's parameters and the rules they make, as report tables: each parameter
//! by its label with its value in words and what it means, and every published rule
//! sentence under its heading. A signed decision carries the rules it was made under.

use super::table::{col, Column, Table, Value};
use crate::date::Date;
use crate::lang::Lang;
use crate::params::Params;
use crate::params_doc::PARAMS;
use crate::pj::PjTable;
use crate::rules::published_rules;

/// Sheet and file names.
pub const NAME_PARAMETERS: &str = "parameter";
pub const NAME_RULES: &str = "aturan";

const PARAMETERS: &[Column] = &[
    col("Parameter", "Parameter"),
    col("Nilai", "Value"),
    col("Artinya", "Meaning"),
];

const RULES: &[Column] = &[col("Bagian", "Section"), col("Aturan", "Rule")];

/// One row per parameter, in the form's order; the reference date as resolved.
pub fn parameters_table(p: &Params, reference: Date, lang: Lang) -> Table {
    let resolved = Params {
        tanggal_acuan: Some(reference),
        ..p.clone()
    };
    let mut t = Table::new(NAME_PARAMETERS, PARAMETERS, lang);
    for d in &PARAMS {
        t.rows.push(vec![
            Value::text(d.label(lang)),
            Value::text(&d.value_text(&resolved, lang)),
            Value::text(d.help(lang)),
        ]);
    }
    t
}

/// One row per rule sentence, under its section's title.
pub fn rules_table(p: &Params, pj: &PjTable, lang: Lang) -> Table {
    let mut t = Table::new(NAME_RULES, RULES, lang);
    for s in published_rules(p, pj, lang) {
        for item in s.items {
            t.rows.push(vec![Value::text(&s.title), Value::text(&item)]);
        }
    }
    t
}
