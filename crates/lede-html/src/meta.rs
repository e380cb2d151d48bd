//! The page's metadata: title, authors, dates, addresses, site name and language, read from
//! JSON-LD, meta tags, `<time>` elements, the headline and the URL.
//!
//! One walk over the tree gathers every piece of evidence (`Evidence`): the meta tags, the
//! JSON-LD blocks, the `<title>`, the first headings, the `<time>` elements, the author
//! links and microdata; then each field is chosen from it by a precedence of sources. Dates
//! are parsed by `dates`; names are cleaned by `names`. This module does not read the
//! article's text (the walk of `blocks.rs` does) and does not look for dates in the prose
//! (`lede-extract` does).

mod dates;
mod jsonld;
mod names;
mod title;

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use lede_extract::entities::features::StrMap;
use scraper::{ElementRef, Html, Node};

pub use dates::parse_date;

/// Where the publication date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    JsonLd,
    Meta,
    Time,
    Url,
}

impl DateSource {
    /// The source's name in lede's output vocabulary.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::JsonLd => "json-ld",
            DateSource::Meta => "meta",
            DateSource::Time => "time",
            DateSource::Url => "url",
        }
    }
}

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// The article's headline (not the `<title>` with the site's name).
    pub title: Option<String>,
    /// The authors' names, in order: people, not organizations or profile URLs.
    pub authors: Vec<String>,
    /// Who wrote the page when no person is named: the site's own name given as its author,
    /// an organization declared as the author, or else the site's name. Used only when
    /// neither `authors` nor the article's text names anyone.
    pub author_fallback: Vec<String>,
    /// The publication date and where it was found.
    pub published: Option<(lede_extract::Date, DateSource)>,
    /// The last modification date.
    pub modified: Option<lede_extract::Date>,
    /// The canonical URL (`<link rel=canonical>`, `og:url`).
    pub canonical: Option<String>,
    pub site_name: Option<String>,
    /// The declared language tag (`<html lang>`, `og:locale`), as written.
    pub language: Option<String>,
}

/// Attribute values longer than this are not metadata (a data URL, an inlined blob); they are
/// ignored so that a hostile page cannot make the reading slow.
const MAX_VALUE: usize = 2_000;
/// JSON-LD blocks longer than this are skipped for the same reason.
const MAX_JSON: usize = 1_000_000;
/// How many headings and `<time>` elements are kept as candidates.
const MAX_CANDIDATES: usize = 8;
/// How far up the tree the context of a `<time>` or heading is looked for.
const MAX_ANCESTORS: usize = 40;
/// How many text nodes after the first heading may hold the article's date.
/// Second-level headings kept: a headline set as one comes before the sections'.
const H2_CANDIDATES: usize = 3;
/// Text nodes after a byline that still belong to the article's header.
const TEXT_AFTER_BYLINE: usize = 3;
const TEXT_AFTER_H1: usize = 40;

/// A `<time>` element (or an element marked `itemprop=datePublished`) and its place.
#[derive(Debug)]
struct TimeEl {
    value: String,
    /// Marked as the publication date (`pubdate`, `itemprop=datePublished`).
    marked: bool,
    /// Inside the article (`<article>`, `<main>`, `itemprop=articleBody`, `role=main`).
    in_content: bool,
    /// Inside clutter: comments, related stories, asides, footers, navigation.
    in_noise: bool,
}

/// A first-level heading and whether it sits in the article.
#[derive(Debug)]
struct Heading {
    text: String,
    in_content: bool,
    /// Shown to the reader as a heading: not hidden, not a site's logo.
    shown: bool,
}

/// Everything the walk gathered.
#[derive(Debug, Default)]
struct Evidence {
    lang: Option<String>,
    title: Option<String>,
    /// Meta tags: the lower-cased `name`, `property`, `itemprop` or `http-equiv`, and the content.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    jsonld: Vec<serde_json::Value>,
    h1: Vec<Heading>,
    /// The first second-level headings outside clutter.
    h2: Vec<String>,
    times: Vec<TimeEl>,
    /// Texts of `rel=author` links.
    rel_authors: Vec<String>,
    /// Names from `itemprop=author` microdata.
    item_authors: Vec<String>,
    /// Short texts of elements whose class or id names an author or byline, and of links to
    /// an author's page.
    bylines: Vec<String>,
    /// Short texts of elements whose class or id names a date, in the article's header.
    datelines: Vec<String>,
    /// How many of the datelines came before the first heading.
    datelines_before_h1: usize,
    /// How many texts stood between the last dateline before the first heading and the
    /// heading.
    dateline_gap: usize,
    /// Short texts near the first heading that read "By Ann Lee".
    text_bylines: Vec<String>,
    /// Dates standing alone in a short text near the first heading: (after the heading, date).
    text_dates: Vec<(bool, lede_extract::Date)>,
    /// Dates after a label anywhere in the page ("Published: May 3, 2021", "Updated" then a
    /// date in the next element): (the label names the publication, date).
    labelled_dates: Vec<(bool, lede_extract::Date)>,
    /// The first byline with a fuller label than "By" in clutter (a sidebar of the
    /// article's details): the last resort before the site's name.
    noise_bylines: Vec<String>,
    /// The first date after a publication's label in clutter (a sidebar of the article's
    /// details): the last resort.
    noise_published: Option<lede_extract::Date>,
}

impl Evidence {
    /// The first non-empty content of the meta tags named by `keys`, in the keys' order.
    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(name, v)| name == k && !v.trim().is_empty())
                .map(|(_, v)| v.trim())
        })
    }
}

/// Reads the metadata of a parsed page; `url` is the address it was fetched from, if known.
pub fn read(html: &Html, url: Option<&str>) -> Metadata {
    let ev = gather(html);
    let ld = jsonld::read(&ev.jsonld);

    let site_name = ev
        .meta(&["og:site_name"])
        .map(collapse)
        .or_else(|| ld.publisher.clone())
        .or_else(|| ev.meta(&["application-name"]).map(collapse))
        .filter(|s| !s.is_empty());

    let canonical = ev
        .canonical
        .as_deref()
        .or_else(|| ev.meta(&["og:url"]))
        .map(|c| absolute(c.trim(), url))
        .filter(|c| !c.is_empty());

    let language = ev
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| valid_lang(l))
        .map(str::to_string)
        .or_else(|| {
            ev.meta(&["og:locale", "content-language", "language", "dc.language"])
                .map(|l| l.trim().replace('_', "-"))
                .filter(|l| valid_lang(l))
        });

    let host = url.or(canonical.as_deref()).and_then(host_of);
    let mut sites: Vec<&str> = Vec::new();
    sites.extend(site_name.as_deref());
    sites.extend(ld.publisher.as_deref());
    sites.extend(ev.meta(&["application-name", "twitter:site"]));
    let title = title::choose(&title::Candidates {
        jsonld: ld.headline.as_deref(),
        og: ev.meta(&["og:title"]),
        twitter: ev.meta(&["twitter:title"]),
        html_title: ev.title.as_deref(),
        h1: ev
            .h1
            .iter()
            .map(|h| (h.text.as_str(), h.in_content))
            .collect(),
        h2: ev.h2.iter().map(String::as_str).collect(),
        sole_h1: match ev.h1.as_slice() {
            [h] if h.shown => Some(h.text.as_str()),
            _ => None,
        },
        sites: &sites,
        host: host.as_deref(),
    });

    let (authors, author_fallback) = authors(&ev, &ld, &sites, site_name.as_deref());
    let modified = ld
        .modified
        .as_deref()
        .and_then(dates::parse_date)
        .or_else(|| {
            ev.meta(&[
                "article:modified_time",
                "og:updated_time",
                "datemodified",
                "last-modified",
                "dcterms.modified",
            ])
            .and_then(dates::parse_date)
        });

    let published = published(&ev, &ld, url, modified);
    Metadata {
        title,
        authors,
        author_fallback,
        published,
        modified,
        canonical,
        site_name,
        language,
    }
}

