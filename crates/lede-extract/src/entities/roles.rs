//! Titles and roles of people: the words before a name ("Ukrainian Foreign Ministry spokesman
//! X", "President X", "Mr X") and appositions after it ("X, also chairman of Y", "X, one of
//! Russia's deputy prime ministers").
//!
//! A role is the article's own words for what the person is, lightly normalized ("Chinese
//! President" becomes "President of China"). Besides the role this module reads the person's
//! nationality and gender where the title gives them, for coreference. It does not decide what
//! a bare "the president" refers to; that is [`super::coref`].

use super::lists::{self, Gender, TitleKind};
use super::{Name, sentence_of_token, span_of, tok_text};
use crate::document::EntityType;
use crate::words;
use lede_text::{Segmentation, TokenKind};
use std::ops::Range;

/// What a title phrase or apposition says about a person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Role {
    /// The tokens of the phrase (without the name).
    pub toks: Range<usize>,
    /// The role as text; `None` for a bare honorific ("Mr").
    pub text: Option<String>,
    pub nationality: Option<&'static str>,
    /// Title words in it, lower case and singular ("president", "spokesman").
    pub heads: Vec<String>,
    pub gender: Option<Gender>,
}

/// The name mention covering token `t`, if any (`names` is sorted by start).
pub(crate) fn name_at(names: &[Name], t: usize) -> Option<&Name> {
    let i = names.partition_point(|n| n.toks.end <= t);
    names.get(i).filter(|n| n.toks.start <= t)
}

fn lower(text: &str, seg: &Segmentation, t: usize) -> String {
    tok_text(text, seg, t).to_lowercase()
}

/// The country a word or a name's text points to: "Chinese", "China", "US".
fn nationality_of(s: &str) -> Option<&'static str> {
    lists::country(s).or_else(|| lists::demonym_country(s))
}

