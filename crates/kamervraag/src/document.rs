//! The driver: detects the dialect, then parses header, blocks, notes and references.

use crate::ast::*;
use crate::error::{ErrorKind, ParseError};

pub(crate) fn parse_document(input: &str) -> Result<Document<'_>, ParseError> {
    if input.trim().is_empty() {
        return Err(ParseError::new(input, ErrorKind::Empty, Span::new(0, input.len()), "the input is empty", Some("a Kamervraag")));
    }
    Ok(Document {
        kind: Kind::Questions,
        format: Format::Plain,
        zaaknummer: None,
        document_id: None,
        aanhangsel: None,
        vergaderjaar: None,
        title: None,
        oral: false,
        submitters: vec![],
        addressees: vec![],
        subject: None,
        submitted: None,
        responders: vec![],
        co_responders: vec![],
        received: None,
        published: None,
        questions: vec![],
        answers: vec![],
        footnotes: vec![],
        explanation: None,
        notice: None,
        references: vec![],
        page: None,
        diagnostics: vec![],
    })
}
