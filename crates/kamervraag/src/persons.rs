//! Persons and offices: submitter lists with `beiden`/`allen` party groups, addressee lists split with
//! the gazetteer, and answerer lines (`Antwoord van minister X (Portfolio), mede namens …`).

use std::borrow::Cow;

use crate::ast::{Office, Person, Responder};
use crate::gazetteer::{
    is_portfolio, match_portfolio, portfolio_matches, respaced_party, respaced_portfolio,
};
use crate::scan::{SpaceTrim, outside_parens};
use crate::text::{is_space, normalize};

/// Skip white space; returns the rest.
fn ws(i: &str) -> &str {
    i.trim_start_space()
}

/// `word` (ASCII, case-insensitive) at the start of `i`, ending at a word boundary: the rest after it.
#[inline]
pub(crate) fn keyword<'a>(i: &'a str, word: &str) -> Option<&'a str> {
    let rest = prefix_ci(i, word)?;
    let ends = match rest.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !rest.chars().next().is_some_and(char::is_alphanumeric),
    };
    ends.then_some(rest)
}

/// An office word: its normalised name, whether it was plural, and the rest of the input.
fn office_word(i: &str) -> Option<(&'static str, bool, &str)> {
    office_word_glued(i, true)
}

/// [`office_word`]; with `glued`, also one whose space before a lower-case word was lost at a PDF
/// line join where only the grammar can go on: `Ministervan Financiën` (`van`/`voor` and a portfolio
/// the gazetteer knows), `Ministeren de Staatssecretaris` (`en` and another office word). Without it
/// (inside that check) nothing is looked up after the word, so the checks never nest deeper.
fn office_word_glued(i: &str, glued: bool) -> Option<(&'static str, bool, &str)> {
    /// The office words by their first letter, each list in the order they are tried.
    const MINISTER: &[(&str, &str, bool)] = &[
        ("minister-president", "minister-president", false),
        ("minister president", "minister-president", false),
        ("ministers", "minister", true),
        ("minister", "minister", false),
    ];
    const STAATSSECRETARIS: &[(&str, &str, bool)] = &[
        ("staatssecretarissen", "staatssecretaris", true),
        ("staatsecretarissen", "staatssecretaris", true),
        ("staatssecretaris", "staatssecretaris", false),
        ("staatsecretaris", "staatssecretaris", false),
    ];
    let words = match i.as_bytes().first() {
        Some(b'm' | b'M') => MINISTER,
        Some(b's' | b'S') => STAATSSECRETARIS,
        _ => return None,
    };
    // `Minister-\nPresident`: the hyphenated office word broken at a line end of PDF text.
    if let Some(r) = prefix_ci(i, "minister-") {
        let r2 = r.trim_start_space();
        if r2.len() < r.len() {
            if let Some(rest) = keyword(r2, "president") {
                return Some(("minister-president", false, rest));
            }
        }
    }
    for &(word, name, plural) in words {
        let Some(rest) = prefix_ci(i, word) else {
            continue;
        };
        // `MinisterKlimaat`: a space lost at a PDF line join; accept an upper-case letter after.
        match rest.chars().next() {
            Some(c) if c.is_lowercase() || c.is_ascii_digit() => {
                // `Minister-Presidentover de …`: the one office without a portfolio ends the list.
                let goes_on = (name == "minister-president" && keyword(rest, "over").is_some())
                    || glued
                        && (van_portfolio(rest).is_some()
                            || prefix_ci(rest, "en").is_some_and(|r| {
                                office_word_glued(article_glued(r, false), false).is_some()
                            }));
                if goes_on {
                    return Some((name, plural, rest));
                }
            }
            _ => return Some((name, plural, rest)),
        }
    }
    None
}

/// `word` (ASCII, any case) at the start of `i`, whatever follows it: the rest. The caller checks what
/// follows, for a word whose space after it a PDF line join may have lost.
#[inline]
pub(crate) fn prefix_ci<'a>(i: &'a str, word: &str) -> Option<&'a str> {
    // Bytes equal to a whole word (up to ASCII case) end at a character boundary of `i`.
    let head = i.as_bytes().get(..word.len())?;
    head.eq_ignore_ascii_case(word.as_bytes())
        .then(|| i.get(word.len()..))
        .flatten()
}

/// `word` as a word of its own (see [`keyword`]) or, where a PDF line join lost the space after it,
/// glued to a rest that `goes_on` accepts: the rest.
pub(crate) fn glued_before<'a>(
    i: &'a str,
    word: &str,
    goes_on: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    keyword(i, word).or_else(|| prefix_ci(i, word).filter(|r| goes_on(r)))
}

/// Whether `i` (after white space) opens an office: an office word, with or without its article
/// (`de Minister`, `deStaatssecretaris`, `destaatssecretaris`, `Ministers`).
pub(crate) fn opens_office(i: &str) -> bool {
    office_word(office_start(i)).is_some()
}

/// Whether the office that `i` opens (after white space and its article) is printed with a capital
/// (`de Minister`, `Staatssecretaris`), as KOOP typesetting prints it; `None` when `i` opens none.
pub(crate) fn office_capitalised(i: &str) -> Option<bool> {
    let a = office_start(i);
    office_word(a).map(|_| a.starts_with(char::is_uppercase))
}

/// `van`/`voor` and a portfolio the gazetteer knows, with or without the space between them
/// (`van Financiën`, `vanFinanciën`, `voorMedische Zorg`): the text from the portfolio on.
fn van_portfolio(i: &str) -> Option<&str> {
    ["van", "voor"].iter().find_map(|w| {
        let p = ws(prefix_ci(i, w)?);
        match_portfolio(p).map(|_| p)
    })
}

/// `van`/`voor` before a portfolio: as a word of its own (the portfolio may be one the gazetteer does
/// not know), glued to an upper-case letter (`vanBinnenlandse`), or glued to a portfolio the
/// gazetteer knows in any case. Returns the rest.
fn van_or_voor(i: &str) -> Option<&str> {
    if !matches!(i.as_bytes().first(), Some(b'v' | b'V')) {
        return None;
    }
    glued_keyword(i, "van")
        .or_else(|| glued_keyword(i, "voor"))
        .or_else(|| van_portfolio(i))
}

/// `en` as a list separator: a word of its own, glued to an upper-case letter (`enVolksgezondheid`),
/// or glued to what only a list can go on with: an office (`ende Minister`, `enstaatssecretaris`) or
/// `van`/`voor` and a known portfolio (`envan Financiën`). `enkele` and `endemisch` stay words.
fn and_word(i: &str) -> Option<&str> {
    if !matches!(i.as_bytes().first(), Some(b'e' | b'E')) {
        return None;
    }
    glued_keyword(i, "en").or_else(|| {
        let r = i.strip_prefix("en")?;
        (opens_office(r) || van_portfolio(r).is_some()).then_some(r)
    })
}

