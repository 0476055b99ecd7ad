//! Helpers shared by the integration tests.

/// The project's own documents, sorted by path: the golden fixtures and the benchmark documents.
pub fn own_documents() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    for dir in ["tests/fixtures", "../../benches/fixtures"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for path in entries.map(|e| e.expect("readable directory entry").path()) {
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("a fixture is UTF-8");
                docs.push((path.display().to_string(), text));
            }
        }
    }
    docs.sort();
    assert!(docs.len() >= 10, "the fixtures are found");
    docs
}
