//! The extraction routes, `POST /v1/extract` and `POST /v1/extract/batch`: what they read (one
//! [`Format`] table each), the query they take, and the work they hand to the blocking pool.
//!
//! Their `#[utoipa::path]` attributes describe parameters and success responses; the request
//! bodies and error responses are added to the document from [`EXTRACT`] and [`BATCH`] by
//! `lib.rs`, so that what a handler reads and answers and what the document says come from the
//! same values.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use lede_extract::record::{self, RecordError, RecordOptions};
use lede_extract::{Document, OffsetUnit, Options};
use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::ArrayBuilder;
use utoipa::openapi::{RefOr, Schema};
use utoipa::{IntoParams, PartialSchema, ToSchema};

use crate::body::{self, Format};
use crate::error::{ApiError, ApiQuery, ErrorCode, body_rejection};
use crate::{AppState, openapi};

/// What a route declares beyond its `#[utoipa::path]`: the errors it can answer. Its bodies are
/// its `Format` table.
#[derive(Debug)]
pub struct Route<T: 'static> {
    pub bodies: &'static [Format<T>],
    pub body_description: &'static str,
    pub errors: &'static [ErrorCode],
}

/// `POST /v1/extract`: one article. To read another content type, add its row to `bodies`:
/// the handler, the 415 message and the OpenAPI document all follow.
pub const EXTRACT: Route<Article> = Route {
    bodies: &[
        Format {
            media_type: "text/plain",
            schema: plain_text_schema,
            example: openapi::seed_text_example,
            read: article_from_text,
        },
        Format {
            media_type: "application/json",
            schema: extract_request_schema,
            example: openapi::seed_request_example,
            read: article_from_json,
        },
        Format {
            media_type: "text/html",
            schema: page_schema,
            example: no_example,
            read: article_from_html,
        },
    ],
    body_description: "The article: its text as sent (UTF-8); a web page (text/html, in the \
                       charset its Content-Type or its own markup names; `?url=` gives its \
                       address); or a JSON object with the text (or a page's `html` and \
                       `url`) and, optionally, an id and the date it was published. A request \
                       without a Content-Type is read as text/plain; an empty body is an empty \
                       article.",
    errors: &[
        ErrorCode::InvalidQuery,
        ErrorCode::InvalidOffsets,
        ErrorCode::InvalidJson,
        ErrorCode::UnreadableBody,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::InvalidUtf8,
        ErrorCode::InvalidDate,
        ErrorCode::Internal,
        ErrorCode::Overloaded,
        ErrorCode::Timeout,
    ],
};

/// `POST /v1/extract/batch`: JSON Lines, or a web archive. The lines are parsed one by one as
/// they are extracted, and a bad line becomes an error line; an archive's records likewise.
pub const BATCH: Route<Batch> = Route {
    bodies: &[
        Format {
            media_type: "application/x-ndjson",
            schema: record_lines_schema,
            example: no_example,
            read: record_lines,
        },
        Format {
            media_type: "application/jsonl",
            schema: record_lines_schema,
            example: no_example,
            read: record_lines,
        },
        Format {
            media_type: "text/plain",
            schema: plain_text_schema,
            example: openapi::seed_lines_example,
            read: record_lines,
        },
        Format {
            media_type: "application/warc",
            schema: warc_schema,
            example: no_example,
            read: warc_file,
        },
    ],
    body_description: "JSON Lines: one ExtractRequest object per line (the array items of the \
                       schema, each written on its own line). Blank lines are skipped; a line \
                       that is not a valid record is answered by an error line, not by an error \
                       status. A request without a Content-Type is read as application/x-ndjson; an \
                       empty body is an empty batch. Or a web archive (application/warc: WARC \
                       1.0 or 1.1, plain or gzip'd, whole or per record as Common Crawl News \
                       ships it): one document per HTML page of an HTTP 200 response, in file \
                       order, each with `fetched` and anchored on its fetch day when it gives no \
                       date; other records are skipped, and a damaged one is answered by an \
                       error line with its offset (codes `warc-...`).",
    errors: &[
        ErrorCode::InvalidQuery,
        ErrorCode::InvalidOffsets,
        ErrorCode::UnreadableBody,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::InvalidDate,
        ErrorCode::Overloaded,
    ],
};

