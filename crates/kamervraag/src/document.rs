//! The driver: checks the input, detects the dialect, reads the header (identifiers, intro sentence,
//! answerer line), splits the body into questions, answers, notes, Toelichting and Mededeling, then
//! builds the clean texts and collects references.

use std::borrow::Cow;

use crate::ast::*;
use crate::blocks::{
    Heading, Role, bare_number, heading_after_sentence, lead_byte, overlong_number, parse_heading,
    parse_heading_inline, parse_numbered, parse_paren_numbered, undecorate,
};
use crate::dates::{date_parts, numeric_date};
use crate::dialect::{
    MAX_NAVIGATION_LINES, ah_label, breadcrumb_title, detect, is_breadcrumb, is_zaak_line,
    webpage_title,
};
use crate::error::{ErrorKind, ParseError};
use crate::footnotes::{
    Marker, NoteStyle, body_start, find_markers, goes_on_after_blank, marker_numbers, marker_only,
    refers_to_first_note, spaced_body_plausible, wrapped_marker,
};
use crate::intro::{
    Answerer, CiWord, Dated, INGEZONDEN, ONTVANGEN, OPEN_INGEZONDEN, Spliced,
    answerer_names_office, answerer_opening, bare_date, bare_date_from, bracket_date, find_ci,
    intro_goes_on, is_bare_date_line, is_intro_start, opens_hyphenated, parse_answerer,
    parse_intro,
};
use crate::lines::{Furniture, Line, Lines, furniture, is_collapsed, split_footer};
use crate::page::{parse_page, starts_page, views};
use crate::persons::keyword;
use crate::references::{end_urls_at_markers, mend_broken_urls, scan_references, url_end};
use crate::scan::{
    SpaceTrim, find_phrase, find_short, first_foreign_control, floor_char_boundary, last_word,
    starts_with_phrase,
};
use crate::text::{TextBuilder, is_space};
use crate::{MAX_BLOCKS, MAX_INPUT_LEN};

/// The most lines an intro sentence or an answerer line may span (real ones take at most six).
const MAX_HEADER_LINES: usize = 16;

/// A block while the body is being split: where it is and what it covers.
struct Draft<'a> {
    role: Section,
    numbers: Vec<u32>,
    label: Option<&'a str>,
    /// Start of the span (label or first line).
    start: usize,
    /// Start of the content (after the label).
    content: usize,
    /// End of the last content line.
    end: usize,
    /// Where the content was interrupted by page furniture or notes: the end of the content before
    /// the break and the start of the content after it.
    after_break: Option<(usize, usize)>,
}

impl<'a> Draft<'a> {
    fn new(
        role: Section,
        numbers: Vec<u32>,
        label: Option<&'a str>,
        start: usize,
        content: usize,
        end: usize,
    ) -> Self {
        Draft {
            role,
            numbers,
            label,
            start,
            content,
            end,
            after_break: None,
        }
    }
}

/// What part of the body a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Question,
    Answer,
    Explanation,
    Notice,
}

/// A footnote body while the body is being split.
struct NoteDraft {
    number: u32,
    start: usize,
    text: usize,
    end: usize,
}

fn error(
    input: &str,
    kind: ErrorKind,
    span: Span,
    message: &str,
    expected: &'static str,
) -> ParseError {
    ParseError::new(input, kind, span, message, Some(expected))
}

fn diag(
    diags: &mut Vec<Diagnostic>,
    severity: Severity,
    code: &'static str,
    message: String,
    span: Span,
) {
    diags.push(Diagnostic {
        severity,
        code,
        message,
        span,
    });
}

/// Refuse input that is not text at all.
fn check_input(input: &str) -> Result<usize, ParseError> {
    if input.len() > MAX_INPUT_LEN {
        return Err(error(
            input,
            ErrorKind::TooLarge,
            Span::new(MAX_INPUT_LEN, input.len()),
            "the input is larger than 256 MiB",
            "at most 256 MiB",
        ));
    }
    let start = if input.starts_with('\u{feff}') { 3 } else { 0 };
    if input[start..].trim_space().is_empty() {
        return Err(error(
            input,
            ErrorKind::Empty,
            Span::new(0, input.len()),
            "the input holds no text",
            "a Kamervraag",
        ));
    }
    if let Some(at) = first_foreign_control(input.as_bytes()) {
        return Err(error(
            input,
            ErrorKind::Binary,
            Span::new(at, at + 1),
            &format!(
                "control byte 0x{:02x} in the input: this is not text",
                input.as_bytes()[at]
            ),
            "text",
        ));
    }
    let head = input[start..].trim_start_space();
    if is_markup(head) {
        let at = input.len() - head.len();
        let tag_end = head.find('>').map_or(head.len(), |i| i + 1).min(80);
        return Err(error(
            input,
            ErrorKind::Markup,
            Span::new(at, at + floor_char_boundary(head, tag_end)),
            &format!(
                "found markup `{}`: this is HTML or XML, not the text of a Kamervraag",
                &head[..floor_char_boundary(head, tag_end)]
            ),
            "the text of the page (HTML and XML are out of scope)",
        ));
    }
    Ok(start)
}

/// Text that starts as an HTML or XML document does.
fn is_markup(head: &str) -> bool {
    let b = head.as_bytes();
    [
        "<?xml",
        "<!doctype",
        "<html",
        "<body",
        "<div",
        "<p>",
        "<p ",
        "<officiele-publicatie",
        "<kamervragen",
    ]
    .iter()
    .any(|m| {
        b.get(..m.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(m.as_bytes()))
    }) || (head.starts_with('<') && head.contains("</"))
}

/// Text decoded with the wrong character set (`FinanciÃ«n`): a warning at the first occurrence, with
/// the repaired letters.
fn check_mojibake(input: &str, diags: &mut Vec<Diagnostic>) {
    let b = input.as_bytes();
    let mut count = 0usize;
    let mut first = None;
    let mut first_quote = None;
    // `Ã` is `C3 83` and `â€` is `C3 A2 E2 82 AC`: their second bytes are rare in text, so that one
    // pass finds both.
    for second_byte in memchr::memchr2_iter(0x83, 0xa2, b) {
        let Some(at) = second_byte.checked_sub(1).filter(|&at| b[at] == 0xc3) else {
            continue;
        };
        if b[second_byte] == 0xa2 {
            if b[at..].starts_with("â€".as_bytes()) {
                count += 1;
                first_quote.get_or_insert(at);
            }
            continue;
        }
        // `Ã` followed by a second Latin-1 letter: the two bytes of one UTF-8 letter read as Latin-1.
        if let Some(&[0xc2 | 0xc3, second, ..]) = b.get(at + 2..) {
            let low = if b[at + 2] == 0xc2 {
                second
            } else {
                second + 0x40
            };
            if (0x80..=0xbf).contains(&low) {
                count += 1;
                first.get_or_insert((at, [0xc3, low]));
            }
        }
    }
    if let Some((at, repaired)) = first {
        let shown = std::str::from_utf8(&repaired).unwrap_or("?");
        let word_end = input[at..]
            .find(|c: char| c.is_whitespace())
            .map_or(input.len(), |e| at + e);
        let word_start = input[..at]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |s| {
                s + input[s..].chars().next().map_or(1, char::len_utf8)
            })
            .max(floor_char_boundary(input, at.saturating_sub(40)));
        diags.push(Diagnostic {
            severity: Severity::Warning,
            code: "mojibake",
            message: format!(
                "found `{}` ({count} such sequences): text decoded with the wrong character set; \
                 expected UTF-8 (`{}` should read `{shown}`)",
                &input[word_start..floor_char_boundary(input, word_end.min(at + 40))]
                    .trim_end_matches(|c: char| !c.is_alphanumeric()),
                &input[at..at + 4],
            ),
            span: Span::new(at, at + 4),
        });
    } else if count > 0 {
        let at = first_quote.unwrap_or(0);
        diags.push(Diagnostic {
            severity: Severity::Warning,
            code: "mojibake",
            message: format!(
                "found `â€` ({count} such sequences): quotes or dashes decoded with the wrong character set; expected UTF-8"
            ),
            span: Span::new(at, at + "â€".len()),
        });
    }
}

/// The calendar date of a bracket date that was found, if any; a warning (`invalid-date`) when its
/// text names no day of the calendar or is no date at all. `what` is the bracket word (`ontvangen`).
fn date_of(
    input: &str,
    d: Option<Dated>,
    diags: &mut Vec<Diagnostic>,
    what: &str,
) -> Option<chrono::NaiveDate> {
    let d = d?;
    if d.date.is_none() {
        let found = d.span.slice(input);
        // Day, month and year that name no day (`31 september 2025`), or no date at all.
        let why = if date_parts(found).is_ok() || numeric_date(found).is_some() {
            "which is not a day of the calendar"
        } else {
            "which is not a date"
        };
        diag(
            diags,
            Severity::Warning,
            "invalid-date",
            format!(
                "found `{found}` in `({what} …)`, {why}; expected a real date such as `18 juli 2019`"
            ),
            d.span,
        );
    }
    d.date
}

/// An intro sentence or answerer line without its `(ingezonden …)` / `(ontvangen …)` bracket: every
/// real one has it, so the text is cut off or garbled there.
fn missing_date(diags: &mut Vec<Diagnostic>, what: &str, word: &str, span: Span) {
    diag(
        diags,
        Severity::Warning,
        "missing-date",
        format!(
            "{what} has no `({word} …)` date; expected it to end with one such as `({word} 18 juli 2019)` (the text may be cut off)"
        ),
        span,
    );
}

