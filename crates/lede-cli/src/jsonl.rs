//! JSON Lines batch mode: one input record per line in, one document per line out, in order.
//!
//! A line that is not a valid record yields an error object on its output line and the run
//! goes on, so that a batch of millions never stops on one bad record and output line N always
//! answers input line N. Records are processed on all cores by [`crate::pipeline`], in chunks
//! of lines, with memory flat however long the input is.
//!
//! This module is not for opening files or decompressing: [`crate::input`] does that.

use std::io::{BufRead, Write};

use anyhow::Result;
use lede_extract::record::{self, RecordOptions};

use crate::pipeline::{self, Pipeline, Tally};

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

impl Tally for Stats {
    fn add(&mut self, chunk: &Self) {
        self.records += chunk.records;
        self.failed += chunk.failed;
        self.bytes += chunk.bytes;
    }
}

/// Lines per chunk, and the byte size at which a chunk is cut early. Large enough that
/// handing chunks between threads costs nothing next to extraction, small enough that the
/// in-flight chunks stay a few megabytes.
const CHUNK_LINES: usize = 64;
const CHUNK_BYTES: usize = 1 << 20;

/// Processes every line of `input`, writing one output line per non-blank input line.
/// `progress` is called after each written chunk with the totals so far.
pub fn run(
    mut input: impl BufRead + Send,
    out: &mut impl Write,
    opts: &BatchOptions,
    mut progress: impl FnMut(Stats),
) -> Result<Stats> {
    let mut line_no = 0;
    let next_chunk = move || {
        let (lines, eof) = read_lines(&mut input)?;
        // Each line goes with its number, for the error objects of bad records.
        let first = line_no + 1;
        line_no += lines.len();
        let numbered: Vec<(usize, Vec<u8>)> = (first..).zip(lines).collect();
        Ok((numbered, eof))
    };
    let process = |(line_no, line): (usize, Vec<u8>), out: &mut Vec<u8>, stats: &mut Stats| {
        process_line(&line, line_no, opts, out, stats);
    };
    let pipeline = Pipeline {
        threads: opts.threads,
        in_flight: opts.threads * 4,
    };
    pipeline::run(next_chunk, process, out, pipeline, |s| progress(*s))
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
