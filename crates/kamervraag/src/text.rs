//! Clean text: wrapped lines joined with one space, a line-end hyphen joined when a lower-case letter
//! follows, footnote markers cut out. Borrowed from the input whenever nothing had to change.

use std::borrow::Cow;

use crate::scan::{SpaceTrim, invisible_at, needs_collapse, unicode_space_at};

/// True for the characters the parser treats as white space (NBSP included).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// `raw` with white space runs collapsed to one space, line-end hyphenation repaired and the ends
/// trimmed; borrowed when `raw` needed none of that.
pub(crate) fn normalize(raw: &str) -> Cow<'_, str> {
    let raw = raw.trim_space();
    if !needs_collapse(raw) {
        return Cow::Borrowed(raw);
    }
    // The lines are found by a byte search (a `char` pattern would test every character), and the
    // text is copied into one buffer of the size of `raw`.
    let mut b = TextBuilder::with_capacity(raw.len());
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', raw.as_bytes()).chain([raw.len()]) {
        b.push(&raw[start..end], false);
        start = end + 1;
    }
    b.finish_owned()
}

/// Accumulates pieces of the input into one clean text, staying borrowed while there is one piece.
#[derive(Debug, Default)]
pub(crate) struct TextBuilder<'a> {
    /// Bytes to reserve when the text becomes owned (the size of the region it comes from).
    capacity: usize,
    single: Option<&'a str>,
    owned: Option<String>,
    pending_paragraph: bool,
    /// The last piece ended in a soft hyphen: the word goes on in the next piece.
    soft_break: bool,
}

impl<'a> TextBuilder<'a> {
    /// A builder that reserves `capacity` bytes at once if the text has to be owned.
    pub fn with_capacity(capacity: usize) -> Self {
        TextBuilder {
            capacity,
            ..TextBuilder::default()
        }
    }

    /// Take the owned buffer, creating it (with the reserved capacity) from the single piece if needed.
    fn buffer(&mut self) -> String {
        match (self.owned.take(), self.single.take()) {
            (Some(s), _) => s,
            (None, Some(s)) => {
                let mut out = String::with_capacity(self.capacity.max(s.len()));
                out.push_str(s);
                out
            }
            (None, None) => String::with_capacity(self.capacity),
        }
    }

    /// Append a piece (a line or part of one); `paragraph` starts a new paragraph (`\n`) instead of
    /// joining with a space.
    pub fn push(&mut self, piece: &'a str, paragraph: bool) {
        let piece = piece.trim_space();
        if piece.is_empty() {
            if self.single.is_some() || self.owned.is_some() {
                self.pending_paragraph |= paragraph;
            }
            return;
        }
        let collapse = needs_collapse(piece);
        if self.single.is_none() && self.owned.is_none() && !collapse {
            self.single = Some(piece);
            self.pending_paragraph = false;
            return;
        }
        self.append(piece, paragraph, collapse);
    }

    /// Append an owned piece (a line with markers cut out).
    pub fn push_owned(&mut self, piece: &str, paragraph: bool) {
        let piece = piece.trim_space();
        if !piece.is_empty() {
            self.append(piece, paragraph, needs_collapse(piece));
        }
    }

    /// Copy `piece` (trimmed, non-empty) onto the owned text, joined to what came before with a
    /// paragraph break, a space, or nothing for a hyphenated word.
    fn append(&mut self, piece: &str, paragraph: bool, collapse: bool) {
        let mut out = self.buffer();
        if !out.is_empty() {
            if self.soft_break && !self.pending_paragraph {
                // `vergunning\u{ad}` / `verlening`: one word broken at its soft hyphen, also where
                // each line is a paragraph.
            } else if self.pending_paragraph || paragraph {
                out.push('\n');
            } else {
                match hyphen_join(&out, piece) {
                    HyphenJoin::Drop => {
                        out.pop();
                    }
                    HyphenJoin::Keep => {}
                    HyphenJoin::None => out.push(' '),
                }
            }
        }
        push_collapsed(&mut out, piece, collapse);
        self.owned = Some(out);
        self.pending_paragraph = false;
        self.soft_break = piece.ends_with('\u{ad}');
    }

    /// Append a piece joined without any space (the rest of a URL broken over lines).
    pub fn push_glued(&mut self, piece: &str) {
        let piece = piece.trim_space();
        if piece.is_empty() {
            return;
        }
        let mut out = self.buffer();
        push_collapsed(&mut out, piece, needs_collapse(piece));
        self.owned = Some(out);
        self.pending_paragraph = false;
        self.soft_break = piece.ends_with('\u{ad}');
    }

    /// The text, borrowed when it is a single untouched piece.
    pub fn finish(self) -> Cow<'a, str> {
        match (self.owned, self.single) {
            (Some(s), _) => Cow::Owned(s),
            (None, Some(s)) => Cow::Borrowed(s),
            (None, None) => Cow::Borrowed(""),
        }
    }

    fn finish_owned<'b>(self) -> Cow<'b, str> {
        match (self.owned, self.single) {
            (Some(s), _) => Cow::Owned(s),
            (None, Some(s)) => Cow::Owned(s.to_owned()),
            (None, None) => Cow::Borrowed(""),
        }
    }
}

