//! # kamervraag-ffi: the C ABI of the kamervraag parser (`libkamervraag`)
//!
//! The header is `include/kamervraag.h`, generated from this crate by cbindgen (see `tests/header.rs`).
//!
//! Design:
//! - `kv_parse` returns an opaque, owned `kv_document` that the caller frees with
//!   `kv_document_free`.
//! - Every text comes back as a borrowed view `kv_str` (pointer + length, not NUL-terminated). Texts the
//!   parser took verbatim point into the caller's input buffer (zero-copy); cleaned text that had to be
//!   rebuilt points into memory owned by the document. Both stay valid until the document is freed, and
//!   the caller's buffer must outlive the document unless it was parsed with `KV_PARSE_COPY`.
//! - Errors are a `kv_status` plus a plain `kv_error` struct (positions, no heap memory);
//!   `kv_error_message` renders the text on demand into a caller buffer.
//! - Every exported function checks its pointers for NULL and catches panics, so no Rust unwinding
//!   ever crosses the C boundary.
//!
//! `unsafe` is confined to this crate (the core parser forbids it): dereferencing caller pointers, and
//! one lifetime extension in `kv_parse` whose invariant is documented there.
#![allow(non_camel_case_types)]
#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

mod access;
#[doc(hidden)]
pub mod fuzzing;
mod write;

use std::ffi::{c_char, c_int};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use kamervraag::{Document, ErrorKind, MAX_INPUT_LEN, ParseError, Parser};

pub use access::*;

use write::Truncating;

/// Parse flag: in strict mode every deviation the lenient parser would tolerate (a diagnostic) is an
/// error, `KV_ERR_STRICT`.
pub const KV_PARSE_STRICT: u32 = 1;

/// Parse flag: the document keeps its own copy of the input, so the caller's buffer may be freed or
/// reused as soon as `kv_parse` returns. Without it every borrowed view points into the caller's buffer.
pub const KV_PARSE_COPY: u32 = 2;

/// Every flag this version understands; other bits are `KV_ERR_FLAGS`.
const KNOWN_FLAGS: u32 = KV_PARSE_STRICT | KV_PARSE_COPY;

/// The outcome of a call. The numeric values are part of the ABI and are never renumbered; new codes
/// are only ever appended.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum kv_status {
    /// Success.
    #[default]
    KV_OK = 0,
    /// A required pointer argument was NULL.
    KV_ERR_NULL = 1,
    /// The input is not valid UTF-8; the error's offset is the first bad byte.
    KV_ERR_INVALID_UTF8 = 2,
    /// The input is empty or only white space.
    KV_ERR_EMPTY = 3,
    /// Nothing in the input reads as a Kamervraag, answer or notice.
    KV_ERR_NOT_KAMERVRAAG = 4,
    /// Strict mode (`KV_PARSE_STRICT`): the text deviates from the grammar; the error's `detail` holds
    /// the diagnostic code.
    KV_ERR_STRICT = 5,
    /// The input is larger than the parser accepts (256 MiB).
    KV_ERR_TOO_LARGE = 6,
    /// The input holds bytes that are not text (NUL and other control characters).
    KV_ERR_BINARY = 7,
    /// An index argument is out of range.
    KV_ERR_INDEX = 8,
    /// Internal error: the library panicked. The document (if any) was not created.
    KV_ERR_PANIC = 9,
    /// The flags argument has bits this version does not know.
    KV_ERR_FLAGS = 10,
    /// The input could not be parsed for a reason this ABI version has no code for; the error's
    /// `detail` holds the parser's code.
    KV_ERR_PARSE = 11,
    /// The input is HTML or XML; feed the text of the page instead.
    KV_ERR_MARKUP = 12,
    /// The input holds more questions and answers than a document may (100,000).
    KV_ERR_TOO_MANY_BLOCKS = 13,
}

// `kv_status` travels as a C `int`; `kv_status_str` and `kv_error_message` read it back as one.
const _: () = assert!(size_of::<kv_status>() == size_of::<c_int>());

