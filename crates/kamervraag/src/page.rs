//! Tweedemonitor page metadata: keywords, `Indiener`, `Gericht`, `Access ( N )`, `Publicatiedatum` and
//! the `Gerelateerd` titles.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::ast::{Page, Person};
use crate::dates::parse_date;
use crate::lines::Lines;
use crate::scan::{SpaceTrim, starts_with_phrase, strip_phrase};
use crate::text::is_space;
use crate::text::normalize;

/// `Name (Party)` as printed under `Indiener` / `Gericht`.
fn person(t: &str) -> Option<Person<'_>> {
    let t = t.trim_space();
    if t.is_empty() {
        return None;
    }
    match (t.rfind('('), t.ends_with(')')) {
        (Some(open), true) => Some(Person {
            name: normalize(&t[..open]),
            party: Some(normalize(&t[open + 1..t.len() - 1])),
        }),
        _ => Some(Person {
            name: normalize(t),
            party: None,
        }),
    }
}

/// The count of an `Access ( 10261 )` line. The counter is page chrome wherever the page puts it,
/// also before `Indiener`, where it ends the questions and Toelichting like the labels do.
pub(crate) fn views(t: &str) -> Option<u64> {
    let r = strip_phrase(t, "Access (")?;
    let count = r.strip_suffix(')').unwrap_or(r).trim_space();
    count.parse().ok().or_else(|| grouped_count(count))
}

/// A count written with thousands separators, `1.234` or `12,345,678`: groups of three digits after
/// the first.
fn grouped_count(t: &str) -> Option<u64> {
    let sep = t.bytes().find(|b| !b.is_ascii_digit())?;
    if !matches!(sep, b'.' | b',') {
        return None;
    }
    let mut groups = t.split(char::from(sep));
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 {
        return None;
    }
    let mut n: u64 = first.parse().ok()?;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        n = n.checked_mul(1000)?.checked_add(g.parse().ok()?)?;
    }
    Some(n)
}

/// A heading of the page's metadata.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Indiener,
    Gericht,
    Date,
    Related,
}

/// The headings as the page prints them (the plural and `Gericht aan` forms first, so that the
/// longer wins).
const HEADINGS: [(&str, Field); 6] = [
    ("Indieners", Field::Indiener),
    ("Indiener", Field::Indiener),
    ("Gericht aan", Field::Gericht),
    ("Gericht", Field::Gericht),
    ("Publicatiedatum", Field::Date),
    ("Gerelateerd", Field::Related),
];