/// The query both routes take.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExtractQuery {
    /// What offsets count: Unicode code points (default) or UTF-8 bytes.
    #[param(value_type = Option<OffsetUnit>)]
    #[serde(default)]
    pub offsets: Option<String>,
    /// The anchor date (YYYY-MM-DD) for relative dates, for bodies that give none.
    #[param(format = Date, example = "2023-03-20")]
    #[serde(default)]
    pub published: Option<String>,
    /// The address of a page sent as text/html: kept in the document, and a source of its date.
    #[serde(default)]
    pub url: Option<String>,
}

/// An article as a JSON body, and one line of a batch.
// No schema-level example: a tool that reads examples out of schemas would then build one
// for the JSON Lines bodies too, which it cannot send (see `no_example`).
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ExtractRequest {
    /// The article's text, as scraped. A request gives `text` or `html`; with neither, the
    /// article is empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A web page's markup, instead of `text`: read as the page's text, structure and metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    /// The page's address (with `html`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date it was published (YYYY-MM-DD): the anchor for "last year", "Monday".
    #[schema(format = Date)]
    #[serde(default)]
    pub published: Option<String>,
    /// Copied into the document's `id`.
    #[serde(default)]
    pub id: Option<String>,
}

/// One line of a batch's output: the document of a record, or why the record was rejected.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum BatchLine {
    Document(Box<Document>),
    // `record::process_line` writes this line itself; the variant is here to be described.
    #[allow(dead_code)]
    Error(RecordError),
}

/// What `POST /v1/extract` extracts, whatever the content type it came in.
#[derive(Debug)]
pub struct Article {
    pub input: Input,
    pub id: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// An article's text, or a web page.
#[derive(Debug)]
pub enum Input {
    Text(String),
    /// The page's bytes, decoded by lede-html (with the request's charset, if any).
    Html(Bytes),
}

fn plain_text_schema() -> RefOr<Schema> {
    String::schema()
}

/// A page's bytes: any bytes are a page (broken markup is read as a browser reads it), so the
/// schema constrains nothing.
fn page_schema() -> RefOr<Schema> {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::AnyValue)
        .description(Some(
            "The page's markup as it was served, in the charset its Content-Type or its own \
             <meta charset> names",
        ))
        .into()
}

fn extract_request_schema() -> RefOr<Schema> {
    RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
        ExtractRequest::name(),
    ))
}

fn record_lines_schema() -> RefOr<Schema> {
    ArrayBuilder::new()
        .items(extract_request_schema())
        .description(Some("The records, one JSON object per line"))
        .into()
}

/// The schema of a batch's output: one [`BatchLine`] per line.
pub fn batch_lines_schema() -> RefOr<Schema> {
    ArrayBuilder::new()
        .items(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
            BatchLine::name(),
        )))
        .description(Some(
            "One line per non-blank input line, in input order: its document or its error",
        ))
        .into()
}

/// JSON Lines bodies carry no example: generic tools (schemathesis among them) cannot send an
/// array as lines, and fail on one. The text/plain row shows the lines instead.
fn no_example() -> Option<serde_json::Value> {
    None
}

fn article_from_text(body: Bytes) -> Result<Article, ApiError> {
    let text = String::from_utf8(body.to_vec()).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidUtf8,
            format!(
                "the body is not valid UTF-8 (first bad byte at {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok(Article {
        input: Input::Text(text),
        id: None,
        published: None,
        url: None,
    })
}

fn article_from_html(body: Bytes) -> Result<Article, ApiError> {
    Ok(Article {
        input: Input::Html(body),
        id: None,
        published: None,
        url: None,
    })
}

fn article_from_json(body: Bytes) -> Result<Article, ApiError> {
    // An object, not an array: serde would read an array's items as the fields in order.
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(ApiError::new(
            ErrorCode::InvalidJson,
            "the body is not a valid request: expected a JSON object",
        ));
    }
    let req: ExtractRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidJson,
            format!("the body is not a valid request: {e}"),
        )
    })?;
    // A request without text or page is an empty article, as an empty body is.
    let input = match (req.text, req.html) {
        (_, Some(html)) => Input::Html(Bytes::from(html)),
        (text, None) => Input::Text(text.unwrap_or_default()),
    };
    Ok(Article {
        input,
        id: req.id,
        published: req.published,
        url: req.url,
    })
}

/// What `POST /v1/extract/batch` extracts.
#[derive(Debug)]
pub enum Batch {
    /// JSON Lines of records.
    Lines(Bytes),
    /// A web archive, read by lede-warc.
    Warc(Bytes),
}

