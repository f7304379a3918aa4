//! The column guide of the input template (sheet `petunjuk`): for every column the
//! importer reads, what it means, which header names are accepted (the short name and
//! the SIASN "Export Data ASN" header, straight from [`crate::columns`] so the guide
//! cannot promise a header the importer does not know), whether it is required, its
//! format and an example. Written for the officer preparing data, in Bahasa Indonesia,
//! with English beside it when the user reads English.

use crate::columns::{Field, TableKind};
use crate::lang::Lang;

/// What a column means and how to write it, in both languages.
pub struct FieldDoc {
    pub keterangan: &'static str,
    pub description: &'static str,
    pub format_id: &'static str,
    pub format_en: &'static str,
}

const TEXT: (&str, &str) = ("teks", "text");
const DATE: (&str, &str) = (
    "tanggal: dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, 1 Januari 2020, atau tanggal Excel",
    "date: dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, 1 Januari 2020, or an Excel date",
);
const BOOL: (&str, &str) = (
    "ya/tidak, y/n, true/false, 1/0, x/kosong",
    "ya/tidak, y/n, true/false, 1/0, x/empty",
);
const DECIMAL: (&str, &str) = (
    "angka desimal ≥ 0, koma atau titik (3,5 atau 3.5)",
    "decimal ≥ 0, comma or point (3,5 or 3.5)",
);

const GRADE: (&str, &str) = (
    "I/a sampai IV/e (III/b, III-b dan Penata, III/c juga terbaca)",
    "I/a to IV/e (III/b, III-b and Penata, III/c read as well)",
);

const fn doc(id: &'static str, en: &'static str, format: (&'static str, &'static str)) -> FieldDoc {
    FieldDoc {
        keterangan: id,
        description: en,
        format_id: format.0,
        format_en: format.1,
    }
}

