//! lede over HTTP.
//!
//! [`app`] builds the axum [`Router`]:
//!
//! - `POST /v1/extract`: an article as `text/plain` or JSON `{"text", "published"?, "id"?}`
//!   answers the lede document (`?offsets=bytes`, `?published=YYYY-MM-DD`);
//! - `POST /v1/extract/batch`: JSON Lines records in, one document (or error object) per line
//!   out, streamed in input order;
//! - `GET /healthz` (liveness), `GET /readyz` (readiness: 503 while shutting down),
//!   `GET /metrics` (Prometheus text), `GET /openapi.json`, and `GET /`, a page where a person
//!   pastes an article and sees what lede found.
//!
//! Extraction runs on the blocking pool under a concurrency limit: past it, requests are shed
//! with 503 and `Retry-After` instead of queueing without bound. Every response carries an
//! `x-request-id`. Errors are JSON `{"error": {"code", "message"}}` through [`ApiError`]; a 5xx
//! says nothing of internals and is logged. Only this crate knows HTTP.
//!
//! ```
//! use axum::body::Body;
//! use axum::http::{Request, StatusCode};
//! use tower::ServiceExt;
//!
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! let app = lede_server::app(lede_server::Config::default());
//! let request = Request::post("/v1/extract")
//!     .header("content-type", "text/plain")
//!     .body(Body::from("Mr. Smith left Paris on Monday."))
//!     .unwrap();
//! let response = app.oneshot(request).await.unwrap();
//! assert_eq!(response.status(), StatusCode::OK);
//! # });
//! ```

// The OpenAPI document is one large `json!` literal.
#![recursion_limit = "512"]

mod metrics;
pub mod openapi;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, MatchedPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use lede_extract::record::{self, RecordOptions};
use lede_extract::{OffsetUnit, Options};
use serde::Deserialize;
use tokio::sync::Semaphore;
use tracing::Instrument;

pub use metrics::Metrics;

/// The server's knobs; flags and `LEDE_*` variables fill it in the binary.
#[derive(Clone, Debug)]
pub struct Config {
    /// The largest request body accepted, in bytes (413 beyond).
    pub max_body_bytes: usize,
    /// How many extractions run at once; more requests are shed with 503.
    pub max_concurrency: usize,
    /// How long one request may take before it is answered with 503.
    pub timeout: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_body_bytes: 10 << 20,
            // Sixteen per core: articles take about a millisecond, so this queues a few
            // milliseconds of work at most before shedding.
            max_concurrency: std::thread::available_parallelism().map_or(2, |n| n.get()) * 16,
            timeout: Duration::from_secs(30),
        }
    }
}

/// What handlers share.
#[derive(Debug)]
pub struct AppState {
    pub config: Config,
    pub permits: Arc<Semaphore>,
    /// About one permit per core: admitted requests wait here, first come first served, so
    /// that extractions run one per core rather than time-sliced together, which would make
    /// every request in a burst as slow as the whole burst. One permit more than the cores
    /// keeps a core from idling while the next request is handed over (measured: 66% of the
    /// library's throughput with exactly one per core, 80% with one more).
    pub cores: Arc<Semaphore>,
    pub metrics: Metrics,
    /// Set when shutdown begins: `/readyz` then answers 503 so balancers stop sending.
    pub shutting_down: AtomicBool,
    next_request: AtomicU64,
}

impl AppState {
    pub fn new(config: Config) -> Arc<AppState> {
        Arc::new(AppState {
            permits: Arc::new(Semaphore::new(config.max_concurrency.max(1))),
            cores: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(1, |n| n.get()) + 1,
            )),
            config,
            metrics: Metrics::default(),
            shutting_down: AtomicBool::new(false),
            next_request: AtomicU64::new(1),
        })
    }
}

/// The application with fresh state.
pub fn app(config: Config) -> Router {
    router(AppState::new(config))
}

/// The application over given state, so that the binary can flag shutdown.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/v1/extract", post(extract))
        .route("/v1/extract/batch", post(extract_batch))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi_json))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(middleware::from_fn_with_state(state.clone(), observe))
        .with_state(state)
}

/// Request ids, metrics and one log line per request.
async fn observe(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| {
            format!(
                "lede-{:08x}",
                state.next_request.fetch_add(1, Ordering::Relaxed)
            )
        });
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |p| p.as_str())
        .to_owned();
    let method = req.method().clone();
    let header_value = HeaderValue::from_str(&id).expect("request ids are visible ASCII");
    state.metrics.in_flight.fetch_add(1, Ordering::Relaxed);
    // Everything logged while serving the request, errors included, carries its id.
    let span = tracing::info_span!("request", request_id = %id);
    let mut res = next.run(req).instrument(span).await;
    state.metrics.in_flight.fetch_sub(1, Ordering::Relaxed);
    let elapsed = started.elapsed();
    state
        .metrics
        .observe(&route, res.status().as_u16(), elapsed);
    res.headers_mut().insert("x-request-id", header_value);
    tracing::info!(
        request_id = %id,
        method = %method,
        route = %route,
        status = res.status().as_u16(),
        latency_ms = elapsed.as_secs_f64() * 1e3,
        "request"
    );
    res
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    if state.shutting_down.load(Ordering::Relaxed) {
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting-down",
            "the server is shutting down",
        )
        .into_response();
    }
    "ready".into_response()
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let body = state.metrics.render(
        state.permits.available_permits(),
        state.config.max_concurrency,
    );
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

