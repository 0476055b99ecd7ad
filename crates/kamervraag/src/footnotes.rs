//! Footnotes: note bodies (`1) text`, page-bottom `1NOS, …`, Markdown `1 text`) and the markers that refer
//! to them (` 1)`, glued superscripts `…?1`, `»1?, 2`, `[1 ]`, lone digits on a line).

use crate::dates::is_month;
use crate::scan::{SpaceTrim, last_word, next_digit};
use crate::text::is_space;

/// The most digits a note number may have in bodies and bracketed markers (superscripts glued to a
/// word are limited to three, so that years and amounts are not taken for markers).
const MAX_NOTE_DIGITS: usize = 5;

/// How the rendering prints footnotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NoteStyle {
    /// `1)` bodies and ` 1)` markers (Word originals, Tweedemonitor).
    Paren,
    /// Page-bottom bodies glued to their number (`1NOS, …`) and glued superscript markers (PDF text).
    Glued,
    /// Markdown conversion of the PDF: `1 text` bodies and `[1 ]` markers.
    Markdown,
}

/// The value of `digits`, a run of at most nine ASCII digits (where `str::parse` cannot fail), without
/// the parser's checks.
fn digits_value(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, &b| n * 10 + u32::from(b.wrapping_sub(b'0')))
}

/// Split a leading decimal number off `t` (at most [`MAX_NOTE_DIGITS`] digits).
fn leading_number(t: &str) -> Option<(u32, &str)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MAX_NOTE_DIGITS {
        return None;
    }
    Some((digits_value(&t.as_bytes()[..digits]), &t[digits..]))
}

/// If `line` starts the body of note `expected`, the byte offset (in `line`) where its text starts.
pub(crate) fn body_start(line: &str, expected: u32, style: NoteStyle) -> Option<usize> {
    let t = line.trim_start_space();
    // `[1] text` (Word originals converted with bracketed note numbers).
    if style == NoteStyle::Paren {
        if let Some((n, rest)) = t.strip_prefix('[').and_then(leading_number) {
            let text = rest.strip_prefix(']')?.trim_start_space();
            return (n == expected && !text.is_empty()).then(|| line.len() - text.len());
        }
    }
    let (n, rest) = leading_number(t)?;
    if n != expected {
        return None;
    }
    let text = match style {
        NoteStyle::Paren => rest.strip_prefix(')')?.trim_start_space(),
        NoteStyle::Markdown => {
            let r = rest.trim_start_space();
            if r.len() == rest.len() || !spaced_body_plausible(r) || table_row(r) {
                return None;
            }
            // `1 januari 2026 …`: a date opening a wrapped line of prose.
            if crate::dates::date_parts(t).is_ok() {
                return None;
            }
            r
        }
        NoteStyle::Glued => {
            let c = rest.chars().next()?;
            if c.is_ascii_digit()
                || is_space(c)
                || matches!(
                    c,
                    '.' | ',' | ')' | ':' | '%' | '-' | '–' | '/' | ';' | '?' | '!'
                )
                || closes(c)
            {
                return None;
            }
            rest
        }
    };
    if text.trim_space().is_empty() || marker_only(text) {
        return None;
    }
    Some(line.len() - text.len())
}

/// Whether `text`, after a number and a space (`1 Motie …`), can be a PDF note's body rather than a
/// hard-wrapped line of prose that starts with a number (`1 van de Regeling …`, `2 jaar later`): a
/// body starts with a capital, a digit or a sign, or with a web address (`www.nos.nl/…`), not with a
/// lower-case word.
pub(crate) fn spaced_body_plausible(text: &str) -> bool {
    let word = text.split(is_space).next().unwrap_or("");
    !word.starts_with(|c: char| c.is_lowercase())
        || word
            .trim_end_matches(['.', ',', ':', ';'])
            .contains(['.', '/'])
}

/// Whether `text`, after a number and a space, is the rest of a table row (`1 Groningen 120 45`)
/// rather than a note's body: words and numbers without a punctuation mark, ending in a number that
/// is no year (a note names its source with commas, brackets or periods: `Kamerstuk 36 410, nr. 31`,
/// and a bare title ends in its year: `Jaarverslag 2023`). A text that opens by naming a parliamentary
/// paper is a note even when cut short (`Kamerstuk 25`).
fn table_row(text: &str) -> bool {
    let text = text.trim_end_space();
    if cites_paper(text) {
        return false;
    }
    let last = text.rsplit(is_space).next().unwrap_or("");
    let year = last.len() == 4 && (last.starts_with("19") || last.starts_with("20"));
    last.len() < text.len()
        && !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_digit())
        && !year
        && !text.contains([
            ',', '.', ':', ';', '(', ')', '«', '»', '/', '‘', '’', '"', '\'',
        ])
}

