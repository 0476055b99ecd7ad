//! Inputs for the kamervraag benchmarks: one hand-written document per dialect (in `fixtures/`) and
//! generators for large answer documents and batches of documents of a chosen size.
//!
//! Every text here was written for the benchmarks; none is copied from the corpus. The generated
//! answer document imitates officielebekendmakingen PDF text (`ah-tk`): `Vraag N` / `Antwoord N`
//! headings, grouped answers (`Antwoord 2 en 3`), superscript note numbers glued to the text, notes at
//! the foot of each page with URLs broken over lines, and page furniture between two halves of a
//! sentence.

use std::fmt::Write as _;
use std::ops::Range;
use std::sync::LazyLock;

/// A benchmark input in one rendering.
#[derive(Clone, Copy, Debug)]
pub struct Fixture {
    /// Short name, used as the benchmark argument (`ah-tk`, `webpage`, …).
    pub name: &'static str,
    /// What the text is, for reports.
    pub description: &'static str,
    /// The document.
    pub text: &'static str,
}

/// The hand-written documents, one per dialect, in report order.
pub const FIXTURES: &[Fixture] = &[
    Fixture {
        name: "tweedemonitor",
        description: "Tweedemonitor page (questions)",
        text: include_str!("../fixtures/tweedemonitor.txt"),
    },
    Fixture {
        name: "kv-tk",
        description: "publication kv-tk questions (PDF text)",
        text: include_str!("../fixtures/kv-tk.txt"),
    },
    Fixture {
        name: "ah-tk",
        description: "publication ah-tk answer (PDF text)",
        text: include_str!("../fixtures/ah-tk.txt"),
    },
    Fixture {
        name: "original",
        description: "Word original answer (AH 604)",
        text: include_str!("../fixtures/original-answer.txt"),
    },
    Fixture {
        name: "mededeling",
        description: "Mededeling (ah-tk PDF text)",
        text: include_str!("../fixtures/mededeling.txt"),
    },
    Fixture {
        name: "webpage",
        description: "tweedekamer.nl detail page",
        text: include_str!("../fixtures/webpage.txt"),
    },
];

/// Number of questions in the [`LARGE`] answer document.
pub const LARGE_QUESTIONS: usize = 60;

/// A generated ah-tk answer document with [`LARGE_QUESTIONS`] questions (about 22 KB).
pub static LARGE: LazyLock<String> = LazyLock::new(|| answer_document(LARGE_QUESTIONS));

/// Name of the large generated document among the benchmark arguments.
pub const LARGE_NAME: &str = "ah-tk-60q";

/// Every throughput input name: the fixtures, then the large generated answer.
pub const DOCUMENT_NAMES: &[&str] = &[
    "tweedemonitor",
    "kv-tk",
    "ah-tk",
    "original",
    "mededeling",
    "webpage",
    LARGE_NAME,
];

/// The text of a throughput input by name ([`FIXTURES`] or [`LARGE_NAME`]).
///
/// # Panics
/// On an unknown name.
pub fn document(name: &str) -> &'static str {
    if name == LARGE_NAME {
        return LARGE.as_str();
    }
    FIXTURES
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.text)
        .unwrap_or_else(|| panic!("no benchmark document named {name:?}"))
}

const QUESTIONS: &[&str] = &[
    "Bent u bekend met het bericht «Melkveehouders stoppen vaker dan verwacht»?",
    "Hoeveel melkveebedrijven zijn in de afgelopen vijf jaar gestopt, en hoeveel daarvan lagen in of nabij een Natura 2000-gebied?",
    "Klopt het dat de uitkoopregeling voor piekbelasters vooral wordt gebruikt door ondernemers die toch al wilden stoppen? Zo nee, waarop baseert u dat?",
    "Wat betekent het verlies van derogatie voor de mestafzetkosten van een gemiddeld melkveebedrijf op zandgrond?",
    "Deelt u de zorg van de sector dat jonge boeren geen bedrijf meer kunnen overnemen, omdat grond en productierechten te duur zijn geworden?",
    "Welke rol kunnen provincies spelen bij het vrijmaken van grond voor extensieve landbouw in de bufferzones rond natuurgebieden?",
    "Bent u bereid de Kamer voor de behandeling van de begroting te informeren over de voortgang van de gebiedsprocessen?",
    "Kunt u aangeven hoeveel middelen uit het Transitiefonds landelijk gebied al zijn toegekend, uitgesplitst naar provincie?",
];

