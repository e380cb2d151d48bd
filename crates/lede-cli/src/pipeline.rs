//! The batch pipeline of `--jsonl` and `--warc`: items in, output lines out, on all cores, in
//! input order, with bounded memory.
//!
//! A reader thread takes the input in chunks of items, worker threads turn each item into its
//! output lines, and the caller's thread writes the chunks back in input order. A fixed number
//! of chunks is in flight at any time (reading waits for a permit that writing returns), so
//! memory stays flat however long the input is, and output line N always belongs to the N-th
//! item that yields a line. One thread processes on the calling thread, chunk after chunk.
//!
//! This module is not for cutting an input into items (the batch modes' readers do that) nor
//! for what an item becomes (their `process` functions).

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::mpsc::{Receiver, Sender, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Result;

/// What a batch mode counts about its items, summed chunk by chunk.
pub trait Tally: Copy + Default + Send {
    /// Adds the counts of one chunk to the totals.
    fn add(&mut self, chunk: &Self);
}

/// How many threads work and how many chunks may be read ahead of the writer.
#[derive(Clone, Copy, Debug)]
pub struct Pipeline {
    /// Worker threads; 1 processes on the calling thread.
    pub threads: usize,
    /// Chunks read but not yet written, at most; at least `threads` keeps every worker busy.
    pub in_flight: usize,
}

struct Chunk<I> {
    seq: usize,
    items: Vec<I>,
}

struct Done<T> {
    seq: usize,
    out: Vec<u8>,
    tally: T,
}

/// Runs `process` over every item that `next_chunk` yields and writes what it writes, in input
/// order. `next_chunk` returns the next items (perhaps none) and whether the input is exhausted;
/// `process` writes an item's lines into the chunk's buffer and counts it. `progress` is
/// called after each written chunk with the totals so far. A read error of `next_chunk` ends
/// the run with that error once the chunks read before it are written.
pub fn run<I: Send, T: Tally>(
    mut next_chunk: impl FnMut() -> Result<(Vec<I>, bool)> + Send,
    process: impl Fn(I, &mut Vec<u8>, &mut T) + Sync,
    out: &mut impl Write,
    pipeline: Pipeline,
    mut progress: impl FnMut(&T),
) -> Result<T> {
    if pipeline.threads <= 1 {
        let mut total = T::default();
        let mut buf = Vec::new();
        loop {
            let (items, eof) = next_chunk()?;
            buf.clear();
            for item in items {
                process(item, &mut buf, &mut total);
            }
            out.write_all(&buf)?;
            progress(&total);
            if eof {
                return Ok(total);
            }
        }
    }
    let in_flight = pipeline.in_flight.max(1);
    let (work_tx, work_rx) = sync_channel::<Chunk<I>>(pipeline.threads);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<Done<T>>();
    let (permit_tx, permit_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        permit_tx
            .send(())
            .expect("the permit channel has room for every permit");
    }
    let process = &process;
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_chunks(&mut next_chunk, &work_tx, &permit_rx));
        for _ in 0..pipeline.threads {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || worker(&work_rx, &done_tx, process));
        }
        // Only the workers may hold the receiving end of work and the sending end of results:
        // when they are gone, the reader's sends fail and the writer's loop ends.
        drop(work_rx);
        drop(done_tx);
        let written = write_in_order(&done_rx, out, &permit_tx, &mut progress);
        // On a write error, dropping the channels stops the reader and the workers.
        drop(permit_tx);
        drop(done_rx);
        let read = reader
            .join()
            .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
        let (total, chunks_written) = written?;
        let chunks_read = read?;
        anyhow::ensure!(
            chunks_read == chunks_written,
            "a worker stopped before its chunk was written"
        );
        Ok(total)
    })
}