impl kv_status {
    /// The status with numeric value `code`, if there is one (C may hand over any int).
    fn from_raw(code: c_int) -> Option<kv_status> {
        use kv_status::*;
        Some(match code {
            0 => KV_OK,
            1 => KV_ERR_NULL,
            2 => KV_ERR_INVALID_UTF8,
            3 => KV_ERR_EMPTY,
            4 => KV_ERR_NOT_KAMERVRAAG,
            5 => KV_ERR_STRICT,
            6 => KV_ERR_TOO_LARGE,
            7 => KV_ERR_BINARY,
            8 => KV_ERR_INDEX,
            9 => KV_ERR_PANIC,
            10 => KV_ERR_FLAGS,
            11 => KV_ERR_PARSE,
            12 => KV_ERR_MARKUP,
            13 => KV_ERR_TOO_MANY_BLOCKS,
            _ => return None,
        })
    }

    /// A stable kebab-case code, matching the command-line tool's `error[...]` for parse errors.
    const fn code(self) -> &'static str {
        use kv_status::*;
        match self {
            KV_OK => "ok",
            KV_ERR_NULL => "null-argument",
            KV_ERR_INVALID_UTF8 => "invalid-utf8",
            KV_ERR_EMPTY => "empty",
            KV_ERR_NOT_KAMERVRAAG => "not-a-kamervraag",
            KV_ERR_STRICT => "strict",
            KV_ERR_TOO_LARGE => "too-large",
            KV_ERR_BINARY => "binary",
            KV_ERR_INDEX => "index-out-of-range",
            KV_ERR_PANIC => "panic",
            KV_ERR_FLAGS => "invalid-flags",
            KV_ERR_PARSE => "parse",
            KV_ERR_MARKUP => "markup",
            KV_ERR_TOO_MANY_BLOCKS => "too-many-blocks",
        }
    }

    /// One sentence for humans, as a NUL-terminated static string.
    const fn describe(self) -> &'static std::ffi::CStr {
        use kv_status::*;
        match self {
            KV_OK => c"no error",
            KV_ERR_NULL => c"a required pointer argument is NULL",
            KV_ERR_INVALID_UTF8 => c"the input is not valid UTF-8",
            KV_ERR_EMPTY => c"the input is empty or only white space",
            KV_ERR_NOT_KAMERVRAAG => {
                c"nothing in the input reads as a Kamervraag, answer or notice"
            }
            KV_ERR_STRICT => c"strict mode: the text deviates from the grammar",
            KV_ERR_TOO_LARGE => c"the input is larger than the parser accepts (256 MiB)",
            KV_ERR_BINARY => c"the input holds bytes that are not text",
            KV_ERR_INDEX => c"index out of range",
            KV_ERR_PANIC => c"internal error: the library panicked",
            KV_ERR_FLAGS => c"unknown bits in the flags argument",
            KV_ERR_PARSE => c"the input could not be parsed",
            KV_ERR_MARKUP => c"the input is HTML or XML, not the text of a Kamervraag",
            KV_ERR_TOO_MANY_BLOCKS => c"the input holds more than 100,000 questions and answers",
        }
    }

    fn of_kind(kind: ErrorKind) -> kv_status {
        match kind {
            ErrorKind::Empty => kv_status::KV_ERR_EMPTY,
            ErrorKind::Binary => kv_status::KV_ERR_BINARY,
            ErrorKind::TooLarge => kv_status::KV_ERR_TOO_LARGE,
            ErrorKind::NotAKamervraag => kv_status::KV_ERR_NOT_KAMERVRAAG,
            ErrorKind::InvalidUtf8 => kv_status::KV_ERR_INVALID_UTF8,
            ErrorKind::Strict => kv_status::KV_ERR_STRICT,
            ErrorKind::Markup => kv_status::KV_ERR_MARKUP,
            ErrorKind::TooManyBlocks => kv_status::KV_ERR_TOO_MANY_BLOCKS,
            _ => kv_status::KV_ERR_PARSE,
        }
    }
}

/// A borrowed view of UTF-8 text: `len` bytes at `ptr`, NOT NUL-terminated (print it with
/// `printf("%.*s", (int)s.len, s.ptr)`). `ptr == NULL` means the value is absent; an empty but present
/// text has a non-NULL `ptr` and `len == 0`. Valid until the document it came from is freed (views of
/// static strings, such as codes and kind names, are valid forever).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct kv_str {
    /// First byte, or NULL when absent.
    pub ptr: *const c_char,
    /// Length in bytes.
    pub len: usize,
}

impl Default for kv_str {
    fn default() -> Self {
        kv_str::NONE
    }
}

impl kv_str {
    /// The absent value.
    const NONE: kv_str = kv_str {
        ptr: ptr::null(),
        len: 0,
    };

