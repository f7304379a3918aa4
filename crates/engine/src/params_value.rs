//! A parameter's value, typed: what the form edits and the report prints. Each
//! documented parameter ([`crate::params_doc::PARAMS`]) reads and writes its field of
//! [`Params`] through one of these, so the app's form needs no parameter names: it
//! draws a control per kind and hands the typed text back.

use crate::date::Date;
use crate::lang::Lang;
use crate::params::Scope;

/// One parameter's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamValue {
    Flag(bool),
    Whole(i64),
    Number(f64),
    /// A whole number or "no limit".
    OptWhole(Option<u32>),
    /// A number or "no limit".
    OptNumber(Option<f64>),
    /// A date or "today".
    Date(Option<Date>),
    Scope(Scope),
}

/// Which control a parameter needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Flag,
    Whole,
    Number,
    OptWhole,
    OptNumber,
    Date,
    Scope,
}

impl ParamValue {
    pub fn kind(self) -> Kind {
        match self {
            ParamValue::Flag(_) => Kind::Flag,
            ParamValue::Whole(_) => Kind::Whole,
            ParamValue::Number(_) => Kind::Number,
            ParamValue::OptWhole(_) => Kind::OptWhole,
            ParamValue::OptNumber(_) => Kind::OptNumber,
            ParamValue::Date(_) => Kind::Date,
            ParamValue::Scope(_) => Kind::Scope,
        }
    }

    /// The value as a form's input holds it: plain numbers, `dd-mm-yyyy`, `semua`/`opd`,
    /// empty for "no limit" (a flag's input is its checkbox: empty).
    pub fn input_text(self) -> String {
        match self {
            ParamValue::Flag(_) | ParamValue::OptWhole(None) | ParamValue::OptNumber(None) => {
                String::new()
            }
            ParamValue::Whole(n) => n.to_string(),
            ParamValue::Number(v) | ParamValue::OptNumber(Some(v)) => v.to_string(),
            ParamValue::OptWhole(Some(n)) => n.to_string(),
            ParamValue::Date(d) => d
                .map(|d| format!("{:02}-{:02}-{}", d.day, d.month, d.year))
                .unwrap_or_default(),
            ParamValue::Scope(Scope::Semua) => "semua".into(),
            ParamValue::Scope(Scope::Opd) => "opd".into(),
        }
    }

    /// The value in words, in the language's number and date style (`ya`, `semua OPD`,
    /// `1,5`, `75.000`, `31 Desember 2026`, `tanpa batas`).
    pub fn words(self, lang: Lang) -> String {
        let none = || lang.pick("tanpa batas", "no limit").to_string();
        let number = |v: f64| {
            if v.fract() == 0.0 && v.abs() >= 1000.0 {
                lang.grouped(v)
            } else {
                lang.decimal(v)
            }
        };
        match self {
            ParamValue::Flag(b) => lang
                .pick(if b { "ya" } else { "tidak" }, if b { "yes" } else { "no" })
                .to_string(),
            ParamValue::Whole(n) => n.to_string(),
            ParamValue::Number(v) => number(v),
            ParamValue::OptWhole(n) => n.map_or_else(none, |n| n.to_string()),
            ParamValue::OptNumber(v) => v.map_or_else(none, number),
            ParamValue::Date(d) => d.map_or_else(
                || lang.pick("hari ini", "today").to_string(),
                |d| lang.date(d),
            ),
            ParamValue::Scope(Scope::Semua) => lang.pick("semua OPD", "any agency").to_string(),
            ParamValue::Scope(Scope::Opd) => lang.pick("OPD sendiri", "own agency").to_string(),
        }
    }
}

impl Kind {
    /// Read a form's input as a value of this kind (decimal comma or point; an empty
    /// optional is "no limit"; a flag is `checked`); `None` when the text is no value.
    pub fn parse(self, text: &str, checked: bool) -> Option<ParamValue> {
        let t = text.trim().replace(',', ".");
        let number = |t: &str| t.parse::<f64>().ok().filter(|v| v.is_finite());
        Some(match self {
            Kind::Flag => ParamValue::Flag(checked),
            Kind::Whole => ParamValue::Whole(t.parse().ok()?),
            Kind::Number => ParamValue::Number(number(&t)?),
            Kind::OptWhole if t.is_empty() => ParamValue::OptWhole(None),
            Kind::OptWhole => ParamValue::OptWhole(Some(t.parse().ok()?)),
            Kind::OptNumber if t.is_empty() => ParamValue::OptNumber(None),
            Kind::OptNumber => ParamValue::OptNumber(Some(number(&t)?)),
            Kind::Date => ParamValue::Date(Some(Date::parse(&t)?)),
            Kind::Scope => ParamValue::Scope(match t.as_str() {
                "semua" => Scope::Semua,
                "opd" => Scope::Opd,
                _ => return None,
            }),
        })
    }
}
