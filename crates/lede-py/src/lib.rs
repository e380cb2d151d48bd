//! `lede._lede`: the native part of the Python module `lede`.
//!
//! It turns Python values into the library's inputs and the library's `Document` into plain
//! Python objects (dicts, lists, strings, ints, None), field for field the JSON that the
//! command line prints. `extract` runs one article with the GIL released; `ExtractMany` runs
//! an iterator of records on Rust threads, a bounded number of chunks in flight, and hands
//! the results back in input order.
//!
//! This crate is the only one that knows Python. The friendly signatures, docstrings and the
//! Spark and table helpers live in the Python package beside it (`python/lede`); this module
//! is not for them.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, SyncSender, channel, sync_channel};
use std::time::Duration;

use lede_extract::record::{self, ErrorBody, RecordError, RecordOptions};
use lede_extract::{Document, OffsetUnit, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyIterator, PyString};

/// Records per chunk handed to a worker thread: enough that the hand-over costs nothing next
/// to extraction, few enough that the chunks in flight stay small.
const CHUNK_RECORDS: usize = 16;
/// Chunks in flight per worker thread.
const CHUNKS_PER_THREAD: usize = 4;

#[pymodule]
fn _lede(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_html, m)?)?;
    m.add_function(wrap_pyfunction!(parse_date, m)?)?;
    m.add_class::<ExtractMany>()?;
    m.add("SCHEMA", lede_extract::SCHEMA)?;
    Ok(())
}

/// Checks a `YYYY-MM-DD` string or a `datetime.date` and returns it as `YYYY-MM-DD`.
#[pyfunction]
fn parse_date(value: &Bound<'_, PyAny>) -> PyResult<String> {
    Ok(date_option(value)?.to_string())
}

/// Extracts one article: the document as a dict.
#[pyfunction]
#[pyo3(signature = (text, *, published=None, id=None, offsets="chars"))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    published: Option<&Bound<'_, PyAny>>,
    id: Option<String>,
    offsets: &str,
) -> PyResult<Py<PyAny>> {
    let options = Options {
        id,
        published: published.map(date_option).transpose()?,
        offsets: offset_unit(offsets)?,
        fallback_published: None,
    };
    let (text, replaced) = text_of(text);
    let doc = py.detach(|| run(&text, &options, replaced));
    to_python(py, &doc)
}

/// Extracts one web page (`str`, or `bytes` in the charset the page or `content_type` names):
/// the document as a dict.
#[pyfunction]
#[pyo3(signature = (html, *, url=None, published=None, id=None, offsets="chars", content_type=None))]
#[allow(clippy::too_many_arguments)]
fn extract_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    published: Option<&Bound<'_, PyAny>>,
    id: Option<String>,
    offsets: &str,
    content_type: Option<String>,
) -> PyResult<Py<PyAny>> {
    let options = lede_html::HtmlOptions {
        url,
        content_type,
        extract: Options {
            id,
            published: published.map(date_option).transpose()?,
            offsets: offset_unit(offsets)?,
            fallback_published: None,
        },
    };
    let bytes: Vec<u8> = if let Ok(s) = html.cast::<PyString>() {
        text_of(s).0.into_bytes()
    } else if let Ok(b) = html.extract::<Vec<u8>>() {
        b
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "html must be str or bytes",
        ));
    };
    let doc = py.detach(|| lede_html::extract_html(&bytes, &options));
    to_python(py, &doc)
}

/// The extraction behind every entry point: the document, with a diagnostic when the text had
/// lone surrogates that were replaced.
fn run(text: &str, options: &Options, replaced: bool) -> Document {
    let mut doc = lede_extract::extract(text, options);
    if replaced {
        doc.diagnostics
            .insert(0, record::replaced_utf8_diagnostic());
    }
    doc
}

/// A Python string as Rust text. Lone surrogates, which UTF-8 cannot hold, become U+FFFD: one
/// code point for one, so character offsets still index the caller's string.
fn text_of(s: &Bound<'_, PyString>) -> (String, bool) {
    if let Ok(t) = s.to_cow() {
        return (t.into_owned(), false);
    }
    let bytes = s
        .call_method1(pyo3::intern!(s.py(), "encode"), ("utf-8", "surrogatepass"))
        .and_then(|b| b.extract::<Vec<u8>>());
    match bytes {
        Ok(b) => (replace_surrogates(&b), true),
        // Cannot happen for a str; keep going with the library's own replacement.
        Err(_) => (s.to_string_lossy().into_owned(), true),
    }
}

