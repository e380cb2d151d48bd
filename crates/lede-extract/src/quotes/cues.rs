//! The speech-cue lexicon: which words introduce or attribute speech, and how.
//!
//! A cue is a verb of saying in any of its forms ("say", "said", "saying", "told") or the
//! phrase "according to". The class of a cue decides what may follow it: a reported clause
//! ("said the plan failed"), an addressee ("told reporters") or only a quoted phrase ("called
//! it a \"farce\""). This module only classifies words; finding subjects and clauses is the
//! job of the other quote modules.

/// What a cue word can govern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Verbs of saying that take a reported clause: "said (that) ...", "warned that ...".
    Say,
    /// Verbs that take the hearer as object before the clause: "told Xi that ...".
    Tell,
    /// Verbs that frame quoted words but not a reported clause: "called it \"absurd\"",
    /// "quipped". They cue direct and partial quotes only.
    Manner,
}

/// The class of `word` as a cue, if it is one. Case-insensitive on ASCII letters; words
/// longer than any cue are rejected without work.
pub fn cue_class(word: &str) -> Option<CueClass> {
    cue(word).map(|c| c.0)
}

/// The class and the lemma (`"say"` for `"said"`) of `word` as a cue.
pub fn cue(word: &str) -> Option<(CueClass, &'static str)> {
    let b = word.as_bytes();
    if b.len() < 3 || b.len() > 16 {
        return None;
    }
    // The quote stage asks about every lower-case word of an article, and few are cues: a
    // look at the first three letters turns most away before any other work.
    let l = |k: usize| b[k].to_ascii_lowercase().wrapping_sub(b'a') as usize;
    let (a, b2, c3) = (l(0), l(1), l(2));
    if a >= 26 || b2 >= 26 || c3 >= 26 || PREFIXES[a * 26 + b2] & (1 << c3) == 0 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let w = &buf[..b.len()];
    let i = CUES
        .binary_search_by(|(f, _, _)| f.as_bytes().cmp(w))
        .ok()?;
    CUES.get(i).map(|&(_, class, lemma)| (class, lemma))
}

use CueClass::{Manner, Say, Tell};

/// For each first two letters of a cue form, the set of its third letters, as bits.
const PREFIXES: [u32; 26 * 26] = {
    let mut t = [0u32; 26 * 26];
    let mut i = 0;
    while i < CUES.len() {
        let f = CUES[i].0.as_bytes();
        assert!(
            f.len() >= 3
                && f[0].is_ascii_lowercase()
                && f[1].is_ascii_lowercase()
                && f[2].is_ascii_lowercase()
        );
        t[(f[0] - b'a') as usize * 26 + (f[1] - b'a') as usize] |= 1 << (f[2] - b'a');
        i += 1;
    }
    t
};

