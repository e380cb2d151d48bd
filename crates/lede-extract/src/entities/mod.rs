//! Entities: who and what an article names, of which type, with which titles, and every place
//! it refers to each of them.
//!
//! The statistical tagger ([`tagger`]) proposes name spans with a coarse CoNLL label. This
//! layer turns them into [`Entity`] values in five explainable steps:
//!
//! 1. clean: drop articles, titles and possessives from the edges of a span, split a trailing
//!    acronym ("National People's Congress NPC"), drop ordinary words that a sentence start
//!    capitalized ("Success!");
//! 2. type: refine LOC and MISC with hand-kept lists and cue words ([`lists`]): countries and
//!    cities are GPE, "airport" or "Hall" make a FAC, demonyms a NORP, "Court" an ORG; a title
//!    in quotation marks ("Ghost in the Shell") is one MISC name over the names inside it;
//! 3. make the article consistent: one type per name, and names tagged in one place are found
//!    again where the tagger missed them (alone, at a sentence start, in an all-caps headline);
//! 4. titles and roles ([`roles`]): "Foreign Minister X", "X, chairman of Y";
//! 5. coreference ([`coref`]): aliases and acronyms, titled forms ("the Russian president") and
//!    subject pronouns, clustered into entities.
//!
//! Offsets are bytes, as everywhere inside the pipeline. This module does not find quotes or
//! speakers; it gives the quote stage the mentions (pronouns included) that speakers resolve to,
//! and [`entity_at`] to find them.

pub mod coref;
pub mod features;
pub mod lists;
pub mod open_lists;
pub mod roles;
pub mod tagger;

use crate::document::{Entity, EntityType, MentionForm, ParagraphKind, Timex, TimexType};
use lede_text::{Segmentation, Shape, Span, TokenKind};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// A name span the tagger proposes: tokens (indices into `seg.tokens`) and a coarse type
/// (PERSON, ORG, LOC or MISC).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub tokens: Range<usize>,
    pub kind: EntityType,
}

/// Finds the entities of an article. Paragraphs of kind boilerplate are skipped.
pub fn find(text: &str, seg: &Segmentation, kinds: &[ParagraphKind]) -> Vec<Entity> {
    let keep: Vec<bool> = kinds
        .iter()
        .map(|k| *k != ParagraphKind::Boilerplate)
        .collect();
    let proposals: Vec<Proposal> = tagger::tag(text, seg, &keep)
        .into_iter()
        .map(|t| Proposal {
            tokens: t.tokens,
            kind: match t.label {
                tagger::NerLabel::Per => EntityType::PERSON,
                tagger::NerLabel::Org => EntityType::ORG,
                tagger::NerLabel::Loc => EntityType::LOC,
                tagger::NerLabel::Misc => EntityType::MISC,
            },
        })
        .collect();
    resolve(text, seg, kinds, &proposals)
}

/// The entity whose mention overlaps `start..end` (byte offsets) the most, the shorter mention
/// winning a tie: what the quote stage calls to resolve a speaker span ("Gray's lawyer Tom
/// Hale" is Tom Hale's title mention, not Gray's name). Returns the index into `entities`.
pub fn entity_at(entities: &[Entity], start: usize, end: usize) -> Option<usize> {
    let span = Span::new(start, end);
    entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (i, m)))
        .filter(|(_, m)| Span::new(m.start, m.end).overlaps(span))
        .min_by_key(|(_, m)| {
            let overlap = m.end.min(end).saturating_sub(m.start.max(start));
            (
                std::cmp::Reverse(overlap),
                m.end.saturating_sub(m.start),
                m.start,
            )
        })
        .map(|(i, _)| i)
}

/// Called after the time stage: an entity whose names all lie inside its dates is that day,
/// an event, and neither a place nor a person: "Christmas Day", "Boxing Day", and the pieces
/// the tagger makes of "New Year's Eve". The time stage reads holidays from its own table; an
/// entity with one name outside a date keeps its type, and the time stage reads no month or
/// weekday in a person's name ("Theresa May").
pub fn type_dates(entities: &mut [Entity], timexes: &[Timex]) {
    if timexes.is_empty() {
        return;
    }
    // The date holding `start..end`: the time stage gives its timexes in text order, and
    // they do not overlap.
    let dated = |start: usize, end: usize| {
        let i = timexes.partition_point(|t| t.start <= start);
        i > 0 && {
            let t = &timexes[i - 1];
            t.kind == TimexType::DATE && end <= t.end
        }
    };
    for e in entities.iter_mut() {
        let mut names = e
            .mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Alias))
            .peekable();
        if names.peek().is_some() && names.all(|m| dated(m.start, m.end)) {
            e.kind = EntityType::EVENT;
        }
    }
}

/// A mention while the layer works on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// Token range of the mention.
    pub toks: Range<usize>,
    pub span: Span,
    pub sent: usize,
    pub kind: EntityType,
    pub form: MentionForm,
}

/// The sentence holding token `t`.
pub(crate) fn sentence_of_token(seg: &Segmentation, t: usize) -> usize {
    seg.sentences.partition_point(|s| s.tokens.end <= t)
}

pub(crate) fn tok_text<'a>(text: &'a str, seg: &Segmentation, t: usize) -> &'a str {
    seg.tokens.get(t).map_or("", |k| k.span.text(text))
}

/// Whether token `t` is a word with a capital (a title-case, upper-case or mixed word); no
/// token past the end is.
pub(crate) fn capitalized(seg: &Segmentation, t: usize) -> bool {
    seg.tokens.get(t).is_some_and(|k| k.is_capitalized())
}

/// The text of tokens `r`, from the first token's start to the last one's end.
pub(crate) fn span_of(seg: &Segmentation, r: &Range<usize>) -> Span {
    match (
        seg.tokens.get(r.start),
        seg.tokens.get(r.end.wrapping_sub(1)),
    ) {
        (Some(a), Some(b)) if r.start < r.end => Span::new(a.span.start, b.span.end),
        _ => Span::default(),
    }
}

/// Runs the layer on given proposals: [`find`] without the tagger, for tests and for callers
/// with their own tagger.
pub fn resolve(
    text: &str,
    seg: &Segmentation,
    kinds: &[ParagraphKind],
    proposals: &[Proposal],
) -> Vec<Entity> {
    let keep = |sent: usize| {
        seg.sentences
            .get(sent)
            .and_then(|s| kinds.get(s.paragraph))
            .is_none_or(|k| *k != ParagraphKind::Boilerplate)
    };
    let mut ctx = Ctx {
        text,
        seg,
        lower_vocab: None,
        caps_sent: vec![0; seg.sentences.len()],
    };
    let mut names = clean(&mut ctx, proposals, &keep);
    titled_organizations(text, seg, &mut names);
    extend_names(text, seg, &mut names);
    join_name_particles(text, seg, &mut names);
    national_institutions(text, seg, &mut names);
    joint_institutions(text, seg, &mut names);
    let sports = is_sports(text, seg, &names);
    for n in &mut names {
        n.kind = refine_type(text, seg, n, sports);
    }
    // Which names stand in a list with places: read once, as both steps weigh it and neither
    // moves a name.
    let listed = listed_among_places(text, seg, &names);
    type_places(text, seg, &mut names, &listed, sports);
    type_by_context(text, seg, &mut names, &listed, sports);
    type_cited_authors(text, seg, &mut names, &keep);
    // After the typing steps, which would read a title's words as the place or company they
    // name elsewhere ("State of ...").
    quoted_titles(text, seg, &mut names);
    work_titles(text, seg, &mut names, &keep);
    laws(text, seg, &mut names);
    award_categories(text, seg, &mut names);
    make_consistent(&mut ctx, &mut names, &keep, sports);
    groups_of_people(text, seg, &mut names, sports);
    coref::cluster(text, seg, names, &keep)
}

/// "Best Actor", "Best Supporting Actress", "Best Urban Act and Best Breakthrough Artist": an
/// award's category is a name of no person, organization or place (MISC), one per "Best".
/// The tagger reads "Best" alone or the category as a company; it takes in here the
/// capitalized words after "Best", and a listed company ("Best Buy") keeps its name and type.
fn award_categories(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    // The names are rebuilt in one pass: removing and inserting one by one would make an
    // article of many categories quadratic.
    let old = std::mem::take(names);
    // What a name ran on past a category, to be looked at before the next of `old`.
    let mut pending: Option<Name> = None;
    let mut r = 0;
    loop {
        let n = match pending.take() {
            Some(n) => n,
            None if r < old.len() => {
                r += 1;
                old[r - 1].clone()
            }
            None => break,
        };
        if n.form != MentionForm::Name
            || tok_text(text, seg, n.toks.start) != "Best"
            || open_lists::is_company(n.span.text(text))
        {
            names.push(n);
            continue;
        }
        let sent = n.sent;
        // The category's words: capitalized, up to the next "and Best" or the sentence's end.
        let mut end = n.toks.start + 1;
        while end < seg.tokens.len()
            && sentence_of_token(seg, end) == sent
            && end - n.toks.start < 6
        {
            let w = tok_text(text, seg, end);
            // Not into the winner's name: "Best Actor Jamie Foxx".
            let person_starts = open_lists::is_given_name(w)
                || old[r..]
                    .iter()
                    .take_while(|m| m.toks.start <= end)
                    .any(|m| m.toks.start == end && m.kind == EntityType::PERSON);
            if person_starts {
                break;
            }
            if capitalized(seg, end) && w != "Best" {
                end += 1;
            } else if tok_text(text, seg, end) == "&" && capitalized(seg, end + 1) {
                // "Best British R&B Act"
                end += 2;
            } else {
                break;
            }
        }
        if end == n.toks.start + 1 {
            names.push(n);
            continue;
        }
        // Names inside the category are its words; a name running past it is cut to what
        // follows the category ("... and Best Breakthrough Artist" becomes a category of its
        // own when it starts with "Best").
        let (mut last_end, mut last_kind) = (n.toks.end, n.kind);
        while r < old.len() && old[r].toks.start < end {
            if old[r].toks.end > last_end {
                (last_end, last_kind) = (old[r].toks.end, old[r].kind);
            }
            r += 1;
        }
        // What a name ran on past the category stays a name: "and Best Urban Act" a category
        // of its own, "Jamie Foxx" of "Best Actor Jamie Foxx" the tagger's.
        pending = if last_end > end + 1
            && tok_text(text, seg, end) == "and"
            && tok_text(text, seg, end + 1) == "Best"
        {
            Some(name(seg, end + 1..last_end, sent, EntityType::MISC))
        } else if last_end > end && capitalized(seg, end) {
            Some(name(seg, end..last_end, sent, last_kind))
        } else {
            None
        };
        names.push(name(seg, n.toks.start..end, sent, EntityType::MISC));
    }
}

/// "the Defense of Marriage Act", "the Tax Cuts and Jobs Act", "the George Floyd Justice in
/// Policing Act": the name of a law is one name, of no person, organization or place
/// (MISC), however the tagger cut it. A name right before "Act" takes it in, and a law takes
/// in the name before it across one of the small words that join a law's words ("in", "and",
/// "of"; "for", "on", "to" after no person's name). Run after the typing steps, which would
/// read the first part as the person or company it names elsewhere ("George Floyd").
fn laws(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let is_act = |t: usize| tok_text(text, seg, t) == "Act";
    // The end of "in Policing Act" at `t`: "in", "of" or "and", then up to four capitalized
    // words of one sentence, the last of them "Act". (Not "for" or "to": "Velmor voted for
    // Patriot Act renewal" is no law's name.)
    let act_after_joiner = |t: usize| {
        if !matches!(tok_text(text, seg, t), "in" | "of" | "and") {
            return None;
        }
        let sent = sentence_of_token(seg, t);
        (t + 1..(t + 5).min(seg.tokens.len()))
            .take_while(|&k| {
                sentence_of_token(seg, k) == sent
                    && seg.tokens.get(k).is_some_and(|x| x.is_capitalized())
            })
            .find(|&k| is_act(k))
            .map(|k| k + 1)
    };
    for n in names.iter_mut() {
        if n.form != MentionForm::Name {
            continue;
        }
        if is_act(n.toks.end)
            && n.toks.end < seg.tokens.len()
            && sentence_of_token(seg, n.toks.end) == n.sent
        {
            n.toks.end += 1;
            n.span = span_of(seg, &n.toks);
            n.kind = EntityType::MISC;
        } else if n.toks.len() > 1 && is_act(n.toks.end - 1) {
            n.kind = EntityType::MISC;
        } else if let Some(end) = act_after_joiner(n.toks.end) {
            // "George Floyd Justice" + "in Policing Act", where the tagger left the rest
            // of the law's name out.
            n.toks.end = end;
            n.span = span_of(seg, &n.toks);
            n.kind = EntityType::MISC;
        }
    }
    // A name the extension took in is part of the law.
    let mut reach = 0;
    names.retain(|n| {
        let inside = n.toks.end <= reach;
        reach = reach.max(n.toks.end);
        !inside
    });
    // From the end, so that a law of three parts joins whole; the names are rebuilt in one
    // pass (backwards, then turned round), as removing them one by one would be quadratic.
    let mut rev: Vec<Name> = Vec::with_capacity(names.len());
    while let Some(a) = names.pop() {
        let joined = rev.last().is_some_and(|b| {
            b.kind == EntityType::MISC
                && b.toks.len() > 1
                && is_act(b.toks.end - 1)
                && a.form == MentionForm::Name
                && b.form == MentionForm::Name
                && !is_act(a.toks.end - 1)
                && a.sent == b.sent
                && b.toks.start == a.toks.end + 1
                && match tok_text(text, seg, a.toks.end) {
                    "in" | "and" | "of" => true,
                    // "the Americans for Tax Reform Act", but not "Brant for Patriot Act".
                    "for" | "on" | "to" => a.kind != EntityType::PERSON,
                    _ => false,
                }
        });
        match rev.last_mut() {
            Some(b) if joined => {
                let toks = a.toks.start..b.toks.end;
                *b = Name {
                    span: span_of(seg, &toks),
                    toks,
                    kind: EntityType::MISC,
                    ..a
                };
            }
            _ => rev.push(a),
        }
    }
    rev.reverse();
    *names = rev;
}

/// Words that capitalized name groups of people, not someone: "Black" and "White" before a
/// noun in lower case ("Black voters", "White soldiers") are peoples (NORP), unless the article
/// names someone so ("Jack White ... White won"); an office in the plural ("Senators",
/// "Ministers") is no name, outside sports reports, where it may be a team's.
fn groups_of_people(text: &str, seg: &Segmentation, names: &mut Vec<Name>, sports: bool) {
    let surnames: HashSet<&str> = names
        .iter()
        .filter(|n| n.kind == EntityType::PERSON && n.toks.len() > 1)
        .map(|n| tok_text(text, seg, n.toks.end - 1))
        .collect();
    for n in names.iter_mut() {
        let s = n.span.text(text);
        if n.toks.len() != 1 || !matches!(s, "Black" | "White") || surnames.contains(s) {
            continue;
        }
        let before_noun = seg.tokens.get(n.toks.end).is_some_and(|t| {
            let w = t.span.text(text);
            t.kind == TokenKind::Word
                && t.shape == Shape::Lower
                && sentence_of_token(seg, n.toks.end) == n.sent
                && !lists::is_speech_verb(w)
                && !crate::words::is_finite_auxiliary(w)
        });
        if before_noun {
            n.kind = EntityType::NORP;
        }
    }
    if !sports {
        names.retain(|n| {
            let s = n.span.text(text);
            !(n.toks.len() == 1
                && n.form == MentionForm::Name
                && s.len() > 3
                && s.strip_suffix('s').is_some_and(|one| {
                    lists::title(&one.to_lowercase())
                        .is_some_and(|(k, _)| k == lists::TitleKind::Office)
                }))
        });
    }
}

/// Shared lookups, computed once and only when needed.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub seg: &'a Segmentation,
    /// The lower-case words of the article: a capitalized word that also occurs in lower case
    /// is an ordinary word.
    lower_vocab: Option<features::StrSet<'a>>,
    /// Per sentence: 0 not yet known, 1 ordinary case, 2 written in capitals.
    caps_sent: Vec<u8>,
}

impl<'a> Ctx<'a> {
    fn in_lower_vocab(&mut self, word_lower: &str) -> bool {
        let (text, seg) = (self.text, self.seg);
        self.lower_vocab
            .get_or_insert_with(|| {
                seg.tokens
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
                    .map(|t| t.span.text(text))
                    .collect()
            })
            .contains(word_lower)
    }

    /// Whether sentence `s` is written in capitals (a headline): most of its words are.
    fn all_caps(&mut self, s: usize) -> bool {
        let Some(c) = self.caps_sent.get(s).copied() else {
            return false;
        };
        if c != 0 {
            return c == 2;
        }
        self.caps_sent[s] = self.case_of(s);
        self.caps_sent[s] == 2
    }

    /// Whether sentence `s` is a headline in title case ("Fears Grow Over Bank Plan"): most of
    /// its words, short ones too, start with a capital.
    fn title_case(&mut self, s: usize) -> bool {
        let Some(c) = self.caps_sent.get(s).copied() else {
            return false;
        };
        if c == 0 {
            self.caps_sent[s] = self.case_of(s);
        }
        self.caps_sent[s] == 3
    }

    /// 1 ordinary case, 2 capitals, 3 title case.
    fn case_of(&self, s: usize) -> u8 {
        let (mut upper, mut title, mut words, mut minor) = (0, 0, 0, 0);
        let Some(sent) = self.seg.sentences.get(s) else {
            return 1;
        };
        let toks = self.seg.tokens.get(sent.tokens.clone()).unwrap_or(&[]);
        for t in toks {
            if t.kind == TokenKind::Word && t.span.len() > 1 {
                words += 1;
                upper += usize::from(t.shape == Shape::Upper);
                title += usize::from(t.shape == Shape::Title);
                minor += usize::from(
                    t.shape == Shape::Lower && lists::is_function_word(t.span.text(self.text)),
                );
            }
        }
        if words >= 2 && upper * 4 >= words * 3 {
            return 2;
        }
        if words >= 3 && (title + upper) * 4 >= words * 3 {
            return 3;
        }
        // A line of its own that ends without a full stop, with its short words in lower case
        // as title case writes them ("How to Mend a Torn Sail"): those words do not count.
        let alone = |o: Option<usize>| {
            o.and_then(|o| self.seg.sentences.get(o))
                .is_none_or(|x| x.paragraph != sent.paragraph)
        };
        let stop = toks
            .last()
            .is_some_and(|t| matches!(t.span.text(self.text), "." | "!" | "?" | ":"));
        let content = words - minor;
        if minor > 0
            && content >= 2
            && (title + upper) * 4 >= content * 3
            && !stop
            && alone(s.checked_sub(1))
            && alone(Some(s + 1))
        {
            3
        } else {
            1
        }
    }
}

/// What an office's portfolio does to a name span (see [`portfolio_end`]).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Portfolio {
    /// The span is the office or its portfolio alone: no name.
    Whole,
    /// The person's name starts at this token.
    Before(usize),
    /// The office's place ("Ambassador to France X"), a name of its own; the person's name
    /// follows it.
    Place(Range<usize>),
}

/// Whether the name span `r` holds the portfolio or the place of an office, after the title
/// and "of", "for" or "to", either inside the span ("Secretary of State Nora Velmor") or just
/// before it ("State Nora Velmor" after "Secretary of"); and if a name follows, where it
/// starts. A portfolio is made of words of a general list; a place is one of the lists'
/// ("Ambassador to France Nora Velmor"), so "Bank of Zentra" is left to the other steps. A
/// name after the portfolio has two words at least, unless the tagger took the span for a
/// person's: "Director of Public Prosecutions" is no person "Prosecutions".
fn portfolio_end(
    text: &str,
    seg: &Segmentation,
    r: &Range<usize>,
    kind: EntityType,
) -> Option<Portfolio> {
    let lower = |t: usize| tok_text(text, seg, t).to_lowercase();
    // A royal title with its realm is how a person is named ("the Prince of Wales"), and is
    // left to the other steps.
    let office = |t: usize| {
        let w = lower(t);
        lists::title(&w).is_some_and(|(k, _)| k == lists::TitleKind::Office)
            && !lists::is_royal_title(&w)
    };
    let of = |t: usize| roles::is_of(text, seg, t);
    let from = if r.len() > 2 && office(r.start) && of(r.start + 1) {
        r.start + 2
    } else if r.start >= 2 && of(r.start - 1) && office(r.start - 2) {
        r.start
    } else {
        return None;
    };
    let mut t = from;
    let mut words = 0;
    while t < r.end {
        let w = lower(t);
        if lists::is_portfolio_word(&w) {
            words += 1;
        } else if !lists::is_portfolio_connector(&w) {
            break;
        }
        t += 1;
    }
    // A connector that ends the run belongs to what follows it.
    while t > from && lists::is_portfolio_connector(&lower(t - 1)) {
        t -= 1;
    }
    if words == 0 {
        // "Ambassador to France X", "Governor of Texas X": a place, then two words at least;
        // or the office of a place alone, when the span starts with the office's title.
        let inside = from == r.start + 2;
        return (1..=3).rev().find_map(|k| {
            let place = from..from + k;
            ((place.end + 2 <= r.end || inside && place.end == r.end)
                && lists::is_gpe(span_of(seg, &place).text(text))
                && (place.end..r.end)
                    .all(|u| seg.tokens.get(u).is_some_and(|k| k.is_capitalized())))
            .then_some(Portfolio::Place(place))
        });
    }
    if t == r.end {
        return Some(Portfolio::Whole);
    }
    let name_words = (t..r.end).all(|u| seg.tokens.get(u).is_some_and(|k| k.is_capitalized()));
    let long_enough = r.end - t >= 2 || kind == EntityType::PERSON;
    (name_words && long_enough && r.end - t <= 4).then_some(Portfolio::Before(t))
}

/// "9.5m", "22bn", "8am", "1.4GHz": digits with a unit or a magnitude glued after them, which
/// names an amount or a time; not an ordinal ("21st") or a decade ("90s"), which may start a
/// name.
fn is_amount(w: &str) -> bool {
    let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    w.starts_with(|c: char| c.is_ascii_digit())
        && !unit.is_empty()
        && unit.len() < w.len()
        && unit.chars().all(|c| c.is_ascii_alphabetic())
        && unit.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(unit, "st" | "nd" | "rd" | "th" | "s")
}

/// Whether token `t` starts its sentence, allowing opening quotes and brackets before it. A
/// token right after a full stop inside a quotation starts one too, although the segmenter
/// keeps a quotation in the sentence that quotes it.
fn sentence_initial(text: &str, seg: &Segmentation, t: usize) -> bool {
    if t > 0 && full_stop(text, seg, t - 1) {
        return true;
    }
    // ... and so does one after a quotation that closes with its own full stop ("... ." She).
    if t >= 2
        && seg.tokens.get(t - 1).is_some_and(|q| {
            q.kind == TokenKind::Quote
                && seg.tokens.get(t - 2).is_some_and(|p| {
                    p.kind == TokenKind::Punct
                        && p.span.end == q.span.start
                        && matches!(p.span.text(text), "." | "!" | "?")
                })
        })
    {
        return true;
    }
    let s = sentence_of_token(seg, t);
    let Some(sent) = seg.sentences.get(s) else {
        return false;
    };
    (sent.tokens.start..t).all(|i| {
        seg.tokens
            .get(i)
            .is_some_and(|k| matches!(k.kind, TokenKind::Quote | TokenKind::Punct))
    })
}

/// Whether token `t` ends a sentence that the segmenter left joined to the next one (it
/// keeps quotations whole): a semicolon, "!" or "?", or a full stop that is not an initial's
/// or a short abbreviation's ("St.", "Jr.") unless, after the abbreviation, an ordinary word
/// follows it. A name never
/// runs across one ("... the Labour Party. We ...", a team list "Smith; Jones"). Only the
/// tokens next to `t` are read.
fn full_stop(text: &str, seg: &Segmentation, t: usize) -> bool {
    let (Some(tok), Some(next)) = (seg.tokens.get(t), seg.tokens.get(t + 1)) else {
        return false;
    };
    if tok.kind != TokenKind::Punct || tok.span.end == next.span.start {
        return false;
    }
    match tok.span.text(text) {
        ";" | "!" | "?" => true,
        "." => {
            let Some(prev) = t.checked_sub(1).and_then(|p| seg.tokens.get(p)) else {
                return false;
            };
            let glued = prev.span.end == tok.span.start && prev.kind == TokenKind::Word;
            if glued && prev.span.len() == 1 {
                // An initial ("P. Such").
                return false;
            }
            !(glued && prev.span.len() <= 3) || {
                let w = next.span.text(text);
                w.len() <= 12 && lists::is_common_word(&w.to_ascii_lowercase())
            }
        }
        _ => false,
    }
}

