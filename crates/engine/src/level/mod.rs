//! The ordered levels position requirements compare (PP 11/2017 article 190, the v2
//! `syarat_jabatan` table): education (`pendidikan`) and grade (`golongan/ruang`), read
//! from the words SIASN and office spreadsheets write.

mod education;
mod grade;

pub use education::Education;
pub use grade::Grade;
