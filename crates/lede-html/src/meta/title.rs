//! The headline: chosen among the JSON-LD `headline`, `og:title`, `twitter:title`, the first
//! `<h1>`s and the `<title>`, with the site's name cut from the titles that carry it.
//!
//! A heading that agrees with one of the declared titles (the same words, or the one a run of
//! the other's) is the headline as the reader sees it, and wins. Otherwise the declared titles
//! win in the order JSON-LD, Open Graph, Twitter, `<title>`. A site's name is cut from a title
//! when a part of it after (or before) a separator is the site: the same words as
//! `og:site_name`, the JSON-LD publisher, `application-name`, or the page's domain.

/// The candidates of a page.
#[derive(Debug)]
pub struct Candidates<'a> {
    pub jsonld: Option<&'a str>,
    pub og: Option<&'a str>,
    pub twitter: Option<&'a str>,
    pub html_title: Option<&'a str>,
    /// The first-level headings in document order, and whether each sits in the article.
    pub h1: Vec<(&'a str, bool)>,
    /// The first second-level headings.
    pub h2: Vec<&'a str>,
    /// The page's only first-level heading, when it is shown (not hidden, not a logo).
    pub sole_h1: Option<&'a str>,
    /// Names the site goes by.
    pub sites: &'a [&'a str],
    /// The page's host, without `www.`.
    pub host: Option<&'a str>,
}

/// Separators between a headline and a site's name, widest first.
const SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " • ", " / ", ": ",
];

/// The most words a page's only heading may have to be taken as its headline over the
/// declared titles.
const MAX_HEADLINE_WORDS: usize = 25;

/// Lower-cased word tokens (letters, digits, underscore), as the scorers compare titles.
pub fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether two strings have the same words.
pub fn same_words(a: &str, b: &str) -> bool {
    let ta = tokens(a);
    !ta.is_empty() && ta == tokens(b)
}

/// Whether `a` occurs as a run of words in `b`.
fn run_in(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.len() <= b.len() && b.windows(a.len()).any(|w| w == a)
}

/// The distinctive label of a host: `example` for `news.example.co.uk`.
fn host_label(host: &str) -> Option<String> {
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return None;
    }
    labels.pop();
    if labels.len() >= 2
        && matches!(
            *labels.last()?,
            "co" | "com" | "org" | "net" | "ac" | "gov" | "edu" | "ne" | "or"
        )
    {
        labels.pop();
    }
    labels.last().map(|l| l.replace('-', "").to_lowercase())
}

/// Whether a part of a title is the site's name.
fn is_site(part: &str, sites: &[&str], label: Option<&str>) -> bool {
    let t = tokens(part);
    if t.is_empty() {
        return false;
    }
    if sites.iter().any(|s| {
        let st = tokens(s);
        st == t || (st.len() >= 2 && run_in(&st, &t) && t.len() <= st.len() + 2)
    }) {
        return true;
    }
    let compact: String = t.concat();
    if let Some(label) = label {
        if compact == label
            || (label.len() >= 4 && compact.contains(label) && t.len() <= 4)
            || (compact.len() >= 4 && label.contains(&compact))
        {
            return true;
        }
        // The name's first word opens the domain: "Example Internet Marketing" for
        // `exampleagency.com`.
        if t.len() >= 2
            && t.len() <= 4
            && t[0].len() >= 4
            && label.len() > t[0].len()
            && label.starts_with(t[0].as_str())
        {
            return true;
        }
        // Initials of the name: "The Daily Example" for `tde.com`.
        let initials: String = t.iter().filter_map(|w| w.chars().next()).collect();
        if t.len() >= 2 && initials == label {
            return true;
        }
    }
    false
}

