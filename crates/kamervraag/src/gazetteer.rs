//! Names of ministries and minister-voor portfolios, 1994–2026, for splitting addressee lists where
//! `en` is both a separator and part of a name (`Ministers van Justitie en Veiligheid en van Financiën`).

use std::sync::LazyLock;

use crate::scan::unicode_space_at;
use crate::text::is_space;

/// Ministries, portfolios of ministers without a department, and the titles staatssecretarissen carry
/// instead of their ministry (2017–2026: `Staatssecretaris van Jeugd, Preventie en Sport`, `… van
/// Herstel en Toeslagen`), longest first so that the first match is the longest.
const PORTFOLIOS: &[&str] = &[
    "Integratie, Jeugdbescherming, Preventie en Reclassering",
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "Bestuurlijke Vernieuwing en Koninkrijksrelaties",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Koninkrijksrelaties en Slagvaardige Overheid",
    "Nederlands-Antilliaanse en Arubaanse Zaken",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Armoedebeleid, Participatie en Pensioenen",
    "Economische Zaken, Landbouw en Innovatie",
    "Volkshuisvesting en Ruimtelijke Ordening",
    "Buitenlandse Handel en Ontwikkelingshulp",
    "Basis- en Voortgezet Onderwijs en Media",
    "Fiscaliteit, Belastingdienst en Douane",
    "Koninkrijksrelaties en Digitalisering",
    "Landbouw, Natuur en Voedselkwaliteit",
    "Rechtsbescherming en Gevangeniswezen",
    "Onderwijs, Cultuur en Wetenschappen",
    "Welzijn, Volksgezondheid en Cultuur",
    "Langdurige en Maatschappelijke Zorg",
    "Landbouw, Natuurbeheer en Visserij",
    "Funderend Onderwijs en Emancipatie",
    "Volksgezondheid, Welzijn en Sport",
    "Grote Steden- en Integratiebeleid",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Vreemdelingenzaken en Integratie",
    "Immigratie, Integratie en Asiel",
    "Primair en Voortgezet Onderwijs",
    "Langdurige Zorg, Jeugd en Sport",
    "Fiscaliteit en Belastingdienst",
    "Economische Zaken en Klimaat",
    "Infrastructuur en Waterstaat",
    "Wonen, Wijken en Integratie",
    "Onderwijs en Wetenschappen",
    "Openbaar Vervoer en Milieu",
    "Ontwikkelingssamenwerking",
    "Jeugd, Preventie en Sport",
    "Infrastructuur en Milieu",
    "Langdurige Zorg en Sport",
    "Klimaat en Groene Groei",
    "Veiligheid en Justitie",
    "Justitie en Veiligheid",
    "Medische Zorg en Sport",
    "Verkeer en Waterstaat",
    "Wonen en Rijksdienst",
    "Werk en Participatie",
    "Herstel en Toeslagen",
    "Immigratie en Asiel",
    "Toeslagen en Douane",
    "Buitenlandse Zaken",
    "Binnenlandse Zaken",
    "Klimaat en Energie",
    "Natuur en Stikstof",
    "Economische Zaken",
    "Asiel en Migratie",
    "Rechtsbescherming",
    "Herstel Groningen",
    "Cultuur en Media",
    "Algemene Zaken",
    "Jeugd en Gezin",
    "Medische Zorg",
    "Financiën",
    "Justitie",
    "Defensie",
];

/// The length in bytes of the longest portfolio name at the start of `text`, matched case-insensitively,
/// ignoring differences in white space (line breaks, NBSP, a space lost at a PDF line join), and ending
/// at a word boundary.
pub(crate) fn match_portfolio(text: &str) -> Option<usize> {
    portfolio_matches(text).next()
}

/// Every portfolio name at the start of `text` (matched as in [`match_portfolio`]), longest first: the
/// bytes each takes. `Economische Zaken en Klimaat en …` holds both `Economische Zaken en Klimaat` and
/// `Economische Zaken`.
pub(crate) fn portfolio_matches(text: &str) -> impl Iterator<Item = usize> + '_ {
    starting_like(text)
        .iter()
        .filter_map(move |name| match_loose(text, name))
}

