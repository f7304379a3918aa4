#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| seimbang_fuzz::csv_reader::run(data));
