#![no_main]
//! Fuzz target `ffi`: the C entry point `kv_parse` on arbitrary bytes and flags; see
//! `kamervraag_ffi::fuzzing::check_kv_parse`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag_ffi::fuzzing::check_kv_parse(data));
