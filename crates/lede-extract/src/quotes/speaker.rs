//! Noun phrases around a cue: the speaker (subject) and the addressee (object) of a verb of
//! saying, found from the tokens alone.
//!
//! The subject of a cue is the noun phrase that opens its clause ("Top US diplomat Antony
//! Blinken said", "The United States and its allies have since warned"), found across an
//! appositive ("Hugh Hill, a doctor, said"), after an inverted cue ("said Blinken at a news
//! conference"), and as the subject of the sentence when the cue shares it ("Kyiv is watching,
//! and reiterated"). The head of a phrase is its last run of capitalized words when it ends in a
//! name, the whole phrase otherwise ("the ministry"). Which entity a phrase names is decided
//! later, from the entities stage, in [`super::resolve`]; this module knows no names.

use super::Ctx;
use super::cues::{CueClass, cue_class};
use lede_text::TokenKind;

/// A noun phrase: tokens `lo..hi`, and its head `head.0..head.1` inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    pub lo: usize,
    pub hi: usize,
    pub head: (usize, usize),
}

/// A cue with what it governs.
#[derive(Clone, Copy, Debug)]
pub struct Attr {
    /// The cue's tokens: one verb, or "according to".
    pub cue: (usize, usize),
    pub speaker: Option<Np>,
    pub addressee: Option<Np>,
}

const AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "been", "be", "being", "shall", "also",
    "again", "once", "later", "then", "still", "already", "never", "not", "n't", "reportedly",
    "allegedly", "publicly", "recently", "earlier", "instead", "repeatedly", "previously",
    "often", "always", "first", "finally", "just", "even", "now", "ever", "only", "further",
    "who", "which", "that", "whom", "whose", "when", "where", "while", "what", "as", "so",
];

const PREP: &[&str] = &[
    "at", "on", "in", "to", "for", "during", "from", "with", "by", "after", "before", "about",
    "into", "over", "since", "until", "under", "through", "via", "amid", "against", "without",
    "outside", "inside", "near", "upon", "like", "than", "because", "if", "whether", "though",
    "although", "but", "yet", "last", "this", "next", "earlier", "late", "today", "yesterday",
    "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
];

const DET: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those", "some", "many", "several", "two", "three", "both", "all", "each", "every", "any",
    "no", "another", "other", "one",
];

pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "me",
];

/// Words that may be capitalized before a name without being part of it.
const TITLES: &[&str] = &[
    "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor", "premier", "chief",
    "secretary", "general", "gen", "gen.", "judge", "justice", "mayor", "chancellor", "sir",
    "lord", "dame", "professor", "prof", "prof.", "rev", "rev.", "the", "pope", "king", "queen",
    "prince", "princess", "ambassador", "commissioner", "councillor", "councilor", "coach",
    "captain", "capt", "capt.", "lt", "lt.", "col", "col.", "sgt", "sgt.", "officer", "director",
    "spokesman", "spokeswoman", "spokesperson", "foreign", "finance", "defence", "defense",
    "top", "former", "deputy", "vice", "acting", "leader", "but", "and", "so", "yet", "meanwhile",
    "however", "still", "also", "now", "then", "when", "while", "after", "before", "in", "on",
    "at",
];

pub fn is_pronoun(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is_any(i, PRONOUNS)
}

/// Whether token `i` ends a clause or opens a new one for the purpose of finding a subject.
fn is_boundary(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return true;
    };
    match t.kind {
        TokenKind::Quote => true,
        TokenKind::Punct => !matches!(ctx.word(i), "." | "&"),
        TokenKind::Word => ctx.is_any(
            i,
            &[
                "that", "who", "which", "whom", "because", "whereas", "although", "though",
                "while", "but", "if", "when",
            ],
        ),
        _ => false,
    }
}

/// A cue word at `i` that reads as a verb here: lower case (or "According"), and not right
/// after a determiner ("the claims", "his warning").
pub fn cue_at(ctx: &Ctx<'_>, i: usize) -> Option<CueClass> {
    let t = ctx.toks.get(i)?;
    if t.kind != TokenKind::Word || ctx.quoted(i) {
        return None;
    }
    let w = ctx.word(i);
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let class = cue_class(w)?;
    if i > 0 && (ctx.is_any(i - 1, DET) || ctx.toks[i - 1].kind == TokenKind::Possessive) {
        return None;
    }
    Some(class)
}

/// "according to X": the token index of "according" when it starts the phrase at `i`.
pub fn according_at(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is(i, "according") && ctx.is(i + 1, "to") && !ctx.quoted(i)
}

/// Whether token `i` can belong to a noun phrase (before any stop rule).
fn np_token(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return false;
    };
    match t.kind {
        TokenKind::Word => {
            let w = ctx.word(i);
            let lower = w.starts_with(|c: char| c.is_lowercase());
            if lower && (ctx.is_any(i, AUX) || ctx.is_any(i, PREP) && !ctx.is(i, "of")) {
                return false;
            }
            if !lower && ctx.is_any(i, PREP) && ctx.is_any(i, &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"]) {
                return false;
            }
            if lower && cue_class(w).is_some() {
                return false;
            }
            // Adverbs end the phrase: "Putin once again claimed", "he reportedly said".
            !(lower && w.len() > 4 && w.ends_with("ly"))
        }
        TokenKind::Possessive | TokenKind::Number => true,
        TokenKind::Punct => ctx.word(i) == "&",
        _ => false,
    }
}

