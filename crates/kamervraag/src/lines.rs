//! Lexing into lines: `\n`, `\r\n` and lone `\r` all end a line; spans are byte offsets of the input.

use memchr::memchr2;

use crate::dates::is_month;
use crate::footnotes::cites_paper;
use crate::scan::{
    SpaceTrim, find_phrase, find_short, floor_char_boundary, starts_with_phrase, strip_phrase,
};
use crate::text::is_space;

/// One line of input, without its line ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line's text, line ending excluded.
    pub text: &'a str,
    /// Byte offset of `text` in the input.
    pub start: usize,
}

impl<'a> Line<'a> {
    /// Byte offset one past the last byte of the text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    /// The text without leading and trailing white space (NBSP included).
    pub fn trimmed(&self) -> &'a str {
        self.text.trim_space()
    }
    /// Byte offset where the trimmed text starts.
    pub fn trimmed_start(&self) -> usize {
        self.start + (self.text.len() - self.text.trim_start_space().len())
    }
    /// True when the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.text.trim_space().is_empty()
    }
}

/// Iterator over the lines of `source[from..to]`.
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    source: &'a str,
    pos: usize,
    end: usize,
    collapsed: bool,
    /// In collapsed text: where the physical line that holds `pos` ends, once found (a collapsed
    /// line is long, and is split into many virtual ones).
    line_end: usize,
}

impl<'a> Lines<'a> {
    /// The lines of `source` between byte `from` and byte `to`. In [collapsed](is_collapsed) text the
    /// lines are the virtual ones that [`virtual_break`] finds.
    pub fn new(source: &'a str, from: usize, to: usize) -> Self {
        Self::known(source, from, to, is_collapsed(source))
    }

    /// [`Lines::new`] for a caller that has already asked [`is_collapsed`] of `source` (the text of
    /// every note and block is walked on its own).
    pub fn known(source: &'a str, from: usize, to: usize, collapsed: bool) -> Self {
        Lines {
            source,
            pos: from,
            end: to.min(source.len()),
            collapsed,
            line_end: 0,
        }
    }
}

/// Text whose line breaks were all lost (a whole PDF extracted as one line): more than 1 KiB with no
/// line break in its first 2 KiB, after any blank lines (and byte order mark) it starts with.
pub(crate) fn is_collapsed(source: &str) -> bool {
    if source.len() <= 1024 {
        return false;
    }
    let text = match source.as_bytes()[0] {
        b'\n' | b'\r' | b' ' | b'\t' | 0xef => {
            source.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\u{feff}')
        }
        _ => source,
    };
    text.len() > 1024 && memchr2(b'\n', b'\r', &text.as_bytes()[..2048.min(text.len())]).is_none()
}