async fn openapi_json() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        openapi::document(),
    )
        .into_response()
}

async fn page() -> Html<&'static str> {
    Html(include_str!("page.html"))
}

async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "no such route; see /openapi.json",
    )
}

#[derive(Debug, Default, Deserialize)]
struct ExtractQuery {
    #[serde(default)]
    offsets: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ExtractRequest {
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    id: Option<String>,
}

fn offsets_of(query: &ExtractQuery) -> Result<OffsetUnit, ApiError> {
    match query.offsets.as_deref() {
        None | Some("chars") => Ok(OffsetUnit::Chars),
        Some("bytes") => Ok(OffsetUnit::Bytes),
        Some(other) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid-offsets",
            format!("offsets must be chars or bytes, not {other:?}"),
        )),
    }
}

fn date_of(published: Option<&str>) -> Result<Option<lede_extract::Date>, ApiError> {
    published
        .map(lede_extract::parse_date)
        .transpose()
        .map_err(|e| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid-date",
                e.to_string(),
            )
        })
}

fn mime(headers: &HeaderMap) -> String {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain");
    ct.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn body_of(body: Result<Bytes, BytesRejection>, state: &AppState) -> Result<Bytes, ApiError> {
    body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                format!(
                    "the body is larger than {} bytes",
                    state.config.max_body_bytes
                ),
            )
        } else {
            ApiError::new(StatusCode::BAD_REQUEST, "unreadable-body", e.body_text())
        }
    })
}

fn unsupported(want: &str, got: &str) -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        format!("send {want}, not {got:?}"),
    )
}

/// A permit to extract, or 503 with `Retry-After` when the server is at its limit.
fn permit(state: &AppState) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
    state.permits.clone().try_acquire_owned().map_err(|_| {
        state.metrics.shed.fetch_add(1, Ordering::Relaxed);
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "too many requests in flight; retry shortly",
        )
    })
}

async fn extract(
    State(state): State<Arc<AppState>>,
    Query(query): Query<ExtractQuery>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let offsets = offsets_of(&query)?;
    let body = body_of(body, &state)?;
    let (text, published, id) = match mime(&headers).as_str() {
        "application/json" => {
            let req: ExtractRequest = serde_json::from_slice(&body).map_err(|e| {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "invalid-json",
                    format!("the body is not a valid request: {e}"),
                )
            })?;
            (req.text, req.published.or(query.published), req.id)
        }
        "text/plain" | "" => {
            let text = String::from_utf8(body.to_vec()).map_err(|e| {
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid-utf8",
                    format!(
                        "the body is not valid UTF-8 (first bad byte at {})",
                        e.utf8_error().valid_up_to()
                    ),
                )
            })?;
            (text, query.published, None)
        }
        other => return Err(unsupported("text/plain or application/json", other)),
    };
    let options = Options {
        id,
        published: date_of(published.as_deref())?,
        offsets,
    };
    let permit = permit(&state)?;
    let bytes = text.len() as u64;
    let deadline = tokio::time::Instant::now() + state.config.timeout;
    let Ok(Ok(core)) = tokio::time::timeout_at(deadline, state.cores.clone().acquire_owned()).await
    else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            "extraction took too long",
        ));
    };
    let job = tokio::task::spawn_blocking(move || {
        let _core = core;
        let doc = lede_extract::extract(&text, &options);
        let json = serde_json::to_vec(&doc);
        drop(permit);
        json
    });
    let json = match tokio::time::timeout_at(deadline, job).await {
        Err(_) => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "extraction took too long",
            ));
        }
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

async fn extract_batch(
    State(state): State<Arc<AppState>>,
    Query(query): Query<ExtractQuery>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let offsets = offsets_of(&query)?;
    let body = body_of(body, &state)?;
    match mime(&headers).as_str() {
        "application/x-ndjson"
        | "application/jsonl"
        | "application/json-lines"
        | "text/plain"
        | "" => {}
        other => return Err(unsupported("JSON Lines (application/x-ndjson)", other)),
    }
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
    let stream = tokio_stream::wrappers::ReceiverStream::new(rx);
    Ok((
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(stream),
    )
        .into_response())
}

/// An error answered as JSON `{"error": {"code", "message"}}` with its status.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    /// A 500 whose detail goes to the log, not to the client.
    fn internal(detail: String) -> ApiError {
        tracing::error!(detail = %detail, "internal error");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "internal error; it has been logged",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        let mut res = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        res
    }
}
