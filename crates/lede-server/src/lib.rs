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
//! `x-request-id`. Errors, the framework's rejections included, are JSON
//! `{"error": {"code", "message"}}` through [`ApiError`] with a stable [`ErrorCode`]; a 5xx says
//! nothing of internals and is logged. The OpenAPI document ([`openapi::document`]) is derived
//! from the same routes that serve requests. Only this crate knows HTTP.
//!
//! Modules: `extract` (the two extraction routes and what they read), `body` (content-type
//! tables: dispatch and documentation from one list), `error` (codes, `ApiError`, rejections),
//! `openapi` (the document), `metrics` (Prometheus text).
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

mod body;
mod error;
mod extract;
mod metrics;
pub mod openapi;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use tokio::sync::Semaphore;
use tracing::Instrument;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use error::{ApiError, ErrorCode};
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

/// Every route, with what the OpenAPI document says of it: the router that serves requests
/// and the document are both split from this one value.
pub(crate) fn routes() -> OpenApiRouter<Arc<AppState>> {
    OpenApiRouter::with_openapi(openapi::base())
        .routes(openapi::with_route(
            routes!(extract::extract),
            &extract::EXTRACT,
        ))
        .routes(openapi::with_route(
            routes!(extract::extract_batch),
            &extract::BATCH,
        ))
        .routes(routes!(healthz))
        .routes(openapi::with_errors(
            routes!(readyz),
            &[ErrorCode::ShuttingDown],
        ))
        .routes(routes!(metrics))
        .routes(routes!(openapi_json))
        .routes(routes!(page))
}

/// The application over given state, so that the binary can flag shutdown.
pub fn router(state: Arc<AppState>) -> Router {
    let (router, _) = routes().split_for_parts();
    router
        .fallback(error::not_found)
        // After the routes: it applies to the routes registered before it.
        .method_not_allowed_fallback(error::method_not_allowed)
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

/// Liveness: the process answers.
#[utoipa::path(
    get,
    path = "/healthz",
    responses((status = 200, description = "The server is alive", body = String,
               content_type = "text/plain", example = json!("ok"))),
)]
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: whether to send the server work (503 once shutdown has begun).
#[utoipa::path(
    get,
    path = "/readyz",
    responses((status = 200, description = "The server takes work", body = String,
               content_type = "text/plain", example = json!("ready"))),
)]
async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    if state.shutting_down.load(Ordering::Relaxed) {
        return ApiError::new(ErrorCode::ShuttingDown, "the server is shutting down")
            .into_response();
    }
    "ready".into_response()
}

/// Metrics in the Prometheus text format.
#[utoipa::path(
    get,
    path = "/metrics",
    responses((status = 200, description = "Request counts and latencies, documents extracted, \
                                            requests shed (Prometheus text format 0.0.4)",
               body = String, content_type = "text/plain")),
)]
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

/// This document (OpenAPI 3.1).
#[utoipa::path(
    get,
    path = "/openapi.json",
    responses((status = 200, description = "The OpenAPI 3.1 document of this server",
               body = Object, content_type = "application/json")),
)]
async fn openapi_json() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        openapi::document(),
    )
        .into_response()
}

/// A page to try lede on an article.
///
/// Paste an article and see its entities, quotes and dates marked; it loads nothing from
/// elsewhere.
#[utoipa::path(
    get,
    path = "/",
    responses((status = 200, description = "The page", body = String, content_type = "text/html")),
)]
async fn page() -> Html<&'static str> {
    Html(include_str!("page.html"))
}