/// `word` followed by white space or, where a PDF line join lost the space, by an upper-case letter
/// (`deStaatssecretaris`, `vanBinnenlandse`, `enVolksgezondheid`).
fn glued_keyword<'a>(i: &'a str, word: &str) -> Option<&'a str> {
    keyword(i, word).or_else(|| {
        let head = i.get(..word.len())?;
        let rest = &i[word.len()..];
        (head == word && rest.starts_with(char::is_uppercase)).then_some(rest)
    })
}

/// White space and an article (`de`, `het`) at the start of `i` skipped; `de` also where a PDF line
/// join glued it to the office word after it (`deStaatssecretaris`, `destaatssecretaris`).
fn article(i: &str) -> &str {
    article_glued(i, true)
}

/// [`article`]; `glued` as in [`office_word_glued`] for the office word after a glued `de`.
fn article_glued(i: &str, glued: bool) -> &str {
    let i = ws(i);
    // `de`, `het`: other first letters open no article.
    if !matches!(i.as_bytes().first(), Some(b'd' | b'D' | b'h' | b'H')) {
        return i;
    }
    glued_keyword(i, "de")
        .or_else(|| keyword(i, "het"))
        .or_else(|| {
            let r = prefix_ci(i, "de")?;
            (office_word_glued(r, glued).is_some() || demissionair(r, glued).is_some()).then_some(r)
        })
        .map(ws)
        .unwrap_or(i)
}

/// [`article`] and `demissionair` (or `demissionaire`) before an office word skipped, also where a
/// PDF line join glued them together (`dedemissionair Minister`, `demissionairMinister`).
fn office_start(i: &str) -> &str {
    let a = article(i);
    demissionair(a, true).unwrap_or(a)
}

/// `demissionair`/`demissionaire` at the start of `i` and an office word after it (the space between
/// them may be lost): the rest from the office word on.
fn demissionair(i: &str, glued: bool) -> Option<&str> {
    let r = prefix_ci(i, "demissionair")?;
    let r = ws(r.strip_prefix('e').unwrap_or(r));
    office_word_glued(r, glued).is_some().then_some(r)
}

/// A person's name as clean text, with the space put back where a PDF line join lost it between two
/// words of the name: a lower-case letter followed by a capital (`DaniëlleJansen`, `VanNispen`, `Van
/// derWerf`), or a lower-case surname prefix glued to the word before it ([`glued_particle`]:
/// `Vander Werf`, `Olgervan Dijk`). Dutch names never join a lower-case letter to a capital inside a
/// word, but after the Scottish and Irish `Mc` and `Mac` (`McCarthy`).
fn person_name(raw: &str) -> Cow<'_, str> {
    let mut name = normalize(raw);
    if no_lost_space(&name) {
        return name;
    }
    // Twice: a prefix shows as glued only once the capital after it has its space (`VanderWerf`).
    for _ in 0..2 {
        let at = lost_spaces(&name);
        if at.is_empty() {
            break;
        }
        let mut out = String::with_capacity(name.len() + 4);
        let mut from = 0;
        for at in at {
            out.push_str(&name[from..at]);
            out.push(' ');
            from = at;
        }
        out.push_str(&name[from..]);
        name = Cow::Owned(out);
    }
    name
}

/// Whether `name` is ASCII text where [`lost_spaces`] can find nothing: no lower-case letter before a
/// capital, and neither a `van`/`Van` nor a `'t` that [`glued_particle`] could take for a glued
/// prefix. One pass over the bytes, which most names need alone.
fn no_lost_space(name: &str) -> bool {
    let b = name.as_bytes();
    let mut prev = b' ';
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii() || (prev.is_ascii_lowercase() && c.is_ascii_uppercase()) {
            return false;
        }
        // `van`, `Van` (the `an` of either) and `'t`.
        if (c == b'n' && prev == b'a' && i >= 2 && matches!(b[i - 2], b'v' | b'V'))
            || (c == b't' && prev == b'\'')
        {
            return false;
        }
        prev = c;
    }
    true
}

/// Where [`person_name`] puts a space back in `name`, in order: before each capital that follows a
/// lower-case letter in the same word (a word ends at a space or hyphen), but after `Mc` or `Mac`;
/// and where [`glued_particle`] finds a prefix glued to a word that the name goes on after.
fn lost_spaces(name: &str) -> Vec<usize> {
    let mut at = Vec::new();
    let mut word_start = 0;
    let mut prev = None;
    for (i, c) in name.char_indices() {
        let after_lower = prev.replace(c).is_some_and(char::is_lowercase);
        if c == ' ' || c == '-' {
            word_start = i + c.len_utf8();
        } else if c.is_uppercase() && after_lower && !matches!(&name[word_start..i], "Mc" | "Mac") {
            word_start = i;
            at.push(i);
        }
    }
    let mut words = name
        .split([' ', '-'])
        .map(|w| (offset(name, w), w))
        .peekable();
    while let Some((start, word)) = words.next() {
        if let Some(p) = words
            .peek()
            .and_then(|&(_, next)| glued_particle(word, next))
        {
            at.push(start + p);
        }
    }
    at.sort_unstable();
    at.dedup();
    at
}

/// Where a PDF line join glued a lower-case surname prefix to `word`, given the `next` word of the
/// name (there is one: a prefix never ends a name): `Vander`, `Vanden`, `Vande` (`Van der Werf`;
/// Dutch never writes them as one word before a surname) after `Van`; and `van` after a capitalised
/// first name of four letters or more (`Olgervan Dijk`, `Ingevan der Plas`; `Ivan` and `Stevan`
/// stay whole) when a capital or another prefix follows; and `’t` after any word (`In’t Veld`). The
/// byte offset in `word` of the space. Other prefixes (`de`, `der`, `ter`) end too many first names
/// (`Claude`, `Alexander`, `Peter`).
fn glued_particle(word: &str, next: &str) -> Option<usize> {
    const AFTER_VAN: &[&str] = &["der", "den", "de"];
    let tail = word
        .strip_prefix("Van")
        .or_else(|| word.strip_prefix("van"));
    if tail.is_some_and(|t| AFTER_VAN.contains(&t)) {
        return Some(3);
    }
    // `In’t Veld`, `Van't Wout`: the prefix `’t` glued to the word before it.
    if let Some(stem) = word.strip_suffix("’t").or_else(|| word.strip_suffix("'t")) {
        if !stem.is_empty() && stem.chars().all(char::is_alphabetic) {
            return Some(stem.len());
        }
    }
    let stem = word.strip_suffix("van")?;
    let first_name = stem.chars().count() >= 4
        && stem.starts_with(char::is_uppercase)
        && stem.chars().all(char::is_alphabetic);
    let goes_on = next.starts_with(char::is_uppercase) || AFTER_VAN.contains(&next);
    (first_name && goes_on).then_some(stem.len())
}

