#![no_main]
//! Fuzz target `parse`: see `kamervraag::fuzzing::check_parse` for the invariants.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag::fuzzing::check_parse(data));
