//! `kamervraag._kamervraag`: the compiled half of the `kamervraag` Python package.
//!
//! Parsing runs with the GIL released (the interpreter is detached), and `parse_many` parses on several
//! threads. Spans are turned from byte offsets into code-point offsets right after the parse, so that
//! `source[span.start:span.end]` is right in Python; the Python objects of a `Document`'s attributes are
//! built when first read (see `document.rs`). Errors are raised as
//! `kamervraag.ParseError` (defined in Python, in `kamervraag/_errors.py`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};

use kamervraag as kv;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyType};

mod convert;
mod document;
mod records;

use document::{Document, Parsed};
use records::{Block, Diagnostic, Footnote, Office, Page, Person, Reference, Responder, Span};

/// One input document, borrowed from a Python `str` or `bytes`.
#[derive(Clone, Copy)]
enum Input<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// A failed parse, ready to become a `kamervraag.ParseError` once the GIL is held again.
struct Failure {
    kind: &'static str,
    message: String,
    expected: Option<&'static str>,
    /// Code points into the text; bytes for `invalid-utf8`.
    offset: usize,
    line: usize,
    column: usize,
    /// The compiler-style report (`name:line:column: error[kind]: message` and the line with a caret).
    report: String,
}

impl Failure {
    fn new(err: &kv::ParseError, name: &str, text: &str, offset: usize) -> Self {
        Failure {
            kind: err.kind.code(),
            message: err.message.clone(),
            expected: err.expected,
            offset,
            line: err.line,
            column: err.column,
            report: err.render(name, text).trim_end().to_owned(),
        }
    }

    /// The `kamervraag.ParseError` instance for this failure.
    fn to_exception<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static PARSE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        let class = PARSE_ERROR.import(py, "kamervraag._errors", "ParseError")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("kind", self.kind)?;
        kwargs.set_item("message", &self.message)?;
        kwargs.set_item("offset", self.offset)?;
        kwargs.set_item("line", self.line)?;
        kwargs.set_item("column", self.column)?;
        kwargs.set_item("expected", self.expected)?;
        class.call((&self.report,), Some(&kwargs))
    }

    fn to_err(&self, py: Python<'_>) -> PyErr {
        match self.to_exception(py) {
            Ok(exc) => PyErr::from_value(exc),
            Err(e) => e,
        }
    }
}

/// Parse one input (without the GIL) into a private copy of its text, with spans in code points.
fn parse_one(parser: kv::Parser, input: Input<'_>, name: &str) -> Result<Parsed, Failure> {
    let text = match input {
        Input::Text(text) => text,
        Input::Bytes(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                return Err(match parser.parse_bytes(bytes) {
                    Err(err) => Failure::new(&err, name, valid, err.span.start),
                    Ok(_) => internal(name),
                });
            }
        },
    };
    let parsed = catch_unwind(AssertUnwindSafe(|| {
        Parsed::try_new(Box::from(text), |text| match parser.parse(text) {
            Ok(mut doc) => {
                convert::spans_to_code_points(&mut doc, text);
                Ok(doc)
            }
            Err(err) => Err(Failure::new(
                &err,
                name,
                text,
                convert::code_point_offset(text, err.span.start),
            )),
        })
    }));
    // A panic's own message went to stderr through the panic hook; the caller gets a ParseError.
    parsed.unwrap_or_else(|_| Err(internal(name)))
}

/// A failure of kind `internal`: the parser itself failed (a bug), reported instead of a panic.
fn internal(name: &str) -> Failure {
    let message =
        "the parser failed on this input: this is a bug in kamervraag, please report it with \
                   the input"
            .to_owned();
    Failure {
        kind: "internal",
        report: format!("{name}:1:1: error[internal]: {message}"),
        message,
        expected: None,
        offset: 0,
        line: 1,
        column: 1,
    }
}

/// Parse a single input with the GIL released and build the Python document.
fn parse_input(
    py: Python<'_>,
    input: Input<'_>,
    strict: bool,
    name: &str,
) -> PyResult<Py<Document>> {
    let parser = kv::Parser::new().strict(strict);
    match py.detach(|| parse_one(parser, input, name)) {
        Ok(parsed) => Py::new(py, Document::parsed(parsed)),
        Err(failure) => Err(failure.to_err(py)),
    }
}

/// Parse a Kamervraag, answer or notice.
///
/// Spans in the result are code-point offsets into `text`. Raises `ParseError` when the text is not a
/// Kamervraag, or (with `strict=True`) at the first deviation from the grammar. `name` is used in the
/// error report.
#[pyfunction]
#[pyo3(signature = (text, *, strict = false, name = "<string>"))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    strict: bool,
    name: &str,
) -> PyResult<Py<Document>> {
    parse_input(py, Input::Text(text.to_str()?), strict, name)
}

