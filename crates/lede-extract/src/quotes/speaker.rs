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
use super::cues::{CueClass, cue, cue_class};
use crate::words;
use lede_text::{Shape, TokenKind};

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

/// Other words that may stand between a subject and its verb: adverbs ("Putin later
/// said", "she never denied"), negation, and the words that open a relative clause.
const BEFORE_VERB: &[&str] = &[
    "also",
    "again",
    "once",
    "later",
    "then",
    "still",
    "already",
    "never",
    "not",
    "n't",
    "reportedly",
    "allegedly",
    "publicly",
    "recently",
    "earlier",
    "instead",
    "repeatedly",
    "previously",
    "often",
    "always",
    "first",
    "finally",
    "just",
    "even",
    "now",
    "ever",
    "only",
    "further",
    "who",
    "which",
    "that",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "what",
    "as",
    "so",
];

/// Whether token `i` may stand between a subject and its verb, and so ends a subject
/// phrase: an auxiliary or one of [`BEFORE_VERB`].
fn before_verb(ctx: &Ctx<'_>, i: usize) -> bool {
    is_auxiliary(ctx, i) || ctx.is_any(i, BEFORE_VERB)
}

/// Whether token `i` is an auxiliary or modal verb in any form ("was", "been", "may").
pub fn is_auxiliary(ctx: &Ctx<'_>, i: usize) -> bool {
    words::is_finite_auxiliary_any_case(ctx.word(i)) || ctx.is_any(i, &["be", "been", "being"])
}

/// Prepositions, conjunctions and time words that open a phrase of circumstance; see
/// [`is_prep`] for weekdays and months.
const PREP: &[&str] = &[
    "at",
    "on",
    "in",
    "to",
    "for",
    "during",
    "from",
    "with",
    "by",
    "after",
    "before",
    "about",
    "into",
    "over",
    "since",
    "until",
    "under",
    "through",
    "via",
    "amid",
    "against",
    "without",
    "outside",
    "inside",
    "near",
    "upon",
    "like",
    "than",
    "because",
    "if",
    "whether",
    "though",
    "although",
    "but",
    "yet",
    "last",
    "this",
    "next",
    "earlier",
    "late",
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
];

/// Whether token `i` is one of [`PREP`], a weekday or a month: words that open a phrase of
/// circumstance rather than a subject ("on Monday", "in March", "Monday's ruling").
fn is_prep(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    ctx.is_any(i, PREP)
        || words::is_weekday(w)
        || (words::is_month(w) && !w.eq_ignore_ascii_case("may"))
}

const DET: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "some", "many", "several", "two", "three", "both", "all", "each", "every", "any", "no",
    "another", "other", "one",
];

/// Adverbs that open a sentence before its subject, set off by a comma.
const SENTENCE_ADVERBS: &[&str] = &[
    "nonetheless",
    "nevertheless",
    "however",
    "meanwhile",
    "still",
    "instead",
    "now",
    "then",
    "yet",
    "also",
    "moreover",
    "furthermore",
    "indeed",
    "besides",
    "otherwise",
    "today",
    "yesterday",
    "later",
    "earlier",
    "first",
    "finally",
    "separately",
    "overall",
    "initially",
    "again",
    "thus",
    "so",
    "but",
    "and",
    "though",
    "anyway",
    "meantime",
    "afterwards",
];

/// Past tenses that end a subject phrase: "Alice began talking".
pub const IRREGULAR_PAST: &[&str] = &[
    "made",
    "left",
    "took",
    "got",
    "came",
    "went",
    "found",
    "gave",
    "saw",
    "knew",
    "became",
    "began",
    "kept",
    "held",
    "brought",
    "bought",
    "felt",
    "met",
    "ran",
    "paid",
    "sent",
    "spent",
    "stood",
    "lost",
    "won",
    "led",
    "fell",
    "hit",
    "shot",
    "built",
    "drove",
    "rose",
    "chose",
    "broke",
    "sold",
    "taught",
    "caught",
    "fought",
    "sought",
    "meant",
    "heard",
    "understood",
    "grew",
    "threw",
    "wore",
    "flew",
    "forgot",
    "sat",
    "slept",
    "woke",
    "ate",
    "drank",
    "put",
    "quit",
    "shut",
    "let",
];

/// Determiners before which a cue word is a noun.
const ARTICLES: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
];

pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "them", "me",
];

/// Words that may be capitalized before a name without being part of it.
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sen",
    "sen.",
    "senator",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "governor",
    "premier",
    "chief",
    "secretary",
    "general",
    "gen",
    "gen.",
    "judge",
    "justice",
    "mayor",
    "chancellor",
    "sir",
    "lord",
    "dame",
    "professor",
    "prof",
    "prof.",
    "rev",
    "rev.",
    "the",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "ambassador",
    "commissioner",
    "councillor",
    "councilor",
    "coach",
    "captain",
    "capt",
    "capt.",
    "lt",
    "lt.",
    "col",
    "col.",
    "sgt",
    "sgt.",
    "officer",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "foreign",
    "finance",
    "defence",
    "defense",
    "top",
    "former",
    "deputy",
    "vice",
    "acting",
    "leader",
    "but",
    "and",
    "so",
    "yet",
    "meanwhile",
    "however",
    "still",
    "also",
    "now",
    "then",
    "when",
    "while",
    "after",
    "before",
    "in",
    "on",
    "at",
];

/// Whether a phrase of lower-case words without a determiner starts at `j` and runs into a
/// cue in the past tense: "(shares rose after) analysts predicted", "(it comes after) law
/// lords ruled". After "after" or "before" such a phrase is the subject of a clause of its
/// own, not the object of a preposition ("after months of talks").
fn bare_subject_of_cue(ctx: &Ctx<'_>, j: usize) -> bool {
    runs_into_past_cue(ctx, j, 3, |i| {
        lower_word(ctx, i) && !ctx.is_any(i, DET) && !ctx.is_any(i, &["and", "or", "but"])
    })
}

/// Whether tokens from `j` on, each passing `part` and none a cue, run within `max` tokens
/// into a cue in the past tense (a verb of saying, or of finding and ruling). One pass
/// forward: the test sits on every clause boundary the subject search walks over.
fn runs_into_past_cue(ctx: &Ctx<'_>, j: usize, max: usize, part: impl Fn(usize) -> bool) -> bool {
    for k in j..=j + max {
        let w = ctx.word(k);
        if k > j
            && lower_word(ctx, k)
            && (cue(w).is_some() || super::cues::content_cue(w).is_some())
            && (w.ends_with("ed") || ctx.is_any(k, &["said", "told", "wrote", "thought"]))
        {
            return true;
        }
        if k == j + max || !part(k) || cue(w).is_some() {
            return false;
        }
    }
    false
}

