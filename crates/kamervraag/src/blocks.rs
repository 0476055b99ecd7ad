//! Question and answer headings: `Vraag 1`, `Vraag 2 en 3`, `Antwoord 2 t/m 4`, `Antwoord op vraag 3 en 4`,
//! `Antwoord vragen 1,2,3,4 en 5`, `Antwoord 5:`, `Antwoord:`, and numbered list items `1.`.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::digit1;
use nom::combinator::{map_res, opt};
use nom::multi::fold_many0;
use nom::sequence::preceded;
use nom::{IResult, Parser};

use crate::scan::{SpaceTrim, tag_ci};
use crate::text::is_space;

/// The largest range `t/m` may expand to; wider ranges are kept as their two ends.
const MAX_RANGE: u32 = 200;

/// Whether a heading opens a question or an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// `Vraag …`
    Question,
    /// `Antwoord …`
    Answer,
}

/// A heading line: its role, the numbers it covers, the label as printed, and any text after a colon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Heading<'a> {
    pub role: Role,
    pub numbers: Vec<u32>,
    pub label: &'a str,
    /// Text on the same line after the label (`Antwoord 5: Ja.`), empty when none.
    pub rest: &'a str,
    /// Whether the text follows the label without a colon (`Vraag 2 Herinnert u zich …`), as only
    /// [`parse_heading_inline`] reads it; [`parse_heading`] reads every other heading the same.
    pub glued: bool,
}

fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\u{a0}' || c == '\t')(i)
}

fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c == ' ' || c == '\u{a0}' || c == '\t')(i)
}

fn number(i: &str) -> IResult<&str, u32> {
    map_res(digit1, |d: &str| d.parse::<u32>()).parse(i)
}

#[derive(Clone, Copy)]
enum Sep {
    List,
    Range,
}

fn separator(i: &str) -> IResult<&str, Sep> {
    let (i, _) = ws0(i)?;
    let (i, sep) = alt((
        tag_ci("t/m").map(|_| Sep::Range),
        tag_ci("tot en met").map(|_| Sep::Range),
        tag(",").map(|_| Sep::List),
        tag("&").map(|_| Sep::List),
        tag_ci("en").map(|_| Sep::List),
        tag("–").map(|_| Sep::Range),
        tag("-").map(|_| Sep::Range),
    ))
    .parse(i)?;
    let (i, _) = ws0(i)?;
    // `vraag 1 en vraag 4`
    let (i, _) = opt((alt((tag_ci("vragen"), tag_ci("vraag"))), ws1)).parse(i)?;
    Ok((i, sep))
}

/// A heading's number, with the letter of a sub-question (`2a`, `2b`) read as part of its question:
/// a question number (below 1000, not a year) and one letter `a` to `h` that no letter or digit follows.
fn heading_number(i: &str) -> IResult<&str, u32> {
    let (i, n) = number(i)?;
    let b = i.as_bytes();
    if n < 1000
        && b.first().is_some_and(|c| (b'a'..=b'h').contains(c))
        && !b.get(1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Ok((&i[1..], n));
    }
    Ok((i, n))
}

/// `1`, `2 en 3`, `1, 2 en 4`, `2 t/m 4`, `1,2,3,4 en 5`, `2a`; each number once.
pub(crate) fn numbers(i: &str) -> IResult<&str, Vec<u32>> {
    let (i, first) = heading_number(i)?;
    fold_many0(
        (separator, heading_number),
        move || vec![first],
        |mut out, (sep, n)| {
            let last = *out.last().unwrap_or(&n);
            match sep {
                Sep::Range if n > last && n - last <= MAX_RANGE => out.extend(last + 1..=n),
                _ if out.contains(&n) => {}
                _ => out.push(n),
            }
            out
        },
    )
    .parse(i)
}

/// Strip Markdown decorations (`### `, `**`, `_`) around a line.
pub(crate) fn undecorate(line: &str) -> &str {
    let t = line.trim_space();
    // Most lines start with a letter or digit and end in neither mark: nothing to strip (the last
    // character of the trimmed line is no white space, whatever its bytes).
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(|c| !matches!(c, b'*' | b'_'))
    {
        return t;
    }
    t.trim_start_matches('#')
        .trim_matches(|c: char| c == '*' || c == '_' || is_space(c))
}

