//! Byte scanning for the questions the parser asks of every byte: is there a digit, a control byte,
//! white space that needs collapsing? Scans test blocks of 64 bytes without an early exit (which the
//! compiler turns into vector compares), or words of eight bytes (SWAR: SIMD within a register) with
//! a per-byte mask without carries between bytes, and look at single bytes only where a block or
//! mask says so.

use nom::IResult;
use nom::error::ErrorKind;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `i` as a little-endian word (byte `i` in the low bits).
#[inline]
fn word(bytes: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The high bit of every ASCII byte of `w` that is below `n` (`n` ≤ 0x80); exact per byte.
#[inline]
fn ascii_below(w: u64, n: u8) -> u64 {
    let low = w & !HIGH;
    !(low.wrapping_add(ONES * (0x80 - n as u64))) & !w & HIGH
}

/// A nom parser for the ASCII word `word` in any case: a byte comparison, where nom's `tag_no_case`
/// lower-cases every character of both sides.
pub(crate) fn tag_ci<'a>(word: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    debug_assert!(word.is_ascii());
    move |i: &'a str| match i.as_bytes().get(..word.len()) {
        // Matched bytes are ASCII, so `word.len()` is a char boundary of `i`.
        Some(b) if b.eq_ignore_ascii_case(word.as_bytes()) => {
            Ok((&i[word.len()..], &i[..word.len()]))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(i, ErrorKind::Tag))),
    }
}

/// The largest char boundary of `s` at or below `i` (and at most `s.len()`).
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte offset of `needle` in `hay`, for the short haystacks of one line or sentence: a `memchr`
/// for the needle's first byte and a comparison there, with no searcher to set up.
pub(crate) fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = *n.first()?;
    memchr::memchr_iter(first, h).find(|&i| h[i..].starts_with(n))
}

/// The length of the one space character at byte `i` of `b` that may stand between two words: an ASCII
/// space, or a no-break space (U+00A0, U+202F) or another Unicode space (U+2000–U+200A); `None` for
/// any other character. Word originals and web pages put no-break spaces between words wherever an
/// author or an editor did (`AH\u{a0}599`, `vergaderjaar\u{a0}2024–2025`).
#[inline]
pub(crate) fn word_space_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..)? {
        [b' ', ..] => Some(1),
        [0xc2, 0xa0, ..] => Some(2),
        [0xe2, 0x80, 0x80..=0x8a | 0xaf, ..] => Some(3),
        _ => None,
    }
}

/// `t` without its leading `phrase`, where every space of `phrase` matches a run of [spaces between
/// words](word_space_len) of any kind: `strip_phrase("AH\u{a0}599", "AH ")` and
/// `strip_phrase("AH  599", "AH ")` are `Some("599")`.
#[inline]
pub(crate) fn strip_phrase<'a>(t: &'a str, phrase: &str) -> Option<&'a str> {
    let (b, p) = (t.as_bytes(), phrase.as_bytes());
    // Most calls fail at the first two bytes: where the phrase has no space there, `t` must start
    // with the same two bytes.
    if let [p0, p1, ..] = *p {
        if p0 != b' ' && p1 != b' ' && b.get(..2) != Some(&[p0, p1][..]) {
            return None;
        }
    }
    let k = common_prefix_len(b, p);
    if k == p.len() {
        // The whole phrase, ending where a character of `t` ends (the bytes equal `phrase`'s); a
        // final space stands for the whole run.
        let mut end = k;
        if p.last() == Some(&b' ') {
            while let Some(n) = word_space_len(b, end) {
                end += n;
            }
        }
        return t.get(end..);
    }
    // Any other match has, where the bytes first differ, a space other than ASCII's for a space of
    // the phrase, or a second space after one.
    let other_space = p[k] == b' ' && matches!(b.get(k), Some(0xc2 | 0xe2));
    let more_space = k > 0 && p[k - 1] == b' ' && word_space_len(b, k).is_some();
    if other_space || more_space {
        strip_spaced_phrase(t, phrase)
    } else {
        None
    }
}

