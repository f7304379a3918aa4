//! The shape of the demo region: its OPD, their units and, per unit, the slots
//! (jabatan with a base need) a city like Kota Samarinda has. Also where staff drift to:
//! each slot carries a `pull`, above 1 where people like to be (schools in the central
//! kecamatan, some offices) and below 1 where they leave (the outskirts), which is what
//! makes the demo's needs and headcounts disagree the way real ones do.

use super::catalog::{Catalog, Level};
use super::names;
use super::rng::Rng;
use super::DemoSpec;

/// Kind of unit kerja, written in `jenis_unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Sekolah,
    Puskesmas,
    Rsud,
    Kelurahan,
    Kantor,
}

impl UnitKind {
    pub fn label(self) -> &'static str {
        match self {
            UnitKind::Sekolah => "sekolah",
            UnitKind::Puskesmas => "puskesmas",
            UnitKind::Rsud => "rsud",
            UnitKind::Kelurahan => "kelurahan",
            UnitKind::Kantor => "kantor",
        }
    }
}

/// How a slot's need is written: head counts for schools and wards, ABK decimals for
/// offices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedForm {
    /// Structural posts: exactly `base` seats, never scaled.
    Seats,
    Whole,
    Decimal,
}

/// One planned slot of a unit.
#[derive(Clone, Debug)]
pub struct SlotPlan {
    /// Index into the catalogue.
    pub jabatan: usize,
    /// Need before scaling to the requested number of employees.
    pub base: f64,
    pub form: NeedForm,
    /// How strongly staff are drawn to this slot (1 = in proportion to need).
    pub pull: f64,
    /// The need comes from `uraian_tugas` rows.
    pub from_tasks: bool,
}

/// One planned unit.
#[derive(Clone, Debug)]
pub struct UnitPlan {
    pub kode: String,
    pub nama: String,
    /// Index into `Shape::opds`.
    pub opd: usize,
    pub kind: UnitKind,
    pub priority: f64,
    pub slots: Vec<SlotPlan>,
}

/// One OPD.
#[derive(Clone, Debug)]
pub struct OpdPlan {
    pub kode: String,
    pub nama: String,
}

/// The whole region.
#[derive(Clone, Debug, Default)]
pub struct Shape {
    pub opds: Vec<OpdPlan>,
    pub units: Vec<UnitPlan>,
}

/// Where a kecamatan lies: staff gather in the centre and leave the edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ring {
    Central,
    Middle,
    Outskirts,
}

impl Ring {
    fn pull(self) -> f64 {
        match self {
            Ring::Central => 1.3,
            Ring::Middle => 1.0,
            Ring::Outskirts => 0.7,
        }
    }
}

struct Kecamatan {
    name: &'static str,
    ring: Ring,
    kelurahan: &'static [&'static str],
    sd: u32,
    smp: u32,
    puskesmas: u32,
}