/// Whether token `k` is a word in lower case.
fn lower_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.toks
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
}

/// Whether a short phrase, with a determiner only at its start, starts at `j` and runs into
/// a cue in the past tense: "(as) the group announced", "(as) Zentra said".
fn subject_before_cue(ctx: &Ctx<'_>, j: usize) -> bool {
    runs_into_past_cue(ctx, j, 4, |i| {
        np_token(ctx, i) && !ctx.is_any(i, &["and", "or", "but"]) && (i == j || !ctx.is_any(i, DET))
    })
}

/// Whether token `i` ends a clause or opens a new one for the purpose of finding a subject.
fn is_boundary(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else {
        return true;
    };
    match t.kind {
        TokenKind::Quote => true,
        // A hyphen that touches the word before it joins ("U.S.-based"); a spaced one does not.
        TokenKind::Punct => match ctx.word(i) {
            "." | "&" => false,
            "-" => i > 0 && ctx.toks[i - 1].span.end < t.span.start,
            _ => true,
        },
        // (Not an acronym in capitals: "the WHO said".)
        TokenKind::Word if t.shape == Shape::Upper && t.span.len() > 1 => false,
        TokenKind::Word => {
            ctx.is_any(
                i,
                &[
                    "that", "who", "which", "whom", "because", "whereas", "although", "though",
                    "while", "but", "if", "when", "what", "whether",
                ],
            )
            // "shortly after Lopez said": a conjunction opening a clause with its own
            // subject, not a preposition ("after the meeting").
            || ctx.is_any(i, &["after", "before", "since", "until", "once", "unless"])
                && (ctx.is_any(i + 1, PRONOUNS)
                    || ctx
                        .toks
                        .get(i + 1)
                        .is_some_and(|t| t.is_capitalized() && !is_day(ctx, i + 1))
                    || bare_subject_of_cue(ctx, i + 1))
            // "News of the deal came as the group announced that": "as" before a subject
            // and its cue in the past tense, not "as a result" nor "as well".
            || ctx.is(i, "as") && subject_before_cue(ctx, i + 1)
        }
        _ => false,
    }
}

/// A cue word at `i` that reads as a verb of saying here: lower case, not a noun after a
/// determiner ("the claims", "his earlier stated aims"), not passive ("was told") and not
/// negated ("did not say").
pub fn cue_at(ctx: &Ctx<'_>, i: usize) -> Option<CueClass> {
    cue_lemma_at(ctx, i).map(|c| c.0)
}

pub fn cue_lemma_at(ctx: &Ctx<'_>, i: usize) -> Option<(CueClass, &'static str)> {
    let t = ctx.toks.get(i)?;
    if t.kind != TokenKind::Word || ctx.quoted(i) {
        return None;
    }
    let w = ctx.word(i);
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let cue = cue(w)?;
    // "his bail terms were", "whose claims were", "all claims would be": a cue that is also
    // a plural noun, before a plural verb or a modal, is the noun, unless it follows a
    // subject of its own in a relative clause ("which it claims are"). ("The panel says
    // are" is no plural noun.)
    if super::indirect::is_plural_cue_noun(w)
        && ctx.is_any(
            i + 1,
            &[
                "are", "were", "have", "had", "would", "will", "could", "should", "might", "must",
            ],
        )
        && i > 0
        && ctx.toks[i - 1].kind == TokenKind::Word
        && !ctx.is_any(i - 1, PRONOUNS)
        && !ctx.toks[i - 1].is_capitalized()
        && !(i.saturating_sub(4)..i).any(|k| ctx.is_any(k, &["what", "which", "that", "who"]))
    {
        return None;
    }
    // "Told" takes its hearer as an object; with a clause right after it ("diagnosed with
    // cancer and told he had months to live", "told that the plant would close") it is a
    // passive whose subject heard the words, not said them.
    if matches!(w, "told" | "informed")
        && ctx.is_any(i + 1, &["he", "she", "they", "we", "i", "that"])
    {
        return None;
    }
    // A participle attributes only after a comma or a conjunction (", saying ...", "as
    // saying"); "reports saying ..." describes the reports.
    if w.ends_with("ing")
        && i > 0
        && !matches!(ctx.word(i - 1), "," | "—" | "–")
        && !ctx.is_any(
            i - 1,
            &[
                "and", "as", "by", "while", "after", "before", "in", "when", "was", "were", "is",
                "are", "been", "be",
            ],
        )
    {
        return None;
    }
    let mut p = i;
    while p > 0 && is_adverb(ctx, p - 1) {
        p -= 1;
    }
    if p > 0 {
        let q = p - 1;
        // "the claims", "his earlier stated aims": a noun. "Some suggested", "Many
        // said": quantifiers stand as subjects. "to tell", "to confirm": an infinitive whose
        // speaker is not said here.
        if ctx.is_any(q, ARTICLES) || ctx.toks[q].kind == TokenKind::Possessive || ctx.is(q, "to") {
            return None;
        }
        if ctx.is_any(q, &["not", "never"])
            || ctx.word(q).ends_with("n't")
            || ctx.word(q).ends_with("n’t")
        {
            return None;
        }
        if !w.ends_with("ing")
            && ctx.is_any(
                q,
                &[
                    "was", "were", "been", "be", "is", "are", "being", "get", "got",
                ],
            )
        {
            return None;
        }
    }
    Some(cue)
}

pub(super) fn is_adverb(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    (words::is_ly_adverb(w) && w.starts_with(|c: char| c.is_lowercase()))
        || ctx.is_any(
            i,
            &[
                "also", "again", "once", "later", "then", "still", "already", "instead", "earlier",
                "first", "further", "even", "just", "now",
            ],
        )
        // "The minister meanwhile said", "The union however claimed".
        || ctx.is_any(i, &["meanwhile", "however", "nonetheless", "nevertheless"])
}

/// "according to X": the token index of "according" when it starts the phrase at `i`.
pub fn according_at(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is(i, "according") && ctx.is(i + 1, "to") && !ctx.quoted(i)
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "rev",
    "jr", "sr", "capt", "supt", "insp", "det", "cpl", "maj", "adm", "atty", "hon", "mt", "ft",
];

