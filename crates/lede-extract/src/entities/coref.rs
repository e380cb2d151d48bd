//! In-document coreference: which mentions refer to the same entity.
//!
//! The resolver is a fixed sequence of simple rules, each of which can be explained from the
//! text alone:
//!
//! 1. the same name is the same entity; a person's first or last name alone ("Xi") is the
//!    person whose full name contains it, the most recently mentioned if several do; a
//!    country's other names ("US", "the United States") are one entity; an acronym is the name
//!    whose initials it spells ("ICC");
//! 2. a title before a name ("President Xi") is a mention of that person and gives them roles,
//!    a nationality and title words ([`super::roles`]);
//! 3. "the Russian president", "the Chinese leader" is the person already mentioned whose
//!    nationality matches (or, when the article gives nobody that nationality, the one person
//!    of unknown nationality named in the last few sentences); "the president" without a
//!    nationality is the person most recently called president;
//! 4. a subject pronoun ("he", "she") outside quotation marks is the first person named in its
//!    sentence before it, or else in one of the two sentences before, if the gender agrees;
//! 5. after the quote stage, [`add_other_pronouns`] adds "him", "his", "her", "herself" the
//!    same way (they are no antecedents, and speakers never resolve through them).
//!
//! It does not resolve "it", "they", or pronouns inside quotes, whose referents are too often
//! outside the text.

use super::lists::{self, Gender, TitleKind};
use super::open_lists;
use super::{Name, is_acronym_shape, roles, sentence_of_token, tok_text};
use crate::document::{Entity, EntityType, Mention, MentionForm, Quote, QuoteKind};
use lede_text::{Segmentation, Shape, TokenKind};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// One entity while it is being built.
#[derive(Clone, Debug, Default)]
pub struct Cluster {
    pub kind: Option<EntityType>,
    pub mentions: Vec<Name>,
    pub roles: Vec<String>,
    pub nationality: Option<&'static str>,
    pub heads: Vec<String>,
    pub gender: Option<Gender>,
}

/// The key that makes two names the same name: a country's canonical name, else the name
/// folded (see [`fold_name`]).
fn key_of(s: &str) -> String {
    match lists::country(s) {
        Some(c) => c.to_lowercase(),
        None => fold_name(s),
    }
}

/// A name as written, case-folded and with its marks folded (see [`fold_marks`]).
fn fold_name(s: &str) -> String {
    // Any case of the article: "THE ONION" too.
    let s = match s.get(..4) {
        Some(a) if a.eq_ignore_ascii_case("the ") => &s[4..],
        _ => s,
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(fold_mark(c.to_ascii_lowercase()));
        } else {
            out.extend(c.to_lowercase().map(fold_mark));
        }
    }
    out
}

/// A name with the marks that pages write in two ways made one, and without a leading
/// article: a typographic apostrophe is a straight one ("O’Brien", "O'Brien"), and a hyphen
/// or dash a space ("Basse-Terre", "Basse Terre"), as one article may spell a name both ways
/// (a page's text and its pasted quotes, a place and the town named for it). "The Onion" and
/// "Onion" are one name too: the article's own capital on "The" is kept by some mentions and
/// not others. Borrowed when there is nothing to fold, as for most names.
pub(crate) fn fold_marks(s: &str) -> Cow<'_, str> {
    let s = strip_article(s);
    if s.chars().all(|c| fold_mark(c) == c) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().map(fold_mark).collect())
    }
}

fn strip_article(s: &str) -> &str {
    s.strip_prefix("The ")
        .or_else(|| s.strip_prefix("the "))
        .unwrap_or(s)
}

fn fold_mark(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '-' | '‐' | '‑' | '–' => ' ',
        c => c,
    }
}

/// Clusters the article's names into entities and adds title, nominal and pronoun mentions.
pub fn cluster(
    text: &str,
    seg: &Segmentation,
    names: Vec<Name>,
    keep: &impl Fn(usize) -> bool,
) -> Vec<Entity> {
    let mut clusters = cluster_names(text, seg, &names);
    add_roles(text, seg, &names, &mut clusters);
    add_descriptions(text, seg, &names, &mut clusters, keep);
    add_institution_heads(text, seg, &mut clusters, keep);
    add_pronouns(text, seg, &mut clusters, keep);
    drop_sub_roles(&mut clusters);
    to_entities(text, clusters)
}

