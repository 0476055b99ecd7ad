//! Metamorphic cases: a document that parses right must still parse right when its text is re-wrapped
//! at another width, its page breaks move or its parts change in ways real documents do. The inputs
//! are written here, in the style of the renderings, not copied from any document.

use kamervraag::{Document, parse};

fn ok(text: &str) -> Document<'_> {
    parse(text).unwrap_or_else(|e| panic!("expected a document, got {e}"))
}

const KV_HEAD: &str = "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n2024Z18000\n";

#[test]
fn an_intro_wrapped_before_antwoord_op_keeps_its_subject() {
    // The subject is about an earlier answer; the wrap puts `antwoord op …` at a line start.
    let text = format!(
        "{KV_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over het\n\
         antwoord op de feitelijke vragen over de begroting voor het jaar 2025\n\
         (ingezonden 15 november 2024).\nVraag 1\nKunt u de berekening sturen?\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("het antwoord op de feitelijke vragen over de begroting voor het jaar 2025")
    );
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("2024-11-15")
    );
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].text, "Kunt u de berekening sturen?");
}