/// Parse a submitter list: `Van Ojik en Diks (beiden GroenLinks)`, `Beckerman (SP), Bushoff , Kröger
/// (beiden GroenLinks-PvdA) en Teunissen (PvdD)`. A party applies to every name since the previous one.
pub(crate) fn parse_submitters(raw: &str) -> Vec<Person<'_>> {
    let items = split_list(raw);
    let mut people: Vec<Person<'_>> = Vec::with_capacity(items.len());
    let mut pending = 0usize; // names at the end of `people` still waiting for a party
    for item in items {
        let item = item.trim_matches(|c: char| is_space(c) || c == ',');
        if item.is_empty() {
            continue;
        }
        let (mut pair, mut group) = (false, false);
        let (name_part, party) = match item.find('(') {
            Some(open) => {
                let inner = &item[open + 1..];
                let inner = inner.find(')').map_or(inner, |close| &inner[..close]);
                let mut inner = ws(inner);
                // The group words start with `b` or `a`; most brackets hold the party alone.
                if matches!(inner.as_bytes().first(), Some(b'a' | b'A' | b'b' | b'B')) {
                    pair = keyword(inner, "beiden").is_some() || keyword(inner, "beide").is_some();
                    group = ["allen", "alle"].iter().any(|w| {
                        glued_before(inner, w, |r| r.starts_with(char::is_uppercase)).is_some()
                    });
                    // `(beidenGroenLinks-PvdA)`: a party after a group word lost at a PDF line join.
                    inner = ["beiden", "beide", "allen", "alle"]
                        .iter()
                        .find_map(|w| {
                            glued_before(inner, w, |r| {
                                r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            })
                        })
                        .map(ws)
                        .unwrap_or(inner);
                }
                (&item[..open], Some(inner.trim_space()))
            }
            None => (item, None),
        };
        let mut name = name_part.trim_space();
        // `Krögeren Van Dijk (beiden …)`: an ` en` that a PDF line join glued to the name before it.
        // The list needs one before the last name of a pair (`beiden`, this the only name yet) or of
        // a group of three or more (`allen`, a name before this one, which follows a comma).
        let after_comma = raw[..offset(raw, item)].trim_end_space().ends_with(',');
        let last = (pair && pending == 0) || (group && pending >= 1 && after_comma);
        if let Some((first, second)) = glued_and(name, last) {
            people.push(Person {
                name: person_name(first),
                party: None,
            });
            pending += 1;
            name = second;
        }
        for suffix in ["c.s.", "cs"] {
            if let Some(n) = name.strip_suffix(suffix) {
                name = n.trim_end_space();
            }
        }
        // `het lid Thieme en het lid Ouwehand (…)`: a party's own texts repeat the article and noun.
        // Both start with `h`, `d` or `l`, which most names do not.
        if matches!(
            name.as_bytes().first(),
            Some(b'h' | b'H' | b'd' | b'D' | b'l' | b'L')
        ) {
            if let Some(n) = ["het", "de"]
                .iter()
                .find_map(|a| keyword(name, a))
                .map(ws)
                .and_then(|r| keyword(r, "lid").or_else(|| keyword(r, "leden")))
            {
                name = n.trim_start_space();
            }
            for prefix in ["lid ", "Lid "] {
                if let Some(n) = name.strip_prefix(prefix) {
                    name = n.trim_start_space();
                }
            }
        }
        if !name.is_empty() {
            people.push(Person {
                name: person_name(name),
                party: None,
            });
            pending += 1;
        }
        if let Some(party) = party.filter(|p| !p.is_empty()) {
            let n = people.len();
            let label = party_label(party);
            for p in &mut people[n - pending..] {
                p.party = Some(label.clone());
            }
            pending = 0;
        }
    }
    people
}

/// A party label as printed, white space collapsed; a line break that a re-wrap put inside an
/// abbreviation (`(V` / `VD)`, `(D` / `66)`) is dropped: no abbreviation holds a space, and a break
/// between two runs of capitals and digits is one. Full names keep theirs (`Nieuw Sociaal` /
/// `Contract`), and get back one a PDF line join lost (`NieuwSociaal Contract`, [`respaced_party`]).
fn party_label(party: &str) -> Cow<'_, str> {
    let caps = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    if let Some(nl) = party.find('\n') {
        let (before, after) = (
            party[..nl].trim_end_space(),
            party[nl + 1..].trim_start_space(),
        );
        let tail = before.rsplit(is_space).next().unwrap_or("");
        let head = after.split(is_space).next().unwrap_or("");
        if caps(tail) && caps(head) {
            return Cow::Owned(normalize(&format!("{before}{after}")).into_owned());
        }
    }
    let label = normalize(party);
    match respaced_party(&label) {
        Some(known) => Cow::Borrowed(known),
        None => label,
    }
}

/// A name with the list's ` en` glued to its last word by a PDF line join (`Krögeren Van Dijk`), or
/// with both its spaces lost (`Den HaanenPaternotte`, an `en` between a lower-case letter and a
/// capital): the two names. Only where that is safe: the word after it is a capitalised surname
/// prefix (`Van`, `De`, …; a first name before a prefix prints it in lower case, `Inge van Dijk`), or
/// `last` (the list needs an `en` before this name: see [`parse_submitters`]) and the word after it
/// is capitalised.
fn glued_and(name: &str, last: bool) -> Option<(&str, &str)> {
    const PREFIXES: &[&str] = &[
        "Van", "De", "Den", "Der", "Ter", "Ten", "Te", "El", "’t", "'t",
    ];
    // Both forms hold the `en`: most names have none.
    en_positions(name).next()?;
    let ok = |stem: &str, after: &str| {
        let first = after.split(is_space).next().unwrap_or("");
        stem.chars().count() >= 2
            && stem.starts_with(char::is_uppercase)
            && (PREFIXES.contains(&first) || (last && after.starts_with(char::is_uppercase)))
    };
    let words = || {
        name.split(is_space)
            .filter(|w| !w.is_empty())
            .map(|w| (offset(name, w), w))
    };
    let mut next = words().skip(1);
    words().find_map(|(at, w)| {
        let following = next.next();
        // `HaanenPaternotte`: `en` inside the word, after a lower-case letter, before a capital.
        let inside = en_positions(w).find(|&p| {
            let (stem, after) = (&w[..p], &name[at + p + 2..]);
            stem.ends_with(char::is_lowercase) && ok(stem, after)
        });
        if let Some(p) = inside {
            return Some((&name[..at + p], &name[at + p + 2..]));
        }
        let (after_at, _) = following?;
        let stem = w.strip_suffix("en")?;
        ok(stem, &name[after_at..]).then(|| (&name[..at + stem.len()], &name[after_at..]))
    })
}