/// Step 1: names, aliases and acronyms.
fn cluster_names(text: &str, seg: &Segmentation, names: &[Name]) -> Vec<Cluster> {
    let words = |n: &Name| -> Vec<String> {
        n.toks
            .clone()
            .map(|t| fold_name(tok_text(text, seg, t)))
            .collect()
    };
    // Distinct person names, and which of them are parts of longer ones.
    let mut person_keys: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    for (i, n) in names.iter().enumerate() {
        if n.kind == EntityType::PERSON {
            person_keys.entry(words(n)).or_insert(i);
        }
    }
    let keys: Vec<(&Vec<String>, usize)> = person_keys.iter().map(|(k, &v)| (k, v)).collect();
    // A name is part of a longer one that starts or ends with it ("Xi" of "Xi Jinping"), and
    // a given name and surname are part of the full name that puts middle names between
    // them ("Antonin Dvorak" of "Antonin Leopold Dvorak", "Eugene Nida" of "Eugene A.
    // Nida"; words, not a stray bracket the tagger took in). A short name of three words is
    // left to its own ("George W. Bush" is not "George H. W. Bush").
    let contains = |long: &[String], short: &[String]| {
        short.len() < long.len()
            && (long.starts_with(short)
                || long.ends_with(short)
                || short.len() == 2
                    && long.len() <= 6
                    && long.first() == short.first()
                    && long.last() == short.last()
                    && middle_names(&long[1..long.len() - 1]))
    };
    // Containment is quadratic in distinct person names; articles have few, and a pathological
    // input with hundreds only loses aliasing.
    let mut longer: HashMap<&Vec<String>, Vec<usize>> = HashMap::new();
    if keys.len() <= 300 {
        for (short, _) in &keys {
            let mut by: Vec<usize> = keys
                .iter()
                .filter(|(long, _)| contains(long, short))
                .map(|(_, first)| *first)
                .collect();
            // Only the longest containing names are candidates ("Xi" -> "Xi Jinping", not an
            // intermediate form).
            by.retain(|&a| {
                !keys
                    .iter()
                    .any(|(long, _)| contains(long, &words(&names[a])))
            });
            if !by.is_empty() {
                longer.insert(short, by);
            }
        }
    }

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut of_name: Vec<usize> = vec![usize::MAX; names.len()];
    let mut last_seen: HashMap<usize, usize> = HashMap::new();
    fn get(
        clusters: &mut Vec<Cluster>,
        by_key: &mut HashMap<String, usize>,
        key: String,
        kind: EntityType,
    ) -> usize {
        *by_key.entry(key).or_insert_with(|| {
            clusters.push(Cluster {
                kind: Some(kind),
                ..Cluster::default()
            });
            clusters.len() - 1
        })
    }
    for (i, n) in names.iter().enumerate() {
        let s = n.span.text(text);
        let c = if n.kind == EntityType::PERSON {
            let w = words(n);
            // After "Mr" or "Dr" a name is a surname: "Mr Howard" is Michael Howard, not Howard
            // Flight, when the article names both. (When only a name that starts with it is
            // there, it stays a candidate: "Mr Wang" is Wang Yan.)
            let before = super::before_name(text, seg, n.toks.start);
            let after_honorific =
                before.is_some_and(|p| super::tagger::is_surname_honorific(tok_text(text, seg, p)));
            // "Mrs Velmor" is not Joe Velmor: an honorific's sex rules out the longer names
            // whose given name is of the other; with none left the name stands alone. Only
            // the hand-kept list of given names is sure enough to part two mentions.
            let honorific_gender = before
                .and_then(|p| lists::title(&tok_text(text, seg, p).to_lowercase()))
                .filter(|(k, _)| *k == lists::TitleKind::Honorific)
                .and_then(|(_, g)| g);
            let cands = longer
                .get(&w)
                .map(|cands| {
                    let surnames: Vec<usize> = cands
                        .iter()
                        .copied()
                        .filter(|&c| words(&names[c]).ends_with(&w))
                        .collect();
                    if after_honorific && !surnames.is_empty() {
                        surnames
                    } else {
                        cands.clone()
                    }
                })
                .map(|mut cands| {
                    if let Some(g) = honorific_gender {
                        cands.retain(|&c| {
                            lists::listed_first_name_gender(tok_text(
                                text,
                                seg,
                                names[c].toks.start,
                            ))
                            .is_none_or(|x| x == g)
                        });
                    }
                    cands
                })
                .map(|cands| {
                    // "Dr Velmor" is Dr Anna Velmor rather than Joe Velmor: where some of the
                    // longer names were written after the same title or honorific, those are
                    // the candidates.
                    let Some(title) = before
                        .map(|p| tok_text(text, seg, p))
                        .filter(|w| lists::title(&w.to_lowercase()).is_some())
                    else {
                        return cands;
                    };
                    let same: Vec<usize> = cands
                        .iter()
                        .copied()
                        .filter(|&c| {
                            super::before_name(text, seg, names[c].toks.start)
                                .is_some_and(|p| tok_text(text, seg, p) == title)
                        })
                        .collect();
                    if same.is_empty() { cands } else { same }
                })
                .filter(|cands| !cands.is_empty());
            match cands {
                Some(cands) => {
                    // The candidate person mentioned most often so far (the article's subject
                    // rather than a relative named once: "Jeanne Moreau ... her father
                    // Anatole Moreau ... Moreau"), then the most recently mentioned, else the
                    // first named.
                    let pick = cands
                        .iter()
                        .copied()
                        .map(|first| {
                            let c = person_key(text, seg, &names[first]);
                            let ci = by_key.get(&c).copied();
                            let count = ci.map_or(0, |ci| clusters[ci].mentions.len());
                            (count, ci.and_then(|ci| last_seen.get(&ci).copied()), first)
                        })
                        .max_by_key(|(count, seen, first)| {
                            (*count, *seen, std::cmp::Reverse(*first))
                        })
                        .map(|(_, _, first)| first)
                        .unwrap_or(i);
                    get(
                        &mut clusters,
                        &mut by_key,
                        person_key(text, seg, &names[pick]),
                        EntityType::PERSON,
                    )
                }
                None => get(
                    &mut clusters,
                    &mut by_key,
                    person_key(text, seg, n),
                    EntityType::PERSON,
                ),
            }
        } else {
            // The type is part of the key: a city and the team named for it are two entities.
            let key = format!("{:?}:{}", n.kind, key_of(s));
            get(&mut clusters, &mut by_key, key, n.kind)
        };
        of_name[i] = c;
        last_seen.insert(c, n.span.start);
        clusters[c].mentions.push(n.clone());
    }
    merge_acronyms(text, seg, &mut clusters);
    merge_short_forms(text, seg, &mut clusters);
    merge_nicknames(text, seg, &mut clusters);
    merge_institution_names(text, seg, &mut clusters);
    merge_known_aliases(text, &mut clusters);
    clusters.retain(|c| !c.mentions.is_empty());
    clusters
}

/// The words of an organization's cluster whose every mention has the same words, as
/// `words` reads them: the short forms that the merge steps below look for in longer names.
fn same_words_org<W: PartialEq>(c: &Cluster, words: impl Fn(&Name) -> W) -> Option<W> {
    if c.kind != Some(EntityType::ORG) {
        return None;
    }
    let first = words(c.mentions.first()?);
    c.mentions
        .iter()
        .skip(1)
        .all(|m| words(m) == first)
        .then_some(first)
}

/// Moves the mentions of cluster `from` into cluster `into`, as mentions of form `form` and of
/// `into`'s type.
fn join(clusters: &mut [Cluster], from: usize, into: usize, form: MentionForm) {
    let moved = std::mem::take(&mut clusters[from].mentions);
    let kind = clusters[into].kind;
    for mut m in moved {
        m.form = form;
        m.kind = kind.unwrap_or(m.kind);
        clusters[into].mentions.push(m);
    }
    clusters[into].mentions.sort_by_key(|m| m.span.start);
}

/// Joins an organization named by its name's first words ("Labour", "Zentra") to the one whose
/// full name adds a droppable head ("Labour Party", "Zentra Bank") or is a listed company's,
/// as an alias. Two full names with the same first words ("Zentra Bank", "Zentra Group")
/// leave the short one alone.
fn merge_short_forms(text: &str, seg: &Segmentation, clusters: &mut [Cluster]) {
    // Words without the stops of abbreviations ("Inc.").
    let words = |m: &Name| -> Vec<String> {
        m.toks
            .clone()
            .map(|t| tok_text(text, seg, t))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .collect()
    };
    // The short form of every organization's full name, with the cluster; `None` where two
    // clusters share one.
    let mut by_core: HashMap<Vec<String>, Option<usize>> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind != Some(EntityType::ORG) {
            continue;
        }
        for m in &c.mentions {
            let w = words(m);
            let Some((last, core)) = w.split_last() else {
                continue;
            };
            // A listed company goes by its first words ("Lockheed" for "Lockheed Martin",
            // "Delta" for "Delta Air Lines"), whatever its last word.
            let cores = if core.is_empty() {
                0..0
            } else if super::listed_company(text, m) {
                1..w.len()
            } else if lists::is_droppable_head(last) {
                core.len()..w.len()
            } else {
                0..0
            };
            for k in cores {
                claim(&mut by_core, w[..k].to_vec(), ci);
            }
        }
    }
    if by_core.is_empty() {
        return;
    }
    for a in 0..clusters.len() {
        // Another type is another entity: "Velmor" the city, "Libertarian" the adjective.
        let Some(first) = same_words_org(&clusters[a], words) else {
            continue;
        };
        let Some(&Some(b)) = by_core.get(&first) else {
            continue;
        };
        if b == a {
            continue;
        }
        // A trade word dropped ("Forrester" for "Forrester Research") shortens the name,
        // unless other organizations of the article start with the same words ("BBC
        // Research", "BBC Sport", "BBC Broadcast"): then the short form is their parent.
        let trade = clusters[b]
            .mentions
            .iter()
            .all(|m| words(m).last().is_some_and(|w| lists::is_trade_head(w)));
        let siblings = trade
            && clusters.iter().enumerate().any(|(ci, c)| {
                ci != a
                    && ci != b
                    && c.kind == Some(EntityType::ORG)
                    && c.mentions.iter().any(|m| {
                        let w = words(m);
                        w.len() > first.len() && w.starts_with(&first)
                    })
            });
        if siblings {
            continue;
        }
        join(clusters, a, b, MentionForm::Alias);
    }
}

