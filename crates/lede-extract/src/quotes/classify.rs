//! Deciding what each quoted stretch is: a direct quote, a partial quote inside reported
//! speech, or not speech at all (scare quotes, titles of works), and finding its cue.
//!
//! A stretch that opens its sentence, follows a colon, or follows a cue ("said \"Russia's
//! ...\"") is a direct quote; one inside a sentence is a partial quote when a cue governs the
//! sentence, and a scare quote or a title otherwise. The attribution is looked for after the
//! quote first (`"...," Putin said`, `"...," said Blinken`) and then before it (`Putin said:
//! "..."`). A quote with no attribution of its own that follows an attributed one in the same
//! paragraph (`"...," Putin said. "..."`) is a further part of it. This module does not turn
//! phrases into entities; see [`super::resolve`].

use super::Ctx;
use super::cues::CueClass;
use super::marks::{Chain, Part};
use super::speaker::{
    Attr, Np, according_at, addressee_of, cue_at, named, np_after, sentence_subject, subject_of,
};
use crate::QuoteKind;
use lede_text::{Shape, TokenKind};

/// A quote found, before its phrases are resolved to entities.
#[derive(Clone, Debug)]
pub struct Found {
    pub kind: QuoteKind,
    /// Content token ranges and byte spans of the parts.
    pub parts: Vec<Part>,
    pub attr: Option<Attr>,
    /// The attribution follows the quote (`"...," she said`), so a quote after it may
    /// continue this one.
    pub attr_after: bool,
    /// No attribution: the speaker is the previous quote's, or the person just introduced.
    pub floating: bool,
    /// A speaker given without a cue: `Martell is more blunt: "..."`.
    pub bare_speaker: Option<Np>,
}

fn word_count(ctx: &Ctx<'_>, parts: &[Part]) -> usize {
    parts
        .iter()
        .flat_map(|p| p.lo..p.hi)
        .filter(|&i| matches!(ctx.toks[i].kind, TokenKind::Word | TokenKind::Number))
        .count()
}

/// The attribution after a quote closed at token `close`: the first cue before the sentence
/// ends or another quote opens.
fn cue_after(ctx: &Ctx<'_>, close: usize) -> Option<Attr> {
    let s = ctx.sentence_of(close)?;
    let end = ctx.seg.sentences.get(s)?.tokens.end;
    let mut first = close + 1;
    while first < end && matches!(ctx.word(first), "," | "—" | "–" | "-" | "--") {
        first += 1;
    }
    let limit = end.min(first + 25);
    let mut i = first;
    while i < limit {
        if ctx.quoted(i) || matches!(ctx.word(i), "!" | "?" | ";" | ":") {
            return None;
        }
        if according_at(ctx, i) {
            return Some(Attr {
                cue: (i, i + 2),
                speaker: np_after(ctx, i + 2, end),
                addressee: None,
            });
        }
        if let Some(class) = cue_at(ctx, i) {
            let speaker = if i == first {
                np_after(ctx, i + 1, end)
            } else {
                subject_of(ctx, i)
            };
            // "...," said Hugh Hill: the speaker follows; "..." as he said: it precedes.
            return Some(Attr {
                cue: (i, i + 1),
                speaker,
                addressee: addressee_of(ctx, i, class, end),
            });
        }
        i += 1;
    }
    None
}

/// The nearest cue before token `open` in its sentence, outside other quotes.
fn cue_before(ctx: &Ctx<'_>, open: usize) -> Option<(Attr, usize)> {
    let s = ctx.sentence_of(open)?;
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    let mut i = open;
    // Attributions sit close to their quote; the bound keeps a run-on paragraph linear.
    while i > r.start.max(open.saturating_sub(40)) {
        i -= 1;
        if according_at(ctx, i) {
            let speaker = np_after(ctx, i + 2, open);
            return Some((
                Attr {
                    cue: (i, i + 2),
                    speaker,
                    addressee: None,
                },
                open - i,
            ));
        }
        if let Some(class) = cue_at(ctx, i) {
            let attr = Attr {
                cue: (i, i + 1),
                speaker: subject_of(ctx, i),
                addressee: addressee_of(ctx, i, class, open),
            };
            return Some((attr, open - i));
        }
    }
    None
}