/// How many bytes `a` and `b` have in common at their start: eight at a time.
#[inline]
fn common_prefix_len(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 8 <= n {
        let differ = word(a, i) ^ word(b, i);
        if differ != 0 {
            // Little-endian words: the lowest set bit is in the first byte that differs.
            return i + (differ.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < n && a[i] == b[i] {
        i += 1;
    }
    i
}

/// [`strip_phrase`] for a `t` that differs from `phrase` somewhere after its first byte.
#[inline(never)]
fn strip_spaced_phrase<'a>(t: &'a str, phrase: &str) -> Option<&'a str> {
    let b = t.as_bytes();
    let mut i = 0;
    for &p in phrase.as_bytes() {
        if p == b' ' {
            // A run of them: PDF text doubles spaces where the layout stretched a line.
            i += word_space_len(b, i)?;
            while let Some(n) = word_space_len(b, i) {
                i += n;
            }
        } else if b.get(i) == Some(&p) {
            i += 1;
        } else {
            return None;
        }
    }
    // `i` ends after a whole space character or after a byte that equals a byte of `phrase`, which
    // (a `&str` too) never leaves a character cut.
    t.get(i..)
}

/// Whether `t` starts with `phrase`, its spaces matching [any space between words](strip_phrase).
#[inline]
pub(crate) fn starts_with_phrase(t: &str, phrase: &str) -> bool {
    strip_phrase(t, phrase).is_some()
}

/// The byte offset of `phrase` in the short haystack `hay` and the offset just after it, its spaces
/// matching [any space between words](strip_phrase).
pub(crate) fn find_phrase(hay: &str, phrase: &str) -> Option<(usize, usize)> {
    // A phrase that opens with a space (` over `) is found by the word after it, which must follow a
    // space between words.
    let (lead, core) = match phrase.strip_prefix(' ') {
        Some(core) => (true, core),
        None => (false, phrase),
    };
    let h = hay.as_bytes();
    memchr::memchr_iter(*core.as_bytes().first()?, h).find_map(|i| {
        let rest = strip_phrase(hay.get(i..)?, core)?;
        let start = if lead { space_before(h, i)? } else { i };
        Some((start, hay.len() - rest.len()))
    })
}

/// Where the [space between words](word_space_len) that ends at byte `i` of `b` starts.
fn space_before(b: &[u8], i: usize) -> Option<usize> {
    (1..=3.min(i))
        .map(|n| i - n)
        .find(|&s| word_space_len(b, s) == Some(i - s))
}

/// The byte offsets of `t` that stand outside parentheses, the brackets themselves left out; a `)`
/// without its `(` is passed over. The lists of the intro and answerer lines are split only there.
pub(crate) fn outside_parens(t: &str) -> impl Iterator<Item = usize> + '_ {
    t.bytes()
        .enumerate()
        .scan(0u32, |depth, (i, b)| {
            Some(match b {
                b'(' => {
                    *depth += 1;
                    None
                }
                b')' => {
                    *depth = depth.saturating_sub(1);
                    None
                }
                _ => (*depth == 0).then_some(i),
            })
        })
        .flatten()
}

/// Whether `block` holds an ASCII digit: no early exit, so that it compiles to vector compares.
#[inline]
fn has_digit<const N: usize>(block: &[u8; N]) -> bool {
    block.iter().fold(false, |any, b| any | b.is_ascii_digit())
}

