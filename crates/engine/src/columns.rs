//! The tables and columns users' files may carry, and every header name accepted for
//! each (short names and SIASN "Export Data ASN" headers). Headers are compared after
//! normalisation (case, spaces, underscores and dots alike) so `NIP BARU`, `nip_baru`
//! and `Nip.Baru` are the same column; unknown columns are simply not looked at.

use crate::read::RawRow;

/// The tables of docs/DATA.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TableKind {
    Pegawai,
    Kebutuhan,
    UraianTugas,
    Unit,
    Kompatibilitas,
    /// v2: units an employee must not move into (conflict of interest).
    Konflik,
    /// v2: what a jabatan requires of whoever moves into it (education, grade range).
    SyaratJabatan,
    /// v2: temporary extra needs with a period, filled by temporary assignments.
    KebutuhanSementara,
}

impl TableKind {
    pub const ALL: [TableKind; 8] = [
        TableKind::Pegawai,
        TableKind::Kebutuhan,
        TableKind::UraianTugas,
        TableKind::Unit,
        TableKind::Kompatibilitas,
        TableKind::Konflik,
        TableKind::SyaratJabatan,
        TableKind::KebutuhanSementara,
    ];

    /// The table's name as files and sheets carry it.
    pub fn name(self) -> &'static str {
        match self {
            TableKind::Pegawai => "pegawai",
            TableKind::Kebutuhan => "kebutuhan",
            TableKind::UraianTugas => "uraian_tugas",
            TableKind::Unit => "unit",
            TableKind::Kompatibilitas => "kompatibilitas",
            TableKind::Konflik => "konflik",
            TableKind::SyaratJabatan => "syarat_jabatan",
            TableKind::KebutuhanSementara => "kebutuhan_sementara",
        }
    }

    /// The table a file stem or sheet name stands for (normalised like headers).
    pub fn from_name(name: &str) -> Option<TableKind> {
        let n = normalise(name);
        TableKind::ALL
            .into_iter()
            .find(|t| normalise(t.name()) == n)
    }

    /// Every table name, for messages.
    pub fn names() -> Vec<String> {
        TableKind::ALL
            .iter()
            .map(|t| t.name().to_string())
            .collect()
    }

    /// The fields this table may have.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            TableKind::Pegawai => &[
                Nip,
                Nama,
                GelarDepan,
                GelarBelakang,
                KodeUnit,
                NamaUnit,
                KodeJabatan,
                NamaJabatan,
                JenisJabatan,
                TmtJabatan,
                TanggalLahir,
                JenisKelamin,
                JenisPegawai,
                Golongan,
                Pendidikan,
                Opd,
                Bup,
                Kunci,
                Sukarela,
                TujuanUsulan,
                HukumanDisiplin,
                TugasBelajar,
            ],
            TableKind::Kebutuhan => &[
                KodeUnit,
                KodeJabatan,
                Kebutuhan,
                Prioritas,
                NamaUnit,
                NamaJabatan,
                OpdKode,
                OpdNama,
            ],
            TableKind::UraianTugas => &[
                KodeUnit,
                KodeJabatan,
                NamaJabatan,
                UraianTugas,
                Volume,
                SatuanPeriode,
                NormaWaktu,
            ],
            TableKind::Unit => &[KodeUnit, NamaUnit, OpdKode, OpdNama, JenisUnit],
            TableKind::Kompatibilitas => &[JabatanAsal, JabatanTujuan],
            TableKind::Konflik => &[Nip, KodeUnit, Alasan],
            TableKind::SyaratJabatan => &[
                KodeJabatan,
                NamaJabatan,
                PendidikanMin,
                GolonganMin,
                GolonganMaks,
            ],
            TableKind::KebutuhanSementara => &[
                KodeUnit,
                JabatanDiterima,
                Tambahan,
                Mulai,
                Selesai,
                Prioritas,
                Keterangan,
            ],
        }
    }

    /// Required columns: each inner list needs at least one of its fields present.
    pub fn required(self) -> &'static [&'static [Field]] {
        use Field::*;
        match self {
            TableKind::Pegawai => &[&[Nip], &[KodeUnit], &[KodeJabatan, NamaJabatan]],
            TableKind::Kebutuhan => &[&[KodeUnit], &[KodeJabatan, NamaJabatan], &[Kebutuhan]],
            TableKind::UraianTugas => &[
                &[KodeUnit],
                &[KodeJabatan, NamaJabatan],
                &[Volume],
                &[SatuanPeriode],
                &[NormaWaktu],
            ],
            TableKind::Unit => &[&[KodeUnit]],
            TableKind::Kompatibilitas => &[&[JabatanAsal], &[JabatanTujuan]],
            TableKind::Konflik => &[&[Nip], &[KodeUnit]],
            TableKind::SyaratJabatan => &[&[KodeJabatan, NamaJabatan]],
            TableKind::KebutuhanSementara => &[
                &[KodeUnit],
                &[JabatanDiterima],
                &[Tambahan],
                &[Mulai],
                &[Selesai],
            ],
        }
    }
}

