//! Property tests: whatever the input, the parser returns a document or an error without panicking,
//! and every position it reports lies inside the input on a character boundary.

use kamervraag::{Document, ErrorKind, LineCol, ParseError, Parser, Span};
use proptest::prelude::*;

mod common;
use common::own_documents;

/// Pieces of the grammar, glued together in random order so that inputs get close to real documents.
const FRAGMENTS: &[&str] = &[
    "Vraag ",
    "Vragen van het lid ",
    "Vragen van de leden ",
    "Antwoord ",
    "Antwoord op vraag ",
    "Antwoord van minister ",
    "Mededeling",
    "Mededeling van Minister ",
    " en ",
    " t/m ",
    ", ",
    "beiden ",
    "Van Ojik",
    "Gabriëls",
    "(D66)",
    "(",
    ")",
    "aan de Minister van ",
    "Financiën",
    " over ",
    "(ingezonden ",
    "(ontvangen ",
    "18 juli 2019",
    "31 februari 2024",
    "2024Z18796",
    "2024Z 17972",
    "kv-tk-",
    "ah-tk-20242025-594",
    "AH 604",
    "Zaaknummer: ",
    "Tweedemonitor / Kamervraag / ",
    "Tweede Kamer, vergaderjaar 2024–2025, Vragen 1",
    "Kamerstuk 21 501-32, nr. 1703",
    "Toelichting:",
    "https://",
    "nos.nl/artikel/1",
    "1)",
    "?1",
    "1NOS, ",
    "[1 ]",
    "1. ",
    "0",
    "1",
    "7",
    "42",
    "4294967296",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "  ",
    "\t",
    "«",
    "»",
    "‘",
    "’",
    "ë",
    "ş",
    "\u{a0}",
    "\u{feff}",
    "\u{301}",
    "?",
    ".",
    "-\n",
];

/// Strings assembled from [`FRAGMENTS`], with an occasional arbitrary character in between.
fn fragments() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// A valid intro sentence followed by grammar-like text, so that most inputs parse and the spans of
/// real documents get checked.
fn documents() -> impl Strategy<Value = String> {
    const INTRO: &str = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over de \
                         bankenbelasting. (ingezonden 18 juli 2019)\n\n";
    (fragments(), fragments()).prop_map(|(a, b)| format!("{INTRO}Vraag 1\n{a}\nVraag 2\n{b}"))
}

/// Fully arbitrary text, grammar-like text, or a document with grammar-like questions.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![1 => any::<String>(), 1 => "\\PC{0,200}", 2 => fragments(), 2 => documents()]
}

fn check_span(source: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= source.len(),
        "{what}: span {span:?} out of bounds (input is {} bytes)",
        source.len()
    );
    assert!(
        source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

fn check_document(source: &str, doc: &Document<'_>) {
    for (i, b) in doc.questions.iter().enumerate() {
        check_span(source, b.span, &format!("questions[{i}]"));
    }
    for (i, b) in doc.answers.iter().enumerate() {
        check_span(source, b.span, &format!("answers[{i}]"));
    }
    // A block refers to each of its notes once.
    for b in doc.questions.iter().chain(&doc.answers) {
        let mut seen = b.footnotes.clone();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            seen.len(),
            b.footnotes.len(),
            "block {:?} lists a note twice: {:?}",
            b.numbers,
            b.footnotes
        );
    }
    for (i, f) in doc.footnotes.iter().enumerate() {
        check_span(source, f.span, &format!("footnotes[{i}]"));
    }
    for (i, r) in doc.references.iter().enumerate() {
        check_span(source, r.span, &format!("references[{i}]"));
    }
    for (i, d) in doc.diagnostics.iter().enumerate() {
        check_span(source, d.span, &format!("diagnostics[{i}] ({})", d.code));
        assert!(!d.code.is_empty(), "diagnostics[{i}] has an empty code");
    }
    // A document serialises whatever it holds.
    serde_json::to_string(doc).expect("Document serialises to JSON");
}

