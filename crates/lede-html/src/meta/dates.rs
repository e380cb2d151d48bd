//! Dates as pages write them: ISO 8601 with or without time and zone, `2025/09/04`,
//! `September 4, 2025`, `4 September 2025`, RFC 2822, Unix timestamps (in meta tags only),
//! and dates in a URL's path. The calendar date is taken as written: the local date of a
//! timestamp with an offset, not its UTC date. Impossible dates, and years before
//! [`MIN_YEAR`] or after [`MAX_YEAR`], are rejected; no clock is read, so the result depends
//! on the input alone.

use lede_extract::Date;

/// The earliest year accepted: the web's.
pub const MIN_YEAR: i16 = 1990;
/// The latest year accepted.
pub const MAX_YEAR: i16 = 2099;

fn date(y: i64, m: i64, d: i64) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// A month from its English name or abbreviation (`Sep`, `Sept`, `September`): the calendar
/// words of lede-extract, which reads dates in text.
fn month(word: &str) -> Option<i64> {
    lede_extract::month_number(word).map(i64::from)
}

/// Runs of ASCII digits and letters, with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let b: &[u8] = s.as_bytes();
    for i in 0..=b.len() {
        let kind = b.get(i).map(|c| {
            if c.is_ascii_digit() {
                1
            } else if c.is_ascii_alphabetic() {
                2
            } else {
                0
            }
        });
        if let Some(st) = start {
            let prev = if b[st].is_ascii_digit() { 1 } else { 2 };
            if kind != Some(prev) {
                out.push((st, &s[st..i]));
                start = None;
            }
        }
        if start.is_none() && matches!(kind, Some(1 | 2)) {
            start = Some(i);
        }
    }
    out
}

