//! Turning a speaker or addressee phrase into a [`Party`]: the entity the entities stage
//! found there, its name, and the mention's span.
//!
//! A phrase names the entity with a mention overlapping its head, or failing that, the
//! phrase; a description of a person ("the weary tailor") is never the place or company
//! named inside it, and "the utility" right after a company spoke is that company. "He" or
//! "she" right after a named speaker, with no other subject between, is that speaker; a
//! pronoun with no entity behind it takes the last named speaker, else the last person whose
//! pronouns (as the entities stage linked them) share its gender, else the one person of
//! that gender the article names, and "it" the organization named last. A quote with no cue
//! takes the name that signs its line ("“...” ― Ann Roe") or the next sentence ("“Why?” Ann
//! Roe asked."), the person introduced just before it, or the previous quote's speaker.
//! An addressee described in words ("told a Paris court") is given as written, not as the
//! name inside it. This is not coreference: it only reads what the entities stage decided.

use super::Ctx;
use super::speaker::{Np, named, sentence_subject};
use crate::entities::lists::Gender;
use crate::{Entity, EntityType, MentionForm, Party};

/// Mentions of all entities sorted by start, for lookups by span.
#[derive(Debug)]
pub struct Index<'a> {
    pub(super) entities: &'a [Entity],
    /// (start, end, entity index, mention index)
    pub(super) mentions: Vec<(usize, usize, usize, usize)>,
}

impl<'a> Index<'a> {
    pub fn new(entities: &'a [Entity]) -> Index<'a> {
        let mut mentions: Vec<_> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| {
                ent.mentions
                    .iter()
                    .enumerate()
                    .map(move |(m, x)| (x.start, x.end, e, m))
            })
            .collect();
        mentions.sort_unstable();
        Index { entities, mentions }
    }

    /// The best mention overlapping `start..end`: the largest overlap, then a person or an
    /// organization before a nationality, then the one ending last.
    pub(super) fn best(
        &self,
        start: usize,
        end: usize,
        fits: impl Fn(EntityType) -> bool,
    ) -> Option<(usize, usize)> {
        let hi = self.mentions.partition_point(|m| m.0 < end);
        let rank = |t: EntityType| match t {
            EntityType::PERSON => 0,
            EntityType::ORG | EntityType::GPE => 1,
            EntityType::NORP => 3,
            _ => 2,
        };
        // (holds the end, overlap, type rank, end) of the best so far, and its (entity, mention).
        type Key = (bool, usize, i32, usize);
        let mut best: Option<(Key, (usize, usize))> = None;
        // Mentions do not nest deeply: a short look back finds every one overlapping.
        for m in self.mentions[..hi].iter().rev().take(16) {
            if m.1 <= start || !fits(self.entities[m.2].kind) {
                continue;
            }
            // A name's last word is its surest part: "Police Lt. Anna Berg" names Berg.
            let holds_end = m.0 < end && end <= m.1;
            let overlap = m.1.min(end) - m.0.max(start);
            let key = (holds_end, overlap, -rank(self.entities[m.2].kind), m.1);
            if best.is_none_or(|(k, _)| key > k) {
                best = Some((key, (m.2, m.3)));
            }
        }
        best.map(|b| b.1)
    }

    fn party(&self, text: &str, e: usize, m: usize) -> Option<Party> {
        let ent = self.entities.get(e)?;
        let men = ent.mentions.get(m)?;
        Some(Party {
            entity: Some(ent.id.clone()),
            name: ent.name.clone(),
            start: men.start,
            end: men.end,
            text: text.get(men.start..men.end)?.to_string(),
        })
    }
}

fn span_of(ctx: &Ctx<'_>, lo: usize, hi: usize) -> (usize, usize) {
    let s = ctx.toks.get(lo).map_or(0, |t| t.span.start);
    let e = ctx.toks.get(hi.saturating_sub(1)).map_or(s, |t| t.span.end);
    (s, e)
}

/// Whether a party reads as a named person or body that "he" or "she" can refer back to:
/// its text ends in a capitalized word that is not all capitals ("Nikolenko", not "OTTAWA").
/// A single word that news also writes in lower case ("Studies", "Analysts": a sentence's
/// first word) is no name.
/// The sex of a speaker the text calls a spokesman or a spokeswoman and does not name ("A
/// spokeswoman for the commission", "the police spokesman"), who may speak again as "she".
/// Not the bare word, an apposition to a name ("Ann Roe, spokeswoman for ..."), where the
/// name speaks.
pub fn spokes_sex(p: &Party) -> Option<Gender> {
    if p.entity.is_some() || !p.name.contains(' ') {
        return None;
    }
    spokes_word_sex(&p.name.rsplit(' ').next()?.to_lowercase())
}

/// The sex that "spokesman" or "spokeswoman" (in lower case) says.
fn spokes_word_sex(word: &str) -> Option<Gender> {
    match word {
        "spokesman" => Some(Gender::Male),
        "spokeswoman" => Some(Gender::Female),
        _ => None,
    }
}

pub fn is_named(p: &Party) -> bool {
    if p.entity.is_some() {
        return true;
    }
    let last = p.name.split_whitespace().last().unwrap_or("");
    let mut cs = last.chars();
    let capitalized = cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase);
    capitalized && !(p.name == last && crate::entities::tagger::knows_lower(&last.to_lowercase()))
}

/// Words for the kind of an outlet that follow its name ("Reuters news agency", "Time
/// magazine"): the outlet is the hearer.
const OUTLET_KINDS: &[&str] = &[
    "news",
    "agency",
    "newspaper",
    "paper",
    "magazine",
    "website",
    "programme",
    "program",
    "show",
    "channel",
    "network",
    "radio",
    "television",
    "broadcaster",
    "daily",
    "weekly",
    "service",
    "wire",
];

/// The phrase at bytes `start..end` as a party of its own, with no entity: a description
/// ("the weary tailor") or an audience ("a business lunch") named in words.
/// Which end of a person's mention a token must be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edge {
    Start,
    End,
}

