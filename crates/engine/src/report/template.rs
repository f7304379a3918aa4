//! The input template users download when they start from nothing: one workbook with
//! every table of docs/DATA.md (`pegawai`, `kebutuhan`, `unit`, `kompatibilitas`,
//! `uraian_tugas`), each with every column the importer reads under its short name and
//! a few consistent example rows from the demo region, plus `petunjuk`, the guide to
//! each column ([`super::guide`]). The example rows import without errors, so a user
//! who only overwrites them gets a working dataset.

use super::csv_file::CsvFile;
use super::error::ExportError;
use super::guide::{field_doc, required_text, table_doc};
use super::table::{col, Table, Value};
use super::xlsx::tables_xlsx;
use crate::analysis_csv::decimal_text;
use crate::columns::{Field, TableKind};
use crate::dataset::{Dataset, Employee, NeedRow, Period, Status, TaskRow, Unit};
use crate::demo::{generate, split_name, DemoSpec, DEMO_SEED};
use crate::lang::Lang;
use crate::nip::Sex;
use std::collections::BTreeSet;

/// The sheets, in the order docs/DATA.md lists them.
pub const SHEETS: [TableKind; 8] = [
    TableKind::Pegawai,
    TableKind::Kebutuhan,
    TableKind::Unit,
    TableKind::Kompatibilitas,
    TableKind::UraianTugas,
    TableKind::Konflik,
    TableKind::SyaratJabatan,
    TableKind::KebutuhanSementara,
];

/// Sheet name of the guide.
pub const GUIDE: &str = "petunjuk";

/// Example rows per table at most.
const EXAMPLES: usize = 6;

/// A small, consistent slice of the demo region: two units, a few of their slots, the
/// people in them, one slot's ABK tasks and the compatibility pairs among their jabatan.
pub fn example_dataset() -> Dataset {
    let full = generate(&DemoSpec::small(DEMO_SEED, 150));
    let need_of = |jabatan: &str| full.needs.iter().find(|n| n.kode_jabatan == jabatan);
    // A compatibility pair whose two jabatan both have a need row, so the example shows
    // one; the units of those rows, and the unit of the first ABK task.
    let pair = full
        .compatibility
        .iter()
        .find(|c| need_of(&c.jabatan_asal).is_some() && need_of(&c.jabatan_tujuan).is_some());
    let mut needs: Vec<NeedRow> = pair
        .iter()
        .flat_map(|c| [need_of(&c.jabatan_asal), need_of(&c.jabatan_tujuan)])
        .flatten()
        .cloned()
        .collect();
    let mut units: Vec<String> = needs.iter().map(|n| n.kode_unit.clone()).collect();
    if let Some(t) = full.tasks.first() {
        units.push(t.kode_unit.clone());
    }
    if units.is_empty() {
        units.extend(full.needs.first().map(|n| n.kode_unit.clone()));
    }
    units.sort_unstable();
    units.dedup();
    for n in &full.needs {
        if needs.len() >= EXAMPLES - 1 {
            break;
        }
        if units.contains(&n.kode_unit) && !needs.contains(n) {
            needs.push(n.clone());
        }
    }
    let task_slot = full
        .tasks
        .first()
        .map(|t| (t.kode_unit.clone(), t.kode_jabatan.clone()));
    let tasks: Vec<TaskRow> = full
        .tasks
        .iter()
        .filter(|t| Some((t.kode_unit.clone(), t.kode_jabatan.clone())) == task_slot)
        .take(EXAMPLES)
        .cloned()
        .collect();
    let slots: BTreeSet<(&str, &str)> = needs
        .iter()
        .map(|n| (n.kode_unit.as_str(), n.kode_jabatan.as_str()))
        .chain(
            tasks
                .iter()
                .map(|t| (t.kode_unit.as_str(), t.kode_jabatan.as_str())),
        )
        .collect();
    let mut employees: Vec<Employee> = Vec::new();
    for (u, j) in &slots {
        employees.extend(
            full.employees
                .iter()
                .filter(|e| e.kode_unit == *u && e.kode_jabatan == *j)
                .take(2)
                .cloned(),
        );
    }
    employees.truncate(EXAMPLES);
    for e in &mut employees {
        if !e
            .tujuan_usulan
            .as_deref()
            .is_some_and(|t| units.iter().any(|u| u == t))
        {
            e.tujuan_usulan = None;
        }
    }
    let jabatan: BTreeSet<&str> = slots.iter().map(|(_, j)| *j).collect();
    let compatibility = full
        .compatibility
        .iter()
        .filter(|c| {
            jabatan.contains(c.jabatan_asal.as_str()) && jabatan.contains(c.jabatan_tujuan.as_str())
        })
        .take(EXAMPLES)
        .cloned()
        .collect();
    let kept_units: Vec<Unit> = full
        .units
        .iter()
        .filter(|u| units.contains(&u.kode_unit))
        .cloned()
        .collect();
    // One conflict of interest, as an example row: the first person barred from another
    // unit of the slice.
    let konflik = employees
        .first()
        .and_then(|e| {
            let u = kept_units.iter().find(|u| u.kode_unit != e.kode_unit)?;
            Some(crate::dataset::Conflict {
                nip: e.nip.clone(),
                kode_unit: u.kode_unit.clone(),
                alasan: "contoh: unit dipimpin kerabat".into(),
            })
        })
        .into_iter()
        .collect();
    // One position requirement, as an example row: the slice's first jabatan asks for
    // at least a D-III and grade II/c.
    let syarat = jabatan
        .iter()
        .next()
        .map(|j| crate::dataset::Requirement {
            kode_jabatan: (*j).to_string(),
            pendidikan_min: Some(crate::level::Education::D3),
            golongan_min: crate::level::Grade::parse("II/c"),
            golongan_maks: None,
            row: 2,
        })
        .into_iter()
        .collect();
    // One temporary need, as an example row: the slice's first unit needs one and a
    // half more people of its first jabatan for half a year.
    let sementara = needs
        .first()
        .map(|n| crate::dataset::TemporaryNeed {
            kode_unit: n.kode_unit.clone(),
            jabatan_diterima: vec![n.kode_jabatan.clone()],
            tambahan: 1.5,
            mulai: crate::date::Date::new(2026, 3, 1).unwrap_or(crate::demo::DEMO_REFERENCE),
            selesai: crate::date::Date::new(2026, 8, 31).unwrap_or(crate::demo::DEMO_REFERENCE),
            prioritas: 1.0,
            keterangan: "contoh: program bantuan sosial".into(),
            row: 2,
        })
        .into_iter()
        .collect();
    Dataset {
        employees,
        units: kept_units,
        needs,
        tasks,
        compatibility,
        konflik,
        syarat,
        sementara,
    }
}

