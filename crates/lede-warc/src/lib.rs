//! A streaming reader of web archives (WARC 1.0 and 1.1) that yields the HTML pages in them.
//!
//! [`records`] reads a WARC file from any [`Read`] — plain, gzip'd one record per member (as
//! Common Crawl News ships it) or gzip'd whole — and yields one [`Record`] for every `response`
//! record that holds an HTTP 200 answer with an HTML page: its record id, target URL, fetch
//! date, HTTP `Content-Type`, the body as the server meant it (chunked transfer coding and
//! gzip, deflate or brotli content coding undone) and where the record lies in the file.
//! Everything else (requests, metadata, revisits, warcinfo, redirects, errors, PDFs, ...) is
//! skipped and counted in the [`Summary`].
//!
//! Damage does not stop the reader: a record cut short, a wrong `Content-Length`, a broken gzip
//! member or garbage between records yields one [`Error`] with the place it was found, and
//! reading goes on at the next gzip member or the next `WARC/1.` line. Memory stays bounded:
//! one record's block is held at a time, never the file, and a record larger than
//! [`Options::max_record_bytes`] is skipped without being held.
//!
//! This crate is not for HTML: bodies are bytes, in whatever charset the page has, for an HTML
//! reader to decode. Nor is it a WARC writer or a general WARC library.
//!
//! ```
//! let warc = b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
//!     WARC-Target-URI: https://example.com/a\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n\
//!     Content-Type: application/http; msgtype=response\r\nContent-Length: 56\r\n\r\n\
//!     HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n\r\n";
//! let mut reader = lede_warc::records(&warc[..], &lede_warc::Options::default());
//! let page = reader.next().unwrap()?;
//! assert_eq!(page.url, "https://example.com/a");
//! assert_eq!(page.body, b"<p>Hello</p>");
//! assert!(reader.next().is_none());
//! assert_eq!(reader.summary().kept, 1);
//! # Ok::<(), lede_warc::Error>(())
//! ```

mod http;
mod input;

use std::fmt;
use std::io::{self, Read};

use input::{ReadError, Stream};

/// How to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The largest record block (`Content-Length`), and the largest decoded body, that is held
    /// in memory. Larger responses are skipped and counted as [`Skipped::too_large`].
    pub max_record_bytes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_record_bytes: 16 << 20,
        }
    }
}

/// The longest WARC header block read before the record is taken for damage.
pub const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Where a record (or damage) lies in the input.
///
/// Seek to `offset`, decompress from there when the file is gzip'd (across members), and skip
/// `inner` decompressed bytes: the record starts there. For a plain file `inner` is 0 and
/// `offset` is the record's first byte; for a file gzip'd one record per member, `offset` is
/// the member's first byte and `inner` is 0, so that the member alone holds the record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// A byte offset in the input as stored (compressed, for a gzip file).
    pub offset: u64,
    /// Decompressed bytes to skip from `offset` (0 unless a gzip member holds several records).
    pub inner: u64,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "byte {}", self.offset)?;
        if self.inner > 0 {
            write!(f, " (+{} decompressed)", self.inner)?;
        }
        Ok(())
    }
}

/// A `response` record holding an HTML page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// `WARC-Record-ID`, without its angle brackets (`urn:uuid:...`).
    pub id: String,
    /// `WARC-Target-URI`, the page's URL (without angle brackets, should a writer add them).
    pub url: String,
    /// `WARC-Date` as given: when the page was fetched.
    pub fetched: String,
    /// `fetched` read as a time stamp (a date alone counts as its midnight, UTC); `None` when it
    /// does not read as one.
    pub fetched_at: Option<jiff::Timestamp>,
    /// The HTTP `Content-Type` header's value, as sent (its charset, if any, is the body's).
    pub content_type: Option<String>,
    /// The HTTP `Content-Language` header's value, as sent.
    pub content_language: Option<String>,
    /// The page: the HTTP body with transfer and content codings undone, not decoded to text.
    pub body: Vec<u8>,
    /// `WARC-Truncated`, when the archive cut the record short (the body is a prefix).
    pub truncated: Option<String>,
    /// Where the record lies in the input.
    pub position: Position,
}

