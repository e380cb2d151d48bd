//! Turning a speaker or addressee phrase into a [`Party`]: the entity the entities stage
//! found there, its name, and the mention's span.
//!
//! A phrase names the entity with a mention overlapping its head, or failing that, the
//! phrase. A pronoun with no entity behind it takes the last named speaker; a quote with no
//! cue takes the person introduced just before it, or the previous quote's speaker. This is
//! not coreference: it only reads what the entities stage decided.

use super::Ctx;
use super::speaker::{Np, is_pronoun, sentence_subject};
use crate::{Entity, EntityType, Party};

/// Mentions of all entities sorted by start, for lookups by span.
#[derive(Debug)]
pub struct Index<'a> {
    entities: &'a [Entity],
    /// (start, end, entity index, mention index)
    mentions: Vec<(usize, usize, usize, usize)>,
}

impl<'a> Index<'a> {
    pub fn new(entities: &'a [Entity]) -> Index<'a> {
        let mut mentions: Vec<_> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| ent.mentions.iter().enumerate().map(move |(m, x)| (x.start, x.end, e, m)))
            .collect();
        mentions.sort_unstable();
        Index { entities, mentions }
    }

    /// The best mention overlapping `start..end`: the largest overlap, then a person or an
    /// organization before a nationality, then the one ending last.
    fn best(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let hi = self.mentions.partition_point(|m| m.0 < end);
        let rank = |t: EntityType| match t {
            EntityType::PERSON => 0,
            EntityType::ORG | EntityType::GPE => 1,
            EntityType::NORP => 3,
            _ => 2,
        };
        let mut best: Option<((usize, i32, usize), (usize, usize))> = None;
        // Mentions do not nest deeply: a short look back finds every one overlapping.
        for m in self.mentions[..hi].iter().rev().take(16) {
            if m.1 <= start {
                continue;
            }
            let overlap = m.1.min(end) - m.0.max(start);
            let key = (overlap, -rank(self.entities[m.2].kind), m.1);
            if best.is_none_or(|(k, _)| key > k) {
                best = Some((key, (m.2, m.3)));
            }
        }
        best.map(|b| b.1)
    }

    fn party(&self, text: &str, e: usize, m: usize) -> Option<Party> {
        let ent = self.entities.get(e)?;
        let men = ent.mentions.get(m)?;
        Some(Party {
            entity: Some(ent.id.clone()),
            name: ent.name.clone(),
            start: men.start,
            end: men.end,
            text: text.get(men.start..men.end)?.to_string(),
        })
    }
}

fn span_of(ctx: &Ctx<'_>, lo: usize, hi: usize) -> (usize, usize) {
    let s = ctx.toks.get(lo).map_or(0, |t| t.span.start);
    let e = ctx.toks.get(hi.saturating_sub(1)).map_or(s, |t| t.span.end);
    (s, e)
}

/// The party a phrase names. `earlier` are the speakers of the quotes before, latest first,
/// for a pronoun the entities stage left unresolved.
pub fn party<'p>(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    np: Np,
    earlier: impl Iterator<Item = &'p Party>,
) -> Party {
    let (hs, he) = span_of(ctx, np.head.0, np.head.1);
    let (ns, ne) = span_of(ctx, np.lo, np.hi);
    if let Some(p) = index.best(hs, he).or_else(|| index.best(ns, ne)).and_then(|(e, m)| index.party(ctx.text, e, m)) {
        return p;
    }
    let text = ctx.text.get(hs..he).unwrap_or("").to_string();
    let mut name = text.clone();
    let mut entity = None;
    if np.head.1 == np.head.0 + 1 && is_pronoun(ctx, np.head.0) && ctx.is_any(np.head.0, &["he", "she", "him", "her"]) {
        // Whoever was last named as a speaker.
        if let Some(prev) = earlier.into_iter().find(|p| p.entity.is_some() || !p.name.chars().next().is_some_and(char::is_lowercase)) {
            name = prev.name.clone();
            entity = prev.entity.clone();
        }
    }
    Party { entity, name, start: hs, end: he, text }
}

/// The speaker of a quote with no attribution opening at token `open`: the person introduced
/// in the sentence just before, or the speaker of the previous quote when it is near.
pub fn floating(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    open: usize,
    last: Option<&Party>,
    last_para: usize,
    para: usize,
) -> Option<Party> {
    let s = ctx.sentence_of(open)?;
    if let Some(prev) = s.checked_sub(1).and_then(|p| ctx.seg.sentences.get(p).map(|x| (p, x)))
        && !ctx.skip_para(prev.1.paragraph)
        && para.saturating_sub(prev.1.paragraph) <= 1
    {
        let (p, sent) = prev;
        let has_quote = sent.tokens.clone().any(|i| ctx.quoted(i));
        if !has_quote {
            // A person named in it: the last one, as the one the quote's text follows.
            let (a, b) = (sent.span.start, sent.span.end);
            let from = index.mentions.partition_point(|m| m.0 < a);
            let to = index.mentions.partition_point(|m| m.0 < b);
            let person = index.mentions[from..to]
                .iter()
                .filter(|m| m.1 <= b && index.entities[m.2].kind == EntityType::PERSON)
                .last();
            if let Some(&(_, _, e, m)) = person {
                return index.party(ctx.text, e, m);
            }
            if index.entities.is_empty()
                && let Some(np) = sentence_subject(ctx, p, sent.tokens.end)
                && ctx.toks[np.head.1 - 1].is_capitalized()
            {
                return Some(party(ctx, index, np, last.into_iter()));
            }
        }
    }
    last.filter(|_| para.saturating_sub(last_para) <= 2).cloned()
}
