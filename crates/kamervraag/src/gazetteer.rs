//! Names of ministries and minister-voor portfolios, 1994–2026, for splitting addressee lists where
//! `en` is both a separator and part of a name (`Ministers van Justitie en Veiligheid en van Financiën`).

/// Ministries and portfolios, longest first so that the first match is the longest.
const PORTFOLIOS: &[&str] = &[
    "Integratie, Jeugdbescherming, Preventie en Reclassering",
    "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "Bestuurlijke Vernieuwing en Koninkrijksrelaties",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Nederlands-Antilliaanse en Arubaanse Zaken",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Armoedebeleid, Participatie en Pensioenen",
    "Economische Zaken, Landbouw en Innovatie",
    "Volkshuisvesting en Ruimtelijke Ordening",
    "Buitenlandse Handel en Ontwikkelingshulp",
    "Basis- en Voortgezet Onderwijs en Media",
    "Landbouw, Natuur en Voedselkwaliteit",
    "Onderwijs, Cultuur en Wetenschappen",
    "Welzijn, Volksgezondheid en Cultuur",
    "Landbouw, Natuurbeheer en Visserij",
    "Volksgezondheid, Welzijn en Sport",
    "Grote Steden- en Integratiebeleid",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Vreemdelingenzaken en Integratie",
    "Immigratie, Integratie en Asiel",
    "Primair en Voortgezet Onderwijs",
    "Langdurige Zorg, Jeugd en Sport",
    "Economische Zaken en Klimaat",
    "Infrastructuur en Waterstaat",
    "Wonen, Wijken en Integratie",
    "Onderwijs en Wetenschappen",
    "Ontwikkelingssamenwerking",
    "Infrastructuur en Milieu",
    "Langdurige Zorg en Sport",
    "Klimaat en Groene Groei",
    "Veiligheid en Justitie",
    "Justitie en Veiligheid",
    "Medische Zorg en Sport",
    "Verkeer en Waterstaat",
    "Wonen en Rijksdienst",
    "Werk en Participatie",
    "Immigratie en Asiel",
    "Buitenlandse Zaken",
    "Binnenlandse Zaken",
    "Klimaat en Energie",
    "Natuur en Stikstof",
    "Economische Zaken",
    "Asiel en Migratie",
    "Rechtsbescherming",
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
    PORTFOLIOS.iter().find_map(|name| match_loose(text, name))
}

/// Match `name` at the start of `text`: letters compared case-insensitively, any run of white space in
/// `name` matching zero or more white space characters in `text`. Returns the bytes of `text` consumed.
fn match_loose(text: &str, name: &str) -> Option<usize> {
    // Cheap rejection on the first letter (all names start with an ASCII letter).
    if !text
        .as_bytes()
        .first()?
        .eq_ignore_ascii_case(name.as_bytes().first()?)
    {
        return None;
    }
    let mut t = text.char_indices().peekable();
    let n = name.chars();
    let mut end = 0;
    for nc in n {
        if nc == ' ' {
            while let Some(&(i, c)) = t.peek() {
                if c.is_whitespace() {
                    t.next();
                    end = i + c.len_utf8();
                } else {
                    break;
                }
            }
            continue;
        }
        let (i, tc) = t.next()?;
        let same = if tc.is_ascii() && nc.is_ascii() {
            tc.eq_ignore_ascii_case(&nc)
        } else {
            tc.to_lowercase().eq(nc.to_lowercase())
        };
        if !same {
            return None;
        }
        end = i + tc.len_utf8();
    }
    // The match must end at a word boundary (or be followed by a glued `over`).
    let rest = &text[end..];
    match rest.chars().next() {
        Some(c) if c.is_alphanumeric() => rest.starts_with("over").then_some(end),
        _ => Some(end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