/// Joins an organization called by the words after its town ("the Pirates", "the Red Sox",
/// "the Times") to the one whose full name puts a place the lists know before them
/// ("Pittsburgh Pirates", "Boston Red Sox", "New York Times"), as an alias: teams and papers
/// go by their nicknames once named in full. Two full names with the same nickname leave it
/// alone, and so does a nickname the article gives a type other than an organization's.
fn merge_nicknames(text: &str, seg: &Segmentation, clusters: &mut [Cluster]) {
    let words =
        |m: &Name| -> Vec<&str> { m.toks.clone().map(|t| tok_text(text, seg, t)).collect() };
    let is_place = |w: &[&str]| {
        let s = w.join(" ");
        open_lists::is_place(&s) || lists::is_gpe(&s)
    };
    let mut by_nick: HashMap<Vec<String>, Option<usize>> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind != Some(EntityType::ORG) {
            continue;
        }
        for m in &c.mentions {
            // A town and a nickname are a few words; a longer run is no such name (and
            // trying each of its prefixes would take time by the square of its length).
            if m.toks.len() > 8 {
                continue;
            }
            let w = words(m);
            // The longest place that opens the name, and a capitalized rest.
            let Some(k) = (1..w.len()).rev().find(|&k| is_place(&w[..k])) else {
                continue;
            };
            let nick = &w[k..];
            // A nickname is a word or two of title case: not an acronym ("London UKIP"),
            // a party or an institution's word, nor a country's branch ("US Ahold").
            let title_case = |x: &&str| {
                let mut cs = x.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && x.chars().count() >= 3
                    && cs.any(char::is_lowercase)
            };
            if !nick.iter().all(title_case)
                || nick
                    .iter()
                    .any(|x| lists::is_org_word(x) || lists::is_party_word(x))
                || lists::is_gpe(&w[..k].join(" "))
            {
                continue;
            }
            claim(
                &mut by_nick,
                nick.iter().map(|x| fold_name(x)).collect(),
                ci,
            );
        }
    }
    if by_nick.is_empty() {
        return;
    }
    let folded = |m: &Name| -> Vec<String> { words(m).iter().map(|x| fold_name(x)).collect() };
    for a in 0..clusters.len() {
        let Some(key) = same_words_org(&clusters[a], folded) else {
            continue;
        };
        if let Some(&Some(b)) = by_nick.get(&key)
            && b != a
        {
            join(clusters, a, b, MentionForm::Alias);
        }
    }
}

/// Whether the words between a given name and a surname are one or two middle names or
/// initials ("Leopold", "A.", "H. W."), as [`cluster_names`] folds them.
fn middle_names(words: &[String]) -> bool {
    let names = words.iter().filter(|w| w.as_str() != ".").count();
    (1..=2).contains(&names)
        && words
            .iter()
            .all(|w| w == "." || w.starts_with(char::is_alphabetic))
}

/// Records that cluster `ci` goes by `key`, or that no one cluster does when another
/// already claimed it.
fn claim<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Option<usize>>, key: K, ci: usize) {
    let slot = map.entry(key).or_insert(Some(ci));
    if *slot != Some(ci) {
        *slot = None;
    }
}

fn person_key(text: &str, seg: &Segmentation, n: &Name) -> String {
    let mut k = String::from("person:");
    for t in n.toks.clone() {
        for w in fold_name(tok_text(text, seg, t)).split(' ') {
            if !w.is_empty() {
                k.push(' ');
                k.push_str(w);
            }
        }
    }
    k
}

/// Joins a cluster whose name is an acronym to the cluster whose name it abbreviates.
fn merge_acronyms(text: &str, seg: &Segmentation, clusters: &mut [Cluster]) {
    // The initials of every multi-word name, first cluster wins.
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind == Some(EntityType::PERSON) {
            continue;
        }
        for m in c.mentions.iter().filter(|m| m.toks.len() >= 2) {
            if let Some(i) = super::initials(text, seg, &m.toks) {
                by_initials.entry(i).or_insert(ci);
            }
        }
    }
    for a in 0..clusters.len() {
        let c = &clusters[a];
        let is_acronym = c.kind != Some(EntityType::PERSON)
            && c.mentions
                .iter()
                .all(|m| m.toks.len() == 1 && is_acronym_shape(m.span.text(text)))
            && c.mentions
                .first()
                .is_some_and(|m| lists::country(m.span.text(text)).is_none());
        if !is_acronym {
            continue;
        }
        let Some(acr) = c.mentions.first().map(|m| m.span.text(text)) else {
            continue;
        };
        let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
        // An acronym of another type is another entity (or a wrong guess of one type).
        let Some(&b) = by_initials
            .get(&letters)
            .filter(|&&b| b != a && clusters[b].kind == clusters[a].kind)
        else {
            continue;
        };
        join(clusters, a, b, MentionForm::Acronym);
    }
}

/// "The Bank of England ... The Bank said": the tagger names an institution by the head word
/// of its name too. An organization whose every mention is such a word after "the" joins, as
/// an alias, the organization named before its first mention with a longer name headed by that
/// word, the latest one; [`add_institution_heads`] does the same for the head words the
/// tagger left untagged.
fn merge_institution_names(text: &str, seg: &Segmentation, clusters: &mut [Cluster]) {
    for a in 0..clusters.len() {
        let c = &clusters[a];
        if c.kind != Some(EntityType::ORG) {
            continue;
        }
        let Some(first) = c.mentions.first() else {
            continue;
        };
        let head = tok_text(text, seg, first.toks.start);
        let after_the = |m: &Name| {
            m.toks.len() == 1
                && tok_text(text, seg, m.toks.start) == head
                && m.toks.start.checked_sub(1).is_some_and(|p| {
                    // "this Court", as a court's rulings call it.
                    matches!(tok_text(text, seg, p), "the" | "The" | "this" | "This")
                })
        };
        if !lists::is_institution_word(head) || !c.mentions.iter().all(after_the) {
            continue;
        }
        // The word heads the longer name: it ends it ("European Commission") or comes before
        // its "of" ("Bank of England"); "Academy Awards" are not the Academy.
        let headed_by = |m: &Name| {
            m.toks.clone().any(|u| {
                tok_text(text, seg, u) == head
                    && (u + 1 == m.toks.end || tok_text(text, seg, u + 1) == "of")
            })
        };
        let start = first.span.start;
        let Some(b) = latest_org_before(clusters, Some(a), start, headed_by) else {
            continue;
        };
        join(clusters, a, b, MentionForm::Alias);
    }
    merge_institutions_without_place(text, seg, clusters);
}