/// The authors, from the first source that names any: JSON-LD, then the meta tags, then
/// microdata, author links and bylines. A source that only gives user names, or the site's
/// own name, is kept as a fallback: a personal site's author often is its name, and a page
/// written by a company names it; the organization named as the JSON-LD author comes next,
/// then the site's name. Returns the people, and the fallback.
fn authors(
    ev: &Evidence,
    ld: &jsonld::Found,
    sites: &[&str],
    site_name: Option<&str>,
) -> (Vec<String>, Vec<String>) {
    let is_site = |n: &String| sites.iter().any(|s| title::same_words(s, n));
    let mut weak: Option<Vec<String>> = None;
    let mut site_named: Option<Vec<String>> = None;
    let mut take = |found: Vec<String>| -> Option<Vec<String>> {
        if found.is_empty() {
            return None;
        }
        let found = names::dedup(found);
        if found.iter().all(is_site) {
            site_named.get_or_insert(found);
            return None;
        }
        let found: Vec<String> = found.into_iter().filter(|n| !is_site(n)).collect();
        if names::weak(&found) {
            weak.get_or_insert(found);
            return None;
        }
        Some(found)
    };
    let from_ld: Vec<String> = ld.authors.iter().flat_map(|a| names::clean(a)).collect();
    if let Some(f) = take(from_ld) {
        return (f, Vec::new());
    }
    const KEYS: &[&str] = &[
        "author",
        "article:author",
        "byl",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "dc.creator.personalname",
        "citation_author",
        "og:article:author",
        "article:author_name",
    ];
    for key in KEYS {
        let found: Vec<String> = ev
            .metas
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| names::clean(v))
            .collect();
        if let Some(f) = take(found) {
            return (f, Vec::new());
        }
    }
    if let Some(f) = take(labelled_author(ev)) {
        return (f, Vec::new());
    }
    for list in [
        &ev.item_authors,
        &ev.rel_authors,
        &ev.bylines,
        &ev.text_bylines,
        &ev.noise_bylines,
    ] {
        let found: Vec<String> = list.iter().flat_map(|v| names::clean(v)).collect();
        if let Some(f) = take(found) {
            return (f, Vec::new());
        }
    }
    let orgs = || {
        let orgs: Vec<String> = ld.org_authors.iter().map(|a| collapse(a)).collect();
        Some(names::dedup(orgs)).filter(|o| !o.is_empty())
    };
    let fallback = site_named
        .or_else(orgs)
        .or_else(|| {
            site_name
                .filter(|s| s.chars().any(char::is_alphabetic))
                .map(|s| vec![s.to_string()])
        })
        .unwrap_or_default();
    (weak.unwrap_or_default(), fallback)
}

/// The author of a labelled pair of meta tags, as publishing tools write the reading card of
/// a shared link: `twitter:label1` "Written by" with the name in `twitter:data1`.
fn labelled_author(ev: &Evidence) -> Vec<String> {
    for (k, v) in &ev.metas {
        let Some(n) = k.strip_prefix("twitter:label") else {
            continue;
        };
        let label = v.trim().to_lowercase();
        if matches!(
            label.as_str(),
            "written by" | "author" | "by" | "written by:"
        ) {
            let data = format!("twitter:data{n}");
            if let Some((_, name)) = ev.metas.iter().find(|(k, _)| *k == data) {
                return names::clean(name);
            }
        }
    }
    Vec::new()
}

/// The publication date: JSON-LD, meta tags, a `<time>` of the article, the URL.
fn published(
    ev: &Evidence,
    ld: &jsonld::Found,
    url: Option<&str>,
    modified: Option<lede_extract::Date>,
) -> Option<(lede_extract::Date, DateSource)> {
    let declared = declared_date(ev, ld);
    let found = shown_or_declared(ev, ld, url, modified, declared);
    if let (Some(d), Some(f)) = (declared, found) {
        // A shown date that is the declared one with its day and month swapped was read in
        // the wrong order ("09.10.2024" for September 10): the declared date settles it.
        if f.0 != d.0
            && f.0.year() == d.0.year()
            && f.0.month() == d.0.day()
            && f.0.day() == d.0.month()
        {
            return Some(d);
        }
    }
    found
}

/// The date the page shows, weighed against the dates it declares.
fn shown_or_declared(
    ev: &Evidence,
    ld: &jsonld::Found,
    url: Option<&str>,
    modified: Option<lede_extract::Date>,
    declared: Option<(lede_extract::Date, DateSource)>,
) -> Option<(lede_extract::Date, DateSource)> {
    // A full date in the address is the one the publishing system gave the story when it
    // was first published, in the site's own time zone: updates do not change it, and the
    // declared dates, often in UTC, may fall on the next or the previous day.
    if let Some(u) = url.and_then(dates::from_url) {
        return Some(
            declared
                .filter(|d| d.0 == u)
                .unwrap_or((u, DateSource::Url)),
        );
    }
    // The date the reader sees in the article's header decides between the declared
    // publication and modification dates: pages show one of them, and say it is the date.
    let visible: Vec<lede_extract::Date> = ev
        .times
        .iter()
        .filter(|t| !t.in_noise)
        .map(|t| t.value.as_str())
        .chain(ev.datelines.iter().map(String::as_str))
        .filter_map(dates::parse_date)
        .chain(ev.labelled_dates.iter().map(|t| t.1))
        .chain(ev.text_dates.iter().map(|t| t.1))
        .collect();
    // A declared publication date that the page labels as its update, beside another date
    // it labels as the publication ("Published Apr 2, 2023 · Updated Aug 1, 2025"), is the
    // update's: the labelled publication is the date.
    if let Some(d) = declared {
        let labelled = |p: bool, x: lede_extract::Date| ev.labelled_dates.contains(&(p, x));
        if labelled(false, d.0) && !labelled(true, d.0) {
            if let Some(&(_, p)) = ev.labelled_dates.iter().find(|t| t.0) {
                return Some((p, DateSource::Time));
            }
        }
    }
    // A header that shows both dates ("Published ... Updated ...") is dated by the first.
    if let Some(d) = declared.filter(|d| visible.contains(&d.0)) {
        return Some(d);
    }
    if let Some(&v) = visible
        .iter()
        .find(|v| Some(**v) == declared.map(|d| d.0) || Some(**v) == modified)
    {
        if let Some(d) = declared.filter(|d| d.0 == v) {
            return Some(d);
        }
        return Some((
            v,
            if ld.modified.is_some() {
                DateSource::JsonLd
            } else {
                DateSource::Meta
            },
        ));
    }
    if let Some(d) = seen_date(ev) {
        return Some((d, DateSource::Time));
    }
    declared.or(ev.noise_published.map(|d| (d, DateSource::Time)))
}

/// The date shown in the article's header: a `<time>` marked as the publication date or
/// inside the article, an element whose class names a date, a date standing alone near the
/// headline.
fn seen_date(ev: &Evidence) -> Option<lede_extract::Date> {
    let time = ev
        .times
        .iter()
        .filter(|t| !t.in_noise)
        .find(|t| t.marked)
        .or_else(|| ev.times.iter().find(|t| !t.in_noise && t.in_content));
    time.and_then(|t| dates::parse_date(&t.value))
        .or_else(|| {
            // A date set well apart above the headline, when a date stands right under it,
            // is the site's header (today's date), not the article's.
            let after = ev
                .text_dates
                .iter()
                .find(|t| t.0 && ev.dateline_gap > DATELINE_GAP)
                .map(|t| t.1);
            let datelines = ev.datelines.iter().enumerate();
            datelines
                .filter(|(i, _)| after.is_none() || *i >= ev.datelines_before_h1)
                .find_map(|(_, t)| dates::parse_date(t))
                .or(after)
        })
        .or_else(|| {
            ev.labelled_dates
                .iter()
                .find(|t| t.0)
                .or_else(|| ev.labelled_dates.first())
                .map(|t| t.1)
        })
        .or_else(|| {
            ev.text_dates
                .iter()
                .find(|t| t.0)
                .or_else(|| ev.text_dates.last())
                .map(|t| t.1)
        })
}

/// The publication date the page declares: JSON-LD, then meta tags.
fn declared_date(ev: &Evidence, ld: &jsonld::Found) -> Option<(lede_extract::Date, DateSource)> {
    if let Some(d) = ld.published.iter().find_map(|s| dates::parse_date(s)) {
        return Some((d, DateSource::JsonLd));
    }
    const KEYS: &[&str] = &[
        "article:published_time",
        "og:published_time",
        "article:published",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "published-date",
        "article.published",
        "parsely-pub-date",
        "sailthru.date",
        "citation_publication_date",
        "citation_date",
        "citation_online_date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date.created",
        "dcterms.created",
        "dc.date",
        "dcterms.date",
        "date",
        "og:article:published_time",
        "article.created",
        "published",
        "date_published",
        "created",
        "article_date_original",
        "originalpublicationdate",
    ];
    for key in KEYS {
        for (_, v) in ev.metas.iter().filter(|(k, _)| k == key) {
            if let Some(d) = dates::parse_meta_date(v) {
                return Some((d, DateSource::Meta));
            }
        }
    }
    None
}

/// Texts between a date above the headline and the headline beyond which the date belongs
/// to the site's header rather than the article's.
const DATELINE_GAP: usize = 3;

