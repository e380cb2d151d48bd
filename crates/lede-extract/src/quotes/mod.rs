//! Quotes: who said what, to whom, in every form news writes it.
//!
//! [`find`] reads an article's tokens (after segmentation, paragraph kinds and entities) and
//! returns its quotes in text order: direct quotes in quotation marks of any style (one quote
//! across an interruption by its attribution or over several paragraphs), partial quotes (a
//! quoted phrase inside reported speech) and indirect speech ("X said that ..."); a quoted
//! phrase and the reported clause around it are one quote or two as `classify::fold_partials`
//! settles (the kind of a quote follows its marks: unmarked words are indirect). Each has its
//! cue verb, its speaker and, where the text gives one, its addressee, resolved to the
//! entities found by the entities stage. Marks that do not pair up are repaired locally and
//! reported as diagnostics; nothing here aborts on odd input.
//!
//! The work is split by question: `marks` pairs quotation marks, `classify` decides what
//! a quoted stretch is and finds its cue, `indirect` finds reported speech without marks,
//! `speaker` finds the phrases around a cue, `cues` is the lexicon of speech verbs, `pull`
//! finds pull quotes (a set-out line followed by a name) and embedded posts, and
//! `resolve` turns phrases into entities, with `described` for a speaker given by a
//! description ("the defender", "the 30-year-old"): the person named with that role or age.
//! This module is not a coreference resolver: a pronoun speaker takes the entity the
//! entities stage gave the pronoun, or else the last named speaker before it.

mod classify;
mod cues;
mod described;
mod indirect;
mod marks;
mod pull;
mod resolve;
mod speaker;
#[cfg(test)]
mod tests;

use crate::{Cue, Diagnostic, Entity, ParagraphKind, Part, Quote, QuoteKind};
use lede_text::{Segmentation, Token};

/// What every step of the quote finder reads: the text, its tokens and their places.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub seg: &'a Segmentation,
    pub toks: &'a [Token],
    kinds: &'a [ParagraphKind],
    /// Whether each paragraph is clutter with no quotes worth finding (see [`Ctx::skip_para`]),
    /// decided once: every pass over the sentences asks.
    skip: Vec<bool>,
    /// The sentence of each token.
    tok_sent: Vec<u32>,
    /// Whether each token is inside a quotation (marks included).
    in_quote: Vec<bool>,
    /// Descriptions of speakers resolved so far, as (head noun, entity index), so that "the
    /// prime minister" stays one person through an article.
    described: std::cell::RefCell<Vec<(String, usize)>>,
}

impl std::fmt::Debug for Ctx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx")
            .field("tokens", &self.toks.len())
            .finish()
    }
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, seg: &'a Segmentation, kinds: &'a [ParagraphKind]) -> Ctx<'a> {
        let mut tok_sent = vec![u32::MAX; seg.tokens.len()];
        for (s, sent) in seg.sentences.iter().enumerate() {
            for t in sent.tokens.clone() {
                if let Some(x) = tok_sent.get_mut(t) {
                    *x = s as u32;
                }
            }
        }
        let mut ctx = Ctx {
            text,
            seg,
            toks: &seg.tokens,
            kinds,
            skip: Vec::new(),
            tok_sent,
            in_quote: vec![false; seg.tokens.len()],
            described: std::cell::RefCell::new(Vec::new()),
        };
        ctx.skip = (0..seg.paragraphs.len())
            .map(|p| ctx.is_clutter(p))
            .collect();
        ctx
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// Whether token `i` is the word `w`, ignoring ASCII case and the apostrophe's form.
    pub fn is(&self, i: usize, w: &str) -> bool {
        let x = self.word(i);
        same_word(x, x.is_ascii(), w)
    }

    /// Whether token `i` is one of the words `ws` (see [`Ctx::is`]).
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let x = self.word(i);
        let ascii = x.is_ascii();
        !x.is_empty() && ws.iter().any(|w| same_word(x, ascii, w))
    }

    pub fn quoted(&self, i: usize) -> bool {
        self.in_quote.get(i).copied().unwrap_or(false)
    }

    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        self.tok_sent
            .get(i)
            .filter(|&&s| s != u32::MAX)
            .map(|&s| s as usize)
    }

    /// The first token of token `i`'s sentence (`i` itself outside any sentence).
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentence_of(i)
            .and_then(|s| self.seg.sentences.get(s))
            .map_or(i, |s| s.tokens.start)
    }

    pub fn para_of(&self, i: usize) -> Option<usize> {
        self.seg
            .sentences
            .get(self.sentence_of(i)?)
            .map(|s| s.paragraph)
    }

    /// Whether paragraph `p` is site clutter, which has no quotes worth finding: boilerplate,
    /// a link to other content set in the story ("WATCH: Mayor says ...", "READ MORE:
    /// ..."), whose headline speech is not the article's, or a photo's caption that ends in
    /// its credit ("Ann Roe says ... (Jo Kerr/Valley Press)"): the caption writer's summary of
    /// what the story reports, not a report of its own.
    pub fn skip_para(&self, p: usize) -> bool {
        self.skip.get(p).copied().unwrap_or(false)
    }

    /// The test behind [`Ctx::skip_para`].
    fn is_clutter(&self, p: usize) -> bool {
        match self.kinds.get(p) {
            Some(ParagraphKind::Boilerplate) => return true,
            Some(ParagraphKind::Caption)
                if self.seg.paragraphs.get(p).is_some_and(|para| {
                    crate::layout::ends_with_photo_credit(para.span.text(self.text).trim_end())
                }) =>
            {
                return true;
            }
            _ => {}
        }
        let first = self.para_tokens(p).start;
        const TEASERS: &[&str] = &[
            "WATCH", "LISTEN", "READ", "RELATED", "VIDEO", "PHOTOS", "GALLERY", "MORE", "SEE",
        ];
        TEASERS.contains(&self.word(first)) && (first + 1..first + 3).any(|i| self.word(i) == ":")
    }

    /// The token indices of paragraph `p`.
    pub fn para_tokens(&self, p: usize) -> std::ops::Range<usize> {
        let Some(para) = self.seg.paragraphs.get(p) else {
            return 0..0;
        };
        let first = self.seg.sentences.get(para.sentences.start);
        let last = para
            .sentences
            .end
            .checked_sub(1)
            .and_then(|s| self.seg.sentences.get(s));
        match (first, last) {
            (Some(a), Some(b)) if para.sentences.start < para.sentences.end => {
                a.tokens.start..b.tokens.end
            }
            _ => 0..0,
        }
    }
}