/// "Santa Barbara County Superior Court ... the Superior Court", "Leeds City Council ... City
/// Council": an organization whose every mention is the same two or more words ending in an
/// institution's word joins, as an alias, the one organization whose longer name ends in
/// those words after capitalized ones (a place's name). Where two do ("the Texas Supreme
/// Court", "the US Supreme Court"), the short name stays apart.
fn merge_institutions_without_place(text: &str, seg: &Segmentation, clusters: &mut [Cluster]) {
    let words =
        |m: &Name| -> Vec<&str> { m.toks.clone().map(|t| tok_text(text, seg, t)).collect() };
    // Every ending of two or more words of a longer name after capitalized words, with its
    // cluster (`None` where two clusters share one), built once so that the time stays
    // linear in the names.
    let is_institution = |w: &str| lists::is_institution_word(w) || lists::is_org_word(w);
    let mut endings: HashMap<Vec<&str>, Option<usize>> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind != Some(EntityType::ORG) {
            continue;
        }
        for m in c.mentions.iter().filter(|m| m.toks.len() <= 8) {
            let w = words(m);
            for k in 1..w.len().saturating_sub(1) {
                if !w[..k].iter().all(|x| x.starts_with(char::is_uppercase)) {
                    break;
                }
                claim(&mut endings, w[k..].to_vec(), ci);
            }
            // "the Senate of the United States", "the Parliament of Canada": the words
            // before "of" and a place name the institution too.
            if let Some(k) = w.iter().position(|x| *x == "of")
                && k > 0
                && w[..k].iter().all(|x| x.starts_with(char::is_uppercase))
                && is_institution(w[k - 1])
            {
                let place = w[k + 1..]
                    .strip_prefix(&["the"])
                    .unwrap_or(&w[k + 1..])
                    .join(" ");
                if lists::is_gpe(&place) || open_lists::is_place(&place) {
                    claim(&mut endings, w[..k].to_vec(), ci);
                }
            }
        }
    }
    if endings.is_empty() {
        return;
    }
    for a in 0..clusters.len() {
        let Some(first) = same_words_org(&clusters[a], words) else {
            continue;
        };
        // (One word only from "X of PLACE": every other key has two words or more.)
        if !first.last().is_some_and(|w| is_institution(w)) {
            continue;
        }
        if let Some(&Some(b)) = endings.get(&first)
            && b != a
        {
            join(clusters, a, b, MentionForm::Alias);
        }
    }
}

/// The organization, other than cluster `except`, with the latest mention ending before byte
/// `start` that is longer than a word and that `has` accepts: the owner of an institution's
/// head word said alone.
fn latest_org_before(
    clusters: &[Cluster],
    except: Option<usize>,
    start: usize,
    has: impl Fn(&Name) -> bool,
) -> Option<usize> {
    clusters
        .iter()
        .enumerate()
        .filter(|&(b, c)| Some(b) != except && c.kind == Some(EntityType::ORG))
        .filter_map(|(b, c)| {
            c.mentions
                .iter()
                .filter(|m| m.span.end <= start && m.toks.len() > 1 && has(m))
                .map(|m| m.span.start)
                .max()
                .map(|at| (at, b))
        })
        .max()
        .map(|(_, b)| b)
}

/// "The Federal Reserve ... the Fed", "the Conservative Party ... the Tories": an institution
/// called by a short name that is not made of its name's words ([`lists::institution_of_alias`])
/// joins the organization of that full name, when the article names it; alone, the short name
/// stays as it is.
fn merge_known_aliases(text: &str, clusters: &mut [Cluster]) {
    for a in 0..clusters.len() {
        let Some(first) = clusters[a].mentions.first() else {
            continue;
        };
        let alias = first.span.text(text);
        let Some(full) = lists::institution_of_alias(alias) else {
            continue;
        };
        if !clusters[a]
            .mentions
            .iter()
            .all(|m| m.span.text(text) == alias)
        {
            continue;
        }
        let Some(b) = clusters.iter().position(|c| {
            c.kind == Some(EntityType::ORG)
                && c.mentions
                    .iter()
                    .any(|m| m.span.text(text).eq_ignore_ascii_case(full))
        }) else {
            continue;
        };
        if b == a {
            continue;
        }
        join(clusters, a, b, MentionForm::Alias);
    }
    // "Tulsa, Okla." and "Oklahoma": a state's abbreviation that the article uses as a place
    // is the state it names there.
    let bare = |m: &Name| {
        let s = m.span.text(text);
        s.strip_suffix('.').unwrap_or(s)
    };
    for a in 0..clusters.len() {
        if clusters[a].kind != Some(EntityType::GPE) {
            continue;
        }
        let Some(abbrev) = clusters[a].mentions.first().map(bare) else {
            continue;
        };
        let Some(full) = lists::subdivision_of_abbrev(abbrev) else {
            continue;
        };
        if !clusters[a].mentions.iter().all(|m| bare(m) == abbrev) {
            continue;
        }
        let Some(b) = clusters.iter().position(|c| {
            c.kind == Some(EntityType::GPE) && c.mentions.iter().any(|m| m.span.text(text) == full)
        }) else {
            continue;
        };
        if b != a {
            join(clusters, a, b, MentionForm::Alias);
        }
    }
}

/// Step 2: titles before names and appositions after them.
fn add_roles(text: &str, seg: &Segmentation, names: &[Name], clusters: &mut [Cluster]) {
    // Which cluster each name went to, by its first token.
    let mut at: HashMap<usize, usize> = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        for m in &c.mentions {
            at.insert(m.toks.start, ci);
        }
    }
    for (i, n) in names.iter().enumerate() {
        if n.kind != EntityType::PERSON {
            continue;
        }
        let Some(&ci) = at.get(&n.toks.start) else {
            continue;
        };
        if n.toks.len() >= 2 && clusters[ci].gender.is_none() {
            clusters[ci].gender = lists::first_name_gender(tok_text(text, seg, n.toks.start));
        }
        // Roles in text order: the title before the name, then the apposition after it.
        let mut found = Vec::new();
        if let Some(r) = roles::before(text, seg, names, i) {
            if !r.toks.is_empty() {
                let toks = r.toks.start..n.toks.end;
                clusters[ci].mentions.push(Name {
                    span: super::span_of(seg, &toks),
                    toks,
                    sent: n.sent,
                    kind: EntityType::PERSON,
                    form: MentionForm::Title,
                });
            }
            found.push(r);
        }
        found.extend(roles::after(text, seg, names, i));
        let c = &mut clusters[ci];
        for r in found {
            c.nationality = c.nationality.or(r.nationality);
            c.gender = c.gender.or(r.gender);
            for h in r.heads {
                if !c.heads.contains(&h) {
                    c.heads.push(h);
                }
            }
            if let Some(t) = r.text {
                if !c.roles.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
                    c.roles.push(t);
                }
            }
        }
    }
}

