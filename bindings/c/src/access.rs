//! Read access to a parsed document: scalar getters, list counts and indexed item views.
//!
//! Getters return an empty value (`0`, `false`, an absent `kv_str`, a date with `present == false`)
//! when the document is NULL. Item accessors return a `kv_status` and fill `*out`: on
//! `KV_ERR_INDEX` (or any other error) `*out` is set to the empty view.

use std::ptr;

use chrono::{Datelike, NaiveDate};
use kamervraag::{
    Block, Diagnostic, Document, Footnote, Format, Kind, Office, Person, Reference, ReferenceKind,
    Responder, Severity,
};

use crate::{guard, kv_date, kv_document, kv_span, kv_status, kv_str};

/// What kind of document it is. Values are never renumbered.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum kv_kind {
    /// No document (NULL handle).
    #[default]
    KV_KIND_UNKNOWN = 0,
    /// Written or oral questions, without answers.
    KV_KIND_QUESTIONS = 1,
    /// An answer (Antwoord), usually reprinting the questions.
    KV_KIND_ANSWER = 2,
    /// A Mededeling: a delay or withdrawal notice.
    KV_KIND_NOTICE = 3,
}

/// The rendering the text was recognised as. Values are never renumbered.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum kv_format {
    /// No document (NULL handle), or a format newer than this ABI.
    #[default]
    KV_FORMAT_UNKNOWN = 0,
    /// A Tweedemonitor page.
    KV_FORMAT_TWEEDEMONITOR = 1,
    /// officielebekendmakingen text (kv-tk / ah-tk).
    KV_FORMAT_PUBLICATION = 2,
    /// The Tweede Kamer's Word original.
    KV_FORMAT_ORIGINAL = 3,
    /// A tweedekamer.nl detail page.
    KV_FORMAT_WEBPAGE = 4,
    /// Anything else that still reads as a Kamervraag.
    KV_FORMAT_PLAIN = 5,
}

/// The kind of an identifier. Values are never renumbered.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum kv_reference_kind {
    /// A kind newer than this ABI (see `kind_name`), or an empty view.
    #[default]
    KV_REFERENCE_UNKNOWN = 0,
    /// A zaak number, `2019Z15131`.
    KV_REFERENCE_ZAAK = 1,
    /// A document number, `2025D04328`.
    KV_REFERENCE_DOCUMENT = 2,
    /// A Kamerstuk, `21501-32-1703`.
    KV_REFERENCE_KAMERSTUK = 3,
    /// An Aanhangsel Handelingen item, `2024-2025-1028`.
    KV_REFERENCE_AANHANGSEL = 4,
    /// A KOOP publication identifier, `kv-tk-2019Z15244`.
    KV_REFERENCE_PUBLICATION = 5,
    /// A web address.
    KV_REFERENCE_URL = 6,
}

/// How serious a diagnostic is. Values are never renumbered.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum kv_severity {
    /// An empty view.
    #[default]
    KV_SEVERITY_UNKNOWN = 0,
    /// Tolerated deviation; the result is still trustworthy.
    KV_SEVERITY_WARNING = 1,
    /// A part could not be parsed; the corresponding field is missing or partial.
    KV_SEVERITY_ERROR = 2,
}

/// A member of parliament (`Van Ojik (GroenLinks)`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_person {
    /// The name as printed.
    pub name: kv_str,
    /// The party as printed; absent when none.
    pub party: kv_str,
}

/// An office addressed or acting (`minister` van `Financiën`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_office {
    /// The office word, lower-cased.
    pub office: kv_str,
    /// The portfolio; absent when none.
    pub portfolio: kv_str,
}

/// Who answered or sent the notice.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_responder {
    /// The office word, lower-cased.
    pub office: kv_str,
    /// The name as printed; absent when none.
    pub name: kv_str,
    /// The portfolio; absent when none.
    pub portfolio: kv_str,
}

