#![no_main]
//! Fuzz target `date`: see `kamervraag::fuzzing::check_date` for the invariants.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kamervraag::fuzzing::check_date(data));
