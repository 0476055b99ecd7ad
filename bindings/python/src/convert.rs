//! From the core's borrowed `Document` to the Python classes, and from byte offsets to code points.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use kamervraag as kv;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::records::{
    Block, Diagnostic, Document, Footnote, Office, Page, Person, Reference, Responder, Span,
    date_type,
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

fn tuple<T>(
    py: Python<'_>,
    items: &[T],
    f: impl Fn(&T) -> PyResult<Py<PyAny>>,
) -> PyResult<Py<PyTuple>> {
    let items = items.iter().map(f).collect::<PyResult<Vec<_>>>()?;
    Ok(PyTuple::new(py, items)?.unbind())
}

fn ints(py: Python<'_>, items: &[u32]) -> PyResult<Py<PyTuple>> {
    Ok(PyTuple::new(py, items)?.unbind())
}

fn strings(py: Python<'_>, items: &[Cow<'_, str>]) -> PyResult<Py<PyTuple>> {
    Ok(PyTuple::new(py, items.iter().map(|s| PyString::new(py, s)))?.unbind())
}

fn date(py: Python<'_>, d: Option<NaiveDate>) -> PyResult<Option<Py<PyAny>>> {
    d.map(|d| {
        Ok(date_type(py)?
            .call1((d.year(), d.month(), d.day()))?
            .unbind())
    })
    .transpose()
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

fn person(py: Python<'_>, p: &kv::Person<'_>) -> PyResult<Py<Person>> {
    Py::new(
        py,
        Person {
            name: string(py, &p.name),
            party: opt_string(py, &p.party),
        },
    )
}

fn office(py: Python<'_>, o: &kv::Office<'_>) -> PyResult<Py<PyAny>> {
    Ok(Py::new(
        py,
        Office {
            office: string(py, &o.office),
            portfolio: opt_string(py, &o.portfolio),
        },
    )?
    .into_any())
}

fn block(py: Python<'_>, b: &kv::Block<'_>) -> PyResult<Py<PyAny>> {
    let block = Block {
        numbers: ints(py, &b.numbers)?,
        label: opt_string(py, &b.label),
        text: string(py, &b.text),
        footnotes: ints(py, &b.footnotes)?,
        span: span(py, b.span)?,
    };
    Ok(Py::new(py, block)?.into_any())
}

/// Build the Python `Document` from a core document whose spans are already in code points.
pub(crate) fn document(py: Python<'_>, d: &kv::Document<'_>) -> PyResult<Py<Document>> {
    let page = match &d.page {
        Some(p) => Some(Py::new(
            py,
            Page {
                keywords: strings(py, &p.keywords)?,
                indiener: p.indiener.as_ref().map(|x| person(py, x)).transpose()?,
                gericht: p.gericht.as_ref().map(|x| person(py, x)).transpose()?,
                views: p.views,
                related: strings(py, &p.related)?,
            },
        )?),
        None => None,
    };
    let doc = Document {
        kind: PyString::new(py, d.kind.as_str()).unbind(),
        format: PyString::new(py, d.format.as_str()).unbind(),
        zaaknummer: opt_string(py, &d.zaaknummer),
        document_id: opt_string(py, &d.document_id),
        aanhangsel: d.aanhangsel,
        vergaderjaar: opt_string(py, &d.vergaderjaar),
        title: opt_string(py, &d.title),
        oral: d.oral,
        submitters: tuple(py, &d.submitters, |p| Ok(person(py, p)?.into_any()))?,
        addressees: tuple(py, &d.addressees, |o| office(py, o))?,
        subject: opt_string(py, &d.subject),
        submitted: date(py, d.submitted)?,
        responders: tuple(py, &d.responders, |r| {
            let responder = Responder {
                office: string(py, &r.office),
                name: opt_string(py, &r.name),
                portfolio: opt_string(py, &r.portfolio),
            };
            Ok(Py::new(py, responder)?.into_any())
        })?,
        co_responders: tuple(py, &d.co_responders, |o| office(py, o))?,
        received: date(py, d.received)?,
        published: date(py, d.published)?,
        questions: tuple(py, &d.questions, |b| block(py, b))?,
        answers: tuple(py, &d.answers, |b| block(py, b))?,
        footnotes: tuple(py, &d.footnotes, |n| {
            let note = Footnote {
                number: n.number,
                text: string(py, &n.text),
                urls: strings(py, &n.urls)?,
                span: span(py, n.span)?,
            };
            Ok(Py::new(py, note)?.into_any())
        })?,
        explanation: opt_string(py, &d.explanation),
        notice: opt_string(py, &d.notice),
        references: tuple(py, &d.references, |r| {
            let reference = Reference {
                kind: PyString::new(py, r.kind.as_str()).unbind(),
                id: string(py, &r.id),
                span: span(py, r.span)?,
            };
            Ok(Py::new(py, reference)?.into_any())
        })?,
        page,
        diagnostics: tuple(py, &d.diagnostics, |g| {
            let severity = match g.severity {
                kv::Severity::Warning => "warning",
                kv::Severity::Error => "error",
            };
            let diagnostic = Diagnostic {
                severity: PyString::new(py, severity).unbind(),
                code: PyString::new(py, g.code).unbind(),
                message: PyString::new(py, &g.message).unbind(),
                span: span(py, g.span)?,
            };
            Ok(Py::new(py, diagnostic)?.into_any())
        })?,
    };
    Py::new(py, doc)
}
