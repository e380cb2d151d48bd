//! A speaker given by a description ("the defender", "the former minister", "the
//! 30-year-old") as the person the article named before.
//!
//! A reader takes "the defender said" after "Chelsea defender Tom Reed" to be Reed. The
//! entities stage links such descriptions when their noun is a title it knows and someone was
//! given that title; this module settles the rest for speakers only, reading the text around
//! the earlier names: the words just before a name ("veteran striker Tom Reed"), an apposition
//! after it ("Ann Roe, the health minister,"), the roles the entities stage recorded, and an
//! age given with the name ("Tom Reed, 30," or "30-year-old Tom Reed"). Failing a role or an
//! age, the same description resolved earlier in the article is the same person; a
//! description that names a person and has not been used for someone unnamed before is the
//! speaker just named with nobody else named since ("Reed said ... '...,' the veteran
//! added"), else the subject of the sentence before ("Reed was puzzled. '...,' said the
//! winger."), else the one person of this paragraph or the one before. Whoever these point to
//! must not be ruled out by what the text says of them: another kind of title ("Coach Jim
//! Fox" is no striker), another rank or place with the same role ("deputy leader", "Norvale
//! police chief"), another age, gender, or a place after the description in its sentence
//! ("the judge agreed with Ann Roe" is not Roe). Otherwise the description stays as written:
//! a wrong name is worse than none.
//!
//! It is not coreference for the whole article: only speakers are resolved, and only persons.
//! A body described by its kind ("the club", "the utility") is never a person here.

use super::Ctx;
use super::resolve::{BODY_NOUNS, Index, NOT_PERSON};
use super::speaker::Np;
use crate::entities::lists::{self, TitleKind};
use crate::{EntityType, MentionForm, Party};
use lede_text::TokenKind;

/// How many mentions before the speaker are read; a bounded look-back keeps each lookup cheap
/// however long the article.
const LOOK_BACK: usize = 200;

/// Nouns for a person that are no titles but that a reader resolves to the one person in
/// view. Kinship words ("the father") are not here: they relate the speaker to someone else.
const PERSON_NOUNS: &[&str] = &[
    "veteran",
    "youngster",
    "teenager",
    "teen",
    "boss",
    "keeper",
    "captain",
    "champion",
    "winner",
    "runner-up",
    "rookie",
    "newcomer",
    "skipper",
    "centre-back",
    "center-back",
    "full-back",
    "fullback",
    "batsman",
    "bowler",
    "pitcher",
    "quarterback",
    "rider",
    "driver",
    "boxer",
    "fighter",
    "golfer",
    "sprinter",
    "swimmer",
    "athlete",
    "musician",
    "rapper",
    "comedian",
    "presenter",
    "host",
    "producer",
    "novelist",
    "poet",
    "artist",
    "designer",
    "chef",
    "entrepreneur",
    "owner",
    "mp",
    "peer",
    "incumbent",
    "challenger",
];

/// What a description says of its person.
#[derive(Debug)]
struct Desc {
    /// The noun, lower case ("defender"), and with the office word before it when there is one
    /// ("prime minister"), which then must match as a whole.
    head: Option<String>,
    /// A word before the noun that sets one holder of a role apart from another ("deputy",
    /// "shadow", "top", "seventh"): the person must have been given the same.
    rank: Option<String>,
    /// The age in "the 30-year-old".
    age: Option<u32>,
    /// Capitalized modifiers ("Liberal" in "the Liberal leader"), which tell apart two people
    /// of the same role.
    proper: Vec<String>,
    /// The head is a people's word ("the American", "the Scot", "the Welshman"): it says
    /// where the person is from, not what they do, so it rules out no title.
    nation: bool,
}

/// Whether a description's lower-case head, as the memo of descriptions keeps it, is a
/// people's word.
fn is_nation_head(head: &str) -> bool {
    let mut cs = head.chars();
    cs.next().is_some_and(|c| {
        let word: String = c.to_uppercase().chain(cs).collect();
        is_nation_word(&word)
    })
}

/// Whether a word names one person of a people: "American", "Scot", "Welshman"; not a
/// plural ("Americans", "Welshmen") nor a country's own name.
fn is_nation_word(w: &str) -> bool {
    let plural = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("men");
    !plural
        && (lists::is_demonym_noun(w)
            || PEOPLE_NOUNS.contains(&w)
            || lists::demonym_country(w).is_some() && lists::country(w).is_none())
}