    /// A view of `s`; an empty `s` points at a static empty string so that `ptr` is always dereferenceable.
    fn of(s: &str) -> kv_str {
        if s.is_empty() {
            kv_str {
                ptr: c"".as_ptr(),
                len: 0,
            }
        } else {
            kv_str {
                ptr: s.as_ptr().cast(),
                len: s.len(),
            }
        }
    }

    fn of_opt(s: Option<&str>) -> kv_str {
        s.map_or(kv_str::NONE, kv_str::of)
    }
}

/// A half-open byte range `[start, end)` of the parsed input.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl From<kamervraag::Span> for kv_span {
    fn from(s: kamervraag::Span) -> Self {
        kv_span {
            start: s.start,
            end: s.end,
        }
    }
}

/// A calendar date; all zero with `present == false` when the document has none.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_date {
    /// Year (proleptic Gregorian).
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
    /// Whether the date is present.
    pub present: bool,
}

/// Why a call failed. Plain data: filling it never allocates, and it needs no freeing. Render a message
/// with `kv_error_message`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_error {
    /// The status the call returned.
    pub status: kv_status,
    /// Byte offset of the problem in the input (0 when not applicable).
    pub offset: usize,
    /// One past the last byte of the problem (equal to `offset` when not applicable).
    pub end: usize,
    /// 1-based line of `offset`; 0 when the error has no position.
    pub line: usize,
    /// 1-based column of `offset`, in characters; 0 when the error has no position.
    pub column: usize,
    /// A static machine-readable detail: for `KV_ERR_STRICT` the code of the diagnostic that
    /// failed the parse (`invalid-date`, ...); for `KV_ERR_PARSE` the parser's error code;
    /// absent otherwise. Valid forever.
    pub detail: kv_str,
}

impl kv_error {
    fn status(status: kv_status) -> kv_error {
        kv_error {
            status,
            ..kv_error::default()
        }
    }

    fn from_parse(e: &ParseError, detail: Option<&'static str>) -> kv_error {
        kv_error {
            status: kv_status::of_kind(e.kind),
            offset: e.span.start,
            end: e.span.end,
            line: e.line,
            column: e.column,
            detail: kv_str::of_opt(detail),
        }
    }
}

/// A parsed document (opaque). Create it with `kv_parse`, free it with `kv_document_free`. Read-only
/// after creation: any number of threads may read one document at the same time.
pub struct kv_document {
    /// The parsed tree. Its `'static` is a lie told by `kv_parse`: the tree borrows `source`. Declared
    /// first so that it is dropped before `_copy` (fields drop in declaration order).
    doc: Document<'static>,
    /// The text that was parsed: the caller's buffer, or `_copy`.
    source: &'static str,
    /// The document's own copy of the input under `KV_PARSE_COPY`. A `String` rather than a `Box<str>`
    /// because moving a `Box` asserts unique access, which the borrows held by `doc` would violate. Never
    /// read: it only keeps the text alive.
    _copy: Option<String>,
}

/// Runs `f`, turning a panic into `fallback`, so that no unwinding crosses the C boundary.
fn guard<R>(fallback: R, f: impl FnOnce() -> R) -> R {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(fallback)
}

