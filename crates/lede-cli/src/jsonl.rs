//! JSON Lines batch mode: one input record per line in, one document per line out, in order.
//!
//! A line that is not a valid record yields an error object on its output line and the run
//! goes on, so that a batch of millions never stops on one bad record and output line N always
//! answers input line N. Records are processed on all cores: a reader thread cuts the input
//! into chunks of lines, workers extract them, and the caller's thread writes the chunks back in
//! input order. A fixed number of chunks is in flight at any time (reading waits for a permit
//! that writing returns), so memory stays flat however long the input is.
//!
//! This module is not for opening files or decompressing: [`crate::input`] does that.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Result;
use lede_extract::record::{self, RecordOptions};

/// How to read records and what to write.
#[derive(Clone, Debug)]
pub struct BatchOptions {
    /// Fields, defaults and UTF-8 handling of the records.
    pub records: RecordOptions,
    /// Write the readable text view instead of JSON.
    pub text_format: bool,
    /// Worker threads; 1 processes on the calling thread.
    pub threads: usize,
}

/// What a batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub records: usize,
    pub failed: usize,
    pub bytes: u64,
}

/// Lines per chunk, and the byte size at which a chunk is cut early. Large enough that
/// handing chunks between threads costs nothing next to extraction, small enough that the
/// in-flight chunks stay a few megabytes.
const CHUNK_LINES: usize = 64;
const CHUNK_BYTES: usize = 1 << 20;

struct Chunk {
    seq: usize,
    first_line: usize,
    lines: Vec<Vec<u8>>,
}

struct Done {
    seq: usize,
    out: Vec<u8>,
    stats: Stats,
}

/// Processes every line of `input`, writing one output line per non-blank input line.
/// `progress` is called after each written chunk with the totals so far.
pub fn run(
    input: impl BufRead + Send,
    out: &mut impl Write,
    opts: &BatchOptions,
    mut progress: impl FnMut(Stats),
) -> Result<Stats> {
    if opts.threads <= 1 {
        return run_serial(input, out, opts, progress);
    }
    let in_flight = opts.threads * 4;
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
        let reader = scope.spawn(move || read_chunks(input, &work_tx, &permit_rx));
        for _ in 0..opts.threads {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || worker(&work_rx, &done_tx, opts));
        }
        // Only the workers may hold the receiving end and the sending end of results: when
        // they are gone, the reader's sends fail and the writer's loop ends.
        drop(work_rx);
        drop(done_tx);
        let written = write_in_order(&done_rx, out, &permit_tx, &mut progress);
        // On a write error, dropping the channels stops the reader and the workers.
        drop(permit_tx);
        drop(done_rx);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the reader thread panicked")));
        let stats = written?;
        let chunks = read?;
        anyhow::ensure!(
            chunks == stats.records_chunks,
            "a worker stopped before its chunk was written"
        );
        Ok(stats.stats)
    })
}

struct Written {
    stats: Stats,
    records_chunks: usize,
}

fn write_in_order(
    done_rx: &Receiver<Done>,
    out: &mut impl Write,
    permit_tx: &SyncSender<()>,
    progress: &mut impl FnMut(Stats),
) -> Result<Written> {
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut total = Stats::default();
    for done in done_rx {
        pending.insert(done.seq, done);
        while let Some(done) = pending.remove(&next) {
            out.write_all(&done.out)?;
            total.records += done.stats.records;
            total.failed += done.stats.failed;
            total.bytes += done.stats.bytes;
            next += 1;
            // The reader may be gone already; a lost permit then does not matter.
            let _ = permit_tx.send(());
            progress(total);
        }
    }
    Ok(Written {
        stats: total,
        records_chunks: next,
    })
}

fn read_chunks(
    mut input: impl BufRead,
    work_tx: &SyncSender<Chunk>,
    permits: &Receiver<()>,
) -> Result<usize> {
    let mut seq = 0;
    let mut line_no = 0;
    loop {
        if permits.recv().is_err() {
            return Ok(seq);
        }
        let (lines, eof) = read_lines(&mut input)?;
        if !lines.is_empty() {
            let n = lines.len();
            if work_tx
                .send(Chunk {
                    seq,
                    first_line: line_no + 1,
                    lines,
                })
                .is_err()
            {
                return Ok(seq);
            }
            line_no += n;
            seq += 1;
        }
        if eof {
            return Ok(seq);
        }
    }
}

