//! `cargo xtask html-meta`: scores `lede_html::meta::read` against the gold title, author and
//! publication date of an HTML dev set (`../shared/data/html/<set>/pages.jsonl.gz`), on each
//! half as `lede_eval.py --half` splits them (half a: the SHA-1 of the id is even), with the
//! same comparisons as the scorer, and times the reading alone (the parse is not counted).
//! `--show a` prints the misses of one half, to study them.

use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The data set's directory name under ../shared/data/html.
    #[arg(long, default_value = "wcxb-dev")]
    set: String,
    /// Print the misses of this half (a or b).
    #[arg(long)]
    show: Option<String>,
}

#[derive(Deserialize)]
struct Page {
    id: serde_json::Value,
    url: Option<String>,
    html: String,
    gold_title: Option<String>,
    gold_author: Option<String>,
    #[serde(default, deserialize_with = "present")]
    gold_published: Option<Option<String>>,
}

/// Keeps "present but null" apart from "absent".
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Default)]
struct Score {
    pages: usize,
    title: (usize, usize),
    author: (usize, usize),
    date: (usize, usize),
    nodate: (usize, usize),
    time: Duration,
    bytes: usize,
}

fn tokens(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn run_in(a: &[String], b: &[String]) -> bool {
    a.len() <= b.len() && b.windows(a.len()).any(|w| w == a)
}

/// The scorer's `author_match`: one name with the gold's words, a name of two words or more
/// inside the gold, or the gold inside a byline at most three words longer.
fn author_match(got: &[String], gold: &str) -> bool {
    let g = tokens(gold);
    got.iter().any(|a| {
        let p = tokens(a);
        !p.is_empty()
            && (p == g
                || (p.len() >= 2 && run_in(&p, &g))
                || (g.len() >= 2 && run_in(&g, &p) && p.len() <= g.len() + 3))
    })
}

fn half_of(id: &serde_json::Value) -> usize {
    let s = match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let digest = sha1_smol::Sha1::from(s.as_bytes()).digest().bytes();
    usize::from(digest[19] & 1 == 1)
}

pub fn run(args: Args) -> Result<()> {
    let path = crate::shared_data()
        .join("html")
        .join(&args.set)
        .join("pages.jsonl.gz");
    let file = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut scores = [Score::default(), Score::default()];
    let show = args.show.as_deref().map(|h| usize::from(h == "b"));
    for line in reader.lines() {
        let line = line.context("reading the pages")?;
        if line.trim().is_empty() {
            continue;
        }
        let page: Page = serde_json::from_str(&line).context("parsing a page")?;
        let half = half_of(&page.id);
        let parsed = scraper::Html::parse_document(&page.html);
        let t0 = Instant::now();
        let meta = lede_html::meta::read(&parsed, page.url.as_deref());
        let s = &mut scores[half];
        s.time += t0.elapsed();
        s.bytes += page.html.len();
        s.pages += 1;
        let showing = show == Some(half);
        if let Some(gold) = page.gold_title.as_deref().filter(|g| !g.is_empty()) {
            let ok = meta
                .title
                .as_deref()
                .is_some_and(|t| tokens(t) == tokens(gold));
            s.title.0 += usize::from(ok);
            s.title.1 += 1;
            if showing && !ok {
                println!("{} TITLE got {:?} gold {:?}", page.id, meta.title, gold);
            }
        }
        if let Some(gold) = page.gold_author.as_deref().filter(|g| !g.is_empty()) {
            // The fallback stands in only when no person is named (the text's bylines,
            // which `lede-extract` adds, are not read here).
            let authors = if meta.authors.is_empty() {
                &meta.author_fallback
            } else {
                &meta.authors
            };
            let ok = author_match(authors, gold);
            s.author.0 += usize::from(ok);
            s.author.1 += 1;
            if showing && !ok {
                println!("{} AUTHOR got {:?} gold {:?}", page.id, authors, gold);
            }
        }
        if let Some(gold) = page.gold_published {
            let got = meta.published.map(|(d, _)| d.to_string());
            let src = meta.published.map(|(_, s)| s.as_str());
            match gold.filter(|g| !g.is_empty()) {
                Some(g) => {
                    let ok = got.as_deref() == Some(g.get(..10).unwrap_or(&g));
                    s.date.0 += usize::from(ok);
                    s.date.1 += 1;
                    if showing && !ok {
                        println!(
                            "{} DATE got {got:?} ({src:?}) gold {g:?} url {:?}",
                            page.id, page.url
                        );
                    }
                }
                None => {
                    s.nodate.0 += usize::from(got.is_none());
                    s.nodate.1 += 1;
                    if showing && got.is_some() {
                        println!(
                            "{} NODATE got {got:?} ({src:?}) url {:?}",
                            page.id, page.url
                        );
                    }
                }
            }
        }
    }
    println!(
        "{}: title, author, date (of pages with one), no date (of pages without), reading time",
        args.set
    );
    for (name, s) in ["a", "b"].iter().zip(&scores) {
        let r = |(ok, n): (usize, usize)| {
            if n == 0 {
                "-".to_string()
            } else {
                format!("{:.3} ({ok}/{n})", ok as f64 / n as f64)
            }
        };
        let per_page = s.time.as_secs_f64() * 1e3 / s.pages.max(1) as f64;
        let kb = s.bytes as f64 / 1e3 / s.pages.max(1) as f64;
        println!(
            "half {name}: {} pages; title {}; author {}; date {}; no date {}; {per_page:.3} ms/page ({kb:.0} KB/page)",
            s.pages,
            r(s.title),
            r(s.author),
            r(s.date),
            r(s.nodate),
        );
    }
    Ok(())
}
