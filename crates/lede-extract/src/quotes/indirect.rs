//! Reported speech without quotation marks: "X said (that) ...", "X told Y that ...", "X
//! warned that ...", "..., X said.", "according to X, ...", reported requests ("X urged Y to
//! ...") and reports ("residents report they ...", "doctors report seeing ..."), and the
//! content of a belief, finding or claim when "that" opens it ("the poll shows that ...",
//! "experts believe that ...", "disputed the mayor's claim that ...").
//!
//! The reported words are the clause a cue governs: after the cue (and its addressee and any
//! adverbial before "that"), or before it when the attribution closes the sentence. A clause
//! must look like one (a few words with a finite verb, or introduced by "that"), which keeps out
//! "said on Monday" and "denied the report". This module finds spans and cues; speakers are
//! the subjects [`super::speaker`] finds.

use super::Ctx;
use super::classify::{Found, takes_clause};
use super::cues::takes_bare_clause;
use super::marks::Part;
use super::speaker::{
    Attr, IRREGULAR_PAST, Np, according_at, addressee_of, cue_lemma_at, has_contraction,
    infinitive_after, is_adverb, named, np_after, subject_of,
};
use crate::entities::lists;
use crate::{QuoteKind, words};
use lede_text::{Shape, Span, TokenKind};

/// Finite forms that start a clause's predicate besides the finite auxiliaries: negated
/// contractions and common verbs in -s. Irregular past tenses are in [`IRREGULAR_PAST`],
/// shared with the speaker finder.
const FINITE: &[&str] = &[
    "won't",
    "can't",
    "isn't",
    "wasn't",
    "didn't",
    "doesn't",
    "don't",
    "aren't",
    "weren't",
    "hasn't",
    "haven't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "'s",
    "’s",
    "'re",
    "'ll",
    "needs",
    "wants",
    "plans",
    "remains",
    "seems",
    "makes",
    "takes",
    "goes",
    "gets",
    // Verbs of evidence and stance, the predicates of reported findings ("their research
    // shows ...", "the data suggests ...").
    "shows",
    "suggests",
    "indicates",
    "means",
    "proves",
    "reflects",
    "requires",
    "deserves",
    "lacks",
    "depends",
    "knows",
    "believes",
    "thinks",
    "feels",
    "hopes",
    "expects",
    "prioritizes",
    "prefers",
    "supports",
    "opposes",
];

const NOT_CLAUSE_START: &[&str] = &[
    "to",
    "on",
    "in",
    "at",
    "during",
    "for",
    "of",
    "with",
    "by",
    "about",
    "after",
    "before",
    "so",
    "as",
    "yes",
    "no",
    "nothing",
    "goodbye",
    "hello",
    "sorry",
    "thanks",
    "something",
    "anything",
    "otherwise",
    "publicly",
    "earlier",
    "later",
    "last",
    "this",
    "previously",
    "repeatedly",
    "recently",
    "instead",
    "when",
    "why",
    "how",
    "what",
    "where",
    "which",
    "who",
    "while",
    "from",
    "through",
    "again",
];

/// Where a reported clause starting at `c` ends, before `end`: before a comment of the writer
/// (", which ...", ", despite ..."), and after a quoted phrase that closes it when only
/// circumstance follows (`she was "thrilled" while receiving the award`).
fn clause_end(ctx: &Ctx<'_>, c: usize, end: usize) -> usize {
    let mut last_close = None;
    let mut end = end;
    // "Though she said X, she ...": after a subordinate opening, the main clause is not
    // reported.
    let subordinate = ctx
        .sentence_of(c)
        .and_then(|s| ctx.seg.sentences.get(s))
        .is_some_and(|s| {
            ctx.is_any(
                s.tokens.start,
                &[
                    "though", "although", "while", "as", "when", "if", "because", "whereas",
                ],
            )
        });
    let mut skip_to = c;
    for i in c..end {
        if i < skip_to {
            continue;
        }
        if ctx.word(i) == "," && subordinate {
            end = i;
            break;
        }
        // ", adding that ...", "and alleges that ...": the next attribution starts.
        // "and then quipped ...": an adverb may come between.
        let n = if ctx.is_any(i + 1, &["then", "also", "later", "again", "finally"]) {
            i + 2
        } else {
            i + 1
        };
        if (ctx.word(i) == "," || ctx.is_any(i, &["and", "but"]))
            && i > c
            && ctx.toks.get(n).is_some_and(|_| {
                let w = ctx.word(n);
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && super::cues::cue_class(w).is_some()
            })
        {
            end = i;
            break;
        }
        // "said the offer, which was tabled Friday, falls short": a relative clause inside
        // the subject, before the clause has its verb, is part of it.
        if ctx.word(i) == ","
            && ctx.is_any(i + 1, &["which", "who"])
            && !has_finite(ctx, c, i)
            && let Some(k) = (i + 2..end.min(i + 25)).find(|&k| ctx.word(k) == ",")
            && ctx.toks.get(k + 1).is_some_and(|t| {
                t.kind == TokenKind::Word && ctx.word(k + 1).starts_with(|x: char| x.is_lowercase())
            })
            && !ctx.is_any(k + 1, &["and", "but", "or", "which", "who", "as", "while"])
        {
            skip_to = k + 1;
            continue;
        }
        if ctx.word(i) == ","
            && ctx.is_any(
                i + 1,
                &[
                    "which",
                    "despite",
                    "although",
                    "though",
                    "while",
                    "amid",
                    "according",
                    "whereas",
                ],
            )
        {
            end = i;
            break;
        }
        if ctx.quoted(i)
            && ctx.toks[i].kind == TokenKind::Quote
            && i > c
            && ctx.quoted(i - 1)
            && !ctx.quoted(i + 1)
        {
            last_close = Some(i);
        }
    }
    if let Some(q) = last_close
        && q + 1 < end
        && (ctx.is_any(
            q + 1,
            &[
                "while", "during", "despite", "as", "after", "before", "when", "although",
                "though", "because", "amid", "in", "on", "at",
            ],
        ) || ctx.word(q + 1) == ",")
    {
        return q + 1;
    }
    end
}