/// Where `en` stands in `w`, in order: a byte scan (`str::match_indices` sets up a substring search
/// for each word).
fn en_positions(w: &str) -> impl Iterator<Item = usize> + '_ {
    w.as_bytes()
        .windows(2)
        .enumerate()
        .filter_map(|(p, pair)| (pair == b"en").then_some(p))
}

/// Byte offset of `sub`, a slice of `text`, within `text`.
fn offset(text: &str, sub: &str) -> usize {
    sub.as_ptr() as usize - text.as_ptr() as usize
}

/// Split at `,` and ` en ` outside parentheses; also at an `en` that a PDF line join glued to the
/// bracket before it (`(SP)en Teunissen`) or to the name after it (`Kröger enGabriëls`).
fn split_list(raw: &str) -> Vec<&str> {
    let mut parts = Vec::with_capacity(8);
    let mut start = 0;
    for i in outside_parens(raw) {
        // `start` passes `en` by two bytes: its `n` is no separator.
        if i < start {
            continue;
        }
        match raw.as_bytes()[i] {
            b',' => {
                parts.push(&raw[start..i]);
                start = i + 1;
            }
            b'e' if i > 0
                && raw[i..].starts_with("en")
                && ((raw[..i].ends_with(|c: char| is_space(c) || c == ')')
                    && raw[i + 2..].starts_with(|c: char| c.is_whitespace()))
                    || (raw[..i].ends_with(is_space)
                        && (raw[i + 2..].starts_with(char::is_uppercase)
                            || ["’t ", "'t "].iter().any(|t| raw[i + 2..].starts_with(t))))) =>
            {
                parts.push(&raw[start..i]);
                start = i + 2;
            }
            _ => {}
        }
    }
    parts.push(&raw[start..]);
    parts
}

/// Parse an addressee list starting right after `aan` (or `mede namens`), up to where it stops
/// (`over`, `(ontvangen`, end). Returns the offices and the unparsed rest.
pub(crate) fn parse_offices(raw: &str) -> (Vec<Office<'_>>, &str) {
    let mut offices = Vec::new();
    // The office words of the group being read, one buffer for all groups.
    let mut words: Vec<(&'static str, bool)> = Vec::new();
    let mut rest = raw;
    loop {
        // `de demissionair Minister`, also glued by a PDF line join (`dedemissionairMinister`).
        let i = office_start(rest);
        // One or more office words sharing the portfolios that follow: `Minister en de Staatssecretaris van`.
        words.clear();
        let mut j = i;
        while let Some((name, plural, after)) = office_word(j) {
            words.push((name, plural));
            j = after;
            // The minister-president shares no portfolio: in `Minister-President en de Minister van
            // Financiën` the portfolio is the minister's alone.
            if name == "minister-president" {
                break;
            }
            let k = ws(j);
            match and_word(k) {
                Some(after_en) if office_word(office_start(after_en)).is_some() => {
                    j = office_start(after_en)
                }
                _ => break,
            }
        }
        if words.is_empty() {
            break;
        }
        // `minister-president, minister van Algemene Zaken`
        if words == [("minister-president", false)] {
            let k = ws(j.trim_start_matches(',').trim_start_space());
            if let Some((_, _, after)) = office_word(k).filter(|w| w.0 == "minister") {
                j = after;
            } else {
                offices.push(Office {
                    office: Cow::Borrowed("minister-president"),
                    portfolio: None,
                });
                rest = j;
                if !continue_list(&mut rest) {
                    break;
                }
                continue;
            }
        }
        let k = ws(j);
        // `mede namens staatssecretaris Van Rij (Financiën)`: one office named by its holder.
        if let [(name, false)] = words[..] {
            if let Some((portfolio, after)) = named_office(k) {
                offices.push(Office {
                    office: Cow::Borrowed(name),
                    portfolio,
                });
                rest = after;
                if !continue_list(&mut rest) {
                    break;
                }
                continue;
            }
        }
        j = van_or_voor(k).unwrap_or(k);
        // The portfolios of this group.
        loop {
            let p = ws(j);
            let mut len = list_portfolio(p).unwrap_or_else(|| fallback_portfolio(p));
            if len == 0 {
                rest = p;
                return (offices, rest);
            }
            if words.iter().any(|w| w.0 == "staatssecretaris") {
                len += dash_suffix(&p[len..]);
            }
            let portfolio = portfolio_text(&p[..len]);
            for &(name, _) in &words {
                offices.push(Office {
                    office: Cow::Borrowed(name),
                    portfolio: Some(portfolio.clone()),
                });
            }
            j = &p[len..];
            // Another portfolio for the same office words?
            let after_sep = list_separator(ws(j));
            match after_sep {
                Some(a) if van_or_voor(a).is_some() => j = van_or_voor(a).unwrap_or(a),
                Some(a)
                    if office_word(office_start(a)).is_none() && match_portfolio(a).is_some() =>
                {
                    j = a
                }
                _ => break,
            }
        }
        rest = j;
        if !continue_list(&mut rest) {
            break;
        }
    }
    (offices, rest)
}

/// An office's holder named after the office word instead of its portfolio (`staatssecretaris Van
/// Rij (Financiën)`, `minister Heinen`): the portfolio in the bracket after the name, if any, and the
/// rest. The name is capitalised words and lower-case surname prefixes between them; `None` where
/// `k` opens a portfolio instead (`Van Financiën`, a glued `MinisterKlimaat en Groene Groei`).
fn named_office(k: &str) -> Option<(Option<Cow<'_, str>>, &str)> {
    const PREFIXES: &[&str] = &[
        "van", "de", "der", "den", "ter", "ten", "te", "’t", "'t", "in",
    ];
    if !k.starts_with(char::is_uppercase)
        || office_portfolio(k).is_some()
        || match_portfolio(k).is_some()
    {
        return None;
    }
    let mut end = 0;
    for w in k.split(is_space).filter(|w| !w.is_empty()) {
        if w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') {
            end = offset(k, w) + w.len();
        } else if !PREFIXES.contains(&w) {
            break;
        }
    }
    let after = ws(&k[end..]);
    match after.strip_prefix('(') {
        Some(inner) if keyword(inner, "ontvangen").is_none() => {
            let close = inner.find([')', '('])?;
            let portfolio = inner[..close].trim_space();
            let rest = inner[close..].strip_prefix(')').unwrap_or(&inner[close..]);
            Some((
                (!portfolio.is_empty()).then(|| portfolio_text(portfolio)),
                rest,
            ))
        }
        _ => Some((None, &k[end..])),
    }
}