const ANSWERS: &[&str] = &[
    "Ja.",
    "Volgens de meest recente landbouwtelling is het aantal melkveebedrijven tussen 2019 en 2024 met ongeveer elf procent gedaald. Een uitsplitsing naar de ligging ten opzichte van Natura 2000-gebieden is niet beschikbaar; ik heb het CBS gevraagd die voor de volgende telling te maken.",
    "Nee. Uit de eerste evaluatie van de regeling blijkt dat een meerderheid van de deelnemers zonder de regeling had willen doorgaan. De evaluatie stuur ik uw Kamer voor de zomer toe (Kamerstuk 35 334, nr. 301).",
    "De kosten verschillen sterk per regio en per bedrijf. Wageningen Economic Research schat dat de extra mestafzetkosten voor een gemiddeld bedrijf op zandgrond tussen de 15.000 en 25.000 euro per jaar liggen, afhankelijk van de veebezetting en de afstand tot afnemers van mest.",
    "Ik deel de zorg dat de bedrijfsovername voor jonge boeren moeilijker is geworden. Daarom werk ik met de banken en het Borgstellingsfonds aan een regeling die de financiering van een overname vergemakkelijkt, en verken ik of grondbanken van de provincies een rol kunnen spelen.",
    "Zie het antwoord op vraag 2.",
];

const NOTE_SOURCES: &[&str] = &["NOS", "Boerderij", "Nieuwe Oogst", "De Volkskrant", "Trouw"];

fn wrap_into(out: &mut Vec<String>, text: &str, width: usize) {
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
}

/// Lays out body lines on PDF pages: every `PAGE_LINES` lines the notes referenced on that page, the
/// publication identifier and the page footer are inserted, wherever the page break falls.
struct Pages {
    out: String,
    on_page: usize,
    page: usize,
    notes: Vec<(u32, String)>,
}

const PAGE_LINES: usize = 48;
const DOCUMENT_ID: &str = "ah-tk-20242025-800";

impl Pages {
    fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
        self.on_page += 1;
        if self.on_page >= PAGE_LINES {
            self.break_page();
        }
    }

    fn break_page(&mut self) {
        for (number, note) in std::mem::take(&mut self.notes) {
            let mut lines = Vec::new();
            wrap_into(&mut lines, &format!("{number}{note}"), 78);
            for l in lines {
                self.out.push_str(&l);
                self.out.push('\n');
            }
        }
        self.page += 1;
        let _ = writeln!(self.out, "{DOCUMENT_ID}");
        if self.page == 1 {
            self.out.push_str("ISSN 0921 - 7398’s-Gravenhage 2024");
        }
        let _ = writeln!(
            self.out,
            "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel {}",
            self.page
        );
        self.on_page = 0;
    }
}

/// An ah-tk answer document (officielebekendmakingen PDF text) with `questions` questions.
///
/// Questions 2 and 3 of every ten share one grouped answer (`Antwoord 2 en 3`); every third question
/// cites a note whose number is glued to the question mark and whose text, with a URL broken over two
/// lines, is printed at the foot of the page. Page furniture (`ah-tk-…`, `Tweede Kamer, vergaderjaar
/// 2024–2025, Aanhangsel N`) is inserted every 48 lines, also inside blocks.
pub fn answer_document(questions: usize) -> String {
    let mut pages = Pages {
        out: String::new(),
        on_page: 0,
        page: 0,
        notes: Vec::new(),
    };
    for line in [
        "Tweede Kamer der Staten-Generaal2",
        "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen",
        "Vragen gesteld door de leden der Kamer, met de daarop door de",
        "regering gegeven antwoorden",
        "800",
        "Vragen van de leden Bikker (ChristenUnie) en Van der Plas (BBB) aan de Minister van",
        "Landbouw, Visserij, Voedselzekerheid en Natuur over de toekomst van de",
        "melkveehouderij (ingezonden 4 november 2024).",
        "Antwoord van Minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur)",
        "(ontvangen 9 december 2024).",
    ] {
        pages.line(line);
    }
    let mut note = 0u32;
    let mut body = Vec::new();
    let mut n = 1;
    while n <= questions {
        let grouped = n % 10 == 2 && n < questions;
        let covered = if grouped { n..n + 2 } else { n..n + 1 };
        for q in covered.clone() {
            pages.line(&format!("Vraag {q}"));
            let mut text = QUESTIONS[q % QUESTIONS.len()].to_owned();
            if q % 3 == 1 {
                note += 1;
                let _ = write!(text, "{note}");
                let source = NOTE_SOURCES[note as usize % NOTE_SOURCES.len()];
                pages.notes.push((
                    note,
                    format!(
                        "{source}, {} november 2024, «Bericht over de melkveehouderij nummer {note}» (https://www.example.nl/nieuws/2024/11/melkveehouderij-bericht-{note})",
                        1 + note % 28
                    ),
                ));
            }
            body.clear();
            wrap_into(&mut body, &text, 78);
            for l in &body {
                pages.line(l);
            }
        }
        if grouped {
            pages.line(&format!(
                "Antwoord {} en {}",
                covered.start,
                covered.end - 1
            ));
        } else {
            pages.line(&format!("Antwoord {n}"));
        }
        body.clear();
        wrap_into(&mut body, ANSWERS[n % ANSWERS.len()], 78);
        for l in &body {
            pages.line(l);
        }
        n = covered.end;
    }
    pages.break_page();
    pages.out
}