/// Step 1: trims proposals to clean name spans and drops those that are ordinary words.
fn clean(ctx: &mut Ctx<'_>, proposals: &[Proposal], keep: &impl Fn(usize) -> bool) -> Vec<Name> {
    let (text, seg) = (ctx.text, ctx.seg);
    let mut out: Vec<Name> = Vec::with_capacity(proposals.len());
    // A proposal that runs across a full stop is two names (or a name and a word).
    let mut pieces: Vec<Proposal> = Vec::with_capacity(proposals.len());
    for p in proposals {
        let end = p.tokens.end.min(seg.tokens.len());
        let mut start = p.tokens.start;
        for t in p.tokens.start..end.saturating_sub(1) {
            // "Djemba-Djemba (Silvestre 80)": an opening bracket whose closing one the name
            // does not hold parts two names.
            if tok_text(text, seg, t) == "(" && !(t + 1..end).any(|u| tok_text(text, seg, u) == ")")
            {
                if t > start {
                    pieces.push(Proposal {
                        tokens: start..t,
                        kind: p.kind,
                    });
                }
                start = t + 1;
                continue;
            }
            if full_stop(text, seg, t) {
                pieces.push(Proposal {
                    tokens: start..t,
                    kind: p.kind,
                });
                // What follows opens a sentence: its pronouns and connectives ("We", "But",
                // "I'm") are no name, and what is left must start with a capital.
                start = t + 1;
                while start < end && {
                    let w = tok_text(text, seg, start).to_lowercase();
                    let base = w.split(['\'', '’']).next().unwrap_or("");
                    lists::is_common_word(base)
                } {
                    start += 1;
                }
                if !seg.tokens.get(start).is_some_and(|k| k.is_capitalized()) {
                    start = end;
                }
            }
        }
        pieces.push(Proposal {
            tokens: start..end,
            kind: p.kind,
        });
    }
    pieces.sort_by_key(|p| (p.tokens.start, std::cmp::Reverse(p.tokens.end)));
    for p in &pieces {
        let mut r = p.tokens.clone();
        if r.is_empty() {
            continue;
        }
        let sent = sentence_of_token(seg, r.start);
        if !keep(sent) || sentence_of_token(seg, r.end - 1) != sent {
            continue;
        }
        // Punctuation at the edges (but not the ")" of "Mladost (L)", nor the "$" of "C$" or
        // the number of "Euro 96"), and a possessive ("Mandela's", "Google's"). Only a place
        // the lists do not know keeps one the tagger put inside (the cricket ground "Lord's").
        let edge = |t: usize| {
            seg.tokens
                .get(t)
                .is_some_and(|k| matches!(k.kind, TokenKind::Punct | TokenKind::Quote))
        };
        // An amount or a clock time is no part of the name after it ("22bn Three Gorges
        // Dam"), nor a name alone ("9.5m", "8am").
        while r.start < r.end && (edge(r.start) || is_amount(tok_text(text, seg, r.start))) {
            r.start += 1;
        }
        // "California-based Wells Fargo", "Texas-born Nora Velmor": the place's compound
        // describes the name after it, and says what kind of name that is.
        let mut described = None;
        if r.end - r.start > 1 {
            let w = tok_text(text, seg, r.start);
            let (_, tail) = w.rsplit_once('-').unwrap_or(("", ""));
            described = match tail {
                "based" | "owned" | "listed" | "backed" | "headquartered" => Some(EntityType::ORG),
                "born" | "raised" => Some(EntityType::PERSON),
                _ => None,
            };
            if described.is_some() {
                r.start += 1;
            }
        }
        loop {
            if r.is_empty() {
                break;
            }
            let last = r.end - 1;
            let kind = seg.tokens.get(last).map(|k| k.kind);
            let strip = match kind {
                Some(TokenKind::Possessive) => {
                    let rest = span_of(seg, &(r.start..last)).text(text);
                    p.kind != EntityType::LOC || lists::is_gpe(rest) || lists::is_norp(rest)
                }
                // The period of an abbreviation ("Fla.", "St.") stays, but not a full stop.
                Some(TokenKind::Punct) if tok_text(text, seg, last) == "." => {
                    let sentence_end = seg
                        .sentences
                        .get(sent)
                        .is_some_and(|s| s.tokens.end == last + 1);
                    let glued = |k: &lede_text::Token| {
                        k.span.end == seg.tokens.get(last).map_or(usize::MAX, |l| l.span.start)
                    };
                    !(last > r.start
                        && !sentence_end
                        && seg.tokens.get(last - 1).is_some_and(|k| {
                            glued(k) && k.shape == Shape::Title && k.span.len() <= 4
                        }))
                }
                Some(TokenKind::Punct | TokenKind::Quote) => {
                    tok_text(text, seg, last) != ")"
                        || !(r.start..last).any(|t| tok_text(text, seg, t) == "(")
                }
                _ => false,
            };
            if !strip {
                break;
            }
            r.end -= 1;
        }
        // Weekdays and months glued to a name's end ("CNN Monday").
        while r.end - r.start > 1 && lists::is_calendar_word(tok_text(text, seg, r.end - 1)) {
            r.end -= 1;
        }
        // "a Labour MP", "a UKIP MEP": the member's title after a party is the person's,
        // not part of the party's name.
        if p.kind == EntityType::ORG
            && r.end - r.start > 1
            && lists::is_member_title(tok_text(text, seg, r.end - 1))
        {
            r.end -= 1;
        }
        // A lower-case word does not end a name ("BBC Sport understands"), unless it is glued
        // to it ("U.S.-led").
        while r.end - r.start > 1
            && seg.tokens.get(r.end - 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.shape == Shape::Lower
                    && seg
                        .tokens
                        .get(r.end - 2)
                        .is_some_and(|p| p.span.end < t.span.start)
            })
        {
            r.end -= 1;
        }
        // Nor does one stand inside a name unless it joins its parts ("Bank of England",
        // "Ludwig van Beethoven"): "Okafor on the ABC" is two names, and the first is kept.
        if let Some(t) = (r.start + 1..r.end).find(|&t| {
            seg.tokens.get(t).is_some_and(|k| {
                k.kind == TokenKind::Word
                    && k.shape == Shape::Lower
                    && !k.span.text(text).contains('-')
                    && seg
                        .tokens
                        .get(t - 1)
                        .is_some_and(|p| p.span.end < k.span.start)
            }) && !lists::is_name_connector(tok_text(text, seg, t))
                && lists::title(tok_text(text, seg, t)).is_none()
        }) {
            r.end = t;
        }
        let mut kind = described.unwrap_or(p.kind);
        // Lower-case function words at the start ("of Russia"), articles ("the Kremlin") and,
        // before a person's name, titles ("Defender X").
        while r.end - r.start > 1 {
            let lower = tok_text(text, seg, r.start).to_lowercase();
            let shape = seg.tokens.get(r.start).map(|t| t.shape);
            let rest = span_of(seg, &(r.start + 1..r.end)).text(text);
            if lower == "the" && lists::takes_the(rest) {
                break;
            }
            let strip = (lists::is_leading_junk(&lower)
                && (shape == Some(Shape::Lower)
                    || lower == "the"
                        && sentence_initial(text, seg, r.start)
                        && !lists::takes_the(rest)))
                || (seg
                    .tokens
                    .get(r.start)
                    .is_some_and(|t| t.shape == Shape::Lower)
                    && lists::is_function_word(&lower))
                || (kind == EntityType::PERSON
                    && (lists::title(&lower).is_some() || lists::is_title_modifier(&lower))
                    && !lists::org_after_title(rest))
                // "Welshman Ray Velmor".
                || (kind == EntityType::PERSON
                    && lists::is_demonym_noun(tok_text(text, seg, r.start)))
                || (sentence_initial(text, seg, r.start)
                    && (lists::is_common_word(&lower)
                        || lists::is_adverb(&lower)
                        || lists::is_descriptor(&lower)
                        || lists::is_sentence_opener(&lower)
                            && lists::first_name_gender(tok_text(text, seg, r.start)).is_none())
                    && seg
                        .tokens
                        .get(r.start + 1)
                        .is_some_and(|t| t.is_capitalized()));
            // An ordinal before an organization is its session, not its name ("14th National
            // People's Congress").
            let ordinal = shape == Some(Shape::Alnum)
                && ["st", "nd", "rd", "th"].iter().any(|e| lower.ends_with(e));
            let strip = strip || ordinal;
            // "Mr Ebbers" is a person, whatever the tagger said; "Mr." goes with its period.
            let dot = r.start + 2 < r.end
                && tok_text(text, seg, r.start + 1) == "."
                && seg.tokens.get(r.start).map(|t| t.span.end)
                    == seg.tokens.get(r.start + 1).map(|t| t.span.start);
            let honorific = lists::title(&lower)
                .is_some_and(|(k, _)| k == lists::TitleKind::Honorific)
                && seg
                    .tokens
                    .get(r.start + 1 + usize::from(dot))
                    .is_some_and(|t| t.is_capitalized());
            if honorific {
                kind = EntityType::PERSON;
                r.start += usize::from(dot);
            } else if !strip {
                // "Premier League", "Chancellor Group": a title and an organization's word
                // is an organization's name, whatever the tagger said.
                if kind == EntityType::PERSON
                    && lists::title(&lower).is_some()
                    && lists::org_after_title(rest)
                {
                    kind = EntityType::ORG;
                }
                break;
            }
            r.start += 1;
        }
        // "The" belongs to a few names ("the Hague"), and the tagger, which learned from
        // capitalized text, leaves a lower-case one out. Without its "the" the word may be
        // someone's surname, so the type changes only with the article.
        if let Some((k, article)) = lists::the_name(span_of(seg, &r).text(text)) {
            let before =
                r.start > 0 && tok_text(text, seg, r.start - 1).eq_ignore_ascii_case("the");
            if tok_text(text, seg, r.start).eq_ignore_ascii_case("the") || before {
                kind = k;
            }
            if before && article {
                r.start -= 1;
            }
        }
        // "Fort Velmor", "Mount Hood": a place's first word the tagger left out makes the name
        // that place's, not a person's.
        if !r.is_empty()
            && r.start > 0
            && sentence_of_token(seg, r.start - 1) == sent
            && lists::is_place_first_word(tok_text(text, seg, r.start - 1))
            && out.last().is_none_or(|l| l.toks.end < r.start)
        {
            r.start -= 1;
            if kind == EntityType::PERSON {
                kind = EntityType::LOC;
            }
        }
        // "Liberal Democrat", "Social Democrats": the tagger, which takes a sentence's
        // capitalized first word for an ordinary one, may leave the party's first word out.
        if !r.is_empty()
            && r.start > 0
            && sentence_of_token(seg, r.start - 1) == sent
            && seg
                .tokens
                .get(r.start - 1)
                .is_some_and(|k| k.shape == Shape::Title)
            && lists::is_party_word(span_of(seg, &(r.start - 1..r.start + 1)).text(text))
            && out.last().is_none_or(|l| l.toks.end < r.start)
        {
            r.start -= 1;
            // As the tagger types the party's name when it sees it whole.
            kind = EntityType::ORG;
        }
        // "Lib Dems": and the last word the tagger left out, where no other name starts.
        if !r.is_empty()
            && r.end < seg.tokens.len()
            && sentence_of_token(seg, r.end) == sent
            && seg.tokens.get(r.end).is_some_and(|k| k.is_capitalized())
            && lists::is_party_word(span_of(seg, &(r.start..r.end + 1)).text(text))
            && !pieces.iter().any(|q| q.tokens.start == r.end)
        {
            r.end += 1;
            kind = EntityType::ORG;
        }
        if r.is_empty() || out.last().is_some_and(|l| l.toks.end > r.start) {
            continue;
        }
        // "Secretary of State Nora Velmor", "Minister of Foreign Affairs Rick Okafor": after an
        // office and "of", the tagger glues the portfolio to the name that follows. The
        // portfolio is part of the person's title (see [`roles::before`]), not a name; an
        // office with its portfolio alone ("the Secretary of Defense") is no name either.
        match portfolio_end(text, seg, &r, kind) {
            Some(Portfolio::Before(t)) => {
                r.start = t;
                kind = EntityType::PERSON;
            }
            Some(Portfolio::Place(place)) => {
                r.start = place.end;
                kind = EntityType::PERSON;
                out.push(name(seg, place, sent, EntityType::GPE));
                if r.is_empty() {
                    continue;
                }
            }
            Some(Portfolio::Whole) => continue,
            None => {}
        }
        // "Lib Dem Norman Velmor", "Democrat Nancy Corvo": a party, then a member's given
        // name and surname, which the tagger may read as one organization's name. The party is
        // a name of its own, and the rest is the person's.
        let party_end = (r.start + 1..r.end.saturating_sub(1)).find(|&t| {
            (2..=3).contains(&(r.end - t))
                && lists::is_party_word(span_of(seg, &(r.start..t)).text(text))
                && open_lists::is_given_name(tok_text(text, seg, t))
                && (t..r.end).all(|u| {
                    seg.tokens.get(u).is_some_and(|k| k.shape == Shape::Title)
                        && !lists::is_org_word(tok_text(text, seg, u))
                })
        });
        if let Some(t) = party_end {
            let party = span_of(seg, &(r.start..t)).text(text);
            // A people's name before a person's ("American Serena Velmor") is a nationality.
            let left = if lists::demonym_country(party).is_some() {
                EntityType::NORP
            } else if kind == EntityType::PERSON {
                EntityType::ORG
            } else {
                kind
            };
            out.push(name(seg, r.start..t, sent, left));
            out.push(name(seg, t..r.end, sent, EntityType::PERSON));
            continue;
        }
        // "Ministry spokesman Jane Doe": a lower-case title inside a span separates an
        // organization from a person.
        // So does an honorific: "Harrogate Mr Smith", "Labour MP Lord Smith". What stands
        // before it is not that person's name.
        let mut honorific = false;
        let given_name_after = |t: usize| {
            (2..=3).contains(&(r.end - t - 1))
                && (t + 1..r.end)
                    .all(|u| seg.tokens.get(u).is_some_and(|k| k.shape == Shape::Title))
                && open_lists::is_given_name(tok_text(text, seg, t + 1))
        };
        let split = (r.start + 1..r.end.saturating_sub(1)).find(|&t| {
            let w = tok_text(text, seg, t);
            let shape = seg.tokens.get(t).map(|k| k.shape);
            // A title in capitals is an office's acronym ("Zentra CEO Nora Velmor").
            let title = if shape == Some(Shape::Lower) {
                lists::title(w)
            } else {
                let title = lists::title(&w.to_ascii_lowercase());
                let honorific = title.is_some_and(|(k, _)| k == lists::TitleKind::Honorific);
                if w.len() <= 5 && (honorific || shape == Some(Shape::Upper)) {
                    title
                } else if !honorific && shape == Some(Shape::Title) && given_name_after(t) {
                    // "Fed Chair Nora Velmor", "Velkaro President Rick Okafor": a capitalized
                    // title, then a given name and a surname or two.
                    title
                } else {
                    None
                }
            };
            honorific = title.is_some_and(|(k, _)| k == lists::TitleKind::Honorific);
            title.is_some() && seg.tokens.get(t + 1).is_some_and(|k| k.is_capitalized())
        });
        if let Some(t) = split {
            let left = r.start..t;
            let kind = if lists::is_org_word(tok_text(text, seg, t - 1)) {
                EntityType::ORG
            } else if honorific && kind == EntityType::PERSON {
                EntityType::MISC
            } else {
                kind
            };
            out.push(name(seg, left, sent, kind));
            out.push(name(seg, t + 1..r.end, sent, EntityType::PERSON));
            continue;
        }
        // "NASA Administrator", "Texas Governor": a title after an organization or a place is
        // that body's office, not a person's name; the body is the name.
        if r.len() > 1 && kind == EntityType::PERSON {
            let last = tok_text(text, seg, r.end - 1);
            let head = span_of(seg, &(r.start..r.end - 1)).text(text);
            let office = lists::title(&last.to_lowercase())
                .is_some_and(|(k, _)| k != lists::TitleKind::Honorific);
            let body = if is_acronym_shape(head)
                || (r.start..r.end - 1).any(|t| lists::is_org_word(tok_text(text, seg, t)))
            {
                Some(EntityType::ORG)
            } else if lists::is_gpe(head) {
                Some(EntityType::GPE)
            } else {
                None
            };
            if let (true, Some(body)) = (office, body) {
                out.push(name(seg, r.start..r.end - 1, sent, body));
                continue;
            }
        }
        out.push(name(seg, r, sent, kind));
    }
    merge_of_phrases(text, seg, &mut out);
    merge_possessive_names(text, seg, &mut out);
    merge_modifiers(text, seg, &mut out);
    split_acronyms(text, seg, &mut out);
    split_coordinated_names(text, seg, &mut out);
    add_trailing_acronyms(text, seg, &mut out);
    add_institutions(text, seg, &mut out, keep);
    add_lone_given_names(ctx, &mut out, keep);
    add_numbered_facilities(text, seg, &mut out, keep);
    add_station_numbers(text, seg, &mut out);
    // Ordinary words capitalized by a sentence start ("Success! ...", "Restoring order ...")
    // or by a headline in title case.
    let headline: Vec<bool> = out.iter().map(|n| ctx.title_case(n.sent)).collect();
    let mid_sentence: features::StrSet<'_> = out
        .iter()
        .zip(&headline)
        .filter(|(n, h)| !sentence_initial(text, seg, n.toks.start) && !**h)
        .map(|(n, _)| n.span.text(text))
        .collect();
    // An acronym written after a quantity is a unit or a currency ("50 DKK", "500 BCE", "4
    // GB"), in that place and wherever else the article uses it. Not after a clock time ("1400
    // GMT" names a zone), not before another number (a score line, "LG 2 OB 0"), and not with
    // periods ("300 U.S. warplanes").
    let clock = |w: &str| w.contains(':') || w.len() == 4 && w.starts_with(['0', '1', '2']);
    let units: features::StrSet<'_> = out
        .iter()
        .filter(|n| {
            let s = n.span.text(text);
            let number = |t: usize| {
                seg.tokens.get(t).is_some_and(|k| {
                    k.kind == TokenKind::Number && sentence_of_token(seg, t) == n.sent
                })
            };
            n.toks.len() == 1
                && (2..=4).contains(&s.len())
                && s.chars().all(|c| c.is_ascii_uppercase())
                && n.toks.start > 0
                && number(n.toks.start - 1)
                && !clock(tok_text(text, seg, n.toks.start - 1))
                && !number(n.toks.end)
        })
        .map(|n| n.span.text(text))
        .collect();
    let terms = defined_terms(text, seg);
    // The last words of longer names: surnames, which an interjection may be ("Mira Oh").
    let surnames: features::StrSet<'_> = out
        .iter()
        .filter(|n| n.toks.len() > 1)
        .map(|n| tok_text(text, seg, n.toks.end - 1))
        .collect();
    // Where people's names start, for the titles the tagger took for names before them.
    let person_starts: HashSet<usize> = out
        .iter()
        .filter(|n| n.kind == EntityType::PERSON)
        .map(|n| n.toks.start)
        .collect();
    let mut kept = Vec::with_capacity(out.len());
    for (mut n, in_headline) in out.into_iter().zip(headline) {
        if units.contains(n.span.text(text)) {
            continue;
        }
        opening_word(text, seg, &mut n);
        // "leaf water content (LWC)": the short form of a term is no name ("LWC", "LWCs"),
        // nor is a term's long form written in capitals.
        let s = n.span.text(text);
        if terms.contains(s)
            || n.toks.len() == 1 && s.strip_suffix('s').is_some_and(|b| terms.contains(b))
        {
            continue;
        }
        // "AI", "DNA", "CEOs": a common noun's acronym.
        if n.toks.len() == 1
            && (lists::is_common_acronym(s)
                || s.strip_suffix('s').is_some_and(lists::is_common_acronym))
        {
            continue;
        }
        // A one-word name in lower case, for the lists of titles and words below; lowered
        // once, not by each of them.
        let one_lower = if n.toks.len() == 1 {
            s.to_lowercase()
        } else {
            String::new()
        };
        // "Figure 3", "Step 2", "Method Three": a part of the text by its number, with the
        // number in the name or after it. What the tagger read as a whole name of another
        // kind stays one ("Chapter 11" of the bankruptcy code, MISC).
        let part_number = |t: usize| {
            seg.tokens.get(t).is_some_and(|k| {
                k.kind == TokenKind::Number || lists::is_part_number(k.span.text(text))
            })
        };
        if lists::is_text_part(tok_text(text, seg, n.toks.start))
            && (n.toks.len() == 1 && part_number(n.toks.end)
                || n.toks.len() == 2 && n.kind != EntityType::MISC && part_number(n.toks.start + 1))
        {
            continue;
        }
        // "the Chancellor", "Chancellor of the Exchequer", "Lord Chancellor", "Mr Justice
        // Hale": a title alone is a description of someone, not a name. After "Mr" and "Ms" a
        // title word is a surname ("Mr King said") unless a name follows it.
        let after_honorific = |t: usize| {
            let w = tok_text(text, seg, t).to_ascii_lowercase();
            let peer = matches!(w.as_str(), "lord" | "lady" | "madam");
            let named = seg
                .tokens
                .get(n.toks.end)
                .is_some_and(|k| k.is_capitalized());
            (peer || named)
                && lists::title(&w).is_some_and(|(k, _)| k == lists::TitleKind::Honorific)
        };
        if n.toks.len() == 1
            && (n.toks.start > 0
                && (tok_text(text, seg, n.toks.start - 1) == "the"
                    || after_honorific(n.toks.start - 1))
                || tok_text(text, seg, n.toks.end) == "of")
            && lists::title(&one_lower).is_some_and(|(k, _)| k != lists::TitleKind::Honorific)
        {
            continue;
        }
        // "Oh", "Alright", "Mom": a word of speech or of the family, wherever it stands. The
        // title of a work keeps its name ("the song Wow!", which the tagger calls MISC), and
        // so does a person's surname that a longer name in the article has ("Mira Oh" ...
        // "Oh").
        let surname = n.kind == EntityType::PERSON && surnames.contains(s);
        if n.toks.len() == 1
            && n.kind != EntityType::MISC
            && !surname
            && (lists::is_interjection(&one_lower) || lists::is_kin_address(&one_lower))
        {
            continue;
        }
        // A bare honorific ("Dr") is no name.
        if n.toks.len() == 1
            && lists::title(&one_lower).is_some_and(|(k, _)| k == lists::TitleKind::Honorific)
        {
            continue;
        }
        // "Justice" of "Justice Minister X" is part of a title, not an organization.
        if n.toks.len() == 1 && n.kind != EntityType::PERSON && lists::is_title_modifier(&one_lower)
        {
            let next = tok_text(text, seg, n.toks.end).to_lowercase();
            if lists::title(&next).is_some() {
                continue;
            }
        }
        // "(D-Calif.)", "R-Texas": a US lawmaker's party and state, which the tagger takes for
        // a name of its own.
        if n.toks.len() == 1 && lists::is_party_and_state(s) {
            continue;
        }
        // "Rep. Paul Corvo", "Gov Nora Velmor": an office's title, abbreviated or not, right
        // before a person's name is part of that person's title. (Tagged a person, only
        // abbreviated: "Gen Tarek Velmoran", but "King Lear", "Judge" as surnames.)
        let abbreviated = matches!(
            one_lower.as_str(),
            "gen" | "col" | "lt" | "sgt" | "capt" | "maj" | "cpl" | "rep" | "sen" | "gov"
        );
        if n.toks.len() == 1
            && (n.kind != EntityType::PERSON || abbreviated)
            && lists::title(&one_lower).is_some_and(|(k, _)| k == lists::TitleKind::Office)
        {
            let dot = seg
                .tokens
                .get(n.toks.end)
                .is_some_and(|k| k.span.start == n.span.end && k.span.text(text) == ".");
            if person_starts.contains(&(n.toks.end + usize::from(dot))) {
                continue;
            }
        }
        if n.toks.len() == 1
            && (sentence_initial(text, seg, n.toks.start) || in_headline)
            && !mid_sentence.contains(n.span.text(text))
            && is_ordinary_word(ctx, &n)
        {
            continue;
        }
        // "How to Fix a Leaking Tap", "Easy Lemon Bread": in a headline in
        // title case, words that the article also writes in lower case are words, not a
        // name, unless the article writes them capitalized mid-sentence too, or a word of
        // an institution or a place's kind heads them ("The Old Palace").
        if n.toks.len() > 1
            && in_headline
            && !mid_sentence.contains(n.span.text(text))
            && n.toks.clone().all(|t| {
                let w = tok_text(text, seg, t);
                let lower = w.to_lowercase();
                !(lists::is_gpe(w)
                    || lists::is_norp(w)
                    || lists::is_cue_word(w)
                    || open_lists::is_given_name(w))
                    && (lists::is_common_word(&lower) || ctx.in_lower_vocab(&lower))
            })
        {
            continue;
        }
        if is_heading_word(text, seg, &n) {
            continue;
        }
        kept.push(n);
    }
    kept
}

