//! Time expressions: finds "Monday", "last year", "March 13, 2023", "three weeks", "every
//! Monday" or "Christmas Eve" in an article and gives each its TimeML TIMEX3 type and value.
//!
//! Relative expressions are resolved against an anchor date: the caller's `published` date,
//! or else a date the article gives for itself: a time stamp by the byline just before the
//! story (on a scraped page, after the site's navigation), or a dateline in its first lines.
//! Without an anchor, values stay underspecified (`XXXX-WXX-1`) rather than
//! guessed. A bare weekday in news is the past or the current day unless the sentence looks
//! ahead ("will meet on Friday"), unlike parsers for calendar apps that guess the future.
//!
//! The rules are our own, written from TimeML's annotation guidelines; they run over
//! `lede_text` tokens, not over the raw text. Not for: event ordering or temporal relations,
//! and no value is invented for expressions the text does not date ("days after the ruling",
//! "the first day of a visit").

mod lexicon;
mod rules;
mod value;

use crate::document::{Entity, EntityType, MentionForm, ParagraphKind, PublishedSource, Timex};
use jiff::civil::Date;
use lede_text::Segmentation;
use rules::{Cx, Hit, Memory, People};

/// What the time stage found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeResult {
    /// The time expressions in text order, with byte offsets.
    pub timexes: Vec<Timex>,
    /// The anchor relative expressions were resolved against.
    pub anchor: Option<Date>,
    /// Where the anchor came from.
    pub source: PublishedSource,
}

/// How many paragraphs from the top may hold the article's own date.
const DATELINE_PARAGRAPHS: usize = 4;
/// A paragraph this short may be a dateline or time stamp wherever the date sits in it.
const DATELINE_MAX_BYTES: usize = 100;
/// In a longer paragraph the date must come this early ("MOSCOW, March 20 (Reuters) -").
const DATELINE_MAX_OFFSET: usize = 40;

/// Finds every time expression of the story paragraphs (all but boilerplate).
pub fn find(
    text: &str,
    seg: &Segmentation,
    kinds: &[ParagraphKind],
    published: Option<Date>,
    fallback: Option<Date>,
    entities: &[Entity],
) -> TimeResult {
    let people = people(entities);
    let (anchor, source) = match published {
        Some(d) => (Some(d), PublishedSource::Given),
        None => match document_date(text, seg, kinds, &people) {
            Some(d) => (Some(d), PublishedSource::Dateline),
            None => match fallback {
                Some(d) => (Some(d), PublishedSource::Fetched),
                None => (None, PublishedSource::None),
            },
        },
    };
    let timexes = tag(text, seg, anchor, &people, |s| {
        kinds.get(s.paragraph) != Some(&ParagraphKind::Boilerplate)
    });
    TimeResult {
        timexes,
        anchor,
        source,
    }
}

/// The people of the article whose names a month word may belong to.
fn people(entities: &[Entity]) -> People<'_> {
    let mut people = People::default();
    for e in entities.iter().filter(|e| e.kind == EntityType::PERSON) {
        let month_words = e.name.split(' ').filter(|w| crate::words::is_month(w));
        people.month_words.extend(month_words);
        people.spans.extend(
            e.mentions
                .iter()
                .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Alias))
                .map(|m| (m.start, m.end)),
        );
    }
    people
}

/// How many paragraphs before the story's first paragraph may hold its time stamp: on a
/// scraped page the byline and date sit between the headline and the story, after the
/// site's navigation.
const STAMP_LOOKBACK: usize = 64;