/// Drops a role that is part of a longer one, which says it ("President", "President of
/// China").
fn drop_sub_roles(clusters: &mut [Cluster]) {
    for c in clusters.iter_mut() {
        let all = c.roles.clone();
        c.roles.retain(|r| {
            !all.iter().any(|o| {
                o.len() > r.len() && o.to_lowercase().split(' ').any(|w| w == r.to_lowercase())
            })
        });
    }
}

/// Step 3: "the Russian president", "the Chinese leader", "the president of France".
fn add_descriptions(
    text: &str,
    seg: &Segmentation,
    names: &[Name],
    clusters: &mut [Cluster],
    keep: &impl Fn(usize) -> bool,
) {
    let persons: Vec<usize> = (0..clusters.len())
        .filter(|&c| clusters[c].kind == Some(EntityType::PERSON))
        .collect();
    // Hundreds of people in one text is not an article; descriptions are left alone there so
    // that the search below stays linear.
    if persons.is_empty() || persons.len() > 200 {
        return;
    }
    // Where each cluster was mentioned before: its names in text order, and the last
    // description resolved to it (descriptions come in text order).
    let mut seen: Vec<Vec<(usize, usize)>> = clusters
        .iter()
        .map(|c| {
            let mut v: Vec<(usize, usize)> =
                c.mentions.iter().map(|m| (m.span.start, m.sent)).collect();
            v.sort_unstable();
            v
        })
        .collect();
    let n_tok = seg.tokens.len();
    for t in 0..n_tok {
        let w = tok_text(text, seg, t);
        if !matches!(w, "the" | "The") {
            continue;
        }
        let sent = sentence_of_token(seg, t);
        if !keep(sent) {
            continue;
        }
        let sent_end = seg.sentences.get(sent).map_or(t, |s| s.tokens.end);
        // [the] [nationality | modifiers | organization]* head
        let mut nationality = None;
        let mut u = t + 1;
        let mut head = None;
        while u < sent_end && u - t <= 5 {
            if let Some(m) = roles::name_at(names, u) {
                if m.kind == EntityType::PERSON {
                    break;
                }
                nationality = nationality
                    .or(lists::country(m.span.text(text)))
                    .or(lists::demonym_country(m.span.text(text)));
                u = m.toks.end;
                continue;
            }
            let word = tok_text(text, seg, u);
            let l = word.to_lowercase();
            if let Some((kind, gender)) = lists::title(&l) {
                if kind == TitleKind::Honorific {
                    break;
                }
                // "general secretary": a title word before another one modifies it. A word that
                // is also a modifier ("the justice system", "the general public") is a head only
                // at the end of its phrase ("the chief said").
                let next_tok = seg.tokens.get(u + 1);
                let next = tok_text(text, seg, u + 1).to_lowercase();
                if lists::title(&next).is_some() && u + 1 < sent_end {
                    u += 1;
                    continue;
                }
                let phrase_end = next_tok.is_none_or(|k| k.kind != TokenKind::Word)
                    || u + 1 >= sent_end
                    || lists::is_report_verb(&next);
                if lists::is_title_modifier(&l) && !phrase_end {
                    break;
                }
                head = Some((u, l, kind, gender));
                break;
            }
            if lists::is_title_modifier(&l) || lists::demonym_country(word).is_some() {
                nationality = nationality.or(lists::demonym_country(word));
                u += 1;
                continue;
            }
            break;
        }
        let Some((h, head_word, kind, gender)) = head else {
            continue;
        };
        // "the prime minister" is only someone called prime minister.
        let head_match = roles::compound_head(text, seg, h, &head_word);
        // Followed by a name, it is the title of that name, handled with the name.
        if seg.tokens.get(h + 1).is_some_and(|k| k.is_capitalized()) && h + 1 < sent_end {
            continue;
        }
        let mut end = h + 1;
        // "the president of France"
        if tok_text(text, seg, h + 1) == "of" {
            if let Some(m) = roles::name_at(names, h + 2).filter(|m| m.toks.start == h + 2) {
                if let Some(c) = lists::country(m.span.text(text)) {
                    nationality = nationality.or(Some(c));
                    end = m.toks.end;
                }
            }
        }
        let toks = t..end;
        let span = super::span_of(seg, &toks);
        let Some(ci) = pick_person(
            clusters,
            &seen,
            &persons,
            nationality,
            &head_match,
            span.start,
            sent,
        ) else {
            continue;
        };
        if let Some(v) = seen.get_mut(ci) {
            let i = v.partition_point(|&(s, _)| s < span.start);
            // Inserting near the end of a mostly-later list is cheap in practice; the list is
            // one person's mentions.
            v.insert(i, (span.start, sent));
        }
        let c = &mut clusters[ci];
        c.nationality = c.nationality.or(nationality);
        c.gender = c.gender.or(gender);
        // "the Russian president" says what the person is: "President of Russia".
        // Unless a role already says it ("German chancellor").
        if let (TitleKind::Office, Some(country)) = (kind, nationality) {
            let demonym = lists::demonym_of(country).unwrap_or(country);
            let said = c.roles.iter().any(|r| {
                let r = r.to_lowercase();
                r.contains(&head_word)
                    && (r.contains(&demonym.to_lowercase()) || r.contains(&country.to_lowercase()))
            });
            if !said {
                let head: Vec<String> = head_match
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    })
                    .collect();
                let head = head.join(" ");
                c.roles
                    .push(format!("{head} of {}", lists::country_in_text(country)));
            }
        }
        for h in [head_match, head_word] {
            if !c.heads.contains(&h) {
                c.heads.push(h);
            }
        }
        c.mentions.push(Name {
            toks,
            span,
            sent,
            kind: EntityType::PERSON,
            form: if kind == TitleKind::Office {
                MentionForm::Title
            } else {
                MentionForm::Nominal
            },
        });
    }
}

/// "The Court", "the University": an institution named by the capitalized head of its name
/// alone, after the name itself ("the Supreme Court ... the Court ruled"). The mention goes to
/// the latest organization before it whose name has that word, as an alias of it; without
/// one, the word is left alone (it may be any court).
fn add_institution_heads(
    text: &str,
    seg: &Segmentation,
    clusters: &mut [Cluster],
    keep: &impl Fn(usize) -> bool,
) {
    if !clusters.iter().any(|c| c.kind == Some(EntityType::ORG)) {
        return;
    }
    let mut found: Vec<(usize, Name)> = Vec::new();
    for (sent, s) in seg.sentences.iter().enumerate() {
        if !keep(sent) {
            continue;
        }
        let sent_end = s.tokens.end;
        for t in s.tokens.clone() {
            let h = t + 1;
            // The head is capitalized: tested first, as it fails for most words.
            if h >= sent_end
                || seg.tokens.get(h).is_none_or(|k| k.shape != Shape::Title)
                || !matches!(tok_text(text, seg, t), "the" | "The")
            {
                continue;
            }
            if let Some(m) = institution_head(text, seg, clusters, sent, h) {
                found.push(m);
            }
        }
    }
    for (ci, m) in found {
        if let Some(c) = clusters.get_mut(ci) {
            c.mentions.push(m);
            c.mentions.sort_by_key(|m| m.span.start);
        }
    }
}

