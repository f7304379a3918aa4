#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| seimbang_fuzz::xlsx_reader::run(data));
