//! Identifiers anywhere in the text: zaak (`2019Z15131`, also `2024Z 17972`), document (`2025D04328`),
//! kamerstuk (`Kamerstuk 21 501-32, nr. 1703` → `21501-32-1703`), aanhangsel (`Aanhangsel Handelingen,
//! vergaderjaar 2024–2025, nr. 1028` → `2024-2025-1028`), publication (`kv-tk-2019Z15244`) and URLs.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::ast::{Reference, ReferenceKind, Span};
use crate::scan::{SpaceTrim, find_short, floor_char_boundary, unicode_space_at, word_space_len};
use crate::text::is_space;

fn digits_at(b: &[u8], i: usize, n: usize) -> bool {
    i + n <= b.len() && b[i..i + n].iter().all(u8::is_ascii_digit)
}

fn boundary_before(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_alphanumeric()
}

/// `2019Z15131` / `2019Z 15131` / `2025D04328` at `i` (the letter): start, end and normalised id.
fn zaak_or_document(text: &str, i: usize) -> Option<(ReferenceKind, usize, usize, Cow<'_, str>)> {
    let b = text.as_bytes();
    let kind = match b[i] {
        b'Z' => ReferenceKind::Zaak,
        b'D' => ReferenceKind::Document,
        _ => return None,
    };
    if i < 4
        || !digits_at(b, i - 4, 4)
        || !boundary_before(b, i - 4)
        || !matches!(b[i - 4], b'1' | b'2')
    {
        return None;
    }
    let start = i - 4;
    let (num, spaced) = if digits_at(b, i + 1, 5) {
        (i + 1, false)
    } else if let Some(space) =
        Some(spaces_len(&b[i + 1..])).filter(|&n| n > 0 && digits_at(b, i + 1 + n, 5))
    {
        (i + 1 + space, true)
    } else {
        return None;
    };
    let end = num + 5;
    if b.get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let id = if spaced {
        Cow::Owned(format!("{}{}", &text[start..=i], &text[num..end]))
    } else {
        Cow::Borrowed(&text[start..end])
    };
    Some((kind, start, end, id))
}

/// Where the URL at the start of `b` ends: at white space, `<`, `>`, `"` or a guillemet or curly
/// double quote (or the end of `b`). Sixteen bytes at a time (one vector compare, no early exit) while
/// they hold only ASCII above the space other than those three, then bytewise.
fn url_len(b: &[u8]) -> usize {
    let mut from = 0;
    while let Some(block) = b[from..].first_chunk::<16>() {
        // A signed compare catches controls, the space and non-ASCII bytes at once.
        let may_end = block.iter().fold(false, |any, &c| {
            any | ((c as i8) <= 0x20) | (c == b'<') | (c == b'>') | (c == b'"')
        });
        if may_end {
            break;
        }
        from += 16;
    }
    (from..b.len())
        .find(|&k| match b[k] {
            b' ' | b'\t'..=b'\r' | b'<' | b'>' | b'"' => true,
            0x80.. => {
                unicode_space_at(b, k)
                    || matches!(
                        b[k..],
                        [0xc2, 0xab | 0xbb, ..] | [0xe2, 0x80, 0x9c | 0x9d, ..]
                    )
            }
            _ => false,
        })
        .unwrap_or(b.len())
}

/// A URL starting at `i` (`http://` or `https://`): its end, trailing punctuation excluded.
pub(crate) fn url_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let scheme = if rest.starts_with("https://") {
        8
    } else if rest.starts_with("http://") {
        7
    } else {
        return None;
    };
    let mut url = &rest[..url_len(rest.as_bytes())];
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '’']);
        let trimmed = if trimmed.ends_with(')')
            && trimmed.matches('(').count() < trimmed.matches(')').count()
        {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    (url.len() > scheme).then_some(i + url.len())
}

/// `kv-tk-2019Z15244`, `ah-tk-20242025-594`, `kst-35498-4` around the `-tk-` or `kst-` at `i`.
fn publication(text: &str, at: usize, prefix_len: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let start = at.checked_sub(prefix_len)?;
    if !boundary_before(b, start) {
        return None;
    }
    let body = at + "-tk-".len();
    let mut end = body;
    while end < b.len()
        && (b[end].is_ascii_alphanumeric()
            || (b[end] == b'-' && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)))
    {
        end += 1;
    }
    (end > body && b[body..end].iter().any(u8::is_ascii_digit)).then_some((start, end))
}

