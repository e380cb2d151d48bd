//! `lede-server` through its router, without a socket.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn send(req: Request<Body>) -> (StatusCode, serde_json::Value) {
    send_to(lede_server::app(lede_server::Config::default()), req).await
}

async fn send_to(app: axum::Router, req: Request<Body>) -> (StatusCode, serde_json::Value) {
    let res = app.oneshot(req).await.unwrap();
    assert!(
        res.headers().contains_key("x-request-id"),
        "every response has a request id"
    );
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| serde_json::Value::String(String::from_utf8_lossy(&bytes).into()));
    (status, value)
}

fn post(uri: &str, content_type: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn healthz() {
    let (status, body) = send(Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok");
}

#[tokio::test]
async fn extract_plain_text_and_json() {
    let seed =
        std::fs::read_to_string(crate::root().join("seeds/000_236e28626ce61367.txt")).unwrap();
    let (status, doc) = send(post(
        "/v1/extract?published=2023-03-20",
        "text/plain; charset=utf-8",
        seed.clone(),
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 22);
    assert_eq!(doc["published"], "2023-03-20");

    let body =
        serde_json::json!({"text": seed, "published": "2023-03-20", "id": "seed"}).to_string();
    let (status, doc2) = send(post("/v1/extract", "application/json", body)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc2["id"], "seed");
    assert_eq!(doc2["entities"], doc["entities"]);
    assert_eq!(doc2["sentences"], doc["sentences"]);

    let (_, bytes) = send(post(
        "/v1/extract?offsets=bytes",
        "text/plain",
        "café. Next.",
    ))
    .await;
    assert_eq!(bytes["offsets"], "bytes");
    assert_eq!(bytes["sentences"][1]["start"], 7);
}

#[tokio::test]
async fn errors_say_why() {
    let cases = [
        (
            post("/v1/extract", "application/json", "{"),
            StatusCode::BAD_REQUEST,
            "invalid-json",
        ),
        (
            post("/v1/extract", "application/json", r#"["x", null]"#),
            StatusCode::BAD_REQUEST,
            "invalid-json",
        ),
        (
            post("/v1/extract", "text/plain", vec![0xffu8, 0xfe]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-utf8",
        ),
        (
            post("/v1/extract", "image/png", "x"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
        ),
        (
            post(
                "/v1/extract",
                "application/json",
                r#"{"text": "x", "published": "March 5"}"#,
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-date",
        ),
        (
            post("/v1/extract?offsets=words", "text/plain", "x"),
            StatusCode::BAD_REQUEST,
            "invalid-offsets",
        ),
        // The framework's own rejections come back in the same JSON shape.
        (
            post(
                "/v1/extract?published=null&published=null",
                "text/plain",
                "x",
            ),
            StatusCode::BAD_REQUEST,
            "invalid-query",
        ),
        (
            post("/v1/extract/batch?offsets=bytes&offsets=chars", "", ""),
            StatusCode::BAD_REQUEST,
            "invalid-query",
        ),
        (
            post("/v1/extract/batch", "application/json", "{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
        ),
        (
            post(
                "/v1/extract/batch?published=2023-02-30",
                "application/x-ndjson",
                "",
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-date",
        ),
        // A bad date in the query is an error even when the body has a good one.
        (
            post(
                "/v1/extract?published=yesterday",
                "application/json",
                r#"{"text": "x", "published": "2023-03-20"}"#,
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-date",
        ),
        (
            Request::get("/nowhere").body(Body::empty()).unwrap(),
            StatusCode::NOT_FOUND,
            "not-found",
        ),
        (
            Request::delete("/v1/extract").body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
        ),
    ];
    for (req, status, code) in cases {
        let res = lede_server::app(lede_server::Config::default())
            .oneshot(req)
            .await
            .unwrap();
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/json",
            "{code}"
        );
        if status == StatusCode::METHOD_NOT_ALLOWED {
            assert_eq!(res.headers()[header::ALLOW], "POST");
        }
        let got = res.status();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(got, status, "{body}");
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
}

#[tokio::test]
async fn body_limit_is_413_json() {
    let app = lede_server::app(lede_server::Config {
        max_body_bytes: 1000,
        ..Default::default()
    });
    let (status, body) = send_to(app, post("/v1/extract", "text/plain", "x".repeat(5000))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"]["code"], "payload-too-large");
}

#[tokio::test]
async fn load_is_shed_with_503_and_retry_after() {
    let state = lede_server::AppState::new(lede_server::Config {
        max_concurrency: 1,
        ..Default::default()
    });
    // Hold the only permit, as a long extraction would.
    let held = state.permits.clone().try_acquire_owned().unwrap();
    let app = lede_server::router(state.clone());
    let res = app
        .clone()
        .oneshot(post("/v1/extract", "text/plain", "Hello."))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.headers()["retry-after"], "1");
    drop(held);
    let (status, _) = send_to(app.clone(), post("/v1/extract", "text/plain", "Hello.")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "recovers as soon as a permit is free"
    );
    let (_, metrics) = send_to(app, Request::get("/metrics").body(Body::empty()).unwrap()).await;
    let metrics = metrics.as_str().unwrap().to_string();
    assert!(metrics.contains("lede_requests_shed_total 1"), "{metrics}");
    assert!(
        metrics.contains(r#"lede_http_requests_total{route="/v1/extract",status="503"} 1"#),
        "{metrics}"
    );
    assert!(
        metrics.contains(r#"lede_http_requests_total{route="/v1/extract",status="200"} 1"#),
        "{metrics}"
    );
    assert!(
        metrics.contains("lede_documents_extracted_total 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("lede_http_request_duration_seconds_count 2"),
        "{metrics}"
    );
}

#[tokio::test]
async fn batch_streams_documents_in_order() {
    let body = "{\"id\": \"a\", \"text\": \"First. Second.\"}\n\n{broken\n{\"id\": \"c\", \"text\": \"Third.\"}\n";
    let res = lede_server::app(lede_server::Config::default())
        .oneshot(post(
            "/v1/extract/batch?offsets=bytes",
            "application/x-ndjson",
            body,
        ))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let lines: Vec<serde_json::Value> = std::str::from_utf8(&bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["offsets"], "bytes");
    assert_eq!(lines[1]["error"]["code"], "invalid-json");
    assert_eq!(lines[2]["id"], "c");

    // Every content type the batch route documents reads the same lines.
    for content_type in ["application/jsonl", "text/plain"] {
        let (status, line) = send(post(
            "/v1/extract/batch",
            content_type,
            "{\"id\": \"a\", \"text\": \"First.\"}\n",
        ))
        .await;
        assert_eq!(status, StatusCode::OK, "{content_type}");
        assert_eq!(line["id"], "a", "{content_type}");
    }
}

#[tokio::test]
async fn readyz_page_and_openapi() {
    let state = lede_server::AppState::new(lede_server::Config::default());
    let app = lede_server::router(state.clone());
    let (status, body) = send_to(
        app.clone(),
        Request::get("/readyz").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, Some("ready")));
    state
        .shutting_down
        .store(true, std::sync::atomic::Ordering::Relaxed);
    let (status, _) = send_to(
        app.clone(),
        Request::get("/readyz").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);

    let (status, page) = send_to(app.clone(), Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let page = page.as_str().unwrap();
    assert!(page.contains("<title>lede") && page.contains("/v1/extract"));
    assert!(
        page.contains(r#"<a href="/openapi.json">"#),
        "the page links the API's document"
    );
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "the page loads nothing from elsewhere"
    );

    let (status, api) = send_to(
        app,
        Request::get("/openapi.json").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(api["openapi"], "3.1.0");
    for path in [
        "/v1/extract",
        "/v1/extract/batch",
        "/healthz",
        "/readyz",
        "/metrics",
    ] {
        assert!(api["paths"][path].is_object(), "{path} is described");
    }
}

/// What the document promises, checked against the code that keeps it: every route's error
/// statuses and codes, and the request content types each route reads.
#[tokio::test]
async fn openapi_matches_the_routes() {
    let api: serde_json::Value = serde_json::from_str(lede_server::openapi::document()).unwrap();
    let codes: Vec<&str> = api["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let known: Vec<&str> = lede_server::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(codes, known, "the Error schema lists every code, in order");

    let extract = &api["paths"]["/v1/extract"]["post"];
    let statuses: Vec<&String> = extract["responses"].as_object().unwrap().keys().collect();
    assert_eq!(
        statuses,
        ["200", "400", "413", "415", "422", "500", "503"],
        "{extract}"
    );
    let examples = extract["responses"]["400"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert!(examples.contains_key("invalid-query") && examples.contains_key("invalid-json"));
    assert!(
        extract["responses"]["503"]["headers"]["Retry-After"].is_object(),
        "{extract}"
    );

    // Each documented request content type is read, with the document's own example.
    for (path, content_type) in [
        ("/v1/extract", "text/plain"),
        ("/v1/extract", "application/json"),
        ("/v1/extract/batch", "text/plain"),
    ] {
        let media = &api["paths"][path]["post"]["requestBody"]["content"][content_type];
        let example = &media["example"];
        let body = match example {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let (status, doc) = send(post(path, content_type, body)).await;
        assert_eq!(status, StatusCode::OK, "{path} {content_type}: {doc}");
        assert!(doc.is_object() || doc.is_string(), "{path} {content_type}");
    }
    for content_type in ["application/x-ndjson", "application/jsonl"] {
        let media =
            &api["paths"]["/v1/extract/batch"]["post"]["requestBody"]["content"][content_type];
        assert_eq!(media["schema"]["type"], "array", "{content_type}");
    }

    // The response example is what the server answers for the request example.
    let json_example = extract["requestBody"]["content"]["application/json"]["example"].to_string();
    let (_, doc) = send(post("/v1/extract", "application/json", json_example)).await;
    assert_eq!(
        doc,
        extract["responses"]["200"]["content"]["application/json"]["example"]
    );
}

#[test]
fn fresh_openapi_file() {
    crate::ensure_file_contents(
        &crate::root().join("docs/openapi.json"),
        lede_server::openapi::document(),
    );
}

#[test]
fn fresh_readme_error_table() {
    crate::ensure_section(
        &crate::root().join("README.md"),
        "<!-- errors: generated from lede_server::ErrorCode by `cargo xtask regen` -->\n",
        "<!-- errors: end -->\n",
        &lede_server::ErrorCode::markdown_table(),
    );
}