/// The portfolio that a list names at the start of `p`: the longest name the gazetteer knows after
/// which the list can go on, or else the longest. Names share words, so the longest can take a word of
/// the next: in `Ministers van Economische Zaken en Klimaat en Groene Groei` (2024–2026), after
/// `Economische Zaken en Klimaat` the rest `en Groene Groei` names nothing, after `Economische Zaken`
/// the rest names `Klimaat en Groene Groei`.
fn list_portfolio(p: &str) -> Option<usize> {
    let mut names = portfolio_matches(p);
    let longest = names.next()?;
    if list_goes_on(&p[longest..]) {
        return Some(longest);
    }
    names.find(|&n| list_goes_on(&p[n..])).or(Some(longest))
}

/// Whether `rest`, after a portfolio, ends the list or goes on with it: nothing, punctuation, a bracket
/// or a dash (a staatssecretaris's suffix), `over` (also glued: `Sportover`), `mede namens`, or `en`
/// before an office, a `van`/`voor` or a portfolio the gazetteer knows.
fn list_goes_on(rest: &str) -> bool {
    let k = ws(rest);
    k.is_empty()
        || k.starts_with(['(', ')', ',', '.', ':', ';', '–', '-', '—'])
        || prefix_ci(k, "over").is_some()
        || mede_namens(k).is_some()
        || and_word(k).map(ws).is_some_and(|a| {
            opens_office(a) || van_or_voor(a).is_some() || match_portfolio(a).is_some()
        })
}

/// What follows a list separator at the start of `k`: ` en `, `,` or `, en ` (and white space).
fn list_separator(k: &str) -> Option<&str> {
    and_word(k)
        .or_else(|| {
            let r = ws(k.strip_prefix(',')?);
            Some(and_word(r).unwrap_or(r))
        })
        .map(ws)
}

/// After an office group: `, de …` / ` en de …` / `, en de …` / ` en staatssecretaris …` continue the
/// list.
fn continue_list(rest: &mut &str) -> bool {
    let after = list_separator(ws(rest));
    match after {
        Some(a) if office_word(office_start(a)).is_some() => {
            *rest = a;
            true
        }
        _ => false,
    }
}

/// A staatssecretaris's own portfolio after the ministry, set off by a dash (`van Financiën –
/// Fiscaliteit en Belastingdienst`): its length from the start of `p` (the white space before the
/// dash included), or 0. A PDF line join may have lost the space on one side of the dash (`Sport
/// –Jeugd`, `Sport– Jeugd`), not on both. The suffix is a title the gazetteer knows where the list
/// goes on after it (so that a glued `Toeslagenover` ends it too), or else free text that ends where
/// the list or the intro goes on.
fn dash_suffix(p: &str) -> usize {
    let k = ws(p);
    let spaced_before = k.len() < p.len();
    let Some(text) = ['–', '-', '—']
        .iter()
        .find_map(|d| k.strip_prefix(*d))
        .filter(|t| {
            t.starts_with(is_space) || (spaced_before && t.starts_with(char::is_uppercase))
        })
    else {
        return 0;
    };
    let text = ws(text);
    let mut end = list_portfolio(text)
        .filter(|&n| list_goes_on(&text[n..]))
        .unwrap_or_else(|| fallback_portfolio(text));
    for stop in [", de ", ", het "] {
        if let Some(i) = text[..end].find(stop) {
            end = i;
        }
    }
    if end == 0 {
        return 0;
    }
    p.len() - text.len() + end
}

/// A portfolio the gazetteer does not know: up to a `)`, or to a word that ends it: `over`, a bracket
/// (`(ontvangen`), `mede namens`, or an `en` or `,` that goes on with another office (`en de …`, `en
/// het …`, `en staatssecretaris …`, `, de Minister …`). White space of any kind stands between the
/// words, a line break of wrapped PDF text too (`Cultuur en Media over`/`de uitspraken`).
fn fallback_portfolio(p: &str) -> usize {
    let mut end = p.find(')').unwrap_or(p.len());
    // Each word that follows white space (or a `,` and white space) may stop the name.
    let mut i = 0;
    while i < end {
        let Some(c) = p[i..end].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if !is_space(c) {
            continue;
        }
        let w = ws(&p[i..end]);
        if w.is_empty() {
            break;
        }
        let before = p[..i - c.len_utf8()].trim_end_space();
        let stops = if before.ends_with(',') {
            // `, de Minister van …`, `, mede namens …`
            opens_office(w) || mede_namens(w).is_some()
        } else {
            keyword(w, "over").is_some_and(|r| r.starts_with(is_space))
                || w.starts_with('(')
                || mede_namens(w).is_some()
                || keyword(w, "en").is_some_and(|r| {
                    let r = ws(r);
                    keyword(r, "de").is_some() || keyword(r, "het").is_some() || opens_office(r)
                })
        };
        if stops {
            end = if before.ends_with(',') {
                before.len() - 1
            } else {
                before.len()
            };
            break;
        }
        i = end - w.len();
    }
    p[..end]
        .trim_end_matches(|c: char| is_space(c) || c == ',' || c == '.')
        .len()
}

/// A portfolio as printed, white space collapsed; the gazetteer's spelling where a PDF line join lost
/// a space in it ([`respaced_portfolio`]).
fn portfolio_text(raw: &str) -> Cow<'_, str> {
    // A name spelt as the gazetteer spells it is clean text already, and respaces as nothing else.
    if is_portfolio(raw) {
        return Cow::Borrowed(raw);
    }
    let text = normalize(raw);
    match respaced_portfolio(&text) {
        Some(name) => Cow::Borrowed(name),
        None => text,
    }
}

/// `van Buitenlandse Zaken` after an office word where a name would stand: a portfolio the gazetteer
/// knows, followed by the end of the responder (`(`, `,`, `mede namens`, `en`, end of text). Returns
/// the portfolio and the rest.
fn office_portfolio(after: &str) -> Option<(Cow<'_, str>, &str)> {
    let p = ws(van_or_voor(after)?);
    let len = match_portfolio(p)?;
    let rest = &p[len..];
    let k = ws(rest);
    let ends = k.is_empty()
        || k.starts_with(['(', ',', '.'])
        || mede_namens(k).is_some()
        || keyword(k, "en").is_some();
    ends.then(|| (portfolio_text(&p[..len]), rest))
}

/// A responder's name and portfolio, and the rest of the line after them.
type ResponderParts<'a> = (Option<Cow<'a, str>>, Option<Cow<'a, str>>, &'a str);