impl Record {
    /// The UTC day the page was fetched, if `WARC-Date` reads as a time stamp.
    pub fn fetched_date(&self) -> Option<jiff::civil::Date> {
        self.fetched_at
            .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date())
    }
}

/// What was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Every record met: `kept`, skipped, or failed (each error item counts as one).
    pub records: u64,
    /// Records yielded as pages.
    pub kept: u64,
    /// Records skipped, by reason.
    pub skipped: Skipped,
    /// Error items yielded.
    pub errors: u64,
}

/// Records skipped, by reason. Each skipped record counts once, under the first reason found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    pub request: u64,
    pub metadata: u64,
    pub revisit: u64,
    pub warcinfo: u64,
    /// Other record types: `resource`, `conversion`, `continuation`, unknown or missing.
    pub other_type: u64,
    /// `response` records that do not hold an HTTP response (DNS, FTP, ...).
    pub not_http: u64,
    /// HTTP status other than 200: redirects, errors, `304 Not Modified`, ...
    pub status: u64,
    /// Status 200, but neither the header nor the body's first bytes say HTML.
    pub not_html: u64,
    /// The block, or the decoded body, is larger than [`Options::max_record_bytes`].
    pub too_large: u64,
}

impl Skipped {
    /// All skipped records.
    pub fn total(&self) -> u64 {
        self.request
            + self.metadata
            + self.revisit
            + self.warcinfo
            + self.other_type
            + self.not_http
            + self.status
            + self.not_html
            + self.too_large
    }

    fn add(&mut self, skip: Skip) {
        let counter = match skip {
            Skip::Request => &mut self.request,
            Skip::Metadata => &mut self.metadata,
            Skip::Revisit => &mut self.revisit,
            Skip::Warcinfo => &mut self.warcinfo,
            Skip::OtherType => &mut self.other_type,
            Skip::NotHttp => &mut self.not_http,
            Skip::Status => &mut self.status,
            Skip::NotHtml => &mut self.not_html,
            Skip::TooLarge => &mut self.too_large,
        };
        *counter += 1;
    }
}

/// Why a record is skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Skip {
    Request,
    Metadata,
    Revisit,
    Warcinfo,
    OtherType,
    NotHttp,
    Status,
    NotHtml,
    TooLarge,
}

/// A record that could not be read, or damage between records. Reading goes on after every
/// variant but `Io`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The reader failed; nothing more is read.
    #[error("cannot read the input at {position}: {source}")]
    Io {
        position: Position,
        #[source]
        source: io::Error,
    },
    /// A gzip member is damaged, or bytes between members are not gzip; reading goes on at the
    /// next gzip member.
    #[error("damaged gzip data at {position}: {source}")]
    Gzip {
        position: Position,
        #[source]
        source: io::Error,
    },
    /// No WARC record starts here, or its header block is unusable.
    #[error("bad WARC record at {position}: {reason}")]
    Header { position: Position, reason: String },
    /// The `Content-Length` is missing, unreadable or does not end the record.
    #[error("bad WARC record length at {position}: {reason}")]
    Length { position: Position, reason: String },
    /// The input ends inside the record.
    #[error("WARC record at {position} is cut short: {reason}")]
    Truncated { position: Position, reason: String },
    /// A response record whose HTTP message cannot be read.
    #[error("unreadable HTTP response in record {id} ({url}) at {position}: {reason}")]
    Http {
        position: Position,
        id: String,
        url: String,
        reason: String,
    },
}

impl Error {
    /// Where the record, or the damage, starts.
    pub fn position(&self) -> Position {
        match self {
            Error::Io { position, .. }
            | Error::Gzip { position, .. }
            | Error::Header { position, .. }
            | Error::Length { position, .. }
            | Error::Truncated { position, .. }
            | Error::Http { position, .. } => *position,
        }
    }