/// Kota Samarinda's ten kecamatan and 59 kelurahan, ordered so that a partial city
/// (the small test specs) still has both a central and an outlying kecamatan.
const SAMARINDA: &[Kecamatan] = &[
    Kecamatan {
        name: "Samarinda Ulu",
        ring: Ring::Central,
        kelurahan: &[
            "Air Hitam",
            "Air Putih",
            "Bukit Pinang",
            "Dadi Mulya",
            "Gunung Kelua",
            "Jawa",
            "Sidodadi",
            "Teluk Lerong Ilir",
        ],
        sd: 24,
        smp: 7,
        puskesmas: 4,
    },
    Kecamatan {
        name: "Palaran",
        ring: Ring::Outskirts,
        kelurahan: &[
            "Bantuas",
            "Bukuan",
            "Handil Bakti",
            "Rawa Makmur",
            "Simpang Pasir",
        ],
        sd: 16,
        smp: 5,
        puskesmas: 2,
    },
    Kecamatan {
        name: "Samarinda Kota",
        ring: Ring::Central,
        kelurahan: &[
            "Bugis",
            "Karang Mumus",
            "Pasar Pagi",
            "Pelabuhan",
            "Sungai Pinang Luar",
        ],
        sd: 12,
        smp: 4,
        puskesmas: 2,
    },
    Kecamatan {
        name: "Loa Janan Ilir",
        ring: Ring::Outskirts,
        kelurahan: &[
            "Harapan Baru",
            "Rapak Dalam",
            "Simpang Tiga",
            "Sengkotek",
            "Tani Aman",
        ],
        sd: 16,
        smp: 4,
        puskesmas: 3,
    },
    Kecamatan {
        name: "Sungai Kunjang",
        ring: Ring::Middle,
        kelurahan: &[
            "Karang Anyar",
            "Karang Asam Ilir",
            "Karang Asam Ulu",
            "Lok Bahu",
            "Loa Bakung",
            "Loa Buah",
            "Teluk Lerong Ulu",
        ],
        sd: 22,
        smp: 6,
        puskesmas: 3,
    },
    Kecamatan {
        name: "Sambutan",
        ring: Ring::Outskirts,
        kelurahan: &[
            "Makroman",
            "Pulau Atas",
            "Sambutan",
            "Sindang Sari",
            "Sungai Kapih",
        ],
        sd: 16,
        smp: 5,
        puskesmas: 2,
    },
    Kecamatan {
        name: "Samarinda Ilir",
        ring: Ring::Central,
        kelurahan: &["Pelita", "Sungai Dama", "Sidodamai", "Sidomulyo", "Selili"],
        sd: 16,
        smp: 5,
        puskesmas: 3,
    },
    Kecamatan {
        name: "Samarinda Utara",
        ring: Ring::Outskirts,
        kelurahan: &[
            "Budaya Pampang",
            "Lempake",
            "Sempaja Selatan",
            "Sempaja Utara",
            "Sempaja Timur",
            "Sempaja Barat",
            "Sungai Siring",
            "Tanah Merah",
        ],
        sd: 22,
        smp: 7,
        puskesmas: 3,
    },
    Kecamatan {
        name: "Sungai Pinang",
        ring: Ring::Middle,
        kelurahan: &[
            "Bandara",
            "Gunung Lingai",
            "Mugirejo",
            "Sungai Pinang Dalam",
            "Temindung Permai",
        ],
        sd: 18,
        smp: 6,
        puskesmas: 3,
    },
    Kecamatan {
        name: "Samarinda Seberang",
        ring: Ring::Middle,
        kelurahan: &[
            "Baqa",
            "Mangkupalas",
            "Masjid",
            "Gunung Panjang",
            "Sungai Keledang",
            "Tenun",
        ],
        sd: 14,
        smp: 5,
        puskesmas: 2,
    },
];

/// Towns of the demo province after Samarinda (the province spec spans several).
const WILAYAH: &[&str] = &[
    "Samarinda",
    "Balikpapan",
    "Bontang",
    "Tenggarong",
    "Sangatta",
    "Sendawar",
    "Tanjung Redeb",
    "Tana Paser",
    "Penajam",
    "Ujoh Bilang",
];

/// One dinas/badan and what its units hold.
struct Dinas {
    kode: &'static str,
    nama: &'static str,
    kepala: &'static str,
    /// Head of each sub-unit (Kepala Bidang, Kepala Bagian, ...).
    unit_head: &'static str,
    /// Sub-units (bidang / bagian), named in full.
    units: &'static [&'static str],
    /// Functional or specialised titles per sub-unit, with their total base need.
    staff: &'static [(&'static str, f64)],
    /// Extra operational units (UPTD) with their staff.
    uptd: &'static [(&'static str, &'static [(&'static str, f64)])],
    /// Needs of the sub-units come from ABK task rows.
    tasks: bool,
    /// Has a field office (UPTD) in every further wilayah of a province.
    field_office: bool,
}

const fn dinas(
    kode: &'static str,
    nama: &'static str,
    units: &'static [&'static str],
    staff: &'static [(&'static str, f64)],
) -> Dinas {
    Dinas {
        kode,
        nama,
        kepala: "Kepala Dinas",
        unit_head: "Kepala Bidang",
        units,
        staff,
        uptd: &[],
        tasks: false,
        field_office: true,
    }
}

const fn badan(
    kode: &'static str,
    nama: &'static str,
    units: &'static [&'static str],
    staff: &'static [(&'static str, f64)],
) -> Dinas {
    Dinas {
        kepala: "Kepala Badan",
        field_office: false,
        ..dinas(kode, nama, units, staff)
    }
}