/// A metadata heading at the start of `t` and what follows it on the line: the heading alone, after a
/// colon, or with its value glued on as HTML text runs it together (`IndienerSjoerd Sjoerdsma (D66)`,
/// `Publicatiedatum18 Juli 2019`). A word that only begins like a heading (`Gerichte hulp`,
/// `Indiener van de motie`) is none.
fn heading(t: &str) -> Option<(Field, &str)> {
    // Every heading starts with `I`, `G` or `P`.
    if !matches!(t.as_bytes().first(), Some(b'I' | b'G' | b'P')) {
        return None;
    }
    HEADINGS.iter().find_map(|&(h, f)| {
        let rest = t.strip_prefix(h)?;
        let value = rest.trim_start_matches(':').trim_start_space();
        let opens_value = |c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(';
        match rest.chars().next() {
            None | Some(':') => Some((f, value)),
            Some(c) if opens_value(c) => Some((f, rest)),
            Some(c) if is_space(c) && value.starts_with(opens_value) => Some((f, value)),
            _ => None,
        }
    })
}

/// Whether a line starts the page's metadata after the questions: a heading of it (alone, or with a
/// person or date after it), the view counter, or the `©` footer.
pub(crate) fn starts_page(t: &str) -> bool {
    t.starts_with('©')
        || starts_with_phrase(t, "Access (")
        || heading(t).is_some_and(|(f, value)| {
            value.is_empty()
                || match f {
                    Field::Indiener | Field::Gericht => until_heading(value).0.ends_with(')'),
                    Field::Date => parse_date(until_heading(value).0).is_some(),
                    Field::Related => false,
                }
        })
}

/// A value with the next heading glued on or after a space (`18 Juli 2019Gerelateerd`, `Sigrid
/// Kaag (D66)Access ( 10 )`): the value, and the rest from that heading on.
fn until_heading(value: &str) -> (&str, Option<&str>) {
    // Each heading counts where it first occurs (a heading word inside a related title, `…
    // Gerelateerd …`, is no heading: only where the rest of the line is that heading's own text).
    // One pass over the value visits the places in order, each heading's first in its turn.
    let b = value.as_bytes();
    let mut seen = [false; HEADINGS.len() + 1];
    let glued = (0..b.len())
        .filter(|&at| matches!(b[at], b'I' | b'G' | b'P' | b'A'))
        .find(|&at| {
            let mut first = false;
            let names = HEADINGS.iter().map(|&(h, _)| h).chain(["Access ("]);
            for (seen, h) in seen.iter_mut().zip(names) {
                if !*seen && b[at..].starts_with(h.as_bytes()) {
                    *seen = true;
                    first = true;
                }
            }
            // The byte is ASCII: `at` is a char boundary.
            first && at > 0 && is_glued_heading(&value[at..])
        });
    match glued {
        Some(at) => (value[..at].trim_space(), Some(&value[at..])),
        None => (value, None),
    }
}

/// Whether `t` (a part of a line) is a heading that ends the value before it: a bare heading, one
/// with a date or person after it, `Gerelateerd` with the first title glued on, or the view counter.
fn is_glued_heading(t: &str) -> bool {
    starts_page(t) || heading(t).is_some_and(|(f, _)| f == Field::Related)
}

/// Parse the page metadata from byte `from` to the end; returns it with the `Publicatiedatum`.
pub(crate) fn parse_page<'a>(
    source: &'a str,
    from: usize,
    keywords: Vec<Cow<'a, str>>,
) -> (Page<'a>, Option<NaiveDate>) {
    let mut page = Page {
        keywords,
        ..Page::default()
    };
    let mut published = None;
    let mut field = None;
    for line in Lines::new(source, from, source.len()) {
        let mut t = line.trimmed();
        if t.starts_with('©') || t.starts_with("Contact:") {
            break;
        }
        // A line may hold a heading, its value and the next heading, glued.
        while !t.is_empty() {
            if starts_with_phrase(t, "Access (") {
                let close = t.find(')').map_or(t.len(), |c| c + 1);
                page.views = views(&t[..close]);
                field = None;
                t = t[close..].trim_space();
                continue;
            }
            let value = match heading(t) {
                // In the related titles only a bare heading counts: a title may begin like one.
                Some((f, v)) if field != Some(Field::Related) || v.is_empty() => {
                    field = Some(f);
                    v
                }
                _ => t,
            };
            let (value, next) = if field == Some(Field::Related) {
                (value, None)
            } else {
                until_heading(value)
            };
            if !value.is_empty() {
                match field {
                    Some(Field::Indiener) => {
                        page.indiener = person(value);
                        field = None;
                    }
                    Some(Field::Gericht) => {
                        page.gericht = person(value);
                        field = None;
                    }
                    Some(Field::Date) => {
                        published = parse_date(value);
                        field = None;
                    }
                    Some(Field::Related) => page.related.push(Cow::Borrowed(value)),
                    None => {}
                }
            }
            t = next.unwrap_or("");
        }
    }
    (page, published)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_alone_inline_and_glued() {
        assert!(starts_page("Indiener"));
        assert!(starts_page("Indiener: Sjoerd Sjoerdsma (D66)"));
        assert!(starts_page(
            "IndienerSjoerd Sjoerdsma (D66)GerichtSigrid Kaag (D66)"
        ));
        assert!(starts_page("Publicatiedatum 18 Juli 2019Gerelateerd"));
        assert!(starts_page("Gerelateerd"));
        assert!(starts_page("© 2017-2020 Tweedemonitor"));
        assert!(!starts_page(
            "Indiener van de motie is het lid Sjoerdsma (D66)"
        ));
        assert!(!starts_page("Gerichte hulp voor (jonge) mensen"));
        assert!(!starts_page("Gerelateerd aan de vorige vraag"));
        assert!(!starts_page("Publicatiedatum van het rapport"));
        assert_eq!(
            until_heading("18 Juli 2019Gerelateerd"),
            ("18 Juli 2019", Some("Gerelateerd"))
        );
        assert_eq!(
            until_heading("Sigrid Kaag (D66)Access ( 10 )"),
            ("Sigrid Kaag (D66)", Some("Access ( 10 )"))
        );
        assert_eq!(
            until_heading("Gerelateerd nieuws"),
            ("Gerelateerd nieuws", None)
        );
        // A heading counts where it first occurs only.
        assert_eq!(
            until_heading("Gerelateerd x Gerelateerd"),
            ("Gerelateerd x Gerelateerd", None)
        );
        assert_eq!(
            until_heading("Kaag (D66)IndienerSjoerdsma (D66)"),
            ("Kaag (D66)", Some("IndienerSjoerdsma (D66)"))
        );
    }

    #[test]
    fn view_counts() {
        assert_eq!(views("Access ( 10261 )"), Some(10261));
        assert_eq!(views("Access ( 1.234 )"), Some(1234));
        assert_eq!(views("Access ( 12,345,678 )"), Some(12_345_678));
        assert_eq!(views("Access ( 1.23 )"), None);
        assert_eq!(views("Access ( 1234.567 )"), None);
        assert_eq!(views("Access ( .123 )"), None);
        assert_eq!(views("Access ( 1.234,567 )"), None);
    }
}
