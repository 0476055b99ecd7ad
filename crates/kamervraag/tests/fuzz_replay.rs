//! Re-runs every saved fuzz input through the fuzz targets' own checks, so that what a fuzzer once found
//! never comes back: `fuzz/regressions/<target>/` (inputs that once broke an invariant) and
//! `fuzz/seeds/<target>/` (the minimised corpus). Skips when the `fuzz/` folder is not there (the crate
//! on its own, outside the repository).

use std::fs;
use std::path::PathBuf;

use kamervraag::fuzzing;

/// Run `check` on every file saved for `target`; returns how many were run.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    if !root.is_dir() {
        eprintln!("skipped: {} not found", root.display());
        return 0;
    }
    let mut run = 0;
    for kind in ["regressions", "seeds"] {
        let Ok(entries) = fs::read_dir(root.join(kind).join(target)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.is_file()) {
            let data = fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(
                outcome.is_ok(),
                "{} breaks the `{target}` invariants",
                file.display()
            );
            run += 1;
        }
    }
    run
}

#[test]
fn parse_inputs() {
    let n = replay("parse", fuzzing::check_parse);
    eprintln!("parse: {n} inputs replayed");
}

#[test]
fn date_inputs() {
    let n = replay("date", fuzzing::check_date);
    eprintln!("date: {n} inputs replayed");
}

#[test]
fn intro_inputs() {
    let n = replay("intro", fuzzing::check_intro);
    eprintln!("intro: {n} inputs replayed");
}

#[test]
fn reference_inputs() {
    let n = replay("references", fuzzing::check_references);
    eprintln!("references: {n} inputs replayed");
}

#[test]
fn differential_inputs() {
    let n = replay("differential", fuzzing::check_differential);
    eprintln!("differential: {n} inputs replayed");
}

#[test]
fn the_saved_regressions_are_replayed() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/regressions");
    if root.is_dir() {
        assert!(
            replay("parse", fuzzing::check_parse) > 0,
            "no parse regressions found under {}",
            root.display()
        );
    }
}