fn question_heading(i: &str) -> IResult<&str, (Role, Vec<u32>)> {
    let (i, _) = alt((tag_ci("vragen"), tag_ci("vraag"))).parse(i)?;
    let (i, _) = ws1(i)?;
    let (i, n) = numbers(i)?;
    Ok((i, (Role::Question, n)))
}

fn answer_heading(i: &str) -> IResult<&str, (Role, Vec<u32>)> {
    let (i, _) = alt((tag_ci("antwoorden"), tag_ci("antwoord"))).parse(i)?;
    let (i, _) = opt(preceded(ws1, tag_ci("op"))).parse(i)?;
    // `Antwoord op de vragen 1 en 2`: the article only before `vraag`/`vragen` and numbers, so that
    // prose or a wrapped title (`Antwoord op de vragen`, `… van het lid`) stays prose.
    if let Ok((i, n)) = preceded(
        (
            ws1,
            tag_ci("de"),
            ws1,
            alt((tag_ci("vragen"), tag_ci("vraag"))),
            ws1,
        ),
        numbers,
    )
    .parse(i)
    {
        return Ok((i, (Role::Answer, n)));
    }
    let (i, _) = opt(preceded(ws1, alt((tag_ci("vragen"), tag_ci("vraag"))))).parse(i)?;
    let (i, n) = opt(preceded(ws1, numbers)).parse(i)?;
    Ok((i, (Role::Answer, n.unwrap_or_default())))
}

/// Parse a heading line (already trimmed of Markdown). The heading must stand alone on its line, or be
/// followed by a colon and text.
pub(crate) fn parse_heading(line: &str) -> Option<Heading<'_>> {
    heading(line, false)
}

/// Like [`parse_heading`], for text whose line breaks were lost: the heading may be followed on the
/// same line by its text when that starts with a capital or an opening quote (`Vraag 2 en 3 Herinnert
/// u zich …`).
pub(crate) fn parse_heading_inline(line: &str) -> Option<Heading<'_>> {
    heading(line, true)
}

/// The first byte of `line` past white space and Markdown marks (`#`, `*`, `_`) when it is ASCII:
/// [`undecorate`] leaves the line starting with that byte or with a mark. `None` for a non-ASCII byte
/// or an empty line, which a caller cannot judge by this test. Most lines start with a letter that
/// tells at once that no heading or label opens them, and skip the trims.
#[inline]
pub(crate) fn lead_byte(line: &str) -> Option<u8> {
    line.bytes()
        .find(|b| !matches!(b, b' ' | b'\t'..=b'\r' | b'#' | b'*' | b'_'))
        .filter(u8::is_ascii)
}

/// Whether `line` may open with a heading word once [undecorated](undecorate): `V`, `A`, `v` or `a`
/// (or a byte that [`lead_byte`] does not judge).
#[inline]
fn may_open_heading(line: &str) -> bool {
    lead_byte(line).is_none_or(|b| matches!(b, b'V' | b'A' | b'v' | b'a'))
}

fn heading(line: &str, inline: bool) -> Option<Heading<'_>> {
    if !may_open_heading(line) {
        return None;
    }
    let t = undecorate(line);
    if !["Vra", "VRA", "Antw", "ANTW", "vra", "antw"]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return None;
    }
    if let Some(h) = simple_heading(t) {
        return Some(h);
    }
    // A heading typed in lower case (`antwoord 3`, `vraag 2 en 3`) reads as one only when the line
    // holds nothing but the words and numbers (and perhaps a colon), or when a colon after the
    // numbers opens a capitalised text (`antwoord 1: Ja.`): prose that opens with the word
    // (`antwoord op uw vraag …`, a wrapped line `vraag 3 is …`, `vraag 2: het …`) stays prose.
    if t.starts_with(['v', 'a']) {
        // Such a line ends in a number (`2`, `2a`) or the colon: a cheap test before the grammar.
        let b = t.as_bytes();
        let numbered_end = match b {
            [.., d, b'a'..=b'h'] => d.is_ascii_digit(),
            [.., last] => last.is_ascii_digit() || *last == b':',
            [] => false,
        };
        if !numbered_end {
            // The colon comes within the first words (`antwoord op vraag 12 en 13:`).
            memchr::memchr(b':', &b[..b.len().min(40)])?;
            return heading_grammar(t, false).filter(|h| {
                !h.numbers.is_empty()
                    && h.label.ends_with(':')
                    && h.rest
                        .starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '‘' | '“'))
            });
        }
        return heading_grammar(t, false)
            .filter(|h| !h.numbers.is_empty() && h.rest.is_empty() && !h.label.ends_with('.'));
    }
    heading_grammar(t, inline)
}