/// One question or answer. The arrays point into the document (NULL when their count is 0).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct kv_block {
    /// The heading as printed (`Vraag 1`), absent when there is none.
    pub label: kv_str,
    /// The clean text.
    pub text: kv_str,
    /// The question numbers the block covers.
    pub numbers: *const u32,
    /// Number of entries in `numbers`.
    pub numbers_count: usize,
    /// The note numbers referenced from the block.
    pub footnotes: *const u32,
    /// Number of entries in `footnotes`.
    pub footnotes_count: usize,
    /// From the label (or first line) to the end of the last line.
    pub span: kv_span,
}

impl Default for kv_block {
    fn default() -> Self {
        kv_block {
            label: kv_str::NONE,
            text: kv_str::NONE,
            numbers: ptr::null(),
            numbers_count: 0,
            footnotes: ptr::null(),
            footnotes_count: 0,
            span: kv_span::default(),
        }
    }
}

/// A footnote. Its URLs are read with `kv_document_footnote_url`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_footnote {
    /// The note number.
    pub number: u32,
    /// The clean text of the note.
    pub text: kv_str,
    /// How many URLs the note holds.
    pub urls_count: usize,
    /// From the number to the end of the note.
    pub span: kv_span,
}

/// An identifier found in the text, normalised.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_reference {
    /// What it identifies.
    pub kind: kv_reference_kind,
    /// The kind's JSON name (`zaak`, `url`, ...), static.
    pub kind_name: kv_str,
    /// The normalised identifier.
    pub id: kv_str,
    /// Where it was printed.
    pub span: kv_span,
}

/// Something the parser noticed and tolerated.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct kv_diagnostic {
    /// How serious it is.
    pub severity: kv_severity,
    /// A stable machine-readable code (`invalid-date`, ...), static.
    pub code: kv_str,
    /// A sentence saying what was found and what was expected.
    pub message: kv_str,
    /// Where.
    pub span: kv_span,
}

// ---- conversions -------------------------------------------------------------------------------

fn person(p: &Person<'_>) -> kv_person {
    kv_person {
        name: kv_str::of(&p.name),
        party: kv_str::of_opt(p.party.as_deref()),
    }
}

fn office(o: &Office<'_>) -> kv_office {
    kv_office {
        office: kv_str::of(&o.office),
        portfolio: kv_str::of_opt(o.portfolio.as_deref()),
    }
}

fn responder(r: &Responder<'_>) -> kv_responder {
    kv_responder {
        office: kv_str::of(&r.office),
        name: kv_str::of_opt(r.name.as_deref()),
        portfolio: kv_str::of_opt(r.portfolio.as_deref()),
    }
}

fn array(v: &[u32]) -> *const u32 {
    if v.is_empty() {
        ptr::null()
    } else {
        v.as_ptr()
    }
}

fn block(b: &Block<'_>) -> kv_block {
    kv_block {
        label: kv_str::of_opt(b.label.as_deref()),
        text: kv_str::of(&b.text),
        numbers: array(&b.numbers),
        numbers_count: b.numbers.len(),
        footnotes: array(&b.footnotes),
        footnotes_count: b.footnotes.len(),
        span: b.span.into(),
    }
}

fn footnote(f: &Footnote<'_>) -> kv_footnote {
    kv_footnote {
        number: f.number,
        text: kv_str::of(&f.text),
        urls_count: f.urls.len(),
        span: f.span.into(),
    }
}

fn reference(r: &Reference<'_>) -> kv_reference {
    let kind = match r.kind {
        ReferenceKind::Zaak => kv_reference_kind::KV_REFERENCE_ZAAK,
        ReferenceKind::Document => kv_reference_kind::KV_REFERENCE_DOCUMENT,
        ReferenceKind::Kamerstuk => kv_reference_kind::KV_REFERENCE_KAMERSTUK,
        ReferenceKind::Aanhangsel => kv_reference_kind::KV_REFERENCE_AANHANGSEL,
        ReferenceKind::Publication => kv_reference_kind::KV_REFERENCE_PUBLICATION,
        ReferenceKind::Url => kv_reference_kind::KV_REFERENCE_URL,
        _ => kv_reference_kind::KV_REFERENCE_UNKNOWN,
    };
    kv_reference {
        kind,
        kind_name: kv_str::of(r.kind.as_str()),
        id: kv_str::of(&r.id),
        span: r.span.into(),
    }
}

