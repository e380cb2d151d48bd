//! Every way a request can fail, answered in one shape: `{"error": {"code", "message"}}`.
//!
//! [`ErrorCode`] is the closed list of codes, each with one status and one sentence saying when
//! it is answered; the OpenAPI document's `Error` schema, each route's error responses and the
//! README's error table are all rendered from it, so they cannot disagree. The framework's own
//! rejections (a query string serde cannot read, a body over the limit, an unknown route or
//! method) are turned into [`ApiError`] here too, so that no client ever sees axum's plain-text
//! rejection bodies. This module is not for per-line errors of a batch: those are
//! `lede_extract::record::RecordError`, written inside a 200 stream.

use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

/// A stable, machine-readable error code. Clients branch on it; messages are for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    InvalidQuery,
    InvalidOffsets,
    InvalidJson,
    UnreadableBody,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    InvalidUtf8,
    InvalidDate,
    Internal,
    Overloaded,
    Timeout,
    ShuttingDown,
}

impl ErrorCode {
    /// Every code, in the order of their statuses (the README's table is in this order).
    pub const ALL: &[ErrorCode] = &[
        ErrorCode::InvalidQuery,
        ErrorCode::InvalidOffsets,
        ErrorCode::InvalidJson,
        ErrorCode::UnreadableBody,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::InvalidUtf8,
        ErrorCode::InvalidDate,
        ErrorCode::Internal,
        ErrorCode::Overloaded,
        ErrorCode::Timeout,
        ErrorCode::ShuttingDown,
    ];

    /// The code as written in the JSON body.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidQuery => "invalid-query",
            ErrorCode::InvalidOffsets => "invalid-offsets",
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::UnreadableBody => "unreadable-body",
            ErrorCode::NotFound => "not-found",
            ErrorCode::MethodNotAllowed => "method-not-allowed",
            ErrorCode::PayloadTooLarge => "payload-too-large",
            ErrorCode::UnsupportedMediaType => "unsupported-media-type",
            ErrorCode::InvalidUtf8 => "invalid-utf8",
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::Internal => "internal",
            ErrorCode::Overloaded => "overloaded",
            ErrorCode::Timeout => "timeout",
            ErrorCode::ShuttingDown => "shutting-down",
        }
    }

    /// The one status a code is answered with.
    pub fn status(self) -> StatusCode {
        match self {
            ErrorCode::InvalidQuery
            | ErrorCode::InvalidOffsets
            | ErrorCode::InvalidJson
            | ErrorCode::UnreadableBody => StatusCode::BAD_REQUEST,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::InvalidUtf8 | ErrorCode::InvalidDate => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Overloaded | ErrorCode::Timeout | ErrorCode::ShuttingDown => {
                StatusCode::SERVICE_UNAVAILABLE
            }
        }
    }

    /// When the server answers the code: one sentence for the document and the README.
    pub fn meaning(self) -> &'static str {
        match self {
            ErrorCode::InvalidQuery => {
                "The query string cannot be read: a parameter is repeated or badly encoded."
            }
            ErrorCode::InvalidOffsets => "`offsets` is neither `chars` nor `bytes`.",
            ErrorCode::InvalidJson => {
                "A JSON body is not valid JSON, not an object, or has no string `text`."
            }
            ErrorCode::UnreadableBody => "The request body could not be read to its end.",
            ErrorCode::NotFound => "No route has this path.",
            ErrorCode::MethodNotAllowed => {
                "The route does not take this method; `Allow` lists those it takes."
            }
            ErrorCode::PayloadTooLarge => "The body is larger than the server's limit.",
            ErrorCode::UnsupportedMediaType => "The route does not read this content type.",
            ErrorCode::InvalidUtf8 => "A text body is not valid UTF-8.",
            ErrorCode::InvalidDate => "`published` is not a real date written YYYY-MM-DD.",
            ErrorCode::Internal => "A bug; the details are in the server's log.",
            ErrorCode::Overloaded => {
                "The server is at its concurrency limit; retry after `Retry-After` seconds."
            }
            ErrorCode::Timeout => "The request took longer than the server's time limit.",
            ErrorCode::ShuttingDown => "The server is stopping and takes no new work.",
        }
    }

    /// The README's error table, rendered from [`ErrorCode::ALL`] (a test keeps the README's
    /// copy fresh).
    pub fn markdown_table() -> String {
        let mut out = String::from("| Status | Code | When |\n| --- | --- | --- |\n");
        for code in ErrorCode::ALL {
            out.push_str(&format!(
                "| {} | `{}` | {} |\n",
                code.status().as_u16(),
                code.as_str(),
                code.meaning()
            ));
        }
        out
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"error": {"code": "invalid-date", "message": "invalid date \"March 5\": expected YYYY-MM-DD"}}))]
pub struct Error {
    pub error: ErrorBody,
}

/// What went wrong: a stable code and a message for people.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
}

/// An error answered as JSON `{"error": {"code", "message"}}` with its code's status.
#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// A 500 whose detail goes to the log, not to the client.
    pub fn internal(detail: String) -> ApiError {
        tracing::error!(detail = %detail, "internal error");
        ApiError::new(ErrorCode::Internal, "internal error; it has been logged")
    }

    pub fn status(&self) -> StatusCode {
        self.code.status()
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.code.status();
        let body = Error {
            error: ErrorBody {
                code: self.code,
                message: self.message,
            },
        };
        let mut res = (status, axum::Json(body)).into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        res
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> ApiError {
        ApiError::new(ErrorCode::InvalidQuery, rejection.body_text())
    }
}

/// Reads a body rejection: over the limit is 413, anything else (a broken connection) is 400.
pub fn body_rejection(rejection: BytesRejection, max_body_bytes: usize) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("the body is larger than {max_body_bytes} bytes"),
        )
    } else {
        ApiError::new(ErrorCode::UnreadableBody, rejection.body_text())
    }
}

/// axum's `Query`, rejecting through [`ApiError`] (`invalid-query`) instead of plain text.
#[derive(Debug)]
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Query(value) = Query::<T>::from_request_parts(parts, state).await?;
        Ok(ApiQuery(value))
    }
}

/// The answer for a path no route has.
pub async fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "no such route; see /openapi.json")
}

/// The answer for a route asked with a method it does not take (axum adds `Allow`).
pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        ErrorCode::MethodNotAllowed,
        "this route does not take this method; see the Allow header and /openapi.json",
    )
}