/// The person whose mention starts or ends (`edge`) at token `t`.
fn person_at(ctx: &Ctx<'_>, index: &Index<'_>, t: usize, edge: Edge) -> Option<Party> {
    let tok = ctx.toks.get(t)?;
    let (e, m) = index.best(tok.span.start, tok.span.end, |k| k == EntityType::PERSON)?;
    let men = index.entities[e].mentions.get(m)?;
    let at_edge = match edge {
        Edge::Start => men.start == tok.span.start,
        Edge::End => men.end == tok.span.end,
    };
    if at_edge {
        index.party(ctx.text, e, m)
    } else {
        None
    }
}

/// A person known by a tie to another, who speaks for themselves: kin and friends.
fn is_relation(word_lower: &str) -> bool {
    let singular = word_lower.strip_suffix('s').unwrap_or(word_lower);
    crate::entities::lists::is_kin_noun(word_lower)
        || crate::entities::lists::is_kin_noun(singular)
        || matches!(
            singular,
            "friend" | "neighbour" | "neighbor" | "parent" | "relative" | "classmate"
        )
        || matches!(word_lower, "children" | "grandchildren")
}

fn as_written(ctx: &Ctx<'_>, start: usize, end: usize) -> Party {
    let text = ctx.text.get(start..end).unwrap_or("").to_string();
    Party {
        entity: None,
        name: text.clone(),
        start,
        end,
        text,
    }
}

/// The hearer a phrase names: as [`party`], except that a phrase ending in a lower-case noun
/// that no mention reaches ("a Parliamentary lunch", "the BBC's breakfast show") is an
/// audience or a programme described in words, not the name inside it.
pub fn addressee(ctx: &Ctx<'_>, index: &Index<'_>, np: Np) -> Party {
    let p = party(ctx, index, np, None);
    let (ns, ne) = span_of(ctx, np.lo, np.hi);
    let last = np.hi.saturating_sub(1);
    let lower_head = ctx
        .toks
        .get(last)
        .is_some_and(|t| t.kind == lede_text::TokenKind::Word)
        && ctx.word(last).starts_with(|c: char| c.is_lowercase());
    // The words after the name must read as its head noun: not an outlet's kind ("Reuters
    // news agency" is Reuters), and not words a phrase finder ran on into ("such", "how").
    let after: Vec<usize> = (np.lo..np.hi)
        .filter(|&i| ctx.toks.get(i).is_some_and(|t| t.span.start >= p.end))
        .collect();
    // Only a phrase that reads as one: it opens with a determiner, has no "of", and its
    // head is at most three words after the name (a longer tail is a clause the phrase
    // finder ran into: "told BBC News there was ...").
    let head_noun = !after.is_empty()
        && after.len() <= 3
        && ctx.is_any(
            np.lo,
            &["a", "an", "the", "his", "her", "their", "its", "our"],
        )
        && !(np.lo..np.hi).any(|i| ctx.is(i, "of"))
        && after.iter().all(|&i| {
            let w = ctx.word(i);
            ctx.toks[i].kind == lede_text::TokenKind::Word
                && w.starts_with(|c: char| c.is_lowercase())
                && !w.ends_with("ing")
                && !ctx.is_any(i, OUTLET_KINDS)
                && !ctx.is_any(
                    i,
                    &[
                        "such", "and", "or", "to", "in", "on", "for", "that", "as", "there", "how",
                        "what", "why", "when", "where", "who", "it",
                    ],
                )
        });
    if p.entity.is_some() && lower_head && head_noun && p.end < ne && np.hi > np.lo + 1 {
        return as_written(ctx, ns, ne);
    }
    p
}