/// The title phrase right before the person's name `names[i]`, if there is one.
pub fn before(text: &str, seg: &Segmentation, names: &[Name], i: usize) -> Option<Role> {
    let n = names.get(i)?;
    let sent_start = seg.sentences.get(n.sent)?.tokens.start;
    if let Some(role) = apposed_before(text, seg, names, n, sent_start) {
        return Some(role);
    }
    // "Secretary of State X", "Governor of Velmor X": an office's portfolio or place between
    // its title and the name; what stands before the title may add to it ("US Secretary of
    // State X").
    let mut j = office_of(text, seg, names, n.toks.start, sent_start).unwrap_or(n.toks.start);
    while j > sent_start && n.toks.start - j < 10 {
        let t = j - 1;
        if let Some(m) = name_at(names, t) {
            // Another person ends the phrase, unless a possessive ties them ("Gray's lawyer").
            let possessive = seg
                .tokens
                .get(m.toks.end)
                .is_some_and(|k| k.kind == TokenKind::Possessive || k.span.text(text) == "'");
            if m.kind == EntityType::PERSON && !possessive {
                break;
            }
            // A name right before "Mr" or "Mrs" is no rank of the person ("told the Daily
            // Post Mr X", "in Leeds Mr X"), unlike a party before a peer ("Labour peer Lord X").
            let plain = lower(text, seg, m.toks.end);
            if matches!(plain.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss") {
                break;
            }
            j = m.toks.start.max(sent_start);
            continue;
        }
        let Some(tok) = seg.tokens.get(t) else { break };
        let w = tok.span.text(text);
        let l = w.to_lowercase();
        let ok = match tok.kind {
            TokenKind::Word => {
                // A field's word modifies a title, not an honorific ("asked about housing Mr X").
                let before_honorific = || {
                    lists::title(&lower(text, seg, t + 1))
                        .is_some_and(|(k, _)| k == lists::TitleKind::Honorific)
                };
                lists::title(&l).is_some()
                    || (lists::is_title_modifier(&l)
                        && !(lists::is_field_word(&l) && before_honorific()))
                    || nationality_of(w).is_some()
            }
            // "Russia's President X", "Gray's lawyer X": a possessive after a name.
            TokenKind::Possessive => t > 0 && name_at(names, t - 1).is_some(),
            // "Sen. X": the period of an abbreviated title.
            _ if w == "." => {
                t > sent_start
                    && seg.tokens.get(t - 1).is_some_and(|p| {
                        p.span.end == tok.span.start
                            && lists::title(&p.span.text(text).to_lowercase()).is_some()
                    })
            }
            TokenKind::Quote if w == "'" => t > 0 && name_at(names, t - 1).is_some(),
            _ => false,
        };
        if !ok {
            break;
        }
        j = t;
    }
    if j == n.toks.start {
        return None;
    }
    // Modifiers and nationality words alone, with no title next to the name, give only the
    // nationality ("Russian X"). The title next to the name may be an office's, before its
    // portfolio.
    // "Sen. X": the title before its period.
    let next_to = super::before_name(text, seg, n.toks.start)
        .filter(|&p| p >= j)
        .unwrap_or(n.toks.start - 1);
    let adjacent = if lists::title(&lower(text, seg, next_to)).is_some() {
        lower(text, seg, next_to)
    } else {
        (j..next_to)
            .rev()
            .find(|&k| is_of(text, seg, k + 1) && is_office(text, seg, k))
            .map_or_else(|| lower(text, seg, next_to), |k| lower(text, seg, k))
    };
    let toks = j..n.toks.start;
    let Some((kind, _)) = lists::title(&adjacent) else {
        let nationality = toks
            .clone()
            .find_map(|t| nationality_of(tok_text(text, seg, t)));
        return nationality.map(|nat| Role {
            toks: n.toks.start..n.toks.start,
            nationality: Some(nat),
            ..Role::default()
        });
    };
    // A possessive that leads the phrase belongs to something before it.
    let mut toks = toks;
    while toks.start < toks.end
        && seg
            .tokens
            .get(toks.start)
            .is_some_and(|k| k.kind != TokenKind::Word)
    {
        toks.start += 1;
    }
    let mut role = describe(text, seg, names, toks.clone());
    role.toks = toks.clone();
    // The title's own period ("Dr. X") is no word of it.
    let mut dotted = usize::from(next_to + 1 < n.toks.start);
    if kind == TitleKind::Honorific && toks.len() == 1 + dotted {
        role.text = None;
        return Some(role);
    }
    // "Deputy Prime Minister Mr X": the honorific (with its period) is no part of the role.
    let mut role_toks = toks.clone();
    while role_toks.len() > 1 + dotted
        && lists::title(&lower(text, seg, role_toks.end - 1 - dotted))
            .is_some_and(|(k, _)| k == TitleKind::Honorific)
        // "First Lady" is an office.
        && !(lower(text, seg, role_toks.end - 1 - dotted) == "lady"
            && lower(text, seg, role_toks.end - 2 - dotted) == "first")
    {
        role_toks.end -= 1 + dotted;
        dotted = 0;
    }
    role.text = Some(role_text(text, seg, names, &role_toks));
    Some(role)
}

/// "its chief executive, Ann Lindqvist, said": a title phrase after a determiner or a
/// possessive, set off before the name by commas on both sides. The role is the phrase without
/// its determiner; no title mention is made, as the phrase and the name are apart.
fn apposed_before(
    text: &str,
    seg: &Segmentation,
    names: &[Name],
    n: &Name,
    sent_start: usize,
) -> Option<Role> {
    let comma = n.toks.start.checked_sub(1)?;
    if comma <= sent_start
        || tok_text(text, seg, comma) != ","
        || tok_text(text, seg, n.toks.end) != ","
    {
        return None;
    }
    let last = comma - 1;
    let is_title = |t: usize| {
        lists::title(&lower(text, seg, t)).is_some_and(|(k, _)| k != TitleKind::Honorific)
    };
    if !is_title(last) || name_at(names, last).is_some() {
        return None;
    }
    let mut t = last;
    while t > sent_start && last - t < 5 {
        let w = lower(text, seg, t - 1);
        if is_title(t - 1) || lists::is_title_modifier(&w) {
            t -= 1;
            continue;
        }
        let determiner = matches!(
            w.as_str(),
            "its" | "their" | "his" | "her" | "our" | "the" | "a" | "an"
        ) || seg
            .tokens
            .get(t - 1)
            .is_some_and(|k| k.kind == TokenKind::Possessive);
        if !determiner {
            return None;
        }
        let toks = t..comma;
        let mut role = describe(text, seg, names, toks.clone());
        role.text = Some(span_of(seg, &toks).text(text).to_string());
        role.toks = n.toks.start..n.toks.start;
        return Some(role);
    }
    None
}

