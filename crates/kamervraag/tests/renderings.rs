//! One parliamentary question set in several renderings: the facts the renderings share must come
//! out the same, and a fact a rendering lacks must be absent rather than wrong. The inputs are
//! synthetic, built here in the shape of each rendering.

use kamervraag::{Document, parse};

fn ok(text: &str) -> Document<'_> {
    parse(text).unwrap_or_else(|e| panic!("expected a document, got {e}"))
}

/// `(numbers, text)` of each block.
fn texts<'d>(blocks: &'d [kamervraag::Block<'_>]) -> Vec<(Vec<u32>, &'d str)> {
    blocks
        .iter()
        .map(|b| (b.numbers.clone(), b.text.as_ref()))
        .collect()
}

const PDF_ANSWER: &str = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2019–2020 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
3901\n\
Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw, Natuur en\n\
Voedselkwaliteit over melkvee (ingezonden 2 augustus 2019).\n\
Antwoord van Minister Schouten (Landbouw, Natuur en Voedselkwaliteit) (ontvangen\n\
4 oktober 2019).\n\
Vraag 1\n\
Hoeveel melkveebedrijven zijn in 2018 gestopt?1 Hoeveel daarvan lagen in een toonaan-\n\
gevende regio?\n\
Antwoord 1\n\
In 2018 zijn 500 bedrijven gestopt; de meeste\n\
in het oosten.\n\
1https://www.example.nl/nieuws/melkvee\n\
ah-tk-20192020-3901\n\
ISSN 0921 - 7398’s-Gravenhage 2019Tweede Kamer, vergaderjaar 2019–2020, Aanhangsel 1\n";

const MARKDOWN_ANSWER: &str = "### 3901\n\n\
Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw, Natuur en\n\
Voedselkwaliteit over melkvee (ingezonden 2 augustus 2019).\n\n\
Antwoord van Minister Schouten (Landbouw, Natuur en Voedselkwaliteit) (ontvangen\n\
4 oktober 2019).\n\n\
Vraag 1\n\
Hoeveel melkveebedrijven zijn in 2018 gestopt?[1 ] Hoeveel daarvan lagen in een toonaan-\n\
gevende regio?\n\n\
Antwoord 1\n\
In 2018 zijn 500 bedrijven gestopt; de meeste\n\
in het oosten.\n\n\
1 https://www.example.nl/nieuws/melkvee\n";

#[test]
fn a_markdown_conversion_joins_wrapped_lines_as_its_pdf_does() {
    // The Markdown conversion of a PDF is hard-wrapped like the PDF text: a line break inside a
    // block is a wrap (joined with a space, a `toonaan-`/`gevende` hyphen joined), not a paragraph.
    let pdf = ok(PDF_ANSWER);
    let md = ok(MARKDOWN_ANSWER);
    assert_eq!(texts(&md.questions), texts(&pdf.questions));
    assert_eq!(texts(&md.answers), texts(&pdf.answers));
    assert_eq!(
        md.questions[0].text,
        "Hoeveel melkveebedrijven zijn in 2018 gestopt? Hoeveel daarvan lagen in een toonaangevende regio?"
    );
    assert_eq!(
        md.answers[0].text,
        "In 2018 zijn 500 bedrijven gestopt; de meeste in het oosten."
    );
}

#[test]
fn a_markdown_conversion_without_its_masthead_keeps_the_aanhangsel_heading() {
    // `### 3901` is how the Markdown conversion prints the Aanhangsel number under the masthead;
    // with the masthead cut off, the heading still opens the document.
    let pdf = ok(PDF_ANSWER);
    let md = ok(MARKDOWN_ANSWER);
    assert_eq!(pdf.aanhangsel, Some(3901));
    assert_eq!(md.aanhangsel, pdf.aanhangsel);
    assert_eq!(md.submitters, pdf.submitters);
    assert_eq!(md.responders, pdf.responders);
    assert_eq!(md.received, pdf.received);
    assert_eq!(md.footnotes.len(), 1);
    assert_eq!(md.footnotes[0].urls, pdf.footnotes[0].urls);
}