/// Where a collapsed text would have had a line break: before a heading (`Vraag 1`, `Antwoord 2 en
/// 3`), an intro or answerer line, page furniture, or a note number followed by its text; and after a
/// page footer. Returns a byte offset in `text` greater than 0.
pub(crate) fn virtual_break(text: &str) -> Option<usize> {
    if let Some(end) = footer_end(text) {
        return (end < text.len()).then_some(end);
    }
    // A publication identifier (`kv-tk-2024Z18796`) stands on a line of its own.
    if matches!(text.as_bytes().first(), Some(b'k' | b'a')) {
        if let Some(end) = text
            .find(' ')
            .filter(|&end| is_publication_id(&text[..end]))
        {
            return Some(end + 1);
        }
    }
    // The imprint glues the footer to its place and year (`ISSN 0921 - 7398’s-Gravenhage
    // 2024Tweede Kamer, …, Aanhangsel 1`): the line ends after the footer, before the page's text.
    if text.starts_with("ISSN ") {
        let head = &text[..floor_char_boundary(text, text.len().min(64))];
        if let Some((at, _)) = find_phrase(head, FOOTER) {
            if let Some(end) = footer_end(&text[at..]).map(|end| at + end) {
                if end < text.len() {
                    return Some(end);
                }
            }
        }
    }
    // The `Mededeling` heading of a notice has a line of its own: its prose starts the next one.
    if let Some(prose) = notice_heading_before(text) {
        return Some(text.len() - prose.len());
    }
    // A Markdown conversion's page break (`-----`) and mangled identifier (`h tk 20232024 302`)
    // stand on lines of their own.
    let lead = text.len() - text.trim_start_space().len();
    if let Some(len) =
        markdown_furniture_len(&text[lead..]).or_else(|| bold_heading_len(&text[lead..]))
    {
        let end = lead + len;
        if end < text.len() {
            return Some(end);
        }
    }
    // Words that start a line wherever they occur, and headings that do when a number follows.
    const ALWAYS: &[&str] = &[
        "Vragen van ",
        "Vragen gesteld ",
        "Vergaderjaar ",
        "Antwoord van ",
        "Mededeling van ",
        "Toelichting",
        "Zie ook ",
        "ah-tk-",
        "kv-tk-",
        "ISSN ",
        "Tweede Kamer, vergaderjaar ",
    ];
    let b = text.as_bytes();
    let mut i = 1;
    // Words start after a space: an ASCII one, or a no-break space (`C2 A0`).
    while let Some(off) = b.get(i..).and_then(next_space) {
        let at = i + off + 1;
        if at >= b.len() {
            return None;
        }
        // Where the space before the word starts.
        let space = match b[at - 1] {
            b' ' => at - 1,
            _ if b[at - 2] == 0xc2 => at - 2,
            _ => {
                i = at;
                continue;
            }
        };
        let rest = &text[at..];
        // The words above start with one of these letters; most words do not.
        let word = matches!(
            rest.as_bytes()[0],
            b'V' | b'A' | b'M' | b'T' | b'Z' | b'I' | b'a' | b'k'
        ) && (ALWAYS.iter().any(|w| starts_with_phrase(rest, w))
            || notice_heading_before(rest).is_some()
            // (not the heading after the marks of a Markdown heading, which start its line)
            || (numbered_heading(rest) && !text[..space].ends_with('#')));
        if word
            || (matches!(rest.as_bytes()[0], b'-' | b'_' | b'=' | b'h' | b'a')
                && markdown_furniture_len(rest).is_some())
            || (matches!(rest.as_bytes()[0], b'*' | b'#') && decorated_heading(rest))
        {
            return Some(at);
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=7).contains(&digits) {
            let after_number = strip_phrase(&rest[digits..], " ").unwrap_or("");
            // `698 Vragen van …`: the Aanhangsel number before the intro.
            if starts_with_phrase(after_number, "Vragen van ") {
                return Some(at);
            }
            // ` 2 De Telegraaf, …`: a note number followed by a capitalised word or a URL, not a
            // number of a heading (`Vraag 2 en 3 …`).
            // The number may also stand before a Markdown heading (`…»? 1 **Antwoord 1**`), or
            // open a note whose text is a number after the end of a sentence (`….nl. 11 3628105–…`).
            if digits <= 2
                && (after_number.starts_with(char::is_uppercase)
                    || after_number.starts_with("http")
                    || (matches!(after_number.as_bytes().first(), Some(b'*' | b'#'))
                        && decorated_heading(after_number))
                    || (after_number.starts_with(|c: char| c.is_ascii_digit())
                        && ends_sentence_before(&text[..space])))
            {
                // The word may be glued to a page number before it (`…, Aanhangsel 1Antwoord 3 …`).
                let previous = text[..space]
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("")
                    .trim_start_matches(|c: char| c.is_ascii_digit());
                let in_heading = matches!(
                    previous,
                    "Vraag"
                        | "Vragen"
                        | "Antwoord"
                        | "Antwoorden"
                        | "VRAAG"
                        | "VRAGEN"
                        | "ANTWOORD"
                        | "ANTWOORDEN"
                        | "vraag"
                        | "vragen"
                        | "en"
                        | "t/m"
                        | "met"
                        | "op"
                ) || previous.ends_with(',');
                if !in_heading {
                    return Some(at);
                }
            }
            // ` 1Brabants Dagblad, …`: a note body glued to its number (the superscript style of PDF
            // text), after a sentence's end: a capitalised word (`1NOS,`, `1X,`), an opening
            // bracket or a web address follows. Where the page broke inside a sentence, the body
            // must read as a citation: a source, a comma and a date (`1NOS, 29 oktober 2024, …`).
            let glued = &rest[digits..];
            let mut g = glued.chars();
            if digits <= 2
                && match (g.next(), g.next()) {
                    (Some(c), Some(d)) => {
                        (c.is_uppercase() && (d.is_lowercase() || d.is_uppercase() || d == ','))
                            || (c == '(' && d.is_uppercase())
                            || (c == 'h' && glued.starts_with("http"))
                    }
                    _ => false,
                }
                && (text[..space].ends_with(['.', '?', '!', ')', '»', '”']) || cites_source(glued))
                // A source whose name starts in lower case (`1de Limburger, 15 november 2024`)
                // only after a sentence's end (`de 1ste Kamer` is prose).
                || (digits <= 2
                    && glued.starts_with(|c: char| c.is_lowercase())
                    && text[..space].ends_with(['.', '?', '!', ')', '»', '”'])
                    && cites_source(glued))
            {
                return Some(at);
            }
        }
        i = at;
    }
    None
}