/// The party a phrase names. `earlier` is the last named speaker before it with its byte
/// position, for a pronoun the entities stage left unresolved.
pub fn party(ctx: &Ctx<'_>, index: &Index<'_>, np: Np, earlier: Option<(&Party, usize)>) -> Party {
    let (hs, he) = span_of(ctx, np.head.0, np.head.1);
    let (ns, ne) = span_of(ctx, np.lo, np.hi);
    // "her statement said": a person's words in writing are that person's.
    if np.hi == np.lo + 2 && ctx.is_any(np.lo, &["his", "her"]) && ctx.is_any(np.lo + 1, WRITINGS) {
        let owner = Np {
            lo: np.lo,
            hi: np.lo + 1,
            head: (np.lo, np.lo + 1),
        };
        let mut p = party(ctx, index, owner, earlier);
        if p.entity.is_some() {
            p.start = ns;
            p.end = ne;
            p.text = ctx.text.get(ns..ne).unwrap_or("").to_string();
            return p;
        }
    }
    // A pronoun takes only an entity it can stand for: "he" a person, "it" no person.
    let single = np.head.1 == np.head.0 + 1;
    let personal = single && ctx.is_any(np.head.0, &["he", "she", "him", "her", "his"]);
    let neuter = single && ctx.is_any(np.head.0, &["it", "its", "they", "them"]);
    let fits = |t: EntityType| {
        (!personal || t == EntityType::PERSON) && (!neuter || t != EntityType::PERSON)
    };
    // "X said ... . '...,' he said.": a "he" or "she" speaking right after a named speaker,
    // with no other name in subject position between, is that speaker, whomever the
    // entities stage linked the pronoun to (it reads the nearest name, often the person
    // spoken about).
    let he_she = single && ctx.is_any(np.head.0, &["he", "she"]);
    if he_she
        && let Some(mut p) = antecedent(ctx, index, np.head.0, earlier)
        && pronoun_fits(ctx, index, np.head.0, &p)
        && !other_person_before(ctx, index, np.head.0, &p)
    {
        p.start = hs;
        p.end = he;
        p.text = ctx.text.get(hs..he).unwrap_or("").to_string();
        return p;
    }
    // "Economist Raj Patel of the Ridgeway Institute said": the person before "of" speaks,
    // not the body the phrase ends in.
    if let Some(of) = (np.lo + 1..np.hi).find(|&i| ctx.is(i, "of"))
        && ctx.toks.get(of - 1).is_some_and(|t| t.is_capitalized())
        && let Some(p) = person_at(ctx, index, of - 1, Edge::End)
    {
        return p;
    }
    // "Jackson's mother said", "Okafor's friends said": the relative or friend speaks, not
    // the person named before the possessive. No name in the text is theirs, so the phrase
    // itself is the speaker. (A spokesman or a lawyer speaks for the one named, and keeps
    // that name.)
    if np.hi >= np.lo + 3
        && ctx
            .toks
            .get(np.hi - 2)
            .is_some_and(|t| t.kind == lede_text::TokenKind::Possessive)
        && is_relation(&ctx.word(np.hi - 1).to_lowercase())
    {
        // "Amanda's uncle, Lewis Champion, told ...": a name in apposition is the speaker's.
        if ctx.word(np.hi) == ","
            && let Some(p) = person_at(ctx, index, np.hi + 1, Edge::Start)
        {
            return p;
        }
        // The phrase starts at the name it is tied to: a sentence adverb before it
        // ("Meanwhile Jackson's mother") is not the speaker's.
        let (os, oe) = span_of(ctx, np.lo, np.hi - 2);
        let start = index
            .best(os, oe, |_| true)
            .and_then(|(e, m)| index.entities[e].mentions.get(m))
            .map_or(ns, |m| m.start.clamp(ns, oe));
        return as_written(ctx, start, ne);
    }
    // "Some 8% of the Velmorian population said", "61% of Zentra's customers said": a share of
    // a people, a place's population or a company's customers speaks, not the place or the
    // company. Not a source named before the share ("according to Zentra Research 44% of
    // users ..."), which the phrase ran on into.
    if let Some(share) = (np.lo..np.hi).find(|&i| ctx.word(i) == "%")
        && let Some(at) = ctx.toks.get(share).map(|t| t.span.start)
        && index.best(ns, at, |_| true).is_none()
    {
        return as_written(ctx, ns, ne);
    }
    // "Sources within the Velmor Party told", "people close to the minister said": the
    // group speaks, not the body or the person it is close to.
    if (np.lo + 1..np.hi).any(|i| ctx.is_any(i, &["familiar", "close", "within", "inside"]))
        && is_group_noun(&ctx.word(np.lo).to_lowercase())
    {
        return as_written(ctx, ns, ne);
    }
    let found = index
        .best(hs, he, fits)
        .or_else(|| index.best(ns, ne, fits))
        .and_then(|(e, m)| Some((e, index.party(ctx.text, e, m)?)));
    // "Scottish Finance Minister, Tom McCabe MSP, said", "shadow chief secretary to the
    // Treasury, George Osborne, said": a description that names no person, with a person's
    // name set beside it, is that person. Not a source after "according to" ("according to
    // the Times, the leader wants"), nor a name that owns what follows ("the firm, Anna
    // Berg's agents, said").
    let according = (np.lo.saturating_sub(2)..np.lo).any(|i| super::speaker::according_at(ctx, i));
    if found
        .as_ref()
        .is_none_or(|(e, _)| index.entities[*e].kind != EntityType::PERSON)
        && np.hi > np.lo + 1
        && !according
        && ctx.word(np.hi) == ","
        && let Some(tok) = ctx.toks.get(np.hi + 1)
        && let Some((e, m)) = index.best(tok.span.start, tok.span.end, |k| k == EntityType::PERSON)
        && let Some(men) = index.entities[e].mentions.get(m)
        && men.start == tok.span.start
        && matches!(men.form, MentionForm::Name | MentionForm::Alias)
        && !ctx
            .toks
            .get(ctx.toks.partition_point(|t| t.span.start < men.end))
            .is_some_and(|t| t.kind == lede_text::TokenKind::Possessive)
        && let Some(p) = index.party(ctx.text, e, m)
    {
        return p;
    }
    // "South Korea's top car maker estimates", "Argentina's President, Nestor X, said": a
    // company or an office holder described by its country is not the country. A company
    // is the description as written; an office holder the name set beside the title, else
    // the description as written.
    let country_possessor = (np.lo + 1..np.hi.saturating_sub(1))
        .find(|&i| {
            ctx.toks
                .get(i)
                .is_some_and(|t| t.kind == lede_text::TokenKind::Possessive)
        })
        .is_some_and(|k| {
            found.as_ref().is_some_and(|(e, p)| {
                index.entities[*e].kind == EntityType::GPE
                    && ctx.toks.get(k).is_some_and(|t| p.end <= t.span.start)
            })
        });
    if country_possessor {
        let noun = ctx.word(np.hi - 1).to_lowercase();
        if BODY_NOUNS.contains(&noun.as_str())
            || noun.ends_with("maker")
            || matches!(noun.as_str(), "bank" | "group" | "union" | "miner")
        {
            return as_written(ctx, ns, ne);
        }
        if crate::entities::lists::title(&noun)
            .is_some_and(|(t, _)| t != crate::entities::lists::TitleKind::Honorific)
        {
            if ctx.word(np.hi) == ","
                && let Some(p) = person_at(ctx, index, np.hi + 1, Edge::Start)
            {
                return p;
            }
            return as_written(ctx, ns, ne);
        }
    }
    // "A Labour MP said": a member described by the party or the seat named right before
    // the title is a person the text does not name, not the party. The description runs
    // from its article, if any, to the title.
    if np.hi >= np.lo + 2
        && crate::entities::lists::is_member_title(ctx.word(np.hi - 1))
        && let Some((_, p)) = found
            .as_ref()
            .filter(|(e, _)| index.entities[*e].kind != EntityType::PERSON)
        && ctx.toks.get(np.hi - 2).is_some_and(|t| t.span.end == p.end)
    {
        // "the Salford MP said" after the MP was named: the description is that person.
        if let Some(p) = super::described::person(ctx, index, np, earlier) {
            return p;
        }
        // `is_any` ignores case: "A Labour MP" as "a Labour MP".
        let article = (np.lo..np.hi - 2)
            .rev()
            .find(|&i| ctx.is_any(i, &["a", "an", "the", "one"]));
        let start = article.map_or(p.start, |i| ctx.toks[i].span.start.min(p.start));
        return as_written(ctx, start, ne);
    }
    // "West Yorkshire police said", "US officials said": a group named by its place or its
    // body speaks, not the place or the body; the phrase is the best name the text gives.
    // So does a company or a court named by its place or people ("The German company
    // said", "A Dallas court ruled"). An organization's own kind ("the Zentra newspaper",
    // "the Corvo group") is the organization itself.
    let noun = ctx.word(np.hi.saturating_sub(1));
    // (Of one body or several: "Indian firms say".)
    let body_noun = |w: &str| {
        matches!(w, "agency" | "agencies")
            || BODY_NOUNS.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|one| BODY_NOUNS.contains(&one))
            || w.strip_suffix("ies")
                .is_some_and(|stem| BODY_NOUNS.iter().any(|b| b.strip_suffix('y') == Some(stem)))
    };
    let placed_body = |kind: EntityType| {
        matches!(kind, EntityType::GPE | EntityType::NORP)
            && (body_noun(noun) || matches!(noun, "court" | "club" | "bank"))
    };
    if np.hi >= np.lo + 2
        && (is_group_noun(noun)
            || is_kind_of_body(noun)
            || body_noun(noun)
            || matches!(noun, "court" | "club" | "bank"))
        && super::cues::cue(noun).is_none()
        && let Some((e, p)) = found.as_ref().filter(|(e, _)| {
            let kind = index.entities[*e].kind;
            kind != EntityType::PERSON
                && !(kind == EntityType::ORG && is_kind_of_body(noun))
                && (is_group_noun(noun) || placed_body(kind))
        })
        && p.start >= ns
        && modifiers_after(ctx, p.end, np.hi - 1)
    {
        // "The Corvo government said": a country's government speaks for the country, and
        // keeps its link, with the phrase as written.
        if index.entities[*e].kind == EntityType::GPE
            && matches!(noun, "government" | "administration")
        {
            let mut p = p.clone();
            p.start = ns;
            p.end = ne;
            p.text = ctx.text.get(ns..ne).unwrap_or("").to_string();
            return p;
        }
        return as_written(ctx, ns, ne);
    }
    // "the defender said", "the 30-year-old said": a description of a person the article
    // named before is that person, when the text says who (see `described`).
    if found
        .as_ref()
        .is_none_or(|(e, _)| index.entities[*e].kind != EntityType::PERSON)
        && let Some(p) = super::described::person(ctx, index, np, earlier)
    {
        return p;
    }
    // "the self-taught Ottawa resident said": a description of a person is not the place or
    // company named inside it; the description itself is the best name the text gives.
    if description(ctx, np, found.as_ref().map(|(_, p)| p.end))
        && found
            .as_ref()
            .is_none_or(|(e, _)| index.entities[*e].kind != EntityType::PERSON)
    {
        return as_written(ctx, ns, ne);
    }
    // "The young Velmorian players had stated": a people's word before the noun that names
    // who speaks is no speaker; the phrase is.
    if let Some((e, p)) = found.as_ref()
        && index.entities[*e].kind == EntityType::NORP
        && np.hi > np.lo + 1
        && ctx.toks.get(np.hi - 1).is_some_and(|t| {
            t.span.start >= p.end
                && t.kind == lede_text::TokenKind::Word
                && t.shape == lede_text::Shape::Lower
        })
    {
        return as_written(ctx, ns, ne);
    }
    // The entities stage decides who a pronoun is; when it left one unresolved, "he" or
    // "she" takes the last named speaker if nothing intervenes.
    if let Some((_, p)) = found {
        return p;
    }
    // "the utility said": a company named by its kind, right after it spoke by name, is that
    // company. Only the last speaker, and only a name that says no other kind of body: the
    // nearest organization is as often the one spoken about.
    if body_description(ctx, np)
        && let Some((p, pos)) = earlier
        && ctx
            .para_of(ctx.toks.partition_point(|t| t.span.start < pos))
            .zip(ctx.para_of(np.lo))
            .is_some_and(|(a, b)| b.saturating_sub(a) <= 4)
        && p.entity
            .as_ref()
            .and_then(|id| index.entities.iter().find(|e| &e.id == id))
            .is_some_and(|e| {
                e.kind == EntityType::ORG
                    && !e.name.split_whitespace().any(|w| {
                        NOT_PERSON.iter().any(|x| x.eq_ignore_ascii_case(w))
                            || BODY_NOUNS.iter().any(|x| x.eq_ignore_ascii_case(w))
                    })
            })
    {
        let mut p = p.clone();
        p.start = ns;
        p.end = ne;
        p.text = ctx.text.get(ns..ne).unwrap_or("").to_string();
        return p;
    }
    // The antecedent must fit the pronoun: "he" no organization, "it" no person.
    let kind_fits = |p: &Party| {
        let kind = p
            .entity
            .as_ref()
            .and_then(|id| index.entities.iter().find(|e| &e.id == id))
            .map(|e| e.kind);
        if personal {
            kind.is_none_or(|k| k == EntityType::PERSON)
        } else {
            kind.is_some_and(|k| k != EntityType::PERSON)
        }
    };
    let want = if ctx.is_any(np.head.0, &["he", "him", "his"]) {
        Some(Gender::Male)
    } else if ctx.is_any(np.head.0, &["she", "her"]) {
        Some(Gender::Female)
    } else {
        None
    };
    // A gender the entities stage read off an entity's pronouns must agree with this one.
    let agrees = |p: &Party| {
        want.is_none_or(|w| {
            let ent = p
                .entity
                .as_ref()
                .and_then(|id| index.entities.iter().find(|e| &e.id == id));
            ent.and_then(known_gender).is_none_or(|g| g == w)
        })
    };
    let resolved = if personal || (neuter && single && ctx.is_any(np.head.0, &["it"])) {
        antecedent(ctx, index, np.head.0, earlier)
            .filter(|p| kind_fits(p) && agrees(p))
            .or_else(|| {
                // Failing a speaker, the last person of that gender named shortly before.
                match want.filter(|_| personal) {
                    Some(w) => nearest(ctx, index, hs, 2, |e| {
                        e.kind == EntityType::PERSON && gender(e) == Some(w)
                    })
                    .or_else(|| sole(ctx, index, hs, w, earlier)),
                    // "it" is the organization named last.
                    None => nearest(ctx, index, hs, 1, |e| e.kind == EntityType::ORG),
                }
            })
    } else {
        None
    };
    if let Some(mut p) = resolved {
        p.start = hs;
        p.end = he;
        p.text = ctx.text.get(hs..he).unwrap_or("").to_string();
        return p;
    }
    let text = ctx.text.get(hs..he).unwrap_or("").to_string();
    Party {
        entity: None,
        name: text.clone(),
        start: hs,
        end: he,
        text,
    }
}