/// Reads up to a chunk of lines; the flag says the input is exhausted.
fn read_lines(input: &mut impl BufRead) -> Result<(Vec<Vec<u8>>, bool)> {
    let mut lines = Vec::with_capacity(CHUNK_LINES);
    let mut bytes = 0;
    while lines.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok((lines, true));
        }
        bytes += line.len();
        lines.push(line);
    }
    Ok((lines, false))
}

fn worker(
    work_rx: &Mutex<Receiver<Chunk>>,
    done_tx: &std::sync::mpsc::Sender<Done>,
    opts: &BatchOptions,
) {
    loop {
        // Hold the lock only to take a chunk, never while extracting.
        let chunk = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else { return };
        let mut out = Vec::new();
        let mut stats = Stats::default();
        for (k, line) in chunk.lines.iter().enumerate() {
            process_line(line, chunk.first_line + k, opts, &mut out, &mut stats);
        }
        if done_tx
            .send(Done {
                seq: chunk.seq,
                out,
                stats,
            })
            .is_err()
        {
            return;
        }
    }
}

fn run_serial(
    mut input: impl BufRead,
    out: &mut impl Write,
    opts: &BatchOptions,
    mut progress: impl FnMut(Stats),
) -> Result<Stats> {
    let mut stats = Stats::default();
    let mut line_no = 0;
    let mut buf = Vec::new();
    loop {
        let (lines, eof) = read_lines(&mut input)?;
        buf.clear();
        for line in &lines {
            line_no += 1;
            process_line(line, line_no, opts, &mut buf, &mut stats);
        }
        out.write_all(&buf)?;
        progress(stats);
        if eof {
            return Ok(stats);
        }
    }
}

/// Extracts one input line into `out` (plus a newline); blank lines are skipped.
fn process_line(
    raw: &[u8],
    line_no: usize,
    opts: &BatchOptions,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) {
    let failed = if opts.text_format {
        text_line(raw, line_no, opts, out)
    } else {
        record::process_line(
            raw,
            line_no,
            &opts.records,
            Some(&lede_html::read_record),
            out,
        )
    };
    if let Some(failed) = failed {
        stats.records += 1;
        stats.failed += usize::from(failed);
        stats.bytes += raw.len() as u64;
    }
}

/// The readable view of one record, for `--format text`.
fn text_line(raw: &[u8], line_no: usize, opts: &BatchOptions, out: &mut Vec<u8>) -> Option<bool> {
    let line = raw.strip_suffix(b"\n").unwrap_or(raw);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let failed = match record::parse_record(line, line_no, &opts.records) {
        Ok(rec) => {
            let doc = if rec.html {
                lede_html::read_record(&rec.text, rec.url.as_deref(), &rec.options)
            } else {
                lede_extract::extract(&rec.text, &rec.options)
            };
            let _ = writeln!(out, "== {}", rec.options.id.as_deref().unwrap_or("(no id)"));
            let text = doc.text.as_deref().unwrap_or(&rec.text);
            let _ = crate::render::text(out, text, &doc);
            false
        }
        Err(e) => {
            let _ = writeln!(
                out,
                "== {}: {}: {}",
                e.id.as_deref().unwrap_or("(no id)"),
                e.error.code,
                e.error.message
            );
            true
        }
    };
    Some(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str, threads: usize) -> (String, Stats) {
        let opts = BatchOptions {
            records: RecordOptions::default(),
            text_format: false,
            threads,
        };
        let mut out = Vec::new();
        let stats = run(input.as_bytes(), &mut out, &opts, |_| {}).unwrap();
        (String::from_utf8(out).unwrap(), stats)
    }

    #[test]
    fn parallel_output_equals_serial_output() {
        let mut input = String::new();
        for i in 0..500 {
            if i % 37 == 0 {
                input.push_str("{broken\n");
            } else {
                input.push_str(&format!(
                    "{{\"id\": \"r{i}\", \"text\": \"Record {i} says hello. Mr. Smith left.\"}}\n"
                ));
            }
        }
        let (serial, s1) = batch(&input, 1);
        let (parallel, s4) = batch(&input, 4);
        assert_eq!(serial, parallel);
        assert_eq!(s1, s4);
        assert_eq!(s1.records, 500);
        assert_eq!(s1.failed, 14);
        assert_eq!(serial.lines().count(), 500);
        assert!(
            serial
                .lines()
                .nth(1)
                .unwrap()
                .starts_with(r#"{"schema":"lede.document/1","id":"r1""#)
        );
    }

    #[test]
    fn empty_and_blank_input() {
        assert_eq!(batch("", 3), (String::new(), Stats::default()));
        assert_eq!(batch("\n\r\n  \n", 3).0, "");
    }
}
