//! Raw tables to the validated `Dataset`, with every problem as a diagnostic.
//!
//! Nobody in `pegawai` drops from the count: a person row with a readable unit and
//! jabatan is always kept (values it cannot read make the person immovable, see
//! `pegawai`), and an employee whose (unit, jabatan) has no need row is outside the
//! model with a warning, never an error: ABK files rarely cover every jabatan
//! (drivers, some Kepala Subbagian). Rows of the other tables that cannot be used are
//! skipped with a warning, except a need row whose number cannot be read.
//!
//! Structural problems are errors: a missing required column, two columns that map to
//! one field (never resolved by picking one), a person row without unit or jabatan, a
//! duplicate NIP or (unit, jabatan) need row. The header may stand below title rows;
//! codes are compared folded (`codes`).

mod codes;
mod compat;
mod jabatan;
mod konflik;
mod needs;
mod pegawai;
mod sementara;
mod sheet;
mod syarat;
mod units;

use crate::columns::TableKind;
use crate::dataset::{Compatibility, Dataset};
use crate::diagnostic::{Diagnostic, DiagnosticKind as K, Severity};
use crate::read::RawTable;
use sheet::Sheet;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Validate the tables (at most one per kind). Returns the dataset and every
/// diagnostic, errors included; the dataset is only meaningful without errors.
pub fn validate(tables: &[(TableKind, &RawTable)]) -> (Dataset, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut sheets = Vec::new();
    for (kind, raw) in tables {
        let sheet = Sheet::new(*kind, raw);
        let missing = sheet.cols.missing(*kind);
        for field in &missing {
            let accepted = kind
                .required()
                .iter()
                .find(|alts| alts.first() == Some(field))
                .map(|alts| {
                    alts.iter()
                        .flat_map(|f| f.headers().iter().map(|h| h.to_string()))
                        .collect()
                })
                .unwrap_or_default();
            diags.push(
                sheet
                    .diag(
                        Severity::Error,
                        K::MissingColumn {
                            field: field.short().to_string(),
                            accepted,
                        },
                    )
                    .in_column(field.short()),
            );
        }
        let ambiguous = sheet.cols.ambiguous(*kind);
        for (field, columns) in &ambiguous {
            diags.push(
                sheet
                    .diag(
                        Severity::Error,
                        K::AmbiguousColumns {
                            field: field.short().to_string(),
                            columns: columns.clone(),
                        },
                    )
                    .in_column(&columns.join(" / ")),
            );
        }
        if let Some(row) = sheet.header_below.filter(|_| missing.is_empty()) {
            diags.push(sheet.diag(Severity::Warning, K::HeaderBelow).at_row(row));
        }
        if missing.is_empty() && ambiguous.is_empty() {
            sheets.push(sheet);
        }
    }
    let keys = jabatan::JabatanKeys::collect(&sheets);
    let unit_codes = codes::UnitCodes::collect(&sheets);
    let find = |k: TableKind| sheets.iter().find(|s| s.kind == k);

    let pegawai_sheet = find(TableKind::Pegawai);
    let need_sheet = find(TableKind::Kebutuhan);
    let task_sheet = find(TableKind::UraianTugas);
    let people = pegawai_sheet
        .map(|s| pegawai::read(s, &keys, &unit_codes, &mut diags))
        .unwrap_or_default();
    let need_rows = need_sheet
        .map(|s| needs::read_needs(s, &keys, &unit_codes, &mut diags))
        .unwrap_or_default();
    let tasks = task_sheet
        .map(|s| needs::read_tasks(s, &keys, &unit_codes, &mut diags))
        .unwrap_or_default();
    let unit_rows = find(TableKind::Unit)
        .map(|s| units::read(s, &unit_codes, &mut diags))
        .unwrap_or_default();
    let compat_sheet = find(TableKind::Kompatibilitas);
    let compat_rows = compat_sheet
        .map(|s| compat::read(s, &keys, &mut diags))
        .unwrap_or_default();

    if let Some(s) = pegawai_sheet.filter(|_| people.is_empty()) {
        diags.push(s.diag(Severity::Error, K::EmptyTable));
    }
    if need_rows.is_empty() && tasks.is_empty() {
        if let Some(s) = need_sheet.or(task_sheet) {
            diags.push(s.diag(Severity::Error, K::EmptyTable));
        }
    }

    // Duplicate NIPs: every row of each group (NIPs that could not be read have keys
    // of their own row).
    if let Some(s) = pegawai_sheet {
        let mut by_nip: HashMap<&str, Vec<u32>> = HashMap::new();
        for p in people.iter().filter(|p| p.nip_read) {
            by_nip
                .entry(p.employee.nip.as_str())
                .or_default()
                .push(p.employee.row);
        }
        for p in people.iter().filter(|p| p.nip_read) {
            if let Some(rows) = by_nip.get(p.employee.nip.as_str()).filter(|r| r.len() > 1) {
                diags.push(
                    s.diag(Severity::Error, K::DuplicateNip { rows: rows.clone() })
                        .at_row(p.employee.row)
                        .in_column(s.cols.header(crate::columns::Field::Nip))
                        .with_value(&p.employee.nip),
                );
            }
        }
    }
    // Duplicate need rows.
    if let Some(s) = need_sheet {
        let mut by_slot: HashMap<(&str, &str), Vec<u32>> = HashMap::new();
        for (n, _) in &need_rows {
            by_slot
                .entry((n.kode_unit.as_str(), n.kode_jabatan.as_str()))
                .or_default()
                .push(n.row);
        }
        for (n, _) in &need_rows {
            if let Some(rows) = by_slot
                .get(&(n.kode_unit.as_str(), n.kode_jabatan.as_str()))
                .filter(|r| r.len() > 1)
            {
                diags.push(
                    s.diag(Severity::Error, K::DuplicateSlot { rows: rows.clone() })
                        .at_row(n.row)
                        .with_value(&format!("{} / {}", n.kode_unit, n.kode_jabatan)),
                );
            }
        }
    }

    let hints: Vec<needs::UnitHint> = Vec::new();
    let (needs_only, hints) =
        need_rows
            .into_iter()
            .fold((Vec::new(), hints), |(mut ns, mut hs), (n, h)| {
                ns.push(n);
                hs.push(h);
                (ns, hs)
            });
    let unit_list = units::resolve(
        &units::Sources {
            table: &unit_rows,
            hints: &hints,
            hint_sheet: need_sheet,
            pegawai: &people,
            pegawai_sheet,
            task_units: tasks.iter().map(|t| t.kode_unit.as_str()).collect(),
        },
        &mut diags,
    );

    // Slots with a need; compatibility pairs between jabatan some table mentions.
    let slots: HashSet<(&str, &str)> = needs_only
        .iter()
        .map(|n| (n.kode_unit.as_str(), n.kode_jabatan.as_str()))
        .chain(
            tasks
                .iter()
                .map(|t| (t.kode_unit.as_str(), t.kode_jabatan.as_str())),
        )
        .collect();
    let mentioned: HashSet<&str> = slots
        .iter()
        .map(|(_, j)| *j)
        .chain(people.iter().map(|p| p.employee.kode_jabatan.as_str()))
        .collect();
    let mut compatibility: Vec<Compatibility> = Vec::new();
    if let Some(s) = compat_sheet {
        for c in &compat_rows {
            let sides = [
                (&c.pair.jabatan_asal, crate::columns::Field::JabatanAsal),
                (&c.pair.jabatan_tujuan, crate::columns::Field::JabatanTujuan),
            ];
            let unknown = sides.iter().find(|(j, _)| !mentioned.contains(j.as_str()));
            match unknown {
                Some((j, field)) => diags.push(
                    s.diag(Severity::Warning, K::UnknownCompatibilityJabatan)
                        .at_row(c.row)
                        .in_column(s.cols.header(*field))
                        .with_value(j),
                ),
                None if !compatibility.contains(&c.pair) => compatibility.push(c.pair.clone()),
                None => {}
            }
        }
    }
    // Employees outside the model: a warning each (the import summary groups them).
    if let Some(s) = pegawai_sheet.filter(|_| !slots.is_empty()) {
        use crate::columns::Field;
        let field = if s.cols.has(Field::KodeJabatan) {
            Field::KodeJabatan
        } else {
            Field::NamaJabatan
        };
        for p in &people {
            let e = &p.employee;
            if !slots.contains(&(e.kode_unit.as_str(), e.kode_jabatan.as_str())) {
                diags.push(
                    s.diag(Severity::Warning, K::NoNeedRow)
                        .at_row(e.row)
                        .in_column(s.cols.header(field))
                        .with_value(&format!("{} / {}", e.kode_unit, e.kode_jabatan)),
                );
            }
        }
    }

    let konflik = match find(TableKind::Konflik) {
        Some(s) => {
            let nips: HashSet<&str> = people.iter().map(|p| p.employee.nip.as_str()).collect();
            let units: HashSet<&str> = unit_list.iter().map(|u| u.kode_unit.as_str()).collect();
            konflik::read(s, &unit_codes, &nips, &units, &mut diags)
        }
        None => Vec::new(),
    };
    let syarat = find(TableKind::SyaratJabatan)
        .map(|s| syarat::read(s, &keys, &mut diags))
        .unwrap_or_default();
    let sementara = match find(TableKind::KebutuhanSementara) {
        Some(s) => {
            let units: HashSet<&str> = unit_list.iter().map(|u| u.kode_unit.as_str()).collect();
            sementara::read(s, &unit_codes, &keys, &units, &mut diags)
        }
        None => Vec::new(),
    };
    let employees: Vec<_> = people.into_iter().map(|p| p.employee).collect();
    if let Some(s) = pegawai_sheet {
        syarat::check_employees(s, &employees, &syarat, &mut diags);
    }
    let dataset = Dataset {
        employees,
        units: unit_list,
        needs: needs_only,
        tasks,
        compatibility,
        konflik,
        syarat,
        sementara,
    };
    (dataset, order(diags))
}

/// Diagnostics in reading order: errors first, then by table and row.
fn order(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let rank: BTreeMap<&str, usize> = TableKind::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name(), i))
        .collect();
    let mut diags = diags;
    diags.sort_by_key(|d| {
        (
            d.severity,
            rank.get(d.table.as_str()).copied().unwrap_or(usize::MAX),
            d.row.unwrap_or(0),
        )
    });
    diags
}