fn check_error(source: &str, e: &ParseError) {
    assert!(
        e.span.start <= e.span.end && e.span.end <= source.len(),
        "error span {:?} out of bounds (input is {} bytes): {e}",
        e.span,
        source.len()
    );
    assert!(
        e.line >= 1 && e.column >= 1,
        "error at {}:{}",
        e.line,
        e.column
    );
    assert_eq!(
        LineCol::of(source, e.span.start),
        LineCol {
            line: e.line,
            column: e.column
        },
        "line/column disagree with the span: {e}"
    );
    assert!(!e.message.is_empty(), "error without a message");
    // Rendering the report must not panic either.
    let _ = e.render("input", source);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn lenient_parse_never_panics_and_spans_are_valid(s in input()) {
        match kamervraag::parse(&s) {
            Ok(doc) => check_document(&s, &doc),
            Err(e) => check_error(&s, &e),
        }
    }

    #[test]
    fn strict_agrees_with_lenient(s in input()) {
        let lenient = kamervraag::parse(&s);
        let strict = Parser::new().strict(true).parse(&s);
        match (&lenient, &strict) {
            (Ok(doc), Ok(strict_doc)) => {
                prop_assert!(doc.diagnostics.is_empty(), "strict accepted a document with diagnostics");
                prop_assert_eq!(doc, strict_doc);
            }
            (Ok(doc), Err(e)) => {
                prop_assert!(!doc.diagnostics.is_empty(), "strict failed although lenient had no diagnostics: {}", e);
                prop_assert_eq!(e.kind, ErrorKind::Strict);
                check_error(&s, e);
            }
            (Err(l), Err(e)) => {
                prop_assert_eq!(l, e);
            }
            (Err(l), Ok(_)) => prop_assert!(false, "strict accepted what lenient rejected: {}", l),
        }
    }

    #[test]
    fn parse_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300), prefix in fragments()) {
        let mut input = prefix.into_bytes();
        input.extend_from_slice(&bytes);
        match Parser::new().parse_bytes(&input) {
            Ok(doc) => {
                let text = std::str::from_utf8(&input).expect("parse_bytes accepted invalid UTF-8");
                check_document(text, &doc);
            }
            Err(e) => {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= input.len(), "span {:?} of {} bytes", e.span, input.len());
                prop_assert!(e.line >= 1 && e.column >= 1);
                if e.kind == ErrorKind::InvalidUtf8 {
                    prop_assert!(std::str::from_utf8(&input).is_err());
                    prop_assert_eq!(std::str::from_utf8(&input).unwrap_err().valid_up_to(), e.span.start);
                }
            }
        }
    }

    #[test]
    fn line_endings_do_not_change_the_kind(s in fragments()) {
        // The same text with CRLF line ends (and a BOM) reads as the same kind of document.
        let crlf = format!("\u{feff}{}", s.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n"));
        let lf = s.replace("\r\n", "\n").replace('\r', "\n");
        if let (Ok(a), Ok(b)) = (kamervraag::parse(&lf), kamervraag::parse(&crlf)) {
            check_document(&crlf, &b);
            prop_assert_eq!(a.kind, b.kind);
            prop_assert_eq!(a.questions.len(), b.questions.len());
        }
    }
}

#[test]
fn generated_documents_mostly_parse() {
    // Guards the strategies: the `Ok` branch of the properties above must actually be exercised.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let ok = (0..100)
        .filter(|_| {
            let s = documents().new_tree(&mut runner).unwrap().current();
            kamervraag::parse(&s).is_ok()
        })
        .count();
    assert!(ok >= 50, "only {ok} of 100 generated documents parsed");
}

#[test]
fn empty_and_blank_inputs_are_errors() {
    for s in ["", " ", "\n\r\n", "\u{feff}", "\u{a0}\t"] {
        let e = kamervraag::parse(s).expect_err("blank input must not parse");
        check_error(s, &e);
    }
}

/// A document cut off anywhere (a truncated download, a scrape that stopped early) parses or fails
/// cleanly: every cut leaves the parser on some construct half-read (`… Kamerstuk` at the very end).
#[test]
fn every_cut_of_every_own_document_parses_without_panic() {
    for (name, text) in own_documents() {
        let cuts = (0..=text.len()).filter(|&i| text.is_char_boundary(i));
        for i in cuts {
            for part in [&text[..i], &text[i..]] {
                let outcome = std::panic::catch_unwind(|| match kamervraag::parse(part) {
                    Ok(doc) => check_document(part, &doc),
                    Err(e) => check_error(part, &e),
                });
                assert!(outcome.is_ok(), "{name} cut at byte {i}: {part:?}");
            }
        }
    }
}
