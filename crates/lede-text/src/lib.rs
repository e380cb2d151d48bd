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
    for (p, span) in paragraphs::paragraphs(text).into_iter().enumerate() {
        let first_token = seg.tokens.len();
        tokens::tokenize_into(text, span, &mut seg.tokens);
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
