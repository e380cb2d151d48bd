//! Author names as pages write them: bylines with "By", lists joined by "and" or commas,
//! credentials after a comma. Profile URLs, handles and e-mail addresses are not names.

/// Words that are credentials or roles, not parts of a name, when they stand alone between
/// commas ("Jane Doe, MD").
const CREDENTIALS: &[&str] = &[
    "md", "phd", "ms", "rd", "rn", "jr", "sr", "ii", "iii", "mph", "mba", "dds", "do", "np", "pa",
    "cpa", "esq", "lcsw", "ma", "ba", "bsc", "msc", "rdn", "ld", "cde", "facp",
];

/// Words that label a byline rather than name anyone.
const LABELS: &[&str] = &[
    "author",
    "authors",
    "by",
    "written by",
    "posted by",
    "admin",
    "administrator",
    "staff",
    "editor",
    "editors",
    "guest",
    "contributor",
    "unknown",
    "anonymous",
    "reporter",
    "writer",
    "correspondent",
    "columnist",
];

/// What pages print after an author's name in the same element, lower-cased: the label of the
/// date or link beside it, not part of the name ("Ann Lee Last Updated", "Ann Lee Author
/// Posts"). Longest first.
const TRAILING_LABELS: &[&str] = &[
    "more about this author",
    "last updated on",
    "view all posts",
    "author posts",
    "last updated",
    "last update",
    "published on",
    "updated on",
    "read more",
    "min read",
    "published",
    "updated",
    "posts",
];

/// Labels that open a byline, lower-cased, without a trailing colon.
const BYLINE_LABELS: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "words by",
    "article by",
    "story by",
    "author",
];

/// Whether a short text is a byline ("By Ann Lee", "Written by Ann Lee", "By: Ann Lee"): a
/// byline label, then two to five capitalized words.
pub fn is_byline(text: &str) -> bool {
    let t = text.trim();
    // This runs for every short text near the headline: byte comparisons, no allocation.
    let Some(rest) = BYLINE_LABELS.iter().find_map(|l| {
        let r = strip_prefix_ignore_case(t, l)?;
        let r = r.strip_prefix(':').unwrap_or(r);
        r.starts_with(' ').then_some(r)
    }) else {
        return false;
    };
    // "Author" alone opens a byline only with a colon ("Author: Ann Lee").
    if strip_prefix_ignore_case(t, "author").is_some_and(|r| !r.starts_with(':')) {
        return false;
    }
    is_plain_name(rest)
}

/// `text` without `prefix` (ASCII, any case), if it starts with it.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.as_bytes().get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix.as_bytes())
        .then(|| text.get(prefix.len()..))
        .flatten()
}

/// Whether a text opens with a bare "By" (rather than "Written by", "Author:").
pub fn starts_with_by(text: &str) -> bool {
    let t = text.trim_start().as_bytes();
    t.len() >= 2
        && t[..2].eq_ignore_ascii_case(b"by")
        && t.get(2).is_none_or(|c| !c.is_ascii_alphabetic())
}

/// Whether a text is a byline's label alone ("By", "Written by:"), its name in the next
/// element.
pub fn is_byline_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim_end();
    BYLINE_LABELS.iter().any(|l| t.eq_ignore_ascii_case(l))
}

/// Whether a text is two to five capitalized words, as a name standing alone is.
pub fn is_plain_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "and" | "de" | "van" | "von" | "der" | "la")
        })
}

/// Splits a raw author value into cleaned names.
pub fn clean(raw: &str) -> Vec<String> {
    let raw = super::unescape(raw);
    let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if raw.is_empty() || raw.len() > 300 {
        return Vec::new();
    }
    let lower = raw.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") {
        return Vec::new();
    }
    let raw = without_date(&raw);
    let mut out = Vec::new();
    for part in split_list(raw) {
        let mut p = part.trim().trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ':' | '·' | '•' | '/')
        });
        p = strip_by(p);
        let p = strip_trailing_label(p.trim());
        let p = p.trim().trim_end_matches(['.', ',']).trim();
        if is_name(p) {
            out.push(p.to_string());
        }
    }
    out
}