/// `21 501-32, nr. 1703`, `36 410 XIV, nr. 9`, `29 383, nr. 406` starting at the digit `i`: the end,
/// the id, and whether the number followed a plural `nrs.`.
fn kamerstuk(text: &str, i: usize) -> Option<(usize, String, bool)> {
    let b = text.as_bytes();
    if !boundary_before(b, i) || !digits_at(b, i, 2) {
        return None;
    }
    let rest_of_dossier = i + 2 + dossier_gap(&b[i + 2..]);
    if !digits_at(b, rest_of_dossier, 3)
        || b.get(rest_of_dossier + 3).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let mut j = rest_of_dossier + 3;
    // Toevoeging: `-32` or ` XIV`.
    let mut toevoeging = "";
    if b.get(j) == Some(&b'-') {
        let d = b[j + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if d > 0 {
            toevoeging = &text[j + 1..j + 1 + d];
            j += 1 + d;
        }
    } else if word_space_len(b, j).is_some() {
        let s = j + dossier_gap(&b[j..]);
        let r = b[s..]
            .iter()
            .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C' | b'A'..=b'Z'))
            .count();
        if r > 0
            && (b.get(s + r) == Some(&b',') || word_space_len(b, s + r).is_some())
            && text[s..s + r].chars().all(|c| "IVXLC".contains(c))
        {
            toevoeging = &text[s..s + r];
            j = s + r;
        }
    }
    let rest = &text[j..];
    let rest2 = rest.strip_prefix(',').unwrap_or(rest).trim_start_space();
    let (after, plural) = strip_nr(rest2)?;
    let after = after.trim_start_space();
    let d = after.bytes().take_while(u8::is_ascii_digit).count();
    if d == 0 || d > 6 {
        return None;
    }
    // The id is built once the reference is whole: most candidates are not.
    let mut id = String::with_capacity(5 + toevoeging.len() + 2 + d);
    id.push_str(&text[i..i + 2]);
    id.push_str(&text[rest_of_dossier..rest_of_dossier + 3]);
    if !toevoeging.is_empty() {
        id.push('-');
        id.push_str(toevoeging);
    }
    id.push('-');
    id.push_str(&after[..d]);
    let end = text.len() - after.len() + d;
    Some((end, id, plural))
}

/// `t` without a leading `nr.` / `nr` / `nrs.` / `nrs`, and whether it was the plural (`nrs. 406 en
/// 410`, whose further numbers stand bare).
fn strip_nr(t: &str) -> Option<(&str, bool)> {
    if let Some(r) = t.strip_prefix("nrs") {
        return Some((r.strip_prefix('.').unwrap_or(r), true));
    }
    let r = t.strip_prefix("nr")?;
    Some((r.strip_prefix('.').unwrap_or(r), false))
}

/// Length of the white space that may split a dossier number (`21 501`): a space, a no-break space
/// (HTML typesetting, `36\u{a0}410`), up to three of them (PDF text stretched by justification,
/// `24  587`), or a line break (wrapped text, `Kamerstuk 23` / `645, nr. 813`).
fn dossier_gap(b: &[u8]) -> usize {
    match b {
        [b'\n', ..] => 1,
        [b'\r', b'\n', ..] => 2,
        _ => spaces_len(b),
    }
}

/// Length of the run of up to three [spaces between words](word_space_len) at the start of `b`.
fn spaces_len(b: &[u8]) -> usize {
    let mut len = 0;
    for _ in 0..3 {
        match word_space_len(b, len) {
            Some(n) => len += n,
            None => break,
        }
    }
    len
}

/// ` en nr. 1740` / `, nr. 1740` right after a Kamerstuk or Aanhangsel reference ending at `from`
/// (after a plural `nrs. 406` the further numbers stand bare: `, 410 en 412`): where it starts, ends,
/// and the number.
fn further_number(text: &str, from: usize, plural: bool) -> Option<(usize, usize, &str)> {
    let t = &text[from..];
    let r = t.trim_start_matches(|c: char| c == ',' || is_space(c));
    if plural && r.len() == t.len() {
        return None;
    }
    let r = r
        .strip_prefix("en")
        .filter(|r| r.starts_with(is_space))
        .map_or(r, SpaceTrim::trim_start_space);
    let start = from + t.len() - r.len();
    let r = match strip_nr(r) {
        Some((r, false)) => r,
        _ if plural => r,
        _ => return None,
    };
    let r = r.trim_start_space();
    let d = r.bytes().take_while(u8::is_ascii_digit).count();
    if d == 0 || d > 6 || r[d..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let end = text.len() - r.len() + d;
    Some((start, end, &r[..d]))
}

/// Whether byte `i` starts a word that stands free in running text: at the start, or after white
/// space (NBSP included), an opening bracket or guillemet, or punctuation (not inside a URL path or
/// another identifier).
fn free_start(b: &[u8], i: usize) -> bool {
    i == 0
        || matches!(
            b[i - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b',' | b';' | b':'
        )
        || (i >= 2 && matches!(b[i - 2..i], [0xc2, 0xa0 | 0xab]))
}

/// Length of the run of bytes at `i` that `f` accepts.
fn run(b: &[u8], i: usize, f: impl Fn(u8) -> bool) -> usize {
    b.get(i..)
        .map_or(0, |r| r.iter().take_while(|&&c| f(c)).count())
}

/// `21501-32-1740` (dossier, toevoeging, number) whose first hyphen is at `at`: start and end.
fn compact_kamerstuk(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let start = at.checked_sub(5)?;
    if !digits_at(b, start, 5) || !free_start(b, start) {
        return None;
    }
    let t = run(b, at + 1, |c| c.is_ascii_alphanumeric());
    if t == 0 || t > 5 || b.get(at + 1 + t) != Some(&b'-') {
        return None;
    }
    let n_at = at + 2 + t;
    let n = run(b, n_at, |c| c.is_ascii_digit());
    let end = n_at + n;
    // Not followed by more of an identifier (`-a`, a letter or digit).
    let more = |c: u8| {
        c.is_ascii_alphanumeric()
            || (c == b'-' && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
    };
    let after_ok = !b.get(end).is_some_and(|&c| more(c));
    ((1..=6).contains(&n) && after_ok).then_some((start, end))
}

/// `kst-35498-4`, `kv-2000100840`, `ah-1271549` whose first hyphen is at `at`: start and end.
fn short_publication(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let prefix = [&b"kst"[..], b"kv", b"ah"]
        .into_iter()
        .find(|p| at >= p.len() && &b[at - p.len()..at] == *p)?;
    let start = at - prefix.len();
    if !free_start(b, start) {
        return None;
    }
    let mut end = at + 1;
    let first = run(b, end, |c| c.is_ascii_digit());
    if prefix == b"kst" {
        // `kst-35498-4`, `kst-36410-XIV-9`, `kst-1268678`.
        if first == 0 {
            return None;
        }
        end += first;
        while b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1 + run(b, end + 1, |c| c.is_ascii_alphanumeric());
        }
    } else {
        if !(6..=12).contains(&first) {
            return None;
        }
        end += first;
    }
    (!b.get(end).is_some_and(u8::is_ascii_alphanumeric)).then_some((start, end))
}

/// Skip `word` (which PDF text may hyphenate over a line break, `Handelin-\ngen`) and the white space
/// and commas after it, if present.
fn skip<'a>(t: &'a str, word: &str) -> &'a str {
    // Most texts do not start with the word at all.
    if t.as_bytes().first() != word.as_bytes().first() {
        return t;
    }
    strip_word(t, word).map_or(t, |r| {
        over_line_break(r, r.trim_start_matches(|c: char| c == ',' || is_space(c)))
    })
}

/// `after`, the end of `before` past some white space: past page furniture too when that white
/// space held a line break.
fn over_line_break<'a>(before: &str, after: &'a str) -> &'a str {
    if before[..before.len() - after.len()].contains('\n') {
        past_furniture(after)
    } else {
        after
    }
}