fn yes_no(b: bool) -> Value {
    Value::text(if b { "ya" } else { "tidak" })
}

fn period(p: Period) -> &'static str {
    match p {
        Period::Tahun => "tahun",
        Period::Bulan => "bulan",
        Period::Minggu => "minggu",
        Period::Hari => "hari",
    }
}

fn unit_of<'a>(ds: &'a Dataset, kode: &str) -> Option<&'a Unit> {
    ds.units.iter().find(|u| u.kode_unit == kode)
}

fn employee_cell(ds: &Dataset, e: &Employee, f: Field) -> Value {
    use Field::*;
    let (front, nama, back) = split_name(&e.nama);
    let unit = unit_of(ds, &e.kode_unit);
    match f {
        Nip => Value::Nip(e.nip.clone()),
        Nama => Value::text(nama),
        GelarDepan => Value::opt_text(front),
        GelarBelakang => Value::opt_text(back),
        KodeUnit => Value::text(&e.kode_unit),
        NamaUnit => Value::opt_text(unit.map(|u| u.nama_unit.as_str())),
        KodeJabatan => Value::text(&e.kode_jabatan),
        NamaJabatan => Value::text(&e.nama_jabatan),
        JenisJabatan => Value::opt_text(e.jenis_jabatan.as_deref()),
        TmtJabatan => e.tmt_jabatan.map_or(Value::Empty, Value::Date),
        TanggalLahir => e.tanggal_lahir.map_or(Value::Empty, Value::Date),
        JenisKelamin => match e.jenis_kelamin {
            Some(Sex::Male) => Value::text("L"),
            Some(Sex::Female) => Value::text("P"),
            None => Value::Empty,
        },
        JenisPegawai => Value::text(match e.status {
            Status::Pns => "PNS",
            Status::Cpns => "CPNS",
            Status::Pppk => "PPPK",
        }),
        Golongan => Value::opt_text(e.golongan.as_deref()),
        Pendidikan => Value::opt_text(e.pendidikan.as_deref()),
        Opd => Value::opt_text(
            e.opd
                .as_deref()
                .or_else(|| unit.and_then(|u| u.opd_nama.as_deref())),
        ),
        Bup => e.bup.map_or(Value::Empty, Value::int),
        Kunci => yes_no(e.kunci),
        Sukarela => yes_no(e.sukarela),
        TujuanUsulan => Value::opt_text(e.tujuan_usulan.as_deref()),
        HukumanDisiplin => yes_no(e.hukuman_disiplin),
        TugasBelajar => yes_no(e.tugas_belajar),
        _ => Value::Empty,
    }
}