#[test]
fn a_capitalised_ontvangen_bracket_wrapped_over_two_lines_ends_the_header() {
    // Older Aanhangsel texts capitalise the bracket word (`(Ontvangen` / `(Ingezonden`); the header
    // sentence still ends at its closing parenthesis, and the body after it is read.
    let text = "Vergaderjaar 1994–1995 Aanhangsel van de Handelingen\n\
        Vragen gesteld door de leden der Kamer, met de daarop door de\n\
        regering gegeven antwoorden\n\
        412\n\
        Vragen van het lid Van Gijzel (PvdA) aan de Minister van Verkeer en Waterstaat over de\n\
        Betuweroute. (Ingezonden 12 januari 1995).\n\
        Mededeling van Minister Jorritsma-Lebbink (Verkeer en Waterstaat). (Ontvangen\n\
        3 februari 1995)\n\
        Mededeling\n\
        De vragen van het lid Van Gijzel kunnen niet binnen de gebruikelijke termijn worden\n\
        beantwoord.\n";
    let doc = ok(text);
    assert_eq!(doc.vergaderjaar.as_deref(), Some("1994-1995"));
    assert_eq!(doc.aanhangsel, Some(412));
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("1995-01-12")
    );
    assert_eq!(
        doc.received.map(|d| d.to_string()).as_deref(),
        Some("1995-02-03")
    );
    assert_eq!(
        doc.notice.as_deref(),
        Some(
            "De vragen van het lid Van Gijzel kunnen niet binnen de gebruikelijke termijn worden beantwoord."
        )
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn two_answerer_lines_give_two_responders_as_one_line_does() {
    // `Antwoord van Minister A (…) en antwoord van Staatssecretaris B (…)` on one line, or each
    // answerer on its own line: the same two responders, in order.
    let head = "Vragen van het lid Ellian (VVD) aan de Minister van Justitie en Veiligheid over de \
        gevangeniscapaciteit (ingezonden 1 november 2024).\n";
    let body = "Vraag 1\nHoeveel cellen zijn er?\nAntwoord 1\nGenoeg.\n";
    let one = format!(
        "{head}Antwoord van Minister Van Weel (Justitie en Veiligheid) en antwoord van \
         Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 14 november 2024).\n{body}"
    );
    let two = format!(
        "{head}Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 14 november 2024).\n\
         Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 14 november 2024).\n{body}"
    );
    let (one, two) = (ok(&one), ok(&two));
    assert_eq!(two.responders.len(), 2);
    assert_eq!(two.responders, one.responders);
    assert_eq!(two.received, one.received);
    assert_eq!(texts(&two.answers), texts(&one.answers));
    assert!(two.diagnostics.is_empty(), "{:?}", two.diagnostics);
}

#[test]
fn a_tweedemonitor_title_holding_a_slash_is_kept_whole() {
    // The breadcrumb `Tweedemonitor / Kamervraag / ` ends before the title, which the page prints
    // twice with no separator; a ` / ` inside the title is part of it.
    let title = "Het bericht ‘Boeren / burgers’";
    let text = format!(
        "Tweedemonitor / Kamervraag / {title}{title}\n\nKeywords:\nZaaknummer: 2019Z16002\n\n2019Z16002\n\n\
         Vragen van het lid Jansen (SP) aan de minister van Financiën over het bericht ‘Boeren / burgers’. \
         (ingezonden 3 mei 2019)\n\n  1. Klopt dat?\n"
    );
    let doc = ok(&text);
    assert_eq!(doc.title.as_deref(), Some(title));
    assert_eq!(
        doc.subject.as_deref(),
        Some(title.replacen("Het", "het", 1).as_str())
    );
}

#[test]
fn a_nader_answer_line_is_read_as_the_answerer_line() {
    // A supplementary answer opens `Nader antwoord van Minister …` in the Aanhangsel text and the
    // Word original, where tweedekamer.nl's title says `Antwoord schriftelijke vragen (nader)`.
    let pdf = "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
        Vragen gesteld door de leden der Kamer, met de daarop door de\n\
        regering gegeven antwoorden\n\
        1300\n\
        Vragen van het lid Erkens (VVD) aan de Minister van Klimaat en Groene Groei over netcongestie\n\
        (ingezonden 2 december 2024).\n\
        Nader antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 4 maart 2025). Zie ook\n\
        Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.\n\
        Vraag 3\nHoe lang is de wachtrij?\nAntwoord 3\nTwee jaar.\n";
    let word = "AH 1300\n\n2024Z20000\n\n\
        Nader antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 4 maart 2025)\n\n\
        Zie ook Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 1028\n\n\
        Vraag 3\n\nHoe lang is de wachtrij?\n\nAntwoord op vraag 3\n\nTwee jaar.\n";
    let web = "Antwoord schriftelijke vragen (nader) : Nader antwoord op vragen van het lid Erkens over \
        netcongestie\n\
        Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 4 maart 2025).\n\
        Vraag 3\nHoe lang is de wachtrij?\nAntwoord 3\nTwee jaar.\n";
    let (pdf, word, web) = (ok(pdf), ok(word), ok(web));
    for doc in [&pdf, &word] {
        assert_eq!(doc.kind, web.kind);
        assert_eq!(doc.responders, web.responders);
        assert_eq!(doc.received, web.received);
        assert_eq!(texts(&doc.questions), texts(&web.questions));
        assert_eq!(texts(&doc.answers), texts(&web.answers));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
    assert_eq!(pdf.vergaderjaar.as_deref(), Some("2024-2025"));
    assert_eq!(web.responders[0].name.as_deref(), Some("Hermans"));
}

#[test]
fn notice_prose_opening_with_vragen_van_is_the_notice_in_every_rendering() {
    // After the answerer line no rendering prints an intro: `Vragen van het lid …` there is the prose
    // of the Mededeling, in the Word original as under the `Mededeling` heading of the PDF text.
    let prose = "Vragen van het lid Ellian (VVD) over cameratoezicht (2024Z18001) kunnen niet binnen de \
        gebruikelijke termijn van drie weken worden beantwoord.";
    let word = format!(
        "AH 701\n2024Z18001\nMededeling van minister Van Weel (Justitie en Veiligheid) (ontvangen 3 december 2024)\n\n{prose}\n"
    );
    let pdf = format!(
        "Vragen van het lid Ellian (VVD) aan de Minister van Justitie en Veiligheid over cameratoezicht \
         (ingezonden 20 november 2024).\n\
         Mededeling van Minister Van Weel (Justitie en Veiligheid) (ontvangen 3 december 2024).\n\
         Vraag 1\nHoeveel camera’s hangen er?\nMededeling\n{prose}\nah-tk-20242025-701\n"
    );
    let (word, pdf) = (ok(&word), ok(&pdf));
    for doc in [&word, &pdf] {
        assert_eq!(doc.notice.as_deref(), Some(prose));
        assert_eq!(doc.zaaknummer.as_deref(), Some("2024Z18001"));
        assert_eq!(doc.responders[0].name.as_deref(), Some("Van Weel"));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
    assert!(word.submitters.is_empty());
    assert_eq!(word.subject, None);
}

#[test]
fn a_note_marker_after_the_subject_is_no_part_of_it_in_word_and_pdf() {
    let word = "2024Z19020\n\n(ingezonden 26 november 2024)\n\n\
                Vragen van het lid Krul (CDA) aan de minister van Financiën over het bericht ‘Winkels sluiten’ 1)\n\n\
                Kent u het bericht?\n\n1) NOS, 25 november 2024 (https://nos.nl/artikel/3)\n";
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
               Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n2024Z19020\n\
               Vragen van het lid Krul (CDA) aan de Minister van Financiën over het bericht\n\
               «Winkels sluiten»1 (ingezonden 26 november 2024).\n\
               Vraag 1\nKent u het bericht?\n\
               1NOS, 25 november 2024 (https://nos.nl/artikel/3)\n";
    let (w, p) = (ok(word), ok(pdf));
    assert_eq!(w.subject.as_deref(), Some("het bericht ‘Winkels sluiten’"));
    assert_eq!(p.subject.as_deref(), Some("het bericht «Winkels sluiten»"));
    assert_eq!(texts(&w.questions), [(vec![1], "Kent u het bericht?")]);
    assert_eq!(texts(&p.questions), [(vec![1], "Kent u het bericht?")]);
    assert_eq!((w.footnotes.len(), p.footnotes.len()), (1, 1));
}

#[test]
fn a_tweedemonitor_page_with_navigation_above_its_breadcrumb_is_still_a_tweedemonitor_page() {
    // A copy of the page may keep the site's menu above the breadcrumb, and the view counter may
    // stand in the header (after `Keywords:`) rather than before `Publicatiedatum`.
    let page = "Tweedemonitor / Kamervraag / Het bericht ‘Sloten’Het bericht ‘Sloten’\n\n\
        Keywords: landbouw, water\nAccess ( 311 )\nZaaknummer: 2019Z16002\n\n2019Z16002\n\n\
        Vragen van het lid Van Esch (PvdD) aan de minister van Landbouw, Natuur en Voedselkwaliteit \
        over het bericht ‘Sloten’. (ingezonden 2 augustus 2019)\n\n\
        \x20 1. Kent u het bericht ‘Sloten’? 1)\n  2. Hoeveel sloten vallen droog?\n\n\n\
        1) https://www.example.nl/sloten\n\nIndiener\n\nEva van Esch (PvdD)\n\n\nGericht\n\n\
        Carola Schouten (CU)\n\n\nPublicatiedatum\n2 Augustus 2019Gerelateerd\n\nHet bericht ‘Droogte’\n";
    for nav in [
        "",
        "Home\nKamervragen\nMoties\n\n",
        "Tweedemonitor\nHome | Kamervragen\n",
    ] {
        let text = format!("{nav}{page}");
        let doc = ok(&text);
        assert_eq!(doc.format, kamervraag::Format::Tweedemonitor, "{nav:?}");
        assert_eq!(doc.title.as_deref(), Some("Het bericht ‘Sloten’"));
        assert_eq!(
            texts(&doc.questions),
            [
                (vec![1], "Kent u het bericht ‘Sloten’?"),
                (vec![2], "Hoeveel sloten vallen droog?")
            ]
        );
        let page = doc.page.as_ref().expect("page metadata");
        assert_eq!(page.keywords, ["landbouw", "water"]);
        assert_eq!(page.views, Some(311));
        assert_eq!(
            page.gericht.as_ref().map(|p| p.name.as_ref()),
            Some("Carola Schouten")
        );
        assert_eq!(doc.published, chrono::NaiveDate::from_ymd_opt(2019, 8, 2));
    }
}

#[test]
fn a_tweedekamer_title_line_with_a_bare_colon_is_the_webpage_title() {
    // tweedekamer.nl prints `Soort : Onderwerp`; a copy may lose the space before the colon.
    for (first, kind) in [
        (
            "Schriftelijke vragen: Het bericht ‘Sloten’",
            kamervraag::Kind::Questions,
        ),
        (
            "Schriftelijke vragen : Het bericht ‘Sloten’",
            kamervraag::Kind::Questions,
        ),
        (
            "Mededeling (uitstel antwoord): Het bericht ‘Sloten’",
            kamervraag::Kind::Notice,
        ),
        (
            "Antwoord schriftelijke vragen (nader):  Het bericht ‘Sloten’",
            kamervraag::Kind::Answer,
        ),
    ] {
        let text = format!(
            "{first}\nVragen van het lid Van Esch (PvdD) aan de Minister van Landbouw, Natuur en\n\
             Voedselkwaliteit over het bericht «Sloten» (ingezonden 2 augustus 2019).\n\
             Vraag 1\nKent u het bericht «Sloten»?\n"
        );
        let doc = ok(&text);
        assert_eq!(doc.format, kamervraag::Format::Webpage, "{first}");
        assert_eq!(doc.kind, kind, "{first}");
        assert_eq!(doc.title.as_deref(), Some("Het bericht ‘Sloten’"));
        assert_eq!(doc.subject.as_deref(), Some("het bericht «Sloten»"));
    }
}

#[test]
fn the_minister_president_is_one_office_and_shares_no_portfolio() {
    // `Minister-President, Minister van Algemene Zaken` is the prime minister alone, also when a
    // comma before `en` continues the list; a bare `Minister-President` keeps no portfolio of the
    // office after it.
    let office = |o: &kamervraag::Office<'_>| {
        (
            o.office.to_string(),
            o.portfolio.as_deref().map(str::to_string),
        )
    };
    let pm = |p: Option<&str>| ("minister-president".to_string(), p.map(str::to_string));
    let fin = ("minister".to_string(), Some("Financiën".to_string()));
    for (to, first) in [
        (
            "de Minister-President, Minister van Algemene Zaken, en de Minister van Financiën",
            Some("Algemene Zaken"),
        ),
        (
            "de minister-president, minister van Algemene Zaken en de minister van Financiën",
            Some("Algemene Zaken"),
        ),
        ("de Minister-President en de Minister van Financiën", None),
    ] {
        let text = format!(
            "Vragen van het lid Van der Staaij (SGP) aan {to} over de begroting (ingezonden 3 september 2019).\n\
             Vraag 1\nWanneer komt de begroting?\n"
        );
        let doc = ok(&text);
        let got: Vec<_> = doc.addressees.iter().map(office).collect();
        assert_eq!(got, [pm(first), fin.clone()], "{to}");
        assert_eq!(doc.subject.as_deref(), Some("de begroting"));
    }
    let answer = ok("AH 12\n2019Z16500\n\
        Antwoord van de Minister-President, Minister van Algemene Zaken, mede namens de Minister van \
        Financiën (ontvangen 20 september 2019)\n\nVraag 1\nWanneer?\n\nAntwoord 1\nNu.\n");
    assert_eq!(answer.responders.len(), 1);
    assert_eq!(answer.responders[0].office, "minister-president");
    assert_eq!(answer.responders[0].name, None);
    assert_eq!(
        answer.responders[0].portfolio.as_deref(),
        Some("Algemene Zaken")
    );
    assert_eq!(
        answer.co_responders.iter().map(office).collect::<Vec<_>>(),
        [fin]
    );
}

#[test]
fn soft_hyphens_and_zero_width_spaces_are_left_out_of_clean_text() {
    // Copies of Word and web text keep invisible break hints inside words: the clean text and the
    // names read as printed, without them, and a soft hyphen at a line end joins the word.
    let text = "2024Z18002\n\n(ingezonden 20 november 2024)\n\n\
        Vragen van het lid Tseg\u{ad}gai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid \
        over vergunning\u{ad}verlening aan escort\u{200b}bureaus\n\n\
        Bent u bekend met het bericht over vergunning\u{ad}\nverlening? 1)\n\n\
        Hoeveel escort\u{200b}bureaus hebben een vergunning?\n\n\
        1) NOS, 4 november 2024, Escort\u{200b}bureaus (https://nos.nl/artikel/123)\n";
    let doc = ok(text);
    assert_eq!(doc.submitters[0].name, "Tseggai");
    assert_eq!(
        doc.subject.as_deref(),
        Some("vergunningverlening aan escortbureaus")
    );
    assert_eq!(
        texts(&doc.questions),
        [
            (
                vec![1],
                "Bent u bekend met het bericht over vergunningverlening?"
            ),
            (vec![2], "Hoeveel escortbureaus hebben een vergunning?")
        ]
    );
    assert_eq!(
        doc.footnotes[0].text,
        "NOS, 4 november 2024, Escortbureaus (https://nos.nl/artikel/123)"
    );
}

#[test]
fn a_staatssecretaris_dash_suffix_is_part_of_the_printed_portfolio() {
    // A ministry with two staatssecretarissen may name the post after a dash; the portfolio is
    // printed whole and the list goes on after it.
    let text = "Vragen van het lid Van der Werf (D66) aan de Staatssecretaris van Financiën – Fiscaliteit \
        en Belastingdienst en de Minister van Financiën over de box 3-heffing (ingezonden 1 mei 2024).\n\
        Vraag 1\nWanneer komt de wet?\n";
    let doc = ok(text);
    let got: Vec<_> = doc
        .addressees
        .iter()
        .map(|o| (o.office.as_ref(), o.portfolio.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "staatssecretaris",
                Some("Financiën – Fiscaliteit en Belastingdienst")
            ),
            ("minister", Some("Financiën"))
        ]
    );
    assert_eq!(doc.subject.as_deref(), Some("de box 3-heffing"));
}

#[test]
fn bracket_dates_in_digits_and_with_a_comma_are_read_and_bad_ones_explained() {
    let intro = |date: &str| {
        format!(
            "kv-tk-2025Z01234\nVragen van het lid Jansen (SP) aan de Minister van Financiën over de \
             kosten (ingezonden {date}).\n\n1\nKent u het bericht?\n"
        )
    };
    for date in [
        "4 juni 2025",
        "4 juni, 2025",
        "2025-06-04",
        "4-6-2025",
        "04/06/2025",
    ] {
        let text = intro(date);
        let doc = kamervraag::parse(&text).expect("a document");
        assert_eq!(
            doc.submitted.map(|d| d.to_string()).as_deref(),
            Some("2025-06-04"),
            "{date}"
        );
        assert!(doc.diagnostics.is_empty(), "{date}: {:?}", doc.diagnostics);
    }
    for (date, why) in [
        ("31 september 2025", "which is not a day of the calendar"),
        ("31-9-2025", "which is not a day of the calendar"),
        ("vandaag", "which is not a date"),
    ] {
        let text = intro(date);
        let doc = kamervraag::parse(&text).expect("a document");
        assert_eq!(doc.submitted, None);
        assert_eq!(doc.diagnostics.len(), 1, "{date}");
        assert_eq!(doc.diagnostics[0].code, "invalid-date");
        assert!(
            doc.diagnostics[0]
                .message
                .contains(&format!("`{date}` in `(ingezonden …)`, {why};")),
            "{}",
            doc.diagnostics[0].message
        );
    }
}

/// Older Aanhangsel PDF text (1990s–2000s): bare question numbers on their own lines, the answerer
/// line after the questions, then the answers under the same bare numbers.
const OLD_AH_BARE_NUMBERS: &str = "Tweede Kamer der Staten-Generaal\n\
Vergaderjaar 1998–1999 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
812\n\
Vragen van de leden Rosenmöller en Halsema (beiden GroenLinks) aan de\n\
Staatssecretaris van Justitie over de terugkeer van afgewezen asielzoekers.\n\
(Ingezonden 2 december 1998)\n\
1\n\
Klopt het dat in november tientallen gezinnen zijn teruggestuurd?1\n\
2\n\
Bent u bereid de Kamer daarover te informeren?\n\
Antwoord van staatssecretaris Cohen (Justitie), mede namens de Minister voor\n\
Grote Steden- en Integratiebeleid. (Ontvangen 11 januari\n\
1999)\n\
1\n\
Nee, het ging om een klein aantal gezinnen.\n\
2\n\
Ja.\n\
1 Trouw, 28 november 1998\n\
ah-tk-19981999-812\n";

#[test]
fn older_aanhangsel_text_with_bare_numbers_and_the_answerer_after_the_questions() {
    let doc = ok(OLD_AH_BARE_NUMBERS);
    assert_eq!(doc.kind, kamervraag::Kind::Answer);
    assert_eq!(doc.aanhangsel, Some(812));
    assert_eq!(doc.vergaderjaar.as_deref(), Some("1998-1999"));
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("1998-12-02")
    );
    assert_eq!(
        doc.received.map(|d| d.to_string()).as_deref(),
        Some("1999-01-11")
    );
    assert_eq!(doc.responders.len(), 1);
    assert_eq!(doc.responders[0].name.as_deref(), Some("Cohen"));
    assert_eq!(doc.responders[0].portfolio.as_deref(), Some("Justitie"));
    assert_eq!(doc.co_responders.len(), 1);
    assert_eq!(
        doc.co_responders[0].portfolio.as_deref(),
        Some("Grote Steden- en Integratiebeleid")
    );
    assert_eq!(
        texts(&doc.questions),
        [
            (
                vec![1],
                "Klopt het dat in november tientallen gezinnen zijn teruggestuurd?"
            ),
            (vec![2], "Bent u bereid de Kamer daarover te informeren?"),
        ]
    );
    assert_eq!(doc.questions[0].label.as_deref(), Some("1"));
    assert_eq!(doc.questions[0].footnotes, [1]);
    assert_eq!(
        texts(&doc.answers),
        [
            (vec![1], "Nee, het ging om een klein aantal gezinnen."),
            (vec![2], "Ja."),
        ]
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "Trouw, 28 november 1998");
}

#[test]
fn older_aanhangsel_text_with_bare_numbers_and_antwoord_labels() {
    // `1` / question / `Antwoord` / answer / `2` / …: the bare `2` after an answer opens question 2.
    let text = "Vergaderjaar 2003–2004 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
1888\n\
Vragen van de leden Hermans (LPF) en Van Bommel (SP) aan de Minister van Defensie\n\
over de missie in Irak. (Ingezonden 10 maart 2004)\n\
Antwoord van Minister Kamp (Defensie). (Ontvangen 2 april 2004)\n\
1\n\
Hoeveel militairen zijn uitgezonden?\n\
Antwoord\n\
Er zijn 1 100 militairen uitgezonden.\n\
2\n\
Wanneer eindigt de missie?\n\
Antwoord\n\
In maart 2005.\n";
    let doc = ok(text);
    assert_eq!(
        texts(&doc.questions),
        [
            (vec![1], "Hoeveel militairen zijn uitgezonden?"),
            (vec![2], "Wanneer eindigt de missie?"),
        ]
    );
    assert_eq!(
        texts(&doc.answers),
        [
            (vec![1], "Er zijn 1 100 militairen uitgezonden."),
            (vec![2], "In maart 2005."),
        ]
    );
}

#[test]
fn an_unnumbered_answer_after_a_trailing_answerer_line_answers_the_questions() {
    let text = "Vergaderjaar 1998–1999 Aanhangsel van de Handelingen\n\
1301\n\
Vragen van het lid Van Middelkoop (GPV) aan de Minister van Defensie over de\n\
dienstplicht. (Ingezonden 3 maart 1999)\n\
Wordt de opkomstplicht opnieuw geregeld?\n\
Antwoord van minister De Grave (Defensie). (Ontvangen 24 maart 1999)\n\
Nee, daartoe bestaat geen aanleiding.\n";
    let doc = ok(text);
    assert_eq!(doc.kind, kamervraag::Kind::Answer);
    assert_eq!(doc.responders[0].name.as_deref(), Some("De Grave"));
    assert_eq!(
        texts(&doc.questions),
        [(vec![1], "Wordt de opkomstplicht opnieuw geregeld?")]
    );
    assert_eq!(
        texts(&doc.answers),
        [(vec![1], "Nee, daartoe bestaat geen aanleiding.")]
    );
}

#[test]
fn an_older_pdf_notice_after_bare_numbered_questions_or_without_them_is_notice_prose() {
    let quoted = "Vergaderjaar 1997–1998 Aanhangsel van de Handelingen\n\
640\n\
Vragen van het lid Rabbae (GroenLinks) aan de Staatssecretaris van Justitie over\n\
gezinshereniging. (Ingezonden 9 december 1997)\n\
1\n\
Hoeveel aanvragen zijn er in 1997 ingediend?\n\
2\n\
Hoe lang duurt de behandeling?\n\
Mededeling van staatssecretaris Schmitz (Justitie). (Ontvangen 6 januari\n\
1998)\n\
De vragen kunnen niet binnen de gebruikelijke termijn worden\n\
beantwoord.\n";
    let doc = ok(quoted);
    assert_eq!(doc.kind, kamervraag::Kind::Notice);
    assert_eq!(doc.questions.len(), 2);
    assert_eq!(
        doc.received.map(|d| d.to_string()).as_deref(),
        Some("1998-01-06")
    );
    assert_eq!(
        doc.notice.as_deref(),
        Some("De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.")
    );
    // The notice straight after its `Mededeling van` line, with no questions and no heading.
    let bare = "Vergaderjaar 2004–2005 Aanhangsel van de Handelingen\n\
1290\n\
Vragen van het lid Van der Staaij (SGP) aan de Minister voor Bestuurlijke Vernieuwing\n\
en Koninkrijksrelaties over het referendum. (Ingezonden 1 februari 2005)\n\
Mededeling van minister Pechtold (Bestuurlijke Vernieuwing en Koninkrijksrelaties).\n\
(Ontvangen 21 februari 2005)\n\
De vragen over het referendum kunnen niet binnen de gebruikelijke termijn\n\
worden beantwoord.\n";
    let doc = ok(bare);
    assert_eq!(doc.kind, kamervraag::Kind::Notice);
    assert!(doc.questions.is_empty());
    assert_eq!(
        doc.notice.as_deref(),
        Some(
            "De vragen over het referendum kunnen niet binnen de gebruikelijke termijn worden beantwoord."
        )
    );
}

