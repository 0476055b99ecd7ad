//! Hostile and broken input: every case gets either a Document with the right diagnostics or an error
//! with the right kind and position, asserted. The inputs are built here, not read from files.

use kamervraag::{Document, ErrorKind, ParseError, Parser, Severity, parse};

const INTRO: &str = "Vragen van het lid Jansen (SP) aan de minister van Financiën over de bankenbelasting \
                     (ingezonden 3 mei 2024).\n";

fn ok(text: &str) -> Document<'_> {
    parse(text).unwrap_or_else(|e| panic!("expected a document, got {e}"))
}

fn err(text: &str) -> ParseError {
    match parse(text) {
        Ok(doc) => panic!("expected an error, got a {:?} document", doc.kind),
        Err(e) => e,
    }
}

fn diagnostic<'d>(doc: &'d Document<'_>, code: &str) -> &'d kamervraag::Diagnostic {
    doc.diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no `{code}` diagnostic in {:?}", doc.diagnostics))
}

#[test]
fn empty_input() {
    let e = err("");
    assert_eq!((e.kind, e.line, e.column), (ErrorKind::Empty, 1, 1));
}

#[test]
fn only_white_space() {
    let e = err("  \n\t \u{a0}\r\n  ");
    assert_eq!(e.kind, ErrorKind::Empty);
}

#[test]
fn a_bom_alone() {
    assert_eq!(err("\u{feff}").kind, ErrorKind::Empty);
    assert_eq!(err("\u{feff}\n\n").kind, ErrorKind::Empty);
}

#[test]
fn crlf_and_lone_cr_read_like_lf() {
    let lf = format!("{INTRO}\n  1. Kent u het bericht?\n  2. Wat vindt u ervan?\n");
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let bom = format!("\u{feff}{crlf}");
    let base = ok(&lf);
    for variant in [&crlf, &cr, &bom] {
        let doc = ok(variant);
        assert_eq!(doc.submitters, base.submitters);
        assert_eq!(doc.submitted, base.submitted);
        let texts = |d: &Document<'_>| {
            d.questions
                .iter()
                .map(|q| q.text.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&doc), texts(&base));
        for q in &doc.questions {
            let raw = q.raw(variant);
            assert!(
                !raw.contains('\r') || raw.trim_end() != raw,
                "span covers a line ending: {raw:?}"
            );
        }
    }
}

#[test]
fn nul_bytes_are_binary_at_their_offset() {
    let text = format!("{INTRO}Vraag 1\nKent u\0 dit?\n");
    let e = err(&text);
    assert_eq!(e.kind, ErrorKind::Binary);
    assert_eq!(e.span.start, text.find('\0').unwrap());
    assert_eq!((e.line, e.column), (3, 7));
    assert!(e.message.contains("0x00"), "{}", e.message);
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let mut bytes = INTRO.as_bytes().to_vec();
    bytes.extend_from_slice(b"Vraag 1\nKent u \xff dit?\n");
    let at = bytes.iter().position(|&b| b == 0xff).unwrap();
    let e = Parser::new().parse_bytes(&bytes).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidUtf8);
    assert_eq!(e.span.start, at);
    assert!(e.message.contains(&at.to_string()), "{}", e.message);
    // A truncated multi-byte character at the very end.
    let cut = "Vragen van het lid Kröger".as_bytes();
    let e = Parser::new()
        .parse_bytes(&cut[..cut.len() - 4])
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidUtf8);
}

#[test]
fn a_hundred_megabyte_single_line() {
    // One intro sentence followed by 100 MB of words on the same line: no line breaks at all.
    let word = "woord ".repeat(170);
    let mut text = String::with_capacity(100 << 20);
    text.push_str(INTRO.trim_end());
    text.push(' ');
    while text.len() < 100 << 20 {
        text.push_str(&word);
    }
    let doc = ok(&text);
    assert_eq!(doc.submitters[0].name, "Jansen");
    assert_eq!(doc.addressees[0].portfolio.as_deref(), Some("Financiën"));
}