fn need_cell(ds: &Dataset, n: &NeedRow, f: Field) -> Value {
    use Field::*;
    let unit = unit_of(ds, &n.kode_unit);
    match f {
        KodeUnit => Value::text(&n.kode_unit),
        KodeJabatan => Value::text(&n.kode_jabatan),
        Kebutuhan => Value::Decimal(n.kebutuhan),
        Prioritas => Value::Decimal(n.prioritas),
        NamaUnit => Value::opt_text(unit.map(|u| u.nama_unit.as_str())),
        NamaJabatan => Value::opt_text(n.nama_jabatan.as_deref()),
        OpdKode => Value::opt_text(unit.and_then(|u| u.opd_kode.as_deref())),
        OpdNama => Value::opt_text(unit.and_then(|u| u.opd_nama.as_deref())),
        _ => Value::Empty,
    }
}

fn task_cell(ds: &Dataset, t: &TaskRow, f: Field) -> Value {
    use Field::*;
    match f {
        KodeUnit => Value::text(&t.kode_unit),
        KodeJabatan => Value::text(&t.kode_jabatan),
        NamaJabatan => Value::opt_text(
            ds.needs
                .iter()
                .find(|n| n.kode_jabatan == t.kode_jabatan)
                .and_then(|n| n.nama_jabatan.as_deref())
                .or_else(|| {
                    ds.employees
                        .iter()
                        .find(|e| e.kode_jabatan == t.kode_jabatan)
                        .map(|e| e.nama_jabatan.as_str())
                }),
        ),
        UraianTugas => Value::text(&t.uraian_tugas),
        Volume => Value::Decimal(t.volume),
        SatuanPeriode => Value::text(period(t.periode)),
        NormaWaktu => Value::Decimal(t.norma_waktu),
        _ => Value::Empty,
    }
}

fn unit_cell(u: &Unit, f: Field) -> Value {
    use Field::*;
    match f {
        KodeUnit => Value::text(&u.kode_unit),
        NamaUnit => Value::text(&u.nama_unit),
        OpdKode => Value::opt_text(u.opd_kode.as_deref()),
        OpdNama => Value::opt_text(u.opd_nama.as_deref()),
        JenisUnit => Value::opt_text(u.jenis_unit.as_deref()),
        _ => Value::Empty,
    }
}

