//! Metamorphic cases: a document that parses right must still parse right when its text is re-wrapped
//! at another width, its page breaks move or its parts change in ways real documents do. The inputs
//! are written here, in the style of the renderings, not copied from any document.

use kamervraag::{Document, ReferenceKind, parse};

mod common;
use common::own_documents;

fn ok(text: &str) -> Document<'_> {
    parse(text).unwrap_or_else(|e| panic!("expected a document, got {e}"))
}

const KV_HEAD: &str = "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n2024Z18000\n";

const AH_HEAD: &str = "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
                       Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n512\n";

#[test]
fn an_intro_wrapped_before_antwoord_op_keeps_its_subject() {
    // The subject is about an earlier answer; the wrap puts `antwoord op …` at a line start.
    let text = format!(
        "{KV_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over het\n\
         antwoord op de feitelijke vragen over de begroting voor het jaar 2025\n\
         (ingezonden 15 november 2024).\nVraag 1\nKunt u de berekening sturen?\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("het antwoord op de feitelijke vragen over de begroting voor het jaar 2025")
    );
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("2024-11-15")
    );
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].text, "Kunt u de berekening sturen?");
}

#[test]
fn a_zie_ook_number_wrapped_to_the_next_line_is_not_question_text() {
    for see_also in [
        // At the end of the answerer line …
        "Antwoord van Minister Heinen (Financiën) (ontvangen 18\nnovember 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr.\n318.\n",
        // … and on a line of its own.
        "Antwoord van Minister Heinen (Financiën) (ontvangen 18 november 2024).\nZie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr.\n318.\n",
    ] {
        let text = format!(
            "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de\n\
             bankenbelasting (ingezonden 25 september 2024).\n{see_also}\
             Vraag 1\nKlopt het bericht?\nAntwoord 1\nJa.\n"
        );
        let doc = ok(&text);
        assert_eq!(doc.questions.len(), 1, "{see_also}");
        assert_eq!(doc.questions[0].numbers, [1]);
        assert_eq!(doc.questions[0].text, "Klopt het bericht?");
        assert_eq!(doc.answers.len(), 1);
        assert!(
            doc.references
                .iter()
                .any(|r| r.kind == ReferenceKind::Aanhangsel && r.id == "2024-2025-318"),
            "{:?}",
            doc.references
        );
    }
}

#[test]
fn a_word_intro_without_a_blank_paragraph_after_it_ends_at_its_line() {
    // Word original: `(ingezonden …)` before the intro, no empty paragraph between intro and question.
    let text = "2024Z19120\n(ingezonden 26 november 2024)\nVragen van het lid Bikker (ChristenUnie) aan de \
                minister van Asiel en Migratie over opvang van zwangere vrouwen\n\
                Bent u bekend met het bericht ‘Zwanger in de wachtkamer’? 1)\n\n\
                1) NOS, 24 november 2024, Zwanger in de wachtkamer (https://nos.nl/artikel/0000000)\n";
    let doc = ok(text);
    assert_eq!(doc.subject.as_deref(), Some("opvang van zwangere vrouwen"));
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("2024-11-26")
    );
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(
        doc.questions[0].text,
        "Bent u bekend met het bericht ‘Zwanger in de wachtkamer’?"
    );
    assert_eq!(doc.footnotes.len(), 1);
}

#[test]
fn a_tweedemonitor_access_counter_before_indiener_is_page_chrome() {
    let text = "Tweedemonitor / Kamervraag / Het bericht ‘Dijken lekken’Het bericht ‘Dijken lekken’\n\n\
                Keywords:\nZaaknummer: 2019Z17001\n\n2019Z17001\n\n\
                Vragen van het lid Pieters (SP) aan de minister van Infrastructuur en Waterstaat over het bericht ‘Dijken lekken’. (ingezonden 2 september 2019)\n\n\
                  1. Kent u het bericht ‘Dijken lekken’?\n  2. Wat gaat u doen?\n\n\
                Toelichting:\n\nDeze vragen dienen ter aanvulling op eerdere vragen terzake van het lid Jansen (SP), ingezonden 1 september 2019 (vraagnummer 2019Z16900)\n\n\
                Access ( 512 )\n\nIndiener\n\nPiet Pieters (SP)\n\nGericht\n\nKees Klaassen (VVD)\n\n\
                Publicatiedatum\n2 September 2019Gerelateerd\n\nHet bericht ‘Dijken zakken’\n";
    let doc = ok(text);
    assert_eq!(
        doc.explanation.as_deref(),
        Some(
            "Deze vragen dienen ter aanvulling op eerdere vragen terzake van het lid Jansen (SP), \
             ingezonden 1 september 2019 (vraagnummer 2019Z16900)"
        )
    );
    let page = doc.page.as_ref().expect("page");
    assert_eq!(page.views, Some(512));
    assert_eq!(
        page.indiener.as_ref().map(|p| p.name.as_ref()),
        Some("Piet Pieters")
    );
    assert_eq!(page.related.len(), 1);
    assert_eq!(doc.questions.len(), 2);
}

