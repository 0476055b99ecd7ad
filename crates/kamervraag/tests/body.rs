//! The document body: how questions, answers, lists, notes and furniture are segmented and cleaned in
//! forms the golden fixtures do not cover. The inputs are built here, not read from files.

use kamervraag::{Block, Document, parse};

fn ok(text: &str) -> Document<'_> {
    parse(text).unwrap_or_else(|e| panic!("expected a document, got {e}"))
}

/// `(numbers, label, text)` of each block.
fn blocks<'d>(blocks: &'d [Block<'_>]) -> Vec<(Vec<u32>, Option<&'d str>, &'d str)> {
    blocks
        .iter()
        .map(|b| (b.numbers.clone(), b.label.as_deref(), b.text.as_ref()))
        .collect()
}

const AH_HEADER: &str = "AH 612\n2024Z17001\nAntwoord van minister Brekelmans (Defensie) (ontvangen 20 november 2024)\n\n";

#[test]
fn an_unnumbered_answer_given_once_covers_every_question_before_it() {
    let text = format!(
        "{AH_HEADER}Vraag 1\nKlopt het dat de beurs plaatsvindt?\n\nVraag 2\nWelke bedrijven nemen deel?\n\n\
         Antwoord\nDe beurs vindt plaats. Ik heb geen overzicht van de deelnemers.\n"
    );
    let doc = ok(&text);
    assert_eq!(doc.answers.len(), 1);
    assert_eq!(doc.answers[0].numbers, [1, 2]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn a_numbered_list_inside_an_unnumbered_answer_stays_in_the_answer() {
    // Word original with numbered questions and `Antwoord:` labels; the answers hold lists that
    // restart at 1 and reach the number of the next question.
    let text = format!(
        "{AH_HEADER}1. Klopt het dat de beurs plaatsvindt?\n\nAntwoord:\nJa. Er zijn twee onderdelen:\n\n\
         1. een tentoonstelling;\n\n2. een congres.\n\n2. Welke bedrijven nemen deel?\n\nAntwoord:\n\
         Drie:\n1. Damen;\n2. Thales;\n3. Fokker.\n\n3. Wie betaalt de kosten?\n\nAntwoord:\nNiemand.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("1."), "Klopt het dat de beurs plaatsvindt?"),
            (vec![2], Some("2."), "Welke bedrijven nemen deel?"),
            (vec![3], Some("3."), "Wie betaalt de kosten?"),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (
                vec![1],
                Some("Antwoord:"),
                "Ja. Er zijn twee onderdelen:\n1. een tentoonstelling;\n2. een congres."
            ),
            (
                vec![2],
                Some("Antwoord:"),
                "Drie:\n1. Damen;\n2. Thales;\n3. Fokker."
            ),
            (vec![3], Some("Antwoord:"), "Niemand."),
        ]
    );
}

#[test]
fn a_list_inside_an_unnumbered_word_question_stays_in_the_question() {
    // Word original whose numbering was lost: questions are paragraphs; a question that announces a
    // list (`naar:`) keeps the list's paragraphs, with or without their bullets; a bullet that no
    // colon announces stays a question of its own.
    let text = "2024Z19120\n\n(ingezonden 26 november 2024)\n\n\
                Vragen van het lid Bikker (ChristenUnie) aan de minister van Asiel en Migratie over opvang\n\n\
                Hoeveel vrouwen verblijven in Ter Apel? Kunt u dit uitsplitsen naar:\n\n\
                - de duur van het verblijf;\n\nde leeftijd?\n\n\
                Welke maatregelen neemt u?\n\n\
                - Wordt de huisarts betrokken?\n\n\
                Bent u bereid deze vragen te beantwoorden?\n";
    let doc = ok(text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (
                vec![1],
                None,
                "Hoeveel vrouwen verblijven in Ter Apel? Kunt u dit uitsplitsen naar:\n- de duur van het verblijf;\nde leeftijd?"
            ),
            (vec![2], None, "Welke maatregelen neemt u?"),
            (vec![3], None, "- Wordt de huisarts betrokken?"),
            (vec![4], None, "Bent u bereid deze vragen te beantwoorden?"),
        ]
    );
}

const AH_PDF_HEADER: &str = "Tweede Kamer der Staten-Generaal2\n\
    Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
    Vragen gesteld door de leden der Kamer, met de daarop door de\n\
    regering gegeven antwoorden\n777\n\
    Vragen van het lid Omtzigt (Nieuw Sociaal Contract) aan de Minister van Sociale\n\
    Zaken en Werkgelegenheid over de AOW (ingezonden 1 oktober 2024).\n\
    Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen\n\
    1 november 2024).\n";

#[test]
fn a_url_broken_over_lines_inside_an_answer_is_rejoined() {
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nWat is de uitkering?\nAntwoord 1\n\
         Zie https://www.svb.nl/nl/aow/bedragen-\naow/aow-bedragen. Een URL aan het eind van de\n\
         regel, https://www.svb.nl/nl/aow\nvoor meer informatie, blijft gescheiden, net als (https://\n\
         www.svb.nl/nl) en https://www.svb.nl/nl/\nook.\nah-tk-20242025-777\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Zie https://www.svb.nl/nl/aow/bedragen-aow/aow-bedragen. Een URL aan het eind van de \
         regel, https://www.svb.nl/nl/aow voor meer informatie, blijft gescheiden, net als \
         (https://www.svb.nl/nl) en https://www.svb.nl/nl/ ook."
    );
    let urls: Vec<(&str, &str)> = doc
        .references
        .iter()
        .filter(|r| r.kind == kamervraag::ReferenceKind::Url)
        .map(|r| (r.id.as_ref(), r.span.slice(&text)))
        .collect();
    assert_eq!(
        urls,
        [
            (
                "https://www.svb.nl/nl/aow/bedragen-aow/aow-bedragen",
                "https://www.svb.nl/nl/aow/bedragen-\naow/aow-bedragen"
            ),
            ("https://www.svb.nl/nl/aow", "https://www.svb.nl/nl/aow"),
            ("https://www.svb.nl/nl", "https://\nwww.svb.nl/nl"),
            ("https://www.svb.nl/nl/", "https://www.svb.nl/nl/"),
        ]
    );
}

#[test]
fn an_unnumbered_answer_covers_each_question_number_once() {
    // A document pasted twice over itself prints `Vraag 1` twice before its one `Antwoord`.
    let text = format!(
        "{AH_HEADER}Vraag 1\nKlopt het?\n\nVraag 1\nKlopt het?\n\nVraag 2\nWie?\n\nAntwoord\nJa.\n"
    );
    assert_eq!(ok(&text).answers[0].numbers, [1, 2]);
}

#[test]
fn a_sentence_glued_to_a_page_footer_continues_its_block() {
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nWat kost de AOW?\nAntwoord 1\nCirca 50 miljard euro per jaar, een bedrag dat\n\
         ah-tk-20242025-777\n\
         ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1stijgt door de \
         vergrijzing.\nVraag 2\nWanneer?\nAntwoord 2\nVoor de zomer.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Circa 50 miljard euro per jaar, een bedrag dat stijgt door de vergrijzing."
    );
    assert_eq!(doc.answers.len(), 2);
    assert_eq!(doc.vergaderjaar.as_deref(), Some("2024-2025"));
}

const WORD_Q_HEADER: &str = "2024Z19001\n\n(ingezonden 21 november 2024)\n\n\
    Vragen van het lid Dobbe (SP) aan de minister van Volksgezondheid, Welzijn en Sport over wachtlijsten\n\n";

#[test]
fn word_questions_numbered_with_a_bracket_are_questions_not_notes() {
    let text = format!(
        "{WORD_Q_HEADER}1) Kent u het bericht ‘Wachtlijst groeit’? 1)\n\n\
         2) Hoeveel kinderen wachten?\n\n3) Wat doet u eraan?\n\n\
         1) NOS, 20 november 2024, Wachtlijst groeit (https://nos.nl/artikel/1)\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (
                vec![1],
                Some("1)"),
                "Kent u het bericht ‘Wachtlijst groeit’?"
            ),
            (vec![2], Some("2)"), "Hoeveel kinderen wachten?"),
            (vec![3], Some("3)"), "Wat doet u eraan?"),
        ]
    );
    assert_eq!(doc.questions[0].footnotes, [1]);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].urls, ["https://nos.nl/artikel/1"]);
}

