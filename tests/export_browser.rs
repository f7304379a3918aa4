//! The engine's XLSX writers inside headless Chromium: rust_xlsxwriter reads the clock
//! when it creates and saves a workbook, which panics on wasm32 unless its `wasm` feature
//! is on (the app's Cargo.toml switches it on). Each writer runs here on the demo region
//! and its workbook is read back with calamine.
#![cfg(target_arch = "wasm32")]

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use seimbang_engine::demo::{generate, write_xlsx, DemoSpec};
use seimbang_engine::lang::Lang;
use seimbang_engine::params::Params;
use seimbang_engine::pj::PjTable;
use seimbang_engine::report::{self, ReportInput};
use seimbang_engine::slot::SlotTable;
use seimbang_engine::{eligibility, plan, projection};
use std::io::Cursor;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("a readable workbook")
}

#[wasm_bindgen_test]
fn the_report_workbook_is_written_in_the_browser() {
    let ds = generate(&DemoSpec::small(7, 300));
    let d = seimbang_engine::demo::DEMO_REFERENCE;
    let params = Params::default();
    let slots = SlotTable::build(&ds, params.wke_menit);
    let plan = plan::solve(&ds, &params, d).expect("a plan");
    let elig = eligibility::eligibility(&ds, &slots, &params, d);
    let proj = projection::project(&ds, &slots, params.bup_default, d, 5);
    let pj = PjTable::default();
    let input = ReportInput {
        dataset: &ds,
        slots: &slots,
        pj: &pj,
        plan: Some(&plan),
        eligibility: &elig,
        projection: Some(&proj),
        reference: d,
        context: None,
        conflicts: &[],
        requests: &[],
        temporary: None,
    };
    let bytes = report::report_xlsx(&input, Lang::Id).expect("the report");
    let mut wb = open(bytes);
    assert!(wb.sheet_names().contains(&"audit_keadilan".to_string()));
    let moves = wb
        .worksheet_range("usulan_mutasi")
        .expect("the moves sheet");
    assert_eq!(moves.height(), plan.moves.len() + 1);
    for (m, row) in plan.moves.iter().zip(moves.rows().skip(1)) {
        assert_eq!(row[0], Data::String(m.nip.clone()));
    }
}

#[wasm_bindgen_test]
fn the_demo_workbook_and_the_template_are_written_in_the_browser() {
    let ds = generate(&DemoSpec::small(7, 300));
    let mut wb = open(write_xlsx(&ds).expect("the demo workbook"));
    let pegawai = wb.worksheet_range("pegawai").expect("pegawai");
    assert_eq!(pegawai.height(), ds.employees.len() + 1);
    let mut template = open(report::template_xlsx(Lang::En).expect("the template"));
    // Every table's sheet and the guide.
    assert_eq!(
        template.sheet_names().len(),
        report::template::SHEETS.len() + 1
    );
    assert!(template.worksheet_range("konflik").is_ok());
    assert!(template.worksheet_range("syarat_jabatan").is_ok());
    assert!(template.worksheet_range("petunjuk").is_ok());
}