    /// A stable code for the damage, for error lines: `warc-io`, `warc-gzip`, `warc-header`,
    /// `warc-length`, `warc-truncated` or `warc-http`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Io { .. } => "warc-io",
            Error::Gzip { .. } => "warc-gzip",
            Error::Header { .. } => "warc-header",
            Error::Length { .. } => "warc-length",
            Error::Truncated { .. } => "warc-truncated",
            Error::Http { .. } => "warc-http",
        }
    }

    /// The record's id, when the damage is inside a record whose header was read.
    pub fn record_id(&self) -> Option<&str> {
        match self {
            Error::Http { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The line that stands for the damaged record in a run's output:
    /// `{"id": ..., "error": {"code": ..., "message": ..., "offset": ...}}`.
    pub fn line(&self) -> ErrorLine<'_> {
        ErrorLine {
            id: self.record_id(),
            error: ErrorBody {
                code: self.code(),
                message: self.to_string(),
                offset: self.position().offset,
            },
        }
    }
}

/// See [`Error::line`].
#[derive(Debug, serde::Serialize)]
pub struct ErrorLine<'a> {
    pub id: Option<&'a str>,
    pub error: ErrorBody,
}

/// See [`Error::line`].
#[derive(Debug, serde::Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub message: String,
    pub offset: u64,
}

/// Reads the WARC records of `input`, yielding the HTML pages and the errors in file order.
/// Gzip is recognized by its magic bytes; `input` needs no buffering of its own.
pub fn records<R: Read>(input: R, options: &Options) -> Records<R> {
    let cap = usize::try_from(options.max_record_bytes).unwrap_or(usize::MAX);
    Records {
        stream: Stream::new(input, cap.saturating_add(MAX_HEADER_BYTES + 1024)),
        options: options.clone(),
        summary: Summary::default(),
        next: Next::Read,
        header: Vec::new(),
    }
}

/// The iterator of [`records`]; [`Records::summary`] tells what was read so far.
pub struct Records<R> {
    stream: Stream<R>,
    options: Options,
    summary: Summary,
    next: Next,
    /// The current record's header block.
    header: Vec<u8>,
}

impl<R> fmt::Debug for Records<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Records")
            .field("options", &self.options)
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

impl<R: Read> Records<R> {
    /// The counts so far; after the iterator has ended, of the whole input.
    pub fn summary(&self) -> Summary {
        self.summary
    }
}

/// What the iterator does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    Read,
    /// Look for the next `WARC/1.` at a line start; `line_start` says whether the next byte
    /// starts a line.
    FindLine {
        line_start: bool,
    },
    /// Go on at the next gzip member.
    FindMember,
    Done,
}

/// One step of reading.
enum Step {
    End,
    // Boxed: a record's fields dwarf the other steps, which are moved as often.
    Kept(Box<Record>),
    Skipped(Skip),
}

/// An error, and how to go on after it.
struct Failure {
    error: Error,
    then: Next,
}

/// The header fields the reader uses.
#[derive(Default)]
struct Fields {
    warc_type: Option<String>,
    id: Option<String>,
    url: Option<String>,
    date: Option<String>,
    length: Option<String>,
    content_type: Option<String>,
    truncated: Option<String>,
}

const WARC_LINE: &[u8] = b"WARC/1.";

impl<R: Read> Iterator for Records<R> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let position = self.stream.position(self.stream.abs());
            let resync = match self.next {
                Next::Done => return None,
                Next::Read => Ok(()),
                Next::FindLine { line_start } => self.find_line(line_start),
                Next::FindMember => self.stream.resync_gzip().map_err(ReadError::Io),
            };
            self.next = Next::Read;
            if let Err(e) = resync {
                let failure = read_failure(e, position);
                return Some(Err(self.fail(failure)));
            }
            match self.read_record() {
                Ok(Step::End) => {
                    self.next = Next::Done;
                    return None;
                }
                Ok(Step::Kept(record)) => {
                    self.summary.records += 1;
                    self.summary.kept += 1;
                    return Some(Ok(*record));
                }
                Ok(Step::Skipped(skip)) => {
                    self.summary.records += 1;
                    self.summary.skipped.add(skip);
                }
                Err(failure) => return Some(Err(self.fail(failure))),
            }
        }
    }
}

