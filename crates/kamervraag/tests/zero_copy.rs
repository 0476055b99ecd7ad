//! Zero-copy: every borrowed text in a parsed [`Document`] is a slice of the input buffer, the
//! Tweedemonitor page keeps block texts borrowed, and `into_owned()` yields an equal `'static` tree.

use std::borrow::Cow;
use std::fs;
use std::path::{Path, PathBuf};

use kamervraag::Document;

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures found");
    files
}

/// What a text field may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// Always a slice of the input: labels, keywords, the printed publication identifier and the
    /// one-line Tweedemonitor persons (names, parties and portfolios in wrapped renderings may need a
    /// line break joined, so they are [`Rule::Text`]).
    Slice,
    /// A slice of the input when borrowed; owned when it had to be cleaned.
    Text,
    /// An office word, lower-cased: a slice of the input, or the parser's own `'static` canonical word
    /// (`Minister` in the input still gives `minister` without allocating).
    Office,
}

/// Every text field of `doc`, with a path naming it and what it may be.
fn texts<'d, 'a>(doc: &'d Document<'a>) -> Vec<(String, &'d Cow<'a, str>, Rule)> {
    let mut out = Vec::new();
    let mut push = |path: String, c: &'d Cow<'a, str>, rule: Rule| out.push((path, c, rule));
    for (name, field, rule) in [
        ("zaaknummer", &doc.zaaknummer, Rule::Text),
        ("document_id", &doc.document_id, Rule::Slice),
        ("vergaderjaar", &doc.vergaderjaar, Rule::Text),
        ("title", &doc.title, Rule::Text),
        ("subject", &doc.subject, Rule::Text),
        ("explanation", &doc.explanation, Rule::Text),
        ("notice", &doc.notice, Rule::Text),
    ] {
        if let Some(c) = field {
            push(name.to_owned(), c, rule);
        }
    }
    for (i, p) in doc.submitters.iter().enumerate() {
        push(format!("submitters[{i}].name"), &p.name, Rule::Text);
        if let Some(c) = &p.party {
            push(format!("submitters[{i}].party"), c, Rule::Text);
        }
    }
    for (list, offices) in [
        ("addressees", &doc.addressees),
        ("co_responders", &doc.co_responders),
    ] {
        for (i, o) in offices.iter().enumerate() {
            push(format!("{list}[{i}].office"), &o.office, Rule::Office);
            if let Some(c) = &o.portfolio {
                push(format!("{list}[{i}].portfolio"), c, Rule::Text);
            }
        }
    }
    for (i, r) in doc.responders.iter().enumerate() {
        push(format!("responders[{i}].office"), &r.office, Rule::Office);
        if let Some(c) = &r.name {
            push(format!("responders[{i}].name"), c, Rule::Text);
        }
        if let Some(c) = &r.portfolio {
            push(format!("responders[{i}].portfolio"), c, Rule::Text);
        }
    }
    for (list, blocks) in [("questions", &doc.questions), ("answers", &doc.answers)] {
        for (i, b) in blocks.iter().enumerate() {
            if let Some(c) = &b.label {
                push(format!("{list}[{i}].label"), c, Rule::Slice);
            }
            push(format!("{list}[{i}].text"), &b.text, Rule::Text);
        }
    }
    for (i, f) in doc.footnotes.iter().enumerate() {
        push(format!("footnotes[{i}].text"), &f.text, Rule::Text);
        for (j, u) in f.urls.iter().enumerate() {
            push(format!("footnotes[{i}].urls[{j}]"), u, Rule::Text);
        }
    }
    for (i, r) in doc.references.iter().enumerate() {
        push(format!("references[{i}].id"), &r.id, Rule::Text);
    }
    if let Some(page) = &doc.page {
        for (i, k) in page.keywords.iter().enumerate() {
            push(format!("page.keywords[{i}]"), k, Rule::Slice);
        }
        for (name, person) in [("indiener", &page.indiener), ("gericht", &page.gericht)] {
            if let Some(p) = person {
                push(format!("page.{name}.name"), &p.name, Rule::Slice);
                if let Some(c) = &p.party {
                    push(format!("page.{name}.party"), c, Rule::Slice);
                }
            }
        }
        for (i, t) in page.related.iter().enumerate() {
            push(format!("page.related[{i}]"), t, Rule::Text);
        }
    }
    out
}

/// The lower-cased office words the parser may hand out as `'static` strings.
const OFFICE_WORDS: &[&str] = &["minister", "staatssecretaris", "minister-president"];

/// True when `s` lies entirely inside `buffer` (pointer range check).
fn inside(buffer: &str, s: &str) -> bool {
    let (start, end) = (
        buffer.as_ptr() as usize,
        buffer.as_ptr() as usize + buffer.len(),
    );
    let (p, q) = (s.as_ptr() as usize, s.as_ptr() as usize + s.len());
    start <= p && q <= end
}

#[test]
fn borrowed_texts_point_into_the_input() {
    for path in fixtures() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read_to_string(&path).unwrap();
        let doc = kamervraag::parse(&input).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut borrowed = 0;
        for (field, text, rule) in texts(&doc) {
            match text {
                Cow::Borrowed(s) if rule == Rule::Office && !inside(&input, s) => assert!(
                    OFFICE_WORDS.contains(s),
                    "{name}: {field} = {s:?} is borrowed from neither the input nor the office words"
                ),
                Cow::Borrowed(s) => {
                    assert!(
                        inside(&input, s),
                        "{name}: {field} = {s:?} is borrowed but not from the input"
                    );
                    borrowed += 1;
                }
                Cow::Owned(s) if rule == Rule::Slice => {
                    panic!("{name}: {field} = {s:?} should be borrowed from the input")
                }
                Cow::Owned(_) => {}
            }
        }
        assert!(borrowed > 0, "{name}: nothing is borrowed from the input");
    }
}

#[test]
fn tweedemonitor_block_texts_are_borrowed() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tweedemonitor-questions.txt");
    let input = fs::read_to_string(path).unwrap();
    let doc = kamervraag::parse(&input).unwrap();
    assert!(
        !doc.questions.is_empty(),
        "the Tweedemonitor fixture has questions"
    );
    let borrowed: Vec<&str> = doc
        .questions
        .iter()
        .filter_map(|b| match &b.text {
            Cow::Borrowed(s) => Some(*s),
            Cow::Owned(_) => None,
        })
        .collect();
    assert!(!borrowed.is_empty(), "no question text is borrowed");
    for s in borrowed {
        assert!(inside(&input, s), "{s:?} is not a slice of the input");
    }
}

#[test]
fn into_owned_is_equal_and_static() {
    for path in fixtures() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let owned: Document<'static> = {
            let input = fs::read_to_string(&path).unwrap();
            let doc = kamervraag::parse(&input).unwrap();
            let owned = doc.clone().into_owned();
            assert_eq!(owned, doc, "{name}: into_owned changed the document");
            for (field, text, _) in texts(&owned) {
                assert!(
                    matches!(text, Cow::Owned(_)),
                    "{name}: {field} is still borrowed after into_owned"
                );
            }
            owned
        };
        // The copy outlives the input buffer and still serialises to the same JSON as a fresh parse.
        let again = fs::read_to_string(&path).unwrap();
        assert_eq!(
            serde_json::to_value(&owned).unwrap(),
            serde_json::to_value(kamervraag::parse(&again).unwrap()).unwrap(),
            "{name}"
        );
    }
}