/// Whether a clause that opens with a quoted phrase goes on past it with words of its own:
/// `told her "bad things would happen" if she tried to leave`.
fn continues_after_quote(ctx: &Ctx<'_>, c: usize, hi: usize) -> bool {
    match (c + 1..hi).find(|&i| !ctx.quoted(i)) {
        Some(k) => words(ctx, k, hi) >= 3 && !(k..hi).any(|i| ctx.quoted(i)),
        None => false,
    }
}

/// Days, which may stand alone as circumstance after a cue: "said Tuesday the plan ...".
fn is_day(ctx: &Ctx<'_>, i: usize) -> bool {
    words::is_weekday(ctx.word(i)) || ctx.is_any(i, &["today", "yesterday"])
}

/// Words that open a phrase of circumstance after an attribution: "said on Monday". Days
/// open one too (see [`is_circumstance`]).
const CIRCUMSTANCE: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "to",
    "from",
    "with",
    "when",
    "as",
    "while",
    "by",
    "via",
    "through",
    "recently",
    "previously",
    "again",
    "also",
    "then",
    "told",
    "adding",
    "according",
];

/// Whether token `i` opens a phrase of circumstance: a word of [`CIRCUMSTANCE`] or a day.
fn is_circumstance(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is_any(i, CIRCUMSTANCE) || is_day(ctx, i)
}

/// Whether tokens `lo..hi` read as a clause: a verb among the first words.
pub(super) fn has_finite(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    (lo..hi.min(lo + 25)).any(|i| {
        let t = ctx.toks[i];
        if t.kind == TokenKind::Possessive {
            // "it's", but not "China's intent": only after a pronoun.
            return i > lo
                && (ctx.is_any(i - 1, super::speaker::PRONOUNS)
                    || ctx.is_any(i - 1, &["there", "that", "what", "here", "who"]));
        }
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = ctx.word(i);
        (words::is_finite_auxiliary_any_case(w)
            || pronoun_and_auxiliary(w)
            || ctx.is_any(i, FINITE)
            || ctx.is_any(i, IRREGULAR_PAST))
            || (ed_form(w)
                && i > lo
                && !ctx.is_any(
                    i - 1,
                    &[
                        "the", "a", "an", "more", "most", "very", "less", "his", "her", "their",
                        "its", "our",
                    ],
                )
                && ctx.toks[i - 1].kind != TokenKind::Number)
            || (i > lo
                && ctx.is_any(
                    i - 1,
                    &["he", "she", "it", "they", "we", "i", "you", "there"],
                )
                && w.starts_with(|c: char| c.is_lowercase()))
    })
}

/// Whether a word is a pronoun and a finite auxiliary written as one: "they'll", "we’re",
/// "I've", "she'd".
fn pronoun_and_auxiliary(w: &str) -> bool {
    let Some((a, b)) = w.split_once(['\'', '\u{2019}']) else {
        return false;
    };
    ["ll", "re", "ve", "d", "m"]
        .iter()
        .any(|x| b.eq_ignore_ascii_case(x))
        && [
            "i", "you", "he", "she", "it", "we", "they", "there", "that", "who",
        ]
        .iter()
        .any(|x| a.eq_ignore_ascii_case(x))
}

/// Whether the word at `i` reads as a verb in the past ("rebuffed"), where a predicate starts
/// after its subject and an aside ("Smith, according to the report, rebuffed ..."). Alone,
/// at the start of a clause, such a word is as often a participle ("Added to this, ..."),
/// which is why [`has_finite`] does not count it there.
fn past_at(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && (ctx.is_any(i, IRREGULAR_PAST) || ed_form(ctx.word(i)))
}

/// A lower-case word of five letters or more in "-ed": a regular verb's past or participle.
fn ed_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
}

fn words(ctx: &Ctx<'_>, lo: usize, hi: usize) -> usize {
    (lo..hi)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .count()
}

/// Trims punctuation off both ends of `lo..hi`.
fn trim(ctx: &Ctx<'_>, mut lo: usize, mut hi: usize) -> (usize, usize) {
    while lo < hi && matches!(ctx.toks[lo].kind, TokenKind::Punct) {
        lo += 1;
    }
    while hi > lo && matches!(ctx.toks[hi - 1].kind, TokenKind::Punct) {
        hi -= 1;
    }
    (lo, hi)
}

/// Whether the clause `lo..hi` is in fact a quotation or mostly one: a direct quote in
/// marks, or a partial quote that covers it.
fn mostly_quoted(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    if ctx.quoted(lo) {
        return true;
    }
    match (lo..hi).find(|&i| ctx.quoted(i)) {
        Some(q) => words(ctx, lo, q) <= 4,
        None => false,
    }
}