/// The failure for a read error at `position` (gzip damage is placed where it starts).
fn read_failure(e: ReadError, position: Position) -> Failure {
    match e {
        ReadError::Io(source) => Failure {
            error: Error::Io { position, source },
            then: Next::Done,
        },
        ReadError::Gzip(offset, source) => Failure {
            error: Error::Gzip {
                position: Position { offset, inner: 0 },
                source,
            },
            then: Next::FindMember,
        },
    }
}

impl<R: Read> Records<R> {
    fn fail(&mut self, failure: Failure) -> Error {
        self.summary.records += 1;
        self.summary.errors += 1;
        self.next = failure.then;
        failure.error
    }

    /// Consumes bytes up to the next line that starts with `WARC/1.`, or to the end.
    fn find_line(&mut self, mut line_start: bool) -> Result<(), ReadError> {
        loop {
            let buf = self.stream.fill_at_least(WARC_LINE.len())?;
            if buf.len() < WARC_LINE.len() {
                let n = buf.len();
                self.stream.consume(n);
                return Ok(());
            }
            let last = buf.len() - WARC_LINE.len();
            let found = (0..=last).find(|&i| {
                (if i == 0 {
                    line_start
                } else {
                    buf[i - 1] == b'\n'
                }) && buf[i..].starts_with(WARC_LINE)
            });
            match found {
                Some(i) => {
                    self.stream.consume(i);
                    return Ok(());
                }
                None => {
                    line_start = buf[last] == b'\n';
                    self.stream.consume(last + 1);
                }
            }
        }
    }

    /// Reads one record, from its header to the line ends after its block.
    fn read_record(&mut self) -> Result<Step, Failure> {
        // Blank lines between records are tolerated (some writers add them).
        let start = loop {
            let here = self.stream.position(self.stream.abs());
            let buf = self.stream.fill().map_err(|e| read_failure(e, here))?;
            if buf.is_empty() {
                return Ok(Step::End);
            }
            let blank = buf
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            let whole = blank == buf.len();
            self.stream.consume(blank);
            if !whole {
                break self.stream.abs();
            }
        };
        self.stream.forget_before(start);
        let position = self.stream.position(start);
        self.header.clear();
        let mut block = Vec::new();

        // The version line, alone first, so that garbage is given up on quickly.
        self.read_line(position)?;
        if !self.header.starts_with(WARC_LINE) {
            return Err(self.damaged(
                Error::Header {
                    position,
                    reason: format!("no WARC/1.x line but {:?}", snippet(&self.header)),
                },
                &[],
            ));
        }
        loop {
            let from = self.header.len();
            self.read_line(position)?;
            if matches!(&self.header[from..], b"\r\n" | b"\n") {
                break;
            }
        }
        let fields = parse_fields(&self.header);
        let Some(length) = fields.length.as_deref() else {
            return Err(self.damaged(
                Error::Length {
                    position,
                    reason: "no Content-Length".to_string(),
                },
                &[],
            ));
        };
        let Some(length) = length
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| length.parse::<u64>().ok())
            .flatten()
        else {
            return Err(self.damaged(
                Error::Length {
                    position,
                    reason: format!("Content-Length {length:?} is not a number"),
                },
                &[],
            ));
        };

