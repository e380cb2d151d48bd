//! Bytes in: the input as stored, with offsets, and the stream of WARC bytes read from it,
//! decompressed member by member when the input is gzip.
//!
//! This module knows where every decompressed byte came from (the gzip member it starts in,
//! and how far into that member's output it lies) and how to find a way back into the input
//! after damage: at the next gzip member, or by handing back bytes to scan again. It is not
//! for WARC framing (`lib.rs`) nor for HTTP (`http.rs`).

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

use crate::Position;

/// How much is read from the input at a time.
const CHUNK: usize = 64 * 1024;

/// The input as stored: a buffer over the reader, the offset of the next byte, and, while a
/// gzip member is being decoded, a bounded copy of that member's bytes. The copy lets a broken
/// member be scanned again from its second byte for the next member's start, which a deflate
/// decoder may have read past before it noticed the damage.
pub(crate) struct Raw<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// The offset in the input of `buf[pos]`.
    offset: u64,
    eof: bool,
    /// The reader itself failed (as opposed to the data being bad).
    failed: bool,
    recording: bool,
    /// The bytes consumed since `start_recording`, while they fit in `record_limit`.
    recorded: Vec<u8>,
    record_overflow: bool,
    record_limit: usize,
}

impl<R: Read> Raw<R> {
    fn new(inner: R, record_limit: usize) -> Self {
        Raw {
            inner,
            buf: Vec::new(),
            pos: 0,
            end: 0,
            offset: 0,
            eof: false,
            failed: false,
            recording: false,
            recorded: Vec::new(),
            record_overflow: false,
            record_limit,
        }
    }

    /// At least `n` buffered bytes, unless the input ends first.
    fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.end - self.pos < n && !self.eof {
            if self.pos > 0 {
                self.buf.copy_within(self.pos..self.end, 0);
                self.end -= self.pos;
                self.pos = 0;
            }
            if self.buf.len() < self.end + CHUNK {
                self.buf.resize(self.end + CHUNK, 0);
            }
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(k) => self.end += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.failed = true;
                    return Err(e);
                }
            }
        }
        Ok(&self.buf[self.pos..self.end])
    }

    fn start_recording(&mut self) {
        self.recording = true;
        self.recorded.clear();
        self.record_overflow = false;
    }

    fn stop_recording(&mut self) {
        self.recording = false;
        self.recorded.clear();
    }

    /// Puts `bytes`, the bytes consumed just before the current position, back in front.
    fn unread(&mut self, bytes: &[u8]) {
        let mut buf = Vec::with_capacity(bytes.len() + self.end - self.pos + CHUNK);
        buf.extend_from_slice(bytes);
        buf.extend_from_slice(&self.buf[self.pos..self.end]);
        self.end = buf.len();
        self.pos = 0;
        self.buf = buf;
        self.offset -= bytes.len() as u64;
    }
}

impl<R: Read> Read for Raw<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Raw<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.peek(1)
    }

    fn consume(&mut self, n: usize) {
        if self.recording && !self.record_overflow {
            if self.recorded.len() + n <= self.record_limit {
                self.recorded
                    .extend_from_slice(&self.buf[self.pos..self.pos + n]);
            } else {
                self.record_overflow = true;
                self.recorded = Vec::new();
            }
        }
        self.pos += n;
        self.offset += n as u64;
    }
}

/// Where the decoded bytes come from.
enum Source<R> {
    /// Nothing read yet: the first bytes tell gzip from plain.
    Start(Raw<R>),
    Plain(Raw<R>),
    /// Gzip, between two members.
    Between(Raw<R>),
    Member(GzDecoder<Raw<R>>),
    /// Gzip, after damage: only `resync_gzip` goes on from here.
    Broken(Raw<R>),
    /// Only while a transition is under way.
    Gone,
}

/// A failure to read more bytes.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// The reader failed: nothing more can be read.
    Io(io::Error),
    /// The gzip data that starts at this input offset (a member, or bytes that should have
    /// been one) is damaged: `resync_gzip` goes on at the next member.
    Gzip(u64, io::Error),
}