/// Nouns for one person of a people where the people's adjective is another word ("Scottish",
/// "Spanish"), which the demonym lists hold.
const PEOPLE_NOUNS: &[&str] = &[
    "Scot",
    "Spaniard",
    "Briton",
    "Brit",
    "Swede",
    "Dane",
    "Finn",
    "Pole",
    "Turk",
    "Kiwi",
    "Aussie",
    "Icelander",
    "Luxembourger",
    "Filipino",
    "Filipina",
    "Argentine",
    "Uruguayan",
    "Zimbabwean",
    "Kenyan",
    "Nigerian",
    "Ghanaian",
    "Cameroonian",
    "Serb",
    "Croat",
    "Slovak",
    "Czech",
    "Latvian",
    "Lithuanian",
    "Estonian",
    "Ukrainian",
    "Belarusian",
    "Georgian",
];

/// The age a word such as "30-year-old" gives.
fn age_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let digits = w
        .strip_suffix("-year-old")
        .or_else(|| w.strip_suffix("-years-old"))?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A word of a title as a lower-case full word: "Sen." is "senator", "Gov" "governor".
fn full_word(word: &str) -> String {
    let l = word.trim_end_matches('.').to_lowercase();
    let full = match l.as_str() {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "pres" => "president",
        "gen" => "general",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "capt" => "captain",
        "col" => "colonel",
        "cmdr" => "commander",
        "det" => "detective",
        "insp" => "inspector",
        "supt" => "superintendent",
        "prof" => "professor",
        "atty" => "attorney",
        "amb" => "ambassador",
        "cllr" => "councillor",
        _ => return l,
    };
    full.to_string()
}

/// Whether a lower-case word names a role or a kind of person that a reader takes to be the
/// one person in view.
fn person_noun(w: &str) -> bool {
    lists::title(w).is_some_and(|(k, _)| k != TitleKind::Honorific) || PERSON_NOUNS.contains(&w)
}

/// Reads phrase `np` as a description of a person: "the", modifiers and a singular lower-case
/// noun, or an age. None for anything else, and for a body ("the club", "the Labour party").
fn parse(ctx: &Ctx<'_>, np: Np) -> Option<Desc> {
    if !ctx.is(np.lo, "the") || np.hi < np.lo + 2 || np.hi > np.lo + 7 {
        return None;
    }
    // "the 39-year-old founder of the shop": the description ends before its "of".
    let end = (np.lo + 1..np.hi)
        .find(|&i| ctx.is(i, "of"))
        .unwrap_or(np.hi);
    let words = np.lo + 1..end;
    if words.is_empty()
        || words.clone().any(|i| {
            ctx.toks
                .get(i)
                .is_none_or(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Number))
        })
    {
        return None;
    }
    let age = words.clone().find_map(|i| age_of(ctx.word(i)));
    let last = end - 1;
    let lw = ctx.word(last);
    // "the British", "the French": a people's adjective alone is the people; with an age
    // ("the 24-year-old Swiss") it is one of them.
    let adjective = ["sh", "ch", "ese", "ss"].iter().any(|x| lw.ends_with(x));
    let nation = is_nation_word(lw) && (!adjective || age.is_some());
    let head = if age_of(lw).is_some() {
        None
    } else if nation {
        Some(lw.to_lowercase())
    } else {
        if !lw.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let l = lw.to_ascii_lowercase();
        // A plural names a group; a body's kind is no person.
        // "the former" is a phrase cut short, not a role.
        if (l.ends_with('s') && !l.ends_with("ss"))
            || (lists::is_title_modifier(&l) && !person_noun(&l))
            || NOT_PERSON.contains(&l.as_str())
            || BODY_NOUNS.contains(&l.as_str())
        {
            return None;
        }
        let office =
            last > np.lo + 1 && lists::is_office_modifier(&ctx.word(last - 1).to_lowercase());
        Some(if office {
            format!("{} {l}", ctx.word(last - 1).to_lowercase())
        } else {
            l
        })
    };
    if head.is_none() && age.is_none() {
        return None;
    }
    let head_len = head.as_deref().map_or(0, |h| h.split(' ').count());
    let rank = (last + 1)
        .checked_sub(head_len + 1)
        .filter(|&r| head_len > 0 && r > np.lo)
        .map(|r| full_word(ctx.word(r)))
        .filter(|w| is_rank(w));
    let proper = (np.lo + 1..last)
        .filter(|&i| ctx.toks.get(i).is_some_and(|t| t.is_capitalized()))
        .map(|i| ctx.word(i).to_string())
        .collect();
    Some(Desc {
        head,
        rank,
        age,
        proper,
        nation,
    })
}

