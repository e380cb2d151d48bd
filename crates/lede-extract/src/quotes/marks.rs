//! Pairing quotation marks into quoted stretches of text.
//!
//! Marks are paired over each paragraph's tokens, not per sentence, so a quote may run over
//! several sentences; a quote left open at the end of a paragraph whose next paragraph opens
//! with a quotation mark is the news convention for a quote running over several paragraphs,
//! and becomes one chain of parts. Anything else that does not pair up is repaired locally (the
//! quote ends at its paragraph's end, or starts at its paragraph's start) and reported as an
//! `unbalanced-quote` diagnostic; one stray mark never spoils the rest of an article. This
//! module does not decide whether a quoted stretch is speech: that is [`super::classify`].

use super::Ctx;
use crate::Diagnostic;
use lede_text::{Span, TokenKind};

/// A quoted stretch inside one paragraph: content tokens `lo..hi`, and the mark tokens around
/// it when there are any (a repaired quote lacks one of them).
#[derive(Clone, Copy, Debug)]
pub struct Part {
    pub lo: usize,
    pub hi: usize,
    pub open: Option<usize>,
    pub close: Option<usize>,
    pub span: Span,
}

/// One quotation: its parts in text order (several when it runs over paragraphs).
#[derive(Clone, Debug)]
pub struct Chain {
    pub parts: Vec<Part>,
    /// Marked with single quotation marks, as headlines and some house styles quote.
    pub single: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// Characters after which a straight mark opens rather than closes.
fn opens_after(c: char) -> bool {
    // `=` opens an attribute's value in markup left in scraped text: `author="..."`.
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '=')
}

/// Characters before which a straight mark closes rather than opens.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…' | '>'
        )
}

/// The role of a double quotation mark at token `i`, from its glyph and its neighbours.
fn double_role(ctx: &Ctx<'_>, i: usize) -> Option<Role> {
    let sp = ctx.toks.get(i)?.span;
    // Doubled single marks stand for the double mark of the same direction.
    let c = match ctx.text.get(sp.start..sp.end)? {
        "''" => '"',
        "``" | "‘‘" => '“',
        "’’" => '”',
        s => s.chars().next()?,
    };
    let before = ctx.text.get(..sp.start).and_then(|s| s.chars().next_back());
    let after = ctx.text.get(sp.end..).and_then(|s| s.chars().next());
    let open_ctx = before.is_none_or(opens_after);
    let close_ctx = after.is_none_or(closes_before);
    match c {
        '«' | '„' => Some(Role::Open),
        '»' => Some(Role::Close),
        '“' | '‟' if close_ctx && !open_ctx => Some(Role::Close),
        '“' | '‟' => Some(Role::Open),
        '”' if open_ctx && !close_ctx => Some(Role::Open),
        '”' => Some(Role::Close),
        '"' | '＂' => {
            // An inch mark: 5'10" or a 12" screen.
            if before.is_some_and(|c| c.is_ascii_digit()) && !open_ctx && after != Some('>') {
                return None;
            }
            Some(match (open_ctx, close_ctx) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            })
        }
        _ => None,
    }
}

fn is_single(ctx: &Ctx<'_>, i: usize) -> Option<char> {
    let mut chars = ctx.word(i).chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›').then_some(c)
}

fn part(
    ctx: &Ctx<'_>,
    lo: usize,
    hi: usize,
    open: Option<usize>,
    close: Option<usize>,
) -> Option<Part> {
    if lo >= hi {
        return None;
    }
    let span = Span::new(ctx.toks.get(lo)?.span.start, ctx.toks.get(hi - 1)?.span.end);
    Some(Part {
        lo,
        hi,
        open,
        close,
        span,
    })
}

fn unbalanced(ctx: &Ctx<'_>, i: usize, message: &str, diagnostics: &mut Vec<Diagnostic>) {
    if let Some(t) = ctx.toks.get(i) {
        diagnostics.push(Diagnostic {
            code: "unbalanced-quote".to_string(),
            start: t.span.start,
            end: t.span.end,
            message: message.to_string(),
        });
    }
}