/// The stream of WARC bytes: the input itself, or its gzip members decoded one after another,
/// with a buffer that can be refilled, looked ahead in and handed bytes back.
pub(crate) struct Stream<R> {
    source: Source<R>,
    gzip: bool,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// The index in the whole decoded stream of `buf[pos]`.
    abs: u64,
    /// The members that decoded bytes may still be asked about: (index in the decoded stream of
    /// the member's first byte, the member's offset in the input), oldest first.
    members: VecDeque<(u64, u64)>,
    /// Where the damage starts, once the source is broken.
    broken_at: u64,
    /// An error met while looking ahead, returned by the next read.
    deferred: Option<ReadError>,
}

impl<R: Read> Stream<R> {
    /// `record_limit` bounds the copy kept of a gzip member for rescanning it.
    pub(crate) fn new(inner: R, record_limit: usize) -> Self {
        Stream {
            source: Source::Start(Raw::new(inner, record_limit)),
            gzip: false,
            buf: Vec::new(),
            pos: 0,
            end: 0,
            abs: 0,
            members: VecDeque::new(),
            broken_at: 0,
            deferred: None,
        }
    }

    /// The index in the decoded stream of the next byte.
    pub(crate) fn abs(&self) -> u64 {
        self.abs
    }

    /// Where the byte at `abs` of the decoded stream lies in the input.
    pub(crate) fn position(&self, abs: u64) -> Position {
        if !self.gzip {
            return Position {
                offset: abs,
                inner: 0,
            };
        }
        match self.members.iter().rev().find(|&&(start, _)| start <= abs) {
            Some(&(start, offset)) => Position {
                offset,
                inner: abs - start,
            },
            None => Position {
                offset: 0,
                inner: abs,
            },
        }
    }

    /// Lets go of the members that end before `abs`: nothing before it will be asked about.
    pub(crate) fn forget_before(&mut self, abs: u64) {
        while self.members.len() >= 2 && self.members[1].0 <= abs {
            self.members.pop_front();
        }
    }

    /// The buffered bytes; more are read only when none are left. Empty at the end.
    pub(crate) fn fill(&mut self) -> Result<&[u8], ReadError> {
        if self.pos == self.end {
            self.read_more()?;
        }
        Ok(&self.buf[self.pos..self.end])
    }

    /// At least `n` buffered bytes, unless the stream ends first.
    pub(crate) fn fill_at_least(&mut self, n: usize) -> Result<&[u8], ReadError> {
        while self.end - self.pos < n {
            if self.read_more()? == 0 {
                break;
            }
        }
        Ok(&self.buf[self.pos..self.end])
    }

    /// Up to `n` buffered bytes, for looking ahead: an error is kept for the next read, so that
    /// what came before it is not lost.
    pub(crate) fn peek_at_least(&mut self, n: usize) -> &[u8] {
        while self.end - self.pos < n && self.deferred.is_none() {
            match self.read_more() {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => self.deferred = Some(e),
            }
        }
        &self.buf[self.pos..self.end]
    }

    pub(crate) fn consume(&mut self, n: usize) {
        debug_assert!(n <= self.end - self.pos);
        self.pos += n;
        self.abs += n as u64;
    }

    /// Puts back `bytes`, which must be the bytes consumed just before the current position.
    pub(crate) fn unread(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if self.pos >= n && self.buf[self.pos - n..self.pos] == *bytes {
            self.pos -= n;
        } else {
            let mut buf = Vec::with_capacity(n + self.end - self.pos + CHUNK);
            buf.extend_from_slice(bytes);
            buf.extend_from_slice(&self.buf[self.pos..self.end]);
            self.end = buf.len();
            self.pos = 0;
            self.buf = buf;
        }
        self.abs -= n as u64;
    }

    /// After a `ReadError::Gzip`: drops what is left of the broken member and goes on at the
    /// next gzip member start in the input (searched from the broken member's second byte
    /// when its bytes were kept, else from where the decoder stopped).
    pub(crate) fn resync_gzip(&mut self) -> io::Result<()> {
        let n = self.end - self.pos;
        self.consume(n);
        self.deferred = None;
        let mut raw = match std::mem::replace(&mut self.source, Source::Gone) {
            Source::Broken(raw) | Source::Between(raw) | Source::Plain(raw) => raw,
            Source::Start(raw) => {
                self.source = Source::Start(raw);
                return Ok(());
            }
            Source::Member(dec) => dec.into_inner(),
            Source::Gone => return Ok(()),
        };
        if raw.recording && !raw.record_overflow && raw.recorded.len() > 1 {
            let recorded = std::mem::take(&mut raw.recorded);
            raw.stop_recording();
            raw.unread(&recorded[1..]);
        }
        raw.stop_recording();
        let result = skip_to_member(&mut raw);
        self.source = Source::Between(raw);
        result
    }

