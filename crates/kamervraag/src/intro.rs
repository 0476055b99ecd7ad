//! The intro sentence (`Vragen van het lid … aan de minister van … over … (ingezonden …)`) and the
//! answerer line (`Antwoord van minister … (…) (ontvangen …)`).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::ast::{Office, Person, Responder, Span};
use crate::dates::{date_parts, find_date, numeric_date};
use crate::persons::{
    glued_before, keyword, office_capitalised, opens_office, parse_offices, parse_responders,
    parse_submitters, prefix_ci,
};
use crate::scan::{SpaceTrim, outside_parens};
use crate::text::{is_space, normalize};

/// What the intro sentence says.
#[derive(Debug, Default)]
pub(crate) struct Intro<'a> {
    pub oral: bool,
    pub submitters: Vec<Person<'a>>,
    pub addressees: Vec<Office<'a>>,
    pub subject: Option<Cow<'a, str>>,
    pub submitted: Option<Dated>,
}

/// A date found in brackets, with where it was printed; `date` is `None` for an impossible date.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dated {
    pub date: Option<NaiveDate>,
    pub span: Span,
}

/// True when `t` starts an intro sentence (`Vragen van`, `Mondelinge vragen van`).
pub(crate) fn is_intro_start(t: &str) -> bool {
    let t = crate::blocks::undecorate(t);
    // `Mondelinge`, `Vragen`, `Vraag`: other first letters open no intro.
    if !matches!(t.as_bytes().first(), Some(b'm' | b'M' | b'v' | b'V')) {
        return false;
    }
    let t = keyword(t, "Mondelinge")
        .map(|r| r.trim_start_space())
        .unwrap_or(t);
    keyword(t, "Vragen")
        .or_else(|| keyword(t, "Vraag"))
        .map(|r| r.trim_start_space())
        .is_some_and(|r| questions_van(r).is_some())
}

/// The `van` after `Vragen`: a word of its own, or glued to the `het lid`/`de leden` after it where a
/// PDF line join lost the space (`vanhet lid`). The rest after it.
fn questions_van(r: &str) -> Option<&str> {
    glued_before(r, "van", |m| member_lead(m).is_some())
}

/// `het lid` / `de leden` (and the misprints `het leden`, `de lid`) at the start of `t`, also where
/// PDF line joins lost the spaces (`hetlid`, `de ledenKröger`): the rest after it. The noun must end
/// the word or be glued to the capital of a name, so that no name (`Het Lidmaat`) loses its head.
fn member_lead(t: &str) -> Option<&str> {
    [
        ["het", "lid"],
        ["de", "leden"],
        ["het", "leden"],
        ["de", "lid"],
    ]
    .iter()
    .find_map(|[article, noun]| {
        let r = prefix_ci(t, article)?.trim_start_space();
        let r = prefix_ci(r, noun)?;
        r.chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() || c.is_uppercase())
            .then_some(r)
    })
}

/// Find `(keyword <date>)` in `raw` (at byte `base` of the input): the date and its span, and the byte
/// offset in `raw` where the bracket opens. A bracket whose date cannot be read (`(ingezonden 12 mei
/// 20244)`, or cut off: `(ingezonden 3 mei`) is still found, with no date and the span of what it holds,
/// so that it neither stays in the subject nor goes unreported.
pub(crate) fn bracket_date(raw: &str, base: usize, word: &CiWord) -> Option<(Dated, usize)> {
    let (lower_hit, after) = match find_ci(raw, word) {
        Some(i) => (i, i + word.text.len()),
        None => find_ci_hyphenated(raw, word)?,
    };
    let open = raw[..lower_hit]
        .rfind('(')
        .filter(|&o| raw[o + 1..lower_hit].trim_space().is_empty())
        .unwrap_or(lower_hit);
    let close = raw[after..].find(')').map_or(raw.len(), |c| after + c + 1);
    let inner = &raw[after..close];
    let (s, e, date) = match find_date(inner).or_else(|| numeric_date(inner)) {
        Some((s, e, (d, m, y))) => (s, e, NaiveDate::from_ymd_opt(y, m, d)),
        None => {
            let held = inner.trim_end_matches(')').trim_space();
            let s = offset_of(inner, held);
            (s, s + held.len(), None)
        }
    };
    Some((
        Dated {
            date,
            span: Span::new(base + after + s, base + after + e),
        },
        open,
    ))
}