/// Parse a whole document.
pub(crate) fn parse_document(input: &str) -> Result<Document<'_>, ParseError> {
    let start = check_input(input)?;
    let (format, style) = detect(input, start);
    let mut diags = Vec::new();
    let mut doc = Document {
        kind: Kind::Questions,
        format,
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
    };
    let mut keywords = Vec::new();
    let mut header_views = None;
    let mut saw_breadcrumb = false;
    let mut declared_kind = None;
    let mut saw_intro = false;
    // The intro sentence while no `(ingezonden …)` bracket has been seen in the header.
    let mut undated_intro: Option<Span> = None;
    // The intro sentence, whose subject may carry the first note superscript.
    let mut intro_span: Option<Span> = None;
    let mut saw_submitted = false;
    let mut aanhangsel_masthead = false;
    let mut saw_answerer = false;

    // ---- Header: everything up to the first question, answer or note.
    let mut lines = Lines::new(input, start, input.len()).peekable();
    let mut body_start = input.len();
    let mut first_line = true;
    while let Some(line) = lines.peek().copied() {
        let t = line.trimmed();
        if t.is_empty() {
            lines.next();
            continue;
        }
        let was_first = std::mem::replace(&mut first_line, false);
        // A page footer with the body's first heading glued on (`…, Aanhangsel 1Vraag 1`): the page
        // ended, so the header did; the body starts with the heading.
        if saw_intro || saw_answerer {
            if let Some(at) = split_footer(line.text)
                .filter(|&at| parse_heading(line.text[at..].trim_space()).is_some())
            {
                if let Some(f) = furniture(line.text[..at].trim_space()) {
                    note_furniture(&mut doc, f);
                }
                body_start = line.start + at;
                break;
            }
        }
        if let Some(f) = furniture(t) {
            // The Aanhangsel number follows the `Aanhangsel van de Handelingen … antwoorden` masthead.
            aanhangsel_masthead |=
                find_short(t, "Aanhangsel").is_some() || find_short(t, "antwoorden").is_some();
            note_furniture(&mut doc, f);
            lines.next();
            continue;
        }
        // Site navigation above a Tweedemonitor breadcrumb (the dialect was found from a breadcrumb
        // further down when the page does not open with it). A bare `Tweedemonitor` (the site's
        // name) may open the navigation: the lines after it up to the breadcrumb are navigation too.
        if format == Format::Tweedemonitor
            && !saw_intro
            && doc.title.is_none()
            && !t.starts_with("Tweedemonitor")
            && (!saw_breadcrumb || breadcrumb_ahead(lines.clone()))
        {
            lines.next();
            continue;
        }
        // The title printed again on a line of its own under a breadcrumb that holds it once.
        if format == Format::Tweedemonitor
            && !saw_intro
            && doc
                .title
                .as_deref()
                .is_some_and(|title| title.split_whitespace().eq(t.split_whitespace()))
        {
            lines.next();
            continue;
        }
        if format == Format::Tweedemonitor
            && !saw_intro
            && (!saw_breadcrumb || (doc.title.is_none() && is_breadcrumb(t)))
        {
            saw_breadcrumb = true;
            let title = breadcrumb_title(t);
            if !title.is_empty() {
                doc.title = Some(Cow::Borrowed(title));
            }
            lines.next();
            continue;
        }
        if let Some((soort, title)) = (was_first && format == Format::Webpage)
            .then(|| webpage_title(t))
            .flatten()
        {
            declared_kind = Some(if soort.starts_with("Antwoord") {
                Kind::Answer
            } else if soort.starts_with("Mededeling") {
                Kind::Notice
            } else {
                Kind::Questions
            });
            doc.oral = soort.starts_with("Mondelinge");
            doc.title = Some(Cow::Borrowed(title.trim_space()));
            lines.next();
            // A long title hard-wrapped like the text under it: its rest on the next line, right
            // before the intro, the answerer line or the first heading.
            if let Some(rest) = title_rest(t, lines.clone()) {
                doc.title = Some(Cow::Owned(format!("{} {}", title.trim_space(), rest)));
                lines.next();
            }
            continue;
        }
        if let Some(k) = t.strip_prefix("Keywords:") {
            keywords.extend(split_keywords(k));
            lines.next();
            // An empty field with its keywords on the lines under it (`Keywords:` / `sport` /
            // `zwembaden` / `Zaaknummer: …`): up to a blank line or the next field.
            if k.trim_space().is_empty() && format == Format::Tweedemonitor {
                while let Some(next) = lines.peek().map(|l| l.trimmed()) {
                    if !is_keyword_line(next) {
                        break;
                    }
                    keywords.extend(split_keywords(next));
                    lines.next();
                }
            }
            continue;
        }
        // The view counter may stand in the header too (`Access ( 311 )` after `Keywords:`).
        if let Some(n) = views(t).filter(|_| format == Format::Tweedemonitor) {
            header_views.get_or_insert(n);
            lines.next();
            continue;
        }
        if let Some(z) = t.strip_prefix("Zaaknummer:") {
            let z = z.trim_space();
            if !z.is_empty() {
                doc.zaaknummer.get_or_insert(compact_zaak(z));
            }
            lines.next();
            continue;
        }
        if is_zaak_line(t) {
            doc.zaaknummer.get_or_insert(compact_zaak(t));
            lines.next();
            continue;
        }
        if let Some(number) = ah_label(t) {
            doc.aanhangsel = Some(number);
            lines.next();
            continue;
        }
        let bare = undecorate(t);
        // The Markdown conversion sets the number as a `### 402` heading, also when the masthead
        // before it was cut off.
        if !saw_intro
            && format == Format::Publication
            && (aanhangsel_masthead || t.starts_with("### "))
            && !bare.is_empty()
            && bare.len() <= 7
            && bare.bytes().all(|b| b.is_ascii_digit())
        {
            doc.aanhangsel = bare.parse().ok();
            lines.next();
            continue;
        }
        // The date without brackets on its own line (older documents): `Ingezonden 12 maart 2002`
        // before or after the intro, `Ontvangen 3 april 2002` after the answerer line.
        if is_bare_date_line(t, &INGEZONDEN) || is_bare_date_line(t, &ONTVANGEN) {
            let ingezonden = is_bare_date_line(t, &INGEZONDEN);
            let word = if ingezonden { &INGEZONDEN } else { &ONTVANGEN };
            let at = line.trimmed_start();
            if let Some((d, _)) = bare_date(t, at, word) {
                if ingezonden && !saw_submitted {
                    saw_submitted = true;
                    doc.submitted = date_of(input, Some(d), &mut diags, "ingezonden");
                } else if !ingezonden && doc.received.is_none() {
                    doc.received = date_of(input, Some(d), &mut diags, "ontvangen");
                }
            }
            lines.next();
            continue;
        }
        if t.starts_with("(ingezonden") || t.starts_with("(Ingezonden") {
            // The bracket on its own line, whatever the case of the word (`(Ingezonden 11 maart
            // 2002)` in older originals); the line after it only when it holds the rest of a wrapped
            // date (`(ingezonden` / `28 november 2024)`), never the intro sentence after it.
            let raw = bracket_line(input, &mut lines);
            if let Some((d, _)) = bracket_date(
                raw,
                raw.as_ptr() as usize - input.as_ptr() as usize,
                &OPEN_INGEZONDEN,
            ) {
                saw_submitted = true;
                doc.submitted = date_of(input, Some(d), &mut diags, "ingezonden");
            }
            continue;
        }
        // Every rendering prints the intro before the answerer line: a `Vragen van het lid …` after it
        // is the prose of a Word Mededeling (`Vragen van het lid X over … kunnen niet …`).
        if !saw_intro && !saw_answerer && is_intro_start(t) {
            saw_intro = true;
            let from = line.trimmed_start();
            let mut cuts = Vec::new();
            let (end, glued) = glued_first_heading(
                input,
                from,
                collect_intro(input, &mut lines, format, &mut cuts),
            );
            let intro = if cuts.is_empty() {
                parse_intro(&input[from..end], from)
            } else {
                note_cut_furniture(input, &mut doc, &cuts);
                Spliced::new(input, from, end, &cuts).parse_intro()
            };
            intro_span = Some(Span::new(from, end));
            doc.oral |= intro.oral;
            doc.submitters = intro.submitters;
            doc.addressees = intro.addressees;
            doc.subject = intro.subject;
            if intro.submitted.is_some() {
                saw_submitted = true;
                doc.submitted = date_of(input, intro.submitted, &mut diags, "ingezonden");
            } else {
                undated_intro = Some(Span::new(from, end));
            }
            if doc.submitters.is_empty() {
                diag(
                    &mut diags,
                    Severity::Warning,
                    "no-submitters",
                    "the intro sentence names no members (expected `het lid NAAM (PARTIJ)`)".into(),
                    Span::new(from, end),
                );
            }
            if let Some(at) = glued {
                body_start = at;
                break;
            }
            continue;
        }
        let undec = undecorate(t);
        // A second answerer line names an office (`Antwoord van Staatssecretaris …`); a line after the
        // answerer line that only opens with the words is the body's prose (a Word Mededeling that
        // starts `Antwoord op de vragen …` or `Antwoord van de regering …`).
        if let Some(answer) =
            answerer_opening(undec).filter(|_| !saw_answerer || answerer_names_office(undec))
        {
            declared_kind = Some(if answer { Kind::Answer } else { Kind::Notice });
            saw_answerer = true;
            let from = line.trimmed_start();
            let mut cuts = Vec::new();
            let end = collect_answerer(input, &mut lines, format == Format::Publication, &mut cuts);
            let (end, glued) = glued_first_heading(input, from, end);
            let a = if cuts.is_empty() {
                parse_answerer(&input[from..end], from)
            } else {
                note_cut_furniture(input, &mut doc, &cuts);
                Spliced::new(input, from, end, &cuts).parse_answerer()
            };
            apply_answerer(input, &mut doc, &mut diags, a, Span::new(from, end));
            if let Some(at) = glued {
                body_start = at;
                break;
            }
            continue;
        }
        if starts_with_phrase(t, "Zie ook") || starts_with_phrase(t, "[Zie ook") {
            let (_, raw) = collect_until_close(input, &mut lines, "nr.");
            take_wrapped_number(raw, &mut lines);
            continue;
        }
        // A line of preamble (breadcrumbs, an annotation) before the intro or answerer line: skip it
        // when one of those follows shortly, before any heading.
        if declared_kind.is_none() && !saw_intro && header_follows(lines.clone()) {
            lines.next();
            continue;
        }
        body_start = line.start;
        break;
    }

    if let Some(span) = undated_intro.filter(|_| !saw_submitted) {
        missing_date(&mut diags, "the intro sentence", "ingezonden", span);
    }

    // ---- Body: split lines into blocks, notes, Toelichting, Mededeling; remember what to skip.
    let mut drafts: Vec<Draft<'_>> = Vec::new();
    let mut notes: Vec<NoteDraft> = Vec::new();
    let mut skipped: Vec<Span> = Vec::new();
    let mut page_from = None;
    let mut in_note = false;
    // A note that page furniture cut off in mid-word or in an open bracket (see [`note_cut_off`]).
    let mut resume_note = false;
    let mut blank_before = true;
    let collapsed = is_collapsed(input);
    let (uses_headings, numbered, first_paren) = numbering(input, body_start, collapsed);
    // Notice prose: in PDF text too when it does not reprint the questions first (older notices go
    // from the `Mededeling van …` line straight to the prose, with no `Mededeling` heading).
    let notice_prose = declared_kind == Some(Kind::Notice);
    // Word originals whose list style closes the number with a bracket print their questions as
    // `1) Bent u …`, the form of their note bodies. Item 1 is a question where no text before it
    // refers to a note 1 (` 1)`), and it either opens the body, where a note cannot stand, or asks
    // something (a notice that quotes the questions after its own prose).
    let opens_questions =
        |(at, text): (usize, &str)| at == body_start || ends_with_question_mark(text);
    let unreferenced_paren = style == NoteStyle::Paren
        && !uses_headings
        && first_paren.is_some_and(|item| {
            (opens_questions(item) || notice_prose)
                && !refers_to_first_note(&input[start..item.0], style)
        });
    let paren_questions = unreferenced_paren && first_paren.is_some_and(opens_questions);
    // In a notice, a `1)` list that asks nothing and that no text refers to is a list in its prose
    // (`om twee redenen:` / `1) er is …;`), no note bodies.
    let paren_prose = unreferenced_paren && notice_prose && !paren_questions;
    let item_of: fn(&str) -> Option<(u32, &str, &str)> = if paren_questions {
        parse_paren_numbered
    } else {
        parse_numbered
    };
    // Tweedemonitor prints the Word original's body (its questions too may be bare paragraphs).
    let unnumbered_paragraphs = matches!(format, Format::Original | Format::Tweedemonitor)
        && !uses_headings
        && !numbered
        && !paren_questions
        && declared_kind.is_none();
    // Word prints one paragraph per line; most originals also put an empty paragraph between two,
    // and then a line break without one is a break inside a paragraph. Where the questions have no
    // empty paragraph between them, each line is a paragraph.
    let line_paragraphs = unnumbered_paragraphs && !blank_between_paragraphs(input, body_start);
    let mut last_question: Option<usize> = None;
    // A numbered list inside the last answer (`Antwoord:` in Word originals): its draft and last item.
    let mut answer_list: Option<(usize, u32)> = None;
    // The same for a list inside the last question (`Kunt u aangeven:` / `1. hoeveel …`).
    let mut question_list: Option<(usize, u32)> = None;
    // Page furniture or a note since the last content line.
    let mut broke = false;
    let mut max_asked = 0u32;
    let mut question_count = 0u32;
    // The highest note superscript seen so far in PDF text, from the intro's subject on (an oral
    // question's only marker stands there: `… (NOS, 18 november 2024 )1`).
    let mut seen = Vec::new();
    let mut max_marker = 0u32;
    // The superscript that ends the intro's subject, as its digits and number (`…binnenkrijgen1`).
    let mut subject_marker: Option<(&str, u32)> = None;
    if let Some(span) =
        intro_span.filter(|_| matches!(style, NoteStyle::Glued | NoteStyle::Markdown))
    {
        find_markers(span.slice(input), 3, 1, style, &mut seen);
        max_marker = seen.iter().map(|m| m.number).fold(0, u32::max);
        subject_marker = subject_end_marker(span.slice(input), &seen);
    }
    let mut counted = 0;
    // Older PDF text numbers its questions with a bare `1` on its own line, the form a superscript
    // note marker takes when it wraps: the body must open with that `1` for such lines to count.
    let bare_numbered =
        style == NoteStyle::Glued && !uses_headings && opens_bare_one(input, body_start);
    // An answerer line after the questions (older Aanhangsel layout): its end, whether answers
    // follow, and the last answer number given by a bare number.
    let mut skip_to = 0;
    let mut answers_follow = false;
    let mut fresh_answerer = false;
    let mut last_bare_answer = 0u32;
    // Whether the last non-empty line ended in a colon (it opens a list).
    let mut colon_before = false;
    // Plain text that opens inside a block (a paste cut in mid-sentence before the first heading):
    // the span of that paragraph, which is no question of its own.
    let mut cut_lead: Option<Span> = None;
    // Whether PDF text glues some note body to its number (`1NOS, …`); asked once, when needed.
    let mut glued_bodies: Option<bool> = None;
    // Whether a Markdown conversion kept its `[1 ]` markers; asked once, when needed.
    let mut bracket_markers: Option<bool> = None;
    let mut body_lines = Lines::new(input, body_start, input.len());
    // The rest of a line cut before a heading glued to the sentence before it.
    let mut cut_rest: Option<Line<'_>> = None;
    while let Some(line) = cut_rest.take().or_else(|| body_lines.next()) {
        if line.start < skip_to {
            continue;
        }
        for (i, d) in drafts.iter().enumerate().skip(counted) {
            if d.role == Section::Question {
                last_question = Some(i);
                question_count += 1;
                max_asked = d.numbers.iter().copied().fold(max_asked, u32::max);
            }
        }
        counted = drafts.len();
        // A page footer with the next heading glued on: `…, Aanhangsel 1Antwoord 3`.
        let line = match split_footer(line.text) {
            Some(at) => {
                skipped.push(Span::new(line.start, line.start + at));
                broke = true;
                in_note = false;
                Line {
                    text: &line.text[at..],
                    start: line.start + at,
                }
            }
            None => line,
        };
        // A web page that lost its line breaks glues a heading and its text to the sentence before
        // it: the line ends before the heading, and the heading starts the next one. It must take
        // the numbering on (the next question, or one asked and not yet answered). PDF text and Word
        // originals keep their lines, where a heading has a line of its own (but in collapsed text).
        // A question heading that opens the line asks its questions before the rest of the line.
        let asked_here = || {
            parse_heading_inline(line.trimmed())
                .filter(|h| h.role == Role::Question && heading_in_sequence(h, &drafts, max_asked))
                .map_or(max_asked, |h| {
                    h.numbers.iter().copied().fold(max_asked, u32::max)
                })
        };
        let glued_heading = (collapsed
            || matches!(
                format,
                Format::Webpage | Format::Tweedemonitor | Format::Plain
            ))
        .then(|| {
            heading_after_sentence(line.text, |h| heading_in_sequence(h, &drafts, asked_here()))
        })
        .flatten();
        let line = match glued_heading {
            Some(at) => {
                cut_rest = Some(Line {
                    text: &line.text[at..],
                    start: line.start + at,
                });
                Line {
                    text: &line.text[..at],
                    start: line.start,
                }
            }
            None => line,
        };
        let t = line.trimmed();
        if t.is_empty() {
            // A blank line ends a Word or Markdown note, but where the note stops in mid-phrase
            // (a URL or a wrapped line broken over an empty paragraph).
            if in_note && style != NoteStyle::Glued {
                in_note = notes
                    .last()
                    .is_some_and(|n| goes_on_after_blank(&input[n.text..n.end]));
            }
            blank_before = true;
            continue;
        }
        let paragraph_start = std::mem::replace(&mut blank_before, false);
        let after_colon = std::mem::replace(&mut colon_before, t.ends_with(':'));
        // A Markdown conversion's `[1 ]` markers, in prose lines too: a note body follows its marker.
        // The markers count on from the last note or the last marker, whichever is further: notes
        // gathered at the end of the text follow all their markers.
        if style == NoteStyle::Markdown && memchr::memchr(b'[', t.as_bytes()).is_some() {
            let ahead = notes.last().map_or(1, |n| n.number + 1).max(max_marker + 1) + 3;
            seen.clear();
            find_markers(t, ahead, max_marker + 1, style, &mut seen);
            max_marker = seen.iter().map(|m| m.number).fold(max_marker, u32::max);
        }
        // Most lines are prose: they skip the classifiers that need a line to start otherwise.
        let plain = !in_note && is_plain_line(t);
        if let Some(f) = if plain { None } else { furniture(t) } {
            note_furniture(&mut doc, f);
            skipped.push(Span::new(line.start, line.end()));
            broke = true;
            resume_note |= in_note && notes.last().is_some_and(|n| note_cut_off(input, n));
            in_note = false;
            continue;
        }
        // A note cut off by a page break in mid-word or in an open bracket goes on after the
        // furniture with the rest of the word or bracket (`…Zorgak-` / footer / `koord, https://…`)
        // where the notes ran over onto a page of their own: the body has ended. A page that still
        // holds body text (a heading follows) starts with that text, and its notes come at its foot.
        if std::mem::take(&mut resume_note)
            && t.starts_with(char::is_lowercase)
            && !heading_ahead(input, line.start, collapsed)
        {
            if let Some(n) = notes.last_mut() {
                n.end = line.end();
                in_note = true;
                continue;
            }
        }
        if format == Format::Tweedemonitor && starts_page(t) {
            page_from = Some(line.start);
            break;
        }
        // The answerer line after the questions it answers, in older Aanhangsel text: `1` / `Is het
        // waar …?` / `Antwoord van staatssecretaris Cohen (Justitie) (Ontvangen 11 januari 1999)` /
        // `1` / `Nee.` It must carry its `(ontvangen …)` date to be told from prose.
        if !plain
            && !saw_answerer
            && !in_note
            && drafts.last().is_some_and(|d| d.role == Section::Question)
            && answerer_line(t)
        {
            let mut ahead = Lines::new(input, line.start, input.len()).peekable();
            let mut cuts = Vec::new();
            let end = collect_answerer(input, &mut ahead, format == Format::Publication, &mut cuts);
            let from = line.trimmed_start();
            let a = if cuts.is_empty() {
                parse_answerer(&input[from..end], from)
            } else {
                Spliced::new(input, from, end, &cuts).parse_answerer()
            };
            if a.received.is_some() {
                note_cut_furniture(input, &mut doc, &cuts);
                let answer = answerer_opening(undecorate(t)) == Some(true);
                declared_kind = Some(if answer { Kind::Answer } else { Kind::Notice });
                saw_answerer = true;
                apply_answerer(input, &mut doc, &mut diags, a, Span::new(from, end));
                skip_to = end;
                skipped.push(Span::new(line.start, end));
                broke = true;
                if answer {
                    answers_follow = true;
                    fresh_answerer = true;
                } else {
                    drafts.push(Draft::new(Section::Notice, vec![], None, end, end, end));
                }
                continue;
            }
        }
        // `heading_of(t, collapsed)`, or else an inline heading that takes the numbering on, from
        // one reading of the line: the inline reading is `parse_heading`'s but for a glued text.
        let heading = if plain {
            None
        } else {
            parse_heading_inline(t)
                .filter(|h| !h.glued || collapsed || heading_in_sequence(h, &drafts, max_asked))
        };
        if heading.is_some() {
            fresh_answerer = false;
        }
        if heading.is_none() && !plain {
            if let Some(digits) = overlong_number(t) {
                let at = offset_in(input, digits);
                diag(
                    &mut diags,
                    Severity::Warning,
                    "number-too-large",
                    format!(
                        "found the heading `{}` with a number of {} digits; expected a question number below 1,000,000,000 (the line is kept as text)",
                        excerpt_of(t),
                        digits.len()
                    ),
                    Span::new(at, at + digits.len()),
                );
            }
        }
        let next_note = notes.last().map_or(1, |n| n.number + 1);
        // PDF notes are glued to their number (`1NOS`), but some extractions keep a space (`1 Motie`):
        // accept that form once the note's superscript has been seen in the text, in a text that
        // glues none of its note bodies (there `1 Groningen 120` is a table row or a wrapped
        // superscript before prose).
        let spaced = style == NoteStyle::Glued && next_note <= max_marker;
        let note_at = if plain || (paren_prose && notes.is_empty()) {
            None
        } else {
            body_start_of(&line, next_note, style)
                .or_else(|| {
                    spaced
                        .then(|| body_start_of(&line, next_note, NoteStyle::Markdown))
                        .flatten()
                        .filter(|&at| spaced_body_plausible(&line.text[at..]))
                        .filter(|_| {
                            !*glued_bodies
                                .get_or_insert_with(|| has_glued_bodies(input, body_start))
                        })
                })
                // Word notes follow the whole body: a `1)` item after a line that opens a list
                // (`… maatregelen:`), or with a `Vraag`/`Antwoord` heading after it, is a list item.
                .filter(|_| {
                    style != NoteStyle::Paren
                        || !(after_colon
                            || (uses_headings && heading_ahead(input, line.end(), collapsed)))
                })
                // A Markdown note `1 Text` follows its `[1 ]` marker, where the conversion kept them
                // (before it, `1 januari 2026 …` or `1 Groningen 120` is prose or a table row).
                .filter(|_| {
                    style != NoteStyle::Markdown
                        || next_note <= max_marker
                        || !*bracket_markers.get_or_insert_with(|| {
                            memchr::memmem::find(input.as_bytes(), b"[1 ]").is_some()
                        })
                })
        };
        // In a body numbered `1)`, the next question's item is no note body, nor is an item of a list
        // inside an answer that another answer label follows; notes come after all of them.
        let question_item = paren_questions
            && notes.is_empty()
            && note_at.is_some()
            && (item_of(t).map(|(n, _, _)| n) == Some(next_number(&drafts, last_question))
                || (drafts.last().is_some_and(|d| d.role == Section::Answer)
                    && heading_ahead(input, line.end(), collapsed)));
        // The note's number alone on its line and its text on the next (tweedekamer.nl pages, PDF
        // text): a number whose superscript the text has shown, that follows the note before it, or
        // whose text ends the page, before a line that can open a note body. In older PDF text a bare
        // number numbers a question instead. A Word original's or Tweedemonitor's `1)` alone on its
        // line is a note's number wherever it stands, but in a body whose questions are numbered so.
        let paren_own_line = style == NoteStyle::Paren && !(paren_questions && notes.is_empty());
        if let Some(body) = ((style == NoteStyle::Glued && !bare_numbered) || paren_own_line)
            .then_some(())
            .filter(|_| note_at.is_none() && heading.is_none() && !plain)
            .and_then(|_| own_line_note(input, &line, next_note, style, collapsed))
            .filter(|body| {
                style == NoteStyle::Paren
                    || spaced
                    || in_note
                    || ends_page(input, body, next_note, collapsed)
            })
        {
            broke = true;
            notes.push(NoteDraft {
                number: next_note,
                start: line.trimmed_start(),
                text: body.trimmed_start(),
                end: body.end(),
            });
            skip_to = body.end();
            in_note = true;
            continue;
        }
        if let Some(text_at) = note_at.filter(|_| heading.is_none() && !question_item) {
            broke = true;
            notes.push(NoteDraft {
                number: next_note,
                start: line.trimmed_start(),
                text: line.start + text_at,
                end: line.end(),
            });
            in_note = true;
            continue;
        }
        if in_note && heading.is_none() && !is_section_label(t) {
            if let Some(n) = notes.last_mut() {
                n.end = line.end();
            }
            continue;
        }
        in_note = false;
        let bare = if bare_numbered && !plain {
            bare_number(t).filter(|&n| {
                if answers_follow {
                    n > last_bare_answer && n <= max_asked
                } else {
                    n == next_number(&drafts, last_question)
                }
            })
        } else {
            None
        };
        if let Some(n) = bare.filter(|_| answers_follow) {
            last_bare_answer = n;
            fresh_answerer = false;
            drafts.push(Draft::new(
                Section::Answer,
                vec![n],
                Some(t),
                line.trimmed_start(),
                line.end(),
                line.end(),
            ));
            continue;
        }
        if style == NoteStyle::Glued {
            let only_markers = !plain && bare.is_none() && marker_only(t);
            if only_markers {
                max_marker = max_marker.max(
                    t.split(|c: char| !c.is_ascii_digit())
                        .filter_map(|w| w.parse().ok())
                        .max()
                        .unwrap_or(0),
                );
            }
            // The scan finds numbers up to `next_note + 3`: once that far ahead it cannot add anything.
            if max_marker < next_note + 3 {
                seen.clear();
                find_markers(t, next_note + 3, max_marker + 1, style, &mut seen);
                max_marker = seen.iter().map(|m| m.number).fold(max_marker, u32::max);
            }
            if only_markers {
                skipped.push(Span::new(line.start, line.end()));
                broke = true;
                continue;
            }
        }
        // `Toelichting` inside an answer that a heading follows is the answer's own sub-heading:
        // the questions' Toelichting comes after the questions and answers.
        let toelichting_here = if plain { None } else { toelichting(t) }.filter(|_| {
            !(drafts.last().is_some_and(|d| d.role == Section::Answer)
                && heading_ahead(input, line.end(), collapsed))
        });
        if let Some(rest) = toelichting_here {
            let content = if rest.is_empty() {
                line.end()
            } else {
                offset_in(input, rest)
            };
            drafts.push(Draft::new(
                Section::Explanation,
                vec![],
                None,
                line.start,
                content,
                line.end(),
            ));
            continue;
        }
        if notice_heading(t) {
            drafts.push(Draft::new(
                Section::Notice,
                vec![],
                None,
                line.start,
                line.end(),
                line.end(),
            ));
            continue;
        }
        if let Some(h) = heading {
            let role = if h.role == Role::Question {
                Section::Question
            } else {
                Section::Answer
            };
            let mut numbers = h.numbers;
            if role == Section::Answer {
                split_orphan_question(&mut drafts, &numbers, max_asked);
                if style == NoteStyle::Paren && !uses_headings {
                    split_unnumbered_question(input, &mut drafts, &numbers, max_asked);
                }
            }
            if numbers.is_empty() && role == Section::Answer {
                numbers = unanswered_numbers(&drafts);
                if numbers.is_empty() {
                    numbers = last_question
                        .map(|i| &drafts[i])
                        .map(|d| d.numbers.clone())
                        .unwrap_or_default();
                }
            }
            let content = if h.rest.is_empty() {
                line.end()
            } else {
                offset_in(input, h.rest)
            };
            drafts.push(Draft::new(
                role,
                numbers,
                Some(h.label),
                line.trimmed_start(),
                content,
                line.end(),
            ));
            continue;
        }
        let current = drafts.last().map(|d| d.role);
        let next_question = next_number(&drafts, last_question);
        // A question number alone on its line (Word originals whose numbering became text; older PDF
        // text).
        if (style != NoteStyle::Glued || bare.is_some())
            && !uses_headings
            && t.strip_suffix('.').unwrap_or(t).parse::<u32>().ok() == Some(next_question)
        {
            drafts.push(Draft::new(
                Section::Question,
                vec![next_question],
                Some(t),
                line.trimmed_start(),
                line.end(),
                line.end(),
            ));
            continue;
        }
        if !uses_headings && current != Some(Section::Explanation) {
            if let Some((n, label, text)) = item_of(t) {
                let list = if current == Some(Section::Answer) {
                    answer_list
                        .filter(|&(i, _)| i + 1 == drafts.len())
                        .map(|(_, last)| last)
                } else {
                    None
                };
                let continues_list = list.is_some_and(|last| last + 1 == n);
                // An item that goes on with a list inside the question is no next question where
                // question `n` is numbered again after the answer that follows.
                let in_question_list = current == Some(Section::Question)
                    && question_list
                        .is_some_and(|(i, last)| i + 1 == drafts.len() && last + 1 == n);
                if n == next_question
                    && (!notice_prose || quotes_question(format, n, text))
                    && (!continues_list || answer_label_follows(input, line.end(), n, item_of))
                    && !(in_question_list && numbered_after_answer(input, line.end(), n, item_of))
                {
                    drafts.push(Draft::new(
                        Section::Question,
                        vec![n],
                        Some(label),
                        line.trimmed_start(),
                        offset_in(input, text),
                        line.end(),
                    ));
                    continue;
                }
                if current == Some(Section::Answer) && (n == 1 || continues_list) {
                    answer_list = Some((drafts.len() - 1, n));
                }
                if current == Some(Section::Question) && (n == 1 || in_question_list) {
                    question_list = Some((drafts.len() - 1, n));
                }
            }
        }
        // Unnumbered text right after an answerer line that follows the questions answers them.
        if std::mem::take(&mut fresh_answerer) {
            drafts.push(Draft::new(
                Section::Answer,
                unanswered_numbers(&drafts),
                None,
                line.trimmed_start(),
                line.start,
                line.end(),
            ));
            continue;
        }
        // A notice that quotes the questions goes on with its own prose after the last one: a
        // paragraph without a question mark after a question that ended with one. PDF text marks no
        // paragraph: there the line must open the notice's prose.
        let prose_after_questions = notice_prose
            && !asks(t)
            && drafts.last().is_some_and(|d| {
                let asked = &input[d.content..d.end];
                d.role == Section::Question
                    && if paragraph_start || format == Format::Original {
                        ends_with_question_mark(asked)
                    } else {
                        opens_notice_prose(t).is_some_and(|names_questions| {
                            ends_with_question_mark(asked)
                                || (names_questions && asked.trim_end_space().ends_with('.'))
                        })
                    }
            });
        let no_block = drafts.is_empty();
        match drafts.last_mut() {
            Some(d)
                if !prose_after_questions
                    && (!(unnumbered_paragraphs
                        && (paragraph_start || line_paragraphs)
                        && d.role == Section::Question)
                        || d.content >= d.end
                        || continues_question(&input[d.content..d.end])) =>
            {
                if broke && d.end > d.content {
                    d.after_break = Some((d.end, line.trimmed_start()));
                }
                d.end = line.end();
                broke = false;
            }
            _ if notice_prose => {
                drafts.push(Draft::new(
                    Section::Notice,
                    vec![],
                    None,
                    line.start,
                    line.start,
                    line.end(),
                ));
            }
            // Before any block of a plain text numbered by headings, a paragraph that opens with a
            // lower-case word continues a block cut off above it.
            _ if no_block
                && uses_headings
                && format == Format::Plain
                && (cut_lead.is_some() || t.starts_with(char::is_lowercase)) =>
            {
                let from = cut_lead.map_or(line.trimmed_start(), |s| s.start);
                cut_lead = Some(Span::new(from, line.end()));
                skipped.push(Span::new(line.start, line.end()));
            }
            _ => {
                let role = Section::Question;
                let n = question_count + 1;
                drafts.push(Draft::new(
                    role,
                    vec![n],
                    None,
                    line.trimmed_start(),
                    line.start,
                    line.end(),
                ));
            }
        }
    }

    if let Some(span) = cut_lead {
        diag(
            &mut diags,
            Severity::Warning,
            "cut-off-text",
            format!(
                "found `{}` before the first heading, opening in mid-sentence; expected a heading first (the text is kept out of the blocks)",
                excerpt_of(span.slice(input))
            ),
            span,
        );
    }
    // ---- Texts: notes first (their numbers tell which digits are markers), then blocks.
    let note_count = notes.last().map_or(0, |n| n.number);
    doc.footnotes.reserve_exact(notes.len());
    merge_spans(&mut skipped);
    let mut furniture_lines = SkipList::new(&skipped);
    for n in &notes {
        let text = note_text(input, n, &mut furniture_lines, collapsed);
        let urls = urls_of(&text);
        doc.footnotes.push(Footnote {
            number: n.number,
            text,
            urls,
            span: Span::new(n.start, n.end),
        });
    }
    // Blocks skip page furniture and the note bodies printed inside them (page-bottom notes).
    let mut excluded = skipped;
    excluded.extend(notes.iter().map(|n| Span::new(n.start, n.end)));
    merge_spans(&mut excluded);
    let mut excluded_lines = SkipList::new(&excluded);
    let mut scratch = BlockScratch {
        markers: Vec::new(),
        cut: String::new(),
        marker_max: 0,
        glued_url: false,
        url_markers: Vec::new(),
        collapsed,
    };
    let (questions, answers) = drafts.iter().fold((0, 0), |(q, a), d| match d.role {
        Section::Question => (q + 1, a),
        Section::Answer => (q, a + 1),
        _ => (q, a),
    });
    doc.questions.reserve_exact(questions);
    doc.answers.reserve_exact(answers);
    let mut rejoined_urls = Vec::new();
    for d in drafts {
        let (text, refs) = block_text(
            input,
            &d,
            &mut excluded_lines,
            note_count,
            style,
            &mut scratch,
        );
        if scratch.glued_url {
            // The block rejoined a URL that the line-by-line reference scan sees cut off.
            rejoined_urls.push((Span::new(d.start, d.end), urls_of(&text)));
        }
        match d.role {
            Section::Question | Section::Answer => {
                let block = Block {
                    numbers: d.numbers,
                    label: d.label.map(Cow::Borrowed),
                    text,
                    footnotes: refs,
                    span: Span::new(d.start, d.end),
                };
                if d.role == Section::Question {
                    doc.questions.push(block)
                } else {
                    doc.answers.push(block)
                }
            }
            Section::Explanation => append(&mut doc.explanation, text),
            Section::Notice => append(&mut doc.notice, text),
        }
    }

    // A superscript glued to the subject's last word is no part of it where its note exists (the
    // intro parser strips only those after a quote or bracket, which it can tell without the notes).
    if let (Some((digits, n)), Some(subject)) = (subject_marker, doc.subject.as_mut()) {
        if doc.footnotes.iter().any(|f| f.number == n) && subject.ends_with(digits) {
            let keep = subject.len() - digits.len();
            match subject {
                Cow::Borrowed(s) => *s = &s[..keep],
                Cow::Owned(s) => s.truncate(keep),
            }
        }
    }

    // ---- Page metadata, kind, identifiers.
    if let Some(from) = page_from {
        let (mut page, published) = parse_page(input, from, std::mem::take(&mut keywords));
        page.views = page.views.or(header_views);
        doc.page = Some(page);
        doc.published = published;
    } else if format == Format::Tweedemonitor {
        doc.page = Some(Page {
            keywords,
            views: header_views,
            ..Page::default()
        });
    }
    // Without an answerer line or page title, the `Mededeling` section of a notice whose
    // `Mededeling van` line was lost tells a notice from questions.
    doc.kind = declared_kind.unwrap_or(if !doc.answers.is_empty() {
        Kind::Answer
    } else if doc.notice.is_some() {
        Kind::Notice
    } else {
        Kind::Questions
    });
    if doc.kind == Kind::Notice && doc.zaaknummer.is_none() {
        if let Some(notice) = &doc.notice {
            doc.zaaknummer = scan_references(notice)
                .into_iter()
                .find(|r| r.kind == ReferenceKind::Zaak)
                .map(|r| Cow::Owned(r.id.into_owned()));
        }
    }
    if doc.zaaknummer.is_none() {
        if let Some(z) = doc
            .document_id
            .as_deref()
            .and_then(|id| id.strip_prefix("kv-tk-"))
            .filter(|z| z.len() == 10 && z.as_bytes()[4] == b'Z')
        {
            doc.zaaknummer = Some(Cow::Owned(z.to_owned()));
        }
    }
    if doc.aanhangsel.is_none() {
        if let Some(n) = doc
            .document_id
            .as_deref()
            .and_then(|id| id.strip_prefix("ah-tk-"))
            .and_then(|r| r.split('-').nth(1))
            .and_then(|n| n.parse().ok())
        {
            doc.aanhangsel = Some(n);
        }
    }
    doc.references = scan_references(input);
    end_urls_at_markers(input, &scratch.url_markers, &mut doc.references);
    let notes = doc.footnotes.iter().map(|n| (n.span, n.urls.as_slice()));
    let blocks = rejoined_urls
        .iter()
        .map(|(span, urls)| (*span, urls.as_slice()));
    mend_broken_urls(input, notes.chain(blocks), &mut doc.references);
    if !looks_like_kamervraag(&doc) {
        let first = Lines::new(input, start, input.len())
            .find(|l| !l.is_blank())
            .map_or(Span::new(0, 0), |l| Span::new(l.trimmed_start(), l.end()));
        return Err(error(
            input,
            ErrorKind::NotAKamervraag,
            first,
            &format!(
                "found `{}`, which does not start a Kamervraag, answer or notice",
                excerpt_of(first.slice(input))
            ),
            "an intro sentence `Vragen van het lid …`, an answerer line `Antwoord van …`, a `Vraag 1` heading or an identifier",
        ));
    }
    check_pairs(&doc, &mut diags);
    check_mojibake(input, &mut diags);
    let blocks = doc.questions.len() + doc.answers.len();
    if blocks > MAX_BLOCKS {
        let span = doc
            .answers
            .get(MAX_BLOCKS.saturating_sub(doc.questions.len()))
            .or(doc.questions.get(MAX_BLOCKS))
            .map_or(Span::new(0, 0), |b| b.span);
        return Err(error(
            input,
            ErrorKind::TooManyBlocks,
            span,
            &format!(
                "found {blocks} questions and answers, more than the {MAX_BLOCKS} a document may hold"
            ),
            "at most 100,000 questions and answers",
        ));
    }
    doc.diagnostics = diags;
    Ok(doc)
}