/// A period that belongs to a name: after an initial ("J.") or a title ("Dr.").
fn name_period(ctx: &Ctx<'_>, i: usize) -> bool {
    i > 0 && ctx.word(i) == "." && ctx.toks.get(i + 1).is_some_and(|t| t.is_capitalized()) && {
        let p = ctx.word(i - 1);
        (p.len() == 1 && p.starts_with(|c: char| c.is_uppercase())) || ctx.is_any(i - 1, ABBREV)
    }
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
            // ("the first minister", "an earlier report", "the only witness": after a
            // determiner these words are adjectives, not adverbs before a verb.)
            let adjective = i > 0
                && ctx.is_any(i - 1, DET)
                && ctx.is_any(i, &["first", "later", "earlier", "only", "further"]);
            if lower && (before_verb(ctx, i) && !adjective || is_prep(ctx, i) && !ctx.is(i, "of")) {
                return false;
            }
            // A day is no part of the phrase, unless it opens a name after "the" ("the
            // Sunday Telegraph", "the Monday Club").
            if !lower
                && is_day(ctx, i)
                && !(i > 0
                    && ctx.is(i - 1, "the")
                    && ctx.toks.get(i + 1).is_some_and(|t| t.is_capitalized()))
            {
                return false;
            }
            // A cue's word right after a determiner is a noun: "the bill", "a report"; so is
            // one after a determiner and an adjective of its kind: "a previous estimate", "the
            // latest report".
            let after_det = i > 0 && ctx.is_any(i - 1, DET)
                || i > 1
                    && ctx.is_any(i - 2, DET)
                    && ctx.is_any(
                        i - 1,
                        &[
                            "previous",
                            "new",
                            "latest",
                            "recent",
                            "earlier",
                            "separate",
                            "official",
                            "independent",
                            "initial",
                            "final",
                            "annual",
                        ],
                    );
            if lower && cue_class(w).is_some() && !after_det {
                return false;
            }
            // Adverbs end the phrase: "Putin once again claimed", "he reportedly said".
            !(lower && words::is_ly_adverb(w))
        }
        TokenKind::Possessive | TokenKind::Number => true,
        TokenKind::Punct => name_period(ctx, i),
        // "Marks & Spencer said", "80% said": a name's ampersand, a number's percent sign.
        TokenKind::Symbol => {
            ctx.word(i) == "&"
                || ctx.word(i) == "%"
                    && i > 0
                    && ctx
                        .toks
                        .get(i - 1)
                        .is_some_and(|t| t.kind == TokenKind::Number)
        }
        _ => false,
    }
}

/// Whether token `i` names a stretch of time after "last", "this" or "next": "week",
/// "month", "summer", a weekday or a month.
fn is_time_noun(ctx: &Ctx<'_>, i: usize) -> bool {
    is_day(ctx, i)
        || words::is_month_or_abbreviation(ctx.word(i))
        || ctx.is_any(
            i,
            &[
                "week",
                "month",
                "year",
                "weekend",
                "night",
                "morning",
                "afternoon",
                "evening",
                "spring",
                "summer",
                "autumn",
                "winter",
                "season",
                "quarter",
                "time",
            ],
        )
}

/// Days named without a date: after "after" or "before" they are the circumstance, not a
/// subject ("after Monday").
fn is_day(ctx: &Ctx<'_>, i: usize) -> bool {
    words::is_weekday(ctx.word(i)) || ctx.is_any(i, &["today", "yesterday", "tonight"])
}

/// "In a statement Ann Roe said", "During the interview Mr Okafor said", "At a press
/// conference Zentra announced": a phrase of the occasion opens the clause `b..e` without a
/// comma, and the name right before the cue, which would otherwise read as the object of
/// the preposition, is its subject.
fn name_after_occasion(ctx: &Ctx<'_>, b: usize, e: usize) -> Option<Np> {
    let b = if time_adverb(ctx, b, e) { b + 1 } else { b };
    if !ctx.is_any(b, &["in", "at", "during", "on"]) {
        return None;
    }
    // The occasion's noun within five words of the preposition, after words, names or
    // possessives only: "In the Cosmopolitan interview", "at their poster launch", "On BBC
    // Radio 4's Today programme".
    let o = (b + 1..e.min(b + 6)).find(|&k| ctx.is_any(k, OCCASIONS))?;
    let plain = (b + 1..o).all(|k| {
        !ctx.quoted(k)
            && ctx.toks.get(k).is_some_and(|t| {
                matches!(
                    t.kind,
                    TokenKind::Word | TokenKind::Possessive | TokenKind::Number
                )
            })
    });
    let np = np_forward(ctx, o + 1, e).filter(|np| plain && np.hi == e)?;
    named(ctx, np).then_some(np)
}

/// Nouns of the occasion on which someone speaks: "in a statement", "during the interview".
const OCCASIONS: &[&str] = &[
    "statement",
    "interview",
    "speech",
    "letter",
    "message",
    "address",
    "conference",
    "briefing",
    "broadcast",
    "debate",
    "hearing",
    "testimony",
    "email",
    "e-mail",
    "programme",
    "program",
    "show",
    "article",
    "column",
    "launch",
    "rally",
    "meeting",
    "summit",
    "ceremony",
];

/// Whether the lowercase word at `i`, inside a phrase begun at `lo`, reads as its verb:
/// "the deal collapsed", "Okafor remembers him".
fn verb_like(ctx: &Ctx<'_>, lo: usize, i: usize) -> bool {
    if i == lo {
        return false;
    }
    let w = ctx.word(i);
    if !w.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let prev_det = ctx.is_any(i - 1, DET)
        || ctx.is_any(
            i - 1,
            &["more", "most", "very", "less", "so-called", "newly"],
        );
    if prev_det {
        return false;
    }
    if (w.len() > 4 && w.ends_with("ed")) || ctx.is_any(i, IRREGULAR_PAST) {
        return true;
    }
    // "Smith saying he ...", but not "UK advertising giant WPP", "US banking group Citi":
    // an "-ing" word before a noun and a name modifies the noun.
    let modifies = || {
        open_lower_word(ctx, i + 1)
            && !is_prep(ctx, i + 1)
            && ctx.toks.get(i + 2).is_some_and(|t| t.is_capitalized())
    };
    if w.len() > 5 && w.ends_with("ing") && ctx.toks[i - 1].is_capitalized() && !modifies() {
        return true;
    }
    // "Ann Lee reports: ...", "Ann sings to Rob": a verb after a name.
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && (ctx.is_any(i + 1, DET)
            || ctx.is_any(i + 1, PRONOUNS)
            || ctx.is(i + 1, "that")
            || ctx.is_any(i + 1, &[":", "to"]) && ctx.toks[i - 1].is_capitalized())
}

