#![no_main]
//! Fuzz target `intro`: see `kamervraag::fuzzing::check_intro` for the invariants.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag::fuzzing::check_intro(data));