#[test]
fn a_capitalised_ingezonden_line_before_a_word_intro_leaves_the_intro_alone() {
    let text = "2002Z04123\n(Ingezonden 11 maart 2002)\n\
Vragen van het lid Pastors (Leefbaar Nederland) aan de minister van Verkeer en Waterstaat over de Betuweroute\n\n\
Wat kost de Betuweroute per kilometer?\n\nWanneer wordt de lijn geopend?\n";
    let doc = ok(text);
    assert_eq!(
        doc.submitted.map(|d| d.to_string()).as_deref(),
        Some("2002-03-11")
    );
    assert_eq!(doc.submitters.len(), 1);
    assert_eq!(doc.submitters[0].name, "Pastors");
    assert_eq!(
        doc.submitters[0].party.as_deref(),
        Some("Leefbaar Nederland")
    );
    assert_eq!(
        doc.addressees[0].portfolio.as_deref(),
        Some("Verkeer en Waterstaat")
    );
    assert_eq!(doc.subject.as_deref(), Some("de Betuweroute"));
    assert_eq!(doc.questions.len(), 2);
}

/// A kv-tk question PDF's text around `intro`.
fn pdf_questions(intro: &str) -> String {
    format!(
        "Tweede Kamer der Staten-Generaal2\n\
         Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
         2024Z18001\n\
         {intro}\n\
         Vraag 1\nWat kost het?\n\
         kv-tk-2024Z18001\n\
         ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n"
    )
}

/// An ah-tk answer PDF's text around `answerer`.
fn pdf_answer(answerer: &str) -> String {
    format!(
        "Tweede Kamer der Staten-Generaal2\n\
         Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
         Vragen gesteld door de leden der Kamer, met de daarop door de\n\
         regering gegeven antwoorden\n\
         594\n\
         Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten (ingezonden\n\
         3 maart 2024).\n\
         {answerer}\n\
         Vraag 1\nWat kost het?\n\
         Antwoord 1\nVeel.\n\
         ah-tk-20242025-594\n\
         ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
    )
}

fn offices(list: &[kamervraag::Office<'_>]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|o| {
            (
                o.office.to_string(),
                o.portfolio.as_deref().map(str::to_string),
            )
        })
        .collect()
}

fn office(office: &str, portfolio: &str) -> (String, Option<String>) {
    (office.to_string(), Some(portfolio.to_string()))
}

#[test]
fn a_space_lost_in_the_addressee_list_loses_no_office() {
    // A PDF line join may drop the space between any two words of the list; where the grammar
    // allows one reading only (an office word glued to `van`/`voor` and a known portfolio, `en`/`de`
    // glued to an office, a portfolio glued to `en`), the list reads as with the space.
    let (min, sec) = ("minister", "staatssecretaris");
    for (to, want) in [
        (
            "aande Minister van Financiën",
            vec![office(min, "Financiën")],
        ),
        (
            "aan de Ministervan Financiën",
            vec![office(min, "Financiën")],
        ),
        (
            "aan de Staatssecretarisvan\nFinanciën",
            vec![office(sec, "Financiën")],
        ),
        (
            "aan de minister van Financiën en destaatssecretaris van Financiën",
            vec![office(min, "Financiën"), office(sec, "Financiën")],
        ),
        (
            "aan de Minister vanFinanciën ende Staatssecretaris van Defensie",
            vec![office(min, "Financiën"), office(sec, "Defensie")],
        ),
        (
            "aan de Minister van Financiënen de Staatssecretaris van Defensie",
            vec![office(min, "Financiën"), office(sec, "Defensie")],
        ),
        (
            "aan de Ministers van Justitie en Veiligheid envan Buitenlandse Zaken",
            vec![
                office(min, "Justitie en Veiligheid"),
                office(min, "Buitenlandse Zaken"),
            ],
        ),
        (
            "aan de Ministeren Staatssecretaris van Binnenlandse Zaken en\nKoninkrijksrelaties",
            vec![
                office(min, "Binnenlandse Zaken en Koninkrijksrelaties"),
                office(sec, "Binnenlandse Zaken en Koninkrijksrelaties"),
            ],
        ),
        (
            "aan de Ministersvoor Medische Zorg, van Financiën envoor Armoedebeleid, Participatie en\nPensioenen",
            vec![
                office(min, "Medische Zorg"),
                office(min, "Financiën"),
                office(min, "Armoedebeleid, Participatie en Pensioenen"),
            ],
        ),
    ] {
        let text = pdf_questions(&format!(
            "Vragen van het lid Jansen (SP) {to} over de kosten\n(ingezonden 3 maart 2024)."
        ));
        let doc = ok(&text);
        assert_eq!(offices(&doc.addressees), want, "{to}");
        assert_eq!(doc.subject.as_deref(), Some("de kosten"), "{to}");
        assert_eq!(doc.submitters.len(), 1, "{to}");
        assert_eq!(doc.submitters[0].name, "Jansen", "{to}");
    }
}

#[test]
fn a_space_lost_around_the_members_and_aan_loses_no_member_or_office() {
    // `het lid`, `de leden`, a group word, the party bracket and `aan` glued to their neighbours.
    let fin = vec![office("minister", "Financiën")];
    for (intro, members) in [
        (
            "Vragen van hetlid Jansen (SP) aan de Minister van Financiën over",
            vec![("Jansen", "SP")],
        ),
        (
            "Vragen van het lidVan der Staaij (SGP) aan de Minister van Financiën over",
            vec![("Van der Staaij", "SGP")],
        ),
        (
            "Vragen van de ledenKröger (GroenLinks-PvdA)en Dijk (SP) aan de Minister van\nFinanciën over",
            vec![("Kröger", "GroenLinks-PvdA"), ("Dijk", "SP")],
        ),
        (
            "Vragen van de leden Kröger enGabriëls (beidenGroenLinks-PvdA)aan de Minister van\nFinanciën over",
            vec![
                ("Kröger", "GroenLinks-PvdA"),
                ("Gabriëls", "GroenLinks-PvdA"),
            ],
        ),
        (
            "Vragen van het lid Jansen (SP) aandeMinister van Financiën over",
            vec![("Jansen", "SP")],
        ),
        (
            "Vragen van het lid Van der Staaij (SGP)aan\nde Minister van Financiën over",
            vec![("Van der Staaij", "SGP")],
        ),
    ] {
        let text = pdf_questions(&format!(
            "{intro} de bijdrage aan de gemeenten (ingezonden 3 maart 2024)."
        ));
        let doc = ok(&text);
        let got: Vec<_> = doc
            .submitters
            .iter()
            .map(|p| (p.name.as_ref(), p.party.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(got, members, "{intro}");
        assert_eq!(offices(&doc.addressees), fin, "{intro}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("de bijdrage aan de gemeenten"),
            "{intro}"
        );
    }
    // A name without a party glued to `aan`: split only before `de` and an office.
    let text = pdf_questions(
        "Vragen van het lid De Haanaan de Minister van Defensie over de kosten (ingezonden 3 maart 2024).",
    );
    let doc = ok(&text);
    assert_eq!(doc.submitters[0].name, "De Haan");
    assert_eq!(offices(&doc.addressees), [office("minister", "Defensie")]);
}

#[test]
fn words_that_begin_like_intro_keywords_are_not_split() {
    // `aandeel`, `vanwege`, `enkele`, `endemisch`, `denken`, `deelt`, `voorzitter` and names such as
    // `Vandenberg`, `Van der Staaij`, `Haan` stay whole.
    for (intro, members, to, subject) in [
        (
            "Vragen van het lid Van der Staaij (SGP) aan de minister van Financiën over het aandeel van de staat vanwege de voorzitter (ingezonden 3 maart 2024).",
            vec!["Van der Staaij"],
            vec![office("minister", "Financiën")],
            "het aandeel van de staat vanwege de voorzitter",
        ),
        (
            "Vragen van de leden Vandenberg (VVD) en Haan (CDA) aan de minister van Financiën en de\nminister van Defensie over enkele endemische ziekten en denken dat het deelt (ingezonden 3 maart 2024).",
            vec!["Vandenberg", "Haan"],
            vec![
                office("minister", "Financiën"),
                office("minister", "Defensie"),
            ],
            "enkele endemische ziekten en denken dat het deelt",
        ),
        (
            "Vragen van het lid Haan (VVD) aan de Minister van Defensie over aandelen de Minister van Financiën (ingezonden 3 maart 2024).",
            vec!["Haan"],
            vec![office("minister", "Defensie")],
            "aandelen de Minister van Financiën",
        ),
    ] {
        let text = pdf_questions(intro);
        let doc = ok(&text);
        let names: Vec<_> = doc.submitters.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, members, "{intro}");
        assert_eq!(offices(&doc.addressees), to, "{intro}");
        assert_eq!(doc.subject.as_deref(), Some(subject), "{intro}");
    }
}

#[test]
fn a_space_lost_in_the_answerer_line_loses_no_responder() {
    let responders = |doc: &Document<'_>| -> Vec<(String, Option<String>, Option<String>)> {
        doc.responders
            .iter()
            .map(|r| {
                (
                    r.office.to_string(),
                    r.name.as_deref().map(str::to_string),
                    r.portfolio.as_deref().map(str::to_string),
                )
            })
            .collect()
    };
    let who = |office: &str, name: Option<&str>, portfolio: &str| {
        (
            office.to_string(),
            name.map(str::to_string),
            Some(portfolio.to_string()),
        )
    };
    for (line, want, co) in [
        (
            "Antwoord van Minister Heinen (Financiën), mede namensde Staatssecretaris van\nFinanciën (ontvangen 19 november 2024).",
            vec![who("minister", Some("Heinen"), "Financiën")],
            vec![office("staatssecretaris", "Financiën")],
        ),
        (
            "Antwoord vanMinister Heinen (Financiën), medenamens de Minister voor Medische\nZorg (ontvangen 19 november 2024).",
            vec![who("minister", Some("Heinen"), "Financiën")],
            vec![office("minister", "Medische Zorg")],
        ),
        (
            "Antwoord van de Ministervan Buitenlandse Zaken, mede namens de Ministers voor\nMedische Zorg envan Financiën en deStaatssecretaris van Defensie (ontvangen\n19 november 2024).",
            vec![who("minister", None, "Buitenlandse Zaken")],
            vec![
                office("minister", "Medische Zorg"),
                office("minister", "Financiën"),
                office("staatssecretaris", "Defensie"),
            ],
        ),
        (
            "Antwoord van Minister Van Weel (Justitie en Veiligheid) enantwoord van\nStaatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 19 november 2024).",
            vec![
                who("minister", Some("Van Weel"), "Justitie en Veiligheid"),
                who(
                    "staatssecretaris",
                    Some("Coenradie"),
                    "Justitie en Veiligheid",
                ),
            ],
            vec![],
        ),
        (
            "Antwoord van Staatssecretaris Van der Staaij (Financiën) en vanMinister Hermans\n(Klimaat en Groene Groei) (ontvangen 19 november 2024).",
            vec![
                who("staatssecretaris", Some("Van der Staaij"), "Financiën"),
                who("minister", Some("Hermans"), "Klimaat en Groene Groei"),
            ],
            vec![],
        ),
    ] {
        let text = pdf_answer(line);
        let doc = ok(&text);
        assert_eq!(doc.kind, kamervraag::Kind::Answer, "{line}");
        assert_eq!(responders(&doc), want, "{line}");
        assert_eq!(offices(&doc.co_responders), co, "{line}");
        assert_eq!(
            doc.received.map(|d| d.to_string()).as_deref(),
            Some("2024-11-19"),
            "{line}"
        );
        assert_eq!(doc.answers.len(), 1, "{line}");
    }
}

#[test]
fn a_notice_line_without_its_received_date_ends_with_its_sentence_in_every_rendering() {
    // Without `(ontvangen …)` the `Mededeling van` line ends where its sentence does: the
    // `Mededeling` heading and the prose after it are the notice, not more of the line.
    let prose = "De vragen van het lid Dassen (Volt) over de btw op sportlessen (2024Z17801) kunnen niet \
                 binnen de gebruikelijke termijn worden beantwoord.";
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
660\n\
Vragen van het lid Dassen (Volt) aan de Minister van Financiën over de btw op\n\
sportlessen (ingezonden 4 november 2024).\n\
Mededeling van Minister Heinen (Financiën), mede namens de Staatssecretaris van\n\
Financiën.\n\
Mededeling\n\
De vragen van het lid Dassen (Volt) over de btw op sportlessen (2024Z17801)\n\
kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n";
    // Older PDF text: no heading, the prose right after the line.
    let older = pdf.replace("Mededeling\nDe", "De");
    let word = format!("AH 661\n2024Z17801\nMededeling van minister Heinen (Financiën)\n{prose}\n");
    for text in [pdf, &older, &word] {
        let doc = ok(text);
        assert_eq!(doc.kind, kamervraag::Kind::Notice, "{text}");
        assert_eq!(doc.notice.as_deref(), Some(prose), "{text}");
        assert_eq!(doc.zaaknummer.as_deref(), Some("2024Z17801"));
        assert_eq!(doc.responders[0].name.as_deref(), Some("Heinen"));
        assert_eq!(doc.received, None);
        let codes: Vec<&str> = doc.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["missing-date"], "{text}");
    }
    assert_eq!(ok(pdf).co_responders.len(), 1);
}

