//! Dialect detection from content: which rendering the text is, and how it prints footnotes.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::ast::Format;
use crate::footnotes::NoteStyle;
use crate::intro::office_capitalised_in;
use crate::lines::{Furniture, Lines, furniture, split_footer};
use crate::scan::{SpaceTrim, find_phrase, floor_char_boundary, starts_with_phrase, strip_phrase};

/// The rendering of a text and its footnote style.
pub(crate) fn detect(source: &str, from: usize) -> (Format, NoteStyle) {
    let head_end = floor_char_boundary(source, from + 4096);
    let head = &source[from..head_end];
    let first = Lines::new(source, from, source.len())
        .map(|l| l.trimmed())
        .find(|t| !t.is_empty())
        .unwrap_or("");
    // The breadcrumb `Tweedemonitor / Kamervraag / …` opens the page, or follows a few lines of site
    // navigation (`Home`, `Kamervragen`) that a copy of the page may keep above it; those lines are
    // looked at only when no other rendering's marks are found.
    let tweedemonitor = first.starts_with("Tweedemonitor");
    let breadcrumb_below = || {
        Lines::new(source, from, head_end)
            .map(|l| l.trimmed())
            .filter(|t| !t.is_empty())
            .take(MAX_NAVIGATION_LINES + 1)
            .any(is_breadcrumb)
    };
    // A Markdown conversion: `[1 ]` note markers or `### ` / `#### ` headings (not asked of a
    // Tweedemonitor page, whose footnote style does not depend on it). Searched only where it
    // decides: the first line of a KOOP text, and its footnote style.
    let markdown = || !tweedemonitor && has_markdown_marks(head);
    let format = if tweedemonitor {
        Format::Tweedemonitor
    } else if starts_with_phrase(first, "Tweede Kamer der Staten-Generaal")
        || (first
            .strip_prefix("### ")
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            && markdown())
        || has_publication_marks(head)
        || has_identifier_line(source)
        || has_footer_line(&source[from..])
    {
        Format::Publication
    } else if webpage_title(first).is_some() {
        Format::Webpage
    } else if ah_label(first).is_some() || first.starts_with("(ingezonden") {
        Format::Original
    } else if is_zaak_line(first) {
        // KOOP text cut off above its zaak number (`2024Z18796` / `Vragen van … aan de Minister …`)
        // opens like a Word original; its capitalised office tells it apart.
        if koop_header(source, from, head_end) {
            Format::Publication
        } else {
            Format::Original
        }
    } else if breadcrumb_below() {
        Format::Tweedemonitor
    } else if koop_header(source, from, head_end) {
        // KOOP text that lost its masthead: a scrape that opens at the intro sentence or the
        // answerer line.
        Format::Publication
    } else {
        Format::Plain
    };
    let style = match format {
        Format::Publication if markdown() => NoteStyle::Markdown,
        Format::Publication | Format::Webpage => NoteStyle::Glued,
        _ => NoteStyle::Paren,
    };
    (format, style)
}

/// Whether `head` holds the marks of a Markdown conversion: a `[1 ]` note marker, a `### ` or
/// `#### ` heading line, or a `#` that opens it. One pass for the `[` and `#`, which text seldom holds.
fn has_markdown_marks(head: &str) -> bool {
    let b = head.as_bytes();
    b.first() == Some(&b'#')
        || memchr::memchr2_iter(b'[', b'#', b).any(|p| match b[p] {
            b'[' => b[p..].starts_with(b"[1 ]"),
            _ => {
                p > 0
                    && b[p - 1] == b'\n'
                    && matches!(
                        b[p..],
                        [b'#', b'#', b'#', b' ', ..] | [b'#', b'#', b'#', b'#', b' ', ..]
                    )
            }
        })
}

/// Whether `head` holds a mark of a KOOP publication: it names a session of the Kamer, `Vergaderjaar
/// 2024–2025` or, in the 1990s, `Vergaderjaar 1998–1999` (the year's first digits checked after the
/// word), or the masthead `Vragen gesteld door de leden der Kamer`. One pass for their `V`.
fn has_publication_marks(head: &str) -> bool {
    const SESSION: &[u8] = b"Vergaderjaar ";
    const MASTHEAD: &[u8] = b"Vragen gesteld door de leden der Kamer";
    let b = head.as_bytes();
    memchr::memchr_iter(b'V', b).any(|at| {
        let r = &b[at..];
        match r.strip_prefix(SESSION) {
            Some(year) => matches!(year, [b'2', ..] | [b'1', b'9', ..]),
            None => r.starts_with(MASTHEAD),
        }
    })
}

/// The most lines of site navigation a Tweedemonitor page may print above its breadcrumb.
pub(crate) const MAX_NAVIGATION_LINES: usize = 8;

/// `Tweedemonitor / Kamervraag / <titel>`: the breadcrumb of a Tweedemonitor page.
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    line.strip_prefix("Tweedemonitor")
        .is_some_and(|r| r.trim_start_space().starts_with('/'))
}