/// `(word <date>)` as [`bracket_date`] finds it, or else the date printed without brackets (older
/// documents and some scrapes): `Ingezonden 12 maart 2002` on a line of its own or ending the sentence
/// (`… over de bekostiging. Ingezonden 12 maart 2002`), see [`bare_date`]. `open` is the bracketed
/// form of `bare` (`(ingezonden`, `ingezonden`).
pub(crate) fn header_date(
    raw: &str,
    base: usize,
    open: &CiWord,
    bare: &CiWord,
) -> Option<(Dated, usize)> {
    bracket_date(raw, base, open).or_else(|| bare_date(raw, base, bare))
}

/// `word <date>` without brackets (`Ingezonden 12 maart 2002`, `Ontvangen: 3 april 2002.`) in `raw`
/// (at byte `base` of the input): the word opens a line or follows the end of a sentence or clause
/// (`.`, `,`, `)`), and only a period or white space follows the date on its line, so that prose
/// (`de ingezonden stukken van 3 mei 2002 zijn …`) is no date line. The date and its span, and the
/// byte offset in `raw` where the word starts.
pub(crate) fn bare_date(raw: &str, base: usize, word: &CiWord) -> Option<(Dated, usize)> {
    bare_date_from(raw, base, word, find_ci(raw, word)?)
}

/// [`bare_date`] where the first `word` in `raw` is known to be at byte `first`.
pub(crate) fn bare_date_from(
    raw: &str,
    base: usize,
    word: &CiWord,
    first: usize,
) -> Option<(Dated, usize)> {
    let mut at = Some(first);
    while let Some(i) = at {
        if let Some((span, date)) = bare_date_at(raw, i, word) {
            let span = Span::new(base + span.start, base + span.end);
            return Some((Dated { date, span }, i));
        }
        let from = i + word.text.len();
        at = find_ci(&raw[from..], word).map(|j| from + j);
    }
    None
}

/// Whether the line `t` (trimmed) is a bracket-less date line of `word`: `Ingezonden 12 maart 2002`.
pub(crate) fn is_bare_date_line(t: &str, word: &CiWord) -> bool {
    t.get(..word.text.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word.text))
        && bare_date_at(t, 0, word).is_some()
}

/// [`bare_date`] for the word at byte `i` of `raw`: the span of the date in `raw` and the date.
fn bare_date_at(raw: &str, i: usize, word: &CiWord) -> Option<(Span, Option<NaiveDate>)> {
    let before = raw[..i].trim_end_matches([' ', '\t', '\u{a0}']);
    let opens = before.is_empty()
        || before.ends_with(['\n', '\r'])
        || (before.ends_with(['.', ',', ')']) && before.len() < i);
    if !opens {
        return None;
    }
    let after = &raw[i + word.text.len()..];
    let t = after.strip_prefix(':').unwrap_or(after);
    if !t.starts_with(is_space) {
        return None;
    }
    let t = t.trim_start_space();
    let t = keyword(t, "op").map_or(t, |r| r.trim_start_space());
    let (rest, (d, m, y)) = date_parts(t).ok()?;
    let tail = rest.split('\n').next().unwrap_or("");
    if !tail
        .trim_matches(|c: char| is_space(c) || c == '.')
        .is_empty()
    {
        return None;
    }
    let start = raw.len() - t.len();
    let end = raw.len() - rest.len();
    Some((Span::new(start, end), NaiveDate::from_ymd_opt(y, m, d)))
}