/// Words before a role that tell apart its holders: "deputy leader" is not "leader", the
/// "seventh seed" not the "top seed".
fn is_rank(w: &str) -> bool {
    matches!(
        w,
        "deputy"
            | "vice"
            | "shadow"
            | "assistant"
            | "junior"
            | "associate"
            | "acting"
            | "interim"
            | "co"
            | "top"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "1st"
            | "2nd"
            | "3rd"
            | "4th"
            | "5th"
            | "6th"
            | "7th"
            | "8th"
            | "9th"
            | "10th"
    )
}

/// Whether the word before a role (`prev`) gives it the rank the description says.
fn same_rank(prev: Option<&str>, rank: Option<&str>) -> bool {
    prev.filter(|w| is_rank(w)) == rank
}

/// Whether the words at tokens `from..to` hold `head` (one word, or an office and its title).
fn holds(ctx: &Ctx<'_>, from: usize, to: usize, head: &str) -> bool {
    let n = head.split(' ').count();
    (from..to).any(|i| {
        i + n <= to
            && head
                .split(' ')
                .enumerate()
                .all(|(k, w)| full_word(ctx.word(i + k)) == w)
    })
}

/// The start of the title phrase right before the name at token `lo`: up to six words, in its
/// sentence, with no punctuation ("Chelsea defender", "30-year-old").
fn title_start(ctx: &Ctx<'_>, lo: usize) -> usize {
    let floor = ctx.sentence_start(lo);
    let mut j = lo;
    while j > floor
        && lo - j < 6
        && ctx
            .toks
            .get(j - 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        && !ctx.quoted(j - 1)
    {
        j -= 1;
    }
    j
}

/// The apposition after the name ending before token `hi`, as a token range: "Ann Roe, the
/// health minister," or "Tom Reed (a defender)", past an age ("Tom Reed, 30, a defender").
/// Words from a preposition or a relative pronoun on say what the person did, not what they
/// are.
fn apposition(ctx: &Ctx<'_>, hi: usize) -> Option<(usize, usize)> {
    let end = ctx
        .sentence_of(hi)
        .and_then(|s| ctx.seg.sentences.get(s))
        .map(|s| s.tokens.end)?;
    if !matches!(ctx.word(hi), "," | "(") {
        return None;
    }
    let mut a = hi + 1;
    if ctx.toks.get(a).is_some_and(|t| t.kind == TokenKind::Number)
        && matches!(ctx.word(a + 1), "," | ")")
    {
        a += 2;
    }
    let first = ctx.word(a);
    let opens = ctx.is_any(
        a,
        &[
            "a",
            "an",
            "the",
            "also",
            "now",
            "then",
            "currently",
            "formerly",
            "former",
            "his",
            "her",
            "their",
        ],
    ) || first.starts_with(|c: char| c.is_uppercase())
        || person_noun(&first.to_lowercase());
    if !opens || ctx.quoted(a) {
        return None;
    }
    let mut b = a;
    while b < end && b - a < 10 {
        let t = ctx.toks.get(b)?;
        if !matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive
        ) || ctx.is_any(
            b,
            &[
                "of", "for", "at", "in", "with", "who", "which", "that", "whose", "from", "to",
                "on", "after", "since", "when", "whom", "by", "against",
            ],
        ) {
            break;
        }
        b += 1;
    }
    (b > a).then_some((a, b))
}