/// `t`, which starts a line, past the page furniture lines it starts with: a page break inside a
/// reference (`Aanhangsel Handelin-` / `Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2` /
/// `gen, vergaderjaar …`) does not end it.
fn past_furniture(t: &str) -> &str {
    let mut rest = t;
    for _ in 0..4 {
        let line = &rest[..memchr::memchr2(b'\n', b'\r', rest.as_bytes()).unwrap_or(rest.len())];
        // A footer with the reference's next part glued on: `…, Aanhangsel 2gen, vergaderjaar`.
        if let Some(at) = crate::lines::split_footer(line) {
            return &rest[at..];
        }
        if line.len() == rest.len() || crate::lines::furniture(line.trim_space()).is_none() {
            break;
        }
        rest = rest[line.len()..].trim_start_space();
    }
    rest
}

/// `t` without a leading `word`, allowing a line-end hyphen inside the word; a space in `word` matches
/// any run of white space (a no-break space, a line break).
fn strip_word<'a>(t: &'a str, word: &str) -> Option<&'a str> {
    // Printed as is (the common case): the slow walk below would find just that, as no word holds
    // a hyphen and each of its spaces then stands alone before a letter.
    debug_assert!(!word.contains('-'));
    if let Some(rest) = t.strip_prefix(word) {
        return Some(rest);
    }
    let mut rest = t;
    for (k, c) in word.char_indices() {
        if c == ' ' {
            let after = rest.trim_start_space();
            if after.len() == rest.len() {
                return None;
            }
            rest = over_line_break(rest, after);
            continue;
        }
        if k > 0 && rest.starts_with('-') {
            let after = rest[1..].trim_start_matches([' ', '\t']);
            if let Some(next) = after
                .strip_prefix("\r\n")
                .or_else(|| after.strip_prefix('\n'))
            {
                rest = past_furniture(next.trim_start_space());
            } else if after.len() < rest.len() - 1 {
                // Text whose line breaks were collapsed to spaces: `Handelin- gen`.
                rest = after;
            }
        }
        rest = rest.strip_prefix(c)?;
    }
    Some(rest)
}

/// The second year of a session written short in the official citation form, `2023/24` (Aanhangsel
/// Handelingen II 2023/24, nr. 1234), in full (`2024`); any other form, a typo such as `2022–203`
/// included, as printed.
fn full_second_year<'a>(y1: &str, y2: &'a str) -> Cow<'a, str> {
    match (y1.parse::<u16>(), y2.parse::<u16>()) {
        (Ok(a), Ok(b)) if y2.len() == 2 && (a + 1) % 100 == b => Cow::Owned((a + 1).to_string()),
        _ => Cow::Borrowed(y2),
    }
}

/// `2024–2025` (any dash; the second year may be short, `2022–203`): the two years and the rest.
fn years(t: &str) -> Option<(&str, &str, &str)> {
    let y1 = t
        .get(..4)
        .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = t[4..].trim_start_matches(['–', '-', '—', '/']);
    let d2 = rest.bytes().take_while(u8::is_ascii_digit).count();
    if d2 == 0 || d2 > 4 || rest.len() == t.len() - 4 {
        return None;
    }
    Some((y1, &rest[..d2], &rest[d2..]))
}

/// `nr. 1028` (or a bare number, or `nrs. 12`): the number, where it ends in `text`, and whether it
/// followed a plural `nrs.`.
fn item_number<'a>(text: &str, t: &'a str) -> Option<(usize, &'a str, bool)> {
    let t = t.trim_start_matches(|c: char| c == ',' || is_space(c));
    let (t, plural) = strip_nr(t).unwrap_or((t, false));
    let t = t.trim_start_space();
    let d = t.bytes().take_while(u8::is_ascii_digit).count();
    (d > 0 && d <= 7).then(|| (text.len() - t.len() + d, &t[..d], plural))
}

/// An Aanhangsel reference: where its number ends, its id, and whether a plural `nrs.` may give
/// further numbers.
type AanhangselRef = (usize, String, bool);

/// An Aanhangsel reference starting at the `Aanhangsel` at `i`: `Aanhangsel (van de) Handelingen (II),
/// vergaderjaar 2024–2025, nr. 1028`, `Kamervragen (Aanhangsel) 2023–2024, nr. 2267`.
fn aanhangsel_after(text: &str, i: usize) -> Option<AanhangselRef> {
    let mut t = &text[i + "Aanhangsel".len()..];
    t = skip(t, ")");
    t = over_line_break(t, t.trim_start_space());
    t = skip(t, "van de");
    t = skip(t, "bij de");
    t = skip(t, "Handelingen");
    t = skip(t, "II");
    t = skip(t, "vergaderjaar");
    let (y1, y2, rest) = years(t)?;
    let (end, nr, plural) = item_number(text, rest)?;
    let y2 = full_second_year(y1, y2);
    Some((end, format!("{y1}-{y2}-{nr}"), plural))
}

/// The other order: `vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386`, starting at the
/// `vergaderjaar` at `i`.
fn aanhangsel_before(text: &str, i: usize) -> Option<AanhangselRef> {
    let t = text[i + "vergaderjaar".len()..].trim_start_space();
    let (y1, y2, rest) = years(t)?;
    let rest = rest.trim_start_matches(|c: char| c == ',' || is_space(c));
    let rest = rest.strip_prefix("Aanhangsel")?.trim_start_space();
    let rest = skip(skip(rest, "van de"), "bij de").strip_prefix("Handelingen")?;
    let (end, nr, plural) = item_number(text, rest)?;
    let y2 = full_second_year(y1, y2);
    Some((end, format!("{y1}-{y2}-{nr}"), plural))
}