/// Walks the tree once and gathers the evidence.
fn gather(html: &Html) -> Evidence {
    let mut ev = Evidence::default();
    // Text nodes seen since the first heading (None before it).
    let mut after_h1: Option<usize> = None;
    // Texts seen before the first heading, and that count at the last dateline among them.
    let mut before_h1 = 0usize;
    let mut dateline_at = 0usize;
    // Whether the last text node was a byline's label alone ("By", "Written by").
    let mut byline_label = false;
    // Text nodes seen since the last byline (None before one).
    let mut after_byline: Option<usize> = None;
    // Whether the last text node was a date's label alone ("Published"), and whether it
    // names the publication rather than an update.
    let mut date_label: Option<bool> = None;
    // Whether the last text node, in clutter, was a byline's fuller label alone ("Author").
    let mut noise_byline_label = false;
    // Whether the last text node, in clutter, was a publication date's label alone.
    let mut noise_date_label = false;
    // What the class names of elements without an id say: a page repeats its class lists on
    // element after element, and each is read once.
    let mut class_cache: StrMap<'_, ClassWords> = StrMap::default();
    // The context of every open element, itself included: whether it sits in the article,
    // in clutter, and in an element whose insides no reader sees (a script, an icon's SVG).
    // Keeping it on a stack as the walk opens and closes elements spares a walk up the
    // ancestors for every candidate.
    let mut stack: Vec<(bool, bool, bool)> = Vec::new();
    for edge in html.tree.root().traverse() {
        let node = match edge {
            Edge::Open(n) => n,
            Edge::Close(n) => {
                if n.value().is_element() {
                    stack.pop();
                }
                continue;
            }
        };
        let ctx = stack.last().copied().unwrap_or((false, false, false));
        if let Node::Text(t) = node.value() {
            if ctx.2 {
                continue;
            }
            let t: &str = t;
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            // The article's header: near the heading, or just after a byline (which may sit
            // far from a heading set apart from the article).
            let near = match after_h1 {
                Some(n) => n < TEXT_AFTER_H1,
                None => true,
            } || after_byline.is_some_and(|n| n < TEXT_AFTER_BYLINE);
            if after_h1.is_none() {
                before_h1 += 1;
            }
            if let Some(n) = after_h1.as_mut() {
                *n += 1;
            }
            if let Some(n) = after_byline.as_mut() {
                *n += 1;
            }
            // A byline's label and its name are often apart ("By <a>Ann Lee</a>").
            let labelled = std::mem::take(&mut byline_label);
            if t.len() <= 60 && ev.text_bylines.len() < MAX_CANDIDATES && !ctx.1 {
                // A plain "By" is trusted near the headline only; a fuller label anywhere
                // ("Written by", an "Author" heading over the name).
                if names::is_byline(t) && (near || !names::starts_with_by(t)) {
                    ev.text_bylines.push(t.to_string());
                    after_byline = Some(0);
                } else if labelled && names::is_plain_name(t) {
                    ev.text_bylines.push(format!("By {t}"));
                    after_byline = Some(0);
                }
            } else if ctx.1 && t.len() <= 60 && ev.noise_bylines.is_empty() {
                // In clutter only a fuller label than "By" names the article's author, and
                // not "Posted by", which names a comment's.
                if names::is_byline(t) && !names::starts_with_by(t) && !posted(t) {
                    ev.noise_bylines.push(t.to_string());
                } else if noise_byline_label && names::is_plain_name(t) {
                    ev.noise_bylines.push(format!("By {t}"));
                }
            }
            noise_byline_label = ctx.1
                && t.len() <= 12
                && names::is_byline_label(t)
                && !names::starts_with_by(t)
                && !posted(t);
            byline_label = !ctx.1
                && t.len() <= 12
                && names::is_byline_label(t)
                && (near || !names::starts_with_by(t));
            let after_label = std::mem::take(&mut date_label);
            let after_noise_label = std::mem::take(&mut noise_date_label);
            // A date's label opening this text ("Published: May 3, 2021", or "Updated" alone),
            // read once for both the article's dates and the clutter's.
            let label = if t.len() <= 80 {
                dates::split_label(t)
            } else {
                None
            };
            if !ctx.1 && t.len() <= 80 && ev.labelled_dates.len() < MAX_CANDIDATES {
                if let Some(published) = after_label {
                    if let Some(d) = dates::parse_date(t) {
                        ev.labelled_dates.push((published, d));
                    }
                } else if let Some((published, rest)) =
                    label.or_else(|| dates::label_after_separator(t))
                {
                    if let Some(d) = dates::parse_date(rest) {
                        ev.labelled_dates.push((published, d));
                    }
                }
                if let Some((published, "")) = label {
                    date_label = Some(published);
                }
            } else if ctx.1 && t.len() <= 80 && ev.noise_published.is_none() {
                if after_noise_label {
                    ev.noise_published = dates::parse_date(t);
                } else if let Some((true, rest)) = label {
                    ev.noise_published = dates::parse_date(rest);
                }
                noise_date_label = matches!(label, Some((true, "")));
            }
            if near
                && t.len() <= 80
                && ev.text_dates.len() < MAX_CANDIDATES
                && t.as_bytes()
                    .windows(4)
                    .any(|w| w.iter().all(u8::is_ascii_digit))
                && node
                    .parent()
                    .and_then(|p| p.value().as_element())
                    .is_some_and(|p| {
                        !matches!(
                            p.name(),
                            "script" | "style" | "title" | "noscript" | "template" | "option"
                        )
                    })
            {
                if let Some(d) = dates::parse_date(t) {
                    if !ctx.1 {
                        // Before the heading only the nearest dates are kept.
                        if after_h1.is_none() && ev.text_dates.len() >= 2 {
                            ev.text_dates.remove(0);
                        }
                        ev.text_dates.push((after_h1.is_some(), d));
                    }
                }
            }
            continue;
        }
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if ctx.2 {
            stack.push(ctx);
            continue;
        }
        let e = el.value();
        // `Element::attr` interns the name it is given (a hash per call); comparing the
        // element's own few names is much cheaper, and this runs for every element.
        let raw_attr = |name: &str| e.attrs().find(|(k, _)| *k == name).map(|(_, v)| v);
        let attr = |name: &str| raw_attr(name).filter(|v| v.len() <= MAX_VALUE);
        let names = [
            raw_attr("class").unwrap_or(""),
            raw_attr("id").unwrap_or(""),
        ];
        let words = if names[1].is_empty() {
            *class_cache
                .entry(names[0])
                .or_insert_with(|| class_words(&names))
        } else {
            class_words(&names)
        };
        let in_content = ctx.0
            || matches!(e.name(), "article" | "main")
            || raw_attr("role") == Some("main")
            || raw_attr("itemprop").is_some_and(|p| has_word(p, "articleBody"));
        // A footer inside the article whose class names its author or date is the article's
        // own header set as a footer (`<footer class="entry-meta">`), not the page's clutter.
        let article_meta = e.name() == "footer" && ctx.0 && (words.byline || words.dateline);
        let in_noise = ctx.1
            || matches!(e.name(), "aside" | "nav")
            || (e.name() == "footer" && !article_meta)
            || words.noise;
        stack.push((in_content, in_noise, is_unseen(e.name())));
        match e.name() {
            "html" if ev.lang.is_none() => {
                ev.lang = attr("lang")
                    .or_else(|| attr("xml:lang"))
                    .map(str::to_string);
            }
            "title" if ev.title.is_none() && !in_svg(node) => {
                ev.title = Some(collapse(&text_of(el)));
            }
            "meta" => {
                let Some(content) = attr("content") else {
                    continue;
                };
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let Some(k) = attr(key) {
                        // `property` may hold several space-separated names (RDFa).
                        for k in k.split_ascii_whitespace() {
                            ev.metas.push((k.to_ascii_lowercase(), content.to_string()));
                        }
                    }
                }
            }
            "link" => {
                let rel = attr("rel").unwrap_or("");
                if has_word(rel, "canonical") && ev.canonical.is_none() {
                    ev.canonical = attr("href").map(str::to_string);
                }
            }
            "script" => {
                let ty = attr("type").unwrap_or("");
                if ty.trim().eq_ignore_ascii_case("application/ld+json") {
                    let raw = text_of(el);
                    if raw.len() <= MAX_JSON {
                        if let Some(v) = jsonld::parse(&raw) {
                            ev.jsonld.push(v);
                        }
                    }
                }
            }
            "h1" => {
                if after_h1.is_none() {
                    after_h1 = Some(0);
                    ev.dateline_gap = before_h1 - dateline_at;
                }
                if ev.h1.len() < MAX_CANDIDATES {
                    let text = collapse(&text_of(el));
                    if !text.is_empty() {
                        let class = names[0].to_ascii_lowercase();
                        let hidden = raw_attr("hidden").is_some()
                            || raw_attr("aria-hidden") == Some("true")
                            || ["sr-only", "visually-hidden", "screen-reader", "logo"]
                                .iter()
                                .any(|w| class.contains(w))
                            || raw_attr("style").is_some_and(|st| {
                                let st = st.replace(' ', "").to_ascii_lowercase();
                                st.contains("display:none") || st.contains("width:1px")
                            });
                        ev.h1.push(Heading {
                            text,
                            in_content: ctx.0,
                            shown: !hidden,
                        });
                    }
                }
            }
            "h2" if ev.h2.len() < H2_CANDIDATES && !ctx.1 => {
                let text = collapse(&text_of_bounded(el, 300));
                if !text.is_empty() {
                    ev.h2.push(text);
                }
            }
            "time" if ev.times.len() < MAX_CANDIDATES => {
                let value = attr("datetime")
                    .map(str::to_string)
                    .unwrap_or_else(|| collapse(&text_of(el)));
                let marked = raw_attr("pubdate").is_some()
                    || attr("itemprop").is_some_and(|p| has_word(p, "datePublished"));
                ev.times.push(TimeEl {
                    value,
                    marked,
                    in_content: ctx.0,
                    in_noise: ctx.1,
                });
            }
            _ => {}
        }
        if e.name() == "a" || e.name() == "link" {
            if let Some(rel) = attr("rel") {
                if has_word(rel, "author") && ev.rel_authors.len() < MAX_CANDIDATES {
                    let t = collapse(&text_of(el));
                    if !t.is_empty() {
                        ev.rel_authors.push(t);
                    }
                }
            }
        }
        if e.name() == "a"
            && ev.bylines.len() < MAX_CANDIDATES
            && attr("href").is_some_and(is_author_page)
        {
            let t = collapse(&text_of(el));
            if !t.is_empty() && t.len() <= 80 && !ctx.1 {
                ev.bylines.push(t);
            }
        }
        if matches!(
            e.name(),
            "div"
                | "span"
                | "p"
                | "a"
                | "address"
                | "li"
                | "section"
                | "header"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "strong"
        ) && (ev.bylines.len() < MAX_CANDIDATES || ev.datelines.len() < MAX_CANDIDATES)
        {
            let (byline, dateline) = (words.byline, words.dateline);
            // An author box in clutter (a sidebar's "About the author"): the element whose
            // class names the author's name holds it, the last resort.
            if byline && ctx.1 && ev.noise_bylines.is_empty() && has_author_name(names[0]) {
                let t = collapse(&text_of_bounded(el, 80));
                if names::is_plain_name(&t) {
                    ev.noise_bylines.push(t);
                }
            }
            if (byline || dateline) && !ctx.1 {
                let t = collapse(&text_of_bounded(el, 200));
                if !t.is_empty() && t.len() <= 200 {
                    if byline && t.len() <= 80 && ev.bylines.len() < MAX_CANDIDATES {
                        ev.bylines.push(t.clone());
                    }
                    // Class words such as "meta" and "time" name many containers without a
                    // date; only a text that parses as one takes a candidate's place.
                    if dateline
                        && ev.datelines.len() < MAX_CANDIDATES
                        && t.bytes().any(|b| b.is_ascii_digit())
                        && dates::parse_date(&t).is_some()
                    {
                        if after_h1.is_none() {
                            ev.datelines_before_h1 += 1;
                            dateline_at = before_h1;
                        }
                        ev.datelines.push(t);
                    }
                }
            }
        }
        if let Some(prop) = attr("itemprop") {
            if e.name() != "meta" && e.name() != "time" && has_word(prop, "datePublished") {
                if let Some(v) = attr("content").or_else(|| attr("datetime")) {
                    ev.metas.push(("datepublished".into(), v.to_string()));
                } else if ev.times.len() < MAX_CANDIDATES {
                    ev.times.push(TimeEl {
                        value: collapse(&text_of(el)),
                        marked: true,
                        in_content: ctx.0,
                        in_noise: ctx.1,
                    });
                }
            }
            if has_word(prop, "author") && ev.item_authors.len() < MAX_CANDIDATES {
                if let Some(name) = microdata_name(el) {
                    ev.item_authors.push(name);
                }
            }
        }
    }
    ev
}

