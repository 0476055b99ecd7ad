//! Keeps the committed C header `include/kamervraag.h` in step with the Rust source: regenerates it in
//! memory with cbindgen and fails when the committed file differs. `KAMERVRAAG_BLESS=1` rewrites it.

use std::path::Path;

fn generate() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut config =
        cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("read cbindgen.toml");
    config.after_includes = Some(format!(
        "\n/** Version of this header (the library's own is kv_version()). */\n\
         #define KAMERVRAAG_VERSION_MAJOR {}\n\
         #define KAMERVRAAG_VERSION_MINOR {}\n\
         #define KAMERVRAAG_VERSION_PATCH {}\n\
         #define KAMERVRAAG_VERSION \"{}\"\n",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
        env!("CARGO_PKG_VERSION"),
    ));
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(dir.join("src/lib.rs"))
        .generate()
        .expect("cbindgen failed to generate the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

#[test]
fn committed_header_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/kamervraag.h");
    let fresh = generate();
    if std::env::var_os("KAMERVRAAG_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &fresh).expect("write include/kamervraag.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `make header` (or KAMERVRAAG_BLESS=1 cargo test -p kamervraag-ffi --test header)",
        path.display()
    );
}

#[test]
fn header_declares_the_abi() {
    let header = generate();
    for needle in [
        "#ifndef KAMERVRAAG_H",
        "#define KAMERVRAAG_VERSION_MAJOR",
        "extern \"C\" {",
        "typedef struct kv_document kv_document;",
        "KV_OK = 0,",
        "KV_ERR_PANIC = 9,",
        "kv_status kv_parse(const char *text,",
        "void kv_document_free(kv_document *doc);",
        "size_t kv_document_to_json(const kv_document *doc, char *buf, size_t cap);",
        "size_t kv_error_message(const kv_error *err, char *buf, size_t cap);",
    ] {
        assert!(
            header.contains(needle),
            "the header lacks `{needle}`:\n{header}"
        );
    }
}