/// Parses `len` bytes of UTF-8 text at `text` into a document.
///
/// `flags` is a bitwise OR of `KV_PARSE_STRICT` and `KV_PARSE_COPY` (or 0). On success `*out`
/// receives a new document (free it with `kv_document_free`) and `KV_OK` is returned; on
/// failure `*out` is set to NULL. `err` may be NULL; otherwise it is always filled in (with `KV_OK` on
/// success). A leading byte-order mark is accepted.
///
/// LIFETIME RULE: without `KV_PARSE_COPY` the document borrows `text`: the buffer must stay alive and
/// unchanged until `kv_document_free`. With `KV_PARSE_COPY` the document copies it first.
///
/// # Safety
/// `text` must point to `len` readable bytes; `out` must be a valid `kv_document*` location; `err` must be
/// NULL or point to a writable `kv_error`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_parse(
    text: *const c_char,
    len: usize,
    flags: u32,
    out: *mut *mut kv_document,
    err: *mut kv_error,
) -> kv_status {
    let result = guard(Err(kv_error::status(kv_status::KV_ERR_PANIC)), || {
        if out.is_null() {
            return Err(kv_error::status(kv_status::KV_ERR_NULL));
        }
        // SAFETY: `out` is non-NULL and, by the caller's contract, writable.
        unsafe { out.write(ptr::null_mut()) };
        if text.is_null() {
            return Err(kv_error::status(kv_status::KV_ERR_NULL));
        }
        if flags & !KNOWN_FLAGS != 0 {
            return Err(kv_error::status(kv_status::KV_ERR_FLAGS));
        }
        if len > MAX_INPUT_LEN {
            // Refused before reading (or copying) the buffer; no line/column is computed for it.
            let e = kv_error {
                status: kv_status::KV_ERR_TOO_LARGE,
                offset: MAX_INPUT_LEN,
                end: len,
                ..Default::default()
            };
            return Err(e);
        }
        // SAFETY: `text` is non-NULL and, by the caller's contract, points to `len` readable bytes;
        // `len <= MAX_INPUT_LEN < isize::MAX`.
        let bytes: &[u8] = unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len) };
        let parser = Parser::new().strict(flags & KV_PARSE_STRICT != 0);
        let borrowed = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                // The core reports the first bad byte with its line and column.
                let e = parser.parse_bytes(bytes).err();
                return Err(
                    e.map_or(kv_error::status(kv_status::KV_ERR_INVALID_UTF8), |e| {
                        kv_error::from_parse(&e, None)
                    }),
                );
            }
        };
        let copy = (flags & KV_PARSE_COPY != 0).then(|| borrowed.to_owned());
        // SAFETY (lifetime extension): the document stores `source` next to the tree that borrows it.
        // - Without KV_PARSE_COPY, `source` is the caller's buffer, which the caller promises (the
        //   documented lifetime rule) to keep alive and unchanged until kv_document_free.
        // - With KV_PARSE_COPY, `source` is the heap block of `copy`. That block never moves or changes
        //   (moving the String moves only its pointer), is never mutated, and is freed only after `doc`
        //   is dropped (field order of kv_document).
        // The `'static` never escapes: every accessor re-borrows for the lifetime of `&kv_document`.
        let source: &'static str = match &copy {
            Some(c) => unsafe { std::mem::transmute::<&str, &'static str>(c.as_str()) },
            None => unsafe { std::mem::transmute::<&str, &'static str>(borrowed) },
        };
        match parser.parse(source) {
            Ok(doc) => Ok(Box::new(kv_document {
                doc,
                source,
                _copy: copy,
            })),
            Err(e) => {
                let detail = match e.kind {
                    ErrorKind::Strict => strict_code(source, &e),
                    ErrorKind::Empty
                    | ErrorKind::Binary
                    | ErrorKind::TooLarge
                    | ErrorKind::NotAKamervraag
                    | ErrorKind::InvalidUtf8
                    | ErrorKind::Markup
                    | ErrorKind::TooManyBlocks => None,
                    other => Some(other.code()),
                };
                Err(kv_error::from_parse(&e, detail))
            }
        }
    });
    let (status, error) = match result {
        Ok(doc) => {
            // SAFETY: `kv_parse` returned Ok, so `out` was checked non-NULL and is writable.
            unsafe { out.write(Box::into_raw(doc)) };
            (kv_status::KV_OK, kv_error::default())
        }
        Err(e) => (e.status, e),
    };
    if !err.is_null() {
        // SAFETY: non-NULL, and writable by the caller's contract.
        unsafe { err.write(error) };
    }
    status
}

/// The code of the diagnostic that made a strict parse fail: strict mode turns the first diagnostic of
/// the lenient parse into the error, so parse leniently once more and take it (only on this error path).
fn strict_code(source: &str, e: &ParseError) -> Option<&'static str> {
    let lenient = Parser::new().parse(source).ok()?;
    lenient
        .diagnostics
        .first()
        .filter(|d| d.span == e.span)
        .map(|d| d.code)
}

/// Frees a document and everything its views point into (but never the caller's input buffer).
/// NULL is accepted and ignored. Freeing the same document twice is undefined behaviour.
///
/// # Safety
/// `doc` must be NULL or a pointer returned by `kv_parse` and not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_free(doc: *mut kv_document) {
    if doc.is_null() {
        return;
    }
    // SAFETY: `doc` came from `Box::into_raw` in kv_parse and is freed exactly once (caller's contract).
    let doc = unsafe { Box::from_raw(doc) };
    guard((), move || drop(doc));
}