#[test]
fn a_note_url_broken_after_a_dot_is_rejoined() {
    let text = format!(
        "{KV_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden 15 november 2024).\nVraag 1\nKent u het bericht?1\nVraag 2\nKent u de cijfers?2\n\
         1NOS, 3 mei 2024, «Kosten stijgen».(https://www.example.nl/nieuws/kosten-stijgen.\n\
         html)\n2CBS, «Cijfers», https://www.cbs.\nnl/nl-nl/cijfers/kosten\nkv-tk-2024Z18000\n"
    );
    let doc = ok(&text);
    let urls: Vec<Vec<&str>> = doc
        .footnotes
        .iter()
        .map(|n| n.urls.iter().map(|u| u.as_ref()).collect())
        .collect();
    assert_eq!(
        urls,
        [
            vec!["https://www.example.nl/nieuws/kosten-stijgen.html"],
            vec!["https://www.cbs.nl/nl-nl/cijfers/kosten"]
        ]
    );
    // A URL that ends a sentence stays whole and the prose after it is not glued on.
    let text = format!(
        "{KV_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden 15 november 2024).\nVraag 1\nKent u het bericht?1\n\
         1Zie https://www.example.nl.\nen verder de bijlage.\nkv-tk-2024Z18000\n"
    );
    let doc = ok(&text);
    assert_eq!(doc.footnotes[0].urls, ["https://www.example.nl"]);
}

#[test]
fn a_prose_line_wrapped_to_start_with_a_note_number_stays_prose() {
    // The note's superscript comes first; then the answer's hard wrap puts `1 van de …` at a line
    // start. That lower-case word is prose, not the body of note 1 (which follows, glued: `1NOS`).
    let text = format!(
        "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden 15 november 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen\n\
         2 december 2024).\nVraag 1\nKent u het bericht over de regeling?1\nAntwoord 1\n\
         Ja. De bedragen staan in tabel\n1 van de bijlage bij de regeling.\nVraag 2\nKlopt het?\n\
         Antwoord 2\nJa.\n1NOS, 3 mei 2024, «Regeling» (https://www.example.nl/regeling)\n\
         ah-tk-20242025-512\n"
    );
    let doc = ok(&text);
    assert_eq!(doc.answers.len(), 2);
    assert!(
        doc.answers[0]
            .text
            .ends_with("tabel 1 van de bijlage bij de regeling."),
        "{:?}",
        doc.answers[0].text
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].urls, ["https://www.example.nl/regeling"]);
}

/// The document as JSON with spans and diagnostics left out and every string's white space made one
/// ASCII space: what must not change when only the kind of white space between words changes.
fn facts(text: &str) -> serde_json::Value {
    fn clean(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => {
                *s = s
                    .split(char::is_whitespace)
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(clean),
            serde_json::Value::Object(o) => {
                o.retain(|k, _| !matches!(k.as_str(), "span" | "spans" | "diagnostics"));
                o.values_mut().for_each(clean);
            }
            _ => {}
        }
    }
    let mut v = match parse(text) {
        Ok(doc) => serde_json::to_value(&doc).expect("a Document serialises"),
        Err(e) => serde_json::json!({ "error": e.kind.code() }),
    };
    clean(&mut v);
    v
}

