//! Writes the seed corpora of the fuzz targets (`fuzz/corpus/<target>/seed-*`) from the
//! engine's demo writers and these DTOs, so every seed is a real file of the kind users
//! hand over: `cargo run -p seimbang-stored --example fuzz_seeds -- fuzz/corpus`.
//! Small on purpose (a demo region of a few employees): a fuzzer mutates small inputs
//! faster, and the seeds are committed.

use seimbang_engine::demo::{generate, write_csv, write_xlsx, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::lang::Lang;
use seimbang_engine::plan::{solve_adjusted, Adjustments, ForcedMove, Lock, NeedOverride, SlotKey};
use seimbang_engine::report::template_xlsx;
use seimbang_engine::{Dataset, Params};
use seimbang_stored::{
    write_share, DatasetDto, FiguresDto, MoveDto, ScenarioDto, DATASET_VERSION, SCENARIO_VERSION,
};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Employees in the seed region.
const EMPLOYEES: u32 = 8;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: fuzz_seeds CORPUS_DIR")?,
    );
    let spec = DemoSpec::small(DEMO_SEED, EMPLOYEES);
    let ds = trim(generate(&spec));

    let csv = out.join("csv_reader");
    for (style, prefix) in [(CsvStyle::Plain, "seed-"), (CsvStyle::Siasn, "seed-siasn-")] {
        for (name, bytes) in write_csv(&ds, style) {
            write(&csv, &format!("{prefix}{name}"), &bytes)?;
        }
    }
    // Forms the writers do not produce: lone CR line ends, UTF-16, quoted line breaks.
    write(&csv, "seed-cr.csv", b"nip;nama\r198001012005011001;Ani\r")?;
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "kode_unit\tkode_jabatan\tkebutuhan\r\nU1\tJ1\t2,5\r\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    write(&csv, "seed-utf16.csv", &utf16)?;
    write(
        &csv,
        "seed-quoted.csv",
        b"kode_unit,nama_unit\n\"U1\",\"Dinas \"\"A\"\"\nbaris dua\"\n",
    )?;

    let workbook = write_xlsx(&ds)?;
    let xlsx = out.join("xlsx_reader");
    write(&xlsx, "seed-demo.xlsx", &workbook)?;
    write(&xlsx, "seed-template.xlsx", &template_xlsx(Lang::Id)?)?;

    // One seed per part of the demo workbook: its index, then its content.
    let sheet = out.join("xlsx_sheet");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&workbook))?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let mut seed = vec![u8::try_from(i)?];
        entry.read_to_end(&mut seed)?;
        let name = entry.name()?.replace(['/', '[', ']'], "_");
        write(&sheet, &format!("seed-{i:02}-{name}"), &seed)?;
    }

    let scenario = out.join("scenario_file");
    let params = Params {
        tanggal_acuan: Some(spec.reference),
        ..Params::default()
    };
    let dataset = DatasetDto {
        version: DATASET_VERSION,
        fingerprint: "demo-seed".into(),
        source: String::new(),
        dataset: serde_json::to_value(&ds)?,
    };
    let first = ds.employees.first().ok_or("no employee")?;
    let other = ds.employees.last().ok_or("no employee")?;
    let adjusted = Adjustments {
        locks: vec![Lock {
            nip: first.nip.clone(),
            reason: "kunci".into(),
        }],
        forced: vec![ForcedMove {
            nip: other.nip.clone(),
            target: SlotKey::new(&first.kode_unit, &first.kode_jabatan),
            reason: "paksa".into(),
        }],
        needs: vec![NeedOverride {
            slot: SlotKey::new(&first.kode_unit, &first.kode_jabatan),
            need: 2.5,
            reason: "ubah".into(),
        }],
        ..Adjustments::default()
    };
    for (name, adjustments) in [("plain", Adjustments::default()), ("adjusted", adjusted)] {
        let plan = solve_adjusted(&ds, &params, spec.reference, &adjustments)?.plan;
        let moves: Vec<MoveDto> = plan
            .moves
            .iter()
            .map(|m| MoveDto {
                nip: m.nip.clone(),
                from_unit: m.from.kode_unit.clone(),
                from_jabatan: m.from.kode_jabatan.clone(),
                to_unit: m.to.kode_unit.clone(),
                to_jabatan: m.to.kode_jabatan.clone(),
                ..MoveDto::default()
            })
            .collect();
        let dto = ScenarioDto {
            version: SCENARIO_VERSION,
            id: format!("seed-{name}"),
            name: format!("Benih {name}"),
            note: String::new(),
            created: "2026-01-01T00:00:00.000Z".into(),
            updated: "2026-01-01T00:00:00.000Z".into(),
            fingerprint: dataset.fingerprint.clone(),
            dataset_ref: String::new(),
            params: serde_json::to_value(&params)?,
            adjustments: serde_json::to_value(&adjustments)?,
            figures: Some(FiguresDto {
                moves: moves.len(),
                objective_before: plan.objective_before,
                objective: plan.objective,
                ..FiguresDto::default()
            }),
            moves,
            plan: None,
        };
        let json = write_share(&dto, &serde_json::to_vec(&dataset)?)?;
        write(
            &scenario,
            &format!("seed-share-{name}.seimbang.json"),
            &json,
        )?;
        if name == "plain" {
            write(
                &scenario,
                "seed-scenario.json",
                serde_json::to_string(&dto)?.as_bytes(),
            )?;
        }
    }
    write(
        &scenario,
        "seed-dataset.json",
        serde_json::to_string(&dataset)?.as_bytes(),
    )?;
    // A scenario as the first prototype (version 0) stored it: the migration's input.
    write(
        &scenario,
        "seed-scenario-v0.json",
        br#"{"id":"old1","name":"Rencana lama","saved":"2025-03-01T08:00:00.000Z","fingerprint":"demo-seed","params":{"maks_pindah":25},"moves_count":1,"objective":12.5,"moves":[{"nip":"198001012005011001","from":"U01/J1","to":"U02/J1"}]}"#,
    )?;
    Ok(())
}