#[test]
fn a_note_right_after_a_header_that_refers_to_it_stays_a_note() {
    let text = "2024Z19020\n\n(ingezonden 26 november 2024)\n\n\
                Mondelinge vragen van het lid Krul (CDA) aan de minister van Economische Zaken over het bericht ‘Winkels sluiten’ 1)\n\n\
                1) NOS, 25 november 2024, Winkels sluiten (https://nos.nl/artikel/3)\n";
    let doc = ok(text);
    assert!(doc.questions.is_empty());
    assert_eq!(doc.footnotes.len(), 1);
}

#[test]
fn word_answers_to_questions_numbered_with_a_bracket_keep_their_lists() {
    let text = format!(
        "{AH_HEADER}1) Klopt het dat de beurs plaatsvindt? 1)\n\nAntwoord:\nJa, in twee delen:\n\
         1) een tentoonstelling;\n2) een congres.\n\n2) Wie betaalt?\n\nAntwoord:\nDe organisatie.\n\n\
         1) NOS, 1 november 2024 (https://nos.nl/artikel/4)\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("1)"), "Klopt het dat de beurs plaatsvindt?"),
            (vec![2], Some("2)"), "Wie betaalt?"),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (
                vec![1],
                Some("Antwoord:"),
                "Ja, in twee delen:\n1) een tentoonstelling;\n2) een congres."
            ),
            (vec![2], Some("Antwoord:"), "De organisatie."),
        ]
    );
    assert_eq!(doc.footnotes.len(), 1);
}

#[test]
fn a_word_notice_that_quotes_the_questions_keeps_its_closing_prose() {
    let text = "AH 702\n\n2024Z18950\n\n\
                Mededeling van minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 10 december 2024)\n\n\
                Op 20 november jl. hebben de leden Grinwis (ChristenUnie) en Vijlbrief (D66) vragen gesteld (2024Z18950). De vragen luiden:\n\n\
                1. Kent u het bericht ‘Bouw stokt’?\n\n2. Hoeveel woningen zijn opgeleverd?\n\n\
                Voor de beantwoording is afstemming nodig. De vragen kunnen niet binnen drie weken worden beantwoord.\n";
    let doc = ok(text);
    assert_eq!(doc.kind, kamervraag::Kind::Notice);
    assert!(doc.answers.is_empty());
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("1."), "Kent u het bericht ‘Bouw stokt’?"),
            (vec![2], Some("2."), "Hoeveel woningen zijn opgeleverd?"),
        ]
    );
    assert_eq!(
        doc.notice.as_deref(),
        Some(
            "Op 20 november jl. hebben de leden Grinwis (ChristenUnie) en Vijlbrief (D66) vragen gesteld (2024Z18950). De vragen luiden:\n\
             Voor de beantwoording is afstemming nodig. De vragen kunnen niet binnen drie weken worden beantwoord."
        )
    );
}

#[test]
fn unnumbered_word_questions_before_answer_labels_are_split_off_the_answers() {
    let text = format!(
        "{AH_HEADER}Kent u het bericht ‘Meer schulden’? 1)\n\nAntwoord:\nJa.\n\n\
         Hoeveel huishoudens hebben schulden?\n\nAntwoord:\nRuim 700.000.\n\nDat aantal daalt.\n\n\
         In het bericht staat dat gemeenten te laat zijn. Herkent u dat?\n\nAntwoord:\nNee.\n\n\
         1) NOS, 1 november 2024 (https://nos.nl/artikel/5)\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], None, "Kent u het bericht ‘Meer schulden’?"),
            (vec![2], None, "Hoeveel huishoudens hebben schulden?"),
            (
                vec![3],
                None,
                "In het bericht staat dat gemeenten te laat zijn. Herkent u dat?"
            ),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1], Some("Antwoord:"), "Ja."),
            (
                vec![2],
                Some("Antwoord:"),
                "Ruim 700.000.\nDat aantal daalt."
            ),
            (vec![3], Some("Antwoord:"), "Nee."),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn word_questions_without_empty_paragraphs_are_one_per_line() {
    let text = "2024Z19002\n(ingezonden 22 november 2024)\n\
                Vragen van het lid Kostić (PvdD) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur over kalveren\n\
                Kent u het rapport ‘Lange reizen’? 1)\n\
                Hoeveel kalveren zijn vervoerd?\n\
                Kunt u dit uitsplitsen naar:\n\
                - leeftijd;\n\
                - bestemming?\n\
                1) Dierenbescherming, 18 november 2024 (https://www.example.nl/rapport)\n";
    let doc = ok(text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], None, "Kent u het rapport ‘Lange reizen’?"),
            (vec![2], None, "Hoeveel kalveren zijn vervoerd?"),
            (
                vec![3],
                None,
                "Kunt u dit uitsplitsen naar:\n- leeftijd;\n- bestemming?"
            ),
        ]
    );
    assert_eq!(doc.footnotes.len(), 1);
}

#[test]
fn a_word_notice_that_quotes_bracket_numbered_questions_reads_them_as_questions() {
    let text = "AH 704\n\n2024Z18952\n\n\
                Mededeling van minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 10 december 2024)\n\n\
                De vragen van het lid Grinwis (ChristenUnie) over sociale huur (2024Z18952) luiden:\n\n\
                1) Kent u het bericht ‘Bouw stokt’?\n\n2) Hoeveel woningen zijn opgeleverd?\n\n\
                Deze vragen kunnen niet binnen drie weken worden beantwoord.\n";
    let doc = ok(text);
    assert_eq!(doc.kind, kamervraag::Kind::Notice);
    assert!(doc.footnotes.is_empty());
    assert!(doc.answers.is_empty());
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("1)"), "Kent u het bericht ‘Bouw stokt’?"),
            (vec![2], Some("2)"), "Hoeveel woningen zijn opgeleverd?"),
        ]
    );
    assert_eq!(
        doc.notice.as_deref(),
        Some(
            "De vragen van het lid Grinwis (ChristenUnie) over sociale huur (2024Z18952) luiden:\n\
             Deze vragen kunnen niet binnen drie weken worden beantwoord."
        )
    );
}

#[test]
fn aanhangsel_and_kamerstuk_citations_in_every_order_are_references() {
    // The official citation puts the Handelingen first (`Handelingen II 2023/24, Aanhangsel nr. 123`);
    // a plural `nrs.` cites several items of one dossier or session.
    let text = format!(
        "{AH_HEADER}Vraag 1\nKent u de eerdere antwoorden (Handelingen II 2023/24, Aanhangsel nr. 123)?\n\n\
         Antwoord 1\nJa, zie Kamerstukken II 2023/24, 29 383, nrs. 406 en 410, en Kamerstuk 36200-XVI-78.\n"
    );
    let doc = ok(&text);
    let refs: Vec<(&str, &str)> = doc
        .references
        .iter()
        .map(|r| (r.kind.as_str(), r.id.as_ref()))
        .collect();
    assert_eq!(
        refs,
        [
            ("zaak", "2024Z17001"),
            ("kamerstuk", "29383-406"),
            ("kamerstuk", "29383-410"),
            ("kamerstuk", "36200-XVI-78"),
            ("aanhangsel", "2023-2024-123")
        ]
    );
    let cited = doc
        .references
        .iter()
        .find(|r| r.id == "2023-2024-123")
        .map(|r| r.span);
    assert_eq!(
        cited.map(|s| &text[s.start..s.end]),
        Some("Handelingen II 2023/24, Aanhangsel nr. 123")
    );
}