/// Whether someone other than `p` is named (outside quotation marks) in the sentence of the
/// pronoun at token `at`, before it: "After Jones arrived, he said" may well be Jones.
fn other_person_before(ctx: &Ctx<'_>, index: &Index<'_>, at: usize, p: &Party) -> bool {
    ctx.sentence_of(at)
        .and_then(|s| ctx.seg.sentences.get(s))
        .is_some_and(|sent| person_named_since(ctx, index, sent.span.start, at, p))
}

/// Whether a person other than `p` is named by name (outside quotation marks) from byte
/// `from` up to token `at`.
fn person_named_since(ctx: &Ctx<'_>, index: &Index<'_>, from: usize, at: usize, p: &Party) -> bool {
    let Some(pos) = ctx.toks.get(at).map(|t| t.span.start) else {
        return false;
    };
    let a = index.mentions.partition_point(|m| m.0 < from);
    let b = index.mentions.partition_point(|m| m.0 < pos);
    index
        .mentions
        .get(a..b)
        .unwrap_or(&[])
        .iter()
        .any(|&(start, _, e, m)| {
            let ent = &index.entities[e];
            ent.kind == EntityType::PERSON
                && p.entity.as_ref() != Some(&ent.id)
                && ent
                    .mentions
                    .get(m)
                    .is_some_and(|x| x.form != MentionForm::Pronoun)
                && !ctx.quoted(ctx.toks.partition_point(|t| t.span.start < start))
        })
}

