//! The words of every diagnostic, in Bahasa Indonesia and English: what is wrong and
//! what the user can do about it. Kept apart from the data type so translators read one
//! file and the rest of the code never builds user-facing sentences.

use crate::diagnostic::{Diagnostic, DiagnosticKind as K};
use crate::lang::Lang;

fn list(items: &[String]) -> String {
    items.join(", ")
}

fn rows(items: &[u32]) -> String {
    items
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is wrong.
pub fn message(d: &Diagnostic, lang: Lang) -> String {
    let id = lang == Lang::Id;
    let skip = if d.skips_row() {
        lang.pick(" Baris ini dilewati.", " The row is skipped.")
    } else if d.keeps_person_immovable() {
        lang.pick(
            " Pegawai ini tetap dihitung di slotnya, tetapi tidak akan dipindahkan.",
            " The employee is still counted in the slot, but will not be moved.",
        )
    } else {
        ""
    };
    let text = match &d.kind {
        K::UnreadableFile { reason } => {
            if id {
                format!("Berkas tidak dapat dibaca ({reason}).")
            } else {
                format!("The file cannot be read ({reason}).")
            }
        }
        K::EncodingFallback => lang
            .pick(
                "Berkas bukan UTF-8; dibaca sebagai Windows-1252.",
                "The file is not UTF-8; it was read as Windows-1252.",
            )
            .to_string(),
        K::UnknownTable { .. } => lang
            .pick(
                "Nama berkas/sheet ini bukan nama tabel; isinya diabaikan.",
                "This file/sheet name is not a table name; it is ignored.",
            )
            .to_string(),
        K::DuplicateTable { other_file } => {
            if id {
                format!("Tabel ini juga ada di {other_file}; tidak jelas mana yang dipakai.")
            } else {
                format!("This table also comes in {other_file}; it is unclear which to use.")
            }
        }
        K::MissingTable { accepted } => {
            if id {
                format!("Tabel wajib tidak ada (salah satu dari: {}).", list(accepted))
            } else {
                format!("A required table is missing (one of: {}).", list(accepted))
            }
        }
        K::MissingColumn { field, accepted } => {
            if id {
                format!(
                    "Kolom wajib `{field}` tidak ada. Nama kolom yang diterima: {}.",
                    list(accepted)
                )
            } else {
                format!(
                    "Required column `{field}` is missing. Accepted header names: {}.",
                    list(accepted)
                )
            }
        }
        K::EmptyTable => lang
            .pick(
                "Tabel ini tidak berisi satu pun baris yang dapat dipakai.",
                "This table holds no usable row.",
            )
            .to_string(),
        K::NipExponent => lang
            .pick(
                "NIP berbentuk angka eksponen (mis. 1,98E+17): Excel mengubahnya menjadi angka dan digit terakhirnya hilang.",
                "The NIP is in exponent form (e.g. 1.98E+17): Excel turned it into a number and its last digits are lost.",
            )
            .to_string(),
        K::NipLength => lang
            .pick("NIP harus 18 digit.", "A NIP must have 18 digits.")
            .to_string(),
        K::MissingValue => lang
            .pick("Nilai wajib kosong.", "A required value is blank.")
            .to_string(),
        K::BadDate => lang
            .pick("Bukan tanggal yang dikenali.", "Not a recognised date.")
            .to_string(),
        K::BadNumber => lang
            .pick("Bukan angka desimal.", "Not a decimal number.")
            .to_string(),
        K::NegativeNumber => lang
            .pick(
                "Angka tidak boleh negatif.",
                "The number must not be negative.",
            )
            .to_string(),
        K::BadBup => lang
            .pick(
                "BUP harus bilangan bulat tahun antara 30 dan 80.",
                "BUP must be a whole number of years between 30 and 80.",
            )
            .to_string(),
        K::BadBoolean => lang
            .pick("Bukan nilai ya/tidak.", "Not a yes/no value.")
            .to_string(),
        K::BadStatus => lang
            .pick(
                "Status kepegawaian tidak dikenali.",
                "Unrecognised employment status.",
            )
            .to_string(),
        K::BadSex => lang
            .pick(
                "Jenis kelamin tidak dikenali.",
                "Unrecognised sex.",
            )
            .to_string(),
        K::BadPeriod => lang
            .pick(
                "Satuan periode tidak dikenali.",
                "Unrecognised period unit.",
            )
            .to_string(),
        K::MissingTmt => lang
            .pick(
                "TMT jabatan kosong: pegawai ini tetap dihitung tetapi tidak akan dipindahkan.",
                "TMT jabatan is blank: the employee is counted but will not be moved.",
            )
            .to_string(),
        K::UnknownBirthDate => lang
            .pick(
                "Tanggal lahir tidak ada di kolom maupun di NIP: pensiun tidak dapat dihitung, pegawai tidak akan dipindahkan.",
                "No birth date in the column nor in the NIP: retirement cannot be computed, the employee will not be moved.",
            )
            .to_string(),
        K::DuplicateNip { rows: r } => {
            if id {
                format!("NIP yang sama ada di beberapa baris: {}.", rows(r))
            } else {
                format!("The same NIP is on several rows: {}.", rows(r))
            }
        }
        K::DuplicateSlot { rows: r } => {
            if id {
                format!(
                    "Pasangan unit dan jabatan yang sama ada di beberapa baris: {}.",
                    rows(r)
                )
            } else {
                format!("The same unit and jabatan are on several rows: {}.", rows(r))
            }
        }
        K::DuplicateUnit { first_row } => {
            if id {
                format!("Unit ini sudah ada di baris {first_row}.")
            } else {
                format!("This unit is already on row {first_row}.")
            }
        }
        K::AmbiguousColumns { field, columns } => {
            if id {
                format!(
                    "Beberapa kolom berarti `{field}`: {}. Tidak jelas mana yang dipakai.",
                    list(columns)
                )
            } else {
                format!(
                    "Several columns mean `{field}`: {}. It is unclear which to use.",
                    list(columns)
                )
            }
        }
        K::HeaderBelow => lang
            .pick(
                "Judul kolom ditemukan di baris ini; baris judul laporan di atasnya dilewati.",
                "The column headers were found on this row; the report's title rows above it are skipped.",
            )
            .to_string(),
        K::NotAPerson => lang
            .pick(
                "Baris tanpa NIP, unit dan jabatan (baris kosong, jumlah atau catatan).",
                "A row without NIP, unit and jabatan (blank, a total or a note).",
            )
            .to_string(),
        K::UnplacedPerson => lang
            .pick(
                "Pegawai tanpa unit atau jabatan tidak dapat dihitung di slot mana pun.",
                "An employee without a unit or jabatan cannot be counted in any slot.",
            )
            .to_string(),
        K::DateOrderAmbiguous { evidence } => {
            if id {
                format!("Kolom ini menulis bulan sebelum tanggal (lihat baris {evidence}); tanggal ini dapat dibaca dua cara, jadi tidak dibaca.")
            } else {
                format!("This column writes the month before the day (see row {evidence}); this date reads two ways, so it is not read.")
            }
        }
        K::StatusConflict => lang
            .pick(
                "Kolom-kolom status pegawai ini saling bertentangan (PPPK dan PNS/CPNS).",
                "This employee's status columns contradict each other (PPPK and PNS/CPNS).",
            )
            .to_string(),
        K::UnknownCompatibilityJabatan => lang
            .pick(
                "Jabatan ini tidak disebut di tabel lain.",
                "This jabatan is not mentioned in any other table.",
            )
            .to_string(),
        K::UnreadableLevel => lang
            .pick(
                "Pendidikan atau golongan ini tidak dikenali; dianggap kosong (pegawai tanpa nilai yang terbaca tidak memenuhi syarat jabatan yang memintanya).",
                "This education or grade is not recognised; it counts as missing (an employee without a readable value does not meet a requirement that asks for it).",
            )
            .to_string(),
        K::UnknownTemporaryUnit => lang
            .pick(
                "Unit ini tidak ada di data; baris kebutuhan sementara diabaikan.",
                "This unit is not in the data; the temporary need row is ignored.",
            )
            .to_string(),
        K::BadTemporaryNeed => lang
            .pick(
                "Kebutuhan sementara ini berakhir sebelum dimulai atau tidak meminta tambahan pegawai (tambahan harus lebih dari 0); barisnya diabaikan.",
                "This temporary need ends before it starts or asks for nobody (tambahan must be above 0); the row is ignored.",
            )
            .to_string(),
        K::UnknownConflict => lang
            .pick(
                "NIP atau unit ini tidak ada di data; baris konflik diabaikan.",
                "This NIP or unit is not in the data; the conflict row is ignored.",
            )
            .to_string(),
        K::NoNeedRow => lang
            .pick(
                "Jabatan tanpa data kebutuhan: pegawai ini di luar perhitungan dan tidak dipindahkan.",
                "Jabatan without need data: this employee is outside the model and is not moved.",
            )
            .to_string(),
        K::OpdConflict { kept } => {
            if id {
                format!("OPD unit ini berbeda dengan baris sebelumnya; yang dipakai: {kept}.")
            } else {
                format!("This unit's OPD differs from an earlier row; used: {kept}.")
            }
        }
    };
    format!("{text}{skip}")
}

/// What to do about it.
pub fn hint(d: &Diagnostic, lang: Lang) -> String {
    let id = lang == Lang::Id;
    match &d.kind {
        K::UnreadableFile { .. } => lang.pick(
            "Simpan ulang sebagai CSV atau XLSX lalu unggah lagi.",
            "Save it again as CSV or XLSX and upload it again.",
        ).to_string(),
        K::EncodingFallback => lang.pick(
            "Periksa huruf beraksen pada nama; sebaiknya simpan sebagai \"CSV UTF-8\".",
            "Check accented letters in names; preferably save as \"CSV UTF-8\".",
        ).to_string(),
        K::UnknownTable { accepted } => {
            if id {
                format!("Jika berisi data, beri nama salah satu dari: {}.", list(accepted))
            } else {
                format!("If it holds data, name it one of: {}.", list(accepted))
            }
        }
        K::DuplicateTable { .. } => lang.pick(
            "Unggah setiap tabel satu kali saja.",
            "Upload each table only once.",
        ).to_string(),
        K::MissingTable { .. } => lang.pick(
            "Tambahkan berkas CSV atau sheet dengan nama tabel tersebut.",
            "Add a CSV file or a sheet named after that table.",
        ).to_string(),
        K::MissingColumn { .. } => lang.pick(
            "Tambahkan kolom itu atau ganti judul kolom yang ada dengan salah satu nama yang diterima.",
            "Add the column, or rename the existing header to one of the accepted names.",
        ).to_string(),
        K::EmptyTable => lang.pick(
            "Periksa peringatan lain: setiap baris dilewati karena masalah yang dilaporkan.",
            "See the other warnings: every row was skipped for the problems reported.",
        ).to_string(),
        K::NipExponent => lang.pick(
            "Format kolom NIP sebagai Teks di Excel lalu ketik/tempel ulang NIP dari sumber aslinya (SIASN).",
            "Format the NIP column as Text in Excel, then type or paste the NIPs again from the original source (SIASN).",
        ).to_string(),
        K::NipLength => lang.pick(
            "Periksa NIP: 18 angka tanpa huruf (spasi dan tanda ' di depan boleh).",
            "Check the NIP: 18 digits, no letters (spaces and a leading ' are fine).",
        ).to_string(),
        K::MissingValue => lang.pick("Isi nilai tersebut.", "Fill in the value.").to_string(),
        K::BadDate => lang.pick(
            "Tulis tanggal sebagai dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd atau 1 Januari 2020.",
            "Write the date as dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd or 1 Januari 2020.",
        ).to_string(),
        K::BadNumber => lang.pick(
            "Tulis angka dengan koma atau titik desimal, tanpa pemisah ribuan (mis. 3,5).",
            "Write the number with a decimal comma or point, without thousands separators (e.g. 3.5).",
        ).to_string(),
        K::NegativeNumber => lang.pick("Isi angka 0 atau lebih.", "Enter 0 or more.").to_string(),
        K::BadBup => lang.pick(
            "Isi usia pensiun dalam tahun (mis. 58 atau 60), atau kosongkan untuk memakai BUP bawaan.",
            "Enter the retirement age in years (e.g. 58 or 60), or leave it blank for the default BUP.",
        ).to_string(),
        K::BadBoolean => lang.pick(
            "Pakai ya/tidak, Y/T, 1/0, atau centang (✓, x) / kosong.",
            "Use ya/tidak, Y/T, 1/0, or a tick (✓, x) / blank.",
        ).to_string(),
        K::BadStatus => lang.pick(
            "Pakai PNS, CPNS atau PPPK (atau kosongkan: ditentukan dari NIP).",
            "Use PNS, CPNS or PPPK (or leave blank: taken from the NIP).",
        ).to_string(),
        K::BadSex => lang.pick(
            "Pakai L/P (laki-laki/perempuan), atau kosongkan: ditentukan dari NIP.",
            "Use L/P (laki-laki/perempuan), or leave blank: taken from the NIP.",
        ).to_string(),
        K::BadPeriod => lang.pick(
            "Pakai tahun, bulan, minggu atau hari.",
            "Use tahun, bulan, minggu or hari.",
        ).to_string(),
        K::MissingTmt => lang.pick(
            "Isi TMT jabatan jika pegawai ini boleh dipertimbangkan untuk mutasi.",
            "Fill in TMT jabatan if this employee may be considered for a transfer.",
        ).to_string(),
        K::UnknownBirthDate => lang.pick(
            "Isi kolom tanggal_lahir atau periksa NIP.",
            "Fill in the tanggal_lahir column or check the NIP.",
        ).to_string(),
        K::DuplicateNip { .. } => lang.pick(
            "Hapus baris ganda sehingga setiap NIP muncul sekali.",
            "Remove the duplicate rows so that each NIP appears once.",
        ).to_string(),
        K::DuplicateSlot { .. } => lang.pick(
            "Gabungkan baris-baris itu menjadi satu baris kebutuhan.",
            "Merge those rows into one need row.",
        ).to_string(),
        K::DuplicateUnit { .. } => lang.pick(
            "Hapus baris ganda di tabel unit.",
            "Remove the duplicate row from the unit table.",
        ).to_string(),
        K::AmbiguousColumns { .. } => lang.pick(
            "Hapus atau ganti nama kolom yang tidak dimaksud, sehingga tinggal satu.",
            "Delete or rename the columns that are not meant, so that one is left.",
        ).to_string(),
        K::HeaderBelow => lang.pick(
            "Tidak perlu tindakan; pastikan baris ini memang judul kolom.",
            "Nothing to do; check that this row really holds the column headers.",
        ).to_string(),
        K::NotAPerson => lang.pick(
            "Tidak perlu tindakan, kecuali baris ini memang seorang pegawai: lengkapi NIP, unit dan jabatannya.",
            "Nothing to do, unless this row is an employee: fill in the NIP, unit and jabatan.",
        ).to_string(),
        K::UnplacedPerson => lang.pick(
            "Isi unit dan jabatan pegawai ini dari SIASN, atau hapus barisnya jika ia bukan pegawai unit ini.",
            "Fill in this employee's unit and jabatan from SIASN, or delete the row if they do not belong here.",
        ).to_string(),
        K::DateOrderAmbiguous { .. } => lang.pick(
            "Tulis tanggal kolom ini sebagai dd-mm-yyyy atau yyyy-mm-dd (atur format tanggal Excel ke Indonesia), lalu impor lagi.",
            "Write this column's dates as dd-mm-yyyy or yyyy-mm-dd (set Excel's date format to Indonesian), then import again.",
        ).to_string(),
        K::StatusConflict => lang.pick(
            "Perbaiki status di SIASN atau samakan kolom-kolomnya.",
            "Correct the status in SIASN, or make the columns agree.",
        ).to_string(),
        K::UnknownCompatibilityJabatan => lang.pick(
            "Periksa kode/nama jabatan di tabel kompatibilitas.",
            "Check the jabatan code/name in the kompatibilitas table.",
        ).to_string(),
        K::UnreadableLevel => lang.pick(
            "Tulis seperti SIASN: pendidikan SD, SLTP, SLTA, D-I, D-II, D-III, D-IV, S-1/Sarjana, S-2, S-3; golongan I/a sampai IV/e.",
            "Write it as SIASN does: education SD, SLTP, SLTA, D-I, D-II, D-III, D-IV, S-1/Sarjana, S-2, S-3; grade I/a to IV/e.",
        ).to_string(),
        K::UnknownTemporaryUnit => lang.pick(
            "Periksa kode unit di tabel kebutuhan sementara.",
            "Check the unit code in the kebutuhan_sementara table.",
        ).to_string(),
        K::BadTemporaryNeed => lang.pick(
            "Isi tanggal mulai tidak setelah selesai, dan tambahan pegawai lebih dari 0 (boleh desimal, misalnya 1,5).",
            "Give a start date not after the end date, and a tambahan above 0 (decimals allowed, such as 1.5).",
        ).to_string(),
        K::UnknownConflict => lang.pick(
            "Periksa NIP dan kode unit di tabel konflik.",
            "Check the NIP and unit code in the konflik table.",
        ).to_string(),
        K::NoNeedRow => {
            if id {
                "Tambahkan baris kebutuhan untuk unit dan jabatan ini jika mereka perlu ikut dihitung (ringkasan impor menawarkan berkas kebutuhan siap isi).".to_string()
            } else {
                "Add a need row for this unit and jabatan if they should be counted (the import summary offers a need file ready to fill in).".to_string()
            }
        }
        K::OpdConflict { .. } => lang.pick(
            "Samakan OPD unit ini di semua baris, atau tetapkan lewat tabel unit.",
            "Make this unit's OPD the same on every row, or set it in the unit table.",
        ).to_string(),
    }
}
