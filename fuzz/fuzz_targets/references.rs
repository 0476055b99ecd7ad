#![no_main]
//! Fuzz target `references`: see `kamervraag::fuzzing::check_references` for the invariants.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag::fuzzing::check_references(data));
