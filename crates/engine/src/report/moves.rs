//! The proposed moves as a table: who (NIP, name), from where to where (codes and
//! names), mutasi or rotasi, cost and gain, why they may move, which rule of the
//! published tie-break picked them, the explanation sentence, and the end date of a
//! temporary assignment. It is what a BKPSDM officer prints and signs off.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::plan::{Criterion, Move, MoveKind, Plan};
use crate::slot::SlotTable;

/// Sheet and file name.
pub const NAME: &str = "usulan_mutasi";

const COLUMNS: &[Column] = &[
    col("NIP", "NIP"),
    col("Nama", "Name"),
    col("OPD asal", "From agency"),
    col("Kode unit asal", "From unit code"),
    col("Unit asal", "From unit"),
    col("Kode jabatan asal", "From position code"),
    col("Jabatan asal", "From position"),
    col("OPD tujuan", "To agency"),
    col("Kode unit tujuan", "To unit code"),
    col("Unit tujuan", "To unit"),
    col("Kode jabatan tujuan", "To position code"),
    col("Jabatan tujuan", "To position"),
    col("Jenis", "Kind"),
    col("Biaya", "Cost"),
    col("Manfaat", "Gain"),
    col("Kelayakan", "Eligibility"),
    col("Kriteria pemilihan", "Selection criterion"),
    col("Alasan", "Explanation"),
    col("Sementara sampai", "Temporary until"),
    col("Tujuan usulan", "Preferred unit"),
];

/// The move's kind as the table writes it.
pub fn kind_label(kind: MoveKind, lang: Lang) -> &'static str {
    match kind {
        MoveKind::Mutasi => lang.pick("mutasi", "transfer"),
        MoveKind::Rotasi => lang.pick("rotasi", "rotation"),
    }
}

/// The deciding rule in a word or two (forced moves say so).
pub fn criterion_label(m: &Move, lang: Lang) -> &'static str {
    if m.forced.is_some() {
        return lang.pick("dipaksa pengguna", "forced by the user");
    }
    match m.criterion {
        Criterion::Sukarela => lang.pick("sukarela", "volunteered"),
        Criterion::JatuhTempo => lang.pick("jatuh tempo rotasi", "due for rotation"),
        Criterion::MasaJabatan => lang.pick("masa jabatan terlama", "longest in position"),
        Criterion::Nip => lang.pick("urutan NIP", "NIP order"),
        Criterion::SemuaPindah => lang.pick("semua pindah", "all move"),
    }
}

/// One row per move, in the plan's order (by NIP).
pub fn moves_table(ds: &Dataset, slots: &SlotTable, plan: &Plan, lang: Lang) -> Table {
    let names = Names::of(ds);
    let jabatan = |i: usize, code: &str| -> String {
        slots
            .slots
            .get(i)
            .map_or_else(|| code.to_string(), |s| s.nama_jabatan.clone())
    };
    let mut t = Table::new(NAME, COLUMNS, lang);
    for m in &plan.moves {
        let e = ds.employees.get(m.employee);
        let (f, to) = (&m.from, &m.to);
        t.rows.push(vec![
            Value::Nip(m.nip.clone()),
            Value::opt_text(e.map(|e| e.nama.as_str())),
            Value::text(names.opd_of(&f.kode_unit)),
            Value::text(&f.kode_unit),
            Value::text(names.unit(&f.kode_unit)),
            Value::text(&f.kode_jabatan),
            Value::text(&jabatan(f.slot, &f.kode_jabatan)),
            Value::text(names.opd_of(&to.kode_unit)),
            Value::text(&to.kode_unit),
            Value::text(names.unit(&to.kode_unit)),
            Value::text(&to.kode_jabatan),
            Value::text(&jabatan(to.slot, &to.kode_jabatan)),
            Value::text(kind_label(m.kind, lang)),
            Value::Decimal(m.cost),
            Value::Decimal(m.gain),
            Value::text(&m.rules.describe(lang)),
            Value::text(criterion_label(m, lang)),
            Value::text(&m.explain(lang)),
            m.temporary
                .as_ref()
                .map_or(Value::Empty, |t| Value::Date(t.until)),
            Value::opt_text(e.and_then(|e| e.tujuan_usulan.as_deref())),
        ]);
    }
    t
}