/// Fail at the first path where `got` and `want` differ.
fn assert_same(got: &serde_json::Value, want: &serde_json::Value, what: &str) {
    fn first_difference(
        got: &serde_json::Value,
        want: &serde_json::Value,
        path: String,
    ) -> Option<String> {
        use serde_json::Value::{Array, Object};
        match (got, want) {
            (Object(g), Object(w)) => w.iter().find_map(|(k, wv)| {
                first_difference(
                    g.get(k).unwrap_or(&serde_json::Value::Null),
                    wv,
                    format!("{path}.{k}"),
                )
            }),
            (Array(g), Array(w)) if g.len() == w.len() => g
                .iter()
                .zip(w)
                .enumerate()
                .find_map(|(i, (gv, wv))| first_difference(gv, wv, format!("{path}[{i}]"))),
            _ => (got != want).then(|| format!("{path}: got {got}, want {want}")),
        }
    }
    if let Some(d) = first_difference(got, want, String::new()) {
        panic!("{what}: {d}");
    }
}

#[test]
fn no_break_and_doubled_spaces_between_words_change_no_fact() {
    // Word originals and web pages put no-break spaces wherever an author typed them (between `AH`
    // and its number, in a date, in a page footer, between a name's parts); PDF text doubles spaces
    // where justification stretched a line.
    for (name, text) in own_documents() {
        let want = facts(&text);
        for (space, what) in [("\u{a0}", "no-break"), ("  ", "doubled")] {
            for every in [1, 2, 3, 5] {
                let mut seen = 0;
                let mut variant = String::with_capacity(text.len() * 2);
                for c in text.chars() {
                    if c == ' ' {
                        seen += 1;
                        variant.push_str(if seen % every == 0 { space } else { " " });
                    } else {
                        variant.push(c);
                    }
                }
                assert_same(
                    &facts(&variant),
                    &want,
                    &format!("{name}, every {every}th space {what}"),
                );
            }
        }
    }
}

#[test]
fn blank_lines_and_a_byte_order_mark_before_the_text_change_no_fact() {
    for (name, text) in own_documents() {
        let want = facts(&text);
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        for lead in ["\n", "\n\n\n", "\u{feff}\n", "\r\n\r\n", " \n\t\n"] {
            let variant = format!("{lead}{body}");
            assert_same(&facts(&variant), &want, &format!("{name} after {lead:?}"));
        }
    }
}

#[test]
fn a_collapsed_text_after_blank_lines_is_still_collapsed() {
    // A whole PDF extracted as one line, with the blank lines a scraper left before it.
    let mut line = String::from(
        "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2014–2015 Aanhangsel van de Handelingen \
         Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 698 \
         Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten (ingezonden 3 \
         oktober 2014). Antwoord van Minister Dijsselbloem (Financiën) (ontvangen 26 november 2014). ",
    );
    for n in 1..=6 {
        line.push_str(&format!(
            "Vraag {n} Kunt u aangeven hoe de kosten van regeling {n} zich sinds 2010 hebben ontwikkeld \
             en welke maatregelen u neemt? Antwoord {n} De kosten zijn gestegen; ik neem maatregelen \
             die ik in de brief van 1 december toelicht. "
        ));
    }
    let want = facts(&line);
    assert_eq!(
        want["questions"].as_array().map(Vec::len),
        Some(6),
        "{want}"
    );
    assert_eq!(facts(&format!("\n\n{line}")), want);
}

#[test]
fn an_answerer_line_wrapped_over_an_empty_line_keeps_its_date_and_portfolio() {
    // PDF text whose extraction puts an empty line after every line, as the intro may have.
    let text = format!(
        "{AH_HEAD}\nVragen van het lid Jansen (SP) aan de Minister van Volksgezondheid, Welzijn en\n\n\
         Sport over de wachtlijsten (ingezonden 15 oktober 2024).\n\n\
         Antwoord van Minister Agema (Volksgezondheid, Welzijn en\n\nSport), mede namens de Minister van \
         Financiën (ontvangen\n\n19 november 2024).\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.received.map(|d| d.to_string()).as_deref(),
        Some("2024-11-19")
    );
    assert_eq!(doc.responders.len(), 1);
    assert_eq!(
        doc.responders[0].portfolio.as_deref(),
        Some("Volksgezondheid, Welzijn en Sport")
    );
    assert_eq!(doc.co_responders.len(), 1);
    assert_eq!(doc.co_responders[0].portfolio.as_deref(), Some("Financiën"));
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].text, "Kent u het bericht?");
    assert_eq!(doc.answers.len(), 1);
}