/// Whether the party `p` can be what the pronoun at token `at` stands for: a person (or a
/// name the entities stage did not type) of no other gender than the pronoun's.
fn pronoun_fits(ctx: &Ctx<'_>, index: &Index<'_>, at: usize, p: &Party) -> bool {
    let ent = p
        .entity
        .as_ref()
        .and_then(|id| index.entities.iter().find(|e| &e.id == id));
    let want = if ctx.is_any(at, &["he", "him", "his"]) {
        Gender::Male
    } else {
        Gender::Female
    };
    // "A ministry spokeswoman said ... She added": the spokeswoman, who speaks for the body
    // the party is linked to (the party's words are the body's name, the spokeswoman's word
    // right after them, or their last).
    // Not a spokeswoman whose name follows ("spokeswoman for women Jane Roe said",
    // "spokesman Tom Roe"): she is a person of her own. And only while no other person has
    // been named since.
    let mut after = ctx.text.get(p.end..).unwrap_or("").split_whitespace();
    let (first, second) = (after.next(), after.next());
    let head = first
        .filter(|w| w.to_lowercase().starts_with("spokes"))
        .filter(|_| second.is_some_and(|w| w.starts_with(char::is_lowercase) && w != "for"))
        .unwrap_or_else(|| p.text.rsplit(' ').next().unwrap_or(""))
        .to_lowercase();
    let spokes = match head.as_str() {
        "spokesperson" => Some(true),
        h => spokes_word_sex(h).map(|g| g == want),
    };
    if let Some(fits) = spokes {
        return fits && !person_named_since(ctx, index, p.end, at, p);
    }
    ent.is_none_or(|e| e.kind == EntityType::PERSON && known_gender(e).is_none_or(|g| g == want))
}

/// The gender of a person by its pronouns or, without any, by a common first name ("Jeff
/// Roe" is no "she"). Only to rule an antecedent out: a first name alone does not make the
/// nearest man the referent of "he".
pub(super) fn known_gender(e: &Entity) -> Option<Gender> {
    gender(e).or_else(|| {
        e.name
            .split_whitespace()
            .next()
            .filter(|_| e.kind == EntityType::PERSON && e.name.contains(' '))
            .and_then(crate::entities::lists::first_name_gender)
    })
}

/// What "he" or "she" at token `at` names, when the entities stage did not say and the text
/// leaves little doubt: the last named speaker (or a spokesman or spokeswoman of the
/// pronoun's sex), quoted in this paragraph or the one before, with no other name in subject
/// position since; or the person named as the subject of the sentence right before the
/// pronoun's. Otherwise the pronoun stays as written.
pub(super) fn antecedent(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    at: usize,
    earlier: Option<(&Party, usize)>,
) -> Option<Party> {
    // A spokesman or a spokeswoman quoted before is as good as a name for the pronoun of
    // that sex: "A spokeswoman for the commission told reporters ... She said: ...".
    let spokes = |p: &Party| match spokes_sex(p) {
        Some(Gender::Male) => ctx.is_any(at, &["he"]),
        Some(Gender::Female) => ctx.is_any(at, &["she"]),
        None => false,
    };
    let (prev, pos) = earlier.filter(|(p, _)| is_named(p) || spokes(p))?;
    let s = ctx.sentence_of(at)?;
    let para = ctx.seg.sentences.get(s)?.paragraph;
    let ps = ctx.sentence_of(ctx.toks.partition_point(|t| t.span.start < pos))?;
    let pp = ctx.seg.sentences.get(ps)?.paragraph;
    if para.saturating_sub(pp) > 1 {
        return None;
    }
    // "X won and claimed the race was his, but Y is unfazed. He admitted: ...": a named
    // subject of a later clause of the speaker's own sentence is nearer than the speaker.
    let end = ctx.seg.sentences.get(ps)?.tokens.end;
    let from = ctx.toks.partition_point(|t| t.span.start < pos);
    for t in from..end {
        if ctx.is_any(t, &["but", "while", "whereas"])
            && !ctx.quoted(t)
            && let Some(np) = super::speaker::np_forward(ctx, t + 1, end)
            && np.lo == t + 1
            && named(ctx, np)
            && party(ctx, index, np, None).name != prev.name
        {
            return None;
        }
    }
    for p in ps + 1..s {
        let sent = ctx.seg.sentences.get(p)?;
        // Words inside a quotation ("\"Now I have tons.\"") are not a new subject.
        if let Some(np) = sentence_subject(ctx, p, sent.tokens.end)
            && !ctx.quoted(np.lo)
            && named(ctx, np)
        {
            let other = party(ctx, index, np, None);
            if other.name != prev.name {
                // "... said Henman. Federer dropped a set but was content. \"It was
                // ...,\" he said.": a person named as the subject of the sentence right
                // before is whom the pronoun follows.
                let person = other
                    .entity
                    .as_ref()
                    .and_then(|id| index.entities.iter().find(|e| &e.id == id))
                    .is_some_and(|e| e.kind == EntityType::PERSON);
                // "Velmor lost a set. But he was content. \"...,\" he said.": so is a person
                // named as the subject before sentences whose subject is the same pronoun.
                let pronoun = ctx.word(at).to_lowercase();
                let chained = (p + 1..s).all(|q| {
                    ctx.seg.sentences.get(q).is_some_and(|sq| {
                        sentence_subject(ctx, q, sq.tokens.end).is_some_and(|np| {
                            np.hi == np.lo + 1
                                && !ctx.quoted(np.lo)
                                && ctx.is_any(np.lo, &[pronoun.as_str()])
                        })
                    })
                });
                return (person && chained).then_some(other);
            }
        }
    }
    Some(prev.clone())
}