/// UTF-8 with surrogates encoded as three bytes each (Python's `surrogatepass`) as valid text,
/// each surrogate one U+FFFD. (`String::from_utf8_lossy` would make three of each.)
fn replace_surrogates(mut rest: &[u8]) -> String {
    let mut out = String::with_capacity(rest.len());
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push('\u{FFFD}');
                rest = bad.get(3..).unwrap_or_default();
            }
        }
    }
}

fn offset_unit(s: &str) -> PyResult<OffsetUnit> {
    match s {
        "chars" => Ok(OffsetUnit::Chars),
        "bytes" => Ok(OffsetUnit::Bytes),
        _ => Err(PyValueError::new_err(format!(
            "offsets must be \"chars\" or \"bytes\", not {s:?}"
        ))),
    }
}

/// A `published` option: a `YYYY-MM-DD` string or a `datetime.date` (a `datetime` counts by
/// its date). A bad value is the caller's mistake: `ValueError` or `TypeError`.
fn date_option(value: &Bound<'_, PyAny>) -> PyResult<lede_extract::Date> {
    let text = match date_text(value)? {
        Some(t) => t,
        None => {
            return Err(PyTypeError::new_err(format!(
                "published must be a str or a datetime.date, not {}",
                value.get_type().name()?
            )));
        }
    };
    lede_extract::parse_date(&text).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The text of a date value: a string as it is, a `datetime.date` as `YYYY-MM-DD`; `None` for
/// any other type.
fn date_text(value: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Some(s.to_cow()?.into_owned()));
    }
    let py = value.py();
    let date_type = py.import(pyo3::intern!(py, "datetime"))?.getattr("date")?;
    if !value.is_instance(&date_type)? {
        return Ok(None);
    }
    let part = |name: &str| -> PyResult<i64> { value.getattr(name)?.extract() };
    Ok(Some(format!(
        "{:04}-{:02}-{:02}",
        part("year")?,
        part("month")?,
        part("day")?
    )))
}

/// A document as plain Python objects: exactly what `json.loads` makes of the CLI's output.
fn to_python<T: serde::Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    Ok(pythonize::pythonize(py, value)
        .map_err(PyErr::from)?
        .unbind())
}

/// One record as the workers receive it: no Python object crosses into a worker thread.
enum Item {
    /// A plain string: the article text.
    Text { text: String, replaced: bool },
    /// A dict, rebuilt as the JSON object the command line would read on that line.
    Record(serde_json::Map<String, serde_json::Value>),
    /// A record that is neither: its error object is already known.
    Bad(RecordError),
}

struct Chunk {
    seq: usize,
    first: usize,
    items: Vec<Item>,
}

type Output = Result<Document, RecordError>;

struct Done {
    seq: usize,
    outputs: Vec<Output>,
}

/// The iterator behind `lede.extract_many`.
#[pyclass(module = "lede._lede")]
struct ExtractMany {
    /// The caller's records; `None` once exhausted.
    input: Option<Py<PyIterator>>,
    opts: RecordOptions,
    /// To the workers; dropped when the input is exhausted so that they stop.
    work_tx: Option<SyncSender<Chunk>>,
    done_rx: Mutex<Receiver<Done>>,
    /// Results that arrived before an earlier chunk's.
    pending: BTreeMap<usize, Vec<Output>>,
    /// The next chunk's results, ready to hand out in order.
    ready: VecDeque<Output>,
    next_seq: usize,
    sent: usize,
    records: usize,
    max_in_flight: usize,
}