/// The age given with the name at tokens `lo..hi`: "Tom Reed, 30,", "Tom Reed (30)" or
/// "30-year-old Tom Reed".
fn age_at(ctx: &Ctx<'_>, lo: usize, hi: usize) -> Option<u32> {
    if matches!(ctx.word(hi), "," | "(")
        && ctx
            .toks
            .get(hi + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && (matches!(ctx.word(hi + 2), "," | ")" | "." | ";")
            || ctx.sentence_of(hi + 2) != ctx.sentence_of(hi + 1))
        && let Ok(n) = ctx.word(hi + 1).parse::<u32>()
        && (1..=120).contains(&n)
    {
        return Some(n);
    }
    (title_start(ctx, lo)..lo).find_map(|i| age_of(ctx.word(i)))
}

/// Whether the name at tokens `lo..hi` is given role `head`: in the title phrase before it,
/// where the role comes last or with other titles only after it ("Chelsea defender Tom
/// Reed", "defender and captain Tom Reed"), or in its apposition.
fn role_at(ctx: &Ctx<'_>, lo: usize, hi: usize, desc: &Desc, own: usize) -> Option<bool> {
    let head = desc.head.as_deref()?;
    let rank = desc.rank.as_deref();
    let n = head.split(' ').count();
    // "Norfolk police chief X" is not "the Metropolitan police chief": names before the
    // role that share none of the description's say another holder.
    let other_place = |a: usize, b: usize| {
        !desc.proper.is_empty() && {
            let names: Vec<&str> = (a..b)
                .filter(|&k| {
                    ctx.toks.get(k).is_some_and(|t| t.is_capitalized())
                        && lists::title(&full_word(ctx.word(k))).is_none()
                        && !lists::is_title_modifier(&ctx.word(k).to_lowercase())
                        && !lists::is_office_modifier(&ctx.word(k).to_lowercase())
                })
                .map(|k| ctx.word(k))
                .collect();
            !names.is_empty()
                && !names
                    .iter()
                    .any(|w| desc.proper.iter().any(|p| p.eq_ignore_ascii_case(w)))
        }
    };
    // Whether the role at tokens `i..` of a phrase starting at `from` is the same holder's:
    // the same rank and no other place.
    let same = |from: usize, i: usize| {
        same_rank(
            (i > from).then(|| full_word(ctx.word(i - 1))).as_deref(),
            rank,
        ) && !other_place(from, i)
    };
    let mut found = None;
    let mut note = |ok: bool| found = Some(found.unwrap_or(false) || ok);
    // "Chelsea defender Tom Reed", "defender and captain Tom Reed".
    let from = title_start(ctx, lo);
    for i in from..lo {
        if holds(ctx, i, (i + n).min(lo), head)
            && (i + n..lo).all(|k| {
                ctx.is(k, "and")
                    || lists::title(&full_word(ctx.word(k)))
                        .is_some_and(|(t, _)| t != TitleKind::Honorific)
            })
        {
            note(same(from, i));
        }
    }
    // "the health minister, Ann Roe,": a description set before the name. Not "Reed's
    // father, Sam,", which says how one person is related to another.
    if ctx.word(lo.wrapping_sub(1)) == ","
        && let Some(i) = lo.checked_sub(1 + n)
        && holds(ctx, i, lo - 1, head)
    {
        let from = title_start(ctx, i + n);
        let article = (from..i)
            .rev()
            .find(|&k| ctx.is_any(k, &["the", "a", "an"]));
        if let Some(a) = article {
            note(same(a + 1, i));
        }
    }
    // "Ann Roe, the health minister,". Not the description being resolved, which follows a
    // name as the subject of its own clause ("Reacting to a remark by Ann Roe, the
    // minister said").
    if let Some((a, b)) = apposition(ctx, hi)
        && !(a..b).contains(&own)
    {
        for i in a..b {
            if holds(ctx, i, (i + n).min(b), head) {
                note(same(a, i));
            }
        }
    }
    found
}

/// The title word right before the name at token `lo` ("Coach" in "Coach Jim Fox"), as a
/// full lower-case word.
fn title_before(ctx: &Ctx<'_>, lo: usize) -> Option<String> {
    let from = title_start(ctx, lo);
    let p = lo.checked_sub(1).filter(|&p| p >= from)?;
    let w = full_word(ctx.word(p));
    if !lists::title(&w).is_some_and(|(k, _)| k != TitleKind::Honorific) {
        return None;
    }
    // "Home Secretary": an office word makes one office of the title.
    let office = p
        .checked_sub(1)
        .filter(|&o| o >= from)
        .map(|o| ctx.word(o).to_lowercase())
        .filter(|o| lists::is_office_modifier(o));
    Some(match office {
        Some(o) => format!("{o} {w}"),
        None => w,
    })
}

/// Kinds of role, each with its general words and its classes of words for one office or
/// trade. A person given a title (an office, a position) may be described by a general word
/// of its kind or by a word of its class: a minister is "the secretary" or "the leader", a
/// coach "the manager" or "the boss", but a president is no "prime minister" and "Coach Jim
/// Fox" no "striker".
const KINDS: &[(&[&str], &[&[&str]])] = &[
    (
        &[
            "leader",
            "politician",
            "lawmaker",
            "mp",
            "official",
            "candidate",
            "nominee",
            "incumbent",
            "challenger",
            "peer",
            "head",
            "chief",
        ],
        &[
            &["minister", "secretary", "chancellor", "premier"],
            &["president", "vice-president"],
            &["senator"],
            &["representative", "congressman", "congresswoman"],
            &["governor"],
            &["mayor"],
            &["councillor", "councilor"],
            &["ambassador", "envoy", "diplomat"],
            &["spokesman", "spokeswoman", "spokesperson"],
        ],
    ),
    (
        &["boss", "chief", "head", "executive"],
        &[
            &["coach", "manager"],
            &["director"],
            &["chairman", "chairwoman", "chair"],
            &["ceo"],
            &[
                "founder",
                "owner",
                "businessman",
                "businesswoman",
                "tycoon",
                "billionaire",
                "entrepreneur",
            ],
        ],
    ),
    (
        &[
            "player",
            "star",
            "international",
            "veteran",
            "youngster",
            "teenager",
            "teen",
            "rookie",
            "champion",
            "winner",
            "captain",
            "skipper",
            "athlete",
        ],
        &[
            &["striker", "forward", "winger", "wing"],
            &[
                "defender",
                "full-back",
                "fullback",
                "centre-back",
                "center-back",
            ],
            &["midfielder"],
            &["goalkeeper", "keeper"],
            &["lock", "prop", "flanker", "hooker", "forward"],
            &["fly-half", "scrum-half", "centre"],
            &["batsman", "bowler"],
        ],
    ),
    (
        &["star", "artist", "veteran", "performer"],
        &[
            &["singer", "musician", "rapper", "guitarist", "drummer"],
            &["actor", "actress"],
            &["comedian", "comic"],
            &["presenter", "host"],
            &["author", "writer", "novelist", "poet"],
            &["director", "producer"],
        ],
    ),
];

/// Whether title `t` may be described by the word `h`.
fn same_kind(t: &str, h: &str) -> bool {
    t == h
        || KINDS.iter().any(|(general, classes)| {
            let in_kind = |w: &str| general.contains(&w) || classes.iter().any(|c| c.contains(&w));
            (classes.iter().any(|c| c.contains(&t) && c.contains(&h)))
                || (in_kind(t) && in_kind(h) && (general.contains(&t) || general.contains(&h)))
        })
}

/// Whether a person with the titles `titles` may be what `head` describes.
fn compatible(titles: &[String], head: Option<&str>) -> bool {
    let Some(full) = head else {
        return true;
    };
    let last = |x: &str| x.rsplit(' ').next().unwrap_or("").to_string();
    let h = last(full);
    // Two offices ("prime minister", "home secretary") are the same only when they are
    // the same office.
    titles.is_empty()
        || titles.iter().any(|t| {
            if t.contains(' ') && full.contains(' ') {
                t == full
            } else {
                same_kind(&last(t), &h)
            }
        })
}

/// Whether the head word of a description was used before token `at` on its own, for
/// someone the article does not name ("the prime minister" who is the subject of a story
/// about his opponent): then "the prime minister said" is that person, not the last speaker.
/// A title before a name ("defender Tom Reed") and a description next to a verb of saying
/// (another speaker given by it) do not count.
fn used_before(ctx: &Ctx<'_>, at: usize, head: &str) -> bool {
    let Some(w) = head.rsplit(' ').next() else {
        return false;
    };
    let floor = ctx
        .para_of(at)
        .map(|p| ctx.para_tokens(p.saturating_sub(3)).start)
        .unwrap_or(at)
        .max(at.saturating_sub(800));
    (floor..at).any(|i| {
        let word = ctx.word(i);
        // Most words are told apart by their length before any case folding.
        if !((word.len() == w.len() && word.eq_ignore_ascii_case(w))
            || (word.len() <= 5 && full_word(word) == w))
            || ctx.quoted(i)
            || ctx.toks.get(i + 1).is_some_and(|t| t.is_capitalized())
        {
            return false;
        }
        // "a spokesman said" brings in someone unnamed; "the spokesman said" may be a
        // described speaker resolved like this one.
        let indefinite = (i.saturating_sub(4)..i)
            .rev()
            .find(|&k| ctx.is_any(k, &["a", "an", "the"]))
            .is_some_and(|k| !ctx.is(k, "the"));
        let speaks = lists::is_speech_verb(&ctx.word(i + 1).to_lowercase())
            || (i > 0 && lists::is_speech_verb(&ctx.word(i - 1).to_lowercase()));
        indefinite || !speaks
    })
}

/// Whether the name starting at token `t` is the object of a preposition, alone or in a list
/// of names ("clear of France's Hind Velmor and Russia's Ana Corvo"): someone the sentence is
/// not about, who does not take the place of the person in view.
fn after_preposition(ctx: &Ctx<'_>, t: usize) -> bool {
    let floor = ctx.sentence_start(t);
    let mut k = t;
    while k > floor && t - k < 12 {
        k -= 1;
        let w = ctx.word(k);
        let tok = &ctx.toks[k];
        if tok.is_capitalized() || tok.kind == TokenKind::Possessive || matches!(w, "," | "and") {
            continue;
        }
        return matches!(
            w,
            "of" | "to" | "with" | "against" | "by" | "from" | "over" | "for" | "behind" | "than"
        );
    }
    false
}

/// One person named before the speaker, as the look-back found them.
#[derive(Debug)]
struct Seen {
    entity: usize,
    /// The role matched at one of the person's names, or in the roles the entities stage
    /// recorded.
    role: bool,
    /// The proper modifiers of the description found near one of the person's names.
    proper: bool,
    /// The age given with one of the person's names.
    age: Option<u32>,
    /// Given the description's role with another rank or place ("deputy leader" for "the
    /// leader"), which makes them someone else.
    other_holder: bool,
    /// The titles given right before the names, and in the recorded roles.
    titles: Vec<String>,
    /// The paragraph of the person's latest name before the speaker.
    para: usize,
}

/// The person a description phrase `np` (a speaker) stands for, as a party that keeps the
/// description's words and span.
pub fn person(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    np: Np,
    earlier: Option<(&Party, usize)>,
) -> Option<Party> {
    let desc = parse(ctx, np)?;
    let start = ctx.toks.get(np.lo)?.span.start;
    let end = ctx.toks.get(np.hi.checked_sub(1)?)?.span.end;
    // "the chairman of the group, Sir Tom Reed, said": the name set beside it says who.
    if ctx.word(np.hi) == ","
        && let Some(after) = ctx.toks.get(np.hi + 1)
    {
        let lo = index.mentions.partition_point(|m| m.0 < after.span.start);
        let limit = ctx.toks.get(np.hi + 3).map_or(usize::MAX, |t| t.span.start);
        let mut close = index
            .mentions
            .get(lo..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.0 <= limit);
        if let Some(&(_, _, e, _)) = close.find(|m| index.entities[m.2].kind == EntityType::PERSON)
        {
            let ent = &index.entities[e];
            return Some(Party {
                entity: Some(ent.id.clone()),
                name: ent.name.clone(),
                start,
                end,
                text: ctx.text.get(start..end)?.to_string(),
            });
        }
    }
    let here = ctx.para_of(np.lo)?;
    let head = desc.head.as_deref();
    let hi = index.mentions.partition_point(|m| m.0 < start);
    // People in order of their latest name before the speaker, most recent first.
    let mut seen: Vec<Seen> = Vec::new();
    // A name that the entities stage did not take for a person but is shaped like one, in
    // view: then nobody is the one person in view.
    let mut person_like_near = false;
    for &(ms, me, e, m) in index.mentions[..hi].iter().rev().take(LOOK_BACK) {
        let ent = &index.entities[e];
        let lo = ctx.toks.partition_point(|t| t.span.start < ms);
        let Some(para) = ctx.para_of(lo) else {
            continue;
        };
        // A name inside a quotation is someone the speaker talks about.
        if me > start || ctx.quoted(lo) {
            continue;
        }
        let mhi = ctx.toks.partition_point(|t| t.span.start < me);
        if ent.kind != EntityType::PERSON {
            // Shaped like a person's name, and speaking or with a first name.
            person_like_near |= here.saturating_sub(para) <= 1
                && super::resolve::person_like(ent)
                && ((mhi..mhi + 4).any(|k| lists::is_speech_verb(&ctx.word(k).to_lowercase()))
                    || ent
                        .name
                        .split_whitespace()
                        .next()
                        .and_then(lists::first_name_gender)
                        .is_some());
            continue;
        }
        let pronoun = ent
            .mentions
            .get(m)
            .is_none_or(|x| x.form == MentionForm::Pronoun);
        let i = match seen.iter().position(|s| s.entity == e) {
            Some(i) => i,
            None => {
                // A recorded role keeps no place names: a description with one ("the
                // Metropolitan police chief") is matched in the text only.
                let role = head.filter(|_| desc.proper.is_empty()).is_some_and(|h| {
                    ent.roles.iter().any(|r| {
                        let words: Vec<String> = r.split_whitespace().map(full_word).collect();
                        let hw: Vec<&str> = h.split(' ').collect();
                        (0..words.len()).any(|i| {
                            words
                                .get(i..i + hw.len())
                                .is_some_and(|w| w.iter().zip(&hw).all(|(a, b)| a == b))
                                && same_rank(
                                    i.checked_sub(1)
                                        .and_then(|p| words.get(p))
                                        .map(|w| w.as_str()),
                                    desc.rank.as_deref(),
                                )
                        })
                    })
                });
                let titles = ent
                    .roles
                    .iter()
                    .flat_map(|r| r.split_whitespace())
                    .map(full_word)
                    .filter(|w| lists::title(w).is_some_and(|(k, _)| k != TitleKind::Honorific))
                    .collect();
                seen.push(Seen {
                    entity: e,
                    role,
                    proper: false,
                    age: None,
                    other_holder: false,
                    titles,
                    para,
                });
                seen.len() - 1
            }
        };
        if pronoun {
            continue;
        }
        let s = &mut seen[i];
        // The description is its own clause's subject, unless a comma closes it as an
        // apposition ("Ann Roe, the minister, said").
        let own = if ctx.word(np.hi) == "," {
            usize::MAX
        } else {
            np.lo
        };
        match role_at(ctx, lo, mhi, &desc, own) {
            Some(true) => s.role = true,
            Some(false) => s.other_holder = true,
            None => {}
        }
        if let Some(t) = title_before(ctx, lo)
            && !s.titles.contains(&t)
        {
            s.titles.push(t);
        }
        s.age = s.age.or_else(|| age_at(ctx, lo, mhi));
        if !desc.proper.is_empty() {
            let from = title_start(ctx, lo);
            let app = apposition(ctx, mhi).unwrap_or((mhi, mhi));
            s.proper |= desc.proper.iter().any(|p| {
                (from..lo)
                    .chain(app.0..app.1)
                    .any(|k| ctx.word(k).eq_ignore_ascii_case(p))
                    || ent
                        .roles
                        .iter()
                        .any(|r| r.split_whitespace().any(|w| w == p))
            });
        }
    }
    // Someone named after the description in its own sentence is someone else: "the judge
    // agreed with Ann Roe" is not Roe. (A name before it may be the same person: "After Roe
    // scored, the striker said".)
    let sent = ctx.seg.sentences.get(ctx.sentence_of(np.lo)?)?;
    // The names after the description, to the end of its sentence.
    let (a, b) = (
        index.mentions.partition_point(|m| m.0 < end),
        index.mentions.partition_point(|m| m.0 < sent.span.end),
    );
    let in_sentence: Vec<usize> = index
        .mentions
        .get(a..b)
        .unwrap_or(&[])
        .iter()
        // A sentence of hundreds of names is a list: its first names after the description
        // say enough, and the scan stays bounded.
        .take(LOOK_BACK)
        .filter(|m| {
            index.entities[m.2]
                .mentions
                .get(m.3)
                .is_some_and(|x| x.form != MentionForm::Pronoun)
        })
        .map(|m| m.2)
        .collect();
    // Everyone in view, for the fallback below, before those are set aside.
    let near = seen
        .iter()
        .filter(|s| here.saturating_sub(s.para) <= 1)
        .count();
    seen.retain(|s| !in_sentence.contains(&s.entity));
    let fits_age = |s: &Seen| desc.age.is_none_or(|a| s.age.is_none_or(|b| a == b));
    // The person given the role (and the age, when both are said); of several, the one the
    // description's proper modifiers point to, else the most recent.
    let by_role: Vec<&Seen> = seen.iter().filter(|s| s.role && fits_age(s)).collect();
    let by_age: Vec<&Seen> = seen
        .iter()
        .filter(|s| desc.age.is_some() && s.age == desc.age)
        .collect();
    // Whoever the text points to otherwise must be a person that nothing said of them rules
    // out: not named after the description in its sentence, of no other kind of title and no
    // other age.
    // "the actress" is no man.
    let head_gender = head
        .and_then(|h| lists::title(h.rsplit(' ').next().unwrap_or(h)))
        .and_then(|(_, g)| g);
    let fits = |e: usize| {
        !in_sentence.contains(&e)
            && index.entities[e].kind == EntityType::PERSON
            && head_gender.is_none_or(|g| {
                super::resolve::known_gender(&index.entities[e]).is_none_or(|k| k == g)
            })
            && seen
                .iter()
                .find(|s| s.entity == e)
                .is_none_or(|s| {
                    (desc.nation || compatible(&s.titles, head)) && fits_age(s) && !s.other_holder
                })
            // A person this article already described otherwise ("the home secretary") is
            // not another office ("the prime minister").
            && {
                let memo = ctx.described.borrow();
                // A people's word said of them before ("the Scot") rules out no role.
                let said: Vec<String> = memo
                    .iter()
                    .filter(|(w, x)| *x == e && !is_nation_head(w))
                    .map(|(w, _)| w.clone())
                    .collect();
                // Nor is someone called one people's word ("the American") another's.
                let other_nation = desc.nation
                    && memo
                        .iter()
                        .any(|(w, x)| *x == e && is_nation_head(w) && Some(w.as_str()) != head);
                !other_nation && (desc.nation || compatible(&said, head))
            }
    };
    let entity_of = |p: &Party| {
        p.entity
            .as_ref()
            .and_then(|id| index.entities.iter().position(|x| &x.id == id))
    };
    // Whether someone other than entity `e` is named (outside quotation marks) from byte
    // `from` to the description: then the last speaker or subject may not be the one meant.
    let named_between = |from: usize, e: usize| {
        let lo = index.mentions.partition_point(|m| m.0 < from);
        index
            .mentions
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .take(LOOK_BACK)
            .any(|m| {
                m.2 != e
                    && index.entities[m.2].kind == EntityType::PERSON
                    && index.entities[m.2]
                        .mentions
                        .get(m.3)
                        .is_some_and(|x| x.form != MentionForm::Pronoun)
                    && {
                        let t = ctx.toks.partition_point(|t| t.span.start < m.0);
                        !ctx.quoted(t) && !after_preposition(ctx, t)
                    }
            })
    };
    // A description read as the person in view: one that names a person (a role or an
    // age), and one the article has not used before for someone it leaves unnamed.
    let anaphor = by_age.is_empty()
        && (desc.nation
            || head.is_none_or(|h| person_noun(h.rsplit(' ').next().unwrap_or(h)))
                && head.is_none_or(|h| !used_before(ctx, np.lo, h)));
    // The same description resolved before in the article.
    let before = head.and_then(|h| {
        let memo = ctx.described.borrow();
        memo.iter().rev().find(|(w, _)| w == h).map(|&(_, e)| e)
    });
    let pick = if head.is_some() && !by_role.is_empty() {
        by_role
            .iter()
            .find(|s| s.proper)
            .or_else(|| by_role.first())
            .map(|s| s.entity)
    } else if by_age.len() == 1 {
        by_age.first().map(|s| s.entity)
    } else if let Some(e) = before.filter(|&e| fits(e)) {
        Some(e)
    } else if anaphor {
        // The speaker just quoted by name, with no other name as a subject since ("Reed
        // said ... '...,' the defender added."); else the person who is the subject of the
        // sentence before ("Reed was puzzled. '...,' said the defender."); else the one
        // person named in this paragraph or the one before.
        let last = super::resolve::antecedent(ctx, index, np.lo, earlier)
            .and_then(|p| entity_of(&p))
            .filter(|&e| {
                fits(e)
                    && earlier.is_some_and(|(_, at)| {
                        // A name inside a longer phrase ("the star of Rain Man and Tootsie")
                        // is a doubtful speaker to carry on.
                        let t = ctx.toks.partition_point(|t| t.span.start < at);
                        let inside = t > 0 && ctx.is_any(t - 1, &["of", "and", "with", "or"]);
                        !named_between(at, e) && !inside
                    })
            });
        let subject = || {
            let s = ctx.sentence_of(np.lo)?.checked_sub(1)?;
            let sent = ctx.seg.sentences.get(s)?;
            if here.saturating_sub(sent.paragraph) > 1 || ctx.skip_para(sent.paragraph) {
                return None;
            }
            let subj = super::speaker::sentence_subject(ctx, s, sent.tokens.end)?;
            if ctx.quoted(subj.lo) {
                return None;
            }
            let (hs, he) = (
                ctx.toks.get(subj.head.0)?.span.start,
                ctx.toks.get(subj.head.1.checked_sub(1)?)?.span.end,
            );
            let (e, m) = index.best(hs, he, |k| k == EntityType::PERSON)?;
            let men = index.entities[e].mentions.get(m)?;
            // The subject is the name, with a title at most ("Coach Tom Reed"): not "the
            // star of Tootsie", not a pronoun.
            let first = ctx.toks.partition_point(|t| t.span.start < men.start);
            let plain = men.form != MentionForm::Pronoun
                && ctx.toks.get(subj.hi.checked_sub(1)?)?.span.end == men.end
                && (subj.lo..first).all(|k| {
                    ctx.toks.get(k).is_some_and(|t| t.is_capitalized())
                        || ctx.is(k, "the")
                        || lists::title(&full_word(ctx.word(k))).is_some()
                        || lists::is_title_modifier(&ctx.word(k).to_lowercase())
                });
            (plain && fits(e) && !named_between(men.end, e)).then_some(e)
        };
        let one = || {
            let one: Vec<&Seen> = seen
                .iter()
                .filter(|s| here.saturating_sub(s.para) <= 1)
                .collect();
            match one.as_slice() {
                [s] if near == 1 && !person_like_near && fits(s.entity) => Some(s.entity),
                _ => None,
            }
        };
        last.or_else(subject).or_else(one)
    } else {
        None
    }?;
    let ent = index.entities.get(pick)?;
    if let Some(h) = head {
        let mut memo = ctx.described.borrow_mut();
        // An article has a handful of described speakers; the list stays short.
        if memo.len() < 64 {
            memo.push((h.to_string(), pick));
        }
    }
    Some(Party {
        entity: Some(ent.id.clone()),
        name: ent.name.clone(),
        start,
        end,
        text: ctx.text.get(start..end)?.to_string(),
    })
}