/// Whether a note whose text so far is `text` goes on after an empty line (a Word paragraph break
/// inside a URL, or a Markdown conversion that sets a blank line after every line): its last line
/// stops where no note ends: after a comma, hyphen, slash or opening bracket
/// (`(https://nos.nl/`), with a bracket or quote opened on it and left open (`«De ondergang is
/// verbonden`), or in a word at the end of a line long enough to have been wrapped. A short line
/// that ends in a word or number is a whole note (`VOG: verklaring omtrent gedrag`, `Kamerstuk 25
/// 242, nr. 686`), and one that ends with a period, bracket or quote is done.
pub(crate) fn goes_on_after_blank(text: &str) -> bool {
    /// The shortest line that a re-wrap can have broken (PDF text wraps at some 80 to 100).
    const WRAPPED: usize = 60;
    let last = text.trim_end().rsplit('\n').next().unwrap_or("").trim();
    let Some(end) = last.chars().next_back() else {
        return false;
    };
    let open = |o: char, c: char| last.matches(o).count() > last.matches(c).count();
    matches!(end, ',' | '-' | '/' | '(' | '«')
        || open('(', ')')
        || open('«', '»')
        || (end.is_alphabetic() && last.chars().count() >= WRAPPED)
}

/// A line that holds nothing but note numbers (`1`, `2 3`, `1, 2`): superscripts on a line of their own.
pub(crate) fn marker_only(t: &str) -> bool {
    let t = t.trim_space();
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    !t.is_empty()
        && t.len() <= 24
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.split(|c: char| is_space(c) || c == ',')
            .all(|w| w.is_empty() || (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())))
}

/// The note numbers of a text that [`marker_only`] accepts (`2 3`, `4, 5`), in order.
pub(crate) fn marker_numbers(t: &str) -> impl Iterator<Item = u32> + '_ {
    t.split(|c: char| is_space(c) || c == ',')
        .filter_map(|w| w.parse().ok())
}

/// Whether `text` opens by naming a parliamentary paper, as the body of a note that cites one does
/// (`Kamerstuk 36 410, nr. 31`, `Aanhangsel Handelingen …`, `Handelingen II 2023/24, …`).
pub(crate) fn cites_paper(text: &str) -> bool {
    ["Kamerstuk", "Aanhangsel", "Handelingen"]
        .iter()
        .any(|paper| text.starts_with(paper))
}

/// A marker found in a line: byte range to cut and the note number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    pub start: usize,
    pub end: usize,
    pub number: u32,
}

fn closes(c: char) -> bool {
    matches!(
        c,
        '?' | '!' | '.' | ',' | ';' | ':' | '»' | ')' | '”' | '’' | '"' | '\'' | ']'
    )
}

/// Whether `t` ends in a year (`2018`, four digits from 1900 to 2099 standing alone): a superscript
/// after the period that follows it is a note marker (`…mijn brief van 5 juni 2018.3`), where after
/// other numbers it would be a decimal or a section number (`artikel 5.4`).
fn ends_in_year(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 4
        && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
        && matches!(&b[b.len() - 4..b.len() - 2], b"19" | b"20")
        && (b.len() == 4 || !b[b.len() - 5].is_ascii_alphanumeric())
}

/// Whether `before` ends in a number of three digits or more (`…is 500`, `€ 1.500`): a superscript
/// after the period that follows it is the next note's marker (`…is 500.2 Dat …`), where after a
/// shorter number it would number a section (`artikel 5.2`, `paragraaf 12.3`).
fn after_whole_number(before: &str) -> bool {
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    digits >= 3 && !before[..before.len() - digits].ends_with(|c: char| c.is_alphabetic())
}

/// Whether the digit `power` after `before` is the power of a metric unit after an amount: `30 m2`,
/// `1.000 km2`, `5m3` (PDF text sets the power as a superscript, like a note marker).
fn unit_power(before: &str, power: u8) -> bool {
    if !matches!(power, b'2' | b'3') {
        return false;
    }
    let unit = before.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let letters = &before[unit.len()..];
    matches!(letters, "m" | "km" | "cm" | "mm" | "dm")
        && unit
            .trim_end_space()
            .ends_with(|c: char| c.is_ascii_digit())
}

/// Codes and formulas written as capitals and a number, where the number belongs to the word:
/// `CO2`, `NO2`, `SO2`, `NH3`, `CH4`, `PM10`, `MH17`, `COP29`, `ETS2`, `NIS2`, `PSD2`, `AR6`,
/// `WO2`, `EURO6`, `COVID19`, `SARS2`, `MIFID2`, `SDG3` (compared ignoring case).
const NUMBERED_CODES: &[&str] = &[
    "co", "no", "so", "nh", "ch", "pm", "mh", "cop", "ets", "nis", "psd", "ar", "wo", "euro",
    "covid", "sars", "mifid", "sdg",
];