/// The word between an office's title and its portfolio or place: "Secretary of State",
/// "Minister for Health", "Ambassador to France".
pub(crate) fn is_of(text: &str, seg: &Segmentation, t: usize) -> bool {
    matches!(tok_text(text, seg, t), "of" | "for" | "to")
}

/// Whether token `t` is the title of an office ("Secretary", "chief").
fn is_office(text: &str, seg: &Segmentation, t: usize) -> bool {
    lists::title(&lower(text, seg, t)).is_some_and(|(k, _)| k == TitleKind::Office)
}

/// Where the title of an office starts when the words before the name at token `name` are
/// the office's "of" phrase: "Secretary of State X", "Minister for Foreign Affairs X", "Governor
/// of Velmor X". The phrase holds only words of the portfolio list, connectors and names other
/// than people's; the title is an office ("secretary", "minister"), not any role ("a spokesman
/// for the minister X" names the minister).
fn office_of(
    text: &str,
    seg: &Segmentation,
    names: &[Name],
    name: usize,
    sent_start: usize,
) -> Option<usize> {
    let mut u = name.checked_sub(1)?;
    let mut words = 0;
    while u > sent_start && name - u < 10 {
        if let Some(m) = name_at(names, u) {
            if m.kind == EntityType::PERSON || m.toks.start <= sent_start + 1 {
                return None;
            }
            words += 1;
            u = m.toks.start - 1;
            continue;
        }
        let w = lower(text, seg, u);
        if is_of(text, seg, u) {
            return (words > 0 && is_office(text, seg, u - 1)).then_some(u - 1);
        }
        if lists::is_portfolio_word(&w) {
            words += 1;
        } else if !lists::is_portfolio_connector(&w) {
            return None;
        }
        u -= 1;
    }
    None
}

/// Nationality, title heads and gender of the phrase `toks`.
fn describe(text: &str, seg: &Segmentation, names: &[Name], toks: Range<usize>) -> Role {
    let mut role = Role::default();
    for t in toks {
        let w = tok_text(text, seg, t);
        if role.nationality.is_none() {
            role.nationality = name_at(names, t)
                .and_then(|m| nationality_of(m.span.text(text)))
                .or_else(|| nationality_of(w));
        }
        let l = w.to_lowercase();
        let (title, head) = match lists::title(&l) {
            Some(x) => (Some(x), l),
            None => match lists::title_plural(&l) {
                Some(s) => (lists::title(s), s.to_string()),
                None => (None, l),
            },
        };
        if let Some((kind, gender)) = title {
            if kind != TitleKind::Honorific && name_at(names, t).is_none() {
                // "prime minister", "deputy prime minister": office words before the title
                // make a compound head, kept beside the bare one.
                let compound = compound_head(text, seg, t, &head);
                // A shadow chancellor, a deputy leader or an assistant coach is not "the
                // chancellor", "the leader" or "the coach": the bare head is kept only where
                // the word right before it does not make another office of it ("deputy prime
                // minister" is a minister).
                let other_office = compound != head
                    && compound
                        .strip_suffix(head.as_str())
                        .and_then(|rest| rest.trim_end().rsplit(' ').next())
                        .is_some_and(|w| matches!(w, "shadow" | "deputy" | "assistant" | "vice"));
                if compound != head {
                    role.heads.push(compound);
                }
                if !other_office {
                    role.heads.push(head);
                }
            }
            role.gender = role.gender.or(gender);
        }
    }
    role
}