#[test]
fn pdf_numbers_that_look_like_glued_superscripts_stay_in_the_text() {
    // A unit's power (`30 m2`) and a number after an abbreviation whose space was lost (`nr.1`) are
    // text; a superscript glued to the year of a date (`12 november 20242`) is a marker.
    let text = "Tweede Kamer der Staten-Generaal2\n\
        Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
        2024Z18012\n\
        Vragen van het lid Van Dijk (SP) aan de Minister van Volkshuisvesting en Ruimtelijke Ordening\n\
        over kleine woningen (ingezonden 12 november 2024).\n\
        Vraag 1\n\
        Hoeveel woningen van minder dan 30 m2 zijn er, en wat kost 1 m3 water?\n\
        Vraag 2\n\
        Kent u Kamerstuk 36 200, nr.1 en het bericht van 12 november 20242 over art.3 van de wet?\n\
        1NOS, 1 november 2024\n\
        2NRC, 12 november 2024\n\
        3Staatscourant 2024, 123\n\
        kv-tk-2024Z18012\n\
        ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n";
    let doc = ok(text);
    let got: Vec<_> = doc
        .questions
        .iter()
        .map(|b| (b.text.as_ref(), b.footnotes.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Hoeveel woningen van minder dan 30 m2 zijn er, en wat kost 1 m3 water?",
                vec![]
            ),
            (
                "Kent u Kamerstuk 36 200, nr.1 en het bericht van 12 november 2024 over art.3 van de wet?",
                vec![2]
            )
        ]
    );
    assert_eq!(doc.footnotes.len(), 3);
}

#[test]
fn a_list_of_reasons_in_a_word_notice_stays_in_the_notice() {
    // A numbered list in the prose of a notice that asks nothing is no reprint of the questions, and
    // a `1)` list that no text refers to holds no notes.
    let head = "AH 663\n\n2024Z17801\n\n\
                Mededeling van minister Heinen (Financiën) (ontvangen 22 november 2024)\n\n\
                De vragen van het lid Dassen (Volt) over de btw op sportlessen kunnen niet binnen de \
                gebruikelijke termijn worden beantwoord, om twee redenen:\n\n";
    let tail = "Ik streef ernaar de vragen binnen vier weken te beantwoorden.\n";
    for (one, two) in [
        ("1. er is", "2. er is"),
        ("1. Er is", "2. Er is"),
        ("1) er is", "2) er is"),
    ] {
        let text = format!(
            "{head}{one} informatie nodig van de Belastingdienst;\n\n\
             {two} afstemming nodig met het ministerie van VWS.\n\n{tail}"
        );
        let doc = ok(&text);
        assert_eq!(doc.kind, kamervraag::Kind::Notice);
        assert!(doc.questions.is_empty(), "{text}");
        assert!(doc.footnotes.is_empty(), "{text}");
        assert_eq!(
            doc.notice.as_deref(),
            Some(
                format!(
                    "De vragen van het lid Dassen (Volt) over de btw op sportlessen kunnen niet binnen \
                     de gebruikelijke termijn worden beantwoord, om twee redenen:\n\
                     {one} informatie nodig van de Belastingdienst;\n\
                     {two} afstemming nodig met het ministerie van VWS.\n\
                     Ik streef ernaar de vragen binnen vier weken te beantwoorden."
                )
                .as_str()
            )
        );
    }
}

#[test]
fn answer_headings_with_an_article_cover_their_numbers() {
    let text = format!(
        "{AH_HEADER}Vraag 1\nKent u het bericht?\n\nVraag 2\nDeelt u de zorg?\n\n\
         Antwoord op de vragen 1 en 2\nJa.\n\nVraag 3\nWat gaat u doen?\n\nAntwoord op de vraag 3:\nOverleg.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("Vraag 1"), "Kent u het bericht?"),
            (vec![2], Some("Vraag 2"), "Deelt u de zorg?"),
            (vec![3], Some("Vraag 3"), "Wat gaat u doen?"),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1, 2], Some("Antwoord op de vragen 1 en 2"), "Ja."),
            (vec![3], Some("Antwoord op de vraag 3:"), "Overleg."),
        ]
    );
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn sub_question_headings_belong_to_their_question() {
    let text = format!(
        "{AH_HEADER}Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa.\n\nVraag 2a\nDeelt u de zorg?\n\n\
         Antwoord 2a\nJa.\n\nVraag 2b\nWaarom?\n\nAntwoord 2b\nOmdat het onveilig is.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("Vraag 1"), "Kent u het bericht?"),
            (vec![2], Some("Vraag 2a"), "Deelt u de zorg?"),
            (vec![2], Some("Vraag 2b"), "Waarom?"),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1], Some("Antwoord 1"), "Ja."),
            (vec![2], Some("Antwoord 2a"), "Ja."),
            (vec![2], Some("Antwoord 2b"), "Omdat het onveilig is."),
        ]
    );
}

#[test]
fn headings_typed_in_lower_case_count_only_when_they_fill_their_line() {
    let text = format!(
        "{AH_HEADER}vraag 1\nKlopt het dat de beurs plaatsvindt?\n\nantwoord 1:\nJa.\n\n\
         vraag 2 en 3\nWelke bedrijven nemen deel? Wie betaalt?\n\nantwoord op vraag 2 en 3\n\
         antwoord op de vraag wie betaalt: niemand.\nvraag 3 is daarmee ook beantwoord.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (
                vec![1],
                Some("vraag 1"),
                "Klopt het dat de beurs plaatsvindt?"
            ),
            (
                vec![2, 3],
                Some("vraag 2 en 3"),
                "Welke bedrijven nemen deel? Wie betaalt?"
            ),
        ]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1], Some("antwoord 1:"), "Ja."),
            (
                vec![2, 3],
                Some("antwoord op vraag 2 en 3"),
                "antwoord op de vraag wie betaalt: niemand.\nvraag 3 is daarmee ook beantwoord."
            ),
        ]
    );
}

#[test]
fn a_superscript_glued_to_capitals_is_the_next_note_but_not_part_of_a_code() {
    // PDF text: the superscripts after `NVWA` and `RIVM` are notes 2 and 3; `CO2`, `NO2` and `ETS2`
    // keep their numbers although note 4 exists.
    let pdf = "Tweede Kamer der Staten-Generaal2\n\
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n\
2024Z18001\n\
Vragen van het lid Vedder (CDA) aan de Minister van Landbouw, Visserij, Voedselzekerheid en\n\
Natuur over vogelgriep (ingezonden 19 november 2024).\n\
Vraag 1\n\
Bent u bekend met het bericht «Vogelgriep in Gelderland»?1\n\
Vraag 2\n\
Hoeveel bedrijven zijn geruimd door de NVWA2? Wat zegt het RIVM3.\n\
Vraag 3\n\
Hoeveel CO2 en NO2 komt vrij? Wat is de rol van COVID-19 en het ETS2? Wat adviseert de GGD4?\n\
1NOS, 18 november 2024, «Vogelgriep in Gelderland»\n\
2NVWA, Nieuwsbericht vogelgriep, 2024\n\
3RIVM, Advies vogelgriep, 2024\n\
4GGD GHOR, brief van 1 november 2024\n";
    let doc = ok(pdf);
    assert_eq!(
        blocks(&doc.questions)[1..],
        [
            (
                vec![2],
                Some("Vraag 2"),
                "Hoeveel bedrijven zijn geruimd door de NVWA? Wat zegt het RIVM."
            ),
            (
                vec![3],
                Some("Vraag 3"),
                "Hoeveel CO2 en NO2 komt vrij? Wat is de rol van COVID-19 en het ETS2? Wat adviseert de GGD?"
            ),
        ]
    );
    assert_eq!(doc.questions[1].footnotes, [2, 3]);
    assert_eq!(doc.questions[2].footnotes, [4]);
    // A Word original (Tweedemonitor): the ` 2)` marker glued to capitals, outside brackets.
    let word = "Vragen van het lid Vedder (CDA) aan de minister van Landbouw, Natuur en Voedselkwaliteit over vogelgriep. (ingezonden 2 augustus 2019)\n\n\
  1. Bent u bekend met het bericht ‘Vogelgriep’? 1)\n\
  2. Hoeveel bedrijven ruimde de NVWA2)? Hoeveel CO2 (en NO2) kwam vrij?\n\n\
1) https://www.example.nl/nieuws/vogelgriep\n\
2) https://www.example.nl/nvwa\n";
    let doc = ok(word);
    assert_eq!(
        doc.questions[1].text,
        "Hoeveel bedrijven ruimde de NVWA? Hoeveel CO2 (en NO2) kwam vrij?"
    );
    assert_eq!(doc.questions[1].footnotes, [2]);
}

