//! What each scenario parameter means, in Bahasa Indonesia and English, grouped as the
//! workbench shows them. The app's form and the published rules (Aturan) read these
//! same lines, and the defaults quoted come from `Params::default()`, so the words can
//! never drift from what the engine does.

use crate::lang::Lang;
use crate::params::{Params, Scope};

/// The label of the parameter `key` in the user's language (the key itself when it
/// has no entry): messages name rules by these words, never by params.json keys.
pub fn param_label(key: &str, lang: Lang) -> &'static str {
    PARAMS
        .iter()
        .find(|d| d.key == key)
        .map_or("", |d| d.label(lang))
}

/// The groups of the parameter form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    WhoMayMove,
    WhereTo,
    Limits,
    Costs,
    Workload,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::WhoMayMove,
        Group::WhereTo,
        Group::Limits,
        Group::Costs,
        Group::Workload,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Group::WhoMayMove => lang.pick("Siapa yang boleh dipindah", "Who may move"),
            Group::WhereTo => lang.pick("Ke mana", "Where to"),
            Group::Limits => lang.pick("Batasan", "Limits"),
            Group::Costs => lang.pick("Biaya perpindahan", "Cost of moving"),
            Group::Workload => lang.pick("Beban kerja (ABK)", "Workload (ABK)"),
        }
    }
}

/// One parameter: its key in params.json, group, label and one-line explanation.
#[derive(Clone, Copy, Debug)]
pub struct ParamDoc {
    pub key: &'static str,
    pub group: Group,
    label: [&'static str; 2],
    help: [&'static str; 2],
}

impl ParamDoc {
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.label[0], self.label[1])
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        lang.pick(self.help[0], self.help[1])
    }

    /// The default value as text, from `Params::default()`.
    pub fn default_text(&self, lang: Lang) -> String {
        self.value_text(&Params::default(), lang)
    }

    /// The value `p` gives this parameter, in words and in the language's number and
    /// date style (`ya`, `semua OPD`, `1,5`, `31 Desember 2026`, `tanpa batas`).
    pub fn value_text(&self, p: &Params, lang: Lang) -> String {
        let yes_no = |b: bool| {
            lang.pick(if b { "ya" } else { "tidak" }, if b { "yes" } else { "no" })
                .to_string()
        };
        let none = || lang.pick("tanpa batas", "no limit").to_string();
        match self.key {
            "tanggal_acuan" => p.tanggal_acuan.map_or_else(
                || lang.pick("hari ini", "today").to_string(),
                |d| lang.date(d),
            ),
            "izinkan_pppk" => yes_no(p.izinkan_pppk),
            "min_masa_jabatan_bulan" => p.min_masa_jabatan_bulan.to_string(),
            "batas_pensiun_bulan" => p.batas_pensiun_bulan.to_string(),
            "bup_default" => p.bup_default.to_string(),
            "wke_menit" => lang.grouped(p.wke_menit),
            "lingkup" => match p.lingkup {
                Scope::Semua => lang.pick("semua OPD", "any agency").to_string(),
                Scope::Opd => lang.pick("OPD sendiri", "own agency").to_string(),
            },
            "jaga_asal" => yes_no(p.jaga_asal),
            "batasi_tujuan" => yes_no(p.batasi_tujuan),
            "maks_pindah" => p.maks_pindah.map_or_else(none, |n| n.to_string()),
            "maks_keluar_persen" => p.maks_keluar_persen.map_or_else(none, |v| lang.decimal(v)),
            "biaya_pindah" => lang.decimal(p.biaya_pindah),
            "faktor_sukarela" => lang.decimal(p.faktor_sukarela),
            _ => String::new(),
        }
    }
}

