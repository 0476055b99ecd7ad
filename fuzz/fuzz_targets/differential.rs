#![no_main]
//! Fuzz target `differential`: see `kamervraag::fuzzing::check_differential` for the invariants.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag::fuzzing::check_differential(data));