/// Every column any table may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Nip,
    Nama,
    GelarDepan,
    GelarBelakang,
    KodeUnit,
    NamaUnit,
    KodeJabatan,
    NamaJabatan,
    JenisJabatan,
    TmtJabatan,
    TanggalLahir,
    JenisKelamin,
    JenisPegawai,
    Golongan,
    Pendidikan,
    Opd,
    Bup,
    Kunci,
    Sukarela,
    TujuanUsulan,
    HukumanDisiplin,
    TugasBelajar,
    Kebutuhan,
    Prioritas,
    OpdKode,
    OpdNama,
    JenisUnit,
    UraianTugas,
    Volume,
    SatuanPeriode,
    NormaWaktu,
    JabatanAsal,
    JabatanTujuan,
    Alasan,
    PendidikanMin,
    GolonganMin,
    GolonganMaks,
    JabatanDiterima,
    Tambahan,
    Mulai,
    Selesai,
    Keterangan,
}

const FIELD_COUNT: usize = Field::Keterangan as usize + 1;

impl Field {
    /// The short name (docs/DATA.md) and then the other accepted header names, most usual
    /// first. SIASN may carry two status columns; both are read (see `validate`).
    pub fn headers(self) -> &'static [&'static str] {
        use Field::*;
        match self {
            Nip => &["nip", "NIP BARU"],
            Nama => &["nama", "NAMA", "nama pegawai"],
            GelarDepan => &["gelar_depan", "GELAR DEPAN"],
            GelarBelakang => &["gelar_belakang", "GELAR BELAKANG"],
            KodeUnit => &["kode_unit", "UNOR ID"],
            NamaUnit => &["nama_unit", "UNOR NAMA"],
            KodeJabatan => &["kode_jabatan", "JABATAN ID"],
            NamaJabatan => &["nama_jabatan", "JABATAN NAMA"],
            JenisJabatan => &["jenis_jabatan", "JENIS JABATAN NAMA"],
            TmtJabatan => &["tmt_jabatan", "TMT JABATAN"],
            TanggalLahir => &["tanggal_lahir", "TANGGAL LAHIR", "tgl_lahir"],
            JenisKelamin => &["jenis_kelamin", "JENIS KELAMIN"],
            JenisPegawai => &[
                "jenis_pegawai",
                "STATUS CPNS PNS",
                "JENIS PEGAWAI NAMA",
                "status_pegawai",
            ],
            Golongan => &["golongan", "GOL AKHIR NAMA"],
            Pendidikan => &["pendidikan", "TINGKAT PENDIDIKAN NAMA"],
            Opd => &["opd", "SATUAN KERJA KERJA NAMA", "SATUAN KERJA NAMA"],
            Bup => &["bup"],
            Kunci => &["kunci"],
            Sukarela => &["sukarela"],
            TujuanUsulan => &["tujuan_usulan"],
            HukumanDisiplin => &["hukuman_disiplin"],
            TugasBelajar => &["tugas_belajar"],
            Kebutuhan => &["kebutuhan"],
            Prioritas => &["prioritas"],
            OpdKode => &["opd_kode", "kode_opd"],
            OpdNama => &["opd_nama", "nama_opd"],
            JenisUnit => &["jenis_unit"],
            UraianTugas => &["uraian_tugas"],
            Volume => &["volume"],
            SatuanPeriode => &["satuan_periode", "periode"],
            NormaWaktu => &["norma_waktu"],
            JabatanAsal => &["jabatan_asal"],
            JabatanTujuan => &["jabatan_tujuan"],
            Alasan => &["alasan", "keterangan"],
            PendidikanMin => &[
                "pendidikan_min",
                "pendidikan minimal",
                "pendidikan paling rendah",
            ],
            GolonganMin => &["golongan_min", "golongan minimal", "pangkat minimal"],
            GolonganMaks => &["golongan_maks", "golongan maksimal", "pangkat maksimal"],
            JabatanDiterima => &["jabatan_diterima", "jabatan yang dapat membantu"],
            Tambahan => &["tambahan", "tambahan pegawai", "jumlah tambahan"],
            Mulai => &["mulai", "tanggal mulai", "tmt mulai"],
            Selesai => &["selesai", "tanggal selesai", "sampai"],
            Keterangan => &["keterangan", "catatan"],
        }
    }

    /// Whether several columns may carry the field, each read (SIASN has two status
    /// columns). For every other field two matching columns are ambiguous: refused.
    pub fn spreads(self) -> bool {
        self == Field::JenisPegawai
    }

    /// The short name.
    pub fn short(self) -> &'static str {
        self.headers().first().copied().unwrap_or("")
    }
}

