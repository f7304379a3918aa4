//! The retirement projection ([`crate::projection::project`]) as two tables: per year,
//! OPD and jabatan (who reaches BUP and the shortage left if nobody is replaced), and the
//! yearly totals, so a region sees where it will run short before it does.

use super::names::Names;
use super::table::{col, Column, Table, Value};
use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::projection::Projection;

/// Sheet and file names.
pub const NAME_GROUPS: &str = "proyeksi_pensiun";
pub const NAME_YEARS: &str = "proyeksi_pensiun_tahunan";

const GROUPS: &[Column] = &[
    col("Tahun", "Year"),
    col("Kode OPD", "Agency code"),
    col("OPD", "Agency"),
    col("Kode jabatan", "Position code"),
    col("Jabatan", "Position"),
    col("Pensiun", "Retiring"),
    col("Pensiun kumulatif", "Retiring, cumulative"),
    col("Bezetting akhir tahun", "Staff at year end"),
    col("Kebutuhan", "Need"),
    col("Kekurangan", "Shortage"),
];

const YEARS: &[Column] = &[
    col("Tahun", "Year"),
    col("Pensiun", "Retiring"),
    col("Bezetting akhir tahun", "Staff at year end"),
    col("Kekurangan", "Shortage"),
    col("Kekurangan saat ini", "Shortage now"),
];

/// Per group and per year.
pub fn projection_tables(ds: &Dataset, p: &Projection, lang: Lang) -> [Table; 2] {
    let names = Names::of(ds);
    let mut groups = Table::new(NAME_GROUPS, GROUPS, lang);
    for r in &p.rows {
        groups.rows.push(vec![
            Value::int(r.year),
            Value::text(&r.opd),
            Value::text(names.opd(&r.opd)),
            Value::text(&r.kode_jabatan),
            Value::text(&r.nama_jabatan),
            Value::int(r.pensiun),
            Value::int(r.pensiun_kumulatif),
            Value::int(r.bezetting),
            Value::Decimal(r.kebutuhan),
            Value::Decimal(r.kekurangan),
        ]);
    }
    let mut years = Table::new(NAME_YEARS, YEARS, lang);
    for y in &p.years {
        years.rows.push(vec![
            Value::int(y.year),
            Value::int(y.pensiun),
            Value::int(y.bezetting),
            Value::Decimal(y.kekurangan),
            Value::Decimal(p.kekurangan_awal),
        ]);
    }
    [groups, years]
}
