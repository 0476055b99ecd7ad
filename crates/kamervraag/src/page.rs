//! Tweedemonitor page metadata: keywords, `Indiener`, `Gericht`, `Access ( N )`, `Publicatiedatum` and
//! the `Gerelateerd` titles.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::ast::{Page, Person};
use crate::dates::parse_date;
use crate::lines::Lines;
use crate::scan::{SpaceTrim, starts_with_phrase, strip_phrase};
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
    #[derive(PartialEq)]
    enum Field {
        None,
        Indiener,
        Gericht,
        Date,
        Related,
    }
    let mut field = Field::None;
    for line in Lines::new(source, from, source.len()) {
        let t = line.trimmed();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('©') || t.starts_with("Contact:") {
            break;
        }
        match t {
            "Indiener" => field = Field::Indiener,
            "Gericht" => field = Field::Gericht,
            "Publicatiedatum" => field = Field::Date,
            "Gerelateerd" => field = Field::Related,
            _ if starts_with_phrase(t, "Access (") => {
                page.views = views(t);
                field = Field::None;
            }
            _ => match field {
                Field::Indiener => {
                    page.indiener = person(t);
                    field = Field::None;
                }
                Field::Gericht => {
                    page.gericht = person(t);
                    field = Field::None;
                }
                Field::Date => {
                    // `18 Juli 2019Gerelateerd`: the next heading glued on.
                    let date_text = t.strip_suffix("Gerelateerd").unwrap_or(t);
                    published = parse_date(date_text);
                    field = if date_text.len() < t.len() {
                        Field::Related
                    } else {
                        Field::None
                    };
                }
                Field::Related => page.related.push(Cow::Borrowed(t)),
                Field::None => {}
            },
        }
    }
    (page, published)
}

#[cfg(test)]
mod tests {
    use super::*;

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
