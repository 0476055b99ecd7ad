//! Heap allocations of a parse are bounded by the structure of the document (blocks, notes,
//! references, diagnostics), not by its size in bytes or lines: text is borrowed from the input, and
//! what must be owned (a block whose wrapped lines are joined) is built in one allocation.
//!
//! A counting `#[global_allocator]` wraps the system allocator; only allocations made by the thread
//! that is measuring are counted, so the tests may run in parallel. A `realloc` counts as an
//! allocation (a `String` grown line by line instead of reserved once shows up here).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::path::Path;

use kamervraag::Document;

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn note_allocation() {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        let _ = COUNT.try_with(|c| c.set(c.get() + 1));
    }
}

// SAFETY: every call is forwarded unchanged to `System`; the counters are const-initialised
// thread-locals without destructors, so touching them never allocates or re-enters the allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note_allocation();
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_allocation();
        // SAFETY: `ptr` and `layout` come from this allocator, which is `System` underneath.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` and `layout` come from this allocator, which is `System` underneath.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What one parse cost and what it found.
#[derive(Debug)]
struct Measured {
    allocations: usize,
    blocks: usize,
    footnotes: usize,
    references: usize,
    diagnostics: usize,
}

impl Measured {
    /// The parts of the document that may each own some heap memory.
    fn items(&self) -> usize {
        self.blocks + self.footnotes + self.references + self.diagnostics
    }

    /// The bound every parse must meet: a small constant plus a few allocations per part.
    fn bound(&self) -> usize {
        16 + 8 * self.items()
    }
}

/// Parses `text` and counts the allocations made by the parse (not by dropping the document).
fn measure(text: &str) -> Measured {
    COUNT.with(|c| c.set(0));
    COUNTING.with(|c| c.set(true));
    let result = kamervraag::parse(text);
    COUNTING.with(|c| c.set(false));
    let allocations = COUNT.with(Cell::get);
    let doc: Document<'_> = match result {
        Ok(doc) => doc,
        Err(e) => panic!(
            "the test document does not parse: {}",
            e.render("test", text)
        ),
    };
    Measured {
        allocations,
        blocks: doc.questions.len() + doc.answers.len(),
        footnotes: doc.footnotes.len(),
        references: doc.references.len(),
        diagnostics: doc.diagnostics.len(),
    }
}

/// The shape of a generated answer document.
#[derive(Clone, Copy, Debug)]
struct Shape {
    questions: usize,
    /// Body lines per question and per answer.
    lines_per_block: usize,
    /// How many times each body line's words are repeated on that line.
    line_repeat: usize,
}

const QUESTION_LINES: &[&str] = &[
    "Hoe beoordeelt u de gevolgen van deze ontwikkeling voor de",
    "inwoners van kleine gemeenten en voor het personeel van de",
    "lokale zorginstellingen die nu al met grote tekorten kampen",
];

const ANSWER_LINES: &[&str] = &[
    "Het kabinet deelt de zorg over de gevolgen voor de inwoners",
    "van kleine gemeenten en werkt met de provincies aan een",
    "aanpak die de zorg in de regio beter bereikbaar maakt",
];

/// Body lines of one block: `lines` lines cycling through `pool`, each repeated `repeat` times, the
/// last one ending in `end`.
fn body(out: &mut String, pool: &[&str], shape: Shape, end: &str) {
    for n in 0..shape.lines_per_block {
        let line = pool[n % pool.len()];
        for r in 0..shape.line_repeat {
            if r > 0 {
                out.push(' ');
            }
            out.push_str(line);
        }
        if n + 1 == shape.lines_per_block {
            out.push_str(end);
        }
        out.push('\n');
    }
}

