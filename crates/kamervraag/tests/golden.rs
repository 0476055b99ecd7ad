//! Golden tests: every `tests/fixtures/*.txt` is parsed and its pretty JSON compared with the sibling
//! `*.json`. `KAMERVRAAG_BLESS=1 cargo test -p kamervraag --test golden` rewrites the expected files
//! (except those listed in [`KNOWN_GAPS`], whose expectations were written by hand).

use std::fs;
use std::path::{Path, PathBuf};

/// Fixtures whose expected JSON was corrected by hand because the parser does not yet produce it.
/// A mismatch is printed but does not fail; bless leaves these files alone. Remove an entry once the
/// parser gets it right (the test prints a reminder when it does).
const KNOWN_GAPS: &[(&str, &str)] = &[];

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// The JSON the golden file should hold for `input`: the document, or the error's kind and position.
fn render(input: &str) -> String {
    let value = match kamervraag::parse(input) {
        Ok(doc) => serde_json::to_value(&doc).expect("a Document serialises"),
        Err(e) => serde_json::json!({
            "error": e.kind.code(),
            "span": e.span,
            "line": e.line,
            "column": e.column,
            "message": e.message,
        }),
    };
    let mut out = serde_json::to_string_pretty(&value).expect("JSON value serialises");
    out.push('\n');
    out
}

/// The first line where `expected` and `actual` differ, with a little context.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    format!(
        "first difference at line {}:\n  expected: {}\n  actual:   {}",
        at + 1,
        e.get(at).copied().unwrap_or("<end of file>"),
        a.get(at).copied().unwrap_or("<end of file>")
    )
}

#[test]
fn golden_fixtures() {
    let bless = std::env::var_os("KAMERVRAAG_BLESS").is_some_and(|v| v != "0" && !v.is_empty());
    let files = fixtures();
    assert!(
        files.len() >= 7,
        "expected at least 7 fixtures, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for txt in &files {
        let name = txt.file_name().unwrap().to_string_lossy().into_owned();
        let gap = KNOWN_GAPS.iter().find(|(n, _)| *n == name);
        let input = fs::read_to_string(txt).unwrap_or_else(|e| panic!("{name}: {e}"));
        let actual = render(&input);
        let json = txt.with_extension("json");
        if bless && gap.is_none() {
            fs::write(&json, &actual).unwrap_or_else(|e| panic!("{}: {e}", json.display()));
            continue;
        }
        let expected = fs::read_to_string(&json).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run with KAMERVRAAG_BLESS=1 to create it)",
                json.display()
            )
        });
        match (expected == actual, gap) {
            (true, None) => {}
            (true, Some(_)) => {
                println!("{name}: known gap is fixed, remove it from KNOWN_GAPS");
            }
            (false, Some((_, why))) => {
                println!(
                    "{name}: KNOWN GAP ({why}); {}",
                    first_difference(&expected, &actual)
                );
            }
            (false, None) => {
                failures.push(format!("{name}: {}", first_difference(&expected, &actual)))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden file(s) differ (KAMERVRAAG_BLESS=1 rewrites them after review):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn known_gaps_name_existing_fixtures() {
    for (name, _) in KNOWN_GAPS {
        assert!(
            fixtures_dir().join(name).is_file(),
            "KNOWN_GAPS lists {name}, which is not a fixture"
        );
    }
}
