//! # kamervraag
//!
//! A zero-copy parser for Dutch parliamentary written questions (*Kamervragen*), the answers to them
//! (*Aanhangsel van de Handelingen*) and the delay notices (*Mededelingen*), in every rendering they are
//! found in: Tweedemonitor pages, officielebekendmakingen text (PDF, HTML or Markdown), the Tweede
//! Kamer's Word originals and tweedekamer.nl pages.
//!
//! ```
//! let text = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over de bankenbelasting. \
//!             (ingezonden 18 juli 2019)\n\n  1. Kent u het bericht?\n  2. Wat vindt u ervan?\n";
//! let doc = kamervraag::parse(text).unwrap();
//! assert_eq!(doc.submitters[0].name, "Sjoerdsma");
//! assert_eq!(doc.addressees[0].portfolio.as_deref(), Some("Financiën"));
//! assert_eq!(doc.questions.len(), 2);
//! ```
//!
//! The [`Document`] borrows the input: every name, party, portfolio, label and identifier is a slice of
//! it, and cleaned text is copied only when something had to be removed or joined. Lenient by default:
//! what deviates from the grammar is reported in [`Document::diagnostics`]; [`Parser::strict`] turns those
//! into errors. Input that is not a Kamervraag at all is a [`ParseError`] with a kind and a position.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod ast;
mod blocks;
mod dates;
mod dialect;
mod document;
mod error;
mod footnotes;
#[doc(hidden)]
pub mod fuzzing;
mod gazetteer;
mod intro;
mod lines;
mod page;
mod persons;
mod references;
mod scan;
mod text;

pub use ast::{
    Block, Diagnostic, Document, Footnote, Format, Kind, Office, Page, Person, Reference,
    ReferenceKind, Responder, Severity, Span,
};
pub use dates::parse_date;
pub use error::{ErrorKind, LineCol, ParseError};
pub use references::scan_references;

/// The largest input [`parse`] accepts, in bytes (256 MiB). Larger input is [`ErrorKind::TooLarge`].
pub const MAX_INPUT_LEN: usize = 256 << 20;

/// The most questions and answers one document may hold (100,000; real ones hold at most a few
/// hundred). More is [`ErrorKind::TooManyBlocks`], so memory stays proportional to real documents.
pub const MAX_BLOCKS: usize = 100_000;

/// Parse `input` with the default (lenient) options.
pub fn parse(input: &str) -> Result<Document<'_>, ParseError> {
    Parser::new().parse(input)
}

/// Parse options, as a builder: `Parser::new().strict(true).parse(text)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Parser {
    strict: bool,
}

impl Parser {
    /// The default options: lenient.
    pub const fn new() -> Self {
        Parser { strict: false }
    }

    /// In strict mode the first diagnostic becomes an error of kind [`ErrorKind::Strict`].
    pub const fn strict(self, yes: bool) -> Self {
        Parser { strict: yes }
    }

    /// Whether this parser is strict.
    pub const fn is_strict(&self) -> bool {
        self.strict
    }

    /// Parse `input` into a [`Document`] borrowing it.
    pub fn parse<'a>(&self, input: &'a str) -> Result<Document<'a>, ParseError> {
        let doc = document::parse_document(input)?;
        if self.strict {
            if let Some(d) = doc.diagnostics.first() {
                let expected = None;
                return Err(ParseError::new(
                    input,
                    ErrorKind::Strict,
                    d.span,
                    format!("{} [{}]", d.message, d.code),
                    expected,
                ));
            }
        }
        Ok(doc)
    }

    /// Parse UTF-8 bytes (a leading BOM is accepted); invalid UTF-8 is [`ErrorKind::InvalidUtf8`] at the
    /// offset of the first bad byte.
    pub fn parse_bytes<'a>(&self, input: &'a [u8]) -> Result<Document<'a>, ParseError> {
        match std::str::from_utf8(input) {
            Ok(text) => self.parse(text),
            Err(e) => {
                let at = e.valid_up_to();
                let valid = std::str::from_utf8(&input[..at]).unwrap_or("");
                Err(ParseError::new(
                    valid,
                    ErrorKind::InvalidUtf8,
                    Span::new(at, at + e.error_len().unwrap_or(input.len() - at)),
                    format!("invalid UTF-8 at byte {at}"),
                    Some("UTF-8 text"),
                ))
            }
        }
    }
}
