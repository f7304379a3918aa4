//! `seimbang analyze` end to end: a folder of CSVs to analysis.csv, and bad input to
//! exit status 2 with the diagnostics on stderr in the chosen language.

use std::path::PathBuf;
use std::process::Command;

fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("seimbang-analyze-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (f, text) in files {
        std::fs::write(dir.join(f), text).unwrap();
    }
    dir
}

fn analyze(dir: &PathBuf, lang: &str) -> (i32, String, String) {
    let out = dir.join("analysis.csv");
    let o = Command::new(env!("CARGO_BIN_EXE_seimbang"))
        .args(["analyze", "--data"])
        .arg(dir)
        .arg("--out")
        .arg(&out)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        std::fs::read_to_string(&out).unwrap_or_default(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn writes_the_analysis_of_a_folder() {
    let dir = folder(
        "ok",
        &[
            (
                "pegawai.csv",
                "nip;nama;kode_unit;kode_jabatan;tmt_jabatan\n\
                 198001012005011001;Ani;U1;J1;01-01-2020\n\
                 198001012005011002;Budi;U1;J1;01-01-2020\n\
                 198001012005011003;Cici;U2;J1;01-01-2020\n",
            ),
            (
                "kebutuhan.csv",
                "kode_unit;kode_jabatan;kebutuhan\nU2;J1;0\nU1;J1;2,5\nU3;J1;1\n",
            ),
            ("unit.csv", "kode_unit,opd_kode\nU1,O1\nU2,O2\nU3,O2\n"),
        ],
    );
    let (code, csv, _) = analyze(&dir, "id_ID.UTF-8");
    assert_eq!(code, 0);
    assert_eq!(
        csv,
        "kode_unit,kode_jabatan,opd_kode,bezetting,kebutuhan,selisih,ej,pj\n\
         U1,J1,O1,2,2.5,-0.5,1.25,A\n\
         U2,J1,O2,1,0,1,0,E\n\
         U3,J1,O2,0,1,-1,,\n"
    );
}

#[test]
fn bad_input_exits_2_with_diagnostics() {
    let dir = folder(
        "bad",
        &[
            (
                "pegawai.csv",
                "nip,kode_unit,kode_jabatan,tmt_jabatan\n\
                 198001012005011001,U1,J1,01-01-2020\n\
                 198001012005011001,U1,J1,01-01-2020\n",
            ),
            (
                "kebutuhan.csv",
                "kode_unit,kode_jabatan,kebutuhan\nU1,J1,2\n",
            ),
        ],
    );
    let (code, _, stderr) = analyze(&dir, "id_ID.UTF-8");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("baris 2") && stderr.contains("baris 3"),
        "{stderr}"
    );
    assert!(stderr.contains("NIP yang sama"), "{stderr}");
    let (code, _, stderr) = analyze(&dir, "en_US.UTF-8");
    assert_eq!(code, 2);
    assert!(stderr.contains("The same NIP"), "{stderr}");
}

#[test]
fn people_without_a_need_row_import_with_warnings_and_are_listed() {
    let mut pegawai = String::from("nip;nama;kode_unit;kode_jabatan;nama_jabatan;tmt_jabatan\n");
    for i in 0..30 {
        // Drivers: no need row in any unit (the ABK file rarely covers every jabatan).
        let (unit, jabatan, name) = if i % 10 == 0 {
            ("U1", "J9", "Pengemudi")
        } else {
            ("U1", "J1", "Pengadministrasi")
        };
        pegawai.push_str(&format!(
            "1980010120050110{i:02};P{i};{unit};{jabatan};{name};01-01-2020\n"
        ));
    }
    let dir = folder(
        "outside",
        &[
            ("pegawai.csv", &pegawai),
            (
                "kebutuhan.csv",
                "kode_unit;kode_jabatan;kebutuhan\nU1;J1;20\n",
            ),
        ],
    );
    let (code, csv, stderr) = analyze(&dir, "id_ID.UTF-8");
    assert_eq!(code, 0, "{stderr}");
    assert!(csv.contains("U1,J1,,27,20,7,"), "{csv}");
    assert!(
        stderr.contains("30 pegawai dibaca: 27 dihitung dalam model, 3 di luar model"),
        "{stderr}"
    );
    assert!(
        stderr.contains("U1 — Pengemudi (J9): 3 pegawai, baris 2, 12, 22"),
        "{stderr}"
    );
    let (_, _, stderr) = analyze(&dir, "en_US.UTF-8");
    assert!(stderr.contains("3 outside it"), "{stderr}");
}