/// The commonest headings, `Vraag 12` and `Antwoord 12` alone on their line, read without the grammar
/// (the result is the grammar's; a test holds them equal).
fn simple_heading(t: &str) -> Option<Heading<'_>> {
    let (role, digits) = if let Some(d) = t
        .strip_prefix("Vraag ")
        .or_else(|| t.strip_prefix("vraag "))
    {
        (Role::Question, d)
    } else {
        let d = t
            .strip_prefix("Antwoord ")
            .or_else(|| t.strip_prefix("antwoord "))?;
        (Role::Answer, d)
    };
    // Nine digits always fit a u32.
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Heading {
        role,
        numbers: vec![digits.parse().ok()?],
        label: t,
        rest: "",
        glued: false,
    })
}

/// A heading by the full grammar.
fn heading_grammar(t: &str, inline: bool) -> Option<Heading<'_>> {
    let (rest, (role, numbers)) = alt((question_heading, answer_heading)).parse(t).ok()?;
    let label_len = t.len() - rest.len();
    let rest_trim = rest.trim_start_space();
    let (label_len, after, glued) = if let Some(r) = rest_trim.strip_prefix([':', '.']) {
        (t.len() - r.len(), r.trim_space(), false)
    } else if rest_trim.is_empty() {
        (label_len, "", false)
    } else if inline
        && !numbers.is_empty()
        && rest.starts_with(is_space)
        && rest_trim
            .starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '‘' | '“' | '"' | '\''))
    {
        (label_len, rest_trim.trim_end_space(), true)
    } else {
        return None;
    };
    // `Antwoord` alone only counts with nothing after it or a colon (`Antwoord:`).
    Some(Heading {
        role,
        numbers,
        label: t[..label_len].trim_end_space(),
        rest: after,
        glued,
    })
}

/// A numbered heading that a web page glued to its text and to the sentence before it when it lost its
/// line breaks (`…geleverd? Antwoord 2 Ja, dat …`, `…herzien.1 Vraag 3 Bent u …`): the byte offset
/// in `line` where the first such heading that `accept` takes starts. It must follow the end of a
/// sentence (`?`, `!` or `.`, perhaps a closing quote or bracket and a glued note superscript) and a
/// space, and be followed by its text (a capital or an opening quote): `Vraag 3 gaat over …` is prose.
pub(crate) fn heading_after_sentence(
    line: &str,
    accept: impl Fn(&Heading<'_>) -> bool,
) -> Option<usize> {
    let b = line.as_bytes();
    memchr::memchr2_iter(b'V', b'A', b)
        .filter(|&at| at >= 2 && (b[at - 1] == b' ' || line[..at].ends_with('\u{a0}')))
        .filter(|&at| b[at + 1..].starts_with(b"ra") || b[at + 1..].starts_with(b"ntw"))
        .filter(|&at| ends_sentence(line[..at].trim_end_space()))
        .find(|&at| {
            heading_grammar(&line[at..], true)
                .is_some_and(|h| !h.numbers.is_empty() && !h.rest.is_empty() && accept(&h))
        })
}

/// Whether `before` ends a sentence: `?`, `!` or `.`, then perhaps closing quotes or brackets and a
/// note superscript of at most three digits (`…geleverd?1`, `…«Zorg»?`, `…2019).`).
fn ends_sentence(before: &str) -> bool {
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let t = if digits <= 3 {
        &before[..before.len() - digits]
    } else {
        before
    };
    // Digits count as a superscript only where a sentence end comes before them, not as a number of
    // the prose (`op 5 juni 2019 Vraag …`, `artikel 12 Antwoord …`).
    t.trim_end_matches(['»', '”', '’', '"', '\'', ')'])
        .ends_with(['?', '!', '.'])
}

/// A heading whose number does not fit (`Vraag 99999999999999999999`): the digits, for a diagnostic.
pub(crate) fn overlong_number(line: &str) -> Option<&str> {
    if !may_open_heading(line) {
        return None;
    }
    let t = undecorate(line);
    let rest = ["Vraag ", "Vragen ", "Antwoord ", "Antwoord op vraag "]
        .iter()
        .find_map(|w| t.strip_prefix(w))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 9).then(|| &rest[..digits])
}