/// Where the reported words start when a dateline opens their sentence ("WASHINGTON (Reuters)
/// -", "LONDON, March 3 (AP) —", "CORVO, Texas —"): a place in capitals, then only names,
/// numbers, commas and brackets up to a dash. The dateline says where the story was filed,
/// and nobody said it.
fn after_dateline(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<usize> {
    let sentences = &ctx.seg.sentences;
    let i = sentences.partition_point(|s| s.tokens.start < lo);
    if sentences.get(i).is_none_or(|s| s.tokens.start != lo) {
        return None;
    }
    let first = ctx.toks.get(lo)?;
    if first.kind != TokenKind::Word
        || first.shape != lede_text::Shape::Upper
        || first.span.len() < 3
    {
        return None;
    }
    for t in lo + 1..hi.min(lo + 14) {
        let tok = ctx.toks.get(t)?;
        let w = ctx.word(t);
        if matches!(w, "-" | "—" | "–" | "--") {
            return (t + 1 < hi).then_some(t + 1);
        }
        let fits = match tok.kind {
            TokenKind::Word => tok.is_capitalized(),
            TokenKind::Number => true,
            TokenKind::Punct => matches!(w, "," | "." | "(" | ")"),
            _ => false,
        };
        if !fits {
            return None;
        }
    }
    None
}

fn found(ctx: &Ctx<'_>, lo: usize, hi: usize, attr: Attr) -> Option<Found> {
    let lo = after_dateline(ctx, lo, hi).unwrap_or(lo);
    let span = Span::new(ctx.toks.get(lo)?.span.start, ctx.toks.get(hi - 1)?.span.end);
    Some(Found {
        kind: QuoteKind::Indirect,
        parts: vec![Part {
            lo,
            hi,
            open: None,
            close: None,
            span,
        }],
        attr: Some(attr),
        attr_after: false,
        floating: false,
        bare_speaker: None,
    })
}

/// Finds reported speech in the story sentences, skipping cues that `used` already attribute
/// a direct quote.
pub fn find(ctx: &Ctx<'_>, used: &[usize], out: &mut Vec<Found>) {
    for (s, sent) in ctx.seg.sentences.iter().enumerate() {
        if ctx.skip_para(sent.paragraph) {
            continue;
        }
        let r = sent.tokens.clone();
        let mut covered_to = r.start;
        // The comma after a closing attribution ("..., X said,") and its speaker.
        let mut after_attr: Option<(usize, Np)> = None;
        for v in r.clone() {
            if v < covered_to {
                continue;
            }
            if according_at(ctx, v) {
                if let Some(f) = according(ctx, s, v) {
                    // "According to the survey, residents say they ...": the source's words
                    // hold the residents' own report, which is a quote too.
                    covered_to = v + 2;
                    out.push(f);
                }
                continue;
            }
            if let Some(f) = content_clause(ctx, v, r.end).or_else(|| claim_noun(ctx, v, r.end)) {
                covered_to = f.parts[0].hi;
                out.push(f);
                continue;
            }
            let Some((class, lemma)) = cue_lemma_at(ctx, v).or_else(|| plural_report(ctx, v))
            else {
                continue;
            };
            if plural_noun_reading(ctx, v) || inside_source_phrase(ctx, v) {
                continue;
            }
            // "Authorities described the attack as a carjacking": the words after "as".
            if lemma == "describe"
                && let Some(a) = (v + 1..r.end.min(v + 6)).find(|&k| ctx.is(k, "as"))
            {
                let (lo, hi) = trim(ctx, a + 1, clause_end(ctx, a + 1, r.end.min(a + 60)));
                let speaker = subject_of(ctx, v);
                if lo < hi
                    && words(ctx, lo, hi) >= 2
                    && speaker.is_some_and(|np| !has_contraction(ctx, np.lo, np.hi))
                    && let Some(f) = found(
                        ctx,
                        lo,
                        hi,
                        Attr {
                            cue: (v, v + 1),
                            speaker,
                            addressee: None,
                        },
                    )
                {
                    covered_to = hi;
                    out.push(f);
                }
                continue;
            }
            if used.binary_search(&v).is_ok() {
                continue;
            }
            if let Some(f) = directive(ctx, v, lemma, r.end) {
                covered_to = f.parts[0].hi;
                out.push(f);
                continue;
            }
            if !takes_clause(class) {
                continue;
            }
            // "the Treasury note rose": the plain forms of "note" are more often the noun, so
            // only "noted" and "noting" take a clause without "that".
            let bare = takes_bare_clause(lemma) && !ctx.is_any(v, &["note", "notes"]);
            // "agreed to pay $2bn to exit an agreement": an infinitive, not words reported.
            if infinitive_after(ctx, v) {
                continue;
            }
            let mut addressee = addressee_of(ctx, v, class, r.end);
            // "told reporters more than half ...": a quantifier opens the clause's subject,
            // it does not end the hearer.
            if let Some(a) = addressee.as_mut()
                && a.hi > a.lo + 1
                && ctx.is_any(
                    a.hi - 1,
                    &["more", "less", "fewer", "most", "nearly", "almost"],
                )
            {
                a.hi -= 1;
                a.head = (a.head.0.min(a.hi - 1), a.head.1.min(a.hi));
            }
            let mut c = addressee.map_or(v + 1, |a| a.hi);
            // "said Tuesday the plan ...": a day before a bare clause is circumstance.
            if is_day(ctx, c) && !ctx.is(c + 1, "that") && !ctx.quoted(c) {
                c += 1;
                if ctx.is_any(c, &["morning", "afternoon", "evening", "night"]) {
                    c += 1;
                }
            }
            // "said on Monday that ...", "told reporters in Ottawa that ...".
            let mut has_that = false;
            if let Some(k) = (c..r.end.min(c + 10)).find(|&k| ctx.is(k, "that") && !ctx.quoted(k))
                && !has_finite(ctx, c, k)
                // "said, adding that ...": that clause is the next cue's.
                && !(c..k).any(|i| super::cues::cue_class(ctx.word(i)).is_some())
                && (k == c
                    || is_circumstance(ctx, c)
                    // "said repeatedly that ...".
                    || words::is_ly_adverb(ctx.word(c))
                    || ctx.toks[c].kind == TokenKind::Punct
                    // `told the network's "Morning Report" that ...`: a show's name.
                    || (ctx.toks[c].kind == TokenKind::Quote && (c..k).all(|i| ctx.quoted(i))))
            {
                c = k + 1;
                has_that = true;
            }
            // "said in his speech he was ready": a phrase of circumstance, then the clause.
            if !has_that
                && ctx.is_any(
                    c,
                    &[
                        "in", "on", "at", "during", "after", "before", "with", "to", "from",
                        "last", "this", "earlier", "later",
                    ],
                )
            {
                if let Some(k) = (c + 1..r.end.min(c + 9))
                    .find(|&k| ctx.is_any(k, &["he", "she", "they", "it", "we", "i", "there"]))
                {
                    c = k;
                }
            }
            let starts_subject =
                ctx.is_any(c, &["he", "she", "they", "it", "we", "i", "there", "you"]);
            // Reported clauses are sentence-sized; the bound keeps run-on text linear.
            let (lo, hi) = trim(ctx, c, clause_end(ctx, c, r.end.min(c + 120)));
            // "Doctors report seeing more cases": what is reported may be an -ing clause.
            let gerund = lemma == "report" && gerund_at(ctx, c);
            let forward_ok = lo < hi
                && (bare || has_that || starts_subject || gerund)
                && (!ctx.quoted(c) || continues_after_quote(ctx, c, hi))
                && words(ctx, lo, hi) >= 3
                && (has_that
                    || gerund
                    || (!ctx.is_any(lo, NOT_CLAUSE_START)
                        && ctx.toks[c].kind != TokenKind::Punct
                        && has_finite(ctx, lo, hi)));
            // "CLAUSE, the prosecutor said, adding that ...": the participle shares the
            // speaker of the attribution before it, not the subject of the sentence.
            let speaker = forward_ok.then(|| match after_attr {
                Some((k, np)) if ctx.word(v).ends_with("ing") && v == k + 1 => Some(np),
                _ => attribution_before(ctx, v, out).or_else(|| subject_of(ctx, v)),
            });
            // "Currently, says Dr Roe, the equipment is ...", "The problem, said Ann Lee, is
            // ...": an attribution set inside the sentence, the speaker after the cue; the
            // words reported are on both sides of it, which the postposed reading takes.
            // ("Most importantly, say analysts, the ...": when the sentence has no subject
            // before the cue, the phrase after it set off by commas is the speaker.)
            let inserted = v > 0
                && ctx.word(v - 1) == ","
                && match speaker.flatten() {
                    Some(np) => np.lo > v,
                    None => super::speaker::np_forward(ctx, v + 1, r.end)
                        .is_some_and(|np| np.lo == v + 1 && ctx.word(np.hi) == ","),
                };
            if forward_ok && !inserted {
                let speaker = speaker.flatten();
                if speaker.is_none_or(|np| has_contraction(ctx, np.lo, np.hi)) {
                    continue;
                }
                let attr = Attr {
                    cue: (v, v + 1),
                    speaker,
                    addressee,
                };
                if let Some(f) = found(ctx, lo, hi, attr) {
                    covered_to = hi;
                    out.push(f);
                }
                continue;
            }
            // "..., the ministry said (on Monday)." or "..., said the ministry."
            if let Some(f) = postposed(ctx, s, v, addressee) {
                after_attr = f.attr.and_then(|a| {
                    let np = a.speaker?;
                    let end = np.hi.max(v + 1);
                    (ctx.word(end) == ",").then_some((end, np))
                });
                out.push(f);
            }
        }
    }
}

/// `"...," said Jane Moss, adding that ...`: the speaker of the attribution that ends just
/// before a participle cue, among the quotes found so far (the participle's own subject would
/// be the sentence's, inside the quotation).
fn attribution_before(ctx: &Ctx<'_>, v: usize, out: &[Found]) -> Option<Np> {
    if !ctx.word(v).ends_with("ing") || v < 2 || ctx.word(v - 1) != "," {
        return None;
    }
    // The attribution is one of the last quotes found; the bound keeps this linear.
    out.iter().rev().take(8).find_map(|f| {
        let a = f.attr?;
        let np = a.speaker?;
        (np.hi.max(a.cue.1) == v - 1).then_some(np)
    })
}

/// Whether token `i` opens an -ing clause: "seeing more cases", "being turned away". Common
/// nouns in -ing are not.
fn gerund_at(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    (w.len() > 5 || w == "being")
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !ctx.quoted(i)
        && !ctx.is_any(
            i,
            &[
                "during",
                "according",
                "including",
                "regarding",
                "nothing",
                "something",
                "anything",
                "everything",
                "morning",
                "evening",
                "spring",
                "building",
                "meeting",
                "funding",
                "housing",
                "training",
                "spending",
                "earnings",
                "findings",
                "ruling",
                "hearing",
                "shooting",
                "bombing",
                "offering",
            ],
        )
}

/// Cue lemmas that report a request or advice as "VERB someone to do something".
const DIRECTIVE: &[&str] = &[
    "urge", "advise", "remind", "ask", "tell", "warn", "beg", "caution",
];

/// "The agency urged drivers to slow down": the request reported, from "to" on, with the
/// hearer in between (across an appositive: "asked the judge, a former mayor, to ...").
fn directive(ctx: &Ctx<'_>, v: usize, lemma: &str, end: usize) -> Option<Found> {
    if !DIRECTIVE.contains(&lemma) || ctx.word(v).ends_with("ing") {
        return None;
    }
    let hearer = np_after(ctx, v + 1, end)?;
    let mut c = hearer.hi;
    if ctx.word(c) == "," {
        // An appositive closes with a comma before "to".
        c = (c + 1..end.min(c + 20)).find(|&k| ctx.word(k) == ",")? + 1;
    }
    let to = if ctx.is_any(c, &["never", "not"]) {
        c + 1
    } else {
        c
    };
    let verb = ctx.toks.get(to + 1)?;
    if !ctx.is(to, "to")
        || verb.kind != TokenKind::Word
        || !ctx
            .word(to + 1)
            .starts_with(|x: char| x.is_ascii_lowercase())
    {
        return None;
    }
    let (lo, hi) = trim(ctx, c, clause_end(ctx, c, end.min(c + 80)));
    if words(ctx, lo, hi) < 3 || (lo..hi).any(|i| ctx.quoted(i)) {
        return None;
    }
    let speaker = subject_of(ctx, v).filter(|np| !has_contraction(ctx, np.lo, np.hi))?;
    found(
        ctx,
        lo,
        hi,
        Attr {
            cue: (v, v + 1),
            speaker: Some(speaker),
            addressee: Some(hearer),
        },
    )
}

/// "Experts believe that ...", "the study found that ...", "the poll shows that ...", "he
/// pointed out that ...": a verb of belief, finding or demand (see
/// [`super::cues::content_cue`]) reports what follows only when "that" opens a clause right
/// after it, which keeps out "found the keys" and "shows no sign". "That" followed at once by
/// a verb opens a relative clause ("the reports that surfaced"), not a content.
fn content_clause(ctx: &Ctx<'_>, v: usize, end: usize) -> Option<Found> {
    let t = ctx.toks.get(v)?;
    if t.kind != TokenKind::Word || ctx.quoted(v) {
        return None;
    }
    let w = ctx.word(v);
    let particle =
        ctx.is(v + 1, "out") && ctx.is_any(v, &["point", "points", "pointed", "pointing"]);
    // "That" is asked about first: it follows few words, and the lexicon is a search.
    let that = if particle { v + 2 } else { v + 1 };
    if !ctx.is(that, "that") || ctx.quoted(that) {
        return None;
    }
    if !particle && super::cues::content_cue(w).is_none() || plural_noun_reading(ctx, v) {
        return None;
    }
    if v > 0 {
        let q = v - 1;
        // "the finds that ...", "to show that ...", "did not find that ...": a noun, an
        // infinitive without its subject here, or a denial of the finding.
        if ctx.is_any(
            q,
            &[
                "the", "a", "an", "to", "not", "never", "his", "her", "their", "its", "our", "my",
                "your", "this", "that", "these", "those", "news", "police",
            ],
        ) || ctx.toks[q].kind == TokenKind::Possessive
            || ctx.word(q).ends_with("n't")
            || ctx.word(q).ends_with("n’t")
        {
            return None;
        }
        // A participle reports only after a comma or an auxiliary: "is demanding that".
        if w.ends_with("ing")
            && !matches!(ctx.word(q), "," | "—" | "–")
            && !ctx.is_any(q, &["is", "are", "was", "were", "and"])
        {
            return None;
        }
        // "It was widely expected that ...", "it has been determined that ...": a passive
        // names no one who believes or found it, and its "it" stands for nothing.
        let mut p = v;
        while p > 0 && is_adverb(ctx, p - 1) {
            p -= 1;
        }
        if !w.ends_with("ing")
            && p > 0
            && ctx.is_any(p - 1, &["is", "are", "was", "were", "be", "been", "being"])
        {
            return None;
        }
    }
    let (lo, hi) = that_clause(ctx, that, end, 3)?;
    let speaker = subject_of(ctx, v).filter(|np| !has_contraction(ctx, np.lo, np.hi))?;
    found(
        ctx,
        lo,
        hi,
        Attr {
            cue: (v, that),
            speaker: Some(speaker),
            addressee: None,
        },
    )
}

/// "rejected claims that ...", "despite claims that ...", "amid reports that ...": a cue
/// that is also a plural noun, right after a verb in the past or a preposition, is the noun,
/// not a verb whose subject speaks (the one who rejects claims did not make them).
fn plural_noun_reading(ctx: &Ctx<'_>, v: usize) -> bool {
    let Some(q) = v.checked_sub(1) else {
        return false;
    };
    ctx.is_any(v, PLURAL_CUE_NOUNS)
        && ctx.toks[q].kind == TokenKind::Word
        && ctx.sentence_of(q) == ctx.sentence_of(v)
        && ctx.is_any(q, BEFORE_PLURAL_NOUN)
}

/// Cues that are also plural nouns: "claims", "reports", "charges", "terms".
const PLURAL_CUE_NOUNS: &[&str] = &[
    "claims",
    "reports",
    "estimates",
    "rules",
    "notes",
    "forecasts",
    "comments",
    "remarks",
    "promises",
    "pledges",
    "vows",
    "charges",
    "terms",
];

/// Whether `w` is one of [`PLURAL_CUE_NOUNS`].
pub(super) fn is_plural_cue_noun(w: &str) -> bool {
    PLURAL_CUE_NOUNS.contains(&w)
}

/// Prepositions, and verbs that take claims, reports or charges as their object: after
/// them a word of [`PLURAL_CUE_NOUNS`] is the noun.
const BEFORE_PLURAL_NOUN: &[&str] = &[
    "despite",
    "amid",
    "amidst",
    "over",
    "about",
    "against",
    "of",
    "with",
    "by",
    "from",
    "following",
    "denied",
    "rejected",
    "dismissed",
    "disputed",
    "refuted",
    "contested",
    "challenged",
    "investigated",
    "welcomed",
    "echoed",
    "repeated",
    "published",
    "backed",
    "condemned",
    "criticised",
    "criticized",
    "ignored",
    "denying",
    "rejecting",
    "dismissing",
    "disputing",
    "deny",
    "denies",
    "reject",
    "rejects",
    "dismiss",
    "dismisses",
    "dispute",
    "disputes",
    "settle",
    "settled",
    "settling",
    "face",
    "faces",
    "faced",
    "facing",
    "drop",
    "dropped",
    "filed",
    "brought",
    // "broke rules that limit", "under new rules that", "its claims that": after a
    // determiner, a preposition or a verb that takes rules, the word is the noun.
    "under",
    "the",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "new",
    "break",
    "breaks",
    "broke",
    "broken",
    "breaking",
    "breach",
    "breached",
    "flout",
    "flouted",
    "obey",
    "obeyed",
    "follow",
    "followed",
    "introduce",
    "introduced",
    "tighten",
    "tightened",
    "relax",
    "relaxed",
    "changed",
];

/// "6% as forecast", "as predicted by analysts", "slower than forecast", "according to studio
/// estimates": a cue that only names where a figure comes from, inside "as ...", "than ..."
/// or "according to ...", reports no words of its own (the "according to" phrase is a source
/// of its own, see `according`).
fn inside_source_phrase(ctx: &Ctx<'_>, v: usize) -> bool {
    // ("quoted sources as saying" does report words.)
    let as_before = v > 0
        && ctx.is_any(v - 1, &["as", "than"])
        && !ctx.word(v).ends_with("ing")
        && (v + 1..v + 2).all(|k| {
            ctx.toks.get(k).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || ctx.is_any(
                        k,
                        &[
                            "by", "in", "earlier", "last", "before", "after", "at", "on", "for",
                            "this", "when",
                        ],
                    )
            })
        });
    let according = (v.saturating_sub(4)..v).any(|k| {
        according_at(ctx, k)
            && ctx.sentence_of(k) == ctx.sentence_of(v)
            && (k + 2..v).all(|i| ctx.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word))
    });
    as_before || according
}