        // The block: held when it may be kept, else passed over without holding it.
        let held = length <= self.options.max_record_bytes;
        let got = if held {
            block.reserve_exact(length as usize);
            self.read_block(length, Some(&mut block), position)?
        } else {
            self.read_block(length, None, position)?
        };
        if got < length {
            let error = Error::Truncated {
                position,
                reason: format!("the input ends {got} bytes into a {length}-byte block"),
            };
            return Err(if held {
                self.damaged(error, &block)
            } else {
                Failure {
                    error,
                    then: Next::Done,
                }
            });
        }
        self.read_record_end(position, length, held.then_some(&block[..]))?;

        let kind = fields.warc_type.as_deref().map(str::to_ascii_lowercase);
        let skip = match kind.as_deref() {
            Some("response") if !held => Skip::TooLarge,
            Some("response") => return self.response(fields, block, position),
            Some("request") => Skip::Request,
            Some("metadata") => Skip::Metadata,
            Some("revisit") => Skip::Revisit,
            Some("warcinfo") => Skip::Warcinfo,
            _ => Skip::OtherType,
        };
        Ok(Step::Skipped(skip))
    }

    /// Reads a line (through its `\n`) onto the header block.
    fn read_line(&mut self, position: Position) -> Result<(), Failure> {
        loop {
            let buf = match self.stream.fill() {
                Ok(buf) => buf,
                Err(e) => return Err(read_failure(e, position)),
            };
            if buf.is_empty() {
                let error = Error::Truncated {
                    position,
                    reason: format!(
                        "the input ends inside the header block, after {} bytes",
                        self.header.len()
                    ),
                };
                return Err(self.damaged(error, &[]));
            }
            let (n, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let n = n.min(MAX_HEADER_BYTES + 1 - self.header.len());
            self.header.extend_from_slice(&buf[..n]);
            self.stream.consume(n);
            if self.header.len() > MAX_HEADER_BYTES {
                let error = Error::Header {
                    position,
                    reason: format!("a header block longer than {MAX_HEADER_BYTES} bytes"),
                };
                return Err(self.damaged(error, &[]));
            }
            if done {
                return Ok(());
            }
        }
    }

    /// Reads up to `length` bytes of block, onto `out` or into nothing; returns how many came
    /// before the end of the input.
    fn read_block(
        &mut self,
        length: u64,
        mut out: Option<&mut Vec<u8>>,
        position: Position,
    ) -> Result<u64, Failure> {
        let mut got = 0;
        while got < length {
            let buf = match self.stream.fill() {
                Ok(buf) => buf,
                Err(e) => return Err(read_failure(e, position)),
            };
            if buf.is_empty() {
                break;
            }
            let n = buf
                .len()
                .min(usize::try_from(length - got).unwrap_or(usize::MAX));
            if let Some(out) = out.as_deref_mut() {
                out.extend_from_slice(&buf[..n]);
            }
            self.stream.consume(n);
            got += n as u64;
        }
        Ok(got)
    }

    /// Checks that the block is followed by the record's end: line ends (`\r\n\r\n` by the
    /// standard), the end of the input, or the next record.
    fn read_record_end(
        &mut self,
        position: Position,
        length: u64,
        block: Option<&[u8]>,
    ) -> Result<(), Failure> {
        // Damage after the block is the next record's problem: this one is whole.
        let next = self.stream.peek_at_least(SNIPPET);
        let ends = next
            .iter()
            .take(4)
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        if next.is_empty() || next[..ends].contains(&b'\n') || next.starts_with(WARC_LINE) {
            self.stream.consume(ends);
            return Ok(());
        }
        let error = Error::Length {
            position,
            reason: format!(
                "Content-Length {length} does not end the record: the block is followed by {:?}",
                snippet(next)
            ),
        };
        Err(match block {
            Some(block) => self.damaged(error, block),
            None => Failure {
                error,
                then: Next::FindLine { line_start: false },
            },
        })
    }

    /// The failure for damage found in the record that started at the header block: its bytes
    /// after the first (the header block, then `block`) are handed back, and the next record is
    /// looked for among them, since a wrong length may have swallowed it.
    fn damaged(&mut self, error: Error, block: &[u8]) -> Failure {
        let mut back = Vec::with_capacity(self.header.len() + block.len());
        back.extend_from_slice(self.header.get(1..).unwrap_or_default());
        back.extend_from_slice(block);
        self.stream.unread(&back);
        Failure {
            error,
            then: Next::FindLine { line_start: false },
        }
    }

    /// Makes a page of a response record, or says why not.
    fn response(
        &mut self,
        fields: Fields,
        block: Vec<u8>,
        position: Position,
    ) -> Result<Step, Failure> {
        let id = fields.id.map(|v| unbracket(&v).to_string());
        let url = fields.url.map(|v| unbracket(&v).to_string());
        let (Some(id), Some(url)) = (id, url) else {
            return Err(Failure {
                error: Error::Header {
                    position,
                    reason: "a response record without WARC-Record-ID or WARC-Target-URI"
                        .to_string(),
                },
                then: Next::Read,
            });
        };
        let outcome = http::response(
            block,
            fields.content_type.as_deref(),
            fields.truncated.is_some(),
            self.options.max_record_bytes,
        );
        match outcome {
            Ok(http::Outcome::Skip(skip)) => Ok(Step::Skipped(skip)),
            Ok(http::Outcome::Page {
                content_type,
                content_language,
                body,
            }) => {
                let fetched = fields.date.unwrap_or_default();
                Ok(Step::Kept(Box::new(Record {
                    id,
                    url,
                    fetched_at: parse_date(&fetched),
                    fetched,
                    content_type,
                    content_language,
                    body,
                    truncated: fields.truncated,
                    position,
                })))
            }
            Err(reason) => Err(Failure {
                error: Error::Http {
                    position,
                    id,
                    url,
                    reason,
                },
                then: Next::Read,
            }),
        }
    }
}

