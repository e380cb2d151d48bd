//! Pull quotes and embedded posts: a paragraph of its own holding a statement and then the
//! speaker's name, with no quotation marks and no verb ("Nothing will change overnight. Ada
//! Brandt", or with a role after the name: "... Ada Brandt, city councillor"), as online news
//! sets out a line from the story; and a social-media post embedded in a scraped page, whose
//! text closes with its author and handle ("... — Coastal Power (@coastalpower) March 3,
//! 2021"). This module finds only those shapes; a name after a sentence inside running text
//! is not a pull quote, and captions are not read here. Both are given as indirect quotes:
//! their words carry no quotation marks, and the kind of a quote follows its marks (a reader,
//! and the annotated benchmarks, call only marked words direct).

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
        if let Some(f) =
            pull_quote(ctx, entities, r.start, r.end).or_else(|| post(ctx, r.start, r.end))
        {
            out.push(f);
        }
    }
}

fn pull_quote(ctx: &Ctx<'_>, entities: &[Entity], lo: usize, hi: usize) -> Option<Found> {
    let toks = ctx.toks.get(lo..hi)?;
    if toks.len() < 8 || toks.iter().any(|t| t.kind == TokenKind::Quote) {
        return None;
    }
    // A role after the name: "Ada Brandt, city councillor". The last comma of the
    // paragraph, with a few words and no sentence's end after it.
    let mut hi = hi;
    if let Some(c) = (hi.saturating_sub(9).max(lo)..hi)
        .rev()
        .find(|&i| ctx.word(i) == ",")
        && hi - c >= 2
        && (c + 1..hi).all(|i| ctx.toks[i].kind == TokenKind::Word)
    {
        hi = c;
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
        kind: QuoteKind::Indirect,
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

/// An embedded post: "TEXT — Author Name (@handle) Month D, YYYY". The quote is the text up
/// to the dash, less the links and tags a post ends with; the author is the speaker.
fn post(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<Found> {
    // "(@handle)" near the end, after a dash and a name.
    let open = (hi.saturating_sub(12).max(lo)..hi).find(|&i| {
        ctx.word(i) == "("
            && ctx
                .toks
                .get(i + 1)
                .and_then(|t| ctx.text.get(t.span.start..))
                .is_some_and(|t| t.starts_with('@'))
    })?;
    let dash = (open.saturating_sub(6).max(lo)..open)
        .rev()
        .find(|&i| matches!(ctx.word(i), "—" | "–" | "-" | "--"))?;
    if dash + 1 >= open || !(dash + 1..open).all(|i| ctx.toks[i].is_capitalized()) {
        return None;
    }
    // The date after the handle holds a year.
    if !(open..hi).any(|i| ctx.toks[i].kind == TokenKind::Number) {
        return None;
    }
    // The text, without the links, tags and handles the post ends with: whole chunks between
    // spaces, read on the text since a link is cut into several tokens.
    let (t0, t1) = (ctx.toks.get(lo)?.span.start, ctx.toks.get(dash)?.span.start);
    let mut body = ctx.text.get(t0..t1)?.trim_end();
    while let Some((head, chunk)) = body.rsplit_once(char::is_whitespace) {
        let link = chunk.starts_with(['#', '@'])
            || chunk.contains("http")
            || chunk.contains('/')
            || chunk.contains("twitter.com");
        if !link {
            break;
        }
        body = head.trim_end();
    }
    let cut = t0 + body.len();
    let end = ctx
        .toks
        .partition_point(|t| t.span.end <= cut)
        .clamp(lo, dash);
    let words = (lo..end)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .count();
    if words < 4 || (lo..end).any(|i| ctx.toks[i].kind == TokenKind::Quote) {
        return None;
    }
    let last = end.checked_sub(1)?;
    Some(Found {
        kind: QuoteKind::Indirect,
        parts: vec![Part {
            lo,
            hi: end,
            open: None,
            close: None,
            span: Span::new(ctx.toks.get(lo)?.span.start, ctx.toks.get(last)?.span.end),
        }],
        attr: None,
        attr_after: false,
        floating: false,
        bare_speaker: Some(Np {
            lo: dash + 1,
            hi: open,
            head: (dash + 1, open),
        }),
    })
}