/// One input sheet of `ds`: every field of the table under its short name.
pub fn input_sheet(ds: &Dataset, kind: TableKind) -> Table {
    let fields = kind.fields();
    let row = |cell: &dyn Fn(Field) -> Value| fields.iter().map(|f| cell(*f)).collect();
    let rows: Vec<Vec<Value>> = match kind {
        TableKind::Pegawai => ds
            .employees
            .iter()
            .map(|e| row(&|f| employee_cell(ds, e, f)))
            .collect(),
        TableKind::Kebutuhan => ds
            .needs
            .iter()
            .map(|n| row(&|f| need_cell(ds, n, f)))
            .collect(),
        TableKind::UraianTugas => ds
            .tasks
            .iter()
            .map(|t| row(&|f| task_cell(ds, t, f)))
            .collect(),
        TableKind::Unit => ds.units.iter().map(|u| row(&|f| unit_cell(u, f))).collect(),
        TableKind::Kompatibilitas => ds
            .compatibility
            .iter()
            .map(|c| vec![Value::text(&c.jabatan_asal), Value::text(&c.jabatan_tujuan)])
            .collect(),
        TableKind::SyaratJabatan => ds
            .syarat
            .iter()
            .map(|r| {
                let grade = |g: Option<crate::level::Grade>| {
                    g.map_or(Value::Empty, |g| Value::text(&g.to_string()))
                };
                vec![
                    Value::text(&r.kode_jabatan),
                    Value::Empty,
                    r.pendidikan_min
                        .map_or(Value::Empty, |e| Value::text(e.label())),
                    grade(r.golongan_min),
                    grade(r.golongan_maks),
                ]
            })
            .collect(),
        TableKind::KebutuhanSementara => ds
            .sementara
            .iter()
            .map(|k| {
                vec![
                    Value::text(&k.kode_unit),
                    Value::text(&k.jabatan_diterima.join("|")),
                    Value::Decimal(k.tambahan),
                    Value::Date(k.mulai),
                    Value::Date(k.selesai),
                    Value::Decimal(k.prioritas),
                    Value::text(&k.keterangan),
                ]
            })
            .collect(),
        TableKind::Konflik => ds
            .konflik
            .iter()
            .map(|c| {
                vec![
                    Value::Nip(c.nip.clone()),
                    Value::text(&c.kode_unit),
                    Value::text(&c.alasan),
                ]
            })
            .collect(),
    };
    Table {
        name: kind.name(),
        headers: fields.iter().map(|f| f.short().to_string()).collect(),
        rows,
    }
}

fn example_text(v: &Value) -> String {
    match v {
        Value::Text(s) | Value::Nip(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Decimal(x) | Value::Ratio(x) => decimal_text(*x),
        Value::Date(d) => d.to_string(),
        Value::Empty => String::new(),
    }
}

/// The `petunjuk` sheet for the input sheets `sheets`.
pub fn guide_sheet(sheets: &[(TableKind, &Table)], lang: Lang) -> Table {
    let mut columns = vec![
        col("Tabel", "Table"),
        col("Kolom", "Column"),
        col("Nama kolom lain yang diterima", "Other accepted headers"),
        col("Wajib", "Required"),
        col("Format", "Format"),
    ];
    columns.push(col("keterangan", "description"));
    if lang == Lang::En {
        columns.push(col("keterangan", "keterangan (Bahasa Indonesia)"));
    }
    columns.push(col("Contoh", "Example"));
    let mut t = Table::new(GUIDE, &columns, lang);
    for (kind, sheet) in sheets {
        let mut head = vec![
            Value::text(kind.name()),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::text(table_doc(*kind, lang)),
        ];
        if lang == Lang::En {
            head.push(Value::text(table_doc(*kind, Lang::Id)));
        }
        head.push(Value::Empty);
        t.rows.push(head);
        for (c, field) in kind.fields().iter().enumerate() {
            let d = field_doc(*field);
            let example = sheet
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .find(|v| **v != Value::Empty)
                .map(example_text)
                .unwrap_or_default();
            let mut row = vec![
                Value::text(kind.name()),
                Value::text(field.short()),
                Value::text(&field.headers().get(1..).unwrap_or(&[]).join(" / ")),
                Value::text(&required_text(*kind, *field, lang)),
                Value::text(lang.pick(d.format_id, d.format_en)),
                Value::text(lang.pick(d.keterangan, d.description)),
            ];
            if lang == Lang::En {
                row.push(Value::text(d.keterangan));
            }
            row.push(Value::text(&example));
            t.rows.push(row);
        }
    }
    t
}

/// The template workbook: the five input sheets with example rows, and `petunjuk`.
pub fn template_xlsx(lang: Lang) -> Result<Vec<u8>, ExportError> {
    let ds = example_dataset();
    let mut tables: Vec<Table> = SHEETS.iter().map(|k| input_sheet(&ds, *k)).collect();
    let guide = guide_sheet(
        &SHEETS
            .iter()
            .copied()
            .zip(tables.iter())
            .collect::<Vec<_>>(),
        lang,
    );
    tables.push(guide);
    tables_xlsx(&tables)
}

/// The template's input sheets as CSV files (for users who prefer CSV).
pub fn template_csv() -> Result<Vec<CsvFile>, ExportError> {
    let ds = example_dataset();
    SHEETS
        .iter()
        .map(|k| super::csv_file::table_csv(&input_sheet(&ds, *k)))
        .collect()
}