/// `Agema (Volksgezondheid, Welzijn en Sport)`: the name up to the opening parenthesis of the portfolio
/// (or `,`/`(ontvangen` when there is none), the portfolio, and the rest.
fn named_responder(after: &str) -> ResponderParts<'_> {
    let open = after.find('(').unwrap_or(after.len());
    let name_end = after[..open].find(',').unwrap_or(open);
    let name = after[..name_end].trim_space();
    let mut portfolio = None;
    let mut j = &after[name_end..];
    if name_end == open && keyword(&after[open..], "(ontvangen").is_none() && open < after.len() {
        let inner = &after[open + 1..];
        let close = inner.find(')').unwrap_or(inner.len());
        // Unbalanced `(Volksgezondheid, Welzijn en Sport (ontvangen …)`.
        let nested = inner[..close].find('(').unwrap_or(close);
        // … and then `, mede namens …` before that `(ontvangen`: no portfolio holds `mede namens`.
        let mede = (nested < close)
            .then(|| mede_namens_at(&inner[..nested]))
            .flatten();
        if let Some(m) = mede {
            portfolio = Some(portfolio_text(
                inner[..m].trim_end_matches(|c: char| is_space(c) || c == ','),
            ));
            j = &inner[m..];
        } else {
            portfolio = Some(portfolio_text(inner[..nested].trim_space()));
            j = if nested < close {
                &inner[nested..]
            } else {
                &inner[(close + 1).min(inner.len())..]
            };
        }
    }
    ((!name.is_empty()).then(|| person_name(name)), portfolio, j)
}

/// Where the words `mede namens` start in `s` (after a space or comma), if they do.
fn mede_namens_at(s: &str) -> Option<usize> {
    s.match_indices("mede").map(|(i, _)| i).find(|&i| {
        (i == 0 || s[..i].ends_with(|c: char| is_space(c) || c == ','))
            && mede_namens(&s[i..]).is_some()
    })
}

/// `mede namens` at the start of `k`, also where a PDF line join lost a space in it or after it
/// (`medenamens`, `namensde Minister`, `namensMinister`): the rest after `namens`.
fn mede_namens(k: &str) -> Option<&str> {
    let m = glued_before(k, "mede", |r| prefix_ci(r, "namens").is_some())?;
    glued_before(ws(m), "namens", opens_office)
}

/// `en antwoord van` (or, unless `antwoord` is required, `en van`) before a further responder, also
/// where PDF line joins lost spaces in it (`enantwoord van`, `en vanStaatssecretaris`): the rest after
/// `van`.
fn next_responder(k: &str, antwoord_required: bool) -> Option<&str> {
    fn van(r: &str) -> Option<&str> {
        glued_before(r, "van", opens_office)
    }
    fn antwoord(r: &str) -> Option<&str> {
        glued_before(r, "antwoord", |a| van(ws(a)).is_some()).map(ws)
    }
    let r = ws(glued_before(k, "en", |r| {
        antwoord(r).is_some() || (!antwoord_required && van(r).is_some())
    })?);
    match antwoord(r) {
        Some(r) => van(r),
        None if !antwoord_required => van(r),
        None => None,
    }
}

