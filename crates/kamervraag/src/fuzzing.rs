//! Invariant checks shared by the fuzz targets (`fuzz/`) and the replay test that re-runs every saved
//! fuzz input as an ordinary `cargo test`. Not part of the supported API.
//!
//! Each check panics when an invariant is broken; that is how the fuzzer and the replay test see it.

use crate::ast::{Document, Span};
use crate::{ErrorKind, Parser, parse_date, scan_references};

/// A span must lie inside `source` and start and end on character boundaries.
fn check_span(source: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= source.len(),
        "{what}: span {span:?} out of bounds"
    );
    assert!(
        source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// Every span of `doc` is valid for `source`, and a block refers to each of its notes once.
pub fn check_document(source: &str, doc: &Document<'_>) {
    for b in doc.questions.iter().chain(&doc.answers) {
        check_span(source, b.span, "block");
        for (i, n) in b.footnotes.iter().enumerate() {
            assert!(!b.footnotes[..i].contains(n), "note {n} listed twice");
        }
    }
    for f in &doc.footnotes {
        check_span(source, f.span, "footnote");
    }
    for r in &doc.references {
        check_span(source, r.span, "reference");
        assert!(!r.id.is_empty(), "empty reference id");
    }
    for d in &doc.diagnostics {
        check_span(source, d.span, "diagnostic");
    }
}

/// `parse` on arbitrary bytes: lenient and strict never panic, spans are valid, strict succeeds exactly
/// when lenient has no diagnostics, invalid UTF-8 is an `invalid-utf8` error at the first bad byte.
pub fn check_parse(data: &[u8]) {
    let lenient = Parser::new();
    let strict = Parser::new().strict(true);
    match std::str::from_utf8(data) {
        Ok(text) => {
            let l = lenient.parse(text);
            let s = strict.parse(text);
            match &l {
                Ok(doc) => {
                    check_document(text, doc);
                    assert_eq!(s.is_ok(), doc.diagnostics.is_empty(), "strict vs lenient");
                    let owned = doc.clone().into_owned();
                    assert_eq!(&owned, doc, "into_owned changes the document");
                }
                Err(e) => {
                    check_span(text, e.span, "error");
                    assert!(e.line >= 1 && e.column >= 1);
                    assert!(s.is_err(), "strict accepts what lenient rejects");
                }
            }
        }
        Err(utf8) => {
            let e = lenient
                .parse_bytes(data)
                .expect_err("invalid UTF-8 accepted");
            assert_eq!(e.kind, ErrorKind::InvalidUtf8);
            assert_eq!(e.span.start, utf8.valid_up_to());
        }
    }
}

/// `parse_date`: never panics, and a date it returns survives a round trip through Dutch.
pub fn check_date(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse_date(text) {
        const MONTHS: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        use chrono::Datelike;
        let again = format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year());
        assert_eq!(parse_date(&again), Some(d), "round trip of {again}");
    }
}

/// The intro sentence and answerer line parsers: never panic, and every name they return is a
/// non-empty part of the input.
pub fn check_intro(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let intro = crate::intro::parse_intro(text, 0);
    for p in &intro.submitters {
        assert!(!p.name.is_empty(), "empty submitter name");
    }
    if let Some(d) = intro.submitted {
        check_span(text, d.span, "ingezonden");
    }
    let answerer = crate::intro::parse_answerer(text, 0);
    if let Some(d) = answerer.received {
        check_span(text, d.span, "ontvangen");
    }
}

/// `scan_references`: never panics; spans valid; each (kind, id) once.
pub fn check_references(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let refs = scan_references(text);
    for (i, r) in refs.iter().enumerate() {
        check_span(text, r.span, "reference");
        assert!(
            !refs[..i].iter().any(|o| o.kind == r.kind && o.id == r.id),
            "duplicate reference {:?} {}",
            r.kind,
            r.id
        );
    }
}

/// Valid documents that the differential check appends noise to.
const FIXTURES: &[&str] = &[
    "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over de bankenbelasting. \
     (ingezonden 18 juli 2019)\n\n  1. Kent u het bericht?\n  2. Wat vindt u ervan?\n",
    "AH 604\n2024Z17001\nAntwoord van minister Brekelmans (Defensie) (ontvangen 20 november 2024)\n\n\
     Vraag 1\nKlopt het dat de beurs plaatsvindt?\n\nAntwoord op vraag 1\nJa.\n",
    "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
     2024Z18796\nVragen van de leden Kröger en Gabriëls (beiden GroenLinks-PvdA) aan de\nMinister van \
     Klimaat en Groene Groei over de uitspraken (ingezonden 19 november 2024).\nVraag 1\nBent u bekend \
     met de uitspraken?1\n1NOS, 18 november 2024, «Uitspraken» (https://nos.nl/artikel/1)\n\
     kv-tk-2024Z18796\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n",
];

/// Lenient parsing of a valid document with random text appended keeps the document's identifiers
/// and the people in its header. The first byte picks the fixture; the rest is the noise.
pub fn check_differential(data: &[u8]) {
    let Some((&pick, noise)) = data.split_first() else {
        return;
    };
    let Ok(noise) = std::str::from_utf8(noise) else {
        return;
    };
    // Control bytes make any input binary (an error by design): the noise here is text.
    if noise
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return;
    }
    let fixture = FIXTURES[pick as usize % FIXTURES.len()];
    let base = crate::parse(fixture).expect("fixture parses");
    let text = format!("{fixture}\n{noise}");
    let doc = crate::parse(&text).expect("a valid document with noise appended still parses");
    check_document(&text, &doc);
    // Noise may hold a publication identifier of its own (`kv-tk-2024Z18796`, and the zaak in it),
    // which a document without one then takes; an identifier the document had must stay.
    if base.zaaknummer.is_some() {
        assert_eq!(
            doc.zaaknummer, base.zaaknummer,
            "zaaknummer changed by appended noise"
        );
    }
    if base.document_id.is_some() {
        assert_eq!(
            doc.document_id, base.document_id,
            "document_id changed by appended noise"
        );
    }
    assert_eq!(
        doc.submitters, base.submitters,
        "submitters changed by appended noise"
    );
    assert_eq!(
        doc.addressees, base.addressees,
        "addressees changed by appended noise"
    );
    assert_eq!(
        doc.responders, base.responders,
        "responders changed by appended noise"
    );
    assert_eq!(
        doc.submitted, base.submitted,
        "submitted changed by appended noise"
    );
    assert_eq!(
        doc.received, base.received,
        "received changed by appended noise"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_hold_on_fixtures() {
        for f in FIXTURES {
            check_parse(f.as_bytes());
            check_intro(f.as_bytes());
            check_references(f.as_bytes());
        }
        check_differential(b"\x00Vraag 9\nrommel");
        check_differential(b"\x02\xff");
        check_date(b"31 december 2024");
        check_parse(b"\xffabc");
    }
}