/// The demo region cut to the employees' units: the rows of the employees' jabatan
/// there, and a few more of every table.
fn trim(mut ds: Dataset) -> Dataset {
    const MORE: usize = 8;
    let units: BTreeSet<String> = ds.employees.iter().map(|e| e.kode_unit.clone()).collect();
    let theirs: BTreeSet<String> = ds
        .employees
        .iter()
        .map(|e| e.kode_jabatan.clone())
        .collect();
    let keep = |unit: &str, jabatan: &str, more: &mut usize| {
        let wanted = units.contains(unit) && (theirs.contains(jabatan) || *more > 0);
        if wanted && !theirs.contains(jabatan) {
            *more -= 1;
        }
        wanted
    };
    ds.units.retain(|u| units.contains(&u.kode_unit));
    let mut more = MORE;
    ds.needs
        .retain(|n| keep(&n.kode_unit, &n.kode_jabatan, &mut more));
    let mut more = MORE;
    ds.tasks
        .retain(|t| keep(&t.kode_unit, &t.kode_jabatan, &mut more));
    let known: BTreeSet<&str> = ds
        .needs
        .iter()
        .map(|n| n.kode_jabatan.as_str())
        .chain(ds.tasks.iter().map(|t| t.kode_jabatan.as_str()))
        .collect();
    let compatibility = ds
        .compatibility
        .iter()
        .filter(|c| {
            known.contains(c.jabatan_asal.as_str()) && known.contains(c.jabatan_tujuan.as_str())
        })
        .take(MORE)
        .cloned()
        .collect();
    ds.compatibility = compatibility;
    ds
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(name), bytes)?;
    println!("{:>7} {}", bytes.len(), dir.join(name).display());
    Ok(())
}