#[pymethods]
impl ExtractMany {
    #[new]
    #[pyo3(signature = (records, *, threads, published, offsets, text_field, id_field))]
    fn new(
        records: &Bound<'_, PyAny>,
        threads: usize,
        published: Option<&Bound<'_, PyAny>>,
        offsets: &str,
        text_field: String,
        id_field: String,
    ) -> PyResult<ExtractMany> {
        let opts = RecordOptions {
            text_field,
            id_field,
            published: published.map(date_option).transpose()?,
            offsets: offset_unit(offsets)?,
            lossy: false,
        };
        let threads = threads.max(1);
        let max_in_flight = threads * CHUNKS_PER_THREAD;
        let input = records.try_iter()?.unbind();
        // Room for every chunk in flight: sending never waits, so the calling thread goes on
        // converting finished documents while the workers extract.
        let (work_tx, work_rx) = sync_channel::<Chunk>(max_in_flight);
        let work_rx = std::sync::Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = channel::<Done>();
        for _ in 0..threads {
            let work_rx = std::sync::Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            let opts = opts.clone();
            std::thread::Builder::new()
                .name("lede-worker".into())
                .spawn(move || worker(&work_rx, &done_tx, &opts))
                .map_err(|e| {
                    pyo3::exceptions::PyRuntimeError::new_err(format!(
                        "cannot start a worker thread: {e}"
                    ))
                })?;
        }
        Ok(ExtractMany {
            input: Some(input),
            opts,
            work_tx: Some(work_tx),
            done_rx: Mutex::new(done_rx),
            pending: BTreeMap::new(),
            ready: VecDeque::new(),
            next_seq: 0,
            sent: 0,
            records: 0,
            max_in_flight,
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        loop {
            if let Some(out) = self.ready.pop_front() {
                return match out {
                    Ok(doc) => to_python(py, &doc).map(Some),
                    Err(e) => to_python(py, &e).map(Some),
                };
            }
            if let Some(outputs) = self.pending.remove(&self.next_seq) {
                self.ready.extend(outputs);
                self.next_seq += 1;
                continue;
            }
            // Keep the workers busy: read ahead while chunks are free.
            while self.input.is_some() && self.sent - self.next_seq < self.max_in_flight {
                self.send_chunk(py)?;
            }
            if self.sent == self.next_seq {
                // Everything read has been handed out, and the input is exhausted.
                return Ok(None);
            }
            let done = self.receive(py)?;
            self.pending.insert(done.seq, done.outputs);
        }
    }
}

impl ExtractMany {
    /// Reads up to a chunk of records from the input (with the GIL) and sends it to the
    /// workers. An exception from the caller's iterator propagates.
    fn send_chunk(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(input) = &self.input else {
            return Ok(());
        };
        let mut input = input.bind(py).clone();
        let mut items = Vec::with_capacity(CHUNK_RECORDS);
        let first = self.records + 1;
        let mut exhausted = false;
        while items.len() < CHUNK_RECORDS {
            match input.next() {
                Some(rec) => {
                    self.records += 1;
                    items.push(item(&rec?, self.records, &self.opts)?);
                }
                None => {
                    exhausted = true;
                    break;
                }
            }
        }
        if exhausted {
            self.input = None;
        }
        if !items.is_empty() {
            let chunk = Chunk {
                seq: self.sent,
                first,
                items,
            };
            let tx = self
                .work_tx
                .as_ref()
                .expect("workers run while input remains");
            // The queue has room for every chunk in flight; should it ever wait, it must not
            // hold the GIL.
            py.detach(|| tx.send(chunk)).map_err(|_| {
                pyo3::exceptions::PyRuntimeError::new_err("the worker threads stopped")
            })?;
            self.sent += 1;
        }
        if exhausted {
            // Closing the queue lets the workers end once they have drained it.
            self.work_tx = None;
        }
        Ok(())
    }

    /// Waits for a finished chunk without the GIL, checking for Ctrl-C now and then.
    fn receive(&self, py: Python<'_>) -> PyResult<Done> {
        let rx = &self.done_rx;
        loop {
            let got = py.detach(|| match rx.lock() {
                Ok(rx) => rx.recv_timeout(Duration::from_millis(100)),
                Err(_) => Err(RecvTimeoutError::Disconnected),
            });
            match got {
                Ok(done) => return Ok(done),
                Err(RecvTimeoutError::Timeout) => py.check_signals()?,
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(pyo3::exceptions::PyRuntimeError::new_err(
                        "the worker threads stopped",
                    ));
                }
            }
        }
    }
}

/// Turns one Python record into an item for the workers. `n` counts records from 1, as the
/// command line counts lines, and names the record in error messages.
fn item(rec: &Bound<'_, PyAny>, n: usize, opts: &RecordOptions) -> PyResult<Item> {
    if let Ok(s) = rec.cast::<PyString>() {
        let (text, replaced) = text_of(s);
        return Ok(Item::Text { text, replaced });
    }
    let Ok(dict) = rec.cast::<PyDict>() else {
        return Ok(Item::Bad(RecordError {
            id: None,
            error: ErrorBody {
                code: "invalid-record",
                message: format!(
                    "line {n}: expected a str or a dict, not {}",
                    rec.get_type().name()?
                ),
            },
        }));
    };
    // Only the fields the record reader looks at are copied, so that a dict with large
    // unrelated values costs nothing to send.
    let mut map = serde_json::Map::new();
    for (field, date) in [
        (opts.id_field.as_str(), false),
        (opts.text_field.as_str(), false),
        ("html", false),
        ("url", false),
        ("published", true),
    ] {
        if let Some(v) = dict.get_item(field)? {
            map.insert(field.to_string(), json_value(&v, date)?);
        }
    }
    Ok(Item::Record(map))
}

/// A Python value as the JSON value the record reader expects: strings, numbers, booleans and
/// None as themselves; a `datetime.date` as `YYYY-MM-DD` where a date is read; anything else
/// as a value the reader rejects with the record's error object.
fn json_value(v: &Bound<'_, PyAny>, date: bool) -> PyResult<serde_json::Value> {
    use serde_json::Value;
    if v.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(Value::String(text_of(s).0));
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(Value::Bool(v.extract()?));
    }
    if v.is_instance_of::<PyInt>() {
        if let Ok(i) = v.extract::<i64>() {
            return Ok(Value::from(i));
        }
        return Ok(Value::String(v.str()?.to_cow()?.into_owned()));
    }
    if v.is_instance_of::<PyFloat>() {
        let f: f64 = v.extract()?;
        return Ok(serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number));
    }
    if date {
        if let Some(t) = date_text(v)? {
            return Ok(Value::String(t));
        }
    }
    // An object, list or other type: the reader says the field is not a string.
    Ok(Value::Array(Vec::new()))
}