/// A name the tagger opened with a greeting or an auxiliary verb. Where the word opens a
/// sentence or a quotation it is no part of the name: a greeting addresses the person named
/// before a comma ("'Hey Tarvo, my name is Ivo'", "Dear Anna,"), a question asks about the
/// one name after it ("Did Velmor find the right formula?"). Elsewhere such a name is a
/// title: "sang Hey Corvina", "the charity single Do They Know It's Over?", "the comedy Shall
/// We Stay?".
fn opening_word(text: &str, seg: &Segmentation, n: &mut Name) {
    // In title case only: not an acronym ("HI Zentra").
    if n.toks.len() < 2
        || !seg
            .tokens
            .get(n.toks.start)
            .is_some_and(|k| k.shape == Shape::Title)
    {
        return;
    }
    // Asked of every name of two words or more: compared without a lower-case copy.
    let first = tok_text(text, seg, n.toks.start);
    let one_of = |words: &[&str]| words.iter().any(|w| first.eq_ignore_ascii_case(w));
    // (Not "Oh", a Korean surname: "Oh Min-jun"; nor "Will" or "May", given names.)
    let greeting = one_of(&["hey", "hi", "hello", "goodbye", "bye", "dear"]);
    let auxiliary = one_of(&[
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "would",
        "shall", "has", "have", "had",
    ]);
    if !greeting && !auxiliary {
        return;
    }
    // (A colon opens a question too: "the question is: Did Velmor ...?".)
    let opens = n.toks.start == 0
        || sentence_initial(text, seg, n.toks.start)
        || seg
            .tokens
            .get(n.toks.start - 1)
            .is_some_and(|k| k.kind == TokenKind::Quote || k.span.text(text) == ":");
    let addressed = seg
        .tokens
        .get(n.toks.end)
        .is_some_and(|k| matches!(k.span.text(text), "," | "!" | "?" | ":" | "." | "\u{2014}"));
    if greeting && opens && addressed {
        n.toks.start += 1;
        n.span = span_of(seg, &n.toks);
        n.kind = EntityType::PERSON;
    } else if auxiliary && opens && n.toks.len() == 2 {
        n.toks.start += 1;
        n.span = span_of(seg, &n.toks);
    } else {
        n.kind = EntityType::MISC;
    }
}

/// The short forms the article defines for terms of lower-case words: "leaf water content
/// (LWC)", "center of mass (CoM)", "tidal energy converters (TECs)". A name's short form is
/// defined after capitals ("World Health Organization (WHO)"), so these are terms, not names.
///
/// A definition in capitals is a term's too, with its long form, where the article shows it
/// is one: it also writes the long form in lower case ("Dimmer Relay Unit (DRU)" and later "a
/// dimmer relay unit"), or it counts the short form as a thing ("connect a DRU."), which no
/// organization's name takes. The set holds the short forms and those long forms.
fn defined_terms<'t>(text: &'t str, seg: &Segmentation) -> features::StrSet<'t> {
    let mut terms = features::StrSet::default();
    // Short forms defined after capitals, with their long forms.
    let mut capitalized: Vec<(&str, &str)> = Vec::new();
    let toks = &seg.tokens;
    for (i, t) in toks.iter().enumerate() {
        if t.span.text(text) != "(" || i == 0 {
            continue;
        }
        let (Some(acr), Some(close)) = (toks.get(i + 1), toks.get(i + 2)) else {
            continue;
        };
        let a = acr.span.text(text);
        let a = a.strip_suffix('s').filter(|b| b.len() >= 2).unwrap_or(a);
        let caps: Vec<char> = a.chars().filter(|c| c.is_uppercase()).collect();
        if close.span.text(text) != ")"
            || acr.kind != TokenKind::Word
            || !(2..=5).contains(&caps.len())
            || !a.chars().all(char::is_alphabetic)
        {
            continue;
        }
        // Walk back over the words of one case, matching the capitals from the last; short
        // function words may stand between ("center of mass", "System of Record").
        let shape = toks[i - 1].shape;
        if !matches!(shape, Shape::Lower | Shape::Title) {
            continue;
        }
        let mut want = caps.len();
        let mut k = i;
        while want > 0 && k > 0 {
            k -= 1;
            let w = toks[k];
            let word = w.span.text(text);
            let function = matches!(word, "of" | "and" | "the" | "for" | "in" | "to" | "on");
            if w.kind != TokenKind::Word || w.shape != shape && !function {
                break;
            }
            let first = word.chars().next().and_then(|c| c.to_uppercase().next());
            if first == Some(caps[want - 1]) && !(shape == Shape::Title && function) {
                want -= 1;
            } else if !function {
                break;
            }
        }
        if want > 0 {
            continue;
        }
        if shape == Shape::Lower {
            terms.insert(a);
            continue;
        }
        let long = &text[toks[k].span.start..toks[i - 1].span.end];
        let named = (k..i).any(|j| {
            let w = toks[j].span.text(text);
            lists::is_org_word(w) || lists::is_gpe(w) || lists::is_norp(w)
        });
        if !named && long.contains(' ') {
            if text.contains(long.to_lowercase().as_str()) {
                terms.insert(a);
                terms.insert(long);
            } else {
                capitalized.push((a, long));
            }
        }
    }
    if capitalized.is_empty() {
        return terms;
    }
    // "a DRU.", "an DRU that": the short form counted as a thing, where nothing follows it
    // that it would describe ("a DRU engineer").
    for w in toks.windows(3) {
        let [art, acr, next] = w else { continue };
        let short = acr.span.text(text);
        let thing = matches!(art.span.text(text), "a" | "an")
            && matches!(
                next.span.text(text),
                "." | "," | ";" | ":" | ")" | "is" | "was" | "that" | "which" | "and" | "or"
            );
        if thing {
            for &(a, long) in capitalized.iter().filter(|(a, _)| *a == short) {
                terms.insert(a);
                terms.insert(long);
            }
        }
    }
    terms
}

/// "the Premier League": the tagger takes the organization's word after a capitalized title
/// for a person called by that title ("Premier" League, as "President" Biden). One such word
/// after an office's title, with no other name there, is the organization's name with it.
fn titled_organizations(text: &str, seg: &Segmentation, names: &mut [Name]) {
    for i in 0..names.len() {
        let n = &names[i];
        if n.kind != EntityType::PERSON || n.toks.len() != 1 || n.toks.start == 0 {
            continue;
        }
        let t = n.toks.start - 1;
        let title = tok_text(text, seg, t);
        let office = seg.tokens.get(t).is_some_and(|k| k.shape == Shape::Title)
            && lists::title(&title.to_lowercase())
                .is_some_and(|(k, _)| k == lists::TitleKind::Office);
        let taken = i > 0 && names[i - 1].toks.end > t;
        if !office || taken || !lists::org_after_title(n.span.text(text)) {
            continue;
        }
        let toks = t..n.toks.end;
        names[i] = name(seg, toks, n.sent, EntityType::ORG);
    }
}

/// The most words of a title in quotation marks.
const MAX_TITLE_WORDS: usize = 10;

/// "Ghost in the Shell", "A Winter in Paris": the title of a work in quotation marks, with
/// every word capitalized but the small ones, is one name of its own (MISC), not the company,
/// person or place that a word of it also names. The names the tagger found wholly inside such
/// a title give way to it; a name that runs past the marks is left alone, and so is a
/// quotation that is a name and nothing more ("Velmor"), or a place's name after its article.
fn quoted_titles(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let quote = |t: usize| {
        seg.tokens
            .get(t)
            .filter(|k| k.kind == TokenKind::Quote)
            .map(|k| k.span.text(text))
    };
    let mut titles: Vec<Range<usize>> = Vec::new();
    for s in &seg.sentences {
        let mut t = s.tokens.start;
        while t < s.tokens.end {
            // Straight double marks pair in order; curly ones open and close, and a single
            // opening mark (British style) closes with its own.
            let close = match quote(t) {
                Some("\"") => "\"",
                Some("\u{201c}") => "\u{201d}",
                Some("\u{2018}") => "\u{2019}",
                _ => {
                    t += 1;
                    continue;
                }
            };
            let Some(end) = (t + 1..s.tokens.end.min(t + 2 + MAX_TITLE_WORDS * 2))
                .find(|&k| quote(k).is_some())
            else {
                t += 1;
                continue;
            };
            if quote(end) == Some(close) && is_title(text, seg, t + 1..end) {
                titles.push(t + 1..end);
            }
            t = end + 1;
        }
    }
    let mut added = false;
    for r in titles {
        let inside = |n: &Name| n.toks.start >= r.start && n.toks.end <= r.end;
        let overlaps = |n: &Name| n.toks.start < r.end && r.start < n.toks.end;
        let covered: usize = names
            .iter()
            .filter(|n| inside(n))
            .map(|n| n.toks.len())
            .sum();
        let crossing = names.iter().any(|n| overlaps(n) && !inside(n));
        // "the 'Emperor Norton Bridge'": a place named in quotation marks, with its article.
        let article = tok_text(text, seg, r.start);
        let quoted_place = covered + 1 == r.len()
            && matches!(article, "The" | "A")
            && names.iter().any(|n| {
                inside(n)
                    && n.toks.start == r.start + 1
                    && matches!(n.kind, EntityType::FAC | EntityType::GPE | EntityType::LOC)
            });
        if covered == 0 || covered == r.len() || crossing || quoted_place {
            continue;
        }
        let sent = sentence_of_token(seg, r.start);
        names.retain(|n| !inside(n));
        names.push(name(seg, r, sent, EntityType::MISC));
        added = true;
    }
    if added {
        names.sort_by_key(|n| (n.toks.start, n.toks.end));
    }
}

/// Whether tokens `r` read as a title: two to [`MAX_TITLE_WORDS`] words, the first and every
/// other word but the small ones capitalized, numbers allowed, and no stop or comma inside (a
/// question or exclamation mark may close it).
fn is_title(text: &str, seg: &Segmentation, r: Range<usize>) -> bool {
    let mut words = 0;
    let last = r.end.saturating_sub(1);
    for t in r.clone() {
        let Some(k) = seg.tokens.get(t) else {
            return false;
        };
        let w = k.span.text(text);
        match k.kind {
            TokenKind::Word => {
                words += 1;
                let small = t > r.start && lists::is_function_word(w);
                if !(k.is_capitalized() || small) {
                    return false;
                }
            }
            TokenKind::Number => words += 1,
            TokenKind::Punct if t == last && matches!(w, "?" | "!") => {}
            TokenKind::Punct if matches!(w, ":" | "-" | "&" | "\u{2013}") => {}
            _ => return false,
        }
    }
    (2..=MAX_TITLE_WORDS).contains(&words)
}

fn name(seg: &Segmentation, toks: Range<usize>, sent: usize, kind: EntityType) -> Name {
    Name {
        span: span_of(seg, &toks),
        toks,
        sent,
        kind,
        form: MentionForm::Name,
    }
}

/// A sentence-initial single word that is an ordinary English word rather than a name.
fn is_ordinary_word(ctx: &mut Ctx<'_>, n: &Name) -> bool {
    let (text, seg) = (ctx.text, ctx.seg);
    let word = n.span.text(text);
    if lists::is_gpe(word) || lists::is_norp(word) || lists::is_region(word) {
        return false;
    }
    // An acronym in ordinary text ("WHO said"), unless the whole sentence is in capitals.
    if is_acronym_shape(word) && !ctx.all_caps(n.sent) {
        return false;
    }
    let lower = word.to_lowercase();
    // A contraction of a common word ("You've", "We'll", "I'm").
    if let Some((base, tail)) = lower.split_once(['\'', '’'])
        && matches!(tail, "ve" | "ll" | "re" | "d" | "m" | "s" | "t")
        && lists::is_common_word(base)
    {
        return true;
    }
    let next = seg.tokens.get(n.toks.end);
    let next_text = next.map_or("", |t| t.span.text(text));
    // An exclamation ("Error!") or a word the article also uses in lower case.
    if next_text.starts_with('!')
        || lists::is_common_word(&lower)
        || lists::is_title_modifier(&lower)
        || lists::title(&lower).is_some()
        || ctx.in_lower_vocab(&lower)
    {
        return true;
    }
    // An adverb opening a sentence ("Ultimately, ...").
    if lower.ends_with("ly") && next_text == "," || lists::is_adverb(&lower) {
        return true;
    }
    // An instruction ("Wash the leaves", "Start your seeds indoors"): a word the tagger's
    // unlabelled text knows in lower case, right before a determiner, where a name would
    // take a verb. Not a given name ("Mark the date" may be a person's) nor a place.
    if matches!(
        next_text,
        "the" | "a" | "an" | "your" | "each" | "every" | "this" | "these" | "those" | "them"
    ) && tagger::knows_lower(&lower)
        && !open_lists::is_given_name(word)
        && !open_lists::is_place(word)
    {
        return true;
    }
    // A gerund opening a sentence ("Restoring order is ...") rather than a name ending in -ing.
    lower.len() > 5
        && lower.ends_with("ing")
        && next.is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
}

/// "Understand", "Background", "Tips": a section heading of one word, alone on its line, that
/// the tagger's unlabelled text knows in lower case is a word, not a name. Guides, papers and
/// how-tos head their sections so; a place, a people or a given name the lists know (a letter
/// signed "Bill") is left alone.
fn is_heading_word(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let word = n.span.text(text);
    // Whether the name is its paragraph's only word, asked first: it rules out nearly every
    // name before any list is read.
    let alone = n.toks.len() == 1
        && seg
            .sentences
            .get(n.sent)
            .and_then(|s| seg.paragraphs.get(s.paragraph))
            .is_some_and(|p| p.span.text(text).trim() == word);
    if !alone
        || !word.starts_with(char::is_uppercase)
        || lists::is_gpe(word)
        || lists::is_norp(word)
        || open_lists::is_place(word)
        || open_lists::is_given_name(word)
    {
        return false;
    }
    tagger::knows_lower(&word.to_lowercase())
}