/// The noun phrase starting at `lo` (after a leading conjunction), ending before `limit`.
pub fn np_forward(ctx: &Ctx<'_>, lo: usize, limit: usize) -> Option<Np> {
    let mut lo = lo;
    while lo < limit
        && (ctx.is_any(lo, &["and", "but", "or", "then", "so"]) || time_adverb(ctx, lo, limit))
    {
        lo += 1;
    }
    // "Last month it said", "This week the board warned": a time opening the clause is no
    // part of its subject.
    if lo + 2 < limit && ctx.is_any(lo, &["last", "this", "next"]) && is_time_noun(ctx, lo + 1) {
        lo += 2;
    }
    if is_prep(ctx, lo) && !ctx.is_any(lo, &["this", "last", "next"]) {
        return None;
    }
    let mut hi = lo;
    loop {
        // "Sources familiar with the deal", "people close to the minister", "officials
        // within the party": a phrase that says whose or where the speakers are goes on
        // the subject.
        if hi > lo
            && hi + 2 < limit
            && (ctx.is_any(hi - 1, &["familiar", "close"]) && ctx.is_any(hi, &["with", "to"])
                || ctx.is_any(hi, &["within", "inside"]))
            && np_token(ctx, hi + 1)
        {
            hi += 1;
            let mut k = hi;
            while k < limit && k - hi < 6 && np_token(ctx, k) {
                k += 1;
            }
            hi = k;
            break;
        }
        if !(hi < limit && hi - lo < 10 && np_token(ctx, hi)) {
            break;
        }
        // A determiner after a noun starts a second phrase: "called Putin his friend"; so does
        // a pronoun: "told investigators he ...".
        // ("The two firms", "all three members": a count after a determiner is no new
        // phrase.)
        if hi > lo
            && (ctx.is_any(hi, DET) || ctx.is_any(hi, PRONOUNS))
            && !ctx.is(hi - 1, "of")
            && !ctx.is(hi - 1, "and")
            && !(ctx.is_any(hi - 1, DET) && ctx.is_any(hi, DET))
        {
            break;
        }
        if verb_like(ctx, lo, hi) {
            break;
        }
        // "of" joins only when a phrase follows it.
        if ctx.is(hi, "of") && !(hi + 1 < limit && np_token(ctx, hi + 1)) {
            break;
        }
        hi += 1;
    }
    // A phrase does not end in "of" or "and".
    while hi > lo && (ctx.is_any(hi - 1, &["of", "and", "or"]) || ctx.word(hi - 1) == ".") {
        hi -= 1;
    }
    (hi > lo).then(|| Np {
        lo,
        hi,
        head: head(ctx, lo, hi),
    })
}

/// "Later the minister said", "Meanwhile companies insist": an adverb of time opening a
/// clause is no part of its subject. "Earlier" and "later" only before a determiner, a
/// pronoun, a preposition or a capital: "earlier work showed" is the subject's adjective.
fn time_adverb(ctx: &Ctx<'_>, i: usize, limit: usize) -> bool {
    i + 1 < limit
        && (ctx.is_any(
            i,
            &[
                "meanwhile",
                "separately",
                "elsewhere",
                "previously",
                "afterwards",
                "subsequently",
            ],
        ) || ctx.is_any(i, &["later", "earlier"])
            && (ctx.is_any(i + 1, DET)
                || ctx.is_any(i + 1, PRONOUNS)
                || ctx.is_any(i + 1, &["at", "in", "on", "during"])
                || ctx.toks.get(i + 1).is_some_and(|t| t.is_capitalized())))
}

/// The noun phrase ending just before `end`, no earlier than `floor`: "John McCallum" in
/// "after John McCallum, ...".
pub fn np_backward(ctx: &Ctx<'_>, end: usize, floor: usize) -> Option<Np> {
    let mut lo = end;
    while lo > floor
        && end - lo < 8
        && np_token(ctx, lo - 1)
        && !ctx.is_any(lo - 1, &["and", "or", "but"])
    {
        lo -= 1;
        if ctx.is_any(lo, DET) || ctx.is_any(lo, PRONOUNS) {
            break;
        }
    }
    (lo < end).then(|| Np {
        lo,
        hi: end,
        head: head(ctx, lo, end),
    })
}

