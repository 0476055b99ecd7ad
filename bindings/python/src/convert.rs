//! From the core's borrowed `Document` to Python values, one field at a time, and from byte offsets to
//! code points.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use kamervraag as kv;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::records::{
    Block, Diagnostic, Footnote, Office, Page, Person, Reference, Responder, Span, date_type,
};

/// True for a byte that starts a UTF-8 sequence (not a continuation byte).
#[inline]
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The number of bytes in `bytes` that start a character. Blocks of 255 bytes are summed in `u8` lanes,
/// which the compiler turns into vector adds.
fn count_char_starts(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(starts_char(b)))) as usize
        })
        .sum()
}

/// The number of code points in `text[..offset]` (offset clamped; a non-boundary offset counts the
/// character it falls inside).
pub(crate) fn code_point_offset(text: &str, offset: usize) -> usize {
    count_char_starts(&text.as_bytes()[..offset.min(text.len())])
}

/// Rewrite every span of `doc` from byte offsets to code-point offsets, in one pass over `text`.
///
/// The offsets are collected, sorted and mapped by walking the text once; ASCII text needs no work.
pub(crate) fn spans_to_code_points(doc: &mut kv::Document<'_>, text: &str) {
    if text.is_ascii() {
        return;
    }
    let mut offsets: Vec<usize> = Vec::new();
    for_each_span(doc, |s| offsets.extend([s.start, s.end]));
    if offsets.is_empty() {
        return;
    }
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = text.as_bytes();
    let (mut pos, mut count) = (0usize, 0usize);
    let mapped: Vec<usize> = offsets
        .iter()
        .map(|&off| {
            let off = off.min(bytes.len());
            count += count_char_starts(&bytes[pos..off]);
            pos = off;
            count
        })
        .collect();
    let map = |byte: usize| offsets.binary_search(&byte).map_or(byte, |i| mapped[i]);
    for_each_span(doc, |s| *s = kv::Span::new(map(s.start), map(s.end)));
}

/// Call `f` on every span in the document.
fn for_each_span(doc: &mut kv::Document<'_>, mut f: impl FnMut(&mut kv::Span)) {
    doc.questions
        .iter_mut()
        .chain(doc.answers.iter_mut())
        .for_each(|b| f(&mut b.span));
    doc.footnotes.iter_mut().for_each(|n| f(&mut n.span));
    doc.references.iter_mut().for_each(|r| f(&mut r.span));
    doc.diagnostics.iter_mut().for_each(|d| f(&mut d.span));
}

fn string(py: Python<'_>, s: &str) -> Py<PyString> {
    PyString::new(py, s).unbind()
}

fn opt_string(py: Python<'_>, s: &Option<Cow<'_, str>>) -> Option<Py<PyString>> {
    s.as_ref().map(|s| string(py, s))
}

/// A name from a fixed vocabulary (a kind, format, severity or code), interned: one object for all.
pub(crate) fn name(py: Python<'_>, s: &str) -> PyResult<Py<PyAny>> {
    Ok(PyString::intern(py, s).into_any().unbind())
}

/// A tuple of `f` applied to every item.
pub(crate) fn tuple<T>(
    py: Python<'_>,
    items: &[T],
    f: impl Fn(Python<'_>, &T) -> PyResult<Py<PyAny>>,
) -> PyResult<Py<PyAny>> {
    let items = items
        .iter()
        .map(|item| f(py, item))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyTuple::new(py, items)?.into_any().unbind())
}

fn ints(py: Python<'_>, items: &[u32]) -> PyResult<Py<PyTuple>> {
    Ok(PyTuple::new(py, items)?.unbind())
}

fn strings(py: Python<'_>, items: &[Cow<'_, str>]) -> PyResult<Py<PyTuple>> {
    Ok(PyTuple::new(py, items.iter().map(|s| PyString::new(py, s)))?.unbind())
}