/// Whether `s` looks like an acronym: two to six capitals, perhaps with periods or "&".
pub(crate) fn is_acronym_shape(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// The initials of the capitalized words of `r` ("National People's Congress" -> "NPC"), if
/// there are at least two.
pub(crate) fn initials(text: &str, seg: &Segmentation, r: &Range<usize>) -> Option<String> {
    let mut initials = String::new();
    for t in r.clone() {
        let tok = seg.tokens.get(t)?;
        if tok.kind == TokenKind::Word && tok.is_capitalized() {
            // Hyphenated words give each part's initial ("Asia-Pacific Economic ...").
            for part in tok.span.text(text).split('-') {
                initials.extend(part.chars().next());
            }
        }
    }
    (initials.chars().count() >= 2).then_some(initials)
}

/// Whether `acronym` spells the initials of the capitalized words of `r`.
pub(crate) fn initials_match(
    text: &str,
    seg: &Segmentation,
    r: &Range<usize>,
    acronym: &str,
) -> bool {
    let want: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    initials(text, seg, r).is_some_and(|i| i == want)
}

/// Takes into a name what the tagger left right after it: the period of a state's
/// abbreviation ("Velmor, Wis."), which is part of it, and a ruler's numeral ("Aldric I",
/// "Louis XIV") after a person's name of one or two words. A lone "I" is the numeral only
/// before punctuation, "and" or "of" ("Aldric I, King", "Louis I and"), as before a verb it
/// is more often the pronoun ("told Aldric I would").
fn extend_names(text: &str, seg: &Segmentation, names: &mut [Name]) {
    for i in 0..names.len() {
        let prev_end = i.checked_sub(1).map_or(0, |p| names[p].toks.end);
        while given_name_before(text, seg, &names[i], prev_end) {
            let n = &mut names[i];
            n.toks.start -= 1;
            n.span = span_of(seg, &n.toks);
        }
        let n = &names[i];
        let next_start = names.get(i + 1).map_or(usize::MAX, |m| m.toks.start);
        let t = n.toks.end;
        if t >= next_start {
            continue;
        }
        let Some(tok) = seg.tokens.get(t) else {
            continue;
        };
        let w = tok.span.text(text);
        let glued = tok.span.start == n.span.end;
        let take = if w == "." {
            glued && lists::is_subdivision_abbrev(n.span.text(text), true)
        } else if n.kind == EntityType::PERSON && n.toks.len() <= 2 && !glued {
            let after = seg.tokens.get(t + 1).map(|k| k.span.text(text));
            if w == "I" {
                after.is_none_or(|a| matches!(a, "," | "." | ";" | ")" | "and" | "of"))
            } else {
                w.len() <= 6 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
            }
        } else {
            false
        };
        if take && sentence_of_token(seg, t) == n.sent {
            let n = &mut names[i];
            n.toks.end += 1;
            n.span = span_of(seg, &n.toks);
        }
    }
}

/// "Pierre Charles L'Enfant", "Antonio Lopez de Santa Anna", "Mohammed Hadid Muhammad
/// al-Hajj Husayn Hadid": a person's name goes on over a surname with an elided article
/// ("L'Enfant", "d'Alembert") and over the particles of many languages' names ("de", "van
/// der", "bin", "al-") to the capitalized words after them, which the tagger, trained on
/// English news, cuts off or reads as a second name. A name the extension reaches is taken in.
fn join_name_particles(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let word = |t: usize| {
        seg.tokens
            .get(t)
            .filter(|k| k.kind == TokenKind::Word)
            .map(|k| k.span.text(text))
    };
    // "L'Enfant", "d'Alembert", "D'Angelo": one letter, an apostrophe, a capitalized rest.
    let elided = |w: &str| {
        let mut cs = w.chars();
        matches!(
            (cs.next(), cs.next(), cs.next()),
            (Some(a), Some('\'' | '’'), Some(c)) if a.is_alphabetic() && c.is_uppercase()
        )
    };
    // "al-Hajj", "el-Sisi", "bin-Laden": a particle glued to a capitalized name by a hyphen.
    let hyphened = |w: &str| {
        w.split_once('-').is_some_and(|(p, rest)| {
            matches!(p, "al" | "el" | "bin" | "ibn" | "ben" | "abu")
                && rest.starts_with(char::is_uppercase)
        })
    };
    let particle = lists::is_name_particle;
    // The names are rebuilt in one pass, as removing the names taken in one by one would be
    // quadratic.
    let old = std::mem::take(names);
    let mut i = 0;
    while i < old.len() {
        let n = &old[i];
        i += 1;
        if n.kind != EntityType::PERSON || n.form != MentionForm::Name {
            names.push(n.clone());
            continue;
        }
        let in_sentence = |t: usize| t < seg.tokens.len() && sentence_of_token(seg, t) == n.sent;
        let mut end = n.toks.end;
        loop {
            let t = end;
            if !in_sentence(t) || seg.tokens[t].span.start == seg.tokens[t - 1].span.end {
                break;
            }
            let Some(w) = word(t) else { break };
            let mut next = if elided(w) || hyphened(w) {
                t + 1
            } else if particle(w) {
                // "van der Berg", "de la Cruz": two particles, then the name.
                let k = if word(t + 1).is_some_and(particle) {
                    t + 2
                } else {
                    t + 1
                };
                if !in_sentence(k) || !capitalized(seg, k) {
                    break;
                }
                k + 1
            } else {
                break;
            };
            // And the capitalized words that follow ("de Santa Anna").
            while in_sentence(next) && capitalized(seg, next) && word(next).is_some() {
                next += 1;
            }
            end = next;
        }
        // Names inside the extension are parts of this one; one that runs past it stops
        // the extension at its start.
        let mut j = i;
        while end > n.toks.end && j < old.len() && old[j].toks.start < end {
            if old[j].toks.end > end {
                end = old[j].toks.start;
                break;
            }
            j += 1;
        }
        let mut n = n.clone();
        if end > n.toks.end {
            i = j;
            n.toks.end = end;
            n.span = span_of(seg, &n.toks);
        }
        names.push(n);
    }
}

/// "the Newfoundland and Labrador Court of Appeal", "the Trinidad and Tobago Football
/// Association": after "the", a place, "and", and an organization with an institution's word
/// are one organization of the two places; the tagger reads the first place alone. (An
/// acronym or a people opening the second name makes two: "the US and UN Security Council".)
fn joint_institutions(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    // The names are rebuilt in one pass, as removing them one by one would be quadratic.
    let old = std::mem::take(names);
    let mut i = 0;
    while i < old.len() {
        let a = &old[i];
        let Some(b) = old.get(i + 1) else {
            names.push(a.clone());
            break;
        };
        let b_first = tok_text(text, seg, b.toks.start);
        let joint = matches!(a.kind, EntityType::GPE | EntityType::LOC)
            && b.kind == EntityType::ORG
            && a.form == MentionForm::Name
            && b.form == MentionForm::Name
            && a.sent == b.sent
            && b.toks.start == a.toks.end + 1
            && tok_text(text, seg, a.toks.end) == "and"
            && a.toks.start > 0
            && sentence_of_token(seg, a.toks.start - 1) == a.sent
            && matches!(tok_text(text, seg, a.toks.start - 1), "the" | "The")
            && !is_acronym_shape(b_first)
            && !lists::is_norp(b_first)
            && b.toks
                .clone()
                .any(|t| lists::is_org_word(tok_text(text, seg, t)));
        if joint {
            let toks = a.toks.start..b.toks.end;
            names.push(Name {
                span: span_of(seg, &toks),
                toks,
                kind: EntityType::ORG,
                ..a.clone()
            });
            i += 2;
        } else {
            names.push(a.clone());
            i += 1;
        }
    }
}

/// "the Mexican Congress", "the Cuban Consulate", "the Canadian Press", "the United States
/// Congress": a people's word or a country's name and an institution's word after it name the
/// institution, an organization, where the tagger, trained on CoNLL (which tags the people's
/// word alone), reads the two apart or leaves the institution out. The institution's word follows right
/// after a space, capitalized, in the same sentence, and ends the name ("the Canadian Press
/// Gallery" is left alone).
fn national_institutions(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let institution = |w: &str| {
        lists::is_org_word(w)
            || matches!(
                w,
                "Consulate" | "Embassy" | "Government" | "Legislature" | "Press" | "Church"
            )
    };
    // The names are rebuilt in one pass, as removing them one by one would be quadratic.
    let old = std::mem::take(names);
    let mut i = 0;
    while i < old.len() {
        let n = &old[i];
        i += 1;
        let t = n.toks.end;
        let people_or_country = n.toks.len() == 1 && lists::is_norp(n.span.text(text))
            || matches!(n.kind, EntityType::GPE | EntityType::LOC)
                && lists::country(n.span.text(text)).is_some();
        let joins = n.form == MentionForm::Name
            && people_or_country
            && seg.tokens.get(t).is_some_and(|k| {
                k.kind == TokenKind::Word
                    && k.shape == Shape::Title
                    && institution(k.span.text(text))
                    && text.get(n.span.end..k.span.start) == Some(" ")
                    && sentence_of_token(seg, t) == n.sent
            })
            && seg.tokens.get(t + 1).is_none_or(|k| {
                !(k.kind == TokenKind::Word && k.shape == Shape::Title)
                    || sentence_of_token(seg, t + 1) != n.sent
            });
        // The institution's word is a name of its own ("Congress") or no name at all.
        let next = old.get(i).filter(|m| m.toks.start == t);
        let blocked = next.is_some_and(|m| m.toks.len() != 1 || m.kind != EntityType::ORG)
            || next.is_none() && old.get(i).is_some_and(|m| m.toks.start <= t);
        let mut n = n.clone();
        if joins && !blocked {
            if next.is_some() {
                i += 1;
            }
            n.toks.end = t + 1;
            n.span = span_of(seg, &n.toks);
            n.kind = EntityType::ORG;
        }
        names.push(n);
    }
}

/// Whether a name is a church as a body of believers: "Church" after a denomination's word
/// and, at most, peoples' words ("Greek Orthodox Church"), or "Church of" a country or of
/// Jesus Christ.
fn is_church_body(text: &str, seg: &Segmentation, n: &Name) -> bool {
    // Asked of every name: most have no "Church" at either end, and need no list of words.
    let first = tok_text(text, seg, n.toks.start);
    let last = tok_text(text, seg, n.toks.end.saturating_sub(1));
    if first != "Church" && last != "Church" {
        return false;
    }
    let words: Vec<&str> = n.toks.clone().map(|t| tok_text(text, seg, t)).collect();
    match words.iter().position(|w| *w == "Church") {
        Some(0) => {
            words.get(1) == Some(&"of")
                && words.len() > 2
                && (lists::country(&words[2..].join(" ")).is_some()
                    || words[2..] == ["Jesus", "Christ"])
        }
        Some(k) if k + 1 == words.len() => {
            let before = &words[..k];
            before.iter().any(|w| lists::is_denomination(w))
                && before
                    .iter()
                    .all(|w| lists::is_denomination(w) || lists::is_norp(w))
        }
        _ => false,
    }
}

/// Whether the word before a person's name, and after `prev_end` (where the name before it
/// ends), is a given name the tagger left out: "Mira" + "Okafor Lindqvist", "Jan" + "Piet
/// Drummel". Its model, trained on news, rarely saw three names of a person in a row and
/// often drops the first. Only a given name that no place or people bears ("Scot"), no month
/// or weekday, in the same line and sentence with a space alone between; a common word
/// opening the sentence ("Will", "Mark") may be the verb or noun. Asked again after each word
/// taken, for a name of four words.
fn given_name_before(text: &str, seg: &Segmentation, n: &Name, prev_end: usize) -> bool {
    if n.kind != EntityType::PERSON || n.form != MentionForm::Name || n.toks.start <= prev_end {
        return false;
    }
    let t = n.toks.start - 1;
    let Some(tok) = seg.tokens.get(t) else {
        return false;
    };
    let w = tok.span.text(text);
    let gap = text.get(tok.span.end..n.span.start).unwrap_or("\n");
    let opens = seg
        .sentences
        .get(n.sent)
        .is_some_and(|s| s.tokens.start == t);
    tok.kind == TokenKind::Word
        && tok.shape == Shape::Title
        && !gap.is_empty()
        && gap.bytes().all(|b| b == b' ')
        && sentence_of_token(seg, t) == n.sent
        && is_only_given_name(w)
        && !open_lists::is_place(w)
        && !(opens && lists::is_common_word(&w.to_lowercase()))
}

/// A word of the open given-name list that no month, weekday or people bears, also by the
/// plural the lists know ("Scots" for "Scot"). Places bearing it are the callers' to weigh.
fn is_only_given_name(w: &str) -> bool {
    open_lists::is_given_name(w)
        && !lists::is_calendar_word(w)
        && !lists::is_norp(w)
        && !lists::is_norp(&format!("{w}s"))
}

/// "Bank" + "of" + "England", "Great Hall" + "of the" + "People": joins a name ending in an
/// institution or facility word with the name after "of (the)" (or "on" or "for" after an
/// institution's), as news style and CoNLL treat them as one name.
fn merge_of_phrases(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    // The names are rebuilt in one pass, as removing them one by one would be quadratic; a
    // joined name is joined again with the next ("Bank of England" + "of" + ...).
    let old = std::mem::take(names);
    for b in old {
        let Some(a) = names.last_mut() else {
            names.push(b);
            continue;
        };
        let head = tok_text(text, seg, a.toks.end.saturating_sub(1));
        let gap: Vec<&str> = (a.toks.end..b.toks.start.max(a.toks.end))
            .take(3)
            .map(|t| tok_text(text, seg, t))
            .collect();
        let of = (lists::is_org_word(head) || lists::is_fac_head(head))
            && (gap == ["of"] || gap == ["of", "the"]);
        // "European Convention" + "on" + "Human Rights", "Council on Foreign Relations".
        let on = gap == ["on"]
            && (lists::is_org_word(head)
                || matches!(
                    head,
                    "Convention" | "Treaty" | "Conference" | "Summit" | "Protocol" | "Declaration"
                ));
        // "Institute" + "for" + "Fiscal Studies", "Commission for Racial Equality": "for"
        // after an institution's word names what it is for, inside its name.
        // (Not after a founder's given name, "George Soros Foundation for Southern Africa",
        // whose last word the person rules would read as a surname.)
        let purpose = gap == ["for"]
            && (lists::is_org_word(head)
                || matches!(
                    head,
                    "Centre" | "Center" | "Campaign" | "Alliance" | "Coalition" | "Trust"
                ))
            && !open_lists::is_given_name(tok_text(text, seg, a.toks.start));
        // "National People" + "'s" + "Congress": a possessive plural noun inside a name.
        let possessive = gap.len() == 1
            && seg
                .tokens
                .get(a.toks.end)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
            && lists::is_possessive_in_name(head);
        let joinable = a.form == MentionForm::Name
            && b.form == MentionForm::Name
            && a.sent == b.sent
            && (of || on || purpose || possessive);
        if joinable {
            // The head noun is in the second part ("... People's Congress" is an ORG); an
            // institution for something is an organization whatever the tagger made of its
            // head ("Office" as a place).
            let kind = if possessive {
                b.kind
            } else if purpose {
                EntityType::ORG
            } else {
                a.kind
            };
            a.toks.end = b.toks.end;
            a.span = span_of(seg, &a.toks);
            a.kind = kind;
        } else {
            names.push(b);
        }
    }
}

/// "St George's Chapel", "King's College", "Prince's Trust": a saint's name or a royal or
/// noble title in the possessive, then capitalized words ending in the head word of an
/// institution or a building, is one name. The tagger breaks it at the possessive ("St
/// George" + "Chapel") or reads the owner alone as a place ("King"). A possessive of any
/// other name stays the owner's ("Britain's Parliament", "Harvard's Kennedy School").
fn merge_possessive_names(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let title_word = |t: usize| {
        seg.tokens
            .get(t)
            .is_some_and(|k| k.kind == TokenKind::Word && k.shape == Shape::Title)
    };
    let possessive = |t: usize| {
        seg.tokens.get(t).is_some_and(|k| {
            k.kind == TokenKind::Possessive
                || (k.span.text(text) == "'" && t > 0 && tok_text(text, seg, t - 1).ends_with('s'))
        })
    };
    let mut found: Vec<Name> = Vec::new();
    for p in 1..seg.tokens.len() {
        if !possessive(p) || !title_word(p - 1) {
            continue;
        }
        let owner = tok_text(text, seg, p - 1);
        let start = if p >= 2 && matches!(tok_text(text, seg, p - 2), "St" | "St." | "Saint") {
            p - 2
        } else if matches!(
            owner,
            "King"
                | "Queen"
                | "Prince"
                | "Princess"
                | "Lord"
                | "Lady"
                | "Bishop"
                | "Duke"
                | "Duchess"
                | "Earl"
        ) {
            p - 1
        } else {
            continue;
        };
        let sent = sentence_of_token(seg, start);
        // The longest run of up to four capitalized words after the possessive that ends in
        // a head word, and what that word makes the name.
        let mut end = None;
        for q in p + 1..(p + 5).min(seg.tokens.len()) {
            if !title_word(q) || sentence_of_token(seg, q) != sent {
                break;
            }
            let w = tok_text(text, seg, q);
            if lists::is_fac_head(w)
                || lists::is_strong_fac_head(w)
                || lists::is_building_head(w)
                || w == "Chapel"
            {
                end = Some((q + 1, EntityType::FAC));
            } else if lists::is_org_word(w)
                || lists::is_institution_word(w)
                || matches!(w, "Hospital" | "Trust" | "Regiment")
            {
                end = Some((q + 1, EntityType::ORG));
            }
        }
        let Some((mut end, mut kind)) = end else {
            continue;
        };
        // The names that start inside this one, in order (the names are in the order of
        // their starts).
        let from = names.partition_point(|n| n.toks.start < start);
        // Where the tagger saw the whole name as an organization or a building, its type
        // stands: "Queen's Park" in a table of results is the club.
        if let Some(n) = names[from..]
            .iter()
            .take_while(|n| n.toks.start == start)
            .find(|n| n.toks.end == end)
        {
            if matches!(n.kind, EntityType::ORG | EntityType::FAC) {
                kind = n.kind;
            }
        }
        // A name the tagger ran past the head word ("University Belfast") is taken whole.
        for n in &names[from..] {
            if n.toks.start >= end {
                break;
            }
            end = end.max(n.toks.end);
        }
        if sentence_of_token(seg, end - 1) == sent {
            found.push(name(seg, start..end, sent, kind));
        }
    }
    if found.is_empty() {
        return;
    }
    // A name found is left where it overlaps a mention of another form; otherwise it replaces
    // the names it overlaps, and a later name found replaces an earlier one it overlaps (the
    // names found are in the order of their starts). Marks on the tokens keep this linear.
    let mut other_form = vec![false; seg.tokens.len()];
    for n in names.iter().filter(|n| n.form != MentionForm::Name) {
        other_form[n.toks.clone()].fill(true);
    }
    found.retain(|f| !other_form[f.toks.clone()].contains(&true));
    let mut taken = other_form;
    taken.fill(false);
    for f in &found {
        taken[f.toks.clone()].fill(true);
    }
    let last = found.len().saturating_sub(1);
    let kept: Vec<Name> = (0..found.len())
        .filter(|&i| i == last || found[i + 1].toks.start >= found[i].toks.end)
        .map(|i| found[i].clone())
        .collect();
    let old = std::mem::take(names);
    let mut kept = kept.into_iter().peekable();
    for n in old {
        if taken[n.toks.clone()].contains(&true) {
            continue;
        }
        while let Some(f) = kept.next_if(|f| f.toks.start <= n.toks.start) {
            names.push(f);
        }
        names.push(n);
    }
    names.extend(kept);
}

/// "Communist" + "Party of China": a capitalized word right before an organization's name is
/// part of it, unless it is a country's demonym ("German" + "Foreign Ministry" stay apart, as
/// CoNLL annotates them). "Foreign" + "Ministry": an institution word alone takes the
/// capitalized words before it.
fn merge_modifiers(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    // The names are rebuilt in one pass, as removing them one by one would be quadratic; the
    // last name kept is the one before.
    let old = std::mem::take(names);
    for mut b in old {
        if b.kind != EntityType::ORG || b.form != MentionForm::Name {
            names.push(b);
            continue;
        }
        let sent_start = seg.sentences.get(b.sent).map_or(0, |s| s.tokens.start);
        let prev_end = names.last().map_or(0, |a| a.toks.end);
        // Free capitalized words before a lone institution word.
        if b.toks.len() == 1 && lists::is_org_word(b.span.text(text)) {
            let mut start = b.toks.start;
            while start > sent_start.max(prev_end) {
                let t = start - 1;
                let w = tok_text(text, seg, t);
                let ok = seg
                    .tokens
                    .get(t)
                    .is_some_and(|k| k.kind == TokenKind::Word && k.shape == Shape::Title)
                    && lists::demonym_country(w).is_none()
                    && lists::country(w).is_none()
                    && !(sentence_initial(text, seg, t)
                        && lists::is_common_word(&w.to_lowercase()));
                if !ok {
                    break;
                }
                start = t;
            }
            if start < b.toks.start {
                b = name(seg, start..b.toks.end, b.sent, EntityType::ORG);
            }
        }
        // The previous name, adjacent and one word: a non-demonym ("Communist"), or a
        // country's demonym before its government ("Ukrainian Foreign Ministry").
        if let Some(a) = names.last_mut() {
            let w = a.span.text(text);
            let head = tok_text(text, seg, b.toks.end.saturating_sub(1));
            let national = lists::demonym_country(w).is_some() || lists::country(w).is_some();
            if a.toks.end == b.toks.start
                && a.sent == b.sent
                && a.toks.len() == 1
                && a.form == MentionForm::Name
                && matches!(a.kind, EntityType::MISC | EntityType::NORP)
                && !w.contains('-')
                && (!national || lists::is_government_body(head))
            {
                *a = name(seg, a.toks.start..b.toks.end, b.sent, EntityType::ORG);
                continue;
            }
        }
        names.push(b);
    }
}

/// "National People's Congress NPC" as one span: the acronym after its expansion is its own
/// mention.
fn split_acronyms(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let split = |n: &Name| {
        let last = tok_text(text, seg, n.toks.end.saturating_sub(1));
        n.toks.len() >= 3
            && n.form == MentionForm::Name
            && is_acronym_shape(last)
            && initials_match(text, seg, &(n.toks.start..n.toks.end - 1), last)
    };
    if !names.iter().any(split) {
        return;
    }
    let mut out = Vec::with_capacity(names.len() + 4);
    for n in names.drain(..) {
        if split(&n) {
            let end = n.toks.end;
            out.push(name(seg, n.toks.start..end - 1, n.sent, n.kind));
            out.push(Name {
                form: MentionForm::Acronym,
                ..name(seg, end - 1..end, n.sent, n.kind)
            });
        } else {
            out.push(n);
        }
    }
    *names = out;
}

/// "Deutsche Bank and Gazpromneft", "the Tories and Lib Dems": the tagger, which learnt
/// names that hold "and" ("Securities and Exchange Commission"), reads two names joined by it
/// as one. A name the article writes once, with one "and" inside, whose words on each side of
/// it the article names on their own elsewhere, is those two names, each of the type its other
/// mentions have. A name written more than once is one whole ("Angels and Demons", a book's
/// title; "Bethnal Green and Bow", a constituency).
fn split_coordinated_names(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let and_at = |n: &Name| -> Option<usize> {
        if n.form != MentionForm::Name || n.toks.len() < 3 {
            return None;
        }
        let mut ands =
            (n.toks.start + 1..n.toks.end - 1).filter(|&t| tok_text(text, seg, t) == "and");
        let k = ands.next()?;
        ands.next().is_none().then_some(k)
    };
    if !names.iter().any(|n| and_at(n).is_some()) {
        return;
    }
    // Each name's text and its first mention's type.
    let mut seen: HashMap<&str, EntityType> = HashMap::new();
    for n in names.iter() {
        seen.entry(n.span.text(text)).or_insert(n.kind);
    }
    // The names to split, by index: where "and" is and the types of the two parts.
    let mut splits: BTreeMap<usize, (usize, EntityType, EntityType)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let k = and_at(n)?;
            let part = |r: Range<usize>| seen.get(span_of(seg, &r).text(text)).copied();
            Some((i, (k, part(n.toks.start..k)?, part(k + 1..n.toks.end)?)))
        })
        .collect();
    if splits.is_empty() {
        return;
    }
    // Only what the text writes once: written again, the whole may be tagged apart there.
    // (One pass over the text for all of them, rather than a search for each.)
    let wholes: Vec<&str> = splits.keys().map(|&i| names[i].span.text(text)).collect();
    if let Ok(ac) = aho_corasick::AhoCorasick::new(&wholes) {
        let mut count = vec![0u32; wholes.len()];
        for m in ac.find_overlapping_iter(text) {
            count[m.pattern().as_usize()] += 1;
        }
        let written: HashMap<&str, u32> = wholes.iter().copied().zip(count).collect();
        splits.retain(|&i, _| {
            written
                .get(names[i].span.text(text))
                .is_some_and(|&c| c == 1)
        });
    } else {
        splits.clear();
    }
    if splits.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(names.len() + splits.len());
    for (i, n) in names.drain(..).enumerate() {
        match splits.get(&i) {
            Some(&(k, left, right)) => {
                out.push(name(seg, n.toks.start..k, n.sent, left));
                out.push(name(seg, k + 1..n.toks.end, n.sent, right));
            }
            None => out.push(n),
        }
    }
    *names = out;
}

