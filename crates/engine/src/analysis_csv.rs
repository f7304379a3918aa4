//! `analysis.csv` of docs/CLI.md, produced here so the app's download and the CLI's file are
//! the same bytes: one row per slot ordered by unit then jabatan, decimal point, `ej`
//! and `pj` empty when the slot has no staff.

use crate::analysis::Indicators;
use crate::slot::Slot;

/// The CSV header.
pub const HEADER: &str = "kode_unit,kode_jabatan,opd_kode,bezetting,kebutuhan,selisih,ej,pj";

/// A decimal with a point, at most six decimals, no trailing zeros (`1.6`, `3`, `-0.5`).
pub fn decimal_text(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".to_string(),
        _ => s.to_string(),
    }
}

/// A CSV field, quoted when it holds a comma, quote or line end.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The whole file (LF line ends, trailing newline).
pub fn analysis_csv(slots: &[Slot], indicators: &Indicators) -> String {
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_by(|a, b| {
        let (sa, sb) = (&slots[*a], &slots[*b]);
        (&sa.kode_unit, &sa.kode_jabatan).cmp(&(&sb.kode_unit, &sb.kode_jabatan))
    });
    let mut out = String::with_capacity(64 * (slots.len() + 1));
    out.push_str(HEADER);
    out.push('\n');
    for i in order {
        let (Some(s), Some(f)) = (slots.get(i), indicators.slots.get(i)) else {
            continue;
        };
        let row = [
            field(&s.kode_unit),
            field(&s.kode_jabatan),
            field(&s.opd),
            f.bezetting.to_string(),
            decimal_text(f.kebutuhan),
            decimal_text(f.selisih),
            f.ej.map(decimal_text).unwrap_or_default(),
            f.pj.map(|p| p.letter().to_string()).unwrap_or_default(),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}