/// Every form of every cue, sorted by form (bytes), with its class and lemma.
const CUES: &[(&str, CueClass, &str)] = &[
    ("accuse", Tell, "accuse"),
    ("accused", Tell, "accuse"),
    ("accuses", Tell, "accuse"),
    ("accusing", Tell, "accuse"),
    ("acknowledge", Say, "acknowledge"),
    ("acknowledged", Say, "acknowledge"),
    ("acknowledges", Say, "acknowledge"),
    ("acknowledging", Say, "acknowledge"),
    ("add", Say, "add"),
    ("added", Say, "add"),
    ("adding", Say, "add"),
    ("adds", Say, "add"),
    ("admit", Say, "admit"),
    ("admits", Say, "admit"),
    ("admitted", Say, "admit"),
    ("admitting", Say, "admit"),
    ("advise", Tell, "advise"),
    ("advised", Tell, "advise"),
    ("advises", Tell, "advise"),
    ("advising", Tell, "advise"),
    ("affirm", Say, "affirm"),
    ("affirmed", Say, "affirm"),
    ("affirming", Say, "affirm"),
    ("affirms", Say, "affirm"),
    ("agree", Say, "agree"),
    ("agreed", Say, "agree"),
    ("agreeing", Say, "agree"),
    ("agrees", Say, "agree"),
    ("allege", Say, "allege"),
    ("alleged", Say, "allege"),
    ("alleges", Say, "allege"),
    ("alleging", Say, "allege"),
    ("announce", Say, "announce"),
    ("announced", Say, "announce"),
    ("announces", Say, "announce"),
    ("announcing", Say, "announce"),
    ("argue", Say, "argue"),
    ("argued", Say, "argue"),
    ("argues", Say, "argue"),
    ("arguing", Say, "argue"),
    ("ask", Manner, "ask"),
    ("asked", Manner, "ask"),
    ("asking", Manner, "ask"),
    ("asks", Manner, "ask"),
    ("assert", Say, "assert"),
    ("asserted", Say, "assert"),
    ("asserting", Say, "assert"),
    ("asserts", Say, "assert"),
    ("assure", Tell, "assure"),
    ("assured", Tell, "assure"),
    ("assures", Tell, "assure"),
    ("assuring", Tell, "assure"),
    ("aver", Say, "aver"),
    ("averred", Say, "aver"),
    ("averring", Say, "aver"),
    ("avers", Say, "aver"),
    ("beg", Tell, "beg"),
    ("begged", Tell, "beg"),
    ("begging", Tell, "beg"),
    ("begs", Tell, "beg"),
    ("bill", Manner, "bill"),
    ("billed", Manner, "bill"),
    ("billing", Manner, "bill"),
    ("bills", Manner, "bill"),
    ("blurt", Manner, "blurt"),
    ("blurted", Manner, "blurt"),
    ("blurting", Manner, "blurt"),
    ("blurts", Manner, "blurt"),
    ("boast", Say, "boast"),
    ("boasted", Say, "boast"),
    ("boasting", Say, "boast"),
    ("boasts", Say, "boast"),
    ("brand", Manner, "brand"),
    ("branded", Manner, "brand"),
    ("branding", Manner, "brand"),
    ("brands", Manner, "brand"),
    ("call", Manner, "call"),
    ("called", Manner, "call"),
    ("calling", Manner, "call"),
    ("calls", Manner, "call"),
    ("caution", Say, "caution"),
    ("cautioned", Say, "caution"),
    ("cautioning", Say, "caution"),
    ("cautions", Say, "caution"),
    ("chant", Manner, "chant"),
    ("chanted", Manner, "chant"),
    ("chanting", Manner, "chant"),
    ("chants", Manner, "chant"),
    ("chime", Manner, "chime"),
    ("chimed", Manner, "chime"),
    ("chimes", Manner, "chime"),
    ("chiming", Manner, "chime"),
    ("claimed", Say, "claim"),
    ("claiming", Say, "claim"),
    ("claims", Say, "claim"),
    ("complain", Say, "complain"),
    ("complained", Say, "complain"),
    ("complaining", Say, "complain"),
    ("complains", Say, "complain"),
    ("concede", Say, "concede"),
    ("conceded", Say, "concede"),
    ("concedes", Say, "concede"),
    ("conceding", Say, "concede"),
    ("conclude", Say, "conclude"),
    ("concluded", Say, "conclude"),
    ("concludes", Say, "conclude"),
    ("concluding", Say, "conclude"),
    ("concur", Say, "concur"),
    ("concurred", Say, "concur"),
    ("concurring", Say, "concur"),
    ("concurs", Say, "concur"),
    ("confess", Say, "confess"),
    ("confessed", Say, "confess"),
    ("confesses", Say, "confess"),
    ("confessing", Say, "confess"),
    ("confirm", Say, "confirm"),
    ("confirmed", Say, "confirm"),
    ("confirming", Say, "confirm"),
    ("confirms", Say, "confirm"),
    ("contend", Say, "contend"),
    ("contended", Say, "contend"),
    ("contending", Say, "contend"),
    ("contends", Say, "contend"),
    ("cried", Manner, "cry"),
    ("cries", Manner, "cry"),
    ("crow", Manner, "crow"),
    ("crowed", Manner, "crow"),
    ("crowing", Manner, "crow"),
    ("crows", Manner, "crow"),
    ("cry", Manner, "cry"),
    ("crying", Manner, "cry"),
    ("declare", Say, "declare"),
    ("declared", Say, "declare"),
    ("declares", Say, "declare"),
    ("declaring", Say, "declare"),
    ("demand", Manner, "demand"),
    ("demanded", Manner, "demand"),
    ("demanding", Manner, "demand"),
    ("demands", Manner, "demand"),
    ("denied", Say, "deny"),
    ("denies", Say, "deny"),
    ("deny", Say, "deny"),
    ("denying", Say, "deny"),
    ("describe", Manner, "describe"),
    ("described", Manner, "describe"),
    ("describes", Manner, "describe"),
    ("describing", Manner, "describe"),
    ("disclose", Say, "disclose"),
    ("disclosed", Say, "disclose"),
    ("discloses", Say, "disclose"),
    ("disclosing", Say, "disclose"),
    ("dispute", Say, "dispute"),
    ("disputed", Say, "dispute"),
    ("disputes", Say, "dispute"),
    ("disputing", Say, "dispute"),
    ("dub", Manner, "dub"),
    ("dubbed", Manner, "dub"),
    ("dubbing", Manner, "dub"),
    ("dubs", Manner, "dub"),
    ("emphasise", Say, "emphasise"),
    ("emphasised", Say, "emphasise"),
    ("emphasises", Say, "emphasise"),
    ("emphasising", Say, "emphasise"),
    ("emphasize", Say, "emphasize"),
    ("emphasized", Say, "emphasize"),
    ("emphasizes", Say, "emphasize"),
    ("emphasizing", Say, "emphasize"),
    ("estimate", Say, "estimate"),
    ("estimated", Say, "estimate"),
    ("estimates", Say, "estimate"),
    ("estimating", Say, "estimate"),
    ("exclaim", Manner, "exclaim"),
    ("exclaimed", Manner, "exclaim"),
    ("exclaiming", Manner, "exclaim"),
    ("exclaims", Manner, "exclaim"),
    ("explain", Say, "explain"),
    ("explained", Say, "explain"),
    ("explaining", Say, "explain"),
    ("explains", Say, "explain"),
    ("forecast", Say, "forecast"),
    ("forecasting", Say, "forecast"),
    ("forecasts", Say, "forecast"),
    ("greet", Tell, "greet"),
    ("greeted", Tell, "greet"),
    ("greeting", Tell, "greet"),
    ("greets", Tell, "greet"),
    ("guarantee", Say, "guarantee"),
    ("guaranteed", Say, "guarantee"),
    ("guarantees", Say, "guarantee"),
    ("guaranteing", Say, "guarantee"),
    ("gush", Manner, "gush"),
    ("gushed", Manner, "gush"),
    ("gushes", Manner, "gush"),
    ("gushing", Manner, "gush"),
    ("hail", Manner, "hail"),
    ("hailed", Manner, "hail"),
    ("hailing", Manner, "hail"),
    ("hails", Manner, "hail"),
    ("hint", Say, "hint"),
    ("hinted", Say, "hint"),
    ("hinting", Say, "hint"),
    ("hints", Say, "hint"),
    ("indicate", Say, "indicate"),
    ("indicated", Say, "indicate"),
    ("indicates", Say, "indicate"),
    ("indicating", Say, "indicate"),
    ("inform", Tell, "inform"),
    ("informed", Tell, "inform"),
    ("informing", Tell, "inform"),
    ("informs", Tell, "inform"),
    ("insist", Say, "insist"),
    ("insisted", Say, "insist"),
    ("insisting", Say, "insist"),
    ("insists", Say, "insist"),
    ("joke", Manner, "joke"),
    ("joked", Manner, "joke"),
    ("jokes", Manner, "joke"),
    ("joking", Manner, "joke"),
    ("label", Manner, "label"),
    ("labeled", Manner, "label"),
    ("labeling", Manner, "label"),
    ("labelled", Manner, "label"),
    ("labelling", Manner, "label"),
    ("labels", Manner, "label"),
    ("lament", Say, "lament"),
    ("lamented", Say, "lament"),
    ("lamenting", Say, "lament"),
    ("laments", Say, "lament"),
    ("laugh", Manner, "laugh"),
    ("laughed", Manner, "laugh"),
    ("laughing", Manner, "laugh"),
    ("laughs", Manner, "laugh"),
    ("maintain", Say, "maintain"),
    ("maintained", Say, "maintain"),
    ("maintaining", Say, "maintain"),
    ("maintains", Say, "maintain"),
    ("marvel", Manner, "marvel"),
    ("marveled", Manner, "marvel"),
    ("marvelled", Manner, "marvel"),
    ("marvels", Manner, "marvel"),
    ("mention", Say, "mention"),
    ("mentioned", Say, "mention"),
    ("mentioning", Say, "mention"),
    ("mentions", Say, "mention"),
    ("muse", Say, "muse"),
    ("mused", Say, "muse"),
    ("muses", Say, "muse"),
    ("musing", Say, "muse"),
    ("mutter", Manner, "mutter"),
    ("muttered", Manner, "mutter"),
    ("muttering", Manner, "mutter"),
    ("mutters", Manner, "mutter"),
    ("note", Say, "note"),
    ("noted", Say, "note"),
    ("notes", Say, "note"),
    ("noting", Say, "note"),
    ("observe", Say, "observe"),
    ("observed", Say, "observe"),
    ("observes", Say, "observe"),
    ("observing", Say, "observe"),
    ("opine", Say, "opine"),
    ("opined", Say, "opine"),
    ("opines", Say, "opine"),
    ("opining", Say, "opine"),
    ("plead", Manner, "plead"),
    ("pleaded", Manner, "plead"),
    ("pleading", Manner, "plead"),
    ("pleads", Manner, "plead"),
    ("pledge", Say, "pledge"),
    ("pledged", Say, "pledge"),
    ("pledges", Say, "pledge"),
    ("pledging", Say, "pledge"),
    ("posit", Say, "posit"),
    ("posited", Say, "posit"),
    ("positing", Say, "posit"),
    ("posits", Say, "posit"),
    ("praise", Manner, "praise"),
    ("praised", Manner, "praise"),
    ("praises", Manner, "praise"),
    ("praising", Manner, "praise"),
    ("predict", Say, "predict"),
    ("predicted", Say, "predict"),
    ("predicting", Say, "predict"),
    ("predicts", Say, "predict"),
    ("promise", Tell, "promise"),
    ("promised", Tell, "promise"),
    ("promises", Tell, "promise"),
    ("promising", Tell, "promise"),
    ("propose", Say, "propose"),
    ("proposed", Say, "propose"),
    ("proposes", Say, "propose"),
    ("proposing", Say, "propose"),
    ("quip", Manner, "quip"),
    ("quipped", Manner, "quip"),
    ("quipping", Manner, "quip"),
    ("quips", Manner, "quip"),
    ("recall", Say, "recall"),
    ("recalled", Say, "recall"),
    ("recalling", Say, "recall"),
    ("recalls", Say, "recall"),
    ("recommend", Say, "recommend"),
    ("recommended", Say, "recommend"),
    ("recommending", Say, "recommend"),
    ("recommends", Say, "recommend"),
    ("recount", Say, "recount"),
    ("recounted", Say, "recount"),
    ("recounting", Say, "recount"),
    ("recounts", Say, "recount"),
    ("reiterate", Say, "reiterate"),
    ("reiterated", Say, "reiterate"),
    ("reiterates", Say, "reiterate"),
    ("reiterating", Say, "reiterate"),
    ("remark", Say, "remark"),
    ("remarked", Say, "remark"),
    ("remarking", Say, "remark"),
    ("remarks", Say, "remark"),
    ("remind", Tell, "remind"),
    ("reminded", Tell, "remind"),
    ("reminding", Tell, "remind"),
    ("reminds", Tell, "remind"),
    ("repeat", Say, "repeat"),
    ("repeated", Say, "repeat"),
    ("repeating", Say, "repeat"),
    ("repeats", Say, "repeat"),
    ("replied", Say, "reply"),
    ("replies", Say, "reply"),
    ("reply", Say, "reply"),
    ("replying", Say, "reply"),
    ("reported", Say, "report"),
    ("reporting", Say, "report"),
    ("respond", Say, "respond"),
    ("responded", Say, "respond"),
    ("responding", Say, "respond"),
    ("responds", Say, "respond"),
    ("retort", Manner, "retort"),
    ("retorted", Manner, "retort"),
    ("retorting", Manner, "retort"),
    ("retorts", Manner, "retort"),
    ("reveal", Say, "reveal"),
    ("revealed", Say, "reveal"),
    ("revealing", Say, "reveal"),
    ("reveals", Say, "reveal"),
    ("said", Say, "say"),
    ("say", Say, "say"),
    ("saying", Say, "say"),
    ("says", Say, "say"),
    ("scold", Manner, "scold"),
    ("scolded", Manner, "scold"),
    ("scolding", Manner, "scold"),
    ("scolds", Manner, "scold"),
    ("shout", Manner, "shout"),
    ("shouted", Manner, "shout"),
    ("shouting", Manner, "shout"),
    ("shouts", Manner, "shout"),
    ("sigh", Manner, "sigh"),
    ("sighed", Manner, "sigh"),
    ("sighing", Manner, "sigh"),
    ("sighs", Manner, "sigh"),
    ("snap", Manner, "snap"),
    ("snapped", Manner, "snap"),
    ("snapping", Manner, "snap"),
    ("snaps", Manner, "snap"),
    ("sniff", Manner, "sniff"),
    ("sniffed", Manner, "sniff"),
    ("sniffing", Manner, "sniff"),
    ("sniffs", Manner, "sniff"),
    ("speak", Manner, "speak"),
    ("speaking", Manner, "speak"),
    ("speaks", Manner, "speak"),
    ("speculate", Say, "speculate"),
    ("speculated", Say, "speculate"),
    ("speculates", Say, "speculate"),
    ("speculating", Say, "speculate"),
    ("spoke", Manner, "speak"),
    ("spoken", Manner, "speak"),
    ("stated", Say, "state"),
    ("stating", Say, "state"),
    ("stress", Say, "stress"),
    ("stressed", Say, "stress"),
    ("stresses", Say, "stress"),
    ("stressing", Say, "stress"),
    ("stutter", Manner, "stutter"),
    ("stuttered", Manner, "stutter"),
    ("stuttering", Manner, "stutter"),
    ("stutters", Manner, "stutter"),
    ("suggest", Say, "suggest"),
    ("suggested", Say, "suggest"),
    ("suggesting", Say, "suggest"),
    ("suggests", Say, "suggest"),
    ("surmise", Say, "surmise"),
    ("surmised", Say, "surmise"),
    ("surmises", Say, "surmise"),
    ("surmising", Say, "surmise"),
    ("swear", Say, "swear"),
    ("swearing", Say, "swear"),
    ("swears", Say, "swear"),
    ("swore", Say, "swear"),
    ("sworn", Say, "swear"),
    ("talk", Manner, "talk"),
    ("talked", Manner, "talk"),
    ("talking", Manner, "talk"),
    ("talks", Manner, "talk"),
    ("tell", Tell, "tell"),
    ("telling", Tell, "tell"),
    ("tells", Tell, "tell"),
    ("term", Manner, "term"),
    ("termed", Manner, "term"),
    ("terming", Manner, "term"),
    ("terms", Manner, "term"),
    ("testified", Say, "testify"),
    ("testifies", Say, "testify"),
    ("testify", Say, "testify"),
    ("testifying", Say, "testify"),
    ("threaten", Say, "threaten"),
    ("threatened", Say, "threaten"),
    ("threatening", Say, "threaten"),
    ("threatens", Say, "threaten"),
    ("told", Tell, "tell"),
    ("tout", Manner, "tout"),
    ("touted", Manner, "tout"),
    ("touting", Manner, "tout"),
    ("touts", Manner, "tout"),
    ("tweet", Say, "tweet"),
    ("tweeted", Say, "tweet"),
    ("tweeting", Say, "tweet"),
    ("tweets", Say, "tweet"),
    ("urge", Tell, "urge"),
    ("urged", Tell, "urge"),
    ("urges", Tell, "urge"),
    ("urging", Tell, "urge"),
    ("vow", Say, "vow"),
    ("vowed", Say, "vow"),
    ("vowing", Say, "vow"),
    ("vows", Say, "vow"),
    ("warn", Tell, "warn"),
    ("warned", Tell, "warn"),
    ("warning", Tell, "warn"),
    ("warns", Tell, "warn"),
    ("whisper", Manner, "whisper"),
    ("whispered", Manner, "whisper"),
    ("whispering", Manner, "whisper"),
    ("whispers", Manner, "whisper"),
    ("write", Say, "write"),
    ("writes", Say, "write"),
    ("writing", Say, "write"),
    ("written", Say, "write"),
    ("wrote", Say, "write"),
    ("yell", Manner, "yell"),
    ("yelled", Manner, "yell"),
    ("yelling", Manner, "yell"),
    ("yells", Manner, "yell"),
];