/// The portfolio names that start with the first letter of `text` (any case), longest first: every
/// name starts with an upper-case ASCII letter.
fn starting_like(text: &str) -> &'static [&'static str] {
    static BY_LETTER: LazyLock<[Vec<&'static str>; 26]> = LazyLock::new(|| {
        let mut table: [Vec<&'static str>; 26] = Default::default();
        for name in PORTFOLIOS {
            table[usize::from(name.as_bytes()[0] - b'A')].push(name);
        }
        table
    });
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii_alphabetic() => {
            &BY_LETTER[usize::from(b.to_ascii_uppercase() - b'A')]
        }
        _ => &[],
    }
}

/// Whether `text` is a portfolio name exactly as the gazetteer spells it.
pub(crate) fn is_portfolio(text: &str) -> bool {
    starting_like(text).contains(&text)
}

/// The gazetteer's spelling of the portfolio `printed` where the two differ only in white space, which
/// a PDF line join lost or moved (`Buitenlandse Handel enOntwikkelingshulp`, `SocialeZaken en …`).
/// Letters must agree in case too: a portfolio printed with other capitals (`Asiel en migratie`)
/// keeps them.
pub(crate) fn respaced_portfolio(printed: &str) -> Option<&'static str> {
    static NAMES: LazyLock<Vec<Compact>> = LazyLock::new(|| compact(PORTFOLIOS));
    respaced(&NAMES, printed)
}

/// Party names of more than one word as the Kamer prints them (gazetteer §4), for [`respaced_party`].
/// Names printed as one word (`GroenLinks`, `ChristenUnie`, `BoerBurgerBeweging`) are left out, so
/// that they are never given a space.
const PARTIES: &[&str] = &[
    "Volkspartij voor Vrijheid en Democratie",
    "Staatkundig Gereformeerde Partij",
    "Christen-Democratisch Appèl",
    "Gereformeerd Politiek Verbond",
    "Reformatorische Politieke Federatie",
    "Algemeen Ouderen Verbond",
    "Nieuw Sociaal Contract",
    "Partij voor de Vrijheid",
    "Partij voor de Dieren",
    "Partij van de Arbeid",
    "Forum voor Democratie",
    "Socialistische Partij",
    "Leefbaar Nederland",
    "Lijst Pim Fortuyn",
    "Trots op Nederland",
    "Centrum Democraten",
    "Ouderen Unie 55+",
    "Volt Nederland",
    "Democraten 66",
];

/// The spelling of a party name the gazetteer knows when `printed` differs from it only in white space
/// that a PDF line join lost (`NieuwSociaal Contract`, `Partij voorde Dieren`).
pub(crate) fn respaced_party(printed: &str) -> Option<&'static str> {
    static NAMES: LazyLock<Vec<Compact>> = LazyLock::new(|| compact(PARTIES));
    // An abbreviation (`SP`, `PVV`, `GroenLinks-PvdA`) is shorter than every name without its spaces,
    // which `printed` spells with all of its letters.
    if printed.len() < SHORTEST_PARTY {
        return None;
    }
    respaced(&NAMES, printed)
}

/// The length in bytes of the shortest of [`PARTIES`] without its spaces.
const SHORTEST_PARTY: usize = {
    let mut shortest = usize::MAX;
    let mut n = 0;
    while n < PARTIES.len() {
        let b = PARTIES[n].as_bytes();
        let (mut len, mut k) = (0, 0);
        while k < b.len() {
            if b[k] != b' ' {
                len += 1;
            }
            k += 1;
        }
        if len < shortest {
            shortest = len;
        }
        n += 1;
    }
    shortest
};

/// A name of the gazetteer with its first byte and its length without spaces, which rule out most
/// names before their letters are compared.
struct Compact {
    first: u8,
    len: usize,
    name: &'static str,
}

/// The names with their first byte and length without spaces, sorted by the two.
fn compact(names: &[&'static str]) -> Vec<Compact> {
    let mut table: Vec<Compact> = names
        .iter()
        .map(|&name| Compact {
            first: name.as_bytes()[0],
            len: name.bytes().filter(|&b| b != b' ').count(),
            name,
        })
        .collect();
    table.sort_by_key(|c| (c.first, c.len));
    table
}

/// The name in `names` that `printed` spells with other white space (not the same text), if any.
/// Letters must agree in case too.
fn respaced(names: &[Compact], printed: &str) -> Option<&'static str> {
    let first = *printed.as_bytes().first()?;
    // The bytes that are no ASCII white space: the name's length without spaces, or more where the
    // text holds other white space (a no-break space), which the comparison below skips.
    let len = printed.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    let shortest = if printed.is_ascii() { len } else { 0 };
    let from = names.partition_point(|c| (c.first, c.len) < (first, shortest));
    let to = names.partition_point(|c| (c.first, c.len) <= (first, len));
    names[from..to]
        .iter()
        .filter(|c| c.name.len() != printed.len())
        .find(|c| {
            printed
                .chars()
                .filter(|&c| !c.is_whitespace())
                .eq(c.name.chars().filter(|&c| c != ' '))
        })
        .map(|c| c.name)
}