#[test]
fn a_bracketed_note_number_on_its_own_line_opens_the_note_on_the_next() {
    // A Word original whose note paragraphs broke after the number.
    let text = "2024Z19120\n\n(ingezonden 26 november 2024)\n\n\
Vragen van het lid Bikker (ChristenUnie) aan de minister van Asiel en Migratie over opvang\n\n\
Bent u bekend met het bericht ‘Zwanger in de wachtkamer’? 1)\n\n\
Hoeveel zwangere vrouwen verblijven in Ter Apel? 2)\n\n\
1)\nNOS, 24 november 2024, Zwanger in de wachtkamer (https://nos.nl/artikel/1)\n\
2)\nhttps://www.coa.nl/cijfers\n";
    let doc = ok(text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (
                vec![1],
                None,
                "Bent u bekend met het bericht ‘Zwanger in de wachtkamer’?"
            ),
            (
                vec![2],
                None,
                "Hoeveel zwangere vrouwen verblijven in Ter Apel?"
            ),
        ]
    );
    assert_eq!(
        note_texts(&doc),
        [
            (
                1,
                "NOS, 24 november 2024, Zwanger in de wachtkamer (https://nos.nl/artikel/1)"
            ),
            (2, "https://www.coa.nl/cijfers"),
        ]
    );
}

#[test]
fn a_list_numbered_with_a_bracket_inside_a_pdf_answer_keeps_its_labels() {
    // `1)` opening a line before a word labels a list item; it is no superscript wrapped to the line.
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nKlopt het bericht?1\nAntwoord 1\nJa. Het kabinet neemt twee maatregelen:\n\
         1) Het verhogen van de bijdrage aan gemeenten;\n2) Het versterken van het toezicht.\n\
         Vraag 2\nWat gaat u doen?\nAntwoord 2\nNiets.\n1NOS, 3 mei 2024 (https://nos.nl/x)\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.answers)[0],
        (
            vec![1],
            Some("Antwoord 1"),
            "Ja. Het kabinet neemt twee maatregelen: 1) Het verhogen van de bijdrage aan gemeenten; \
             2) Het versterken van het toezicht."
        )
    );
    assert!(doc.answers[0].footnotes.is_empty());
    assert_eq!(doc.questions[0].footnotes, [1]);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "NOS, 3 mei 2024 (https://nos.nl/x)");
}

#[test]
fn a_table_row_that_starts_with_a_number_is_no_spaced_note_body() {
    // The text glues its note bodies to their numbers (`1NOS`), so `1 Groningen 120` is a row of a
    // table flattened to text, not a note printed with a space.
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nKlopt het bericht?1\nAntwoord 1\nJa.\nTabel 1 Meldingen per regio\n\
         1 Groningen 120\n2 Drenthe 80\nVraag 2\nWat gaat u doen?2\nAntwoord 2\nNiets.\n\
         1NOS, 3 mei 2024 (https://nos.nl/x)\n2Kamerstuk 36 600 XVI, nr. 12\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Ja. Tabel 1 Meldingen per regio 1 Groningen 120 2 Drenthe 80"
    );
    assert_eq!(
        note_texts(&doc),
        [
            (1, "NOS, 3 mei 2024 (https://nos.nl/x)"),
            (2, "Kamerstuk 36 600 XVI, nr. 12")
        ]
    );
}

#[test]
fn a_bracket_numbered_list_inside_a_word_answer_is_no_run_of_notes() {
    // Word notes follow the whole body: `1)` items after a line that opens a list, or with a heading
    // after them, are the answer's list.
    for intro in [
        "Ja. Het kabinet neemt twee maatregelen:",
        "Ja. Het kabinet doet twee dingen.",
    ] {
        let text = format!(
            "{AH_HEADER}Vraag 1\nBent u bekend met het bericht? 1)\n\nAntwoord op vraag 1\n{intro}\n\
             1) het verhogen van de bijdrage aan gemeenten;\n2) het versterken van het toezicht.\n\n\
             Vraag 2\nWat gaat u doen?\n\nAntwoord op vraag 2\nNiets.\n\n1) NOS, 3 mei 2024 (https://nos.nl/x)\n"
        );
        let doc = ok(&text);
        assert_eq!(doc.answers.len(), 2, "{intro}");
        assert!(
            doc.answers[0]
                .text
                .ends_with("1) het verhogen van de bijdrage aan gemeenten;\n2) het versterken van het toezicht."),
            "{intro}: {:?}",
            doc.answers[0].text
        );
        assert_eq!(doc.answers[1].text, "Niets.");
        assert_eq!(doc.footnotes.len(), 1, "{intro}");
        assert_eq!(doc.footnotes[0].text, "NOS, 3 mei 2024 (https://nos.nl/x)");
    }
}

#[test]
fn a_bracket_numbered_list_after_a_colon_in_word_questions_is_no_run_of_notes() {
    // Numbered questions without headings: the note bodies follow the last question; a `1)` list
    // that a line ending in `:` opens belongs to its question.
    let text = format!(
        "{WORD_Q_HEADER}1. Bent u bekend met het bericht? 1)\n\n2. Kunt u aangeven:\n1) hoeveel gemeenten dit doen;\n\
         2) wat het kost?\n\n3. Wanneer komt de brief?\n\n1) NOS, 3 mei 2024 (https://nos.nl/x)\n"
    );
    let doc = ok(&text);
    assert_eq!(doc.questions.len(), 3);
    assert!(
        doc.questions[1].text.ends_with("2) wat het kost?"),
        "{:?}",
        doc.questions[1].text
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "NOS, 3 mei 2024 (https://nos.nl/x)");
}

#[test]
fn a_number_that_closes_a_bracket_in_word_text_is_no_note_marker() {
    // `(zie het antwoord op vraag 3)`: the `)` closes the bracket, even where a note 3 exists.
    let text = format!(
        "{AH_HEADER}Vraag 1\nBent u bekend met het bericht? 1)\n\nAntwoord op vraag 1\nJa, zie het rapport. 2)\n\n\
         Vraag 2\nWat gaat u doen? 3)\n\nAntwoord op vraag 2\nDe gemeente helpt (zie het antwoord op vraag 3). \
         Zie de handreiking (bijlage 2) en het rapport (NOS, 3 mei 2024 3)).\n\n\
         1) NOS, 3 mei 2024 (https://nos.nl/x)\n2) Kamerstuk 36 600 XVI, nr. 12\n3) Kamerstuk 36 600 XVI, nr. 13\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[1].text,
        "De gemeente helpt (zie het antwoord op vraag 3). Zie de handreiking (bijlage 2) en het rapport (NOS, 3 mei 2024)."
    );
    assert_eq!(doc.answers[1].footnotes, [3]);
    assert_eq!(doc.questions[1].footnotes, [3]);
    assert_eq!(doc.footnotes.len(), 3);
}