#[test]
fn notice_prose_opening_with_antwoord_van_after_the_notice_line_is_the_notice() {
    // A second answerer line names an office; prose that only opens with `Antwoord van` does not.
    let prose = "Antwoord van de regering op de vragen van het lid Van Kent (SP) over de AOW-leeftijd \
                 (2024Z17593) kan niet binnen de gebruikelijke termijn worden gegeven.";
    let word = format!(
        "AH 659\n2024Z17593\nMededeling van minister Van Hijum (Sociale Zaken en Werkgelegenheid) \
         (ontvangen 27 november 2024)\n\n{prose}\n"
    );
    let web = "Mededeling (uitstel antwoord) : Mededeling van minister Van Hijum over uitstel\n\
Mededeling van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 27 november\n\
2024).\n\
Antwoord van de regering op de vragen van het lid Van Kent (SP) over de AOW-leeftijd\n\
(2024Z17593) kan niet binnen de gebruikelijke termijn worden gegeven.\n";
    for text in [word.as_str(), web] {
        let doc = ok(text);
        assert_eq!(doc.kind, kamervraag::Kind::Notice, "{text}");
        assert_eq!(doc.notice.as_deref(), Some(prose), "{text}");
        assert_eq!(doc.responders.len(), 1);
        assert_eq!(
            doc.received.map(|d| d.to_string()).as_deref(),
            Some("2024-11-27")
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
}

#[test]
fn a_mededeling_heading_in_any_decoration_opens_the_notice_and_makes_the_kind() {
    // The Markdown conversion sets the heading in bold; a copy may lose the `Mededeling van` line,
    // and then the `Mededeling` section alone tells the notice from questions.
    let prose = "De vragen van het lid Dassen (Volt) over de btw op sportlessen (2024Z17801) kunnen niet \
                 binnen de gebruikelijke termijn worden beantwoord.";
    let body = "Vraag 1\nBent u bekend met het bericht?\n\n{H}\n\n\
De vragen van het lid Dassen (Volt) over de btw op sportlessen (2024Z17801)\n\
kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n";
    let intro = "### 662\n\n\
Vragen van het lid Dassen (Volt) aan de Minister van Financiën over de btw op\n\
sportlessen (ingezonden 4 november 2024).\n\n";
    let answerer = "Mededeling van Minister Heinen (Financiën) (ontvangen 22 november 2024).\n\n";
    for heading in [
        "**Mededeling**",
        "#### Mededeling",
        "Mededeling:",
        "Mededeling",
    ] {
        for with_answerer in [true, false] {
            let text = format!(
                "{intro}{}{}",
                if with_answerer { answerer } else { "" },
                body.replace("{H}", heading)
            );
            let doc = ok(&text);
            assert_eq!(doc.kind, kamervraag::Kind::Notice, "{text}");
            assert_eq!(doc.notice.as_deref(), Some(prose), "{text}");
            assert_eq!(
                texts(&doc.questions),
                [(vec![1], "Bent u bekend met het bericht?")]
            );
            assert_eq!(doc.zaaknummer.as_deref(), Some("2024Z17801"));
        }
    }
}

#[test]
fn an_oral_question_with_a_note_on_its_source_keeps_the_source_and_drops_the_marker() {
    // Oral questions end their subject with the source in brackets; a note superscript glued to that
    // bracket is a marker, not part of the subject. There are no questions, in PDF text as on the site.
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
2024Z18793\n\
Mondelinge vragen van het lid Bontenbal (CDA) aan de Minister van\n\
Volksgezondheid, Welzijn en Sport over het bericht «Huisartsen slaan alarm»\n\
(NOS, 18 november 2024 )1\n\
(ingezonden 19 november 2024)\n\
1NOS, 18 november 2024 (https://nos.nl/artikel/9)\n\
kv-tk-2024Z18793\n\
’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen\n";
    let web = "Mondelinge vragen : Het bericht ‘Huisartsen slaan alarm’\n\
Mondelinge vragen van het lid Bontenbal (CDA) aan de Minister van Volksgezondheid, Welzijn en\n\
Sport over het bericht «Huisartsen slaan alarm» (NOS, 18 november 2024 )1 (ingezonden\n\
19 november 2024)\n\
1 NOS, 18 november 2024 (https://nos.nl/artikel/9)\n";
    for text in [pdf, web] {
        let doc = ok(text);
        assert_eq!(doc.kind, kamervraag::Kind::Questions);
        assert!(doc.oral);
        assert_eq!(
            doc.subject.as_deref(),
            Some("het bericht «Huisartsen slaan alarm» (NOS, 18 november 2024 )"),
            "{text}"
        );
        assert_eq!(
            doc.submitted.map(|d| d.to_string()).as_deref(),
            Some("2024-11-19")
        );
        assert!(doc.questions.is_empty() && doc.answers.is_empty());
        assert_eq!(doc.footnotes.len(), 1, "{text}");
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
}

#[test]
fn a_superscript_glued_to_the_last_word_of_the_subject_is_no_part_of_it() {
    // PDF text glues the subject's note marker to its last word, also to a year; the note exists, so
    // the digits are its marker. Without the note, or after a code (`de A1`), they stay.
    let doc = |intro: &str, note: bool| {
        format!(
            "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
2024Z18001\n{intro}\n(ingezonden\n3 maart 2025)\n{}kv-tk-2024Z18001\n\
’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Vragen\n",
            if note {
                "1RTV Noord, 2 maart 2025 (https://www.rtvnoord.nl/nieuws/1)\n"
            } else {
                ""
            }
        )
    };
    for (intro, note, subject) in [
        (
            "Mondelinge vragen van de leden Bosma (PVV) en Ten Hove (BBB) aan de Minister van\nInfrastructuur en Waterstaat over de sluiting van de brug bij Zoutkamp1",
            true,
            "de sluiting van de brug bij Zoutkamp",
        ),
        (
            "Mondelinge vragen van het lid Bosma (PVV) aan de Minister van Financiën over het\njaarverslag van de Belastingdienst 20241",
            true,
            "het jaarverslag van de Belastingdienst 2024",
        ),
        (
            "Mondelinge vragen van het lid Bosma (PVV) aan de Minister van Financiën over het\njaarverslag van de Belastingdienst 20241",
            false,
            "het jaarverslag van de Belastingdienst 20241",
        ),
        (
            "Mondelinge vragen van het lid Bosma (PVV) aan de Minister van Infrastructuur en\nWaterstaat over de files op de A1",
            true,
            "de files op de A1",
        ),
        (
            "Mondelinge vragen van het lid Bosma (PVV) aan de Minister van Infrastructuur en\nWaterstaat over de sluiting van de brug bij Zoutkamp1",
            false,
            "de sluiting van de brug bij Zoutkamp1",
        ),
    ] {
        let text = doc(intro, note);
        let d = ok(&text);
        assert!(d.oral);
        assert_eq!(d.subject.as_deref(), Some(subject), "{text}");
        assert_eq!(d.footnotes.len(), usize::from(note), "{text}");
        assert_eq!(
            d.submitted.map(|d| d.to_string()).as_deref(),
            Some("2025-03-03")
        );
    }
}

#[test]
fn notice_prose_after_reprinted_questions_without_a_heading_in_pdf_text() {
    // PDF text marks no paragraph: the notice's prose after the questions it reprints is told by
    // its opening words, where no `Mededeling` heading sets it apart. A question mark that closes a
    // quoted title asks nothing.
    let doc = |last: &str, prose: &str| {
        format!(
            "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
733\n\
Vragen van de leden Mulder (PVV) en Sneller (D66) aan de Minister van\n\
Financiën over het bericht «Wie betaalt de energierekening?» (ingezonden\n\
2 februari 2025).\n\
Mededeling van Minister Heinen (Financiën) (ontvangen 21 februari 2025).\n\
Vraag 1\n\
Kent u het bericht?\n\
Vraag 2\n\
{last}\n{prose}\n\
ah-tk-20242025-733\n\
ISSN 0921 - 7398’s-Gravenhage 2025Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
        )
    };
    for (last, prose, question, notice) in [
        (
            "Hoeveel huishoudens hebben een\nbetalingsachterstand?",
            "Op 2 februari jl. hebben de leden Mulder en Sneller vragen gesteld over het bericht\n\
             «Wie betaalt de energierekening?» (2025Z01900). Deze kunnen niet binnen de\n\
             gebruikelijke termijn worden beantwoord.",
            "Hoeveel huishoudens hebben een betalingsachterstand?",
            Some("Op 2 februari jl. hebben"),
        ),
        (
            "Wilt u deze vragen beantwoorden voor het debat.",
            "De vragen van de leden Mulder (PVV) en Sneller (D66) (2025Z01900) kunnen niet\n\
             binnen de gebruikelijke termijn worden beantwoord.",
            "Wilt u deze vragen beantwoorden voor het debat.",
            Some("De vragen van de leden"),
        ),
        (
            "Hoeveel huishoudens hebben een betalingsachterstand? Wat zegt het lid van\n\
             de raad van bestuur daarover.",
            "Het lid van de raad noemde geen cijfers.\nMededeling\n\
             De vragen (2025Z01900) kunnen niet binnen de gebruikelijke termijn worden beantwoord.",
            "Hoeveel huishoudens hebben een betalingsachterstand? Wat zegt het lid van de raad \
             van bestuur daarover. Het lid van de raad noemde geen cijfers.",
            Some("De vragen (2025Z01900)"),
        ),
    ] {
        let text = doc(last, prose);
        let d = ok(&text);
        assert_eq!(d.kind, kamervraag::Kind::Notice, "{text}");
        assert_eq!(d.questions.len(), 2, "{text}");
        assert_eq!(d.questions[1].text, question, "{text}");
        assert_eq!(d.zaaknummer.as_deref(), Some("2025Z01900"), "{text}");
        assert_eq!(
            d.notice.as_deref().map(|n| &n[..notice.unwrap().len()]),
            notice,
            "{text}"
        );
        assert!(d.notice.as_deref().unwrap().ends_with("worden beantwoord."));
    }
}

#[test]
fn portfolios_that_lost_a_space_at_a_pdf_line_join_read_as_the_gazetteer_spells_them() {
    let text = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
Vragen gesteld door de leden der Kamer, met de daarop door de\n\
regering gegeven antwoorden\n\
734\n\
Vragen van het lid Mulder (PVV) aan de Minister voor Buitenlandse Handel enOntwikkelingshulp en de\n\
Staatssecretaris van Binnenlandse Zaken en koninkrijksrelaties over de exportkredieten (ingezonden\n\
2 februari 2025).\n\
Mededeling van Minister Van Hijum (SocialeZaken en Werkgelegenheid), mede namens de Minister van\n\
Volksgezondheid,Welzijn en Sport (ontvangen 21 februari 2025).\n\
Mededeling\n\
De vragen van het lid Mulder (PVV) (2025Z01901) kunnen niet binnen de gebruikelijke termijn\n\
worden beantwoord.\n";
    let d = ok(text);
    let offices = |o: &[kamervraag::Office<'_>]| {
        o.iter()
            .map(|o| o.portfolio.as_deref().unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        offices(&d.addressees),
        [
            "Buitenlandse Handel en Ontwikkelingshulp",
            // Other capitals than the gazetteer's stay as printed.
            "Binnenlandse Zaken en koninkrijksrelaties"
        ]
    );
    assert_eq!(
        d.responders[0].portfolio.as_deref(),
        Some("Sociale Zaken en Werkgelegenheid")
    );
    assert_eq!(
        offices(&d.co_responders),
        ["Volksgezondheid, Welzijn en Sport"]
    );
}

#[test]
fn unnumbered_questions_on_a_tweedemonitor_page_are_numbered_by_position() {
    // Tweedemonitor prints the Word original's body: bare question paragraphs, with or without an
    // empty line between them, are one question each, as in the original.
    let head = "Tweedemonitor / Kamervraag / Het rapport ‘Leegstand’Het rapport ‘Leegstand’\n\n\
        Keywords:\nZaaknummer: 2020Z01234\n\n2020Z01234\n\n\
        Vragen van het lid Beckerman (SP) aan de minister van Binnenlandse Zaken en \
        Koninkrijksrelaties over het rapport ‘Leegstand’. (ingezonden 24 januari 2020)\n\n";
    let tail = "\n1) https://www.example.nl/leegstand.pdf\n\nIndiener\n\nSandra Beckerman (SP)\n\n\
        Gericht\n\nKajsa Ollongren (D66)\n\nAccess ( 88 )\n\nPublicatiedatum\n24 Januari 2020Gerelateerd\n\n\
        Leegstand in de stad\n";
    for sep in ["\n\n", "\n"] {
        let body = [
            "Kent u het rapport ‘Leegstand’? 1)",
            "Hoeveel woningen staan leeg?",
            "Wat gaat u daaraan doen?",
        ]
        .join(sep);
        let text = format!("{head}{body}\n{tail}");
        let doc = ok(&text);
        assert_eq!(doc.format, kamervraag::Format::Tweedemonitor);
        assert_eq!(
            texts(&doc.questions),
            [
                (vec![1], "Kent u het rapport ‘Leegstand’?"),
                (vec![2], "Hoeveel woningen staan leeg?"),
                (vec![3], "Wat gaat u daaraan doen?"),
            ],
            "{sep:?}"
        );
        assert_eq!(doc.questions[0].footnotes, [1]);
        assert_eq!(doc.questions[0].label, None);
        assert_eq!(doc.footnotes.len(), 1);
        assert_eq!(doc.page.as_ref().map(|p| p.views), Some(Some(88)));
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }
}

#[test]
fn a_url_on_the_line_after_a_notes_url_is_a_second_url() {
    // A note may list several URLs one per line; a line that opens with its own scheme starts a new
    // URL rather than continuing the one before, unless that one ends in `/` and holds the next
    // (an archived page).
    let text = "2019Z20001\n\n\
        Vragen van het lid Moorlag (PvdA) aan de minister van Landbouw, Natuur en Voedselkwaliteit \
        over stikstof (ingezonden 15 oktober 2019)\n\n\
        1. Kent u de berichten? 1)\n\n2. Kent u het archief? 2)\n\n\
        1) https://www.example.nl/a\nhttps://www.example.nl/b\n\
        2) https://web.archive.org/web/20191014000000/\nhttps://www.example.nl/c\n";
    let doc = ok(text);
    assert_eq!(doc.footnotes.len(), 2);
    assert_eq!(
        doc.footnotes[0].text,
        "https://www.example.nl/a https://www.example.nl/b"
    );
    assert_eq!(
        doc.footnotes[0].urls,
        ["https://www.example.nl/a", "https://www.example.nl/b"]
    );
    assert_eq!(
        doc.footnotes[1].urls,
        ["https://web.archive.org/web/20191014000000/https://www.example.nl/c"]
    );
}

#[test]
fn a_paren_marker_glued_to_the_end_of_a_question_is_a_marker() {
    // The ` 1)` marker of Word originals and Tweedemonitor pages may lose its space after the
    // question mark, a closing quote or a sentence period; a number closed by `)` after a decimal
    // point or an abbreviation (`artikel 2.1)`, `art.1)`) stays text.
    let text = "2020Z03333\n\n\
        Vragen van het lid Kerstens (PvdA) aan de staatssecretaris van Financiën over daklozen \
        (ingezonden 20 februari 2020)\n\n\
        1. Kent u het artikel ‘Dakloos’1) en het rapport? 2)\n\n\
        2. Hoeveel jongeren slapen op straat?2)\n\n\
        3. Klopt het dat dit zo blijft.1) Waarom (zie artikel 2.1)?\n\n\
        1) https://www.example.nl/dakloos\n2) Trouw, 18 februari 2020\n";
    let doc = ok(text);
    assert_eq!(
        texts(&doc.questions),
        [
            (vec![1], "Kent u het artikel ‘Dakloos’ en het rapport?"),
            (vec![2], "Hoeveel jongeren slapen op straat?"),
            (
                vec![3],
                "Klopt het dat dit zo blijft. Waarom (zie artikel 2.1)?"
            ),
        ]
    );
    let refs: Vec<_> = doc.questions.iter().map(|q| q.footnotes.clone()).collect();
    assert_eq!(refs, [vec![1, 2], vec![2], vec![1]]);
}

#[test]
fn a_tweedemonitor_view_count_with_thousands_separators_is_read() {
    let text = "Tweedemonitor / Kamervraag / Scholen zonder lerarenScholen zonder leraren\n\
        Keywords: onderwijs\nZaaknummer: 2019Z18000\n\
        Vragen van het lid Kwint (SP) aan de minister voor Basis- en Voortgezet Onderwijs en Media \
        over scholen zonder leraren. (ingezonden 20 september 2019)\n\
        \x20 1. Hoeveel scholen hebben een vierdaagse schoolweek?\n\
        Indiener\nPeter Kwint (SP)\nGericht\nArie Slob (ChristenUnie)\nAccess ( 12.345 )\n\
        Publicatiedatum\n20 September 2019Gerelateerd\nLerarentekort\n";
    let doc = ok(text);
    let page = doc.page.as_ref().expect("page metadata");
    assert_eq!(page.views, Some(12_345));
    assert_eq!(page.related, ["Lerarentekort"]);
}

#[test]
fn a_tweedekamer_title_wrapped_onto_the_next_line_is_one_title() {
    // The site's text is hard-wrapped at about 85 characters; a long `Soort : Onderwerp` line may
    // wrap too, its rest standing just above the intro or answerer line.
    let title = "Antwoord op vragen van het lid Kostić over het bericht ‘Dierenwelzijn op transport schiet tekort’";
    let intro = "Vragen van het lid Kostić (PvdD) aan de Minister van Landbouw, Visserij, Voedselzekerheid en\n\
        Natuur over het bericht «Dierenwelzijn op transport schiet tekort» (ingezonden\n6 januari 2025).\n";
    let answerer = "Antwoord van Minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen\n\
        3 februari 2025).\n";
    let body = "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n";
    let wrapped = title.replace(" transport", "\ntransport");
    for text in [
        format!("Antwoord schriftelijke vragen : {wrapped}\n{intro}{answerer}{body}"),
        format!("Antwoord schriftelijke vragen : {wrapped}\n{answerer}{body}"),
        format!("Antwoord schriftelijke vragen : {title}\n{intro}{answerer}{body}"),
    ] {
        let doc = ok(&text);
        assert_eq!(doc.format, kamervraag::Format::Webpage);
        assert_eq!(doc.title.as_deref(), Some(title));
        assert_eq!(texts(&doc.questions), [(vec![1], "Kent u het bericht?")]);
        assert_eq!(texts(&doc.answers), [(vec![1], "Ja.")]);
        assert_eq!(doc.responders[0].name.as_deref(), Some("Wiersma"));
    }
    let text = format!("Antwoord schriftelijke vragen : {wrapped}\n{intro}{answerer}{body}");
    let doc = ok(&text);
    assert_eq!(doc.submitters[0].name, "Kostić");
    assert_eq!(
        doc.subject.as_deref(),
        Some("het bericht «Dierenwelzijn op transport schiet tekort»")
    );
    // A short title is whole; the line under it is not its rest.
    let short = "Schriftelijke vragen : Het bericht ‘Sloten’\nDeze pagina is bijgewerkt\n\
        Vragen van het lid Van Esch (PvdD) aan de Minister van Landbouw, Natuur en\n\
        Voedselkwaliteit over het bericht «Sloten» (ingezonden 2 augustus 2019).\n\
        Vraag 1\nKent u het bericht «Sloten»?\n";
    assert_eq!(ok(short).title.as_deref(), Some("Het bericht ‘Sloten’"));
}

#[test]
fn tweedemonitor_metadata_headings_glued_or_inline_are_read() {
    // HTML text runs the page's headings into their values and into each other (`2019Gerelateerd`);
    // a copy may also put a value after its heading on one line (`Indiener: …`). Each form gives
    // the same page metadata, and none of it leaks into the Toelichting.
    let head = "Tweedemonitor / Kamervraag / Politie onderbezetPolitie onderbezet\n\
        Keywords: politie\nZaaknummer: 2019Z13000\n\
        Vragen van het lid Van Toorenburg (CDA) aan de minister van Justitie en Veiligheid over \
        politie. (ingezonden 25 juni 2019)\n\
        \x20 1. Hoeveel agenten zijn er tekort?\n\
        Toelichting:\nDeze vragen dienen ter aanvulling op eerdere vragen (vraagnummer 2019Z12900)\n";
    let explanation =
        "Deze vragen dienen ter aanvulling op eerdere vragen (vraagnummer 2019Z12900)";
    for tail in [
        "Indiener\nMadeleine van Toorenburg (CDA)\nGericht\nFerdinand Grapperhaus (CDA)\nAccess ( 640 )\n\
         Publicatiedatum\n25 Juni 2019Gerelateerd\nAgenten overbelast\nGerichte hulp\n",
        "Indiener: Madeleine van Toorenburg (CDA)\nGericht: Ferdinand Grapperhaus (CDA)\n\
         Access ( 640 )Publicatiedatum 25 Juni 2019 Gerelateerd\nAgenten overbelast\nGerichte hulp\n",
        "IndienerMadeleine van Toorenburg (CDA)GerichtFerdinand Grapperhaus (CDA)Access ( 640 )\
         Publicatiedatum25 Juni 2019GerelateerdAgenten overbelast\nGerichte hulp\n© 2017-2020 Tweedemonitor\n",
    ] {
        let text = format!("{head}{tail}");
        let doc = ok(&text);
        assert_eq!(doc.explanation.as_deref(), Some(explanation), "{tail}");
        assert_eq!(
            doc.published,
            chrono::NaiveDate::from_ymd_opt(2019, 6, 25),
            "{tail}"
        );
        let page = doc.page.as_ref().expect("page metadata");
        let name = |p: &Option<kamervraag::Person<'_>>| p.as_ref().map(|p| p.name.to_string());
        assert_eq!(
            name(&page.indiener).as_deref(),
            Some("Madeleine van Toorenburg"),
            "{tail}"
        );
        assert_eq!(
            name(&page.gericht).as_deref(),
            Some("Ferdinand Grapperhaus"),
            "{tail}"
        );
        assert_eq!(page.views, Some(640), "{tail}");
        assert_eq!(
            page.related,
            ["Agenten overbelast", "Gerichte hulp"],
            "{tail}"
        );
    }
}

#[test]
fn a_superscript_after_a_bracket_that_ends_in_a_number_is_a_marker_in_pdf_and_webpage() {
    // A citation in brackets often ends in a number (`nr. 120)`); the superscript glued after the
    // closing bracket or quote is still a marker, not part of the text.
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
        Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
        2025Z08888\n\
        Vragen van het lid Kostić (PvdD) aan de Minister van Volksgezondheid, Welzijn\n\
        en Sport over dierproeven (ingezonden 11 februari 2025).\n\
        1\n\
        Kent u de motie (Kamerstuk 32 336, nr. 120)1 en het bericht «Top 10»2?\n\
        1Kamerstuk 32 336, nr. 120\n\
        2NOS, 10 februari 2025, «Top 10» (https://nos.nl/artikel/10)\n\
        kv-tk-2025Z08888\n\
        ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n";
    let web = "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Kostić over dierproeven\n\
        Vragen van het lid Kostić (PvdD) aan de Minister van Volksgezondheid, Welzijn en Sport over\n\
        dierproeven (ingezonden 11 februari 2025).\n\
        Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport) (ontvangen\n\
        3 maart 2025).\n\
        Vraag 1\n\
        Kent u de motie (Kamerstuk 32 336, nr. 120)1 en het bericht «Top 10»2?\n\
        Antwoord 1\n\
        Ja.\n\
        1 Kamerstuk 32 336, nr. 120\n\
        2 NOS, 10 februari 2025, «Top 10» (https://nos.nl/artikel/10)\n";
    for doc in [ok(pdf), ok(web)] {
        assert_eq!(
            doc.questions[0].text,
            "Kent u de motie (Kamerstuk 32 336, nr. 120) en het bericht «Top 10»?"
        );
        assert_eq!(doc.questions[0].footnotes, [1, 2]);
        assert_eq!(doc.footnotes.len(), 2);
        assert_eq!(doc.footnotes[1].urls, ["https://nos.nl/artikel/10"]);
    }
}

#[test]
fn a_superscript_glued_to_a_url_in_a_question_is_no_part_of_the_url_reference() {
    // PDF text glues the superscript to a URL in the question (`…/kaart)?1`, `…-2024.2 Wat`): the
    // URL reference ends before the marker, and one that the note repeats is listed once.
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
        Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
        2025Z09100\n\
        Vragen van het lid Jansen (GL-PvdA) aan de Minister van Klimaat en Groene\n\
        Groei over warmtenetten (ingezonden 14 januari 2025).\n\
        1\n\
        Kent u de website (https://www.example.nl/kaart)?1\n\
        2\n\
        Kent u het rapport op https://www.example.nl/rapport-2024.2 Wat is uw reactie?\n\
        1https://www.example.nl/kaart, geraadpleegd op 13 januari 2025\n\
        2PBL, Warmtenetten, december 2024\n\
        kv-tk-2025Z09100\n\
        ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n";
    let doc = ok(pdf);
    assert_eq!(doc.questions[0].footnotes, [1]);
    assert_eq!(doc.questions[1].footnotes, [2]);
    let urls: Vec<(&str, &str)> = doc
        .references
        .iter()
        .filter(|r| r.kind.as_str() == "url")
        .map(|r| (r.id.as_ref(), &pdf[r.span.start..r.span.end]))
        .collect();
    assert_eq!(
        urls,
        [
            (
                "https://www.example.nl/kaart",
                "https://www.example.nl/kaart"
            ),
            (
                "https://www.example.nl/rapport-2024",
                "https://www.example.nl/rapport-2024"
            ),
        ]
    );
    assert_eq!(
        doc.references
            .iter()
            .find(|r| r.kind.as_str() == "url")
            .map(|r| r.span.start),
        pdf.find("https://www.example.nl/kaart)")
    );
}

#[test]
fn a_markdown_marker_glued_to_a_url_is_no_part_of_the_url_reference() {
    let md = "### 1303\n\n\
        Vragen van het lid Stoffer (SGP) aan de Minister van Infrastructuur en Waterstaat over \
        dijken (ingezonden 12 februari 2025).\n\n\
        Antwoord van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen 10 maart 2025).\n\n\
        Vraag 1\n\n\
        Kent u https://www.example.nl/dijk[1 ] en het rapport?\n\n\
        Antwoord 1\n\nJa.\n\n\
        1 Waterschap, 11 februari 2025, Dijkrapport\n";
    let doc = ok(md);
    assert_eq!(
        doc.questions[0].text,
        "Kent u https://www.example.nl/dijk en het rapport?"
    );
    assert_eq!(doc.questions[0].footnotes, [1]);
    let urls: Vec<&str> = doc
        .references
        .iter()
        .filter(|r| r.kind.as_str() == "url")
        .map(|r| r.id.as_ref())
        .collect();
    assert_eq!(urls, ["https://www.example.nl/dijk"]);
}

#[test]
fn headings_a_web_page_glued_to_the_sentence_before_them_start_their_blocks() {
    // A tweedekamer.nl page whose paragraphs lost their line breaks: the first heading is glued to the
    // answerer line, later ones to the end of the sentence before them (also after a superscript).
    let text = "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Bromet over melkvee\n\
Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw, Natuur en Voedselkwaliteit over melkvee (ingezonden 2 augustus 2019).\n\
Antwoord van Minister Schouten (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 4 oktober 2019). Vraag 1 Hoeveel melkveebedrijven zijn in 2018 gestopt?1 Antwoord 1 Ongeveer 500.\n\
Vraag 2\n\
Waar lagen zij? Antwoord 2 In het oosten; zie het antwoord op vraag 1. Vraag 3 gaat daar ook over. Vraag 3 Wat doet u eraan?\n\
Antwoord 3\n\
Niets.\n\
1 https://www.example.nl/nieuws/melkvee\n";
    let doc = ok(text);
    assert_eq!(
        doc.received.map(|d| d.to_string()).as_deref(),
        Some("2019-10-04")
    );
    assert_eq!(doc.responders.len(), 1);
    assert_eq!(
        texts(&doc.questions),
        [
            (vec![1], "Hoeveel melkveebedrijven zijn in 2018 gestopt?"),
            (vec![2], "Waar lagen zij?"),
            (vec![3], "Wat doet u eraan?"),
        ]
    );
    assert_eq!(
        texts(&doc.answers),
        [
            (vec![1], "Ongeveer 500."),
            (
                vec![2],
                "In het oosten; zie het antwoord op vraag 1. Vraag 3 gaat daar ook over."
            ),
            (vec![3], "Niets."),
        ]
    );
    assert_eq!(doc.questions[0].footnotes, [1]);
    assert_eq!(doc.answers[0].label.as_deref(), Some("Antwoord 1"));
}

#[test]
fn a_note_number_on_its_own_line_opens_the_note_on_the_next() {
    // tweedekamer.nl: the notes at the end, each number on a line of its own.
    let web = "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Bromet over melkvee\n\
Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw, Natuur en Voedselkwaliteit over\n\
melkvee (ingezonden 2 augustus 2019).\n\
Antwoord van Minister Schouten (Landbouw, Natuur en Voedselkwaliteit) (ontvangen\n\
4 oktober 2019).\n\
Vraag 1\n\
Hoeveel melkveebedrijven zijn in 2018 gestopt?1\n\
Antwoord 1\n\
Ongeveer vijfhonderd.2\n\
1\n\
NOS, 3 augustus 2019, «Boeren stoppen»\n\
(https://nos.nl/artikel/1)\n\
2\n\
Kamerstuk 35 000 XIV, nr. 12\n";
    let doc = ok(web);
    assert_eq!(
        texts(&doc.questions),
        [(vec![1], "Hoeveel melkveebedrijven zijn in 2018 gestopt?")]
    );
    assert_eq!(texts(&doc.answers), [(vec![1], "Ongeveer vijfhonderd.")]);
    let notes: Vec<_> = doc
        .footnotes
        .iter()
        .map(|n| (n.number, n.text.as_ref()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                1,
                "NOS, 3 augustus 2019, «Boeren stoppen» (https://nos.nl/artikel/1)"
            ),
            (2, "Kamerstuk 35 000 XIV, nr. 12"),
        ]
    );
    assert_eq!(doc.answers[0].footnotes, [2]);
    // PDF text: a note whose superscript was not read (` 2 Hoe …`) opens the foot of its page, before
    // the footer; a lone number before more of the question is a superscript wrapped to its line.
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2018–2019 Vragen gesteld door de leden der Kamer\n\
2019Z15000\n\
Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw, Natuur en\n\
Voedselkwaliteit over melkvee (ingezonden 2 augustus 2019).\n\
Vraag 1\n\
Hoeveel melkveebedrijven zijn in 2018 gestopt?\n\
1\n\
Kunt u dat per provincie uitsplitsen?\n\
1NOS, 3 augustus 2019, «Boeren stoppen»\n\
Vraag 2\n\
Wat zegt het rapport 2 over de opvolging?\n\
2\n\
Rapport Wageningen, 2019\n\
Tweede Kamer, vergaderjaar 2018–2019, Vragen 1\n";
    let doc = ok(pdf);
    assert_eq!(
        texts(&doc.questions),
        [
            (
                vec![1],
                "Hoeveel melkveebedrijven zijn in 2018 gestopt? Kunt u dat per provincie uitsplitsen?"
            ),
            (vec![2], "Wat zegt het rapport 2 over de opvolging?"),
        ]
    );
    let notes: Vec<_> = doc
        .footnotes
        .iter()
        .map(|n| (n.number, n.text.as_ref()))
        .collect();
    assert_eq!(
        notes,
        [
            (1, "NOS, 3 augustus 2019, «Boeren stoppen»"),
            (2, "Rapport Wageningen, 2019"),
        ]
    );
}

#[test]
fn a_note_url_broken_over_an_empty_line_is_rejoined() {
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
2024Z18001\n\
Vragen van het lid Vedder (CDA) aan de Minister van Landbouw, Visserij, Voedselzekerheid en\n\
Natuur over vogelgriep (ingezonden 19 november 2024).\n\
Vraag 1\n\
Bent u bekend met het bericht «Vogelgriep»?1 En met de kaart?2\n\
1NOS, 18 november 2024, «Vogelgriep» (https://nos.nl/artikel/\n\
\n\
2550001-vogelgriep)\n\
2https://www.example.nl/onderwerpen/\n\
\n\
vogelgriep/kaart\n\
kv-tk-2024Z18001\n";
    let doc = ok(pdf);
    let notes: Vec<_> = doc
        .footnotes
        .iter()
        .map(|n| {
            (
                n.text.as_ref(),
                n.urls.iter().map(|u| u.as_ref()).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        notes,
        [
            (
                "NOS, 18 november 2024, «Vogelgriep» (https://nos.nl/artikel/2550001-vogelgriep)",
                vec!["https://nos.nl/artikel/2550001-vogelgriep"]
            ),
            (
                "https://www.example.nl/onderwerpen/vogelgriep/kaart",
                vec!["https://www.example.nl/onderwerpen/vogelgriep/kaart"]
            ),
        ]
    );
    let urls: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.id.starts_with("http"))
        .map(|r| r.id.as_ref())
        .collect();
    assert_eq!(
        urls,
        [
            "https://nos.nl/artikel/2550001-vogelgriep",
            "https://www.example.nl/onderwerpen/vogelgriep/kaart"
        ]
    );
}

/// KOOP question text as the PDF prints it: masthead, zaak number, intro, questions, notes, footer.
const KOOP_QUESTIONS: &str = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
2024Z19999\n\
Vragen van het lid Bikker (ChristenUnie) aan de Minister van Sociale Zaken en\n\
Werkgelegenheid over wachtlijsten bij de schuldhulp (ingezonden 2 december 2024).\n\
Vraag 1\n\
Kent u het bericht «Wachten op schuldhulp duurt maanden»?1\n\
Vraag 2\n\
Hoeveel gemeenten halen de wettelijke termijn niet?\n\
1Trouw, 30 november 2024 (https://www.example.nl/schuldhulp)\n\
kv-tk-2024Z19999\n\
’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n";

#[test]
fn koop_text_that_lost_its_masthead_is_still_read_as_the_publication() {
    // A scrape may start below the masthead: at the zaak number, at the intro sentence, or without
    // the identifier line; what is left (a page footer, the capitalised `aan de Minister`) still
    // marks KOOP text, whose notes are glued superscripts.
    let cut = |from: &str| &KOOP_QUESTIONS[KOOP_QUESTIONS.find(from).unwrap()..];
    let no_ids = cut("Vragen van").replace("kv-tk-2024Z19999\n", "");
    let bare = cut("Vragen van").replace(
        "kv-tk-2024Z19999\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n",
        "",
    );
    for text in [cut("2024Z19999"), cut("Vragen van"), &no_ids, &bare] {
        let doc = ok(text);
        assert_eq!(doc.format, kamervraag::Format::Publication, "{text}");
        assert_eq!(doc.submitters[0].name, "Bikker");
        assert_eq!(doc.addressees[0].office, "minister");
        assert_eq!(
            doc.addressees[0].portfolio.as_deref(),
            Some("Sociale Zaken en Werkgelegenheid")
        );
        assert_eq!(
            doc.subject.as_deref(),
            Some("wachtlijsten bij de schuldhulp")
        );
        assert_eq!(doc.questions.len(), 2);
        assert_eq!(doc.questions[0].footnotes, [1]);
        assert_eq!(
            doc.questions[1].text,
            "Hoeveel gemeenten halen de wettelijke termijn niet?"
        );
        assert_eq!(doc.footnotes.len(), 1);
        assert_eq!(doc.footnotes[0].urls, ["https://www.example.nl/schuldhulp"]);
    }
    // An answer cut off above its answerer line keeps the capitalised office there.
    let answer = "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen\n\
        18 december 2024).\nVraag 1\nKent u het bericht?1\nAntwoord 1\nJa.\n\
        1Trouw, 30 november 2024 (https://www.example.nl/schuldhulp)\n";
    let doc = ok(answer);
    assert_eq!(doc.format, kamervraag::Format::Publication);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.answers[0].text, "Ja.");
    // The Word original prints the office in lower case (and its date line before the intro): it
    // stays an original, also when it opens with the zaak number.
    for word in [
        "2024Z19999\n\nVragen van het lid Bikker (ChristenUnie) aan de minister van Sociale Zaken en Werkgelegenheid over wachtlijsten\n\nKent u het bericht? 1)\n\n1) https://www.example.nl/x\n",
        "2024Z19999\n\n(ingezonden 2 december 2024)\n\nVragen van het lid Bikker (ChristenUnie) aan de Minister van Sociale Zaken en Werkgelegenheid over wachtlijsten\n\nKent u het bericht? 1)\n\n1) https://www.example.nl/x\n",
    ] {
        let doc = ok(word);
        assert_eq!(doc.format, kamervraag::Format::Original, "{word}");
        assert_eq!(doc.footnotes.len(), 1, "{word}");
    }
}

#[test]
fn dates_printed_without_brackets_are_read() {
    // Older documents and some scrapes print `Ingezonden 12 maart 2002` / `Ontvangen 3 april 2002`
    // without brackets: on a line of their own (after an empty paragraph too) or ending the sentence.
    let (mar, apr) = (
        chrono::NaiveDate::from_ymd_opt(2002, 3, 12),
        chrono::NaiveDate::from_ymd_opt(2002, 4, 3),
    );
    for text in [
        "Vragen van het lid Dijkstal (VVD) aan de minister van Financiën over de bankenbelasting.\n\nIngezonden 12 maart 2002\n\n1\nKlopt het bericht?\n\n2\nWat doet u eraan?\n",
        "2002Z04000\nIngezonden 12 maart 2002\nVragen van het lid Dijkstal (VVD) aan de minister van Financiën over de bankenbelasting\n\nKlopt het bericht?\n\nWat doet u eraan?\n",
        "Vragen van het lid Dijkstal (VVD) aan de minister van Financiën over de bankenbelasting, ingezonden 12 maart 2002.\n\n1. Klopt het bericht?\n\n2. Wat doet u eraan?\n",
    ] {
        let doc = ok(text);
        assert_eq!(doc.submitted, mar, "{text}");
        assert_eq!(doc.subject.as_deref(), Some("de bankenbelasting"), "{text}");
        assert_eq!(doc.questions.len(), 2, "{text}");
        assert_eq!(doc.questions[0].text, "Klopt het bericht?", "{text}");
        assert!(doc.diagnostics.is_empty(), "{text}: {:?}", doc.diagnostics);
    }
    for text in [
        "Vragen van het lid Dijkstal (VVD) aan de minister van Financiën over de bankenbelasting. Ingezonden 12 maart 2002\n\nAntwoord van minister Zalm (Financiën)\nOntvangen 3 april 2002\n\nVraag 1\nKlopt het bericht?\n\nAntwoord 1\nNee.\n",
        "Vragen van het lid Dijkstal (VVD) aan de Minister van Financiën over de\nbankenbelasting.\nIngezonden 12 maart 2002\nVraag 1\nKlopt het bericht?\nAntwoord van Minister Zalm (Financiën).\nOntvangen 3 april 2002\nAntwoord 1\nNee.\n",
        "Vragen van het lid Dijkstal (VVD) aan de minister van Financiën over de bankenbelasting.\n\nIngezonden 12 maart 2002\n\nAntwoord van minister Zalm (Financiën)\n\nOntvangen: 3 april 2002\n\nVraag 1\nKlopt het bericht?\n\nAntwoord 1\nNee.\n",
    ] {
        let doc = ok(text);
        assert_eq!((doc.submitted, doc.received), (mar, apr), "{text}");
        assert_eq!(doc.subject.as_deref(), Some("de bankenbelasting"), "{text}");
        assert_eq!(doc.responders[0].name.as_deref(), Some("Zalm"), "{text}");
        assert_eq!(doc.questions.len(), 1, "{text}");
        assert_eq!(doc.answers[0].text, "Nee.", "{text}");
        assert!(doc.diagnostics.is_empty(), "{text}: {:?}", doc.diagnostics);
    }
    // The word in prose is no date line.
    let doc = ok(
        "Vragen van het lid Dijkstal (VVD) aan de minister van Financiën over de ingezonden 12 maart 2002 brieven (ingezonden 14 maart 2002)\n\nKlopt het?\n",
    );
    assert_eq!(doc.submitted, chrono::NaiveDate::from_ymd_opt(2002, 3, 14));
    assert_eq!(
        doc.subject.as_deref(),
        Some("de ingezonden 12 maart 2002 brieven")
    );
}

#[test]
fn a_rewrapped_word_intro_keeps_its_members_offices_and_subject() {
    // A scrape or text export may re-wrap the Word intro paragraph at any place: inside a name or a
    // party bracket, between `aan de` and the office, right before `over`, inside the quoted title.
    let intros = [
        "Vragen van de leden Van der\nPlas (BBB) en Bikker (ChristenUnie) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur over het bericht ‘Boeren in de knel’",
        "Vragen van de leden Van der Plas (B\nBB) en Bikker (ChristenUnie) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur over het bericht ‘Boeren in de knel’",
        "Vragen van de leden Van der Plas (BBB) en Bikker (ChristenUnie) aan de\nminister van Landbouw, Visserij, Voedselzekerheid en Natuur over het bericht ‘Boeren in de knel’",
        "Vragen van de leden Van der Plas (BBB) en Bikker (ChristenUnie) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur\nover het bericht ‘Boeren in de knel’",
        "Vragen van de leden Van der Plas (BBB) en Bikker (ChristenUnie) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur over het bericht ‘Boeren in\nde knel’",
        "Vragen van de leden Van der Plas (BBB) en Bikker\n(ChristenUnie) aan\nde minister van Landbouw, Visserij,\nVoedselzekerheid en Natuur over het bericht\n‘Boeren in de knel’",
    ];
    for intro in intros {
        for (sep, dated) in [("\n\n", true), ("\n", true), ("\n", false)] {
            let date = if dated {
                format!("(ingezonden 4 december 2024){sep}")
            } else {
                String::new()
            };
            let text = format!(
                "2024Z20001{sep}{date}{intro}{sep}Kent u het bericht ‘Boeren in de knel’? 1){sep}\
                 Wat gaat u doen om de boeren te helpen?{sep}1) https://www.example.nl/boeren\n"
            );
            let doc = ok(&text);
            let who: Vec<_> = doc
                .submitters
                .iter()
                .map(|p| (p.name.as_ref(), p.party.as_deref()))
                .collect();
            assert_eq!(
                who,
                [
                    ("Van der Plas", Some("BBB")),
                    ("Bikker", Some("ChristenUnie"))
                ],
                "{text}"
            );
            assert_eq!(doc.addressees.len(), 1, "{text}");
            assert_eq!(
                doc.addressees[0].portfolio.as_deref(),
                Some("Landbouw, Visserij, Voedselzekerheid en Natuur"),
                "{text}"
            );
            assert_eq!(
                doc.subject.as_deref(),
                Some("het bericht ‘Boeren in de knel’"),
                "{text}"
            );
            assert_eq!(doc.questions.len(), 2, "{text}");
            assert_eq!(doc.questions[0].footnotes, [1], "{text}");
        }
    }
    // A full party name keeps the space its line break stood for.
    let doc = ok(
        "2024Z20001\n(ingezonden 4 december 2024)\nVragen van het lid Vijlbrief (Nieuw Sociaal\nContract) aan de minister van Financiën over de bankenbelasting\nKlopt het bericht?\n",
    );
    assert_eq!(
        doc.submitters[0].party.as_deref(),
        Some("Nieuw Sociaal Contract")
    );
    assert_eq!(doc.subject.as_deref(), Some("de bankenbelasting"));
    assert_eq!(doc.questions.len(), 1);
}

#[test]
fn a_page_break_inside_the_header_sentences_or_a_note_leaves_no_furniture_behind() {
    // PDF text: the page furniture of a page break may fall inside the intro, the answerer line or
    // a note; it is cut out, and the sentence or note goes on after it.
    const FOOT: &str = "ah-tk-20242025-777\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n";
    let text = |intro: &str, answerer: &str, note: &str| {
        format!(
            "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
             Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n777\n\
             {intro}{answerer}Vraag 1\nKent u het bericht over de dijken?1\nAntwoord 1\nJa.\n{note}{FOOT}"
        )
    };
    let intro = "Vragen van de leden Van der Plas (BBB) en Bik-\nker (ChristenUnie) aan de Minister van\nInfrastructuur en Waterstaat over de staat van de dijken (ingezonden\n2 december 2024).\n";
    let answerer = "Antwoord van Minister Madlener (Infrastructuur en Waterstaat)\n(ontvangen 20 december 2024).\n";
    let note = "1Omroep Zeeland, 1 december 2024, Dijken in slechte staat, https://www.example.nl/\ndijken\n";
    let whole = text(intro, answerer, note);
    let want = ok(&whole);
    let broken = [
        text(
            &intro.replacen("Minister van\n", &format!("Minister van\n{FOOT}"), 1),
            answerer,
            note,
        ),
        text(
            &intro.replacen("Bik-\n", &format!("Bik-\n{FOOT}"), 1),
            answerer,
            note,
        ),
        text(
            &intro.replacen("(ingezonden\n", &format!("(ingezonden\n{FOOT}\n"), 1),
            answerer,
            note,
        ),
        text(
            intro,
            &answerer.replacen(")\n(", &format!(")\n{FOOT}("), 1),
            note,
        ),
        text(
            intro,
            answerer,
            &note.replacen(
                "Dijken in slechte staat",
                &format!("Dijken in slech-\n{FOOT}te staat"),
                1,
            ),
        ),
    ];
    for t in &broken {
        let doc = ok(t);
        let who: Vec<_> = doc
            .submitters
            .iter()
            .map(|p| (p.name.as_ref(), p.party.as_deref()))
            .collect();
        assert_eq!(
            who,
            [
                ("Van der Plas", Some("BBB")),
                ("Bikker", Some("ChristenUnie"))
            ],
            "{t}"
        );
        assert_eq!(doc.addressees, want.addressees, "{t}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("de staat van de dijken"),
            "{t}"
        );
        assert_eq!(
            (doc.submitted, doc.received),
            (want.submitted, want.received),
            "{t}"
        );
        assert_eq!(doc.responders, want.responders, "{t}");
        assert_eq!(
            doc.document_id.as_deref(),
            Some("ah-tk-20242025-777"),
            "{t}"
        );
        assert_eq!(texts(&doc.questions), texts(&want.questions), "{t}");
        assert_eq!(texts(&doc.answers), texts(&want.answers), "{t}");
        assert_eq!(doc.footnotes.len(), 1, "{t}");
        assert_eq!(doc.footnotes[0].text, want.footnotes[0].text, "{t}");
        assert!(doc.diagnostics.is_empty(), "{t}: {:?}", doc.diagnostics);
    }
}

#[test]
fn an_en_glued_to_a_members_name_splits_the_list_only_where_that_is_safe() {
    // PDF line joins glue the list's ` en` to the name before it (`Krögeren Van Dijk`). Split where a
    // capitalised surname prefix follows, or where `beiden` says there are two names.
    for (members, want) in [
        (
            "de leden Krögeren Van Dijk (beiden GroenLinks-PvdA)",
            vec!["Kröger", "Van Dijk"],
        ),
        (
            "de leden Krögeren Thijssen (beiden GroenLinks-PvdA)",
            vec!["Kröger", "Thijssen"],
        ),
        (
            "de leden Kröger, Bamengaen Van der Lee (allen GroenLinks-PvdA)",
            vec!["Kröger", "Bamenga", "Van der Lee"],
        ),
        (
            "het lid Inge van Dijk (GroenLinks-PvdA)",
            vec!["Inge van Dijk"],
        ),
        (
            "het lid Karen Dijkstra (GroenLinks-PvdA)",
            vec!["Karen Dijkstra"],
        ),
        (
            "de leden Hermans en Jetten Thijssen (allen GroenLinks-PvdA)",
            vec!["Hermans", "Jetten Thijssen"],
        ),
    ] {
        let text = format!(
            "Vragen van {members} aan de Minister van Financiën over de bank (ingezonden 1 mei 2024).\nVraag 1\nKlopt het?\n"
        );
        let doc = ok(&text);
        let names: Vec<_> = doc.submitters.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, want, "{members}");
        assert!(
            doc.submitters
                .iter()
                .all(|p| p.party.as_deref() == Some("GroenLinks-PvdA"))
        );
    }
}

#[test]
fn text_after_a_page_break_goes_on_with_the_body_while_headings_follow() {
    // PDF text: a page's notes come at its foot, before the footer. A note left open there (its URL
    // wrapped away) does not take the first line of the next page while the body goes on: that line
    // continues the answer; the note's rest would stand at the foot of the next page.
    const FOOT: &str = "ah-tk-20242025-778\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n";
    let text = format!(
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
         Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n778\n\
         Vragen van het lid Bikker (ChristenUnie) aan de Minister van Defensie over munitie\n\
         (ingezonden 2 december 2024).\n\
         Antwoord van Minister Brekelmans (Defensie) (ontvangen 20 december 2024).\n\
         Vraag 1\nKent u het bericht over munitie?1\nAntwoord 1\nJa. De komende jaren investeert\nDefensie\n\
         1De Telegraaf, 1 december 2024, Tekort aan munitie (https://\n{FOOT}\
         fors in munitie, zoals aangekondigd in de Defensienota.\nVraag 2\nWanneer is het tekort opgelost?\n\
         Antwoord 2\nIn 2027.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Ja. De komende jaren investeert Defensie fors in munitie, zoals aangekondigd in de Defensienota."
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(
        doc.footnotes[0].text,
        "De Telegraaf, 1 december 2024, Tekort aan munitie (https://"
    );
    assert_eq!(texts(&doc.answers)[1], (vec![2], "In 2027."));
}

#[test]
fn names_and_parties_get_back_the_spaces_a_pdf_line_join_lost() {
    // PyPDF2 may join the lines of the intro without a space: inside a name (`VanNispen`, `Van
    // derWerf`, a first name and surname `DaniëlleJansen`) and inside a party's full name.
    let text = "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
                2024Z19001\nVragen van de leden VanNispen (SP), Van derWerf (NieuwSociaal Contract) en\n\
                DaniëlleJansen (Partij voorde Dieren) aan de Minister van Justitie en Veiligheid over\n\
                de wachttijden bij de rechtspraak (ingezonden 3 december 2024).\nVraag 1\n\
                Hoe lang zijn de wachttijden nu?\nkv-tk-2024Z19001\n\
                ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n";
    let doc = ok(text);
    let who: Vec<_> = doc
        .submitters
        .iter()
        .map(|p| (p.name.as_ref(), p.party.as_deref()))
        .collect();
    assert_eq!(
        who,
        [
            ("Van Nispen", Some("SP")),
            ("Van der Werf", Some("Nieuw Sociaal Contract")),
            ("Daniëlle Jansen", Some("Partij voor de Dieren")),
        ]
    );
}

#[test]
fn numbered_items_run_into_a_question_are_no_note_markers() {
    // A question may list its parts as ` 1) … , 2) … en 3) …` or point back to them (`de onder 1)
    // genoemde`); those labels stay text, while real ` 1)` markers, also mid-sentence before a
    // lower-case word, still refer to the notes.
    let text = "Tweedemonitor / Kamervraag / Meldingen bij de inspectieMeldingen bij de inspectie\n\n\
        Keywords:\nZaaknummer: 2019Z17001\n\n2019Z17001\n\n\
        Vragen van het lid Van der Graaf (ChristenUnie) aan de minister van Justitie en Veiligheid over \
        meldingen bij de inspectie. (ingezonden 5 september 2019)\n\n\
          1. Kent u het verslag van de inspectie 1) over het jaar 2018?\n\
          2. Kunt u aangeven 1) hoeveel meldingen er waren, 2) hoeveel daarvan zijn onderzocht en 3) wat \
        de uitkomst was? 2)\n\
          3. Waarom verschillen de onder 1) genoemde cijfers van die in het jaarverslag?\n\
          4. Wat is het verschil tussen de onder 1) en 2) genoemde regelingen?\n\n\n\
        1) https://www.example.nl/inspectie/verslag-2018\n\
        2) https://www.example.nl/inspectie/meldingen\n\n\
        Indiener\n\nCarla Dik (ChristenUnie)\n";
    let doc = ok(text);
    assert_eq!(
        texts(&doc.questions),
        [
            (
                vec![1],
                "Kent u het verslag van de inspectie over het jaar 2018?"
            ),
            (
                vec![2],
                "Kunt u aangeven 1) hoeveel meldingen er waren, 2) hoeveel daarvan zijn onderzocht \
                 en 3) wat de uitkomst was?"
            ),
            (
                vec![3],
                "Waarom verschillen de onder 1) genoemde cijfers van die in het jaarverslag?"
            ),
            (
                vec![4],
                "Wat is het verschil tussen de onder 1) en 2) genoemde regelingen?"
            ),
        ]
    );
    let refs: Vec<_> = doc.questions.iter().map(|q| q.footnotes.clone()).collect();
    assert_eq!(refs, [vec![1], vec![2], vec![], vec![]]);
    assert_eq!(doc.footnotes.len(), 2);
}

#[test]
fn an_indented_list_inside_a_question_keeps_its_labels() {
    // A question that lists its parts on indented lines `     1) …`: the labels open list items, they
    // are no note markers (a marker follows the word it annotates).
    for indent in ["     ", "  ", ""] {
        let text = format!(
            "Tweedemonitor / Kamervraag / Meldingen bij de inspectieMeldingen bij de inspectie\n\n\
             Zaaknummer: 2019Z17001\n\n\
             Vragen van het lid Van der Graaf (ChristenUnie) aan de minister van Justitie en Veiligheid \
             over meldingen bij de inspectie. (ingezonden 5 september 2019)\n\n\
             \x20 1. Kent u het verslag van de inspectie? 1)\n\
             \x20 2. Kunt u aangeven:\n{indent}1) hoeveel meldingen er waren;\n\
             {indent}2) wat de uitkomst was?\n\
             \x20 3. Waarom verschillen de cijfers? 2)\n\n\n\
             1) https://www.example.nl/inspectie/verslag-2018\n\
             2) https://www.example.nl/inspectie/meldingen\n"
        );
        let doc = ok(&text);
        let got: Vec<_> = doc
            .questions
            .iter()
            .map(|q| {
                (
                    q.text.split_whitespace().collect::<Vec<_>>().join(" "),
                    q.footnotes.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Kent u het verslag van de inspectie?".to_string(), vec![1]),
                (
                    "Kunt u aangeven: 1) hoeveel meldingen er waren; 2) wat de uitkomst was?"
                        .to_string(),
                    vec![]
                ),
                ("Waarom verschillen de cijfers?".to_string(), vec![2]),
            ],
            "{indent:?}"
        );
        assert_eq!(doc.footnotes.len(), 2, "{indent:?}");
    }
}

#[test]
fn tweedemonitor_keywords_on_the_lines_under_the_field_are_read() {
    // `Keywords:` may print its values on the lines under it, up to the `Zaaknummer:` field.
    for (head, want) in [
        (
            "Keywords:\nsport\nzwembaden, gemeenten\nZaaknummer: 2018Z01234\n",
            vec!["sport", "zwembaden", "gemeenten"],
        ),
        (
            "Keywords: sport, zwembaden\nZaaknummer: 2018Z01234\n",
            vec!["sport", "zwembaden"],
        ),
        ("Keywords:\nZaaknummer: 2018Z01234\n", vec![]),
        ("Keywords:\n\n2018Z01234\n", vec![]),
    ] {
        let text = format!(
            "Tweedemonitor / Kamervraag / Het zwembad in ZwolleHet zwembad in Zwolle\n\n{head}\n2018Z01234\n\n\
             Vragen van het lid Kuiken (PvdA) aan de minister voor Medische Zorg en Sport over het zwembad \
             in Zwolle. (ingezonden 12 januari 2018)\n\n  1. Kent u het bericht?\n\n\n\
             Indiener\n\nAttje Kuiken (PvdA)\n"
        );
        let doc = ok(&text);
        let page = doc.page.as_ref().expect("a page");
        assert_eq!(page.keywords, want, "{head:?}");
        assert_eq!(doc.zaaknummer.as_deref(), Some("2018Z01234"));
        assert_eq!(doc.title.as_deref(), Some("Het zwembad in Zwolle"));
        assert_eq!(texts(&doc.questions), [(vec![1], "Kent u het bericht?")]);
    }
}

#[test]
fn a_tweedemonitor_breadcrumb_that_shortens_the_first_copy_of_the_title_gives_the_whole_title() {
    let text = "Tweedemonitor / Kamervraag / Het bericht ‘Veel sloten worden…Het bericht ‘Veel sloten \
        worden niet meer geschoond’\n\nZaaknummer: 2019Z16002\n\n\
        Vragen van het lid Geurts (CDA) aan de minister van Landbouw, Natuur en Voedselkwaliteit over \
        het bericht ‘Veel sloten worden niet meer geschoond’. (ingezonden 2 augustus 2019)\n\n\
        \x20 1. Kent u het bericht?\n";
    let doc = ok(text);
    assert_eq!(
        doc.title.as_deref(),
        Some("Het bericht ‘Veel sloten worden niet meer geschoond’")
    );
}

#[test]
fn tweedemonitor_navigation_after_the_site_name_and_a_title_under_the_breadcrumb_are_skipped() {
    // The site's name, a menu, the breadcrumb with the title once, the title again on its own line
    // and a header long enough that the intro comes more than a few lines below the navigation.
    let text = "Tweedemonitor\nMenu\nZoeken\n\n\
        Tweedemonitor / Kamervraag / Het nieuws ‘Bank schrapt banen’\nHet nieuws ‘Bank schrapt banen’\n\n\
        Keywords:\nwerk\nbanken\neconomie\nZaaknummer: 2019Z19026\n\n2019Z19026\n\n\
        Vragen van het lid Van Weyenberg (D66) aan de minister van Financiën over het nieuws ‘Bank \
        schrapt banen’. (ingezonden 1 oktober 2019)\n\n  1. Kent u het nieuws?\n\n\n\
        Indiener\n\nSteven van Weyenberg (D66)\n";
    let doc = ok(text);
    assert_eq!(doc.format, kamervraag::Format::Tweedemonitor);
    assert_eq!(
        doc.title.as_deref(),
        Some("Het nieuws ‘Bank schrapt banen’")
    );
    assert_eq!(doc.zaaknummer.as_deref(), Some("2019Z19026"));
    assert_eq!(doc.submitters.len(), 1);
    assert_eq!(texts(&doc.questions), [(vec![1], "Kent u het nieuws?")]);
    let page = doc.page.as_ref().expect("a page");
    assert_eq!(page.keywords, ["werk", "banken", "economie"]);
}

fn people(doc: &Document<'_>) -> Vec<(String, Option<String>)> {
    doc.submitters
        .iter()
        .map(|p| (p.name.to_string(), p.party.as_deref().map(str::to_string)))
        .collect()
}

fn member(name: &str, party: &str) -> (String, Option<String>) {
    (name.to_string(), Some(party.to_string()))
}

#[test]
fn a_space_lost_inside_a_surname_prefix_or_around_a_lists_en_is_put_back() {
    // PDF line joins inside `Van der`, after a first name before its lower-case `van`, around the
    // list's last `en` (both spaces at once, or one before `’t`), and between `de` and `demissionair`.
    let text = pdf_questions(
        "Vragen van de leden Wilders (PVV), Vander Werf (D66), Olgervan Dijk (Nieuw Sociaal Contract),\n\
         Van Campen, Ingevan der Plas, Den HaanenPaternotte (allen VVD) en’t Hart (PvdA) aan\n\
         dedemissionair Minister van Defensie en de Minister-Presidentover de oefening (ingezonden 19 november 2024).",
    );
    let doc = ok(&text);
    assert_eq!(
        people(&doc),
        [
            member("Wilders", "PVV"),
            member("Van der Werf", "D66"),
            member("Olger van Dijk", "Nieuw Sociaal Contract"),
            member("Van Campen", "VVD"),
            member("Inge van der Plas", "VVD"),
            member("Den Haan", "VVD"),
            member("Paternotte", "VVD"),
            member("’t Hart", "PvdA"),
        ]
    );
    assert_eq!(
        offices(&doc.addressees),
        [
            office("minister", "Defensie"),
            ("minister-president".to_string(), None)
        ]
    );
    assert_eq!(doc.subject.as_deref(), Some("de oefening"));
    // A name that only looks glued stays whole: `Ivan`, a first name ending in `-en` outside a list
    // that needs an `en`, and the last of three names after an `en`.
    let text = pdf_questions(
        "Vragen van de leden Ivan Dijk (SP), Karen Jansen (VVD), Krul, Bikker en Van Campenen Bontenbal\n\
         (allen CDA) aan de demissionaire Minister van Defensie over de oefening (ingezonden 19 november 2024).",
    );
    let doc = ok(&text);
    assert_eq!(
        people(&doc),
        [
            member("Ivan Dijk", "SP"),
            member("Karen Jansen", "VVD"),
            member("Krul", "CDA"),
            member("Bikker", "CDA"),
            member("Van Campenen Bontenbal", "CDA"),
        ]
    );
    assert_eq!(offices(&doc.addressees), [office("minister", "Defensie")]);
    // Three names under `allen`, the last two joined by a glued `en`; a glued `’t` prefix.
    let text = pdf_questions(
        "Vragen van de leden Den Hollander, Ouwehanden Stoffer (allen PVV) en In’t Veld (D66) aan\n\
         de Minister van Defensie over de oefening (ingezonden 19 november 2024).",
    );
    let doc = ok(&text);
    assert_eq!(
        people(&doc),
        [
            member("Den Hollander", "PVV"),
            member("Ouwehand", "PVV"),
            member("Stoffer", "PVV"),
            member("In ’t Veld", "D66"),
        ]
    );
}

#[test]
fn a_co_signer_named_by_its_holder_is_an_office_with_the_portfolio_in_its_bracket() {
    // `mede namens staatssecretaris Van Rij (Financiën)`: the name is not a portfolio (`Rij`), and
    // the list goes on after the bracket.
    let answer = |line: &str| {
        format!(
            "AH 612\n\n2024Z17001\n\n{line}\n\nVraag 1\n\nKlopt het?\n\nAntwoord op vraag 1\n\nJa.\n"
        )
    };
    for (line, want) in [
        (
            "Antwoord van minister Heinen (Financiën), mede namens staatssecretaris Van Rij (ontvangen 20 november 2024)",
            vec![("staatssecretaris".to_string(), None)],
        ),
        (
            "Antwoord van minister Heinen (Financiën), mede namens staatssecretaris Van Rij (Financiën) en de minister van Justitie en Veiligheid (ontvangen 20 november 2024)",
            vec![
                office("staatssecretaris", "Financiën"),
                office("minister", "Justitie en Veiligheid"),
            ],
        ),
        (
            "Antwoord van Minister Heinen (Financiën), mede namens de Minister van Defensie en Staatssecretaris Faber-Van de Klashorst (Financiën – Fiscaliteit) (ontvangen 20 november 2024).",
            vec![
                office("minister", "Defensie"),
                office("staatssecretaris", "Financiën – Fiscaliteit"),
            ],
        ),
        (
            "Antwoord van minister Heinen (Financiën), mede namens de MinisterKlimaat en Groene Groei (ontvangen 20 november 2024)",
            vec![office("minister", "Klimaat en Groene Groei")],
        ),
    ] {
        let text = answer(line);
        let doc = ok(&text);
        assert_eq!(offices(&doc.co_responders), want, "{line}");
        assert_eq!(doc.responders.len(), 1, "{line}");
        assert_eq!(
            doc.received.map(|d| d.to_string()).as_deref(),
            Some("2024-11-20"),
            "{line}"
        );
    }
}

#[test]
fn the_first_notes_marker_glued_to_a_year_that_ends_the_subject_is_cut_off() {
    // An oral question whose only superscript follows the year that ends its subject, with or without
    // the space before the year (lost at a PDF line join).
    for (subject, want) in [
        (
            "de verantwoording over 20231",
            "de verantwoording over 2023",
        ),
        ("de rijksverantwoording20231", "de rijksverantwoording2023"),
    ] {
        let text = format!(
            "Tweede Kamer der Staten-Generaal2\n\
             Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
             2024Z19592\n\
             Mondelinge vragen van het lid Krul (CDA) aan de Minister van Financiën over\n\
             {subject}\n\
             (ingezonden 19 november 2024)\n\
             1NOS, 16 november 2024 (https://nos.nl/artikel/1)\n\
             kv-tk-2024Z19592\n"
        );
        let doc = ok(&text);
        assert_eq!(doc.subject.as_deref(), Some(want), "{subject}");
        assert_eq!(doc.footnotes.len(), 1, "{subject}");
    }
}

#[test]
fn a_demissionair_responder_is_read_like_any_other() {
    let text = "AH 612\n\n2024Z17001\n\n\
        Antwoord van demissionair minister Heinen (Financiën) (ontvangen 20 november 2024)\n\n\
        Vraag 1\n\nKlopt het?\n\nAntwoord op vraag 1\n\nJa.\n";
    let doc = ok(text);
    assert_eq!(doc.responders.len(), 1);
    assert_eq!(doc.responders[0].office, "minister");
    assert_eq!(doc.responders[0].name.as_deref(), Some("Heinen"));
    assert_eq!(doc.responders[0].portfolio.as_deref(), Some("Financiën"));
}

/// The head of the PDF answer document of the two wrapped-superscript tests, up to the line before
/// the first note's number.
const SLUIZEN_HEAD: &str = "Tweede Kamer der Staten-Generaal2\n\
    Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
    Vragen gesteld door de leden der Kamer, met de daarop door de\n\
    regering gegeven antwoorden\n\
    612\n\
    Vragen van het lid De Vries (VVD) aan de Minister van Infrastructuur en Waterstaat over de\n\
    sluizen (ingezonden 4 februari 2025).\n\
    Antwoord van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen\n\
    3 maart 2025).\n\
    Vraag 1\n\
    Hoeveel sluizen zijn in 2024 gestremd geweest?\n\
    Antwoord 1\n\
    Over het onderhoud is de Kamer bij brief van 12 december 2024\n";

/// The identifier and page footer that close that document.
const SLUIZEN_FOOT: &str = "ah-tk-20242025-612\n\
    ISSN 0921 - 7398’s-Gravenhage 2025Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n";

/// PDF text whose spaced superscripts a line break put at the start of the next line
/// (`…bij brief van 12 december 2024` / `1 geïnformeerd`): after a written date, a closing bracket or
/// capitals the number is the next note's marker; after other words, before a month name, or where
/// the note does not exist it is prose.
#[test]
fn a_spaced_superscript_wrapped_to_the_start_of_a_pdf_line_is_a_marker() {
    let text = [
        SLUIZEN_HEAD,
        "1 geïnformeerd. Ook de Inspectie (ILT)\n\
        2 heeft de sluizen bezocht. Volgens het rapport van het KiM\n\
        3 is de schade beperkt. Er zijn\n\
        4 sluizen gestremd geweest.\n\
        Vraag 2\n\
        Wanneer is het onderhoud klaar?\n\
        Antwoord 2\n\
        Na de brief van 1 april 2025\n\
        4 juli is het klaar. Volgens de gemeente (Sluis)\n\
        2 bedrijven hinder. Sinds 7 mei 2024\n\
        9 sluizen open.\n\
        1Kamerstuk 31 409, nr. 400.\n\
        2Inspectie Leefomgeving en Transport, rapport sluizen 2024.\n\
        3Kennisinstituut voor Mobiliteitsbeleid, rapport 2024.\n\
        4Kamerstuk 31 409, nr. 401.\n",
        SLUIZEN_FOOT,
    ]
    .concat();
    let doc = ok(&text);
    assert_eq!(
        texts(&doc.answers),
        vec![
            (
                vec![1],
                "Over het onderhoud is de Kamer bij brief van 12 december 2024 geïnformeerd. Ook \
                 de Inspectie (ILT) heeft de sluizen bezocht. Volgens het rapport van het KiM is \
                 de schade beperkt. Er zijn 4 sluizen gestremd geweest."
            ),
            (
                vec![2],
                "Na de brief van 1 april 2025 4 juli is het klaar. Volgens de gemeente (Sluis) 2 \
                 bedrijven hinder. Sinds 7 mei 2024 9 sluizen open."
            ),
        ]
    );
    assert_eq!(doc.answers[0].footnotes, vec![1, 2, 3]);
    assert!(doc.answers[1].footnotes.is_empty());
    assert_eq!(
        doc.footnotes.iter().map(|n| n.number).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}

/// PDF text with a superscript on a line of its own (`…12 december 2024` / `1` / `geïnformeerd.`):
/// the block refers to the note, and the next note's marker wrapped after a bracket counts on from it.
#[test]
fn a_superscript_on_its_own_pdf_line_is_a_note_of_its_block() {
    let text = [
        SLUIZEN_HEAD,
        "1\n\
        geïnformeerd. Ook de Inspectie (ILT)\n\
        2 heeft de sluizen bezocht.\n\
        Vraag 2\n\
        Wanneer is het onderhoud klaar?\n\
        Antwoord 2\n\
        In de zomer.\n\
        1Kamerstuk 31 409, nr. 400.\n\
        2Inspectie Leefomgeving en Transport, rapport sluizen 2024.\n",
        SLUIZEN_FOOT,
    ]
    .concat();
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Over het onderhoud is de Kamer bij brief van 12 december 2024 geïnformeerd. Ook de \
         Inspectie (ILT) heeft de sluizen bezocht."
    );
    assert_eq!(doc.answers[0].footnotes, vec![1, 2]);
    assert!(doc.answers[1].footnotes.is_empty());
    assert_eq!(doc.footnotes.len(), 2);
}