/// The page title in a Tweedemonitor breadcrumb line, `Tweedemonitor / Kamervraag / <titel>`, or `""`
/// for a bare `Tweedemonitor` (the site's name above the breadcrumb). The breadcrumb ends after its
/// known parts, so a title that itself holds ` / ` (`Het bericht ‘Boeren / burgers’`) is kept whole.
pub(crate) fn breadcrumb_title(line: &str) -> &str {
    let title = line
        .strip_prefix("Tweedemonitor")
        .unwrap_or(line)
        .trim_space();
    let title = title.strip_prefix('/').unwrap_or(title).trim_space();
    let title = strip_phrase(title, "Kamervraag /")
        .or_else(|| strip_phrase(title, "Kamervragen /"))
        .unwrap_or(title)
        .trim_space();
    undoubled(title).trim_space()
}

/// The first half of a title printed twice in a row (the Tweedemonitor breadcrumb runs the page title
/// into its heading: `Het bericht ‘…’Het bericht ‘…’`); the halves may differ in their spaces (a
/// no-break space in one, a doubled space in the other). Any other title as it is.
fn undoubled(title: &str) -> &str {
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    let glued = |i: usize| {
        !title[..i].ends_with(char::is_whitespace) && !title[i..].starts_with(char::is_whitespace)
    };
    // The halves meet near the middle: as near as their spaces differ in length.
    let half = title.len() / 2;
    let b = title.as_bytes();
    // The common case: two copies byte for byte.
    if b.len() % 2 == 0 && b[..half] == b[half..] && title.is_char_boundary(half) {
        return &title[..half];
    }
    let reach = title.len() / 4;
    // The second copy starts with the first's first byte: only such places are compared.
    (half - reach..=half + reach)
        .filter(|&i| i > 0 && b.get(i) == b.first() && title.is_char_boundary(i) && glued(i))
        .find(|&i| same(&title[..i], &title[i..]))
        .map_or_else(|| untruncated(title), |i| &title[..i])
}

/// The whole title after a first copy that the breadcrumb shortened with an ellipsis:
/// `Het bericht ‘Veel sloten…Het bericht ‘Veel sloten worden niet meer geschoond’`. Any other title
/// as it is.
fn untruncated(title: &str) -> &str {
    ["…", "..."]
        .iter()
        .find_map(|dots| {
            let (cut, whole) = title.split_once(dots)?;
            let whole = whole.trim_start_matches('.').trim_start_space();
            let cut = cut.trim_space();
            (!cut.is_empty() && whole.len() > cut.len() && whole.starts_with(cut)).then_some(whole)
        })
        .unwrap_or(title)
}

/// Whether a line (not the first) starts with a `kv-tk-` or `ah-tk-` identifier: one pass for the `-`,
/// which text seldom holds.
fn has_identifier_line(source: &str) -> bool {
    let b = source.as_bytes();
    memchr::memchr_iter(b'-', b).any(|p| {
        matches!(
            b[p.saturating_sub(3)..],
            [b'\n', b'k', b'v', b'-', b't', b'k', b'-', ..]
                | [b'\n', b'a', b'h', b'-', b't', b'k', b'-', ..]
        )
    })
}

/// The most non-empty lines read for the first header sentence in [`koop_header`].
const MAX_HEADER_LINES: usize = 12;

/// Whether the first header sentence in the head (`from`..`head_end`), the intro or, where that was
/// cut off, the answerer line, names its office with a capital as KOOP typesetting does (`aan de
/// Minister van …`, `Antwoord van Staatssecretaris …`); Word originals and Tweedemonitor print
/// `minister`. A `(ingezonden …)` line before it is the Word original's layout.
fn koop_header(source: &str, from: usize, head_end: usize) -> bool {
    for line in Lines::new(source, from, head_end)
        .filter(|l| !l.trimmed().is_empty())
        .take(MAX_HEADER_LINES)
    {
        let t = line.trimmed();
        if t.starts_with("(ingezonden") || t.starts_with("(Ingezonden") {
            return false;
        }
        // The sentence may wrap: three lines of PDF text hold the office.
        let end = floor_char_boundary(source, (line.start + 480).min(head_end));
        if let Some(capital) = office_capitalised_in(&source[line.trimmed_start()..end]) {
            return capital;
        }
    }
    false
}

/// Whether a line starts with a KOOP page footer, `Tweede Kamer, vergaderjaar 2024–2025, Vragen 1`
/// (`…, Aanhangsel 2`), also after the `’s-Gravenhage 2024` imprint: PDF text that lost its masthead
/// and identifier lines keeps these. Only asked when no other mark of the rendering was found.
fn has_footer_line(source: &str) -> bool {
    static FOOTER: LazyLock<Finder<'static>> =
        LazyLock::new(|| Finder::new("Tweede Kamer, vergaderjaar "));
    FOOTER.find_iter(source.as_bytes()).any(|at| {
        let start = source[..at].rfind('\n').map_or(0, |n| n + 1);
        let end = source[at..].find('\n').map_or(source.len(), |n| at + n);
        let line = source[start..end].trim_space();
        matches!(furniture(line), Some(Furniture::Year(_))) || split_footer(line).is_some()
    })
}

