//! Byte ranges into an article's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the text of one article.
///
/// Serialised as a two-element array, `[171, 199]`, as in the event schema.
///
/// Invariant: `start <= end`. Spans made by the `text` stage also lie on
/// `char` boundaries of the text they index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[u32; 2]", into = "[u32; 2]")]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// Makes a span; swaps the ends if they come in the wrong order.
    pub fn new(start: usize, end: usize) -> Span {
        let (start, end) = if start <= end { (start, end) } else { (end, start) };
        Span {
            start: u32::try_from(start).expect("articles are capped far below 4 GiB"),
            end: u32::try_from(end).expect("articles are capped far below 4 GiB"),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text the span covers, or `None` if it is out of bounds or not on
    /// char boundaries of `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

impl From<[u32; 2]> for Span {
    fn from([start, end]: [u32; 2]) -> Span {
        Span::new(start as usize, end as usize)
    }
}

impl From<Span> for [u32; 2] {
    fn from(span: Span) -> [u32; 2] {
        [span.start, span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_pair() {
        let span = Span::new(171, 199);
        assert_eq!(serde_json::to_string(&span).unwrap(), "[171,199]");
        assert_eq!(serde_json::from_str::<Span>("[171,199]").unwrap(), span);
    }

    #[test]
    fn slice_checks_bounds_and_boundaries() {
        let text = "Oekraïne";
        assert_eq!(Span::new(0, 4).slice(text), Some("Oekr"));
        assert_eq!(Span::new(0, 6).slice(text), None, "inside the two bytes of ï");
        assert_eq!(Span::new(0, 40).slice(text), None);
        assert_eq!(Span::new(4, 1), Span::new(1, 4));
    }
}