/// The documentation of a field.
pub fn field_doc(f: Field) -> FieldDoc {
    use Field::*;
    match f {
        Nip => doc(
            "NIP baru pegawai; disimpan sebagai teks",
            "the employee's NIP; kept as text",
            (
                "18 digit sebagai teks; awalan ' dibuang; bentuk 1,97E+17 ditolak karena digitnya sudah hilang",
                "18 digits as text; a leading ' is stripped; exponent form (1.97E+17) is refused because digits are lost",
            ),
        ),
        Nama => doc("nama pegawai", "the employee's name", TEXT),
        GelarDepan => doc(
            "gelar di depan nama; digabung dengan nama untuk tampilan",
            "title before the name; joined to it for display",
            TEXT,
        ),
        GelarBelakang => doc(
            "gelar di belakang nama; digabung dengan nama untuk tampilan",
            "title after the name; joined to it for display",
            TEXT,
        ),
        KodeUnit => doc(
            "kode unit kerja (UNOR); di pegawai: unit sekarang",
            "unit code (UNOR); in pegawai: the current unit",
            TEXT,
        ),
        NamaUnit => doc("nama unit kerja", "name of the unit", TEXT),
        KodeJabatan => doc(
            "kode jabatan; bila kosong, nama jabatan (huruf kecil, spasi dirapikan) menjadi kuncinya",
            "position code; when empty, the position name (lower case, spaces tidied) is the key",
            TEXT,
        ),
        NamaJabatan => doc("nama jabatan", "position name", TEXT),
        JenisJabatan => doc(
            "jenis jabatan: struktural / fungsional / pelaksana",
            "kind of position: struktural / fungsional / pelaksana",
            TEXT,
        ),
        TmtJabatan => doc(
            "tanggal mulai di jabatan sekarang; kosong berarti tidak dipindah (masa jabatan tak dapat dihitung)",
            "start date in the current position; empty means never moved (time in position unknown)",
            DATE,
        ),
        TanggalLahir => doc(
            "tanggal lahir; bila kosong dibaca dari NIP",
            "birth date; read from the NIP when empty",
            DATE,
        ),
        JenisKelamin => doc(
            "jenis kelamin; bila kosong dibaca dari NIP",
            "sex; read from the NIP when empty",
            ("L / P (laki-laki / perempuan)", "L / P (male / female)"),
        ),
        JenisPegawai => doc(
            "status kepegawaian; bila kosong: PPPK bila digit ke-13 NIP adalah 2, selain itu PNS",
            "employment status; when empty: PPPK when NIP digit 13 is 2, else PNS",
            ("PNS / CPNS / PPPK", "PNS / CPNS / PPPK"),
        ),
        Golongan => doc(
            "golongan/ruang terakhir",
            "last grade",
            ("mis. III/b; PPPK: IX", "e.g. III/b; PPPK: IX"),
        ),
        Pendidikan => doc("tingkat pendidikan", "level of education", TEXT),
        Opd => doc(
            "nama OPD pegawai, dipakai bila tabel unit tidak menyebut OPD unitnya",
            "the employee's OPD, used when the unit table does not name the unit's OPD",
            TEXT,
        ),
        Bup => doc(
            "batas usia pensiun dalam tahun; bawaan 58",
            "retirement age in years; default 58",
            ("bilangan bulat", "whole number"),
        ),
        Kunci => doc(
            "dikunci: tidak pernah dipindah",
            "locked: never moved",
            BOOL,
        ),
        Sukarela => doc(
            "mengajukan diri untuk dipindah; didahulukan bila biaya sama",
            "asked to be moved; preferred when costs are equal",
            BOOL,
        ),
        TujuanUsulan => doc(
            "kode unit yang diminta pegawai sukarela; rencana menyebut apakah dikabulkan (dan lebih murah bila faktor unit yang diminta di bawah 1)",
            "code of the unit a volunteer asked for; the plan says whether it was granted (and makes it cheaper when the requested-unit factor is below 1)",
            TEXT,
        ),
        HukumanDisiplin => doc(
            "sedang menjalani hukuman disiplin: tidak dipindah",
            "under a disciplinary sanction: not moved",
            BOOL,
        ),
        TugasBelajar => doc(
            "sedang tugas belajar: tidak dipindah",
            "on study leave: not moved",
            BOOL,
        ),
        Kebutuhan => doc(
            "kebutuhan pegawai untuk (unit, jabatan), dari ABK atau ditetapkan",
            "staff needed for (unit, position), from ABK or set",
            DECIMAL,
        ),
        Prioritas => doc(
            "bobot ketidakseimbangan slot; bawaan 1 (mis. 2 untuk puskesmas)",
            "weight of the slot's imbalance; default 1 (e.g. 2 for puskesmas)",
            DECIMAL,
        ),
        OpdKode => doc("kode OPD unit", "the unit's OPD code", TEXT),
        OpdNama => doc("nama OPD unit", "the unit's OPD name", TEXT),
        JenisUnit => doc(
            "jenis unit: sekolah, puskesmas, kelurahan, ...",
            "kind of unit: sekolah, puskesmas, kelurahan, ...",
            TEXT,
        ),
        UraianTugas => doc("uraian tugas (ABK)", "task description (ABK)", TEXT),
        Volume => doc(
            "jumlah hasil kerja per periode",
            "units of output per period",
            DECIMAL,
        ),
        SatuanPeriode => doc(
            "periode volume",
            "period of the volume",
            ("tahun / bulan / minggu / hari", "tahun / bulan / minggu / hari (year / month / week / day)"),
        ),
        NormaWaktu => doc(
            "menit per satu hasil kerja",
            "minutes per unit of output",
            DECIMAL,
        ),
        JabatanAsal => doc(
            "jabatan asal (kode, atau nama bila tanpa kode)",
            "position moved from (code, or name without codes)",
            TEXT,
        ),
        JabatanTujuan => doc(
            "jabatan yang boleh diisi oleh pegawai jabatan asal",
            "position that people of the first may fill",
            TEXT,
        ),
        Alasan => doc(
            "mengapa pegawai tidak boleh ke unit ini (hanya untuk tabel Anda; tidak dicetak di laporan)",
            "why the employee may not go to this unit (for your table only; not printed in reports)",
            TEXT,
        ),
        PendidikanMin => doc(
            "pendidikan paling rendah bagi yang pindah ke jabatan ini; kosong = tanpa syarat",
            "the lowest education of whoever moves into this jabatan; empty = no requirement",
            (
                "SD, SLTP, SLTA (SMA/SMK), D-I, D-II, D-III, D-IV atau S-1/Sarjana (setara), S-2, S-3",
                "SD, SLTP, SLTA (SMA/SMK), D-I, D-II, D-III, D-IV or S-1/Sarjana (one level), S-2, S-3",
            ),
        ),
        GolonganMin => doc(
            "golongan/ruang paling rendah bagi yang pindah ke jabatan ini; kosong = tanpa syarat",
            "the lowest grade of whoever moves into this jabatan; empty = no requirement",
            GRADE,
        ),
        GolonganMaks => doc(
            "golongan/ruang paling tinggi bagi yang pindah ke jabatan ini; kosong = tanpa syarat",
            "the highest grade of whoever moves into this jabatan; empty = no requirement",
            GRADE,
        ),
        JabatanDiterima => doc(
            "jabatan yang boleh membantu (kode), beberapa dipisah |",
            "positions that may help (codes), several separated by |",
            TEXT,
        ),
        Tambahan => doc(
            "tambahan pegawai yang dibutuhkan selama periode; lebih dari 0",
            "extra staff needed during the period; above 0",
            DECIMAL,
        ),
        Mulai => doc("awal periode", "first day of the period", DATE),
        Selesai => doc("akhir periode", "last day of the period", DATE),
        Keterangan => doc(
            "untuk apa (program, kegiatan); dicetak di laporan",
            "what for (programme, activity); printed in the report",
            TEXT,
        ),
    }
}