/// The speaker of a quote with no attribution opening at token `open`: the speaker of a quote
/// just before, the person introduced in the sentence just before, or the speaker of the last
/// quote when it is near.
pub fn floating(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    open: usize,
    last: Option<(&Party, usize, usize)>,
) -> Option<Party> {
    let s = ctx.sentence_of(open)?;
    let para = ctx.seg.sentences.get(s)?.paragraph;
    // "“...” — Ann Roe" closing its line: the name after the dash signs the quote.
    if let Some(np) = signature(ctx, open, para).or_else(|| next_sentence_cue(ctx, open, para)) {
        return Some(party(ctx, index, np, None));
    }
    // The last quote ended in the sentence just before: the same voice goes on.
    if let Some((p, ls, _)) = last
        && ls + 1 >= s
    {
        return Some(p.clone());
    }
    if let Some(p) = s.checked_sub(1)
        && let Some(sent) = ctx.seg.sentences.get(p)
        && !ctx.skip_para(sent.paragraph)
        && para.saturating_sub(sent.paragraph) <= 1
        && !sent.tokens.clone().any(|i| ctx.quoted(i))
    {
        // Its subject when that is a name ("Alice began talking."), else the last person
        // the entities stage found named in it.
        if let Some(np) = sentence_subject(ctx, p, sent.tokens.end)
            && named(ctx, np)
        {
            let pos = last.map(|(p, _, _)| (p, 0));
            return Some(party(ctx, index, np, pos));
        }
        let (a, b) = (sent.span.start, sent.span.end);
        let from = index.mentions.partition_point(|m| m.0 < a);
        let to = index.mentions.partition_point(|m| m.0 < b);
        let person = index.mentions[from..to].iter().rev().find(|m| {
            m.1 <= b
                && index.entities[m.2].kind == EntityType::PERSON
                && index.entities[m.2]
                    .mentions
                    .get(m.3)
                    .is_some_and(|x| x.form != crate::MentionForm::Pronoun)
        });
        if let Some(&(_, _, e, m)) = person {
            return index.party(ctx.text, e, m);
        }
        // "Her message is simple." before the quote: the woman "her" stands for.
        let lo = sent.tokens.start;
        if sent.tokens.len() > 2 && ctx.is_any(lo, &["his", "her", "he", "she"]) {
            let np = Np {
                lo,
                hi: lo + 1,
                head: (lo, lo + 1),
            };
            let earlier = last.map(|(p, _, _)| (p, p.start));
            let p = party(ctx, index, np, earlier);
            if p.entity.is_some() {
                return Some(p);
            }
        }
    }
    last.filter(|(_, _, lp)| para.saturating_sub(*lp) <= 2)
        .map(|(p, _, _)| p.clone())
}

/// The name that signs a quote opening at token `open` in paragraph `para`: a closing mark, a
/// dash and a name that ends the line ("“...” ― Ann Roe", "“...”— Ann Roe.").
fn signature(ctx: &Ctx<'_>, open: usize, para: usize) -> Option<Np> {
    let r = ctx.para_tokens(para);
    let mut end = r.end;
    if end > r.start && ctx.word(end - 1) == "." {
        end -= 1;
    }
    // The name is short: look for the dash among the last few tokens only.
    let from = end.saturating_sub(8).max(open + 1);
    let dash = (from..end).rev().find(|&i| {
        matches!(ctx.word(i), "―" | "—" | "–" | "-" | "--")
            && i > open
            && ctx
                .toks
                .get(i - 1)
                .is_some_and(|t| t.kind == lede_text::TokenKind::Quote)
    })?;
    let np = super::speaker::np_forward(ctx, dash + 1, end)?;
    (np.lo == dash + 1 && np.hi == end && named(ctx, np)).then_some(np)
}

/// The speaker of a quote opening at `open` that ends in "?" or "!" and is attributed in the
/// next sentence of its paragraph, which the sentence splitter cut off: "\"Why?\" Tom Reed
/// asked.", "\"Now!\" shouted Ann Lee."
fn next_sentence_cue(ctx: &Ctx<'_>, open: usize, para: usize) -> Option<Np> {
    let r = ctx.para_tokens(para);
    // The closing mark: the last quoted token of the run that `open` starts.
    let mut close = open;
    while close + 1 < r.end && close + 1 - open < 400 && ctx.quoted(close + 1) {
        close += 1;
    }
    if close <= open || !matches!(ctx.word(close - 1), "?" | "!") {
        return None;
    }
    let first = close + 1;
    let s = ctx.sentence_of(first)?;
    let sent = ctx.seg.sentences.get(s)?;
    if sent.tokens.start != first || first >= r.end {
        return None;
    }
    let end = sent.tokens.end;
    // "asked Tom Reed": an inverted cue, then the name.
    if super::speaker::cue_at(ctx, first).is_some() {
        return super::speaker::np_after(ctx, first + 1, end).filter(|np| named(ctx, *np));
    }
    // "Tom Reed asked", "Tom Reed then asked": a name, then the cue.
    let np = super::speaker::np_forward(ctx, first, end).filter(|np| np.lo == first)?;
    let mut v = np.hi;
    while v < end && v - np.hi < 2 && ctx.is_any(v, &["then", "also", "later", "quickly", "again"])
    {
        v += 1;
    }
    (named(ctx, np) && super::speaker::cue_at(ctx, v).is_some()).then_some(np)
}

