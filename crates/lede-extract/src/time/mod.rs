//! Time expressions: finds "Monday", "last year", "March 13, 2023", "three weeks", "every
//! Monday" or "Christmas Eve" in an article and gives each its TimeML TIMEX3 type and value.
//!
//! Relative expressions are resolved against an anchor date: the caller's `published` date,
//! or else a date the article gives for itself in its first lines (a dateline or a time stamp
//! under the byline). Without an anchor, values stay underspecified (`XXXX-WXX-1`) rather than
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

use crate::document::{ParagraphKind, PublishedSource, Timex};
use jiff::civil::Date;
use lede_text::Segmentation;
use rules::{Cx, Hit, Memory};

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
) -> TimeResult {
    let (anchor, source) = match published {
        Some(d) => (Some(d), PublishedSource::Given),
        None => match document_date(text, seg, kinds) {
            Some(d) => (Some(d), PublishedSource::Dateline),
            None => (None, PublishedSource::None),
        },
    };
    let timexes = tag(text, seg, kinds, anchor, |_| true);
    TimeResult {
        timexes,
        anchor,
        source,
    }
}

/// The first full date (year, month and day) in the first paragraphs: a dateline or a time
/// stamp that dates the article itself.
fn document_date(text: &str, seg: &Segmentation, kinds: &[ParagraphKind]) -> Option<Date> {
    // Only sentences that can hold a dateline are tagged: those of a short paragraph and
    // the opening sentence of a longer one, and only when digits are there to read.
    let may_hold = |s: &lede_text::Sentence| {
        let Some(para) = seg.paragraphs.get(s.paragraph) else {
            return false;
        };
        if s.paragraph >= DATELINE_PARAGRAPHS
            || kinds.get(s.paragraph) == Some(&ParagraphKind::Caption)
        {
            return false;
        }
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
    let found = tag(text, seg, kinds, None, may_hold);
    found.iter().find_map(|t| {
        // A full date, or the date of a time stamp ("2023-03-20T10:32").
        let v = t.value.get(..10)?;
        if v.contains('X')
            || t.value
                .get(10..)
                .is_some_and(|r| !r.is_empty() && !r.starts_with('T'))
        {
            return None;
        }
        // A dateline or time stamp is a short line of its own or opens its paragraph; a date
        // at the end of a long sentence (a photo caption, a story) dates something else.
        let p = seg
            .paragraphs
            .iter()
            .position(|p| p.span.start <= t.start && t.end <= p.span.end)?;
        let para = seg.paragraphs.get(p)?;
        if kinds.get(p) == Some(&ParagraphKind::Caption) {
            return None;
        }
        let short = para.span.len() <= DATELINE_MAX_BYTES;
        let opens = t.start - para.span.start <= DATELINE_MAX_OFFSET;
        if !(short || opens) {
            return None;
        }
        crate::parse_date(v).ok()
    })
}

fn tag(
    text: &str,
    seg: &Segmentation,
    kinds: &[ParagraphKind],
    anchor: Option<Date>,
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
        if kinds.get(s.paragraph) == Some(&ParagraphKind::Boilerplate) {
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