/// Classifies every chain of quotation marks; drops those that are not speech.
pub fn classify(ctx: &Ctx<'_>, chains: &[Chain]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    for chain in chains {
        let (Some(p0), Some(pl)) = (chain.parts.first(), chain.parts.last()) else {
            continue;
        };
        let words = word_count(ctx, &chain.parts);
        if words == 0 {
            continue;
        }
        // `author="..."`: the value of an attribute in markup left in the text.
        if p0.open.is_some_and(|o| {
            ctx.toks
                .get(o)
                .and_then(|t| ctx.text.get(..t.span.start))
                .is_some_and(|b| b.ends_with('='))
        }) {
            continue;
        }
        let o = p0.open.unwrap_or(p0.lo);
        let Some(s0) = ctx.sentence_of(o) else {
            continue;
        };
        let sent_start = ctx.seg.sentences[s0].tokens.start;
        // Only dashes and brackets may come before a quote that opens its sentence.
        let at_start = p0.open.is_none()
            || (sent_start..o).all(|i| ctx.toks[i].kind == TokenKind::Punct && ctx.word(i) != ",");
        let prev = o.checked_sub(1).filter(|&i| i >= sent_start);
        let after_colon = prev.is_some_and(|i| ctx.word(i) == ":");
        let first_cap = ctx
            .toks
            .get(p0.lo)
            .is_some_and(|t| t.is_capitalized() || t.kind == TokenKind::Number);
        let after = pl.close.and_then(|c| cue_after(ctx, c));
        let before = if at_start { None } else { cue_before(ctx, o) };
        // `links called "trackers"`, `a plan dubbed "Project X"`, `the tax was called "the
        // poll tax"`: a participle right after a noun names a thing, and nobody speaks.
        // (`they called "..."` and `has called "..."` are somebody's words.)
        let naming = before.as_ref().is_some_and(|(a, dist)| {
            *dist <= 1
                && ctx.is_any(
                    a.cue.0,
                    &["called", "dubbed", "named", "nicknamed", "termed", "labelled", "labeled"],
                )
                && a.cue.0.checked_sub(1).is_some_and(|i| {
                    ctx.toks
                        .get(i)
                        .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
                        && !ctx.is_any(
                            i,
                            &[
                                "he", "she", "they", "we", "i", "you", "it", "who", "has", "have",
                                "had", "which", "that", "people",
                            ],
                        )
                        && !is_people_plural(ctx.word(i))
                })
                // `what critics called "fraud"`: the words of those named before the verb.
                && (a.cue.0.saturating_sub(4)..a.cue.0).all(|i| !ctx.is(i, "what"))
        });
        if naming && words <= 4 {
            continue;
        }
        // `said "Russia's development ..."`, `told reporters: "..."`: a whole statement.
        let led_by_cue = before.as_ref().is_some_and(|(a, dist)| {
            *dist <= 1
                || (*dist <= 6 && prev.is_some_and(|i| matches!(ctx.word(i), ":" | ",")))
                || a.addressee.is_some_and(|np| np.hi == o || np.hi + 1 == o)
        });
        let multi = chain.parts.len() > 1;
        // `"...," she said, "..."`: the attribution interrupts one quote, in one sentence.
        if let Some(last) = out.last_mut()
            && last.kind == QuoteKind::Direct
            && last.attr_after
            && !chain.single
            && let Some(a) = last.attr
            && let Some(lc) = last.parts.last().and_then(|p| p.close)
            && lc < a.cue.0
            && o > a.cue.0
            && o - lc <= 25
            && ctx.sentence_of(lc) == Some(s0)
            && prev.is_some_and(|i| ctx.word(i) == ",")
            && pl.close.and_then(|c| cue_after(ctx, c)).is_none()
        {
            last.parts.extend(chain.parts.iter().copied());
            last.attr_after = false;
            continue;
        }
        let direct = multi
            || at_start
            || after_colon
            || (led_by_cue
                && ((first_cap && words >= 3)
                    || words >= 6
                    || prev.is_some_and(|i| matches!(ctx.word(i), "," | ":"))
                    || ends_sentence(ctx, pl)))
            || (prev.is_some_and(|i| ctx.word(i) == ",") && first_cap && words >= 5);
        if direct {
            let attr_after = after.is_some();
            let attr = after.or(before.map(|b| b.0));
            // Single marks with no cue are as likely apostrophes, or a headline repeating a
            // quote of the story.
            if attr.is_none()
                && (chain.single
                    || (words < 4 && !multi && !ends_sentence(ctx, pl))
                    || title_case(ctx, p0))
            {
                // A title or a scare quote opening a sentence.
                continue;
            }
            // `X is blunt: "..."`, `Jane Roe: "..."`: the subject before the colon speaks.
            let bare_speaker = match (attr, prev) {
                (None, Some(c)) if after_colon => {
                    sentence_subject(ctx, s0, c).filter(|np| named(ctx, *np))
                }
                _ => None,
            };
            let floating = attr.is_none() && bare_speaker.is_none();
            // `"...," Putin said. "..."`: the second quote continues the first.
            if floating
                && !chain.single
                && let Some(last) = out.last_mut()
                && last.kind == QuoteKind::Direct
                && last.attr_after
                && let Some(lp) = last.parts.last()
                && ctx.para_of(lp.lo) == ctx.para_of(p0.lo)
                && lp.close.is_some_and(|c| o > c && o - c <= 25)
            {
                last.parts.extend(chain.parts.iter().copied());
                last.attr_after = false;
                continue;
            }
            out.push(Found {
                kind: QuoteKind::Direct,
                parts: chain.parts.clone(),
                attr,
                attr_after,
                floating,
                bare_speaker,
            });
            continue;
        }
        let attr = before.map(|b| b.0).or(after);
        // A short quoted phrase with no cue near: scare quotes, a title, a nickname. With a
        // cue near, a phrase in title case is still the name of a show or a work ("told
        // the network's \"Morning Report\" that ...").
        if attr.is_none() || (!multi && title_case(ctx, p0)) {
            continue;
        }
        out.push(Found {
            kind: QuoteKind::Partial,
            parts: chain.parts.clone(),
            attr,
            attr_after: false,
            floating: false,
            bare_speaker: None,
        });
    }
    out
}

