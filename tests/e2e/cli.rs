//! The `lede` binary as a user runs it.

use std::io::Write;
use std::process::Stdio;

use crate::lede;

const SEED: &str = "seeds/000_236e28626ce61367.txt";

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = lede()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn extract_file_pretty_and_compact() {
    let (code, out, err) = run(&["extract", SEED, "--published", "2023-03-20"], "");
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["schema"], "lede.document/1");
    assert_eq!(doc["published"], "2023-03-20");
    assert_eq!(doc["paragraphs"].as_array().unwrap().len(), 22);
    assert!(out.lines().count() > 20, "pretty JSON spans lines");

    let (code, out, _) = run(&["extract", "--compact", "-"], "One line.\nTwo lines.");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn offsets_in_bytes_or_chars() {
    let text = "Zürich café.\nNext line.";
    let (_, chars, _) = run(&["extract", "--compact", "-"], text);
    let (_, bytes, _) = run(&["extract", "--compact", "--offsets", "bytes", "-"], text);
    let c: serde_json::Value = serde_json::from_str(&chars).unwrap();
    let b: serde_json::Value = serde_json::from_str(&bytes).unwrap();
    assert_eq!(c["offsets"], "chars");
    assert_eq!(b["offsets"], "bytes");
    assert_eq!(c["paragraphs"][1]["start"], 13);
    assert_eq!(b["paragraphs"][1]["start"], 15);
}

#[test]
fn jsonl_bad_line_goes_on() {
    let input = concat!(
        r#"{"id": "a", "text": "First article.", "published": "2023-03-20"}"#,
        "\n",
        "{not json\n",
        r#"{"id": "c"}"#,
        "\n",
        r#"{"id": 7, "text": "Last one.", "published": "yesterday"}"#,
        "\n",
        r#"{"id": "e", "text": "Really the last."}"#,
        "\n",
    );
    let (code, out, err) = run(&["extract", "--jsonl"], input);
    assert_ne!(code, 0, "failed records make a non-zero exit");
    assert!(err.contains("3 record(s) failed"), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["published"], "2023-03-20");
    assert_eq!(lines[1]["error"]["code"], "invalid-json");
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(lines[2]["error"]["code"], "invalid-record");
    assert_eq!(lines[3]["id"], "7");
    assert_eq!(lines[3]["error"]["code"], "invalid-date");
    assert_eq!(lines[4]["id"], "e");
    assert!(lines[4]["sentences"].is_array());
}

#[test]
fn unreadable_and_invalid_files() {
    let (code, out, err) = run(&["extract", "no/such/file.txt"], "");
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert!(
        err.starts_with("lede: cannot read no/such/file.txt"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");

    let dir = std::env::temp_dir().join(format!("lede-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9 au lait").unwrap();
    let (code, _, err) = run(&["extract", bad.to_str().unwrap()], "");
    assert_ne!(code, 0);
    assert!(
        err.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 3)"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();

    let (code, _, err) = run(&["extract", SEED, "--published", "2023-13-01"], "");
    assert_ne!(code, 0);
    assert!(err.contains("invalid date"), "{err}");
}

#[test]
fn text_format_for_people() {
    let (code, out, _) = run(
        &["extract", "--format", "text", "-"],
        "A headline\nThe story goes on.",
    );
    assert_eq!(code, 0);
    assert!(out.contains("[  1] "), "{out}");
    assert!(out.contains("The story goes on."));
}

#[test]
fn broken_pipe_exits_quietly() {
    // Many records, and a reader that closes after the first line.
    let record = r#"{"id": "x", "text": "Some text that is long enough to matter."}"#;
    let input = format!("{record}\n").repeat(20_000);
    let mut child = lede()
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn jsonl_fields_compression_threads() {
    let dir = std::env::temp_dir().join(format!("lede-cli-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut plain = String::new();
    for i in 0..300 {
        plain.push_str(&format!(
            "{{\"url\": \"https://news.example/{i}\", \"body\": \"Story {i}. Mr. Lee spoke.\"}}\n"
        ));
    }
    let args = [
        "extract",
        "--jsonl",
        "--text-field",
        "body",
        "--id-field",
        "url",
    ];

    let path = dir.join("records.jsonl");
    std::fs::write(&path, &plain).unwrap();
    let (code, one_thread, err) = run(
        &[&args[..], &["--threads", "1", path.to_str().unwrap()]].concat(),
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(one_thread.lines().count(), 300);
    let first: serde_json::Value =
        serde_json::from_str(one_thread.lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "https://news.example/0");
    assert_eq!(first["sentences"].as_array().unwrap().len(), 2);

    let gz = dir.join("records.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(plain.as_bytes()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let zst = dir.join("records.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(plain.as_bytes(), 3).unwrap()).unwrap();
    for file in [&path, &gz, &zst] {
        let (code, out, err) = run(
            &[&args[..], &["--threads", "3", file.to_str().unwrap()]].concat(),
            "",
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            out,
            one_thread,
            "same output, in order, for {}",
            file.display()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_utf8_per_record_or_lossy() {
    let mut input = b"{\"id\": \"ok\", \"text\": \"Fine.\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"caf\xe9.\"}\n");
    let run_bytes = |extra: &[&str]| {
        let mut child = lede()
            .args(["extract", "--jsonl"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run_bytes(&[]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["id"], "ok");
    assert_eq!(lines[1]["error"]["code"], "invalid-utf8");

    let out = run_bytes(&["--lossy"]);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[1]["id"], "bad");
    assert_eq!(lines[1]["diagnostics"][0]["code"], "invalid-utf8-replaced");
}

#[test]
fn clean_prints_the_story_alone() {
    let (code, out, err) = run(&["clean", SEED], "");
    assert_eq!(code, 0, "{err}");
    // 22 lines less the caption and two sign-up prompts.
    assert_eq!(out.lines().count(), 19);
    let seed = std::fs::read_to_string(crate::root().join(SEED)).unwrap();
    assert!(
        out.lines().all(|l| seed.contains(l)),
        "clean text is made of input lines"
    );
}
