//! Dutch dates: `18 juli 2019`, `18 Juli 2019`, `18 november2024`, `4 feb. 2025`, `1e mei 2020`.

use chrono::NaiveDate;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::bytes::complete::take_while;
use nom::character::complete::digit1;
use nom::combinator::{map_res, opt};
use nom::{IResult, Parser};

use crate::scan::{SpaceTrim, tag_ci};

const MONTHS: [(&str, &str); 12] = [
    ("januari", "jan"),
    ("februari", "feb"),
    ("maart", "mrt"),
    ("april", "apr"),
    ("mei", "mei"),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augustus", "aug"),
    ("september", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("december", "dec"),
];

/// A month name or abbreviation, any case, abbreviations optionally with a period.
fn month(i: &str) -> IResult<&str, u32> {
    // A name and its abbreviation share their first letter: only months with the input's can match.
    let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
    for (n, (full, short)) in MONTHS.iter().enumerate() {
        if first != Some(full.as_bytes()[0]) {
            continue;
        }
        if let Ok((rest, _)) = tag_ci(full).parse(i) {
            return Ok((rest, n as u32 + 1));
        }
        if let Ok((rest, _)) = (tag_ci(short), opt(tag("."))).parse(i) {
            // "mrt" may also be written "maa."; "sept." for september.
            let rest = if n == 8 {
                rest.strip_prefix("t.")
                    .or_else(|| rest.strip_prefix('t'))
                    .unwrap_or(rest)
            } else {
                rest
            };
            if !rest.starts_with(char::is_alphabetic) {
                return Ok((rest, n as u32 + 1));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// Whether `word` is a month name or abbreviation and nothing more (`november`, `nov.`).
pub(crate) fn is_month(word: &str) -> bool {
    month(word).is_ok_and(|(rest, _)| rest.is_empty())
}

fn ws1(i: &str) -> IResult<&str, &str> {
    nom::bytes::complete::take_while1(char::is_whitespace)(i)
}

/// A number of at most four digits (more make no day or year).
fn number(i: &str) -> IResult<&str, u32> {
    map_res(digit1, |d: &str| {
        // ASCII digits, at most four: no overflow, no sign (cheaper than `str::parse`).
        if d.len() <= 4 {
            Ok(d.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
        } else {
            Err(())
        }
    })
    .parse(i)
}

/// The parts of a Dutch date: day, month, year (not yet checked against the calendar).
pub(crate) fn date_parts(i: &str) -> IResult<&str, (u32, u32, i32)> {
    let (i, day) = number(i)?;
    let (i, _) = opt(alt((tag("ste"), tag("e")))).parse(i)?;
    // PDF text loses the space where a line break fell between day and month (`19november 2024`);
    // a number that cannot be a day needs its space.
    let (i, _) = if (1..=31).contains(&day) {
        take_while(char::is_whitespace)(i)?
    } else {
        ws1(i)?
    };
    let (i, m) = month(i)?;
    // `4 juni, 2025` (English style) as well.
    let (i, _) = opt(tag(",")).parse(i)?;
    let (i, _) = take_while(char::is_whitespace)(i)?;
    let (i, year) = number(i)?;
    Ok((i, (day, m, year as i32)))
}

/// Parse a Dutch date such as `18 juli 2019` at the start of `text`; returns the date, or `None` when
/// the text is not a date or names an impossible day (`31 februari 2024`).
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(kamervraag::parse_date("18 Juli 2019"), NaiveDate::from_ymd_opt(2019, 7, 18));
/// assert_eq!(kamervraag::parse_date("18 november2024"), NaiveDate::from_ymd_opt(2024, 11, 18));
/// assert_eq!(kamervraag::parse_date("18november 2024"), NaiveDate::from_ymd_opt(2024, 11, 18));
/// assert_eq!(kamervraag::parse_date("4 feb. 2025"), NaiveDate::from_ymd_opt(2025, 2, 4));
/// assert_eq!(kamervraag::parse_date("31 februari 2024"), None);
/// ```
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let (_, (d, m, y)) = date_parts(text.trim_start_space()).ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Find the first Dutch date inside `text`: its byte range and the parts.
pub(crate) fn find_date(text: &str) -> Option<(usize, usize, (u32, u32, i32))> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            if let Ok((rest, parts)) = date_parts(&text[i..]) {
                return Some((i, text.len() - rest.len(), parts));
            }
        }
        i += 1;
    }
    None
}

/// A date in digits at the start of `text` (after white space), as a `(ingezonden …)` bracket may
/// hold one in exports and web pages: ISO `2025-06-04`, or day first `4-6-2025`, `04/06/2025`,
/// `4.6.2025`. Returns its byte range in `text` and the parts (not yet checked against the calendar).
pub(crate) fn numeric_date(text: &str) -> Option<(usize, usize, (u32, u32, i32))> {
    let t = text.trim_start_space();
    let start = text.len() - t.len();
    let b = t.as_bytes();
    let run = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let value = |from: usize, len: usize| t[from..from + len].parse::<u32>().ok();
    let first = run(0);
    let sep = *b.get(first)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let second = run(first + 1);
    if b.get(first + 1 + second) != Some(&sep) {
        return None;
    }
    let third_at = first + 2 + second;
    let third = run(third_at);
    let end = third_at + third;
    // A digit or letter right after would make it some other number (`2025-06-04a`).
    if b.get(end).is_some_and(u8::is_ascii_alphanumeric) || !(1..=2).contains(&second) {
        return None;
    }
    let parts = match (first, third) {
        (4, 1..=2) => (
            value(third_at, third)?,
            value(first + 1, second)?,
            value(0, 4)? as i32,
        ),
        (1..=2, 4) => (
            value(0, first)?,
            value(first + 1, second)?,
            value(third_at, 4)? as i32,
        ),
        _ => return None,
    };
    Some((start, start + end, parts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("18 juli 2019"), d(2019, 7, 18));
        assert_eq!(parse_date("1 MAART 2020"), d(2020, 3, 1));
        assert_eq!(parse_date("3 mrt. 2021"), d(2021, 3, 3));
        assert_eq!(parse_date("3 sept. 2021"), d(2021, 9, 3));
        assert_eq!(parse_date("3 sep 2021"), d(2021, 9, 3));
        assert_eq!(parse_date("1e mei 2020"), d(2020, 5, 1));
        assert_eq!(parse_date("30 februari 2020"), None);
        assert_eq!(parse_date("99999999999 mei 2020"), None);
        assert_eq!(parse_date("juli"), None);
        assert_eq!(parse_date("3 juliette 2020"), None);
    }

    /// `month` skips the months whose first letter differs from the input's: every name and its
    /// abbreviation are lower-case ASCII and start with the same letter.
    #[test]
    fn months_share_their_first_letter() {
        for (full, short) in MONTHS {
            assert!(
                full.bytes()
                    .chain(short.bytes())
                    .all(|b| b.is_ascii_lowercase())
            );
            assert_eq!(full.as_bytes()[0], short.as_bytes()[0]);
        }
        for (n, (full, short)) in MONTHS.iter().enumerate() {
            for text in [
                full.to_uppercase(),
                format!("{short}. 2020"),
                format!("{short}x"),
            ] {
                let plain = MONTHS
                    .iter()
                    .position(|(f, s)| {
                        text.to_lowercase().starts_with(f)
                            || text.to_lowercase().starts_with(s)
                                && !text[s.len()..]
                                    .trim_start_matches('.')
                                    .starts_with(char::is_alphabetic)
                    })
                    .map(|k| k as u32 + 1);
                let got = month(&text).ok().map(|(_, m)| m);
                if n != 8 {
                    assert_eq!(got, plain, "{text}");
                }
            }
        }
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(numeric_date("2025-06-04)"), Some((0, 10, (4, 6, 2025))));
        assert_eq!(numeric_date(" 4-6-2025"), Some((1, 9, (4, 6, 2025))));
        assert_eq!(numeric_date("04/06/2025"), Some((0, 10, (4, 6, 2025))));
        assert_eq!(numeric_date("4.6.2025"), Some((0, 8, (4, 6, 2025))));
        for not in [
            "2024-2025",
            "4-6-25",
            "21501-32-1740",
            "4-6-2025x",
            "2025-6",
            "",
            "-",
            "4--2025",
        ] {
            assert_eq!(numeric_date(not), None, "{not}");
        }
        assert_eq!(
            parse_date("4 juni, 2025"),
            NaiveDate::from_ymd_opt(2025, 6, 4)
        );
    }

    #[test]
    fn finds_inside_text() {
        let (s, e, p) = find_date("(ingezonden\n30 oktober 2024).").unwrap();
        assert_eq!((s, e, p), (12, 27, (30, 10, 2024)));
    }
}