/// Match `name` at the start of `text`: letters compared case-insensitively, any run of white space in
/// `name` matching zero or more white space characters in `text`. Returns the bytes of `text` consumed.
/// ASCII letters are compared as bytes; other characters are decoded and compared lower-cased.
fn match_loose(text: &str, name: &str) -> Option<usize> {
    let t = text.as_bytes();
    // Cheap rejection on the first letter (all names start with an ASCII letter).
    if !t.first()?.eq_ignore_ascii_case(name.as_bytes().first()?) {
        return None;
    }
    let n = name.as_bytes();
    // Most text prints the name as the gazetteer does, but for case: the same bytes, and its single
    // spaces are what the loose walk below would take too.
    let (mut i, mut k) = if t.get(..n.len()).is_some_and(|h| h.eq_ignore_ascii_case(n)) {
        (n.len(), n.len())
    } else {
        (0, 0)
    };
    // `i` in `text`, `k` in `name`.
    while let Some(&nb) = n.get(k) {
        if nb == b' ' {
            while let Some(&c) = t.get(i) {
                match c {
                    b' ' | b'\t'..=b'\r' => i += 1,
                    0x80.. if unicode_space_at(t, i) => i += if c == 0xc2 { 2 } else { 3 },
                    _ => break,
                }
            }
            k += 1;
            continue;
        }
        let &c = t.get(i)?;
        if c.is_ascii() && nb.is_ascii() {
            if !c.eq_ignore_ascii_case(&nb) {
                return None;
            }
            i += 1;
            k += 1;
        } else {
            // A character beyond ASCII on either side (`ë`, or the Kelvin sign for `k`): decoded.
            let tc = text[i..].chars().next()?;
            let nc = name[k..].chars().next()?;
            if !tc.to_lowercase().eq(nc.to_lowercase()) {
                return None;
            }
            i += tc.len_utf8();
            k += nc.len_utf8();
        }
    }
    // The match must end at a word boundary, or at a glued word of the list or intro after it.
    let rest = &text[i..];
    match rest.chars().next() {
        Some(c) if c.is_alphanumeric() => glued_next_word(rest).then_some(i),
        _ => Some(i),
    }
}