#[test]
fn a_toelichting_heading_inside_an_answer_stays_in_the_answer() {
    // A minister's own `Toelichting` under an answer that other questions follow; the questions'
    // Toelichting after the last answer is still the explanation.
    for label in ["Toelichting", "Toelichting:"] {
        let text = format!(
            "{AH_PDF_HEADER}Vraag 1\nKlopt het bericht?\nAntwoord 1\nNee.\n{label}\nDe cijfers komen van het CBS.\n\
             Vraag 2\nWat gaat u doen?\nAntwoord 2\nNiets.\nToelichting:\nDeze vragen dienen ter aanvulling op \
             eerdere vragen terzake van het lid Omtzigt (Nieuw Sociaal Contract), ingezonden 1 september 2024 \
             (vraagnummer 2024Z13000).\n"
        );
        let doc = ok(&text);
        assert_eq!(
            doc.answers[0].text,
            format!("Nee. {label} De cijfers komen van het CBS."),
            "{label}"
        );
        assert_eq!(doc.answers[1].text, "Niets.");
        assert!(
            doc.explanation
                .as_deref()
                .is_some_and(|e| e.starts_with("Deze vragen dienen")),
            "{label}: {:?}",
            doc.explanation
        );
    }
}

#[test]
fn a_markdown_note_body_follows_its_bracketed_marker() {
    // A Markdown conversion that keeps its `[1 ]` markers: a line `1 Groningen 120` before the marker
    // is a table row, not note 1; the note after the marker is.
    let text = "### 302\n\nVragen van het lid Dijk (SP) aan de Minister voor Langdurige Zorg en Sport over de \
                zorg (ingezonden 3 oktober 2023).\n\nAntwoord van Minister Helder (Langdurige Zorg en Sport) \
                (ontvangen 24 oktober 2023).\n\nVraag 1\nWat is uw reactie op de cijfers?\n\nAntwoord 1\n\
                Dit zijn de meldingen:\n1 Groningen 120\n2 Drenthe 80\n\nVraag 2\nKent u het rapport?[1 ]\n\n\
                Antwoord 2\nJa.\n\n1 Kamerstuk 36 600 XVI, nr. 12\n";
    let doc = ok(text);
    assert_eq!(
        doc.answers[0].text,
        "Dit zijn de meldingen: 1 Groningen 120 2 Drenthe 80"
    );
    assert_eq!(doc.questions[1].footnotes, [1]);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "Kamerstuk 36 600 XVI, nr. 12");
}

#[test]
fn a_lower_case_glued_note_body_tells_that_notes_carry_no_space() {
    // `1de Limburger, …` is a glued body, so `1 Groningen 120` is no spaced one.
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nKlopt het bericht?1\nAntwoord 1\nJa.\nTabel 1 Meldingen per regio\n\
         1 Groningen 120\n2 Drenthe 80\nVraag 2\nWat gaat u doen?\nAntwoord 2\nNiets.\n1de Limburger, 15 november 2024\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[0].text,
        "Ja. Tabel 1 Meldingen per regio 1 Groningen 120 2 Drenthe 80"
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "de Limburger, 15 november 2024");
}

#[test]
fn a_wrapped_line_that_opens_with_toelichting_bij_is_prose() {
    // `… de memorie van` / `Toelichting bij het wetsvoorstel` is a hard-wrapped sentence, not the
    // questions' Toelichting.
    let text = format!(
        "{AH_PDF_HEADER}Vraag 1\nKlopt het dat dit in de memorie van\nToelichting bij het wetsvoorstel staat?\n\
         Antwoord 1\nJa, zie de\nToelichting op de regeling.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.questions[0].text,
        "Klopt het dat dit in de memorie van Toelichting bij het wetsvoorstel staat?"
    );
    assert_eq!(
        doc.answers[0].text,
        "Ja, zie de Toelichting op de regeling."
    );
    assert_eq!(doc.explanation, None);
}

/// A whole ah-tk PDF extracted as one line (all white space collapsed to single spaces), written in
/// the shape of such an extraction: a note number once alone on its line before `Antwoord 1`, a note
/// body glued to its number, a page footer glued to the next heading, a hyphenated reference.
fn collapsed_answer() -> String {
    let filler = "Het kabinet volgt de ontwikkelingen nauwgezet en informeert de Kamer tijdig over de uitkomsten. ".repeat(8);
    let text = format!(
        "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2011–2012 Aanhangsel van de Handelingen\n\
         Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n77\n\
         Vragen van het lid Jansen (SP) aan de Minister van Financiën over de bankenbelasting\n\
         (ingezonden 3 oktober 2011).\nAntwoord van Minister De Jager (Financiën) (ontvangen 1 november 2011).\n\
         Vraag 1\nKent u het bericht «Banken betalen minder»?\n1 \nAntwoord 1\nJa.\n\
         Vraag 2\nWat is de opbrengst van de belasting in 2012?\n\
         1Trouw, 3 oktober 2011, «Banken betalen minder».\n\
         ah-tk-20112012-77\nISSN 0921 - 7398’s-Gravenhage 2011Tweede Kamer, vergaderjaar 2011–2012, Aanhangsel 1Antwoord 2\n\
         De opbrengst is geraamd in de brief over de begroting (Aanhangsel Handelin-\ngen, vergaderjaar 2011–2012, nr. 12). {filler}\n\
         Tweede Kamer, vergaderjaar 2011–2012, Aanhangsel 2\n"
    );
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn collapsed_pdf_text_keeps_headings_after_notes_and_footers() {
    let text = collapsed_answer();
    let doc = ok(&text);
    let qa: Vec<_> = blocks(&doc.answers)
        .into_iter()
        .map(|(n, l, _)| (n, l))
        .collect();
    assert_eq!(
        qa,
        [(vec![1], Some("Antwoord 1")), (vec![2], Some("Antwoord 2"))]
    );
    assert_eq!(doc.answers[0].text, "Ja.");
    assert!(doc.answers[1].text.starts_with("De opbrengst is geraamd"));
    assert_eq!(
        doc.questions[1].text,
        "Wat is de opbrengst van de belasting in 2012?"
    );
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].number, 1);
    assert_eq!(
        doc.footnotes[0].text,
        "Trouw, 3 oktober 2011, «Banken betalen minder»."
    );
    assert!(
        doc.references
            .iter()
            .any(|r| r.kind.as_str() == "aanhangsel" && r.id == "2011-2012-12"),
        "{:?}",
        doc.references
    );
}

#[test]
fn the_printer_line_of_an_older_imprint_is_page_furniture() {
    let text = "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2008–2009 Aanhangsel van de Handelingen\n\
        Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n1234\n\
        Vragen van het lid Jansen (SP) aan de Minister van Financiën over de\nbankenbelasting (Ingezonden 3 maart 2009).\n\
        Antwoord van Minister Bos (Financiën) (Ontvangen 1 april 2009).\n\
        Vraag 1\nKent u het bericht over de belasting?\nAntwoord 1\nJa.\nVraag 2\nWat brengt de belasting op?\n\
        ah-tk-20082009-1234\nISSN 0921 - 7398\nSdu Uitgevers\n’s-Gravenhage 2009 Tweede Kamer, vergaderjaar 2008–2009, Aanhangsel 1\n\
        Antwoord 2\nDat is nog niet bekend.\n";
    let doc = ok(text);
    assert_eq!(doc.vergaderjaar.as_deref(), Some("2008-2009"));
    assert_eq!(doc.document_id.as_deref(), Some("ah-tk-20082009-1234"));
    assert_eq!(
        blocks(&doc.questions),
        [
            (
                vec![1],
                Some("Vraag 1"),
                "Kent u het bericht over de belasting?"
            ),
            (vec![2], Some("Vraag 2"), "Wat brengt de belasting op?"),
        ]
    );
    assert_eq!(doc.answers[1].text, "Dat is nog niet bekend.");
}