#[test]
fn a_million_question_headings_exceed_the_block_limit() {
    let mut text = String::from(INTRO);
    for n in 1..=1_000_000u32 {
        text.push_str("Vraag ");
        text.push_str(&n.to_string());
        text.push_str("\nWaarom?\n");
    }
    let e = err(&text);
    assert_eq!(e.kind, ErrorKind::TooManyBlocks);
    // The error points at the first block over the limit: `Vraag 100001`, on line 2 + 2 × 100000.
    assert!(
        e.span.slice(&text).starts_with("Vraag 100001"),
        "{:?}",
        e.span.slice(&text)
    );
    assert_eq!(e.line, 2 + 2 * 100_000);
    // Just under the limit is fine.
    let mut small = String::from(INTRO);
    for n in 1..=1000u32 {
        small.push_str(&format!("Vraag {n}\nWaarom?\n"));
    }
    assert_eq!(ok(&small).questions.len(), 1000);
}

#[test]
fn deeply_nested_brackets_and_quotes_in_the_intro() {
    let depth = 100_000;
    let text = format!(
        "Vragen van het lid Jansen {}SP{} aan de minister van Financiën over het bericht {}x{} (ingezonden 3 mei 2024).\n\
         Vraag 1\nKent u dit?\n",
        "(".repeat(depth),
        ")".repeat(depth),
        "«".repeat(depth),
        "»".repeat(depth)
    );
    let doc = ok(&text);
    assert_eq!(doc.submitters.len(), 1);
    assert_eq!(doc.addressees[0].portfolio.as_deref(), Some("Financiën"));
    assert_eq!(doc.questions.len(), 1);
    // Unbalanced: many opening brackets and no closing one.
    let open = format!(
        "Vragen van het lid Jansen {}SP aan de minister van Financiën over x\nVraag 1\nKent u dit?\n",
        "(".repeat(depth)
    );
    let doc = ok(&open);
    assert_eq!(doc.questions.len(), 1);
}

#[test]
fn ten_thousand_note_markers_in_one_question() {
    let n = 10_000u32;
    let mut text = String::from("2024Z10000\n\n(ingezonden 3 mei 2024)\n\n");
    text.push_str("Vragen van het lid Jansen (SP) aan de minister van Financiën over de bankenbelasting\n\nKent u dit?");
    for i in 1..=n {
        text.push_str(&format!(" {i})"));
    }
    text.push_str("\n\n");
    for i in 1..=n {
        text.push_str(&format!("{i}) https://example.nl/{i}\n"));
    }
    let doc = ok(&text);
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].text, "Kent u dit?");
    assert_eq!(doc.questions[0].footnotes.len(), n as usize);
    assert_eq!(doc.footnotes.len(), n as usize);
    assert_eq!(doc.footnotes[9_999].urls, ["https://example.nl/10000"]);
}

#[test]
fn heading_numbers_that_overflow() {
    let text = format!("{INTRO}Vraag 99999999999999999999\nKent u dit?\nVraag 2\nEn dit?\n");
    let doc = ok(&text);
    let d = diagnostic(&doc, "number-too-large");
    assert_eq!(d.span.slice(&text), "99999999999999999999");
    assert!(
        d.message.contains("Vraag 99999999999999999999"),
        "{}",
        d.message
    );
    let e = Parser::new().strict(true).parse(&text).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Strict);
    assert_eq!((e.line, e.column), (2, 7));
}

#[test]
fn impossible_dates() {
    let text = "Vragen van het lid Jansen (SP) aan de minister van Financiën over x (ingezonden 31 februari 2024).\nVraag 1\nKent u dit?\n";
    let doc = ok(text);
    assert_eq!(doc.submitted, None);
    let d = diagnostic(&doc, "invalid-date");
    assert_eq!(d.span.slice(text), "31 februari 2024");
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("31 februari 2024"));
    let e = Parser::new().strict(true).parse(text).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Strict);
    assert!(e.message.contains("invalid-date"), "{}", e.message);
}