/// Record an answerer line read from `span`. Two answerers may each have their own line (`Antwoord
/// van Minister Van Weel (…)` / `Antwoord van Staatssecretaris Coenradie (…)`): the lines add up; the
/// first date counts.
fn apply_answerer<'a>(
    input: &'a str,
    doc: &mut Document<'a>,
    diags: &mut Vec<Diagnostic>,
    a: Answerer<'a>,
    span: Span,
) {
    doc.responders.extend(a.responders);
    doc.co_responders.extend(a.co_responders);
    if a.received.is_none() {
        missing_date(diags, "the answerer line", "ontvangen", span);
    }
    let received = date_of(input, a.received, diags, "ontvangen");
    doc.received = doc.received.or(received);
}

/// A zaak number without the white space that may split it (`2024Z 17972` → `2024Z17972`);
/// borrowed when it holds none.
fn compact_zaak(z: &str) -> Cow<'_, str> {
    if z.contains(char::is_whitespace) {
        Cow::Owned(z.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(z)
    }
}

/// Record what a page furniture line tells about the document: its identifier or its session year
/// (the first one found counts).
/// Record the page furniture cut out of a header sentence.
fn note_cut_furniture<'a>(input: &'a str, doc: &mut Document<'a>, cuts: &[Span]) {
    for c in cuts {
        if let Some(f) = furniture(c.slice(input).trim_space()) {
            note_furniture(doc, f);
        }
    }
}