/// Whether the field is required in the table, in words.
pub fn required_text(table: TableKind, field: Field, lang: Lang) -> String {
    let Some(alts) = table.required().iter().find(|alts| alts.contains(&field)) else {
        return lang.pick("tidak", "no").to_string();
    };
    let others: Vec<&str> = alts
        .iter()
        .filter(|f| **f != field)
        .map(|f| f.short())
        .collect();
    if others.is_empty() {
        lang.pick("wajib", "required").to_string()
    } else {
        match lang {
            Lang::Id => format!("wajib, atau {}", others.join(" / ")),
            Lang::En => format!("required, or {}", others.join(" / ")),
        }
    }
}

/// What a whole table is for (the first row of its section).
pub fn table_doc(table: TableKind, lang: Lang) -> &'static str {
    match table {
        TableKind::Pegawai => lang.pick(
            "wajib: satu baris per pegawai",
            "required: one row per employee",
        ),
        TableKind::Kebutuhan => lang.pick(
            "wajib, kecuali ada uraian_tugas: kebutuhan per (unit, jabatan)",
            "required unless uraian_tugas is given: need per (unit, position)",
        ),
        TableKind::UraianTugas => lang.pick(
            "tidak wajib: baris tugas ABK; kebutuhan dihitung darinya",
            "optional: ABK task rows; the need is computed from them",
        ),
        TableKind::Unit => lang.pick(
            "tidak wajib: nama unit, OPD-nya, jenis unit",
            "optional: unit names, their OPD, kind of unit",
        ),
        TableKind::Kompatibilitas => lang.pick(
            "tidak wajib: perpindahan yang diizinkan antarjabatan berbeda",
            "optional: allowed moves between different positions",
        ),
        TableKind::Konflik => lang.pick(
            "tidak wajib: unit yang tidak boleh dituju seorang pegawai karena konflik kepentingan (misalnya dipimpin kerabatnya; PP 11/2017 pasal 190): nip, kode_unit, alasan",
            "optional: units an employee must not be moved into because of a conflict of interest (e.g. headed by a relative; PP 11/2017 article 190): nip, kode_unit, alasan",
        ),
        TableKind::KebutuhanSementara => lang.pick(
            "tidak wajib: kebutuhan tambahan sementara sebuah unit (misalnya program enam bulan), diisi dengan penugasan sementara pegawai yang tidak dipindah: kode_unit, jabatan_diterima, tambahan, mulai, selesai, prioritas, keterangan",
            "optional: a unit's temporary extra need (such as a six-month programme), filled by temporary assignments of people who are not moved: kode_unit, jabatan_diterima, tambahan, mulai, selesai, prioritas, keterangan",
        ),
        TableKind::SyaratJabatan => lang.pick(
            "tidak wajib: syarat jabatan bagi pegawai yang pindah ke jabatan itu (kompetensi; PP 11/2017 pasal 190): kode_jabatan, pendidikan_min, golongan_min, golongan_maks; pegawai yang sudah menduduki jabatan tidak terkena",
            "optional: what a jabatan requires of an employee moving into it (competence; PP 11/2017 article 190): kode_jabatan, pendidikan_min, golongan_min, golongan_maks; people already in the jabatan are not affected",
        ),
    }
}