/// The title word at `t` (as `head`, lower case and singular) with the office words before it:
/// "prime minister", "deputy prime minister", "foreign minister".
pub(crate) fn compound_head(text: &str, seg: &Segmentation, t: usize, head: &str) -> String {
    let mut words = vec![head.to_string()];
    let mut u = t;
    while u > 0 && words.len() < 3 {
        let prev = tok_text(text, seg, u - 1).to_lowercase();
        let office = lists::is_office_modifier(&prev)
            || (words.len() > 1 || lists::title(head).is_some())
                && matches!(prev.as_str(), "deputy" | "assistant" | "shadow" | "junior");
        if !office {
            break;
        }
        words.push(prev);
        u -= 1;
    }
    words.reverse();
    words.join(" ")
}

/// The role text of a title phrase: "Chinese President" reads "President of China"; other
/// phrases stay as written, with a capital that only the sentence start gave lowered.
fn role_text(text: &str, seg: &Segmentation, names: &[Name], toks: &Range<usize>) -> String {
    let written = span_of(seg, toks).text(text);
    let first = tok_text(text, seg, toks.start);
    let rest = toks.start + 1..toks.end;
    let rest_is_titles = !rest.is_empty()
        && rest.clone().all(|t| {
            let w = tok_text(text, seg, t);
            let l = w.to_lowercase();
            name_at(names, t).is_none()
                && w.chars().next().is_some_and(char::is_uppercase)
                && (lists::title(&l).is_some() || lists::is_title_modifier(&l))
        });
    if rest_is_titles {
        if let Some(country) = nationality_of(first) {
            return format!(
                "{} of {}",
                span_of(seg, &rest).text(text),
                lists::country_in_text(country)
            );
        }
    }
    let sentence_start = seg
        .sentences
        .get(sentence_of_token(seg, toks.start))
        .is_some_and(|s| s.tokens.start == toks.start);
    // "Top US diplomat" is "top US diplomat"; "Justice Minister" keeps its capitals.
    let capital_title = (toks.start + 1..toks.end).any(|t| {
        let w = tok_text(text, seg, t);
        w.chars().next().is_some_and(char::is_uppercase)
            && lists::title(&w.to_lowercase()).is_some()
    });
    // "Secretary of State" is an office's name, whatever starts the sentence.
    let office_phrase =
        toks.len() > 2 && is_of(text, seg, toks.start + 1) && is_office(text, seg, toks.start);
    if sentence_start
        && !capital_title
        && !office_phrase
        && name_at(names, toks.start).is_none()
        && lists::is_title_modifier(&first.to_lowercase())
    {
        let mut c = written.chars();
        if let Some(f) = c.next() {
            return f.to_lowercase().chain(c).collect();
        }
    }
    written.to_string()
}