/// Byte offset of `sub`, a slice of `text`, within `text`.
fn offset_of(text: &str, sub: &str) -> usize {
    (sub.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// How common each letter `a`–`z` (in either case) is in Dutch text: its rank by frequency, from 0
/// (`q`, the rarest) to 25 (`e`).
const LETTER_RANK: [u8; 26] = [
    23, 9, 7, 18, 25, 3, 16, 13, 21, 4, 12, 15, 11, 24, 19, 8, 0, 20, 17, 22, 10, 14, 6, 1, 2, 5,
];

/// How common `b` is in Dutch text: letters by [`LETTER_RANK`], the space as the most common byte,
/// other bytes (`(`) as rarer than any letter.
const fn byte_rank(b: u8) -> u8 {
    match b {
        b' ' => u8::MAX,
        b'a'..=b'z' | b'A'..=b'Z' => 1 + LETTER_RANK[(b.to_ascii_lowercase() - b'a') as usize],
        _ => 0,
    }
}

/// An ASCII word to find in any case with [`find_ci`], and the index of its rarest byte (by
/// [`byte_rank`], the first of equals), worked out at compile time: the byte the search looks for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CiWord {
    pub text: &'static str,
    anchor: usize,
}

impl CiWord {
    pub(crate) const fn new(text: &'static str) -> Self {
        let b = text.as_bytes();
        let mut anchor = 0;
        let mut k = 1;
        while k < b.len() {
            if byte_rank(b[k]) < byte_rank(b[anchor]) {
                anchor = k;
            }
            k += 1;
        }
        CiWord { text, anchor }
    }
}

/// `ingezonden`, which dates the questions (`z` is its rarest letter).
pub(crate) const INGEZONDEN: CiWord = CiWord::new("ingezonden");
/// `ontvangen`, which dates the answer.
pub(crate) const ONTVANGEN: CiWord = CiWord::new("ontvangen");
/// `(ingezonden`, as it opens the bracket with the date of the questions.
pub(crate) const OPEN_INGEZONDEN: CiWord = CiWord::new("(ingezonden");
/// `(ontvangen`, as it opens the bracket with the date of the answer.
pub(crate) const OPEN_ONTVANGEN: CiWord = CiWord::new("(ontvangen");

/// Case-insensitive ASCII search. It looks (`memchr`, in both cases) for the word's rarest byte (`z`
/// in `ingezonden`, where the first byte would stop at every `i`) and compares the whole word around
/// each.
pub(crate) fn find_ci(hay: &str, word: &CiWord) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), word.text.as_bytes());
    let k = word.anchor;
    let anchor = *n.get(k)?;
    // An anchor at `k + i` in `h` is at `i` in `h[k..]`: a candidate start `i`.
    let rest = h.get(k..)?;
    memchr::memchr2_iter(
        anchor.to_ascii_lowercase(),
        anchor.to_ascii_uppercase(),
        rest,
    )
    .find(|&i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// [`find_ci`] for a word that PDF text hyphenated at a line end (`(ontvan-` / `gen 19 november
/// 2024)`): where it starts and where it ends. Only asked when the whole word is not there.
#[inline(never)]
pub(crate) fn find_ci_hyphenated(hay: &str, word: &CiWord) -> Option<(usize, usize)> {
    let (h, n) = (hay.as_bytes(), word.text.as_bytes());
    memchr::memchr_iter(b'-', h).find_map(|p| {
        let k = split_prefix(&h[..p], n)?;
        let mut q = p + 1;
        while h
            .get(q)
            .is_some_and(|&b| b == b' ' || b == b'\t' || b == b'\r')
        {
            q += 1;
        }
        if h.get(q) != Some(&b'\n') {
            return None;
        }
        q += 1;
        while h.get(q).is_some_and(|&b| b == b' ' || b == b'\t') {
            q += 1;
        }
        let end = q + n.len() - k;
        h.get(q..end)
            .is_some_and(|w| w.eq_ignore_ascii_case(&n[k..]))
            .then_some((p - k, end))
    })
}

/// How much of `word` (at least three bytes, and two short of all of it) ends `head`, the text
/// before a line-end hyphen.
fn split_prefix(head: &[u8], word: &[u8]) -> Option<usize> {
    (3..word.len().saturating_sub(1))
        .find(|&k| head.len() >= k && head[head.len() - k..].eq_ignore_ascii_case(&word[..k]))
}

/// Where a line that ends in a bracket opened by the first part of a hyphenated `word`
/// (`… (ingezon-`) has the word start: four letters at least, right after the `(`.
pub(crate) fn opens_hyphenated(line: &str, word: &CiWord) -> Option<usize> {
    let head = line.trim_end_space().strip_suffix('-')?.as_bytes();
    let k = split_prefix(head, word.text.as_bytes()).filter(|&k| k >= 4)?;
    (head.len() > k && head[head.len() - k - 1] == b'(').then(|| head.len() - k)
}

/// Parse the intro sentence `raw`, which starts at byte `base` of the input.
pub(crate) fn parse_intro(raw: &str, base: usize) -> Intro<'_> {
    let mut intro = Intro::default();
    let t = raw.trim_start_matches(|c: char| is_space(c) || c == '#' || c == '*');
    let t = match keyword(t, "Mondelinge") {
        Some(r) => {
            intro.oral = true;
            r.trim_start_space()
        }
        None => t,
    };
    let Some(t) = keyword(t, "Vragen")
        .or_else(|| keyword(t, "Vraag"))
        .map(|r| r.trim_start_space())
        .and_then(questions_van)
    else {
        return intro;
    };
    let mut t = t.trim_start_space();
    if let Some(r) = member_lead(t) {
        t = r.trim_start_space();
    }
    for lead in ["lid", "leden"] {
        if let Some(r) = keyword(t, lead) {
            t = r.trim_start_space();
        }
    }
    // The ingezonden bracket ends the sentence.
    let at = base + (raw.len() - t.len());
    let (submitted, end) = match header_date(t, at, &OPEN_INGEZONDEN, &INGEZONDEN) {
        Some((d, open)) => (Some(d), open),
        None => (None, t.len()),
    };
    intro.submitted = submitted;
    let body = &t[..end];
    // Submitters run up to ` aan ` outside brackets.
    let Some(aan) = find_aan(body) else {
        intro.submitters =
            parse_submitters(body.trim_end_matches(|c: char| is_space(c) || c == '.'));
        return intro;
    };
    intro.submitters = parse_submitters(&body[..aan]);
    let after = &body[aan + 3..];
    let (addressees, rest) = parse_offices(after);
    intro.addressees = addressees;
    let rest = rest.trim_start_space();
    let subject = rest.strip_prefix("over").or_else(|| {
        // No office parsed: take the text after the first ` over `.
        find_word_outside_parens(rest, "over").map(|i| &rest[i + 4..])
    });
    if let Some(s) = subject {
        let s = s.trim_space();
        let s = s
            .strip_suffix(['.', ':', ','])
            .unwrap_or(s)
            .trim_end_space();
        let s = without_note_marker(s);
        if !s.is_empty() {
            intro.subject = Some(normalize(s));
        }
    }
    intro
}

