//! `seimbang balance` end to end: plan.csv and summary.json as docs/CLI.md describes them,
//! a typo in params.json refused with exit status 2, missing arguments likewise.

use std::path::{Path, PathBuf};
use std::process::Command;

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seimbang-balance-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // U1 has two analysts for a need of 0, U2 none for a need of 2.
    std::fs::write(
        dir.join("pegawai.csv"),
        "nip,nama,kode_unit,kode_jabatan,tmt_jabatan,tanggal_lahir\n\
         198001012005011001,Ani,U1,J1,2019-01-01,1980-01-01\n\
         198001022005011002,Budi,U1,J1,2018-01-01,1980-01-02\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("kebutuhan.csv"),
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,0\nU2,J1,2\n",
    )
    .unwrap();
    dir
}

fn balance(dir: &Path, params: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_seimbang"));
    cmd.args(["balance", "--data"])
        .arg(dir)
        .arg("--out")
        .arg(dir.join("plan.csv"));
    cmd.arg("--summary").arg(dir.join("summary.json"));
    if let Some(p) = params {
        std::fs::write(dir.join("params.json"), p).unwrap();
        cmd.arg("--params").arg(dir.join("params.json"));
    }
    let o = cmd.output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        std::fs::read_to_string(dir.join("plan.csv")).unwrap_or_default(),
        std::fs::read_to_string(dir.join("summary.json")).unwrap_or_default(),
    )
}

#[test]
fn writes_the_plan_and_summary_of_the_contract() {
    let dir = folder("ok");
    let (code, plan, summary) = balance(&dir, Some(r#"{"tanggal_acuan":"2026-01-01"}"#));
    assert_eq!(code, 0);
    let lines: Vec<&str> = plan.lines().collect();
    assert_eq!(
        lines[0],
        "nip,kode_unit_asal,kode_jabatan_asal,kode_unit_tujuan,kode_jabatan_tujuan,biaya,alasan"
    );
    assert_eq!(lines.len(), 3, "both analysts move to U2:\n{plan}");
    assert!(lines[1].starts_with("198001012005011001,U1,J1,U2,J1,0.1,"));
    let s: serde_json::Value = serde_json::from_str(&summary).unwrap();
    for key in [
        "objective",
        "objective_before",
        "imbalance",
        "moves",
        "lower_bound",
        "exact",
        "movable",
        "employees",
        "slots",
        "solve_ms",
    ] {
        assert!(s.get(key).is_some(), "summary.json has {key}");
    }
    assert_eq!(s["moves"], 2);
    assert_eq!(s["exact"], true);
}

#[test]
fn bad_input_exits_with_status_two() {
    let dir = folder("bad");
    assert_eq!(
        balance(&dir, Some(r#"{"biaya_pindh":1}"#)).0,
        2,
        "a typo is refused"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_seimbang"))
        .args(["balance", "--data"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "--out is required");
}

#[test]
fn writes_the_temporary_assignments() {
    // U1 has two analysts for a need of 0 and one is new in position; U2 needs two for
    // good, U3 one for half a year.
    let dir = folder("temporary");
    std::fs::write(
        dir.join("pegawai.csv"),
        "nip,nama,kode_unit,kode_jabatan,tmt_jabatan,tanggal_lahir\n\
         198001012005011001,Ani,U1,J1,2025-06-01,1980-01-01\n\
         198001022005011002,Budi,U1,J1,2018-01-01,1980-01-02\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("kebutuhan.csv"),
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,0\nU2,J1,1\nU3,J9,1\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("kebutuhan_sementara.csv"),
        "kode_unit;jabatan_diterima;tambahan;mulai;selesai;keterangan\nU3;J1|J2;1;01-03-2026;31-08-2026;program bansos\n",
    )
    .unwrap();
    std::fs::write(dir.join("params.json"), r#"{"tanggal_acuan":"2026-01-01"}"#).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_seimbang"))
        .args(["balance", "--data"])
        .arg(&dir)
        .arg("--params")
        .arg(dir.join("params.json"))
        .arg("--out")
        .arg(dir.join("plan.csv"))
        .arg("--temporary")
        .arg(dir.join("temporary.csv"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let plan = std::fs::read_to_string(dir.join("plan.csv")).unwrap();
    assert!(
        plan.contains("198001022005011002,U1,J1,U2,J1"),
        "Budi moves for good:\n{plan}"
    );
    let temporary = std::fs::read_to_string(dir.join("temporary.csv")).unwrap();
    let lines: Vec<&str> = temporary.lines().collect();
    assert_eq!(
        lines[0],
        "nip,kode_unit_asal,kode_jabatan_asal,kode_unit_tujuan,kebutuhan,mulai,selesai,biaya,alasan"
    );
    assert_eq!(lines.len(), 2, "{temporary}");
    assert!(
        lines[1].starts_with("198001012005011001,U1,J1,U3,1,2026-03-01,2026-08-31,0.1,"),
        "Ani, too new to move, helps: {}",
        lines[1]
    );
    assert!(lines[1].contains("program bansos"));
}
