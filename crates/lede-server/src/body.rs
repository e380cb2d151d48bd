//! Request bodies: which content types a route reads, how it reads each, and how the OpenAPI
//! document describes them, all from one table per route.
//!
//! A route that takes a body declares a `&[Format<T>]` (see `extract.rs`): its handler reads the
//! body with [`read`], which picks the row by the request's `Content-Type` and answers 415 for
//! any other, and the document's `requestBody` is built from the same rows by [`content`]. So a
//! content type the server reads is always documented, and the other way round. This module
//! says nothing of what an article is: the rows' `read` functions do.

use axum::body::Bytes;
use axum::http::{HeaderMap, header};
use serde_json::Value;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::request_body::{RequestBody, RequestBodyBuilder};
use utoipa::openapi::{RefOr, Required, Schema};

use crate::error::{ApiError, ErrorCode};

/// One content type a route reads into a `T`.
#[derive(Debug)]
pub struct Format<T> {
    /// The media type as clients send it and the document lists it (lowercase, no parameters).
    pub media_type: &'static str,
    /// The schema of the body in this media type.
    pub schema: fn() -> RefOr<Schema>,
    /// An example body for the document (taken from the seed article), if any.
    pub example: fn() -> Option<Value>,
    /// Turns the body into what the handler works on, or says why it cannot.
    pub read: fn(Bytes) -> Result<T, ApiError>,
}

/// The media type of a request: the `Content-Type` without parameters, lowercased. A request
/// without one (or with an empty one) is read as the route's first format.
fn media_type(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::CONTENT_TYPE)?;
    // A value that is not visible ASCII names no media type, and so matches no row.
    let text = value.to_str().unwrap_or("\u{0}");
    let media = text.split(';').next().unwrap_or("").trim();
    (!media.is_empty()).then(|| media.to_ascii_lowercase())
}

/// Reads `body` with the format its `Content-Type` names, or answers 415 naming the formats
/// the route reads.
pub fn read<T>(formats: &[Format<T>], headers: &HeaderMap, body: Bytes) -> Result<T, ApiError> {
    let format = match media_type(headers) {
        None => formats.first(),
        Some(m) => formats.iter().find(|f| f.media_type == m),
    };
    match format {
        Some(format) => (format.read)(body),
        None => {
            let names: Vec<&str> = formats.iter().map(|f| f.media_type).collect();
            let got = media_type(headers).unwrap_or_default();
            Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                format!("send one of {}, not {got:?}", names.join(", ")),
            ))
        }
    }
}

/// The document's `requestBody` for a route that reads `formats`. It is optional: HTTP cannot
/// tell a missing body from an empty one, and an empty one is read like any other.
pub fn content<T>(formats: &[Format<T>], description: &str) -> RequestBody {
    let mut body = RequestBodyBuilder::new()
        .description(Some(description))
        .required(Some(Required::False));
    for format in formats {
        let content = ContentBuilder::new()
            .schema(Some((format.schema)()))
            .example((format.example)())
            .build();
        body = body.content(format.media_type, content);
    }
    body.build()
}
