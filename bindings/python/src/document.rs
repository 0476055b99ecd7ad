//! `kamervraag.Document`: the parsed document, whose attributes become Python objects on first access.
//!
//! A parse keeps the core's borrowed `Document` together with a private copy of the text it borrows from
//! (a [`Parsed`] cell), and `parse()` returns as soon as that is wrapped: no attribute is converted until
//! it is read. Each attribute is built once, on first access, and kept, so `doc.questions is
//! doc.questions`. A `Document` made with the constructor (or unpickled) holds its values from the start.
//! To the caller both behave the same: immutable, equal by value, hashable, picklable.

use kamervraag as kv;
use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};
use serde::Serialize;

use crate::convert;
use crate::records::{Page, plain, short_repr};

self_cell::self_cell!(
    /// A core document together with the text it borrows from.
    pub(crate) struct Parsed {
        owner: Box<str>,
        #[covariant]
        dependent: CoreDocument,
    }
);

/// The core document type, named for [`Parsed`].
type CoreDocument<'a> = kv::Document<'a>;

/// Generates `Document` with one lazily built attribute per field: `$build` turns the core document `$d`
/// into the field's Python value (`$py` is the interpreter token).
macro_rules! document {
    (
        $name:ident |$py:ident, $d:ident|
        $( $(#[$fmeta:meta])* $field:ident : $ty:ty => $build:expr ),* $(,)?
    ) => {
        /// The fields in the data model's order; the index into `Document::values`.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum Field { $($field),* }

        impl Field {
            /// Every field, in order.
            const ALL: &[Field] = &[$(Field::$field),*];

            /// The field's name: the attribute and the data model's key.
            fn name(self) -> &'static str {
                match self { $(Field::$field => stringify!($field)),* }
            }

            /// The field's Python value, built from the core document (spans already in code points).
            fn build($py: Python<'_>, $d: &kv::Document<'_>, field: Field) -> PyResult<Py<PyAny>> {
                match field { $(Field::$field => $build),* }
            }
        }

        /// A parsed Kamervraag, answer or notice. Attributes follow `docs/data-model.md`; lists are tuples.
        #[pyclass(frozen, module = "kamervraag")]
        pub struct $name {
            /// The parse the values are built from; `None` when every value was given to the constructor.
            source: Option<Parsed>,
            /// Each field's value, set on first access (or by the constructor).
            values: [PyOnceLock<Py<PyAny>>; Field::ALL.len()],
        }

        #[pymethods]
        impl $name {
            #[new]
            #[pyo3(signature = ($($field),*))]
            #[allow(clippy::too_many_arguments)]
            fn py_new(py: Python<'_>, $($field: $ty),*) -> PyResult<Self> {
                let document = $name { source: None, values: std::array::from_fn(|_| PyOnceLock::new()) };
                $( document.values[Field::$field as usize]
                    .set(py, $field.into_py_any(py)?)
                    .expect("a new document has no values"); )*
                Ok(document)
            }

            $(
                $(#[$fmeta])*
                #[getter]
                fn $field(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                    self.value(py, Field::$field)
                }
            )*

            fn __eq__(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
                let py = slf.py();
                if slf.is(other) {
                    return true.into_py_any(py);
                }
                match other.cast::<Self>() {
                    Ok(other) => slf
                        .get()
                        .key(py)?
                        .eq(other.get().key(py)?)?
                        .into_py_any(py),
                    Err(_) => Ok(py.NotImplemented()),
                }
            }

            fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
                self.key(py)?.hash()
            }

            /// Pickle support: the class and the constructor's arguments.
            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
                Ok((slf.get_type(), slf.get().key(slf.py())?))
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let parts = REPR_FIELDS
                    .iter()
                    .map(|&f| {
                        let value = self.value(py, f)?.into_bound(py);
                        Ok(format!("{}={}", f.name(), short_repr(&value)?))
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Ok(format!("Document({})", parts.join(", ")))
            }

            /// The data model's JSON shape: a dict with every key, spans as `[start, end]` lists (code points),
            /// dates as ISO strings, lists as lists.
            #[pyo3(name = "to_dict")]
            fn py_to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                self.to_dict(py)
            }

            /// The document as JSON text, in the data model's shape (spans in code points). `indent` as in
            /// `json.dumps`; without it the output is compact, like the command-line tool's.
            #[pyo3(signature = (*, indent = None))]
            fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
                if let Some(parsed) = &self.source {
                    return py.detach(|| serialize(parsed.borrow_dependent(), indent));
                }
                static DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
                let dumps = DUMPS.import(py, "json", "dumps")?;
                let kwargs = PyDict::new(py);
                kwargs.set_item("ensure_ascii", false)?;
                match indent {
                    Some(n) => kwargs.set_item("indent", n)?,
                    None => kwargs.set_item("separators", (",", ":"))?,
                }
                dumps.call((self.to_dict(py)?,), Some(&kwargs))?.extract()
            }
        }
    };
}