/// Nouns of saying and believing that take a content clause: "his claim that ...".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "argument",
    "belief",
    "insistence",
    "acknowledgment",
    "acknowledgement",
    "contention",
    "prediction",
    "suggestion",
    "warning",
    "promise",
    "pledge",
    "vow",
];

/// "The senator's claim that ...", "her insistence that ...": a noun of saying or
/// believing whose owner is given by a possessive speaks the clause after "that". Without
/// an owner ("the claim that ...") the source is not in the phrase, and is left alone.
/// The reported clause after the "that" at `that`, as a token range: at least `min_words`
/// words with a finite verb, ending by `end`. "Reports that surfaced", "the claim that was
/// made" open relative clauses, not reported ones.
fn that_clause(ctx: &Ctx<'_>, that: usize, end: usize, min_words: usize) -> Option<(usize, usize)> {
    let c = that + 1;
    let next = ctx.word(c);
    if next.starts_with(|x: char| x.is_ascii_lowercase())
        && (next.ends_with("ed")
            || words::is_finite_auxiliary_any_case(next)
            || ctx.is_any(c, FINITE)
            || ctx.is_any(c, IRREGULAR_PAST))
    {
        return None;
    }
    let (lo, hi) = trim(ctx, c, clause_end(ctx, c, end.min(c + 120)));
    if lo >= hi
        || words(ctx, lo, hi) < min_words
        || !has_finite(ctx, lo, hi)
        || (ctx.quoted(c) && !continues_after_quote(ctx, c, hi))
    {
        return None;
    }
    Some((lo, hi))
}

