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
    let mut buf = [0u8; 16];
    let b = word.as_bytes();
    if b.len() < 2 || b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let w = std::str::from_utf8(&buf[..b.len()]).ok()?;
    match w {
        // Say
        "acknowledge" | "acknowledged" | "acknowledges" | "acknowledging" | "add" | "added" | "adding" | "adds" | "admit" | "admits" | "admitted" | "admitting" | "affirm" | "affirmed" | "affirming" | "affirms" | "agree" | "agreed" | "agreeing" | "agrees" | "allege" | "alleged" | "alleges" | "alleging" | "announce" | "announced" | "announces" | "announcing" | "argue" | "argued" | "argues" | "arguing" | "assert" | "asserted" | "asserting" | "asserts" | "aver" | "averred" | "averring" | "avers" | "believe" | "believed" | "believes" | "believing" | "boast" | "boasted" | "boasting" | "boasts" | "caution" | "cautioned" | "cautioning" | "cautions" | "claim" | "claimed" | "claiming" | "claims" | "complain" | "complained" | "complaining" | "complains" | "concede" | "conceded" | "concedes" | "conceding" | "conclude" | "concluded" | "concludes" | "concluding" | "concur" | "concurred" | "concurring" | "concurs" | "confess" | "confessed" | "confesses" | "confessing" | "confirm" | "confirmed" | "confirming" | "confirms" | "contend" | "contended" | "contending" | "contends" | "declare" | "declared" | "declares" | "declaring" | "denied" | "denies" | "deny" | "denying" | "disclose" | "disclosed" | "discloses" | "disclosing" | "dispute" | "disputed" | "disputes" | "disputing" | "emphasise" | "emphasised" | "emphasises" | "emphasising" | "emphasize" | "emphasized" | "emphasizes" | "emphasizing" | "estimate" | "estimated" | "estimates" | "estimating" | "explain" | "explained" | "explaining" | "explains" | "forecast" | "forecasting" | "forecasts" | "guarantee" | "guaranteed" | "guarantees" | "guaranteing" | "hint" | "hinted" | "hinting" | "hints" | "indicate" | "indicated" | "indicates" | "indicating" | "insist" | "insisted" | "insisting" | "insists" | "lament" | "lamented" | "lamenting" | "laments" | "maintain" | "maintained" | "maintaining" | "maintains" | "mention" | "mentioned" | "mentioning" | "mentions" | "muse" | "mused" | "muses" | "musing" | "note" | "noted" | "notes" | "noting" | "observe" | "observed" | "observes" | "observing" | "opine" | "opined" | "opines" | "opining" | "pledge" | "pledged" | "pledges" | "pledging" | "posit" | "posited" | "positing" | "posits" | "predict" | "predicted" | "predicting" | "predicts" | "propose" | "proposed" | "proposes" | "proposing" | "recall" | "recalled" | "recalling" | "recalls" | "recommend" | "recommended" | "recommending" | "recommends" | "recount" | "recounted" | "recounting" | "recounts" | "reiterate" | "reiterated" | "reiterates" | "reiterating" | "remark" | "remarked" | "remarking" | "remarks" | "repeat" | "repeated" | "repeating" | "repeats" | "replied" | "replies" | "reply" | "replying" | "report" | "reported" | "reporting" | "respond" | "responded" | "responding" | "responds" | "reveal" | "revealed" | "revealing" | "reveals" | "said" | "say" | "saying" | "says" | "speculate" | "speculated" | "speculates" | "speculating" | "state" | "stated" | "stating" | "stress" | "stressed" | "stresses" | "stressing" | "suggest" | "suggested" | "suggesting" | "suggests" | "surmise" | "surmised" | "surmises" | "surmising" | "swear" | "swearing" | "swears" | "swore" | "sworn" | "testified" | "testifies" | "testify" | "testifying" | "theorise" | "theorised" | "theorises" | "theorising" | "theorize" | "theorized" | "theorizes" | "theorizing" | "think" | "thinking" | "thinks" | "thought" | "threaten" | "threatened" | "threatening" | "threatens" | "tweet" | "tweeted" | "tweeting" | "tweets" | "vow" | "vowed" | "vowing" | "vows" | "write" | "writes" | "writing" | "written" | "wrote" => Some(CueClass::Say),
        // Tell
        "accuse" | "accused" | "accuses" | "accusing" | "advise" | "advised" | "advises" | "advising" | "ask" | "asked" | "asking" | "asks" | "assure" | "assured" | "assures" | "assuring" | "beg" | "begged" | "begging" | "begs" | "greet" | "greeted" | "greeting" | "greets" | "inform" | "informed" | "informing" | "informs" | "promise" | "promised" | "promises" | "promising" | "remind" | "reminded" | "reminding" | "reminds" | "tell" | "telling" | "tells" | "thank" | "thanked" | "thanking" | "thanks" | "told" | "urge" | "urged" | "urges" | "urging" | "warn" | "warned" | "warning" | "warns" => Some(CueClass::Tell),
        // Manner
        "bill" | "billed" | "billing" | "bills" | "blurt" | "blurted" | "blurting" | "blurts" | "brand" | "branded" | "branding" | "brands" | "call" | "called" | "calling" | "calls" | "chant" | "chanted" | "chanting" | "chants" | "chime" | "chimed" | "chimes" | "chiming" | "cried" | "cries" | "crow" | "crowed" | "crowing" | "crows" | "cry" | "crying" | "describe" | "described" | "describes" | "describing" | "dub" | "dubbed" | "dubbing" | "dubs" | "exclaim" | "exclaimed" | "exclaiming" | "exclaims" | "gush" | "gushed" | "gushes" | "gushing" | "hail" | "hailed" | "hailing" | "hails" | "joke" | "joked" | "jokes" | "joking" | "label" | "labeled" | "labeling" | "labelled" | "labelling" | "labels" | "laugh" | "laughed" | "laughing" | "laughs" | "marvel" | "marveled" | "marvelled" | "marvels" | "mutter" | "muttered" | "muttering" | "mutters" | "plead" | "pleaded" | "pleading" | "pleads" | "praise" | "praised" | "praises" | "praising" | "quip" | "quipped" | "quipping" | "quips" | "retort" | "retorted" | "retorting" | "retorts" | "scold" | "scolded" | "scolding" | "scolds" | "shout" | "shouted" | "shouting" | "shouts" | "sigh" | "sighed" | "sighing" | "sighs" | "snap" | "snapped" | "snapping" | "snaps" | "sniff" | "sniffed" | "sniffing" | "sniffs" | "speak" | "speaking" | "speaks" | "spoke" | "spoken" | "stutter" | "stuttered" | "stuttering" | "stutters" | "talk" | "talked" | "talking" | "talks" | "term" | "termed" | "terming" | "terms" | "tout" | "touted" | "touting" | "touts" | "whisper" | "whispered" | "whispering" | "whispers" | "yell" | "yelled" | "yelling" | "yells" => Some(CueClass::Manner),
        _ => None,
    }
}