fn diagnostic(d: &Diagnostic) -> kv_diagnostic {
    let severity = match d.severity {
        Severity::Warning => kv_severity::KV_SEVERITY_WARNING,
        Severity::Error => kv_severity::KV_SEVERITY_ERROR,
    };
    kv_diagnostic {
        severity,
        code: kv_str::of(d.code),
        message: kv_str::of(&d.message),
        span: d.span.into(),
    }
}

fn date(d: Option<NaiveDate>) -> kv_date {
    d.map_or(kv_date::default(), |d| kv_date {
        year: d.year(),
        // chrono guarantees 1..=12 and 1..=31, so these never truncate.
        month: d.month() as u8,
        day: d.day() as u8,
        present: true,
    })
}

// ---- plumbing ----------------------------------------------------------------------------------

/// Runs `f` on the document behind `doc`; the empty value when `doc` is NULL or `f` panics.
///
/// # Safety
/// `doc` must be NULL or a live document returned by `kv_parse`.
unsafe fn with<R: Default>(
    doc: *const kv_document,
    f: impl FnOnce(&kv_document, &Document<'_>) -> R,
) -> R {
    // SAFETY: NULL or a live document, by the caller's contract. The `&Document<'static>` inside is
    // shortened to the borrow of the handle, so no view outlives the document.
    match unsafe { doc.as_ref() } {
        Some(handle) => guard(R::default(), || f(handle, &handle.doc)),
        None => R::default(),
    }
}

/// Fills `*out` with the item `pick` finds at `index`, or the empty view with an error status.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
unsafe fn item<T: Default>(
    doc: *const kv_document,
    out: *mut T,
    pick: impl FnOnce(&Document<'_>) -> Option<T>,
) -> kv_status {
    if out.is_null() {
        return kv_status::KV_ERR_NULL;
    }
    // SAFETY: NULL or a live document, by the caller's contract.
    let (status, value) = match unsafe { doc.as_ref() } {
        None => (kv_status::KV_ERR_NULL, T::default()),
        Some(handle) => guard((kv_status::KV_ERR_PANIC, T::default()), || {
            match pick(&handle.doc) {
                Some(v) => (kv_status::KV_OK, v),
                None => (kv_status::KV_ERR_INDEX, T::default()),
            }
        }),
    };
    // SAFETY: `out` is non-NULL and writable by the caller's contract.
    unsafe { out.write(value) };
    status
}

/// Stores `value` in `*out` when `out` is not NULL, and reports whether it is present.
///
/// # Safety
/// `out` must be NULL or writable.
unsafe fn optional<T: Default>(value: Option<T>, out: *mut T) -> bool {
    let present = value.is_some();
    if !out.is_null() {
        // SAFETY: non-NULL and writable by the caller's contract.
        unsafe { out.write(value.unwrap_or_default()) };
    }
    present
}

// ---- the document ------------------------------------------------------------------------------

/// The text that was parsed: the caller's buffer, or the document's own copy under `KV_PARSE_COPY`.
/// Every `kv_span` is a byte range of it.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_source(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |h, _| kv_str::of(h.source)) }
}

/// Questions, answer or notice; `KV_KIND_UNKNOWN` for a NULL document.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_kind(doc: *const kv_document) -> kv_kind {
    unsafe {
        with(doc, |_, d| match d.kind {
            Kind::Questions => kv_kind::KV_KIND_QUESTIONS,
            Kind::Answer => kv_kind::KV_KIND_ANSWER,
            Kind::Notice => kv_kind::KV_KIND_NOTICE,
        })
    }
}

/// The kind's JSON name (`questions`, `answer`, `notice`), static; absent for a NULL document.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_kind_name(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of(d.kind.as_str())) }
}