/// The alias mention of the head word at token `h` of sentence `sent` (after "the"), and the
/// cluster it goes to (see [`add_institution_heads`]).
fn institution_head(
    text: &str,
    seg: &Segmentation,
    clusters: &[Cluster],
    sent: usize,
    h: usize,
) -> Option<(usize, Name)> {
    let sent_end = seg.sentences.get(sent).map_or(h, |s| s.tokens.end);
    let head = tok_text(text, seg, h);
    // Not a word of a name already found.
    if !lists::is_institution_word(head)
        || clusters
            .iter()
            .flat_map(|c| &c.mentions)
            .any(|m| m.toks.contains(&h))
    {
        return None;
    }
    // Not the start of a longer name ("the University of Velmor", "the Court House").
    if h + 1 < sent_end
        && (seg.tokens.get(h + 1).is_some_and(|k| k.is_capitalized())
            || tok_text(text, seg, h + 1) == "of")
    {
        return None;
    }
    let start = seg.tokens.get(h).map_or(0, |k| k.span.start);
    let ci = latest_org_before(clusters, None, start, |m| {
        m.toks.clone().any(|u| tok_text(text, seg, u) == head)
    })?;
    let toks = h..h + 1;
    Some((
        ci,
        Name {
            span: super::span_of(seg, &toks),
            toks,
            sent,
            kind: EntityType::ORG,
            form: MentionForm::Alias,
        },
    ))
}

/// The person a description refers to, or none when the text does not say.
fn pick_person(
    clusters: &[Cluster],
    seen: &[Vec<(usize, usize)>],
    persons: &[usize],
    nationality: Option<&str>,
    head: &str,
    pos: usize,
    sent: usize,
) -> Option<usize> {
    let last_before = |c: usize| {
        let v = seen.get(c)?;
        let i = v.partition_point(|&(s, _)| s < pos);
        i.checked_sub(1).and_then(|i| v.get(i)).copied()
    };
    let recent = |filter: &dyn Fn(usize) -> bool| {
        persons
            .iter()
            .copied()
            .filter(|&c| filter(c))
            .filter_map(|c| last_before(c).map(|l| (l, c)))
            .max()
            .map(|(l, c)| (c, l.1))
    };
    match nationality {
        Some(nat) => {
            if let Some((c, _)) = recent(&|c| clusters[c].nationality == Some(nat)) {
                return Some(c);
            }
            // Nobody has that nationality yet: the recent person of unknown nationality who
            // was given the same title ("Newcastle striker X" ... "the Welsh striker"), else
            // the recent person of unknown nationality and no title at all.
            if let Some((c, _)) = recent(&|c| {
                clusters[c].nationality.is_none() && clusters[c].heads.iter().any(|h| h == head)
            }) {
                return Some(c);
            }
            // A royal title with its realm names one person ("the Prince of Wales"), whom an
            // untitled person just mentioned is not.
            if head.rsplit(' ').next().is_some_and(lists::is_royal_title) {
                return None;
            }
            recent(&|c| clusters[c].nationality.is_none() && clusters[c].heads.is_empty())
                .filter(|&(_, s)| sent.saturating_sub(s) <= 3)
                .map(|(c, _)| c)
        }
        None => recent(&|c| clusters[c].heads.iter().any(|h| h == head)).map(|(c, _)| c),
    }
}

/// Step 4: subject pronouns.
fn add_pronouns(
    text: &str,
    seg: &Segmentation,
    clusters: &mut [Cluster],
    keep: &impl Fn(usize) -> bool,
) {
    // Person mentions as (start, sentence, cluster), in text order.
    let mut persons: Vec<(usize, usize, usize)> = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        if c.kind == Some(EntityType::PERSON) {
            // A possessive ("Jaynes' lawyer X", "Putin's visit") names someone who is not
            // the subject; it is no antecedent for a subject pronoun.
            // Nor is a name in brackets, such as a photo credit "(Jane Doe/Agency)".
            let bracketed =
                |m: &&Name| m.toks.start > 0 && tok_text(text, seg, m.toks.start - 1) == "(";
            for m in c
                .mentions
                .iter()
                .filter(|m| !possessive_after(text, seg, m) && !bracketed(m))
            {
                persons.push((m.span.start, m.sent, ci));
            }
        }
    }
    if persons.is_empty() {
        return;
    }
    persons.sort();
    let quoted = quoted_tokens(text, seg);
    let mut added: Vec<(usize, Name)> = Vec::new();
    let mut resolved: Vec<(usize, usize, usize)> = Vec::new();
    for (t, gender, sent) in pronouns(text, seg, &quoted, keep, lists::personal_pronoun) {
        let tok = seg.tokens[t];
        let compatible = |ci: usize| clusters[ci].gender.is_none_or(|g| g == gender);
        let outside = |start: usize| outside_quotes(seg, &quoted, start);
        // The first person mentioned (by name, title or an earlier pronoun) in this sentence
        // before the pronoun, else in one of the two sentences before. A sentence with dozens
        // of names is a list, not a place for a pronoun's antecedent: only its first few count.
        let first_in = |list: &[(usize, usize, usize)], s: usize| {
            let lo = list.partition_point(|p| p.1 < s);
            list.get(lo..)
                .unwrap_or(&[])
                .iter()
                .take_while(|p| p.1 == s && (s < sent || p.0 < tok.span.start))
                .take(50)
                .find(|p| outside(p.0) && compatible(p.2))
                .copied()
        };
        // "Macharia hid under desks, he said": a parenthetical speaker is not the subject of
        // the clause it reports; look in the sentences before.
        let parenthetical = t > 0
            && matches!(tok_text(text, seg, t - 1), "," | "\"" | "”")
            && lists::is_speech_verb(&tok_text(text, seg, t + 1).to_lowercase());
        let last = if parenthetical {
            sent.saturating_sub(1)
        } else {
            sent
        };
        let mut pick = None;
        for s in (sent.saturating_sub(2)..=last).rev() {
            if parenthetical && s == sent {
                continue;
            }
            let a = first_in(&persons, s);
            let b = first_in(&resolved, s);
            let first = match (a, b) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let Some(p) = first {
                pick = Some(p.2);
                break;
            }
        }
        if let Some(ci) = pick {
            clusters[ci].gender = Some(gender);
            resolved.push((tok.span.start, sent, ci));
            added.push((
                ci,
                Name {
                    toks: t..t + 1,
                    span: tok.span,
                    sent,
                    kind: EntityType::PERSON,
                    form: MentionForm::Pronoun,
                },
            ));
        }
    }
    for (ci, n) in added {
        clusters[ci].mentions.push(n);
    }
}