/// The noun phrase starting at `lo` (after a leading conjunction), ending before `limit`.
pub fn np_forward(ctx: &Ctx<'_>, lo: usize, limit: usize) -> Option<Np> {
    let mut lo = lo;
    while lo < limit && ctx.is_any(lo, &["and", "but", "or", "then", "so"]) {
        lo += 1;
    }
    let mut hi = lo;
    while hi < limit && hi - lo < 10 && np_token(ctx, hi) {
        // A determiner after a noun starts a second phrase: "called Putin his friend".
        if hi > lo && ctx.is_any(hi, DET) && !ctx.is(hi - 1, "of") && !ctx.is(hi - 1, "and") {
            break;
        }
        // "of" joins only when a phrase follows it.
        if ctx.is(hi, "of") && !(hi + 1 < limit && np_token(ctx, hi + 1)) {
            break;
        }
        hi += 1;
    }
    // A phrase does not end in "of" or "and".
    while hi > lo && ctx.is_any(hi - 1, &["of", "and", "or"]) {
        hi -= 1;
    }
    (hi > lo).then(|| Np { lo, hi, head: head(ctx, lo, hi) })
}

/// The head of the phrase `lo..hi`: its final name, or the whole phrase.
fn head(ctx: &Ctx<'_>, lo: usize, hi: usize) -> (usize, usize) {
    let cap = |i: usize| ctx.toks.get(i).is_some_and(|t| t.is_capitalized());
    if cap(hi - 1) {
        let mut a = hi - 1;
        while a > lo && cap(a - 1) {
            a -= 1;
        }
        // Titles before a name are not the name: "President Xi", "Foreign Minister Wang Yi".
        while a + 1 < hi && ctx.is_any(a, TITLES) {
            a += 1;
        }
        return (a, hi);
    }
    let mut a = lo;
    while a + 1 < hi && ctx.is_any(a, &["and", "but", "or"]) {
        a += 1;
    }
    (a, hi)
}

/// The start of the clause holding token `v`: just after the nearest boundary before it.
fn clause_start(ctx: &Ctx<'_>, v: usize, floor: usize) -> usize {
    let mut b = v;
    while b > floor && !is_boundary(ctx, b - 1) {
        b -= 1;
    }
    b
}

/// The subject of the cue at `v`: the phrase that opens its clause, across an appositive,
/// or the subject of its sentence when the clause has none of its own.
pub fn subject_of(ctx: &Ctx<'_>, v: usize) -> Option<Np> {
    let s = ctx.sentence_of(v)?;
    let floor = ctx.seg.sentences.get(s)?.tokens.start;
    let b = clause_start(ctx, v, floor);
    if let Some(np) = np_forward(ctx, b, v) {
        return Some(np);
    }
    // "Hugh Hill, a doctor, said": the clause is empty and ends an appositive.
    if b > floor && ctx.word(b - 1) == "," {
        let a = clause_start(ctx, b - 1, floor);
        if a > floor && a + 1 < b && ctx.word(a - 1) == "," {
            let c = a - 1;
            let d = clause_start(ctx, c, floor);
            if let Some(np) = np_forward(ctx, d, c)
                && np.hi == c
            {
                return Some(np);
            }
        }
    }
    sentence_subject(ctx, s, v)
}

/// The subject of sentence `s`: its first noun phrase, after an opening conjunction or an
/// opening phrase set off by a comma ("On Monday, ...").
pub fn sentence_subject(ctx: &Ctx<'_>, s: usize, limit: usize) -> Option<Np> {
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    let mut lo = r.start;
    while lo < limit && (ctx.toks[lo].kind != TokenKind::Word || ctx.is_any(lo, &["and", "but", "so", "however", "meanwhile", "still"])) {
        lo += 1;
    }
    if lo < limit && ctx.is_any(lo, PREP) {
        // Skip an opening adverbial up to its comma.
        let mut j = lo;
        while j < limit && j < lo + 12 && ctx.word(j) != "," {
            j += 1;
        }
        if j < limit && ctx.word(j) == "," {
            lo = j + 1;
        }
    }
    let np = np_forward(ctx, lo, limit.min(r.end))?;
    // A subject is followed by its verb, not by more punctuation-free noun text.
    Some(np)
}

/// The phrase after the cue at `v` (for "said Blinken at ...", "according to X").
pub fn np_after(ctx: &Ctx<'_>, start: usize, limit: usize) -> Option<Np> {
    let np = np_forward(ctx, start, limit)?;
    (np.lo == start).then_some(np)
}

/// The addressee of the cue at `v`: "told Xi", "claimed to Xi", "told reporters".
pub fn addressee_of(ctx: &Ctx<'_>, v: usize, class: CueClass, limit: usize) -> Option<Np> {
    let next = v + 1;
    if ctx.is(next, "to") {
        return np_after(ctx, next + 1, limit);
    }
    match class {
        CueClass::Tell => np_after(ctx, next, limit).filter(|np| !ctx.is_any(np.lo, &["that", "it"])),
        // "called Putin his friend": the person the words are about and to.
        CueClass::Manner if ctx.is_any(v, &["call", "calls", "called", "calling"]) => {
            np_after(ctx, next, limit).filter(|np| {
                np.hi - np.lo <= 3
                    && (ctx.toks[np.lo].is_capitalized() || ctx.is_any(np.lo, &["him", "her", "them"]))
            })
        }
        _ => None,
    }
}