fn note_furniture<'a>(doc: &mut Document<'a>, f: Furniture<'a>) {
    match f {
        Furniture::Identifier(id) => {
            doc.document_id.get_or_insert(Cow::Borrowed(id));
        }
        Furniture::Year(y) => {
            if doc.vergaderjaar.is_none() {
                doc.vergaderjaar = Some(if y.as_bytes().get(4) == Some(&b'-') {
                    Cow::Borrowed(y)
                } else {
                    Cow::Owned(format!("{}-{}", &y[..4], &y[y.len() - 4..]))
                });
            }
        }
        Furniture::Other => {}
    }
}

/// How the body numbers its questions, in one pass: whether it uses `Vraag N` headings (then numbered
/// lines are lists, not questions), and, if not, whether it has a numbered item `1.`.
/// Also the first item numbered `1)` (its line start and text), which may open questions numbered
/// with a bracket.
fn numbering(input: &str, from: usize, collapsed: bool) -> (bool, bool, Option<(usize, &str)>) {
    let mut numbered = false;
    let mut first_paren = None;
    for l in Lines::new(input, from, input.len()) {
        let t = l.trimmed();
        // Headings start with `V` or `A` (`v`, `a` when typed in lower case; after Markdown marks),
        // numbered items with a digit.
        if t.as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() && !matches!(b, b'V' | b'A' | b'v' | b'a'))
        {
            continue;
        }
        if heading_of(t, collapsed).is_some_and(|h| h.role == Role::Question) {
            return (true, false, None);
        }
        numbered |= t == "1." || parse_numbered(t).is_some_and(|n| n.0 == 1);
        if first_paren.is_none() {
            first_paren = parse_paren_numbered(t)
                .filter(|&(n, _, _)| n == 1)
                .map(|(_, _, text)| (l.start, text));
        }
    }
    (false, numbered, first_paren)
}

