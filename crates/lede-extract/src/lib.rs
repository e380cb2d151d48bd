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
        entities: Vec::new(),
        quotes: Vec::new(),
        timexes: Vec::new(),
        diagnostics: Vec::new(),
    };
    // TEMPORARY, until the entity layer exists: each tagged name becomes an entity of its own
    // with one mention, so that the tagger can be scored.
    let keep = vec![true; seg.paragraphs.len()];
    doc.entities = names_as_entities(text, &seg, &entities::tagger::tag(text, &seg, &keep));
    diagnostics.sort_by_key(|d: &Diagnostic| (d.start, d.end));
    doc.diagnostics = diagnostics;
    if options.offsets == OffsetUnit::Chars {
        let map = lede_text::CharOffsets::new(text);
        doc.map_offsets(|b| map.char_offset(b));
        doc.offsets = OffsetUnit::Chars;
    }
    doc
}

/// TEMPORARY: tagged names as entities of one mention each (replaced by the entity layer).
fn names_as_entities(
    text: &str,
    seg: &Segmentation,
    names: &[entities::tagger::Tagged],
) -> Vec<Entity> {
    use entities::tagger::NerLabel;
    let mut out = Vec::new();
    for n in names {
        let (Some(a), Some(b)) = (
            seg.tokens.get(n.tokens.start),
            n.tokens.end.checked_sub(1).and_then(|e| seg.tokens.get(e)),
        ) else {
            continue;
        };
        let name = text.get(a.span.start..b.span.end).unwrap_or("").to_string();
        out.push(Entity {
            id: format!("e{}", out.len() + 1),
            kind: match n.label {
                NerLabel::Per => EntityType::PERSON,
                NerLabel::Org => EntityType::ORG,
                NerLabel::Loc => EntityType::LOC,
                NerLabel::Misc => EntityType::MISC,
            },
            name: name.clone(),
            roles: Vec::new(),
            mentions: vec![Mention {
                start: a.span.start,
                end: b.span.end,
                text: name,
                form: MentionForm::Name,
            }],
        });
    }
    out
}
