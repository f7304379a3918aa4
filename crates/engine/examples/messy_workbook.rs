//! A workbook shaped like the ones offices really hand over, for the end-to-end test
//! of the Data page: `cargo run -p seimbang-engine --example messy_workbook -- OUT_DIR
//! [employees]`. The pegawai sheet starts with a report title and a blank row (header
//! in row 3), holds some NIPs as numbers (Excel's doing), writes statuses and dates the
//! way SIMPEG does, and ends with a JUMLAH row; the kebutuhan sheet lacks the need
//! rows of two jabatan. Writes `OUT_DIR/messy.xlsx` and `OUT_DIR/messy.json` with the
//! figures the import must show.

use rust_xlsxwriter::Workbook;
use seimbang_engine::dataset::Status;
use seimbang_engine::demo::{generate, DemoSpec, DEMO_SEED};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const OLD_MONTHS: [&str; 12] = [
    "Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agt", "Sept", "Okt",
    "Nopember", "Des",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: messy_workbook OUT_DIR [employees]")?,
    );
    let n: u32 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(2000);
    let mut ds = generate(&DemoSpec::small(DEMO_SEED, n));
    ds.tasks.clear();
    let slots: BTreeSet<(&str, &str)> = ds
        .needs
        .iter()
        .map(|s| (s.kode_unit.as_str(), s.kode_jabatan.as_str()))
        .collect();
    // The two jabatan with the fewest people lose their need rows.
    let mut per_jabatan: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &ds.employees {
        *per_jabatan.entry(e.kode_jabatan.as_str()).or_default() += 1;
    }
    let mut by_count: Vec<(&str, usize)> = per_jabatan.into_iter().collect();
    by_count.sort_by_key(|(j, c)| (*c, *j));
    let dropped: BTreeSet<String> = by_count
        .iter()
        .take(2)
        .map(|(j, _)| j.to_string())
        .collect();
    let outside: BTreeSet<(String, String)> = ds
        .employees
        .iter()
        .filter(|e| {
            dropped.contains(&e.kode_jabatan)
                || !slots.contains(&(e.kode_unit.as_str(), e.kode_jabatan.as_str()))
        })
        .map(|e| (e.kode_unit.clone(), e.kode_jabatan.clone()))
        .collect();
    let outside_employees = ds
        .employees
        .iter()
        .filter(|e| outside.contains(&(e.kode_unit.clone(), e.kode_jabatan.clone())))
        .count();

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Pegawai")?;
    sheet.write_string(
        0,
        0,
        "DATA PNS PEMERINTAH KOTA (CONTOH) KEADAAN DESEMBER 2026",
    )?;
    let headers = [
        "No",
        "NIP",
        "Nama",
        "Kode Unit",
        "Nama Unit",
        "Kode Jabatan",
        "Nama Jabatan",
        "TMT Jabatan",
        "Tanggal Lahir",
        "Status Pegawai",
        "Kunci",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(2, c as u16, *h)?;
    }
    let unit_name = |code: &str| {
        ds.units
            .iter()
            .find(|u| u.kode_unit == code)
            .map(|u| u.nama_unit.clone())
            .unwrap_or_default()
    };
    let mut numeric_nips = 0;
    for (i, e) in ds.employees.iter().enumerate() {
        let r = i as u32 + 3;
        sheet.write_number(r, 0, (i + 1) as f64)?;
        if i % 25 == 7 {
            sheet.write_number(r, 1, e.nip.parse::<f64>()?)?;
            numeric_nips += 1;
        } else {
            sheet.write_string(r, 1, &e.nip)?;
        }
        sheet.write_string(r, 2, &e.nama)?;
        sheet.write_string(r, 3, &e.kode_unit)?;
        sheet.write_string(r, 4, unit_name(&e.kode_unit))?;
        sheet.write_string(r, 5, &e.kode_jabatan)?;
        sheet.write_string(r, 6, &e.nama_jabatan)?;
        if let Some(d) = e.tmt_jabatan {
            let text = format!("{} {} {}", d.day, OLD_MONTHS[d.month as usize - 1], d.year);
            sheet.write_string(r, 7, text)?;
        }
        if let Some(d) = e.tanggal_lahir {
            sheet.write_string(r, 8, format!("{:02}-{:02}-{}", d.day, d.month, d.year))?;
        }
        let status = match (e.status, i % 2) {
            (Status::Pns, 0) => "P N S",
            (Status::Pns, _) => "Pegawai Negeri Sipil",
            (Status::Cpns, _) => "Calon PNS",
            (Status::Pppk, _) => "P3K",
        };
        sheet.write_string(r, 9, status)?;
        sheet.write_string(r, 10, if e.kunci { "✓" } else { "-" })?;
    }
    let last = ds.employees.len() as u32 + 3;
    sheet.write_string(last, 2, "JUMLAH")?;
    sheet.write_number(last, 0, ds.employees.len() as f64)?;

    let needs = book.add_worksheet();
    needs.set_name("kebutuhan")?;
    for (c, h) in ["kode_unit", "kode_jabatan", "kebutuhan", "prioritas"]
        .iter()
        .enumerate()
    {
        needs.write_string(0, c as u16, *h)?;
    }
    let kept = ds
        .needs
        .iter()
        .filter(|n| !dropped.contains(&n.kode_jabatan));
    for (r, need) in (1..).zip(kept) {
        needs.write_string(r, 0, &need.kode_unit)?;
        needs.write_string(r, 1, &need.kode_jabatan)?;
        needs.write_number(r, 2, need.kebutuhan)?;
        needs.write_number(r, 3, need.prioritas)?;
    }
    let units = book.add_worksheet();
    units.set_name("unit")?;
    for (c, h) in [
        "kode_unit",
        "nama_unit",
        "opd_kode",
        "opd_nama",
        "jenis_unit",
    ]
    .iter()
    .enumerate()
    {
        units.write_string(0, c as u16, *h)?;
    }
    for (i, u) in ds.units.iter().enumerate() {
        let r = i as u32 + 1;
        units.write_string(r, 0, &u.kode_unit)?;
        units.write_string(r, 1, &u.nama_unit)?;
        units.write_string(r, 2, u.opd_kode.as_deref().unwrap_or(""))?;
        units.write_string(r, 3, u.opd_nama.as_deref().unwrap_or(""))?;
        units.write_string(r, 4, u.jenis_unit.as_deref().unwrap_or(""))?;
    }
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("messy.xlsx"), book.save_to_buffer()?)?;
    let figures = format!(
        "{{\"employees\":{},\"immovable\":{numeric_nips},\"outside_employees\":{outside_employees},\"outside_slots\":{},\"skipped\":1}}\n",
        ds.employees.len(),
        outside.len()
    );
    std::fs::write(out.join("messy.json"), &figures)?;
    println!("messy workbook: {figures}");
    Ok(())
}