fn claim_noun(ctx: &Ctx<'_>, v: usize, end: usize) -> Option<Found> {
    // The test for "that" first: it is one comparison, and it fails for almost every word.
    let that = v + 1;
    if v == 0 || !ctx.is(that, "that") || ctx.quoted(that) {
        return None;
    }
    if ctx.quoted(v) || !ctx.is_any(v, CLAIM_NOUNS) {
        return None;
    }
    let q = v - 1;
    let speaker = if ctx.is_any(q, &["his", "her", "their", "its"]) {
        Np {
            lo: q,
            hi: q + 1,
            head: (q, q + 1),
        }
    } else if ctx.toks[q].kind == TokenKind::Possessive && q > 0 {
        let floor = ctx
            .sentence_of(q)
            .and_then(|s| ctx.seg.sentences.get(s))
            .map_or(0, |s| s.tokens.start);
        super::speaker::np_backward(ctx, q, floor)?
    } else {
        return None;
    };
    // "The mayor's claim that the budget was balanced drew scorn": as the subject of its
    // sentence the clause runs into the main verb, whose start the clause test cannot see;
    // only a claim that follows a verb or a preposition ("disputed her claim that ...") is
    // taken.
    let lead = speaker.lo.checked_sub(1)?;
    if ctx.toks[lead].kind != TokenKind::Word
        || !ctx.word(lead).starts_with(|x: char| x.is_ascii_lowercase())
        || ctx.sentence_of(lead) != ctx.sentence_of(v)
        || ctx.is_any(lead, &["and", "but", "or"])
    {
        return None;
    }
    let (lo, hi) = that_clause(ctx, that, end, 4)?;
    if has_contraction(ctx, speaker.lo, speaker.hi) {
        return None;
    }
    found(
        ctx,
        lo,
        hi,
        Attr {
            cue: (v, v + 1),
            speaker: Some(speaker),
            addressee: None,
        },
    )
}