/// The header sentence at `from..end` (the intro or the answerer line) and the body's first heading,
/// `Vraag 1`, where a web page that lost its line breaks glued that heading and its text to the
/// sentence (`… (ontvangen 4 oktober 2019). Vraag 1 Bent u …`): the end of the sentence, and where the
/// heading starts.
fn glued_first_heading(input: &str, from: usize, end: usize) -> (usize, Option<usize>) {
    let text = &input[from..end];
    match heading_after_sentence(text, |h| {
        h.role == Role::Question && h.numbers.first() == Some(&1)
    }) {
        Some(at) => (from + text[..at].trim_end_space().len(), Some(from + at)),
        None => (end, None),
    }
}

/// The first line of the body of note `number` when `line` holds the number alone (`2`; `2)` in
/// `style` [`NoteStyle::Paren`]): the next line that is not blank, if it can open a note body (no
/// heading, furniture or line of superscripts, [`spaced_body_plausible`]).
fn own_line_note<'a>(
    input: &'a str,
    line: &Line<'a>,
    number: u32,
    style: NoteStyle,
    collapsed: bool,
) -> Option<Line<'a>> {
    let t = line.trimmed();
    let t = match style {
        NoteStyle::Paren => t.strip_suffix(')')?,
        _ => t,
    };
    if t.is_empty()
        || t.len() > 3
        || !t.bytes().all(|b| b.is_ascii_digit())
        || t.parse() != Ok(number)
    {
        return None;
    }
    Lines::known(input, line.end(), input.len(), collapsed)
        .find(|l| !l.is_blank())
        .filter(|l| {
            let t = l.trimmed();
            heading_of(t, collapsed).is_none()
                && furniture(t).is_none()
                && !marker_only(t)
                && spaced_body_plausible(t)
        })
}

/// Whether the first line `body` of note `number` (printed with its number on the line before) is
/// at the foot of a page: within a few lines the page footer, the next note or the end of the text
/// follows, before any heading and before another body of the same note (which would make the
/// number a superscript wrapped onto a line of its own).
fn ends_page(input: &str, body: &Line<'_>, number: u32, collapsed: bool) -> bool {
    let mut lines =
        Lines::known(input, body.end(), input.len(), collapsed).filter(|l| !l.is_blank());
    for _ in 0..5 {
        let Some(l) = lines.next() else {
            return true;
        };
        let t = l.trimmed();
        if heading_of(t, collapsed).is_some() || body_start(t, number, NoteStyle::Glued).is_some() {
            return false;
        }
        if furniture(t).is_some()
            || split_footer(l.text).is_some()
            || body_start(t, number + 1, NoteStyle::Glued).is_some()
            || own_line_note(input, &l, number + 1, NoteStyle::Glued, collapsed).is_some()
        {
            return true;
        }
    }
    false
}

/// Whether a heading that shares its line with its text (where a web page lost its line breaks) takes
/// the numbering on: `Vraag N` asks the next question, `Antwoord N` answers questions asked before it
/// and not answered yet.
fn heading_in_sequence(h: &Heading<'_>, drafts: &[Draft<'_>], max_asked: u32) -> bool {
    let Some(&first) = h.numbers.first() else {
        return false;
    };
    match h.role {
        Role::Question => first == max_asked + 1,
        Role::Answer => {
            h.numbers.iter().all(|&n| n <= max_asked)
                && !drafts
                    .iter()
                    .any(|d| d.role == Section::Answer && d.numbers.contains(&first))
        }
    }
}

/// The heading on a line; in collapsed text it may share its line with the text that follows.
fn heading_of(t: &str, collapsed: bool) -> Option<Heading<'_>> {
    parse_heading(t).or_else(|| {
        if collapsed {
            parse_heading_inline(t)
        } else {
            None
        }
    })
}

/// A line that can only be prose: it starts with a letter that opens no heading (`Vraag`, `Antwoord`),
/// furniture (`Tweede Kamer`, `Vergaderjaar`, `ISSN`, `Aanhangsel`, `regering`, `kv-`, `ah-`, a mangled
/// `h tk …`), Tweedemonitor label (`Indiener`, `Gericht`, `Publicatiedatum`), section label
/// (`Toelichting`, `Mededeling`, `Vragen van`, `Mondelinge vragen`), note or numbered item (digits),
/// or the printer of an older imprint (`Sdu Uitgevers`).
fn is_plain_line(t: &str) -> bool {
    let b = t.as_bytes();
    b.first().is_some_and(|c| {
        c.is_ascii_alphabetic()
            && !matches!(
                c,
                b'T' | b'V' | b'v' | b'r' | b'I' | b'A' | b'a' | b'k' | b'G' | b'P' | b'M' | b'm'
            )
    }) && !matches!(b.get(1..4), Some(b" tk" | b"tk " | b"du "))
}

fn body_start_of(line: &Line<'_>, expected: u32, style: NoteStyle) -> Option<usize> {
    body_start(line.text, expected, style)
}

fn is_section_label(t: &str) -> bool {
    // `T`oelichting, `M`ededeling, `M`ondelinge vragen, `V`ragen van, in any case for the last two.
    if lead_byte(t).is_some_and(|b| !matches!(b, b'T' | b'M' | b'm' | b'V' | b'v')) {
        return false;
    }
    toelichting(t).is_some() || notice_heading(t) || is_intro_start(t)
}

/// Whether the numbered item `n` with `text`, in the prose of a notice, is a question the notice
/// quotes rather than an item of a list in its prose (`1. er is informatie nodig van …;`): a
/// question opens with a capital, and the first one of a Word original, whose paragraph is its line,
/// asks something.
fn quotes_question(format: Format, n: u32, text: &str) -> bool {
    text.starts_with(|c: char| !c.is_lowercase())
        && (n > 1 || format != Format::Original || text.contains('?'))
}

/// Whether `t` asks something: a question mark that closes no quoted title (`over het bericht «Wie
/// betaalt?» kunnen …` asks nothing).
fn asks(t: &str) -> bool {
    t.match_indices('?')
        .any(|(i, _)| !t[i + 1..].starts_with(['»', '’', '”', '"', '\'']))
}

/// Whether the line `t` opens the prose of a notice, which PDF text sets after the questions it
/// reprints without a `Mededeling` heading: `Some(true)` where it names the late questions (`De vragen
/// van …`, `Vragen van het lid …`, `De beantwoording van de vragen …`, `Hierbij deel ik …`), `Some(false)`
/// where it names their members or the day they were asked (`Het lid …`, `De leden …`, `Op 6 november
/// jl. …`) or regrets the delay (`Helaas …`, `Tot mijn spijt …`); a question may go on with such words
/// only after its own question mark.
fn opens_notice_prose(t: &str) -> Option<bool> {
    let t = crate::blocks::undecorate(t);
    if [
        "De vragen van ",
        "De beantwoording van de vragen",
        "Hierbij deel",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || is_intro_start(t)
    {
        return Some(true);
    }
    let dated = t
        .strip_prefix("Op ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()) && r.contains(" jl."));
    (dated
        || ["Het lid ", "De leden ", "Helaas ", "Tot mijn spijt "]
            .iter()
            .any(|p| t.starts_with(p)))
    .then_some(false)
}

/// The marker among `markers` (found in the intro sentence `intro`) that ends the subject: only white
/// space, a period or the `(ingezonden …)` bracket follow it. Its digits and number. Also the first
/// note's `1` glued to a year that ends the subject (`…rijksverantwoording 20231`, also with the
/// space before the year lost at a PDF line join: `…rijksverantwoording20231`), which the marker
/// scan leaves alone outside a written date.
fn subject_end_marker<'i>(intro: &'i str, markers: &[Marker]) -> Option<(&'i str, u32)> {
    let ends_subject = |at: usize| {
        let after = intro[at..].trim_start_space();
        after.is_empty() || after.starts_with(['.', '('])
    };
    if let Some(m) = markers.last().filter(|m| ends_subject(m.end)) {
        let d = &intro[m.start..m.end];
        return (!d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())).then_some((d, m.number));
    }
    let end = find_ci(intro, &OPEN_INGEZONDEN)?;
    let head = intro[..end].trim_end_space();
    let head = head.strip_suffix('.').unwrap_or(head);
    let b = head.as_bytes();
    let n = b.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let at = b.len().checked_sub(5)?;
    (n == 5
        && matches!(&b[at..at + 2], b"19" | b"20")
        && b[..at]
            .last()
            .is_some_and(|c| c.is_ascii_whitespace() || c.is_ascii_lowercase())
        && &head[at + 4..] == "1")
        .then(|| (&head[at + 4..], 1))
}

/// The `Mededeling` heading before the prose of a notice that reprints the questions, also set in
/// bold or as a heading by a Markdown conversion (`**Mededeling**`, `#### Mededeling`) or with a colon.
fn notice_heading(t: &str) -> bool {
    // Most lines start with a letter or digit other than the heading's `M`.
    if t.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_alphanumeric() && b != b'M')
    {
        return false;
    }
    let t = undecorate(t);
    t.strip_suffix(':').unwrap_or(t).trim_end_space() == "Mededeling"
}

/// `Toelichting:` alone or followed by its text: the text after the label. Without a colon the word
/// must stand alone or before a sentence's capital: `Toelichting bij het wetsvoorstel` is a wrapped
/// line of prose (`… in de memorie van` / `Toelichting bij …`).
fn toelichting(t: &str) -> Option<&str> {
    if lead_byte(t).is_some_and(|b| b != b'T') {
        return None;
    }
    let r = undecorate(t).strip_prefix("Toelichting")?;
    let (colon, r) = match r.strip_prefix(':') {
        Some(r) => (true, r),
        None => (false, r),
    };
    let text = r.trim_start_space();
    (r.is_empty() || (r.starts_with(is_space) && (colon || !text.starts_with(char::is_lowercase))))
        .then_some(text)
}

/// Consume the lines of a bracketed header sentence: the intro (up to `(ingezonden …)`) or the
/// answerer line (up to `(ontvangen …)`), at most [`MAX_HEADER_LINES`] lines, stopping early at a
/// heading, furniture or a numbered item. Blank lines end it unless `blank_lines_inside` (PDF text
/// may hold empty lines inside a wrapped sentence). Returns the end byte.
///
/// A page break may fall inside the sentence: page furniture (`ah-tk-…`, `Tweede Kamer, vergaderjaar
/// …, Aanhangsel 1`) that the sentence goes on after is passed over, its lines added to `cuts`.
fn collect_bracketed<'a>(
    lines: &mut std::iter::Peekable<Lines<'a>>,
    word: CiWord,
    blank_lines_inside: bool,
    cuts: &mut Vec<Span>,
) -> usize {
    let first = lines.next().expect("peeked by the caller");
    let mut end = first.end();
    let mut bracket = Bracket::new(word);
    bracket.feed(first.text);
    let answerer = word.text == ONTVANGEN.text;
    // Brackets opened and not closed so far (counted for the answerer line, whose end they tell),
    // and the last line taken.
    let mut depth = if answerer {
        paren_depth(0, first.text)
    } else {
        0
    };
    let mut last = first.trimmed();
    let mut taken = 1;
    while !bracket.closed && taken < MAX_HEADER_LINES {
        let Some(next) = lines.peek().copied() else {
            break;
        };
        let t = next.trimmed();
        if t.is_empty() && blank_lines_inside {
            lines.next();
            continue;
        }
        if furniture(t).is_some() {
            // The furniture of a page break, and the sentence's next line after it if it goes on.
            let mut ahead = lines.clone();
            let mut page = Vec::new();
            let goes_on = loop {
                let Some(l) = ahead.next() else { break None };
                let u = l.trimmed();
                if u.is_empty() {
                    continue;
                }
                if furniture(u).is_some() {
                    page.push(Span::new(l.start, l.end()));
                    continue;
                }
                let stops = parse_heading(u).is_some()
                    || parse_numbered(u).is_some()
                    || (answerer && (is_section_label(u) || answerer_line(u)))
                    || (!answerer && answerer_line(u));
                break (!stops).then_some(l.start);
            };
            let Some(at) = goes_on else { break };
            cuts.extend(page);
            while lines.next_if(|l| l.start < at).is_some() {}
            continue;
        }
        // Older documents print the date without brackets on a line of its own, also after an empty
        // paragraph (`… over de bekostiging.` / `` / `Ingezonden 12 maart 2002`): it ends the sentence.
        if t.is_empty() && !bracket.open {
            let mut ahead = lines.clone();
            let date_line = ahead.find(|l| !l.is_blank());
            if let Some(l) = date_line.filter(|l| is_bare_date_line(l.trimmed(), &word)) {
                while lines.next().is_some_and(|n| n.start < l.start) {}
                end = l.end();
            }
            break;
        }
        // An answerer line without its `(ontvangen …)` date ends with its sentence: a period outside
        // brackets, or a closed bracket, before a line that starts a new sentence (older text puts
        // the date after the period: `(Justitie).` / `(Ontvangen 6 januari 1998)`); the `Mededeling`
        // heading or the notice prose after it is no part of it.
        let sentence_ended = answerer
            && !bracket.open
            && depth <= 0
            && !t.starts_with('(')
            && !is_bare_date_line(t, &word)
            && (last.ends_with('.') || (last.ends_with(')') && t.starts_with(char::is_uppercase)));
        if t.is_empty()
            || sentence_ended
            || (answerer && is_section_label(t))
            || parse_heading(t).is_some()
            || parse_numbered(t).is_some()
            || (word.text == "ingezonden" && answerer_line(t))
        {
            break;
        }
        lines.next();
        end = next.end();
        bracket.feed(next.text);
        if answerer {
            depth = paren_depth(depth, next.text);
        }
        last = t;
        taken += 1;
    }
    end
}

