//! The parsed document: a zero-copy tree that borrows the input.
//!
//! Every text is a `Cow<'a, str>`. Names, parties, portfolios, labels and identifiers are always
//! `Cow::Borrowed` slices of the input when [`crate::parse`] returns them; cleaned text (block bodies,
//! subject, notes) stays borrowed when nothing had to be removed or joined, and is owned only when it
//! must be. [`Document::into_owned`] turns the whole tree into a `'static` copy. Every part carries or
//! can be located by a byte [`Span`]. Field names and the serialised JSON follow `docs/data-model.md`.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the parser's input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(from = "[usize; 2]")]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The span as a `Range`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
    /// Number of bytes covered.
    pub const fn len(self) -> usize {
        self.end - self.start
    }
    /// True when the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.end == self.start
    }
    /// The text this span covers in `source` (empty when out of bounds).
    pub fn slice(self, source: &str) -> &str {
        source.get(self.range()).unwrap_or("")
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Self {
        Span { start, end }
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(2))?;
        seq.serialize_element(&self.start)?;
        seq.serialize_element(&self.end)?;
        seq.end()
    }
}

/// What kind of document this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Written or oral questions, without answers.
    Questions,
    /// An answer (Antwoord), usually reprinting the questions.
    Answer,
    /// A Mededeling: a delay or withdrawal notice.
    Notice,
}

impl Kind {
    /// The JSON name (`"questions"`, `"answer"`, `"notice"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Questions => "questions",
            Kind::Answer => "answer",
            Kind::Notice => "notice",
        }
    }
}

/// The rendering (dialect) the text was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// A Tweedemonitor page.
    Tweedemonitor,
    /// officielebekendmakingen text (kv-tk / ah-tk), from PDF, HTML or Markdown.
    Publication,
    /// The Tweede Kamer's Word original (docx text, `AH 604` headers).
    Original,
    /// A tweedekamer.nl detail page (`Soort : Onderwerp` first line).
    Webpage,
    /// Anything else that still reads as a Kamervraag.
    Plain,
}

impl Format {
    /// The JSON name (`"tweedemonitor"`, `"publication"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Tweedemonitor => "tweedemonitor",
            Format::Publication => "publication",
            Format::Original => "original",
            Format::Webpage => "webpage",
            Format::Plain => "plain",
        }
    }
}

/// A member of parliament as printed in the intro sentence (`Van Ojik (GroenLinks)`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Person<'a> {
    /// The name as printed (`Sjoerdsma`, `Inge van Dijk`).
    pub name: Cow<'a, str>,
    /// The party as printed (`D66`, `Nieuw Sociaal Contract`); shared by `beiden`/`allen` groups.
    pub party: Option<Cow<'a, str>>,
}

/// An office addressed or acting (`minister` van `Financiën`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Office<'a> {
    /// The office word, lower-cased (`minister`, `staatssecretaris`, `minister-president`).
    pub office: Cow<'a, str>,
    /// The portfolio as printed after `van`/`voor`.
    pub portfolio: Option<Cow<'a, str>>,
}

/// Who answered or sent the notice (`Antwoord van minister Agema (Volksgezondheid, …)`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Responder<'a> {
    /// The office word, lower-cased.
    pub office: Cow<'a, str>,
    /// The name as printed.
    pub name: Option<Cow<'a, str>>,
    /// The portfolio in brackets.
    pub portfolio: Option<Cow<'a, str>>,
}

/// One question or answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Block<'a> {
    /// The question numbers the block covers (`Vraag 2 en 3` → `[2, 3]`; inferred by position when unnumbered).
    pub numbers: Vec<u32>,
    /// The heading as printed (`Vraag 1`, `Antwoord op vraag 3 en 4`, `1.`), if any.
    pub label: Option<Cow<'a, str>>,
    /// Clean text: markers and page furniture removed, wrapped lines joined.
    pub text: Cow<'a, str>,
    /// The note numbers referenced from this block.
    pub footnotes: Vec<u32>,
    /// From the label (or first line) to the end of the last line.
    pub span: Span,
}