/// Pairs the quotation marks of every story paragraph into chains, in text order.
pub fn pair(ctx: &Ctx<'_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Chain> {
    let mut chains: Vec<Chain> = Vec::new();
    // A chain left open at the end of the previous paragraph, waiting for its continuation.
    let mut pending: Option<usize> = None;
    let n_para = ctx.seg.paragraphs.len();
    for p in 0..n_para {
        if ctx.skip_para(p) {
            pending = None;
            continue;
        }
        let range = ctx.para_tokens(p);
        let mut open: Option<usize> = None;
        let mut seen_double = false;
        let mut last_close = range.start;
        let add = |chains: &mut Vec<Chain>, pending: &mut Option<usize>, pt: Part| {
            // The first part of a paragraph that opens right at its start continues a quote
            // left open at the end of the previous paragraph.
            if let (Some(c), Some(o)) = (*pending, pt.open)
                && o == range.start
                && let Some(ch) = chains.get_mut(c)
            {
                ch.parts.push(pt);
                *pending = None;
                return c;
            }
            *pending = None;
            chains.push(Chain {
                parts: vec![pt],
                single: false,
            });
            chains.len() - 1
        };
        for i in range.clone() {
            if ctx.toks[i].kind != TokenKind::Quote {
                continue;
            }
            let Some(role) = double_role(ctx, i) else {
                continue;
            };
            let role = match role {
                Role::Either if open.is_some() => Role::Close,
                Role::Either => Role::Open,
                r => r,
            };
            let first = !seen_double;
            seen_double = true;
            match role {
                Role::Open => {
                    if let Some(o) = open {
                        // Two openings in a row: the first quote lost its closing mark. It ends
                        // where the next one begins.
                        unbalanced(ctx, o, "quotation mark opened but not closed", diagnostics);
                        if let Some(pt) = part(ctx, o + 1, i, Some(o), None)
                            .map(|pt| close_before_attribution(ctx, pt))
                        {
                            add(&mut chains, &mut pending, pt);
                        }
                    }
                    open = Some(i);
                }
                _ => {
                    if let Some(o) = open.take() {
                        last_close = i;
                        if let Some(pt) = part(ctx, o + 1, i, Some(o), Some(i)) {
                            add(&mut chains, &mut pending, pt);
                        }
                    } else {
                        unbalanced(
                            ctx,
                            i,
                            "quotation mark closed but never opened",
                            diagnostics,
                        );
                        // The quote lost its opening mark: it most likely began at the start
                        // of the paragraph, or of the sentence after the last quote closed.
                        let from = if first {
                            range.start
                        } else {
                            let s = ctx.sentence_of(i).and_then(|s| ctx.seg.sentences.get(s));
                            s.map_or(i, |s| s.tokens.start).max(last_close + 1)
                        };
                        if let Some(pt) = part(ctx, from, i, None, Some(i)) {
                            add(&mut chains, &mut pending, pt);
                        }
                    }
                }
            }
        }
        if let Some(o) = open
            && let Some(pt) = part(ctx, o + 1, range.end, Some(o), None)
        {
            let continues = next_opens(ctx, p);
            let pt = if continues {
                pt
            } else {
                unbalanced(
                    ctx,
                    o,
                    "quotation mark not closed in its paragraph",
                    diagnostics,
                );
                close_before_attribution(ctx, pt)
            };
            let c = add(&mut chains, &mut pending, pt);
            pending = continues.then_some(c);
        } else {
            pending = None;
        }
        singles(ctx, p, &mut chains);
    }
    chains.sort_by_key(|c| c.parts.first().map_or(0, |p| p.span.start));
    chains
}

/// A quote that lost its closing mark ends before an attribution inside it: in `"We tried,
/// the owner said.` the quote is `We tried`.
fn close_before_attribution(ctx: &Ctx<'_>, pt: Part) -> Part {
    let hi = pt.hi.min(pt.lo + 200);
    for i in pt.lo..hi {
        if ctx.word(i) != "," {
            continue;
        }
        let window = i + 1..hi.min(i + 7);
        let cued = window.clone().any(|j| {
            let w = ctx.word(j);
            w.starts_with(|c: char| c.is_ascii_lowercase()) && super::cues::cue_class(w).is_some()
        });
        if cued && let Some(p) = part(ctx, pt.lo, i, pt.open, Some(i)) {
            return p;
        }
    }
    pt
}

/// Whether the next story paragraph after `p` begins with an opening double mark.
fn next_opens(ctx: &Ctx<'_>, p: usize) -> bool {
    let q = p + 1;
    if q >= ctx.seg.paragraphs.len() || ctx.skip_para(q) {
        return false;
    }
    let r = ctx.para_tokens(q);
    r.start < r.end
        && ctx.toks[r.start].kind == TokenKind::Quote
        && matches!(double_role(ctx, r.start), Some(Role::Open | Role::Either))
}

/// Pairs single quotation marks in paragraph `p`, outside the double-quoted stretches already
/// found: `'no deal'` in a headline. Apostrophes look the same, so a pair needs an opening mark
/// at a word start and a closing one at a word end, close together; unpaired ones are left be.
fn singles(ctx: &Ctx<'_>, p: usize, chains: &mut Vec<Chain>) {
    let range = ctx.para_tokens(p);
    let Some(first) = range.clone().next() else {
        return;
    };
    let para_start = ctx.toks[first].span.start;
    // Double-quoted stretches of this paragraph, so single marks nested in them are skipped.
    // Chains are pushed in text order, so this paragraph's are the last ones.
    let covered: Vec<Span> = chains
        .iter()
        .rev()
        .take_while(|c| c.parts.last().is_some_and(|pt| pt.lo >= range.start))
        .flat_map(|c| c.parts.iter())
        .filter(|pt| pt.span.end >= para_start && pt.lo >= range.start)
        .map(|pt| pt.span)
        .collect();
    if !(range.clone()).any(|i| ctx.toks[i].kind == TokenKind::Quote && is_single(ctx, i).is_some())
    {
        return;
    }
    let inside = |i: usize| {
        let s = ctx.toks[i].span.start;
        covered.iter().any(|c| c.start <= s && s < c.end)
    };
    let mut open: Option<usize> = None;
    for i in range.clone() {
        if ctx.toks[i].kind != TokenKind::Quote || inside(i) {
            continue;
        }
        let Some(c) = is_single(ctx, i) else {
            continue;
        };
        let sp = ctx.toks[i].span;
        let before = ctx.text.get(..sp.start).and_then(|s| s.chars().next_back());
        let after = ctx.text.get(sp.end..).and_then(|s| s.chars().next());
        let can_open = matches!(c, '\'' | '‘' | '‹')
            && before.is_none_or(opens_after)
            && after.is_some_and(char::is_alphanumeric);
        let can_close = matches!(c, '\'' | '’' | '›')
            && before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(closes_before);
        if can_open {
            open = Some(i);
        } else if can_close && let Some(o) = open.take() {
            if i - o > 60 {
                continue;
            }
            if let Some(pt) = part(ctx, o + 1, i, Some(o), Some(i)) {
                chains.push(Chain {
                    parts: vec![pt],
                    single: true,
                });
            }
        }
    }
}