/// Whether a superscript `n` glued to the word that ends `before` in a capital (`…door de NVWA3?`,
/// `…het RIVM2.`, `…de PvdA4`) is a note marker: the word has two letters or more (a single
/// capital and a number is a name: `A2`, `B1`, `F35`) and is no code that carries a number
/// ([`NUMBERED_CODES`]), and `n` is the next note in order (`next`), the one the text has not
/// referred to yet; a number after capitals is too often part of a name to take any known note.
fn capitals_marker(before: &str, n: u32, next: u32) -> bool {
    if n != next {
        return false;
    }
    let word = last_letters(before);
    word.chars().nth(1).is_some() && !NUMBERED_CODES.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// The run of letters that ends `before`.
fn last_letters(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(at, _)| at);
    &before[start..]
}

/// Whether `before` (the text before a `.`) ends in an abbreviation that a number follows: `nr.1`,
/// `art.3`, `blz.2` (in PDF text the space after the period can be lost, which makes the number look
/// like a superscript after the end of a sentence).
fn number_abbreviation(before: &str) -> bool {
    let word = last_letters(before);
    [
        "nr", "nrs", "art", "artt", "blz", "p", "pp", "par", "hfst", "hfdst", "bijl", "fig", "tab",
        "afl", "jrg", "vol", "sub", "no",
    ]
    .iter()
    .any(|a| word.eq_ignore_ascii_case(a))
}

/// A marker glued to the year of a written date (`12 november 20242`, `juni 202312`): the digits
/// `start..end` are a year from 1900 to 2099 and one or two more after a month name.
fn year_marker(line: &str, start: usize, end: usize) -> Option<Marker> {
    let b = line.as_bytes();
    if !(5..=6).contains(&(end - start)) || !matches!(&b[start..start + 2], b"19" | b"20") {
        return None;
    }
    let before = line[..start].trim_end_space();
    if before.len() == start {
        return None;
    }
    if !is_month(last_word(before)) {
        return None;
    }
    let next = line[end..].chars().next();
    if !next.is_none_or(|c| is_space(c) || matches!(c, ',' | '.' | ';' | ':' | ')' | '?' | '!')) {
        return None;
    }
    Some(Marker {
        start: start + 4,
        end,
        number: digits_value(&b[start + 4..end]),
    })
}

/// Whether the digits `start..end` of `line` stand alone after a space that follows a written date
/// (`12 mei 2010 2 is`, `30 juni 2023 2.`): a day, a month name and a year from 1900 to 2099.
fn spaced_after_date(line: &str, start: usize, end: usize) -> bool {
    let b = line.as_bytes();
    if start < 6 || b[start - 1] != b' ' {
        return false;
    }
    // Not a decimal or an amount (`2,5`, `2.000`).
    let rest = &b[end..];
    if !(rest.is_empty()
        || (matches!(
            rest[0],
            b' ' | b',' | b'.' | b';' | b':' | b')' | b'?' | b'!'
        ) && !rest.get(1).is_some_and(u8::is_ascii_digit))
        || line[end..].starts_with('\u{a0}'))
    {
        return false;
    }
    ends_in_date(&line[..start - 1])
}

/// Whether `before` ends in a written date: a day, a month name and a year from 1900 to 2099
/// (`30 juni 2023`).
fn ends_in_date(before: &str) -> bool {
    let year = before.len().saturating_sub(4);
    if !ends_in_year(before) || before.len() == 4 {
        return false;
    }
    let rest = before[..year].trim_end_space();
    rest.len() < year
        && is_month(last_word(rest))
        && rest[..rest.len() - last_word(rest).len()]
            .trim_end_space()
            .ends_with(|c: char| c.is_ascii_digit())
}

/// A spaced superscript that a line break put at the start of `line` (PDF text: `…van 30 juni 2023` /
/// `3 ingegaan op …`): one or two digits opening the line, a space and a lower-case word that is no
/// month name (`2 juli`), after a line `prev` that ends where a marker stands and no sentence
/// ends: a written date, or, for the next note in order (`next`) only, a closing bracket or quote
/// (`het lid Bromet (GL)` / `4 is …`) or capitals (`van WUR` / `5 is …`). A number before prose after
/// anything else (`er zijn` / `3 gemeenten …`) is prose. The marker takes the space after it along.
pub(crate) fn wrapped_marker(prev: &str, line: &str, count: u32, next: u32) -> Option<Marker> {
    let b = line.as_bytes();
    let start = line.len() - line.trim_start_space().len();
    let d = b[start..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&d) || b.get(start + d) != Some(&b' ') {
        return None;
    }
    let n = digits_value(&b[start..start + d]);
    let word = line[start + d + 1..].split(is_space).next().unwrap_or("");
    if n < next.max(1) || n > count || !word.starts_with(char::is_lowercase) || is_month(word) {
        return None;
    }
    let prev = prev.trim_end_space();
    let evidence = ends_in_date(prev)
        || (n == next
            && match prev.chars().next_back() {
                Some(')' | '»' | '”') => true,
                Some(c) if c.is_uppercase() => capitals_marker(prev, n, next),
                _ => false,
            });
    evidence.then_some(Marker {
        start,
        end: start + d + 1,
        number: n,
    })
}

