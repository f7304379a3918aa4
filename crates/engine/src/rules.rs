//! The published rules of the balancing model in plain words (the Aturan page and the
//! decision report). Generated from the parameters of the scenario and the engine's own
//! constants, so the text says exactly what the optimiser does with these values.

use crate::lang::Lang;
use crate::params::{Params, Scope};
use crate::pj::PjTable;

/// A titled section of rules.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleSection {
    pub title: String,
    pub items: Vec<String>,
}

fn yes(lang: Lang, id: &str, en: &str) -> String {
    lang.pick(id, en).to_string()
}

/// The rules for these parameters.
pub fn published_rules(p: &Params, pj: &PjTable, lang: Lang) -> Vec<RuleSection> {
    let l = lang;
    let mut who = vec![
        match p.izinkan_pppk {
            false => yes(l, "Hanya PNS yang dapat dipindah. PPPK dan CPNS tidak dipindah.", "Only PNS may move. PPPK and CPNS stay."),
            true => yes(l, "PNS dan PPPK dapat dipindah. CPNS tidak dipindah.", "PNS and PPPK may move. CPNS stay."),
        },
        yes(l, "Status kosong dibaca dari NIP: digit ke-13 bernilai 2 berarti PPPK, selain itu PNS.", "A blank status is read from the NIP: digit 13 equal to 2 means PPPK, otherwise PNS."),
        yes(l, "Pegawai yang dikunci, sedang menjalani hukuman disiplin, atau tugas belajar tidak dipindah.", "Locked employees, those under a disciplinary sanction and those on study leave stay."),
    ];
    who.push(match l {
        Lang::Id => format!("Pegawai harus sudah menjabat paling sedikit {} bulan penuh pada tanggal acuan; tanpa TMT jabatan, pegawai tidak dipindah.", p.min_masa_jabatan_bulan),
        Lang::En => format!("An employee must have held the position for at least {} full months at the reference date; without a TMT jabatan they stay.", p.min_masa_jabatan_bulan),
    });
    who.push(match l {
        Lang::Id => format!("Pegawai yang pensiun kurang dari {} bulan lagi tidak dipindah. Tanggal pensiun: tanggal 1 bulan berikutnya setelah bulan lahir, pada tahun lahir + BUP (BUP bawaan {} tahun).", p.batas_pensiun_bulan, p.bup_default),
        Lang::En => format!("Employees retiring in fewer than {} months stay. Retirement date: the first of the month after the birth month, in birth year + BUP (default BUP {} years).", p.batas_pensiun_bulan, p.bup_default),
    });
    let mut where_to = vec![yes(l, "Tujuan adalah slot (unit × jabatan) lain dengan jabatan yang sama, atau jabatan yang tercantum di tabel kompatibilitas. Pindah jabatan di unit yang sama adalah rotasi; pindah unit adalah mutasi.", "A target is another slot (unit × position) with the same position, or one the compatibility table allows. Changing position within the unit is a rotation; changing unit is a transfer.")];
    where_to.push(match p.lingkup {
        Scope::Semua => yes(
            l,
            "Tujuan boleh di OPD mana pun.",
            "Targets may be in any agency.",
        ),
        Scope::Opd => yes(
            l,
            "Tujuan hanya di OPD pegawai sendiri.",
            "Targets are only in the employee's own agency.",
        ),
    });
    let mut limits = Vec::new();
    if p.jaga_asal {
        limits.push(yes(l, "Tidak ada slot yang turun di bawah kebutuhannya (dibulatkan ke atas), kecuali sejak awal sudah di bawah.", "No slot ends below its need (rounded up) unless it started below."));
    }
    if p.batasi_tujuan {
        limits.push(yes(l, "Tidak ada slot yang diisi melebihi kebutuhannya (dibulatkan ke atas), kecuali sejak awal sudah di atas.", "No slot is filled past its need (rounded up) unless it started above."));
    }
    if let Some(k) = p.maks_pindah {
        limits.push(match l {
            Lang::Id => format!("Paling banyak {k} perpindahan."),
            Lang::En => format!("At most {k} moves."),
        });
    }
    if let Some(pct) = p.maks_keluar_persen {
        limits.push(match l {
            Lang::Id => format!("Per OPD, paling banyak {pct}% pegawainya pindah ke OPD lain (dibulatkan ke bawah)."),
            Lang::En => format!("Per agency, at most {pct}% of its staff move to another agency (rounded down)."),
        });
    }
    if limits.is_empty() {
        limits.push(yes(l, "Tidak ada batasan tambahan.", "No further limits."));
    }
    let objective = vec![
        yes(l, "Rencana meminimalkan ketidakseimbangan: untuk setiap slot, prioritas × (pegawai − kebutuhan)² / kebutuhan (paling kecil 1), dijumlahkan. Karena dikuadratkan, kekurangan dibagi rata sesuai kebutuhan, tidak ditumpuk di satu tempat.", "The plan minimises the imbalance: for each slot, priority × (staff − need)² / need (at least 1), summed. Because it is squared, a shortage is spread in proportion to need instead of being dumped on one place."),
        match l {
            Lang::Id => format!("Setiap perpindahan berbiaya {} (pegawai sukarela {} × itu), sehingga tidak ada perpindahan yang diusulkan tanpa manfaat yang lebih besar.", p.biaya_pindah, p.faktor_sukarela),
            Lang::En => format!("Each move costs {} (a volunteer {} × that), so no move is proposed that does not pay for itself.", p.biaya_pindah, p.faktor_sukarela),
        },
        yes(l, "Tanpa batas jumlah pindah, rencana terbukti optimal. Dengan batas, rencana memenuhi batas dan disertai batas bawah yang terbukti, sehingga jaraknya dari yang terbaik dapat dilihat.", "Without caps the plan is proven optimal. With a cap the plan respects it and comes with a proven lower bound, so its distance from the best possible is shown."),
    ];
    let tiebreak = vec![
        yes(l, "Bila beberapa pegawai di satu slot sama-sama dapat dipindah, yang dipilih berurutan: 1. yang mengajukan diri (sukarela); 2. yang paling lama di jabatannya (TMT jabatan terawal); 3. NIP terkecil.", "When several employees of one slot could move, the plan picks in order: 1. volunteers; 2. longest in the position (earliest TMT jabatan); 3. lowest NIP."),
        yes(l, "Setiap usulan perpindahan menyebutkan aturan mana yang menentukan.", "Every proposed move says which of these decided it."),
    ];
    let indicators = vec![
        yes(l, "Kekurangan = jumlah max(0, kebutuhan − pegawai); kelebihan = jumlah max(0, pegawai − kebutuhan). Slot seimbang bila jumlah pegawai sama dengan kebutuhan dibulatkan ke bawah atau ke atas.", "Shortage = sum of max(0, need − staff); surplus = sum of max(0, staff − need). A slot is balanced when its staff equals its need rounded down or up."),
        match l {
            Lang::Id => format!("EJ = kebutuhan / pegawai. Kategori PJ: A bila EJ > {:.2}; B {:.2}–{:.2}; C {:.2}–{:.2}; D {:.2}–{:.2}; E di bawah {:.2}.", pj.a_above, pj.b_from, pj.a_above, pj.c_from, pj.b_from - 0.01, pj.d_from, pj.c_from - 0.01, pj.d_from),
            Lang::En => format!("EJ = need / staff. PJ category: A when EJ > {:.2}; B {:.2}–{:.2}; C {:.2}–{:.2}; D {:.2}–{:.2}; E below {:.2}.", pj.a_above, pj.b_from, pj.a_above, pj.c_from, pj.b_from - 0.01, pj.d_from, pj.c_from - 0.01, pj.d_from),
        },
        match l {
            Lang::Id => format!("Kebutuhan dari uraian tugas (ABK): jumlah volume × frekuensi per tahun (tahun 1, bulan 12, minggu 50, hari 250) × norma waktu, dibagi waktu kerja efektif {} menit.", p.wke_menit),
            Lang::En => format!("Need from task rows (ABK): sum of volume × occurrences per year (year 1, month 12, week 50, day 250) × time norm, divided by the effective working time of {} minutes.", p.wke_menit),
        },
    ];
    vec![
        RuleSection {
            title: yes(l, "Siapa yang boleh dipindah", "Who may move"),
            items: who,
        },
        RuleSection {
            title: yes(l, "Ke mana", "Where to"),
            items: where_to,
        },
        RuleSection {
            title: yes(l, "Batasan", "Limits"),
            items: limits,
        },
        RuleSection {
            title: yes(l, "Apa yang dioptimalkan", "What is optimised"),
            items: objective,
        },
        RuleSection {
            title: yes(
                l,
                "Siapa yang dipilih bila setara",
                "Who is picked among equals",
            ),
            items: tiebreak,
        },
        RuleSection {
            title: yes(l, "Indikator", "Indicators"),
            items: indicators,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_follow_the_parameters() {
        let mut p = Params::default();
        let text = |p: &Params, l| {
            published_rules(p, &PjTable::default(), l)
                .iter()
                .flat_map(|s| s.items.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(text(&p, Lang::Id).contains("24 bulan"));
        assert!(text(&p, Lang::En).contains("24 full months"));
        p.min_masa_jabatan_bulan = 36;
        p.maks_pindah = Some(50);
        assert!(text(&p, Lang::Id).contains("36 bulan"));
        assert!(text(&p, Lang::Id).contains("Paling banyak 50 perpindahan"));
    }
}