/// The citation order with the Handelingen first: `Handelingen II 2023/24, Aanhangsel nr. 123`,
/// `Handelingen II, vergaderjaar 2023–2024, Aanhangsel 123`, read back from the `Aanhangsel` at `a`
/// (the `Handelingen` must stand there, so that a page footer `…, vergaderjaar 2024–2025, Aanhangsel
/// 2` is no reference): where it starts, and the reference.
fn handelingen_before(text: &str, a: usize) -> Option<(usize, AanhangselRef)> {
    let t = text[..a].trim_end_matches(|c: char| c == ',' || is_space(c));
    let (y1, y2, t) = years_before(t)?;
    let t = t.trim_end_matches(|c: char| c == ',' || is_space(c));
    let t = t.strip_suffix("vergaderjaar").unwrap_or(t);
    let t = t.trim_end_matches(|c: char| c == ',' || is_space(c));
    let t = t
        .strip_suffix("II")
        .or_else(|| t.strip_suffix('I'))
        .map_or(t, SpaceTrim::trim_end_space);
    let start = t.strip_suffix("Handelingen")?.len();
    let (end, nr, plural) = item_number(text, &text[a + "Aanhangsel".len()..])?;
    let y2 = full_second_year(y1, y2);
    Some((start, (end, format!("{y1}-{y2}-{nr}"), plural)))
}

/// A session at the end of `t` (`2023–2024`, `2023/24`): the two years and what stands before them.
fn years_before(t: &str) -> Option<(&str, &str, &str)> {
    let d2 = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if d2 == 0 || d2 > 4 {
        return None;
    }
    let y2 = &t[t.len() - d2..];
    let dashed = &t[..t.len() - d2];
    let u = dashed.trim_end_matches(['–', '-', '—', '/']);
    if u.len() == dashed.len() || u.len() < 4 || !digits_at(u.as_bytes(), u.len() - 4, 4) {
        return None;
    }
    Some((&u[u.len() - 4..], y2, &u[..u.len() - 4]))
}

/// Where the `vergaderjaar` starts that [`aanhangsel_before`] would read up to the `Aanhangsel` at `a`:
/// `vergaderjaar 2023–2024, ` read backwards. Every such reference holds an `Aanhangsel`, so the scan
/// looks for that word only.
fn vergaderjaar_before(text: &str, a: usize) -> Option<usize> {
    let t = text[..a].trim_end_matches(|c: char| c == ',' || is_space(c));
    let (_, _, t) = years_before(t)?;
    let t = t.trim_end_space();
    t.ends_with("vergaderjaar")
        .then(|| t.len() - "vergaderjaar".len())
}

/// A title-style kamerstuk `Kamerstuk 31865-207` after the `Kamerstuk ` at `at`: its span.
fn title_kamerstuk(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let s = at + "Kamerstuk ".len();
    let d = b
        .get(s..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if d != 5 || b.get(s + d) != Some(&b'-') {
        return None;
    }
    let mut e = s + d;
    while e < b.len()
        && (b[e].is_ascii_digit() || (b[e] == b'-' && b.get(e + 1).is_some_and(u8::is_ascii_digit)))
    {
        e += 1;
    }
    // `Kamerstuk 36200-XVI-78` holds a toevoeging: the compact form reads it whole.
    (e > s + d).then_some((s, e))
}

/// A reference from `start` to `end` whose id ends in its number, and the further numbers printed
/// right after it (`nr. 1703 en nr. 1740`, `nrs. 406, 410 en 412`), each with the id's other parts.
/// Each is pushed to `refs` as a reference of `kind`; the end of the last is returned.
fn series<'a>(
    refs: &mut Vec<Reference<'a>>,
    kind: ReferenceKind,
    text: &'a str,
    id: String,
    (start, end): (usize, usize),
    plural: bool,
) -> usize {
    let stem = id.rfind('-').map_or(0, |i| i + 1);
    let first = refs.len();
    let mut done = end;
    while let Some((from, next_end, nr)) = further_number(text, done, plural) {
        let mut next = String::with_capacity(stem + nr.len());
        next.push_str(&id[..stem]);
        next.push_str(nr);
        push(refs, kind, Cow::Owned(next), from, next_end);
        done = next_end;
    }
    refs.insert(first, reference(kind, Cow::Owned(id), start, end));
    done
}

fn reference(kind: ReferenceKind, id: Cow<'_, str>, start: usize, end: usize) -> Reference<'_> {
    Reference {
        kind,
        id,
        span: Span::new(start, end),
    }
}

fn push<'a>(
    refs: &mut Vec<Reference<'a>>,
    kind: ReferenceKind,
    id: Cow<'a, str>,
    s: usize,
    e: usize,
) {
    refs.push(reference(kind, id, s, e));
}

/// A Kamerstuk reference with a plural `nrs.` after the `Kamerstuk` word at `at` (which the `nr.`
/// search cannot see): its start, end and first id.
fn plural_kamerstuk(text: &str, at: usize) -> Option<(usize, usize, String)> {
    let b = text.as_bytes();
    let window = &text[at..floor_char_boundary(text, at + 64)];
    let nrs = at + find_short(window, "nrs")?;
    (at + "Kamerstuk".len()..nrs)
        .filter(|&s| b[s].is_ascii_digit() && boundary_before(b, s))
        .find_map(|s| {
            kamerstuk(text, s)
                .filter(|k| k.2 && k.0 > nrs)
                .map(|(end, id, _)| (s, end, id))
        })
}

/// The searcher for `nr.`, where Kamerstuk numbers end. Its pair test (the two bytes the searcher
/// finds rarest, at their offsets) stops at far fewer places than a search for `.` alone, and it is
/// built once.
static NR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("nr."));

/// The searcher for `http`, where URLs start, built once.
static HTTP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("http"));

/// A search for any of three bytes with its searcher built once: `memchr3_iter` picks the searcher and
/// sets up its vectors again at every match, which in prose costs about as much as the search from
/// one match to the next.
struct Bytes3 {
    /// The AVX2 searcher, where the CPU has it.
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Three>,
    bytes: [u8; 3],
}