/// A `datetime.date`, or `None`.
pub(crate) fn date(py: Python<'_>, d: Option<NaiveDate>) -> PyResult<Py<PyAny>> {
    match d {
        Some(d) => Ok(date_type(py)?
            .call1((d.year(), d.month(), d.day()))?
            .unbind()),
        None => Ok(py.None()),
    }
}

fn span(py: Python<'_>, s: kv::Span) -> PyResult<Py<Span>> {
    Py::new(
        py,
        Span {
            start: s.start,
            end: s.end,
        },
    )
}

fn new_person(py: Python<'_>, p: &kv::Person<'_>) -> PyResult<Py<Person>> {
    Py::new(
        py,
        Person {
            name: string(py, &p.name),
            party: opt_string(py, &p.party),
        },
    )
}

pub(crate) fn person(py: Python<'_>, p: &kv::Person<'_>) -> PyResult<Py<PyAny>> {
    Ok(new_person(py, p)?.into_any())
}

pub(crate) fn office(py: Python<'_>, o: &kv::Office<'_>) -> PyResult<Py<PyAny>> {
    let office = Office {
        office: string(py, &o.office),
        portfolio: opt_string(py, &o.portfolio),
    };
    Ok(Py::new(py, office)?.into_any())
}

pub(crate) fn responder(py: Python<'_>, r: &kv::Responder<'_>) -> PyResult<Py<PyAny>> {
    let responder = Responder {
        office: string(py, &r.office),
        name: opt_string(py, &r.name),
        portfolio: opt_string(py, &r.portfolio),
    };
    Ok(Py::new(py, responder)?.into_any())
}

pub(crate) fn block(py: Python<'_>, b: &kv::Block<'_>) -> PyResult<Py<PyAny>> {
    let block = Block {
        numbers: ints(py, &b.numbers)?,
        label: opt_string(py, &b.label),
        text: string(py, &b.text),
        footnotes: ints(py, &b.footnotes)?,
        span: span(py, b.span)?,
    };
    Ok(Py::new(py, block)?.into_any())
}

pub(crate) fn footnote(py: Python<'_>, n: &kv::Footnote<'_>) -> PyResult<Py<PyAny>> {
    let note = Footnote {
        number: n.number,
        text: string(py, &n.text),
        urls: strings(py, &n.urls)?,
        span: span(py, n.span)?,
    };
    Ok(Py::new(py, note)?.into_any())
}

pub(crate) fn reference(py: Python<'_>, r: &kv::Reference<'_>) -> PyResult<Py<PyAny>> {
    let reference = Reference {
        kind: PyString::intern(py, r.kind.as_str()).unbind(),
        id: string(py, &r.id),
        span: span(py, r.span)?,
    };
    Ok(Py::new(py, reference)?.into_any())
}

pub(crate) fn diagnostic(py: Python<'_>, g: &kv::Diagnostic) -> PyResult<Py<PyAny>> {
    let severity = match g.severity {
        kv::Severity::Warning => "warning",
        kv::Severity::Error => "error",
    };
    let diagnostic = Diagnostic {
        severity: PyString::intern(py, severity).unbind(),
        code: PyString::intern(py, g.code).unbind(),
        message: string(py, &g.message),
        span: span(py, g.span)?,
    };
    Ok(Py::new(py, diagnostic)?.into_any())
}

/// The site metadata, or `None`.
pub(crate) fn page(py: Python<'_>, p: Option<&kv::Page<'_>>) -> PyResult<Py<PyAny>> {
    let Some(p) = p else { return Ok(py.None()) };
    let page = Page {
        keywords: strings(py, &p.keywords)?,
        indiener: p.indiener.as_ref().map(|x| new_person(py, x)).transpose()?,
        gericht: p.gericht.as_ref().map(|x| new_person(py, x)).transpose()?,
        views: p.views,
        related: strings(py, &p.related)?,
    };
    Ok(Py::new(py, page)?.into_any())
}