/// A header as compared: lower case, spaces/underscores/dots/hyphens/slashes alike,
/// trimmed and collapsed; a stray BOM or quotes removed.
pub fn normalise(header: &str) -> String {
    header
        .trim_matches(|c: char| c == '\u{feff}' || c == '"' || c == '\'' || c.is_whitespace())
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || matches!(c, '_' | '.' | '-' | '/'))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where each field of a table sits in one file's header.
#[derive(Clone, Debug)]
pub struct Columns {
    /// Per field: the matching column indexes, in the order of the field's header names.
    at: [Vec<usize>; FIELD_COUNT],
    headers: Vec<String>,
}

impl Columns {
    /// Match a header row against the table's fields.
    pub fn resolve(table: TableKind, headers: &[String]) -> Columns {
        let normal: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
        let mut at: [Vec<usize>; FIELD_COUNT] = std::array::from_fn(|_| Vec::new());
        for field in table.fields() {
            for name in field.headers() {
                let n = normalise(name);
                for (i, h) in normal.iter().enumerate() {
                    if *h == n && !at[*field as usize].contains(&i) {
                        at[*field as usize].push(i);
                    }
                }
            }
        }
        Columns {
            at,
            headers: headers.to_vec(),
        }
    }

    /// Whether the header has the field.
    pub fn has(&self, field: Field) -> bool {
        !self.at[field as usize].is_empty()
    }

    /// The required fields that are missing (one entry per unmet requirement: the
    /// first field of it).
    pub fn missing(&self, table: TableKind) -> Vec<Field> {
        table
            .required()
            .iter()
            .filter(|alts| !alts.iter().any(|f| self.has(*f)))
            .filter_map(|alts| alts.first().copied())
            .collect()
    }

    /// Fields that more than one column maps to (and may not), with those columns'
    /// headers as the user wrote them.
    pub fn ambiguous(&self, table: TableKind) -> Vec<(Field, Vec<String>)> {
        table
            .fields()
            .iter()
            .filter(|f| !f.spreads() && self.at[**f as usize].len() > 1)
            .map(|f| {
                let headers = self.at[*f as usize]
                    .iter()
                    .filter_map(|i| self.headers.get(*i).cloned())
                    .collect();
                (*f, headers)
            })
            .collect()
    }

    /// The column header the user wrote for the field (the first match), else its
    /// short name.
    pub fn header(&self, field: Field) -> &str {
        self.at[field as usize]
            .first()
            .and_then(|i| self.headers.get(*i))
            .map(String::as_str)
            .unwrap_or(field.short())
    }

    /// The field's first non-blank value in the row (trimmed), with its column header.
    pub fn value<'a>(&'a self, field: Field, row: &'a RawRow) -> Option<(&'a str, &'a str)> {
        self.at[field as usize].iter().find_map(|i| {
            let v = row.cells.get(*i)?.trim();
            let h = self.headers.get(*i)?;
            (!v.is_empty()).then_some((v, h.as_str()))
        })
    }

    /// Every non-blank value of the field in the row, with its header (for fields that
    /// SIASN spreads over several columns).
    pub fn values<'a>(&'a self, field: Field, row: &'a RawRow) -> Vec<(&'a str, &'a str)> {
        self.at[field as usize]
            .iter()
            .filter_map(|i| {
                let v = row.cells.get(*i)?.trim();
                let h = self.headers.get(*i)?;
                (!v.is_empty()).then_some((v, h.as_str()))
            })
            .collect()
    }

    /// The field's first non-blank value, text only.
    pub fn text<'a>(&'a self, field: Field, row: &'a RawRow) -> Option<&'a str> {
        self.value(field, row).map(|(v, _)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_alike() {
        assert_eq!(normalise(" NIP_BARU "), "nip baru");
        assert_eq!(normalise("Nip.Baru"), "nip baru");
        assert_eq!(normalise("\u{feff}nip"), "nip");
        let headers: Vec<String> = ["NIP BARU", "Nama", "UNOR_ID", "jabatan.nama", "X"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let c = Columns::resolve(TableKind::Pegawai, &headers);
        assert!(c.has(Field::Nip) && c.has(Field::KodeUnit) && c.has(Field::NamaJabatan));
        assert!(c.missing(TableKind::Pegawai).is_empty());
        assert_eq!(c.header(Field::Nip), "NIP BARU");
        assert!(c.ambiguous(TableKind::Pegawai).is_empty());
        let twice: Vec<String> = ["NIP BARU", "UNOR ID", "kode unit", "nip", "jabatan nama"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let c = Columns::resolve(TableKind::Pegawai, &twice);
        assert_eq!(
            c.ambiguous(TableKind::Pegawai),
            vec![
                (Field::Nip, vec!["nip".to_string(), "NIP BARU".to_string()]),
                (
                    Field::KodeUnit,
                    vec!["kode unit".to_string(), "UNOR ID".to_string()]
                ),
            ]
        );
        assert_eq!(
            TableKind::from_name("Uraian Tugas"),
            Some(TableKind::UraianTugas)
        );
    }
}