/// A byline without the date it shows before or after the name ("Ann Lee 4 August 2010",
/// "Dec. 19, 2025 · Ann Lee"), and without the group a name writes on behalf of.
fn without_date(raw: &str) -> &str {
    const SEPARATORS: &[char] = &['|', '-', '–', '—', '·', '•', '/', ','];
    let mut t = raw.trim();
    if let Some((head, _)) = t.split_once(" on behalf of ") {
        t = head;
    }
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return t;
    }
    let no_digit = |s: &str| !s.bytes().any(|b| b.is_ascii_digit());
    // The byte offsets where words start (`raw` has single spaces between words).
    let starts: Vec<usize> = std::iter::once(0)
        .chain(t.match_indices(' ').map(|(i, _)| i + 1))
        .collect();
    let n = starts.len();
    // The shortest run of two to four words that reads as a date, at either end.
    for k in 2..=4.min(n.saturating_sub(1)) {
        let (head, after) = (&t[..starts[k] - 1], &t[starts[k]..]);
        if no_digit(after) && super::dates::parse_date(head).is_some() {
            return after
                .trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        }
        let (before, tail) = (&t[..starts[n - k] - 1], &t[starts[n - k]..]);
        if no_digit(before) && opens_date(tail) && super::dates::parse_date(tail).is_some() {
            return before.trim_end_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        }
    }
    t
}

/// Whether a text's first word is a day, a weekday or a month: a date's start, not the end
/// of a name run into a date.
fn opens_date(text: &str) -> bool {
    let w = text
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',']);
    !w.is_empty()
        && (w.bytes().all(|b| b.is_ascii_digit())
            || lede_extract::month_number(w).is_some()
            || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .any(|d| w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(d))))
}

/// Strips a leading "By" (any case), with or without a colon, or glued to the name by markup
/// without a space ("ByJane Doe").
fn strip_by(p: &str) -> &str {
    let t = p.trim_start();
    if let Some(rest) = t.strip_prefix("By").or_else(|| t.strip_prefix("by")) {
        let mut cs = rest.chars();
        if cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase) {
            return rest;
        }
    }
    let lower = t.to_lowercase();
    for prefix in [
        "written by",
        "posted by",
        "reviewed by",
        "words by",
        "article by",
        "story by",
        "author:",
        "authors:",
        "by",
    ] {
        if lower.starts_with(prefix) {
            if let Some(rest) = t.get(prefix.len()..) {
                if prefix.ends_with(':') || prefix.contains(' ') || rest.starts_with([' ', ':']) {
                    return rest.trim_start_matches([' ', ':']);
                }
            }
        }
    }
    t
}

/// A name without a label printed after it ("Ann Lee Last Updated" -> "Ann Lee").
fn strip_trailing_label(p: &str) -> &str {
    for label in TRAILING_LABELS {
        let Some(cut) = p.len().checked_sub(label.len()) else {
            continue;
        };
        if p.is_char_boundary(cut)
            && p[cut..].eq_ignore_ascii_case(label)
            && (cut == 0 || p[..cut].ends_with(' '))
        {
            return p[..cut].trim_end();
        }
    }
    p
}

/// Splits "A and B", "A, B", "A & B", "A; B", "A | B" into parts.
fn split_list(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    for sep in [
        " and ", " And ", " AND ", " & ", ";", " | ", ",", " und ", " et ", " y ",
    ] {
        let split: Vec<&str> = parts.iter().flat_map(|p| p.split(sep)).collect();
        // "Anna & Mara" is one byline of first names; "Ann Lee and Bob Ray" is two.
        let single = split.iter().any(|p| {
            let n = p.split_whitespace().count();
            n == 1 && !CREDENTIALS.contains(&p.trim().to_lowercase().replace('.', "").as_str())
        });
        if !single || sep == ";" || sep == " | " {
            parts = split;
        }
    }
    parts
}

/// Whether a cleaned part is a person's name.
fn is_name(p: &str) -> bool {
    if p.is_empty() || p.starts_with('@') || p.contains('@') || p.contains("://") {
        return false;
    }
    if p.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let lower = p.to_lowercase().replace('.', "");
    if CREDENTIALS.contains(&lower.as_str()) || LABELS.contains(&lower.as_str()) {
        return false;
    }
    // Links to an author's page ("See all of Ann Lee's reviews", "More by this contributor").
    if [
        "see all",
        "view all",
        "more by",
        "more from",
        "more about",
        "about ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
    {
        return false;
    }
    p.chars().any(char::is_alphabetic)
}

/// Whether names look like user names rather than people's names (one lower-case word).
pub fn weak(names: &[String]) -> bool {
    names
        .iter()
        .all(|n| !n.contains(' ') && !n.chars().any(char::is_uppercase))
}

/// Removes repeated names (ignoring case), keeping the first of each.
pub fn dedup(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.iter().any(|o| o.to_lowercase() == n.to_lowercase()) {
            out.push(n);
        }
    }
    out
}