/// The offset of the first ASCII space or no-break-space byte (`A0`) in `b`. Words are short, so
/// eight bytes are tested at a time in a `u64` (cheaper than memchr's set-up): a byte that equals
/// the one sought turns to zero under `^`, and the lowest byte that the zero-byte test flags is the
/// first zero byte (a borrow can flag bytes only above a real zero).
fn next_space(b: &[u8]) -> Option<usize> {
    const LO: u64 = u64::from_le_bytes([0x01; 8]);
    const HI: u64 = u64::from_le_bytes([0x80; 8]);
    let zero_bytes = |x: u64| x.wrapping_sub(LO) & !x & HI;
    let mut i = 0;
    while let Some(chunk) = b[i..].first_chunk::<8>() {
        let x = u64::from_le_bytes(*chunk);
        let found = zero_bytes(x ^ (LO * 0x20)) | zero_bytes(x ^ (LO * 0xa0));
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..]
        .iter()
        .position(|&c| c == b' ' || c == 0xa0)
        .map(|p| i + p)
}

/// Whether `text` opens with a cited source, as a note body does: a parliamentary paper
/// ([`cites_paper`]), or a name of at most three words, a comma, a day and a month (`NOS, 29 oktober
/// 2024`, `De Telegraaf, 23 mei …`; the caller asks for the capital).
fn cites_source(text: &str) -> bool {
    if cites_paper(text) {
        return true;
    }
    let head = &text[..floor_char_boundary(text, text.len().min(40))];
    head.find(", ").is_some_and(|comma| {
        let date = &text[comma + 2..];
        let day = date.bytes().take_while(u8::is_ascii_digit).count();
        head[..comma].split(' ').count() <= 3
            && (1..=2).contains(&day)
            && date[day..]
                .strip_prefix(' ')
                .is_some_and(|r| is_month(r.split([' ', ',']).next().unwrap_or("")))
    })
}

/// Whether `before` ends a sentence that a note's number may follow: `?`, `!`, or a period after a
/// word of three characters or more (`….nl.`, `2010.`, `(…).`), no abbreviation that a number
/// follows (`nr. 12 345`, `blz. 12`).
fn ends_sentence_before(before: &str) -> bool {
    match before.as_bytes().last() {
        Some(b'?' | b'!') => true,
        Some(b'.') => {
            let word = before[..before.len() - 1]
                .rsplit(is_space)
                .next()
                .unwrap_or("");
            word.len() >= 3
                && word.ends_with(|c: char| c.is_alphanumeric() || matches!(c, ')' | '»' | '”'))
                && !matches!(word, "nrs" | "blz" | "art" | "par" | "bijl")
        }
        _ => false,
    }
}

/// Whether `text` starts with a numbered heading word (`Vraag 2`, `Antwoord 3 en 4`).
fn numbered_heading(text: &str) -> bool {
    const NUMBERED: &[&str] = &[
        "Vraag ",
        "Vragen ",
        "Antwoord ",
        "Antwoorden ",
        "Antwoord op vraag ",
        "Antwoord op vragen ",
        "Antwoord op de vragen ",
        "VRAAG ",
        "ANTWOORD ",
    ];
    NUMBERED
        .iter()
        .any(|w| strip_phrase(text, w).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
}

/// Whether `text` starts with a heading in Markdown: `**Vraag 2**` or `#### Vraag 2`.
fn decorated_heading(text: &str) -> bool {
    let inner = match text.strip_prefix("**") {
        Some(inner) => inner,
        None => {
            let r = text.trim_start_matches('#');
            match r.strip_prefix(' ') {
                Some(r) if r.len() < text.len() - 1 => r,
                _ => return false,
            }
        }
    };
    numbered_heading(inner)
}

/// The length of a bold heading `**Vraag 2 en 3**` that `text` starts with: its text follows it on
/// the same line in collapsed text.
fn bold_heading_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix("**")?;
    if !numbered_heading(inner) {
        return None;
    }
    let close = find_short(
        &inner[..floor_char_boundary(inner, inner.len().min(48))],
        "**",
    )?;
    Some(2 + close + 2)
}