fn worker(work_rx: &Mutex<Receiver<Chunk>>, done_tx: &Sender<Done>, opts: &RecordOptions) {
    loop {
        // Hold the lock only to take a chunk, never while extracting.
        let chunk = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(chunk) = chunk else { return };
        let outputs = chunk
            .items
            .into_iter()
            .enumerate()
            .map(|(k, item)| {
                let n = chunk.first + k;
                // `extract` never panics; should it ever, the record gets an error object
                // and the batch goes on, as it would for a bad record.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(item, n, opts)))
                    .unwrap_or_else(|_| {
                        Err(RecordError {
                            id: None,
                            error: ErrorBody {
                                code: "internal-error",
                                message: format!("line {n}: extraction failed"),
                            },
                        })
                    })
            })
            .collect();
        if done_tx
            .send(Done {
                seq: chunk.seq,
                outputs,
            })
            .is_err()
        {
            return;
        }
    }
}

fn process(item: Item, n: usize, opts: &RecordOptions) -> Output {
    let defaults = Options {
        id: None,
        published: opts.published,
        offsets: opts.offsets,
        fallback_published: None,
    };
    match item {
        Item::Text { text, replaced } => Ok(run(&text, &defaults, replaced)),
        Item::Bad(e) => Err(e),
        Item::Record(map) => {
            // The same reader as the command line's, so that a dict and a JSON line with the
            // same fields give the same document or the same error object.
            let line = serde_json::to_vec(&map).expect("a JSON map always serializes");
            let rec = record::parse_record(&line, n, opts)?;
            if rec.html {
                return Ok(lede_html::read_record(
                    &rec.text,
                    rec.url.as_deref(),
                    &rec.options,
                ));
            }
            Ok(run(&rec.text, &rec.options, rec.replaced))
        }
    }
}
