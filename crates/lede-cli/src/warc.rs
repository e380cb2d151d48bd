//! Web-archive batch mode: the HTML pages of a WARC file in, one document per page out, in file
//! order.
//!
//! `lede_warc` reads the records (gzip per record or whole, damage skipped with an error item);
//! this module extracts the kept pages on all cores with [`crate::pipeline`], as
//! [`crate::jsonl`] does for lines, in chunks of records, with memory flat however large the
//! file is. A damaged record yields an error object on its line and the run goes on.
//!
//! This module is not for reading WARC records (`lede_warc`) nor HTML (`lede_html`).

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Result;
use lede_extract::{OffsetUnit, Options};

use crate::pipeline::{self, Pipeline, Tally};

/// How to extract the pages.
#[derive(Clone, Debug)]
pub struct WarcOptions {
    /// The anchor date for every page, winning over the page's own and the fetch date.
    pub published: Option<lede_extract::Date>,
    /// Keep only the pages in this language (an ISO 639-1 code); count the others.
    pub filter_lang: Option<String>,
    pub offsets: OffsetUnit,
    /// Worker threads; 1 processes on the calling thread.
    pub threads: usize,
}

/// What a run did: the reader's counts, and the documents written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub summary: lede_warc::Summary,
    /// Documents written.
    pub documents: u64,
    /// Pages left out by the language filter.
    pub other_language: u64,
    /// Bytes of the input read so far (compressed, for a gzip'd file).
    pub bytes: u64,
}

/// Records per chunk, and the body bytes at which a chunk is cut early.
const CHUNK_RECORDS: usize = 16;
const CHUNK_BYTES: usize = 4 << 20;

type Item = Result<lede_warc::Record, lede_warc::Error>;

/// What the items of a chunk became.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    documents: u64,
    other_language: u64,
}

impl Tally for Counts {
    fn add(&mut self, chunk: &Self) {
        self.documents += chunk.documents;
        self.other_language += chunk.other_language;
    }
}

/// A reader that counts the bytes read through it, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Extracts every page of the WARC file `input`, writing one line per page or damaged record.
/// `progress` is called after each written chunk with the totals so far; the reader's counts
/// (`summary`) are known at the end only.
pub fn run(
    input: impl Read + Send,
    out: &mut impl Write,
    opts: &WarcOptions,
    mut progress: impl FnMut(Stats),
) -> Result<Stats> {
    let count = Arc::new(AtomicU64::new(0));
    let input = Counting {
        inner: input,
        count: Arc::clone(&count),
    };
    let mut records = lede_warc::records(input, &lede_warc::Options::default());
    let next_chunk = || Ok(next_chunk(&mut records));
    let process = |item: Item, out: &mut Vec<u8>, counts: &mut Counts| {
        counts.add(&process(item, opts, out));
    };
    let stats_of = |counts: &Counts| Stats {
        summary: lede_warc::Summary::default(),
        documents: counts.documents,
        other_language: counts.other_language,
        bytes: count.load(Ordering::Relaxed),
    };
    let pipeline = Pipeline {
        threads: opts.threads,
        in_flight: opts.threads * 2,
    };
    let counts = pipeline::run(next_chunk, process, out, pipeline, |c| {
        progress(stats_of(c))
    })?;
    Ok(Stats {
        summary: records.summary(),
        ..stats_of(&counts)
    })
}

/// Takes up to a chunk of items; the flag says the input is exhausted.
fn next_chunk<R: Read>(records: &mut lede_warc::Records<R>) -> (Vec<Item>, bool) {
    let mut items = Vec::with_capacity(CHUNK_RECORDS);
    let mut bytes = 0;
    while items.len() < CHUNK_RECORDS && bytes < CHUNK_BYTES {
        match records.next() {
            None => return (items, true),
            Some(item) => {
                bytes += item.as_ref().map_or(0, |r| r.body.len());
                items.push(item);
            }
        }
    }
    (items, false)
}

/// Writes the line of one item, if any, and says what it was.
fn process(item: Item, opts: &WarcOptions, out: &mut Vec<u8>) -> Counts {
    match item {
        Ok(record) => {
            let Some(doc) = document(&record, opts) else {
                return Counts {
                    other_language: 1,
                    ..Counts::default()
                };
            };
            // A document always serializes; a failure here would be a bug worth a line anyway.
            if serde_json::to_writer(&mut *out, &doc).is_err() {
                out.extend_from_slice(b"{}");
            }
            out.push(b'\n');
            Counts {
                documents: 1,
                ..Counts::default()
            }
        }
        Err(error) => {
            let _ = serde_json::to_writer(&mut *out, &error.line());
            out.push(b'\n');
            Counts::default()
        }
    }
}

/// The document of one page, extracted with the fetch day as the fallback anchor; `None`
/// when the language filter leaves the page out (the page is read once either way).
pub fn document(record: &lede_warc::Record, opts: &WarcOptions) -> Option<lede_extract::Document> {
    let page = lede_html::read_bytes(
        &record.body,
        record.content_type.as_deref(),
        Some(&record.url),
    );
    if let Some(want) = &opts.filter_lang {
        let lang = lede_html::page_language(&page, record.content_language.as_deref());
        if lang.code() != Some(want.as_str()) {
            return None;
        }
    }
    let options = Options {
        id: None,
        published: opts.published,
        offsets: opts.offsets,
        fallback_published: None,
    };
    Some(lede_html::extract_fetched(page, &fetched(record), &options))
}

/// What an archived page says about its fetch, for lede-html.
pub fn fetched(record: &lede_warc::Record) -> lede_html::Fetched<'_> {
    lede_html::Fetched {
        id: &record.id,
        url: &record.url,
        fetched: &record.fetched,
        fetched_day: record.fetched_date(),
    }
}

/// The summary printed on standard error at the end of a run.
pub fn summary_text(stats: &Stats) -> String {
    let s = &stats.summary;
    let k = &s.skipped;
    let mut reasons = Vec::new();
    for (name, n) in [
        ("request", k.request),
        ("metadata", k.metadata),
        ("revisit", k.revisit),
        ("warcinfo", k.warcinfo),
        ("other type", k.other_type),
        ("not HTTP", k.not_http),
        ("HTTP status not 200", k.status),
        ("not HTML", k.not_html),
        ("too large", k.too_large),
    ] {
        if n > 0 {
            reasons.push(format!("{n} {name}"));
        }
    }
    let skipped = if reasons.is_empty() {
        String::new()
    } else {
        format!(" ({})", reasons.join(", "))
    };
    let language = if stats.other_language > 0 {
        format!(
            ", {} pages in another language left out",
            stats.other_language
        )
    } else {
        String::new()
    };
    format!(
        "lede: {} records read, {} pages kept, {} skipped{skipped}{language}, {} errors",
        s.records,
        s.kept,
        k.total(),
        s.errors
    )
}
