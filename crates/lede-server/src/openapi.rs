//! The OpenAPI 3.1 document of the server, served at `/openapi.json` and written to
//! `docs/openapi.json` by `cargo xtask regen` (a test keeps that file fresh).
//!
//! It is derived from the code, not written beside it: utoipa reads each handler's
//! `#[utoipa::path]` and the `ToSchema` types (the lede document's types come from
//! `lede-extract` with its `openapi` feature), utoipa-axum collects them from the same router
//! that serves requests, and this module adds what is table-driven: each route's request
//! bodies (its `Format` rows), its error responses (its [`ErrorCode`]s) and the `x-request-id`
//! and `Retry-After` headers. The examples are computed from the seed article, so they are
//! what the server answers. This module decides nothing about requests; it only describes.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use lede_extract::record::RecordError;
use lede_extract::{Document, OffsetUnit, Options};
use serde_json::{Value, json};
use utoipa::OpenApi;
use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::{PartialSchema, ToSchema};
use utoipa_axum::router::UtoipaMethodRouter;

use crate::body;
use crate::error::{Error, ErrorCode};
use crate::extract::{BatchLine, ExtractRequest, Route};

const DESCRIPTION: &str = "\
Facts from news articles: the story's paragraphs, the people and organizations named, quotes \
with their speakers, and dates.

Every error is answered as JSON `{\"error\": {\"code\", \"message\"}}` with a stable `code` \
(the `ErrorCode` schema); each operation lists the codes it can answer under their statuses. \
Besides those, any path answers `404 not-found` when no route has it and `405 \
method-not-allowed` (with `Allow`) for a method its route does not take. Every response \
carries an `x-request-id` header: the client's own, if it sent a valid one, or one the server \
made.";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "lede",
        description = DESCRIPTION,
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    components(schemas(Error, ErrorCode, ExtractRequest, BatchLine, Document, RecordError)),
)]
struct ApiDoc;

/// The document's parts that no route carries: info and the shared schemas.
pub(crate) fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The OpenAPI document as pretty JSON with a final newline, built once.
pub fn document() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut api = crate::routes().split_for_parts().1;
        add_request_id_headers(&mut api);
        let mut s = serde_json::to_string_pretty(&api).expect("the OpenAPI document serializes");
        s.push('\n');
        s
    })
}

/// Adds a route's request bodies and error responses to what its `#[utoipa::path]` says.
pub(crate) fn with_route<S, T>(
    mut route: UtoipaMethodRouter<S>,
    spec: &Route<T>,
) -> UtoipaMethodRouter<S> {
    for item in route.1.paths.values_mut() {
        for op in operations(item) {
            if !spec.bodies.is_empty() {
                op.request_body = Some(body::content(spec.bodies, spec.body_description));
            }
            add_errors(op, spec.errors);
        }
    }
    route
}

/// Adds error responses to a route that takes no body.
pub(crate) fn with_errors<S>(
    mut route: UtoipaMethodRouter<S>,
    errors: &[ErrorCode],
) -> UtoipaMethodRouter<S> {
    for item in route.1.paths.values_mut() {
        for op in operations(item) {
            add_errors(op, errors);
        }
    }
    route
}

fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.options,
        &mut item.head,
        &mut item.patch,
        &mut item.trace,
    ]
    .into_iter()
    .filter_map(Option::as_mut)
}

/// One response per status, listing its codes, with an example of each.
fn add_errors(op: &mut Operation, errors: &[ErrorCode]) {
    let mut by_status: BTreeMap<u16, Vec<ErrorCode>> = BTreeMap::new();
    for &code in errors {
        by_status
            .entry(code.status().as_u16())
            .or_default()
            .push(code);
    }
    for (status, codes) in by_status {
        op.responses
            .responses
            .insert(status.to_string(), RefOr::T(error_response(&codes)));
    }
}

