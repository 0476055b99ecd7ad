//! Lexing into lines: `\n`, `\r\n` and lone `\r` all end a line; spans are byte offsets of the input.

use memchr::memchr2;

/// One line of input, without its line ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line's text, line ending excluded.
    pub text: &'a str,
    /// Byte offset of `text` in the input.
    pub start: usize,
}

impl<'a> Line<'a> {
    /// Byte offset one past the last byte of the text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    /// The text without leading and trailing white space (NBSP included).
    pub fn trimmed(&self) -> &'a str {
        self.text.trim()
    }
    /// Byte offset where the trimmed text starts.
    pub fn trimmed_start(&self) -> usize {
        self.start + (self.text.len() - self.text.trim_start().len())
    }
    /// True when the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Iterator over the lines of `source[from..to]`.
#[derive(Clone, Debug)]
pub(crate) struct Lines<'a> {
    source: &'a str,
    pos: usize,
    end: usize,
}

impl<'a> Lines<'a> {
    /// The lines of `source` between byte `from` and byte `to`.
    pub fn new(source: &'a str, from: usize, to: usize) -> Self {
        Lines { source, pos: from, end: to.min(source.len()) }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.end {
            return None;
        }
        let rest = &self.source.as_bytes()[self.pos..self.end];
        let start = self.pos;
        match memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let next = if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                self.pos = start + next;
                Some(Line { text: &self.source[start..start + i], start })
            }
            None => {
                self.pos = self.end;
                Some(Line { text: &self.source[start..self.end], start })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_line_endings() {
        let s = "a\r\nb\rc\nd";
        let v: Vec<_> = Lines::new(s, 0, s.len()).map(|l| (l.text, l.start)).collect();
        assert_eq!(v, vec![("a", 0), ("b", 3), ("c", 5), ("d", 7)]);
    }

    #[test]
    fn trailing_newline_gives_no_empty_line() {
        let s = "a\n";
        assert_eq!(Lines::new(s, 0, s.len()).count(), 1);
    }
}