/// Cuts the site's name from a title: "Headline | Site", "Site: Headline", repeatedly.
pub fn cut_site(title: &str, sites: &[&str], host: Option<&str>) -> String {
    let label = host.and_then(host_label);
    let mut t = title.trim().to_string();
    // A title that opens with the site's address and no separator: "example.com Headline".
    if let Some((first, rest)) = t.split_once(' ') {
        if host.is_some_and(|h| first.eq_ignore_ascii_case(h)) && tokens(rest).len() >= 2 {
            t = rest.trim().to_string();
        }
    }
    for _ in 0..3 {
        let mut changed = false;
        for sep in SEPARATORS {
            if let Some((head, tail)) = t.rsplit_once(sep) {
                if !tokens(head).is_empty() && is_site(tail, sites, label.as_deref()) {
                    t = head.trim().to_string();
                    changed = true;
                    break;
                }
            }
            if let Some((head, tail)) = t.split_once(sep) {
                if !tokens(tail).is_empty() && is_site(head, sites, label.as_deref()) {
                    t = tail.trim().to_string();
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }
    t
}

/// Cuts a tail after a separator that is shorter than the head ("Headline | Section",
/// "Headline – a tagline"): without a heading to confirm it, a declared title's last part
/// after a bar or dash is more often a site, a section or a slogan than the headline's own.
fn cut_tail(title: &str) -> String {
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let (h, t) = (tokens(head).len(), tokens(tail).len());
            if h >= 3 && t < h {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Cuts a one-word tail after a bar or dash ("Headline | Opinion", "Headline – Sitename"):
/// a single word after a separator is a section's or a site's label, even in a heading
/// that agrees with the declared titles.
fn cut_label(title: &str) -> String {
    // Two bars or more: "Headline | Section | Site", the parts after the first are labels.
    let parts: Vec<&str> = title.split(" | ").collect();
    if parts.len() >= 3 && tokens(parts[0]).len() >= 3 {
        return parts[0].trim().to_string();
    }
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let (h, t) = (tokens(head).len(), tokens(tail).len());
            // A tail of two or three words after a headline of four or more is a label too
            // ("Headline – Strength Training", "Headline | Top 19 Companies").
            if (h >= 3 && t == 1) || (h >= 4 && (2..=3).contains(&t)) {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// Whether a heading agrees with a declared title.
fn agrees(h: &[String], c: &[String]) -> bool {
    if h.is_empty() || c.is_empty() {
        return false;
    }
    h == c
        || (h.len() >= 2 && h.len() * 2 >= c.len() && run_in(h, c))
        || (c.len() >= 3 && h.starts_with(c))
}

/// Whether a text shows characters lost in an encoding: the replacement character, or a
/// question mark inside it that no sentence would hold ("Sailing? Beginner? Guide").
fn lost_characters(s: &str) -> bool {
    let inner = s.trim_end().trim_end_matches('?');
    inner.contains('\u{FFFD}') || inner.matches('?').count() >= 2
}

/// Whether `a` is `b` with some of its words left out, and has at least two words.
fn subsequence(a: &[String], b: &[String]) -> bool {
    let mut rest = b.iter();
    a.len() >= 2 && a.iter().all(|w| rest.any(|x| x == w))
}

/// Chooses the headline.
pub fn choose(c: &Candidates<'_>) -> Option<String> {
    let clean = |s: Option<&str>| {
        s.map(|s| {
            super::unescape(s)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|s| !tokens(s).is_empty())
    };
    let jsonld = clean(c.jsonld);
    let og = clean(c.og).map(|s| cut_site(&s, c.sites, c.host));
    let twitter = clean(c.twitter).map(|s| cut_site(&s, c.sites, c.host));
    let raw_title = clean(c.html_title);
    let title = raw_title.as_deref().map(|s| cut_site(s, c.sites, c.host));
    let declared: Vec<&str> = [
        jsonld.as_deref(),
        og.as_deref(),
        twitter.as_deref(),
        title.as_deref(),
        raw_title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let declared_tokens: Vec<Vec<String>> = declared.iter().map(|d| tokens(d)).collect();
    let mut headings: Vec<&(&str, bool)> = c.h1.iter().filter(|h| h.1).collect();
    headings.extend(c.h1.iter().filter(|h| !h.1));
    let label = c.host.and_then(host_label);
    // No first-level heading has a declared title's words but a second-level one does: the
    // page sets its headline one level down (and its sections, or a shortened headline, at
    // the first).
    if !headings
        .iter()
        .any(|h| declared_tokens.contains(&tokens(h.0)))
    {
        if let Some(h) = c.h2.iter().find(|h| {
            let t = tokens(h);
            t.len() >= 3
                && declared
                    .iter()
                    .any(|d| tokens(d) == t || tokens(&cut_tail(d)) == t)
                && !is_site(h, c.sites, label.as_deref())
        }) {
            return Some(cut_label(h));
        }
    }
    for (h, _) in headings.iter().map(|h| **h) {
        // A heading whose characters the page lost to question marks ("Sailing? Beginner?
        // Guide" for "Sailing: Beginner's Guide"), as a declared title writes it in full.
        let ht = tokens(h);
        if lost_characters(h) {
            if let Some((d, _)) = declared
                .iter()
                .zip(&declared_tokens)
                .find(|(_, dt)| subsequence(&ht, dt) && dt.len() <= ht.len() + 2)
            {
                return Some(cut_label(d));
            }
        }
        // A heading that ends with a colon introduces something ("A message from our
        // editor:"); it names no story.
        if is_site(h, c.sites, label.as_deref()) || h.trim_end().ends_with(':') {
            continue;
        }
        if declared_tokens.iter().any(|d| agrees(&ht, d)) {
            // A heading set in capitals reads as the declared title does in its own case.
            let shouting = !h.chars().any(char::is_lowercase);
            if shouting {
                if let Some(d) = declared
                    .iter()
                    .find(|d| tokens(d) == ht && d.chars().any(char::is_lowercase))
                {
                    return Some(cut_label(d));
                }
            }
            return Some(cut_label(h));
        }
        // A short heading that is a declared title's part before a separator, with a few
        // words after it ("Soil Health | Farm Research Office"): the rest is the
        // site or its section, whatever the site calls itself.
        let heads_a_title = |d: &&str| {
            SEPARATORS[..4].iter().any(|sep| {
                d.split_once(sep).is_some_and(|(head, tail)| {
                    let n = tokens(tail).len();
                    tokens(head) == ht && (1..=4).contains(&n)
                })
            })
        };
        // A heading of a word or two that opens a declared title with a few words of the
        // site's after it ("lantern" in "LANTERN Definition & Meaning"); after a colon
        // the words are the headline's own ("Bond Ladders: How to Build One").
        let opens_a_title = |(d, dt): (&&str, &Vec<String>)| {
            (1..=2).contains(&ht.len())
                && dt.starts_with(&ht)
                && (1..=3).contains(&(dt.len() - ht.len()))
                && !d.contains(':')
        };
        if !ht.is_empty()
            && (declared.iter().any(heads_a_title)
                || declared.iter().zip(&declared_tokens).any(opens_a_title))
        {
            return Some(h.to_string());
        }
        // A heading that ends with a declared title after a few words of its own carries a
        // label before the headline: a date, a section ("Blog:"), the site's name.
        if let Some(d) = declared.iter().zip(&declared_tokens).find(|(_, d)| {
            d.len() >= 3 && ht.len() > d.len() && ht.len() <= d.len() + 4 && ht.ends_with(d)
        }) {
            return Some(cut_label(d.0));
        }
    }
    // The page's only first-level heading is the headline as the reader sees it, even when
    // the declared titles, written for search engines and shared links, say it otherwise;
    // but a heading of fewer than four words is more often a section's or a site's label.
    if let Some(h) = c.sole_h1.filter(|h| {
        // A "heading" of more than a long headline's words is a description set large.
        (4..=MAX_HEADLINE_WORDS).contains(&tokens(h).len())
            && !h.trim_end().ends_with(':')
            && !is_site(h, c.sites, label.as_deref())
    }) {
        return Some(cut_label(h));
    }
    jsonld
        .or(og)
        .or(title)
        .or(twitter)
        .or_else(|| headings.first().map(|h| h.0.to_string()))
        .map(|t| cut_label(&cut_tail(&t)))
}