/// Whether the cue with this lemma takes a bare reported clause ("said the plan failed"), as
/// against only one introduced by "that" ("added that ...", "denied that ..."): for the verbs
/// left out, a bare object is usually not speech ("added three goals", "denied the report").
pub fn takes_bare_clause(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "write"
            | "claim"
            | "insist"
            | "argue"
            | "warn"
            | "explain"
            | "suggest"
            | "acknowledge"
            | "admit"
            | "predict"
            | "contend"
            | "maintain"
            | "assert"
            | "allege"
            | "complain"
            | "recall"
            | "indicate"
            | "reply"
            | "agree"
            | "hint"
            | "promise"
            | "testify"
            | "declare"
            | "concede"
            | "reveal"
            | "estimate"
            | "assure"
            | "reiterate"
            | "stress"
            | "emphasize"
            | "emphasise"
            | "state"
            | "inform"
            | "remind"
            | "confess"
            | "tweet"
            | "boast"
            | "swear"
            | "speculate"
            | "muse"
            | "concur"
            | "note"
    )
}

/// Verbs of belief, finding and demand that report a content only through a that-clause:
/// "experts believe that ...", "the study found that ...", "the poll shows that ...". They
/// are not speech cues: a bare object is no report ("found the keys", "shows no sign"), and
/// they never attribute a quotation in marks, so they live apart from [`CUES`] and are asked
/// about only where "that" follows. The plain forms of "claim", "report" and "state", which
/// the speech lexicon leaves out as more often nouns, are here for the same reason: "critics
/// claim that ..." is a report, "the claim" and "the states" are not. Sorted by form, with
/// the lemma.
const CONTENT_CUES: &[(&str, &str)] = &[
    ("believe", "believe"),
    ("believed", "believe"),
    ("believes", "believe"),
    ("charge", "charge"),
    ("charged", "charge"),
    ("charges", "charge"),
    ("claim", "claim"),
    ("demanded", "demand"),
    ("demanding", "demand"),
    ("demands", "demand"),
    ("determined", "determine"),
    ("discovered", "discover"),
    ("expected", "expect"),
    ("expects", "expect"),
    ("report", "report"),
    ("reports", "report"),
    ("ruled", "rule"),
    ("rules", "rule"),
    ("show", "show"),
    ("showed", "show"),
    ("shown", "show"),
    ("shows", "show"),
    ("state", "state"),
    ("states", "state"),
];

/// The lemma of `word` as a verb of belief, finding or demand that takes a that-clause.
pub fn content_cue(word: &str) -> Option<&'static str> {
    if word.len() > 12 || !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    CONTENT_CUES
        .binary_search_by(|(f, _)| f.as_bytes().cmp(word.as_bytes()))
        .ok()
        .and_then(|i| CONTENT_CUES.get(i))
        .map(|&(_, lemma)| lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_is_sorted_and_finds_every_form() {
        assert!(
            CUES.windows(2)
                .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
        );
        assert!(CUES.iter().all(|&(f, c, l)| cue(f) == Some((c, l))));
        assert_eq!(cue("Told"), Some((CueClass::Tell, "tell")));
        assert_eq!(cue("quipped"), Some((CueClass::Manner, "quip")));
        assert_eq!(cue("table"), None);
        assert!(
            CONTENT_CUES
                .windows(2)
                .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
        );
        assert_eq!(content_cue("shows"), Some("show"));
        assert_eq!(content_cue("Found"), None);
        assert_eq!(content_cue("said"), None);
    }
}