document! {
    Document |py, d|
    /// `questions`, `answer` or `notice`.
    kind: Py<PyString> => convert::name(py, d.kind.as_str()),
    /// `tweedemonitor`, `publication`, `original`, `webpage` or `plain`.
    format: Py<PyString> => convert::name(py, d.format.as_str()),
    /// The zaak of the questions (`2024Z17972`), or `None`.
    zaaknummer: Option<Py<PyString>> => d.zaaknummer.as_deref().into_py_any(py),
    /// The publication identifier printed in the text, or `None`.
    document_id: Option<Py<PyString>> => d.document_id.as_deref().into_py_any(py),
    /// The Aanhangsel number, or `None`.
    aanhangsel: Option<u32> => d.aanhangsel.into_py_any(py),
    /// The document's own session year (`2024-2025`), or `None`.
    vergaderjaar: Option<Py<PyString>> => d.vergaderjaar.as_deref().into_py_any(py),
    /// Page title where the rendering has one, or `None`.
    title: Option<Py<PyString>> => d.title.as_deref().into_py_any(py),
    /// True for Mondelinge vragen.
    oral: bool => d.oral.into_py_any(py),
    /// Who asked, in order.
    submitters: Py<PyTuple> => convert::tuple(py, &d.submitters, convert::person),
    /// To whom, in order.
    addressees: Py<PyTuple> => convert::tuple(py, &d.addressees, convert::office),
    /// What the questions are about, or `None`.
    subject: Option<Py<PyString>> => d.subject.as_deref().into_py_any(py),
    /// `(ingezonden …)` as a `datetime.date`, or `None`.
    submitted: Option<Py<PyAny>> => convert::date(py, d.submitted),
    /// Who answered or sent the notice.
    responders: Py<PyTuple> => convert::tuple(py, &d.responders, convert::responder),
    /// `mede namens …`.
    co_responders: Py<PyTuple> => convert::tuple(py, &d.co_responders, convert::office),
    /// `(ontvangen …)` as a `datetime.date`, or `None`.
    received: Option<Py<PyAny>> => convert::date(py, d.received),
    /// Publication date printed on the page, or `None`.
    published: Option<Py<PyAny>> => convert::date(py, d.published),
    /// The questions in document order.
    questions: Py<PyTuple> => convert::tuple(py, &d.questions, convert::block),
    /// The answers in document order.
    answers: Py<PyTuple> => convert::tuple(py, &d.answers, convert::block),
    /// The notes in document order.
    footnotes: Py<PyTuple> => convert::tuple(py, &d.footnotes, convert::footnote),
    /// The `Toelichting`, or `None`.
    explanation: Option<Py<PyString>> => d.explanation.as_deref().into_py_any(py),
    /// The prose of a Mededeling, or `None`.
    notice: Option<Py<PyString>> => d.notice.as_deref().into_py_any(py),
    /// Every identifier found anywhere.
    references: Py<PyTuple> => convert::tuple(py, &d.references, convert::reference),
    /// Site metadata (Tweedemonitor), or `None`.
    page: Option<Py<Page>> => convert::page(py, d.page.as_ref()),
    /// What was noticed but tolerated.
    diagnostics: Py<PyTuple> => convert::tuple(py, &d.diagnostics, convert::diagnostic),
}

/// A parsed document as JSON text, written by serde straight from the core document (whose spans are
/// already code points): the same text as `json.dumps(to_dict(), ensure_ascii=False, …)`, without
/// building the Python objects.
fn serialize(doc: &kv::Document<'_>, indent: Option<usize>) -> PyResult<String> {
    let written = match indent {
        None => serde_json::to_vec(doc),
        Some(n) => {
            let spaces = vec![b' '; n];
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(&spaces);
            let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
            doc.serialize(&mut serializer).map(|()| out)
        }
    };
    let bytes = written.map_err(|e| PyValueError::new_err(format!("cannot write JSON: {e}")))?;
    String::from_utf8(bytes).map_err(|e| PyValueError::new_err(format!("cannot write JSON: {e}")))
}

/// The fields shown by `__repr__`.
const REPR_FIELDS: [Field; 7] = [
    Field::kind,
    Field::format,
    Field::zaaknummer,
    Field::submitters,
    Field::subject,
    Field::questions,
    Field::answers,
];

impl Document {
    /// A document over a finished parse; its attributes are built when first read.
    pub(crate) fn parsed(parsed: Parsed) -> Self {
        Document {
            source: Some(parsed),
            values: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }

    /// The value of `field`, built from the parse on first access.
    fn value(&self, py: Python<'_>, field: Field) -> PyResult<Py<PyAny>> {
        self.values[field as usize]
            .get_or_try_init(py, || match &self.source {
                Some(parsed) => Field::build(py, parsed.borrow_dependent(), field),
                None => unreachable!("a constructed document has every value"),
            })
            .map(|value| value.clone_ref(py))
    }

    /// Every field value in order: the constructor's arguments.
    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let values = Field::ALL
            .iter()
            .map(|&f| self.value(py, f))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, values)
    }

    /// The data model's JSON shape as a dict.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        static KEYS: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
        let keys = KEYS.get_or_init(py, || {
            let keys = Field::ALL.iter().map(|f| PyString::intern(py, f.name()));
            keys.map(Bound::unbind).collect()
        });
        let dict = PyDict::new(py);
        for (&field, key) in Field::ALL.iter().zip(keys) {
            let value = self.value(py, field)?.into_bound(py);
            dict.set_item(key, plain(&value)?)?;
        }
        Ok(dict)
    }
}
