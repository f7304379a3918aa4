//! Every text of the interface in Bahasa Indonesia (first) and English. Each text is one
//! line of the table below with both languages, so a missing translation does not
//! compile; a browser test checks that none is left empty.

use leptos::prelude::*;
use seimbang_engine::lang::Lang;

macro_rules! texts {
    ($($name:ident => $id:literal, $en:literal;)*) => {
        /// A text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text { $($name),* }

        impl Text {
            /// Every text, for the completeness test.
            pub const ALL: &'static [Text] = &[$(Text::$name),*];

            fn both(self) -> [&'static str; 2] {
                match self { $(Text::$name => [$id, $en]),* }
            }
        }
    };
}

texts! {
    AppTagline => "Penyeimbangan beban kerja ASN yang objektif dan transparan",
        "Objective, transparent balancing of civil-service workload";
    NavData => "Data", "Data";
    NavAnalysis => "Analisis", "Analysis";
    NavBalance => "Penyeimbangan", "Balancing";
    NavScenarios => "Skenario", "Scenarios";
    NavReport => "Laporan", "Report";
    NavLabel => "Alur kerja", "Workflow";
    LangSwitch => "English", "Bahasa Indonesia";
    DataTitle => "Data pegawai dan kebutuhan", "Employee and need data";
    DataIntro => "Masukkan ekspor pegawai (SIASN/SIMPEG) dan kebutuhan per unit dan jabatan (ABK), atau coba data contoh.",
        "Drop in the employee export (SIASN/SIMPEG) and the needs per unit and position (ABK), or try the demo data.";
    TryDemo => "Coba data contoh", "Try the demo data";
    DemoSource => "Data contoh (kota sintetis)", "Demo data (a synthetic city)";
    DropFiles => "Letakkan berkas di sini atau klik untuk memilih", "Drop files here or click to choose";
    ObjectiveExplained => "F mengukur seberapa jauh penempatan dari kebutuhan: untuk setiap slot, selisih pegawai dan kebutuhan dikuadratkan dan dibagi kebutuhannya (kekurangan di unit kecil terasa lebih berat), dijumlahkan sebagai ketidakseimbangan, lalu ditambah biaya kecil tiap perpindahan. Makin kecil F, makin seimbang.",
        "F measures how far staffing is from need: for every slot the gap between staff and need is squared and divided by the need (a shortage weighs more in a small unit), summed as the imbalance, plus a small cost per move. The smaller F, the better balanced.";
    PjLegend => "PJ (Permendagri 12/2008) dari EJ = kebutuhan ÷ pegawai:", "PJ (Permendagri 12/2008) from EJ = need ÷ staff:";
    ChooseFiles => "Pilih berkas…", "Choose files…";
    DropFilesHint => "Beberapa CSV (pegawai.csv, kebutuhan.csv, …) atau satu buku kerja XLSX dengan sheet bernama tabel.",
        "Several CSVs (pegawai.csv, kebutuhan.csv, …) or one XLSX workbook with sheets named after the tables.";
    Importing => "Membaca dan memeriksa berkas…", "Reading and checking the files…";
    Exporting => "Menyusun berkas unduhan…", "Preparing the download…";
    DrawingReport => "Menyusun daftar perpindahan…", "Drawing the list of moves…";
    ImportAccepted => "Data diterima", "Data accepted";
    ImportRefused => "Impor ditolak: data sebelumnya tetap dipakai", "Import refused: the previous data stays in use";
    SummaryRead => "pegawai dibaca", "employees read";
    SummaryInModel => "dihitung dalam model", "counted in the model";
    SummaryOutside => "di luar model (tanpa data kebutuhan)", "outside the model (no need data)";
    SummaryImmovable => "tidak dapat dipindah karena datanya tidak terbaca", "cannot be moved because their data cannot be read";
    SummarySkipped => "baris dilewati (kosong, jumlah, catatan)", "rows skipped (blank, totals, notes)";
    OutsideTitle => "Pegawai di luar model, per unit dan jabatan", "Employees outside the model, by unit and jabatan";
    OutsideIntro => "Unit dan jabatan ini tidak punya baris kebutuhan: pegawainya tidak dihitung dan tidak dipindah. Unduh berkasnya, isi kolom kebutuhan, lalu impor lagi bersama data lain.",
        "These units and jabatan have no need row: their employees are not counted and never moved. Download the file, fill in the kebutuhan column, then import it again with the other data.";
    OutsideDownload => "Unduh baris kebutuhan yang belum ada (CSV)", "Download the missing need rows (CSV)";
    UnitLabel => "Unit", "Unit";
    JabatanLabel => "Jabatan", "Jabatan";
    EmployeesLabel => "Pegawai", "Employees";
    RowsLabel => "Baris", "Rows";
    TemporaryNeedsDate => "Isi dulu tanggal selesai pindah sementara (mis. 31-12-2027), lalu klik lagi.",
        "Fill in the end date of the move for a while first (e.g. 31-12-2027), then click again.";
    DatePlaceholder => "hh-bb-tttt", "dd-mm-yyyy";
    NeedUnknownSlot => "Unit dan jabatan ini tidak punya baris kebutuhan di data: periksa kodenya.",
        "This unit and jabatan have no need row in the data: check the codes.";
    ShareFileDamaged => "Berkas ini bukan berkas skenario Seimbang (.seimbang.json) atau isinya rusak; tidak ada yang diubah.",
        "This is not a Seimbang scenario file (.seimbang.json), or its content is damaged; nothing was changed.";
    ShareExportFailed => "Skenario ini tidak dapat diekspor: datanya tidak ditemukan lagi di peramban.",
        "This scenario cannot be exported: its data is no longer found in the browser.";
    BrowserCannotRead => "peramban tidak dapat membaca berkas ini", "the browser cannot read this file";
    ShareFileUnreadable => "Berkas tidak dapat dibaca oleh peramban; coba simpan ulang lalu pilih lagi.",
        "The browser cannot read the file; save it again and choose it once more.";
    ParamRejected => "nilai ini tidak dapat dipakai (lihat keterangan di bawah); nilai sebelumnya tetap berlaku.",
        "this value cannot be used (see the note below); the previous value stays in force.";
    NeedNotANumber => "Kebutuhan harus angka 0 atau lebih (mis. 2 atau 2,5).", "The need must be a number, 0 or more (e.g. 2 or 2.5).";
    ReadFailed => "Berkas tidak dapat dibaca", "The file could not be read";
    ErrorsLabel => "galat", "errors";
    WarningsLabel => "peringatan", "warnings";
    FilterAll => "Semua", "All";
    Level => "Tingkat", "Level";
    Location => "Letak", "Location";
    Value => "Nilai", "Value";
    Problem => "Masalah", "Problem";
    WhatToDo => "Yang perlu dilakukan", "What to do";
    Employees => "Pegawai", "Employees";
    Units => "Unit kerja", "Units";
    Slots => "Slot (unit × jabatan)", "Slots (unit × position)";
    Opd => "Perangkat daerah", "Agencies (OPD)";
    NoDataYet => "Belum ada data. Buka halaman Data untuk memuat data.", "No data yet. Open the Data page to load some.";
    ScenarioUnusable => "Skenario ini tidak dapat dihitung", "This scenario cannot be computed";
    Kebutuhan => "Kebutuhan", "Need";
    Bezetting => "Bezetting (pegawai)", "Staff (bezetting)";
    Kekurangan => "Kekurangan", "Shortage";
    Kelebihan => "Kelebihan", "Surplus";
    Selisih => "Selisih", "Difference";
    BalancedSlots => "Slot seimbang", "Balanced slots";
    EjPj => "EJ (PJ)", "EJ (PJ)";
    Name => "Nama", "Name";
    Search => "Cari OPD, unit atau jabatan", "Search agency, unit or position";
    SortLabel => "Urutkan", "Sort by";
    SortName => "Nama", "Name";
    SortShortage => "Kekurangan terbesar", "Largest shortage";
    SortSurplus => "Kelebihan terbesar", "Largest surplus";
    SortEjLow => "EJ terendah (kelebihan pegawai)", "Lowest EJ (over-staffed)";
    SortEjHigh => "EJ tertinggi (beban berlebih)", "Highest EJ (overloaded)";
    Expand => "Buka rincian", "Show details";
    RowsShown => "baris ditampilkan", "rows shown";
    ChartNeedStaff => "Kebutuhan dan pegawai per OPD (15 terbesar)", "Need and staff per agency (15 largest)";
    ChartEj => "Sebaran EJ per slot, dengan pita kategori PJ", "EJ distribution per slot, with PJ category bands";
    ChartShortages => "Kekurangan terbesar (unit × jabatan)", "Largest shortages (unit × position)";
    ChartRetirement => "Proyeksi pensiun lima tahun (tanpa pengganti)", "Five-year retirement projection (nobody replaced)";
    Retiring => "Pensiun", "Retiring";
    ShortageIfNotReplaced => "Kekurangan bila tidak diganti", "Shortage if not replaced";
    RestoreDefaults => "Kembalikan nilai bawaan", "Restore defaults";
    UseSuggested => "Pakai nilai ini", "Use this value";
    Before => "Sebelum", "Before";
    After => "Sesudah", "After";
    Objective => "Fungsi tujuan F", "Objective F";
    Moves => "Perpindahan", "Moves";
    Mutasi => "Mutasi (antar unit)", "Transfers (between units)";
    Rotasi => "Rotasi (antar jabatan)", "Rotations (between positions)";
    Movable => "Pegawai yang dapat dipindah", "Movable employees";
    ProvenOptimal => "Terbukti optimal", "Proven optimal";
    GapNote => "paling jauh dari yang terbaik", "at most this far from the best possible";
    StalePlan => "Data atau parameter berubah sejak rencana ini dihitung. Jalankan ulang.", "Data or parameters changed since this plan was computed. Run again.";
    NoPlanYet => "Belum ada rencana. Atur parameter lalu jalankan.", "No plan yet. Set the parameters and run.";
    MovesTitle => "Usulan perpindahan", "Proposed moves";
    Nip => "NIP", "NIP";
    From => "Asal", "From";
    To => "Tujuan", "To";
    Kind => "Jenis", "Kind";
    Gain => "Manfaat", "Gain";
    Why => "Alasan", "Why";
    FilterText => "Saring: NIP, nama, unit, jabatan", "Filter: NIP, name, unit, position";
    AllKinds => "Semua jenis", "All kinds";
    PagePrev => "Sebelumnya", "Previous";
    PageNext => "Berikutnya", "Next";
    PageWord => "Halaman", "Page";
    PageOf => "dari", "of";
    PersonTitle => "Tanya tentang seorang pegawai", "Ask about one employee";
    PersonSearch => "NIP atau nama", "NIP or name";
    PersonMoves => "Diusulkan pindah", "Proposed to move";
    PersonStays => "Tetap di tempat", "Stays";
    PersonMovableNotChosen => "Dapat dipindah, tetapi tidak ada perpindahan yang memberi manfaat lebih besar dari biayanya.", "Movable, but no move would gain more than it costs.";
    PersonNotFound => "Tidak ditemukan.", "Not found.";
    RulesTitle => "Aturan penyeimbangan", "Balancing rules";
    RulesIntro => "Aturan yang dipakai perencana, dengan nilai parameter skenario saat ini.", "The rules the planner applies, with the current scenario's parameter values.";
    NavRules => "Aturan", "Rules";
    Run => "Jalankan penyeimbangan", "Run the balancing";
    Imbalance => "ketidakseimbangan", "imbalance";
    OptimumShown => "Rencana optimal ditampilkan", "The optimal plan is shown";
    ChartPareto => "Keseimbangan terhadap jumlah perpindahan (kurva Pareto)", "Balance against number of moves (Pareto curve)";
    ParetoSlider => "Pilih titik kurva", "Pick a point of the curve";
    ChartOpdBeforeAfter => "Kebutuhan dan pegawai per OPD, sebelum dan sesudah", "Need and staff per agency, before and after";
    FlowMatrix => "Arus perpindahan antar-OPD, terbesar dulu", "Moves between agencies, largest first";
    FlowFrom => "Dari OPD", "From agency";
    FlowTo => "Ke OPD", "To agency";
    FlowMoves => "Jumlah", "Moves";
    FlowWithin => "di dalam OPD sendiri", "within the agency";
    FlowsShown => "arus terbesar ditampilkan dari", "largest flows shown of";
    FlowsAllInReport => "semuanya ada di Laporan.", "all of them are in the report.";
    ReportNeedsPlan => "Laporan membutuhkan rencana: muat data dan jalankan penyeimbangan dulu.", "The report needs a plan: load data and run the balancing first.";
    ReportDate => "Tanggal acuan", "Reference date";
    ReportData => "Data", "Data";
    Fingerprint => "Sidik data", "Data fingerprint";
    ReportFigures => "Angka sebelum dan sesudah", "Figures before and after";
    ReportMoves => "Usulan perpindahan per OPD asal, dengan alasannya", "Proposed moves by source agency, with their reasons";
    ReportRules => "Aturan dan parameter", "Rules and parameters";
    Print => "Cetak / simpan PDF", "Print / save as PDF";
    AdjustTitle => "Penyesuaian", "Adjustments";
    AdjustReason => "Alasan (untuk satu penyesuaian berikutnya)", "Reason (for the next adjustment only)";
    TemporaryUntil => "Pindah sementara sampai", "Moved for a while, until";
    EditNeed => "Ubah kebutuhan satu slot", "Change one slot's need";
    AddTemporaryNeed => "Kebutuhan sementara (program, kegiatan)", "Temporary needs (programmes, activities)";
    TemporaryUnit => "Kode unit yang butuh bantuan", "Code of the unit needing help";
    TemporaryJabatan => "Kode jabatan yang boleh membantu (pisahkan dengan |)", "Codes of the positions that may help (separate with |)";
    TemporaryExtra => "Tambahan pegawai", "Extra staff";
    TemporaryFrom => "Mulai", "From";
    TemporaryTo => "Selesai", "Until";
    TemporaryPriority => "Prioritas (kosong = 1)", "Priority (blank = 1)";
    TemporaryNote => "Untuk apa", "What for";
    TemporaryAdd => "Tambahkan", "Add";
    TemporaryDataNeeds => "Kebutuhan sementara dari data:", "Temporary needs of the data:";
    TemporaryRemoveData => "Hapus dari skenario", "Remove from the scenario";
    TemporaryChange => "Ubah", "Change";
    TemporaryAddedNeeds => "Ditambahkan di skenario ini:", "Added in this scenario:";
    TemporaryUnknownUnit => "Kode unit ini tidak ada di data.", "This unit code is not in the data.";
    TemporaryUnknownJabatan => "Tulis kode jabatan yang ada di data, dipisah dengan |.", "Give position codes that are in the data, separated by |.";
    TemporaryNotANumber => "Tambahan harus angka lebih dari 0 dan prioritas angka 0 atau lebih.", "The extra staff must be a number above 0 and the priority a number of 0 or more.";
    TemporaryBadPeriod => "Tulis tanggal mulai dan selesai (hh-bb-tttt); selesai tidak boleh sebelum mulai.", "Give a start and an end date (dd-mm-yyyy); the end may not be before the start.";
    Apply => "Terapkan", "Apply";
    Remove => "Hapus", "Remove";
    ChangesSincePrevious => "Perubahan terhadap rencana sebelumnya (baru / batal / tujuan lain)", "Changes against the previous plan (new / dropped / other target)";
    Lock => "Kunci", "Lock";
    Unlock => "Buka kunci", "Unlock";
    Forbid => "Larang", "Forbid";
    Temporary => "Sementara", "Temporary";
    ForceTo => "Paksa pindah ke", "Force a move to";
    ForceCheck => "Periksa dan paksa", "Check and force";
    ForceRefused => "Ditolak", "Refused";
    ForceAccepted => "Diterima; jalankan ulang untuk melihat rencananya.", "Accepted; run again to see the plan.";
    Actions => "Tindakan", "Actions";
    ExportXlsx => "Unduh semua tabel (XLSX)", "Download every table (XLSX)";
    ExportCsv => "Unduh tabel (CSV)", "Download the tables (CSV)";
    ReportTemporary => "Pindah yang ditandai sementara", "Moves marked as for a while";
    ReportAssignments => "Penugasan sementara", "Temporary assignments";
    AssignmentsTitle => "Penugasan sementara (bantuan untuk kebutuhan sementara)", "Temporary assignments (help for temporary needs)";
    NoTemporary => "Tidak ada perpindahan yang ditandai sementara.", "No move is marked as for a while.";
    ReportAdjustments => "Penyesuaian oleh pengguna", "Adjustments by the user";
    ReportParameters => "Parameter skenario", "Scenario parameters";
    ReportShortages => "Kekurangan yang tersisa per jabatan", "Shortages left per position";
    UsulanFormasi => "usulan formasi", "recruitment need";
    ReportFairness => "Audit keadilan", "Fairness audit";
    Template => "Unduh templat XLSX (dengan petunjuk kolom)", "Download the XLSX template (with column guide)";
    SortGain => "Manfaat terbesar", "Largest gain";
    DefaultScenarioName => "Skenario kerja", "Working scenario";
    ScenarioName => "Nama skenario", "Scenario name";
    AnalysisTitle => "Analisis beban kerja", "Workload analysis";
    BalanceTitle => "Penyeimbangan", "Balancing";
    ScenariosTitle => "Skenario", "Scenarios";
    ReportTitle => "Laporan keputusan penyeimbangan", "Balancing decision report";
    ComingNext => "Bagian ini sedang dibangun.", "This part is being built.";
    ScenarioSaveTitle => "Simpan keadaan saat ini sebagai skenario", "Save the current state as a scenario";
    ScenarioNote => "Catatan", "Note";
    ScenarioSave => "Simpan skenario", "Save scenario";
    ScenarioSaved => "Skenario tersimpan.", "Scenario saved.";
    ScenarioNoPlan => "Belum ada rencana terkini: skenario disimpan tanpa angka rencana.", "No current plan: the scenario is saved without plan figures.";
    ScenarioQuotaFull => "Penyimpanan peramban penuh: skenario ini tidak disimpan. Skenario yang sudah tersimpan tetap aman. Hapus (atau ekspor lalu hapus) skenario lama untuk memberi ruang.", "The browser's storage is full: this scenario was not saved. Scenarios already saved are safe. Delete (or export, then delete) old scenarios to make room.";
    ScenarioSaveFailed => "Skenario tidak dapat disimpan", "The scenario could not be saved";
    ScenarioListTitle => "Skenario tersimpan", "Saved scenarios";
    ScenarioNone => "Belum ada skenario tersimpan.", "No saved scenarios yet.";
    ScenarioDate => "Diperbarui", "Updated";
    ScenarioObjectiveAfter => "F sesudah", "F after";
    ScenarioActions => "Tindakan", "Actions";
    ScenarioOpen => "Buka", "Open";
    ScenarioRename => "Ganti nama", "Rename";
    ScenarioDuplicate => "Gandakan", "Duplicate";
    ScenarioDelete => "Hapus", "Delete";
    ScenarioExport => "Ekspor", "Export";
    ScenarioCopySuffix => "salinan", "copy";
    ScenarioDeleted => "Skenario dihapus.", "Scenario deleted.";
    Undo => "Urungkan", "Undo";
    ScenarioOpened => "Skenario dibuka. Jalankan penyeimbangan untuk menghitung ulang rencananya.", "Scenario opened. Run the balancing to recompute its plan.";
    ScenarioOpenFailed => "Skenario tidak dapat dibuka", "The scenario could not be opened";
    ScenarioBroken => "rusak", "damaged";
    ScenarioBrokenTitle => "Entri yang tidak dapat dibaca (disisihkan, yang lain tetap dimuat)", "Entries that could not be read (set aside; the others still load)";
    ScenarioNewer => "dibuat oleh versi aplikasi yang lebih baru", "written by a newer version of the app";
    CompareTitle => "Bandingkan dua skenario", "Compare two scenarios";
    CompareA => "Skenario A", "Scenario A";
    CompareB => "Skenario B", "Scenario B";
    Delta => "Selisih (B − A)", "Difference (B − A)";
    MovesOut => "Keluar", "Out";
    MovesIn => "Masuk", "In";
    OnlyInA => "Hanya di A", "Only in A";
    OnlyInB => "Hanya di B", "Only in B";
    ChangedTarget => "Di keduanya, tujuan berbeda", "In both, another target";
    SameMoves => "Perpindahan yang sama", "Same moves";
    ShareTitle => "Bagikan skenario", "Share a scenario";
    ShareIntro => "Ekspor membuat satu berkas .seimbang.json berisi skenario dan datanya. Impor menyimpannya, menghitung ulang rencananya dan memeriksa hasilnya.", "Export writes one .seimbang.json file with the scenario and its data. Import stores it, recomputes its plan and checks the result.";
    ImportScenario => "Impor berkas .seimbang.json", "Import a .seimbang.json file";
    ImportIdentical => "Rencana yang dihitung ulang identik dengan yang tersimpan: sidik data dan perpindahan sama.", "The recomputed plan is identical to the saved one: same data fingerprint, same moves.";
    ImportDiffers => "Rencana yang dihitung ulang berbeda dari yang tersimpan", "The recomputed plan differs from the saved one";
    ImportDataDiffers => "sidik data berbeda", "another data fingerprint";
    ImportFailed => "Berkas skenario tidak dapat diimpor", "The scenario file could not be imported";
    ImportNewer => "Berkas atau entri ini dibuat oleh versi aplikasi yang lebih baru; perbarui aplikasi.", "This file or entry was written by a newer version of the app; update the app.";
    StorageUsed => "Ruang penyimpanan terpakai", "Storage used";
    Dismiss => "Tutup", "Dismiss";
    Restoring => "Memulihkan pekerjaan terakhir…", "Restoring your last work…";
    ReplanPending => "Menghitung ulang rencana terakhir Anda…", "Computing your last plan again…";
    PersonConflicts => "Tidak pernah dipindah ke (konflik kepentingan)", "Never moved into (conflict of interest)";
    PersonRequirements => "Syarat jabatan tidak terpenuhi", "Position requirements not met";
    PersonRequest => "Meminta pindah ke", "Asked to move to";
    PersonHelps => "Membantu sementara di", "Helps for a while at";
    KeepHome => "Jangan dipinjamkan", "Never lend";
    HelpAt => "Tugaskan sementara ke", "Assign for a while to";
    HelpApply => "Tugaskan", "Assign";
    HelpRefused => "Penugasan sementara ditolak", "Temporary assignment refused";
    AssignmentsTimeline => "Periode dan pemenuhan: diminta (garis) dan ditugaskan (isi)", "Periods and fill: asked (outline) and assigned (filled)";
    RequestsTitle => "Permintaan pindah pegawai sukarela", "Volunteers' own requests";
    RequestsCount => "{n} pegawai sukarela meminta unit tertentu. Putusan untuk masing-masing ada di pencarian pegawai dan di laporan.", "{n} volunteers asked for a unit. Each one's verdict is in the person search and in the report.";
    ReportConflicts => "Konflik kepentingan: tujuan yang dihapus", "Conflicts of interest: targets removed";
    DueForRotation => "Jatuh tempo rotasi", "Due for rotation";
    DueForRotationHint => "Pegawai yang sudah selama batas jatuh tempo (parameter) atau lebih di jabatannya (PP 11/2017 pasal 190)", "Employees in their position for the due limit (a parameter) or longer (PP 11/2017 article 190)";
    ReplanFailed => "Rencana tersimpan tidak dapat dihitung ulang; lihat alasannya di Penyeimbangan atau Analisis.", "The saved plan could not be computed again; see why on Penyeimbangan or Analisis.";
    ReplanSame => "Rencana terakhir Anda dihitung ulang: sama persis dengan yang tersimpan.", "Your last plan was computed again: exactly as saved.";
    ReplanDifferent => "Rencana terakhir dihitung ulang, tetapi angkanya berbeda dari yang tersimpan (data atau versi aplikasi berubah). Periksa sebelum dipakai.", "Your last plan was computed again, but its figures differ from the saved ones (the data or the app changed). Check it before use.";
    ShelvedWork => "Tautan ini membuka data contoh. Pekerjaan terakhir Anda masih tersimpan", "This link opened the demo data. Your last work is still stored";
    ShelvedRestore => "Pulihkan pekerjaan terakhir", "Restore my last work";
    ShelvedKeepDemo => "Tetap di data contoh", "Stay with the demo";
    SolverRun => "Jalankan", "Run";
    SolverCancel => "Batalkan", "Cancel";
    SolverIdle => "Siap dijalankan", "Ready to run";
    SolverStarting => "Memulai…", "Starting…";
    SolverModel => "Menyusun model…", "Building the model…";
    SolverSolving => "Model tersusun; mencari rencana terbaik…", "Model built; searching for the best plan…";
    SolverPareto => "Menelusuri kurva perpindahan dan ketidakseimbangan", "Tracing the moves / imbalance curve";
    SolverPoints => "titik", "points";
    SolverDone => "Selesai", "Done";
    SolverMoves => "perpindahan", "moves";
    SolverFailed => "Gagal", "Failed";
    SolverCancelled => "Dibatalkan", "Cancelled";
    PrivacyNote => "Semua data diolah di peramban ini dan tidak pernah dikirim ke mana pun.",
        "All data is processed in this browser and never sent anywhere.";
}

impl Text {
    /// The text in a language.
    pub fn get(self, lang: Lang) -> &'static str {
        let [id, en] = self.both();
        lang.pick(id, en)
    }
}

/// The current language, from context.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<RwSignal<Lang>>()
}

/// A reactive text: re-renders when the language changes.
pub fn tr(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text.get(lang.get())
}