/// Dinas Pendidikan, Dinas Kesehatan and BKPSDM come first: a small spec keeps them.
const DINAS: &[Dinas] = &[
    dinas(
        "1.01",
        "Dinas Pendidikan dan Kebudayaan",
        &[
            "Bidang Pembinaan PAUD dan Pendidikan Nonformal",
            "Bidang Pembinaan Sekolah Dasar",
            "Bidang Pembinaan Sekolah Menengah Pertama",
            "Bidang Guru dan Tenaga Kependidikan",
            "Bidang Kebudayaan",
        ],
        &[],
    ),
    Dinas {
        field_office: false,
        ..dinas(
            "1.02",
            "Dinas Kesehatan",
            &[
                "Bidang Kesehatan Masyarakat",
                "Bidang Pencegahan dan Pengendalian Penyakit",
                "Bidang Pelayanan Kesehatan",
                "Bidang Sumber Daya Kesehatan",
            ],
            &[
                ("Epidemiolog Kesehatan", 1.5),
                ("Administrator Kesehatan", 2.0),
            ],
        )
    },
    Dinas {
        tasks: true,
        ..badan(
            "5.04",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            &[
                "Bidang Pengadaan, Pemberhentian dan Informasi",
                "Bidang Mutasi dan Promosi",
                "Bidang Pengembangan Kompetensi",
                "Bidang Penilaian Kinerja dan Penghargaan",
            ],
            &[
                ("Analis Sumber Daya Manusia Aparatur", 3.0),
                ("Pranata Sumber Daya Manusia Aparatur", 2.0),
            ],
        )
    },
    dinas(
        "1.03",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        &[
            "Bidang Bina Marga",
            "Bidang Sumber Daya Air",
            "Bidang Cipta Karya",
            "Bidang Penataan Ruang",
            "Bidang Jasa Konstruksi",
        ],
        &[
            ("Teknik Jalan dan Jembatan", 3.0),
            ("Teknik Pengairan", 2.0),
            ("Penata Ruang", 1.5),
        ],
    ),
    Dinas {
        kepala: "Kepala Satuan Polisi Pamong Praja",
        ..dinas(
            "1.05",
            "Satuan Polisi Pamong Praja",
            &[
                "Bidang Penegakan Peraturan Daerah",
                "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
                "Bidang Perlindungan Masyarakat",
            ],
            &[("Polisi Pamong Praja", 34.0)],
        )
    },
    Dinas {
        uptd: &[(
            "UPTD Pengujian Kendaraan Bermotor",
            &[
                ("Penguji Kendaraan Bermotor", 10.0),
                ("Pengadministrasi Umum", 3.0),
            ],
        )],
        ..dinas(
            "2.15",
            "Dinas Perhubungan",
            &[
                "Bidang Lalu Lintas",
                "Bidang Angkutan",
                "Bidang Perparkiran",
            ],
            &[("Pengatur Lalu Lintas", 16.0)],
        )
    },
    Dinas {
        uptd: &[(
            "UPTD Kebersihan dan Pertamanan",
            &[("Operator Layanan Operasional", 90.0), ("Pengemudi", 30.0)],
        )],
        ..dinas(
            "2.11",
            "Dinas Lingkungan Hidup",
            &[
                "Bidang Tata Lingkungan",
                "Bidang Pengelolaan Sampah",
                "Bidang Pengendalian Pencemaran",
            ],
            &[("Pengendali Dampak Lingkungan", 2.5)],
        )
    },
    dinas(
        "2.12",
        "Dinas Kependudukan dan Pencatatan Sipil",
        &[
            "Bidang Pelayanan Pendaftaran Penduduk",
            "Bidang Pelayanan Pencatatan Sipil",
            "Bidang Pengelolaan Informasi Administrasi Kependudukan",
        ],
        &[
            ("Administrator Database Kependudukan", 2.0),
            ("Pengelola Layanan Kependudukan", 7.0),
        ],
    ),
    dinas(
        "2.18",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        &[
            "Bidang Pelayanan Perizinan",
            "Bidang Penanaman Modal",
            "Bidang Pengaduan dan Informasi",
        ],
        &[("Pengelola Perizinan", 6.0)],
    ),
    dinas(
        "1.06",
        "Dinas Sosial",
        &[
            "Bidang Perlindungan dan Jaminan Sosial",
            "Bidang Rehabilitasi Sosial",
            "Bidang Pemberdayaan Sosial",
        ],
        &[("Pekerja Sosial", 4.0)],
    ),
    Dinas {
        tasks: false,
        ..badan(
            "5.01",
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
            &[
                "Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
                "Bidang Perencanaan Perekonomian dan Sumber Daya Alam",
                "Bidang Perencanaan Infrastruktur dan Kewilayahan",
                "Bidang Riset dan Inovasi",
            ],
            &[("Perencana", 4.0)],
        )
    },
    Dinas {
        kepala: "Inspektur",
        unit_head: "Inspektur Pembantu",
        ..badan(
            "6.01",
            "Inspektorat Daerah",
            &[
                "Inspektorat Pembantu Wilayah I",
                "Inspektorat Pembantu Wilayah II",
                "Inspektorat Pembantu Wilayah III",
                "Inspektorat Pembantu Wilayah IV",
            ],
            &[
                ("Auditor", 6.0),
                (
                    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
                    3.0,
                ),
            ],
        )
    },
    Dinas {
        kepala: "Sekretaris Daerah",
        unit_head: "Kepala Bagian",
        ..badan(
            "4.01",
            "Sekretariat Daerah",
            &[
                "Bagian Hukum",
                "Bagian Organisasi",
                "Bagian Umum",
                "Bagian Pengadaan Barang dan Jasa",
                "Bagian Perekonomian",
                "Bagian Kesejahteraan Rakyat",
                "Bagian Tata Pemerintahan",
                "Bagian Protokol dan Komunikasi Pimpinan",
            ],
            &[("Analis Hukum", 1.5)],
        )
    },
    Dinas {
        kepala: "Sekretaris DPRD",
        unit_head: "Kepala Bagian",
        ..badan(
            "4.02",
            "Sekretariat Dewan Perwakilan Rakyat Daerah",
            &[
                "Bagian Umum dan Keuangan",
                "Bagian Persidangan dan Perundang-undangan",
                "Bagian Fasilitasi Penganggaran dan Pengawasan",
            ],
            &[],
        )
    },
    badan(
        "5.02",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        &[
            "Bidang Anggaran",
            "Bidang Perbendaharaan",
            "Bidang Akuntansi",
            "Bidang Aset",
        ],
        &[("Analis Keuangan Pusat dan Daerah", 3.0)],
    ),
    badan(
        "5.03",
        "Badan Pendapatan Daerah",
        &[
            "Bidang Pendataan dan Penetapan",
            "Bidang Penagihan",
            "Bidang Pengembangan dan Pengendalian",
        ],
        &[("Pengelola Pajak dan Retribusi Daerah", 7.0)],
    ),
    Dinas {
        field_office: true,
        ..badan(
            "1.07",
            "Badan Penanggulangan Bencana Daerah",
            &[
                "Bidang Pencegahan dan Kesiapsiagaan",
                "Bidang Kedaruratan dan Logistik",
                "Bidang Rehabilitasi dan Rekonstruksi",
            ],
            &[("Penata Penanggulangan Bencana", 4.0)],
        )
    },
    dinas(
        "1.04",
        "Dinas Perumahan dan Kawasan Permukiman",
        &[
            "Bidang Perumahan",
            "Bidang Kawasan Permukiman",
            "Bidang Pertanahan",
        ],
        &[("Teknik Tata Bangunan dan Perumahan", 2.5)],
    ),
    dinas(
        "2.16",
        "Dinas Komunikasi dan Informatika",
        &[
            "Bidang Informasi dan Komunikasi Publik",
            "Bidang Aplikasi Informatika",
            "Bidang Statistik dan Persandian",
        ],
        &[
            ("Pranata Komputer", 3.0),
            ("Pranata Hubungan Masyarakat", 1.5),
        ],
    ),
    dinas(
        "2.14",
        "Dinas Pengendalian Penduduk dan Keluarga Berencana",
        &["Bidang Pengendalian Penduduk", "Bidang Keluarga Berencana"],
        &[("Penyuluh Keluarga Berencana", 12.0)],
    ),
    dinas(
        "3.25",
        "Dinas Pertanian",
        &[
            "Bidang Tanaman Pangan dan Hortikultura",
            "Bidang Peternakan",
            "Bidang Perikanan",
        ],
        &[("Penyuluh Pertanian", 9.0)],
    ),
    dinas(
        "2.07",
        "Dinas Tenaga Kerja",
        &[
            "Bidang Hubungan Industrial",
            "Bidang Penempatan dan Pelatihan Kerja",
        ],
        &[("Mediator Hubungan Industrial", 2.0)],
    ),
    dinas(
        "2.08",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        &["Bidang Pemberdayaan Perempuan", "Bidang Perlindungan Anak"],
        &[],
    ),
    dinas(
        "2.09",
        "Dinas Ketahanan Pangan",
        &[
            "Bidang Ketersediaan dan Distribusi Pangan",
            "Bidang Konsumsi dan Keamanan Pangan",
        ],
        &[("Analis Ketahanan Pangan", 2.0)],
    ),
    dinas(
        "2.17",
        "Dinas Koperasi dan Usaha Kecil dan Menengah",
        &["Bidang Koperasi", "Bidang Usaha Mikro"],
        &[("Pengawas Koperasi", 2.0)],
    ),
    dinas(
        "2.19",
        "Dinas Kepemudaan dan Olahraga",
        &["Bidang Kepemudaan", "Bidang Olahraga"],
        &[],
    ),
    dinas(
        "2.23",
        "Dinas Perpustakaan dan Kearsipan",
        &["Bidang Perpustakaan", "Bidang Kearsipan"],
        &[("Pustakawan", 4.0), ("Arsiparis", 3.0)],
    ),
    dinas(
        "3.26",
        "Dinas Pariwisata",
        &[
            "Bidang Destinasi Pariwisata",
            "Bidang Pemasaran Pariwisata",
            "Bidang Ekonomi Kreatif",
        ],
        &[],
    ),
    Dinas {
        uptd: &[(
            "UPTD Pengelolaan Pasar",
            &[
                ("Operator Layanan Operasional", 14.0),
                ("Pengelola Keuangan", 3.0),
            ],
        )],
        ..dinas(
            "3.30",
            "Dinas Perdagangan",
            &[
                "Bidang Perdagangan Dalam Negeri",
                "Bidang Sarana Perdagangan",
                "Bidang Metrologi Legal",
            ],
            &[("Penera", 2.0)],
        )
    },
    badan(
        "8.01",
        "Badan Kesatuan Bangsa dan Politik",
        &[
            "Bidang Ideologi dan Wawasan Kebangsaan",
            "Bidang Politik Dalam Negeri",
            "Bidang Ketahanan Ekonomi, Sosial dan Budaya",
        ],
        &[],
    ),
];