#[test]
fn markdown_notes_gathered_at_the_end_follow_all_their_markers() {
    let text = " # 2\n\n#### Vergaderjaar 2015–2016 Aanhangsel van de Handelingen\n\n\
        **Vragen gesteld door de leden der Kamer, met de daarop door de**\n**regering gegeven antwoorden**\n\n\
        ### 812\n\nVragen van het lid Jansen (SP) aan de Minister van Financiën over de\nbankenbelasting (ingezonden 3 maart 2016).\n\n\
        Antwoord van Minister Dijsselbloem (Financiën) (ontvangen 1 april 2016).\n\n\
        Vraag 1\nKent u het bericht[1 ] en de brief[2]?\n\nAntwoord 1\nJa.\n\n\
        Vraag 2\nWat brengt de belasting op volgens het rapport[3 ]?\n\nAntwoord 2\n\
        Dat staat in de raming[4 5 ] en in de nota[6 ].\n\n\
        -----\n\n1 NOS, 3 maart 2016\n\n2 Kamerstuk 32 013, nr. 100\n\n3 CPB, raming 2016\n\n\
        4 Kamerstuk 34 300, nr. 2\n\n5 Kamerstuk 34 300, nr. 3\n\n6 Kamerstuk 34 300, nr. 4\n";
    let doc = ok(text);
    let numbers: Vec<u32> = doc.footnotes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
    assert_eq!(doc.footnotes[5].text, "Kamerstuk 34 300, nr. 4");
    assert_eq!(doc.answers[1].text, "Dat staat in de raming en in de nota.");
    assert_eq!(doc.answers[1].footnotes, [4, 5, 6]);
    assert_eq!(doc.questions[1].footnotes, [3]);
}

#[test]
fn collapsed_notice_keeps_its_mededeling_heading() {
    let filler =
        "Hoe beoordeelt u de gevolgen hiervan voor de belastingbetaler en de banken? ".repeat(10);
    let text = format!(
        "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2012–2013 Aanhangsel van de Handelingen \
         Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 455 \
         Vragen van het lid Jansen (SP) aan de Minister van Financiën over de bankenbelasting \
         (ingezonden 3 oktober 2012). Mededeling van Minister Dijsselbloem (Financiën) (ontvangen \
         24 oktober 2012). Vraag 1 Kent u het bericht over de belasting? Vraag 2 {filler}\
         Tweede Kamer, vergaderjaar 2012–2013, Aanhangsel 1 \
         Mededeling De vragen van het lid Jansen (SP) over de bankenbelasting (2012Z17001) kunnen \
         niet binnen de gebruikelijke termijn worden beantwoord. Tweede Kamer, vergaderjaar \
         2012–2013, Aanhangsel 2"
    );
    let doc = ok(&text);
    assert_eq!(doc.kind.as_str(), "notice");
    assert_eq!(doc.questions.len(), 2);
    assert!(doc.questions[1].text.ends_with("de banken?"));
    assert_eq!(
        doc.notice.as_deref(),
        Some(
            "De vragen van het lid Jansen (SP) over de bankenbelasting (2012Z17001) kunnen niet \
             binnen de gebruikelijke termijn worden beantwoord."
        )
    );
    assert_eq!(doc.zaaknummer.as_deref(), Some("2012Z17001"));
}

#[test]
fn collapsed_markdown_page_break_inside_an_answer() {
    let filler = "Het kabinet blijft de ontwikkelingen in de regio nauwgezet volgen en informeert uw Kamer. ".repeat(8);
    let text = format!(
        " # 2 #### Vergaderjaar 2012–2013 Aanhangsel van de Handelingen **Vragen gesteld door de \
         leden der Kamer, met de daarop door de** **regering gegeven antwoorden** ### 55 Vragen van \
         het lid Jansen (SP) aan de Minister van Buitenlandse Zaken over de regio (ingezonden \
         2 oktober 2012). Antwoord van Minister Timmermans (Buitenlandse Zaken) (ontvangen \
         1 november 2012). Vraag 1 Kent u het bericht «Onrust in de regio»[1 ]? Antwoord 1 Ja. \
         {filler}Zie ook de brief van 12 oktober 2012 over de motie Jansen 1 NRC, 1 oktober 2012, \
         «Onrust in de regio». h tk 20122013 55 ----- (Kamerstuk 21 501-02, nr. 1200).[2 ] \
         Vraag 2 Wat doet u? Antwoord 2 Niets. 2 Kamerstuk 21 501-02, nr. 1200 -----"
    );
    let doc = ok(&text);
    assert_eq!(doc.answers.len(), 2);
    assert!(
        doc.answers[0]
            .text
            .ends_with("over de motie Jansen (Kamerstuk 21 501-02, nr. 1200)."),
        "{}",
        doc.answers[0].text
    );
    assert_eq!(doc.answers[0].footnotes, [2]);
    assert_eq!(doc.answers[1].text, "Niets.");
    assert_eq!(
        note_texts(&doc),
        [
            (1, "NRC, 1 oktober 2012, «Onrust in de regio»."),
            (2, "Kamerstuk 21 501-02, nr. 1200")
        ]
    );
}

#[test]
fn collapsed_markdown_with_bold_and_hashed_headings() {
    let filler = "Het kabinet blijft de ontwikkelingen in de regio nauwgezet volgen en informeert uw Kamer. ".repeat(8);
    let text = format!(
        " # 2 #### Vergaderjaar 2012–2013 Aanhangsel van de Handelingen ### 56 Vragen van het lid \
         Jansen (SP) aan de Minister van Buitenlandse Zaken over de regio (ingezonden 2 oktober \
         2012). Antwoord van Minister Timmermans (Buitenlandse Zaken) (ontvangen 1 november 2012). \
         **Vraag 1** Kent u het bericht[1 ]? **Antwoord 1** Ja. {filler}#### Vraag 2 en 3 Wat doet \
         u? Wanneer? #### Antwoord 2 en 3 Niets. 1 NRC, 1 oktober 2012"
    );
    let doc = ok(&text);
    let q: Vec<_> = blocks(&doc.questions)
        .into_iter()
        .map(|(n, _, t)| (n, t))
        .collect();
    assert_eq!(
        q,
        [
            (vec![1], "Kent u het bericht?"),
            (vec![2, 3], "Wat doet u? Wanneer?")
        ]
    );
    assert_eq!(doc.answers.len(), 2);
    assert!(doc.answers[0].text.starts_with("Ja. Het kabinet"));
    assert!(doc.answers[0].text.ends_with("informeert uw Kamer."));
    assert_eq!(doc.answers[1].text, "Niets.");
    assert_eq!(doc.answers[1].numbers, [2, 3]);
    assert_eq!(doc.footnotes.len(), 1);
}

#[test]
fn collapsed_grouped_headings_in_plural_and_tot_en_met() {
    let filler = filler();
    let text = format!(
        "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2010–2011 Aanhangsel van de Handelingen \
         Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 321 \
         Vragen van het lid Jansen (SP) aan de Minister van Financiën over de bankenbelasting \
         (ingezonden 3 oktober 2010). Antwoord van Minister De Jager (Financiën) (ontvangen \
         1 november 2010). Vraag 1 Kent u het bericht? Antwoord 1 Ja. {filler}Vragen 2 en 3 \
         Wat kost het? Wie betaalt? Antwoord op de vragen 2 en 3 De banken. Vraag 4 tot en met 6 \
         Wanneer? Waarom? Hoe? Antwoorden 4 tot en met 6 Volgend jaar."
    );
    let doc = ok(&text);
    let numbers =
        |b: &[kamervraag::Block<'_>]| b.iter().map(|b| b.numbers.clone()).collect::<Vec<_>>();
    assert_eq!(
        numbers(&doc.questions),
        [vec![1], vec![2, 3], vec![4, 5, 6]]
    );
    assert_eq!(numbers(&doc.answers), [vec![1], vec![2, 3], vec![4, 5, 6]]);
    assert_eq!(doc.questions[1].text, "Wat kost het? Wie betaalt?");
    assert_eq!(doc.answers[1].text, "De banken.");
    assert_eq!(doc.questions[2].text, "Wanneer? Waarom? Hoe?");
    assert_eq!(doc.answers[2].text, "Volgend jaar.");
}

/// The start of a collapsed ah-tk PDF text (more than 1 KiB on one line) up to its first heading.
fn collapsed_head() -> &'static str {
    "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2010–2011 Aanhangsel van de Handelingen \
     Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 321 \
     Vragen van het lid Jansen (SP) aan de Minister van Financiën over de bankenbelasting \
     (ingezonden 3 oktober 2010). Antwoord van Minister De Jager (Financiën) (ontvangen \
     1 november 2010). "
}

