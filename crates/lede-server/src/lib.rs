//! lede over HTTP.
//!
//! [`app`] builds the axum [`Router`]: `POST /v1/extract` takes an article as `text/plain` or
//! as JSON `{"text", "published"?, "id"?}` and answers the lede document; `GET /healthz`
//! answers `ok`. Only this crate knows HTTP; extraction is `lede_extract::extract`. Errors
//! are JSON `{"error": {"code", "message"}}` through [`ApiError`].
//!
//! ```
//! use axum::body::Body;
//! use axum::http::{Request, StatusCode};
//! use tower::ServiceExt;
//!
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! let request = Request::post("/v1/extract")
//!     .header("content-type", "text/plain")
//!     .body(Body::from("Mr. Smith left Paris on Monday."))
//!     .unwrap();
//! let response = lede_server::app().oneshot(request).await.unwrap();
//! assert_eq!(response.status(), StatusCode::OK);
//! # });
//! ```

use axum::Router;
use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use lede_extract::{Document, OffsetUnit, Options};
use serde::Deserialize;

/// The application, without a socket: tests drive it with `tower::ServiceExt::oneshot`.
pub fn app() -> Router {
    Router::new()
        .route("/v1/extract", post(extract))
        .route("/healthz", get(healthz))
}

async fn healthz() -> &'static str {
    "ok"
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

async fn extract(
    Query(query): Query<ExtractQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let offsets = match query.offsets.as_deref() {
        None | Some("chars") => OffsetUnit::Chars,
        Some("bytes") => OffsetUnit::Bytes,
        Some(other) => {
            return Err(ApiError::bad_request(
                "invalid-offsets",
                format!("offsets must be chars or bytes, not {other:?}"),
            ));
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain");
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let (text, published, id) = match mime.as_str() {
        "application/json" => {
            let req: ExtractRequest = serde_json::from_slice(&body).map_err(|e| {
                ApiError::bad_request(
                    "invalid-json",
                    format!("the body is not a valid request: {e}"),
                )
            })?;
            (req.text, req.published.or(query.published), req.id)
        }
        "text/plain" | "" => {
            let text = String::from_utf8(body.to_vec()).map_err(|e| ApiError {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "invalid-utf8",
                message: format!(
                    "the body is not valid UTF-8 (first bad byte at {})",
                    e.utf8_error().valid_up_to()
                ),
            })?;
            (text, query.published, None)
        }
        other => {
            return Err(ApiError {
                status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
                code: "unsupported-media-type",
                message: format!("send text/plain or application/json, not {other}"),
            });
        }
    };
    let published = published
        .map(|p| lede_extract::parse_date(&p))
        .transpose()
        .map_err(|e| ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid-date",
            message: e.to_string(),
        })?;
    let options = Options {
        id,
        published,
        offsets,
    };
    let doc: Document = lede_extract::extract(&text, &options);
    Ok(axum::Json(doc).into_response())
}

/// An error answered as JSON `{"error": {"code", "message"}}` with its status.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    fn bad_request(code: &'static str, message: String) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            code,
            message,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        (self.status, axum::Json(body)).into_response()
    }
}