/// The length of the Markdown page furniture that `text` starts with, before a space or the end: a
/// rule of three or more `-`, `_` or `=`, or the mangled identifier `h tk 20232024 302`.
fn markdown_furniture_len(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let rule = b
        .iter()
        .take_while(|c| matches!(c, b'-' | b'_' | b'='))
        .count();
    if rule > 0 {
        return (rule >= 3 && b.get(rule).is_none_or(|&c| c == b' ')).then_some(rule);
    }
    // Four words: one or two letters, `tk`, the session year's eight digits, the number. Most words
    // are prose, without the ` tk ` after one or two letters.
    if b.get(1..5) != Some(b" tk ") && b.get(2..6) != Some(b" tk ") {
        return None;
    }
    let mut end = 0;
    for k in 0..4 {
        let word = text.get(end..)?.split(' ').next()?;
        let ok = match k {
            0 => (1..=2).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_lowercase()),
            1 => word == "tk",
            2 => word.len() == 8 && word.bytes().all(|c| c.is_ascii_digit()),
            _ => !word.is_empty() && word.len() <= 7 && word.bytes().all(|c| c.is_ascii_digit()),
        };
        if !ok {
            return None;
        }
        end += word.len();
        if k < 3 {
            end += 1;
        }
    }
    Some(end)
}

/// The prose after a notice's `Mededeling` heading at the start of `text` (`Mededeling De vragen van
/// …`): a capitalised word follows, not `van` (the line `Mededeling van Minister …`).
fn notice_heading_before(text: &str) -> Option<&str> {
    let heading = text.trim_start_space().strip_prefix("Mededeling")?;
    let prose = heading.trim_start_space();
    (prose.len() < heading.len() && prose.starts_with(char::is_uppercase)).then_some(prose)
}

/// The end of a page footer `Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1` at the start of `text`.
fn footer_end(text: &str) -> Option<usize> {
    let r = strip_phrase(text, FOOTER)?;
    let year = session_year(r)?;
    let tail = r[year.len()..].trim_start_matches(',').trim_start_space();
    let tail = tail
        .strip_prefix("Aanhangsel")
        .or_else(|| tail.strip_prefix("Vragen"))?
        .trim_start_space();
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    Some(text.len() - tail.len() + digits)
}