/// A numbered list item `  1. Bent u …`: the number, the label (`1.`) and the text after it.
pub(crate) fn parse_numbered(line: &str) -> Option<(u32, &str, &str)> {
    numbered_item(line, '.')
}

/// A list item numbered `1) Bent u …`, as Word originals print questions when their list style closes
/// the number with a bracket: the number, the label (`1)`) and the text after it. The same form opens
/// a note body in those documents, so the caller decides which one a line is.
pub(crate) fn parse_paren_numbered(line: &str) -> Option<(u32, &str, &str)> {
    numbered_item(line, ')')
}

/// A list item whose number `closer` ends (`1.` or `1)`), followed by white space and text: the
/// number, the label and the text, for [`parse_numbered`] and [`parse_paren_numbered`].
fn numbered_item(line: &str, closer: char) -> Option<(u32, &str, &str)> {
    let t = line.trim_start_space();
    let (rest, n) = number(t).ok()?;
    let after = rest.strip_prefix(closer)?;
    if !after.starts_with(is_space) {
        return None;
    }
    let label = &t[..t.len() - after.len()];
    let text = after.trim_space();
    (!text.is_empty() && n > 0).then_some((n, label, text))
}

/// A number alone on its line (`2`, `2.`): an older PDF's question or answer number, or a wrapped
/// note marker.
pub(crate) fn bare_number(t: &str) -> Option<u32> {
    let d = t.strip_suffix('.').unwrap_or(t);
    (!d.is_empty() && d.len() <= 3 && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| d.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for undecorated lines strips what the plain trims strip.
    #[test]
    fn undecorate_like_plain_trims() {
        for line in [
            "Vraag 1",
            "**Vraag 1**",
            "### Antwoord 2",
            "Wat vindt u van ‘dit’",
            "Één\u{a0}",
            "_x_",
            " de brief van 5 juni” ",
            "1. Kent u het bericht?",
            "é",
            "a\u{2009}",
            "",
            "#",
        ] {
            let plain = line
                .trim()
                .trim_start_matches('#')
                .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
            assert_eq!(undecorate(line), plain, "{line:?}");
        }
    }

    fn nums(l: &str) -> Option<(Role, Vec<u32>, String)> {
        parse_heading(l).map(|h| (h.role, h.numbers, h.label.to_string()))
    }

    #[test]
    fn headings() {
        assert_eq!(
            nums("Vraag 1"),
            Some((Role::Question, vec![1], "Vraag 1".into()))
        );
        assert_eq!(
            nums("Vraag 2 t/m 4"),
            Some((Role::Question, vec![2, 3, 4], "Vraag 2 t/m 4".into()))
        );
        assert_eq!(
            nums("Antwoord op vraag 3 en 4"),
            Some((Role::Answer, vec![3, 4], "Antwoord op vraag 3 en 4".into()))
        );
        assert_eq!(
            nums("Antwoord vragen 1,2,3,4 en 5").unwrap().1,
            vec![1, 2, 3, 4, 5]
        );
        assert_eq!(nums("Antwoord 4, 5, 7 en 8").unwrap().1, vec![4, 5, 7, 8]);
        assert_eq!(nums("Antwoorden 5 en 6").unwrap().1, vec![5, 6]);
        assert_eq!(
            nums("Antwoord op de vragen 1 en 2"),
            Some((
                Role::Answer,
                vec![1, 2],
                "Antwoord op de vragen 1 en 2".into()
            ))
        );
        assert_eq!(nums("Antwoord op de vraag 3:").unwrap().1, vec![3]);
        assert!(nums("Antwoord op de brief").is_none());
        assert!(nums("Antwoord op de vragen").is_none());
        assert_eq!(
            nums("Vraag 2a"),
            Some((Role::Question, vec![2], "Vraag 2a".into()))
        );
        assert_eq!(nums("Antwoord 2a t/m 2c").unwrap().1, vec![2]);
        assert_eq!(nums("Antwoord 2b en 3").unwrap().1, vec![2, 3]);
        assert!(nums("Vraag 2ab").is_none());
        assert!(nums("Vraag 20n").is_none());
        assert!(nums("Antwoord 2026a").is_none());
        assert_eq!(nums("Antwoord:").unwrap().1, Vec::<u32>::new());
        assert_eq!(nums("Antwoord").unwrap().1, Vec::<u32>::new());
        assert_eq!(nums("**Vraag 3**").unwrap().1, vec![3]);
        assert_eq!(nums("Vraag 1 en vraag 4").unwrap().1, vec![1, 4]);
        assert!(nums("Vraag 1 is belangrijk").is_none());
        assert!(nums("Antwoord van minister Agema").is_none());
        assert!(nums("Vraag 99999999999999999999").is_none());
        let h = parse_heading("Antwoord 5: Ja.").unwrap();
        assert_eq!((h.label, h.rest), ("Antwoord 5:", "Ja."));
    }

    #[test]
    fn simple_headings_agree_with_the_grammar() {
        let mut lines = vec![];
        for word in ["Vraag", "Antwoord", "Vragen", "VRAAG", "vraag", "antwoord"] {
            for n in [
                "1",
                "12",
                "0",
                "007",
                "999999999",
                "4294967295",
                "99999999999",
                "",
                "1a",
                "2 ",
            ] {
                lines.push(format!("{word} {n}"));
            }
            lines.push(format!("{word}\u{a0}3"));
            lines.push(format!("{word}  3"));
        }
        for t in &lines {
            if let Some(simple) = simple_heading(t) {
                assert_eq!(Some(simple), heading_grammar(t, false), "{t:?}");
                assert_eq!(simple_heading(t), heading_grammar(t, true), "{t:?}");
            }
        }
        assert!(simple_heading("Vraag 12").is_some());
        assert!(simple_heading("Antwoord 999999999").is_some());
        assert!(simple_heading("Vraag 99999999999").is_none());
    }

    #[test]
    fn headings_after_a_sentence() {
        let any = |_: &Heading<'_>| true;
        assert_eq!(
            heading_after_sentence("Klopt dat? Antwoord 2 Ja, dat klopt.", any),
            Some(11)
        );
        assert_eq!(
            heading_after_sentence("Klopt «dat»?12 Vraag 3 Bent u …", any),
            "Klopt «dat»?12 Vraag 3 Bent u …".find("Vraag")
        );
        for prose in [
            "Dat klopt. Vraag 3 gaat daar over.",
            "Dat was op 5 juni 2019 Vraag 3 Bent",
            "Zie artikel 12 Antwoord 3 De",
            "Dat klopt. Vraag 3",
            "Vraag 3 Bent u bereid?",
            "Dat klopt. Vraagt u het De minister?",
        ] {
            assert_eq!(heading_after_sentence(prose, any), None, "{prose}");
        }
        assert_eq!(
            heading_after_sentence("Klopt dat? Antwoord 2 Ja.", |_| false),
            None
        );
    }

    #[test]
    fn numbered_items() {
        assert_eq!(
            parse_numbered("  1. Bent u bekend?"),
            Some((1, "1.", "Bent u bekend?"))
        );
        assert_eq!(parse_numbered("2.5 miljoen"), None);
        assert_eq!(parse_numbered("1."), None);
        assert_eq!(
            parse_paren_numbered("1) Bent u bekend?"),
            Some((1, "1)", "Bent u bekend?"))
        );
        assert_eq!(parse_paren_numbered("1. Bent u bekend?"), None);
        assert_eq!(parse_paren_numbered("2)"), None);
    }
}