/// Whether a ` 1)` marker numbered `n` may stand glued to `before` (`…straat?1)`, `…‘Zorg’1)`): after
/// the end of a question or exclamation, a closing quote, or a sentence period after a word that is no
/// abbreviation (not after a number, `2.1)`, nor glued to a small letter, `a1)`); after a word that
/// ends in a capital (`…de NVWA2)?`) as [`capitals_marker`] allows, outside brackets (`(CO2)`,
/// `(zie RIVM2)`).
fn paren_marker_glued_after(before: &str, n: u32, next: u32) -> bool {
    match before.chars().next_back() {
        Some('?' | '!' | '’' | '”' | '»' | '"' | '\'') => true,
        Some('.') => {
            let word = &before[..before.len() - 1];
            word.ends_with(|c: char| c.is_alphabetic()) && !number_abbreviation(word)
        }
        Some(c) if c.is_uppercase() => {
            capitals_marker(before, n, next)
                && before.bytes().filter(|&b| b == b'(').count()
                    <= before.bytes().filter(|&b| b == b')').count()
        }
        _ => false,
    }
}

/// Whether `rest`, after a line-opening `1)`, is the text of a list item: white space, then a letter or
/// a digit.
fn list_label_rest(rest: &str) -> bool {
    rest.starts_with(is_space)
        && rest
            .trim_start_space()
            .starts_with(|c: char| c.is_alphanumeric())
}

/// Whether the ` n)` whose digits start at `at` in `line` labels an item of a list run into the
/// sentence rather than marking a note: `Kunt u aangeven 1) hoeveel …, 2) wie … en 3) wat …?`, `de
/// onder 1) en 2) genoemde regelingen`. Such a label comes before a lower-case word, and the items
/// count up from 1 with every later label after a comma, semicolon, `en` or `of`; a note marker
/// follows the word it annotates (`mensenrechtenorganisaties 2) die …`). A single number after
/// `onder` or `sub` points back to an item (`de onder 1) genoemde kosten`).
fn enumeration_label(line: &str, at: usize, n: u32) -> bool {
    let bytes = line.as_bytes();
    // The number of the label whose digits start at `at`, when `) ` and a lower-case word follow.
    let item = |at: usize| {
        let d = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (d > 0 && d <= MAX_NOTE_DIGITS)
            .then(|| &line[at + d..])
            .and_then(|r| r.strip_prefix(") "))
            .filter(|r| r.starts_with(|c: char| c.is_lowercase()))
            .map(|_| digits_value(&bytes[at..at + d]))
    };
    // A label after the first stands after a joining word or sign: `, 2)`, `en 3)`, `of 2)`.
    let joined = |at: usize| {
        let before = line[..at].trim_end_space();
        before.ends_with([',', ';']) || before.ends_with(" en") || before.ends_with(" of")
    };
    if item(at) != Some(n) {
        return false;
    }
    if n == 1 {
        let before = line[..at].trim_end_space();
        if before.ends_with(" onder") || before.ends_with(" sub") {
            return true;
        }
    }
    // The label numbered `k` in `from..to`, after a space.
    let label_in = |from: usize, to: usize, k: u32| {
        line[from..to].match_indices(") ").any(|(i, _)| {
            let close = from + i;
            let start = bytes[..close]
                .iter()
                .rposition(|b| !b.is_ascii_digit())
                .map_or(0, |p| p + 1);
            start > 0
                && bytes[start - 1] == b' '
                && item(start) == Some(k)
                && (k == 1 || joined(start))
        })
    };
    let after = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
        + 1;
    let next = || label_in(after, line.len(), n + 1);
    if n == 1 {
        next()
    } else {
        joined(at) && (label_in(0, at, n - 1) || next())
    }
}

/// Whether `before` leaves a round bracket open.
fn opens_bracket(before: &[u8]) -> bool {
    before.iter().fold(0i32, |depth, &b| match b {
        b'(' => depth + 1,
        b')' => (depth - 1).max(0),
        _ => depth,
    }) > 0
}

/// Whether `text` holds a marker that refers to note 1 (` 1)`, `…?1`).
pub(crate) fn refers_to_first_note(text: &str, style: NoteStyle) -> bool {
    let mut markers = Vec::new();
    find_markers(text, 1, 1, style, &mut markers);
    !markers.is_empty()
}