/// How a line ending in `letter-` joins the next line.
enum HyphenJoin {
    /// A lower-case letter follows: a hyphenated word (`toonaan-`/`gevende`), the hyphen goes.
    Drop,
    /// An upper-case letter follows: a real hyphen (`GroenLinks-`/`PvdA`), kept without a space.
    Keep,
    /// Not a line-end hyphen: join with a space.
    None,
}

fn hyphen_join(before: &str, next: &str) -> HyphenJoin {
    let mut rev = before.chars().rev();
    if rev.next() != Some('-') || !rev.next().is_some_and(char::is_alphabetic) {
        return HyphenJoin::None;
    }
    // A suspended compound before a conjunction (`zorg- en welzijnsakkoord`, `detentie- of
    // re-integratieplan`) keeps its hyphen and the space when the break falls after the hyphen.
    let conjunction = ["en", "of"].into_iter().any(|w| {
        next.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', '/', '\u{a0}']))
    });
    match next.chars().next() {
        _ if conjunction => HyphenJoin::None,
        Some(c) if c.is_lowercase() => HyphenJoin::Drop,
        Some(c) if c.is_uppercase() => HyphenJoin::Keep,
        _ => HyphenJoin::None,
    }
}

/// Append `piece` with its white space runs collapsed; `collapse` is [`needs_collapse`] of it, which
/// the caller has usually computed already.
fn push_collapsed(out: &mut String, piece: &str, collapse: bool) {
    // Most lines hold single ASCII spaces only: copy them whole.
    if !collapse {
        out.push_str(piece);
        return;
    }
    // Otherwise the bytes between the white space and invisible characters are copied in runs.
    let b = piece.as_bytes();
    let mut prev_space = out.ends_with([' ', '\n']);
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let space = match c {
            b' ' | b'\t'..=b'\r' => true,
            0..=0x7f => {
                prev_space = false;
                i += 1;
                continue;
            }
            _ if unicode_space_at(b, i) => true,
            _ if invisible_at(b, i) => false,
            _ => {
                prev_space = false;
                i += utf8_len(c);
                continue;
            }
        };
        out.push_str(&piece[run..i]);
        if space && !prev_space {
            out.push(' ');
        }
        prev_space |= space;
        i += utf8_len(c);
        run = i;
    }
    out.push_str(&piece[run..]);
}

/// The length of the UTF-8 character whose lead byte is `c`.
fn utf8_len(c: u8) -> usize {
    match c {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `normalize` does, with the lines split by `str::split`.
    fn normalize_plainly(raw: &str) -> String {
        let raw = raw.trim();
        let mut b = TextBuilder::default();
        for line in raw.split(['\n', '\r']) {
            b.push(line, false);
        }
        b.finish().into_owned()
    }

    proptest! {
        #[test]
        fn normalize_agrees_with_plain_code(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Van", "nispen", " ", "  ", "\n", "\r\n", "\r", "-", "a-", "\u{a0}", "\t", "é", "’",
                ]),
                0..40,
            )
        ) {
            let raw = pieces.concat();
            let fast = normalize(&raw);
            prop_assert_eq!(fast.as_ref(), normalize_plainly(&raw));
        }
    }

    #[test]
    fn single_piece_stays_borrowed() {
        let mut b = TextBuilder::default();
        b.push("  Bent u bekend met het bericht? ", false);
        assert!(matches!(
            b.finish(),
            Cow::Borrowed("Bent u bekend met het bericht?")
        ));
    }

    #[test]
    fn joins_wraps_and_hyphens() {
        let mut b = TextBuilder::default();
        b.push("het zeer toonaan-", false);
        b.push("gevende rapport van GroenLinks-", false);
        b.push("PvdA", false);
        assert_eq!(
            b.finish(),
            "het zeer toonaangevende rapport van GroenLinks-PvdA"
        );
    }

    #[test]
    fn suspended_hyphen_before_conjunction_keeps_space() {
        let mut b = TextBuilder::default();
        b.push("het aanvullend zorg-", false);
        b.push("en welzijnsakkoord en het detentie-", false);
        b.push("of re-integratieplan en een gezond-", false);
        b.push("heidsplan", false);
        assert_eq!(
            b.finish(),
            "het aanvullend zorg- en welzijnsakkoord en het detentie- of re-integratieplan en een gezondheidsplan"
        );
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(
            normalize("vergunning\u{ad}verlening aan escort\u{200b}bureaus"),
            "vergunningverlening aan escortbureaus"
        );
        let mut b = TextBuilder::default();
        b.push("de vergunning\u{ad}", false);
        b.push("verlening en het\u{2060}", false);
        b.push("rapport", false);
        assert_eq!(b.finish(), "de vergunningverlening en het rapport");
    }

    #[test]
    fn normalize_collapses() {
        assert_eq!(normalize("Van\nNispen"), "Van Nispen");
        assert!(matches!(normalize("Van Nispen"), Cow::Borrowed(_)));
        assert_eq!(
            normalize("Volksgezondheid, Welzijn en\u{a0}Sport"),
            "Volksgezondheid, Welzijn en Sport"
        );
    }
}