/// The gender the entities stage gave entity `ent` by the pronouns it linked to it, when
/// they agree on one.
fn gender(ent: &Entity) -> Option<Gender> {
    let (mut m, mut f) = (0, 0);
    for x in ent
        .mentions
        .iter()
        .filter(|x| x.form == MentionForm::Pronoun)
    {
        match x.text.to_ascii_lowercase().as_str() {
            "he" | "him" | "his" | "himself" => m += 1,
            "she" | "her" | "hers" | "herself" => f += 1,
            _ => {}
        }
    }
    match (m, f) {
        (0, 0) => None,
        _ if m > 2 * f => Some(Gender::Male),
        _ if f > 2 * m => Some(Gender::Female),
        _ => None,
    }
}

/// What a person writes or puts out, which speaks for them: "his letter said".
const WRITINGS: &[&str] = &[
    "statement",
    "letter",
    "tweet",
    "post",
    "email",
    "e-mail",
    "message",
    "memoir",
    "book",
    "affidavit",
    "testimony",
    "blog",
    "column",
    "op-ed",
    "essay",
    "note",
    "filing",
    "website",
];

/// Nouns of a description that name no person: "the utility", "the federal agency".
pub(super) const NOT_PERSON: &[&str] = &[
    "government",
    "company",
    "ministry",
    "department",
    "agency",
    "report",
    "study",
    "statement",
    "utility",
    "city",
    "town",
    "court",
    "police",
    "board",
    "commission",
    "committee",
    "council",
    "group",
    "organization",
    "organisation",
    "union",
    "firm",
    "network",
    "newspaper",
    "paper",
    "website",
    "site",
    "campaign",
    "party",
    "administration",
    "office",
    "team",
    "club",
    "league",
    "association",
    "survey",
    "poll",
    "data",
    "document",
    "memo",
    "letter",
    "lawsuit",
    "complaint",
    "indictment",
    "filing",
    "release",
    "account",
    "service",
    "authority",
    "state",
    "province",
    "county",
    "country",
    "embassy",
    "military",
    "army",
    "navy",
    "bank",
    "fund",
    "university",
    "school",
    "hospital",
    "center",
    "centre",
    "institute",
    "foundation",
    "charity",
    "program",
    "programme",
    "station",
    "store",
    "website",
    "magazine",
    "book",
    "article",
    "post",
    "tweet",
    "video",
    "show",
    "film",
    "study",
    "research",
    "analysis",
    "ruling",
    "decision",
    "order",
    "law",
    "bill",
    "plan",
    "proposal",
    "notice",
    "message",
    "email",
    "e-mail",
    "note",
    "sign",
    "label",
    "source",
    "sources",
    "suit",
    "claim",
    "family",
    "couple",
    "band",
    "crowd",
    "public",
    "industry",
    "market",
    "ministry",
    "regime",
    "kremlin",
    "prosecution",
    "defence",
    "defense",
    "judgment",
];

/// Nouns that name a company by its kind ("the utility"), which stand for the company that
/// last spoke.
pub(super) const BODY_NOUNS: &[&str] = &[
    "company",
    "utility",
    "firm",
    "corporation",
    "retailer",
    "airline",
    "carrier",
    "insurer",
    "manufacturer",
    "automaker",
    "broadcaster",
    "publisher",
    "lender",
    "chain",
    "startup",
];

/// "police", "officials", "a trader", "the centre": a lower-case noun for people, a group or
/// a body, by its ending ("-er", "-ist", "-ial", "-ity", ... and their plurals), not a
/// document's ("statements") nor data ("figures", "shares"). A spokesman, a lawyer or a
/// representative speaks for the one named, and is not one.
fn is_group_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "ant", "ent", "ial", "ee", "ive", "ity",
    ];
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let one = if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else {
        w.strip_suffix('s')
            .filter(|_| !w.ends_with("ss"))
            .unwrap_or(w)
            .to_string()
    };
    let one = one.as_str();
    matches!(
        one,
        "police"
            | "source"
            | "fan"
            | "group"
            | "council"
            | "force"
            | "troop"
            | "lord"
            | "centre"
            | "media"
            | "press"
    ) || ENDINGS.iter().any(|e| one.ends_with(e))
        && !one.starts_with("spokes")
        && !matches!(
            one,
            "lawyer" | "attorney" | "representative" | "document" | "comment" | "payment"
        )
        && !WRITINGS.contains(&one)
}

/// Whether the tokens from byte `end` up to token `noun` are lower-case words, the
/// modifiers of a noun after a name: "Paris-based [pressure] group", "US [trade] officials".
fn modifiers_after(ctx: &Ctx<'_>, end: usize, noun: usize) -> bool {
    let first = ctx.toks.partition_point(|t| t.span.start < end);
    first <= noun
        && noun - first <= 2
        && (first..noun).all(|i| {
            ctx.toks.get(i).is_some_and(|t| {
                t.kind == lede_text::TokenKind::Word
                    && ctx.word(i).starts_with(|c: char| c.is_ascii_lowercase())
            })
        })
}

/// Whether `w` names a kind of body in the singular: "newspaper", "group", "government" (not
/// "sources", who are people, nor "insurers", who are many bodies).
fn is_kind_of_body(w: &str) -> bool {
    !matches!(w, "source" | "sources" | "police")
        && (NOT_PERSON
            .iter()
            .chain(BODY_NOUNS)
            .any(|b| b.eq_ignore_ascii_case(w))
            || w == "management")
}

/// Whether a phrase is "the", at most two lower-case modifiers and a noun of [`BODY_NOUNS`]:
/// "the utility", "the Texas-based company" is not (a name inside speaks for itself).
fn body_description(ctx: &Ctx<'_>, np: Np) -> bool {
    ctx.is(np.lo, "the")
        && np.hi >= np.lo + 2
        && np.hi <= np.lo + 4
        && (np.lo + 1..np.hi).all(|i| {
            ctx.toks.get(i).is_some_and(|t| {
                t.kind == lede_text::TokenKind::Word
                    && ctx.word(i).starts_with(|c: char| c.is_ascii_lowercase())
            })
        })
        && BODY_NOUNS.contains(&ctx.word(np.hi - 1))
}