/// Finds the quotes of an article. Offsets are bytes; ids are `q1`, `q2`, ... in text order.
pub fn find(
    text: &str,
    seg: &Segmentation,
    kinds: &[ParagraphKind],
    entities: &[Entity],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Quote> {
    let mut ctx = Ctx::new(text, seg, kinds);
    let chains = marks::pair(&ctx, diagnostics);
    for c in &chains {
        for p in &c.parts {
            let lo = p.open.unwrap_or(p.lo);
            let hi = p.close.map_or(p.hi, |c| c + 1);
            for x in ctx.in_quote.get_mut(lo..hi).into_iter().flatten() {
                *x = true;
            }
        }
    }
    let mut found = classify::classify(&ctx, &chains);
    let mut used: Vec<usize> = found
        .iter()
        .filter(|f| f.kind == QuoteKind::Direct)
        .filter_map(|f| f.attr.map(|a| a.cue.0))
        .collect();
    used.sort_unstable();
    indirect::find(&ctx, &used, &mut found);
    pull::find(&ctx, entities, &mut found);
    found.sort_by_key(|f| (f.parts[0].span.start, f.parts[0].span.end));
    classify::fold_partials(&ctx, &mut found);
    let index = resolve::Index::new(entities);
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    // The last quote's speaker with its sentence and paragraph, and the last named speaker
    // with its position, for quotes without a cue and for pronouns.
    let mut last: Option<(crate::Party, usize, usize)> = None;
    let mut last_named: Option<(crate::Party, usize)> = None;
    for f in &found {
        let first = f.parts[0].open.unwrap_or(f.parts[0].lo);
        let speaker = if f.floating {
            resolve::floating(
                &ctx,
                &index,
                first,
                last.as_ref().map(|(p, s, q)| (p, *s, *q)),
            )
        } else {
            f.attr.and_then(|a| a.speaker).or(f.bare_speaker).map(|np| {
                resolve::party(&ctx, &index, np, last_named.as_ref().map(|(p, x)| (p, *x)))
            })
        };
        if let Some(sp) = &speaker {
            let end = f.parts.last().map_or(first, |p| p.hi.saturating_sub(1));
            let s = ctx.sentence_of(end).unwrap_or(0);
            let para = ctx.para_of(end).unwrap_or(0);
            last = Some((sp.clone(), s, para));
            if (resolve::is_named(sp) || resolve::spokes_sex(sp).is_some())
                && !ctx.is_any(
                    ctx.toks.partition_point(|t| t.span.start < sp.start),
                    speaker::PRONOUNS,
                )
            {
                last_named = Some((sp.clone(), sp.start));
            }
        }
        let addressee = f
            .attr
            .and_then(|a| a.addressee)
            .map(|np| resolve::addressee(&ctx, &index, np));
        let cue = f.attr.and_then(|a| {
            let s = ctx.toks.get(a.cue.0)?.span.start;
            let e = ctx.toks.get(a.cue.1.checked_sub(1)?)?.span.end;
            Some(Cue {
                start: s,
                end: e,
                text: text.get(s..e)?.to_string(),
            })
        });
        let parts: Vec<Part> = f
            .parts
            .iter()
            .map(|p| Part {
                start: p.span.start,
                end: p.span.end,
            })
            .collect();
        let joined = parts
            .iter()
            .map(|p| text.get(p.start..p.end).unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ");
        quotes.push(Quote {
            id: String::new(),
            kind: f.kind,
            text: joined,
            start: parts.first().map_or(0, |p| p.start),
            end: parts.last().map_or(0, |p| p.end),
            parts,
            speaker,
            addressee,
            cue,
        });
    }
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = format!("q{}", i + 1);
    }
    quotes
}

/// Whether the token `x` (`ascii` if it is all ASCII) is the listed word `w`, ignoring ASCII
/// case: the word lists write the apostrophe as `'`, and web text most often as the
/// typographic `’` ("doesn’t", "it’ll"). Always inlined: the quote stage asks it hundreds of
/// thousands of times a page, and where the compiler left it a call (its choice moved with
/// unrelated changes to the crate), the stage took a third more instructions.
#[inline(always)]
fn same_word(x: &str, ascii: bool, w: &str) -> bool {
    if x.len() == w.len() {
        return x.eq_ignore_ascii_case(w);
    }
    let fold = |c: char| {
        if c == '\u{2019}' {
            '\''
        } else {
            c.to_ascii_lowercase()
        }
    };
    !ascii && x.chars().map(fold).eq(w.chars().map(fold))
}