/// Whether `t` opens an answerer line: `Antwoord van …` / `Mededeling van …`, capitalised, so that an
/// intro subject wrapped before `antwoord op de feitelijke vragen …` goes on.
fn answerer_line(t: &str) -> bool {
    // The line opens with a capital `A`ntwoord, `N`ader antwoord or `M`ededeling.
    if lead_byte(t).is_some_and(|b| !matches!(b, b'A' | b'N' | b'M')) {
        return false;
    }
    let t = undecorate(t);
    t.starts_with(|c: char| c.is_uppercase()) && answerer_opening(t).is_some()
}

/// `depth` after the brackets `line` opens and closes.
fn paren_depth(depth: i32, line: &str) -> i32 {
    // One sum over the bytes, which the compiler vectorises (a fold with a match it does not).
    let b = line.as_bytes();
    let opened: i32 = b.iter().map(|&c| i32::from(c == b'(')).sum();
    let closed: i32 = b.iter().map(|&c| i32::from(c == b')')).sum();
    depth + opened - closed
}

/// Tracks, line by line, whether `(word …)` has been opened and closed (each line is read once).
struct Bracket {
    word: CiWord,
    open: bool,
    closed: bool,
}

impl Bracket {
    fn new(word: CiWord) -> Self {
        Bracket {
            word,
            open: false,
            closed: false,
        }
    }

    fn feed(&mut self, line: &str) {
        let from = if self.open {
            0
        } else if let Some(i) = find_ci(line, &self.word) {
            // Older documents capitalise the word: `(Ingezonden 12 januari 1995)`, `(Ontvangen …)`,
            // or print it without brackets (`… scholen. Ingezonden 12 maart 2002`): closed with its date.
            self.open = true;
            if bare_date_from(line, 0, &self.word, i).is_some() {
                self.closed = true;
                return;
            }
            i
        } else if let Some(i) = opens_hyphenated(line, &self.word) {
            // `(ontvan-` / `gen 19 november 2024)`: the bracket closes on a later line.
            self.open = true;
            i
        } else {
            return;
        };
        self.closed |= line[from..].contains(')');
    }
}

/// Consume the intro sentence; returns the end byte. In a Word original (whose `(ingezonden …)` comes
/// before it, or was lost) the intro is its one paragraph, one line, also when no blank paragraph
/// follows it.
///
/// That paragraph may have been re-wrapped over several lines (by a scrape or a text export): the
/// lines up to the next empty paragraph when they are few and ask nothing, else each line the
/// sentence cannot end before ([`intro_goes_on`]).
fn collect_intro<'a>(
    input: &'a str,
    lines: &mut std::iter::Peekable<Lines<'a>>,
    format: Format,
    cuts: &mut Vec<Span>,
) -> usize {
    if format != Format::Original {
        return collect_bracketed(lines, INGEZONDEN, format == Format::Publication, cuts);
    }
    let first = lines.next().expect("peeked by the caller");
    let start = first.trimmed_start();
    let mut end = first.end();
    let stops = |t: &str| {
        parse_heading(t).is_some()
            || parse_numbered(t).is_some()
            || body_start(t, 1, NoteStyle::Paren).is_some()
            || answerer_line(t)
            || furniture(t).is_some()
    };
    // The rest of a paragraph that an empty one ends: a few lines that do not end as a question or a
    // sentence does (the Word intro has no final period).
    let mut ahead = lines.clone();
    let mut run_end = None;
    for (n, l) in ahead.by_ref().enumerate() {
        let t = l.trimmed();
        if t.is_empty() {
            break;
        }
        let ends_sentence = t
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == ')' || is_space(c))
            .ends_with(['?', '.', ':']);
        if n >= MAX_WRAPPED_INTRO_LINES || stops(t) || ends_sentence {
            run_end = None;
            break;
        }
        run_end = Some(l.end());
    }
    if let Some(e) = run_end.filter(|_| ahead.any(|l| !l.is_blank())) {
        while lines.next_if(|l| l.start < e).is_some() {}
        return e;
    }
    let mut taken = 0;
    while let Some(next) = lines.peek().copied() {
        let t = next.trimmed();
        if t.is_empty()
            || taken >= MAX_WRAPPED_INTRO_LINES
            || stops(t)
            || !intro_goes_on(&input[start..end], t)
        {
            break;
        }
        lines.next();
        end = next.end();
        taken += 1;
    }
    end
}

/// The most lines a Word intro paragraph is read over when re-wrapped, after its first.
const MAX_WRAPPED_INTRO_LINES: usize = 4;

/// Consume the answerer line(s) up to the closed `(ontvangen …)` and a following `Zie ook …, nr. N.`;
/// in PDF text (`blank_lines_inside`) the wrapped line may hold empty lines, as the intro may.
fn collect_answerer<'a>(
    input: &'a str,
    lines: &mut std::iter::Peekable<Lines<'a>>,
    blank_lines_inside: bool,
    cuts: &mut Vec<Span>,
) -> usize {
    let start = lines.peek().map_or(input.len(), |l| l.start);
    let end = collect_bracketed(lines, ONTVANGEN, blank_lines_inside, cuts);
    let raw = &input[start..end];
    if let Some((i, _)) = find_phrase(raw, "Zie ook") {
        if find_short(&raw[i..], "nr.").is_none() {
            collect_until_close(input, lines, "nr.");
        } else {
            take_wrapped_number(raw, lines);
        }
    }
    end
}

/// Consume the next line when `raw` (a `Zie ook …` reference) ends in `nr.` and the line holds the
/// number wrapped off it (`…, vergaderjaar 2024–2025, nr.` / `318.`).
fn take_wrapped_number(raw: &str, lines: &mut std::iter::Peekable<Lines<'_>>) {
    let open = raw.trim_end_space();
    if (open.ends_with("nr.") || open.ends_with("nr"))
        && lines
            .peek()
            .is_some_and(|l| l.trimmed().starts_with(|c: char| c.is_ascii_digit()))
    {
        lines.next();
    }
}

/// The comma-separated keywords of a `Keywords:` field.
fn split_keywords(k: &str) -> impl Iterator<Item = Cow<'_, str>> {
    k.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(Cow::Borrowed)
}

/// Whether a line under an empty `Keywords:` field of a Tweedemonitor page holds keywords: a short
/// line that is no other field of the header (`Zaaknummer:`, the zaak number, the view counter, the
/// intro sentence).
fn is_keyword_line(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 80
        && !t.starts_with("Zaaknummer:")
        && !is_zaak_line(t)
        && views(t).is_none()
        && !is_intro_start(t)
}

/// Consume a `(ingezonden …)` line, and the next line when the bracket was wrapped and that line
/// closes it with the rest of the date (`28 november 2024)`); returns the raw text.
fn bracket_line<'a>(input: &'a str, lines: &mut std::iter::Peekable<Lines<'a>>) -> &'a str {
    let Some(first) = lines.next() else {
        return "";
    };
    let mut end = first.end();
    if !first.text.contains(')') {
        if let Some(next) = lines.peek().copied().filter(|l| {
            let t = l.trimmed();
            t.len() <= 24 && t.ends_with(')') && t.starts_with(|c: char| c.is_ascii_digit())
        }) {
            lines.next();
            end = next.end();
        }
    }
    &input[first.start..end]
}

/// Consume lines until one holding `until`; returns the end byte and the raw text.
fn collect_until_close<'a>(
    input: &'a str,
    lines: &mut std::iter::Peekable<Lines<'a>>,
    until: &str,
) -> (usize, &'a str) {
    let Some(first) = lines.next() else {
        return (input.len(), "");
    };
    let mut end = first.end();
    let mut n = 0;
    while !input[first.start..end].contains(until) && n < 3 {
        let Some(next) = lines.peek().copied() else {
            break;
        };
        if next.is_blank() || parse_heading(next.trimmed()).is_some() {
            break;
        }
        lines.next();
        end = next.end();
        n += 1;
    }
    (end, &input[first.start..end])
}

fn append<'a>(slot: &mut Option<Cow<'a, str>>, text: Cow<'a, str>) {
    if text.is_empty() {
        return;
    }
    *slot = Some(match slot.take() {
        None => text,
        Some(prev) => Cow::Owned(format!("{prev}\n{text}")),
    });
}

/// Sort `spans` and merge those that overlap or touch, so that both starts and ends ascend.
fn merge_spans(spans: &mut Vec<Span>) {
    spans.sort_unstable();
    let mut out = 0;
    for i in 0..spans.len() {
        let s = spans[i];
        if out > 0 && s.start <= spans[out - 1].end {
            spans[out - 1].end = spans[out - 1].end.max(s.end);
        } else {
            spans[out] = s;
            out += 1;
        }
    }
    spans.truncate(out);
}

/// Disjoint sorted spans to skip, asked about at byte offsets that (almost always) ascend: a cursor
/// answers each question in amortised constant time; an offset before the previous one searches anew.
struct SkipList<'s> {
    spans: &'s [Span],
    next: usize,
    last: usize,
}

impl<'s> SkipList<'s> {
    /// Over spans prepared by [`merge_spans`].
    fn new(spans: &'s [Span]) -> Self {
        SkipList {
            spans,
            next: 0,
            last: 0,
        }
    }

    /// Is byte `at` inside one of the spans?
    fn contains(&mut self, at: usize) -> bool {
        self.end_of(at).is_some()
    }

    /// The end of the span that byte `at` is inside, if any.
    fn end_of(&mut self, at: usize) -> Option<usize> {
        if at < self.last {
            self.next = self.spans.partition_point(|s| s.end <= at);
        }
        self.last = at;
        while self.spans.get(self.next).is_some_and(|s| s.end <= at) {
            self.next += 1;
        }
        self.spans
            .get(self.next)
            .filter(|s| s.start <= at)
            .map(|s| s.end)
    }
}

/// The URLs in a clean text.
fn urls_of<'a>(text: &Cow<'a, str>) -> Vec<Cow<'a, str>> {
    let mut urls = Vec::new();
    let mut i = 0;
    while let Some(off) = text.get(i..).and_then(|r| find_short(r, "http")) {
        let at = i + off;
        match url_end(text, at) {
            Some(end) => {
                urls.push(sub_cow(text, at, end));
                i = end;
            }
            None => i = at + 4,
        }
    }
    urls
}

fn sub_cow<'a>(text: &Cow<'a, str>, start: usize, end: usize) -> Cow<'a, str> {
    match text {
        Cow::Borrowed(s) => Cow::Borrowed(&s[start..end]),
        Cow::Owned(s) => Cow::Owned(s[start..end].to_owned()),
    }
}

/// Whether the note `n` stops where a page break cut it off: its last line ends in a word broken
/// by a hyphen (`Zorgak-`) or its text leaves a bracket open (`(https://`).
fn note_cut_off(input: &str, n: &NoteDraft) -> bool {
    let text = input[n.text.min(n.end)..n.end].trim_end_space();
    let hyphenated = text
        .strip_suffix('-')
        .is_some_and(|r| r.ends_with(char::is_alphabetic));
    hyphenated || paren_depth(0, text) > 0
}

