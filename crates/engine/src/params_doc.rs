//! What each scenario parameter means, in Bahasa Indonesia and English, grouped as the
//! workbench shows them. The app's form and the published rules (Aturan) read these
//! same lines, and the defaults quoted come from `Params::default()`, so the words can
//! never drift from what the engine does.

use crate::lang::Lang;
use crate::params::Params;
pub use crate::params_value::{Kind, ParamValue};

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

/// One parameter: its key in params.json, group, label, one-line explanation and the
/// field of [`Params`] it reads and writes.
#[derive(Clone, Copy, Debug)]
pub struct ParamDoc {
    pub key: &'static str,
    pub group: Group,
    label: [&'static str; 2],
    help: [&'static str; 2],
    get: fn(&Params) -> ParamValue,
    /// Writes a value of the parameter's kind; `false` for another kind or a number the
    /// field cannot hold.
    set: fn(&mut Params, ParamValue) -> bool,
    /// The value the contract suggests and where it comes from, when it names one.
    pub suggested: Option<Suggestion>,
}

/// A suggested value (the default leaves the rule off or as in v1) and its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    pub value: ParamValue,
    /// The regulation the value comes from ("PP 11/2017 pasal 190").
    pub source: &'static str,
}

/// The regulation the article 190 suggestions come from.
const ARTICLE_190: &str = "PP 11/2017 pasal 190";

/// A typed value the parameter does not take (not a value, or outside its domain).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rejected;

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

    /// The suggested value in words with its source ("0,5, PP 11/2017 pasal 190").
    pub fn suggested_text(&self, lang: Lang) -> Option<String> {
        self.suggested.map(|s| {
            let source = match lang {
                Lang::Id => s.source.to_string(),
                Lang::En => s.source.replace("pasal", "article"),
            };
            format!("{}, {source}", s.value.words(lang))
        })
    }

    /// Set this parameter of `p` to its suggested value (nothing without one).
    pub fn apply_suggested(&self, p: &mut Params) -> Result<(), Rejected> {
        self.apply(p, self.suggested.ok_or(Rejected)?.value)
    }

    /// The value `p` gives this parameter.
    pub fn get(&self, p: &Params) -> ParamValue {
        (self.get)(p)
    }

    /// Which control the parameter needs.
    pub fn kind(&self) -> Kind {
        self.get(&Params::default()).kind()
    }

    /// The value `p` gives this parameter, in words and in the language's number and
    /// date style (`ya`, `semua OPD`, `1,5`, `31 Desember 2026`, `tanpa batas`).
    pub fn value_text(&self, p: &Params, lang: Lang) -> String {
        self.get(p).words(lang)
    }

    /// The value as the form's input shows it.
    pub fn input_text(&self, p: &Params) -> String {
        self.get(p).input_text()
    }

    /// Set this parameter of `p` from a form's input. Text that is no value of the
    /// parameter, or a value outside its domain (negative months, a BUP of 200, ...),
    /// leaves `p` unchanged.
    pub fn apply_input(&self, p: &mut Params, text: &str, checked: bool) -> Result<(), Rejected> {
        self.apply(p, self.kind().parse(text, checked).ok_or(Rejected)?)
    }

    /// Write `value` when the field takes it and the parameters stay valid.
    fn apply(&self, p: &mut Params, value: ParamValue) -> Result<(), Rejected> {
        let mut next = p.clone();
        if !(self.set)(&mut next, value) {
            return Err(Rejected);
        }
        next.validate().map_err(|_| Rejected)?;
        *p = next;
        Ok(())
    }
}