#[test]
fn a_page_footer_with_the_next_text_glued_on_is_cut_off_whatever_that_text_starts_with() {
    // PDF text glues the first text of the next page to the footer's page number: a list dash, a
    // bullet, a euro sign, and after the first page's imprint the first heading.
    for (furniture, glued) in [
        (
            "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
            "– indien de gegevens ontbreken;",
        ),
        (
            "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
            "• indien de gegevens ontbreken;",
        ),
        (
            "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
            "€ 2,8 miljard is beschikbaar.",
        ),
    ] {
        let plain = format!(
            "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
             (ingezonden 15 november 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen\n\
             2 december 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nIn de volgende gevallen:\n\
             – indien het paspoort niet voldoet;\n{glued}\nVraag 2\nKlopt het?\nAntwoord 2\nJa.\n"
        );
        let paged = plain.replacen(
            &format!("\n{glued}\n"),
            &format!("\n{furniture}{glued}\n"),
            1,
        );
        assert_ne!(plain, paged);
        assert_same(&facts(&paged), &facts(&plain), glued);
    }
    let plain = format!(
        "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden 15 november 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen\n\
         2 december 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
    );
    let paged = plain.replacen(
        "\nVraag 1\n",
        "\nah-tk-20242025-512\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1Vraag 1\n",
        1,
    );
    let doc = ok(&paged);
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].label.as_deref(), Some("Vraag 1"));
    let unglued = paged.replacen("Aanhangsel 1Vraag 1", "Aanhangsel 1\nVraag 1", 1);
    assert_same(
        &facts(&paged),
        &facts(&unglued),
        "imprint glued to the first heading",
    );
}

#[test]
fn a_page_break_inside_a_reference_keeps_the_reference() {
    let plain = format!(
        "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden 15 november 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen\n\
         2 december 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa, zie mijn antwoorden \
         (Aanhangsel Handelin-\ngen, vergaderjaar 2023–2024, nr. 1045) over de kosten.\n"
    );
    for furniture in [
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n",
        "ah-tk-20242025-512\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n",
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
    ] {
        let paged = plain.replacen("Handelin-\n", &format!("Handelin-\n{furniture}"), 1);
        let doc = ok(&paged);
        assert!(
            doc.references
                .iter()
                .any(|r| r.kind == ReferenceKind::Aanhangsel && r.id == "2023-2024-1045"),
            "{furniture:?}: {:?}",
            doc.references
        );
        assert_eq!(
            doc.answers[0].text,
            "Ja, zie mijn antwoorden (Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1045) over de kosten."
        );
    }
}

#[test]
fn a_hyphenated_bracket_word_or_a_day_glued_to_its_month_keeps_the_date() {
    let variants = [
        (
            "(ingezonden\n15 november 2024)",
            "(ingezon-\nden 15 november 2024)",
        ),
        (
            "(ingezonden\n15 november 2024)",
            "(ingezonden\n15november 2024)",
        ),
        (
            "(ontvangen\n2 december 2024)",
            "(ontvan-\ngen 2 december 2024)",
        ),
        (
            "(ontvangen\n2 december 2024)",
            "(Ontvan-\ngen 2december 2024)",
        ),
    ];
    let plain = format!(
        "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten\n\
         (ingezonden\n15 november 2024).\nAntwoord van Minister De Vries (Financiën) (ontvangen\n\
         2 december 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
    );
    let want = facts(&plain);
    assert_eq!(want["submitted"], "2024-11-15");
    assert_eq!(want["received"], "2024-12-02");
    for (from, to) in variants {
        let variant = plain.replacen(from, to, 1);
        assert_ne!(variant, plain);
        assert_same(&facts(&variant), &want, to);
    }
    // A bracket that opens with another word is not taken for a hyphenated `(ontvangen`.
    let text = format!(
        "{AH_HEAD}Vragen van het lid Jansen (SP) aan de Minister voor Buitenlandse Handel en\n\
         Ontwikkelingshulp over de kosten (ingezonden 15 november 2024).\n\
         Antwoord van Minister Klever (Buitenlandse Handel en Ont-\nwikkelingshulp) (ontvangen\n\
         2 december 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
    );
    assert_eq!(
        ok(&text).received.map(|d| d.to_string()).as_deref(),
        Some("2024-12-02")
    );
}