/// How a family's total need is shared over its levels.
fn level_weights(levels: &[Level]) -> Vec<(Option<Level>, f64)> {
    use Level::*;
    let w = |l: Level| match l {
        Terampil => 0.45,
        Mahir => 0.3,
        Penyelia => 0.1,
        AhliPertama => 0.4,
        AhliMuda => 0.35,
        AhliMadya => 0.12,
    };
    if levels.is_empty() {
        return vec![(None, 1.0)];
    }
    let total: f64 = levels.iter().map(|l| w(*l)).sum();
    levels.iter().map(|l| (Some(*l), w(*l) / total)).collect()
}

/// Builds the shape unit by unit.
struct Builder<'a> {
    cat: &'a Catalog,
    rng: &'a mut Rng,
    shape: Shape,
    next_unit: Vec<u32>,
}

impl Builder<'_> {
    fn opd(&mut self, kode: String, nama: String) -> usize {
        self.shape.opds.push(OpdPlan { kode, nama });
        self.next_unit.push(0);
        self.shape.opds.len() - 1
    }

    /// Opens a unit; slots are then added to the last unit.
    fn unit(&mut self, opd: usize, nama: String, kind: UnitKind) {
        self.next_unit[opd] += 1;
        let kode = format!("{}.{:04}", self.shape.opds[opd].kode, self.next_unit[opd]);
        let priority = if kind == UnitKind::Puskesmas {
            2.0
        } else {
            1.0
        };
        self.shape.units.push(UnitPlan {
            kode,
            nama,
            opd,
            kind,
            priority,
            slots: Vec::new(),
        });
    }

    fn push(&mut self, jabatan: usize, base: f64, form: NeedForm, pull: f64) {
        if base <= 0.0 {
            return;
        }
        let jitter = self.rng.uniform(0.88, 1.12);
        if let Some(u) = self.shape.units.last_mut() {
            u.slots.push(SlotPlan {
                jabatan,
                base,
                form,
                pull: pull * jitter,
                from_tasks: false,
            });
        }
    }

    /// A structural post with `seats` seats.
    fn head(&mut self, family: &'static str, seats: f64) {
        let j = self.cat.id(family, None);
        self.push(j, seats, NeedForm::Seats, 1.0);
    }

    /// A family's total need spread over its levels (or one slot for pelaksana).
    fn family(&mut self, family: &'static str, total: f64, form: NeedForm, pull: f64) {
        for (level, share) in level_weights(Catalog::levels(family)) {
            let j = self.cat.id(family, level);
            self.push(j, total * share, form, pull);
        }
    }

    fn sd(&mut self, opd: usize, nama: String, pull: f64) {
        self.unit(opd, nama, UnitKind::Sekolah);
        let rombel = self.rng.between(6, 14) as f64;
        self.family("Guru Kelas", rombel, NeedForm::Whole, pull);
        self.family(
            "Guru Pendidikan Agama",
            (rombel / 5.0).max(1.0),
            NeedForm::Whole,
            pull,
        );
        self.family("Guru PJOK", (rombel / 7.0).max(1.0), NeedForm::Whole, pull);
        self.family("Pengadministrasi Umum", 1.0, NeedForm::Whole, pull);
        if self.rng.chance(0.5) {
            self.family("Operator Layanan Operasional", 1.0, NeedForm::Whole, pull);
        }
    }

    fn smp(&mut self, opd: usize, nama: String, pull: f64) {
        self.unit(opd, nama, UnitKind::Sekolah);
        let rombel = self.rng.between(9, 30) as f64;
        for (subject, hours) in super::catalog::MAPEL {
            let family = mapel_family(subject);
            self.family(family, rombel * hours / 24.0, NeedForm::Whole, pull);
        }
        self.family("Pengadministrasi Umum", 2.0, NeedForm::Whole, pull);
        self.family("Pengelola Keuangan", 1.0, NeedForm::Whole, pull);
        self.family("Operator Layanan Operasional", 1.0, NeedForm::Whole, pull);
    }

    fn puskesmas(&mut self, opd: usize, nama: String, pull: f64) {
        self.unit(opd, nama, UnitKind::Puskesmas);
        self.head("Kepala UPTD", 1.0);
        let size = self.rng.uniform(0.75, 1.3);
        let whole = NeedForm::Whole;
        self.family("Dokter", 3.0 * size, whole, pull);
        self.family("Dokter Gigi", 1.5, whole, pull);
        self.family("Perawat", 13.0 * size, whole, pull);
        self.family("Bidan", 10.0 * size, whole, pull);
        self.family("Apoteker", 1.0, whole, pull);
        self.family("Asisten Apoteker", 2.0, whole, pull);
        self.family("Pranata Laboratorium Kesehatan", 2.0, whole, pull);
        self.family("Nutrisionis", 1.5, whole, pull);
        self.family("Sanitarian", 1.5, whole, pull);
        self.family("Perekam Medis", 1.5, whole, pull);
        self.family("Pengadministrasi Umum", 3.0, whole, pull);
        self.family("Pengelola Keuangan", 1.0, whole, pull);
        self.family("Pengemudi", 1.0, whole, pull);
    }

    fn rsud(&mut self, opd: usize, nama: String, size: f64) {
        self.unit(opd, nama, UnitKind::Rsud);
        self.head("Direktur RSUD", 1.0);
        self.head("Kepala Bagian", 2.0);
        self.head("Kepala Bidang", 3.0);
        self.head("Kepala Seksi", 5.0);
        let whole = NeedForm::Whole;
        let pull = self.rng.uniform(0.9, 1.15);
        for (family, total) in [
            ("Dokter", 38.0),
            ("Dokter Gigi", 4.0),
            ("Perawat", 210.0),
            ("Bidan", 36.0),
            ("Apoteker", 9.0),
            ("Asisten Apoteker", 14.0),
            ("Pranata Laboratorium Kesehatan", 14.0),
            ("Nutrisionis", 6.0),
            ("Sanitarian", 4.0),
            ("Radiografer", 7.0),
            ("Perekam Medis", 12.0),
        ] {
            self.family(family, total * size, whole, pull);
        }
        for (family, total) in [
            ("Pengadministrasi Umum", 28.0),
            ("Pengelola Keuangan", 9.0),
            ("Pengelola Data", 7.0),
            ("Pengemudi", 7.0),
            ("Operator Layanan Operasional", 24.0),
        ] {
            let p = self.rng.uniform(0.7, 1.5);
            self.family(family, total * size, NeedForm::Decimal, p);
        }
    }

    fn kelurahan(&mut self, opd: usize, nama: String, ring: Ring) {
        self.unit(opd, nama, UnitKind::Kelurahan);
        self.head("Lurah", 1.0);
        self.head("Sekretaris Lurah", 1.0);
        self.head("Kepala Seksi", 3.0);
        let pull = match ring {
            Ring::Central => 1.2,
            Ring::Middle => 1.0,
            Ring::Outskirts => 0.8,
        };
        for (family, total) in [
            ("Pengadministrasi Umum", 3.0),
            ("Pengelola Data", 1.2),
            ("Operator Layanan Operasional", 2.0),
        ] {
            let p = pull * self.rng.uniform(0.75, 1.3);
            self.family(family, total, NeedForm::Decimal, p);
        }
    }

    fn kantor_kecamatan(&mut self, opd: usize, nama: String) {
        self.unit(opd, nama, UnitKind::Kantor);
        self.head("Camat", 1.0);
        self.head("Sekretaris Camat", 1.0);
        self.head("Kepala Seksi", 5.0);
        self.head("Kepala Subbagian", 2.0);
        self.office_staff(&[
            ("Pengadministrasi Umum", 6.0),
            ("Pengelola Keuangan", 2.0),
            ("Pengelola Data", 2.0),
            ("Analis Kebijakan", 2.0),
            ("Pengemudi", 2.0),
            ("Polisi Pamong Praja", 4.0),
            ("Pengelola Layanan Kependudukan", 2.0),
        ]);
    }

    /// Office staff with ABK decimal needs; administrative staff drift more than
    /// functional ones, so some offices end up with a surplus and others short.
    fn office_staff(&mut self, staff: &[(&'static str, f64)]) {
        let admin_pull = self.rng.uniform(0.55, 1.65);
        for (family, total) in staff {
            let is_admin = Catalog::levels(family).is_empty();
            let pull = if is_admin {
                admin_pull * self.rng.uniform(0.85, 1.15)
            } else {
                self.rng.uniform(0.75, 1.15)
            };
            self.family(family, *total, NeedForm::Decimal, pull);
        }
    }

    fn dinas_units(&mut self, opd: usize, d: &Dinas) {
        self.unit(opd, format!("Sekretariat {}", d.nama), UnitKind::Kantor);
        self.head(d.kepala, 1.0);
        if d.kepala != "Sekretaris Daerah" {
            self.head("Sekretaris", 1.0);
        }
        self.head("Kepala Subbagian", 2.0);
        self.office_staff(&[
            ("Pengadministrasi Umum", 4.0),
            ("Pengelola Keuangan", 3.0),
            ("Pengadministrasi Kepegawaian", 2.0),
            ("Pengelola Barang Milik Daerah", 1.5),
            ("Pengemudi", 2.0),
            ("Arsiparis", 1.5),
            ("Perencana", 1.2),
        ]);
        for name in d.units {
            self.unit(opd, (*name).to_string(), UnitKind::Kantor);
            self.head(d.unit_head, 1.0);
            let mut staff: Vec<(&'static str, f64)> = vec![
                ("Analis Kebijakan", 2.5),
                ("Pengelola Data", 1.5),
                ("Pengadministrasi Umum", 2.0),
                ("Pengadministrasi Perkantoran", 1.0),
            ];
            staff.extend_from_slice(d.staff);
            self.office_staff(&staff);
            if d.tasks {
                if let Some(u) = self.shape.units.last_mut() {
                    for s in &mut u.slots {
                        if s.form != NeedForm::Seats {
                            s.from_tasks = true;
                        }
                    }
                }
            }
        }
        for (name, staff) in d.uptd {
            self.unit(opd, (*name).to_string(), UnitKind::Kantor);
            self.head("Kepala UPTD", 1.0);
            self.office_staff(staff);
        }
    }

    fn field_office(&mut self, opd: usize, d: &Dinas, wilayah: &str) {
        let short = d.nama.split_once(' ').map_or(d.nama, |(_, rest)| rest);
        self.unit(
            opd,
            format!("UPTD {short} Wilayah {wilayah}"),
            UnitKind::Kantor,
        );
        self.head("Kepala UPTD", 1.0);
        let mut staff: Vec<(&'static str, f64)> = vec![
            ("Pengadministrasi Umum", 3.0),
            ("Pengelola Data", 1.0),
            ("Operator Layanan Operasional", 2.0),
        ];
        if let Some(first) = d.staff.first() {
            staff.push((first.0, first.1.min(6.0)));
        }
        self.office_staff(&staff);
    }
}

/// The catalogue family of a Guru Mapel subject.
fn mapel_family(subject: &str) -> &'static str {
    match subject {
        "Pendidikan Agama" => "Guru Pendidikan Agama",
        "Bahasa Indonesia" => "Guru Bahasa Indonesia",
        "Matematika" => "Guru Matematika",
        "IPA" => "Guru IPA",
        "IPS" => "Guru IPS",
        "Bahasa Inggris" => "Guru Bahasa Inggris",
        _ => "Guru PJOK",
    }
}