/// Writes the document as the JSON of docs/data-model.md (the same compact JSON as
/// `kamervraag parse FILE`, without the trailing newline) into `buf`, snprintf-style: returns the
/// length of the full JSON in bytes (excluding the NUL); writes at most `cap - 1` bytes plus a NUL, so
/// the output is complete when the return value is less than `cap`. `buf` may be NULL when `cap` is 0,
/// to measure. A truncated prefix may end inside a multi-byte character. Returns 0 (and writes an empty
/// string when possible) when `doc` is NULL or serialisation fails.
///
/// # Safety
/// `doc` must be NULL or a live document; `buf` must be NULL or point to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_to_json(
    doc: *const kv_document,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    // SAFETY: caller's contract on `buf` and `cap`.
    let mut w = unsafe { Truncating::new(buf, cap) };
    // SAFETY: caller's contract on `doc`.
    let Some(doc) = (unsafe { doc.as_ref() }) else {
        return w.finish();
    };
    guard(0, || match serde_json::to_writer(&mut w, &doc.doc) {
        Ok(()) => w.finish(),
        Err(_) => {
            w.reset();
            w.finish()
        }
    })
}

/// A one-sentence description of `status` (static, NUL-terminated; never NULL). Accepts any int:
/// unknown values give `"unknown status"`.
#[unsafe(no_mangle)]
pub extern "C" fn kv_status_str(status: c_int) -> *const c_char {
    kv_status::from_raw(status)
        .map_or(c"unknown status", kv_status::describe)
        .as_ptr()
}

/// Renders `err` as one line of text into `buf`, snprintf-style (see `kv_document_to_json`): returns
/// the full length, writes at most `cap - 1` bytes plus a NUL. The form is
/// `LINE:COLUMN: error[CODE]: DESCRIPTION (byte OFFSET)`, without the position when the error has none,
/// and with ` [DETAIL]` appended when there is a detail; `CODE` matches the command-line tool's. Never
/// allocates. A NULL `err` renders as a null-argument error.
///
/// # Safety
/// `err` must be NULL or point to a `kv_error` (as filled by this library, or zeroed); `buf` must be NULL
/// or point to `cap` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_error_message(
    err: *const kv_error,
    buf: *mut c_char,
    cap: usize,
) -> usize {
    use std::fmt::Write;
    // SAFETY: caller's contract on `buf` and `cap`.
    let mut w = unsafe { Truncating::new(buf, cap) };
    // The status is read as a plain int: C may have stored any value there, and an out-of-range enum
    // would be undefined behaviour in Rust. `None` renders as an unknown status.
    let (status, e) = if err.is_null() {
        (
            Some(kv_status::KV_ERR_NULL),
            kv_error::status(kv_status::KV_ERR_NULL),
        )
    } else {
        // SAFETY: `err` is non-NULL and points to a kv_error by the caller's contract; every field but
        // `status` is valid for any bit pattern.
        unsafe {
            let raw = ptr::addr_of!((*err).status).cast::<c_int>().read();
            let e = kv_error {
                status: kv_status::KV_OK,
                offset: (*err).offset,
                end: (*err).end,
                line: (*err).line,
                column: (*err).column,
                detail: (*err).detail,
            };
            (kv_status::from_raw(raw), e)
        }
    };
    guard(0, || {
        let (code, description) = match status {
            Some(s) => (s.code(), s.describe().to_str().unwrap_or("")),
            None => ("unknown", "unknown status"),
        };
        if e.line > 0 {
            let _ = write!(w, "{}:{}: ", e.line, e.column);
        }
        let _ = write!(w, "error[{code}]: {description}");
        if e.line > 0 || e.offset > 0 {
            let _ = write!(w, " (byte {})", e.offset);
        }
        if !e.detail.ptr.is_null() {
            // SAFETY: a non-NULL detail was set by this library to a static string.
            let detail =
                unsafe { std::slice::from_raw_parts(e.detail.ptr.cast::<u8>(), e.detail.len) };
            let _ = write!(w, " [{}]", String::from_utf8_lossy(detail));
        }
        w.finish()
    })
}

/// The library version, `MAJOR.MINOR.PATCH` (static, NUL-terminated). Compare with the header's
/// `KAMERVRAAG_VERSION_*` macros to detect a header/library mismatch.
#[unsafe(no_mangle)]
pub extern "C" fn kv_version() -> *const c_char {
    const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}