/// Whether a class names an author's name (`author-name`, `author-box__name`).
fn has_author_name(class: &str) -> bool {
    class.split_ascii_whitespace().any(|c| {
        let c = c.to_ascii_lowercase();
        c.contains("author") && c.contains("name") && !c.contains("comment")
    })
}

/// Whether a text opens with "Posted" (a comment's byline in clutter).
fn posted(t: &str) -> bool {
    t.trim_start()
        .get(..6)
        .is_some_and(|p| p.eq_ignore_ascii_case("posted"))
}

/// The name of an `itemprop=author` element: its nested `itemprop=name`, its `content`, or
/// its text.
fn microdata_name(el: ElementRef<'_>) -> Option<String> {
    let e = el.value();
    if e.attr("itemtype")
        .is_some_and(|t| t.contains("Organization"))
    {
        return None;
    }
    for d in el.descendants().skip(1).take(200) {
        if let Some(inner) = ElementRef::wrap(d) {
            if inner
                .value()
                .attr("itemprop")
                .is_some_and(|p| has_word(p, "name"))
            {
                let t = inner
                    .value()
                    .attr("content")
                    .map(collapse)
                    .unwrap_or_else(|| collapse(&text_of(inner)));
                if !t.is_empty() {
                    return Some(t);
                }
            }
        }
    }
    let t = e
        .attr("content")
        .filter(|v| v.len() <= MAX_VALUE)
        .map(collapse)
        .unwrap_or_else(|| collapse(&text_of(el)));
    (!t.is_empty() && t.len() <= 200).then_some(t)
}

/// Words of class names and ids that mark clutter.
const NOISE: &[&str] = &[
    "comment",
    "related",
    "recommend",
    "sidebar",
    "footer",
    "more-stories",
    "trending",
    "popular",
    "promo",
    "teaser",
    "widget",
];
/// Words that mark an author's name (the first two) or a date (all but the first).
const HEADER: &[&str] = &[
    "author", "byline", "date", "time", "publish", "updated", "posted", "meta",
];

/// The words of [`NOISE`] and then those of [`HEADER`], in one automaton so that every
/// element's class and id are searched once.
static CLASS_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(NOISE.iter().chain(HEADER))
        .expect("a few plain words always build")
});

/// What an element's class names and ids say of it.
#[derive(Clone, Copy, Debug, Default)]
struct ClassWords {
    /// Clutter: comments, related stories, sidebars.
    noise: bool,
    /// An author's name.
    byline: bool,
    /// A date.
    dateline: bool,
}

/// What class names and ids mark: clutter, a byline, a date.
fn class_words(values: &[&str]) -> ClassWords {
    let mut w = ClassWords::default();
    let mut sidebar = false;
    for v in values.iter().filter(|v| !v.is_empty()) {
        for m in CLASS_WORDS.find_overlapping_iter(*v) {
            // A utility class with a variant or an arbitrary value (`md:[grid-area:sidebar]`,
            // `[--sidebar-width:20rem]`) styles the element; it does not say what it holds.
            // The names of a class list are apart by ASCII white space; a no-break space is
            // inside a name (and two bytes long).
            let start = v[..m.start()]
                .rfind(|c: char| c.is_ascii_whitespace())
                .map_or(0, |i| i + 1);
            let end = v[m.end()..]
                .find(|c: char| c.is_ascii_whitespace())
                .map_or(v.len(), |i| m.end() + i);
            if v[start..end].contains(['[', ':']) {
                continue;
            }
            // "promoted" (a story promoted to the front page) states the article's standing;
            // it is no promotion box. Bytes, as a class may go on with any character.
            if v.as_bytes()[m.start()..]
                .get(..8)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"promoted"))
            {
                continue;
            }
            match m.pattern().as_usize().checked_sub(NOISE.len()) {
                None if NOISE[m.pattern().as_usize()] == "sidebar" => sidebar = true,
                None => w.noise = true,
                Some(i) => {
                    w.byline |= i <= 1;
                    w.dateline |= i >= 1;
                }
            }
        }
    }
    // "sidebar" in a name of the page's layout ("has-sidebar"), or beside another name of the
    // article's container ("sidebar-fixed article-content"), names a layout with a sidebar,
    // around the article; "sidebar-wrap" alone is the sidebar.
    if sidebar {
        let tokens: Vec<String> = values
            .iter()
            .flat_map(|v| v.split_ascii_whitespace())
            .map(str::to_ascii_lowercase)
            .collect();
        let content = ["content", "article", "main", "layout", "container"];
        let layout = tokens.iter().any(|t| {
            (t.contains("sidebar") && ["has-", "with-", "no-"].iter().any(|p| t.starts_with(p)))
                || (!t.contains("sidebar") && content.iter().any(|c| t.contains(c)))
        });
        w.noise |= !layout;
    }
    w
}