#[test]
fn collapsed_markers_after_a_date_and_before_a_bold_heading_are_cut() {
    let filler = filler();
    let text = format!(
        "{}**Vraag 1** Kent u het bericht «Banken betalen»? 1 **Antwoord 1** Ja. {filler}\
         **Vraag 2** Wat kost het? **Antwoord 2** In de brief van 12 mei 2010 2 is dat toegelicht, \
         en in 2010 3 keer herhaald. 1Trouw, 3 oktober 2010. 2Kamerstuk 32 123, nr. 4.",
        collapsed_head()
    );
    let doc = ok(&text);
    assert_eq!(
        doc.questions[0].text,
        "Kent u het bericht «Banken betalen»?"
    );
    assert_eq!(
        doc.answers[1].text,
        "In de brief van 12 mei 2010 is dat toegelicht, en in 2010 3 keer herhaald."
    );
    assert_eq!(doc.answers[1].footnotes, [2]);
    assert_eq!(
        note_texts(&doc),
        [
            (1, "Trouw, 3 oktober 2010."),
            (2, "Kamerstuk 32 123, nr. 4.")
        ]
    );
}

#[test]
fn collapsed_headings_in_capitals_open_their_blocks() {
    let filler = filler();
    let text = format!(
        "{}VRAAG 1 Kent u het bericht? ANTWOORD 1 Ja. {filler}VRAAG 2 Wat kost het? ANTWOORD 2 Veel.",
        collapsed_head()
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("VRAAG 1"), "Kent u het bericht?"),
            (vec![2], Some("VRAAG 2"), "Wat kost het?")
        ]
    );
    assert_eq!(doc.answers.len(), 2);
    assert_eq!(doc.answers[0].label.as_deref(), Some("ANTWOORD 1"));
    assert_eq!(doc.answers[1].text, "Veel.");
}

#[test]
fn collapsed_markdown_note_whose_text_is_a_number() {
    let filler = filler();
    let text = format!(
        " # 2 #### Vergaderjaar 2010–2011 Aanhangsel van de Handelingen ### 56 Vragen van het lid \
         Jansen (SP) aan de Minister van Financiën over de bankenbelasting (ingezonden 3 oktober \
         2010). Antwoord van Minister De Jager (Financiën) (ontvangen 1 november 2010). Vraag 1 \
         Kent u het bericht[1 ]? Antwoord 1 Ja. {filler}Vraag 2 Wat kost het? Antwoord 2 Dat staat \
         in het besluit van nr. 12 345.[2 ] 1 NRC, 1 oktober 2010. 2 4021937–2010-FIN. -----"
    );
    let doc = ok(&text);
    assert_eq!(
        doc.answers[1].text,
        "Dat staat in het besluit van nr. 12 345."
    );
    assert_eq!(doc.answers[1].footnotes, [2]);
    assert_eq!(
        note_texts(&doc),
        [(1, "NRC, 1 oktober 2010."), (2, "4021937–2010-FIN.")]
    );
}

#[test]
fn a_lower_case_heading_with_its_answer_after_a_colon_is_a_heading() {
    let text = format!(
        "{AH_HEADER}vraag 1\nKlopt het dat de beurs plaatsvindt?\n\nantwoord 1: Ja.\n\n\
         vraag 2\nWie betaalt?\n\nantwoord 2: De organisatie, zie het antwoord op\n\
         vraag 2: het is geregeld.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1], Some("antwoord 1:"), "Ja."),
            (
                vec![2],
                Some("antwoord 2:"),
                "De organisatie, zie het antwoord op\nvraag 2: het is geregeld."
            ),
        ]
    );
    assert_eq!(doc.questions[0].text, "Klopt het dat de beurs plaatsvindt?");
}

#[test]
fn a_word_list_in_an_answer_that_reaches_the_next_question_number_stays_in_the_answer() {
    let text = format!(
        "{AH_HEADER}1\nKlopt het dat de beurs plaatsvindt?\n\nAntwoord\nJa.\n\n\
         2\nWat gaat u doen?\n\nAntwoord\nDat gaat in drie stappen:\n1. Wij inventariseren de wensen;\n\
         2. Wij maken een plan;\n3. Wij voeren het plan uit.\n\n3\nWanneer is dat klaar?\n\n\
         Antwoord\nVolgend jaar.\n"
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.questions),
        [
            (vec![1], Some("1"), "Klopt het dat de beurs plaatsvindt?"),
            (vec![2], Some("2"), "Wat gaat u doen?"),
            (vec![3], Some("3"), "Wanneer is dat klaar?"),
        ]
    );
    assert_eq!(
        doc.answers[1].text,
        "Dat gaat in drie stappen:\n1. Wij inventariseren de wensen;\n2. Wij maken een plan;\n\
         3. Wij voeren het plan uit."
    );
}

#[test]
fn a_list_inside_a_question_whose_item_reaches_the_next_question_number_stays_in_it() {
    for label in ["1\n", "1. "] {
        let second = if label == "1\n" { "2\n" } else { "2. " };
        let text = format!(
            "{AH_HEADER}{label}Kunt u aangeven:\n1. hoeveel bedrijven deelnemen aan de beurs in\n\
             het komende jaar;\n2. wie de kosten van de beurs\nbetaalt?\n\nAntwoord\nDe organisatie.\n\n\
             {second}Wanneer is dat klaar?\n\nAntwoord\nVolgend jaar.\n"
        );
        let doc = ok(&text);
        let numbers: Vec<_> = doc.questions.iter().map(|q| q.numbers.clone()).collect();
        assert_eq!(numbers, [vec![1], vec![2]], "{label:?}");
        assert_eq!(
            doc.questions[0].text,
            "Kunt u aangeven:\n1. hoeveel bedrijven deelnemen aan de beurs in\nhet komende jaar;\n\
             2. wie de kosten van de beurs\nbetaalt?"
        );
        assert_eq!(doc.questions[1].text, "Wanneer is dat klaar?");
        assert_eq!(doc.answers[0].text, "De organisatie.");
        assert_eq!(doc.answers[1].numbers, [2]);
    }
}

#[test]
fn a_superscript_after_a_whole_number_and_a_period_is_a_marker() {
    let text = "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2010–2011 Aanhangsel van de Handelingen\n\
        Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n321\n\
        Vragen van het lid Jansen (SP) aan de Minister van Financiën over de\nbankenbelasting (ingezonden 3 oktober 2010).\n\
        Antwoord van Minister De Jager (Financiën) (ontvangen 1 november 2010).\n\
        Vraag 1\nKent u het bericht «Banken betalen»?1\nAntwoord 1\nJa.\n\
        Vraag 2\nHoeveel banken betalen de belasting?\nAntwoord 2\n\
        Het aantal banken dat de belasting betaalt is 500.2 Dat staat in artikel 5.2 van\n\
        de regeling en in paragraaf 3.2.\n1Trouw, 3 oktober 2010.\n2Kamerstuk 32 123, nr. 4.\n\
        Tweede Kamer, vergaderjaar 2010–2011, Aanhangsel 1\n";
    let doc = ok(text);
    assert_eq!(
        doc.answers[1].text,
        "Het aantal banken dat de belasting betaalt is 500. Dat staat in artikel 5.2 van de \
         regeling en in paragraaf 3.2."
    );
    assert_eq!(doc.answers[1].footnotes, [2]);
    assert_eq!(doc.footnotes.len(), 2);
}