/// The index of the first ASCII digit at or after `from`: 64 bytes at a time without an early exit
/// (vector compares) over long stretches, then 16 at a time (one vector), then a word at a time.
pub(crate) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from.min(bytes.len());
    while let Some(block) = bytes[i..].first_chunk::<64>() {
        if has_digit(block) {
            break;
        }
        i += 64;
    }
    while let Some(block) = bytes[i..].first_chunk::<16>() {
        if has_digit(block) {
            break;
        }
        i += 16;
    }
    while i + 8 <= bytes.len() {
        let w = word(bytes, i);
        let digits = ascii_below(w, b'9' + 1) & !ascii_below(w, b'0');
        if digits != 0 {
            return Some(i + (digits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i.min(bytes.len())..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
}

/// The last word of `s`: what follows its last white space character (`char::is_whitespace`), as
/// `s.rsplit(char::is_whitespace).next()` gives it. Backwards a word of eight bytes at a time, past
/// the bytes after the last one up to the space or non-ASCII (all of a word in a URL at the end of a
/// note line), then that byte alone.
pub(crate) fn last_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 {
        if end >= 8 {
            let w = word(b, end - 8);
            let stops = ascii_below(w, b' ' + 1) | (w & HIGH);
            // The bytes above the highest stop (all eight when there is none) are ASCII letters,
            // digits or punctuation.
            let plain = (stops.leading_zeros() / 8) as usize;
            if plain > 0 {
                end -= plain;
                continue;
            }
        }
        end -= 1;
        match b[end] {
            b' ' | b'\t'..=b'\r' => return &s[end + 1..],
            0xc2 | 0xe1..=0xe3 if unicode_space_at(b, end) => {
                return &s[end + if b[end] == 0xc2 { 2 } else { 3 }..];
            }
            _ => {}
        }
    }
    s
}

/// A control byte that text does not hold: below 0x20 and not a tab, line feed, form feed or
/// carriage return.
#[inline]
fn is_foreign_control(b: u8) -> bool {
    // Three compares (vectorised): below 0x20 and outside `\t`..`\r` (0x09..0x0d), or the vertical tab.
    ((b < 0x20) & (b.wrapping_sub(b'\t') > b'\r' - b'\t')) | (b == 0x0b)
}

/// The index of the first control byte that text does not hold (see [`is_foreign_control`]). Each
/// block of 64 bytes is tested without an early exit, which the compiler turns into vector compares:
/// first for any control byte but the line feed (two compares), which clears most blocks of text
/// with `\n` line ends, then, where that finds one, for a foreign one.
pub(crate) fn first_foreign_control(bytes: &[u8]) -> Option<usize> {
    let blocks = bytes.chunks_exact(64);
    let rest = blocks.remainder();
    let whole = bytes.len() - rest.len();
    for (k, block) in blocks.enumerate() {
        if block
            .iter()
            .fold(false, |any, &b| any | ((b < 0x20) & (b != b'\n')))
            && block
                .iter()
                .fold(false, |any, &b| any | is_foreign_control(b))
        {
            return block
                .iter()
                .position(|&b| is_foreign_control(b))
                .map(|p| k * 64 + p);
        }
    }
    rest.iter()
        .position(|&b| is_foreign_control(b))
        .map(|p| whole + p)
}

/// Whether a multi-byte character that is white space (`char::is_whitespace`: U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) starts at byte `i` of `b`.
pub(crate) fn unicode_space_at(b: &[u8], i: usize) -> bool {
    matches!(
        b[i..],
        [0xc2, 0x85 | 0xa0, ..]
            | [0xe1, 0x9a, 0x80, ..]
            | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
            | [0xe2, 0x81, 0x9f, ..]
            | [0xe3, 0x80, 0x80, ..]
    )
}

/// Invisible characters that clean text drops: the soft hyphen (U+00AD), the zero-width space (U+200B)
/// and the word joiner (U+2060), which copies of Word and web text keep inside words (`vergunning\u{ad}
/// verlening`). The code finds them by their bytes ([`invisible_at`]); the tests hold it to this.
#[cfg(test)]
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}')
}

/// Whether an [`is_invisible`] character starts at byte `i` of `b`.
pub(crate) fn invisible_at(b: &[u8], i: usize) -> bool {
    matches!(
        b[i..],
        [0xc2, 0xad, ..] | [0xe2, 0x80, 0x8b, ..] | [0xe2, 0x81, 0xa0, ..]
    )
}

/// Whether `s` holds white space other than single ASCII spaces: a run of spaces, a tab, line break,
/// vertical tab or form feed (any byte below 0x20 counts), or a Unicode space such as NBSP; or an
/// [`is_invisible`] character to drop. Blocks of
/// 64 bytes without an early exit (vector compares); the last, shorter block is copied into a buffer
/// padded with letters, so that it takes the same path.
pub(crate) fn needs_collapse(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    // Each block looks two bytes past its end, to see pairs and multi-byte spaces that start inside it.
    while let Some(w) = b[i..].first_chunk::<66>() {
        if block_needs_collapse(w) {
            return true;
        }
        i += 64;
    }
    // Fewer than 66 bytes are left: one padded block, or two when the 65th byte would be left out.
    let rest = &b[i..];
    let mut padded = [b'a'; 130];
    padded[..rest.len()].copy_from_slice(rest);
    let block = |at: usize| padded[at..].first_chunk().is_some_and(block_needs_collapse);
    block(0) || (rest.len() > 64 && block(64))
}