/// The fields of a header block (after its version line). Names are case-insensitive; a line
/// that starts with a space or tab continues the previous field; lines without a colon are
/// passed over.
fn parse_fields(header: &[u8]) -> Fields {
    let mut fields = Fields::default();
    let text = String::from_utf8_lossy(header);
    let mut current: Option<(String, String)> = None;
    let mut lines = text.split('\n').skip(1);
    let flush = |field: Option<(String, String)>, fields: &mut Fields| {
        let Some((name, value)) = field else { return };
        let slot = match name.to_ascii_lowercase().as_str() {
            "warc-type" => &mut fields.warc_type,
            "warc-record-id" => &mut fields.id,
            "warc-target-uri" => &mut fields.url,
            "warc-date" => &mut fields.date,
            "content-length" => &mut fields.length,
            "content-type" => &mut fields.content_type,
            "warc-truncated" => &mut fields.truncated,
            _ => return,
        };
        slot.get_or_insert(value);
    };
    for line in lines.by_ref() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = current.as_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        flush(current.take(), &mut fields);
        if let Some((name, value)) = line.split_once(':') {
            current = Some((name.trim().to_string(), value.trim().to_string()));
        }
    }
    flush(current, &mut fields);
    fields
}

/// A value without the angle brackets WARC 1.0 puts around URIs.
fn unbracket(value: &str) -> &str {
    value
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .unwrap_or(value)
}

/// `WARC-Date`: an ISO 8601 time stamp in UTC, possibly with fractional seconds (WARC 1.1), or
/// a date alone.
fn parse_date(value: &str) -> Option<jiff::Timestamp> {
    value.parse::<jiff::Timestamp>().ok().or_else(|| {
        let date = value.parse::<jiff::civil::Date>().ok()?;
        jiff::tz::Offset::UTC
            .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
            .ok()
    })
}

/// How many bytes of damaged input a message quotes.
const SNIPPET: usize = 24;

/// The first bytes of `bytes`, for a message.
fn snippet(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(SNIPPET)];
    String::from_utf8_lossy(head).into_owned()
}