/// Every parameter, in form order.
pub const PARAMS: [ParamDoc; 16] = [
    ParamDoc {
        key: "tanggal_acuan",
        group: Group::WhoMayMove,
        label: ["Tanggal acuan", "Reference date"],
        help: ["Tanggal yang dipakai untuk menghitung masa jabatan dan sisa masa kerja.", "The date at which time in position and time to retirement are counted."],
        get: |p| ParamValue::Date(p.tanggal_acuan),
        set: |p, v| match v { ParamValue::Date(d) => { p.tanggal_acuan = d; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "izinkan_pppk",
        group: Group::WhoMayMove,
        label: ["Izinkan PPPK dipindah", "Allow PPPK to move"],
        help: ["PPPK terikat pada formasi kontraknya; secara bawaan tidak dipindah. CPNS tidak pernah dipindah.", "PPPK are bound to their contract's position and stay by default. CPNS never move."],
        get: |p| ParamValue::Flag(p.izinkan_pppk),
        set: |p, v| match v { ParamValue::Flag(b) => { p.izinkan_pppk = b; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "min_masa_jabatan_bulan",
        group: Group::WhoMayMove,
        label: ["Masa jabatan minimal (bulan)", "Minimum time in position (months)"],
        help: ["Pegawai baru boleh dipindah setelah sekian bulan penuh di jabatannya.", "Employees may move only after this many full months in their position."],
        get: |p| ParamValue::Whole(p.min_masa_jabatan_bulan.into()),
        set: |p, v| match v { ParamValue::Whole(n) => i32::try_from(n).map(|n| p.min_masa_jabatan_bulan = n).is_ok(), _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "maks_masa_jabatan_bulan",
        group: Group::WhoMayMove,
        label: ["Jatuh tempo rotasi (bulan)", "Due for rotation after (months)"],
        help: ["Mutasi paling lama 5 tahun: pegawai dengan sekian bulan penuh di jabatannya jatuh tempo rotasi.", "Transfer after at most 5 years: employees with this many full months in position are due for rotation."],
        get: |p| ParamValue::Whole(p.maks_masa_jabatan_bulan.into()),
        set: |p, v| match v { ParamValue::Whole(n) => i32::try_from(n).map(|n| p.maks_masa_jabatan_bulan = n).is_ok(), _ => false },
        suggested: Some(Suggestion { value: ParamValue::Whole(60), source: ARTICLE_190 }),
    },
    ParamDoc {
        key: "batas_pensiun_bulan",
        group: Group::WhoMayMove,
        label: ["Sisa masa kerja minimal (bulan)", "Minimum months before retirement"],
        help: ["Pegawai yang pensiun dalam kurun ini tidak dipindah.", "Employees retiring within this many months stay."],
        get: |p| ParamValue::Whole(p.batas_pensiun_bulan.into()),
        set: |p, v| match v { ParamValue::Whole(n) => i32::try_from(n).map(|n| p.batas_pensiun_bulan = n).is_ok(), _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "bup_default",
        group: Group::WhoMayMove,
        label: ["BUP bawaan (tahun)", "Default retirement age (years)"],
        help: ["Batas usia pensiun bila data pegawai tidak menyebutkannya.", "Retirement age used when the employee's row gives none."],
        get: |p| ParamValue::Whole(p.bup_default.into()),
        set: |p, v| match v { ParamValue::Whole(n) => u32::try_from(n).map(|n| p.bup_default = n).is_ok(), _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "lingkup",
        group: Group::WhereTo,
        label: ["Lingkup tujuan", "Scope of targets"],
        help: ["Semua OPD, atau hanya unit dalam OPD pegawai sendiri.", "Any agency, or only units of the employee's own agency."],
        get: |p| ParamValue::Scope(p.lingkup),
        set: |p, v| match v { ParamValue::Scope(s) => { p.lingkup = s; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "jaga_asal",
        group: Group::Limits,
        label: ["Jaga unit asal", "Protect the source"],
        help: ["Tidak ada slot yang turun di bawah kebutuhannya (dibulatkan ke atas) karena perpindahan; yang sudah di bawah tidak berkurang lagi.", "No slot is pulled below its need (rounded up) by a move; one already below loses nobody."],
        get: |p| ParamValue::Flag(p.jaga_asal),
        set: |p, v| match v { ParamValue::Flag(b) => { p.jaga_asal = b; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "batasi_tujuan",
        group: Group::Limits,
        label: ["Batasi tujuan", "Cap the target"],
        help: ["Tidak ada slot yang diisi melebihi kebutuhannya (dibulatkan ke atas); yang sudah di atas tidak bertambah lagi.", "No slot is filled past its need (rounded up); one already above gains nobody."],
        get: |p| ParamValue::Flag(p.batasi_tujuan),
        set: |p, v| match v { ParamValue::Flag(b) => { p.batasi_tujuan = b; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "maks_pindah",
        group: Group::Limits,
        label: ["Jumlah pindah maksimal", "Maximum number of moves"],
        help: ["Batas jumlah seluruh perpindahan; kosong berarti tanpa batas.", "A cap on the total number of moves; empty means none."],
        get: |p| ParamValue::OptWhole(p.maks_pindah),
        set: |p, v| match v { ParamValue::OptWhole(n) => { p.maks_pindah = n; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "maks_keluar_persen",
        group: Group::Limits,
        label: ["Keluar OPD maksimal (%)", "Maximum leaving an agency (%)"],
        help: ["Per OPD, pegawai yang pindah ke OPD lain paling banyak sekian persen pegawainya.", "Per agency, at most this percentage of its staff move to another agency."],
        get: |p| ParamValue::OptNumber(p.maks_keluar_persen),
        set: |p, v| match v { ParamValue::OptNumber(x) => { p.maks_keluar_persen = x; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "biaya_pindah",
        group: Group::Costs,
        label: ["Biaya satu perpindahan", "Cost of one move"],
        help: ["Gangguan yang ditimbulkan satu perpindahan; perpindahan hanya diusulkan bila manfaatnya lebih besar.", "The disruption of one move; a move is proposed only when it gains more."],
        get: |p| ParamValue::Number(p.biaya_pindah),
        set: |p, v| match v { ParamValue::Number(x) => { p.biaya_pindah = x; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "faktor_sukarela",
        group: Group::Costs,
        label: ["Faktor sukarela", "Volunteer factor"],
        help: ["Pengali biaya untuk pegawai yang mengajukan diri pindah (lebih kecil = lebih diutamakan).", "Cost multiplier for employees who asked to move (smaller = preferred)."],
        get: |p| ParamValue::Number(p.faktor_sukarela),
        set: |p, v| match v { ParamValue::Number(x) => { p.faktor_sukarela = x; true } _ => false },
        suggested: None,
    },
    ParamDoc {
        key: "faktor_jatuh_tempo",
        group: Group::Costs,
        label: ["Faktor jatuh tempo rotasi", "Rotation-due factor"],
        help: ["Pengali biaya untuk pegawai yang sudah jatuh tempo rotasi (lebih kecil = lebih diutamakan; 1 = tidak berpengaruh).", "Cost multiplier for employees due for rotation (smaller = preferred; 1 = no effect)."],
        get: |p| ParamValue::Number(p.faktor_jatuh_tempo),
        set: |p, v| match v { ParamValue::Number(x) => { p.faktor_jatuh_tempo = x; true } _ => false },
        suggested: Some(Suggestion { value: ParamValue::Number(0.5), source: ARTICLE_190 }),
    },
    ParamDoc {
        key: "faktor_tujuan_usulan",
        group: Group::Costs,
        label: ["Faktor unit yang diminta", "Requested-unit factor"],
        help: ["Pegawai dapat mengajukan pindah: pengali biaya bila pegawai sukarela dipindah ke unit yang dimintanya sendiri (lebih kecil = lebih diutamakan; 1 = tidak berpengaruh).", "An employee may ask to move: cost multiplier when a volunteer moves into the unit they asked for (smaller = preferred; 1 = no effect)."],
        get: |p| ParamValue::Number(p.faktor_tujuan_usulan),
        set: |p, v| match v { ParamValue::Number(x) => { p.faktor_tujuan_usulan = x; true } _ => false },
        suggested: Some(Suggestion { value: ParamValue::Number(0.5), source: ARTICLE_190 }),
    },
    ParamDoc {
        key: "wke_menit",
        group: Group::Workload,
        label: ["Waktu kerja efektif (menit/tahun)", "Effective working time (minutes/year)"],
        help: ["Pembagi rumus ABK: 75.000 menit (1.250 jam) atau 72.000 menit (1.200 jam).", "The ABK formula's divisor: 75,000 minutes (1,250 h) or 72,000 minutes (1,200 h)."],
        get: |p| ParamValue::Number(p.wke_menit),
        set: |p, v| match v { ParamValue::Number(x) => { p.wke_menit = x; true } _ => false },
        suggested: None,
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

    /// (parameter, typed text, checked) -> the value it gives, or refused.
    fn check(key: &str, text: &str, checked: bool, expected: Option<ParamValue>) {
        let doc = PARAMS.iter().find(|d| d.key == key).unwrap();
        let mut p = Params::default();
        let got = doc.apply_input(&mut p, text, checked).map(|()| doc.get(&p));
        assert_eq!(got.ok(), expected, "{key} = {text:?}");
        if expected.is_none() {
            assert_eq!(p, Params::default(), "a refused value changes nothing");
        }
    }

    #[test]
    fn the_form_reads_every_kind_and_refuses_what_is_out_of_its_domain() {
        use crate::date::Date;
        use crate::params::Scope;
        check(
            "tanggal_acuan",
            "31-12-2026",
            false,
            Some(ParamValue::Date(Date::new(2026, 12, 31))),
        );
        check("tanggal_acuan", "kemarin", false, None);
        check("izinkan_pppk", "", true, Some(ParamValue::Flag(true)));
        check(
            "min_masa_jabatan_bulan",
            "36",
            false,
            Some(ParamValue::Whole(36)),
        );
        check("min_masa_jabatan_bulan", "-1", false, None);
        check("bup_default", "200", false, None);
        check("bup_default", "60", false, Some(ParamValue::Whole(60)));
        check(
            "wke_menit",
            "72000",
            false,
            Some(ParamValue::Number(72_000.0)),
        );
        check("wke_menit", "0", false, None);
        check(
            "biaya_pindah",
            "0,25",
            false,
            Some(ParamValue::Number(0.25)),
        );
        check("maks_pindah", "", false, Some(ParamValue::OptWhole(None)));
        check(
            "maks_pindah",
            "40",
            false,
            Some(ParamValue::OptWhole(Some(40))),
        );
        check("maks_pindah", "4,5", false, None);
        check("maks_keluar_persen", "150", false, None);
        check("lingkup", "opd", false, Some(ParamValue::Scope(Scope::Opd)));
        check("lingkup", "kota", false, None);
    }

    #[test]
    fn input_text_reads_back_as_the_same_value() {
        let p = Params {
            tanggal_acuan: crate::date::Date::new(2027, 3, 1),
            maks_pindah: Some(12),
            maks_keluar_persen: Some(7.5),
            ..Params::default()
        };
        for doc in &PARAMS {
            let mut q = Params::default();
            let checked = matches!(doc.get(&p), ParamValue::Flag(true));
            doc.apply_input(&mut q, &doc.input_text(&p), checked)
                .unwrap();
            assert_eq!(doc.get(&q), doc.get(&p), "{}", doc.key);
        }
    }
}