/// Whether the node is inside an `<svg>` (whose `<title>` is not the page's).
fn in_svg(node: NodeRef<'_, Node>) -> bool {
    node.ancestors()
        .take(MAX_ANCESTORS)
        .any(|a| a.value().as_element().is_some_and(|e| e.name() == "svg"))
}

/// The text inside an element, bounded so that a huge element costs little.
fn text_of(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    for t in pieces(el) {
        if out.len() + t.len() > MAX_JSON {
            break;
        }
        out.push_str(t);
    }
    out
}

/// The text inside an element, up to `limit` bytes and a little more.
fn text_of_bounded(el: ElementRef<'_>, limit: usize) -> String {
    let mut out = String::new();
    for t in pieces(el) {
        out.push_str(t);
        if out.len() > limit {
            break;
        }
    }
    out
}

/// Elements whose insides no reader sees, which the metadata does not read (the cut before the
/// parse empties them, `unseen.rs`): scripts, style sheets, an icon's SVG, MathML, `<noscript>`.
fn is_unseen(name: &str) -> bool {
    matches!(name, "script" | "style" | "svg" | "math" | "noscript")
}

/// The text nodes inside an element, with a space for each line break and block inside it:
/// "Top programs of 2025<br>Your guide" reads as two phrases, not "2025Your". The code of a
/// script or style sheet, an icon's SVG and a `<noscript>` inside it are no text of it (the
/// element's own text is, for structured data): no reader sees them.
fn pieces(el: ElementRef<'_>) -> impl Iterator<Item = &str> {
    let id = el.id();
    // Depth inside an element whose text is not read.
    let mut unread = 0usize;
    el.traverse().filter_map(move |edge| match edge {
        Edge::Open(n) => match n.value() {
            Node::Text(t) if unread == 0 => Some(&**t),
            Node::Element(e) => {
                if unread > 0 || (n.id() != id && is_unseen(e.name())) {
                    unread += 1;
                    None
                } else {
                    matches!(e.name(), "br" | "p" | "div" | "li").then_some(" ")
                }
            }
            _ => None,
        },
        Edge::Close(n) => {
            if unread > 0 && n.value().is_element() {
                unread -= 1;
            }
            None
        }
    })
}

