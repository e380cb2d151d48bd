//! Web-archive batch mode: the HTML pages of a WARC file in, one document per page out, in file
//! order.
//!
//! `lede_warc` reads the records (gzip per record or whole, damage skipped with an error item);
//! this module extracts the kept pages on all cores, as [`crate::jsonl`] does for lines: a
//! reader thread cuts the records into chunks, workers extract them, the caller's thread writes
//! the chunks back in file order, and a fixed number of chunks is in flight so that memory
//! stays flat. A damaged record yields an error object on its line and the run goes on.
//!
//! This module is not for reading WARC records (`lede_warc`) nor HTML (`lede_html`).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Result;
use lede_extract::{OffsetUnit, Options};

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

struct Chunk {
    seq: usize,
    items: Vec<Item>,
}

struct Done {
    seq: usize,
    out: Vec<u8>,
    counts: Counts,
}

/// What the items of a chunk became.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    documents: u64,
    other_language: u64,
}

impl Counts {
    fn add_to(self, stats: &mut Stats) {
        stats.documents += self.documents;
        stats.other_language += self.other_language;
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
/// `progress` is called after each written chunk with the totals so far.
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
    if opts.threads <= 1 {
        let mut stats = Stats::default();
        loop {
            let (items, eof) = next_chunk(&mut records);
            let mut buf = Vec::new();
            for item in items {
                process(item, opts, &mut buf).add_to(&mut stats);
            }
            out.write_all(&buf)?;
            stats.summary = records.summary();
            stats.bytes = count.load(Ordering::Relaxed);
            progress(stats);
            if eof {
                return Ok(stats);
            }
        }
    }
    let in_flight = opts.threads * 2;
    let (work_tx, work_rx) = sync_channel::<Chunk>(opts.threads);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<Done>();
    let (permit_tx, permit_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        permit_tx
            .send(())
            .expect("the permit channel has room for every permit");
    }
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_chunks(records, &work_tx, &permit_rx));
        for _ in 0..opts.threads {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || worker(&work_rx, &done_tx, opts));
        }
        // Only the workers may hold these ends: when they are gone, the reader's sends fail
        // and the writer's loop ends.
        drop(work_rx);
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        let mut stats = Stats::default();
        let mut written: Result<()> = Ok(());
        for done in &done_rx {
            pending.insert(done.seq, done);
            while let Some(done) = pending.remove(&next) {
                if let Err(e) = out.write_all(&done.out) {
                    written = Err(e.into());
                    break;
                }
                done.counts.add_to(&mut stats);
                next += 1;
                // The reader may be gone already; a lost permit then does not matter.
                let _ = permit_tx.send(());
                stats.bytes = count.load(Ordering::Relaxed);
                progress(stats);
            }
            if written.is_err() {
                break;
            }
        }
        // On a write error, dropping the channels stops the reader and the workers.
        drop(permit_tx);
        drop(done_rx);
        let read = reader
            .join()
            .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
        written?;
        let (chunks, summary) = read;
        anyhow::ensure!(
            chunks == next,
            "a worker stopped before its chunk was written"
        );
        stats.summary = summary;
        stats.bytes = count.load(Ordering::Relaxed);
        Ok(stats)
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

fn read_chunks<R: Read>(
    mut records: lede_warc::Records<R>,
    work_tx: &SyncSender<Chunk>,
    permits: &Receiver<()>,
) -> (usize, lede_warc::Summary) {
    let mut seq = 0;
    loop {
        if permits.recv().is_err() {
            return (seq, records.summary());
        }
        let (items, eof) = next_chunk(&mut records);
        if !items.is_empty() {
            if work_tx.send(Chunk { seq, items }).is_err() {
                return (seq, records.summary());
            }
            seq += 1;
        }
        if eof {
            return (seq, records.summary());
        }
    }
}

fn worker(
    work_rx: &Mutex<Receiver<Chunk>>,
    done_tx: &std::sync::mpsc::Sender<Done>,
    opts: &WarcOptions,
) {
    loop {
        // Hold the lock only to take a chunk, never while extracting.
        let chunk = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else { return };
        let mut out = Vec::new();
        let mut counts = Counts::default();
        for item in chunk.items {
            let c = process(item, opts, &mut out);
            counts.documents += c.documents;
            counts.other_language += c.other_language;
        }
        if done_tx
            .send(Done {
                seq: chunk.seq,
                out,
                counts,
            })
            .is_err()
        {
            return;
        }
    }
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