/// The soort and the onderwerp of a tweedekamer.nl first line: `<Soort> : <Onderwerp>` (`Antwoord
/// schriftelijke vragen : Antwoord op vragen van …`), where the soort
/// may carry a qualifier (`Mededeling (uitstel antwoord)`, `Antwoord schriftelijke vragen (nader)`)
/// and the colon may stand without spaces around it (`Schriftelijke vragen: Het bericht …`).
pub(crate) fn webpage_title(line: &str) -> Option<(&str, &str)> {
    [
        "Schriftelijke vragen",
        "Antwoord schriftelijke vragen",
        "Mededeling",
        "Mondelinge vragen",
    ]
    .iter()
    .find_map(|s| {
        let rest = strip_phrase(line, s)?;
        // Any short qualifier before a spaced ` : ` (the form the site prints).
        if let Some((i, j)) = find_phrase(rest, " : ").filter(|&(i, _)| i < 24) {
            let soort = &line[..line.len() - rest.len() + i];
            return Some((soort, rest[j..].trim_space()));
        }
        let r = rest.trim_start_space();
        // An optional `(…)` qualifier, then the colon.
        let r = match r.strip_prefix('(') {
            Some(inner) => {
                let close = inner.find(')').filter(|&c| c < 24)?;
                inner[close + 1..].trim_start_space()
            }
            None => r,
        };
        let title = r.strip_prefix(':')?;
        // A title line sets the onderwerp apart from the colon (`Mededeling:Het` is no such line).
        (title.is_empty() || title.starts_with(char::is_whitespace)).then(|| {
            let soort = &line[..line.len() - r.len()];
            (soort.trim_end_space(), title.trim_space())
        })
    })
}

/// The number of an `AH 604` label line.
pub(crate) fn ah_label(line: &str) -> Option<u32> {
    let r = strip_phrase(line, "AH ")?;
    if r.is_empty() || r.len() > 7 || !r.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    r.parse().ok()
}

/// A line that is only a zaak number, `2024Z18285` or `2024Z 17972`.
pub(crate) fn is_zaak_line(line: &str) -> bool {
    let b = line.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    if b.len() < 10 || b.len() > 13 || !digits(&b[..4]) || b[4] != b'Z' {
        return false;
    }
    // `Z` is ASCII: byte 5 starts a character.
    let number = strip_phrase(&line[5..], " ").unwrap_or(&line[5..]);
    number.len() == 5 && digits(number.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breadcrumb_titles() {
        assert_eq!(
            breadcrumb_title("Tweedemonitor / Kamervraag / Het bericht ‘Boeren / burgers’"),
            "Het bericht ‘Boeren / burgers’"
        );
        assert_eq!(
            breadcrumb_title("Tweedemonitor / Kamervragen / Het bericht\u{a0}XHet bericht  X"),
            "Het bericht\u{a0}X"
        );
        assert_eq!(breadcrumb_title("Tweedemonitor"), "");
        assert_eq!(
            breadcrumb_title(
                "Tweedemonitor / Kamervraag / Het bericht ‘Veel sloten…Het bericht ‘Veel sloten worden niet geschoond’"
            ),
            "Het bericht ‘Veel sloten worden niet geschoond’"
        );
        assert_eq!(
            breadcrumb_title("Tweedemonitor / Kamervraag / De zorg voor ... De zorg voor ouderen"),
            "De zorg voor ouderen"
        );
        // An ellipsis inside a title that is printed once stays.
        assert_eq!(
            breadcrumb_title("Tweedemonitor / Kamervraag / Het bericht ‘Wachten… en wachten’"),
            "Het bericht ‘Wachten… en wachten’"
        );
    }

    #[test]
    fn markdown_marks_found_like_plain_search() {
        for text in [
            "# Titel",
            "x\n### 1\n",
            "x\n#### Vraag",
            "x\n###x\n##### y\n## z",
            "zie [1 ] en [2]",
            "[1]\n#\n",
            "a#### b\n###",
            "",
        ] {
            let plain = text.contains("[1 ]")
                || text.match_indices("\n###").any(|(at, _)| {
                    text[at + 4..].starts_with(' ') || text[at + 4..].starts_with("# ")
                })
                || text.starts_with('#');
            assert_eq!(has_markdown_marks(text), plain, "{text:?}");
        }
    }

    #[test]
    fn identifier_lines_found_like_plain_search() {
        for text in [
            "kv-tk-2024Z18796\nVragen",
            "x\nkv-tk-2024Z18796",
            "\nah-tk-20242025-594",
            "a-b-c\nah-tk-\n-tk-\nkv-t-k",
            "zie kv-tk-2024Z18796 en ah-tk-1",
            "-\n-kv-tk-",
            "",
        ] {
            let plain = text.contains("\nkv-tk-") || text.contains("\nah-tk-");
            assert_eq!(has_identifier_line(text), plain, "{text:?}");
        }
    }
}
