//! `lede extract --warc` on web archives built here: every kept page yields its document with
//! its id, URL and fetch date; every skipped record is counted; damage yields an error line.

use std::io::Write;
use std::process::Stdio;

use expect_test::{Expect, expect};

use crate::lede;

#[path = "../../crates/lede-warc/tests/writer/mod.rs"]
mod writer;

use writer::{Rec, file, gzip, http, request};

const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Storm hits coast</title>
<meta property="article:published_time" content="2024-04-30T10:00:00Z"></head><body><article>
<h1>Storm hits coast</h1><p>A storm hit the coast on Monday, officials said, closing roads and
schools across the region.</p><p>"We have never seen anything like it," said Mayor Jane Smith,
who toured the damage on Tuesday.</p></article></body></html>"#;

/// A page without any date: the fetch day becomes the anchor.
const DATELESS: &str = r#"<html><head><title>Fair opens</title></head><body><article>
<p>The county fair opened yesterday, the organizers said, and it will stay open until Sunday.</p>
</article></body></html>"#;

fn records() -> Vec<Vec<u8>> {
    let ok = |body: &[u8], ct: &str| http("200 OK", &[("Content-Type", ct)], body);
    // "café" in windows-1252, its charset only in the HTTP header.
    let latin = b"<html><body><article><p>The caf\xe9 on Main Street reopened on Friday after a long renovation, its owner said.</p></article></body></html>";
    vec![
        Rec::new("warcinfo", 1, None, b"software: test\r\n".to_vec()).bytes(),
        Rec::new(
            "request",
            2,
            Some("https://news.example/storm"),
            request("https://news.example/storm"),
        )
        .bytes(),
        Rec::new(
            "response",
            3,
            Some("https://news.example/storm"),
            ok(PAGE.as_bytes(), "text/html; charset=utf-8"),
        )
        .bytes(),
        Rec::new(
            "metadata",
            4,
            Some("https://news.example/storm"),
            b"fetchTimeMs: 12\r\n".to_vec(),
        )
        .bytes(),
        Rec::new(
            "response",
            5,
            Some("https://news.example/fair"),
            ok(DATELESS.as_bytes(), "text/html"),
        )
        .bytes(),
        Rec::new(
            "response",
            6,
            Some("https://news.example/cafe"),
            ok(latin, "text/html; charset=windows-1252"),
        )
        .bytes(),
        Rec::new(
            "response",
            7,
            Some("https://news.example/old"),
            http(
                "301 Moved Permanently",
                &[("Location", "https://news.example/new")],
                b"",
            ),
        )
        .bytes(),
        Rec::new(
            "response",
            8,
            Some("https://news.example/gone"),
            http(
                "404 Not Found",
                &[("Content-Type", "text/html")],
                b"<html><body>not found</body></html>",
            ),
        )
        .bytes(),
        Rec::new(
            "response",
            9,
            Some("https://news.example/report.pdf"),
            ok(b"%PDF-1.4 not a page", "application/pdf"),
        )
        .bytes(),
    ]
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = lede()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// One line per output line: a document's id, url, fetched, anchor and its source, and the
/// start of its story; or an error's code and offset. Then the exit status and the summary.
fn render(code: i32, stdout: &str, stderr: &str) -> String {
    let mut out = String::new();
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Some(e) = v.get("error") {
            out += &format!("error {} at {} (id {})\n", e["code"], e["offset"], v["id"]);
            continue;
        }
        let text = v["text"].as_str().unwrap_or("");
        let body: String = v["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["kind"] == "body")
            .map(|p| {
                let (s, e) = (
                    p["start"].as_u64().unwrap() as usize,
                    p["end"].as_u64().unwrap() as usize,
                );
                text.chars().skip(s).take(e - s).collect::<String>()
            })
            .next()
            .unwrap_or_default();
        out += &format!(
            "{} {} fetched={} published={} ({}) | {}\n",
            v["id"].as_str().unwrap(),
            v["url"].as_str().unwrap(),
            v["fetched"],
            v["published"],
            v["published_source"].as_str().unwrap(),
            body.chars().take(40).collect::<String>(),
        );
    }
    out += &format!("exit {code}\n{stderr}");
    out
}

fn check(args: &[&str], input: &[u8], expect: Expect) {
    let (code, stdout, stderr) = run(args, input);
    let one = render(code, &stdout, &stderr);
    // The same bytes on one thread and on several.
    let more: Vec<&str> = args
        .iter()
        .map(|a| if *a == "1" { "3" } else { a })
        .collect();
    let (code3, stdout3, _) = run(&more, input);
    assert_eq!(code, code3);
    assert_eq!(stdout, stdout3, "output differs across thread counts");
    expect.assert_eq(&one);
}

#[test]
fn mixed_records_gzip_per_record() {
    check(
        &["extract", "--warc", "-", "--threads", "1"],
        &file(&records(), true),
        expect![[r#"
            urn:uuid:00000000-0000-4000-8000-000000000003 https://news.example/storm fetched="2024-05-04T08:03:00Z" published="2024-04-30" (meta) | A storm hit the coast on Monday, officia
            urn:uuid:00000000-0000-4000-8000-000000000005 https://news.example/fair fetched="2024-05-06T08:05:00Z" published="2024-05-06" (fetched) | The county fair opened yesterday, the or
            urn:uuid:00000000-0000-4000-8000-000000000006 https://news.example/cafe fetched="2024-05-07T08:06:00Z" published="2024-05-07" (fetched) | The café on Main Street reopened on Frid
            exit 0
            lede: 9 records read, 3 pages kept, 6 skipped (1 request, 1 metadata, 1 warcinfo, 2 HTTP status not 200, 1 not HTML), 0 errors
        "#]],
    );
}

#[test]
fn plain_and_whole_file_gzip_and_given_date() {
    let plain = file(&records(), false);
    let (_, a, _) = run(&["extract", "--warc", "-"], &plain);
    let (_, b, _) = run(&["extract", "--warc", "-"], &gzip(&plain));
    let (_, c, _) = run(&["extract", "--warc", "-"], &file(&records(), true));
    assert_eq!(a, b);
    assert_eq!(a, c);
    check(
        &[
            "extract",
            "--warc",
            "-",
            "--published",
            "2020-01-02",
            "--threads",
            "1",
        ],
        &plain,
        expect![[r#"
            urn:uuid:00000000-0000-4000-8000-000000000003 https://news.example/storm fetched="2024-05-04T08:03:00Z" published="2020-01-02" (given) | A storm hit the coast on Monday, officia
            urn:uuid:00000000-0000-4000-8000-000000000005 https://news.example/fair fetched="2024-05-06T08:05:00Z" published="2020-01-02" (given) | The county fair opened yesterday, the or
            urn:uuid:00000000-0000-4000-8000-000000000006 https://news.example/cafe fetched="2024-05-07T08:06:00Z" published="2020-01-02" (given) | The café on Main Street reopened on Frid
            exit 0
            lede: 9 records read, 3 pages kept, 6 skipped (1 request, 1 metadata, 1 warcinfo, 2 HTTP status not 200, 1 not HTML), 0 errors
        "#]],
    );
}

#[test]
fn truncated_and_damaged_files_go_on() {
    let recs = records();
    let mut damaged = file(&recs[..3], true);
    damaged.extend_from_slice(b"garbage between members\r\n");
    damaged.extend(file(&recs[3..], true));
    // The file ends inside the last page's record.
    let mut cut = file(&recs[..6], false);
    cut.truncate(cut.len() - 60);
    check(
        &["extract", "--warc", "-", "--threads", "1"],
        &damaged,
        expect![[r#"
        urn:uuid:00000000-0000-4000-8000-000000000003 https://news.example/storm fetched="2024-05-04T08:03:00Z" published="2024-04-30" (meta) | A storm hit the coast on Monday, officia
        error "warc-gzip" at 873 (id null)
        urn:uuid:00000000-0000-4000-8000-000000000005 https://news.example/fair fetched="2024-05-06T08:05:00Z" published="2024-05-06" (fetched) | The county fair opened yesterday, the or
        urn:uuid:00000000-0000-4000-8000-000000000006 https://news.example/cafe fetched="2024-05-07T08:06:00Z" published="2024-05-07" (fetched) | The café on Main Street reopened on Frid
        exit 1
        lede: 10 records read, 3 pages kept, 6 skipped (1 request, 1 metadata, 1 warcinfo, 2 HTTP status not 200, 1 not HTML), 1 errors
    "#]],
    );
    check(
        &["extract", "--warc", "-", "--threads", "1"],
        &cut,
        expect![[r#"
        urn:uuid:00000000-0000-4000-8000-000000000003 https://news.example/storm fetched="2024-05-04T08:03:00Z" published="2024-04-30" (meta) | A storm hit the coast on Monday, officia
        urn:uuid:00000000-0000-4000-8000-000000000005 https://news.example/fair fetched="2024-05-06T08:05:00Z" published="2024-05-06" (fetched) | The county fair opened yesterday, the or
        error "warc-truncated" at 1980 (id null)
        exit 1
        lede: 6 records read, 2 pages kept, 3 skipped (1 request, 1 metadata, 1 warcinfo), 1 errors
    "#]],
    );
}

#[test]
fn warc_names_need_no_flag() {
    let dir = std::env::temp_dir().join(format!("lede-warc-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("news.warc.gz");
    std::fs::write(&path, file(&records(), true)).unwrap();
    let (code, stdout, stderr) = run(&["extract", path.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 3);
}

#[test]
fn filter_lang_keeps_one_language_and_counts_the_others() {
    let ok = |body: &str, headers: &[(&str, &str)]| http("200 OK", headers, body.as_bytes());
    let html = [("Content-Type", "text/html; charset=utf-8")];
    let english_undeclared = "<html><body><article><p>The county fair opened yesterday, the \
        organizers said, and it will stay open until Sunday for everyone who wants to come.</p>\
        </article></body></html>";
    let french = "<html lang=fr><body><article><p>La foire du comté a ouvert hier, ont indiqué \
        les organisateurs, et elle restera ouverte jusqu'à dimanche pour tous les visiteurs.</p>\
        </article></body></html>";
    let german_undeclared = "<html><body><article><p>Der Jahrmarkt wurde gestern eröffnet, \
        teilten die Veranstalter mit, und er bleibt bis Sonntag für alle Besucher geöffnet, die \
        kommen möchten.</p></article></body></html>";
    let recs = vec![
        Rec::new(
            "response",
            1,
            Some("https://news.example/storm"),
            ok(PAGE, &html),
        )
        .bytes(),
        Rec::new(
            "response",
            2,
            Some("https://news.example/fair"),
            ok(english_undeclared, &html),
        )
        .bytes(),
        Rec::new(
            "response",
            3,
            Some("https://news.example/foire"),
            ok(french, &html),
        )
        .bytes(),
        Rec::new(
            "response",
            4,
            Some("https://news.example/jahrmarkt"),
            ok(german_undeclared, &html),
        )
        .bytes(),
        // English words, but the HTTP header says British English: declared wins.
        Rec::new(
            "response",
            5,
            Some("https://news.example/uk"),
            ok(
                english_undeclared,
                &[("Content-Type", "text/html"), ("Content-Language", "en-GB")],
            ),
        )
        .bytes(),
    ];
    check(
        &[
            "extract",
            "--warc",
            "-",
            "--filter-lang",
            "en",
            "--threads",
            "1",
        ],
        &file(&recs, true),
        expect![[r#"
            urn:uuid:00000000-0000-4000-8000-000000000001 https://news.example/storm fetched="2024-05-02T08:01:00Z" published="2024-04-30" (meta) | A storm hit the coast on Monday, officia
            urn:uuid:00000000-0000-4000-8000-000000000002 https://news.example/fair fetched="2024-05-03T08:02:00Z" published="2024-05-03" (fetched) | The county fair opened yesterday, the or
            urn:uuid:00000000-0000-4000-8000-000000000005 https://news.example/uk fetched="2024-05-06T08:05:00Z" published="2024-05-06" (fetched) | The county fair opened yesterday, the or
            exit 0
            lede: 5 records read, 5 pages kept, 0 skipped, 2 pages in another language left out, 0 errors
        "#]],
    );
    let (code, _, stderr) = run(&["extract", "--filter-lang", "xx", "--warc", "-"], b"");
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown language"), "{stderr}");
}

/// The server's batch route reads a web archive as the command line does: the same lines,
/// byte for byte, damage included.
#[tokio::test]
async fn the_server_reads_archives_as_the_command_line_does() {
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    let recs = records();
    let mut archive = file(&recs[..3], true);
    archive.extend_from_slice(b"garbage between members\r\n");
    archive.extend(file(&recs[3..], true));
    let (_, cli, _) = run(&["extract", "--warc", "-", "--offsets", "bytes"], &archive);
    let res = lede_server::app(lede_server::Config::default())
        .oneshot(
            Request::post("/v1/extract/batch?offsets=bytes")
                .header(header::CONTENT_TYPE, "application/warc")
                .body(Body::from(archive))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let served = String::from_utf8(bytes.to_vec()).unwrap();
    assert_eq!(served.lines().count(), 4, "{served}");
    assert_eq!(served, cli);
}