/// The clean text of a note; URLs broken over lines are rejoined without a space.
fn note_text<'a>(
    input: &'a str,
    n: &NoteDraft,
    skipped: &mut SkipList<'_>,
    collapsed: bool,
) -> Cow<'a, str> {
    let mut b = TextBuilder::with_capacity(n.end.saturating_sub(n.text));
    let mut open_url = false;
    let mut open_host = false;
    let mut open_slash = false;
    for line in Lines::known(input, n.text.min(n.end), n.end, collapsed) {
        // An empty line inside a note (PDF text) breaks no URL open before it: the URL goes on after
        // it (`(https://nos.nl/artikel/` / `` / `2550001-titel)`).
        if line.is_blank() || skipped.contains(line.trimmed_start()) {
            continue;
        }
        let piece = if line.start < n.text {
            &input[n.text..line.end()]
        } else {
            line.text
        };
        // A URL that holds another after a `/` (an archived page, `…/web/2019/https://…`) may break
        // before the inner one; after any other URL a new scheme starts a new URL.
        let inner_url = open_slash && starts_with_scheme(first_word(piece));
        if (open_url && (continues_url(piece) || inner_url)) || (open_host && continues_host(piece))
        {
            b.push_glued(piece);
        } else {
            b.push(piece, false);
        }
        let last_word = last_word(piece.trim_end_space());
        open_url = last_word.contains("://")
            && !last_word.ends_with(')')
            && (!last_word.ends_with('.') || in_open_bracket(last_word))
            || last_word.ends_with("://");
        open_host = !open_url && host_broken_at_dot(last_word);
        open_slash = last_word.ends_with('/');
    }
    b.finish()
}

/// Buffers reused from block to block, and the highest marker seen so far.
struct BlockScratch {
    markers: Vec<Marker>,
    /// A line with its markers cut out.
    cut: String,
    marker_max: u32,
    /// Whether the last block rejoined a URL broken over lines.
    glued_url: bool,
    /// Input offsets of markers glued to the end of a URL (`…/kaart)?1`), where the URLs that the
    /// reference scan reads end.
    url_markers: Vec<usize>,
    /// Whether the input is [collapsed](is_collapsed).
    collapsed: bool,
}

/// The clean text of a block and the note numbers it refers to.
fn block_text<'a>(
    input: &'a str,
    d: &Draft<'a>,
    skipped: &mut SkipList<'_>,
    notes: u32,
    style: NoteStyle,
    scratch: &mut BlockScratch,
) -> (Cow<'a, str>, Vec<u32>) {
    let BlockScratch {
        markers,
        cut,
        marker_max,
        glued_url,
        url_markers,
        collapsed,
    } = scratch;
    let mut b = TextBuilder::with_capacity(d.end.saturating_sub(d.content));
    let mut refs = Vec::new();
    // Only Word originals and Tweedemonitor pages print one paragraph per line; PDF text and its
    // Markdown conversion (`Vraag 1` / `…[1 ]?`) are hard-wrapped, so their lines join with a space.
    let paragraphs = style == NoteStyle::Paren;
    let mut first = true;
    *glued_url = false;
    let mut open_url = false;
    // The last line of text in this paragraph, for a superscript wrapped to the start of the next.
    let mut prev = "";
    for line in Lines::known(input, d.content.min(d.end), d.end, *collapsed) {
        if line.is_blank() {
            prev = "";
            continue;
        }
        let piece = if line.start < d.content {
            &input[d.content..line.end()]
        } else {
            line.text
        };
        // A page footer with the sentence of the next page glued on (`…, Aanhangsel 1wordt
        // uitgevoerd`): what follows the footer is text.
        let piece = match skipped.end_of(line.trimmed_start()) {
            None => piece,
            Some(end) if end < line.end() => &input[end.max(line.end() - piece.len())..line.end()],
            Some(_) => {
                // Superscripts on a line of their own (`1`, `2 3`), skipped as furniture, refer
                // to their notes from this block.
                if style == NoteStyle::Glued && marker_only(piece) {
                    for n in marker_numbers(piece).filter(|&n| n >= 1 && n <= notes) {
                        add_note_ref(&mut refs, n);
                        *marker_max = (*marker_max).max(n);
                    }
                }
                continue;
            }
        };
        // A superscript on its own line with the sentence's last punctuation: `2.`
        if let Some((n, punct)) = marker_with_punctuation(piece, notes, style) {
            add_note_ref(&mut refs, n);
            b.push_glued(punct);
            prev = punct;
            continue;
        }
        markers.clear();
        // Word originals sometimes keep the ` 1)` markers but lose the notes: accept the next number
        // in sequence as a marker even without a body.
        let known = if style == NoteStyle::Paren {
            notes.max(*marker_max + 1)
        } else {
            notes
        };
        if style == NoteStyle::Glued
            && piece.starts_with(|c: char| c.is_ascii_digit() || is_space(c))
        {
            if let Some(m) = wrapped_marker(prev, piece, notes, *marker_max + 1) {
                *marker_max = m.number;
                markers.push(m);
            }
        }
        prev = piece;
        find_markers(piece, known, *marker_max + 1, style, markers);
        *marker_max = markers.iter().map(|m| m.number).fold(*marker_max, u32::max);
        let paragraph = paragraphs && !first;
        first = false;
        let glue = std::mem::replace(&mut open_url, false) && continues_url_in_prose(piece);
        *glued_url |= glue;
        if markers.is_empty() {
            if glue {
                b.push_glued(piece);
            } else {
                b.push(piece, paragraph);
            }
            open_url = url_broken_at_end(piece);
            continue;
        }
        cut.clear();
        let mut at = 0;
        // Markers of different forms (`[1]`, ` 1)`) are found in separate scans: cut them in order,
        // and never twice where two claim the same bytes.
        markers.sort_unstable_by_key(|m| m.start);
        for m in markers.iter() {
            if m.start < at {
                continue;
            }
            cut.push_str(&piece[at..m.start]);
            if find_short(last_word(&piece[..m.start]), "://").is_some() {
                url_markers.push(offset_in(input, piece) + m.start);
            }
            at = m.end;
            add_note_ref(&mut refs, m.number);
        }
        cut.push_str(&piece[at..]);
        if glue {
            b.push_glued(cut);
        } else {
            b.push_owned(cut, paragraph);
        }
        open_url = url_broken_at_end(cut);
    }
    (b.finish(), refs)
}

/// Whether a note's last word is a URL in a bracket still open, `(https://www.knmi.`: a period there
/// is where the typesetting broke the host or file name (`nl/nieuws/…)`, `html)`), not a sentence end.
fn in_open_bracket(word: &str) -> bool {
    word.rfind('(').is_some_and(|i| !word[i..].contains(')'))
}

/// Whether a note's last word is a URL cut after a dot in its host name, `https://www.ad.`: no path
/// yet, so the next line holds the rest of the host and the path (`nl/politiek/…`).
fn host_broken_at_dot(word: &str) -> bool {
    word.ends_with('.') && find_short(word, "://").is_some_and(|i| !word[i + 3..].contains('/'))
}

/// Whether a note line goes on with the host and path of a URL cut at a dot ([`host_broken_at_dot`]):
/// its first word is made of URL characters and holds a `/` (`nl/politiek/…`), which prose does not.
fn continues_host(piece: &str) -> bool {
    continues_url(piece) && first_word(piece).contains('/')
}

/// Whether a line of a block ends inside a URL that PDF text broke over lines: its last word holds
/// `://` and ends where a URL cannot (`https://www.svb.nl/aow/bedragen-`, `(https://`).
fn url_broken_at_end(piece: &str) -> bool {
    let piece = piece.trim_end_space();
    // Most lines end in a letter or a period: no word to look at.
    if !piece.ends_with(['-', '/', '_', '=', '&', '?', '#']) {
        return false;
    }
    find_short(last_word(piece), "://").is_some()
}

/// Whether a block line continues a URL broken at the end of the previous line: its first word is
/// made of URL characters ([`continues_url`]) and, unlike a word of prose, holds a URL separator
/// before its end (`aow/aow-bedragen.`, `nos.nl/artikel/1)`).
fn continues_url_in_prose(piece: &str) -> bool {
    let word = first_word(piece).trim_end_matches(['.', ',', ';', ':', ')', '?', '!']);
    continues_url(piece) && word.contains(['/', '.', '-', '_', '=', '?', '#', '&'])
}

/// Diagnostics for answers without questions and the like.
fn check_pairs(doc: &Document<'_>, diags: &mut Vec<Diagnostic>) {
    if doc.kind == Kind::Answer && !doc.questions.is_empty() {
        let mut asked: Vec<u32> = doc
            .questions
            .iter()
            .flat_map(|q| q.numbers.iter().copied())
            .collect();
        asked.sort_unstable();
        for a in &doc.answers {
            for n in &a.numbers {
                if asked.binary_search(n).is_err() {
                    diags.push(Diagnostic {
                        severity: Severity::Warning,
                        code: "answer-without-question",
                        message: format!("answer {n} has no question {n}"),
                        span: a.span,
                    });
                }
            }
        }
    }
}

/// Byte offset of `sub`, a slice of `input`, within `input`.
fn offset_in(input: &str, sub: &str) -> usize {
    (sub.as_ptr() as usize)
        .saturating_sub(input.as_ptr() as usize)
        .min(input.len())
}

/// `2.` or `3,` alone on a line in PDF text: note marker `n` followed by the punctuation that ends the
/// previous line's sentence.
fn marker_with_punctuation(piece: &str, notes: u32, style: NoteStyle) -> Option<(u32, &str)> {
    if style != NoteStyle::Glued {
        return None;
    }
    let t = piece.trim_space();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let punct = &t[digits..];
    if digits == 0 || digits > 3 || !matches!(punct, "." | "," | ";" | ":" | "?" | "!") {
        return None;
    }
    let n: u32 = t[..digits].parse().ok()?;
    (n >= 1 && n <= notes).then_some((n, punct))
}

/// The first word of `piece` (after its leading white space), or `""`.
fn first_word(piece: &str) -> &str {
    piece
        .trim_start_space()
        .split(is_space)
        .next()
        .unwrap_or("")
}

/// Whether a word opens with a URL scheme, `https://`.
fn starts_with_scheme(word: &str) -> bool {
    word.split_once("://")
        .is_some_and(|(s, _)| matches!(s, "http" | "https" | "ftp"))
}

/// Whether a note line continues a URL broken at the end of the previous line: its first word is made
/// of URL characters and starts with a lower-case letter, a digit or a URL separator, and it is not a
/// URL of its own (`https://…` on the line after a note's first URL starts the next one).
fn continues_url(piece: &str) -> bool {
    let word = first_word(piece);
    !starts_with_scheme(word)
        && word.chars().next().is_some_and(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || "/-_.?=&%#".contains(c)
        })
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.?=&%#:~+;,()".contains(c))
}

/// Whether what was found is evidence of a Kamervraag, answer or notice: an intro sentence, an answerer
/// line, a Mededeling, a `Vraag`/`Antwoord` heading or an identifier in the header. Numbered lines or
/// paragraphs alone (a recipe, an article) are not.
fn looks_like_kamervraag(doc: &Document<'_>) -> bool {
    let headed = |b: &Block<'_>| {
        b.label.as_deref().is_some_and(|l| {
            l.starts_with("Vra")
                || l.starts_with("Antw")
                || l.starts_with("VRA")
                || l.starts_with("ANTW")
        })
    };
    !doc.submitters.is_empty()
        || !doc.addressees.is_empty()
        || !doc.responders.is_empty()
        || doc.notice.is_some()
        || doc.zaaknummer.is_some()
        || doc.document_id.is_some()
        || doc.aanhangsel.is_some()
        || (doc.format == Format::Webpage && doc.title.is_some())
        || doc.questions.iter().any(headed)
        || doc.answers.iter().any(headed)
}