/// The rendering recognised; `KV_FORMAT_UNKNOWN` for a NULL document.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_format(doc: *const kv_document) -> kv_format {
    unsafe {
        with(doc, |_, d| match d.format {
            Format::Tweedemonitor => kv_format::KV_FORMAT_TWEEDEMONITOR,
            Format::Publication => kv_format::KV_FORMAT_PUBLICATION,
            Format::Original => kv_format::KV_FORMAT_ORIGINAL,
            Format::Webpage => kv_format::KV_FORMAT_WEBPAGE,
            Format::Plain => kv_format::KV_FORMAT_PLAIN,
        })
    }
}

/// The format's JSON name (`tweedemonitor`, `publication`, ...), static; absent for a NULL document.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_format_name(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of(d.format.as_str())) }
}

/// The zaak of the questions, normalised (`2024Z17972`); absent when none.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_zaaknummer(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.zaaknummer.as_deref())) }
}

/// The publication identifier printed in the text (`ah-tk-20242025-594`); absent when none.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_document_id(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.document_id.as_deref())) }
}

/// The Aanhangsel number: returns whether there is one and, when `out` is not NULL, stores it (0 when
/// absent).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_aanhangsel(doc: *const kv_document, out: *mut u32) -> bool {
    let value = unsafe { with(doc, |_, d| d.aanhangsel) };
    unsafe { optional(value, out) }
}

/// The document's own session year, `2024-2025`; absent when none.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_vergaderjaar(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.vergaderjaar.as_deref())) }
}

/// The page title where the rendering has one; absent otherwise.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_title(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.title.as_deref())) }
}

/// Whether these are Mondelinge vragen (oral questions).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_oral(doc: *const kv_document) -> bool {
    unsafe { with(doc, |_, d| d.oral) }
}

/// What the questions are about; absent when unknown.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_subject(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.subject.as_deref())) }
}

/// `(ingezonden ...)`: when the questions were submitted.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_submitted(doc: *const kv_document) -> kv_date {
    unsafe { with(doc, |_, d| date(d.submitted)) }
}

/// `(ontvangen ...)`: when the answer or notice was received.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_received(doc: *const kv_document) -> kv_date {
    unsafe { with(doc, |_, d| date(d.received)) }
}

/// The publication date printed on the page.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_published(doc: *const kv_document) -> kv_date {
    unsafe { with(doc, |_, d| date(d.published)) }
}

/// The `Toelichting`; absent when none.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_explanation(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.explanation.as_deref())) }
}

/// The prose of a Mededeling; absent when none.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_notice(doc: *const kv_document) -> kv_str {
    unsafe { with(doc, |_, d| kv_str::of_opt(d.notice.as_deref())) }
}

// ---- lists -------------------------------------------------------------------------------------

/// Number of submitters (who asked).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_submitters_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.submitters.len()) }
}

/// Submitter `index` (0-based), in order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_submitter(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_person,
) -> kv_status {
    unsafe { item(doc, out, |d| d.submitters.get(index).map(person)) }
}

/// Number of addressees (to whom).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_addressees_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.addressees.len()) }
}

/// Addressee `index` (0-based), in order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_addressee(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_office,
) -> kv_status {
    unsafe { item(doc, out, |d| d.addressees.get(index).map(office)) }
}

/// Number of responders (who answered or sent the notice).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_responders_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.responders.len()) }
}

/// Responder `index` (0-based), in order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_responder(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_responder,
) -> kv_status {
    unsafe { item(doc, out, |d| d.responders.get(index).map(responder)) }
}

/// Number of co-responders (`mede namens ...`).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_co_responders_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.co_responders.len()) }
}

/// Co-responder `index` (0-based), in order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_co_responder(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_office,
) -> kv_status {
    unsafe { item(doc, out, |d| d.co_responders.get(index).map(office)) }
}

/// Number of questions.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_questions_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.questions.len()) }
}