/// Roles in an apposition after the person's name `names[i]`: "X, also general secretary of Y
/// and chairman of Z," gives two roles.
pub fn after(text: &str, seg: &Segmentation, names: &[Name], i: usize) -> Vec<Role> {
    let Some(n) = names.get(i) else {
        return Vec::new();
    };
    let Some(sent) = seg.sentences.get(n.sent) else {
        return Vec::new();
    };
    if tok_text(text, seg, n.toks.end) != "," {
        return Vec::new();
    }
    let mut start = n.toks.end + 1;
    while start < sent.tokens.end
        && matches!(tok_text(text, seg, start), "also" | "now" | "currently")
    {
        start += 1;
    }
    // The apposition runs to the next comma or the sentence end, and not too far.
    let mut end = start;
    while end < sent.tokens.end && end - start < 30 {
        let tok = seg.tokens.get(end).map_or("", |k| k.span.text(text));
        let kind = seg.tokens.get(end).map(|k| k.kind);
        if matches!(tok, "," | ";" | ":" | "(" | ")" | "." | "!" | "?")
            || kind == Some(TokenKind::Quote)
        {
            break;
        }
        end += 1;
    }
    if end - start >= 30 || !starts_role(text, seg, names, start, end) {
        return Vec::new();
    }
    // "Unlike Roe, the officials were careful": a clause with its own verb after the comma is
    // the sentence going on, not an apposition (a relative clause inside one may have a verb).
    let clause = (start..end)
        .map(|t| tok_text(text, seg, t))
        .take_while(|w| !matches!(*w, "who" | "which" | "that" | "whose" | "whom"))
        .any(|w| words::is_finite_auxiliary(w) || matches!(w, "said" | "says"));
    // "X, UN Secretary General Y, and ...": titles and another person's name, with no
    // preposition or possessive to relate them to X ("lawyer for Mr Y", "Y's husband"), are
    // the next item of a list, not what X is.
    let titles_another = (start..end).any(|t| {
        name_at(names, t).is_some_and(|m| {
            m.kind == EntityType::PERSON
                && m.toks.start == t
                && t > start
                && lists::title(&lower(text, seg, t - 1)).is_some()
                && (m.toks.end >= end || tok_text(text, seg, m.toks.end) == "and")
                && (start..t).all(|u| {
                    seg.tokens.get(u).is_some_and(|k| k.kind == TokenKind::Word)
                        && !lists::is_function_word(&lower(text, seg, u))
                        && lower(text, seg, u) != "under"
                })
        })
    });
    if clause || titles_another {
        return Vec::new();
    }
    // Split at "and" before another role.
    let mut parts = Vec::new();
    let mut part_start = start;
    for t in start..end {
        if tok_text(text, seg, t) == "and" && starts_role(text, seg, names, t + 1, end) {
            parts.push(part_start..t);
            part_start = t + 1;
        }
    }
    parts.push(part_start..end);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|mut p| {
            while p.len() > 1 && matches!(tok_text(text, seg, p.start), "the" | "a" | "an") {
                p.start += 1;
            }
            let mut role = describe(text, seg, names, p.clone());
            role.text = Some(span_of(seg, &p).text(text).to_string());
            role.toks = p;
            role
        })
        .collect()
}

/// Whether tokens from `t` begin a role: optional articles, "one of", a possessive place,
/// numbers, modifiers and at most two other nouns, then a title word ("the top US diplomat", "one of Russia's 10 deputy
/// prime ministers").
fn starts_role(text: &str, seg: &Segmentation, names: &[Name], mut t: usize, end: usize) -> bool {
    let mut steps = 0;
    let mut free = 0;
    while t < end && steps < 8 {
        steps += 1;
        if let Some(m) = name_at(names, t) {
            if m.kind == EntityType::PERSON || free > 0 {
                return false;
            }
            t = m.toks.end;
            continue;
        }
        let Some(tok) = seg.tokens.get(t) else {
            return false;
        };
        let w = tok.span.text(text);
        let l = w.to_lowercase();
        if lists::title(&l).is_some_and(|(k, _)| k != TitleKind::Honorific)
            || lists::title_plural(&l).is_some()
        {
            return true;
        }
        let skip = tok.kind == TokenKind::Possessive
            || tok.kind == TokenKind::Number
            || crate::words::number_word(&l).is_some_and(|n| n <= 10)
            || matches!(
                l.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "its"
                    | "his"
                    | "her"
                    | "several"
                    | "many"
                    | "few"
                    | "dozen"
                    | "some"
            )
            || lists::is_title_modifier(&l)
            || nationality_of(w).is_some();
        // "a union leader", "the company's founder": a noun or two right before the title
        // word, a possessive or a modifier. What ends in "-ed" or holds an apostrophe is more
        // often a verb ("received", "you're"), and a relative pronoun opens a clause.
        let noun = tok.kind == TokenKind::Word
            && tok.shape == lede_text::Shape::Lower
            && !lists::is_function_word(&l)
            && !l.ends_with("ed")
            && !l.contains(['\'', '’'])
            && !matches!(
                l.as_str(),
                "who" | "which" | "that" | "whose" | "whom" | "my" | "your" | "our" | "their"
            );
        if !(skip || noun && free < 2) {
            return false;
        }
        if free > 0 && !(noun || lists::is_title_modifier(&l) || tok.kind == TokenKind::Possessive)
        {
            return false;
        }
        if !skip {
            free += 1;
        }
        t += 1;
    }
    false
}