/// A subject without the note marker that ends it: a Word ` 1)` that closes no bracket
/// (`het bericht ‘Winkels sluiten’ 1)`), or a PDF superscript glued to a closing quote
/// (`het bericht «Zorgkosten stijgen»1`) or to the bracket after it (`… (NOS, 18 november 2024 )1`).
fn without_note_marker(s: &str) -> &str {
    // One or two digits, not starting with 0: a note number.
    let digits = |t: &str| {
        let n = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if t[t.len() - n..].starts_with('0') {
            0
        } else {
            n
        }
    };
    if let Some(t) = s.strip_suffix(')') {
        let n = digits(t);
        let before = &t[..t.len() - n];
        if (1..=2).contains(&n)
            && before.ends_with(is_space)
            && before.matches('(').count() == before.matches(')').count()
        {
            return before.trim_end_space();
        }
        return s;
    }
    let n = digits(s);
    let before = &s[..s.len() - n];
    // The quote closes a title: it follows a letter or punctuation, not a space (`mei '68`).
    let quote = before.chars().next_back();
    let closes = quote.is_some_and(|q| matches!(q, '»' | '’' | '”' | '"' | '\'' | '?'))
        && !before[..before.len() - quote.map_or(0, char::len_utf8)].ends_with(is_space);
    // Or a bracket that closes the source after the title, as oral questions print it
    // (`«Huisartsen slaan alarm» (NOS, 18 november 2024 )1`).
    let closes = closes
        || (quote == Some(')') && before.matches('(').count() == before.matches(')').count());
    if (1..=2).contains(&n) && closes {
        return before;
    }
    s
}

/// Whether an intro sentence printed as one paragraph that a Word original or a scrape re-wrapped
/// goes on from `sentence` (its lines so far) to the next line `next`: the sentence cannot end where
/// it stands (a bracket or quote left open, a hyphen, a comma or a word that needs what follows:
/// `Van der`, `aan de`, `en`, `over`; no `aan` yet after the members), or `next` can only continue it
/// (it opens with a lower-case word such as `over`, with the member's party bracket or with the
/// quote of the title the subject names). A line that
/// asks something (ends in `?`, perhaps with a note marker after it) is a question, never the intro.
pub(crate) fn intro_goes_on(sentence: &str, next: &str) -> bool {
    const JOINERS: &[&str] = &[
        "aan",
        "de",
        "der",
        "den",
        "het",
        "van",
        "voor",
        "en",
        "over",
        "lid",
        "leden",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "minister",
        "ministers",
        "staatssecretaris",
        "staatssecretarissen",
        "beiden",
        "allen",
    ];
    // A note marker may follow the question mark (`…wachtkamer’? 1)`).
    if next
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ')' || is_space(c))
        .ends_with('?')
    {
        return false;
    }
    let s = sentence.trim_end_space();
    if next
        .starts_with(|c: char| c.is_lowercase() || matches!(c, '(' | '‘' | '«' | '“' | '\'' | '"'))
        || s.ends_with(['-', ',', '(', '‘', '«', '“'])
        || s.bytes().filter(|&b| b == b'(').count() > s.bytes().filter(|&b| b == b')').count()
    {
        return true;
    }
    let last = s.rsplit(is_space).next().unwrap_or("");
    if JOINERS.iter().any(|j| last.eq_ignore_ascii_case(j)) {
        return true;
    }
    let Some(aan) = find_aan(s) else {
        return true;
    };
    quote_open(&s[aan..])
}