#[test]
fn a_document_cut_off_in_its_header_is_reported() {
    // Cut inside the intro: no `(ingezonden …)` at all, or a bracket without its year.
    for (text, held) in [
        (
            "Vragen van het lid Jansen (SP) aan de minister van Financiën over de bank",
            None,
        ),
        (
            "Vragen van het lid Jansen (SP) aan de minister van Financiën over de bank (ingezonden 3 mei",
            Some("3 mei"),
        ),
    ] {
        let doc = ok(text);
        assert_eq!(doc.subject.as_deref(), Some("de bank"));
        assert_eq!(doc.submitted, None);
        match held {
            None => {
                let d = diagnostic(&doc, "missing-date");
                assert_eq!(d.span.start, 0);
                assert!(d.message.contains("(ingezonden"), "{}", d.message);
            }
            Some(h) => assert_eq!(diagnostic(&doc, "invalid-date").span.slice(text), h),
        }
    }
    // Cut inside the answerer line.
    let text = "AH 604\n2024Z17972\nAntwoord van minister Agema (Volksgezondheid, Welz";
    let doc = ok(text);
    assert_eq!(doc.received, None);
    assert!(
        diagnostic(&doc, "missing-date")
            .message
            .contains("(ontvangen")
    );
    // A Word original prints `(ingezonden …)` on its own line before the intro: nothing is missing.
    let text = "2024Z18891\n\n(ingezonden 20 november 2024)\n\nVragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over escortbureaus\n\nKent u het bericht?\n";
    assert!(ok(text).diagnostics.is_empty());
}

#[test]
fn mojibake_is_reported() {
    let text = "Vragen van het lid Jansen (SP) aan de minister van FinanciÃ«n over x (ingezonden 3 mei 2024).\nVraag 1\nKent u dit?\n";
    let doc = ok(text);
    let d = diagnostic(&doc, "mojibake");
    assert_eq!(d.span.slice(text), "Ã«");
    assert!(
        d.message.contains("FinanciÃ«n") && d.message.contains('ë'),
        "{}",
        d.message
    );
}

#[test]
fn html_and_xml_fed_as_text() {
    let e = err("<!DOCTYPE html>\n<html><body><div class=\"vraag\">Vraag 1</div></body></html>");
    assert_eq!((e.kind, e.line, e.column), (ErrorKind::Markup, 1, 1));
    let e = err(
        "\u{feff}<?xml version=\"1.0\"?>\n<kamervragen><vraag><nr>Vraag 1</nr></vraag></kamervragen>",
    );
    assert_eq!(e.kind, ErrorKind::Markup);
    assert_eq!(e.span.start, 3);
    let e = err("  <p>Vragen van het lid Jansen (SP)</p>");
    assert_eq!((e.kind, e.column), (ErrorKind::Markup, 3));
}

#[test]
fn a_recipe_is_not_a_kamervraag() {
    let text = "Pannenkoeken\n\nIngrediënten: 250 g bloem, 2 eieren, 500 ml melk.\n\n1. Meng de bloem met de eieren.\n2. Voeg de melk toe.\n3. Bak de pannenkoeken.\n";
    let e = err(text);
    assert_eq!(
        (e.kind, e.line, e.column),
        (ErrorKind::NotAKamervraag, 1, 1)
    );
    assert!(e.message.contains("Pannenkoeken"), "{}", e.message);
    assert!(e.expected.is_some_and(|x| x.contains("Vragen van het lid")));
    let rendered = e.render("recept.txt", text);
    assert!(
        rendered.starts_with("recept.txt:1:1: error[not-a-kamervraag]"),
        "{rendered}"
    );
    assert!(
        rendered.contains("1 | Pannenkoeken") && rendered.contains('^'),
        "{rendered}"
    );
}

#[test]
fn errors_point_at_the_right_line_and_column_with_multibyte_text() {
    let text = "ëëë\nàà\u{0}";
    let e = err(text);
    assert_eq!((e.kind, e.line, e.column), (ErrorKind::Binary, 2, 3));
}

#[test]
fn garbage_appended_to_a_document_keeps_its_identifiers() {
    let doc_text = format!("2024Z10000\n\n{INTRO}\n  1. Kent u dit?\n");
    let base = ok(&doc_text);
    for noise in [
        "\n}}}{{{«««",
        "\nVraag\nAntwoord\n)(",
        "\n1)\n2)\n3)",
        "\n(ingezonden",
        "\n\u{a0}\u{a0}",
    ] {
        let text = format!("{doc_text}{noise}");
        let doc = ok(&text);
        assert_eq!(doc.zaaknummer, base.zaaknummer);
        assert_eq!(doc.submitters, base.submitters);
        assert_eq!(doc.submitted, base.submitted);
    }
}
