//! `lede-server` through its router, without a socket.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn send(req: Request<Body>) -> (StatusCode, serde_json::Value) {
    let res = lede_server::app().oneshot(req).await.unwrap();
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
            post("/v1/extract", "application/json", r#"{"id": "x"}"#),
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
    ];
    for (req, status, code) in cases {
        let (got, body) = send(req).await;
        assert_eq!(got, status, "{body}");
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
}
