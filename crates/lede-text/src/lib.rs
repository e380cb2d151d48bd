//! The core text model of lede: spans, paragraphs, sentences and tokens of news text.
//!
//! [`segment`] cuts a text into paragraphs (one per non-blank line), sentences and tokens, all
//! as byte [`Span`]s into the text as received; [`CharOffsets`] converts byte offsets to the
//! code-point offsets of lede's JSON output. This crate does no I/O and knows nothing of
//! extraction: it is the layer every extraction stage reads.
//!
//! ```
//! let text = "Mr. Smith arrived.\nHe said \"hello.\" Then he left.";
//! let seg = lede_text::segment(text);
//! assert_eq!(seg.paragraphs.len(), 2);
//! let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.text(text)).collect();
//! assert_eq!(sentences, ["Mr. Smith arrived.", "He said \"hello.\"", "Then he left."]);
//! ```

pub mod offsets;
pub mod paragraphs;
pub mod sentences;
pub mod span;
pub mod tokens;

pub use offsets::CharOffsets;
pub use span::Span;
pub use tokens::{Shape, Token, TokenKind};

use serde::{Deserialize, Serialize};

/// A paragraph: one non-blank line, with its sentences as a range of indices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Segmentation::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// A sentence with its paragraph and its tokens as a range of indices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
    /// Indices into [`Segmentation::tokens`].
    pub tokens: std::ops::Range<usize>,
}

/// A text cut into paragraphs, sentences and tokens. Sentences tile the tokens of their
/// paragraph, in order, and paragraphs tile the sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Segmentation {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// The index of the sentence holding byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }
}

/// Cuts `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    // News text averages about six bytes per token.
    seg.tokens.reserve(text.len() / 6);
    let mut chars = Vec::new();
    for (p, span) in paragraphs::paragraphs(text).into_iter().enumerate() {
        let first_token = seg.tokens.len();
        tokens::tokenize_with(text, span, &mut seg.tokens, &mut chars);
        let first_sentence = seg.sentences.len();
        let toks = &seg.tokens[first_token..];
        for r in sentences::split(text, toks) {
            let span = sentences::span_of(toks, r.clone());
            seg.sentences.push(Sentence {
                span,
                paragraph: p,
                tokens: first_token + r.start..first_token + r.end,
            });
        }
        seg.paragraphs.push(Paragraph {
            span,
            sentences: first_sentence..seg.sentences.len(),
        });
    }
    seg
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Strings that stress the rules: quotes, periods, capitals, line breaks, multi-byte chars.
    fn newsy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Mr. ".to_string()),
            Just("U.S. ".to_string()),
            Just("\"".to_string()),
            Just("“".to_string()),
            Just("” ".to_string()),
            Just("'s ".to_string()),
            Just("’s ".to_string()),
            Just(". ".to_string()),
            Just("... ".to_string()),
            Just("\r\n".to_string()),
            Just("\r".to_string()),
            Just("\n\n".to_string()),
            Just("3.5 ".to_string()),
            Just("a.m. ".to_string()),
            Just("https://x.org/a. ".to_string()),
            Just("\u{feff}".to_string()),
            "[A-Za-z]{1,8} ",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    fn check_invariants(text: &str) {
        let seg = segment(text);
        for t in &seg.tokens {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            assert!(t.span.start < t.span.end && t.span.end <= text.len());
        }
        for (i, p) in seg.paragraphs.iter().enumerate() {
            assert!(text.get(p.span.start..p.span.end).is_some());
            let sents = &seg.sentences[p.sentences.clone()];
            // Sentences tile the paragraph's tokens in order.
            let mut next_token = sents.first().map_or(0, |s| s.tokens.start);
            for s in sents {
                assert_eq!(s.paragraph, i);
                assert_eq!(s.tokens.start, next_token);
                assert!(s.tokens.start < s.tokens.end);
                assert!(p.span.contains(s.span));
                next_token = s.tokens.end;
            }
        }
        let serialized = serde_json_like(&seg);
        assert_eq!(
            serialized,
            serde_json_like(&segment(text)),
            "segmentation is deterministic"
        );
    }

    /// Debug output stands in for serialization here: lede-text has no JSON dependency, and
    /// the round trip of the JSON contract is tested in lede-extract.
    fn serde_json_like(seg: &Segmentation) -> String {
        format!("{seg:?}")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn spans_are_sound(text in newsy()) {
            check_invariants(&text);
        }
    }

    #[test]
    fn pathological_inputs() {
        for text in [
            "",
            "\u{feff}",
            "\"\"\"\"\"",
            "....",
            "a\u{301}b",
            "'s",
            "’s’s",
            "U.S",
            "x@y",
            "http://",
        ] {
            check_invariants(text);
        }
    }
}

/// This crate's README examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct CrateReadmeDoctests;