/// Every parameter, in form order.
pub const PARAMS: [ParamDoc; 13] = [
    ParamDoc {
        key: "tanggal_acuan",
        group: Group::WhoMayMove,
        label: ["Tanggal acuan", "Reference date"],
        help: ["Tanggal yang dipakai untuk menghitung masa jabatan dan sisa masa kerja.", "The date at which time in position and time to retirement are counted."],
    },
    ParamDoc {
        key: "izinkan_pppk",
        group: Group::WhoMayMove,
        label: ["Izinkan PPPK dipindah", "Allow PPPK to move"],
        help: ["PPPK terikat pada formasi kontraknya; secara bawaan tidak dipindah. CPNS tidak pernah dipindah.", "PPPK are bound to their contract's position and stay by default. CPNS never move."],
    },
    ParamDoc {
        key: "min_masa_jabatan_bulan",
        group: Group::WhoMayMove,
        label: ["Masa jabatan minimal (bulan)", "Minimum time in position (months)"],
        help: ["Pegawai baru boleh dipindah setelah sekian bulan penuh di jabatannya.", "Employees may move only after this many full months in their position."],
    },
    ParamDoc {
        key: "batas_pensiun_bulan",
        group: Group::WhoMayMove,
        label: ["Sisa masa kerja minimal (bulan)", "Minimum months before retirement"],
        help: ["Pegawai yang pensiun dalam kurun ini tidak dipindah.", "Employees retiring within this many months stay."],
    },
    ParamDoc {
        key: "bup_default",
        group: Group::WhoMayMove,
        label: ["BUP bawaan (tahun)", "Default retirement age (years)"],
        help: ["Batas usia pensiun bila data pegawai tidak menyebutkannya.", "Retirement age used when the employee's row gives none."],
    },
    ParamDoc {
        key: "lingkup",
        group: Group::WhereTo,
        label: ["Lingkup tujuan", "Scope of targets"],
        help: ["Semua OPD, atau hanya unit dalam OPD pegawai sendiri.", "Any agency, or only units of the employee's own agency."],
    },
    ParamDoc {
        key: "jaga_asal",
        group: Group::Limits,
        label: ["Jaga unit asal", "Protect the source"],
        help: ["Tidak ada slot yang turun di bawah kebutuhannya karena mutasi (kecuali sudah di bawah).", "No slot is pulled below its need (unless it already was)."],
    },
    ParamDoc {
        key: "batasi_tujuan",
        group: Group::Limits,
        label: ["Batasi tujuan", "Cap the target"],
        help: ["Tidak ada slot yang diisi melebihi kebutuhannya (kecuali sudah di atas).", "No slot is filled past its need (unless it already was)."],
    },
    ParamDoc {
        key: "maks_pindah",
        group: Group::Limits,
        label: ["Jumlah pindah maksimal", "Maximum number of moves"],
        help: ["Batas jumlah seluruh perpindahan; kosong berarti tanpa batas.", "A cap on the total number of moves; empty means none."],
    },
    ParamDoc {
        key: "maks_keluar_persen",
        group: Group::Limits,
        label: ["Keluar OPD maksimal (%)", "Maximum leaving an agency (%)"],
        help: ["Per OPD, pegawai yang pindah ke OPD lain paling banyak sekian persen pegawainya.", "Per agency, at most this percentage of its staff move to another agency."],
    },
    ParamDoc {
        key: "biaya_pindah",
        group: Group::Costs,
        label: ["Biaya satu perpindahan", "Cost of one move"],
        help: ["Gangguan yang ditimbulkan satu perpindahan; perpindahan hanya diusulkan bila manfaatnya lebih besar.", "The disruption of one move; a move is proposed only when it gains more."],
    },
    ParamDoc {
        key: "faktor_sukarela",
        group: Group::Costs,
        label: ["Faktor sukarela", "Volunteer factor"],
        help: ["Pengali biaya untuk pegawai yang mengajukan diri pindah (lebih kecil = lebih diutamakan).", "Cost multiplier for employees who asked to move (smaller = preferred)."],
    },
    ParamDoc {
        key: "wke_menit",
        group: Group::Workload,
        label: ["Waktu kerja efektif (menit/tahun)", "Effective working time (minutes/year)"],
        help: ["Pembagi rumus ABK: 75.000 menit (1.250 jam) atau 72.000 menit (1.200 jam).", "The ABK formula's divisor: 75,000 minutes (1,250 h) or 72,000 minutes (1,200 h)."],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_documented_once_in_both_languages() {
        let json = serde_json::to_value(Params::default()).unwrap_or_default();
        let keys: Vec<&str> = json
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys.len(), PARAMS.len());
        for k in keys {
            let doc = PARAMS.iter().filter(|p| p.key == k).collect::<Vec<_>>();
            assert_eq!(doc.len(), 1, "{k} documented once");
            for lang in [Lang::Id, Lang::En] {
                assert!(!doc[0].label(lang).is_empty() && !doc[0].help(lang).is_empty());
                assert!(!doc[0].default_text(lang).is_empty(), "{k} default");
            }
        }
    }
}
