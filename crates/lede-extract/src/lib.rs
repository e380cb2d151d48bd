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
pub mod layout;
pub mod quotes;
pub mod record;
pub mod structure;
pub mod time;
mod words;

pub use document::*;
pub use jiff::civil::Date;
pub use lede_text::{Segmentation, Span};
pub use words::month_number;

/// How to extract.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The id of the input record, echoed into the document.
    pub id: Option<String>,
    /// The article's publication date: the anchor for "Monday" or "last year".
    pub published: Option<Date>,
    /// What the document's offsets count.
    pub offsets: OffsetUnit,
    /// An anchor for a text that gives no date of its own, such as the day a crawler fetched
    /// a page: used, with `published_source: "fetched"`, only when neither `published` nor
    /// the text's own dateline gives one. A fetch date is an upper bound of the publication
    /// date, not the date itself.
    pub fallback_published: Option<Date>,
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
    run(text, None, options)
}

/// Extracts from a text whose lines come with what the page's structure said about them
/// (see [`structure`]): `lines` gives each line's byte range in `text` and its hints, in
/// order. Input readers such as `lede-html` call this; paragraphs of the text that no line
/// covers are classified from the text alone.
pub fn extract_structured(
    text: &str,
    lines: &[(std::ops::Range<usize>, structure::LineHints)],
    options: &Options,
) -> Document {
    run(text, Some(lines), options)
}

fn run(
    text: &str,
    lines: Option<&[(std::ops::Range<usize>, structure::LineHints)]>,
    options: &Options,
) -> Document {
    let seg = lede_text::segment(text);
    let mut diagnostics = Vec::new();

    let layout::Layout {
        kinds,
        authors,
        skip,
    } = match lines {
        None => layout::classify(text, &seg),
        Some(lines) => {
            // Each paragraph takes the hints of the line that holds its start.
            let mut j = 0;
            let hints: Vec<Option<&structure::LineHints>> = seg
                .paragraphs
                .iter()
                .map(|p| {
                    while j < lines.len() && lines[j].0.end <= p.span.start {
                        j += 1;
                    }
                    lines
                        .get(j)
                        .filter(|(r, _)| r.start <= p.span.start)
                        .map(|(_, h)| h)
                })
                .collect();
            layout::classify_structured(text, &seg, &hints)
        }
    };
    // The kinds as the later stages see them: they skip boilerplate, but only where the
    // layout saw evidence of clutter; a headline or a table outside the story is searched
    // like a heading.
    let searched: Vec<ParagraphKind> = kinds
        .iter()
        .zip(&skip)
        .map(|(&k, &skip)| {
            if (k == ParagraphKind::Boilerplate && !skip) || k == ParagraphKind::Title {
                ParagraphKind::Heading
            } else {
                k
            }
        })
        .collect();

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
        authors,
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
        entities: entities::find(text, &seg, &searched),
        quotes: Vec::new(),
        timexes: Vec::new(),
        diagnostics: Vec::new(),
        text: None,
        title: None,
        modified: None,
        url: None,
        fetched: None,
        canonical: None,
        site_name: None,
    };
    doc.quotes = quotes::find(text, &seg, &searched, &doc.entities, &mut diagnostics);
    let keep = |s: usize| {
        seg.sentences
            .get(s)
            .and_then(|s| searched.get(s.paragraph))
            .is_none_or(|k| *k != ParagraphKind::Boilerplate)
    };
    entities::coref::add_other_pronouns(text, &seg, &mut doc.entities, &keep);
    entities::coref::add_quoted_first_person(text, &seg, &doc.quotes, &mut doc.entities);
    let found = time::find(
        text,
        &seg,
        &searched,
        options.published,
        options.fallback_published,
        &doc.entities,
    );
    doc.timexes = found.timexes;
    entities::type_dates(&mut doc.entities, &doc.timexes);
    if matches!(
        found.source,
        PublishedSource::Dateline | PublishedSource::Fetched
    ) {
        (doc.published, doc.published_source) = (found.anchor.map(|d| d.to_string()), found.source);
    }
    diagnostics.sort_by_key(|d: &Diagnostic| (d.start, d.end));
    doc.diagnostics = diagnostics;
    if options.offsets == OffsetUnit::Chars {
        let map = lede_text::CharOffsets::new(text);
        doc.map_offsets(|b| map.char_offset(b));
        doc.offsets = OffsetUnit::Chars;
    }
    doc
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn all_spans(doc: &Document) -> Vec<(usize, usize, Option<&str>)> {
        let mut v = Vec::new();
        v.extend(doc.paragraphs.iter().map(|p| (p.start, p.end, None)));
        v.extend(doc.sentences.iter().map(|s| (s.start, s.end, None)));
        for e in &doc.entities {
            v.extend(
                e.mentions
                    .iter()
                    .map(|m| (m.start, m.end, Some(m.text.as_str()))),
            );
        }
        for q in &doc.quotes {
            v.extend(q.parts.iter().map(|p| (p.start, p.end, None)));
            for p in [&q.speaker, &q.addressee].into_iter().flatten() {
                v.push((p.start, p.end, Some(p.text.as_str())));
            }
            v.extend(
                q.cue
                    .iter()
                    .map(|c| (c.start, c.end, Some(c.text.as_str()))),
            );
        }
        v.extend(
            doc.timexes
                .iter()
                .map(|t| (t.start, t.end, Some(t.text.as_str()))),
        );
        v
    }

    fn check(text: &str) {
        let published = Some(Date::constant(2023, 3, 20));
        let bytes = extract(
            text,
            &Options {
                published,
                offsets: OffsetUnit::Bytes,
                id: None,
                fallback_published: None,
            },
        );
        for (s, e, t) in all_spans(&bytes) {
            let slice = text
                .get(s..e)
                .expect("byte spans lie on char boundaries inside the text");
            if let Some(t) = t {
                assert_eq!(slice, t);
            }
        }
        let chars = extract(
            text,
            &Options {
                published,
                offsets: OffsetUnit::Chars,
                id: None,
                fallback_published: None,
            },
        );
        let cs: Vec<char> = text.chars().collect();
        for (s, e, t) in all_spans(&chars) {
            assert!(s <= e && e <= cs.len());
            if let Some(t) = t {
                assert_eq!(cs[s..e].iter().collect::<String>(), t);
            }
        }
        let json = serde_json::to_string(&chars).unwrap();
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, chars, "serialization round-trips");
        assert_eq!(
            json,
            serde_json::to_string(&extract(
                text,
                &Options {
                    published,
                    ..Options::default()
                }
            ))
            .unwrap()
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn spans_match_text(text in "(Mr\\. |\"|“|”|'s |\\. |\r\n|\n|U\\.S\\. |[A-Z][a-z]{0,6} |said |on Monday |[0-9]{1,4} |é|🦀|.){0,40}") {
            check(&text);
        }
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            parse_date("2023-03-20").unwrap(),
            Date::constant(2023, 3, 20)
        );
        for bad in [
            "2023-3-20",
            "2023-02-30",
            "20230320",
            "",
            "2023-03-20T00:00",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }
}

/// The README's code examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// This crate's README examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct CrateReadmeDoctests;