fn record_lines(body: Bytes) -> Result<Batch, ApiError> {
    Ok(Batch::Lines(body))
}

fn warc_file(body: Bytes) -> Result<Batch, ApiError> {
    Ok(Batch::Warc(body))
}

/// A web archive's bytes: any bytes are read (damage becomes error lines), so the schema says
/// only that they are binary.
fn warc_schema() -> RefOr<Schema> {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
            utoipa::openapi::KnownFormat::Binary,
        )))
        .description(Some(
            "A WARC file (ISO 28500), plain or gzip'd, as a crawler wrote it",
        ))
        .into()
}

fn offsets_of(query: &ExtractQuery) -> Result<OffsetUnit, ApiError> {
    match query.offsets.as_deref() {
        None | Some("chars") => Ok(OffsetUnit::Chars),
        Some("bytes") => Ok(OffsetUnit::Bytes),
        Some(other) => Err(ApiError::new(
            ErrorCode::InvalidOffsets,
            format!("offsets must be chars or bytes, not {other:?}"),
        )),
    }
}

fn date_of(published: Option<&str>) -> Result<Option<lede_extract::Date>, ApiError> {
    published
        .map(lede_extract::parse_date)
        .transpose()
        .map_err(|e| ApiError::new(ErrorCode::InvalidDate, e.to_string()))
}

/// A permit to extract, or 503 with `Retry-After` when the server is at its limit.
fn permit(state: &AppState) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
    state.permits.clone().try_acquire_owned().map_err(|_| {
        state.metrics.shed.fetch_add(1, Ordering::Relaxed);
        ApiError::new(
            ErrorCode::Overloaded,
            "too many requests in flight; retry shortly",
        )
    })
}

fn timeout() -> ApiError {
    ApiError::new(ErrorCode::Timeout, "extraction took too long")
}

/// Extract one article.
///
/// The article comes as plain text or as JSON; the answer is its lede document
/// (`lede.document/1`, see docs/output-schema.md).
#[utoipa::path(
    post,
    path = "/v1/extract",
    params(ExtractQuery),
    responses(
        (status = 200, description = "The article's lede document", body = Document,
         content_type = "application/json", example = json!(openapi::seed_document())),
    ),
)]
pub async fn extract(
    State(state): State<Arc<AppState>>,
    ApiQuery(query): ApiQuery<ExtractQuery>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let offsets = offsets_of(&query)?;
    let body = body.map_err(|e| body_rejection(e, state.config.max_body_bytes))?;
    // A bad date in the query is an error even when the body gives its own date.
    let query_date = date_of(query.published.as_deref())?;
    let article = body::read(EXTRACT.bodies, &headers, body)?;
    let published = match article.published.as_deref() {
        Some(date) => date_of(Some(date))?,
        None => query_date,
    };
    let options = Options {
        id: article.id,
        published,
        offsets,
        fallback_published: None,
    };
    let url = article.url.or(query.url);
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let input = article.input;
    let permit = permit(&state)?;
    let bytes = match &input {
        Input::Text(text) => text.len() as u64,
        Input::Html(html) => html.len() as u64,
    };
    let deadline = tokio::time::Instant::now() + state.config.timeout;
    let Ok(Ok(core)) = tokio::time::timeout_at(deadline, state.cores.clone().acquire_owned()).await
    else {
        return Err(timeout());
    };
    let job = tokio::task::spawn_blocking(move || {
        let _core = core;
        let doc = match input {
            Input::Text(text) => lede_extract::extract(&text, &options),
            Input::Html(html) => lede_html::extract_html(
                &html,
                &lede_html::HtmlOptions {
                    url,
                    content_type,
                    extract: options,
                },
            ),
        };
        let json = serde_json::to_vec(&doc);
        drop(permit);
        json
    });
    let json = match tokio::time::timeout_at(deadline, job).await {
        Err(_) => return Err(timeout()),
        Ok(Err(join)) => {
            return Err(ApiError::internal(format!(
                "extraction task failed: {join}"
            )));
        }
        Ok(Ok(Err(e))) => return Err(ApiError::internal(format!("serialization failed: {e}"))),
        Ok(Ok(Ok(json))) => json,
    };
    state.metrics.documents.fetch_add(1, Ordering::Relaxed);
    state.metrics.bytes.fetch_add(bytes, Ordering::Relaxed);
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// Extract a batch of records.
///
/// JSON Lines in, JSON Lines out: one document (or error object) per non-blank input line,
/// streamed back in input order as the records are extracted.
#[utoipa::path(
    post,
    path = "/v1/extract/batch",
    params(ExtractQuery),
    responses(
        (status = 200, description = "One line per non-blank input line, in order: the record's \
                                      document, or `{\"id\", \"error\": {\"code\", \"message\"}}` \
                                      when the record is rejected (codes `invalid-utf8`, \
                                      `invalid-json`, `invalid-record`, `invalid-date`)",
         content((inline(BatchLines) = "application/x-ndjson", example = json!(openapi::seed_batch_output())))),
    ),
)]
pub async fn extract_batch(
    State(state): State<Arc<AppState>>,
    ApiQuery(query): ApiQuery<ExtractQuery>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let offsets = offsets_of(&query)?;
    let body = body.map_err(|e| body_rejection(e, state.config.max_body_bytes))?;
    let body = body::read(BATCH.bodies, &headers, body)?;
    let opts = RecordOptions {
        published: date_of(query.published.as_deref())?,
        offsets,
        ..RecordOptions::default()
    };
    let permit = permit(&state)?;
    // A small channel: the blocking task waits for the client to take lines, so a slow reader
    // holds one batch's worth of memory, not its whole output.
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(16);
    let worker_state = state.clone();
    let body = match body {
        Batch::Lines(lines) => lines,
        Batch::Warc(archive) => {
            let worker_state = state.clone();
            tokio::task::spawn_blocking(move || {
                let _permit = permit;
                extract_archive(&archive, &opts, &worker_state, &tx);
            });
            return Ok(stream_lines(rx));
        }
    };
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        for (n, line) in body.split(|&b| b == b'\n').enumerate() {
            let mut out = Vec::new();
            if record::process_line(line, n + 1, &opts, Some(&lede_html::read_record), &mut out)
                == Some(false)
            {
                worker_state
                    .metrics
                    .documents
                    .fetch_add(1, Ordering::Relaxed);
                worker_state
                    .metrics
                    .bytes
                    .fetch_add(line.len() as u64, Ordering::Relaxed);
            }
            if !out.is_empty() && tx.blocking_send(Ok(Bytes::from(out))).is_err() {
                // The client went away: stop working for it.
                return;
            }
        }
    });
    Ok(stream_lines(rx))
}

