#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| seimbang_fuzz::scenario_file::run(data));