/// "National People's Congress NPC", "... Court (ICC)": an untagged acronym right after the
/// name it abbreviates is a mention of it.
fn add_trailing_acronyms(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    let mut found = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if n.toks.len() < 2 || n.kind == EntityType::PERSON {
            continue;
        }
        let mut t = n.toks.end;
        if tok_text(text, seg, t) == "(" {
            t += 1;
        }
        let next_start = names.get(i + 1).map_or(usize::MAX, |m| m.toks.start);
        let acr = tok_text(text, seg, t);
        if t < next_start
            && sentence_of_token(seg, t) == n.sent
            && is_acronym_shape(acr)
            && initials_match(text, seg, &n.toks, acr)
        {
            found.push(Name {
                form: MentionForm::Acronym,
                ..name(seg, t..t + 1, n.sent, n.kind)
            });
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// "Mary walked in.", "Then Cara looked at the sea": a given name alone, which the tagger
/// (trained on news, which names people in full) mostly leaves out, and which fiction, letters,
/// interviews and talks use for the people they speak of. Only a name of the open list that no
/// country or major city, people, month or title bears (a town may, but not after "in", "at",
/// "from", ...), that neither the article nor the unlabelled news of the tagger writes in lower
/// case ("Will", "Hope", "Grace"), with no capitalized word beside it.
fn add_lone_given_names(ctx: &mut Ctx<'_>, names: &mut Vec<Name>, keep: &impl Fn(usize) -> bool) {
    let (text, seg) = (ctx.text, ctx.seg);
    let mut taken = vec![false; seg.tokens.len()];
    for n in names.iter() {
        for t in n.toks.clone() {
            if let Some(x) = taken.get_mut(t) {
                *x = true;
            }
        }
    }
    let clusters = tagger::model().map(|m| &m.lexicon.clusters);
    let mut found = Vec::new();
    for (si, sent) in seg.sentences.iter().enumerate() {
        if !keep(si) {
            continue;
        }
        for t in sent.tokens.clone() {
            let Some(tok) = seg.tokens.get(t) else {
                break;
            };
            if taken.get(t).copied().unwrap_or(true)
                || tok.kind != TokenKind::Word
                || tok.shape != Shape::Title
            {
                continue;
            }
            let w = tok.span.text(text);
            if !is_only_given_name(w) {
                continue;
            }
            // Not the start of a longer name ("Nora of the Hills"), nor inside one.
            let joined = lists::is_name_connector(tok_text(text, seg, t + 1)) && {
                let after = if tok_text(text, seg, t + 2).eq_ignore_ascii_case("the") {
                    t + 3
                } else {
                    t + 2
                };
                after < sent.tokens.end && capitalized(seg, after)
            };
            let alone = (t == sent.tokens.start
                || !capitalized(seg, t - 1)
                || sentence_initial(text, seg, t))
                && (t + 1 >= sent.tokens.end || !capitalized(seg, t + 1))
                && !joined;
            // A town that bears a given name ("Mary", "Florence") is one after a preposition
            // of place; elsewhere the person is the likelier.
            let after_place_word = t > sent.tokens.start
                && matches!(
                    tok_text(text, seg, t - 1),
                    "in" | "at" | "from" | "to" | "near" | "into" | "outside" | "around" | "of"
                );
            if !alone || open_lists::is_place(w) && after_place_word || lists::is_gpe(w) {
                continue;
            }
            let lower = w.to_lowercase();
            if lists::is_common_word(&lower)
                || lists::title(&lower).is_some()
                || lists::is_title_modifier(&lower)
                || ctx.in_lower_vocab(&lower)
                || clusters.is_some_and(|c| c.contains_key(&features::word_hash(&lower)))
            {
                continue;
            }
            found.push(name(seg, t..t + 1, si, EntityType::PERSON));
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// "Terminal 2", "Pier 39", "Route 66": a facility named by its number. The tagger takes the
/// head word for an organization's name ("Terminal") or leaves the name out; the number is the
/// name, and the whole is a facility, also after a place ("Heathrow Terminal 5").
fn add_numbered_facilities(
    text: &str,
    seg: &Segmentation,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
) {
    // A number of up to three digits, a letter, or a letter and digits ("5A", "B2").
    let is_label = |t: usize| {
        let Some(tok) = seg.tokens.get(t) else {
            return false;
        };
        let w = tok.span.text(text);
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        let upper = w.bytes().filter(u8::is_ascii_uppercase).count();
        match tok.kind {
            TokenKind::Number => digits == w.len() && (1..=3).contains(&digits),
            TokenKind::Word => upper == 1 && digits + upper == w.len() && digits <= 3,
            _ => false,
        }
    };
    let mut found = Vec::new();
    for (si, sent) in seg.sentences.iter().enumerate() {
        if !keep(si) {
            continue;
        }
        for t in sent.tokens.start..sent.tokens.end.saturating_sub(1) {
            let head = tok_text(text, seg, t);
            if !lists::is_numbered_fac_head(head) || !is_label(t + 1) {
                continue;
            }
            // Not a longer label ("Route 9 W"), whose end this cannot tell.
            if t + 2 < sent.tokens.end
                && seg
                    .tokens
                    .get(t + 2)
                    .is_some_and(|k| k.kind == TokenKind::Word && k.is_capitalized())
            {
                continue;
            }
            match names
                .iter_mut()
                .find(|n| n.toks.start <= t + 1 && t < n.toks.end)
            {
                // A name over both: the tagger's span stands, as a facility.
                Some(n) if n.toks.contains(&(t + 1)) && n.toks.contains(&t) => {
                    if n.toks.end == t + 2 {
                        n.kind = EntityType::FAC;
                    }
                }
                // A name ending in the head word takes the number.
                Some(n) if n.toks.end == t + 1 => {
                    n.toks.end = t + 2;
                    n.span = span_of(seg, &n.toks);
                    n.kind = EntityType::FAC;
                }
                Some(_) => {}
                None => found.push(name(seg, t..t + 2, si, EntityType::FAC)),
            }
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// "Radio 4", "BBC Radio 1", "Channel 4 News", "Formula 3": a station's, a channel's or a
/// racing class's number is part of its name. The tagger, which reads a number as no part of
/// a name, stops before it (and starts a second name after it, "News"); the name takes the
/// number and the name right after it.
fn add_station_numbers(text: &str, seg: &Segmentation, names: &mut Vec<Name>) {
    // The names are rebuilt in one pass, as removing them one by one would be quadratic.
    let old = std::mem::take(names);
    let mut i = 0;
    while i < old.len() {
        let n = &old[i];
        i += 1;
        let last = n.toks.end;
        let head = tok_text(text, seg, last.saturating_sub(1));
        let number = seg.tokens.get(last).is_some_and(|k| {
            let w = k.span.text(text);
            k.kind == TokenKind::Number
                && (1..=2).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_digit())
                && seg.tokens.get(last - 1).map(|p| p.span.end + 1) == Some(k.span.start)
        });
        if n.form != MentionForm::Name
            || !matches!(head, "Radio" | "Channel" | "Formula")
            || !number
            || sentence_of_token(seg, last) != n.sent
        {
            names.push(n.clone());
            continue;
        }
        let mut end = last + 1;
        // One word right after the number continues the name ("News", "Extra"); a longer
        // name there is another ("BBC Radio 1 DJ Ann Velmor").
        if let Some(b) = old.get(i).filter(|b| {
            b.toks.start == end
                && b.toks.len() == 1
                && b.form == MentionForm::Name
                && b.sent == n.sent
        }) {
            end = b.toks.end;
            i += 1;
        }
        let station = head != "Formula";
        let mut n = n.clone();
        n.toks.end = end;
        n.span = span_of(seg, &n.toks);
        // A station or a channel is an organization, whatever the tagger read into its word.
        if station && n.kind != EntityType::MISC {
            n.kind = EntityType::ORG;
        }
        names.push(n);
    }
}

/// "Foreign Ministry", "Central Election Commission": a run of capitalized words ending in an
/// institution word is an organization, also where the tagger left it out. A demonym before
/// it stays a people of its own ("Ukrainian" + "Foreign Ministry"), as CoNLL annotates it.
fn add_institutions(
    text: &str,
    seg: &Segmentation,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
) {
    let mut found = Vec::new();
    // Places the run after them joins: the place's index and the run's end.
    let mut joined: Vec<(usize, usize)> = Vec::new();
    let mut next_name = 0;
    for (si, sent) in seg.sentences.iter().enumerate() {
        if !keep(si) {
            continue;
        }
        let mut t = sent.tokens.start;
        while t < sent.tokens.end {
            while names.get(next_name).is_some_and(|n| n.toks.end <= t) {
                next_name += 1;
            }
            let free = |u: usize| {
                names
                    .get(next_name)
                    .is_none_or(|n| u < n.toks.start || u >= n.toks.end)
                    && names.get(next_name + 1).is_none_or(|n| u < n.toks.start)
            };
            let cap = |u: usize| {
                seg.tokens
                    .get(u)
                    .is_some_and(|k| k.is_capitalized() && k.shape == Shape::Title)
            };
            if !cap(t) || !free(t) {
                t += 1;
                continue;
            }
            let mut end = t;
            while end < sent.tokens.end && cap(end) && free(end) {
                end += 1;
            }
            let mut start = t;
            while start < end
                && (lists::demonym_country(tok_text(text, seg, start)).is_some()
                    || sentence_initial(text, seg, start)
                        && lists::is_common_word(&tok_text(text, seg, start).to_lowercase()))
            {
                start += 1;
            }
            let last = tok_text(text, seg, end.saturating_sub(1));
            if end - start >= 2 && lists::is_org_word(last) {
                // "Norfolk" + "High School", "Olympic" + "Primary School": a name right
                // before the run is the institution's, as "Norfolk High School" is one name
                // (a people's word is not: "Ukrainian" + "Foreign Ministry").
                let place = (start == t)
                    .then(|| {
                        names.iter().rposition(|n| {
                            n.toks.end == start
                                && n.sent == si
                                && n.form == MentionForm::Name
                                && n.kind != EntityType::NORP
                                && lists::demonym_country(n.span.text(text)).is_none()
                        })
                    })
                    .flatten();
                match place {
                    Some(p) => joined.push((p, end)),
                    None => found.push(name(seg, start..end, si, EntityType::ORG)),
                }
            }
            t = end.max(t + 1);
        }
    }
    for (p, end) in joined {
        if let Some(n) = names.get_mut(p) {
            n.toks.end = end;
            n.span = span_of(seg, &n.toks);
            n.kind = EntityType::ORG;
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// Step 2: the fine type of a name from the tagger's coarse one, the lists and cue words.
fn refine_type(text: &str, seg: &Segmentation, n: &Name, sports: bool) -> EntityType {
    use EntityType::*;
    let s = n.span.text(text);
    let words = || n.toks.clone().map(|t| tok_text(text, seg, t));
    // The head word: the last word, or the last before "of" ("Great Hall of the People").
    let before_of = n.toks.clone().position(|t| tok_text(text, seg, t) == "of");
    let last = match before_of {
        Some(k) if k > 0 => tok_text(text, seg, n.toks.start + k - 1),
        _ => tok_text(text, seg, n.toks.end.saturating_sub(1)),
    };
    // "Corvo Press", "Sunday Velmor", "Zentranews": a newspaper's or an agency's head
    // word makes the name an organization, whatever the tagger read into it. Not after a
    // given name ("Anna Courier" is a person), nor in a government's white and green papers.
    let first = tok_text(text, seg, n.toks.start);
    let publication = if n.toks.len() > 1 {
        lists::is_publication_head(last)
            && !open_lists::is_given_name(first)
            && !matches!(first, "White" | "Green")
    } else {
        s.len() > 6
            && s.starts_with(|c: char| c.is_uppercase())
            && s.get(s.len() - 4..)
                .is_some_and(|t| t.eq_ignore_ascii_case("news"))
    };
    // "Press" and "Courier" are surnames too: a tagger's person keeps them.
    let surname_head = n.toks.len() > 1 && matches!(last, "Press" | "Courier");
    if publication
        && n.form == MentionForm::Name
        && (matches!(n.kind, MISC | GPE | LOC) || n.kind == PERSON && !surname_head)
    {
        return ORG;
    }
    // "the Tories", "the Fed": an institution's nickname names the institution, not a place
    // or a person, wherever the tagger's context led it. (A MISC stays: "Tory" as a word
    // before a noun, and "the Commons" as the place where ministers speak.)
    if n.form == MentionForm::Name && n.kind != MISC && lists::institution_of_alias(s).is_some() {
        return ORG;
    }
    // "the Catholic Church", "the Russian Orthodox Church", "the Church of England": a
    // denomination is an organization, where "Church" after a saint's or a place's name
    // names a building ("St Mary's Church").
    if n.form == MentionForm::Name && n.kind != PERSON && is_church_body(text, seg, n) {
        return ORG;
    }
    // "Hank Williams Jr", "Sammy Davis Jr.": a generational suffix ends a person's name.
    let suffix_at = if tok_text(text, seg, n.toks.end.saturating_sub(1)) == "." {
        n.toks.end.saturating_sub(2)
    } else {
        n.toks.end.saturating_sub(1)
    };
    if suffix_at > n.toks.start
        && matches!(
            tok_text(text, seg, suffix_at),
            "Jr" | "Jr." | "Sr" | "Sr." | "Jnr" | "Snr"
        )
    {
        return PERSON;
    }
    // "Christmas shoppers", "during Ramadan": a feast's or a season of fasting's one-word name
    // is an event, where the tagger, reading it before a noun, makes a place or a thing of it.
    if n.toks.len() == 1 && lists::is_feast(s) {
        return EVENT;
    }
    // "African-American", "Mexican-American": peoples joined by a hyphen are a people.
    if n.toks.len() == 1 && s.contains('-') && s.split('-').all(lists::is_norp) {
        return NORP;
    }
    match n.kind {
        PERSON => {
            // A tagger's person that is a people ("Chinese") or a country or capital that is
            // rarely a person's name ("Kyiv reiterated") is not a person.
            // "Vaughan, Ont.": a province or state after a town is no person, whatever the
            // tagger read into the name-like word.
            let period = glued_period(text, seg, n);
            if lists::is_norp(s) {
                NORP
            } else if lists::is_unambiguous_place(s) || lists::is_subdivision_abbrev(s, period) {
                GPE
            } else if n.toks.len() > 1
                && lists::is_place_first_word(tok_text(text, seg, n.toks.start))
            {
                LOC
            } else if n.toks.len() > 1 && lists::is_division_head(last) {
                GPE
            } else if n.toks.len() > 1 && lists::is_strong_fac_head(last) {
                FAC
            } else if n.toks.len() > 1
                && matches!(last, "Day" | "Eve")
                && !given_first(text, seg, n)
            {
                // "Christmas Eve", not "Doris Day".
                EVENT
            } else if n.toks.len() > 1
                && (!given_first(text, seg, n) && lists::is_org_word(last)
                    || before_of.is_none() && lists::is_business_head(last))
            {
                // "Cleveland Orchestra", "Velmor Securities": an institution's word last and
                // no given name first (a town's name is not one here), or a company's word
                // last, which no one bears as a surname: a firm named for its founder
                // ("Anna Velmor Media") is a firm.
                ORG
            } else if n.toks.len() > 1
                && !open_lists::is_given_name(tok_text(text, seg, n.toks.start))
            {
                // "Carnegie Hall", "Sonoran Desert": without any given name first, a place's
                // head word decides. ("Charlotte Church" keeps her given name.)
                if lists::is_fac_head(last) {
                    FAC
                } else if lists::is_loc_head(last) {
                    LOC
                } else if lists::is_event_head(last) {
                    EVENT
                } else {
                    PERSON
                }
            } else {
                PERSON
            }
        }
        _ if n.form == MentionForm::Acronym => n.kind,
        ORG | MISC | LOC | GPE if is_given_name_person(text, seg, n, sports) => PERSON,
        // "Morgan McNeely": a given name and a Mc- or O'- surname is a person's name, whatever
        // the tagger read into it.
        ORG | MISC | LOC | GPE
            if n.toks.len() == 2
                && is_irish_surname(last)
                && tok_text(text, seg, n.toks.start)
                    .chars()
                    .skip(1)
                    .all(|c| c.is_lowercase())
                && !words().any(lists::is_org_word) =>
        {
            PERSON
        }
        ORG | LOC | MISC | GPE | FAC | NORP | EVENT => {
            // The tagger's ORG stays an organization: a club named for a place ("Crystal
            // Palace") or an airport company is one in CoNLL too.
            if lists::is_norp(s) && n.kind == MISC {
                NORP
            } else if lists::is_gpe(s) && n.kind != ORG {
                GPE
            } else if sports && n.toks.len() == 2 && is_town_club(text, seg, n) {
                ORG
            } else if lists::is_region(s) && (n.kind == LOC || n.kind == ORG && !sports) {
                // "The Americas", "the Earth's atmosphere": a continent or a region is no
                // organization outside sport.
                LOC
            } else if n.toks.len() > 2
                && before_of == Some(1)
                && lists::is_division_before_of(tok_text(text, seg, n.toks.start))
                && seg
                    .tokens
                    .get(n.toks.start + 2)
                    .is_some_and(|t| t.shape == Shape::Title)
            {
                // "The State of Ohio", "the Municipality of Velmor".
                GPE
            } else if lists::is_fac_head(last) && n.kind != ORG
                || n.toks.len() > 1 && lists::is_strong_fac_head(last)
                || n.toks.len() > 1 && !sports && lists::is_building_head(last)
            {
                FAC
            } else if n.toks.len() == 1
                && lists::is_postal_code(s)
                && n.toks.start >= 2
                && tok_text(text, seg, n.toks.start - 1) == ","
                && seg.tokens[n.toks.start - 2].shape == Shape::Title
            {
                // "Velmor, OK": a state's postal code after a town.
                GPE
            } else if words().any(lists::is_strong_org_word)
                || n.toks.len() > 1 && before_of.is_none() && lists::is_business_head(last)
                // "the London School of Economics": a school of a discipline is the school,
                // whatever town it is named for.
                || before_of.is_some() && matches!(last, "School" | "College" | "Academy")
            {
                ORG
            } else if n.kind == ORG
                && !sports
                && n.toks.len() > 1
                && lists::is_place_first_word(tok_text(text, seg, n.toks.start))
                && !words().any(lists::is_org_word)
            {
                // "Port Corvo", "Fort Velmor", "Lake Placid": a settlement's or a natural place's
                // first word outside sport, where "Port Vale" is a club.
                match tok_text(text, seg, n.toks.start) {
                    "Lake" | "Mount" | "Mt" | "Mt." | "Cape" => LOC,
                    _ => GPE,
                }
            } else if lists::is_document_head(last) {
                MISC
            } else if n.kind == MISC && lists::is_event_head(last) {
                EVENT
            } else if lists::is_loc_head(last) || words().next().is_some_and(|w| w == "Mount") {
                LOC
            } else if n.kind == LOC && n.toks.len() == 1 && lists::is_event_head(s) {
                // "the Championship", "the Olympics": a competition's word alone, no town.
                EVENT
            } else if n.kind == LOC {
                // Places the lists do not know are most often towns and provinces.
                GPE
            } else {
                n.kind
            }
        }
    }
}

/// "Leicester City", "Nottingham Forest", "Bristol Rovers": in a sports report a town's name
/// and a club's word are a club. Not a country's or a US state's name first ("Mexico City",
/// "Kansas City"), which names the city.
fn is_town_club(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let first = tok_text(text, seg, n.toks.start);
    let last = tok_text(text, seg, n.toks.start + 1);
    lists::is_club_word(last)
        && (lists::is_gpe(first) || open_lists::is_place(first))
        && lists::country(first).is_none()
        && !lists::US_STATES.contains(&first)
}

/// In a sports report, the names the article puts before a player's position and a
/// player's name ("Zentra winger Nora Velmor", "Corvo chief executive Rick Okafor") or, with
/// a possessive, before a player's given name and surname ("Zentra's Nora Velmor") are
/// clubs, in all their mentions: a club's name is often a given name ("Chelsea") or a
/// surname, and the tagger, which reads one sentence at a time, calls it a person where
/// nothing in the sentence says otherwise. A name the article gives a title or an
/// honorific is left alone, and so is a place's: in sports reports a team named for its
/// town or country is left to the tagger (see [`make_consistent`]).
fn clubs_by_their_players(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let capital = |t: usize| seg.tokens.get(t).is_some_and(|k| k.is_capitalized());
    let same = |n: &Name, t: usize| t < seg.tokens.len() && sentence_of_token(seg, t) == n.sent;
    let mut clubs: Vec<&str> = Vec::new();
    for n in names.iter() {
        if n.form != MentionForm::Name || n.kind == EntityType::ORG {
            continue;
        }
        let end = n.toks.end;
        let role = |t: usize| position_at(text, seg, n.sent, t);
        // "winger Nora", "chief executive Rick": one or two lower-case words.
        let by_role = role(end) && (capital(end + 1) || role(end + 1) && capital(end + 2));
        // (Not after a person's full name: "Mike Velmor's Vera Corvo" is a film's title.)
        let full_name =
            n.toks.len() > 1 && open_lists::is_given_name(tok_text(text, seg, n.toks.start));
        let by_player = !full_name
            && same(n, end + 2)
            && matches!(tok_text(text, seg, end), "'s" | "’s")
            && open_lists::is_given_name(tok_text(text, seg, end + 1))
            && capital(end + 2);
        if by_role || by_player {
            clubs.push(n.span.text(text));
        }
    }
    if clubs.is_empty() {
        return;
    }
    let titled_names: Vec<&str> = names
        .iter()
        .filter(|n| titled(text, seg, n))
        .map(|n| n.span.text(text))
        .collect();
    for n in names.iter_mut() {
        let s = n.span.text(text);
        if n.form == MentionForm::Name
            && matches!(n.kind, EntityType::PERSON | EntityType::MISC)
            && clubs.contains(&s)
            && !titled_names.contains(&s)
        {
            n.kind = EntityType::ORG;
        }
    }
}

/// Whether token `t`, in sentence `sent`, is a player's position or a club's office in lower
/// case ("winger", "chairman").
fn position_at(text: &str, seg: &Segmentation, sent: usize, t: usize) -> bool {
    t < seg.tokens.len()
        && sentence_of_token(seg, t) == sent
        && seg.tokens.get(t).is_some_and(|k| k.shape == Shape::Lower)
        && lists::is_sports_position(tok_text(text, seg, t))
}

/// In a sports report, a name right after a player's position or a club's office in lower
/// case ("central defender Lorenzo Velmor", "assistant manager Rick Corvo") is a person's, in
/// all its mentions, whatever the tagger made of it; not a country's or a city's name (a
/// national side's: "captain England"), nor a name with an organization's or a club's word.
fn players_by_their_positions(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let mut players: Vec<&str> = Vec::new();
    for n in names.iter() {
        let after_position = n
            .toks
            .start
            .checked_sub(1)
            .is_some_and(|t| position_at(text, seg, n.sent, t));
        if n.form == MentionForm::Name
            && after_position
            && n.kind != EntityType::PERSON
            && !lists::is_gpe(n.span.text(text))
            && !n.toks.clone().any(|t| {
                let w = tok_text(text, seg, t);
                lists::is_org_word(w) || lists::is_club_word(w)
            })
        {
            players.push(n.span.text(text));
        }
    }
    for n in names.iter_mut() {
        if n.form == MentionForm::Name && players.contains(&n.span.text(text)) {
            n.kind = EntityType::PERSON;
        }
    }
}

/// In a sports report, where a given name and a surname the tagger called an organization
/// stay one (teams and cars bear given names: "Lola Honda"), the name is a person's when
/// the article calls someone by its surname alone and that one a person ("Serena Williams"
/// after "Williams ... she").
fn people_by_their_surnames(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let surnames: Vec<&str> = names
        .iter()
        .filter(|n| n.kind == EntityType::PERSON && n.toks.len() == 1)
        .map(|n| n.span.text(text))
        .collect();
    if surnames.is_empty() {
        return;
    }
    for n in names.iter_mut() {
        let last = tok_text(text, seg, n.toks.end.saturating_sub(1));
        if n.form == MentionForm::Name
            && matches!(n.kind, EntityType::ORG | EntityType::MISC)
            && (2..=3).contains(&n.toks.len())
            && open_lists::is_given_name(tok_text(text, seg, n.toks.start))
            && surnames.contains(&last)
            && !n
                .toks
                .clone()
                .any(|t| lists::is_org_word(tok_text(text, seg, t)))
        {
            n.kind = EntityType::PERSON;
        }
    }
}

/// "Coyne (Burnley), Jones (Wolves), Koumas (West Brom)": in a squad list (or a list of
/// candidates and their parties: "Smith (Labour), Jones (Green)"), where three
/// names or more of a sentence each have a name in brackets after them and most of them are
/// people, the one-word names before the brackets are players, whatever the tagger made of
/// a few (the open lists of places hold many surnames: only a country, a capital or a large
/// city is left alone). The names in brackets (clubs, countries) keep their types.
fn players_with_their_clubs(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let bracketed = |n: &Name, m: &Name| {
        m.sent == n.sent
            && m.toks.start == n.toks.end + 1
            && tok_text(text, seg, n.toks.end) == "("
            && tok_text(text, seg, m.toks.end) == ")"
    };
    // The index of each name that has a bracketed name after it, by sentence.
    let mut players: Vec<usize> = Vec::new();
    for i in 0..names.len().saturating_sub(1) {
        if names[i].form == MentionForm::Name && bracketed(&names[i], &names[i + 1]) {
            players.push(i);
        }
    }
    let mut k = 0;
    while k < players.len() {
        let sent = names[players[k]].sent;
        let mut j = k;
        while j < players.len() && names[players[j]].sent == sent {
            j += 1;
        }
        let group = &players[k..j];
        k = j;
        let people = group
            .iter()
            .filter(|&&i| names[i].kind == EntityType::PERSON)
            .count();
        if group.len() < 3 || 2 * people <= group.len() {
            continue;
        }
        for &i in group {
            let n = &mut names[i];
            let s = n.span.text(text);
            if n.toks.len() == 1 && n.kind != EntityType::PERSON && !lists::is_gpe(s) {
                n.kind = EntityType::PERSON;
            }
        }
    }
}

/// "Jones, Hiley, Sawyer, Gaia, Taylor (Martin 89), Clay, Flack (Edwards 74), Devine. Subs
/// Not Used: Rice, Todd.": in a sports report, a paragraph that is a team's line-up (eight
/// items or more, nearly all of one to three capitalized words, few of them places, with a
/// substitute's minute in brackets or a "Subs") names players, whatever the
/// tagger made of surnames it also knows as towns or firms. A team's name before a colon
/// opening the paragraph ("Exeter: Jones, ...") keeps its type.
fn line_ups(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let para_of = |n: &Name| seg.sentences.get(n.sent).map(|s| s.paragraph);
    let mut i = 0;
    while i < names.len() {
        let Some(p) = para_of(&names[i]) else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j < names.len() && para_of(&names[j]) == Some(p) {
            j += 1;
        }
        let group = i..j;
        i = j;
        let Some(par) = seg.paragraphs.get(p) else {
            continue;
        };
        let first = seg
            .sentences
            .get(par.sentences.start)
            .map_or(0, |s| s.tokens.start);
        let toks = first
            ..par
                .sentences
                .end
                .checked_sub(1)
                .and_then(|s| seg.sentences.get(s))
                .map_or(0, |s| s.tokens.end);
        // The items between commas, full stops, colons and semicolons, outside brackets; and
        // the brackets, which hold a substitute and the minute ("(Martin 89)") or a player's
        // club ("(Glasgow Rugby)").
        let (mut items, mut name_like, mut places) = (0usize, 0usize, 0usize);
        let (mut minute, mut subs) = (false, false);
        let mut brackets: Vec<(usize, usize, bool)> = Vec::new();
        let mut depth = 0u32;
        let mut open = 0usize;
        let mut number = false;
        let mut item: Vec<&str> = Vec::new();
        let mut close = |item: &mut Vec<&str>| {
            if item.is_empty() {
                return;
            }
            items += 1;
            let capitalized = item.len() <= 3
                && item
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            name_like += usize::from(capitalized);
            let joined = item.join(" ");
            places += usize::from(lists::is_gpe(&joined) || lists::is_norp(&joined));
            item.clear();
        };
        for t in toks {
            let w = tok_text(text, seg, t);
            match w {
                "(" => {
                    if depth == 0 {
                        open = t;
                        number = false;
                    }
                    depth += 1;
                }
                ")" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        brackets.push((open, t, number));
                        minute |= number;
                    }
                }
                _ if depth > 0 => {
                    number |= seg
                        .tokens
                        .get(t)
                        .is_some_and(|k| k.kind == TokenKind::Number);
                }
                "," | "." | ":" | ";" => close(&mut item),
                _ => {
                    subs |= w == "Subs";
                    item.push(w);
                }
            }
        }
        close(&mut item);
        let line_up =
            items >= 8 && 10 * name_like >= 9 * items && 5 * places <= items && (minute || subs);
        if !line_up {
            continue;
        }
        for k in group {
            let n = &names[k];
            let team = tok_text(text, seg, n.toks.end) == ":" && n.toks.start == first;
            // Inside brackets only a substitute, with the minute.
            let club = brackets
                .iter()
                .any(|&(a, b, number)| a < n.toks.start && n.toks.start < b && !number);
            let s = n.span.text(text);
            if n.form == MentionForm::Name
                && n.kind != EntityType::PERSON
                && !team
                && !club
                && n.toks.len() <= 3
                && !lists::is_gpe(s)
                && !n.toks.clone().any(|t| {
                    let w = tok_text(text, seg, t);
                    lists::is_org_word(w) || lists::is_club_word(w) || w == "Subs"
                })
            {
                names[k].kind = EntityType::PERSON;
            }
        }
    }
}

/// "Zentra, Velmor, Corvo and Okafor": a list of three names or more that are mostly
/// organizations is a list of organizations, and its one-word people or places without a
/// given name or a title are organizations too ("Google, Ask Jeeves, MSN and Yahoo", where
/// the tagger made a person of "Yahoo"). Lists of people keep their people, and a place of
/// the lists stays one (the tagger makes organizations of towns too: "Breisach, Kehl and
/// Freiburg").
fn organizations_listed_together(text: &str, seg: &Segmentation, names: &mut [Name]) {
    // The gap between two names of one list: ",", "and", "or" or ", and".
    let joined = |a: &Name, b: &Name| {
        a.sent == b.sent
            && match b.toks.start.checked_sub(a.toks.end) {
                Some(1) => matches!(tok_text(text, seg, a.toks.end), "," | "and" | "or"),
                Some(2) => {
                    tok_text(text, seg, a.toks.end) == ","
                        && matches!(tok_text(text, seg, a.toks.end + 1), "and" | "or")
                }
                _ => false,
            }
    };
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() && joined(&names[j - 1], &names[j]) {
            j += 1;
        }
        let list = i..j;
        i = j;
        if list.len() < 3 {
            continue;
        }
        let orgs = names[list.clone()]
            .iter()
            .filter(|n| n.kind == EntityType::ORG)
            .count();
        // A person of the list with a full name or a given name makes it a list of people
        // or of acts ("LL Cool J, DMX, Ludacris and Ja Rule"), whatever the tagger made of
        // the others.
        let people = names[list.clone()].iter().any(|n| {
            n.kind == EntityType::PERSON
                && (n.toks.len() > 1 || open_lists::is_given_name(n.span.text(text)))
        });
        if 2 * orgs <= list.len() || people {
            continue;
        }
        for n in &mut names[list] {
            let s = n.span.text(text);
            if matches!(
                n.kind,
                EntityType::PERSON | EntityType::GPE | EntityType::MISC
            ) && n.form == MentionForm::Name
                && n.toks.len() == 1
                && !open_lists::is_given_name(s)
                && !open_lists::is_place(s)
                && !s.contains('-')
                && !tagger::knows_lower(&s.to_lowercase())
                && !lists::is_gpe(s)
                && !lists::is_norp(s)
                && !titled(text, seg, n)
            {
                n.kind = EntityType::ORG;
            }
        }
    }
}

/// Whether a name the tagger did not call a person is one by its given name: "Renata" or
/// "Darnell Hurt", a common first name (of the census list) alone or before one or two more
/// capitalized words that are no country, people, institution or facility (a town's name is
/// often a surname: "Preston", "Houston"), and no listed company. In sports reports a given
/// name names teams and cars as often as people ("Chelsea", "Lola Honda"), so there the
/// tagger's type stays, unless it made a place of a given name and a surname.
fn is_given_name_person(text: &str, seg: &Segmentation, n: &Name, sports: bool) -> bool {
    let s = n.span.text(text);
    if n.form != MentionForm::Name
        || !(1..=3).contains(&n.toks.len())
        || open_lists::is_place(s)
        || n.toks.len() > 1 && open_lists::is_company(s)
        || lists::is_gpe(s)
        || lists::is_norp(s)
        || !open_lists::is_given_name(tok_text(text, seg, n.toks.start))
    {
        return false;
    }
    // A place's type on a given name and a surname ("Rafael Nadal", "Sebastian Coe") is the
    // tagger's slip in sport too: teams and cars are organizations and products there.
    if sports && !matches!(n.kind, EntityType::GPE | EntityType::LOC) {
        return false;
    }
    if n.toks.len() == 1 {
        return n.kind == EntityType::ORG;
    }
    n.toks.clone().skip(1).all(|t| {
        let w = tok_text(text, seg, t);
        // Sport names its clubs and grounds for a town or a founder ("Nelson Town", "Clare
        // College"): none of their head words.
        let club_word = sports
            && (lists::is_org_word(w)
                || lists::is_institution_word(w)
                || lists::is_division_before_of(w)
                || lists::is_loc_head(w)
                || lists::is_fac_head(w)
                || lists::is_building_head(w));
        seg.tokens
            .get(t)
            .is_some_and(|k| k.kind == TokenKind::Word && k.shape == Shape::Title)
            && !club_word
            && !lists::is_cue_word(w)
            && !lists::is_division_head(w)
            && !lists::is_strong_fac_head(w)
            && !lists::is_gpe(w)
            && !lists::is_norp(w)
    })
}

/// Whether the article reports sport, where a city's name is most often its team's ("Leeds
/// beat Chelsea 2-1"): sports words, at least three and one in a hundred words, of which one
/// at least names a sport, a competition or a player's place ("league", "striker", "tennis"),
/// or organizations followed by a score or after "v" ("May 20 v Durham"). The words every
/// contest shares ("won", "beat", "final", "games", "club", "manager") do not make a report of
/// sport alone: awards are won, elections are races, video games are games and nightclubs
/// are clubs.
fn is_sports(text: &str, seg: &Segmentation, names: &[Name]) -> bool {
    let (mut sport, mut contest) = (0, 0);
    for t in &seg.tokens {
        if t.kind != TokenKind::Word {
            continue;
        }
        // Every word of the page is asked, and none of the sports words is longer than
        // twelve letters: lower-casing on the stack spares an allocation per word.
        let w = t.span.text(text).as_bytes();
        let mut buf = [0u8; 12];
        if w.len() > buf.len() {
            continue;
        }
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        match &*lower {
            b"league" | b"match" | b"goal" | b"goals" | b"scored" | b"innings" | b"wickets"
            | b"wicket" | b"batsman" | b"bowler" | b"striker" | b"midfielder" | b"defender"
            | b"goalkeeper" | b"winger" | b"flanker" | b"referee" | b"tournament" | b"playoff"
            | b"playoffs" | b"halftime" | b"seeded" | b"seed" | b"soccer" | b"football"
            | b"cricket" | b"baseball" | b"basketball" | b"hockey" | b"rugby" | b"tennis"
            | b"golf" | b"athletics" | b"athlete" | b"athletes" | b"sprinter" | b"sprinters"
            | b"marathon" | b"medal" | b"medals" | b"olympic" | b"olympics" | b"coach"
            | b"captain" | b"squad" | b"fixture" | b"fixtures" | b"inning" | b"finalist"
            | b"semifinal" | b"championship" | b"pitcher" | b"homer" | b"lap" | b"laps" => {
                sport += 1;
            }
            b"season" | b"manager" | b"team" | b"game" | b"games" | b"final" | b"race"
            | b"champion" | b"champions" | b"win" | b"won" | b"beat" | b"lost" | b"draw"
            | b"victory" | b"defeated" | b"club" | b"runs" | b"driver" => contest += 1,
            _ => {}
        }
    }
    let scores = names
        .iter()
        .filter(|n| {
            n.kind == EntityType::ORG
                && (is_score(text, seg, n.toks.end)
                    || n.toks
                        .start
                        .checked_sub(1)
                        .is_some_and(|t| matches!(tok_text(text, seg, t), "v" | "vs" | "versus")))
        })
        .take(2)
        .count();
    let total = seg
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let words = sport + contest;
    sport >= 1 && words >= 3 && words * 100 >= total || scores >= 2
}

/// Whether token `t` is a score after a team's name, on the name's line: a number of at most
/// three digits that ends the line, stands before another number or a glued dash ("Essex
/// 532-8"), or before the other team and its score ("Leeds 2 Chelsea 1"). Not a numbered label
/// ("Method 1 Using the oven", "Round 4 survey"), an address or a road ("Room 401", "US 75,
/// Hwy 51"), nor a year ("Smith 2010").
fn is_score(text: &str, seg: &Segmentation, t: usize) -> bool {
    let Some(tok) = seg.tokens.get(t) else {
        return false;
    };
    let s = tok.span.text(text);
    let on_line = |a: usize, b: usize| !text[a..b].contains('\n');
    if tok.kind != TokenKind::Number
        || s.len() > 3
        || !s.bytes().all(|b| b.is_ascii_digit())
        || t == 0
        || !on_line(seg.tokens[t - 1].span.end, tok.span.start)
    {
        return false;
    }
    let Some(next) = seg.tokens.get(t + 1) else {
        return true;
    };
    if !on_line(tok.span.end, next.span.start) {
        return true;
    }
    let w = next.span.text(text);
    if next.kind == TokenKind::Number {
        return true;
    }
    if matches!(w, "-" | "–") {
        return next.span.start == tok.span.end
            && seg
                .tokens
                .get(t + 2)
                .is_some_and(|k| k.kind == TokenKind::Number && k.span.start == next.span.end);
    }
    // The other side: capitalized words, then its number on the same line.
    let mut k = t + 1;
    while let Some(x) = seg.tokens.get(k) {
        if x.kind != TokenKind::Word || x.shape != Shape::Title || k > t + 4 {
            break;
        }
        k += 1;
    }
    k > t + 1
        && seg.tokens.get(k).is_some_and(|x| {
            x.kind == TokenKind::Number && on_line(seg.tokens[k - 1].span.end, x.span.start)
        })
}

/// Step 2b: a known place (a country, a US state, a city of the open lists) is a place
/// wherever the tagger called it an organization, a person or a miscellaneous name, unless the
/// article reports sport, where a city names its team, and the article does not put the name
/// somewhere ("in Tulsa", "Tulsa, Oklahoma"). A person's type needs more, as many places
/// share a name with people ("Jordan", "Washington"): the article must put the name
/// somewhere.
fn type_places(text: &str, seg: &Segmentation, names: &mut [Name], listed: &[bool], sports: bool) {
    let is_place = |s: &str| open_lists::is_place(s) || lists::is_gpe(s);
    let mut placed: HashSet<&str> = HashSet::new();
    // Names that speak ("Tulsa writes", "Okafor said"): an organization or a person, not
    // the town of the same name the lists know.
    let mut speaking: HashSet<&str> = HashSet::new();
    for (i, n) in names.iter().enumerate() {
        let s = n.span.text(text);
        if n.form != MentionForm::Name || !is_place(s) {
            continue;
        }
        if speaks(text, seg, n) && !lists::is_gpe(s) {
            speaking.insert(s);
        }
        let before = n
            .toks
            .start
            .checked_sub(1)
            .map_or("", |t| tok_text(text, seg, t));
        let state_after =
            name_after_comma(text, seg, names, i).is_some_and(|m| is_place(m.span.text(text)));
        // "In Tyler's mind": a possessive makes the name an owner, not a place.
        let possessive = matches!(tok_text(text, seg, n.toks.end), "'s" | "’s");
        let place_word = |w: &str| {
            matches!(
                w,
                "in" | "In" | "near" | "outside" | "across" | "throughout" | "around" | "downtown"
            )
        };
        // "in San Diego and Cleveland": the second of two places after "in" is a place too.
        let coordinated = matches!(before, "and" | "or")
            && i.checked_sub(1).is_some_and(|p| {
                let m = &names[p];
                m.sent == n.sent
                    && m.toks.end + 1 == n.toks.start
                    && is_place(m.span.text(text))
                    && m.toks
                        .start
                        .checked_sub(1)
                        .is_some_and(|t| place_word(tok_text(text, seg, t)))
            });
        if (place_word(before) || coordinated) && !possessive
            || state_after
            || listed[i]
            || place_context(text, seg, n)
        {
            placed.insert(s);
        }
    }
    for n in names.iter_mut() {
        let s = n.span.text(text);
        if n.form != MentionForm::Name || !is_place(s) {
            continue;
        }
        let placed = placed.contains(s);
        // A given name that is also a town's ("Tyler") is a person outside sport unless the
        // article puts it somewhere.
        if n.kind == EntityType::ORG && !sports && !placed && open_lists::is_given_name(s) {
            n.kind = EntityType::PERSON;
            continue;
        }
        let to_place = match n.kind {
            EntityType::ORG => (!sports || placed) && !speaking.contains(s),
            EntityType::MISC => placed,
            EntityType::PERSON => placed,
            _ => false,
        };
        if to_place {
            n.kind = EntityType::GPE;
        }
    }
}

/// What the words around one mention say of its type: a place ("in Tarvos", "the island of
/// Meliso") or a person ("Renata, who", "Tyler himself", "Tyler's mother").
#[derive(Clone, Copy, Default)]
struct Cues {
    place: u32,
    person: u32,
    /// An office or a form of address right before the name ("Vice President Lincoln").
    titled: u32,
    /// What only an organization has or is: "Zentra, a company that", "the founders of
    /// Zentra", "Zentra's shares".
    org: u32,
    /// A state or a country after a comma, and then the clause goes on ("Lorna, Kansas, is").
    region: u32,
    /// The kind of a work right before the name ("the novel Hotel", "his first film, Zentra").
    work: u32,
    /// Mentions that modify what follows them: a model, an index, a brand or an era ("Zentra
    /// Z300", "the Zentra composite index", "the Zentra period"), and all mentions.
    modifier: u32,
    mentions: u32,
}

/// Step 2b: a name the tagger typed without evidence takes the type its contexts across the
/// article agree on. The tagger learnt on news, where an unknown capitalized word is most often
/// an organization; in a travel guide or a story the same word is a place or a person, and the
/// words around its mentions say which. Only unanimous cues count (a name with both kinds keeps
/// the tagger's type), and names the lists know, or that carry an organization's word, keep
/// theirs. Sports reports are left alone: there "in Leeds" and "Leeds beat" are the same club.
fn type_by_context(
    text: &str,
    seg: &Segmentation,
    names: &mut [Name],
    listed: &[bool],
    sports: bool,
) {
    if sports {
        return;
    }
    let mut cues: features::StrMap<'_, Cues> = features::StrMap::default();
    for (i, n) in names.iter().enumerate() {
        if n.form != MentionForm::Name {
            continue;
        }
        // "Velmor Hollow, Fla.", "Lorna, Kansas": a town before its state or country.
        let region = name_after_comma(text, seg, names, i).filter(|m| {
            let r = m.span.text(text);
            lists::is_gpe(r)
                || lists::is_subdivision_abbrev(r, glued_period(text, seg, m))
                || lists::is_postal_code(r)
        });
        let in_region = region.is_some();
        // ... and the region's name ends the clause there ("Lorna, Kansas, where", "Lorna,
        // Kansas with"), not a noun phrase of its own ("Lorna, Kansas's governor").
        let region_alone = region.is_some_and(|m| {
            seg.tokens.get(m.toks.end).is_none_or(|t| {
                m.sent != sentence_of_token(seg, m.toks.end)
                    || t.kind == TokenKind::Punct
                    || t.kind == TokenKind::Word && t.shape == Shape::Lower
            })
        });
        let c = cues.entry(n.span.text(text)).or_default();
        // "Leeds, Halden Springs, York and Corvo": a name listed among known places is one.
        if in_region || place_context(text, seg, n) || listed[i] {
            c.place += 1;
        }
        if region_alone {
            c.region += 1;
        }
        if person_context(text, seg, n) {
            c.person += 1;
        }
        if titled(text, seg, n) {
            c.titled += 1;
        }
        if org_context(text, seg, n) {
            c.org += 1;
        }
        if work_context(text, seg, n) {
            c.work += 1;
        }
        c.mentions += 1;
        if seg.tokens.get(n.toks.end).is_some_and(|t| {
            sentence_of_token(seg, n.toks.end) == n.sent
                && (t.kind == TokenKind::Number
                    || t.kind == TokenKind::Word && t.is_capitalized()
                    || matches!(
                        t.span.text(text),
                        "index"
                            | "composite"
                            | "brand"
                            | "brands"
                            | "model"
                            | "models"
                            | "era"
                            | "period"
                    ))
        }) {
            c.modifier += 1;
        }
    }
    // "Tarvos Island", "Meliso Island": the first word of a name with a place's head word
    // names the place alone too.
    for n in names.iter() {
        if n.form == MentionForm::Name && n.toks.len() == 2 {
            let last = tok_text(text, seg, n.toks.end - 1);
            if lists::is_loc_head(last) || lists::is_division_head(last) {
                if let Some(c) = cues.get_mut(tok_text(text, seg, n.toks.start)) {
                    c.place += 1;
                }
            }
        }
    }
    // The listed companies the article names in full.
    let mut companies: Vec<&str> = names
        .iter()
        .filter(|n| n.form == MentionForm::Name && n.toks.len() > 1 && listed_company(text, n))
        .map(|n| n.span.text(text))
        .collect();
    companies.sort_unstable();
    companies.dedup();
    for n in names.iter_mut() {
        let s = n.span.text(text);
        let Some(c) = cues.get(s).copied() else {
            continue;
        };
        // A name with a country's or an organization's word in it ("Air France", "Kurdistan
        // Democratic Party") is an organization named for its place, not the place.
        if lists::is_gpe(s)
            || lists::is_norp(s)
            || n.toks.clone().any(|t| {
                let w = tok_text(text, seg, t);
                lists::is_org_word(w) || lists::is_gpe(w)
            })
        {
            continue;
        }
        // A person's name starts with a given name; a name the tagger called a person that
        // does not ("Halden Springs", "Red Ford") and stands where places do is a place.
        let unnamed_person =
            n.kind == EntityType::PERSON
                && !open_lists::is_given_name(tok_text(text, seg, n.toks.start))
                && !n.toks.start.checked_sub(1).is_some_and(|t| {
                    lists::title(&tok_text(text, seg, t).to_lowercase()).is_some()
                });
        // A listed company of two words or more is one even with a given name first
        // ("Morgan Stanley"), and its first words are its short form in the article
        // ("Lockheed" after "Lockheed Martin"), unless they are a given name.
        // A name that mostly modifies what follows it is a model, an index, an era or a
        // gate, the tagger's to type, whatever company bears it too ("Meiji period").
        let listed = 2 * c.modifier < c.mentions
            && (listed_company(text, n)
                || !(n.toks.len() == 1 && open_lists::is_given_name(s))
                    && companies.iter().any(|full| {
                        full.strip_prefix(s)
                            .is_some_and(|rest| rest.starts_with(' '))
                    }));
        // A title before the name outweighs the lists of places, which hold many surnames
        // ("Jackson", "Lincoln").
        let last = tok_text(text, seg, n.toks.end - 1);
        if c.work > 0 && c.person == 0 && c.titled == 0 && c.org == 0 && c.place == 0 {
            // "the novel Hotel", "the screenplay Flight into Danger": a work's title.
            n.kind = EntityType::MISC;
        } else if c.place == 0
            && c.titled > 0
            && matches!(
                n.kind,
                EntityType::ORG | EntityType::GPE | EntityType::LOC | EntityType::FAC
            )
            && !lists::is_strong_fac_head(last)
        {
            n.kind = EntityType::PERSON;
        } else if (c.org > 0 || listed)
            && c.person == 0
            && c.place == 0
            && c.titled == 0
            && (unnamed_person
                || n.kind == EntityType::GPE
                || n.kind == EntityType::MISC
                || listed && n.toks.len() > 1)
        {
            n.kind = EntityType::ORG;
        } else if c.place > 0 && c.person == 0 && (n.kind == EntityType::ORG || unnamed_person) {
            // "near Velmor Church": where places stand, a building's head word makes it the
            // building.
            n.kind = if n.toks.len() > 1 && lists::is_fac_head(last) {
                EntityType::FAC
            } else {
                EntityType::GPE
            };
        } else if c.region > 0
            && c.person == 0
            && c.titled == 0
            && n.kind == EntityType::PERSON
            && n.toks.len() == 1
        {
            // "Lorna, Kansas": a one-word name before its state is the town, even where
            // people bear it as a given name.
            n.kind = EntityType::GPE;
        } else if c.person > 0
            && c.place == 0
            && matches!(n.kind, EntityType::ORG | EntityType::GPE | EntityType::LOC)
            && (!open_lists::is_place(s) || open_lists::is_given_name(s))
        {
            n.kind = EntityType::PERSON;
        }
    }
}

/// Whether the name is a company's of the open lists ("Vodafone", "Morgan Stanley") and no
/// place, people or given name the lists know, nor, as one word, a word that the tagger's
/// unlabelled news writes in lower case ("Fox", "Shell"): a company's name is evidence
/// against the tagger's person or place, weighed by [`type_by_context`] with the article's
/// own cues.
fn listed_company(text: &str, n: &Name) -> bool {
    let s = n.span.text(text);
    if !open_lists::is_company(s)
        || open_lists::is_place(s)
        || lists::is_gpe(s)
        || lists::is_norp(s)
    {
        return false;
    }
    n.toks.len() > 1 || !open_lists::is_given_name(s) && !tagger::knows_lower(&s.to_lowercase())
}

/// Per name, whether it is listed with places: a member of a list of three or more names of
/// one sentence, joined by commas, "and" or "or", where at least two members are places the
/// lists know and no member is a person's name with a given name. Lists of towns, islands and
/// countries are common in guides and reports; a list that mixes kinds ("France, Siemens and
/// Airbus") is left alone, as two known places are asked for and organizations are rarely
/// listed with more than one place. `names` are in the text's order.
fn listed_among_places(text: &str, seg: &Segmentation, names: &[Name]) -> Vec<bool> {
    let is_place = |n: &Name| {
        let s = n.span.text(text);
        open_lists::is_place(s) || lists::is_gpe(s)
    };
    // Whether names `a` and `b` (in order) are neighbours in a list: only ",", "and", "or" or
    // ", and" between them, in one sentence.
    let joined = |a: &Name, b: &Name| {
        a.sent == b.sent
            && b.toks.start > a.toks.end
            && b.toks.start - a.toks.end <= 2
            && (a.toks.end..b.toks.start)
                .all(|t| matches!(tok_text(text, seg, t), "," | "and" | "or"))
            && (b.toks.start - a.toks.end == 1 || tok_text(text, seg, a.toks.end) == ",")
    };
    let mut out = vec![false; names.len()];
    let mut start = 0;
    while start < names.len() {
        let mut end = start + 1;
        while end < names.len() && joined(&names[end - 1], &names[end]) {
            end += 1;
        }
        let list = &names[start..end];
        let known = list.iter().filter(|n| is_place(n)).count();
        let person = list.iter().any(|n| {
            n.toks.len() > 1 && open_lists::is_given_name(tok_text(text, seg, n.toks.start))
        });
        if list.len() >= 3 && known >= 2 && !person {
            out[start..end].fill(true);
        }
        start = end;
    }
    out
}

/// "(Smith, 2010)", "Smith and Jones (2012) found", "Smith et al.": a capitalized word in the
/// author's place of a citation is a surname, and the name is a person's wherever the article
/// writes it. Academic and textbook writing cites this way; the tagger, trained on news, reads
/// such a lone word as a place or a team, or misses it.
fn type_cited_authors(
    text: &str,
    seg: &Segmentation,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
) {
    let slots = citation_authors(text, seg, keep);
    if slots.is_empty() {
        return;
    }
    // "Abeyta & Corvin", "Sato, & Moreno": a list of authors the tagger read as one name is
    // one name for each author.
    let list = |n: &Name| {
        n.toks.len() > 1
            && n.toks
                .clone()
                .any(|t| matches!(tok_text(text, seg, t), "&" | "and" | ","))
            && slots.iter().any(|t| n.toks.contains(t))
    };
    names.retain(|n| !list(n));
    let mut cited: features::StrSet<'_> = features::StrSet::default();
    let mut found = Vec::new();
    for &t in &slots {
        cited.insert(tok_text(text, seg, t));
        let covering = names.iter_mut().find(|n| n.toks.contains(&t));
        match covering {
            // "Anna Berg (2006)": a full name ending in the author's place.
            Some(n) if n.toks.end == t + 1 => {
                if n.toks.len() == 1 || open_lists::is_given_name(tok_text(text, seg, n.toks.start))
                {
                    n.kind = EntityType::PERSON;
                }
            }
            Some(_) => {}
            None => found.push(name(
                seg,
                t..t + 1,
                sentence_of_token(seg, t),
                EntityType::PERSON,
            )),
        }
    }
    for n in names.iter_mut() {
        if n.form == MentionForm::Name && n.toks.len() == 1 && cited.contains(n.span.text(text)) {
            n.kind = EntityType::PERSON;
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// The tokens that are authors' surnames in citations: a list of surnames before ", 2010" or
/// "2010" inside brackets ("(Ito, Sato, & Moreno, 2014; Abeyta & Corvin, 2010)"), a surname before
/// "et al.", and, in an article that cites in those ways, one before "(2010)" after a word of
/// the sentence (not after "the", which makes "the Lantern (1958)" a film's title), one
/// before "'s (2010)", two before a numbered reference ("Abeyta & Corvin [7]") or a bare
/// year ("Okafor and Brandt 1997"), a second author joined by "and" or "&".
fn citation_authors(text: &str, seg: &Segmentation, keep: &impl Fn(usize) -> bool) -> Vec<usize> {
    let word = |t: usize| tok_text(text, seg, t);
    let year = |t: usize| {
        let w = word(t);
        let digits = w.get(..4).and_then(|d| d.parse::<u16>().ok());
        let rest = w.get(4..).unwrap_or("x");
        digits.is_some_and(|y| (1500..=2099).contains(&y))
            && (rest.is_empty() || rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_lowercase()))
    };
    let surname = |t: usize| {
        let Some(k) = seg.tokens.get(t) else {
            return false;
        };
        let w = k.span.text(text);
        matches!(k.shape, Shape::Title | Shape::Mixed)
            && k.kind == TokenKind::Word
            && w.chars().nth(1).is_some()
            && !lists::is_common_word(&w.to_lowercase())
            && !lists::is_calendar_word(w)
            && lists::title(&w.to_lowercase()).is_none()
            && !lists::is_gpe(w)
            && !lists::is_org_word(w)
    };
    let joiner = |t: usize| matches!(word(t), "and" | "&");
    let closer = |w: &str| matches!(w, ")" | "]" | ";" | "," | ":" | "[");
    let (mut out, mut weak, mut list) = (Vec::new(), Vec::new(), Vec::new());
    for (si, sent) in seg.sentences.iter().enumerate() {
        if !keep(si) {
            continue;
        }
        let r = sent.tokens.clone();
        let mut open = false;
        for t in r.clone() {
            // A list of authors opening a bracket or following a semicolon in one.
            match word(t) {
                "(" | "[" => open = true,
                ")" | "]" => open = false,
                _ => {}
            }
            if open && matches!(word(t), "(" | "[" | ";") {
                list.clear();
                let mut u = t + 1;
                while u < r.end && surname(u) {
                    list.push(u);
                    u += 1;
                    if word(u) == "et" && word(u + 1).starts_with("al") {
                        u += 2 + usize::from(word(u + 2) == ".");
                    }
                    if word(u) == "," && !year(u + 1) {
                        u += 1;
                    }
                    if joiner(u) {
                        u += 1;
                    }
                }
                if !list.is_empty() && (word(u) == "," && year(u + 1) || year(u)) {
                    out.extend_from_slice(&list);
                }
                continue;
            }
            // The word after a cited surname is "et", "(" or "["; testing it first keeps the
            // scan cheap on text without citations.
            let possessive = matches!(word(t + 1), "'s" | "’s" | "'" | "’");
            if t + 2 >= r.end
                || !(matches!(word(t + 1), "et" | "(" | "[") || possessive || year(t + 1))
                || !surname(t)
            {
                continue;
            }
            let (n1, n2, n3) = (word(t + 1), word(t + 2), word(t + 3));
            let before = t.checked_sub(1).filter(|&b| b >= r.start).map(word);
            // "as Smith (2010) argued", "As Smith (2010) argued": after an ordinary word, not
            // after a determiner ("the Lantern (1958)") nor inside a run of capitals ("Red Sox
            // (2013)").
            let after_word = before.is_some_and(|b| {
                let l = b.to_lowercase();
                (b.chars().all(char::is_lowercase) || lists::is_common_word(&l))
                    && !matches!(
                        l.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                    )
                    || matches!(b, "," | "and" | "&")
            });
            let second = t >= r.start + 2 && joiner(t - 1) && surname(t - 2);
            // "Abeyta & Corvin [7]": two authors before a numbered reference.
            let numbered = second
                && n1 == "["
                && seg
                    .tokens
                    .get(t + 2)
                    .is_some_and(|k| k.kind == TokenKind::Number)
                && n3 == "]";
            // "Sapir's (1971) grouping": a possessive author before the year.
            let owned = possessive && n2 == "(" && year(t + 3) && closer(word(t + 4));
            // "Okafor and Brandt 1997": two authors and a bare year.
            let bare = second && year(t + 1);
            if n1 == "et" && n2.starts_with("al") {
                out.push(t);
            } else if after_word && n1 == "(" && year(t + 2) && closer(n3)
                || numbered
                || owned
                || bare
            {
                weak.push(t);
                if second {
                    weak.push(t - 2);
                }
            }
        }
    }
    // A name before a year in brackets is as often a film's or a book's title ("Bogart in
    // Casablanca (1942)"), so that form counts only where the article also cites in the
    // academic way.
    if !out.is_empty() {
        out.extend_from_slice(&weak);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a name opens with a given name that is not also a place's name ("Stuart Hall", but
/// not "Cleveland Orchestra").
fn given_first(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let first = tok_text(text, seg, n.toks.start);
    open_lists::is_given_name(first) && !open_lists::is_place(first)
}

/// Whether a mention stands where a place does: after a preposition of place ("in", "near",
/// "across") or after "the island of", "the town of" and the like. A possessive after the
/// name ("in Apple's case") makes it the owner, not the place.
fn place_context(text: &str, seg: &Segmentation, n: &Name) -> bool {
    // "Meliso is in the province", "Tarvos is located": the name as the subject of a place's
    // verbs.
    // "Velmor is a small coastal city": a place's noun as the predicate.
    let located = || {
        let at = |k: usize| word_after(text, seg, n, k);
        // After "is in", a place's name or a part of one ("is in Kent", "is in the north of",
        // "is in northern Kansas"), not a state the subject is in ("is in hospital", "is in
        // talks", "is in a coma").
        let capital = |k: usize| at(k).is_some_and(|w| w.starts_with(char::is_uppercase));
        let part = |k: usize| {
            at(k).is_some_and(|w| {
                let w = w
                    .strip_suffix("ern")
                    .or_else(|| w.strip_suffix("ward"))
                    .unwrap_or(w);
                matches!(
                    w,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                        | "north-east"
                        | "north-west"
                        | "south-east"
                        | "south-west"
                        | "central"
                        | "centre"
                        | "center"
                        | "heart"
                        | "middle"
                )
            })
        };
        let in_place = || {
            capital(2)
                || part(2)
                || matches!(at(2), Some("the" | "a" | "an")) && (capital(3) || part(3))
        };
        at(0) == Some("is")
            && (at(1) == Some("in") && in_place()
                || matches!(at(1), Some("located" | "situated" | "bordered")))
            || matches!(at(0), Some("is" | "was"))
                && matches!(at(1), Some("a" | "an" | "the"))
                && (2..6).any(|k| {
                    let noun = at(k).is_some_and(|w| {
                        matches!(
                            w,
                            "city"
                                | "town"
                                | "village"
                                | "island"
                                | "country"
                                | "nation"
                                | "state"
                                | "province"
                                | "capital"
                                | "port"
                                | "suburb"
                                | "metropolis"
                                | "municipality"
                                | "county"
                                | "neighborhood"
                                | "neighbourhood"
                        )
                    });
                    // The noun must end the phrase ("a city worker" is a person).
                    noun && at(k + 1).is_none_or(|w| {
                        !w.starts_with(char::is_alphanumeric)
                            || matches!(w, "of" | "in" | "on" | "with" | "that" | "which" | "where")
                    }) && (2..k).all(|j| at(j).is_some_and(|w| w.starts_with(char::is_lowercase)))
                })
    };
    let Some(prev) = n.toks.start.checked_sub(1) else {
        return located();
    };
    if sentence_of_token(seg, prev) != n.sent {
        return located();
    }
    // The name must end its phrase: before a noun it is a modifier ("in NFL history", "in KDP
    // headquarters"), and a possessive makes it the owner ("in Apple's case").
    let ends_phrase = seg.tokens.get(n.toks.end).is_none_or(|t| {
        let w = t.span.text(text);
        t.kind != TokenKind::Word && !matches!(w, "'s" | "’s" | "'" | "’")
            || matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
                    | "where"
                    | "which"
                    | "that"
                    | "to"
                    | "for"
                    | "on"
                    | "at"
                    | "with"
                    | "from"
                    | "by"
                    | "as"
                    | "in"
                    | "of"
                    | "since"
                    | "until"
                    | "before"
                    | "after"
                    | "during"
                    | "when"
                    | "while"
                    | "the"
                    | "a"
                    | "an"
                    | "this"
                    | "last"
                    | "next"
                    | "so"
                    | "because"
                    | "too"
                    | "again"
            )
    });
    if !ends_phrase {
        // A list that a kind of place introduces says enough ("towns such as Velmor grew"),
        // unless the name owns what follows.
        return !matches!(word_after(text, seg, n, 0), Some("'s" | "’s"))
            && listed_after_place_kind(text, seg, n);
    }
    if listed_after_place_kind(text, seg, n) {
        return true;
    }
    match tok_text(text, seg, prev) {
        // "shares in Zentra", "a stake in Zentra": a company's, not a place's.
        "in" => {
            !n.toks
                .start
                .checked_sub(2)
                .is_some_and(|t| lists::is_holding_noun(&tok_text(text, seg, t).to_lowercase()))
                && !performed_in(text, seg, n)
        }
        "near" | "into" | "across" | "around" | "outside" | "throughout" | "inside" => true,
        "of" => {
            n.toks.start >= 2 && {
                let noun = tok_text(text, seg, n.toks.start - 2).to_lowercase();
                matches!(
                    noun.as_str(),
                    "island"
                        | "islands"
                        | "city"
                        | "town"
                        | "village"
                        | "region"
                        | "province"
                        | "district"
                        | "municipality"
                        | "population"
                        | "inhabitants"
                        | "residents"
                        | "capital"
                        | "outskirts"
                        | "suburbs"
                        | "coast"
                )
            }
        }
        // "the Labour MP for Birkenhead": a member's constituency.
        "for" => {
            n.toks.start >= 2
                && matches!(
                    tok_text(text, seg, n.toks.start - 2),
                    "MP" | "MEP" | "MSP" | "MLA" | "TD"
                )
        }
        _ => located(),
    }
}

/// The first token of the list of names that runs to `n` in its sentence ("Zentra, Velmor
/// and Corvo" for "Corvo"): back over capitalized words, commas, "and" and "or", at most twenty
/// tokens; `n`'s own first token where nothing of a list comes before it.
fn list_start(text: &str, seg: &Segmentation, n: &Name) -> usize {
    let mut t = n.toks.start;
    let mut steps = 0;
    while t > 0 && steps < 20 {
        let prev = tok_text(text, seg, t - 1);
        let part = matches!(prev, "," | "and" | "or")
            || seg.tokens.get(t - 1).is_some_and(|k| k.is_capitalized());
        if !part || sentence_of_token(seg, t - 1) != n.sent {
            break;
        }
        t -= 1;
        steps += 1;
    }
    t
}

/// Whether the name is one of a list that a kind of place in the plural introduces: "the
/// islands Tarvos, Meliso and Corvo", "towns such as Velmor", "the cities of Tarvos and
/// Meliso". Right after the noun, without "such as", "like", "including" or "of", the name
/// must be one of several or end the clause ("in towns Zentra has entered" is no list).
fn listed_after_place_kind(text: &str, seg: &Segmentation, n: &Name) -> bool {
    // (The kind may open the sentence before "such as": "Towns such as Velmor".)
    const KINDS: &[&str] = &[
        "islands",
        "cities",
        "towns",
        "villages",
        "hamlets",
        "countries",
        "nations",
        "states",
        "provinces",
        "regions",
        "districts",
        "counties",
        "boroughs",
        "parishes",
        "cantons",
        "prefectures",
        "communes",
        "municipalities",
        "territories",
        "republics",
        "suburbs",
        "exurbs",
        "neighborhoods",
        "neighbourhoods",
        "capitals",
        "ports",
    ];
    let Some((t, intro)) = list_intro(text, seg, n, true) else {
        return false;
    };
    if intro == 0 {
        let several = t < n.toks.start;
        let alone = seg
            .tokens
            .get(n.toks.end)
            .is_none_or(|k| k.kind == TokenKind::Punct);
        if !(several || alone) {
            return false;
        }
    }
    t.checked_sub(intro + 1)
        .is_some_and(|u| kind_before_list(text, seg, n, u, intro, KINDS))
}

/// The start of the list of names that runs to `n` (see [`list_start`]) and the number of
/// words that introduce it right before: 2 for "such as", 1 for "like", "including" (and
/// "of" with `of`), 0 for none; `None` when the list starts with no name ("in those cities,
/// Okafor and Velmor won").
fn list_intro(text: &str, seg: &Segmentation, n: &Name, of: bool) -> Option<(usize, usize)> {
    let t = list_start(text, seg, n);
    if seg.tokens.get(t).is_none_or(|k| !k.is_capitalized()) {
        return None;
    }
    let intro = match t.checked_sub(1).map(|u| tok_text(text, seg, u)) {
        Some("like" | "including") => 1,
        Some("of") if of => 1,
        Some("as") if t >= 2 && tok_text(text, seg, t - 2) == "such" => 2,
        _ => 0,
    };
    Some((t, intro))
}

/// Whether token `u`, in the sentence of `n`, is one of `kinds` (plural nouns) in lower case,
/// or capitalized where it opens the sentence before an introducing word ("Towns such as
/// Velmor").
fn kind_before_list(
    text: &str,
    seg: &Segmentation,
    n: &Name,
    u: usize,
    intro: usize,
    kinds: &[&str],
) -> bool {
    seg.tokens.get(u).is_some_and(|k| {
        k.kind == TokenKind::Word
            && sentence_of_token(seg, u) == n.sent
            && (k.shape == Shape::Lower
                || intro > 0 && k.shape == Shape::Title && sentence_initial(text, seg, u))
    }) && {
        let w = tok_text(text, seg, u);
        kinds.iter().any(|kind| w.eq_ignore_ascii_case(kind))
    }
}

/// Whether a mention stands where a person does: before ", who", "himself" or "herself", a
/// verb of the body ("smiled", "nodded", "shrugged"), "was born", a possessive and a word of
/// kinship ("Tyler's mother"), or after a word of kinship or discipleship and "of" or "to"
/// ("the son of Tyler", "successor to Tyler").
fn person_context(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let at = |k: usize| word_after(text, seg, n, k);
    // "the son of Tyler", "a disciple of Tyler", "assistant to Tyler": kin and followers.
    let kin_before = n.toks.start >= 2
        && sentence_of_token(seg, n.toks.start - 2) == n.sent
        && matches!(tok_text(text, seg, n.toks.start - 1), "of" | "to")
        && {
            let w = tok_text(text, seg, n.toks.start - 2);
            lists::is_kin_noun(w)
                || matches!(
                    w,
                    "disciple" | "disciples" | "successor" | "assistant" | "favorite" | "favourite"
                )
        };
    if kin_before {
        return true;
    }
    // "his third daughter Lensey", "my friend Tova": a relative or a friend of someone's,
    // named after the noun.
    let before = |k: usize| {
        n.toks
            .start
            .checked_sub(k)
            .filter(|&t| sentence_of_token(seg, t) == n.sent)
            .map(|t| tok_text(text, seg, t))
    };
    const POSSESSIVES: [&str; 12] = [
        "his", "her", "my", "their", "our", "your", "His", "Her", "My", "Their", "Our", "Your",
    ];
    let possessive =
        |w: Option<&str>| w.is_some_and(|w| POSSESSIVES.contains(&w) || matches!(w, "'s" | "’s"));
    let kin_named = before(1)
        .is_some_and(|w| lists::is_kin_noun(w) || matches!(w, "friend" | "colleague" | "partner"))
        && (possessive(before(2))
            || before(2).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
                && possessive(before(3)));
    if kin_named {
        return true;
    }
    // Spoken to: "Hi Tessa", "Thanks, Nora", "Thank you, Nora", "Welcome, Nora".
    let greeting = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "hi" | "hello" | "hey" | "dear" | "thanks" | "welcome" | "goodbye" | "bye" | "morning"
        )
    };
    let word_before = |k: usize| word_before(text, seg, n, k);
    let addressed = match word_before(1) {
        Some(",") => word_before(2).is_some_and(|w| greeting(w) || w == "you"),
        Some(w) => greeting(w),
        None => false,
    };
    if addressed && at(0).is_some_and(|w| matches!(w, "," | "." | "!" | "?")) {
        return true;
    }
    if refers_to_with_he_or_she(text, seg, n) {
        return true;
    }
    match at(0) {
        Some(",") => at(1) == Some("who"),
        // A company has no parents, sons or cousins ("Tyler's parents").
        Some("'s" | "’s") => at(1).is_some_and(|w| {
            lists::is_kin_noun(w) || matches!(w, "parents" | "children" | "sons" | "daughters")
        }),
        Some(
            "himself" | "herself" | "smiled" | "nodded" | "laughed" | "shrugged" | "whispered"
            | "sighed" | "grinned" | "frowned" | "winked" | "blushed" | "smiling" | "nodding"
            | "laughing" | "shrugging" | "grinning",
        ) => true,
        Some("was") => at(1) == Some("born"),
        _ => false,
    }
}

/// "Santa had said he needed to leave", "Hoffman also said he stopped working": a name that
/// opens its sentence as the subject of a verb, with a "he", "she", "his", "himself" or
/// "herself" later in the sentence and no other name, relative "who" or quote mark before it,
/// names a person: an organization or a place is "it". ("him" and "her" are left out: an
/// object is as often someone else, "Interpol do not track him down".) A pronoun that is the
/// subject of a verb of saying is a speaker's ("..., he said"), and a quotation's words are
/// not the narrator's, so neither counts.
fn refers_to_with_he_or_she(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let opens = match word_before(text, seg, n, 1) {
        None => true,
        Some(w) => {
            matches!(w, "But" | "And" | "Then" | "So") && word_before(text, seg, n, 2).is_none()
        }
    };
    let Some(sentence) = seg.sentences.get(n.sent) else {
        return false;
    };
    if !opens
        || !seg
            .tokens
            .get(n.toks.end)
            .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
    {
        return false;
    }
    // A quotation opened earlier in the paragraph may still run here. (Read back a bounded
    // stretch: a paragraph of a megabyte must not be read again for each of its names.)
    let para_start = seg
        .paragraphs
        .get(sentence.paragraph)
        .map_or(n.span.start, |p| p.span.start);
    let quoted = |end: usize| {
        let from = (para_start.max(end.saturating_sub(2_000))..end)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(end);
        text.get(from..end)
            .is_some_and(|s| s.contains(['"', '“', '”']))
    };
    for t in n.toks.end + 1..sentence.tokens.end.min(seg.tokens.len()) {
        let tok = seg.tokens[t];
        let w = tok.span.text(text);
        if tok.kind == TokenKind::Quote
            || tok.is_capitalized()
            || matches!(w, "who" | "whom" | "whose")
        {
            return false;
        }
        if matches!(w, "he" | "she" | "his" | "himself" | "herself") {
            let next = |k: usize| {
                seg.tokens
                    .get(t + k)
                    .filter(|_| t + k < sentence.tokens.end)
                    .map_or(String::new(), |x| x.span.text(text).to_lowercase())
            };
            let says = lists::is_speech_verb(&next(1))
                || matches!(next(1).as_str(), "has" | "had" | "was")
                    && lists::is_speech_verb(&next(2));
            return !says && !quoted(tok.span.start);
        }
    }
    false
}

/// The kinds of works whose titles follow them: "the novel Hotel", "the film Zentra".
/// (Not "play", "record" or "musical": as a verb or an adjective they precede anything.)
fn is_work_kind(w: &str) -> bool {
    matches!(
        w,
        "novel"
            | "book"
            | "bestseller"
            | "memoir"
            | "biography"
            | "poem"
            | "film"
            | "movie"
            | "screenplay"
            | "documentary"
            | "sitcom"
            | "opera"
            | "album"
            | "song"
            | "painting"
            | "sculpture"
    )
}

/// The most distinct titles of works [`work_titles`] looks for again in one article.
const MAX_TITLES: usize = 64;

/// "the anime movie Ghost in the Shell", "the novel Pride and Prejudice", "the film The Lord
/// of the Rings": after the kind of a work, a title of capitalized words joined by small ones
/// is one MISC name, where the tagger reads its words apart as a person, a company or a place
/// ("Shell", "Prejudice", "Rings"). Only a title with a joining word is read so: a title of
/// capitalized words alone is the tagger's and `type_by_context`'s to type, and "in", "with",
/// "on", "to", "for", "from" and "at" join only before "the" or "a" ("the film Jaws in Britain"
/// is no title "Jaws in Britain").
fn work_titles(
    text: &str,
    seg: &Segmentation,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
) {
    let word = |t: usize| tok_text(text, seg, t);
    // The titles found, as their tokens' texts.
    let mut titles: Vec<Vec<&str>> = Vec::new();
    for s in (0..seg.sentences.len()).filter(|&s| keep(s)) {
        let toks = seg.sentences[s].tokens.clone();
        let mut t = toks.start;
        while t + 1 < toks.end {
            if !is_work_kind(word(t)) || !capitalized(seg, t + 1) {
                t += 1;
                continue;
            }
            let start = t + 1;
            let mut end = start;
            let mut joined = false;
            while end < toks.end && end - start < 10 {
                let w = word(end);
                if capitalized(seg, end) {
                    end += 1;
                } else if matches!(w, "of" | "and" | "the" | "a" | "an")
                    && end + 1 < toks.end
                    && capitalized(seg, end + 1)
                {
                    joined = true;
                    end += 1;
                } else if matches!(
                    w,
                    "of" | "and" | "in" | "with" | "on" | "to" | "for" | "from" | "at"
                ) && end + 2 < toks.end
                    && matches!(word(end + 1), "the" | "a")
                    && capitalized(seg, end + 2)
                {
                    joined = true;
                    end += 2;
                } else {
                    break;
                }
            }
            // Distinct titles, and a few dozen at most: each is looked for at every token
            // below, and an article names a handful of works (a catalogue's titles past the
            // limit are left to the tagger).
            if joined && fits(names, &(start..end)) && titles.len() < MAX_TITLES {
                let title: Vec<&str> = (start..end).map(word).collect();
                if !titles.contains(&title) {
                    titles.push(title);
                }
            }
            t = end.max(t + 1);
        }
    }
    // A title found once is the title wherever its words recur ("Ghost in the Shell opens
    // with ..."), its first place included.
    if titles.is_empty() {
        return;
    }
    let mut found: Vec<(Range<usize>, usize)> = Vec::new();
    for s in (0..seg.sentences.len()).filter(|&s| keep(s)) {
        let toks = seg.sentences[s].tokens.clone();
        let mut t = toks.start;
        while t < toks.end {
            let title = titles.iter().find(|title| {
                t + title.len() <= toks.end
                    && title.iter().enumerate().all(|(k, w)| word(t + k) == *w)
            });
            match title {
                Some(title) if fits(names, &(t..t + title.len())) => {
                    found.push((t..t + title.len(), s));
                    t += title.len();
                }
                _ => t += 1,
            }
        }
    }
    // The names inside a title give way to it; one pass over both sorted lists, so that an
    // article of a title named ten thousand times takes no time by the square.
    let mut out = Vec::with_capacity(names.len() + found.len());
    let mut f = found.into_iter().peekable();
    for n in names.drain(..) {
        while let Some((r, s)) = f.next_if(|(r, _)| r.start <= n.toks.start) {
            out.push(name(seg, r, s, EntityType::MISC));
        }
        let inside = out.last().is_some_and(|m: &Name| {
            m.kind == EntityType::MISC && m.toks.start <= n.toks.start && n.toks.end <= m.toks.end
        });
        if !inside {
            out.push(n);
        }
    }
    out.extend(f.map(|(r, s)| name(seg, r, s, EntityType::MISC)));
    *names = out;
}

/// Whether tokens `r` may become one name: no name runs across its edges.
fn fits(names: &[Name], r: &Range<usize>) -> bool {
    // The names are in order and do not overlap: those that touch `r` are one run.
    let first = names.partition_point(|n| n.toks.end <= r.start);
    names[first..]
        .iter()
        .take_while(|n| n.toks.start < r.end)
        .all(|n| n.toks.start >= r.start && n.toks.end <= r.end)
}

/// Whether the kind of a work stands right before a mention, in lower case, or before a comma
/// right before it: "the novel Hotel", "his 1965 film Zentra", "her first album, Velmor".
/// (Not a verb's object nor an adjective: "play", "record" and "musical" are left out.)
fn work_context(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let before = |k: usize| word_before(text, seg, n, k);
    let kind = |w: Option<&str>| w.is_some_and(is_work_kind);
    // After a comma the name may start a clause of its own ("the top film, Ice Cube's
    // comedy", "best play, Victoria Velmor was"): not a possessive's owner nor a name that
    // starts with a given name.
    let apposed = before(1) == Some(",")
        && kind(before(2))
        && !seg
            .tokens
            .get(n.toks.end)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        && !open_lists::is_given_name(tok_text(text, seg, n.toks.start));
    // "her role in Zentra", "his performance in Velmor and Corvo", "she starred in Zentra":
    // what an actor plays in is a work, where the tagger read a place or a person; not an
    // organization ("his role in Zentra's collapse" is no part), nor the owner of what follows
    // ("a role in Anna Velmor's film").
    let performed = performed_in(text, seg, n)
        && n.kind != EntityType::ORG
        && !seg.tokens.get(n.toks.end).is_some_and(|t| {
            t.kind == TokenKind::Possessive || matches!(t.span.text(text), "'" | "’")
        });
    kind(before(1)) || apposed || performed || listed_after_work_kind(text, seg, n)
}

/// Whether the name is one of a list of works that their kind in the plural introduces with
/// "such as", "like" or "including": "darker films such as Zentra, Velmor and Corvo", "Shows
/// like The Velmor People". (Only with those words: "films" alone comes before anything.)
fn listed_after_work_kind(text: &str, seg: &Segmentation, n: &Name) -> bool {
    const KINDS: &[&str] = &[
        "films",
        "movies",
        "novels",
        "books",
        "albums",
        "songs",
        "singles",
        "documentaries",
        "sitcoms",
        "soaps",
        "dramas",
        "shows",
        "programmes",
        "programs",
        "plays",
        "musicals",
        "operas",
        "paintings",
        "games",
    ];
    list_intro(text, seg, n, false)
        .filter(|&(_, intro)| intro > 0)
        .and_then(|(t, intro)| t.checked_sub(intro + 1).map(|u| (u, intro)))
        .is_some_and(|(u, intro)| kind_before_list(text, seg, n, u, intro, KINDS))
}

/// Whether the name, or a list of names that runs to it, follows what an actor plays in:
/// "her role in Zentra", "his performances in Velmor and Corvo", "she starred in Zentra", or
/// what a nomination is for ("nominated for Zentra").
/// A town the lists know is where the play ran ("performances in Minneapolis").
fn performed_in(text: &str, seg: &Segmentation, n: &Name) -> bool {
    if open_lists::is_place(n.span.text(text)) {
        return false;
    }
    let start = list_start(text, seg, n);
    let at = |k: usize| start.checked_sub(k).map(|u| tok_text(text, seg, u));
    // "nominated for Zentra", "two nominations for Velmor": an award's nominee, unless a
    // person ("nominations for Anna Velmor").
    at(1) == Some("for")
        && matches!(at(2), Some("nominated" | "nomination" | "nominations"))
        && !open_lists::is_given_name(tok_text(text, seg, n.toks.start))
        || at(1) == Some("in")
            && matches!(
                at(2),
                Some(
                    "role"
                        | "roles"
                        | "performance"
                        | "performances"
                        | "starred"
                        | "starring"
                        | "stars"
                        | "co-starred"
                        | "co-starring"
                )
            )
}

/// Whether the words around a mention say it is an organization: an apposition naming a
/// business or a body ("Zentra, a company that ...", "Zentra, the startup"), what a company
/// has after a possessive ("Zentra's shares", "Zentra's founders"), or before "of" ("the
/// founders of Zentra", "shares of Zentra").
fn org_context(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let kind_noun = |w: &str| {
        matches!(
            w,
            "company"
                | "firm"
                | "startup"
                | "start-up"
                | "corporation"
                | "brand"
                | "retailer"
                | "chain"
                | "manufacturer"
                | "maker"
                | "airline"
                | "publisher"
                | "newspaper"
                | "magazine"
                | "website"
                | "platform"
                | "app"
                | "charity"
                | "nonprofit"
                | "non-profit"
                | "organization"
                | "organisation"
                | "agency"
                | "broadcaster"
                | "network"
                | "studio"
                | "label"
                | "conglomerate"
                | "subsidiary"
                | "lender"
                | "insurer"
                | "bank"
                | "giant"
                | "supermarket"
        ) || w.len() > 5 && w.ends_with("maker") && !lists::is_person_maker(w)
    };
    let owned = |w: &str| {
        matches!(
            w,
            "founder"
                | "founders"
                | "co-founder"
                | "shares"
                | "stock"
                | "headquarters"
                | "employees"
                | "shareholders"
                | "customers"
                | "subsidiary"
                | "subsidiaries"
                | "ceo"
                | "board"
                | "chairman"
                | "chairwoman"
                | "executives"
                | "profits"
                | "revenue"
                | "revenues"
        )
    };
    let at = |k: usize| word_after(text, seg, n, k);
    // "Zentra, a company", "Zentra, the world's largest chipmaker": the kind within five
    // words, before any comma or preposition ("Okafor, an economist with Zentra Bank"), and
    // in lower case ("a West Bank labourer").
    if at(0) == Some(",")
        && matches!(at(1), Some("a" | "an" | "the"))
        && (2..7)
            .map_while(|k| at(k).filter(|w| *w != "," && !lists::is_function_word(w)))
            .any(kind_noun)
    {
        return true;
    }
    // "Zentra's shares", "Zentra's chief executive", "Zentra's chief financial officer".
    if matches!(at(0), Some("'s" | "’s"))
        && (at(1).is_some_and(|w| owned(&w.to_lowercase()))
            || at(1) == Some("chief")
                && matches!(at(2), Some("executive" | "financial" | "operating")))
    {
        return true;
    }
    // "search engine Zentra", "telecoms regulator Velmor", "the watchdog Velmor": the kind
    // in lower case right before the name.
    let lower_before = |t: usize| {
        seg.tokens.get(t).is_some_and(|k| {
            k.kind == TokenKind::Word
                && k.shape == Shape::Lower
                && sentence_of_token(seg, t) == n.sent
        })
    };
    // "electronics giants Hitachi and Velmor", "the carmakers Zentra and Corvo": a kind in the
    // plural before a list of names that runs to this one.
    let plural_kind = |w: &str| {
        w.strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_string))
            .is_some_and(|one| {
                kind_noun(&one) && !matches!(one.as_str(), "broadcaster" | "publisher")
            })
    };
    if let Some(prev) = n.toks.start.checked_sub(1).filter(|&t| lower_before(t)) {
        let w = tok_text(text, seg, prev);
        // (Not the kinds that a person's calling shares: "comedian and broadcaster Cyril".)
        if kind_noun(w) && !matches!(w, "broadcaster" | "publisher")
            || matches!(w, "engine" | "regulator" | "watchdog" | "portal")
            || plural_kind(w)
        {
            return true;
        }
    }
    // "firms such as Zentra, Velmor and Corvo", "companies like Zentra": a plural kind
    // before "such as", "like" or "including" and a list of names that runs to this one.
    let t = list_start(text, seg, n);
    if t < n.toks.start
        && t.checked_sub(1)
            .filter(|&u| lower_before(u))
            .is_some_and(|u| plural_kind(tok_text(text, seg, u)))
    {
        return true;
    }
    let intro = match t.checked_sub(1).map(|u| tok_text(text, seg, u)) {
        Some("like" | "including") => Some(1),
        Some("as") if t >= 2 && tok_text(text, seg, t - 2) == "such" => Some(2),
        _ => None,
    };
    // (The kind may open the sentence: "Companies such as Zentra".)
    let kind_word = |u: usize| {
        lower_before(u)
            || sentence_initial(text, seg, u)
                && seg.tokens.get(u).is_some_and(|k| k.shape == Shape::Title)
    };
    if let Some(k) = intro
        .and_then(|k| t.checked_sub(k + 1))
        .filter(|&u| kind_word(u))
    {
        let plural = tok_text(text, seg, k).to_lowercase();
        let singular = plural
            .strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| plural.strip_suffix('s').map(str::to_string));
        if singular.is_some_and(|w| {
            kind_noun(&w) || matches!(w.as_str(), "engine" | "site" | "regulator" | "portal")
        }) {
            return true;
        }
    }
    let Some(before) = n.toks.start.checked_sub(2) else {
        return false;
    };
    let noun = tok_text(text, seg, before).to_lowercase();
    // The name must end its phrase: "shares in Ireland-based Elan" are Elan's.
    let ends = seg
        .tokens
        .get(n.toks.end)
        .is_none_or(|k| !k.is_capitalized());
    sentence_of_token(seg, before) == n.sent
        && ends
        && match tok_text(text, seg, n.toks.start - 1) {
            "of" => owned(&noun),
            // "shares in Zentra", "a stake in Zentra".
            "in" => lists::is_holding_noun(&noun),
            _ => false,
        }
}

/// The token before a name that starts at token `start`, past the period of an abbreviated
/// title, which may be a token of its own ("Mr. X", "Sen. X").
pub(crate) fn before_name(text: &str, seg: &Segmentation, start: usize) -> Option<usize> {
    let prev = start.checked_sub(1)?;
    Some(if prev > 0 && tok_text(text, seg, prev) == "." {
        prev - 1
    } else {
        prev
    })
}

/// Whether an office or a form of address stands right before the name, outside it: "Vice
/// President Lincoln", "Judge Jackson", "Mr. Lincoln". A description ("writer", "star") is
/// left out, as it heads titles of works and teams as often ("Star Wars").
fn titled(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let Some(prev) = before_name(text, seg, n.toks.start) else {
        return false;
    };
    sentence_of_token(seg, prev) == n.sent
        && matches!(
            lists::title(&tok_text(text, seg, prev).to_lowercase()),
            Some((lists::TitleKind::Office | lists::TitleKind::Honorific, _))
        )
}

/// Whether the name is the subject of a verb of speech right after it ("Okafor said", "Lindqvist
/// asked") or stands after one at the end of its clause ("..., said Okafor.").
fn speaks(text: &str, seg: &Segmentation, n: &Name) -> bool {
    let verb = |w: &str| lists::is_speech_verb(w) || matches!(w, "asked" | "replied" | "answered");
    let prev = n
        .toks
        .start
        .checked_sub(1)
        .filter(|&t| sentence_of_token(seg, t) == n.sent)
        .map(|t| tok_text(text, seg, t));
    // "Police in Tulsa said": the town is where the speakers are.
    if prev.is_some_and(|w| matches!(w, "in" | "at" | "from" | "of" | "near" | "for" | "across")) {
        return false;
    }
    if word_after(text, seg, n, 0).is_some_and(verb) {
        return true;
    }
    let ends = word_after(text, seg, n, 0).is_none_or(|w| matches!(w, "." | "," | "!" | "?"));
    ends && prev.is_some_and(verb)
}

/// The `k`-th token before the name (1 is the one right before), in the name's sentence.
fn word_before<'a>(text: &'a str, seg: &Segmentation, n: &Name, k: usize) -> Option<&'a str> {
    n.toks
        .start
        .checked_sub(k)
        .filter(|&t| sentence_of_token(seg, t) == n.sent)
        .map(|t| tok_text(text, seg, t))
}

/// The `k`-th token after the name, if the sentence goes on that far.
fn word_after<'a>(text: &'a str, seg: &Segmentation, n: &Name, k: usize) -> Option<&'a str> {
    let t = n.toks.end + k;
    (t < seg.tokens.len() && sentence_of_token(seg, t) == n.sent).then(|| tok_text(text, seg, t))
}

/// Whether a period is glued to the name's end ("Fla.", "Ont."): an abbreviation's.
fn glued_period(text: &str, seg: &Segmentation, n: &Name) -> bool {
    seg.tokens
        .get(n.toks.end)
        .is_some_and(|t| t.span.start == n.span.end && t.span.text(text) == ".")
}

/// The name that follows `names[i]` after a comma in the same sentence ("Marion, Ohio").
fn name_after_comma<'n>(
    text: &str,
    seg: &Segmentation,
    names: &'n [Name],
    i: usize,
) -> Option<&'n Name> {
    let n = names.get(i)?;
    (tok_text(text, seg, n.toks.end) == ",")
        .then(|| names.get(i + 1))
        .flatten()
        .filter(|m| m.toks.start == n.toks.end + 1 && m.sent == n.sent)
}