/// Writes the finished chunks in input order; returns the totals and the chunks written.
fn write_in_order<T: Tally>(
    done_rx: &Receiver<Done<T>>,
    out: &mut impl Write,
    permit_tx: &SyncSender<()>,
    progress: &mut impl FnMut(&T),
) -> Result<(T, usize)> {
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut total = T::default();
    for done in done_rx {
        pending.insert(done.seq, done);
        while let Some(done) = pending.remove(&next) {
            out.write_all(&done.out)?;
            total.add(&done.tally);
            next += 1;
            // The reader may be gone already; a lost permit then does not matter.
            let _ = permit_tx.send(());
            progress(&total);
        }
    }
    Ok((total, next))
}

/// Reads chunks while permits last; returns the number of chunks sent.
fn read_chunks<I>(
    next_chunk: &mut impl FnMut() -> Result<(Vec<I>, bool)>,
    work_tx: &SyncSender<Chunk<I>>,
    permits: &Receiver<()>,
) -> Result<usize> {
    let mut seq = 0;
    loop {
        if permits.recv().is_err() {
            return Ok(seq);
        }
        let (items, eof) = next_chunk()?;
        if !items.is_empty() {
            if work_tx.send(Chunk { seq, items }).is_err() {
                return Ok(seq);
            }
            seq += 1;
        }
        if eof {
            return Ok(seq);
        }
    }
}

fn worker<I, T: Tally>(
    work_rx: &Mutex<Receiver<Chunk<I>>>,
    done_tx: &Sender<Done<T>>,
    process: &impl Fn(I, &mut Vec<u8>, &mut T),
) {
    loop {
        // Hold the lock only to take a chunk, never while processing it.
        let chunk = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else { return };
        let mut out = Vec::new();
        let mut tally = T::default();
        for item in chunk.items {
            process(item, &mut out, &mut tally);
        }
        let done = Done {
            seq: chunk.seq,
            out,
            tally,
        };
        if done_tx.send(done).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    struct Count(usize);

    impl Tally for Count {
        fn add(&mut self, chunk: &Self) {
            self.0 += chunk.0;
        }
    }

    /// Numbers 0..n in chunks of 7, every third one written; a read error after `fail_at`
    /// chunks if given.
    fn check(n: usize, threads: usize, fail_at: Option<usize>) -> (String, Result<Count>) {
        let mut next = 0;
        let mut chunks = 0;
        let source = move || {
            if Some(chunks) == fail_at {
                anyhow::bail!("read error");
            }
            chunks += 1;
            let items: Vec<usize> = (next..(next + 7).min(n)).collect();
            next += items.len();
            Ok((items, next >= n))
        };
        let process = |i: usize, out: &mut Vec<u8>, t: &mut Count| {
            if i % 3 == 0 {
                out.extend_from_slice(format!("{i}\n").as_bytes());
                t.0 += 1;
            }
        };
        let mut out = Vec::new();
        let pipeline = Pipeline {
            threads,
            in_flight: threads * 2,
        };
        let result = run(source, process, &mut out, pipeline, |_| {});
        (String::from_utf8(out).unwrap(), result)
    }

    #[test]
    fn every_thread_count_writes_the_same_lines_in_order() {
        let (serial, count) = check(1000, 1, None);
        assert_eq!(count.unwrap(), Count(334));
        let expected: String = (0..1000).step_by(3).map(|i| format!("{i}\n")).collect();
        assert_eq!(serial, expected);
        for threads in [2, 3, 8] {
            let (parallel, count) = check(1000, threads, None);
            assert_eq!(parallel, serial);
            assert_eq!(count.unwrap(), Count(334));
        }
    }

    #[test]
    fn a_read_error_ends_the_run_after_the_chunks_before_it() {
        for threads in [1, 4] {
            let (out, result) = check(1000, threads, Some(3));
            assert_eq!(result.unwrap_err().to_string(), "read error");
            // Three chunks of seven numbers were read before the error.
            let expected: String = (0..21).step_by(3).map(|i| format!("{i}\n")).collect();
            assert_eq!(out, expected);
        }
    }

    #[test]
    fn empty_input() {
        for threads in [1, 4] {
            let (out, count) = check(0, threads, None);
            assert_eq!(out, "");
            assert_eq!(count.unwrap(), Count(0));
        }
    }
}
