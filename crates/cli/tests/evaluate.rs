//! `seimbang evaluate` end to end: a plan made by `balance`, a later snapshot where one
//! move happened and one did not, evaluation.csv and the summary as docs/CLI.md says;
//! a plan.csv without its columns refused with exit status 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PEGAWAI: &str = "nip,nama,kode_unit,kode_jabatan,tmt_jabatan,tanggal_lahir\n";

fn folder(name: &str, people: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seimbang-evaluate-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("pegawai.csv"), format!("{PEGAWAI}{people}")).unwrap();
    std::fs::write(
        dir.join("kebutuhan.csv"),
        "kode_unit,kode_jabatan,kebutuhan\nU1,J1,0\nU2,J1,2\n",
    )
    .unwrap();
    std::fs::write(dir.join("params.json"), r#"{"tanggal_acuan":"2026-01-01"}"#).unwrap();
    dir
}

fn seimbang(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_seimbang"));
    for a in args {
        cmd.arg(a);
    }
    cmd.output().unwrap()
}

fn evaluate(plan: &Path, before: &Path, after: &Path, out: &Path) -> Output {
    seimbang(&[
        &"evaluate",
        &"--plan",
        &plan,
        &"--before",
        &before,
        &"--after",
        &after,
        &"--params",
        &before.join("params.json"),
        &"--out",
        &out,
    ])
}

#[test]
fn a_later_snapshot_against_the_plan() {
    // Ani and Budi in U1 (need 0) are both planned to U2 (need 2).
    let before = folder(
        "before",
        "198001012005011001,Ani,U1,J1,2019-01-01,1980-01-01\n\
         198001022005011002,Budi,U1,J1,2018-01-01,1980-01-02\n",
    );
    let plan = before.join("plan.csv");
    let o = seimbang(&[
        &"balance",
        &"--data",
        &before,
        &"--params",
        &before.join("params.json"),
        &"--out",
        &plan,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read_to_string(&plan).unwrap().lines().count(), 3);
    // A year later Budi is in U2, Ani still in U1, and Citra joined U2.
    let after = folder(
        "after",
        "198001012005011001,Ani,U1,J1,2019-01-01,1980-01-01\n\
         198001022005011002,Budi,U2,J1,2026-03-01,1980-01-02\n\
         199001012020011003,Citra,U2,J1,2026-02-01,1990-01-01\n",
    );
    let out = after.join("evaluation.csv");
    let o = evaluate(&plan, &before, &after, &out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "nip,status,kode_unit_asal,kode_jabatan_asal,kode_unit_rencana,kode_jabatan_rencana,kode_unit_kini,kode_jabatan_kini\n\
         198001012005011001,belum,U1,J1,U2,J1,U1,J1\n\
         198001022005011002,terlaksana,U1,J1,U2,J1,U2,J1\n"
    );
    let summary = String::from_utf8_lossy(&o.stdout);
    for line in [
        "terlaksana: 1",
        "belum: 1",
        "pegawai_baru: 1",
        "F_sebelum: 6.000000",
        "F_kini: 1.100000",
    ] {
        assert!(summary.lines().any(|l| l == line), "{line} in\n{summary}");
    }
    assert!(summary.contains("F_rencana: "));

    // A plan.csv without its columns is bad input.
    std::fs::write(before.join("bad.csv"), "nip\n1\n").unwrap();
    let o = evaluate(&before.join("bad.csv"), &before, &after, &out);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("kode_unit_asal"));
}