/// For `benches/python_vs_re.py` only: the seconds `repeat` Rust parses of `text` take, without building
/// any Python object, so that the binding's own overhead can be measured against it.
#[pyfunction]
fn _rust_parse_seconds(py: Python<'_>, text: &Bound<'_, PyString>, repeat: usize) -> PyResult<f64> {
    let text = text.to_str()?;
    Ok(py.detach(|| {
        let start = std::time::Instant::now();
        for _ in 0..repeat {
            let _ = std::hint::black_box(kamervraag::parse(std::hint::black_box(text)));
        }
        start.elapsed().as_secs_f64()
    }))
}

/// Parse UTF-8 bytes (a leading BOM is accepted).
///
/// Spans are code-point offsets into `data.decode("utf-8")` (the BOM, if any, is its first character).
/// Invalid UTF-8 raises `ParseError` of kind `invalid-utf8` whose `offset` is the offset of the first bad
/// byte.
#[pyfunction]
#[pyo3(signature = (data, *, strict = false, name = "<bytes>"))]
fn parse_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    strict: bool,
    name: &str,
) -> PyResult<Py<Document>> {
    parse_input(py, Input::Bytes(data.as_bytes()), strict, name)
}

/// Parse every input on up to `threads` threads, detached from the interpreter, keeping the input
/// order. Each worker takes the next unparsed input until none is left, so long and short documents
/// spread evenly; with one thread (or one input) the calling thread parses them itself.
fn parse_all(
    py: Python<'_>,
    parser: kv::Parser,
    inputs: &[Input<'_>],
    threads: usize,
) -> Vec<Result<Parsed, Failure>> {
    let name = |i: usize| format!("<input {i}>");
    let threads = threads.min(inputs.len());
    py.detach(|| {
        if threads <= 1 {
            return inputs
                .iter()
                .enumerate()
                .map(|(i, &input)| parse_one(parser, input, &name(i)))
                .collect();
        }
        let next = AtomicUsize::new(0);
        let worker = || {
            let mut done = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&input) = inputs.get(i) else {
                    return done;
                };
                done.push((i, parse_one(parser, input, &name(i))));
            }
        };
        let mut slots: Vec<Option<Result<Parsed, Failure>>> = inputs.iter().map(|_| None).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
            for handle in workers {
                // parse_one catches panics, so a worker only ends by running out of inputs.
                for (i, result) in handle.join().expect("a parse worker panicked") {
                    slots[i] = Some(result);
                }
            }
        });
        slots
            .into_iter()
            .map(|slot| slot.expect("every input is parsed by exactly one worker"))
            .collect()
    })
}

/// Parse many documents in parallel, with the GIL released.
///
/// `texts` is an iterable of `str` or `bytes`. `threads` parser threads (default: the number of cores) work
/// without the GIL; each document's attributes are built when first read, as with `parse()`. With
/// `errors="raise"` the first failed document (in input order) raises its `ParseError`; with
/// `errors="return"` a failed document's `ParseError` takes its place in the result. Errors name the input
/// as `<input N>` (N counted from 0).
#[pyfunction]
#[pyo3(signature = (texts, *, strict = false, threads = None, errors = "raise"))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    strict: bool,
    threads: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let return_errors = match errors {
        "raise" => false,
        "return" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"raise\" or \"return\", not {other:?}"
            )));
        }
    };
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "parse_many() takes an iterable of documents, not a single str or bytes: use parse()",
        ));
    }
    let objects = texts.try_iter()?.collect::<PyResult<Vec<_>>>()?;
    let inputs = objects
        .iter()
        .enumerate()
        .map(|(i, obj)| {
            if let Ok(s) = obj.cast::<PyString>() {
                Ok(Input::Text(s.to_str()?))
            } else if let Ok(b) = obj.cast::<PyBytes>() {
                Ok(Input::Bytes(b.as_bytes()))
            } else {
                let type_name = obj.get_type().name()?;
                Err(PyTypeError::new_err(format!(
                    "parse_many() item {i} is {type_name}, expected str or bytes"
                )))
            }
        })
        .collect::<PyResult<Vec<_>>>()?;
    let parser = kv::Parser::new().strict(strict);
    let results = parse_all(py, parser, &inputs, threads);
    if !return_errors {
        if let Some(Err(failure)) = results.iter().find(|r| r.is_err()) {
            return Err(failure.to_err(py));
        }
    }
    let items = results
        .into_iter()
        .map(|result| match result {
            Ok(parsed) => Ok(Bound::new(py, Document::parsed(parsed))?.into_any()),
            Err(failure) => failure.to_exception(py),
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// The compiled module. Everything here is immutable or initialised once, so it runs without the GIL on
/// free-threaded Python.
#[pymodule(gil_used = false)]
fn _kamervraag(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Document>()?;
    m.add_class::<Person>()?;
    m.add_class::<Office>()?;
    m.add_class::<Responder>()?;
    m.add_class::<Block>()?;
    m.add_class::<Footnote>()?;
    m.add_class::<Reference>()?;
    m.add_class::<Page>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Span>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_parse_seconds, m)?)?;
    Ok(())
}