/// The markers in `line` for notes numbered `1..=count`, appended to `out`. `next` is the next note in
/// order, the lowest one the text before `line` has not referred to (some forms are markers only
/// when they refer to it).
pub(crate) fn find_markers(
    line: &str,
    count: u32,
    next: u32,
    style: NoteStyle,
    out: &mut Vec<Marker>,
) {
    let bytes = line.as_bytes();
    if count == 0 {
        return;
    }
    // Glued markers are found digit by digit below; the other forms need a digit somewhere (the ` 1)`
    // scan starts at the first).
    let first_digit = if style == NoteStyle::Glued {
        0
    } else {
        match next_digit(bytes, 0) {
            Some(at) => at,
            None => return,
        }
    };
    let known = |n: u32| n >= 1 && n <= count;
    match style {
        NoteStyle::Markdown => {
            // `[1 ]`, `[4 5 ]`
            let mut i = 0;
            while let Some(off) = memchr::memchr(b'[', &bytes[i..]) {
                let s = i + off;
                let Some(close) = memchr::memchr(b']', &bytes[s..]) else {
                    break;
                };
                let inner = &line[s + 1..s + close];
                if marker_only(inner) {
                    let mut first = true;
                    for n in marker_numbers(inner).filter(|&n| known(n)) {
                        let (a, b) = if first {
                            (s, s + close + 1)
                        } else {
                            (s + close + 1, s + close + 1)
                        };
                        out.push(Marker {
                            start: a,
                            end: b,
                            number: n,
                        });
                        first = false;
                    }
                }
                i = s + close + 1;
            }
        }
        NoteStyle::Paren => {
            // ` [1]`
            let mut i = 0;
            while let Some(off) = memchr::memchr(b'[', &bytes[i..]) {
                let s = i + off;
                let d = bytes[s + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if d > 0 && d <= MAX_NOTE_DIGITS && bytes.get(s + 1 + d) == Some(&b']') {
                    let n = digits_value(&bytes[s + 1..s + 1 + d]);
                    if known(n) {
                        let ws_start = line[..s].trim_end_space().len();
                        out.push(Marker {
                            start: ws_start,
                            end: s + 2 + d,
                            number: n,
                        });
                    }
                }
                i = s + 1;
            }
            // ` 1)` preceded by white space, followed by white space, punctuation or the end.
            let mut i = first_digit;
            let mut expected = next;
            while let Some(at) = next_digit(bytes, i) {
                i = at;
                let d = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                let value = if d <= MAX_NOTE_DIGITS {
                    digits_value(&bytes[i..i + d])
                } else {
                    0
                };
                if i > 0
                    && (bytes[i - 1] == b' '
                        || line[..i].ends_with('\u{a0}')
                        || paren_marker_glued_after(&line[..i], value, expected))
                {
                    let after = i + d;
                    if d <= MAX_NOTE_DIGITS && bytes.get(after) == Some(&b')') {
                        let next = line[after + 1..].chars().next();
                        let n = value;
                        // `(zie het antwoord op vraag 3)`: the `)` closes the bracket the line
                        // opened, unless another `)` follows (`(… rapport 3))`). Asked last of the
                        // cheap tests: it reads the line up to the number.
                        let closes_bracket = || next != Some(')') && opens_bracket(&bytes[..i]);
                        if known(n)
                            && next.is_none_or(|c| is_space(c) || closes(c))
                            && !closes_bracket()
                            && !enumeration_label(line, i, n)
                            // `     1) hoeveel …`: an indented line that opens with the number
                            // labels an item of a list.
                            && !(line[..i].trim_space().is_empty()
                                && list_label_rest(&line[after + 1..]))
                        {
                            expected = expected.max(n + 1);
                            let ws_start = line[..i].trim_end_space().len();
                            out.push(Marker {
                                start: ws_start,
                                end: after + 1,
                                number: n,
                            });
                            i = after + 1;
                            continue;
                        }
                    }
                    i += d.max(1);
                    continue;
                }
                i += 1;
            }
        }
        NoteStyle::Glued => {
            let mut i = 0;
            let mut last_end = usize::MAX;
            let mut expected = next;
            while let Some(next) = next_digit(bytes, i) {
                i = next;
                if i > 0 && bytes[i - 1].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let d = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                let after = i + d;
                // A superscript glued to the year of a date: `van 12 november 20242`.
                if let Some(m) = year_marker(line, i, after).filter(|m| known(m.number)) {
                    expected = expected.max(m.number + 1);
                    out.push(m);
                    last_end = after;
                    i = after;
                    continue;
                }
                let n: u32 = if d <= 3 {
                    digits_value(&bytes[i..after])
                } else {
                    0
                };
                // A superscript set off by a space after the year of a written date, where the
                // lost line break left it (`van 30 juni 2023 2 is …`): a note not yet referred to.
                if d <= 2 && known(n) && n >= expected && spaced_after_date(line, i, after) {
                    expected = n + 1;
                    out.push(Marker {
                        start: i - 1,
                        end: after,
                        number: n,
                    });
                    last_end = after;
                    i = after;
                    continue;
                }
                // Most numbers in prose are no marker and follow none: years, amounts, or a number
                // after a space.
                if last_end == usize::MAX && (!known(n) || (i > 0 && bytes[i - 1] == b' ')) {
                    i = after;
                    continue;
                }
                let prev = line[..i].chars().next_back();
                let prev2 = line[..i].chars().rev().nth(1);
                let next = line[after..].chars().next();
                let next_ok = next.is_none_or(|c| {
                    is_space(c) || matches!(c, ',' | '.' | ';' | ':' | ')' | '?' | '!')
                });
                // Glued after a lower-case letter or closing punctuation (not a decimal like `2,5`).
                let glued = match prev {
                    // A superscript wrapped to the start of the next line: `1» en «…`; but `1)`
                    // before a word labels the item of a list (`1) Het verhogen …`).
                    None => {
                        next.is_some_and(|c| matches!(c, '»' | '”' | '’' | '?' | '!'))
                            || (next == Some(')') && !list_label_rest(&line[after + 1..]))
                    }
                    // Not the power of a unit after an amount (`30 m2`, `5 km3`).
                    Some(c) if c.is_lowercase() => d > 1 || !unit_power(&line[..i], bytes[i]),
                    // After capitals only the next note: `…de NVWA3?`, not `CO2` or `MH17`.
                    Some(c) if c.is_uppercase() => capitals_marker(&line[..i], n, expected),
                    // Not the number after an abbreviation (`nr.1`, `art.3`, `blz.2`).
                    Some('.') if number_abbreviation(&line[..i - 1]) => false,
                    // After `?` or `!` a digit is never a decimal or a time: a question that
                    // ends in a year or an amount keeps its superscript (`…in 2023?1`).
                    Some('?' | '!') => true,
                    // After a closing bracket or quote a number is no decimal, even when a
                    // number ends the bracket: `(Kamerstuk 32 336, nr. 120)11`, `«Top 10»2`.
                    Some(c) if closes(c) => {
                        (c != ',' && c != '.')
                            && (!prev2.is_some_and(|p| p.is_ascii_digit())
                                || matches!(c, ')' | ']' | '»' | '”'))
                            || (matches!(c, '.' | ',')
                                && prev2.is_some_and(|p| p.is_alphabetic() || closes(p))
                                && next.is_none_or(is_space))
                            || (c == '.'
                                && ends_in_year(&line[..i - 1])
                                && next.is_none_or(is_space))
                            || (c == '.'
                                && n == expected
                                && after_whole_number(&line[..i - 1])
                                && next.is_none_or(is_space))
                    }
                    _ => false,
                };
                // A further number after a glued marker: `»1?, 2` or `?1 2`.
                let follows = last_end != usize::MAX
                    && line[last_end..i]
                        .chars()
                        .all(|c| is_space(c) || matches!(c, ',' | '?' | '.'));
                if known(n) && next_ok && (glued || follows) {
                    // A marker that follows another takes the `, ` between them along.
                    let start = if follows && !glued {
                        last_end + line[last_end..i].find([',', ' ']).unwrap_or(i - last_end)
                    } else {
                        i
                    };
                    out.push(Marker {
                        start,
                        end: after,
                        number: n,
                    });
                    expected = expected.max(n + 1);
                    last_end = after;
                } else if !follows {
                    last_end = usize::MAX;
                }
                i = after;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_are_words_and_numbers_without_punctuation() {
        assert!(table_row("Groningen 120"));
        assert!(table_row("Groningen 120 45"));
        assert!(!table_row("Jaarverslag 2023"));
        assert!(!table_row("Kamerstuk 36 410, nr. 31"));
        assert!(!table_row("Kamerstuk 25"));
        assert!(!table_row("Groningen"));
    }

    fn nums(line: &str, count: u32, style: NoteStyle) -> Vec<u32> {
        let mut v = Vec::new();
        find_markers(line, count, 1, style, &mut v);
        v.iter().map(|m| m.number).collect()
    }

    #[test]
    fn paren_markers_glued_to_the_end_of_a_sentence() {
        let p = NoteStyle::Paren;
        assert_eq!(nums("Slapen zij op straat?1)", 2, p), [1]);
        assert_eq!(nums("het artikel ‘Dakloos’2) en meer", 2, p), [2]);
        assert_eq!(nums("Dat klopt.2)", 2, p), [2]);
        assert_eq!(nums("zie artikel 2.1)", 2, p), Vec::<u32>::new());
        assert_eq!(nums("zie art.1)", 2, p), Vec::<u32>::new());
        assert_eq!(nums("onderdeel a1)", 2, p), Vec::<u32>::new());
        assert_eq!(nums("in 2019?1) en", 2, p), [1]);
    }

    #[test]
    fn markers_glued_to_capitals_only_for_the_next_note() {
        let at = |line: &str, next: u32, style: NoteStyle| {
            let mut v = Vec::new();
            find_markers(line, 9, next, style, &mut v);
            v.iter().map(|m| m.number).collect::<Vec<_>>()
        };
        let g = NoteStyle::Glued;
        assert_eq!(
            at("geruimd door de NVWA3? Wat zegt het RIVM4.", 3, g),
            [3, 4]
        );
        assert_eq!(at("geruimd door de NVWA3? Wat zegt de PvdA4", 3, g), [3, 4]);
        // Not a note that is not next, nor a code or a name with a number.
        assert_eq!(at("geruimd door de NVWA3?", 2, g), Vec::<u32>::new());
        for code in [
            "hoeveel CO2?",
            "en NO2.",
            "en SO2, NH3 of CH4?",
            "fijnstof (PM2,5)",
            "de vlucht MH7?",
            "de COP2.",
            "het ETS2?",
            "de NIS2.",
            "taalniveau B2.",
            "de A2, de A4?",
            "H2O",
            "COVID-19?",
        ] {
            for n in 1..=7 {
                assert_eq!(at(code, n, g), Vec::<u32>::new(), "{code} {n}");
            }
        }
        let p = NoteStyle::Paren;
        assert_eq!(at("geruimd door de NVWA2)? En het RIVM3)", 2, p), [2, 3]);
        assert_eq!(
            at("de uitstoot (van CO2) en (RIVM2)", 2, p),
            Vec::<u32>::new()
        );
        assert_eq!(at("geruimd door de NVWA2)?", 1, p), Vec::<u32>::new());
    }

    #[test]
    fn digit_values_as_parsed() {
        for n in (0..20_000u32).chain([999_999_999, 123_456_789, 7_000_000]) {
            for width in [1, 3, 5, 9] {
                let s = format!("{n:0width$}");
                if s.len() <= 9 {
                    assert_eq!(digits_value(s.as_bytes()), s.parse::<u32>().unwrap(), "{s}");
                }
            }
        }
    }

    #[test]
    fn bodies() {
        assert_eq!(
            body_start("1NOS, 22 oktober 2024", 1, NoteStyle::Glued),
            Some(1)
        );
        assert_eq!(body_start("1) https://x.nl", 1, NoteStyle::Paren), Some(3));
        assert_eq!(
            body_start("2 https://x.nl", 2, NoteStyle::Markdown),
            Some(2)
        );
        assert_eq!(body_start("2024 was een jaar", 2, NoteStyle::Glued), None);
        assert_eq!(body_start("1", 1, NoteStyle::Glued), None);
        assert_eq!(body_start("2.5 miljoen", 2, NoteStyle::Glued), None);
    }

    #[test]
    fn a_superscript_after_a_whole_number_and_a_period_is_the_next_note() {
        let found = |line: &str, next: u32| {
            let mut v = Vec::new();
            find_markers(line, 3, next, NoteStyle::Glued, &mut v);
            v.iter().map(|m| m.number).collect::<Vec<_>>()
        };
        assert_eq!(found("betaalt is 500.2 Dat staat in artikel 5.2", 2), [2]);
        assert_eq!(found("een bedrag van € 1.500.2", 2), [2]);
        assert_eq!(found("betaalt is 500.2 Dat", 1), Vec::<u32>::new());
        assert_eq!(
            found("paragraaf 12.2 en hoofdstuk 3.2", 2),
            Vec::<u32>::new()
        );
        assert_eq!(found("versie 500.2a", 2), Vec::<u32>::new());
    }

    #[test]
    fn a_spaced_superscript_wrapped_to_the_start_of_a_line() {
        let at = |prev: &str, line: &str, next: u32| {
            wrapped_marker(prev, line, 6, next).map(|m| (m.start, m.end, m.number))
        };
        // After a written date, any note not yet referred to.
        assert_eq!(
            at("brief van 30 juni 2023", "3 ingegaan op", 1),
            Some((0, 2, 3))
        );
        assert_eq!(
            at("brief van 30 juni 2023 ", " 3 ingegaan", 3),
            Some((1, 3, 3))
        );
        // After a closing bracket or capitals, only the next note.
        assert_eq!(at("het lid Bromet (GL)", "4 is de", 4), Some((0, 2, 4)));
        assert_eq!(at("onderzoek van WUR", "5 is gebleken", 5), Some((0, 2, 5)));
        assert_eq!(at("het lid Bromet (GL)", "4 is de", 3), None);
        assert_eq!(at("onderzoek van WUR", "5 is gebleken", 4), None);
        // Prose: after a word or a sentence end, before a month or a capital, no note, a referred one.
        assert_eq!(at("Er zijn", "4 gemeenten", 4), None);
        assert_eq!(at("is gesloten.", "4 gemeenten", 4), None);
        assert_eq!(at("van 1 april 2025", "4 juli is", 4), None);
        assert_eq!(at("van 1 april 2025", "4 Gemeenten", 4), None);
        assert_eq!(at("van 1 april 2025", "7 sluizen", 4), None);
        assert_eq!(at("van 1 april 2025", "3 sluizen", 4), None);
        assert_eq!(at("in het jaar 2025", "4 sluizen", 4), None);
        assert_eq!(at("van CO", "4 is", 4), None);
        assert_eq!(at("van 1 april 2025", "4. is", 4), None);
        assert_eq!(at("van 1 april 2025", "123 is", 4), None);
        assert_eq!(at("", "4 is", 4), None);
    }

    #[test]
    fn a_spaced_superscript_after_a_written_date_is_a_marker() {
        let found = |line: &str, next: u32| {
            let mut v = Vec::new();
            find_markers(line, 3, next, NoteStyle::Glued, &mut v);
            v.iter()
                .map(|m| (m.number, line[m.start..m.end].to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("de brief van 30 juni 2023 2 is", 2),
            [(2, " 2".to_string())]
        );
        assert_eq!(found("de brief van 30 juni 2023 2 is", 3), []);
        assert_eq!(found("in juni 2023 2 keer", 2), []);
        assert_eq!(found("op 30 juni 2023 20 keer", 2), []);
        assert_eq!(found("op 30 juni 2023 2,5 keer", 2), []);
    }

    #[test]
    fn markers() {
        assert_eq!(
            nums("Bent u bekend met het rapport?1", 3, NoteStyle::Glued),
            vec![1]
        );
        assert_eq!(
            nums(
                "(KNMI)1 en het World Weather Attribution2, dat",
                2,
                NoteStyle::Glued
            ),
            vec![1, 2]
        );
        assert_eq!(nums("leefomgeving»1?, 2", 2, NoteStyle::Glued), vec![1, 2]);
        assert_eq!(
            nums("Zie mijn brief van 5 juni 2018.3", 3, NoteStyle::Glued),
            vec![3]
        );
        assert_eq!(
            nums("artikel 5.4 en versie 12.3 van 2018.3", 4, NoteStyle::Glued),
            vec![3]
        );
        assert_eq!(nums("op 12018.3", 3, NoteStyle::Glued), Vec::<u32>::new());
        assert_eq!(
            nums(
                "Hoeveel waren dat er in 2023?1 En in 2024!2",
                3,
                NoteStyle::Glued
            ),
            vec![1, 2]
        );
        assert_eq!(
            nums("om 10:30 uur", 40, NoteStyle::Glued),
            Vec::<u32>::new()
        );
        assert_eq!(
            nums("op 18 november2024 en 2,5 miljoen", 3, NoteStyle::Glued),
            Vec::<u32>::new()
        );
        // Powers of units, numbers after abbreviations and superscripts glued to a year.
        assert_eq!(
            nums(
                "van 30 m2 en 5m3 water in de kamer2 van",
                3,
                NoteStyle::Glued
            ),
            vec![2]
        );
        assert_eq!(
            nums(
                "Kamerstuk 36 200, nr.1 en art.3 op blz.2 van het rapport.1 ",
                3,
                NoteStyle::Glued
            ),
            vec![1]
        );
        assert_eq!(
            nums(
                "van 12 november 20242 en juni 202312, in 20241 en 2024 1",
                12,
                NoteStyle::Glued
            ),
            vec![2, 12]
        );
        // After a bracket or a closing quote that ends in a number.
        assert_eq!(
            nums(
                "de motie (Kamerstuk 32 336, nr. 120)11 en «Top 10»2 en «Top 10»? 3",
                11,
                NoteStyle::Glued
            ),
            vec![11, 2]
        );
        assert_eq!(
            nums("een bedrag van 2,5 of 3.4 of (a, 5)", 5, NoteStyle::Glued),
            Vec::<u32>::new()
        );
        assert_eq!(nums("leest’? 1)", 3, NoteStyle::Paren), vec![1]);
        assert_eq!(nums("organisaties 2) die", 3, NoteStyle::Paren), vec![2]);
        assert_eq!(
            nums("invullen?[1 ] en [4 5 ]", 5, NoteStyle::Markdown),
            vec![1, 4, 5]
        );
        assert!(marker_only("2 3"));
        assert!(!marker_only("2024 was"));
    }
}