/// "Residents report (that) they ...": the plain form of "report", which the lexicon leaves
/// out because it is far more often the noun ("a police report"). It is the verb between a
/// plural subject (a word in -s just before it) and the clause it reports ("that", a subject
/// pronoun or an -ing clause just after).
fn plural_report(ctx: &Ctx<'_>, v: usize) -> Option<(super::cues::CueClass, &'static str)> {
    if !ctx.word(v).eq("report") || ctx.quoted(v) || v == 0 {
        return None;
    }
    let prev = ctx.toks.get(v - 1)?;
    let next_ok = ctx.is_any(v + 1, &["that", "they", "we", "it", "he", "she", "there"])
        || gerund_at(ctx, v + 1);
    let prev_ok = prev.kind == TokenKind::Word
        && ctx.word(v - 1).ends_with('s')
        && !ctx.is_any(v - 1, &["its", "his", "this", "was", "is", "has", "as"]);
    (next_ok && prev_ok).then_some((super::cues::CueClass::Say, "report"))
}

/// "CLAUSE, X said." with the attribution closing the sentence, or "CLAUSE, X said, CLAUSE."
/// with it in the middle (a quote of two parts).
fn postposed(ctx: &Ctx<'_>, s: usize, v: usize, addressee: Option<Np>) -> Option<Found> {
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    // The comma before the attribution, with only a short subject between.
    let mut k = v;
    // `... shot at them "like snipers," he said`: a comma inside the closing mark.
    let comma_at = |i: usize| {
        ctx.word(i) == ","
            || (i > r.start
                && ctx.toks[i].kind == TokenKind::Quote
                && ctx.quoted(i)
                && ctx.word(i - 1) == ",")
    };
    while k > r.start && v - k <= 8 && !comma_at(k - 1) {
        if ctx.quoted(k - 1) || matches!(ctx.toks[k - 1].kind, TokenKind::Punct) {
            return None;
        }
        k -= 1;
    }
    if k <= r.start || !comma_at(k - 1) {
        return None;
    }
    // A quoted stretch that opens the sentence is a direct quote, not reported speech.
    let quoted_tail = ctx.word(k - 1) != ",";
    if quoted_tail && ctx.quoted(r.start) {
        return None;
    }
    // A relative pronoun in lower case or title case: "WHO" is the World Health Organization.
    let relative = |i: usize, words: &[&str]| {
        ctx.is_any(i, words) && ctx.toks.get(i).is_some_and(|t| t.shape != Shape::Upper)
    };
    // ", which Beijing has denied", ", whose question showed the cost,": a
    // relative clause, not an attribution.
    if relative(
        k,
        &[
            "which", "who", "that", "what", "whom", "whose", "where", "when",
        ],
    ) {
        return None;
    }
    // ", but lowered its forecasts": a second predicate of the sentence's subject; ", she
    // published a statement that hinted ...": a clause of its own whose relative clause
    // holds the cue. Neither attributes the words before the comma.
    if ctx.is_any(k, &["and", "but", "or"])
        || (k..v).any(|i| relative(i, &["that", "which", "who", "whom"]))
    {
        return None;
    }
    // ", appeared in court accused of ...": a verb right after the comma is the sentence's
    // predicate, not an attribution's subject.
    if k < v
        && ed_form(ctx.word(k))
        && ctx.toks[k].kind == TokenKind::Word
        && ctx.toks[k].shape == Shape::Lower
    {
        return None;
    }
    let comma = k - 1;
    if comma - r.start > 150 {
        return None;
    }
    let speaker = if k == v {
        np_after(ctx, v + 1, r.end)
    } else {
        subject_of(ctx, v)
    };
    let speaker = speaker.filter(|np| np.lo >= k && !has_contraction(ctx, np.lo, np.hi))?;
    // After the attribution: the end of the sentence after a few words of circumstance ("on
    // Monday"), a participle (", adding that ..."), or the rest of the quote.
    let after = speaker.hi.max(v + 1).max(addressee.map_or(0, |a| a.hi));
    let next_comma = (after..r.end.min(after + 40)).find(|&i| ctx.word(i) == "," || ctx.quoted(i));
    let (tail_end, second) = match next_comma {
        Some(c) if ctx.word(c) == "," => {
            let n = c + 1;
            let w = ctx.word(n);
            let (a, b) = trim(ctx, n, r.end.min(n + 120));
            // ", adding that ...", ", a doctor.": not more of the quote; nor ", and as
            // families worry ...", a circumstance of the writer's.
            let sub = if ctx.is_any(n, &["and", "but"]) {
                n + 1
            } else {
                n
            };
            // Nor ", who also expected ...": a relative clause on the speaker, right after
            // the speaker's name.
            let subordinate = ctx.is_any(
                sub,
                &[
                    "as", "while", "because", "although", "though", "since", "when", "if", "after",
                    "before", "amid",
                ],
            ) || (c == speaker.hi && ctx.is_any(n, &["who", "which", "whose"]));
            // ", head of Corvex, is teaching ...": the speaker's description is no more of
            // the quote than the speaker.
            let a = after_description(ctx, a, b);
            if w.ends_with("ing")
                || ctx.is(n, "according")
                || subordinate
                || a >= b
                || !has_finite(ctx, a, b)
            {
                (c, None)
            } else {
                (c, Some((a, b)))
            }
        }
        Some(_) => return None,
        None => (r.end, None),
    };
    let rest_end = second.map_or(tail_end, |_| tail_end);
    let rest = (after..rest_end)
        .filter(|&i| ctx.toks[i].kind == TokenKind::Word)
        .count();
    // Only circumstance may follow the attribution: "said on Monday", "said in a statement".
    if rest > 0 && second.is_some() && !is_circumstance(ctx, after) {
        return None;
    }
    if second.is_none() && rest > 0 && !is_circumstance(ctx, after) && ctx.word(after) != "," {
        return None;
    }
    if rest > 8 || (after..rest_end).any(|i| ctx.is(i, "that")) {
        return None;
    }
    let (lo, hi) = if quoted_tail {
        (trim(ctx, r.start, comma).0, comma + 1)
    } else {
        trim(ctx, r.start, comma)
    };
    if lo >= hi || ctx.quoted(lo) {
        return None;
    }
    let attr = Attr {
        cue: (v, v + 1),
        speaker: Some(speaker),
        addressee,
    };
    match second {
        // The rest may hold terms in quotation marks (`it was not "the thing" itself`), not
        // a quotation of its own: it opens outside the marks and is mostly outside them.
        Some((a, b))
            if a < b && !ctx.quoted(a) && (a..b).filter(|&i| ctx.quoted(i)).count() * 2 < b - a =>
        {
            if words(ctx, lo, hi) + words(ctx, a, b) < 4 || !has_finite(ctx, lo, b) {
                return None;
            }
            // "But, says Ann Lee, it was not ...", "Currently, says Dr Roe, ...": a
            // conjunction or an adverb that opens the sentence is no part of its own; the
            // rest is the quote. ("The answer, says Ann Lee, is ..." keeps its subject.)
            if hi == lo + 1
                && (ctx.is_any(lo, &["but", "and", "so", "yet", "also", "instead", "still"])
                    || words::is_ly_adverb(ctx.word(lo)))
            {
                return found(ctx, a, b, attr);
            }
            let mut f = found(ctx, lo, hi, attr)?;
            let span = Span::new(ctx.toks.get(a)?.span.start, ctx.toks.get(b - 1)?.span.end);
            f.parts.push(Part {
                lo: a,
                hi: b,
                open: None,
                close: None,
                span,
            });
            Some(f)
        }
        Some(_) => None,
        None => {
            // "Marta Velkaro, the bank's policy chief, says card evidence works": after an
            // appositive, what follows the cue is no speaker, and the name before it no
            // reported clause; an inverted attribution follows a clause with its verb.
            if words(ctx, lo, hi) < 4
                || (opens_with_phrase(ctx, lo) && !main_clause_has_finite(ctx, lo, hi))
                || (k == v && !named(ctx, speaker) && !has_finite(ctx, lo, hi))
            {
                return None;
            }
            found(ctx, lo, hi, attr)
        }
    }
}