/// An ah-tk answer (officielebekendmakingen PDF text): header, `Vraag N` / `Antwoord N` blocks, a note
/// (number glued to the question mark) for every fourth question, and after every fifth question the
/// notes of that page and the page furniture. Identifiers occur only in the header, the notes and the
/// furniture, so the shape's line count and length change nothing but the bytes of the blocks.
fn answer_document(shape: Shape) -> String {
    let mut out = String::from(
        "Tweede Kamer der Staten-Generaal2\n\
         Vergaderjaar 2024–2025 Aanhangsel van de Handelingen\n\
         Vragen gesteld door de leden der Kamer, met de daarop door de\n\
         regering gegeven antwoorden\n\
         900\n\
         Vragen van het lid Dobbe (SP) aan de Minister van Volksgezondheid, Welzijn en\n\
         Sport over de zorg in kleine gemeenten (ingezonden 7 oktober 2024).\n\
         Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport) (ontvangen\n\
         4 november 2024).\n",
    );
    let mut notes = Vec::new();
    let mut next_note = 1;
    let mut page = 0;
    for q in 1..=shape.questions {
        let _ = writeln!(out, "Vraag {q}");
        let end = if q % 4 == 1 {
            notes.push(next_note);
            next_note += 1;
            format!("?{}", next_note - 1)
        } else {
            "?".to_owned()
        };
        body(&mut out, QUESTION_LINES, shape, &end);
        let _ = writeln!(out, "Antwoord {q}");
        body(&mut out, ANSWER_LINES, shape, ".");
        if q % 5 == 0 || q == shape.questions {
            for n in notes.drain(..) {
                let _ = writeln!(
                    out,
                    "{n}Omroep Zuid, 3 oktober 2024, «Zorg op afstand» (https://www.example.nl/nieuws/\nzorg-op-afstand-{n})"
                );
            }
            page += 1;
            let _ = writeln!(
                out,
                "ah-tk-20242025-900\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel {page}"
            );
        }
    }
    out
}

fn check_bound(name: &str, m: &Measured) {
    eprintln!("{name}: {m:?}, bound {}", m.bound());
    assert!(
        m.allocations <= m.bound(),
        "{name}: {} allocations, more than 16 + 8 × {} parts (blocks, notes, references, diagnostics): {m:?}",
        m.allocations,
        m.items()
    );
}

const BASE: Shape = Shape {
    questions: 20,
    lines_per_block: 3,
    line_repeat: 1,
};

#[test]
fn allocations_are_bounded_by_the_parts_of_the_document() {
    for shape in [
        BASE,
        Shape {
            questions: 80,
            ..BASE
        },
        Shape {
            questions: 1,
            lines_per_block: 1,
            line_repeat: 1,
        },
    ] {
        let text = answer_document(shape);
        let m = measure(&text);
        // The bound only means something when the parts were found.
        assert_eq!(
            m.blocks,
            2 * shape.questions,
            "{shape:?}: questions and answers found: {m:?}"
        );
        check_bound(&format!("{shape:?}"), &m);
    }
}

/// Growth allowed when only the bytes of the blocks change: at most one allocation per block and note.
fn assert_not_proportional(name: &str, base: &Measured, bigger: &Measured, bytes_factor: f64) {
    eprintln!(
        "{name}: {} → {} allocations for {bytes_factor:.1}× the bytes",
        base.allocations, bigger.allocations
    );
    assert_eq!(
        (base.blocks, base.footnotes),
        (bigger.blocks, bigger.footnotes),
        "{name}: same structure"
    );
    let allowed = base.allocations + base.blocks + base.footnotes + 8;
    assert!(
        bigger.allocations <= allowed,
        "{name}: {} allocations against {} for the same blocks and notes ({bytes_factor:.1}× the bytes); \
         allowed {allowed}: owned text should be built in one allocation, not grown line by line",
        bigger.allocations,
        base.allocations,
    );
    check_bound(name, bigger);
}

#[test]
fn longer_lines_do_not_allocate_more() {
    let base_text = answer_document(BASE);
    let base = measure(&base_text);
    for repeat in [2, 8] {
        let text = answer_document(Shape {
            line_repeat: repeat,
            ..BASE
        });
        let m = measure(&text);
        let factor = text.len() as f64 / base_text.len() as f64;
        assert_not_proportional(&format!("lines {repeat}× as long"), &base, &m, factor);
    }
}

#[test]
fn more_lines_in_the_same_blocks_do_not_allocate_more() {
    let base_text = answer_document(BASE);
    let base = measure(&base_text);
    for lines in [BASE.lines_per_block * 10, BASE.lines_per_block * 50] {
        let text = answer_document(Shape {
            lines_per_block: lines,
            ..BASE
        });
        let m = measure(&text);
        let factor = text.len() as f64 / base_text.len() as f64;
        assert_not_proportional(&format!("{lines} lines per block"), &base, &m, factor);
    }
}

#[test]
fn every_benchmark_fixture_stays_within_the_bound() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/fixtures");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "skipped: {} not found (not in a workspace checkout)",
            dir.display()
        );
        return;
    };
    let mut paths: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 6, "the benchmark fixtures: {paths:?}");
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let m = measure(&text);
        check_bound(&path.file_name().unwrap().to_string_lossy(), &m);
    }
}