/// Question `index` (0-based), in document order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_question(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_block,
) -> kv_status {
    unsafe { item(doc, out, |d| d.questions.get(index).map(block)) }
}

/// Number of answers.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_answers_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.answers.len()) }
}

/// Answer `index` (0-based), in document order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_answer(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_block,
) -> kv_status {
    unsafe { item(doc, out, |d| d.answers.get(index).map(block)) }
}

/// Number of footnotes.
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_footnotes_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.footnotes.len()) }
}

/// Footnote `index` (0-based), in document order.
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_footnote(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_footnote,
) -> kv_status {
    unsafe { item(doc, out, |d| d.footnotes.get(index).map(footnote)) }
}

/// URL `url_index` of footnote `index` (both 0-based; the count is `kv_footnote.urls_count`).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_footnote_url(
    doc: *const kv_document,
    index: usize,
    url_index: usize,
    out: *mut kv_str,
) -> kv_status {
    unsafe {
        item(doc, out, |d| {
            d.footnotes
                .get(index)?
                .urls
                .get(url_index)
                .map(|u| kv_str::of(u))
        })
    }
}

/// Number of references (identifiers found anywhere).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_references_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.references.len()) }
}

/// Reference `index` (0-based).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_reference(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_reference,
) -> kv_status {
    unsafe { item(doc, out, |d| d.references.get(index).map(reference)) }
}

/// Number of diagnostics (deviations the parser tolerated).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_diagnostics_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.diagnostics.len()) }
}

/// Diagnostic `index` (0-based).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_diagnostic(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_diagnostic,
) -> kv_status {
    unsafe { item(doc, out, |d| d.diagnostics.get(index).map(diagnostic)) }
}

// ---- page metadata (Tweedemonitor) -------------------------------------------------------------

/// Whether the document carries site metadata (the `page` object of the JSON).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_has_page(doc: *const kv_document) -> bool {
    unsafe { with(doc, |_, d| d.page.is_some()) }
}

/// The page's `Indiener`: returns whether there is one and, when `out` is not NULL, stores it (the
/// empty view when absent).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_indiener(
    doc: *const kv_document,
    out: *mut kv_person,
) -> bool {
    let value = unsafe { with(doc, |_, d| d.page.as_ref()?.indiener.as_ref().map(person)) };
    unsafe { optional(value, out) }
}

/// The page's `Gericht`: returns whether there is one and, when `out` is not NULL, stores it (the empty
/// view when absent).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_gericht(
    doc: *const kv_document,
    out: *mut kv_person,
) -> bool {
    let value = unsafe { with(doc, |_, d| d.page.as_ref()?.gericht.as_ref().map(person)) };
    unsafe { optional(value, out) }
}

/// The page's `Access ( N )` counter: returns whether there is one and, when `out` is not NULL, stores it
/// (0 when absent).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_views(doc: *const kv_document, out: *mut u64) -> bool {
    let value = unsafe { with(doc, |_, d| d.page.as_ref()?.views) };
    unsafe { optional(value, out) }
}

/// Number of page keywords (0 when there is no page).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_keywords_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.page.as_ref().map_or(0, |p| p.keywords.len())) }
}

/// Page keyword `index` (0-based).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_keyword(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_str,
) -> kv_status {
    unsafe {
        item(doc, out, |d| {
            d.page.as_ref()?.keywords.get(index).map(|k| kv_str::of(k))
        })
    }
}

/// Number of related titles on the page (0 when there is no page).
///
/// # Safety
/// `doc` must be NULL or a live document.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_related_count(doc: *const kv_document) -> usize {
    unsafe { with(doc, |_, d| d.page.as_ref().map_or(0, |p| p.related.len())) }
}

/// Related title `index` (0-based).
///
/// # Safety
/// `doc` must be NULL or a live document; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn kv_document_page_related(
    doc: *const kv_document,
    index: usize,
    out: *mut kv_str,
) -> kv_status {
    unsafe {
        item(doc, out, |d| {
            d.page.as_ref()?.related.get(index).map(|r| kv_str::of(r))
        })
    }
}
