//! Re-runs the saved inputs of the `ffi` fuzz target (`fuzz/regressions/ffi/`, `fuzz/seeds/ffi/`)
//! through its check, so that what the fuzzer once found in the C entry point never comes back.

use std::fs;
use std::path::PathBuf;

#[test]
fn ffi_inputs() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    if !root.is_dir() {
        eprintln!("skipped: {} not found", root.display());
        return;
    }
    let mut run = 0;
    for kind in ["regressions", "seeds"] {
        let Ok(entries) = fs::read_dir(root.join(kind).join("ffi")) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.is_file()) {
            let data = fs::read(file).unwrap();
            let outcome =
                std::panic::catch_unwind(|| kamervraag_ffi::fuzzing::check_kv_parse(&data));
            assert!(
                outcome.is_ok(),
                "{} breaks the `ffi` invariants",
                file.display()
            );
            run += 1;
        }
    }
    eprintln!("ffi: {run} inputs replayed");
}
