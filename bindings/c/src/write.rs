//! snprintf-style output into a caller's buffer, without allocating.

use std::ffi::c_char;
use std::{fmt, io};

/// Copies what fits of everything written into a caller buffer (keeping one byte for the NUL) and
/// counts the full length.
pub(crate) struct Truncating<'b> {
    buf: &'b mut [u8],
    /// Bytes copied into `buf` so far (at most `buf.len() - 1`).
    filled: usize,
    /// Bytes written in total.
    total: usize,
}

impl Truncating<'_> {
    /// A writer into `cap` bytes at `buf`; a NULL `buf` is treated as a zero capacity.
    ///
    /// # Safety
    /// `buf` must be NULL or point to `cap` writable bytes that nothing else accesses while the writer
    /// lives.
    pub(crate) unsafe fn new(buf: *mut c_char, cap: usize) -> Self {
        let buf: &mut [u8] = if buf.is_null() || cap == 0 {
            &mut []
        } else {
            // SAFETY: non-NULL and `cap` writable bytes by the caller's contract.
            unsafe { std::slice::from_raw_parts_mut(buf.cast::<u8>(), cap) }
        };
        Truncating {
            buf,
            filled: 0,
            total: 0,
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        let room = self.buf.len().saturating_sub(1).saturating_sub(self.filled);
        let n = room.min(bytes.len());
        self.buf[self.filled..self.filled + n].copy_from_slice(&bytes[..n]);
        self.filled += n;
        self.total += bytes.len();
    }

    /// Forgets everything written (used when serialisation fails half-way).
    pub(crate) fn reset(&mut self) {
        self.filled = 0;
        self.total = 0;
    }

    /// Writes the terminating NUL (when there is room for one) and returns the full length.
    pub(crate) fn finish(self) -> usize {
        if let Some(nul) = self.buf.get_mut(self.filled) {
            *nul = 0;
        }
        self.total
    }
}

impl io::Write for Truncating<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.push(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl fmt::Write for Truncating<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(cap: usize, parts: &[&str]) -> (usize, Vec<u8>) {
        let mut buf = vec![0xAAu8; cap];
        let ptr = if cap == 0 {
            std::ptr::null_mut()
        } else {
            buf.as_mut_ptr().cast()
        };
        // SAFETY: `buf` holds `cap` bytes and is not otherwise used while the writer lives.
        let mut w = unsafe { Truncating::new(ptr, cap) };
        for p in parts {
            fmt::Write::write_str(&mut w, p).unwrap();
        }
        (w.finish(), buf)
    }

    #[test]
    fn counts_everything_and_truncates_with_nul() {
        assert_eq!(render(0, &["abc", "def"]).0, 6);
        assert_eq!(render(1, &["abc"]), (3, vec![0]));
        assert_eq!(render(4, &["ab", "cdef"]), (6, b"abc\0".to_vec()));
        assert_eq!(render(7, &["ab", "cdef"]), (6, b"abcdef\0".to_vec()));
        assert_eq!(
            render(9, &["ab"]),
            (2, [b"ab\0".as_slice(), &[0xAA; 6]].concat())
        );
    }
}
