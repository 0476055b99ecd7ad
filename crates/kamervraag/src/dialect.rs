//! Dialect detection from content: which rendering the text is, and how it prints footnotes.

use crate::ast::Format;
use crate::footnotes::NoteStyle;
use crate::lines::Lines;

/// The rendering of a text and its footnote style.
pub(crate) fn detect(source: &str, from: usize) -> (Format, NoteStyle) {
    let head_end = floor_char_boundary(source, from + 4096);
    let head = &source[from..head_end];
    let first = Lines::new(source, from, source.len())
        .map(|l| l.trimmed())
        .find(|t| !t.is_empty())
        .unwrap_or("");
    let markdown = head.contains("[1 ]")
        || head.contains("\n### ")
        || head.contains("\n#### ")
        || head.starts_with("#");
    let format = if first.starts_with("Tweedemonitor") {
        Format::Tweedemonitor
    } else if first.starts_with("Tweede Kamer der Staten-Generaal")
        || (markdown
            && first
                .strip_prefix("### ")
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())))
        || head.contains("Vergaderjaar 2")
        || head.contains("Vragen gesteld door de leden der Kamer")
        || source.contains("\nkv-tk-")
        || source.contains("\nah-tk-")
    {
        Format::Publication
    } else if is_webpage_title(first) {
        Format::Webpage
    } else if is_ah_label(first) || is_zaak_line(first) || first.starts_with("(ingezonden") {
        Format::Original
    } else {
        Format::Plain
    };
    let style = match format {
        Format::Publication if markdown => NoteStyle::Markdown,
        Format::Publication | Format::Webpage => NoteStyle::Glued,
        _ if head.contains("\n1) ") || source.contains("\n1) ") => NoteStyle::Paren,
        _ => NoteStyle::Paren,
    };
    (format, style)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `Antwoord schriftelijke vragen : Antwoord op vragen van …` (tweedekamer.nl first line).
pub(crate) fn is_webpage_title(line: &str) -> bool {
    [
        "Schriftelijke vragen",
        "Antwoord schriftelijke vragen",
        "Mededeling",
        "Mondelinge vragen",
    ]
    .iter()
    .any(|s| {
        line.strip_prefix(s)
            .is_some_and(|r| r.contains(" : ") && r.find(" : ").is_some_and(|i| i < 24))
    })
}

/// `AH 604`.
pub(crate) fn is_ah_label(line: &str) -> bool {
    line.strip_prefix("AH ")
        .is_some_and(|r| !r.is_empty() && r.len() <= 7 && r.bytes().all(|b| b.is_ascii_digit()))
}

/// A line that is only a zaak number, `2024Z18285` or `2024Z 17972`.
pub(crate) fn is_zaak_line(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() != 10 && b.len() != 11 {
        return false;
    }
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    let number = if b.len() == 11 && b[5] == b' ' {
        &b[6..]
    } else {
        &b[5..]
    };
    digits(&b[..4]) && b[4] == b'Z' && number.len() == 5 && digits(number)
}
