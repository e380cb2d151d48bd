//! Extraction for news articles: which paragraphs are the story, who is named, who said what,
//! and when things happened.
//!
//! [`extract`] runs the pipeline over one article's raw text and returns a [`Document`], the
//! `lede.document/1` contract that every interface of lede prints. It never fails and never
//! panics: whatever it could not make sense of goes into [`Document::diagnostics`]. Stages run
//! in a fixed order, each reading what the ones before it found:
//!
//! 1. segment: paragraphs, sentences and tokens (the `lede-text` crate);
//! 2. layout: each paragraph's kind (story, caption, clutter, ...);
//! 3. entities: names, their types, titles and mentions across the article;
//! 4. quotes: direct, partial and indirect speech with speaker, addressee and cue;
//! 5. time: time expressions and their dates.
//!
//! This crate does no I/O and knows nothing of command lines or HTTP.
//!
//! ```
//! use lede_extract::{extract, Options};
//!
//! let text = "Mr. Smith arrived in Paris.\nHe left on Monday.";
//! let doc = extract(text, &Options::default());
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.sentences.len(), 2);
//! let json = serde_json::to_string(&doc).unwrap();
//! assert!(json.starts_with(r#"{"schema":"lede.document/1""#));
//! ```

pub mod document;
pub mod entities;
pub mod quotes;

pub use document::*;
pub use jiff::civil::Date;
pub use lede_text::{Segmentation, Span};

/// How to extract.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The id of the input record, echoed into the document.
    pub id: Option<String>,
    /// The article's publication date: the anchor for "Monday" or "last year".
    pub published: Option<Date>,
    /// What the document's offsets count.
    pub offsets: OffsetUnit,
}

/// Errors of loading and options. Extraction itself never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("invalid date {input:?}: expected YYYY-MM-DD")]
    InvalidDate { input: String },
}

/// Parses a `YYYY-MM-DD` date such as the `published` field of an input record.
pub fn parse_date(s: &str) -> Result<Date, Error> {
    let invalid = || Error::InvalidDate {
        input: s.to_string(),
    };
    // jiff accepts more than the calendar-date form; the contract takes exactly YYYY-MM-DD.
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(invalid());
    }
    s.parse::<Date>().map_err(|_| invalid())
}

/// Extracts everything lede knows how to find from one article.
pub fn extract(text: &str, options: &Options) -> Document {
    let seg = lede_text::segment(text);
    let mut diagnostics = Vec::new();

    // Until paragraph roles are classified, every paragraph counts as story text.
    let kinds = vec![ParagraphKind::Body; seg.paragraphs.len()];

    let mut doc = Document {
        schema: SCHEMA.to_string(),
        id: options.id.clone(),
        offsets: OffsetUnit::Bytes,
        published: options.published.map(|d| d.to_string()),
        published_source: if options.published.is_some() {
            PublishedSource::Given
        } else {
            PublishedSource::None
        },
        language: "en".to_string(),
        authors: Vec::new(),
        paragraphs: seg
            .paragraphs
            .iter()
            .zip(&kinds)
            .map(|(p, &kind)| Paragraph {
                start: p.span.start,
                end: p.span.end,
                kind,
            })
            .collect(),
        sentences: seg
            .sentences
            .iter()
            .map(|s| Sentence {
                start: s.span.start,
                end: s.span.end,
                paragraph: s.paragraph,
            })
            .collect(),
        entities: entities::find(text, &seg, &kinds),
        quotes: Vec::new(),
        timexes: Vec::new(),
        diagnostics: Vec::new(),
    };
    doc.quotes = quotes::find(text, &seg, &kinds, &doc.entities, &mut diagnostics);
    diagnostics.sort_by_key(|d: &Diagnostic| (d.start, d.end));
    doc.diagnostics = diagnostics;
    if options.offsets == OffsetUnit::Chars {
        let map = lede_text::CharOffsets::new(text);
        doc.map_offsets(|b| map.char_offset(b));
        doc.offsets = OffsetUnit::Chars;
    }
    doc
}