/// Object, possessive and reflexive pronouns ("him", "his", "her", "herself") as mentions of
/// the person they refer to, found as subject pronouns are: the first person mentioned before
/// them in their sentence, else in one of the two sentences before, of the same gender (known
/// from the person's "he" or "she", else from the given name). Run after the quote stage, which
/// resolves speakers through subject pronouns only: "his spokesman said" is not a quote of his.
/// No pronoun is an antecedent here, so a wrong guess does not spread.
/// How many tokens before a pronoun the first person of its sentence may stand and still be
/// preferred to a person named nearer.
const FAR: usize = 25;

/// The byte ranges of the quotations inside `range` of a quote ("he said 'I do'"): from a
/// quotation mark after a space or the range's start and before a word, to the next mark of
/// the same kind before a space, a stop or the range's end. An apostrophe inside a word
/// ("don't") neither opens nor closes one.
fn nested_quotes(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let single = matches!(c, '\'' | '‘' | '’');
        let double = matches!(c, '"' | '“' | '”');
        if single || double {
            let before_word = next.is_some_and(char::is_alphanumeric);
            let after_space = prev.is_none_or(|p| p.is_whitespace() || "([—–".contains(p));
            let at_end = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)—–".contains(n));
            match open {
                None if after_space && before_word && !matches!(c, '’' | '”') => {
                    open = Some((i, single));
                }
                Some((from, kind))
                    if kind == single && prev.is_some_and(|p| !p.is_whitespace()) && at_end =>
                {
                    out.push(range.start + from..range.start + i + c.len_utf8());
                    open = None;
                }
                _ => {}
            }
        }
        prev = Some(c);
    }
    out
}

/// "I", "me", "my", "myself" and "mine" inside a direct quote are the words of its speaker,
/// a person the quote stage resolved: they become pronoun mentions of that person. Called
/// after the quote stage, which reads no pronoun this adds. "I" counts only before a word in
/// lower case or a contraction ("I think", "I'm") and not after a capitalized word inside a
/// sentence ("World War I ended"); a word that is already some entity's mention stays as it
/// is.
pub fn add_quoted_first_person(
    text: &str,
    seg: &Segmentation,
    quotes: &[Quote],
    entities: &mut [Entity],
) {
    // Most articles have no direct quote with a resolved speaker: nothing is indexed then.
    fn speaker(q: &Quote) -> Option<&str> {
        (q.kind == QuoteKind::Direct)
            .then(|| q.speaker.as_ref().and_then(|p| p.entity.as_deref()))
            .flatten()
    }
    if !quotes.iter().any(|q| speaker(q).is_some()) {
        return;
    }
    let people: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::PERSON)
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut added: Vec<(usize, Mention)> = Vec::new();
    for q in quotes {
        let Some(&ei) = speaker(q).and_then(|id| people.get(id)) else {
            continue;
        };
        for part in &q.parts {
            let nested = nested_quotes(text, part.start..part.end);
            let first = seg.tokens.partition_point(|t| t.span.start < part.start);
            for t in first..seg.tokens.len() {
                let Some(tok) = seg.tokens.get(t) else { break };
                if tok.span.end > part.end {
                    break;
                }
                // "he said 'I do'": the words of someone the speaker quotes.
                if nested.iter().any(|r| r.contains(&tok.span.start)) {
                    continue;
                }
                let w = tok.span.text(text);
                let first_person = match w {
                    "me" | "my" | "myself" | "mine" | "Me" | "My" | "Myself" | "Mine" => true,
                    "I" => {
                        let next = seg.tokens.get(t + 1).filter(|k| k.span.end <= part.end);
                        let verb_after = next.is_some_and(|k| {
                            k.shape == Shape::Lower && k.kind == TokenKind::Word
                                || k.span.text(text).starts_with(['\'', '’'])
                        });
                        let opens = t == first
                            || seg
                                .sentences
                                .get(sentence_of_token(seg, t))
                                .is_some_and(|s| s.tokens.start == t)
                            || t.checked_sub(1).is_some_and(|p| {
                                !seg.tokens.get(p).is_some_and(|k| k.is_capitalized())
                            });
                        verb_after && opens
                    }
                    _ => false,
                };
                // "I'm", "I’ve": a contraction the tokenizer keeps whole; the mention is "I".
                let contracted = matches!(
                    w,
                    "I'm" | "I've" | "I'd" | "I'll" | "I’m" | "I’ve" | "I’d" | "I’ll"
                );
                let end = if contracted {
                    tok.span.start + 1
                } else {
                    tok.span.end
                };
                if first_person || contracted {
                    added.push((
                        ei,
                        Mention {
                            start: tok.span.start,
                            end,
                            text: text.get(tok.span.start..end).unwrap_or(w).to_string(),
                            form: MentionForm::Pronoun,
                        },
                    ));
                }
            }
        }
    }
    if added.is_empty() {
        return;
    }
    let taken: std::collections::HashSet<usize> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.start))
        .collect();
    added.retain(|(_, m)| !taken.contains(&m.start));
    let mut touched = Vec::new();
    for (ei, m) in added {
        if let Some(e) = entities.get_mut(ei) {
            e.mentions.push(m);
            touched.push(ei);
        }
    }
    touched.sort_unstable();
    touched.dedup();
    for ei in touched {
        if let Some(e) = entities.get_mut(ei) {
            e.mentions.sort_by_key(|m| m.start);
        }
    }
}

