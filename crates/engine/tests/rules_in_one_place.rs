//! Finding a rule needs no detective work: every parameter of a rule is read in the one
//! file that implements the rule (`crates/engine/src/rule/`), besides its definition
//! (`params.rs`) and its typed accessor (`params_doc.rs`). Scans the engine, the CLI, the
//! workbench and the app, test modules left out; a new read elsewhere fails here with its place.

use std::path::{Path, PathBuf};

/// (parameter, the files allowed to read it besides params.rs and params_doc.rs, why).
const OWNERS: &[(&str, &[&str])] = &[
    ("izinkan_pppk", &["rule/status.rs"]),
    ("min_masa_jabatan_bulan", &["rule/tenure.rs"]),
    ("batas_pensiun_bulan", &["rule/retirement.rs"]),
    // The projection is handed the scenario's BUP (it computes dates with the rule's
    // own function).
    ("bup_default", &["rule/retirement.rs", "scenario/mod.rs"]),
    ("lingkup", &["rule/scope.rs", "rule/exit_cap.rs"]),
    ("jaga_asal", &["rule/floor.rs"]),
    ("batasi_tujuan", &["rule/ceiling.rs"]),
    ("maks_pindah", &["rule/move_cap.rs"]),
    ("maks_keluar_persen", &["rule/exit_cap.rs"]),
    ("biaya_pindah", &["rule/move_cost.rs"]),
    ("faktor_sukarela", &["rule/move_cost.rs"]),
    ("faktor_jatuh_tempo", &["rule/move_cost.rs"]),
    ("faktor_tujuan_usulan", &["rule/move_cost.rs"]),
    ("maks_masa_jabatan_bulan", &["rule/rotation_due.rs"]),
    // The slot table's needs; the data summary counts slots (which the WKE never changes).
    ("wke_menit", &["scenario/resolution.rs", "src/state.rs"]),
    // The reference date; the CLI says on stderr when it falls back to today.
    ("tanggal_acuan", &["scenario/mod.rs", "cli/src/scenario.rs"]),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file before its test module, comment lines dropped.
fn code(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .enumerate()
        .take_while(|(_, l)| !l.trim_start().starts_with("#[cfg(test)]"))
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

fn reads(line: &str, name: &str) -> bool {
    let pat = format!(".{name}");
    line.match_indices(&pat).any(|(i, _)| {
        !line[i + pat.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_rule_parameter_is_read_in_its_rule_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in [
        "crates/engine/src",
        "crates/cli/src",
        "crates/workbench/src",
        "src",
    ] {
        sources(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the sources were found");
    let mut wrong = Vec::new();
    for path in &files {
        let shown = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if shown.ends_with("/params.rs") || shown.ends_with("/params_doc.rs") {
            continue;
        }
        for (n, line) in code(path) {
            for (name, owners) in OWNERS {
                if reads(&line, name) && !owners.iter().any(|o| shown.ends_with(o)) {
                    wrong.push(format!("{shown}:{n} reads `{name}`: {}", line.trim()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "rule parameters read outside their rule:\n{}",
        wrong.join("\n")
    );
}
