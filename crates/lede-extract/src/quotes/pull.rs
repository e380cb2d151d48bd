//! Pull quotes: a paragraph of its own holding a statement and then the speaker's name, with
//! no quotation marks and no verb ("Nothing will change overnight. Ada Brandt"), as online
//! news sets out a line from the story. This module finds only that shape; a name after a
//! sentence inside running text is not a pull quote, and captions are not read here.

use super::Ctx;
use super::classify::Found;
use super::marks::Part;
use super::speaker::Np;
use crate::{Entity, EntityType, QuoteKind};
use lede_text::{Span, TokenKind};

/// Adds the pull quotes of the story paragraphs to `out`. The trailing name must be a
/// person the entities stage found, so that a signature or a place after a sentence is not
/// taken for a speaker.
pub fn find(ctx: &Ctx<'_>, entities: &[Entity], out: &mut Vec<Found>) {
    for p in 0..ctx.seg.paragraphs.len() {
        if ctx.skip_para(p) {
            continue;
        }
        let r = ctx.para_tokens(p);
        if let Some(f) = pull_quote(ctx, entities, r.start, r.end) {
            out.push(f);
        }
    }
}

fn pull_quote(ctx: &Ctx<'_>, entities: &[Entity], lo: usize, hi: usize) -> Option<Found> {
    let toks = ctx.toks.get(lo..hi)?;
    if toks.len() < 8 || toks.iter().any(|t| t.kind == TokenKind::Quote) {
        return None;
    }
    // The name: two to four capitalized words closing the paragraph.
    let mut name_lo = hi;
    while name_lo > lo && hi - name_lo < 4 && ctx.toks[name_lo - 1].is_capitalized() {
        name_lo -= 1;
    }
    if hi - name_lo < 2 || name_lo <= lo {
        return None;
    }
    // Just before it, the end of a sentence.
    let end = name_lo - 1;
    if !matches!(ctx.word(end), "." | "!" | "?" | "…") {
        return None;
    }
    let words = (lo..end)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .count();
    if words < 5 || !ctx.toks[lo].is_capitalized() {
        return None;
    }
    let (ns, ne) = (ctx.toks[name_lo].span.start, ctx.toks[hi - 1].span.end);
    let person = entities.iter().any(|e| {
        e.kind == EntityType::PERSON && e.mentions.iter().any(|m| m.start < ne && ns < m.end)
    });
    if !person {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Direct,
        parts: vec![Part {
            lo,
            hi: end + 1,
            open: None,
            close: None,
            span: Span::new(ctx.toks[lo].span.start, ctx.toks[end].span.end),
        }],
        attr: None,
        attr_after: false,
        floating: false,
        bare_speaker: Some(Np {
            lo: name_lo,
            hi,
            head: (name_lo, hi),
        }),
    })
}