/// Whether `w` is a Mc- or O'- surname ("McNeely", "O'Hara"): the prefix, a capital, then
/// lower case only.
fn is_irish_surname(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mc")
        .or_else(|| w.strip_prefix("O'"))
        .or_else(|| w.strip_prefix("O’"));
    rest.is_some_and(|r| {
        let mut cs = r.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().count() >= 2
            && cs.all(char::is_lowercase)
    })
}

/// Step 3: one type per name across the article, and names found again where the tagger
/// missed them.
fn make_consistent(
    ctx: &mut Ctx<'_>,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
    sports: bool,
) {
    let (text, seg) = (ctx.text, ctx.seg);
    // "Vnukovo airport": a lower-case facility word after a place name that is not a city.
    for n in names.iter_mut() {
        if matches!(n.kind, EntityType::GPE | EntityType::LOC)
            && !lists::is_gpe(n.span.text(text))
            && tok_text(text, seg, n.toks.end) == "airport"
            && sentence_of_token(seg, n.toks.end) == n.sent
        {
            n.toks.end += 1;
            n.span = span_of(seg, &n.toks);
            n.kind = EntityType::FAC;
        }
    }
    // A surname the article gives an honorific ("Mr Sullivan") is a person's wherever it ends
    // a name ("Scott Sullivan" tagged as an organization).
    let honorific_before = |n: &Name| {
        n.toks.start > 0
            && lists::title(&tok_text(text, seg, n.toks.start - 1).to_lowercase())
                .is_some_and(|(k, _)| k == lists::TitleKind::Honorific)
    };
    // "Mr Hague", "Mrs Paris": right after an honorific, a name is a person's whatever
    // place the lists know by it.
    for n in names.iter_mut() {
        // (Capitalized as a title: not the verb of "will miss Wimbledon", nor "DR Congo".)
        let titled = n.toks.start > 0
            && seg
                .tokens
                .get(n.toks.start - 1)
                .is_some_and(|t| t.shape == Shape::Title);
        if n.form == MentionForm::Name
            && n.kind != EntityType::PERSON
            && titled
            && honorific_before(n)
            && n.toks.len() <= 3
        {
            n.kind = EntityType::PERSON;
        }
    }
    // "Vice President Harris ... Kamala Harris" tagged as an organization: a full name whose
    // last word the article gives an office's title alone is that person's too, but only
    // against an organization or other name of capitalized words (a place may end in a
    // surname: "Fort Lee" after "General Lee"). One pass reads both kinds of surname.
    let mut surnames: HashSet<&str> = HashSet::new();
    let mut titled_surnames: HashSet<&str> = HashSet::new();
    for n in names.iter().filter(|n| n.kind == EntityType::PERSON) {
        if honorific_before(n) {
            surnames.insert(tok_text(text, seg, n.toks.end - 1));
        }
        if n.toks.len() == 1 && titled(text, seg, n) {
            titled_surnames.insert(n.span.text(text));
        }
    }
    if !surnames.is_empty() || !titled_surnames.is_empty() {
        let no_institution = |n: &Name| {
            !n.toks
                .clone()
                .any(|t| lists::is_strong_org_word(tok_text(text, seg, t)))
        };
        for n in names.iter_mut() {
            if n.kind == EntityType::PERSON || n.form != MentionForm::Name {
                continue;
            }
            let last = tok_text(text, seg, n.toks.end - 1);
            let honored = surnames.contains(last) && !lists::is_gpe(n.span.text(text));
            let titled = titled_surnames.contains(last)
                && matches!(n.kind, EntityType::ORG | EntityType::MISC)
                && (2..=3).contains(&n.toks.len())
                && n.toks.clone().all(|t| capitalized(seg, t));
            if (honored || titled) && no_institution(n) {
                n.kind = EntityType::PERSON;
            }
        }
    }
    if sports {
        clubs_by_their_players(text, seg, names);
        players_by_their_positions(text, seg, names);
        people_by_their_surnames(text, seg, names);
        line_ups(text, seg, names);
    }
    players_with_their_clubs(text, seg, names);
    organizations_listed_together(text, seg, names);
    universities_by_their_first_words(text, seg, names);
    // Vote: the most frequent type of each name as written. Names in capitals vote apart:
    // in sports results a city in capitals is a dateline, in ordinary case a team.
    // (Spellings that differ only in their apostrophes or hyphens vote together.)
    let mut votes: BTreeMap<Cow<'_, str>, ([u32; 8], usize)> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        let e = votes
            .entry(coref::fold_marks(n.span.text(text)))
            .or_insert(([0; 8], i));
        e.0[n.kind as usize] += 1;
    }
    // A first or last name of a multi-word person is that person's ("Xi" after "Xi Jinping"),
    // unless the word is more often tagged as something else.
    let mut person_parts: HashMap<String, u32> = HashMap::new();
    // The parts of full names that surely are people's: opening with a given name or after
    // a title ("Anna Berg", "President Xi Jinping").
    let mut sure_parts: HashSet<String> = HashSet::new();
    // The surnames after a particle in full names ("Santa Anna" of "Antonio Lopez de Santa
    // Anna", "Beethoven" of "Ludwig van Beethoven"), which the article may use alone.
    let mut particle_surnames: HashSet<String> = HashSet::new();
    for n in names.iter() {
        if n.kind == EntityType::PERSON && n.toks.len() > 2 && n.form == MentionForm::Name {
            let particle = n.toks.clone().rev().find(|&t| {
                let w = tok_text(text, seg, t);
                lists::is_name_particle(w)
            });
            if let Some(p) = particle.filter(|&p| p + 1 < n.toks.end && p > n.toks.start) {
                let rest = span_of(seg, &(p + 1..n.toks.end));
                particle_surnames.insert(rest.text(text).to_lowercase());
            }
        }
    }
    for n in names.iter() {
        if n.kind == EntityType::PERSON && n.toks.len() > 1 {
            let sure = open_lists::is_given_name(tok_text(text, seg, n.toks.start))
                || titled(text, seg, n);
            for t in [n.toks.start, n.toks.end - 1] {
                let w = tok_text(text, seg, t).to_lowercase();
                if sure {
                    sure_parts.insert(w.clone());
                }
                *person_parts.entry(w).or_default() += 1;
            }
        }
    }
    // The names the article puts where a place stands ("in Velkaro") at least once.
    let placed: HashSet<&str> = names
        .iter()
        .filter(|n| n.toks.len() == 1 && place_context(text, seg, n))
        .map(|n| n.span.text(text))
        .collect();
    let first_kind: Vec<EntityType> = names.iter().map(|n| n.kind).collect();
    for n in names.iter_mut() {
        let Some((counts, first)) = votes.get(coref::fold_marks(n.span.text(text)).as_ref()) else {
            continue;
        };
        let own = counts[n.kind as usize];
        let parts = person_parts
            .get(&n.span.text(text).to_lowercase())
            .copied()
            .unwrap_or(0);
        // Against an organization or other name the surname wins outright; against a place
        // only when at least as frequent (a person and a town may share a name). A full name
        // that may be a misread ("Plan to Combat Zentra" in a title-case headline) does not
        // outvote a word the article tags otherwise more than twice as often.
        let place = matches!(n.kind, EntityType::GPE | EntityType::LOC | EntityType::FAC);
        let lower = n.span.text(text).to_lowercase();
        let sure = sure_parts.contains(&lower)
            || parts * 2 >= own
            || counts[EntityType::PERSON as usize] * 2 >= own;
        // A surname that a given name or a title opened ("Rick Velmor", "Senator Velmor")
        // and that the article never puts where a place stands is the person's, however
        // often the tagger took it for a place.
        let unplaced = sure_parts.contains(&lower) && !placed.contains(n.span.text(text));
        // "resides in Austin, Texas": a place before its state or country stays the place,
        // whoever the article names Austin.
        let before_region = place && before_a_region(text, seg, n);
        if n.kind != EntityType::PERSON
            && n.form == MentionForm::Name
            && particle_surnames.contains(&lower)
            && !before_region
            && !lists::is_gpe(n.span.text(text))
        {
            n.kind = EntityType::PERSON;
            continue;
        }
        if n.toks.len() == 1
            && n.kind != EntityType::PERSON
            && parts > 0
            && sure
            && (!place || parts >= own || unplaced)
            && !before_region
            && !lists::is_gpe(n.span.text(text))
            && n.form != MentionForm::Acronym
        {
            n.kind = EntityType::PERSON;
            continue;
        }
        // The article's majority wins only when clearly a majority: a name that is a person
        // in one place and a country in another ("Jordan") may be both.
        // In sports reports organization against place is left to the tagger: a city is a
        // team in one sentence and a place in the next. Elsewhere one name is one thing.
        let best = voted(counts, first_kind[*first]);
        let metonymy = |k: EntityType| {
            matches!(
                k,
                EntityType::ORG | EntityType::GPE | EntityType::LOC | EntityType::FAC
            )
        };
        if best != n.kind
            && counts[best as usize] >= 2 * own
            && !(sports && metonymy(best) && metonymy(n.kind))
        {
            n.kind = best;
            continue;
        }
        // "Borthwick" a place in one sentence and a person in the next, "Energis" a town and
        // a company: a name no list knows as a place, that the article never puts where
        // places stand, takes the person's or organization's type the article gives it at
        // least as often.
        if place && !sports && !before_region && !placed.contains(n.span.text(text)) {
            let s = n.span.text(text);
            let known = open_lists::is_place(s) || lists::is_gpe(s) || lists::is_region(s);
            let (per, org) = (
                counts[EntityType::PERSON as usize],
                counts[EntityType::ORG as usize],
            );
            let other = if per >= org {
                EntityType::PERSON
            } else {
                EntityType::ORG
            };
            if !known && per.max(org) >= own {
                n.kind = other;
                continue;
            }
        }
        // MISC is the tagger's catch-all, so it gives way to any definite type the article
        // gives the same name at least as often ("the West" as a place and as MISC).
        if n.kind == EntityType::MISC {
            let mut definite = *counts;
            definite[EntityType::MISC as usize] = 0;
            let other = voted(&definite, EntityType::MISC);
            if other != EntityType::MISC && definite[other as usize] >= own {
                n.kind = other;
            }
        }
    }
    propagate(ctx, names, keep, &votes, &person_parts);
}