fn scaled(count: u32, share: f64, at_least: u32) -> u32 {
    ((f64::from(count) * share).round() as u32).max(at_least)
}

/// Build the region a spec asks for.
pub fn build(spec: &DemoSpec, cat: &Catalog, rng: &mut Rng) -> Shape {
    let share = spec.share.clamp(0.0, 1.0);
    let mut b = Builder {
        cat,
        rng,
        shape: Shape::default(),
        next_unit: Vec::new(),
    };
    let n_dinas = scaled(DINAS.len() as u32, share, 3).min(DINAS.len() as u32) as usize;
    let dinas_opd: Vec<usize> = DINAS[..n_dinas]
        .iter()
        .map(|d| b.opd(d.kode.to_string(), d.nama.to_string()))
        .collect();
    for (d, opd) in DINAS[..n_dinas].iter().zip(&dinas_opd) {
        b.dinas_units(*opd, d);
    }
    let (dikbud, dinkes) = (dinas_opd[0], dinas_opd[1]);
    let n_kec = scaled(SAMARINDA.len() as u32, share, 2) as usize;
    let wilayah = spec.wilayah.max(1) as usize;
    let mut kec_no = 0;
    for w in 0..wilayah {
        let town = WILAYAH
            .get(w)
            .map_or_else(|| format!("Wilayah {}", w + 1), |t| (*t).to_string());
        let mut smp_no = 0;
        let mut pusk_left = scaled(27, share, 1);
        for (k, kec) in SAMARINDA.iter().take(n_kec).enumerate() {
            let kec_name = if w == 0 {
                kec.name.to_string()
            } else {
                format!(
                    "{town} {}",
                    names::KECAMATAN_SUFFIX[k % names::KECAMATAN_SUFFIX.len()]
                )
            };
            let n_kel = scaled(kec.kelurahan.len() as u32, share, 1) as usize;
            let mut kelurahan: Vec<String> = Vec::new();
            for i in 0..n_kel {
                let name = if w == 0 {
                    kec.kelurahan[i].to_string()
                } else {
                    names::kelurahan(b.rng, &kelurahan)
                };
                kelurahan.push(name);
            }
            kec_no += 1;
            let opd = b.opd(format!("7.01.{kec_no:02}"), format!("Kecamatan {kec_name}"));
            b.kantor_kecamatan(opd, format!("Kantor Kecamatan {kec_name}"));
            for kel in &kelurahan {
                b.kelurahan(opd, format!("Kelurahan {kel}"), kec.ring);
            }
            for i in 0..scaled(kec.sd, share, 1) {
                let pull = kec.ring.pull() * b.rng.uniform(0.9, 1.1);
                b.sd(dikbud, format!("SD Negeri {:03} {kec_name}", i + 1), pull);
            }
            for _ in 0..scaled(kec.smp, share, 1) {
                smp_no += 1;
                let pull = kec.ring.pull() * b.rng.uniform(0.9, 1.1);
                b.smp(dikbud, format!("SMP Negeri {smp_no} {town}"), pull);
            }
            let n_pusk = scaled(kec.puskesmas, share, 0)
                .min(pusk_left)
                .max(u32::from(k == 0));
            pusk_left = pusk_left.saturating_sub(n_pusk);
            for i in 0..n_pusk as usize {
                let place = &kelurahan[i % kelurahan.len()];
                let pull = match kec.ring {
                    Ring::Central => 1.2,
                    Ring::Middle => 1.0,
                    Ring::Outskirts => 0.75,
                } * b.rng.uniform(0.9, 1.1);
                let suffix = if i >= kelurahan.len() { " II" } else { "" };
                b.puskesmas(dinkes, format!("Puskesmas {place}{suffix}"), pull);
            }
        }
        let rsud: &[(String, f64)] = &if w == 0 {
            [
                ("RSUD I.A. Moeis".to_string(), 1.0),
                ("RSUD Sambutan".to_string(), 0.45),
            ]
        } else {
            [
                (format!("RSUD {town}"), 1.0),
                (format!("RSUD Pratama {town}"), 0.45),
            ]
        };
        for (name, size) in rsud.iter().take(scaled(2, share, 0) as usize) {
            b.rsud(dinkes, name.clone(), *size);
        }
        if w > 0 {
            for (d, opd) in DINAS[..n_dinas].iter().zip(&dinas_opd) {
                if d.field_office {
                    b.field_office(*opd, d, &town);
                }
            }
        }
    }
    b.shape
}