/// Where the words `a..b` after an attribution set inside a sentence go on, past a
/// description of the speaker they may open with (", head of phone firm Corvex, is
/// teaching ...", ", a Velmoran who left the country"): a phrase in lower case with a title
/// or a people's name in it and no verb, ended by a comma (the words go on after it) or by
/// a relative pronoun or the end (nothing of the quote follows: `b`). `a` when there is no
/// such description.
pub(super) fn after_description(ctx: &Ctx<'_>, a: usize, b: usize) -> usize {
    let starts_lower = ctx
        .toks
        .get(a)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape == lede_text::Shape::Lower);
    if !starts_lower {
        return a;
    }
    let limit = b.min(a + 14);
    let stop = (a..limit)
        .find(|&i| ctx.word(i) == "," || ctx.is_any(i, &["who", "which", "whose"]))
        .unwrap_or(limit);
    let described = (a..stop).any(|i| {
        let w = ctx.word(i);
        lists::title(&w.to_lowercase()).is_some()
            || lists::is_norp(w)
            || ctx.is_any(
                i,
                &["boss", "consultant", "expert", "guru", "partner", "fellow"],
            )
    });
    if stop == a || !described || has_finite(ctx, a, stop) {
        return a;
    }
    if ctx.word(stop) == "," {
        stop + 1
    } else if stop < b && !ctx.is_any(stop, &["who", "which", "whose"]) {
        a
    } else {
        b
    }
}