/// Whether the first 64 bytes of `w` hold white space to collapse (the two bytes after them only
/// complete pairs and multi-byte spaces that start inside).
#[inline]
fn block_needs_collapse(w: &[u8; 66]) -> bool {
    // Most blocks are plain ASCII with single spaces, which the cheap test clears. The exact test
    // may be wrong only towards `true` (for rare lead bytes): confirm bytewise.
    !block_is_plain(w)
        && block_may_need_collapse(w)
        && (0..64).any(|k| {
            w[k] < 0x20
                || (w[k] == b' ' && w[k + 1] == b' ')
                || unicode_space_at(w, k)
                || invisible_at(w, k)
        })
}

/// Whether the first 64 bytes of `w` are ASCII without controls or space pairs: a cheap test (a
/// signed compare catches controls and non-ASCII bytes at once) that clears most blocks.
#[inline]
fn block_is_plain(w: &[u8; 66]) -> bool {
    !w[..64].iter().zip(&w[1..65]).fold(false, |odd, (&c, &n)| {
        odd | ((c as i8) < 0x20) | ((c == b' ') & (n == b' '))
    })
}

/// Whether the first 64 bytes of `w` may hold white space to collapse (see [`needs_collapse`]): exact
/// for controls, space pairs, NBSP, the soft hyphen, the U+2000 spaces and U+200B; any `E1` or `E3` lead byte and any `E2 81`
/// (rare in Dutch text) counts as a maybe, for the caller to confirm.
#[inline]
fn block_may_need_collapse(w: &[u8; 66]) -> bool {
    let triples = w[..64].iter().zip(&w[1..65]).zip(&w[2..66]);
    triples.fold(false, |found, ((&c, &n), &m)| {
        found
            | (c < 0x20)
            | ((c == b' ') & (n == b' '))
            | ((c == 0xc2) & ((n == 0x85) | (n == 0xa0) | (n == 0xad)))
            | ((c == 0xe2) & (n == 0x80) & ((m <= 0x8b) | ((m | 1) == 0xa9) | (m == 0xaf)))
            | ((c == 0xe2) & (n == 0x81))
            | (c == 0xe1)
            | (c == 0xe3)
    })
}

/// Trimming of white space (`char::is_whitespace`, NBSP included) that tests ASCII bytes without
/// decoding them: most lines start and end with a letter, which this sees at once.
pub(crate) trait SpaceTrim {
    /// Without white space at either end.
    fn trim_space(&self) -> &str;
    /// Without leading white space.
    fn trim_start_space(&self) -> &str;
    /// Without trailing white space.
    fn trim_end_space(&self) -> &str;
}