/// Whether phrase `np` describes one person ("the affable owner", "the founder of the
/// shop", "a British spokesman", "the Velmorian Finance Minister"): an article starts it and
/// a singular noun ends it (or comes before its "of"), in lower case or an office's title,
/// one that names no body or document. A title in capitals must follow the name found in the
/// phrase, if any (`named_end`: where it ends), as a name of its own may end in one ("the
/// Scottish Executive", "the Hollywood Reporter").
fn description(ctx: &Ctx<'_>, np: Np, named_end: Option<usize>) -> bool {
    if !ctx.is_any(np.lo, &["the", "a", "an"]) || np.hi < np.lo + 2 {
        return false;
    }
    let of = (np.lo + 1..np.hi).find(|&i| ctx.is(i, "of"));
    // An indefinite phrase describes its speaker in a word or two before the noun ("a Velmor
    // spokesman"); one with "of" or "and" is as often the scene or a thing ("a tour of
    // Corvo", "a car and a cheque") left before the clause that names the speaker.
    if !ctx.is(np.lo, "the") && (of.is_some() || (np.lo + 1..np.hi).any(|i| ctx.is(i, "and"))) {
        return false;
    }
    let Some(noun) = of.unwrap_or(np.hi).checked_sub(1).filter(|&n| n > np.lo) else {
        return false;
    };
    let w = ctx.word(noun);
    let office = || {
        crate::entities::lists::title(&w.to_lowercase())
            .is_some_and(|(k, _)| k != crate::entities::lists::TitleKind::Honorific)
            && ctx
                .toks
                .get(noun)
                .is_some_and(|t| named_end.is_none_or(|end| end <= t.span.start))
    };
    (w.starts_with(|c: char| c.is_ascii_lowercase()) || office())
        // A plural names a group: "the officials".
        && (!w.ends_with('s') || w.ends_with("ss"))
        && !NOT_PERSON.iter().any(|x| x.eq_ignore_ascii_case(w))
        && !(np.lo + 1..noun).any(|i| {
            ctx.toks
                .get(i)
                .is_some_and(|t| t.kind == lede_text::TokenKind::Possessive)
        })
}

/// The one person of gender `w` named before byte `at`, when the last few hundred names
/// before it hold only one and nobody of unknown gender was named in the two paragraphs
/// before: a "she" in a story about one woman is that woman, however long ago her name was
/// given. Not when the last named speaker is someone else who might be of that gender (a
/// name the entities stage did not take for a person).
fn sole(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    at: usize,
    w: Gender,
    earlier: Option<(&Party, usize)>,
) -> Option<Party> {
    let para_of = |pos: usize| ctx.para_of(ctx.toks.partition_point(|t| t.span.start < pos));
    let here = para_of(at)?;
    let near = |pos: usize| para_of(pos).is_some_and(|p| here.saturating_sub(p) <= 2);
    let hi = index.mentions.partition_point(|m| m.0 < at);
    let mut found: Option<(usize, usize)> = None;
    let mut seen: Vec<usize> = Vec::new();
    // Walking back over a bounded number of names keeps this linear in a huge text.
    for &(start, end, e, m) in index.mentions[..hi].iter().rev().take(300) {
        let ent = &index.entities[e];
        if end > at
            || seen.contains(&e)
            || ent
                .mentions
                .get(m)
                .is_none_or(|x| x.form == MentionForm::Pronoun)
        {
            continue;
        }
        seen.push(e);
        if ent.kind != EntityType::PERSON {
            // A name typed as an organization but shaped like a person's ("Jo Kerr") may be a woman.
            if person_like(ent) && near(start) {
                return None;
            }
            continue;
        }
        match known_gender(ent) {
            Some(g) if g == w => {
                if found.is_some() {
                    return None;
                }
                found = Some((e, m));
            }
            Some(_) => {}
            None if near(start) => return None,
            None => {}
        }
    }
    let (e, m) = found?;
    let p = index.party(ctx.text, e, m)?;
    if let Some((last, _)) = earlier
        && last.entity != p.entity
    {
        let other = last
            .entity
            .as_ref()
            .and_then(|id| index.entities.iter().find(|e| &e.id == id))
            .is_some_and(|e| {
                e.kind == EntityType::PERSON && known_gender(e).is_some_and(|g| g != w)
            });
        if !other {
            return None;
        }
    }
    Some(p)
}

/// Whether an entity typed as an organization or unknown has a name shaped like a person's
/// ("Jo Kerr"): words in mixed case, none of them an organization's word.
pub(super) fn person_like(ent: &Entity) -> bool {
    matches!(ent.kind, EntityType::ORG | EntityType::MISC)
        && ent.name.contains(|c: char| c.is_lowercase())
        && !ent
            .name
            .split_whitespace()
            .any(|w| crate::entities::lists::is_org_word(w) || !w.contains(char::is_lowercase))
}

/// The entity last named (not by a pronoun) before byte `at` that `accept` takes, no more
/// than `paras` paragraphs back.
fn nearest(
    ctx: &Ctx<'_>,
    index: &Index<'_>,
    at: usize,
    paras: usize,
    accept: impl Fn(&Entity) -> bool,
) -> Option<Party> {
    let para_of = |pos: usize| {
        let t = ctx.toks.partition_point(|t| t.span.start < pos);
        ctx.sentence_of(t.min(ctx.toks.len().saturating_sub(1)))
            .and_then(|s| ctx.seg.sentences.get(s))
            .map(|s| s.paragraph)
    };
    let here = para_of(at)?;
    let hi = index.mentions.partition_point(|m| m.0 < at);
    for m in index.mentions[..hi].iter().rev().take(40) {
        if para_of(m.0).is_none_or(|p| here.saturating_sub(p) > paras) {
            return None;
        }
        let ent = &index.entities[m.2];
        // A name inside quotation marks is what someone said, not who is speaking: "'We ask
        // the Australian Government ...,' it stated" is not the government's. Unless the
        // article named it before outside them ("BC Hydro said ... 'which means BC Hydro has
        // not been able ...,' it said").
        let quoted = |start: usize| ctx.quoted(ctx.toks.partition_point(|t| t.span.start < start));
        if !accept(ent)
            || ent
                .mentions
                .get(m.3)
                .is_none_or(|x| x.form == MentionForm::Pronoun)
            || quoted(m.0)
                && !ent
                    .mentions
                    .iter()
                    .any(|x| x.start < m.0 && x.form != MentionForm::Pronoun && !quoted(x.start))
        {
            continue;
        }
        return index.party(ctx.text, m.2, m.3);
    }
    None
}