impl Block<'_> {
    /// The raw input this block covers, as a slice of `source` (the text that was parsed).
    pub fn raw<'s>(&self, source: &'s str) -> &'s str {
        self.span.slice(source)
    }
}

/// A footnote with its number, clean text and the URLs it contains.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Footnote<'a> {
    /// The note number.
    pub number: u32,
    /// Clean text of the note (URLs broken over lines rejoined).
    pub text: Cow<'a, str>,
    /// Every URL in the note.
    pub urls: Vec<Cow<'a, str>>,
    /// From the number to the end of the note.
    pub span: Span,
}

/// The kind of an identifier found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A zaak number, `2019Z15131`.
    Zaak,
    /// A document number, `2025D04328`.
    Document,
    /// A Kamerstuk, `21501-32-1703`.
    Kamerstuk,
    /// An Aanhangsel Handelingen item, `2024-2025-1028`.
    Aanhangsel,
    /// A KOOP publication identifier, `kv-tk-2019Z15244`, `ah-tk-20242025-594`.
    Publication,
    /// A web address.
    Url,
}

impl ReferenceKind {
    /// The JSON name (`"zaak"`, `"url"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Zaak => "zaak",
            ReferenceKind::Document => "document",
            ReferenceKind::Kamerstuk => "kamerstuk",
            ReferenceKind::Aanhangsel => "aanhangsel",
            ReferenceKind::Publication => "publication",
            ReferenceKind::Url => "url",
        }
    }
}

/// An identifier found anywhere in the document, normalised.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Reference<'a> {
    /// What it identifies.
    pub kind: ReferenceKind,
    /// The normalised identifier (borrowed when printed that way).
    pub id: Cow<'a, str>,
    /// Where it was printed.
    pub span: Span,
}

/// Site metadata of renderings that carry it (Tweedemonitor).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Page<'a> {
    /// The `Keywords:` field.
    pub keywords: Vec<Cow<'a, str>>,
    /// The `Indiener` block (full name and party).
    pub indiener: Option<Person<'a>>,
    /// The `Gericht` block.
    pub gericht: Option<Person<'a>>,
    /// The `Access ( N )` counter.
    pub views: Option<u64>,
    /// Titles listed under `Gerelateerd`.
    pub related: Vec<Cow<'a, str>>,
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Tolerated deviation; the result is still trustworthy.
    Warning,
    /// A part could not be parsed; the corresponding field is missing or partial.
    Error,
}

/// Something the parser noticed and tolerated. In strict mode the first one becomes a [`crate::ParseError`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable machine-readable code (`unbalanced-parenthesis`, `invalid-date`, …).
    pub code: &'static str,
    /// A sentence saying what was found and what was expected.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// A parsed Kamervraag, answer or notice. Borrows the input it was parsed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document<'a> {
    /// Questions, answer or notice.
    pub kind: Kind,
    /// The rendering recognised.
    pub format: Format,
    /// The zaak of the questions, normalised (`2024Z17972`).
    pub zaaknummer: Option<Cow<'a, str>>,
    /// The publication identifier printed in the text (`ah-tk-20242025-594`).
    pub document_id: Option<Cow<'a, str>>,
    /// The Aanhangsel number.
    pub aanhangsel: Option<u32>,
    /// The document's own session year, `2024-2025`.
    pub vergaderjaar: Option<Cow<'a, str>>,
    /// Page title where the rendering has one.
    pub title: Option<Cow<'a, str>>,
    /// Mondelinge vragen.
    pub oral: bool,
    /// Who asked, in order.
    pub submitters: Vec<Person<'a>>,
    /// To whom, in order.
    pub addressees: Vec<Office<'a>>,
    /// What the questions are about.
    pub subject: Option<Cow<'a, str>>,
    /// `(ingezonden …)`.
    #[serde(serialize_with = "ser_date")]
    pub submitted: Option<NaiveDate>,
    /// Who answered or sent the notice.
    pub responders: Vec<Responder<'a>>,
    /// `mede namens …`.
    pub co_responders: Vec<Office<'a>>,
    /// `(ontvangen …)`.
    #[serde(serialize_with = "ser_date")]
    pub received: Option<NaiveDate>,
    /// Publication date printed on the page.
    #[serde(serialize_with = "ser_date")]
    pub published: Option<NaiveDate>,
    /// The questions in document order.
    pub questions: Vec<Block<'a>>,
    /// The answers in document order.
    pub answers: Vec<Block<'a>>,
    /// The notes in document order.
    pub footnotes: Vec<Footnote<'a>>,
    /// The `Toelichting`.
    pub explanation: Option<Cow<'a, str>>,
    /// The prose of a Mededeling.
    pub notice: Option<Cow<'a, str>>,
    /// Every identifier found anywhere.
    pub references: Vec<Reference<'a>>,
    /// Site metadata (Tweedemonitor).
    pub page: Option<Page<'a>>,
    /// What was noticed but tolerated.
    pub diagnostics: Vec<Diagnostic>,
}