/// Decodes the character references that pages leave in their metadata (JSON-LD is not
/// HTML, so `&amp;` and `&#8217;` reach it undecoded; some meta tags escape twice).
pub(crate) fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.as_bytes().iter().take(12).position(|&b| b == b';');
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collapses runs of white space into one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a space-separated attribute value holds the word (ASCII case-insensitive).
fn has_word(value: &str, word: &str) -> bool {
    value
        .split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// A language tag worth reporting: letters, digits and hyphens, starting with two or three letters.
fn valid_lang(l: &str) -> bool {
    let first = l.split('-').next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && l.len() <= 35
        && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// The host of an absolute URL, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Resolves a root-relative or protocol-relative address against the page's URL.
/// What the address of an author's page holds, as a byline's link gives it.
const AUTHOR_PATHS: [&str; 2] = ["/author/", "/authors/"];

/// Whether a link's address is an author's page.
fn is_author_page(href: &str) -> bool {
    AUTHOR_PATHS.iter().any(|p| href.contains(p))
}

/// Whether a link's address as the page writes it (before its character references are
/// decoded) may be an author's page: the only addresses of `<a>` elements that the cut before
/// parsing keeps (`unseen::is_read`). A reference may spell any character, so a value with
/// one is kept.
pub(crate) fn may_be_author_page(raw: &[u8]) -> bool {
    memchr::memchr(b'&', raw).is_some()
        || AUTHOR_PATHS
            .iter()
            .any(|p| memchr::memmem::find(raw, p.as_bytes()).is_some())
}

fn absolute(href: &str, base: Option<&str>) -> String {
    let Some(base) = base else {
        return href.to_string();
    };
    let Some((scheme, rest)) = base.split_once("://") else {
        return href.to_string();
    };
    if let Some(r) = href.strip_prefix("//") {
        return format!("{scheme}://{r}");
    }
    if href.starts_with('/') {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return format!("{scheme}://{host}{href}");
    }
    href.to_string()
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    /// Reads a page fetched from `https://news.example.com/...` and renders its metadata, one
    /// field a line, the fields it lacks left out.
    fn check(html: &str, expect: Expect) {
        check_url(html, None, expect);
    }

    fn check_url(html: &str, url: Option<&str>, expect: Expect) {
        let m = super::read(&scraper::Html::parse_document(html), url);
        let mut out = String::new();
        if let Some(t) = &m.title {
            out += &format!("title: {t}\n");
        }
        if !m.authors.is_empty() {
            out += &format!("authors: {}\n", m.authors.join("; "));
        } else if !m.author_fallback.is_empty() {
            out += &format!("author fallback: {}\n", m.author_fallback.join("; "));
        }
        if let Some((d, src)) = m.published {
            out += &format!("published: {d} ({})\n", src.as_str());
        }
        if let Some(d) = m.modified {
            out += &format!("modified: {d}\n");
        }
        if let Some(c) = &m.canonical {
            out += &format!("canonical: {c}\n");
        }
        if let Some(s) = &m.site_name {
            out += &format!("site: {s}\n");
        }
        if let Some(l) = &m.language {
            out += &format!("language: {l}\n");
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn the_cut_keeps_every_author_page() {
        // What the walk reads as an author's page, the cut before parsing keeps, also spelt
        // with character references; other links it may drop.
        // Through the cut, as a page is read.
        let page = crate::read_page(
            r#"<body><p><a href="&#x2F;author&#x2F;ann">Ann Lee</a></p>
            <p><a href="/news/2024/harbour">Tom Reed</a></p><p>Rain fell.</p></body>"#,
            None,
        );
        assert_eq!(page.metadata.authors, ["Ann Lee"]);
        for href in [
            "/author/ann-lee",
            "https://news.example.com/authors/ann/",
            "/x/author/",
        ] {
            assert!(super::is_author_page(href), "{href}");
            assert!(super::may_be_author_page(href.as_bytes()), "{href}");
        }
        assert!(super::may_be_author_page(b"&#47;author&#47;ann"));
        assert!(!super::may_be_author_page(b"/news/2024/harbour"));
    }

    #[test]
    fn context_of_clutter_reaches_every_descendant() {
        // Bylines and dates inside clutter (named by a class word in any case, or by an
        // aside or footer however deep) are not the article's; those of the article are.
        check(
            r#"<html><body>
<div class="Sidebar-Wrap"><div><div><span class="byline">By Rob Stone</span>
<time datetime="2024-01-02">Jan 2</time></div></div></div>
<article><h1>Rain</h1><div class="entry-byline"><span>Ann Lee</span></div>
<div role="note"><time datetime="2024-03-05">March 5</time></div><p>Text.</p></article>
<footer><div><p class="post-date"><time datetime="2024-06-07">June 7</time></p></div></footer>
</body></html>"#,
            expect![[r#"
                title: Rain
                authors: Ann Lee
                published: 2024-03-05 (time)
            "#]],
        );
    }

    #[test]
    fn json_ld_article() {
        check(
            r#"<html lang="en-GB"><head><title>Storm hits coast | Daily Example</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Daily Example"},
              {"@type":"NewsArticle","headline":"Storm hits coast",
               "author":[{"@type":"Person","name":"Jane Smith"},{"@type":"Organization","name":"Daily Example"},"By Tom Jones and Ann Lee"],
               "datePublished":"2025-09-04T23:30:00-04:00","dateModified":"2025-09-05",
               "publisher":{"@type":"Organization","name":"Daily Example"}}]}</script>
            </head><body><h1>Something else entirely</h1></body></html>"#,
            expect![[r#"
                title: Storm hits coast
                authors: Jane Smith; Tom Jones; Ann Lee
                published: 2025-09-04 (json-ld)
                modified: 2025-09-05
                site: Daily Example
                language: en-GB
            "#]],
        );
    }

    #[test]
    fn broken_json_ld_falls_back_to_meta() {
        check(
            r#"<head><script type="application/ld+json"><!-- {"@type": "Article", "headline": "Bro
            ken", --></script>
            <meta property="og:title" content="Council approves budget - The Example Times">
            <meta property="og:site_name" content="The Example Times">
            <meta property="og:locale" content="en_US">
            <meta property="og:url" content="https://example.com/budget">
            <meta property="article:author" content="https://example.com/staff/jane">
            <meta name="author" content="Jane Smith, John Doe">
            <meta property="article:published_time" content="2025-03-01T08:00:00Z">
            <meta property="article:modified_time" content="2025-03-02T08:00:00Z"></head>"#,
            expect![[r#"
                title: Council approves budget
                authors: Jane Smith; John Doe
                published: 2025-03-01 (meta)
                modified: 2025-03-02
                canonical: https://example.com/budget
                site: The Example Times
                language: en-US
            "#]],
        );
    }

    #[test]
    fn headline_agrees_with_declared_titles() {
        // A heading whose characters the page lost to question marks: the declared title
        // writes it in full. A question in a heading is no loss.
        check(
            r#"<head><meta property="og:title" content="River walks: a beginner's guide"></head>
            <body><h1>River walks? A beginner? guide</h1></body>"#,
            expect![[r#"
                title: River walks: a beginner's guide
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Where to walk this spring"></head>
            <body><h1>Where should you walk this spring? Ten river paths to try</h1></body>"#,
            expect![[r#"
                title: Where should you walk this spring? Ten river paths to try
            "#]],
        );
        // The page's only heading, worded otherwise than the declared title: the reader's.
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring"></head>
            <body><h1>The ten best river walks to take this spring</h1></body>"#,
            expect![[r#"
                title: The ten best river walks to take this spring
            "#]],
        );
        // ... but not when it is hidden, a logo, or too short to be a headline.
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring"></head>
            <body><h1 class="sr-only">Search the whole site here</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring"></head>
            <body><h1 class="site-logo">The River Walkers Weekly Club</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring"></head>
            <body><h1>Our blog</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring
            "#]],
        );
        // A short heading that opens the declared title before a bar: what follows is the
        // site's name, however it is spelt.
        check(
            r#"<head><title>Flood Maps | Office of River Studies</title></head>
            <body><h1>Flood Maps</h1></body>"#,
            expect![[r#"
                title: Flood Maps
            "#]],
        );
        // Two or three words after a dash, behind a headline of four or more, are a label;
        // a longer tail is the headline's own.
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring – Family Days Out"></head>
            <body><h1>Ten river walks for spring – Family Days Out</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring – and where to eat after them"></head>
            <body><h1>Ten river walks for spring – and where to eat after them</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring – and where to eat after them
            "#]],
        );
        // A heading in capitals reads as the declared title writes it; a heading that
        // introduces something with a colon is no headline.
        check(
            r#"<head><meta property="og:title" content="Ten River Walks for Spring"></head>
            <body><h1>TEN RIVER WALKS FOR SPRING</h1></body>"#,
            expect![[r#"
                title: Ten River Walks for Spring
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Ten river walks for spring - Walkers"></head>
            <body><h1>A message from the founder of our walking club:</h1></body>"#,
            expect![[r#"
                title: Ten river walks for spring
            "#]],
        );
        // A heading of a word that opens the declared title, with a few words of the site's
        // after it; after a colon, the words are the headline's.
        check(
            r#"<head><title>FLOOD Definition & Meaning</title></head><body><h1>flood</h1></body>"#,
            expect![[r#"
                title: flood
            "#]],
        );
        check(
            r#"<head><title>Flood Maps: How to Read Them</title></head><body><h1>Flood maps</h1></body>"#,
            expect![[r#"
                title: Flood Maps: How to Read Them
            "#]],
        );
        // A page's only heading that is a paragraph of description set large is no headline.
        check(
            r#"<head><meta property="og:title" content="The ten best river walks of 2025 | Walkers"></head>
            <body><h1>Find out which river walks our readers loved most this year? Get tips on
            where to park, when to go and what to bring. We will help you plan every step of your
            next day out by the water.</h1></body>"#,
            expect![[r#"
                title: The ten best river walks of 2025
            "#]],
        );
        // A heading that carries a one-word section label after a bar, as the declared
        // title does: the label is not the headline's.
        check(
            r#"<head><meta property="og:title" content="Why the river floods every spring | Opinion"></head>
            <body><h1>Why the river floods every spring | Opinion</h1></body>"#,
            expect![[r#"
                title: Why the river floods every spring
            "#]],
        );
        // The heading is a run of the og:title, which carries a section: the heading wins.
        check(
            r#"<head><title>Mayor resigns after vote | Politics | Example News</title>
            <meta property="og:title" content="Mayor resigns after vote | Politics">
            <link rel="canonical" href="/2025/01/02/mayor"></head>
            <body><h1>Example News</h1><article><h1> Mayor resigns
            after vote </h1></article></body>"#,
            expect![[r#"
                title: Mayor resigns after vote
                canonical: /2025/01/02/mayor
            "#]],
        );
        // A heading that puts a date or a section before the declared title: the label is
        // not the headline's.
        check(
            r#"<head><meta property="og:title" content="Night trains return to the valley"></head>
            <body><h1>Mar 4 2025 Night trains return to the valley</h1></body>"#,
            expect![[r#"
                title: Night trains return to the valley
                published: 2025-03-04 (time)
            "#]],
        );
        check(
            r#"<head><meta property="og:title" content="Night trains return to the valley | Rail Notes">
            <meta property="og:site_name" content="Rail Notes"></head>
            <body><h1>News: Night trains return to the valley</h1></body>"#,
            expect![[r#"
                title: Night trains return to the valley
                author fallback: Rail Notes
                site: Rail Notes
            "#]],
        );
        // The headline set as a second-level heading, with the sections at the first level.
        check(
            r#"<head><title>What makes a good night train? | Rail Notes</title></head>
            <body><h2>What makes a good night train?</h2><p>Text.</p>
            <h1>The beds matter more than the speed</h1><p>Text.</p></body>"#,
            expect![[r#"
                title: What makes a good night train?
            "#]],
        );
        // Two bars: the parts after the first are a section and a site.
        check(
            r#"<head><title>How to keep bread fresh longer | Kitchen Tips | The Baking School</title></head>
            <body><h1 class="sr-only">How to keep bread fresh longer | Kitchen Tips | The Baking School</h1></body>"#,
            expect![[r#"
                title: How to keep bread fresh longer
            "#]],
        );
        // Without a heading the site's name is cut using the domain as evidence.
        check_url(
            r#"<head><title>Examplepost: Rates rise again</title></head>"#,
            Some("https://www.examplepost.com/rates"),
            expect![[r#"
                title: Rates rise again
            "#]],
        );
        // A site's name whose first word opens the domain.
        check_url(
            r#"<head><title>Garden Design Portfolio | Greenleaf Landscape Studio</title></head>"#,
            Some("https://greenleafdesign.com/portfolio/"),
            expect![[r#"
                title: Garden Design Portfolio
            "#]],
        );
        // A title that opens with the site's address.
        check_url(
            r#"<head><title>riverjournal.net Night trains return</title></head>"#,
            Some("https://www.riverjournal.net/2025/night-trains.html"),
            expect![[r#"
                title: Night trains return
            "#]],
        );
        // The title's short tail after a bar is cut when nothing confirms it.
        check(
            "<title>How meditation changes the brain | Opinion</title>",
            expect![[r#"
                title: How meditation changes the brain
            "#]],
        );
    }

    #[test]
    fn meta_author_sources_and_cleaning() {
        check(
            r#"<meta name="byl" content="By JANE SMITH and Tom O'Neil">"#,
            expect![[r#"
                authors: JANE SMITH; Tom O'Neil
            "#]],
        );
        check(
            r#"<meta name="parsely-author" content="Anna &amp;amp; Mara">"#,
            expect![[r#"
                authors: Anna & Mara
            "#]],
        );
        // A user name gives way to a real name found later.
        check(
            r#"<meta name="author" content="jsmith">
            <div itemprop="author" itemscope><span itemprop="name">Jane Smith</span></div>"#,
            expect![[r#"
                authors: Jane Smith
            "#]],
        );
        check(
            r#"<body><h1>Title here</h1><p class="byline">Written by Ann Lee, MD</p>
            <a rel="author" href="/x">Bob Ray</a></body>"#,
            expect![[r#"
                title: Title here
                authors: Bob Ray
            "#]],
        );
        check(
            r#"<body><div class="post-author">By <a href="/author/ann">Ann Lee</a></div></body>"#,
            expect![[r#"
                authors: Ann Lee
            "#]],
        );
        // A layout with a sidebar around the article is not a sidebar.
        check(
            r#"<body><div class="has-sidebar"><article><h1>Rain</h1>
            <div class="byline">ByAnn Lee</div><time datetime="2024-03-05">March 5</time>
            </article><div class="sidebar-wrap"><time datetime="2024-01-02">Jan 2</time></div>
            </div></body>"#,
            expect![[r#"
                title: Rain
                authors: Ann Lee
                published: 2024-03-05 (time)
            "#]],
        );
        // The labels and links printed beside a name in its element are not names, and a
        // line break inside it separates words.
        check(
            r#"<body><h1>Top walks of 2025<br>Our guide to the river</h1>
            <div class="author">Ann Lee <span>Last updated</span></div>
            <div class="author">Bob Ray Author Posts</div>
            <div class="author"><a href="/ann">See all of Ann Lee's reviews</a></div></body>"#,
            expect![[r#"
                title: Top walks of 2025 Our guide to the river
                authors: Ann Lee; Bob Ray
            "#]],
        );
    }

    #[test]
    fn authors_by_reference_label_site_and_organization() {
        // A JSON-LD author that only points at a Person elsewhere in the graph.
        check(
            r#"<script type="application/ld+json">{"@graph": [
              {"@type": "Article", "headline": "A story", "author": {"@id": "/people/ann"}},
              {"@type": "Person", "@id": "/people/ann", "name": "Ann Lee"}]}</script>"#,
            expect![[r#"
                title: A story
                authors: Ann Lee
            "#]],
        );
        // The reading card of a shared link labels its author.
        check(
            r#"<meta name="twitter:label1" content="Written by">
            <meta name="twitter:data1" content="Bob Ray">
            <meta name="twitter:label2" content="Est. reading time">
            <meta name="twitter:data2" content="4 minutes">"#,
            expect![[r#"
                authors: Bob Ray
            "#]],
        );
        // A personal site named after its author: the name is the author's.
        check(
            r#"<meta property="og:site_name" content="Cleo Park">
            <meta name="author" content="Cleo Park">"#,
            expect![[r#"
                author fallback: Cleo Park
                site: Cleo Park
            "#]],
        );
        // ... but a person named beside the site's name wins.
        check(
            r#"<meta property="og:site_name" content="Daily Widget">
            <meta name="author" content="Daily Widget">
            <a rel="author" href="/x">Dan Moss</a>"#,
            expect![[r#"
                authors: Dan Moss
                site: Daily Widget
            "#]],
        );
        // A byline's label apart from its name, and labels other than "By".
        check(
            r#"<body><h1>A story</h1><p>Written by</p><p>Eve Stone</p><p>Text.</p></body>"#,
            expect![[r#"
                title: A story
                authors: Eve Stone
            "#]],
        );
        check(
            r#"<body><h1>A story</h1><div>By: <button>Finn Hale</button></div></body>"#,
            expect![[r#"
                title: A story
                authors: Finn Hale
            "#]],
        );
        check(
            r#"<body><h1>A story</h1><p>Written by Gus Ward</p></body>"#,
            expect![[r#"
                title: A story
                authors: Gus Ward
            "#]],
        );
        // A byline that shows the date before or after the name.
        check(
            r#"<body><h1>A story</h1><p class="author">
            Ivo Marsh<br>
            4 August 2010</p></body>"#,
            expect![[r#"
                title: A story
                authors: Ivo Marsh
                published: 2010-08-04 (time)
            "#]],
        );
        check(
            r#"<body><h1>A story</h1><div class="post-author">Dec. 19, 2025 &middot; Ivo Marsh
            on behalf of <a href="/team">the design team</a></div></body>"#,
            expect![[r#"
                title: A story
                authors: Ivo Marsh
                published: 2025-12-19 (time)
            "#]],
        );
        // The article's details in a sidebar: a labelled author is the last resort, a plain
        // "By" there (a related story's) is not.
        check(
            r#"<body><h1>A story</h1><p>Text.</p>
            <aside><h3>Author</h3><p>Ivo Marsh</p></aside></body>"#,
            expect![[r#"
                title: A story
                authors: Ivo Marsh
            "#]],
        );
        check(
            r#"<body><h1>A story</h1><p>Text.</p>
            <aside><p>Another story</p><p>By Ivo Marsh</p></aside>
            <div class="comments"><p>Posted by:</p><p>Eve Stone</p></div></body>"#,
            expect![[r#"
                title: A story
            "#]],
        );
        // An author box in a sidebar, after a comment whose author's name is marked alike.
        check(
            r#"<body><h1>A story</h1><p>Text.</p>
            <div class="comments"><span class="comment-author-name">Eve Stone</span></div>
            <div class="sidebar"><h4 class="author-box__name">Ivo Marsh</h4></div></body>"#,
            expect![[r#"
                title: A story
                authors: Ivo Marsh
            "#]],
        );
        // "Article by" as a heading over the name, at the foot of the page.
        check(
            &format!(
                "<body><h1>A story</h1>{}<h2>Article by</h2><div>Ivo Marsh</div></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: A story
                authors: Ivo Marsh
            "#]],
        );
        // A utility class whose value names a sidebar does not make its content clutter.
        check(
            r#"<body><h1>A story</h1><div class="md:[grid-area:sidebar] flex">
            <div class="byline">By Ivo Lund</div></div></body>"#,
            expect![[r#"
                title: A story
                authors: Ivo Lund
            "#]],
        );
        check(
            r#"<body><h1>A story</h1><div class="sidebar">
            <div class="byline">By Ivo Lund</div></div></body>"#,
            expect![[r#"
                title: A story
            "#]],
        );
        // An author's box names its author in a heading.
        check(
            r#"<body><h1>A story</h1><div class="box"><h4 class="author-name">Hana Orr</h4></div></body>"#,
            expect![[r#"
                title: A story
                authors: Hana Orr
            "#]],
        );
        // Far from the headline a fuller label still names the author, a bare "By" does not.
        check(
            &format!(
                "<body><h1>A story</h1>{}<div><h3>Author</h3><p>Jo Quinn</p></div></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: A story
                authors: Jo Quinn
            "#]],
        );
        check(
            &format!(
                "<body><h1>A story</h1>{}<p>By Kim Voss</p></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: A story
            "#]],
        );
        // A label followed by something that is not a name names no one.
        check(
            r#"<body><h1>A story</h1><p>By</p><p>the river, at dawn.</p></body>"#,
            expect![[r#"
                title: A story
            "#]],
        );
        // An organization declared as the author is the author of last resort.
        check(
            r#"<script type="application/ld+json">{"@type": "BlogPosting",
              "author": {"@type": "Organization", "name": "Widget Makers"}}</script>"#,
            expect![[r#"
                author fallback: Widget Makers
            "#]],
        );
    }

    #[test]
    fn date_formats() {
        for (value, _) in [
            ("2025-09-04", ()),
            ("2025-09-04T23:30:00-04:00", ()),
            ("2025/09/04", ()),
            ("September 4, 2025", ()),
            ("4 September 2025", ()),
            ("Sep 4, 2025", ()),
            ("Sept. 4th, 2025", ()),
            ("Thu, 04 Sep 2025 10:00:00 GMT", ()),
            ("20250904T100000Z", ()),
            ("04.09.2025", ()),
            ("9/4/2025", ()),
            ("Thu, 09/04/2025 - 10:00", ()),
            ("Thursday, 2025-09-04", ()),
            ("Updated: may 4... September 4, 2025", ()),
        ] {
            assert_eq!(
                super::dates::parse_date(value)
                    .map(|d| d.to_string())
                    .as_deref(),
                Some("2025-09-04"),
                "{value}"
            );
        }
        for bad in [
            "2025-02-30",
            "September 2025",
            "1850-01-01",
            "2025-13-01",
            "",
            "May the force",
            "99999999999999",
        ] {
            assert_eq!(super::dates::parse_date(bad), None, "{bad}");
        }
        assert_eq!(
            super::dates::parse_meta_date("1757000000")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(super::dates::parse_date("1757000000"), None);
    }

    #[test]
    fn date_sources_and_precedence() {
        // A <time> marked as the publication date, beside a declared date it agrees with:
        // the declared source is kept.
        check(
            r#"<meta property="article:published_time" content="2025-01-02">
            <body><article><time datetime="2025-01-02T10:00">Jan 2</time></article></body>"#,
            expect![[r#"
                published: 2025-01-02 (meta)
            "#]],
        );
        // The header shows the modification date: it is the one the reader sees.
        check(
            r#"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-05-01","dateModified":"2024-06-07"}</script>
            <body><h1>Guide</h1><p class="updated">Updated June 7, 2024</p></body>"#,
            expect![[r#"
                title: Guide
                published: 2024-06-07 (json-ld)
                modified: 2024-06-07
            "#]],
        );
        // A shown date that reads as the declared one with day and month swapped was read
        // in the wrong order: the declared date decides.
        check(
            r#"<meta property="article:published_time" content="2024-09-10T16:07:00Z">
            <body><h1>Guide</h1><p>09.10.2024</p><p>Text.</p></body>"#,
            expect![[r#"
                title: Guide
                published: 2024-09-10 (meta)
            "#]],
        );
        // A footer inside the article whose class names a date holds the article's own date;
        // the page's footer stays clutter.
        check(
            r#"<body><article><h1>Story</h1><footer class="author-meta">
            <span class="meta-date">March 30, 2023</span></footer><p>Text.</p></article>
            <footer class="site-meta"><span class="date">January 2, 2024</span></footer></body>"#,
            expect![[r#"
                title: Story
                published: 2023-03-30 (time)
            "#]],
        );
        // An article marked "promoted" is no promotion box: its date counts.
        check(
            r#"<body><article class="node node--promoted"><h1>Story</h1>
            <p class="post-date">March 30, 2023</p><p>Text.</p></article>
            <div class="promo widget été"><p class="post-date">January 2, 2024</p></div></body>"#,
            expect![[r#"
                title: Story
                published: 2023-03-30 (time)
            "#]],
        );
        // A date in the site's header, well above the headline, gives way to the one under
        // the headline; a date just above the headline is the article's.
        check(
            r#"<body><div class="today-date">Friday, December 19, 2025</div><p>Blog</p>
            <p>Press</p><p>Insights</p><p>Search</p><h1>Story</h1><p>By Ann Lee</p>
            <p>12.12.2025</p><p>Text.</p></body>"#,
            expect![[r#"
                title: Story
                authors: Ann Lee
                published: 2025-12-12 (time)
            "#]],
        );
        check(
            r#"<body><p>Menu</p><div class="date">October 13, 2025</div><h1>Story</h1>
            <p>Text.</p><p>Held on 19 March 2026.</p></body>"#,
            expect![[r#"
                title: Story
                published: 2025-10-13 (time)
            "#]],
        );
        // A label after the article's kind, set apart by a separator, still labels the date.
        check(
            r#"<body><h1>Story</h1><p><span>Essay - Published: 2025.12.17 | </span></p>
            <p>Text.</p></body>"#,
            expect![[r#"
                title: Story
                published: 2025-12-17 (time)
            "#]],
        );
        // A header that shows both dates is dated by the publication.
        check(
            r#"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-05-01","dateModified":"2024-06-07"}</script>
            <body><h1>Guide</h1><p class="updated">Updated June 7, 2024</p>
            <p class="date">Published May 1, 2019</p></body>"#,
            expect![[r#"
                title: Guide
                published: 2019-05-01 (json-ld)
                modified: 2024-06-07
            "#]],
        );
        // The declared publication date is the one the page labels as its update, beside a
        // labelled publication: the label is believed.
        check(
            r#"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"Aug 21, 2025"}</script>
            <body><h1>Guide</h1><p>Published</p><p>Apr 26, 2023</p>
            <p>Updated</p><p>Aug 21, 2025</p></body>"#,
            expect![[r#"
                title: Guide
                published: 2023-04-26 (time)
            "#]],
        );
        // Many containers named "meta" or "time" hold no date; they do not crowd out the one
        // that does.
        check(
            &format!(
                "<body>{}<h1>Story</h1>{}<p class=\"post-date\">Updated May 3, 2021</p></body>",
                "<div class=\"meta-box\">Share</div>".repeat(12),
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: Story
                published: 2021-05-03 (time)
            "#]],
        );
        // A date after a label, far from the heading: in the same text or in the next
        // element; the publication's label wins over the update's.
        check(
            &format!(
                "<body><h1>Story</h1>{}<p>Last updated: June 9, 2023</p>\
                 <div><h3>Published</h3><p>April 2, 2022</p></div></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: Story
                published: 2022-04-02 (time)
            "#]],
        );
        check(
            &format!(
                "<body><h1>Story</h1>{}<p>Last updated: June 9, 2023</p></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: Story
                published: 2023-06-09 (time)
            "#]],
        );
        // The article's details in a sidebar, with nothing else to date it: the labelled
        // publication is the last resort; a date there without the label is not.
        check(
            r#"<body><h1>Story</h1><p>Text.</p><aside><h3>Published</h3>
            <p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p></aside></body>"#,
            expect![[r#"
                title: Story
                published: 2024-08-30 (time)
            "#]],
        );
        check(
            r#"<body><h1>Story</h1><p>Text.</p><aside><h3>Next</h3>
            <p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p></aside></body>"#,
            expect![[r#"
                title: Story
            "#]],
        );
        // A date standing alone just after a byline, far from the heading.
        check(
            &format!(
                "<body><h1>Story</h1>{}<p>Written by <a>Ann Lee</a></p><p>April 8, 2024</p></body>",
                "<p>Text.</p>".repeat(50)
            ),
            expect![[r#"
                title: Story
                authors: Ann Lee
                published: 2024-04-08 (time)
            "#]],
        );
        // A time in a list of related stories or in comments is not the article's.
        check(
            r#"<body><article><h1>Story</h1><p>Text.</p></article>
            <aside><time datetime="2020-01-01">old</time></aside>
            <div class="comments"><time datetime="2021-01-01">c</time></div></body>"#,
            expect![[r#"
                title: Story
            "#]],
        );
        check(
            r#"<body><article><h1>Story</h1><time datetime="2023-11-05">Nov 5</time></article></body>"#,
            expect![[r#"
                title: Story
                published: 2023-11-05 (time)
            "#]],
        );
        check(
            r#"<body><h1>Story</h1><p>By Ann Lee</p><p>March 3, 2024</p><p>Text.</p></body>"#,
            expect![[r#"
                title: Story
                authors: Ann Lee
                published: 2024-03-03 (time)
            "#]],
        );
        check(
            r#"<span itemprop="datePublished" content="2022-02-02">yesterday</span>"#,
            expect![[r#"
                published: 2022-02-02 (meta)
            "#]],
        );
    }

    #[test]
    fn dates_in_urls() {
        for (url, want) in [
            ("https://e.com/2025/09/04/storm", Some("2025-09-04")),
            ("https://e.com/news/2025-09-04-storm", Some("2025-09-04")),
            ("https://e.com/a/20250904/storm", Some("2025-09-04")),
            (
                "https://e.com/blog/2023/october/03/wine",
                Some("2023-10-03"),
            ),
            ("https://e.com/2025/09/storm", None),
            ("https://e.com/2025/02/31/storm", None),
            ("https://e.com/storm?d=2025/09/04", None),
        ] {
            let got = super::dates::from_url(url).map(|d| d.to_string());
            assert_eq!(got.as_deref(), want, "{url}");
        }
        check_url(
            "<title>x</title>",
            Some("https://e.com/2025/09/04/storm"),
            expect![[r#"
                title: x
                published: 2025-09-04 (url)
            "#]],
        );
        // The address's date wins over a declared time in UTC that fell on the next day.
        check_url(
            r#"<meta property="article:published_time" content="2025-09-05T02:10:00+00:00">"#,
            Some("https://e.com/2025/09/04/storm"),
            expect![[r#"
                published: 2025-09-04 (url)
            "#]],
        );
        // ... and keeps the declared source when they agree.
        check_url(
            r#"<meta property="article:published_time" content="2025-09-04T10:00:00Z">"#,
            Some("https://e.com/2025/09/04/storm"),
            expect![[r#"
                published: 2025-09-04 (meta)
            "#]],
        );
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let huge = "a".repeat(100_000);
        let page = format!(
            r#"<html lang="{huge}"><meta name="author" content="{huge}"><script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[{{"headline":1}}]]]]]]]]]]]]]]]]]]]]</script>
            <script type="application/ld+json">{{"@type":"Article","author":{{"name":{{"x":[]}}}},"datePublished":["nope", 5]}}</script>
            <time datetime="é9999-99-99">x</time><h1>é</h1>
            <div id="x&nbsp;sidebar" class="&nbsp;byline">By Ann Lee</div>"#
        );
        check(
            &page,
            expect![[r#"
                title: é
                authors: Ann Lee
            "#]],
        );
    }
}