pub fn add_other_pronouns(
    text: &str,
    seg: &Segmentation,
    entities: &mut [Entity],
    keep: &impl Fn(usize) -> bool,
) {
    let sentence_at = |start: usize| {
        let t = seg.tokens.partition_point(|k| k.span.start < start);
        sentence_of_token(seg, t.min(seg.tokens.len().saturating_sub(1)))
    };
    // Person mentions as (start, sentence, entity), in text order, and each person's gender.
    let mut persons: Vec<(usize, usize, usize)> = Vec::new();
    let mut genders: Vec<Option<Gender>> = vec![None; entities.len()];
    let mut ends: HashMap<usize, usize> = HashMap::new();
    for (ei, e) in entities.iter().enumerate() {
        if e.kind != EntityType::PERSON {
            continue;
        }
        genders[ei] = e
            .mentions
            .iter()
            .find_map(|m| {
                (m.form == MentionForm::Pronoun)
                    .then(|| lists::personal_pronoun(&m.text))
                    .flatten()
            })
            .or_else(|| {
                e.name
                    .split_whitespace()
                    .next()
                    .and_then(lists::first_name_gender)
            })
            .or_else(|| {
                // "Mrs Howard": the honorific of a title mention.
                e.mentions.iter().find_map(|m| {
                    let first = m.text.split_whitespace().next()?;
                    (m.form == MentionForm::Title)
                        .then(|| lists::title(&first.to_lowercase()))
                        .flatten()
                        .filter(|(k, _)| *k == TitleKind::Honorific)
                        .and_then(|(_, g)| g)
                })
            });
        for m in &e.mentions {
            let after = text.get(m.end..).unwrap_or("");
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let bracketed = text.get(..m.start).is_some_and(|b| b.ends_with('('));
            if !possessive && !bracketed {
                persons.push((m.start, sentence_at(m.start), ei));
            }
            ends.insert(m.end, ei);
        }
    }
    if persons.is_empty() {
        return;
    }
    persons.sort_unstable();
    let quoted = quoted_tokens(text, seg);
    let mut added: Vec<(usize, Mention)> = Vec::new();
    for (t, gender, sent) in pronouns(text, seg, &quoted, keep, lists::other_personal_pronoun) {
        let tok = seg.tokens[t];
        let outside = |start: usize| outside_quotes(seg, &quoted, start);
        // "Putin himself": an emphatic reflexive is the person it follows.
        let emphatic = t
            .checked_sub(1)
            .filter(|_| tok.span.text(text).ends_with("self"))
            .and_then(|b| ends.get(&seg.tokens[b].span.end).copied());
        let pick = emphatic.or_else(|| {
            (sent.saturating_sub(2)..=sent).rev().find_map(|s| {
                let lo = persons.partition_point(|p| p.1 < s);
                let mut cands = persons
                    .get(lo..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|p| p.1 == s && (s < sent || p.0 < tok.span.start))
                    .take(50)
                    .filter(|p| outside(p.0) && genders[p.2].is_none_or(|g| g == gender));
                let first = cands.next()?;
                // In a long sentence the person named last before the pronoun is nearer its
                // clause ("X is making his first trip since ..., days after the court accused
                // the Russian president and issued a warrant for his arrest").
                let last = cands.last().filter(|_| {
                    s == sent && {
                        let at = |o: usize| seg.tokens.partition_point(|k| k.span.start < o);
                        t.saturating_sub(at(first.0)) > FAR
                    }
                });
                Some(last.unwrap_or(first).2)
            })
        });
        if let Some(ei) = pick {
            added.push((
                ei,
                Mention {
                    start: tok.span.start,
                    end: tok.span.end,
                    text: tok.span.text(text).to_string(),
                    form: MentionForm::Pronoun,
                },
            ));
        }
    }
    let mut touched = vec![false; entities.len()];
    for (ei, m) in added {
        entities[ei].mentions.push(m);
        touched[ei] = true;
    }
    for (e, _) in entities.iter_mut().zip(&touched).filter(|(_, t)| **t) {
        e.mentions
            .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
}

/// The pronouns `kind` knows, outside quotation marks, in the sentences `keep` keeps: as
/// (token, gender, sentence).
fn pronouns<'q>(
    text: &'q str,
    seg: &'q Segmentation,
    quoted: &'q [bool],
    keep: &'q impl Fn(usize) -> bool,
    kind: fn(&str) -> Option<Gender>,
) -> impl Iterator<Item = (usize, Gender, usize)> + 'q {
    seg.tokens.iter().enumerate().filter_map(move |(t, tok)| {
        if tok.kind != TokenKind::Word {
            return None;
        }
        let gender = kind(tok.span.text(text))?;
        let sent = sentence_of_token(seg, t);
        (keep(sent) && !quoted.get(t).copied().unwrap_or(false)).then_some((t, gender, sent))
    })
}

/// Whether the token starting at byte `start` is outside quotation marks.
fn outside_quotes(seg: &Segmentation, quoted: &[bool], start: usize) -> bool {
    let i = seg.tokens.partition_point(|k| k.span.start < start);
    !quoted.get(i).copied().unwrap_or(false)
}

/// Whether a possessive follows the mention: "'s", or an apostrophe glued to a final "s".
fn possessive_after(text: &str, seg: &Segmentation, m: &Name) -> bool {
    let Some(next) = seg.tokens.get(m.toks.end) else {
        return false;
    };
    next.kind == TokenKind::Possessive
        || (next.span.start == m.span.end
            && m.span.text(text).ends_with('s')
            && matches!(next.span.text(text), "'" | "’"))
}

/// For each token, whether it is inside double quotation marks within its paragraph.
fn quoted_tokens(text: &str, seg: &Segmentation) -> Vec<bool> {
    let mut out = vec![false; seg.tokens.len()];
    for p in &seg.paragraphs {
        let Some(first) = p
            .sentences
            .clone()
            .next()
            .and_then(|s| seg.sentences.get(s))
        else {
            continue;
        };
        let last = p
            .sentences
            .clone()
            .last()
            .and_then(|s| seg.sentences.get(s))
            .map_or(first.tokens.end, |s| s.tokens.end);
        let mut inside = false;
        let toks = seg.tokens.get(first.tokens.start..last).unwrap_or(&[]);
        for (tok, q) in toks
            .iter()
            .zip(out.get_mut(first.tokens.start..).unwrap_or(&mut []))
        {
            if tok.kind == TokenKind::Quote {
                match tok.span.text(text) {
                    "\"" => inside = !inside,
                    "“" | "«" | "„" => inside = true,
                    "”" | "»" => inside = false,
                    _ => {}
                }
                continue;
            }
            *q = inside;
        }
    }
    out
}

/// The output: entities in order of first mention, mentions in text order.
fn to_entities(text: &str, mut clusters: Vec<Cluster>) -> Vec<Entity> {
    for c in &mut clusters {
        c.mentions
            .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        c.mentions.dedup_by_key(|m| (m.span, m.form));
    }
    clusters.retain(|c| !c.mentions.is_empty());
    clusters.sort_by_key(|c| c.mentions.first().map(|m| (m.span.start, m.span.end)));
    clusters
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let is_name = |m: &&Name| {
                matches!(
                    m.form,
                    MentionForm::Name | MentionForm::Alias | MentionForm::Acronym
                )
            };
            let name = c
                .mentions
                .iter()
                .filter(is_name)
                .filter(|m| m.form != MentionForm::Acronym)
                .map(|m| m.span.text(text))
                .fold("", |best, s| {
                    if s.chars().count() > best.chars().count() {
                        s
                    } else {
                        best
                    }
                })
                .to_string();
            let name = if name.is_empty() {
                c.mentions
                    .iter()
                    .find(is_name)
                    .map_or("", |m| m.span.text(text))
                    .to_string()
            } else {
                name
            };
            let mentions = c
                .mentions
                .iter()
                .map(|m| {
                    let s = m.span.text(text);
                    let form = match m.form {
                        MentionForm::Name | MentionForm::Alias => {
                            if s.eq_ignore_ascii_case(&name)
                                || s.to_lowercase() == name.to_lowercase()
                            {
                                MentionForm::Name
                            } else {
                                MentionForm::Alias
                            }
                        }
                        f => f,
                    };
                    Mention {
                        start: m.span.start,
                        end: m.span.end,
                        text: s.to_string(),
                        form,
                    }
                })
                .collect();
            Entity {
                id: format!("e{}", i + 1),
                kind: c.kind.unwrap_or(EntityType::MISC),
                name,
                roles: c.roles,
                mentions,
            }
        })
        .collect()
}