/// The numbers of the questions printed since the last answer: what an unnumbered `Antwoord:` given
/// once for several questions (`Vraag 1`, `Vraag 2`, `Antwoord`) covers.
fn unanswered_numbers(drafts: &[Draft<'_>]) -> Vec<u32> {
    let from = drafts
        .iter()
        .rposition(|d| d.role == Section::Answer)
        .map_or(0, |i| i + 1);
    let mut numbers: Vec<u32> = drafts[from..]
        .iter()
        .filter(|d| d.role == Section::Question)
        .flat_map(|d| d.numbers.iter().copied())
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// Whether a paragraph of a Word original whose questions lost their numbering continues the question
/// before it rather than starting the next one: it follows a paragraph that ends in `:` or `;`, as the
/// items of a list do (`Kunt u dit uitsplitsen naar:` / `- de duur van het verblijf;` / `- de leeftijd?`).
fn continues_question(previous: &str) -> bool {
    previous.trim_end_space().ends_with([':', ';'])
}

/// Whether a question or answer heading comes within the next 64 lines after byte `from`.
fn heading_ahead(input: &str, from: usize, collapsed: bool) -> bool {
    Lines::known(input, from, input.len(), collapsed)
        .take(64)
        .any(|l| heading_of(l.trimmed(), collapsed).is_some())
}

/// Whether an empty line separates two paragraphs of the questions in the body from `from` (up to the
/// first note body or `Toelichting`).
fn blank_between_paragraphs(input: &str, from: usize) -> bool {
    let mut text_before = false;
    let mut blank = false;
    for l in Lines::new(input, from, input.len()) {
        let t = l.trimmed();
        if t.is_empty() {
            blank = text_before;
            continue;
        }
        if body_start(t, 1, NoteStyle::Paren).is_some() || toelichting(t).is_some() {
            return false;
        }
        if blank {
            return true;
        }
        text_before = true;
    }
    false
}

/// Whether a line of the body from `from` is a note body glued to its number, `1NOS, …`, `1de
/// Limburger, …` (a number of at most three digits and a letter, not an ordinal `2e`): then the
/// extraction kept no space after note numbers.
fn has_glued_bodies(input: &str, from: usize) -> bool {
    Lines::new(input, from, input.len()).any(|l| {
        let b = l.trimmed().as_bytes();
        let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&d)
            && b.get(d).is_some_and(u8::is_ascii_alphabetic)
            && (b[d] != b'e' || b.get(d + 1).is_some_and(u8::is_ascii_alphabetic))
    })
}

/// Whether the body at `from` opens with a bare `1` on its own line followed by text (not another
/// number): the numbering of older PDF text, where a note marker cannot stand before any text.
fn opens_bare_one(input: &str, from: usize) -> bool {
    let mut lines = Lines::new(input, from, input.len()).filter(|l| !l.is_blank());
    lines
        .next()
        .is_some_and(|l| matches!(l.trimmed(), "1" | "1."))
        && lines
            .next()
            .is_some_and(|l| l.trimmed().starts_with(|c: char| !c.is_ascii_digit()))
}

/// The number after the last question's: what the next numbered question item must carry.
fn next_number(drafts: &[Draft<'_>], last_question: Option<usize>) -> u32 {
    last_question
        .map(|i| &drafts[i])
        .and_then(|d| d.numbers.last())
        .map_or(1, |n| n + 1)
}

/// Whether an answer label (`Antwoord:`) comes after byte `from` before any numbered item (read by
/// `item_of`) or other heading: then a numbered item that could continue a list inside an answer
/// (`1. …`, `2. …`, then `3. Wie betaalt?`) is the next question of a Word original that numbers its
/// questions. A line that numbers question `n` on its own (`3` in a Word original whose numbering
/// became text) before the label makes the item the last one of the list.
fn answer_label_follows(
    input: &str,
    from: usize,
    n: u32,
    item_of: fn(&str) -> Option<(u32, &str, &str)>,
) -> bool {
    for line in Lines::new(input, from, input.len()).take(64) {
        let t = line.trimmed();
        if t.is_empty() {
            continue;
        }
        if let Some(h) = parse_heading(t) {
            return h.role == Role::Answer;
        }
        if item_of(t).is_some() || bare_number(t) == Some(n) {
            return false;
        }
    }
    false
}

/// Whether the first number after the first answer label that follows byte `from` numbers question
/// `n` (`2`, `2.`, `2. Wanneer …?`): then an item `n.` before that label belongs to a list in the
/// question.
fn numbered_after_answer(
    input: &str,
    from: usize,
    n: u32,
    item_of: fn(&str) -> Option<(u32, &str, &str)>,
) -> bool {
    let mut answered = false;
    for line in Lines::new(input, from, input.len()).take(200) {
        let t = line.trimmed();
        if t.is_empty() {
            continue;
        }
        if let Some(h) = parse_heading(t) {
            if h.role != Role::Answer || answered {
                return false;
            }
            answered = true;
            continue;
        }
        if let Some(k) = bare_number(t).or_else(|| item_of(t).map(|(k, _, _)| k)) {
            if answered {
                return k == n;
            }
        }
    }
    false
}

/// `Antwoord N` where question N was never printed, right after an answer that a page break
/// interrupted: the page break swallowed the `Vraag N` heading, so the text after the break is
/// question N (a PDF conversion artefact).
fn split_orphan_question(drafts: &mut Vec<Draft<'_>>, numbers: &[u32], max_asked: u32) {
    let Some(&first) = numbers.first() else {
        return;
    };
    if max_asked == 0 || first != max_asked + 1 {
        return;
    }
    let Some(prev) = drafts.last_mut() else {
        return;
    };
    let Some((before, after)) = prev.after_break.filter(|_| prev.role == Section::Answer) else {
        return;
    };
    let end = prev.end;
    prev.end = before;
    prev.after_break = None;
    drafts.push(Draft::new(
        Section::Question,
        numbers.to_vec(),
        None,
        after,
        after,
        end,
    ));
}

/// Whether a text ends with a question mark, perhaps followed by note markers (`…beantwoorden? 2)`).
fn ends_with_question_mark(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_ascii_digit() || c == ')' || is_space(c))
        .ends_with('?')
}

/// An answer label where the questions carry no number (Word originals: `Bent u …?` / `Antwoord:` /
/// `Ja.` / `Hoeveel …?` / `Antwoord:`): the question asked since the last answer is the end of that
/// answer's text. It is its last paragraph where empty lines separate paragraphs, else its last line
/// with the lines before it that end in `?`, `:` or `;` (a question over several paragraphs); the
/// question must end in a question mark, and the answer keeps its first line.
fn split_unnumbered_question(
    input: &str,
    drafts: &mut Vec<Draft<'_>>,
    numbers: &[u32],
    max_asked: u32,
) {
    let Some(prev) = drafts.last_mut().filter(|d| d.role == Section::Answer) else {
        return;
    };
    // (start, end, after an empty line) of each line of the answer.
    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut blank = false;
    for l in Lines::new(input, prev.content.min(prev.end), prev.end) {
        if l.is_blank() {
            blank = !lines.is_empty();
            continue;
        }
        lines.push((
            l.trimmed_start(),
            l.end(),
            std::mem::replace(&mut blank, false),
        ));
    }
    let Some(&(last_start, last_end, _)) = lines.last() else {
        return;
    };
    if lines.len() < 2 || !ends_with_question_mark(&input[last_start..last_end]) {
        return;
    }
    let first = if let Some(p) = lines.iter().rposition(|l| l.2) {
        p
    } else {
        let mut i = lines.len() - 1;
        while i > 1 && {
            let (start, end, _) = lines[i - 1];
            let previous = &input[start..end];
            ends_with_question_mark(previous) || continues_question(previous)
        } {
            i -= 1;
        }
        i
    };
    if first == 0 {
        return;
    }
    let start = lines[first].0;
    prev.end = lines[first - 1].1;
    let numbers = if numbers.is_empty() {
        vec![max_asked + 1]
    } else {
        numbers.to_vec()
    };
    drafts.push(Draft::new(
        Section::Question,
        numbers,
        None,
        start,
        start,
        last_end,
    ));
}

/// A short excerpt of `text` for messages: its first 60 characters on one line, each run of white space
/// or control characters (line breaks, tabs) shown as one space.
fn excerpt_of(text: &str) -> Cow<'_, str> {
    let text = text.trim_space();
    let head = &text[..text.char_indices().nth(60).map_or(text.len(), |(i, _)| i)];
    let breaks = |c: char| c.is_whitespace() || c.is_control();
    if !head.contains(|c: char| c != ' ' && breaks(c)) && !head.contains("  ") {
        return Cow::Borrowed(head);
    }
    let words: Vec<&str> = head.split(breaks).filter(|w| !w.is_empty()).collect();
    Cow::Owned(words.join(" "))
}

/// Record note `n` as referenced from a block, once, in the order the text refers to the notes (a block
/// refers to a handful of notes, so the search is short).
fn add_note_ref(refs: &mut Vec<u32>, n: u32) {
    if !refs.contains(&n) {
        refs.push(n);
    }
}

/// Whether a line opens the header or body under a tweedekamer.nl title: the intro sentence, an
/// answerer or notice line (`Antwoord van …`, `Mededeling van …`), or a `Vraag 1` heading.
fn opens_header(t: &str) -> bool {
    let t = undecorate(t);
    is_intro_start(t)
        || keyword(t, "Antwoord")
            .or_else(|| keyword(t, "Mededeling"))
            .is_some_and(|r| keyword(r.trim_start_space(), "van").is_some())
        || parse_heading(t).is_some()
}

/// The rest of a tweedekamer.nl title line `line` that a hard wrap put on the next line of `lines`:
/// a shorter line, directly after a title line long enough to wrap, that opens nothing itself and
/// that the header or body follows.
fn title_rest<'a>(line: &str, mut lines: std::iter::Peekable<Lines<'a>>) -> Option<&'a str> {
    /// The shortest line a wrap at about 85 characters leaves (the site wraps its text there).
    const WRAPPED: usize = 60;
    if line.chars().count() < WRAPPED {
        return None;
    }
    let rest = lines.next()?.trimmed();
    let after = lines.next()?.trimmed();
    // Not a line of page data of its own: a number or date, or a `Label:` field.
    let data = rest.starts_with(|c: char| c.is_ascii_digit())
        || first_word(rest).ends_with(':')
        || is_zaak_line(rest);
    (!rest.is_empty()
        && rest.len() < line.len()
        && !data
        && !opens_header(rest)
        && opens_header(after))
    .then_some(rest)
}

/// Whether an intro sentence or an answerer line starts within the next few lines (after the current
/// one), before any question or answer heading.
/// Whether a Tweedemonitor breadcrumb follows the current line within the site navigation's reach.
fn breadcrumb_ahead(mut lines: std::iter::Peekable<Lines<'_>>) -> bool {
    lines.next();
    lines
        .map(|l| l.trimmed())
        .filter(|t| !t.is_empty())
        .take(MAX_NAVIGATION_LINES)
        .any(is_breadcrumb)
}

fn header_follows(mut lines: std::iter::Peekable<Lines<'_>>) -> bool {
    lines.next();
    for line in lines.filter(|l| !l.is_blank()).take(8) {
        let t = undecorate(line.trimmed());
        if is_intro_start(t)
            || keyword(t, "Antwoord")
                .or_else(|| keyword(t, "Mededeling"))
                .is_some_and(|r| keyword(r.trim_start_space(), "van").is_some())
        {
            return true;
        }
        if parse_heading(t).is_some() || parse_numbered(t).is_some() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_lists_each_note_once_in_the_order_of_reference() {
        let mut refs = Vec::new();
        for n in [2, 1, 2, 3, 1] {
            add_note_ref(&mut refs, n);
        }
        assert_eq!(refs, [2, 1, 3]);
    }

    /// The one-pass scan for `Ã` and `â€` counts and places them as plain substring searches do.
    #[test]
    fn mojibake_found_like_plain_search() {
        for text in [
            "FinanciÃ«n en â€œquoteâ€\u{9d} en Ã©Ã©n",
            "alleen â€œquotesâ€\u{9d} en â€¦",
            "Ã alleen, Ãx en Ã",
            "geen fouten: één, ‘quote’, • punt, ¢",
            "â€",
            "Ã",
        ] {
            let mut diags = Vec::new();
            check_mojibake(text, &mut diags);
            let b = text.as_bytes();
            let leads: Vec<usize> = text
                .match_indices('Ã')
                .map(|(at, _)| at)
                .filter(|&at| match b.get(at + 2..) {
                    Some(&[0xc2, c, ..]) => (0x80..=0xbf).contains(&c),
                    Some(&[0xc3, c, ..]) => (0x40..=0x7f).contains(&c),
                    _ => false,
                })
                .collect();
            let count = leads.len() + text.matches("â€").count();
            let at = leads.first().copied().or(text.find("â€"));
            match diags.as_slice() {
                [] => assert_eq!(count, 0, "{text:?}"),
                [d] => {
                    assert!(
                        d.message.contains(&format!("({count} such")),
                        "{text:?}: {}",
                        d.message
                    );
                    assert_eq!(Some(d.span.start), at, "{text:?}");
                }
                _ => panic!("{text:?}: {diags:?}"),
            }
        }
    }

    #[test]
    fn skip_list_answers_like_a_scan() {
        // Overlapping, touching and nested spans, unsorted, as furniture and note spans come.
        let raw = [
            (40, 60),
            (10, 20),
            (15, 30),
            (30, 35),
            (70, 90),
            (75, 80),
            (100, 101),
        ];
        let mut spans: Vec<Span> = raw.iter().map(|&(s, e)| Span::new(s, e)).collect();
        merge_spans(&mut spans);
        assert_eq!(
            spans,
            [
                Span::new(10, 35),
                Span::new(40, 60),
                Span::new(70, 90),
                Span::new(100, 101)
            ]
        );
        let inside = |at: usize| raw.iter().any(|&(s, e)| s <= at && at < e);
        let mut list = SkipList::new(&spans);
        for at in 0..110 {
            assert_eq!(list.contains(at), inside(at), "ascending {at}");
        }
        // Going back restarts the search.
        for at in [95, 12, 50, 5, 100, 36, 89] {
            assert_eq!(list.contains(at), inside(at), "jumping {at}");
        }
    }
}