/// Whether a comma and a state or country follow the name in its sentence: "Austin, Texas",
/// "Marion, Ohio", "Velmor, Fla.", "Tarvos, New York".
/// "Harvard University ... researchers at Harvard": the words before "University" or "College"
/// in an organization's name, said alone, name the university, which the tagger, trained on
/// news that says "at" of places, reads as a place. Not where the lists know a place by those
/// words ("Oxford University ... in Oxford"), nor a name the article puts before its region
/// ("Harvard, Illinois"); a person of that name (the founder) stays a person.
fn universities_by_their_first_words(text: &str, seg: &Segmentation, names: &mut [Name]) {
    let stems: HashSet<&str> = names
        .iter()
        .filter(|n| {
            n.kind == EntityType::ORG
                && n.form == MentionForm::Name
                && n.toks.len() >= 2
                && matches!(
                    tok_text(text, seg, n.toks.end - 1),
                    "University" | "College"
                )
        })
        .filter_map(|n| {
            let stem = span_of(seg, &(n.toks.start..n.toks.end - 1));
            text.get(stem.start..stem.end)
        })
        .collect();
    if stems.is_empty() {
        return;
    }
    for n in names.iter_mut() {
        let s = n.span.text(text);
        if n.form == MentionForm::Name
            && matches!(n.kind, EntityType::GPE | EntityType::LOC | EntityType::MISC)
            && stems.contains(s)
            && !lists::is_gpe(s)
            && !lists::is_region(s)
            && !open_lists::is_place(s)
            && !before_a_region(text, seg, n)
        {
            n.kind = EntityType::ORG;
        }
    }
}