/// The head of the phrase `lo..hi`: its final name, or the whole phrase.
fn head(ctx: &Ctx<'_>, lo: usize, hi: usize) -> (usize, usize) {
    let cap = |i: usize| ctx.toks.get(i).is_some_and(|t| t.is_capitalized()) || name_period(ctx, i);
    if cap(hi - 1) {
        let mut a = hi - 1;
        while a > lo && cap(a - 1) {
            a -= 1;
        }
        // Titles before a name are not the name: "President Xi", "Dr. Jane Roe".
        while a + 1 < hi && (ctx.is_any(a, TITLES) || ctx.is_any(a, ABBREV) || ctx.word(a) == ".") {
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

/// Whether any token of `lo..hi` is a contraction ("I'm", "it's hard", "we're"), which no
/// speaker phrase holds.
pub fn has_contraction(ctx: &Ctx<'_>, lo: usize, hi: usize) -> bool {
    (lo..hi).any(|i| {
        let w = ctx.word(i);
        // A possessive "'s" is its own token ("the admiral's lawyers"): only after a pronoun
        // is it a verb ("it's", "she's").
        (ctx.toks[i].kind != TokenKind::Possessive
            && w.char_indices().any(|(k, c)| {
                matches!(c, '\'' | '’')
                    && w[k + c.len_utf8()..].starts_with(|d: char| d.is_lowercase())
            }))
            || (ctx.toks[i].kind == TokenKind::Possessive
                && i > lo
                && ctx.is_any(i - 1, &["it", "that", "there", "what", "he", "she"]))
    })
}

/// Whether the phrase's head ends in a name.
pub fn named(ctx: &Ctx<'_>, np: Np) -> bool {
    np.head.1 > np.head.0
        && ctx
            .toks
            .get(np.head.1 - 1)
            .is_some_and(|t| t.is_capitalized())
        && !ctx.is_any(np.head.0, PRONOUNS)
        && !has_contraction(ctx, np.head.0, np.head.1)
}

/// Whether the phrase starting at `lo` is the object of a preposition ("in a carefully
/// worded response"), looking back no further than `floor`.
///
/// A day named right before the phrase is the object itself ("on Monday the minister
/// said"), not a preposition; but not before its own possessive ("Friday's statement").
fn after_preposition(ctx: &Ctx<'_>, lo: usize, floor: usize) -> bool {
    let mut j = lo;
    while j > floor && (is_adverb(ctx, j - 1) || ctx.is_any(j - 1, DET)) {
        j -= 1;
    }
    j > floor
        && is_prep(ctx, j - 1)
        && !(is_day(ctx, j - 1) && ctx.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word))
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
/// after an inverted cue, or the subject of its sentence when the clause has none of its own.
pub fn subject_of(ctx: &Ctx<'_>, v: usize) -> Option<Np> {
    // "What really riles me is ..., but say they ...": a quotation whose closing mark is
    // missing reads in part as narration, with its own "say", whose subject is no speaker.
    // Only a pronoun or a word like "What" inside the marks is dropped: after a mark left
    // open the rest of the paragraph counts as quoted, narration and its names too.
    // A subject pronoun is a phrase alone: "I think it shows that", "you go and ask".
    let alone = |np: Np| {
        // (A phrase with a contraction, "I don't ever recall", is left for the callers to
        // refuse.)
        if np.hi > np.lo + 1
            && ctx.is_any(np.lo, &["i", "you", "we", "they", "he", "she"])
            && !has_contraction(ctx, np.lo, np.hi)
        {
            Np {
                lo: np.lo,
                hi: np.lo + 1,
                head: (np.lo, np.lo + 1),
            }
        } else {
            np
        }
    };
    // Nor does "you" speak in news: a reader addressed, or words quoted without their marks.
    subject_in_clause(ctx, v).map(alone).filter(|np| {
        !(np.hi == np.lo + 1 && ctx.is(np.lo, "you"))
            && !(ctx.quoted(np.lo)
                && np.hi == np.lo + 1
                && (!named(ctx, *np)
                    || ctx.is_any(
                        np.lo,
                        &["what", "which", "who", "this", "that", "these", "those"],
                    )))
    })
}

fn subject_in_clause(ctx: &Ctx<'_>, v: usize) -> Option<Np> {
    let s = ctx.sentence_of(v)?;
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    let floor = r.start;
    // "..., saying ...": a participle shares the subject of its sentence. ("Mr Blair is
    // saying" is a finite verb with its own subject; only verbs that report speech even so:
    // "were talking", "was writing" and "are calling" mostly do not.)
    let progressive = v > floor
        && ctx.is_any(v - 1, &["is", "are", "was", "were", "been", "be"])
        && ctx.is_any(
            v,
            &[
                "saying",
                "claiming",
                "insisting",
                "arguing",
                "predicting",
                "promising",
                "warning",
                "estimating",
                "suggesting",
                "demanding",
            ],
        );
    if ctx.word(v).ends_with("ing") && !progressive {
        // "Reuters quoted an official as saying": the one quoted speaks.
        if v > floor + 2
            && ctx.is(v - 1, "as")
            && let Some(q) = (floor..v - 1).rev().take(8).find(|&k| {
                ctx.is_any(
                    k,
                    &["quoted", "cited", "quotes", "cites", "quoting", "citing"],
                )
            })
            && q + 1 < v - 1
            && (q + 1..v - 1).all(|k| np_token(ctx, k))
        {
            return Some(Np {
                lo: q + 1,
                hi: v - 1,
                head: head(ctx, q + 1, v - 1),
            });
        }
        return sentence_subject(ctx, s, v);
    }
    // "..., having (previously) said ...": so does a perfect participle.
    let mut h = v;
    while h > floor && is_adverb(ctx, h - 1) {
        h -= 1;
    }
    if h > floor && ctx.is(h - 1, "having") {
        return sentence_subject(ctx, s, h - 1);
    }
    let mut e = v;
    while e > floor
        && (before_verb(ctx, e - 1) || is_adverb(ctx, e - 1))
        && !ctx.is_any(
            e - 1,
            &["who", "which", "that", "what", "when", "while", "as", "so"],
        )
    {
        e -= 1;
    }
    // "Rep. Jo Roe (D-Md.) said": a label in brackets between the name and its verb.
    if e > floor + 2
        && ctx.word(e - 1) == ")"
        && let Some(o) = (e.saturating_sub(10).max(floor)..e - 1)
            .rev()
            .find(|&i| ctx.word(i) == "(")
        && o > floor
        && ctx.toks.get(o - 1).is_some_and(|t| t.is_capitalized())
    {
        e = o;
    }
    let mut b = clause_start(ctx, e, floor);
    // "Dunne put that period of his life behind him and said": "that" before a noun is a
    // determiner, not a clause's start, and the cue joined by "and" to the verb before it
    // has the sentence's subject.
    if b > floor + 2
        && b < e
        && ctx.is(e - 1, "and")
        && ctx.is(b - 1, "that")
        && ctx
            .toks
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
        && ctx
            .toks
            .get(b - 2)
            .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
        && cue(ctx.word(b - 2)).is_none()
        && let Some(np) = sentence_subject(ctx, s, b - 2)
        && np.hi < b - 1
        && named(ctx, np)
    {
        return Some(np);
    }
    // "Redknapp, 57, quit his post and vowed": after a name and an age in apposition, a verb
    // goes on with the name as its subject, and so does the cue joined to it by "and".
    if b >= floor + 4
        && b < e
        && ctx.is(e - 1, "and")
        && ctx.word(b - 1) == ","
        && ctx
            .toks
            .get(b - 2)
            .is_some_and(|t| t.kind == TokenKind::Number && t.span.len() <= 3)
        && ctx.word(b - 3) == ","
        && open_lower_word(ctx, b)
        && let Some(np) = np_backward(ctx, b - 3, floor)
        && named(ctx, np)
    {
        return Some(np);
    }
    // "Shares fell after the firm warned": a conjunction before a phrase that runs up to the
    // cue opens the cue's clause, which "after the meeting" as a preposition does not.
    // So does a name with its description before it ("The move comes after energy
    // watchdog Corvex said"): a preposition's object is seldom followed by a verb.
    if let Some(k) = (b..e).rev().take(8).find(|&k| {
        ctx.is_any(k, &["after", "before", "since", "until", "once", "unless"])
            && k + 1 < e
            && np_forward(ctx, k + 1, e).is_some_and(|np| {
                np.lo == k + 1 && np.hi == e && (ctx.is_any(k + 1, DET) || named(ctx, np))
            })
    }) {
        b = k + 1;
    }
    // "..., said Hugh Hill", "..., asks editor Jane Roe, \"...\"": the subject follows.
    // Only a name that ends the clause: not "said Schumer has ...", nor the object of "told".
    // Nor after a name set off by commas, which is the subject: "Roe, speaking to
    // reporters, admits Okafor, who ..., will decide".
    if b == e
        && cue(ctx.word(v)).is_some_and(|c| c.0 != CueClass::Tell)
        && !appositive_subject(ctx, e, floor).is_some_and(|(_, alone)| alone)
        && let Some(np) = np_after(ctx, v + 1, r.end)
        && named(ctx, np)
        && (np.hi >= r.end
            || is_boundary(ctx, np.hi)
            || ctx.word(np.hi) == "."
            || is_prep(ctx, np.hi))
    {
        return Some(np);
    }
    // "Mara, who later admitted", "a report that alleged", "a report that, citing
    // sources, alleged": the relative pronoun stands for the phrase before it.
    let mut rel = b;
    if b == e
        && b > floor + 1
        && ctx.word(b - 1) == ","
        && let Some(c) = (b.saturating_sub(10).max(floor + 1)..b - 1)
            .rev()
            .find(|&i| ctx.word(i) == ",")
        && ctx.is_any(c - 1, &["who", "which", "that"])
        && !(c + 1..b - 1).any(|i| is_boundary(ctx, i))
    {
        rel = c;
    }
    if rel > floor + 1 && b == e && ctx.is_any(rel - 1, &["who", "which", "that"]) {
        let mut end = if ctx.word(rel - 2) == "," {
            rel - 2
        } else {
            rel - 1
        };
        // "a report in the Globe (on) Thursday that ...": the day is not the phrase.
        if end > floor + 1 && is_day(ctx, end - 1) {
            end -= 1;
            if end > floor + 1 && ctx.is(end - 1, "on") {
                end -= 1;
            }
        }
        // "Staunton, 49, who told ...": an age in apposition is not the phrase.
        if end > floor + 2
            && ctx
                .toks
                .get(end - 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && ctx.word(end - 2) == ","
        {
            end -= 2;
        }
        // "that" also opens a reported clause ("said that ..."): only a noun before it is
        // what it stands for.
        // A comma before the pronoun may be the first token: then there is no word before it.
        let noun_before = ctx.is(rel - 1, "who")
            || (end > floor
                && ctx.toks.get(end - 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && cue(ctx.word(end - 1)).is_none()
                }));
        if noun_before && let Some(np) = np_backward(ctx, end, floor) {
            return Some(np);
        }
    }
    // "Despite praising the hosts he claimed ...": a subject pronoun right before the cue is
    // its subject, whatever opens the clause.
    if b + 1 < e && ctx.is_any(e - 1, &["he", "she", "they", "we", "i"]) && !ctx.quoted(e - 1) {
        return Some(Np {
            lo: e - 1,
            hi: e,
            head: (e - 1, e),
        });
    }
    // "For the Lib Dems David Laws said", "For Labour Tom Okafor said": whom the speaker
    // speaks for, then the speaker's given name and surname.
    if b < e
        && ctx.word(b).eq_ignore_ascii_case("for")
        && let Some(k) = (b + 2..e.saturating_sub(1)).find(|&k| {
            (2..=3).contains(&(e - k))
                && crate::entities::open_lists::is_given_name(ctx.word(k))
                && (k - 1..e).all(|i| ctx.toks.get(i).is_some_and(|t| t.is_capitalized()))
        })
    {
        return Some(Np {
            lo: k,
            hi: e,
            head: (k, e),
        });
    }
    if b < e
        && let Some(np) = name_after_occasion(ctx, b, e)
    {
        return Some(np);
    }
    if b < e {
        // "There are ... and developers argue that ...": an expletive "there" opens the
        // sentence but speaks nothing; the phrase before the cue is its subject, and when
        // that is only a quantifier or a count ("there is no guarantee", "all claims", "two
        // distinct claims") nobody speaks.
        let forward = np_forward(ctx, b, e);
        let expletive = forward
            .is_some_and(|np| np.hi == np.lo + 1 && ctx.word(np.lo).eq_ignore_ascii_case("there"));
        // "Now the board has confirmed", "Even without changes the commission does urge",
        // "More than 20 ministers urged": a word that opens the clause before its subject is
        // no phrase of its own; the phrase right before the cue is the subject.
        // So is a participle before a preposition, when no comma closes its phrase:
        // "Speaking in Dunmore Mr Okafor said".
        let opener_only = forward.is_some_and(|np| {
            np.hi == np.lo + 1
                && (is_adverb(ctx, np.lo)
                    || ctx.is_any(np.lo, &["despite", "as", "more", "fewer", "less"])
                    || ctx.word(np.lo).ends_with("ing") && is_prep(ctx, np.hi))
        });
        if opener_only
            && let Some(np) = np_backward(ctx, e, b)
            && forward.is_some_and(|f| np.lo > f.lo)
            && !ctx.is_any(np.lo, &["and", "or", "but"])
        {
            return Some(np);
        }
        // "The two sides meet on Saturday and Roe says", "Zentra, a search engine, tracks
        // blogs and says": a clause whose first phrase is one lower-case word (a verb read as
        // a noun) goes on after "and" to the cue, whose subject is the name right before it,
        // or else the name the clause's verb has in the commas before it.
        let verb_first = forward.is_some_and(|np| {
            np.hi == np.lo + 1
                && ctx.toks[np.lo].shape == Shape::Lower
                && !ctx.is_any(np.lo, DET)
                && !ctx.is_any(np.lo, PRONOUNS)
        });
        if verb_first && e > b + 1 {
            if let Some(np) = np_backward(ctx, e, b)
                && named(ctx, np)
                && np.lo > b + 1
                && ctx.is_any(np.lo - 1, &["and", "but"])
            {
                return Some(np);
            }
            if ctx.is(e - 1, "and")
                && let Some((np, true)) = appositive_subject(ctx, b, floor)
            {
                return Some(np);
            }
        }
        // "The market has its problems and analysts warn that": a clause of its own before
        // "and" or "but" (it has a finite verb), then the cue's own subject, right before it.
        // (Not "Zentra and Velmor said": two subjects of one cue.)
        if (b + 3..e).any(|i| ctx.is_any(i, &["and", "but"]))
            && let Some(np) = np_backward(ctx, e, b)
            && np.lo > b + 2
            && ctx.is_any(np.lo - 1, &["and", "but"])
            && !ctx.is_any(np.lo, PRONOUNS)
            && super::indirect::has_finite(ctx, b, np.lo - 1)
        {
            return Some(np);
        }
        // "Dana Okafor, spokeswoman for the relief committee said": a description after a
        // name and a comma runs up to the cue without the comma that would close it; the
        // name speaks.
        if b > floor + 1
            && ctx.word(b - 1) == ","
            && super::indirect::after_description(ctx, b, e) == e
            && let Some(np) = np_backward(ctx, b - 1, floor)
            && named(ctx, np)
            && np.lo == clause_start(ctx, b - 1, floor)
            // The name opens the sentence, or follows a quotation in marks: after reported
            // words without marks ("... died at home in Malibu, a spokesman said") the name
            // before the comma is theirs.
            && (floor..np.lo).all(|k| {
                ctx.toks[k].kind != TokenKind::Word
                    || ctx.quoted(k)
                    || ctx.is_any(k, &["and", "but"])
            })
            // (Not a date, a place or an adverb set off as an opening: "On 28 December,
            // another adviser called", "In Dunmore, a police spokesman said", "However, the
            // minister said".)
            && !is_prep(ctx, np.lo)
            && !after_preposition(ctx, np.lo, floor)
            && !opening_adverb(ctx, np)
            && !(np.hi == np.lo + 1 && words::is_ly_adverb(ctx.word(np.lo)))
        {
            return Some(np);
        }
        if let Some(np) = forward.filter(|_| !expletive) {
            // "A statement from the EU said": the phrase stops at "from"; its source speaks.
            return Some(source(ctx, np, e));
        }
        // "in a move the company said ...": the phrase right before the cue.
        if let Some(np) = np_backward(ctx, e, b)
            && !ctx.is_any(np.lo, &["and", "or", "but"])
            && !after_preposition(ctx, np.lo, b)
            && !(expletive
                && (np.hi == np.lo + 1 && ctx.is_any(np.lo, QUANTIFIERS)
                    || ctx
                        .toks
                        .get(np.lo)
                        .is_some_and(|t| t.kind == TokenKind::Number)
                    || crate::words::number_word(ctx.word(np.lo)).is_some_and(|n| n >= 2)))
        {
            return Some(np);
        }
        if expletive {
            return None;
        }
    }
    // "Hugh Hill, a doctor, said", "Jane Roe, Minister of A, B and C, said": the clause is
    // empty and closes an appositive; the subject is the first name of the comma chain.
    if b == e
        && let Some((np, _)) = appositive_subject(ctx, e, floor)
    {
        return Some(np);
    }
    sentence_subject(ctx, s, v)
}

/// The subject of a cue at `e` that closes a chain of phrases set off by commas ("Hugh Hill,
/// a doctor, said"): the first name of the chain, and whether some phrase of the chain is
/// that name alone ("Roe, speaking to reporters, admits": "Roe" is, "in London" of
/// "prices will rise in London, said" is not).
fn appositive_subject(ctx: &Ctx<'_>, e: usize, floor: usize) -> Option<(Np, bool)> {
    if e <= floor || ctx.word(e - 1) != "," {
        return None;
    }
    let mut end = e - 1;
    let mut best = None;
    let mut alone = false;
    for _ in 0..5 {
        // What the chain held before this phrase, should the phrase turn out to be a
        // relative clause.
        let before = (best, alone);
        let a = clause_start(ctx, end, floor);
        // (Nor a month or a weekday: "The firm, listing in June, said"; nor a name in a
        // participle's phrase: "The survey, conducted by the Velmor Institute, showed".)
        let participle = ctx.toks.get(a).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.shape == Shape::Lower
                && ctx.word(a).len() > 4
                && ctx.word(a).ends_with("ed")
        }) && np_backward(ctx, end, a).is_some_and(|np| np.lo > a + 1);
        if let Some(np) = np_backward(ctx, end, a).filter(|_| !participle)
            && named(ctx, np)
            && !opening_adverb(ctx, np)
            && !(np.hi == np.lo + 1
                && (words::is_month(ctx.word(np.lo)) || words::is_weekday(ctx.word(np.lo))))
        {
            best = Some(np);
            // ("Currently, says Dr Roe, ...", "This, said Roe, ...": an opening word set off
            // by commas is no name.)
            let opener = np.hi == np.lo + 1
                && (words::is_ly_adverb(ctx.word(np.lo))
                    || ctx.is_any(np.lo, DET)
                    || ctx.is_any(np.lo, PRONOUNS)
                    || ctx.is_any(
                        np.lo,
                        &[
                            "often",
                            "sometimes",
                            "usually",
                            "perhaps",
                            "maybe",
                            "so",
                            "thus",
                            "here",
                            "there",
                            "that",
                        ],
                    ));
            alone |= np.lo == a && !opener;
        }
        if a > floor + 1 && ctx.word(a - 1) == "," {
            end = a - 1;
        } else if a == end
            && a > floor + 1
            && ctx.word(a - 1) == ")"
            && let Some(o) = (a.saturating_sub(10).max(floor)..a - 1)
                .rev()
                .find(|&i| ctx.word(i) == "(")
        {
            // "Rep. Jo Roe (R-Ohio), a panel member, said": past the label in brackets.
            end = o;
        } else if a > floor + 2 && ctx.is_any(a - 1, &["who", "which"]) && ctx.word(a - 2) == "," {
            // "Jane Roe, who joined last month, said": the relative clause is skipped, and
            // a name inside it ("The officer, who works for Velmor, said") is no subject.
            end = a - 2;
            (best, alone) = before;
        } else if a > floor + 2
            && ctx.is_any(a - 1, &["who", "which"])
            && ctx.toks[a - 2].kind == TokenKind::Word
        {
            // "Jo Roe, a former officer who became an agent for the Dutch, said": so is one
            // that closes a description; the description before it goes on the chain.
            end = a - 1;
            (best, alone) = before;
        } else {
            break;
        }
    }
    best.map(|np| (np, alone))
}

/// Whether the phrase is one adverb that may open a sentence ("However", "Later"), which a
/// capital letter does not make a name.
fn opening_adverb(ctx: &Ctx<'_>, np: Np) -> bool {
    np.hi == np.lo + 1 && (ctx.is_any(np.lo, SENTENCE_ADVERBS) || is_adverb(ctx, np.lo))
}

/// Words that quantify a noun and name no one on their own ("all claims", "no guarantee").
const QUANTIFIERS: &[&str] = &[
    "all", "any", "both", "each", "either", "every", "few", "little", "many", "much", "neither",
    "no", "some",
];

/// The subject of sentence `s`: its first noun phrase, after an opening conjunction or an
/// opening phrase set off by a comma ("On Monday, ...", "Speaking in Ottawa, ...").
pub fn sentence_subject(ctx: &Ctx<'_>, s: usize, limit: usize) -> Option<Np> {
    let r = ctx.seg.sentences.get(s)?.tokens.clone();
    let limit = limit.min(r.end);
    let skip = |lo: &mut usize, quoted: bool| {
        while *lo < limit
            && (ctx.toks[*lo].kind != TokenKind::Word
                || quoted && ctx.quoted(*lo)
                || ctx.is_any(
                    *lo,
                    &["and", "but", "so", "however", "meanwhile", "still", "yet"],
                ))
        {
            *lo += 1;
        }
    };
    // A quotation opening the sentence is not its subject: "\"...,\" Ann sings, asking ...";
    // unless the whole sentence reads as quoted (a stray mark opened it).
    let mut lo = r.start;
    skip(&mut lo, true);
    if lo >= limit {
        lo = r.start;
        skip(&mut lo, false);
    }
    // "Nonetheless, she ...": a sentence adverb set off by a comma.
    if ctx.word(lo + 1) == ","
        && (ctx.is_any(lo, SENTENCE_ADVERBS) || words::is_ly_adverb(ctx.word(lo)))
    {
        lo += 2;
    } else if ctx.word(lo + 2) == ","
        && ctx.is_any(
            lo,
            &[
                "most", "more", "less", "perhaps", "even", "quite", "rather", "very",
            ],
        )
        && words::is_ly_adverb(ctx.word(lo + 1))
    {
        // "Most importantly, ...", "Perhaps surprisingly, ...": with a word of degree.
        lo += 3;
    }
    let w = ctx.word(lo);
    let opener = is_prep(ctx, lo)
        || ctx.is_any(
            lo,
            &[
                "given",
                "as",
                "after",
                "later",
                "originally",
                "first",
                "though",
                "then",
                "now",
                "instead",
                "despite",
                "when",
                "while",
                "with",
                "without",
                "once",
                "although",
                "though",
                "if",
                "unlike",
                "like",
                "under",
                "asked",
                "according",
            ],
        )
        || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
        || words::is_ly_adverb(w);
    if opener {
        // Skip to the last comma, among the first words, that a capitalized word follows.
        let mut to = None;
        for j in lo..limit.min(lo + 20) {
            // "In a note, party leader Ann Roe ...": a lower-case description may lead
            // into the name.
            if ctx.word(j) == ","
                && (ctx.toks.get(j + 1).is_some_and(|t| {
                    t.is_capitalized() || ctx.is_any(j + 1, PRONOUNS) || ctx.is_any(j + 1, DET)
                }) || np_forward(ctx, j + 1, limit)
                    .is_some_and(|np| np.lo == j + 1 && named(ctx, np)))
            {
                to = Some(j + 1);
                if ctx.is_any(j + 1, PRONOUNS) || ctx.is_any(j + 1, DET) {
                    break;
                }
            }
        }
        if let Some(t) = to {
            lo = t;
        }
    }
    np_forward(ctx, lo, limit)
}

/// The phrase after the cue at `v` (for "said Blinken at ...", "according to X").
pub fn np_after(ctx: &Ctx<'_>, start: usize, limit: usize) -> Option<Np> {
    let np = np_forward(ctx, start, limit)?;
    if np.lo != start {
        return None;
    }
    // "says Wise's dad, Darrin": a name in apposition names the speaker better.
    if !named(ctx, np)
        && ctx.word(np.hi) == ","
        && let Some(app) = np_forward(ctx, np.hi + 1, limit)
        && app.lo == np.hi + 1
        && named(ctx, app)
        && matches!(ctx.word(app.hi), "," | "." | "" | ":")
    {
        return Some(app);
    }
    Some(source(ctx, np, limit))
}

/// "a statement from the EU", "a release by the ministry", "a motion by his lawyers": the
/// source named after a word for a document is the speaker.
fn source(ctx: &Ctx<'_>, np: Np, limit: usize) -> Np {
    let docs = [
        "statement",
        "release",
        "letter",
        "email",
        "e-mail",
        "report",
        "memo",
        "post",
        "tweet",
        "notice",
        "message",
        "note",
        "motion",
        "filing",
        "brief",
        "affidavit",
        "submission",
        "petition",
    ];
    if np.hi == np.head.1
        && ctx.is_any(np.hi - 1, &docs)
        && ctx.is_any(np.hi, &["from", "by", "of"])
        && let Some(src) = np_forward(ctx, np.hi + 1, limit)
        && src.lo == np.hi + 1
    {
        return src;
    }
    // "A statement e-mailed to the paper by Jane Roe", "A message sent to the security firm
    // Zentra-Secure by Velmor's security team": its author, up to a dozen words on.
    if ctx.is_any(np.hi.saturating_sub(1), &docs)
        && ctx.is_any(
            np.hi,
            &[
                "issued",
                "released",
                "sent",
                "e-mailed",
                "emailed",
                "signed",
                "posted",
                "published",
                "written",
                "delivered",
            ],
        )
        && let Some(by) = (np.hi..limit.min(np.hi + 12)).find(|&i| ctx.is(i, "by"))
        && let Some(src) = np_forward(ctx, by + 1, limit)
        && src.lo == by + 1
        && (named(ctx, src) || owned_by_name(ctx, src))
    {
        return src;
    }
    np
}

/// Whether a name owns the phrase: "Velmor's security team".
fn owned_by_name(ctx: &Ctx<'_>, np: Np) -> bool {
    (np.lo + 1..np.hi).any(|i| {
        ctx.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && ctx.toks.get(i - 1).is_some_and(|t| t.is_capitalized())
    })
}

/// Whether token `i` is a word in lower case that is no determiner and no pronoun: a verb, a
/// noun or an adjective of the open classes.
fn open_lower_word(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.toks
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape == lede_text::Shape::Lower)
        && !ctx.is_any(i, DET)
        && !ctx.is_any(i, PRONOUNS)
}