fn num(w: &str) -> Option<i64> {
    (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// Labels that introduce a page's date, lower-cased, and whether each names the publication
/// (rather than an update). Longest first, so that "published on" is taken whole.
const DATE_LABELS: &[(&str, bool)] = &[
    ("originally published on", true),
    ("originally published", true),
    ("first published on", true),
    ("first published", true),
    ("date published", true),
    ("published on", true),
    ("published", true),
    ("posted on", true),
    ("posted", true),
    ("last updated on", false),
    ("last updated", false),
    ("last modified", false),
    ("updated on", false),
    ("updated", false),
];

/// Splits a date's label from what follows it: "Published: May 3, 2021" gives
/// `(true, "May 3, 2021")`, "Updated" alone gives `(false, "")`.
pub fn split_label(text: &str) -> Option<(bool, &str)> {
    let t = text.trim();
    // This runs for every short text of the page: byte comparisons, no allocation.
    DATE_LABELS.iter().find_map(|&(label, published)| {
        let head = t.as_bytes().get(..label.len())?;
        if !head.eq_ignore_ascii_case(label.as_bytes()) {
            return None;
        }
        let rest = t.get(label.len()..)?;
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        (rest.is_empty() || rest.starts_with(' ')).then(|| (published, rest.trim()))
    })
}

/// A date's label after a kind or a section set apart by a separator: "Essay - Published:
/// 2025.12.17". Returns what [`split_label`] returns for the text after the separator.
pub fn label_after_separator(text: &str) -> Option<(bool, &str)> {
    [" - ", " | ", " · ", " • "]
        .iter()
        .find_map(|sep| text.split_once(sep))
        .and_then(|(_, rest)| split_label(rest))
}

/// Parses a date as written in metadata or a `<time>` element.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let mut end = s.len().min(120);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let s = &s[..end];
    // A weekday's name before a numeric date, as Drupal writes its dates ("Thu, 09/25/2025 -
    // 00:00"): the date is what follows. (Before a month's name the walk below finds it.)
    if let Some((day, rest)) = s.split_once(", ") {
        if weekday(day) && rest.starts_with(|c: char| c.is_ascii_digit()) {
            return parse_date(rest);
        }
    }
    let w = words(s);
    // Numeric year first: 2025-09-04, 2025/09/04, 2025.09.04, 2025-09-04T10:00:00Z.
    if let [(_, y), (p1, m), (p2, d), ..] = w.as_slice() {
        if y.len() == 4 && w[0].0 == 0 {
            let sep1 = &s[w[0].0 + 4..*p1];
            let sep2 = &s[p1 + m.len()..*p2];
            if matches!(sep1, "-" | "/" | ".") && sep1 == sep2 && m.len() <= 2 && d.len() <= 2 {
                return date(num(y)?, num(m)?, num(d)?);
            }
        }
    }
    // Compact ISO: 20250904 or 20250904T100000Z.
    if let Some((0, first)) = w.first() {
        if first.len() == 8 && first.bytes().all(|b| b.is_ascii_digit()) {
            return date(num(&first[..4])?, num(&first[4..6])?, num(&first[6..])?);
        }
    }
    // A month's name beside a day and a year: September 4, 2025; 4 September 2025;
    // Thu, 04 Sep 2025 10:00:00 GMT; Sep. 4th, 2025.
    for (i, (_, word)) in w.iter().enumerate() {
        let Some(m) = month(word) else { continue };
        let day = |k: usize| {
            w.get(k)
                .and_then(|(_, x)| num(x).filter(|_| x.len() <= 2))
                .or_else(|| {
                    // An ordinal: 4th, 1st, 22nd (digits then letters form two words).
                    let (_, x) = w.get(k)?;
                    let (_, suffix) = w.get(k + 1)?;
                    matches!(
                        suffix.to_ascii_lowercase().as_str(),
                        "st" | "nd" | "rd" | "th"
                    )
                    .then(|| num(x).filter(|_| x.len() <= 2))
                    .flatten()
                })
        };
        let ordinal_skip = |k: usize| {
            w.get(k + 1).is_some_and(|(_, s)| {
                matches!(s.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
            })
        };
        let year = |k: usize| w.get(k).and_then(|(_, x)| num(x).filter(|_| x.len() == 4));
        // Month Day Year.
        if let Some(d) = day(i + 1) {
            let k = if ordinal_skip(i + 1) { i + 3 } else { i + 2 };
            if let Some(y) = year(k) {
                return date(y, m, d);
            }
        }
        // Day Month Year.
        if i >= 1 {
            let (d, ok) = if i >= 2 && ordinal_skip(i - 2) {
                (day(i - 2), true)
            } else {
                (day(i - 1), true)
            };
            if let (Some(d), true, Some(y)) = (d, ok, year(i + 1)) {
                return date(y, m, d);
            }
        }
        // Month and year alone is not a full date; another month's name may follow.
    }
    // Slashes: month first as in the United States, unless the first number cannot be a month.
    if let [(0, a), (_, b), (_, y), ..] = w.as_slice() {
        if y.len() == 4 && a.len() <= 2 && b.len() <= 2 && s[a.len()..].starts_with('/') {
            let (a, b) = (num(a)?, num(b)?);
            return if a > 12 {
                date(num(y)?, b, a)
            } else {
                date(num(y)?, a, b)
            };
        }
    }
    // Day first with dots: 04.09.2025 (the European order; a dotted date is never month first).
    if let [(0, d), (_, m), (_, y), ..] = w.as_slice() {
        if y.len() == 4 && d.len() <= 2 && m.len() <= 2 && s[d.len()..].starts_with('.') {
            return date(num(y)?, num(m)?, num(d)?);
        }
    }
    None
}

/// Whether a word is a weekday's name in three letters ("Thu") or in full ("Thursday"):
/// its first three letters, then "day" or more letters ending in it.
fn weekday(word: &str) -> bool {
    const DAYS: [&[u8]; 7] = [b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun"];
    // Byte comparisons, no allocation: this runs for every date candidate with a comma.
    let w = word.as_bytes();
    let Some(head) = w.get(..3) else {
        return false;
    };
    DAYS.iter().any(|d| head.eq_ignore_ascii_case(d))
        && (w.len() == 3
            || (w.len() >= 6 && w.len() <= 9 && w[w.len() - 3..].eq_ignore_ascii_case(b"day")))
}

/// Parses a meta tag's date, which may also be a Unix timestamp in seconds or milliseconds.
pub fn parse_meta_date(s: &str) -> Option<Date> {
    let t = s.trim();
    if (t.len() == 10 || t.len() == 13) && t.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = t[..10].parse().ok()?;
        let ts = jiff::Timestamp::from_second(secs).ok()?;
        let d = jiff::tz::Offset::UTC.to_datetime(ts).date();
        return date(
            i64::from(d.year()),
            i64::from(d.month()),
            i64::from(d.day()),
        );
    }
    parse_date(t)
}

/// A full date in a URL's path: `/2025/09/04/`, `/2025/sep/04/`, `/2025-09-04`, `/20250904/`. A year and month
/// alone (`/2025/09/`) is not a date.
pub fn from_url(url: &str) -> Option<Date> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let path = path.split_once('/').map_or("", |(_, p)| p);
    let segs: Vec<&str> = path.split('/').collect();
    let all_digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    for i in 0..segs.len() {
        if all_digits(segs[i], 4..=4) && i + 2 < segs.len() {
            let (m, d) = (segs[i + 1], segs[i + 2]);
            // The month as a number or by its name (`/2023/october/03/`).
            let month_no = if all_digits(m, 1..=2) {
                num(m)
            } else {
                month(m)
            };
            if let (Some(mo), true) = (month_no, all_digits(d, 1..=2)) {
                if let Some(x) = date(num(segs[i])?, mo, num(d)?) {
                    return Some(x);
                }
            }
        }
    }
    for seg in &segs {
        let w = words(seg);
        for (k, (pos, x)) in w.iter().enumerate() {
            if x.len() == 8 && x.bytes().all(|b| b.is_ascii_digit()) {
                if let Some(d) = date(num(&x[..4])?, num(&x[4..6])?, num(&x[6..])?) {
                    return Some(d);
                }
            }
            if x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit()) {
                if let (Some((p1, m)), Some((p2, d))) = (w.get(k + 1), w.get(k + 2)) {
                    let hyphens = seg[pos + 4..*p1] == *"-" && seg[p1 + m.len()..*p2] == *"-";
                    if hyphens && m.len() == 2 && d.len() == 2 {
                        if let Some(x) = date(num(x)?, num(m)?, num(d)?) {
                            return Some(x);
                        }
                    }
                }
            }
        }
    }
    None
}