/// Whether `t` leaves a quotation open: more opening than closing typographic quotes (`‘…`, `«…`,
/// `“…`), or a straight quote that opens a word (`'Een derde van de`) with none that closes one.
fn quote_open(t: &str) -> bool {
    let count = |c: char| t.matches(c).count();
    if count('‘') > count('’') || count('«') > count('»') || count('“') > count('”') {
        return true;
    }
    let b = t.as_bytes();
    let (mut opens, mut closes) = (0, 0);
    for (i, _) in t.match_indices('\'') {
        let before = i == 0 || b[i - 1].is_ascii_whitespace();
        let after = b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric());
        if before && !after {
            opens += 1;
        } else if after && !before {
            closes += 1;
        }
    }
    opens > closes
}

/// Byte offset of the `aan` that ends the submitters in `t`, outside parentheses: ` aan ` (white space on
/// both sides) or, where a PDF line join lost a space, an `aan` glued to the party bracket before it
/// (`(SP)aan de`), to the office after it (`aande Minister`, `aandestaatssecretaris`) or to the last
/// name before it (`Jansenaan de Minister`). Glued to what follows, or to a name, it must open an
/// office: `aandeel` and `Haan` stay words.
fn find_aan(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    outside_parens(t).find(|&i| {
        if i == 0 || !b[i..].starts_with(b"aan") {
            return false;
        }
        let (before, after) = (&t[..i], &t[i + 3..]);
        let spaced = after.starts_with(is_space);
        if before.ends_with(is_space) || before.ends_with(')') {
            spaced || opens_office(after)
        } else {
            before.ends_with(char::is_alphabetic) && spaced && opens_office(after)
        }
    })
}

/// Byte offset of ` word ` (white space on both sides) in `t`, outside parentheses.
fn find_word_outside_parens(t: &str, word: &str) -> Option<usize> {
    outside_parens(t).find(|&i| {
        i > 0
            && t.as_bytes()[i..].starts_with(word.as_bytes())
            && t.is_char_boundary(i)
            && t[..i].ends_with(is_space)
            && t[i + word.len()..].starts_with(is_space)
    })
}

/// Whether the header sentence `t` (an intro sentence, or an answerer line) prints the office it
/// names with a capital: `aan de Minister van …`, `Antwoord van Staatssecretaris …` in KOOP text, where
/// Word originals and Tweedemonitor print `minister`. `None` when `t` opens neither sentence or names
/// no office where one belongs. `t` may run over several lines.
pub(crate) fn office_capitalised_in(t: &str) -> Option<bool> {
    let t = crate::blocks::undecorate(t);
    if let Some((r, _)) = answerer_word(t) {
        return office_capitalised(answerer_van(r.trim_start_space())?);
    }
    if !is_intro_start(t) {
        return None;
    }
    let aan = find_aan(t)?;
    office_capitalised(&t[aan + 3..])
}

/// A header sentence with the page furniture of a page break cut out of it (`… aan de Minister` /
/// `ah-tk-20242025-594` / `…, Aanhangsel 1` / `van Financiën over …`): its text, and where each
/// piece of the text starts in the input, to map spans back.
pub(crate) struct Spliced {
    text: String,
    /// `(offset in text, offset in input)` of each piece, ascending.
    pieces: Vec<(usize, usize)>,
}

impl Spliced {
    /// `input[from..end]` without the lines `cuts` (each with its line break).
    pub(crate) fn new(input: &str, from: usize, end: usize, cuts: &[Span]) -> Self {
        let mut text = String::with_capacity(end - from);
        let mut pieces = Vec::with_capacity(cuts.len() + 1);
        let mut at = from;
        for c in cuts {
            if c.start < at || c.end > end {
                continue;
            }
            pieces.push((text.len(), at));
            text.push_str(&input[at..c.start]);
            at = c.end;
            let rest = &input[at..end];
            if rest.starts_with("\r\n") {
                at += 2;
            } else if rest.starts_with('\n') {
                at += 1;
            }
        }
        pieces.push((text.len(), at));
        text.push_str(&input[at..end]);
        Spliced { text, pieces }
    }