/// Whether token `lo` opens an adverbial phrase ("During the tour", "Shortly after the
/// poll"): a preposition or an adverb in -ly. What follows such an opening is reported
/// words only if a verb follows too; other openings are left alone, since the clause test
/// knows few present-tense verbs ("Each charge carries ...").
fn opens_with_phrase(ctx: &Ctx<'_>, lo: usize) -> bool {
    let w = ctx.word(lo);
    ctx.is_any(
        lo,
        &[
            "after",
            "before",
            "during",
            "despite",
            "following",
            "amid",
            "since",
            "until",
            "under",
            "over",
            "without",
            "with",
            "for",
            "from",
            "in",
            "on",
            "at",
            "by",
        ],
    ) || words::is_ly_adverb(w)
}

/// Whether `lo..hi` has a verb outside its relative clauses: "Shortly after the poll, which
/// the president won, officials agreed ..." opens with a phrase, not with reported words.
fn main_clause_has_finite(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    let mut start = lo;
    let mut relative = false;
    for i in lo..=hi {
        if i == hi || ctx.word(i) == "," {
            if !relative && start < i && has_finite(ctx, start, i) {
                return true;
            }
            start = i + 1;
            relative = ctx.is_any(start, &["which", "who", "whom", "whose"]);
        }
    }
    false
}

/// "according to X, CLAUSE" and "CLAUSE, according to X".
fn according(ctx: &Ctx<'_>, s: usize, v: usize) -> Option<Found> {
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    let mut speaker = np_after(ctx, v + 2, r.end)?;
    // "according to studio estimates": a noun that is also a cue ends the source's phrase,
    // which stops before cues.
    if speaker.hi < r.end
        && ctx.is_any(speaker.hi, &["estimates", "reports", "forecasts", "claims"])
        && ctx
            .word(speaker.hi - 1)
            .starts_with(|c: char| c.is_lowercase())
        && !ctx.quoted(speaker.hi)
    {
        speaker.hi += 1;
        speaker.head = (speaker.lo, speaker.hi);
    }
    let attr = Attr {
        cue: (v, v + 2),
        speaker: Some(speaker),
        addressee: None,
    };
    // "Shelter residents, according to the survey, are fearful": the attribution splits the
    // reported words in two parts.
    if v > r.start + 1 && ctx.word(v - 1) == "," {
        let mut c = speaker.hi;
        while c < r.end.min(speaker.hi + 8) && ctx.word(c) != "," {
            c += 1;
        }
        if ctx.word(c) == "," && c + 1 < r.end && v - r.start <= 150 {
            let (a, b) = trim(ctx, r.start, v - 1);
            let (x, y) = trim(ctx, c + 1, r.end.min(c + 121));
            if a < b
                && x < y
                && words(ctx, a, y) >= 4
                && !(a..b).any(|i| ctx.quoted(i))
                && !(x..y).any(|i| ctx.quoted(i))
                && (has_finite(ctx, x, y) || past_at(ctx, x))
            {
                let mut f = found(ctx, a, b, attr)?;
                let span = Span::new(ctx.toks.get(x)?.span.start, ctx.toks.get(y - 1)?.span.end);
                f.parts.push(Part {
                    lo: x,
                    hi: y,
                    open: None,
                    close: None,
                    span,
                });
                return Some(f);
            }
        }
    }
    let (lo, hi) = if v == r.start
        || (v > r.start && ctx.toks[v - 1].kind == TokenKind::Punct && v - 1 == r.start)
    {
        let mut c = speaker.hi;
        let dash = |i: usize| matches!(ctx.word(i), "—" | "–" | "--");
        if dash(c) {
            // "According to the survey — which polled adults — CLAUSE": past the aside.
            c += 1;
            while c < r.end.min(speaker.hi + 40) && !dash(c) {
                c += 1;
            }
        } else {
            while c < r.end.min(speaker.hi + 30) && ctx.word(c) != "," {
                c += 1;
            }
            // "According to X, an analyst at Y, CLAUSE": past an apposition to the source, a
            // phrase without a verb of its own. When a verb follows the second comma at once,
            // the phrase was the clause's subject ("..., the total, has doubled").
            if ctx.word(c) == "," && ctx.is_any(c + 1, &["a", "an", "the"]) {
                let mut d = c + 2;
                while d < r.end.min(c + 16) && ctx.word(d) != "," {
                    d += 1;
                }
                if ctx.word(d) == ","
                    && !has_finite(ctx, c + 1, d)
                    && !has_finite(ctx, d + 1, d + 2)
                    && has_finite(ctx, d + 2, r.end)
                {
                    c = d;
                }
            }
        }
        trim(ctx, c + 1, r.end.min(c + 121))
    } else if v > r.start && ctx.word(v - 1) == "," && v - r.start <= 150 {
        trim(ctx, r.start, v - 1)
    } else {
        return None;
    };
    if lo >= hi || words(ctx, lo, hi) < 3 || mostly_quoted(ctx, lo, hi) {
        return None;
    }
    found(ctx, lo, hi, attr)
}
