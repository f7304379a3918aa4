//! The v2 `syarat_jabatan` table as offices write it: SIASN's education and grade words,
//! headers in words, a jabatan by code or by name, two rows for one jabatan merged into
//! the stricter, unreadable values warned about on their cell, and employees whose own
//! education cannot be read warned about only when a requirement asks for it.

use seimbang_engine::dataset::Status;
use seimbang_engine::demo::{generate, write_csv, CsvStyle, DemoSpec, DEMO_SEED};
use seimbang_engine::diagnostic::DiagnosticKind;
use seimbang_engine::import::{import, InputFile};
use seimbang_engine::level::{Education, Grade};

fn files(extra: Option<&str>, broken_education: bool) -> Vec<InputFile> {
    let mut ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    if broken_education {
        let pns = ds
            .employees
            .iter_mut()
            .find(|e| e.status == Status::Pns)
            .expect("a PNS");
        pns.pendidikan = Some("Lulusan luar negeri".into());
    }
    let mut files: Vec<InputFile> = write_csv(&ds, CsvStyle::Plain)
        .into_iter()
        .map(|(name, bytes)| InputFile::new(name, bytes))
        .collect();
    if let Some(text) = extra {
        files.push(InputFile::new(
            "syarat_jabatan.csv",
            text.as_bytes().to_vec(),
        ));
    }
    files
}

#[test]
fn requirements_are_read_in_siasn_wording_and_merged_per_jabatan() {
    let ds = generate(&DemoSpec::small(DEMO_SEED, 200));
    let (code, name) = (&ds.employees[0].kode_jabatan, &ds.employees[0].nama_jabatan);
    let other = ds
        .employees
        .iter()
        .map(|e| &e.kode_jabatan)
        .find(|j| *j != code)
        .expect("two jabatan");
    let text = format!(
        "kode_jabatan;nama_jabatan;Pendidikan Minimal;Golongan Minimal;Golongan Maksimal\n\
         {code};;S-1/Sarjana;Penata Muda, III/a;\n\
         ;{name};D-III;III/b;IV/a\n\
         {other};;lulusan SMA;;III-d\n\
         {other};;Sarjana Hukum;II/x;\n"
    );
    let imported = import(&files(Some(&text), false)).expect("accepted");
    let s = &imported.dataset.syarat;
    assert_eq!(s.len(), 2, "{s:?}");
    let first = s
        .iter()
        .find(|r| &r.kode_jabatan == code)
        .expect("by code and by name");
    assert_eq!(first.pendidikan_min, Some(Education::S1));
    assert_eq!(
        first.golongan_min,
        Grade::parse("III/b"),
        "the stricter of the two"
    );
    assert_eq!(first.golongan_maks, Grade::parse("IV/a"));
    let second = s
        .iter()
        .find(|r| &r.kode_jabatan == other)
        .expect("the other");
    assert_eq!(
        second.pendidikan_min,
        Some(Education::S1),
        "Sarjana Hukum is an S-1"
    );
    assert_eq!(second.golongan_maks, Grade::parse("III/d"));
    // "lulusan SMA" and "II/x" name no level: warned about on their row and column.
    let warned: Vec<(u32, String)> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnreadableLevel)
        .map(|d| (d.row.unwrap_or(0), d.column.clone().unwrap_or_default()))
        .collect();
    assert_eq!(
        warned,
        vec![
            (4, "Pendidikan Minimal".to_string()),
            (5, "Golongan Minimal".to_string())
        ]
    );
}

#[test]
fn an_unreadable_education_is_warned_about_only_when_a_requirement_asks_for_it() {
    let code = generate(&DemoSpec::small(DEMO_SEED, 200)).employees[0]
        .kode_jabatan
        .clone();
    let warned = |extra: Option<&str>| {
        import(&files(extra, true))
            .expect("accepted")
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::UnreadableLevel)
            .filter(|d| d.table == "pegawai")
            .count()
    };
    assert_eq!(warned(None), 0);
    assert_eq!(
        warned(Some(&format!("kode_jabatan;golongan_min\n{code};III/a\n"))),
        0
    );
    assert_eq!(
        warned(Some(&format!(
            "kode_jabatan;pendidikan_min\n{code};D-III\n"
        ))),
        1
    );
}