impl Bytes3 {
    fn new(bytes: [u8; 3]) -> Self {
        Bytes3 {
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Three::new(bytes[0], bytes[1], bytes[2]),
            bytes,
        }
    }

    /// The offsets of the three bytes in `hay`, in order.
    fn find_iter<'h>(&'static self, hay: &'h [u8]) -> Found3<'h> {
        #[cfg(target_arch = "x86_64")]
        if let Some(avx2) = &self.avx2 {
            return Found3::Avx2(avx2.iter(hay));
        }
        let [a, b, c] = self.bytes;
        Found3::Any(memchr::memchr3_iter(a, b, c, hay))
    }
}

/// The matches of a [`Bytes3`] search.
enum Found3<'h> {
    #[cfg(target_arch = "x86_64")]
    Avx2(memchr::arch::x86_64::avx2::memchr::ThreeIter<'static, 'h>),
    Any(memchr::Memchr3<'h>),
}

impl Iterator for Found3<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            #[cfg(target_arch = "x86_64")]
            Found3::Avx2(it) => it.next(),
            Found3::Any(it) => it.next(),
        }
    }
}

/// `K`, `A` and `:`, where `Kamerstuk`, `Aanhangsel` and a URL's scheme end are found.
static TITLE_BYTES: LazyLock<Bytes3> = LazyLock::new(|| Bytes3::new([b'K', b'A', b':']));

/// `Z`, `D` and `-`, where zaak and document numbers, publications and compact Kamerstuk numbers are
/// found.
static ID_BYTES: LazyLock<Bytes3> = LazyLock::new(|| Bytes3::new([b'Z', b'D', b'-']));

/// Every identifier in `text`, grouped by kind (zaak, document, kamerstuk, aanhangsel, publication, url),
/// in order of appearance within a kind, each id once; spans are byte offsets into `text`.
///
/// ```
/// let refs = kamervraag::scan_references("Zie Kamerstuk 21 501-32, nr. 1703 en 2019Z15131.");
/// let ids: Vec<_> = refs.iter().map(|r| (r.kind.as_str(), r.id.as_ref())).collect();
/// assert_eq!(ids, [("zaak", "2019Z15131"), ("kamerstuk", "21501-32-1703")]);
/// ```
pub fn scan_references(text: &str) -> Vec<Reference<'_>> {
    let mut refs: Vec<Reference<'_>> = Vec::new();
    let b = text.as_bytes();
    // Each anchor is found by a byte that Dutch text seldom holds, three bytes to a pass (`nr.` by
    // [`NR`]). Within a kind the order of the passes is kept: nr-style kamerstukken come before
    // title-style ones.
    // Kamerstuk numbers end in `nr. N`: look back from every `nr.` for where the dossier number starts.
    let mut done = 0;
    for at in NR.find_iter(b) {
        let mut s = at.saturating_sub(24).max(done);
        while s < at {
            if b[s].is_ascii_digit() && boundary_before(b, s) {
                if let Some((end, id, plural)) = kamerstuk(text, s).filter(|k| k.0 > at) {
                    let kind = ReferenceKind::Kamerstuk;
                    done = series(&mut refs, kind, text, id, (s, end), plural);
                    break;
                }
            }
            s += 1;
        }
    }
    // `Kamerstuk ` (title style), `Aanhangsel` (in both word orders: `Aanhangsel … 2024–2025, nr.
    // 1028` and `vergaderjaar 2024–2025, Aanhangsel … 1028`) and the `:` of a URL scheme.
    for at in TITLE_BYTES.find_iter(b) {
        let rest = &b[at..];
        if rest.starts_with(b"Kamerstuk") {
            if let Some((s, e)) = rest
                .starts_with(b"Kamerstuk ")
                .then(|| title_kamerstuk(b, at))
                .flatten()
            {
                push(
                    &mut refs,
                    ReferenceKind::Kamerstuk,
                    Cow::Borrowed(&text[s..e]),
                    s,
                    e,
                );
            }
            // `Kamerstukken II 2023/24, 29 383, nrs. 406 en 410`: the plural, which holds no `nr.`.
            if let Some((s, end, id)) = plural_kamerstuk(text, at) {
                series(
                    &mut refs,
                    ReferenceKind::Kamerstuk,
                    text,
                    id,
                    (s, end),
                    true,
                );
            }
        } else if rest.starts_with(b"Aanhangsel") {
            let found = aanhangsel_after(text, at)
                .map(|r| (at, r))
                .or_else(|| handelingen_before(text, at));
            let before = vergaderjaar_before(text, at)
                .and_then(|v| aanhangsel_before(text, v).map(|r| (v, r)));
            for (start, (end, id, plural)) in found.into_iter().chain(before) {
                let kind = ReferenceKind::Aanhangsel;
                series(&mut refs, kind, text, id, (start, end), plural);
            }
        } else if b[at] == b':' {
            let scheme = [5, 4]
                .into_iter()
                .find(|&n| b[..at].ends_with(&b"https"[..n]));
            if let Some(s) = scheme.map(|n| at - n) {
                if let Some(end) = url_end(text, s) {
                    push(
                        &mut refs,
                        ReferenceKind::Url,
                        Cow::Borrowed(&text[s..end]),
                        s,
                        end,
                    );
                }
            }
        }
    }
    // Zaak and document numbers at their letter; at a hyphen, publications (`kv-tk-…`, and the forms
    // without `-tk-`: `kst-35498-4`, `kv-2000100840`, `ah-1271549`) and compact Kamerstuk numbers
    // (`21501-32-1740`).
    for at in ID_BYTES.find_iter(b) {
        if b[at] == b'-' {
            if !b[at..].starts_with(b"-tk-") {
                if let Some((s, e)) = compact_kamerstuk(b, at) {
                    push(
                        &mut refs,
                        ReferenceKind::Kamerstuk,
                        Cow::Borrowed(&text[s..e]),
                        s,
                        e,
                    );
                } else if let Some((s, e)) = short_publication(b, at) {
                    push(
                        &mut refs,
                        ReferenceKind::Publication,
                        Cow::Borrowed(&text[s..e]),
                        s,
                        e,
                    );
                }
                continue;
            }
            for prefix in ["kv", "ah", "kst", "blg"] {
                if text[..at].ends_with(prefix) {
                    if let Some((s, e)) = publication(text, at, prefix.len()) {
                        push(
                            &mut refs,
                            ReferenceKind::Publication,
                            Cow::Borrowed(&text[s..e]),
                            s,
                            e,
                        );
                    }
                }
            }
        } else if let Some((kind, s, e, id)) = zaak_or_document(text, at) {
            // Not inside a publication identifier (`kv-tk-2024Z18796` is a publication).
            if !(s > 0 && b[s - 1] == b'-') {
                push(&mut refs, kind, id, s, e);
            }
        }
    }
    // Each identifier once (its first occurrence), in O(n log n).
    refs.sort_by(|a, b| {
        (kind_rank(a.kind), &a.id, a.span.start).cmp(&(kind_rank(b.kind), &b.id, b.span.start))
    });
    refs.dedup_by(|later, first| later.kind == first.kind && later.id == first.id);
    refs.sort_by_key(|r| (kind_rank(r.kind), r.span.start));
    refs
}

