//! Name pools for the demo's people and places. Indonesian names are mostly given names
//! (often two or three), with family names in some regions (Batak, Bugis, Manado, ...);
//! the mix below gives plausible, varied names without copying anyone's record.

use super::rng::Rng;
use crate::nip::Sex;

const MALE: &[&str] = &[
    "Agus",
    "Ahmad",
    "Andi",
    "Arif",
    "Bambang",
    "Budi",
    "Dedi",
    "Dimas",
    "Eko",
    "Fajar",
    "Fauzan",
    "Hendra",
    "Heru",
    "Ilham",
    "Imam",
    "Irfan",
    "Joko",
    "Kurniawan",
    "Lukman",
    "Muhammad",
    "Nanang",
    "Rizal",
    "Rudi",
    "Slamet",
    "Sugeng",
    "Syahrul",
    "Taufik",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Zulkifli",
    "Arief",
    "Bayu",
    "Hasan",
    "Yohanes",
    "Robert",
    "Gusti",
    "Made",
    "Ketut",
    "Rahmat",
    "Firman",
    "Haris",
    "Iwan",
    "Jamal",
    "Bagus",
    "Aditya",
    "Reza",
    "Yudi",
    "Samsul",
    "Abdul",
    "Darmawan",
    "Hamzah",
];

const FEMALE: &[&str] = &[
    "Siti",
    "Nur",
    "Dewi",
    "Sri",
    "Rina",
    "Fitri",
    "Ayu",
    "Ratna",
    "Lestari",
    "Wulan",
    "Indah",
    "Maya",
    "Novi",
    "Putri",
    "Rahmawati",
    "Yuliana",
    "Evi",
    "Dian",
    "Mega",
    "Nurul",
    "Ani",
    "Endang",
    "Kartika",
    "Anisa",
    "Rini",
    "Yanti",
    "Lina",
    "Dwi",
    "Tri",
    "Nia",
    "Hana",
    "Intan",
    "Sarah",
    "Maria",
    "Theresia",
    "Ni Luh",
    "Farida",
    "Halimah",
    "Rosmiati",
    "Suryani",
    "Wahyuni",
    "Aisyah",
    "Melati",
    "Citra",
    "Rahmi",
    "Kurnia",
    "Agustina",
    "Veronika",
];

const MALE_SECOND: &[&str] = &[
    "Saputra",
    "Pratama",
    "Hidayat",
    "Nugroho",
    "Santoso",
    "Setiawan",
    "Wijaya",
    "Kurniawan",
    "Firmansyah",
    "Ramadhan",
    "Syahputra",
    "Hakim",
    "Prasetyo",
    "Susanto",
    "Gunawan",
    "Rahman",
    "Hermawan",
    "Permana",
    "Maulana",
    "Irawan",
];

const FEMALE_SECOND: &[&str] = &[
    "Lestari",
    "Rahayu",
    "Wulandari",
    "Handayani",
    "Susanti",
    "Puspitasari",
    "Anggraini",
    "Safitri",
    "Maharani",
    "Permatasari",
    "Kusumawati",
    "Novitasari",
    "Oktaviani",
    "Rahmawati",
    "Hastuti",
    "Fitriani",
    "Yulianti",
    "Purnamasari",
    "Damayanti",
    "Utami",
];

const FAMILY: &[&str] = &[
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Hutapea",
    "Tarigan",
    "Sembiring",
    "Pasaribu",
    "Manurung",
    "Sinaga",
    "Situmorang",
    "Lumbantobing",
    "Mappanyompa",
    "Latif",
    "Pakpahan",
    "Tampubolon",
    "Rumondor",
    "Wenas",
    "Lasut",
    "Pattinama",
    "Silalahi",
    "Ginting",
    "Panjaitan",
];

/// A full name (without academic titles) for a person of the given sex.
pub fn person(rng: &mut Rng, sex: Sex) -> String {
    let (given, second) = match sex {
        Sex::Male => (MALE, MALE_SECOND),
        Sex::Female => (FEMALE, FEMALE_SECOND),
    };
    let first = rng.pick(given);
    match rng.below(10) {
        0..=3 => format!("{first} {}", rng.pick(second)),
        4 | 5 => format!("{first} {} {}", rng.pick(given), rng.pick(second)),
        6 => format!("{first} {}", rng.pick(FAMILY)),
        7 => (*first).to_string(),
        _ => {
            let mut other = rng.pick(given);
            if other == first {
                other = rng.pick(second);
            }
            format!("{first} {other}")
        }
    }
}

const PLACE_HEAD: &[&str] = &[
    "Sungai", "Gunung", "Karang", "Loa", "Teluk", "Tanjung", "Batu", "Muara", "Long", "Tanah",
    "Bukit", "Sepaku", "Handil", "Rapak", "Margo", "Sei",
];

const PLACE_TAIL: &[&str] = &[
    "Ampal", "Jaya", "Baru", "Sari", "Makmur", "Indah", "Mulia", "Rejo", "Mulyo", "Asri",
    "Lestari", "Permai", "Harapan", "Damai", "Merdeka", "Raya", "Seberang", "Dalam", "Luar",
    "Kencana", "Selatan", "Utara", "Lama",
];

/// A plausible kelurahan name; `taken` are the names already used in the same area.
/// After a few clashes a number is appended, so this always ends.
pub fn kelurahan(rng: &mut Rng, taken: &[String]) -> String {
    let mut name = String::new();
    for attempt in 0..40u32 {
        name = format!("{} {}", rng.pick(PLACE_HEAD), rng.pick(PLACE_TAIL));
        if attempt >= 20 {
            name = format!("{name} {}", attempt - 18);
        }
        if !taken.contains(&name) {
            break;
        }
    }
    name
}

/// The compass-and-river suffixes that name kecamatan after their town.
pub const KECAMATAN_SUFFIX: &[&str] = &[
    "Kota", "Ilir", "Tengah", "Ulu", "Seberang", "Utara", "Timur", "Barat", "Selatan", "Baru",
];
