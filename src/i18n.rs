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
    DropFilesHint => "Beberapa CSV (pegawai.csv, kebutuhan.csv, …) atau satu buku kerja XLSX dengan sheet bernama tabel.",
        "Several CSVs (pegawai.csv, kebutuhan.csv, …) or one XLSX workbook with sheets named after the tables.";
    Importing => "Membaca dan memeriksa berkas…", "Reading and checking the files…";
    ImportAccepted => "Data diterima", "Data accepted";
    ImportRefused => "Impor ditolak: data sebelumnya tetap dipakai", "Import refused: the previous data stays in use";
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
    AnalysisTitle => "Analisis beban kerja", "Workload analysis";
    BalanceTitle => "Penyeimbangan", "Balancing";
    ScenariosTitle => "Skenario", "Scenarios";
    ReportTitle => "Laporan", "Report";
    ComingNext => "Bagian ini sedang dibangun.", "This part is being built.";
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