/// A note marker glued to the end of a URL in a question or answer (`(https://a.nl/kaart)?1`,
/// `https://a.nl/rapport.2 Wat…`) is no part of it: each URL reference that holds one of the marker
/// offsets `markers` (into `input`) ends before it, trailing punctuation trimmed as elsewhere, and a
/// URL found twice that way is kept once, at its first place.
pub(crate) fn end_urls_at_markers<'a>(
    input: &'a str,
    markers: &[usize],
    refs: &mut Vec<Reference<'a>>,
) {
    if markers.is_empty() {
        return;
    }
    let mut changed = false;
    for r in refs.iter_mut().filter(|r| r.kind == ReferenceKind::Url) {
        let Some(&m) = markers
            .iter()
            .find(|&&m| m > r.span.start && m < r.span.end)
        else {
            continue;
        };
        let Some(head) = input.get(..m) else {
            continue;
        };
        if let Some(end) = url_end(head, r.span.start) {
            r.id = Cow::Borrowed(&input[r.span.start..end]);
            r.span = Span::new(r.span.start, end);
            changed = true;
        }
    }
    if changed {
        refs.sort_by(|a, b| {
            (kind_rank(a.kind), &a.id, a.span.start).cmp(&(kind_rank(b.kind), &b.id, b.span.start))
        });
        refs.dedup_by(|later, first| later.kind == first.kind && later.id == first.id);
        refs.sort_by_key(|r| (kind_rank(r.kind), r.span.start));
    }
}

/// URLs that PDF text broke over lines (`(https://www.tele-` / `graaf.nl/…)`, `(https://` / `nos.nl/…`)
/// are whole in the notes and blocks, which rejoin them; the line-by-line scan of [`scan_references`]
/// saw only their first line. `areas` are the spans of such notes and blocks with the URLs of their
/// clean text. Each URL missing from `refs` replaces the piece found at its start (or is added), with a
/// span from its start to its last byte in `input`, the text the spans refer to.
pub(crate) fn mend_broken_urls<'a, 'b>(
    input: &'a str,
    areas: impl Iterator<Item = (Span, &'b [Cow<'a, str>])> + Clone,
    refs: &mut Vec<Reference<'a>>,
) where
    'a: 'b,
{
    if areas.clone().all(|(_, urls)| urls.is_empty()) {
        return;
    }
    // The URLs already found, and those mended here (each identifier once), sorted: a document holds
    // a few dozen, for which a binary search costs less than hashing.
    let mut known: Vec<&str> = refs
        .iter()
        .filter(|r| r.kind == ReferenceKind::Url)
        .map(|r| r.id.as_ref())
        .collect();
    known.sort_unstable();
    let mut mends = Vec::new();
    for (span, urls) in areas {
        let Some(area) = input.get(span.start..span.end) else {
            continue;
        };
        for url in urls {
            let Err(slot) = known.binary_search(&url.as_ref()) else {
                continue;
            };
            let found = HTTP
                .find_iter(area.as_bytes())
                .find_map(|at| spread_match(area, at, url).map(|e| (at, e)));
            if let Some((s, e)) = found {
                known.insert(slot, url.as_ref());
                mends.push(Reference {
                    kind: ReferenceKind::Url,
                    id: url.clone(),
                    span: Span::new(span.start + s, span.start + e),
                });
            }
        }
    }
    if mends.is_empty() {
        return;
    }
    let mut starts: Vec<usize> = mends.iter().map(|r| r.span.start).collect();
    starts.sort_unstable();
    refs.retain(|r| !(r.kind == ReferenceKind::Url && starts.binary_search(&r.span.start).is_ok()));
    refs.append(&mut mends);
    refs.sort_by_key(|r| (kind_rank(r.kind), r.span.start));
}

/// Match `url` against `text` from byte `at`, allowing line breaks and white space in `text` between
/// its characters: the end of the match in `text`.
fn spread_match(text: &str, at: usize, url: &str) -> Option<usize> {
    let t = text.as_bytes();
    let mut i = at;
    for &c in url.as_bytes() {
        loop {
            match t.get(i)? {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                0xc2 if t.get(i + 1) == Some(&0xa0) => i += 2,
                _ => break,
            }
        }
        if t[i] != c {
            return None;
        }
        i += 1;
    }
    // The match must end where the URL in `text` ends, not inside a longer one that it prefixes
    // (`https://a.nl/nl` in `https://a.nl/nl/aow`).
    let goes_on = |k: usize| {
        t.get(k)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b"/-_=?&#%~+".contains(&b))
    };
    let inside =
        goes_on(i) || matches!(t.get(i), Some(b'.' | b',' | b':' | b';')) && goes_on(i + 1);
    (!inside).then_some(i)
}