/// The lines a blocking task sends, streamed to the client as they come.
fn stream_lines(rx: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>) -> Response {
    let stream = tokio_stream::wrappers::ReceiverStream::new(rx);
    (
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(stream),
    )
        .into_response()
}

/// Extracts every page of a web archive, sending one line per page or damaged record; stops
/// when the client goes away.
fn extract_archive(
    archive: &[u8],
    opts: &RecordOptions,
    state: &AppState,
    tx: &tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
) {
    let options = Options {
        id: None,
        published: opts.published,
        offsets: opts.offsets,
        fallback_published: None,
    };
    let records = lede_warc::records(archive, &lede_warc::Options::default());
    for item in records {
        let mut out = Vec::new();
        let written = match &item {
            Ok(record) => {
                let page = lede_html::read_bytes(
                    &record.body,
                    record.content_type.as_deref(),
                    Some(&record.url),
                );
                let fetched = lede_html::Fetched {
                    id: &record.id,
                    url: &record.url,
                    fetched: &record.fetched,
                    fetched_day: record.fetched_date(),
                };
                let doc = lede_html::extract_fetched(page, &fetched, &options);
                state.metrics.documents.fetch_add(1, Ordering::Relaxed);
                state
                    .metrics
                    .bytes
                    .fetch_add(record.body.len() as u64, Ordering::Relaxed);
                serde_json::to_writer(&mut out, &doc)
            }
            Err(error) => serde_json::to_writer(&mut out, &error.line()),
        };
        if written.is_err() {
            tracing::error!("a batch line failed to serialize");
            continue;
        }
        out.push(b'\n');
        if tx.blocking_send(Ok(Bytes::from(out))).is_err() {
            return;
        }
    }
}

/// The output of a batch as the document shows it: an array whose items are the lines.
#[derive(Debug)]
pub struct BatchLines;

impl PartialSchema for BatchLines {
    fn schema() -> RefOr<Schema> {
        batch_lines_schema()
    }
}

impl ToSchema for BatchLines {}