    /// The input offset of byte `i` of the text (an end offset stays in the piece it ends).
    fn to_input(&self, i: usize, is_end: bool) -> usize {
        let &(t, s) = self
            .pieces
            .iter()
            .rev()
            .find(|&&(t, _)| t < i || (t == i && !is_end) || t == 0)
            .unwrap_or(&(0, 0));
        s + (i - t)
    }

    fn dated(&self, d: Dated) -> Dated {
        Dated {
            date: d.date,
            span: Span::new(
                self.to_input(d.span.start, false),
                self.to_input(d.span.end, true),
            ),
        }
    }

    /// [`parse_intro`] of the text, with spans in the input.
    pub(crate) fn parse_intro<'a>(&self) -> Intro<'a> {
        let i = parse_intro(&self.text, 0);
        Intro {
            oral: i.oral,
            submitters: i.submitters.into_iter().map(owned_person).collect(),
            addressees: i.addressees.into_iter().map(owned_office).collect(),
            subject: i.subject.map(owned),
            submitted: i.submitted.map(|d| self.dated(d)),
        }
    }

    /// [`parse_answerer`] of the text, with spans in the input.
    pub(crate) fn parse_answerer<'a>(&self) -> Answerer<'a> {
        let a = parse_answerer(&self.text, 0);
        Answerer {
            responders: a
                .responders
                .into_iter()
                .map(|r| Responder {
                    office: owned(r.office),
                    name: r.name.map(owned),
                    portfolio: r.portfolio.map(owned),
                })
                .collect(),
            co_responders: a.co_responders.into_iter().map(owned_office).collect(),
            received: a.received.map(|d| self.dated(d)),
        }
    }
}

fn owned<'a>(c: Cow<'_, str>) -> Cow<'a, str> {
    Cow::Owned(c.into_owned())
}

fn owned_person<'a>(p: Person<'_>) -> Person<'a> {
    Person {
        name: owned(p.name),
        party: p.party.map(owned),
    }
}

fn owned_office<'a>(o: Office<'_>) -> Office<'a> {
    Office {
        office: owned(o.office),
        portfolio: o.portfolio.map(owned),
    }
}

/// What the answerer line says.
#[derive(Debug, Default)]
pub(crate) struct Answerer<'a> {
    pub responders: Vec<Responder<'a>>,
    pub co_responders: Vec<Office<'a>>,
    pub received: Option<Dated>,
}

/// The `Antwoord` or `Mededeling` that opens an answerer line, also after the `Nader` or `Aanvullend`
/// of a supplementary answer (`Nader antwoord van Minister Hermans (…)`): the text after the word,
/// and whether it is an answer.
pub(crate) fn answerer_word(t: &str) -> Option<(&str, bool)> {
    // `Nader`, `Aanvullend`, `Antwoord`, `Mededeling`: other first letters open none.
    if !matches!(
        t.as_bytes().first(),
        Some(b'n' | b'N' | b'a' | b'A' | b'm' | b'M')
    ) {
        return None;
    }
    let t = keyword(t, "Nader")
        .or_else(|| keyword(t, "Aanvullend"))
        .map_or(t, |r| r.trim_start_space());
    keyword(t, "Antwoord")
        .map(|r| (r, true))
        .or_else(|| keyword(t, "Mededeling").map(|r| (r, false)))
}

/// Whether `t` opens with an answerer word and `van` (`Antwoord van …`, `Nader antwoord van …`,
/// `Mededeling van …`): `Some(true)` for an answer, `Some(false)` for a notice.
pub(crate) fn answerer_opening(t: &str) -> Option<bool> {
    answerer_word(t)
        .filter(|(r, _)| answerer_van(r.trim_start_space()).is_some())
        .map(|(_, answer)| answer)
}

/// Whether `t` opens an answerer line that names an office right after `van` (`Antwoord van
/// staatssecretaris …`, `Mededeling van de Minister …`), as a second answerer line does; prose that
/// opens with the words (`Antwoord van de regering op de vragen … volgt later.`) names none.
pub(crate) fn answerer_names_office(t: &str) -> bool {
    answerer_word(t)
        .and_then(|(r, _)| answerer_van(r.trim_start_space()))
        .is_some_and(|r| opens_office(r.trim_start_space()))
}

