//! JSON-LD (`<script type="application/ld+json">`): the article's headline, authors, dates and
//! publisher, from schema.org objects however they are nested (arrays, `@graph`,
//! `mainEntity`).

use std::collections::HashMap;

use serde_json::{Map, Value};

/// How deep nested objects are followed.
const MAX_DEPTH: usize = 12;
/// How many objects are looked at in all.
const MAX_OBJECTS: usize = 500;

/// What the JSON-LD of a page says.
#[derive(Debug, Default)]
pub struct Found {
    pub headline: Option<String>,
    /// Raw author names (strings as written, or the `name` of Person objects).
    pub authors: Vec<String>,
    /// Names of organizations given as the author: the author of last resort, as a page
    /// written "by" a company names no person.
    pub org_authors: Vec<String>,
    /// Publication date strings, best first.
    pub published: Vec<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
}

/// Parses one block, repairing what pages commonly break: HTML comment and CDATA wrappers,
/// raw control characters inside strings.
pub fn parse(raw: &str) -> Option<Value> {
    let mut s = raw.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(r) = s.strip_prefix(open) {
            s = r.trim();
            if let Some(r) = s.strip_suffix(close) {
                s = r.trim();
            }
        }
    }
    s = s.trim_end_matches(';').trim();
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return Some(v);
    }
    // Raw newlines and tabs inside strings are the usual breakage: JSON forbids them.
    let repaired: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    serde_json::from_str::<Value>(&repaired).ok()
}

/// How much an object looks like the page's article: 0 for an article type, 1 for another
/// creative work with a headline or dates, 2 for the rest.
fn rank(obj: &Map<String, Value>) -> u8 {
    let types = types(obj);
    let article = types.iter().any(|t| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article")
            || t.ends_with("Posting")
            || matches!(
                t,
                "Report"
                    | "Review"
                    | "Recipe"
                    | "ScholarlyArticle"
                    | "LiveBlogPosting"
                    | "VideoObject"
            )
    });
    if article {
        0
    } else if obj.contains_key("headline") || obj.contains_key("datePublished") {
        1
    } else {
        2
    }
}

/// The object's `@type`s.
fn types(obj: &Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_org(obj: &Map<String, Value>) -> bool {
    types(obj).iter().any(|t| {
        t.ends_with("Organization")
            || matches!(
                *t,
                "Corporation" | "NewsMediaOrganization" | "WebSite" | "Brand"
            )
    })
}

/// Every object of the blocks, in document order, with `@graph`, arrays and `mainEntity`
/// followed.
fn objects<'a>(v: &'a Value, depth: usize, out: &mut Vec<&'a Map<String, Value>>) {
    if depth > MAX_DEPTH || out.len() >= MAX_OBJECTS {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| objects(x, depth + 1, out)),
        Value::Object(o) => {
            out.push(o);
            for key in ["@graph", "mainEntity", "itemListElement", "hasPart"] {
                if let Some(x) = o.get(key) {
                    objects(x, depth + 1, out);
                }
            }
        }
        _ => {}
    }
}

/// A string field, or the first string of an array, or an object's `@value`.
fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(string),
        Value::Object(o) => o.get("@value").and_then(string),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The name of an object (a `name` field, or a plain string).
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o.get("name").and_then(string),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
}

/// Author names of an `author` (or `creator`) value; organizations go to `orgs`. An object
/// that only points at another (`{"@id": ...}`, as `@graph` blocks write it) is followed to
/// the object of that id.
fn author_names(
    v: &Value,
    ids: &HashMap<&str, &Map<String, Value>>,
    depth: usize,
    out: &mut Vec<String>,
    orgs: &mut Vec<String>,
) {
    if depth > 4 {
        return;
    }
    match v {
        Value::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
        Value::Array(a) => a
            .iter()
            .for_each(|x| author_names(x, ids, depth + 1, out, orgs)),
        Value::Object(o) => object_names(o, ids, depth, out, orgs),
        _ => {}
    }
}

/// The names of one author object, as `author_names`.
fn object_names(
    o: &Map<String, Value>,
    ids: &HashMap<&str, &Map<String, Value>>,
    depth: usize,
    out: &mut Vec<String>,
    orgs: &mut Vec<String>,
) {
    if is_org(o) {
        orgs.extend(o.get("name").and_then(string));
        return;
    }
    if let Some(n) = o.get("name") {
        if matches!(n, Value::String(_) | Value::Array(_)) {
            author_names(n, ids, depth + 1, out, orgs);
        }
    } else if let (Some(g), Some(f)) = (
        o.get("givenName").and_then(string),
        o.get("familyName").and_then(string),
    ) {
        out.push(format!("{g} {f}"));
    } else if let Some(target) = o
        .get("@id")
        .and_then(Value::as_str)
        .and_then(|id| ids.get(id))
        .filter(|t| t.contains_key("name") || t.contains_key("givenName"))
    {
        object_names(target, ids, depth + 1, out, orgs);
    }
}

/// Reads the page's JSON-LD blocks.
pub fn read(blocks: &[Value]) -> Found {
    let mut objs = Vec::new();
    for b in blocks {
        objects(b, 0, &mut objs);
    }
    let mut ranked: Vec<(u8, usize, &Map<String, Value>)> = objs
        .iter()
        .enumerate()
        .map(|(i, o)| (rank(o), i, *o))
        .collect();
    ranked.sort_by_key(|&(r, i, _)| (r, i));
    let creative: Vec<&Map<String, Value>> = ranked
        .iter()
        .filter(|(r, _, _)| *r < 2)
        .map(|(_, _, o)| *o)
        .collect();

    let ids: HashMap<&str, &Map<String, Value>> = objs
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .collect();
    let mut found = Found {
        headline: None,
        authors: Vec::new(),
        org_authors: Vec::new(),
        published: Vec::new(),
        modified: None,
        publisher: None,
    };
    found.headline = creative
        .iter()
        .take_while(|o| rank(o) == 0)
        .find_map(|o| o.get("headline").and_then(string))
        .or_else(|| {
            creative
                .iter()
                .find(|o| rank(o) == 0)
                .and_then(|o| o.get("name").and_then(string))
        })
        .or_else(|| {
            creative
                .iter()
                .find_map(|o| o.get("headline").and_then(string))
        });
    for o in &creative {
        if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
            author_names(a, &ids, 0, &mut found.authors, &mut found.org_authors);
            if !found.authors.is_empty() {
                break;
            }
        }
    }
    for o in &creative {
        for key in ["datePublished", "dateCreated", "uploadDate"] {
            if let Some(d) = o.get(key).and_then(string) {
                found.published.push(d);
            }
        }
    }
    found.modified = creative
        .iter()
        .find_map(|o| o.get("dateModified").and_then(string));
    found.publisher = creative
        .iter()
        .find_map(|o| o.get("publisher").and_then(name_of))
        .or_else(|| {
            objs.iter()
                .find(|o| types(o).contains(&"WebSite"))
                .and_then(|o| o.get("name").and_then(string))
        });
    found
}