/// A single answer document of at least `bytes` bytes (within about 2 % above it).
pub fn answer_document_of_size(bytes: usize) -> String {
    let sample = answer_document(LARGE_QUESTIONS).len();
    let mut questions = (bytes * LARGE_QUESTIONS).div_ceil(sample).max(1);
    loop {
        let doc = answer_document(questions);
        if doc.len() >= bytes {
            return doc;
        }
        questions += questions / 100 + 1;
    }
}

/// Many documents concatenated in one buffer, to be parsed one by one.
#[derive(Clone, Debug)]
pub struct Batch {
    /// All documents, back to back.
    pub text: String,
    /// Where each document is in `text`.
    pub documents: Vec<Range<usize>>,
}

impl Batch {
    /// The documents as slices of the buffer.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.documents.iter().map(|r| &self.text[r.clone()])
    }
}

/// The [`FIXTURES`], repeated in turn until the batch holds at least `bytes` bytes.
pub fn batch_of_size(bytes: usize) -> Batch {
    let mut text = String::with_capacity(bytes + 4096);
    let mut documents = Vec::new();
    for fixture in FIXTURES.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        let start = text.len();
        text.push_str(fixture.text);
        documents.push(start..text.len());
    }
    Batch { text, documents }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count_lines(text: &str, prefix: &str) -> usize {
        text.lines().filter(|l| l.starts_with(prefix)).count()
    }

    #[test]
    fn every_fixture_is_named_and_nonempty() {
        for name in DOCUMENT_NAMES {
            assert!(
                document(name).len() > 500,
                "{name} is too short to be a document"
            );
        }
        assert_eq!(DOCUMENT_NAMES.len(), FIXTURES.len() + 1);
    }

    #[test]
    fn generated_answer_has_every_question_and_grouped_answers() {
        let doc = answer_document(LARGE_QUESTIONS);
        assert_eq!(count_lines(&doc, "Vraag "), LARGE_QUESTIONS);
        // Six grouped answers (2 en 3, 12 en 13, …) cover two questions each.
        assert_eq!(count_lines(&doc, "Antwoord ") - 1, LARGE_QUESTIONS - 6);
        assert!(doc.contains("Antwoord 2 en 3\n") && doc.contains("Antwoord 52 en 53\n"));
        let pages = doc
            .matches("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel ")
            .count();
        assert_eq!(pages, doc.matches(&format!("{DOCUMENT_ID}\n")).count());
        assert!(pages >= 6, "{pages} pages");
        // Notes are numbered consecutively and glued to the question mark.
        assert!(doc.contains("?1\n") && doc.contains("\n1Boerderij, "));
        assert!((15_000..40_000).contains(&doc.len()), "{} bytes", doc.len());
    }

    #[test]
    fn sized_inputs_reach_their_size() {
        for size in [10_000, 100_000, 1_000_000] {
            let doc = answer_document_of_size(size);
            assert!(
                doc.len() >= size && doc.len() < size + size / 20 + 4096,
                "{size}: {}",
                doc.len()
            );
            let batch = batch_of_size(size);
            assert!(batch.text.len() >= size);
            assert_eq!(batch.iter().map(str::len).sum::<usize>(), batch.text.len());
            assert!(
                batch
                    .iter()
                    .zip(FIXTURES.iter().cycle())
                    .all(|(d, f)| d == f.text)
            );
        }
    }

    #[test]
    fn every_input_parses() {
        for name in DOCUMENT_NAMES {
            if let Err(e) = kamervraag::parse(document(name)) {
                panic!("{name}: {}", e.render(name, document(name)));
            }
        }
    }
}