/// Whether `rest`, glued to a portfolio by a PDF line join that lost the space, goes on with a word
/// that follows a portfolio: `over` (`Sportover de`), or `en` as a word of its own (`Financiënen de
/// Staatssecretaris`, `Veiligheiden van`). No portfolio runs on into a word beginning `en…`.
fn glued_next_word(rest: &str) -> bool {
    rest.starts_with("over")
        || rest
            .strip_prefix("en")
            .is_some_and(|r| r.starts_with(is_space))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_names_get_back_the_spaces_a_line_join_lost() {
        assert_eq!(
            respaced_party("NieuwSociaal Contract"),
            Some("Nieuw Sociaal Contract")
        );
        assert_eq!(
            respaced_party("Partij voorde Dieren"),
            Some("Partij voor de Dieren")
        );
        for as_printed in [
            "Nieuw Sociaal Contract",
            "ChristenUnie",
            "GroenLinks-PvdA",
            "BoerBurgerBeweging",
            "PVV",
        ] {
            assert_eq!(respaced_party(as_printed), None, "{as_printed}");
        }
    }
    use proptest::prelude::*;

    #[test]
    fn a_portfolio_that_lost_a_space_is_respaced() {
        for (printed, name) in [
            (
                "Buitenlandse Handel enOntwikkelingshulp",
                Some("Buitenlandse Handel en Ontwikkelingshulp"),
            ),
            (
                "SocialeZaken en Werkgelegenheid",
                Some("Sociale Zaken en Werkgelegenheid"),
            ),
            (
                "Volksgezondheid,Welzijn en Sport",
                Some("Volksgezondheid, Welzijn en Sport"),
            ),
            ("Volksgezondheid, Welzijn en Sport", None),
            ("Asiel en migratie", None),
            ("Asielen migratie", None),
            ("Zorg", None),
        ] {
            assert_eq!(respaced_portfolio(printed), name, "{printed}");
        }
    }

    /// What `match_loose` promises, written plainly over characters.
    fn match_loose_plainly(text: &str, name: &str) -> Option<usize> {
        let mut t = text.char_indices().peekable();
        let mut end = 0;
        for nc in name.chars() {
            if nc == ' ' {
                while let Some(&(i, c)) = t.peek() {
                    if !c.is_whitespace() {
                        break;
                    }
                    t.next();
                    end = i + c.len_utf8();
                }
                continue;
            }
            let (i, tc) = t.next()?;
            if !tc.to_lowercase().eq(nc.to_lowercase()) {
                return None;
            }
            end = i + tc.len_utf8();
        }
        let rest = &text[end..];
        let glued = rest.starts_with("over")
            || rest
                .strip_prefix("en")
                .is_some_and(|r| r.starts_with(char::is_whitespace));
        match rest.chars().next() {
            Some(c) if c.is_alphanumeric() => glued.then_some(end),
            _ => Some(end),
        }
    }

    /// Portfolio names with their letters in any case, their spaces dropped, doubled or replaced by
    /// other white space, and followed by a word, `over` or nothing.
    fn loose_text() -> impl Strategy<Value = String> {
        let name = proptest::sample::select(PORTFOLIOS.to_vec());
        let space = proptest::sample::select(vec![
            "", " ", "  ", "\n", "\r\n", "\u{a0}", "\u{2009}", "\u{3000}", "\t", "K", "\u{212a}",
        ]);
        let tail = proptest::sample::select(vec![
            "", " over", "over", "s", "ën", ",", "\u{e9}", "en de", "en", "enkele", "en\u{a0}",
        ]);
        (name, space, tail, any::<u64>(), 0usize..60).prop_map(|(name, space, tail, case, cut)| {
            let mut s: String = name
                .chars()
                .enumerate()
                .map(|(k, c)| {
                    if c == ' ' {
                        space.to_string()
                    } else if case >> (k % 64) & 1 == 1 {
                        c.to_uppercase().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let cut = s.char_indices().nth(cut).map_or(s.len(), |(i, _)| i);
            if cut < s.len() && case & 3 == 0 {
                s.truncate(cut);
            }
            s + tail
        })
    }

    /// [`is_portfolio`] lets a name spelt as the gazetteer spells it skip [`respaced_portfolio`]: no
    /// other name differs from it only in white space.
    #[test]
    fn names_differ_in_more_than_white_space() {
        for name in PORTFOLIOS {
            assert!(is_portfolio(name));
            assert_eq!(respaced_portfolio(name), None, "{name}");
        }
    }

    #[test]
    fn names_start_with_a_capital() {
        assert!(
            PORTFOLIOS
                .iter()
                .all(|n| n.as_bytes()[0].is_ascii_uppercase())
        );
    }

    proptest! {
        #[test]
        fn loose_match_agrees_with_plain_code(text in loose_text()) {
            for name in PORTFOLIOS {
                let first_ok = text.as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&name.as_bytes()[0]));
                let want = if first_ok { match_loose_plainly(&text, name) } else { None };
                prop_assert_eq!(match_loose(&text, name), want, "{:?} {:?}", text, name);
            }
        }
    }

    #[test]
    fn longest_match_and_loose_spacing() {
        let t = "Justitie en Veiligheid en van Financiën";
        assert_eq!(match_portfolio(t), Some("Justitie en Veiligheid".len()));
        assert_eq!(
            match_portfolio("Volksgezondheid, Welzijn en\nSportover het"),
            Some(33)
        );
        assert_eq!(match_portfolio("asiel en migratie over"), Some(17));
        assert_eq!(match_portfolio("Financiënwet"), None);
        assert_eq!(match_portfolio("Financiënen de"), Some("Financiën".len()));
        assert_eq!(match_portfolio("Defensieenkele"), None);
        // Titles of staatssecretarissen, also where a line join glued `over` to them.
        assert_eq!(
            match_portfolio("Jeugd, Preventie en Sportover de"),
            Some("Jeugd, Preventie en Sport".len())
        );
        assert_eq!(
            match_portfolio("Rechtsbescherming en gevangeniswezen en de"),
            Some("Rechtsbescherming en gevangeniswezen".len())
        );
        assert_eq!(
            match_portfolio("Rechtsbescherming en de"),
            Some("Rechtsbescherming".len())
        );
    }
}
