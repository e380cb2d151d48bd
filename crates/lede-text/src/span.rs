//! Byte ranges into the input text.
//!
//! Every annotation in lede points into the text it was made from by a [`Span`]. Spans are
//! byte offsets because that is what Rust's `str` slices by; conversion to the code-point
//! offsets of the JSON contract lives in [`crate::offsets`]. This module is not for owning
//! text: a span never copies what it covers.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers, or `""` when the span does not lie on char boundaries of
    /// `text` or runs past its end. Slicing never panics, so a wrong span shows up as an empty
    /// string in output rather than as a crash in a batch job.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