fn before_a_region(text: &str, seg: &Segmentation, n: &Name) -> bool {
    if word_after(text, seg, n, 0) != Some(",") {
        return false;
    }
    let Some(one) = word_after(text, seg, n, 1) else {
        return false;
    };
    let period = word_after(text, seg, n, 2) == Some(".");
    lists::is_gpe(one)
        || lists::is_subdivision_abbrev(one, period)
        || word_after(text, seg, n, 2).is_some_and(|two| lists::is_gpe(&format!("{one} {two}")))
}

/// How many different types the votes give a name, the kinds of place (town, region,
/// facility) counting as one: "Fort Velmor" as a town in one sentence and a region in the next is
/// still one place.
fn type_families(counts: &[u32; 8]) -> usize {
    use EntityType::*;
    let place = [GPE, LOC, FAC].iter().any(|&k| counts[k as usize] > 0);
    let others = [PERSON, ORG, NORP, EVENT, MISC]
        .iter()
        .filter(|&&k| counts[k as usize] > 0)
        .count();
    others + usize::from(place)
}

fn voted(counts: &[u32; 8], first: EntityType) -> EntityType {
    use EntityType::*;
    let mut best = first;
    for k in [PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, MISC] {
        if counts[k as usize] > counts[best as usize] {
            best = k;
        }
    }
    best
}

/// Finds known names again in the article's other sentences: exact matches, and in all-caps
/// headlines, case-folded ones.
fn propagate(
    ctx: &mut Ctx<'_>,
    names: &mut Vec<Name>,
    keep: &impl Fn(usize) -> bool,
    votes: &BTreeMap<Cow<'_, str>, ([u32; 8], usize)>,
    person_parts: &HashMap<String, u32>,
) {
    let (text, seg) = (ctx.text, ctx.seg);
    // The dictionary: token texts of each known name, with its type.
    let mut dict: Vec<(Vec<&str>, EntityType)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for n in names.iter() {
        if n.form != MentionForm::Name {
            continue;
        }
        let written = n.span.text(text);
        let key = written.to_lowercase();
        let kind = n.kind;
        // A name the article gives two types is not safe to spread, nor a single word that
        // the article also uses as an ordinary word, nor a month.
        let ambiguous = votes
            .get(coref::fold_marks(written).as_ref())
            .is_some_and(|(c, _)| type_families(c) > 1);
        if ambiguous {
            continue;
        }
        if n.toks.len() == 1
            && (written.chars().count() < 3
                || lists::is_common_word(&key)
                || lists::is_calendar_word(written)
                || ctx.in_lower_vocab(&key))
        {
            continue;
        }
        if seen.insert(key) {
            dict.push((
                n.toks.clone().map(|t| tok_text(text, seg, t)).collect(),
                kind,
            ));
        }
        // A person's surname alone ("Abbas", "ABBAS" in a headline). First names alone are
        // rare in news and too often ordinary words.
        if n.kind == EntityType::PERSON && n.toks.len() > 1 {
            let t = n.toks.end - 1;
            {
                let w = tok_text(text, seg, t);
                let lower = w.to_lowercase();
                if w.chars().count() >= 3
                    && !lists::is_gpe(w)
                    && !lists::is_norp(w)
                    && !lists::is_cue_word(w)
                    && person_parts.contains_key(&lower)
                    && !lists::is_common_word(&lower)
                    && !lists::is_calendar_word(w)
                    && lists::title(&lower).is_none()
                    && !ctx.in_lower_vocab(&lower)
                    && seen.insert(lower)
                {
                    dict.push((vec![w], EntityType::PERSON));
                }
            }
        }
    }
    if dict.is_empty() {
        return;
    }
    // Index by the first word, case-folded; longest names first.
    dict.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (w, _)) in dict.iter().enumerate() {
        index.entry(w[0].to_lowercase()).or_default().push(i);
    }
    let mut covered = vec![false; 0];
    covered.resize(seg.tokens.len(), false);
    for n in names.iter() {
        for t in n.toks.clone() {
            if let Some(c) = covered.get_mut(t) {
                *c = true;
            }
        }
    }
    let mut found = Vec::new();
    let mut buf = String::new();
    let mut t = 0;
    while t < seg.tokens.len() {
        let tok = seg.tokens[t];
        if covered[t] || tok.kind != TokenKind::Word || !tok.is_capitalized() {
            t += 1;
            continue;
        }
        buf.clear();
        buf.extend(tok.span.text(text).chars().flat_map(char::to_lowercase));
        let Some(cands) = index.get(buf.as_str()) else {
            t += 1;
            continue;
        };
        let sent = sentence_of_token(seg, t);
        if !keep(sent) {
            t += 1;
            continue;
        }
        let caps = tok.shape == Shape::Upper && ctx.all_caps(sent);
        let sent_end = seg.sentences.get(sent).map_or(t, |s| s.tokens.end);
        let mut matched = None;
        for &c in cands {
            let (words, kind) = &dict[c];
            let end = t + words.len();
            if end > sent_end || (t..end).any(|i| covered[i]) {
                continue;
            }
            let same = words.iter().enumerate().all(|(k, w)| {
                let s = tok_text(text, seg, t + k);
                s == *w
                    || (caps
                        && s.chars()
                            .flat_map(char::to_lowercase)
                            .eq(w.chars().flat_map(char::to_lowercase)))
            });
            if !same {
                continue;
            }
            // Not part of a longer run of capitalized words the tagger left alone ("Jordan
            // Valley Bank"), except in a headline, where every word is capitalized.
            let embedded = !caps
                && (seg
                    .tokens
                    .get(end)
                    .is_some_and(|k| k.is_capitalized() && end < sent_end)
                    || (t > 0
                        && !sentence_initial(text, seg, t)
                        && seg.tokens.get(t - 1).is_some_and(|k| {
                            k.is_capitalized() && !is_title_like(text, k.span.text(text))
                        })));
            if !embedded {
                matched = Some((end, *kind));
                break;
            }
        }
        match matched {
            Some((end, kind)) => {
                found.push(Name {
                    toks: t..end,
                    span: span_of(seg, &(t..end)),
                    sent,
                    kind,
                    form: MentionForm::Name,
                });
                t = end;
            }
            None => t += 1,
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.toks.start);
    }
}

/// A capitalized word that may stand before a name without being part of it: a title, a
/// demonym or a country ("President", "Chinese", "US").
fn is_title_like(_text: &str, w: &str) -> bool {
    let lower = w.to_lowercase();
    lists::title(&lower).is_some()
        || lists::is_title_modifier(&lower)
        || lists::demonym_country(w).is_some()
        || lists::country(w).is_some()
}

#[cfg(test)]
mod tests;