impl<'a> Lines<'a> {
    /// The next line of collapsed text: up to a virtual break, if there is one before the real one.
    #[inline(never)]
    fn next_virtual(&mut self) -> Option<Line<'a>> {
        let start = self.pos;
        // A line end found for an earlier position is still the next one while it lies ahead.
        if self.line_end <= start {
            let rest = &self.source.as_bytes()[start..self.end];
            self.line_end = memchr2(b'\n', b'\r', rest).map_or(self.end, |i| start + i);
        }
        let line_end = self.line_end;
        let k = virtual_break(&self.source[start..line_end])?;
        self.pos = start + k;
        Some(Line {
            text: &self.source[start..start + k],
            start,
        })
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.end {
            return None;
        }
        if self.collapsed {
            if let Some(line) = self.next_virtual() {
                return Some(line);
            }
        }
        let start = self.pos;
        let rest = &self.source.as_bytes()[start..self.end];
        // A blank line ends at once: no memchr (its set-up costs more than such a line).
        let found = match rest.first() {
            Some(b'\n' | b'\r') => Some(0),
            _ => memchr2(b'\n', b'\r', rest),
        };
        let (len, next) = match found {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => (i, i + 2),
            Some(i) => (i, i + 1),
            None => (rest.len(), rest.len()),
        };
        self.pos = start + next;
        Some(Line {
            text: &self.source[start..start + len],
            start,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_line_endings() {
        let s = "a\r\nb\rc\nd";
        let v: Vec<_> = Lines::new(s, 0, s.len())
            .map(|l| (l.text, l.start))
            .collect();
        assert_eq!(v, vec![("a", 0), ("b", 3), ("c", 5), ("d", 7)]);
    }

    #[test]
    fn footers_with_glued_text() {
        let footer =
            "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1";
        for glued in [
            "Antwoord 3",
            "wordt uitgevoerd.",
            "«Het bericht»",
            "(zie hierna)",
            "– indien bepaalde gegevens ontbreken;",
            "• een tweede punt",
            "€ 2,8 miljard",
        ] {
            let line = format!("{footer}{glued}");
            assert_eq!(split_footer(&line), Some(footer.len()), "{line}");
        }
        assert_eq!(split_footer(footer), None);
        assert_eq!(
            split_footer("Tweede Kamer, vergaderjaar 2024–2025, Vragen 2"),
            None
        );
    }

    #[test]
    fn virtual_breaks_after_no_break_spaces() {
        let text = "nota»?1\u{a0}2\u{a0}De Telegraaf, 27 september 2014\u{a0}3 Kamerstuk, 28 828, nr. 70 à\u{a0}Antwoord\u{a0}van Minister Schippers";
        // Breaks before the note numbers after no-break spaces, and before `Antwoord van`.
        let mut breaks = Vec::new();
        let mut at = 0;
        while let Some(k) = virtual_break(&text[at..]) {
            at += k;
            breaks.push(&text[at..at + 4]);
        }
        assert_eq!(breaks, ["2\u{a0}D", "3 Ka", "Antw"]);
        // Every cut of the text: no panic.
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let _ = virtual_break(&text[i..]);
        }
    }

    #[test]
    fn virtual_breaks_before_glued_note_bodies_and_after_an_imprint_footer() {
        let text = "In de sector 1NOS, 3 oktober 2010, Banken betalen";
        assert_eq!(
            &text[virtual_break(text).unwrap()..],
            "1NOS, 3 oktober 2010, Banken betalen"
        );
        let text = "Dat klopt. 1X, 3 oktober 2010 (https://x.com/1)";
        assert!(text[virtual_break(text).unwrap()..].starts_with("1X,"));
        for prose in [
            "zie het antwoord op vraag 1De minister zegt, 3 keer",
            "op pagina 12Dit is een fout",
            "het kost 2EUR per stuk",
        ] {
            assert_eq!(virtual_break(prose), None, "{prose}");
        }
        let text = "zou hebben? 1de Limburger, 15 november 2024";
        assert!(text[virtual_break(text).unwrap()..].starts_with("1de"));
        assert_eq!(virtual_break("dat de 1ste Kamer, 3 mei besloot"), None);
        let text =
            "kv-tk-2024Z18796 ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1";
        assert_eq!(&text[..virtual_break(text).unwrap()], "kv-tk-2024Z18796 ");
        assert!(furniture("’s-Gravenhage 2024").is_some());
        assert!(furniture("’s-Gravenhage 2024 is een stad").is_none());
        let text = "ISSN 0921 - 7398’s-Gravenhage 2010Tweede Kamer, vergaderjaar 2010–2011, \
                    Aanhangsel 1 zijn de tarieven vrij.";
        assert!(text[virtual_break(text).unwrap()..].starts_with(" zijn"));
    }

    #[test]
    fn virtual_breaks_around_a_notice_heading() {
        let text = "worden beantwoord? Mededeling De vragen van het lid Jansen (SP) kunnen niet";
        let at = virtual_break(text).unwrap();
        assert!(text[at..].starts_with("Mededeling De"));
        let rest = &text[at..];
        assert!(rest[virtual_break(rest).unwrap()..].starts_with("De vragen"));
        // After a page footer the next line starts with the space before the heading.
        let rest = " Mededeling De vragen van het lid";
        assert!(rest[virtual_break(rest).unwrap()..].starts_with("De vragen"));
        // The answerer line and prose that names a notice are no heading.
        assert!(virtual_break("Mededeling van Minister Bos (Financiën)").is_none());
        assert!(virtual_break("in zijn mededeling De Jager sprak").is_none());
    }

    /// `text` cut at its virtual line breaks, each piece trimmed.
    fn virtual_lines(text: &str) -> Vec<&str> {
        let mut lines = Vec::new();
        let mut at = 0;
        while let Some(k) = virtual_break(&text[at..]) {
            lines.push(text[at..at + k].trim());
            at += k;
        }
        lines.push(text[at..].trim());
        lines
    }

    #[test]
    fn virtual_breaks_around_markdown_page_furniture() {
        let text = "op basis van feiten 1 Nederlands Dagblad, 29 september 2023. h tk 20232024 387 ----- (12-10-2023).[3 ] Vraag 3";
        assert_eq!(
            virtual_lines(text),
            [
                "op basis van feiten",
                "1 Nederlands Dagblad, 29 september 2023.",
                "h tk 20232024 387",
                "-----",
                "(12-10-2023).[3 ]",
                "Vraag 3"
            ]
        );
        // Dashes and words in prose stay: `a tk` is no identifier without its year.
        assert!(virtual_break("een -- gedachtestreep en a tk 2023 punt").is_none());
    }

    #[test]
    fn virtual_breaks_around_markdown_headings() {
        let text = "Kent u het bericht?[1 ] **Antwoord 1** Ja. #### Vraag 2 Wat doet u? **Vraag 3 en 4** Wie?";
        assert_eq!(
            virtual_lines(text),
            [
                "Kent u het bericht?[1 ]",
                "**Antwoord 1**",
                "Ja.",
                "#### Vraag 2 Wat doet u?",
                "**Vraag 3 en 4**",
                "Wie?"
            ]
        );
        // Plural and `op de vragen` headings of grouped blocks.
        let text = "Ja. Vragen 2 en 3 Herinnert u zich? Antwoord op de vragen 2 en 3 Ja.";
        let at = virtual_break(text).unwrap();
        assert!(text[at..].starts_with("Vragen 2"));
        let rest = &text[at..];
        assert!(rest[virtual_break(rest).unwrap()..].starts_with("Antwoord op de vragen 2"));
        // Bold or hashed prose stays.
        assert!(virtual_break("een **belangrijk** punt en #### iets").is_none());
    }

    #[test]
    fn printer_of_older_imprints_is_furniture() {
        assert_eq!(furniture("Sdu Uitgevers"), Some(Furniture::Other));
        assert_eq!(
            furniture(
                "Sdu Uitgevers ’s-Gravenhage 2009 Tweede Kamer, vergaderjaar 2008–2009, Aanhangsel 1"
            ),
            Some(Furniture::Year("2008–2009"))
        );
        let footer =
            "Sdu Uitgevers ’s-Gravenhage 2009 Tweede Kamer, vergaderjaar 2008–2009, Aanhangsel 1";
        assert_eq!(
            split_footer(&format!("{footer}Antwoord 2")),
            Some(footer.len())
        );
        assert_eq!(
            furniture("Sdu Uitgevers, ’s-Gravenhage 2009"),
            Some(Furniture::Other)
        );
        // Prose that names the printer is no furniture.
        assert_eq!(furniture("Sdu Uitgevers heeft de bundel gedrukt."), None);
    }

    #[test]
    fn next_space_finds_the_first_space_byte() {
        let cases: &[&[u8]] = &[
            b"",
            b" ",
            b"abc",
            b"abcdefgh",
            b"abcdefg ",
            b"abcdefgh ",
            b"\xa0",
            b"ab\xc2\xa0cd",
            b"\x21\x20",
            b"\x1f\x21\xa1\x9f\x20",
            b"\x00\x00\x00\x00\x00\x00\x00\x00\x01 ",
            b"\xa1\xa1\xa1\xa1\xa1\xa1\xa1\xa1\xa1\xa0",
            b"  ",
        ];
        for b in cases {
            let plain = b.iter().position(|&c| c == b' ' || c == 0xa0);
            assert_eq!(next_space(b), plain, "{b:?}");
        }
        for n in 0..=255u8 {
            for at in 0..10 {
                let mut b = vec![n; 12];
                b[at] = b' ';
                let plain = b.iter().position(|&c| c == b' ' || c == 0xa0);
                assert_eq!(next_space(&b), plain, "{n} {at}");
            }
        }
    }

    #[test]
    fn trailing_newline_gives_no_empty_line() {
        let s = "a\n";
        assert_eq!(Lines::new(s, 0, s.len()).count(), 1);
    }
}

/// Page furniture: headers, footers and identifiers that PDF text interleaves with the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Furniture<'a> {
    /// A publication identifier on its own line (`kv-tk-2024Z18796`, `ah-tk-20242025-594`).
    Identifier(&'a str),
    /// A header or footer naming the session year (`Vergaderjaar 2024–2025 …`, `Tweede Kamer,
    /// vergaderjaar 2024–2025, Aanhangsel 2`): the year as printed.
    Year(&'a str),
    /// Any other furniture line.
    Other,
}

/// `2024–2025` (any dash) at the start of `t`.
pub(crate) fn session_year(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    if b.len() < 9 || !b[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let dash = t[4..].chars().next()?;
    if !matches!(dash, '–' | '-' | '—' | '/') {
        return None;
    }
    let rest = &t[4 + dash.len_utf8()..];
    let d = rest.bytes().take_while(u8::is_ascii_digit).count();
    (d == 4).then(|| &t[..4 + dash.len_utf8() + 4])
}

/// The words that open a page footer.
const FOOTER: &str = "Tweede Kamer, vergaderjaar ";

/// Where `Tweede Kamer, vergaderjaar ` starts in a footer line (at the start, or after the
/// `ISSN …’s-Gravenhage 2024` imprint) and where the session year after it starts. Searched only in
/// lines that can be footers (this runs per line, so the test of the first byte is inlined into the
/// callers).
#[inline]
fn footer_start(t: &str) -> Option<(usize, usize)> {
    // `T`weede, `’`s- or `'`s-Gravenhage, `I`SSN, `S`du Uitgevers.
    if !matches!(
        t.as_bytes().first(),
        Some(b'T' | 0xe2 | b'\'' | b'I' | b'S')
    ) {
        return None;
    }
    footer_start_at(t)
}

/// [`footer_start`] for a line that starts with one of the bytes a footer starts with.
#[inline(never)]
fn footer_start_at(t: &str) -> Option<(usize, usize)> {
    if let Some(rest) = strip_phrase(t, FOOTER) {
        Some((0, t.len() - rest.len()))
    } else if t.starts_with("’s-Gravenhage")
        || t.starts_with("'s-Gravenhage")
        || t.starts_with("ISSN")
        || t.starts_with(PRINTER)
    {
        find_phrase(t, FOOTER)
    } else {
        None
    }
}

/// Whether `t` is the place and year of the imprint alone: `’s-Gravenhage 2024`.
fn imprint_place(t: &str) -> bool {
    t.strip_prefix("’s-Gravenhage ")
        .or_else(|| t.strip_prefix("'s-Gravenhage "))
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// The printer named in the imprint of older publications.
const PRINTER: &str = "Sdu Uitgevers";

/// A KOOP publication identifier in one of its known forms: `kv-tk-2024Z18796`,
/// `kv-tk-20062007-KVR27039`, `kv-2000100840`, `ah-tk-20242025-594`, `ah-1271549`.
pub(crate) fn is_publication_id(t: &str) -> bool {
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some(r) = t.strip_prefix("kv-tk-") {
        return match r.split_once('-') {
            Some((year, kvr)) => {
                digits(year, 8..=8) && kvr.strip_prefix("KVR").is_some_and(|n| digits(n, 1..=8))
            }
            None => {
                let b = r.as_bytes();
                b.len() == 10
                    && b[..4].iter().all(u8::is_ascii_digit)
                    && b[4] == b'Z'
                    && b[5..].iter().all(u8::is_ascii_digit)
            }
        };
    }
    if let Some(r) = t.strip_prefix("ah-tk-") {
        return r
            .split_once('-')
            .is_some_and(|(year, n)| digits(year, 8..=8) && digits(n, 1..=7));
    }
    t.strip_prefix("kv-")
        .or_else(|| t.strip_prefix("ah-"))
        .is_some_and(|n| digits(n, 6..=12))
}

/// Classify a trimmed line as page furniture.
pub(crate) fn furniture(t: &str) -> Option<Furniture<'_>> {
    // Markdown marks around the line; most lines have none: they start with a letter or digit and end
    // in neither `*` nor white space.
    let b = t.as_bytes();
    let t = if b.first().is_some_and(|c| c.is_ascii_alphanumeric())
        && b.last() != Some(&b'*')
        && t.trim_end_space().len() == t.len()
    {
        t
    } else {
        t.trim_start_matches('#')
            .trim_matches(|c: char| c == '*' || c.is_whitespace())
    };
    // Each form starts with its own byte (but for the mangled identifier, which any line may be):
    // test only the forms that the line's first byte allows.
    let &first = t.as_bytes().first()?;
    let masthead = match first {
        b'T' => starts_with_phrase(t, "Tweede Kamer der Staten-Generaal"),
        b'V' => starts_with_phrase(t, "Vragen gesteld door de leden der Kamer"),
        b'r' => starts_with_phrase(t, "regering gegeven antwoorden"),
        b'I' => starts_with_phrase(t, "ISSN 0921"),
        b'A' => strip_phrase(t, "Aanhangsel van de Handelingen").is_some_and(str::is_empty),
        // The printer's name in the imprint of older years (`ISSN 0921 - 7398` / `Sdu Uitgevers` /
        // `’s-Gravenhage 2009`), alone or with the rest of the footer after it.
        b'S' => {
            strip_phrase(t, PRINTER).is_some_and(|r| {
                let r = r.trim_start_matches([',', ' ']);
                r.is_empty() || r.starts_with("’s-Gravenhage") || r.starts_with("'s-Gravenhage")
            }) && footer_start(t).is_none()
        }
        b'_' | b'-' | b'=' | b'*' => {
            t.len() >= 3 && t.bytes().all(|b| matches!(b, b'_' | b'-' | b'=' | b'*'))
        }
        // The imprint's place and year alone (`’s-Gravenhage 2024`), where collapsed text broke
        // the footer after it.
        0xe2 | b'\'' => imprint_place(t),
        b'k' | b'a' => false,
        _ => return mangled_identifier(t),
    };
    if masthead {
        return Some(match find_phrase(t, "Vergaderjaar ") {
            Some((_, year)) => session_year(&t[year..]).map_or(Furniture::Other, Furniture::Year),
            None => Furniture::Other,
        });
    }
    if let Some(r) = (first == b'V')
        .then(|| strip_phrase(t, "Vergaderjaar "))
        .flatten()
    {
        if let Some(y) = session_year(r) {
            return Some(Furniture::Year(y));
        }
    }
    if let Some((_, year)) = footer_start(t) {
        let r = &t[year..];
        if let Some(y) = session_year(r) {
            let tail = r[y.len()..].trim_start_matches(',').trim_space();
            let page = |w: &str| {
                tail.strip_prefix(w)
                    .is_some_and(|n| n.trim_space().bytes().all(|b| b.is_ascii_digit()))
            };
            if page("Aanhangsel") || page("Vragen") || tail.is_empty() {
                return Some(Furniture::Year(y));
            }
        }
    }
    if matches!(first, b'k' | b'a') && is_publication_id(t) {
        return Some(Furniture::Identifier(t));
    }
    mangled_identifier(t)
}

/// The mangled identifier of Markdown conversions: `h tk 20232024 302`.
fn mangled_identifier(t: &str) -> Option<Furniture<'_>> {
    if !t
        .as_bytes()
        .get(1..4)
        .is_some_and(|b| b == b" tk" || b == b"tk ")
    {
        return None;
    }
    let mut w = t.split(' ');
    if let (Some(a), Some("tk"), Some(year), Some(_), None) =
        (w.next(), w.next(), w.next(), w.next(), w.next())
    {
        if a.len() <= 2 && year.len() == 8 && year.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Furniture::Other);
        }
    }
    None
}