impl SpaceTrim for str {
    #[inline]
    fn trim_space(&self) -> &str {
        // Most lines start and end with a visible ASCII character: nothing to trim.
        let b = self.as_bytes();
        if b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic)
        {
            return self;
        }
        self.trim_start_space().trim_end_space()
    }

    #[inline]
    fn trim_start_space(&self) -> &str {
        let b = self.as_bytes();
        if b.first().is_some_and(u8::is_ascii_graphic) {
            return self;
        }
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t'..=b'\r' => i += 1,
                c if c < 0x80 => break,
                _ if unicode_space_at(b, i) => i += if b[i] == 0xc2 { 2 } else { 3 },
                _ => break,
            }
        }
        &self[i..]
    }

    #[inline]
    fn trim_end_space(&self) -> &str {
        let b = self.as_bytes();
        if b.last().is_some_and(u8::is_ascii_graphic) {
            return self;
        }
        let mut end = b.len();
        while end > 0 {
            match b[end - 1] {
                b' ' | b'\t'..=b'\r' => end -= 1,
                c if c < 0x80 => break,
                _ => {
                    // The last character starts at its lead byte, at most three bytes back.
                    let lead = (end.saturating_sub(4)..end)
                        .rev()
                        .find(|&k| b[k] & 0xc0 != 0x80)
                        .unwrap_or(0);
                    if unicode_space_at(b, lead) {
                        end = lead;
                    } else {
                        break;
                    }
                }
            }
        }
        &self[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every character, alone and between letters, agrees with `char::is_whitespace`.
    #[test]
    fn unicode_spaces_match_std() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                unicode_space_at(s.as_bytes(), 0),
                c.is_whitespace() && !c.is_ascii(),
                "{c:?}"
            );
            let padded = format!("ab{c}cd");
            assert_eq!(s.trim_space().is_empty(), c.is_whitespace(), "{c:?}");
            assert_eq!(padded.trim_space(), padded.trim(), "{c:?}");
            let long = format!("abcdefgh{c}ijklmnop");
            assert_eq!(
                needs_collapse(&long),
                c.is_whitespace() && c != ' ' || (c as u32) < 0x20 || is_invisible(c),
                "{c:?}"
            );
        }
    }

    /// Text made of the bytes the scans care about: spaces of every kind, controls, digits, letters.
    fn scan_text() -> impl Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            " ", "  ", "a", "Z", "é", "’", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\n", "\r",
            "\t", "\x0b", "\x0c", "\x00", "\x1b", "7", "0", "9", "/", ":", "«", "—", "ë€",
            "\u{ad}", "\u{200b}", "\u{2060}", "\u{200c}",
        ]);
        // Long enough for the 64-byte blocks and their edges.
        proptest::collection::vec(piece, 0..160).prop_map(|v| v.concat())
    }

    /// What `needs_collapse` promises, written plainly.
    fn needs_collapse_plainly(s: &str) -> bool {
        s.contains("  ")
            || s.chars()
                .any(|c| (c.is_whitespace() && c != ' ') || (c as u32) < 0x20 || is_invisible(c))
    }

    proptest! {
        #[test]
        fn scans_agree_with_plain_code(s in scan_text(), from in 0usize..64) {
            let b = s.as_bytes();
            prop_assert_eq!(needs_collapse(&s), needs_collapse_plainly(&s));
            prop_assert_eq!(s.trim_space(), s.trim());
            prop_assert_eq!(s.trim_start_space(), s.trim_start());
            prop_assert_eq!(s.trim_end_space(), s.trim_end());
            let from = from.min(b.len());
            prop_assert_eq!(
                next_digit(b, from),
                b[from..].iter().position(u8::is_ascii_digit).map(|p| p + from)
            );
            prop_assert_eq!(
                first_foreign_control(b),
                b.iter().position(|&c| c < 0x20 && !b"\n\r\t\x0c".contains(&c))
            );
            prop_assert_eq!(last_word(&s), s.rsplit(char::is_whitespace).next().unwrap_or(""));
            for needle in ["  ", "a", "’", "7 ", "\u{a0}"] {
                prop_assert_eq!(find_short(&s, needle), s.find(needle));
            }
        }
    }

    #[test]
    fn trims_like_std() {
        for s in [
            "",
            " ",
            "  a  ",
            "\u{a0}x\u{a0}",
            "\u{3000}\u{2009} x y \u{202f}",
            "é ",
            " ’",
            "\n\r\tx\x0b\x0c",
        ] {
            assert_eq!(s.trim_space(), s.trim(), "{s:?}");
            assert_eq!(s.trim_start_space(), s.trim_start(), "{s:?}");
            assert_eq!(s.trim_end_space(), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn last_word_with_a_stop_at_every_position() {
        let letters = "abcdefghijklmnopqrstuvwxyz0123456789./:-".repeat(2);
        for at in 0..=letters.len() {
            for stop in [" ", "\t", "\n", "é", "\u{a0}", "\u{2009}", "’"] {
                let s = format!("{}{stop}{}", &letters[..at], &letters[at..]);
                let want = s.rsplit(char::is_whitespace).next().unwrap_or("");
                assert_eq!(last_word(&s), want, "{s:?}");
            }
        }
    }

    #[test]
    fn collapse_at_every_position() {
        let base = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(5);
        let base = base.as_str();
        assert!(!needs_collapse(base));
        assert!(!needs_collapse(
            "een twee drie vier vijf zes zeven acht negen tien"
        ));
        assert!(!needs_collapse("Financiën ‘quote’ — één"));
        for i in 1..base.len() - 1 {
            for ins in [
                "  ", "\t", "\n", "\r", "\u{a0}", "\u{2009}", "\u{3000}", "\x0b", "\u{ad}",
                "\u{200b}",
            ] {
                let s = format!("{}{ins}{}", &base[..i], &base[i..]);
                assert!(needs_collapse(&s), "{s:?}");
            }
            // Two single spaces apart never need collapsing; two adjacent ones do, across words too.
            let s = format!("{} {}", &base[..i], &base[i..]);
            assert!(!needs_collapse(&s), "{s:?}");
        }
        // At the end of texts of every length around the block edges (64, 65, 66, 128 bytes).
        for n in 0..140 {
            let letters = "a".repeat(n);
            assert!(!needs_collapse(&format!("{letters} ")), "{n}");
            for end in ["\t", "  ", "\u{a0}", "\u{3000}"] {
                assert!(needs_collapse(&format!("{letters}{end}")), "{n} {end:?}");
            }
        }
    }

    #[test]
    fn foreign_controls() {
        assert_eq!(
            first_foreign_control(b"plain text\r\n\twith\x0cbreaks"),
            None
        );
        for i in 0..40 {
            let mut v = vec![b'a'; 40];
            v[i] = 0;
            assert_eq!(first_foreign_control(&v), Some(i));
            v[i] = 0x1b;
            assert_eq!(first_foreign_control(&v), Some(i));
            v[i] = b'\n';
            assert_eq!(first_foreign_control(&v), None);
        }
    }

    #[test]
    fn phrases_match_any_space_between_words() {
        let nbsp = "AH\u{a0}599";
        assert_eq!(strip_phrase(nbsp, "AH "), Some("599"));
        assert_eq!(strip_phrase("AH 599", "AH "), Some("599"));
        assert_eq!(strip_phrase("AH\t599", "AH "), None);
        assert_eq!(strip_phrase("AH\u{202f}599", "AH "), Some("599"));
        assert_eq!(strip_phrase("AH599", "AH "), None);
        assert_eq!(strip_phrase("AH  \u{a0} 599", "AH "), Some("599"));
        assert_eq!(
            strip_phrase("Tweede  Kamer,\u{a0} vergaderjaar", "Tweede Kamer, v"),
            Some("ergaderjaar")
        );
        assert_eq!(strip_phrase("AH\n599", "AH "), None);
        assert_eq!(strip_phrase("AB 599", "AH "), None);
        assert_eq!(strip_phrase("\u{a0}17972", " "), Some("17972"));
        assert_eq!(strip_phrase("", " "), None);
        assert!(starts_with_phrase(
            "Tweede\u{a0}Kamer, vergaderjaar\u{a0}2024",
            "Tweede Kamer, vergaderjaar "
        ));
        let footer = "ISSN 0921 - 7398’s-Gravenhage 2024Tweede\u{a0}Kamer,\u{a0}vergaderjaar 2024";
        let (at, after) = find_phrase(footer, "Tweede Kamer, vergaderjaar ").expect("found");
        assert_eq!((&footer[at..at + 6], &footer[after..]), ("Tweede", "2024"));
        assert_eq!(find_phrase("Soort\u{a0}: Onderwerp", " : "), Some((5, 9)));
        assert_eq!(find_phrase("à la carte", " la "), Some((2, 6)));
        // Every prefix of every cut: no panic, and a match only where the plain search agrees once
        // the spaces are made plain.
        let text = "é\u{a0}Zie\u{a0} ook  2024\u{202f}Z à\u{a0}";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for phrase in ["Zie ook", " ", "Z", "ook 2024 Z", " à "] {
                let mut plain = text[i..].replace(['\u{a0}', '\u{202f}'], " ");
                while plain.contains("  ") {
                    plain = plain.replace("  ", " ");
                }
                assert_eq!(
                    strip_phrase(&text[i..], phrase).is_some(),
                    plain.starts_with(phrase),
                    "{i} {phrase:?}"
                );
                let _ = find_phrase(&text[i..], phrase);
            }
        }
    }

    #[test]
    fn digits() {
        let text = "abc défghij klmnopq 7 rstuv 12";
        for from in 0..text.len() {
            let want = text
                .bytes()
                .skip(from)
                .position(|b| b.is_ascii_digit())
                .map(|p| p + from);
            assert_eq!(next_digit(text.as_bytes(), from), want, "from {from}");
        }
        for b in 0..=255u8 {
            let bytes = [b'x', b'x', b'x', b'x', b'x', b'x', b'x', b'x', b];
            assert_eq!(next_digit(&[b; 8], 0).is_some(), b.is_ascii_digit(), "{b}");
            assert_eq!(next_digit(&bytes, 0).is_some(), b.is_ascii_digit(), "{b}");
        }
        // A digit at every position of a long text, found from every start.
        for at in 0..200 {
            let mut v = vec![b'x'; 200];
            v[at] = b'5';
            for from in [0, 1, 63, 64, 65, at.saturating_sub(1), at, at + 1] {
                let want = (from <= at).then_some(at);
                assert_eq!(next_digit(&v, from), want, "digit at {at}, from {from}");
            }
        }
    }
}
