//! The invariant check behind the `ffi` fuzz target and its replay test: `kv_parse` on arbitrary bytes
//! and flags. Not part of the C API (it is a Rust function, so cbindgen leaves it out).

use std::ptr;

use crate::{
    KV_PARSE_COPY, KV_PARSE_STRICT, kv_document, kv_document_free, kv_document_to_json, kv_error,
    kv_error_message, kv_parse, kv_status,
};

/// The first byte picks the flags, the rest is the text. `kv_parse` never panics across the boundary,
/// agrees with the Rust parser, and the JSON and error renderers respect their buffer sizes.
pub fn check_kv_parse(data: &[u8]) {
    let Some((&flags, text)) = data.split_first() else {
        return;
    };
    let flags = u32::from(flags) & (KV_PARSE_STRICT | KV_PARSE_COPY);
    let mut doc: *mut kv_document = ptr::null_mut();
    let mut err = kv_error::status(kv_status::KV_OK);
    // SAFETY: `text` is a live buffer of `text.len()` bytes; `doc` and `err` are writable.
    let status = unsafe { kv_parse(text.as_ptr().cast(), text.len(), flags, &mut doc, &mut err) };
    let rust = kamervraag::Parser::new()
        .strict(flags & KV_PARSE_STRICT != 0)
        .parse_bytes(text);
    assert_eq!(
        status == kv_status::KV_OK,
        rust.is_ok(),
        "C and Rust disagree on {text:?}"
    );
    if status == kv_status::KV_OK {
        assert!(!doc.is_null());
        let mut small = [0u8; 8];
        let mut big = vec![0u8; 1 << 16];
        // SAFETY: `doc` is live; the buffers are writable for the lengths given.
        let (need_small, need_big) = unsafe {
            (
                kv_document_to_json(doc, small.as_mut_ptr().cast(), small.len()),
                kv_document_to_json(doc, big.as_mut_ptr().cast(), big.len()),
            )
        };
        assert_eq!(
            need_small, need_big,
            "measured JSON length depends on the buffer"
        );
        assert_eq!(
            small[small.len() - 1],
            0,
            "truncated JSON not NUL-terminated"
        );
        // SAFETY: `doc` came from `kv_parse` and is freed once.
        unsafe { kv_document_free(doc) };
    } else {
        assert!(doc.is_null(), "a failed parse returned a document");
        let mut small = [0u8; 4];
        let mut big = [0u8; 512];
        // SAFETY: `err` was filled by `kv_parse`; the buffers are writable.
        let (a, b) = unsafe {
            (
                kv_error_message(&err, small.as_mut_ptr().cast(), small.len()),
                kv_error_message(&err, big.as_mut_ptr().cast(), big.len()),
            )
        };
        assert_eq!(a, b, "measured message length depends on the buffer");
        assert!(a > 0, "empty error message");
    }
}