/// A page footer with text glued after its page number (`Tweede Kamer, vergaderjaar 2022–2023,
/// Aanhangsel 1Antwoord 3`, or a sentence that runs on from the page before: `…, Aanhangsel 1wordt
/// uitgevoerd`, `…, Aanhangsel 2«Het`): the byte offset in `text` where the glued text starts.
///
/// Asked of every line of the body: the test of the first byte is inlined into the caller, the rest
/// ([`glued_after_footer`]) is not.
#[inline(always)]
pub(crate) fn split_footer(text: &str) -> Option<usize> {
    let trimmed = text.trim_start_space();
    let (_, year) = footer_start(trimmed)?;
    glued_after_footer(text, text.len() - trimmed.len() + year)
}

/// [`split_footer`] of a line whose footer's session year starts at byte `year`.
#[inline(never)]
fn glued_after_footer(text: &str, year: usize) -> Option<usize> {
    let r = &text[year..];
    let year = session_year(r)?;
    let tail = r[year.len()..].trim_start_matches(',').trim_start_space();
    let tail = tail
        .strip_prefix("Aanhangsel")
        .or_else(|| tail.strip_prefix("Vragen"))?;
    let tail = tail.trim_start_space();
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &tail[digits..];
    // Whatever follows the page number is glued text: a word, a quote or bracket, a list dash or
    // bullet (`…, Aanhangsel 7– indien …`). Only a digit is not told apart from the page number, and
    // white space leaves the footer whole.
    (digits > 0
        && rest
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !is_space(c)))
    .then(|| text.len() - rest.len())
}