/// The date of the article itself: from a time stamp or date line just before the story
/// ("Published 9:05 AM EST Mar 3, 2018", "By Ann Roe on Monday, 18 November 2019"), the
/// nearest one first, or else from a dateline in the first paragraphs ("MOSCOW, March 20
/// (Reuters) -").
fn document_date(
    text: &str,
    seg: &Segmentation,
    kinds: &[ParagraphKind],
    people: &People<'_>,
) -> Option<Date> {
    let first_body = kinds.iter().position(|k| *k == ParagraphKind::Body);
    // Paragraphs that may hold the stamp, in the order they are tried.
    let mut order: Vec<usize> = Vec::new();
    if let Some(b) = first_body {
        order.extend((b.saturating_sub(STAMP_LOOKBACK)..b).rev());
    }
    order.extend(0..DATELINE_PARAGRAPHS.min(seg.paragraphs.len()));
    let is_candidate = |p: usize| {
        let Some(para) = seg.paragraphs.get(p) else {
            return false;
        };
        let kind = kinds.get(p).copied();
        if kind == Some(ParagraphKind::Caption) {
            return false;
        }
        let short = para.span.len() <= DATELINE_MAX_BYTES;
        // Before the story, only a line that is mostly a date: a byline and a stamp, not
        // a caption or a teaser that mentions a date.
        let before_story = first_body.is_some_and(|b| p < b);
        (p < DATELINE_PARAGRAPHS && kind != Some(ParagraphKind::Boilerplate))
            || (before_story && short && is_stamp_line(para.span.text(text)))
    };
    let wanted: Vec<usize> = order.iter().copied().filter(|&p| is_candidate(p)).collect();
    if wanted.is_empty() {
        return None;
    }
    let mut is_wanted = vec![false; seg.paragraphs.len()];
    for &p in &wanted {
        if let Some(w) = is_wanted.get_mut(p) {
            *w = true;
        }
    }
    // Only the sentences of those paragraphs are tagged, and only when digits are there.
    let may_hold = |s: &lede_text::Sentence| {
        if !is_wanted.get(s.paragraph).copied().unwrap_or(false) {
            return false;
        }
        let Some(para) = seg.paragraphs.get(s.paragraph) else {
            return false;
        };
        let short = para.span.len() <= DATELINE_MAX_BYTES;
        if !short && s.span.start - para.span.start > DATELINE_MAX_OFFSET {
            return false;
        }
        // A date opening the sentence ends within a few dozen bytes of the offset limit.
        let end = if short {
            s.span.end
        } else {
            s.span.end.min(para.span.start + DATELINE_MAX_OFFSET + 40)
        };
        text.as_bytes()
            .get(s.span.start..end)
            .is_some_and(|b| b.iter().any(u8::is_ascii_digit))
    };
    let found = tag(text, seg, None, people, may_hold);
    // The first paragraph in the order of `wanted` that holds a full date.
    wanted.iter().find_map(|&p| {
        let para = seg.paragraphs.get(p)?;
        found
            .iter()
            .filter(|t| para.span.start <= t.start && t.end <= para.span.end)
            .find_map(|t| {
                // A full date, or the date of a time stamp ("2023-03-20T10:32").
                let v = t.value.get(..10)?;
                if v.contains('X')
                    || t.value
                        .get(10..)
                        .is_some_and(|r| !r.is_empty() && !r.starts_with('T'))
                {
                    return None;
                }
                // A dateline or time stamp is a short line of its own, or opens its
                // paragraph after nothing but a place ("ROME, 4 July 2022 (Agency) -"); "Born
                // in Luton on 5 April 1920, ..." dates something else.
                let line = para.span.text(text);
                let ok = if para.span.len() <= DATELINE_MAX_BYTES {
                    is_stamp_line(line)
                } else {
                    // ... and ends at a dash, a colon or the agency's name in brackets:
                    // "the film Fahrenheit 9/11" names a film.
                    let after = text
                        .get(t.end..para.span.end)
                        .unwrap_or_default()
                        .trim_start();
                    t.start - para.span.start <= DATELINE_MAX_OFFSET
                        && text
                            .get(para.span.start..t.start)
                            .is_some_and(|before| content_words(before) == 0)
                        && after.starts_with(['(', '-', '–', '—', '_', ':', '|'])
                };
                if !ok {
                    return None;
                }
                crate::parse_date(v).ok()
            })
    })
}

/// Lower-case words of a byline or time stamp: ordinal endings ("18th") and time zones
/// written in lower case count as the date's.
const STAMP_WORDS: &[&str] = &[
    "am",
    "and",
    "at",
    "by",
    "edited",
    "edt",
    "est",
    "et",
    "gmt",
    "ist",
    "last",
    "modified",
    "nd",
    "of",
    "on",
    "posted",
    "pm",
    "pst",
    "pt",
    "published",
    "rd",
    "st",
    "th",
    "the",
    "updated",
    "written",
];

/// Whether a short paragraph reads as a byline or time stamp: besides the date, at most one
/// lower-case word other than those of a stamp ("by", "on", "updated"). "An aid ship leaves
/// port on Aug. 31, 2019 (AP)" is a caption.
fn is_stamp_line(line: &str) -> bool {
    content_words(line) <= 1
}

/// How many lower-case words of `text` are not words of a time stamp.
fn content_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic() && c != '.')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_lowercase()))
        .filter(|w| !STAMP_WORDS.contains(w))
        .count()
}

fn tag(
    text: &str,
    seg: &Segmentation,
    anchor: Option<Date>,
    people: &People<'_>,
    wanted: impl Fn(&lede_text::Sentence) -> bool,
) -> Vec<Timex> {
    let mut out = Vec::new();
    let mut hits: Vec<Hit> = Vec::new();
    let mut mem = Memory::default();
    let mut cache = Vec::new();
    for s in &seg.sentences {
        if !wanted(s) {
            continue;
        }
        let Some(toks) = seg.tokens.get(s.tokens.clone()) else {
            continue;
        };
        hits.clear();
        cache.clear();
        cache.resize(toks.len(), std::cell::Cell::new(None));
        let mut cx = Cx {
            text,
            toks,
            cache: &cache,
            anchor,
            mem,
            people,
        };
        rules::scan(&mut cx, &mut hits);
        mem = cx.mem;
        for h in &hits {
            let (Some(a), Some(b)) = (toks.get(h.start), toks.get(h.end.saturating_sub(1))) else {
                continue;
            };
            let (start, end) = (a.span.start, b.span.end);
            let Some(t) = text.get(start..end) else {
                continue;
            };
            out.push(Timex {
                start,
                end,
                text: t.to_string(),
                kind: h.kind,
                value: h.value.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
