//! The public error type: a kind, a byte span, and line/column computed from the input.

use std::fmt;

use crate::ast::Span;

/// Why a text could not be parsed as a Kamervraag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or only white space.
    Empty,
    /// The input holds bytes that are not text (NUL and other control characters).
    Binary,
    /// The input is larger than [`crate::MAX_INPUT_LEN`].
    TooLarge,
    /// Nothing in the input reads as a Kamervraag, answer or notice.
    NotAKamervraag,
    /// The input bytes are not valid UTF-8 (only from byte-level entry points).
    InvalidUtf8,
    /// Strict mode: a deviation that lenient mode would have reported as a diagnostic.
    Strict,
    /// The input is HTML or XML; feed the text of the page instead.
    Markup,
    /// The input holds more than [`crate::MAX_BLOCKS`] questions and answers.
    TooManyBlocks,
}

impl ErrorKind {
    /// A stable, machine-readable name (`empty`, `not-a-kamervraag`, …).
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::Binary => "binary",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::NotAKamervraag => "not-a-kamervraag",
            ErrorKind::InvalidUtf8 => "invalid-utf8",
            ErrorKind::Strict => "strict",
            ErrorKind::Markup => "markup",
            ErrorKind::TooManyBlocks => "too-many-blocks",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineCol {
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl LineCol {
    /// Where byte `offset` of `source` is (clamped to the input and to a char boundary).
    pub fn of(source: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let bytes = before.as_bytes();
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let breaks = memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(|&i| bytes[i] == b'\n' || source.as_bytes().get(i + 1) != Some(&b'\n'))
            .count();
        let line = 1 + breaks;
        LineCol {
            line,
            column: 1 + before[line_start..].chars().count(),
        }
    }
}

/// An input that is not a Kamervraag (or, in strict mode, one that deviates from the grammar).
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ParseError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where, in bytes of the input.
    pub span: Span,
    /// Line of `span.start`, from 1.
    pub line: usize,
    /// Column of `span.start` in characters, from 1.
    pub column: usize,
    /// What was found, as a sentence.
    pub message: String,
    /// What the parser expected there.
    pub expected: Option<&'static str>,
}

impl ParseError {
    /// An error of `kind` at `span` of `source`.
    pub fn new(
        source: &str,
        kind: ErrorKind,
        span: Span,
        message: impl Into<String>,
        expected: Option<&'static str>,
    ) -> Self {
        let LineCol { line, column } = LineCol::of(source, span.start);
        ParseError {
            kind,
            span,
            line,
            column,
            message: message.into(),
            expected,
        }
    }

    /// A compiler-style report: `name:line:column: error[kind]: message`, the offending line, and a caret.
    pub fn render(&self, name: &str, source: &str) -> String {
        let mut out = format!(
            "{name}:{}:{}: error[{}]: {}",
            self.line, self.column, self.kind, self.message
        );
        if let Some(expected) = self.expected {
            out.push_str(&format!(" (expected {expected})"));
        }
        out.push('\n');
        out.push_str(&excerpt(source, self.span.start, self.line));
        out
    }
}

/// The line holding byte `offset`, shortened to at most 100 characters, with a caret under `offset`.
pub fn excerpt(source: &str, offset: usize, line: usize) -> String {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = source[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let end = source[offset..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| offset + i);
    let text = &source[start..end];
    let col = source[start..offset].chars().count();
    let skip = col.saturating_sub(60);
    let shown: String = text
        .chars()
        .skip(skip)
        .take(100)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let gutter = line.to_string();
    format!(
        "{pad} |\n{gutter} | {shown}\n{pad} | {caret}^\n",
        pad = " ".repeat(gutter.len()),
        caret = " ".repeat(col - skip)
    )
}