fn ser_date<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
        None => s.serialize_none(),
    }
}

impl<'a> Document<'a> {
    /// A `'static` copy that owns all its text (for storage, channels and threads).
    pub fn into_owned(self) -> Document<'static> {
        Document {
            kind: self.kind,
            format: self.format,
            zaaknummer: self.zaaknummer.map(own),
            document_id: self.document_id.map(own),
            aanhangsel: self.aanhangsel,
            vergaderjaar: self.vergaderjaar.map(own),
            title: self.title.map(own),
            oral: self.oral,
            submitters: self
                .submitters
                .into_iter()
                .map(Person::into_owned)
                .collect(),
            addressees: self
                .addressees
                .into_iter()
                .map(Office::into_owned)
                .collect(),
            subject: self.subject.map(own),
            submitted: self.submitted,
            responders: self
                .responders
                .into_iter()
                .map(Responder::into_owned)
                .collect(),
            co_responders: self
                .co_responders
                .into_iter()
                .map(Office::into_owned)
                .collect(),
            received: self.received,
            published: self.published,
            questions: self.questions.into_iter().map(Block::into_owned).collect(),
            answers: self.answers.into_iter().map(Block::into_owned).collect(),
            footnotes: self
                .footnotes
                .into_iter()
                .map(Footnote::into_owned)
                .collect(),
            explanation: self.explanation.map(own),
            notice: self.notice.map(own),
            references: self
                .references
                .into_iter()
                .map(Reference::into_owned)
                .collect(),
            page: self.page.map(Page::into_owned),
            diagnostics: self.diagnostics,
        }
    }
}

fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

impl Person<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Person<'static> {
        Person {
            name: own(self.name),
            party: self.party.map(own),
        }
    }
}

impl Office<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Office<'static> {
        Office {
            office: own(self.office),
            portfolio: self.portfolio.map(own),
        }
    }
}

impl Responder<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Responder<'static> {
        Responder {
            office: own(self.office),
            name: self.name.map(own),
            portfolio: self.portfolio.map(own),
        }
    }
}

impl Block<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            numbers: self.numbers,
            label: self.label.map(own),
            text: own(self.text),
            footnotes: self.footnotes,
            span: self.span,
        }
    }
}

impl Footnote<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Footnote<'static> {
        Footnote {
            number: self.number,
            text: own(self.text),
            urls: self.urls.into_iter().map(own).collect(),
            span: self.span,
        }
    }
}

impl Reference<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Reference<'static> {
        Reference {
            kind: self.kind,
            id: own(self.id),
            span: self.span,
        }
    }
}

impl Page<'_> {
    /// A `'static` copy.
    pub fn into_owned(self) -> Page<'static> {
        Page {
            keywords: self.keywords.into_iter().map(own).collect(),
            indiener: self.indiener.map(Person::into_owned),
            gericht: self.gericht.map(Person::into_owned),
            views: self.views,
            related: self.related.into_iter().map(own).collect(),
        }
    }
}