/// Whether "to" after the cue at `v` opens an infinitive ("agreed to pay $2bn", "promised to
/// cut taxes"), which reports no words, rather than the hearer ("said to reporters", "told to
/// the court"). Without parts of speech, a lower-case word after "to" that is no determiner,
/// pronoun or quantifier and no plural (nor one of a few collective nouns) is read as a verb.
pub fn infinitive_after(ctx: &Ctx<'_>, v: usize) -> bool {
    let w = v + 2;
    ctx.is(v + 1, "to")
        && open_lower_word(ctx, w)
        && !ctx.is_any(w, QUANTIFIERS)
        && !ctx.is_any(
            w,
            &[
                "police",
                "staff",
                "parliament",
                "congress",
                "media",
                "press",
                "everyone",
                "anyone",
            ],
        )
        && {
            let word = ctx.word(w);
            !word.ends_with('s') || word.ends_with("ss")
        }
}

/// The addressee of the cue at `v`: "told Xi", "claimed to Xi", "told reporters".
pub fn addressee_of(ctx: &Ctx<'_>, v: usize, class: CueClass, limit: usize) -> Option<Np> {
    let next = v + 1;
    if ctx.is(next, "to") {
        // "said to reduce the rate, the bank must ...": no hearer, the words start there.
        if infinitive_after(ctx, v) {
            return None;
        }
        return np_after(ctx, next + 1, limit);
    }
    match class {
        CueClass::Tell => {
            np_after(ctx, next, limit).filter(|np| !ctx.is_any(np.lo, &["that", "it"]))
        }
        // "called Putin his friend": the person the words are about and to.
        CueClass::Manner if ctx.is_any(v, &["call", "calls", "called", "calling"]) => {
            np_after(ctx, next, limit).filter(|np| {
                np.hi - np.lo <= 3
                    && (ctx.toks[np.lo].is_capitalized()
                        || ctx.is_any(np.lo, &["him", "her", "them"]))
            })
        }
        _ => None,
    }
}
