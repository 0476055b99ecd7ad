//! kamervraag benchmarks (divan). Run with `cargo bench` or `make bench`; `make bench-report` turns the
//! output into the table in `benches/README.md`.
//!
//! Groups:
//! - `throughput`: `parse` on each dialect's document and on a generated 60-question answer, with bytes/s
//!   and documents/s; `utf8` is `std::str::from_utf8` over the same bytes, the floor the parser is
//!   compared against (`benches/report.py` prints the ratio).
//! - `scaling`: one answer document with many questions, and a batch of concatenated documents parsed one
//!   by one, at 10 KB, 100 KB, 1 MB and 10 MB, each with its UTF-8 baseline.
//! - `bindings`: the cost of each binding layer (C ABI) over the Rust API on the same documents.
//!
//! Every parse is timed together with dropping its result, as a caller pays for both.

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use kamervraag_benches::{DOCUMENT_NAMES, answer_document_of_size, batch_of_size, document};

fn main() {
    divan::main();
}

/// Input sizes of the `scaling` group, in bytes.
const SIZES: &[usize] = &[10_000, 100_000, 1_000_000, 10_000_000];

mod throughput {
    use super::*;

    /// Parse one document (and drop the result).
    #[divan::bench(args = DOCUMENT_NAMES)]
    fn parse(bencher: Bencher, name: &str) {
        let text = document(name);
        bencher
            .counter(BytesCount::of_str(text))
            .counter(ItemsCount::new(1usize))
            .bench(|| {
                drop(black_box(kamervraag::parse(black_box(text))));
            });
    }

    /// Baseline: validate the same bytes as UTF-8.
    #[divan::bench(args = DOCUMENT_NAMES)]
    fn utf8(bencher: Bencher, name: &str) {
        let bytes = document(name).as_bytes();
        bencher
            .counter(BytesCount::new(bytes.len()))
            .counter(ItemsCount::new(1usize))
            .bench(|| std::str::from_utf8(black_box(bytes)).is_ok());
    }
}

#[divan::bench_group(max_time = 3)]
mod scaling {
    use super::*;

    /// One answer document with as many questions as fit the size.
    #[divan::bench(args = SIZES)]
    fn document_parse(bencher: Bencher, size: usize) {
        let text = answer_document_of_size(size);
        bencher
            .counter(BytesCount::of_str(&text))
            .counter(ItemsCount::new(1usize))
            .bench(|| {
                drop(black_box(kamervraag::parse(black_box(&text))));
            });
    }

    /// Baseline for `document_parse`: UTF-8 validation of the same bytes.
    #[divan::bench(args = SIZES)]
    fn document_utf8(bencher: Bencher, size: usize) {
        let text = answer_document_of_size(size);
        bencher
            .counter(BytesCount::of_str(&text))
            .counter(ItemsCount::new(1usize))
            .bench(|| std::str::from_utf8(black_box(text.as_bytes())).is_ok());
    }

    /// The dialect documents back to back, each parsed on its own.
    #[divan::bench(args = SIZES)]
    fn batch_parse(bencher: Bencher, size: usize) {
        let batch = batch_of_size(size);
        bencher
            .counter(BytesCount::of_str(&batch.text))
            .counter(ItemsCount::new(batch.documents.len()))
            .bench(|| {
                for text in batch.iter() {
                    drop(black_box(kamervraag::parse(black_box(text))));
                }
            });
    }

    /// Baseline for `batch_parse`: UTF-8 validation of each document.
    #[divan::bench(args = SIZES)]
    fn batch_utf8(bencher: Bencher, size: usize) {
        let batch = batch_of_size(size);
        bencher
            .counter(BytesCount::of_str(&batch.text))
            .counter(ItemsCount::new(batch.documents.len()))
            .bench(|| {
                batch
                    .iter()
                    .filter(|t| std::str::from_utf8(black_box(t.as_bytes())).is_ok())
                    .count()
            });
    }
}

/// Binding overheads on the same documents: `rust` is the reference and every binding layer adds its
/// own bench here, over the same inputs (`BINDING_INPUTS`), so that `benches/report.py` can put the
/// ratio to `rust` in the report.
///
/// - `c_abi`: `kv_parse` + `kv_document_free` of `kamervraag-ffi` (bindings/c), called through Rust,
///   borrowing the caller's buffer; `c_abi_copy` with `KV_PARSE_COPY`.
/// - Python: measured by `benches/python_vs_re.py` (bindings/python), outside this binary.
mod bindings {
    use std::mem::MaybeUninit;
    use std::ptr;

    use kamervraag_ffi::{
        KV_PARSE_COPY, kv_document, kv_document_free, kv_error, kv_parse, kv_status,
    };

    use super::*;

    /// The documents every binding row is measured on.
    const BINDING_INPUTS: &[&str] = &["ah-tk", "ah-tk-60q"];

    /// The Rust API, the reference for the binding rows.
    #[divan::bench(args = BINDING_INPUTS)]
    fn rust(bencher: Bencher, name: &str) {
        let text = document(name);
        bencher
            .counter(BytesCount::of_str(text))
            .counter(ItemsCount::new(1usize))
            .bench(|| {
                drop(black_box(kamervraag::parse(black_box(text))));
            });
    }

    /// One `kv_parse` and `kv_document_free` round trip, as a C caller makes it.
    fn c_round_trip(text: &str, flags: u32) {
        let mut doc: *mut kv_document = ptr::null_mut();
        let mut err = MaybeUninit::<kv_error>::uninit();
        // SAFETY: `text` is `text.len()` readable bytes that outlive the document; `doc` and `err` are
        // writable locations; the document is freed once, before `text` goes out of scope.
        let status = unsafe {
            kv_parse(
                text.as_ptr().cast(),
                text.len(),
                flags,
                &mut doc,
                err.as_mut_ptr(),
            )
        };
        debug_assert!(status == kv_status::KV_OK || doc.is_null());
        black_box(&doc);
        // SAFETY: `doc` is NULL or came from `kv_parse` and is freed exactly once.
        unsafe { kv_document_free(doc) };
    }

    /// The C ABI, borrowing the caller's buffer.
    #[divan::bench(args = BINDING_INPUTS)]
    fn c_abi(bencher: Bencher, name: &str) {
        let text = document(name);
        bencher
            .counter(BytesCount::of_str(text))
            .counter(ItemsCount::new(1usize))
            .bench(|| c_round_trip(black_box(text), 0));
    }

    /// The C ABI with `KV_PARSE_COPY`: the document copies the input first.
    #[divan::bench(args = BINDING_INPUTS)]
    fn c_abi_copy(bencher: Bencher, name: &str) {
        let text = document(name);
        bencher
            .counter(BytesCount::of_str(text))
            .counter(ItemsCount::new(1usize))
            .bench(|| c_round_trip(black_box(text), KV_PARSE_COPY));
    }
}