/// The `van` after `Antwoord`/`Mededeling`: a word of its own, or glued to the office after it where
/// a PDF line join lost the space (`vanMinister`, `vande Minister`). The rest after it.
fn answerer_van(t: &str) -> Option<&str> {
    glued_before(t, "van", opens_office)
}

/// Parse `raw` = `Antwoord van …` / `Mededeling van …`, which starts at byte `base` of the input.
/// Markdown conversions may set the line in bold or as a heading (`**Antwoord van Minister …**`): the
/// marks in front are skipped, as in the intro sentence.
pub(crate) fn parse_answerer(raw: &str, base: usize) -> Answerer<'_> {
    let t = raw.trim_start_matches(|c: char| is_space(c) || matches!(c, '#' | '*' | '_'));
    let t = answerer_word(t).map_or(t, |(r, _)| r).trim_start_space();
    let t = answerer_van(t).unwrap_or(t);
    let (responders, co_responders, _) = parse_responders(t);
    let received = header_date(raw, base, &OPEN_ONTVANGEN, &ONTVANGEN).map(|(d, _)| d);
    Answerer {
        responders,
        co_responders,
        received,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text made of pieces of the needles below, in both cases, and other letters.
    fn ci_text() -> impl Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            "(",
            ")",
            " ",
            "i",
            "I",
            "z",
            "Z",
            "e",
            "gezonden",
            "InGeZoNdEn",
            "(ingezonden",
            "ontv",
            "ONTVANGEN",
            "angen",
            "q",
            "x",
        ]);
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn find_ci_agrees_with_lowercased_find(
            hay in ci_text(),
            needle in proptest::sample::select(vec![
                "ingezonden", "(ingezonden", "ontvangen", "(ontvangen", "qz", "e e", "z", "",
            ]),
        ) {
            let want = hay.to_ascii_lowercase().find(&needle.to_ascii_lowercase());
            let want = want.filter(|_| !needle.is_empty());
            prop_assert_eq!(find_ci(&hay, &CiWord::new(needle)), want);
        }
    }

    #[test]
    fn find_ci_finds_the_first_match_in_any_case() {
        assert_eq!(INGEZONDEN.anchor, 4);
        assert_eq!(OPEN_ONTVANGEN.anchor, 0);
        assert_eq!(find_ci("zie (Ingezonden 3 mei)", &OPEN_INGEZONDEN), Some(4));
        assert_eq!(find_ci("ingezondenINGEZONDEN", &INGEZONDEN), Some(0));
        assert_eq!(find_ci("gezonden ingezonden", &INGEZONDEN), Some(9));
        assert_eq!(find_ci("z", &INGEZONDEN), None);
        assert_eq!(find_ci("ontvangen", &CiWord::new("")), None);
    }

    #[test]
    fn intro_sentence() {
        let raw = "Vragen van de leden Kröger en Gabriëls (beiden GroenLinks-PvdA) aan de\nMinister van Klimaat en Groene Groei over de uitspraken van 18 november2024 (ingezonden 19 november 2024).";
        let i = parse_intro(raw, 0);
        assert_eq!(i.submitters.len(), 2);
        assert_eq!(i.submitters[1].party.as_deref(), Some("GroenLinks-PvdA"));
        assert_eq!(
            i.addressees[0].portfolio.as_deref(),
            Some("Klimaat en Groene Groei")
        );
        assert_eq!(
            i.subject.as_deref(),
            Some("de uitspraken van 18 november2024")
        );
        assert_eq!(
            i.submitted.unwrap().date,
            NaiveDate::from_ymd_opt(2024, 11, 19)
        );
    }

    #[test]
    fn unreadable_or_cut_off_date_ends_the_subject() {
        for (raw, held) in [
            (
                "Vragen van het lid Jansen (SP) aan de minister van Financiën over de bank (ingezonden 12 mei 20244).",
                "12 mei 20244",
            ),
            (
                "Vragen van het lid Jansen (SP) aan de minister van Financiën over de bank (ingezonden 3 mei",
                "3 mei",
            ),
        ] {
            let i = parse_intro(raw, 0);
            assert_eq!(i.subject.as_deref(), Some("de bank"));
            let d = i.submitted.expect("the bracket is found");
            assert_eq!(d.date, None);
            assert_eq!(d.span.slice(raw), held);
        }
    }

    #[test]
    fn oral_with_bracket_in_subject() {
        let raw = "Mondelinge vragen van het lid Krul (CDA) aan de Minister voor Economische Zaken over het bericht «X» (NOS, 16 november 2024 )\n(ingezonden 19 november 2024)";
        let i = parse_intro(raw, 0);
        assert!(i.oral);
        assert_eq!(
            i.addressees[0].portfolio.as_deref(),
            Some("Economische Zaken")
        );
        assert_eq!(
            i.subject.as_deref(),
            Some("het bericht «X» (NOS, 16 november 2024 )")
        );
    }

    #[test]
    fn a_note_marker_does_not_end_the_subject() {
        for (raw, subject) in [
            (
                "Vragen van het lid Krul (CDA) aan de minister van Financiën over het bericht ‘Winkels sluiten’ 1)",
                "het bericht ‘Winkels sluiten’",
            ),
            (
                "Vragen van het lid Krul (CDA) aan de Minister van Financiën over het bericht «Zorg»1 (ingezonden 1 mei 2024).",
                "het bericht «Zorg»",
            ),
            (
                "Vragen van het lid Krul (CDA) aan de Minister van Financiën over de brief (Kamerstuk 36 200, nr. 12) (ingezonden 1 mei 2024).",
                "de brief (Kamerstuk 36 200, nr. 12)",
            ),
            (
                "Vragen van het lid Krul (CDA) aan de Minister van Financiën over de zomer van '68 (ingezonden 1 mei 2024).",
                "de zomer van '68",
            ),
            (
                "Vragen van het lid Krul (CDA) aan de Minister van Financiën over de begroting 2025 (ingezonden 1 mei 2024).",
                "de begroting 2025",
            ),
        ] {
            assert_eq!(
                parse_intro(raw, 0).subject.as_deref(),
                Some(subject),
                "{raw}"
            );
        }
    }

    #[test]
    fn aan_glued_by_a_line_join_ends_the_members_only_before_an_office() {
        assert_eq!(find_aan("Jansen (SP) aan de minister"), Some(12));
        assert_eq!(find_aan("Jansen (SP)aan de minister"), Some(11));
        assert_eq!(find_aan("Jansen (SP) aandestaatssecretaris"), Some(12));
        assert_eq!(find_aan("De Haanaan de Minister van"), Some(7));
        assert_eq!(find_aan("Jansen (SP) aandeel"), None);
        assert_eq!(find_aan("Jansen (SP)aandelen de Minister"), None);
        assert_eq!(find_aan("De Haan (SP)"), None);
        assert_eq!(find_aan("Kaan de kosten"), None);
        assert_eq!(find_aan("Jansen (SP, aan de Minister)"), None);
    }

    #[test]
    fn member_lead_with_lost_spaces() {
        assert_eq!(member_lead("hetlid Jansen"), Some(" Jansen"));
        assert_eq!(member_lead("de ledenKröger"), Some("Kröger"));
        assert_eq!(member_lead("het lid’t Hart"), Some("’t Hart"));
        assert_eq!(member_lead("Het Lidmaat"), None);
        assert_eq!(member_lead("Delen"), None);
        assert_eq!(questions_van("vanhet lid X"), Some("het lid X"));
        assert_eq!(questions_van("Vandenberg"), None);
        assert_eq!(answerer_van("vanMinister X"), Some("Minister X"));
        assert_eq!(answerer_van("vanwege"), None);
    }

    #[test]
    fn answerer_line() {
        let a = parse_answerer(
            "Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport)\n(ontvangen 19 november 2024).",
            0,
        );
        assert_eq!(a.responders[0].name.as_deref(), Some("Agema"));
        assert_eq!(
            a.received.unwrap().date,
            NaiveDate::from_ymd_opt(2024, 11, 19)
        );
    }

    #[test]
    fn answerer_line_in_markdown_bold() {
        let a = parse_answerer(
            "**Antwoord van Minister Kuipers (Volksgezondheid, Welzijn en Sport) (ontvangen 9 maart 2023).**",
            0,
        );
        assert_eq!(a.responders.len(), 1);
        assert_eq!(a.responders[0].name.as_deref(), Some("Kuipers"));
        assert_eq!(
            a.responders[0].portfolio.as_deref(),
            Some("Volksgezondheid, Welzijn en Sport")
        );
        assert_eq!(
            a.received.unwrap().date,
            NaiveDate::from_ymd_opt(2023, 3, 9)
        );
    }
}