/// Parse what follows `Antwoord van` / `Mededeling van`: the responders and `mede namens` offices.
/// Returns them with the rest (normally `(ontvangen …)`).
pub(crate) fn parse_responders(raw: &str) -> (Vec<Responder<'_>>, Vec<Office<'_>>, &str) {
    let mut responders = Vec::new();
    let mut co = Vec::new();
    let mut rest = raw;
    loop {
        let i = office_start(rest);
        let Some((office, _, after)) = office_word(i) else {
            break;
        };
        let mut after = ws(after);
        // `de Minister-President, Minister van Algemene Zaken`: one office, its portfolio after the
        // second office word.
        if office == "minister-president" {
            let k = ws(after.strip_prefix(',').unwrap_or(after));
            if let Some(("minister", false, a)) = office_word(k) {
                if office_portfolio(ws(a)).is_some() {
                    after = ws(a);
                }
            }
        }
        let (name, portfolio, j) = match office_portfolio(after) {
            // No name, the office with its portfolio: `Antwoord van de Minister van Buitenlandse Zaken`.
            Some((portfolio, j)) => (None, Some(portfolio), j),
            None => named_responder(after),
        };
        responders.push(Responder {
            office: Cow::Borrowed(office),
            name,
            portfolio,
        });
        let k = ws(j.trim_start_matches(',')).trim_start_space();
        if let Some(m) = mede_namens(k) {
            let (offices, r) = parse_offices(m);
            co.extend(offices);
            rest = r;
            if let Some(r) = next_responder(ws(rest), true) {
                rest = r;
                continue;
            }
            break;
        }
        if let Some(r) = next_responder(k, false) {
            rest = r;
            continue;
        }
        rest = k;
        break;
    }
    (responders, co, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_get_back_the_space_a_line_join_lost() {
        for (raw, want) in [
            ("DaniëlleJansen", "Daniëlle Jansen"),
            ("VanNispen", "Van Nispen"),
            ("Van derWerf", "Van der Werf"),
            ("Faber-Van deKlashorst", "Faber-Van de Klashorst"),
            ("McCarthy", "McCarthy"),
            ("MacLeod", "MacLeod"),
            ("Yeşilgöz-Zegerius", "Yeşilgöz-Zegerius"),
            ("El Abassi", "El Abassi"),
            ("Kostic ´", "Kostic ´"),
            ("Vander Werf", "Van der Werf"),
            ("Faber-Vande Klashorst", "Faber-Van de Klashorst"),
            ("Olgervan Dijk", "Olger van Dijk"),
            ("Ingevan der Plas", "Inge van der Plas"),
            ("Ivan Dijk", "Ivan Dijk"),
            ("Stevan Dijk", "Stevan Dijk"),
            ("Peter Omtzigt", "Peter Omtzigt"),
            ("Vanderbilt", "Vanderbilt"),
            ("In’t Veld", "In ’t Veld"),
            ("VanderWerf", "Van der Werf"),
            ("OlgervanDijk", "Olger van Dijk"),
            ("Van't Wout", "Van 't Wout"),
            ("’t Hart", "’t Hart"),
        ] {
            assert_eq!(person_name(raw), want, "{raw}");
        }
        assert!(matches!(person_name("Van der Plas"), Cow::Borrowed(_)));
        assert!(matches!(person_name("McCarthy"), Cow::Borrowed(_)));
    }

    fn names(p: &[Person<'_>]) -> Vec<(String, Option<String>)> {
        p.iter()
            .map(|p| (p.name.to_string(), p.party.as_ref().map(|s| s.to_string())))
            .collect()
    }

    #[test]
    fn submitters_with_groups() {
        let p = parse_submitters(
            "Sneller , Bamenga , Rooderkerk (allen D66) en Gabriëls (GroenLinks-PvdA)",
        );
        assert_eq!(
            names(&p),
            vec![
                ("Sneller".into(), Some("D66".into())),
                ("Bamenga".into(), Some("D66".into())),
                ("Rooderkerk".into(), Some("D66".into())),
                ("Gabriëls".into(), Some("GroenLinks-PvdA".into())),
            ]
        );
        let p = parse_submitters("Van\nNispen (SP)");
        assert_eq!(names(&p), vec![("Van Nispen".into(), Some("SP".into()))]);
        let p = parse_submitters("Thieme en het lid Ouwehand (Partij voor de Dieren)");
        assert_eq!(
            names(&p),
            vec![
                ("Thieme".into(), Some("Partij voor de Dieren".into())),
                ("Ouwehand".into(), Some("Partij voor de Dieren".into())),
            ]
        );
        let p = parse_submitters("De Roon (PVV) en de leden De Graaf en Het Lidmaat (beiden PVV)");
        assert_eq!(
            names(&p),
            vec![
                ("De Roon".into(), Some("PVV".into())),
                ("De Graaf".into(), Some("PVV".into())),
                ("Het Lidmaat".into(), Some("PVV".into())),
            ]
        );
    }

    fn offices(raw: &str) -> Vec<(String, Option<String>)> {
        parse_offices(raw)
            .0
            .iter()
            .map(|o| {
                (
                    o.office.to_string(),
                    o.portfolio.as_ref().map(|s| s.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn addressees_split_with_gazetteer() {
        assert_eq!(
            offices("de Ministers van Justitie en Veiligheid en van Buitenlandse Zaken over iets"),
            vec![
                ("minister".into(), Some("Justitie en Veiligheid".into())),
                ("minister".into(), Some("Buitenlandse Zaken".into()))
            ]
        );
        assert_eq!(
            offices(
                "de Minister en de Staatssecretaris van Volksgezondheid, Welzijn en Sport over x"
            ),
            vec![
                (
                    "minister".into(),
                    Some("Volksgezondheid, Welzijn en Sport".into())
                ),
                (
                    "staatssecretaris".into(),
                    Some("Volksgezondheid, Welzijn en Sport".into())
                )
            ]
        );
        assert_eq!(
            offices(
                "de Staatssecretarissen van Onderwijs, Cultuur en Wetenschap en Volksgezondheid, Welzijn en Sport over x"
            ),
            vec![
                (
                    "staatssecretaris".into(),
                    Some("Onderwijs, Cultuur en Wetenschap".into())
                ),
                (
                    "staatssecretaris".into(),
                    Some("Volksgezondheid, Welzijn en Sport".into())
                )
            ]
        );
        assert_eq!(
            offices(
                "de minister van Asiel en Migratie en de staatssecretaris van Volksgezondheid, Welzijn en Sportover x"
            ),
            vec![
                ("minister".into(), Some("Asiel en Migratie".into())),
                (
                    "staatssecretaris".into(),
                    Some("Volksgezondheid, Welzijn en Sport".into())
                )
            ]
        );
        assert_eq!(
            offices(
                "de Ministers van\nKlimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid en deStaatssecretaris van Infrastructuur en Waterstaat over het"
            ),
            vec![
                ("minister".into(), Some("Klimaat en Groene Groei".into())),
                (
                    "minister".into(),
                    Some("Sociale Zaken en Werkgelegenheid".into())
                ),
                (
                    "staatssecretaris".into(),
                    Some("Infrastructuur en Waterstaat".into())
                )
            ]
        );
        assert_eq!(
            offices("de demissionairMinister van Financiën over x"),
            vec![("minister".into(), Some("Financiën".into()))]
        );
        assert!(offices("de demissionairsregeling van Financiën").is_empty());
        let (o, rest) = parse_offices("de minister van Ruimte en Vrede over de zaak");
        assert_eq!(o[0].portfolio.as_deref(), Some("Ruimte en Vrede"));
        assert!(rest.trim_start_space().starts_with("over"));
    }

    #[test]
    fn a_shorter_portfolio_where_the_longest_leaves_a_rest_that_names_nothing() {
        // `Economische Zaken en Klimaat` would leave `en Groene Groei`: EZ and KGG (2024–2026).
        assert_eq!(
            offices(
                "de Ministers van Economische Zaken en Klimaat en Groene\nGroei over de netten"
            ),
            vec![
                ("minister".into(), Some("Economische Zaken".into())),
                ("minister".into(), Some("Klimaat en Groene Groei".into()))
            ]
        );
        // The longest name is kept where the list goes on after it.
        assert_eq!(
            offices("de Ministers van Economische Zaken en Klimaat en van Financiën over x"),
            vec![
                (
                    "minister".into(),
                    Some("Economische Zaken en Klimaat".into())
                ),
                ("minister".into(), Some("Financiën".into()))
            ]
        );
        assert_eq!(
            offices(
                "de Minister van Economische Zaken en Klimaat en de Staatssecretaris van Financiën"
            ),
            vec![
                (
                    "minister".into(),
                    Some("Economische Zaken en Klimaat".into())
                ),
                ("staatssecretaris".into(), Some("Financiën".into()))
            ]
        );
        // … and where no shorter name does better.
        assert_eq!(
            offices("de Minister van Economische Zaken en Klimaat en Innovatie over x"),
            vec![(
                "minister".into(),
                Some("Economische Zaken en Klimaat".into())
            )]
        );
    }

    #[test]
    fn dash_suffix_where_a_line_join_lost_a_space() {
        for (raw, want) in [
            (
                "de Staatssecretaris van Financiën –Herstel en Toeslagen over x",
                "Financiën –Herstel en Toeslagen",
            ),
            (
                "de Staatssecretaris van Financiën– Herstel en Toeslagen over x",
                "Financiën– Herstel en Toeslagen",
            ),
            (
                "de Staatssecretaris van Financiën – Herstel en Toeslagenover x",
                "Financiën – Herstel en Toeslagen",
            ),
            (
                "de staatssecretaris van Justitie en Veiligheid - rechtsbescherming en gevangeniswezen en de minister van Defensie",
                "Justitie en Veiligheid - rechtsbescherming en gevangeniswezen",
            ),
        ] {
            assert_eq!(offices(raw)[0].1.as_deref(), Some(want), "{raw}");
        }
        // A hyphen glued on both sides sets off no suffix.
        assert_eq!(
            offices("de Staatssecretaris van Financiën-Herstel over x")[0]
                .1
                .as_deref(),
            Some("Financiën")
        );
    }

    #[test]
    fn unknown_portfolio_ends_at_a_line_broken_stop_or_the_next_office() {
        // Portfolios the gazetteer lacks end where the list or the intro goes on, also where a line
        // break of wrapped PDF text stands between the words.
        assert_eq!(
            offices("de Staatssecretaris van Bouw en Ruimte over\nde vergunningen"),
            vec![("staatssecretaris".into(), Some("Bouw en Ruimte".into()))]
        );
        assert_eq!(
            offices("de Staatssecretaris van Bouw en Ruimte en\nde Minister van Defensie over x"),
            vec![
                ("staatssecretaris".into(), Some("Bouw en Ruimte".into())),
                ("minister".into(), Some("Defensie".into()))
            ]
        );
        assert_eq!(
            offices(
                "de Staatssecretaris van Wegen, Bruggen en Sluizen, de Ministers\nvoor Medische Zorg en van Financiën en staatssecretaris van Kust en Zee\n(ontvangen 1 mei 2025)"
            ),
            vec![
                (
                    "staatssecretaris".into(),
                    Some("Wegen, Bruggen en Sluizen".into())
                ),
                ("minister".into(), Some("Medische Zorg".into())),
                ("minister".into(), Some("Financiën".into())),
                ("staatssecretaris".into(), Some("Kust en Zee".into()))
            ]
        );
        // Words that only look like a stop stay in the name.
        assert_eq!(
            offices("de minister van Overleg en Deelname over x"),
            vec![("minister".into(), Some("Overleg en Deelname".into()))]
        );
        assert_eq!(
            offices("de staatssecretaris van Jeugd, Preventie en Sport, mede\nnamens de minister"),
            vec![(
                "staatssecretaris".into(),
                Some("Jeugd, Preventie en Sport".into())
            )]
        );
    }

    #[test]
    fn words_glued_by_a_line_join_only_where_the_grammar_goes_on() {
        assert_eq!(
            office_word("Ministervan Financiën").map(|w| w.2),
            Some("van Financiën")
        );
        assert_eq!(
            office_word("Ministersvoor Medische Zorg").map(|w| w.1),
            Some(true)
        );
        assert_eq!(
            office_word("Ministeren de Staatssecretaris").map(|w| w.0),
            Some("minister")
        );
        assert_eq!(
            office_word("Minister-\nPresident, Minister").map(|w| (w.0, w.2)),
            Some(("minister-president", ", Minister"))
        );
        assert_eq!(
            offices("de Minister-\nPresident, Minister van Algemene Zaken over x"),
            vec![("minister-president".into(), Some("Algemene Zaken".into()))]
        );
        assert_eq!(
            office_word("Minister- Presidentieel").map(|w| w.0),
            Some("minister")
        );
        assert_eq!(office_word("Ministervan der Hoeven"), None);
        assert_eq!(office_word("Ministerie van Financiën"), None);
        assert_eq!(office_word("ministerraad"), None);
        assert_eq!(article("destaatssecretaris"), "staatssecretaris");
        assert_eq!(article("denken"), "denken");
        assert_eq!(article("demissionair minister"), "demissionair minister");
        assert_eq!(and_word("ende Minister"), Some("de Minister"));
        assert_eq!(and_word("envan Financiën"), Some("van Financiën"));
        assert_eq!(and_word("enkele"), None);
        assert_eq!(and_word("endemisch"), None);
        assert_eq!(van_or_voor("vanfinanciën"), Some("financiën"));
        assert_eq!(van_or_voor("vanwege"), None);
        assert_eq!(van_or_voor("voorzitter"), None);
        assert_eq!(van_or_voor("Vandenberg"), None);
        assert_eq!(mede_namens("mede namensde Minister"), Some("de Minister"));
        assert_eq!(mede_namens("medenamens de"), Some(" de"));
        assert_eq!(mede_namens("medewerkers"), None);
        assert_eq!(mede_namens("mede namensdienst"), None);
        assert_eq!(
            next_responder("enantwoord van Minister X", true),
            Some(" Minister X")
        );
        assert_eq!(
            next_responder("en vanMinister X", false),
            Some("Minister X")
        );
        assert_eq!(next_responder("en vanwege", false), None);
        let p = parse_submitters("Kröger (SP)en Dijk enVan Baarle (beidenDENK)");
        assert_eq!(
            names(&p),
            vec![
                ("Kröger".into(), Some("SP".into())),
                ("Dijk".into(), Some("DENK".into())),
                ("Van Baarle".into(), Some("DENK".into())),
            ]
        );
    }

    #[test]
    fn unclosed_portfolio_then_mede_namens() {
        // The portfolio's `)` is missing and `mede namens` follows: the co-responders still count.
        let (r, co, rest) = parse_responders(
            "minister Pietersen (Onderwijs, Cultuur en Wetenschap, mede namens de minister van Defensie en de\nstaatssecretaris van Financi\u{eb}n (ontvangen 2 maart 2023)",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].portfolio.as_deref(),
            Some("Onderwijs, Cultuur en Wetenschap")
        );
        let co: Vec<_> = co.iter().map(|o| o.portfolio.as_deref()).collect();
        assert_eq!(co, vec![Some("Defensie"), Some("Financi\u{eb}n")]);
        assert!(rest.trim_start_space().starts_with("(ontvangen"));
        // A name holding `mede` is not the phrase.
        assert_eq!(mede_namens_at("Sport, medewerkers namens"), None);
        assert_eq!(mede_namens_at("Sport,\nmede\nnamens de"), Some(7));
    }

    #[test]
    fn responders_and_co_responders() {
        let (r, co, rest) = parse_responders(
            "Minister Veldkamp (Buitenlandse Zaken), mede namens de Minister van Asiel en Migratie (ontvangen 3 mei 2024).",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].name.as_deref(), Some("Veldkamp"));
        assert_eq!(co[0].portfolio.as_deref(), Some("Asiel en Migratie"));
        assert!(rest.trim_start_space().starts_with("(ontvangen"));
        let (r, _, _) = parse_responders(
            "Minister Van Weel (Justitie en Veiligheid) en antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 14 november 2024).",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].office, "staatssecretaris");
        let (r, _, rest) = parse_responders(
            "minister Agema (Volksgezondheid, Welzijn en Sport (ontvangen 20 november 2024)",
        );
        assert_eq!(
            r[0].portfolio.as_deref(),
            Some("Volksgezondheid, Welzijn en Sport")
        );
        assert!(rest.starts_with("(ontvangen"));
        let (r, co, rest) = parse_responders(
            "de Minister van Buitenlandse Zaken, mede namens de Minister van Defensie (ontvangen 6 juni 2000).",
        );
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].office.as_ref(), r[0].name.as_deref()),
            ("minister", None)
        );
        assert_eq!(r[0].portfolio.as_deref(), Some("Buitenlandse Zaken"));
        assert_eq!(co[0].portfolio.as_deref(), Some("Defensie"));
        assert!(rest.trim_start_space().starts_with("(ontvangen"));
        // A name that begins like a preposition stays a name.
        let (r, _, _) =
            parse_responders("minister van der Hoeven (Economische Zaken) (ontvangen 1 mei 2003)");
        assert_eq!(r[0].name.as_deref(), Some("van der Hoeven"));
    }
}