fn kind_rank(k: ReferenceKind) -> u8 {
    match k {
        ReferenceKind::Zaak => 0,
        ReferenceKind::Document => 1,
        ReferenceKind::Kamerstuk => 2,
        ReferenceKind::Aanhangsel => 3,
        ReferenceKind::Publication => 4,
        ReferenceKind::Url => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Footnote;
    use proptest::prelude::*;
    use proptest::sample::select;

    /// `vergaderjaar 2023–2024, Aanhangsel …` with every part right or slightly wrong.
    fn other_order() -> impl Strategy<Value = String> {
        let part = |v: &[&'static str]| select(v.to_vec());
        let one = (
            part(&["", "x", "Tweede Kamer, ", "12"]),
            part(&[
                "vergaderjaar",
                "vergaderjaar",
                "vergaderjaar",
                "Vergaderjaar",
            ]),
            part(&[" ", "", "  ", "\u{a0}", "\n", "-\n"]),
            part(&["2023", "2023", "2023", "12023", "202", "2o23"]),
            part(&["–", "-", "—", "/", "", "–-", " – "]),
            part(&["2024", "24", "", "20245", "1"]),
            part(&[", ", ",", "", " ,\n", "x ", "\u{3000}"]),
            part(&["Aanhangsel", "Aanhangsel", "aanhangsel", "Aanhangsel "]),
            part(&[
                " van de Handelingen, nr. 12",
                " Handelingen nr 7",
                " Handelingen",
                "",
            ]),
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].concat());
        proptest::collection::vec(one, 1..4).prop_map(|v| v.concat())
    }

    /// URL-like text with every byte that may end a URL, and some that may not.
    fn url_text() -> impl Strategy<Value = String> {
        let piece = select(vec![
            "a",
            "Z",
            "/",
            ".",
            "?x=1",
            "-",
            "é",
            "’",
            " ",
            "\t",
            "\n",
            "<",
            ">",
            "\"",
            "«",
            "»",
            "“",
            "”",
            "\u{a0}",
            "\u{2009}",
            "\u{3000}",
            "abcdefghijklmnop",
        ]);
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn url_len_agrees_with_plain_search(text in url_text()) {
            let plain = text
                .find(|c: char| c.is_whitespace() || "<>\"«»“”".contains(c))
                .unwrap_or(text.len());
            prop_assert_eq!(url_len(text.as_bytes()), plain);
        }
    }

    proptest! {
        /// Reading back from every `Aanhangsel` finds exactly the `vergaderjaar` occurrences that the
        /// forward reading accepts.
        #[test]
        fn vergaderjaar_read_backwards(text in other_order()) {
            let forward: Vec<_> = text
                .match_indices("vergaderjaar")
                .filter_map(|(v, _)| aanhangsel_before(&text, v).map(|r| (v, r)))
                .collect();
            let backward: Vec<_> = text
                .match_indices("Aanhangsel")
                .filter_map(|(a, _)| vergaderjaar_before(&text, a))
                .filter_map(|v| aanhangsel_before(&text, v).map(|r| (v, r)))
                .collect();
            prop_assert_eq!(forward, backward);
        }
    }

    #[test]
    fn dossier_number_split_by_a_line_break_or_no_break_space() {
        let text = "(Kamerstuk 23\n645, nr. 813), Kamerstukken 29\r\n984, nr. 1207 en 36\u{a0}410 XIV, nr. 9; \
                    in 12\n\n345, nr. 6";
        let ids: Vec<_> = scan_references(text)
            .into_iter()
            .filter(|r| r.kind == ReferenceKind::Kamerstuk)
            .map(|r| r.id.into_owned())
            .collect();
        assert_eq!(ids, ["23645-813", "29984-1207", "36410-XIV-9"]);
    }

    #[test]
    fn note_urls_broken_over_lines_are_mended() {
        let input = "1De Telegraaf, «Titel» (https://www.tele-\ngraaf.nl/nieuws/1/titel)\n2NOS (https://\nnos.nl/artikel/2)\n";
        let note = |number: u32, url: &'static str, start: usize, end: usize| Footnote {
            number,
            text: Cow::Borrowed(""),
            urls: vec![Cow::Borrowed(url)],
            span: Span::new(start, end),
        };
        let second = input.find("2NOS").unwrap();
        let notes = [
            note(1, "https://www.tele-graaf.nl/nieuws/1/titel", 0, second - 1),
            note(2, "https://nos.nl/artikel/2", second, input.len() - 1),
        ];
        let mut refs = scan_references(input);
        let areas = notes.iter().map(|n| (n.span, n.urls.as_slice()));
        mend_broken_urls(input, areas, &mut refs);
        let urls: Vec<(&str, &str)> = refs
            .iter()
            .map(|r| (r.id.as_ref(), r.span.slice(input)))
            .collect();
        assert_eq!(
            urls,
            [
                (
                    "https://www.tele-graaf.nl/nieuws/1/titel",
                    "https://www.tele-\ngraaf.nl/nieuws/1/titel"
                ),
                ("https://nos.nl/artikel/2", "https://\nnos.nl/artikel/2")
            ]
        );
    }

    /// The kind and id of every reference in `t`.
    fn ids(t: &str) -> Vec<(&'static str, String)> {
        scan_references(t)
            .iter()
            .map(|r| (r.kind.as_str(), r.id.to_string()))
            .collect()
    }

    /// The ids of the Aanhangsel references in `t`.
    fn aanhangsel_ids(t: &str) -> Vec<String> {
        ids(t)
            .into_iter()
            .filter(|(kind, _)| *kind == "aanhangsel")
            .map(|(_, id)| id)
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(
            ids("vraagnummer 2024Z 14814)"),
            vec![("zaak", "2024Z14814".to_string())]
        );
        assert_eq!(
            ids("Kamerstuk 36 410 XIV, nr. 9"),
            vec![("kamerstuk", "36410-XIV-9".to_string())]
        );
        assert_eq!(
            ids("Kamerstuk 29 383, nr. 406"),
            vec![("kamerstuk", "29383-406".to_string())]
        );
        assert_eq!(
            ids("(Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028)"),
            vec![("aanhangsel", "2024-2025-1028".to_string())]
        );
        assert_eq!(
            ids("1Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 2267"),
            vec![("aanhangsel", "2023-2024-2267".to_string())]
        );
        assert_eq!(
            ids(
                "3Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386 (x)"
            ),
            vec![("aanhangsel", "2023-2024-2386".to_string())]
        );
        assert_eq!(
            ids("(Aanhangsel Handelin-\ngen, vergaderjaar 2023–2024, nr. 1045)"),
            vec![("aanhangsel", "2023-2024-1045".to_string())]
        );
        // Collapsed text: the line break after the hyphen became a space.
        assert_eq!(
            ids("(Aanhangsel Handelin- gen, vergaderjaar 2011–2012, nr. 77)"),
            vec![("aanhangsel", "2011-2012-77".to_string())]
        );
        assert_eq!(
            ids("(Aanhangsel Handelin- ten, vergaderjaar 2011–2012, nr. 77)"),
            vec![]
        );
        // A page break inside the reference: the footer (and the id line) between its halves.
        for furniture in [
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2\n",
            "ah-tk-20232024-1433\nISSN 0921 - 7398\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n",
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
        ] {
            assert_eq!(
                aanhangsel_ids(&format!(
                    "(Aanhangsel Handelin-\n{furniture}gen, vergaderjaar 2023–2024, nr. 1045)"
                )),
                ["2023-2024-1045"]
            );
            assert_eq!(
                aanhangsel_ids(&format!(
                    "(Aanhangsel\n{furniture}Handelingen, vergaderjaar 2023–2024, nr. 1045)"
                )),
                ["2023-2024-1045"]
            );
        }
        assert_eq!(
            ids(
                "(Aanhangsel Handelingen II 2019/20, nr. 812; vergaderjaar 2018/19, Aanhangsel van de Handelingen, nr. 77)"
            ),
            vec![
                ("aanhangsel", "2019-2020-812".to_string()),
                ("aanhangsel", "2018-2019-77".to_string())
            ]
        );
        assert_eq!(
            ids(
                "Aanhangsel Handelingen II 1999/00, nr. 3 en Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844"
            ),
            vec![
                ("aanhangsel", "1999-2000-3".to_string()),
                ("aanhangsel", "2022-203-844".to_string())
            ]
        );
        assert_eq!(
            ids("Kamervragen (Aanhangsel) 2023–2024, nr. 2267"),
            vec![("aanhangsel", "2023-2024-2267".to_string())]
        );
        assert_eq!(
            ids("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2"),
            vec![]
        );
        // The Handelingen before the Aanhangsel, a plural `nrs.`, `bij de`.
        assert_eq!(
            ids(
                "(Handelingen II 2023/24, Aanhangsel nr. 123; Handelingen II, vergaderjaar 2022–2023, \
                 Aanhangsel 45; Aanhangsel bij de Handelingen II 2021/22, nrs. 6 en 7)"
            ),
            vec![
                ("aanhangsel", "2023-2024-123".to_string()),
                ("aanhangsel", "2022-2023-45".to_string()),
                ("aanhangsel", "2021-2022-6".to_string()),
                ("aanhangsel", "2021-2022-7".to_string())
            ]
        );
        assert_eq!(
            ids("Kamerstukken II 2023/24, 29 383, nrs. 406, 410 en 412"),
            vec![
                ("kamerstuk", "29383-406".to_string()),
                ("kamerstuk", "29383-410".to_string()),
                ("kamerstuk", "29383-412".to_string())
            ]
        );
        // A title-style number with a toevoeging is read whole, not cut at the toevoeging.
        assert_eq!(
            ids("Kamerstuk 36200-XVI-78"),
            vec![("kamerstuk", "36200-XVI-78".to_string())]
        );
        assert_eq!(
            ids("ah-tk-20242025-594"),
            vec![("publication", "ah-tk-20242025-594".to_string())]
        );
        assert_eq!(
            ids("kv-tk-2024Z18796"),
            vec![("publication", "kv-tk-2024Z18796".to_string())]
        );
        assert_eq!(
            ids("(https://nos.nl/artikel/1-a)."),
            vec![("url", "https://nos.nl/artikel/1-a".to_string())]
        );
        assert_eq!(
            ids("zie https://x.nl/a_(b))"),
            vec![("url", "https://x.nl/a_(b)".to_string())]
        );
        assert_eq!(ids("2024 en 12345"), vec![]);
        assert_eq!(
            ids("(Kamerstukken 21 501-32, nr. 1703 en nr. 1740)"),
            vec![
                ("kamerstuk", "21501-32-1703".to_string()),
                ("kamerstuk", "21501-32-1740".to_string())
            ]
        );
        assert_eq!(
            ids("Kamerstuk 29 383, nr. 406, nr. 410 en nr. 412."),
            vec![
                ("kamerstuk", "29383-406".to_string()),
                ("kamerstuk", "29383-410".to_string()),
                ("kamerstuk", "29383-412".to_string())
            ]
        );
        assert_eq!(
            ids("zie 21501-32-1740 en (36410-XIV-9)."),
            vec![
                ("kamerstuk", "21501-32-1740".to_string()),
                ("kamerstuk", "36410-XIV-9".to_string())
            ]
        );
        assert_eq!(
            ids("zie kst-35498-4, kv-2000100840 en ah-1271549."),
            vec![
                ("publication", "kst-35498-4".to_string()),
                ("publication", "kv-2000100840".to_string()),
                ("publication", "ah-1271549".to_string())
            ]
        );
        // Not in a URL path, a date, a longer number or a word.
        assert_eq!(
            ids("https://x.nl/a/21501-32-1740 2024-11-20 1121501-32-17 kast-12345 thah-1234567"),
            vec![("url", "https://x.nl/a/21501-32-1740".to_string())]
        );
    }
}