    /// Decodes more bytes into the buffer; 0 at the end of the stream.
    fn read_more(&mut self) -> Result<usize, ReadError> {
        if let Some(e) = self.deferred.take() {
            return Err(e);
        }
        if self.pos == self.end {
            self.pos = 0;
            self.end = 0;
        } else if self.pos > 0 && self.buf.len() - self.end < CHUNK / 4 {
            self.buf.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
        }
        if self.buf.len() < self.end + CHUNK {
            self.buf.resize(self.end + CHUNK, 0);
        }
        loop {
            match std::mem::replace(&mut self.source, Source::Gone) {
                Source::Start(mut raw) => {
                    let head = match raw.peek(2) {
                        Ok(head) => head,
                        Err(e) => {
                            self.source = Source::Start(raw);
                            return Err(ReadError::Io(e));
                        }
                    };
                    self.gzip = head.starts_with(&[0x1f, 0x8b]);
                    self.source = if self.gzip {
                        Source::Between(raw)
                    } else {
                        Source::Plain(raw)
                    };
                }
                Source::Plain(mut raw) => {
                    let read = raw.read(&mut self.buf[self.end..]);
                    self.source = Source::Plain(raw);
                    let n = read.map_err(ReadError::Io)?;
                    self.end += n;
                    return Ok(n);
                }
                Source::Between(mut raw) => {
                    let head = match raw.peek(4) {
                        Ok(head) => head,
                        Err(e) => {
                            self.source = Source::Between(raw);
                            return Err(ReadError::Io(e));
                        }
                    };
                    if head.is_empty() {
                        self.source = Source::Between(raw);
                        return Ok(0);
                    }
                    if !is_member_start(head) {
                        self.broken_at = raw.offset;
                        self.source = Source::Broken(raw);
                        return Err(ReadError::Gzip(
                            self.broken_at,
                            io::Error::new(
                                io::ErrorKind::InvalidData,
                                "bytes that are not a gzip member",
                            ),
                        ));
                    }
                    let first = self.abs + (self.end - self.pos) as u64;
                    self.members.push_back((first, raw.offset));
                    raw.start_recording();
                    self.source = Source::Member(GzDecoder::new(raw));
                }
                Source::Member(mut dec) => match dec.read(&mut self.buf[self.end..]) {
                    Ok(0) => {
                        let mut raw = dec.into_inner();
                        raw.stop_recording();
                        self.source = Source::Between(raw);
                    }
                    Ok(n) => {
                        self.source = Source::Member(dec);
                        self.end += n;
                        return Ok(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.source = Source::Member(dec);
                    }
                    Err(e) => {
                        let raw = dec.into_inner();
                        let failed = raw.failed;
                        self.source = Source::Broken(raw);
                        self.broken_at = self.members.back().map_or(0, |m| m.1);
                        return Err(if failed {
                            ReadError::Io(e)
                        } else {
                            ReadError::Gzip(self.broken_at, e)
                        });
                    }
                },
                Source::Broken(raw) => {
                    self.source = Source::Broken(raw);
                    return Err(ReadError::Gzip(
                        self.broken_at,
                        io::Error::new(io::ErrorKind::InvalidData, "damaged gzip data"),
                    ));
                }
                Source::Gone => return Ok(0),
            }
        }
    }
}

/// A gzip member header: the magic, deflate, and no reserved flag bits. Checking four bytes
/// rather than two makes a false start inside compressed data rare (one in 2^27 positions).
fn is_member_start(head: &[u8]) -> bool {
    head.len() >= 4 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8 && head[3] & 0xe0 == 0
}

/// Consumes input up to the next gzip member start, or to the end.
fn skip_to_member<R: Read>(raw: &mut Raw<R>) -> io::Result<()> {
    loop {
        let head = raw.peek(4)?;
        if head.len() < 4 {
            let n = head.len();
            raw.consume(n);
            return Ok(());
        }
        let found = head
            .windows(4)
            .position(is_member_start)
            .unwrap_or(head.len() - 3);
        let whole = found < head.len() - 3;
        raw.consume(found);
        if whole {
            return Ok(());
        }
    }
}
