//! The published rules of the balancing model in plain words (the Aturan page and the
//! decision report). Generated from the parameters of the scenario and the engine's own
//! constants, so the text says exactly what the optimiser does with these values.

use crate::dataset::Status;
use crate::lang::Lang;
use crate::params::Params;
use crate::params_doc::PARAMS;
use crate::pj::PjTable;
use crate::rule::status::status_reason;
use crate::rule::{ceiling, exit_cap, floor, move_cap, move_cost, scope};

/// A titled section of rules.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleSection {
    pub title: String,
    pub items: Vec<String>,
}

fn yes(lang: Lang, id: &str, en: &str) -> String {
    lang.pick(id, en).to_string()
}

/// A parameter's value as the form and the report write it (`0,1`, `75.000`).
fn value(p: &Params, key: &str, lang: Lang) -> String {
    PARAMS
        .iter()
        .find(|d| d.key == key)
        .map(|d| d.value_text(p, lang))
        .unwrap_or_default()
}

/// The rules for these parameters.
pub fn published_rules(p: &Params, pj: &PjTable, lang: Lang) -> Vec<RuleSection> {
    let l = lang;
    let mut who = vec![
        match status_reason(Status::Pppk, p).is_none() {
            false => yes(l, "Hanya PNS yang dapat dipindah. PPPK dan CPNS tidak dipindah.", "Only PNS may move. PPPK and CPNS stay."),
            true => yes(l, "PNS dan PPPK dapat dipindah. CPNS tidak dipindah.", "PNS and PPPK may move. CPNS stay."),
        },
        yes(l, "Status kosong dibaca dari NIP: digit ke-13 bernilai 2 berarti PPPK, selain itu PNS.", "A blank status is read from the NIP: digit 13 equal to 2 means PPPK, otherwise PNS."),
        yes(l, "Pegawai yang dikunci, sedang menjalani hukuman disiplin, atau tugas belajar tidak dipindah.", "Locked employees, those under a disciplinary sanction and those on study leave stay."),
        yes(l, "Pegawai yang nilai datanya tidak terbaca atau saling bertentangan (laporan impor menyebut baris dan kolomnya) tetap dihitung di slotnya, tetapi tidak dipindah.", "Employees whose row has values that cannot be read or contradict each other (the import report names row and column) are counted in their slot but never moved."),
    ];
    who.push(match l {
        Lang::Id => format!("Pegawai harus sudah menjabat paling sedikit {} bulan penuh pada tanggal acuan; tanpa TMT jabatan, pegawai tidak dipindah.", value(p, "min_masa_jabatan_bulan", l)),
        Lang::En => format!("An employee must have held the position for at least {} full months at the reference date; without a TMT jabatan they stay.", value(p, "min_masa_jabatan_bulan", l)),
    });
    who.push(match l {
        Lang::Id => format!("Pegawai yang pensiun kurang dari {} bulan lagi tidak dipindah. Tanggal pensiun: tanggal 1 bulan berikutnya setelah bulan lahir, pada tahun lahir + BUP (BUP bawaan {} tahun).", value(p, "batas_pensiun_bulan", l), value(p, "bup_default", l)),
        Lang::En => format!("Employees retiring in fewer than {} months stay. Retirement date: the first of the month after the birth month, in birth year + BUP (default BUP {} years).", value(p, "batas_pensiun_bulan", l), value(p, "bup_default", l)),
    });
    let mut where_to = vec![yes(l, "Tujuan adalah slot (unit × jabatan) lain dengan jabatan yang sama, atau jabatan yang tercantum di tabel kompatibilitas (satu baris berlaku satu arah: dari jabatan asal ke jabatan tujuan). Pindah jabatan di unit yang sama adalah rotasi; pindah unit adalah mutasi.", "A target is another slot (unit × position) with the same position, or one the compatibility table allows (a row works one way: from its position to its target position). Changing position within the unit is a rotation; changing unit is a transfer.")];
    where_to.push(yes(l, "Tanpa konflik kepentingan (PP 11/2017 pasal 190): pegawai tidak pernah dipindah ke unit yang dicantumkan baginya di tabel konflik (misalnya unit yang dipimpin kerabatnya). Alasannya tidak dicetak di laporan.", "Without conflicts of interest (PP 11/2017 article 190): an employee is never moved into a unit the konflik table lists for them (for example one headed by a relative). The reasons are not printed in the report."));
    where_to.push(yes(l, "Sesuai syarat jabatan (PP 11/2017 pasal 190): pegawai hanya dipindah ke jabatan yang syaratnya di tabel syarat jabatan ia penuhi (pendidikan paling rendah, golongan paling rendah dan paling tinggi; D-IV setara S-1). Pendidikan atau golongan yang kosong atau tidak terbaca dianggap tidak memenuhi. Pegawai yang sudah menduduki jabatan tidak terkena.", "Meeting the position's requirements (PP 11/2017 article 190): an employee is only moved into a jabatan whose requirements in the position requirements table (syarat jabatan) they meet (lowest education, lowest and highest grade; D-IV equals S-1). A blank or unreadable education or grade does not meet a requirement. People already in the jabatan are not affected."));
    where_to.push(match scope::within_opd(p) {
        false => yes(
            l,
            "Tujuan boleh di OPD mana pun.",
            "Targets may be in any agency.",
        ),
        true => yes(
            l,
            "Tujuan hanya di OPD pegawai sendiri.",
            "Targets are only in the employee's own agency.",
        ),
    });
    let mut limits = Vec::new();
    if floor::is_on(p) {
        limits.push(yes(l, "Tidak ada slot yang berakhir di bawah kebutuhannya (dibulatkan ke atas); slot yang sejak awal sudah di bawah tidak berkurang lagi.", "No slot ends below its need (rounded up); a slot that started below loses nobody."));
    }
    if ceiling::is_on(p) {
        limits.push(yes(l, "Tidak ada slot yang berakhir di atas kebutuhannya (dibulatkan ke atas); slot yang sejak awal sudah di atas tidak bertambah lagi.", "No slot ends above its need (rounded up); a slot that started above gains nobody."));
    }
    if let Some(k) = move_cap::move_cap(p) {
        limits.push(match l {
            Lang::Id => format!("Paling banyak {k} perpindahan (mutasi dan rotasi; perpindahan yang ditetapkan pengguna dihitung lebih dulu)."),
            Lang::En => format!("At most {k} moves (transfers and rotations; moves the user forced count first)."),
        });
    }
    if exit_cap::is_on(p) {
        let pct = value(p, "maks_keluar_persen", l);
        limits.push(match l {
            Lang::Id => format!("Per OPD, paling banyak {pct}% pegawainya dalam model pindah ke OPD lain (dibulatkan ke bawah; perpindahan yang ditetapkan pengguna dihitung lebih dulu)."),
            Lang::En => format!("Per agency, at most {pct}% of its staff in the model move to another agency (rounded down; moves the user forced count first)."),
        });
    }
    if limits.is_empty() {
        limits.push(yes(l, "Tidak ada batasan tambahan.", "No further limits."));
    }
    let objective = vec![
        yes(l, "Rencana meminimalkan ketidakseimbangan: untuk setiap slot, prioritas × (pegawai − kebutuhan)² / kebutuhan (paling kecil 1), dijumlahkan. Karena dikuadratkan, kekurangan dibagi rata sesuai kebutuhan, tidak ditumpuk di satu tempat.", "The plan minimises the imbalance: for each slot, priority × (staff − need)² / need (at least 1), summed. Because it is squared, a shortage is spread in proportion to need instead of being dumped on one place."),
        match l {
            Lang::Id => format!("Setiap perpindahan berbiaya {} (pegawai sukarela {} × itu, pegawai yang jatuh tempo rotasi {} × itu; bila keduanya berlaku, faktor yang terkecil), sehingga tidak ada perpindahan yang diusulkan tanpa manfaat yang lebih besar.", value(p, "biaya_pindah", l), value(p, "faktor_sukarela", l), value(p, "faktor_jatuh_tempo", l)),
            Lang::En => format!("Each move costs {} (a volunteer {} × that, someone due for rotation {} × that; when both apply, the smaller factor), so no move is proposed that does not pay for itself.", value(p, "biaya_pindah", l), value(p, "faktor_sukarela", l), value(p, "faktor_jatuh_tempo", l)),
        },
        match l {
            Lang::Id => format!("Pegawai yang sudah {} bulan penuh atau lebih di jabatannya jatuh tempo rotasi (PP 11/2017 pasal 190: paling lama 5 tahun). Jatuh tempo bukan alasan untuk tetap atau harus pindah: dihitung per slot, unit dan OPD, disebut dalam alasan perpindahan, dan membuat perpindahannya lebih murah bila faktornya di bawah 1.", value(p, "maks_masa_jabatan_bulan", l)),
            Lang::En => format!("Employees with {} or more full months in their position are due for rotation (PP 11/2017 article 190: at most 5 years). Being due is no reason to stay or to have to move: it is counted per slot, unit and agency, named in a move's reasons, and makes the move cheaper when its factor is below 1.", value(p, "maks_masa_jabatan_bulan", l)),
        },
        match l {
            Lang::Id => format!("Pegawai dapat mengajukan pindah (PP 11/2017 pasal 190): {}. Untuk setiap permintaan, rencana menyebut apakah dikabulkan, dan bila tidak, alasannya (tidak dapat dipindah, tidak ada jabatan yang sesuai di unit itu, konflik kepentingan, syarat jabatan, formasi sudah terisi, atau tidak sepadan dengan biayanya).", requested_cost(p, l)),
            Lang::En => format!("An employee may ask to be moved (PP 11/2017 article 190): {}. For each request the plan says whether it was granted and, when not, why (may not move, no matching position in that unit, a conflict of interest, a position requirement, the slots are staffed, or not worth its cost).", requested_cost(p, l)),
        },
        yes(l, "Tanpa batas jumlah pindah dan batas keluar OPD, rencana terbukti optimal. Dengan batas, rencana memenuhi batas dan disertai batas bawah yang terbukti, sehingga jaraknya dari yang terbaik dapat dilihat. Perpindahan yang ditetapkan pengguna selalu ada dalam rencana; sisanya dioptimalkan di sekitarnya.", "Without a cap on moves or on leaving an agency the plan is proven optimal. With a cap the plan respects it and comes with a proven lower bound, so its distance from the best possible is shown. Moves the user forced are always in the plan; the rest is optimised around them."),
    ];
    let first = if move_cost::volunteers_first(p) {
        yes(
            l,
            "yang mengajukan diri (sukarela), karena perpindahannya lebih murah",
            "volunteers, whose moves cost less",
        )
    } else {
        yes(l, "yang tidak mengajukan diri, karena faktor sukarela di atas 1 membuat perpindahan sukarela lebih mahal", "those who did not volunteer, because a volunteer factor above 1 makes a volunteer's move cost more")
    };
    let tiebreak = vec![
        match l {
            Lang::Id => format!("Bila beberapa pegawai di satu slot sama-sama dapat dipindah, yang perpindahannya lebih murah dipilih lebih dulu (faktor sukarela atau jatuh tempo); di antara biaya yang sama, berurutan: 1. {first}; 2. yang paling lama di jabatannya (TMT jabatan terawal); 3. NIP terkecil."),
            Lang::En => format!("When several employees of one slot could move, the cheaper move goes first (the volunteer or rotation-due factor); among equal costs, in order: 1. {first}; 2. longest in the position (earliest TMT jabatan); 3. lowest NIP."),
        },
        yes(l, "Setiap usulan perpindahan menyebutkan aturan mana yang menentukan.", "Every proposed move says which of these decided it."),
    ];
    let indicators = vec![
        yes(l, "Kekurangan = jumlah max(0, kebutuhan − pegawai); kelebihan = jumlah max(0, pegawai − kebutuhan). Slot seimbang bila jumlah pegawai sama dengan kebutuhan dibulatkan ke bawah atau ke atas.", "Shortage = sum of max(0, need − staff); surplus = sum of max(0, staff − need). A slot is balanced when its staff equals its need rounded down or up."),
        match l {
            Lang::Id => format!("EJ = kebutuhan / pegawai. Kategori PJ: A bila EJ > {:.2}; B {:.2}–{:.2}; C {:.2}–{:.2}; D {:.2}–{:.2}; E di bawah {:.2}.", pj.a_above, pj.b_from, pj.a_above, pj.c_from, pj.b_from - 0.01, pj.d_from, pj.c_from - 0.01, pj.d_from),
            Lang::En => format!("EJ = need / staff. PJ category: A when EJ > {:.2}; B {:.2}–{:.2}; C {:.2}–{:.2}; D {:.2}–{:.2}; E below {:.2}.", pj.a_above, pj.b_from, pj.a_above, pj.c_from, pj.b_from - 0.01, pj.d_from, pj.c_from - 0.01, pj.d_from),
        },
        match l {
            Lang::Id => format!("Kebutuhan dari uraian tugas (ABK): jumlah volume × frekuensi per tahun (tahun 1, bulan 12, minggu 50, hari 250) × norma waktu, dibagi waktu kerja efektif {} menit. Bila satu slot punya uraian tugas, kebutuhan dari ABK menggantikan angka di tabel kebutuhan; kebutuhan yang diubah pengguna menggantikan keduanya.", value(p, "wke_menit", l)),
            Lang::En => format!("Need from task rows (ABK): sum of volume × occurrences per year (year 1, month 12, week 50, day 250) × time norm, divided by the effective working time of {} minutes. When a slot has task rows, the ABK need replaces the need table's number; a need the user changed replaces both.", value(p, "wke_menit", l)),
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

/// How a volunteer's request changes the cost of their move, in words.
fn requested_cost(p: &Params, l: Lang) -> String {
    match crate::rule::move_cost::requested_unit_factor(p) {
        Some(_) => match l {
            Lang::Id => format!("bila pegawai sukarela dipindah ke unit yang dimintanya sendiri, biaya perpindahannya dikali lagi {}", value(p, "faktor_tujuan_usulan", l)),
            Lang::En => format!("when a volunteer is moved into the unit they asked for, the move's cost is multiplied again by {}", value(p, "faktor_tujuan_usulan", l)),
        },
        None => yes(l, "unit yang diminta pegawai sukarela dicatat tanpa mengubah biaya perpindahan (faktornya 1)", "the unit a volunteer asked for is recorded without changing the cost of the move (its factor is 1)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Scope;

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
        assert!(
            text(&p, Lang::Id).contains("75.000 menit"),
            "numbers as the language writes them"
        );
        assert!(text(&p, Lang::Id).contains("1. yang mengajukan diri"));
        p.faktor_sukarela = 2.0;
        assert!(
            text(&p, Lang::Id).contains("1. yang tidak mengajukan diri"),
            "the tie-break follows the costs"
        );
        p.maks_keluar_persen = Some(10.0);
        assert!(text(&p, Lang::Id).contains("10% pegawainya"));
        p.lingkup = Scope::Opd;
        assert!(
            !text(&p, Lang::Id).contains("10% pegawainya"),
            "the exit cap is off inside one OPD"
        );
    }
}