#[test]
fn collapsed_note_bodies_of_a_page_broken_mid_sentence_and_the_text_after_the_footer() {
    let filler = filler();
    let text = format!(
        "{}Vraag 1 Kent u het bericht? Antwoord 1 Ja. {filler}In de bankensector 1NOS, 3 oktober \
         2010, Banken betalen, https://nos.nl/artikel/123-banken ah-tk-20102011-321 ISSN 0921 - \
         7398’s-Gravenhage 2010Tweede Kamer, vergaderjaar 2010–2011, Aanhangsel 1 zijn de meeste \
         tarieven vrij. Vraag 2 Wat kost het? Antwoord 2 Veel, zie de raming. 2X, 4 oktober 2010 \
         (https://x.com/status/1) Tweede Kamer, vergaderjaar 2010–2011, Aanhangsel 2",
        collapsed_head()
    );
    let doc = ok(&text);
    assert!(
        doc.answers[0]
            .text
            .ends_with("tijdig. In de bankensector zijn de meeste tarieven vrij."),
        "{}",
        doc.answers[0].text
    );
    assert_eq!(doc.answers[1].text, "Veel, zie de raming.");
    assert_eq!(
        note_texts(&doc),
        [
            (
                1,
                "NOS, 3 oktober 2010, Banken betalen, https://nos.nl/artikel/123-banken"
            ),
            (2, "X, 4 oktober 2010 (https://x.com/status/1)")
        ]
    );
}

/// Each note's number and text.
fn note_texts<'d>(doc: &'d Document<'_>) -> Vec<(u32, &'d str)> {
    doc.footnotes
        .iter()
        .map(|n| (n.number, n.text.as_ref()))
        .collect()
}

/// Ten sentences of answer prose, so that collapsed text is long enough to be read as collapsed.
fn filler() -> String {
    "Het kabinet volgt de ontwikkelingen nauwgezet en informeert de Kamer tijdig. ".repeat(10)
}

fn notes<'d>(doc: &'d Document<'_>) -> Vec<(u32, &'d str, Vec<&'d str>)> {
    doc.footnotes
        .iter()
        .map(|n| {
            (
                n.number,
                n.text.as_ref(),
                n.urls.iter().map(|u| u.as_ref()).collect(),
            )
        })
        .collect()
}

#[test]
fn a_word_note_whose_url_runs_on_after_an_empty_paragraph_keeps_its_tail() {
    // The URL broken over an empty paragraph in the bracket of a title, and after a slash.
    let text = "2024Z19120\n\n(ingezonden 26 november 2024)\n\n\
        Vragen van het lid Bikker (ChristenUnie) aan de minister van Asiel en Migratie over opvang\n\n\
        Bent u bekend met het bericht ‘Lange wachttijd’? 1)\n\nHoeveel mensen wachten er? 2)\n\n\
        1) NOS, 24 november 2024, Lange wachttijd (https://nos.nl/artikel/\n\n2545000-lange-wachttijd)\n\n\
        2) https://www.coa.nl/nl/\n\nnieuws/cijfers\n\nToelichting:\n\nDeze vragen vullen eerdere aan.\n";
    let doc = ok(text);
    assert_eq!(doc.questions.len(), 2);
    assert_eq!(
        notes(&doc),
        [
            (
                1,
                "NOS, 24 november 2024, Lange wachttijd (https://nos.nl/artikel/2545000-lange-wachttijd)",
                vec!["https://nos.nl/artikel/2545000-lange-wachttijd"]
            ),
            (
                2,
                "https://www.coa.nl/nl/nieuws/cijfers",
                vec!["https://www.coa.nl/nl/nieuws/cijfers"]
            ),
        ]
    );
    assert_eq!(
        doc.explanation.as_deref(),
        Some("Deze vragen vullen eerdere aan.")
    );
}

/// A Markdown conversion of an ah-tk answer (`[1 ]` markers, `1 Text` notes) around `body`.
fn markdown_answer(body: &str) -> String {
    format!(
        "#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen\n\n### 400\n\n\
         Vragen van het lid Krul (CDA) aan de Minister van Financiën over de regeling (ingezonden 2 oktober 2023).\n\n\
         Antwoord van Minister Heinen (Financiën) (ontvangen 13 november 2023).\n\n{body}"
    )
}

#[test]
fn a_markdown_note_wrapped_over_blank_lines_stays_one_note() {
    // Every line followed by an empty one: a wrapped note goes on where its line stops in an open
    // quote or bracket, after a comma, or in a word at the end of a full line.
    let text = markdown_answer(
        "Vraag 1\n\nKent u het commentaar «Netjes gezuiverd»[1 ]?\n\nAntwoord 1\n\nJa.\n\n\
         1 Nederlands Dagblad, 29 september 2023, «Het commentaar over de gevolgen van het besluit is\n\n\
         verschenen in de krant» (Het commentaar over de gevolgen van het besluit is verschenen in\n\n\
         de krant – Nederlands Dagblad).\n\n\
         h tk 20232024 400\n\n-----\n\nVraag 2\n\nEn nu?\n\nAntwoord 2\n\nNee.\n",
    );
    let doc = ok(&text);
    assert_eq!(
        notes(&doc),
        [(
            1,
            "Nederlands Dagblad, 29 september 2023, «Het commentaar over de gevolgen van het besluit is verschenen in de krant» (Het commentaar over de gevolgen van het besluit is verschenen in de krant – Nederlands Dagblad).",
            vec![]
        )]
    );
    assert_eq!(
        blocks(&doc.answers),
        [
            (vec![1], Some("Antwoord 1"), "Ja."),
            (vec![2], Some("Antwoord 2"), "Nee.")
        ]
    );
}

#[test]
fn a_date_or_a_table_row_opening_a_markdown_line_is_no_note() {
    // After its `[1 ]` marker, `1 januari 2026 …` wraps the answer's prose and `1 Groningen 120`
    // is a table row; the note comes after them.
    let text = markdown_answer(
        "Vraag 1\n\nKent u het bericht[1 ]?\n\nAntwoord 1\n\nJa. De regeling gaat in per\n\
         1 januari 2026 voor alle gemeenten:\n1 Groningen 120\n2 Utrecht 80\n\n\
         1 NOS, 3 mei 2023, «Regeling gaat in» (nos.nl).\n",
    );
    let doc = ok(&text);
    assert_eq!(
        blocks(&doc.answers),
        [(
            vec![1],
            Some("Antwoord 1"),
            "Ja. De regeling gaat in per 1 januari 2026 voor alle gemeenten: 1 Groningen 120 2 Utrecht 80"
        )]
    );
    assert_eq!(
        notes(&doc),
        [(1, "NOS, 3 mei 2023, «Regeling gaat in» (nos.nl).", vec![])]
    );
}

#[test]
fn plain_text_cut_in_mid_sentence_before_its_first_heading_is_no_question() {
    // A paste that starts inside answer 2: the tail of that answer is reported, not numbered as a
    // question of its own; text that opens with a capital before the first heading still is one.
    let doc = ok(
        "vanwege de blokkade van de corridor. Het kabinet\nzal hierop ingaan.\n\n\
        Vraag 3\nKlopt het dat u heeft gesproken?\n\nAntwoord 3\nJa.\n",
    );
    assert_eq!(doc.format, kamervraag::Format::Plain);
    assert_eq!(
        blocks(&doc.questions),
        [(vec![3], Some("Vraag 3"), "Klopt het dat u heeft gesproken?")]
    );
    assert_eq!(blocks(&doc.answers), [(vec![3], Some("Antwoord 3"), "Ja.")]);
    assert_eq!(doc.diagnostics.len(), 1);
    assert_eq!(doc.diagnostics[0].code, "cut-off-text");
    // The message quotes the text on one line.
    assert!(
        doc.diagnostics[0]
            .message
            .starts_with("found `vanwege de blokkade van de corridor. Het kabinet zal hierop"),
        "{}",
        doc.diagnostics[0].message
    );
    assert_eq!(
        (doc.diagnostics[0].span.start, doc.diagnostics[0].span.end),
        (0, 67)
    );
    let doc = ok("Bent u bekend met het bericht?\n\nAntwoord op vraag 1\nJa.\n");
    assert_eq!(
        blocks(&doc.questions),
        [(vec![1], None, "Bent u bekend met het bericht?")]
    );
    assert!(doc.diagnostics.is_empty());
}