fn error_response(codes: &[ErrorCode]) -> Response {
    let description = codes
        .iter()
        .map(|c| format!("`{}`: {}", c.as_str(), c.meaning()))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut content = ContentBuilder::new().schema(Some(RefOr::Ref(
        utoipa::openapi::Ref::from_schema_name(Error::name()),
    )));
    for &code in codes {
        let example = ExampleBuilder::new()
            .summary(code.meaning())
            .value(Some(json!({
                "error": {"code": code.as_str(), "message": example_message(code)}
            })))
            .build();
        content = content.examples_from_iter([(code.as_str(), example)]);
    }
    let mut response = ResponseBuilder::new()
        .description(description)
        .content("application/json", content.build());
    if codes
        .iter()
        .any(|c| c.status() == axum::http::StatusCode::SERVICE_UNAVAILABLE)
    {
        response = response.header(
            "Retry-After",
            HeaderBuilder::new()
                .schema(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .pattern(Some("^[0-9]+$")),
                )
                .description(Some("Seconds to wait before retrying"))
                .build(),
        );
    }
    response.build()
}

/// A message as the server writes it for `code`, for the document's examples.
fn example_message(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::InvalidQuery => {
            "Failed to deserialize query string: duplicate field `published`"
        }
        ErrorCode::InvalidOffsets => "offsets must be chars or bytes, not \"words\"",
        ErrorCode::InvalidJson => {
            "the body is not a valid request: missing field `text` at line 1 column 11"
        }
        ErrorCode::UnreadableBody => "Failed to buffer the request body: connection closed",
        ErrorCode::NotFound => "no such route; see /openapi.json",
        ErrorCode::MethodNotAllowed => {
            "this route does not take this method; see the Allow header and /openapi.json"
        }
        ErrorCode::PayloadTooLarge => "the body is larger than 10485760 bytes",
        ErrorCode::UnsupportedMediaType => {
            "send one of text/plain, application/json, not \"image/png\""
        }
        ErrorCode::InvalidUtf8 => "the body is not valid UTF-8 (first bad byte at 0)",
        ErrorCode::InvalidDate => "invalid date \"March 5\": expected YYYY-MM-DD",
        ErrorCode::Internal => "internal error; it has been logged",
        ErrorCode::Overloaded => "too many requests in flight; retry shortly",
        ErrorCode::Timeout => "extraction took too long",
        ErrorCode::ShuttingDown => "the server is shutting down",
    }
}

/// Every response of every operation carries `x-request-id` (the middleware adds it).
fn add_request_id_headers(api: &mut utoipa::openapi::OpenApi) {
    let header = HeaderBuilder::new()
        .schema(String::schema())
        .description(Some(
            "The request's id: the client's x-request-id if it sent a valid one",
        ))
        .build();
    for item in api.paths.paths.values_mut() {
        for op in operations(item) {
            for response in op.responses.responses.values_mut() {
                if let RefOr::T(response) = response {
                    response
                        .headers
                        .insert("x-request-id".into(), header.clone());
                }
            }
        }
    }
}

/// The seed article that the examples come from.
const SEED_TEXT: &str = include_str!("../../../seeds/000_236e28626ce61367.txt");
const SEED_ID: &str = "000_236e28626ce61367";
const SEED_PUBLISHED: &str = "2023-03-20";

/// The seed's first six lines: a caption with titles, a meeting of two named people, quotes
/// with their speakers and addressees, and dates. Short enough to read in the document.
fn seed_excerpt() -> String {
    SEED_TEXT.lines().take(6).collect::<Vec<_>>().join("\n")
}

/// The JSON request of the examples.
pub(crate) fn seed_request() -> ExtractRequest {
    ExtractRequest {
        text: Some(seed_excerpt()),
        html: None,
        url: None,
        published: Some(SEED_PUBLISHED.into()),
        id: Some(SEED_ID.into()),
    }
}

/// The document the server answers for [`seed_request`].
pub(crate) fn seed_document() -> Document {
    let options = Options {
        id: Some(SEED_ID.into()),
        published: Some(lede_extract::parse_date(SEED_PUBLISHED).expect("the seed's date parses")),
        offsets: OffsetUnit::Chars,
        fallback_published: None,
    };
    lede_extract::extract(&seed_excerpt(), &options)
}

/// The batch output of [`seed_records_example`].
pub(crate) fn seed_batch_output() -> Vec<BatchLine> {
    vec![BatchLine::Document(Box::new(seed_document()))]
}

pub(crate) fn seed_text_example() -> Option<Value> {
    Some(Value::String(seed_excerpt()))
}

pub(crate) fn seed_request_example() -> Option<Value> {
    serde_json::to_value(seed_request()).ok()
}

pub(crate) fn seed_lines_example() -> Option<Value> {
    let line = serde_json::to_string(&seed_request()).ok()?;
    Some(Value::String(line + "\n"))
}