/// Whether a lower-case word is a plural of people by its ending ("lawmakers", "critics",
/// "analysts", "officials"): before "called" it is the verb's subject, not a thing named.
fn is_people_plural(w: &str) -> bool {
    ["ers", "ors", "ists", "ians", "ics", "ials", "ants", "ents"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether the quoted words read as a title of a work: every word capitalized but the small
/// ones, and no final punctuation ("The Boy Who Sailed Home").
fn title_case(ctx: &Ctx<'_>, p: &Part) -> bool {
    !ends_sentence(ctx, p)
        && (p.lo..p.hi).all(|i| {
            let t = ctx.toks[i];
            t.kind != TokenKind::Word
                || t.is_capitalized()
                || ctx.is_any(
                    i,
                    &[
                        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by",
                        "with", "from",
                    ],
                )
        })
}

/// Whether the quoted words end with a sentence's final punctuation: `said "no more."`.
fn ends_sentence(ctx: &Ctx<'_>, p: &Part) -> bool {
    p.hi > p.lo && matches!(ctx.word(p.hi - 1), "." | "!" | "?" | "…" | "...")
}

/// Whether a class of cue can introduce reported speech without quotation marks.
pub fn takes_clause(class: CueClass) -> bool {
    matches!(class, CueClass::Say | CueClass::Tell)
}

/// Settles a partial quote that lies inside a reported clause also found, so that one
/// statement is not given twice. When the quoted words make up most of the clause (`said she
/// was "thrilled to be here"`), the partial quote alone is the statement and the clause goes;
/// when they close the clause after words of the writer's own (`said the plan would leave
/// towns "without a doctor for a generation."`), the clause is the statement and the quoted
/// tail, and any other phrase quoted in it, are part of it. A phrase quoted inside the clause
/// with the writer's words after it, in a clause that does not end in quoted words
/// (`said the deal gave "political cover" to the rebels`) is kept as a quote of its own beside
/// the clause: the writer has marked those words as the speaker's own. `found` must be sorted
/// by start.
pub fn fold_partials(ctx: &Ctx<'_>, found: &mut Vec<Found>) {
    let mut drop = vec![false; found.len()];
    let mut inside: Vec<usize> = Vec::new();
    for (i, ind) in found.iter().enumerate() {
        if ind.kind != QuoteKind::Indirect {
            continue;
        }
        let (Some(first), Some(last)) = (ind.parts.first(), ind.parts.last()) else {
            continue;
        };
        let (lo, hi) = (first.lo, last.hi);
        let ind_words = word_count(ctx, &ind.parts);
        // The partial quotes inside the clause; sorted by start, they follow it closely.
        inside.clear();
        let (mut most, mut closes) = (false, false);
        for (j, p) in found.iter().enumerate().skip(i + 1) {
            let Some(pf) = p.parts.first() else { continue };
            if pf.open.unwrap_or(pf.lo) >= hi {
                break;
            }
            let Some(pl) = p.parts.last() else { continue };
            let (plo, phi) = (pf.open.unwrap_or(pf.lo), pl.close.map_or(pl.hi, |c| c + 1));
            if p.kind != QuoteKind::Partial || plo < lo || phi > hi || drop[j] {
                continue;
            }
            inside.push(j);
            most |= 2 * word_count(ctx, &p.parts) >= ind_words;
            closes |=
                !(phi..hi).any(|k| matches!(ctx.toks[k].kind, TokenKind::Word | TokenKind::Number));
        }
        if most {
            drop[i] = true;
        } else if closes {
            for &j in &inside {
                drop[j] = true;
            }
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
