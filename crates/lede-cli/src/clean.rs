//! `lede clean`: the story text alone, without the clutter a scraper kept.
//!
//! Prints the paragraphs that `lede_extract::layout` judges to be the story (body,
//! subheadings and credit lines), in order, one paragraph per line; articles given as
//! several files are separated by a blank line. With `--jsonl`, each input record
//! `{"id", "text"}` yields one line `{"id", "text"}` whose text is the clean story with its
//! paragraphs joined by `\n`, and a bad record yields an error object as in `lede extract
//! --jsonl`. This module only reads, cleans and prints; the judging is the library's.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use lede_extract::record::{self, RecordOptions};
use serde::Serialize;

#[derive(clap::Args, Debug)]
pub struct CleanArgs {
    /// Article text files; `-` reads standard input. With --jsonl, at most one file of
    /// records (standard input when none).
    files: Vec<PathBuf>,
    /// Read JSON Lines records {"id", "text"} and write one {"id", "text"} per line.
    #[arg(long)]
    jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    #[arg(long)]
    lossy: bool,
    /// What the files hold: article text, HTML pages, or decided by name and content.
    #[arg(long, value_enum, default_value_t = crate::InputKind::Auto)]
    input: crate::InputKind,
}

/// The story paragraphs of a page's document, in the text it carries.
fn story_of(doc: &lede_extract::Document) -> Vec<&str> {
    let text = doc.text.as_deref().unwrap_or("");
    doc.paragraphs
        .iter()
        .filter(|p| p.kind.is_story())
        .filter_map(|p| text.get(p.start..p.end))
        .collect()
}

#[derive(Debug, Serialize)]
struct CleanDoc<'a> {
    id: Option<&'a str>,
    text: String,
}

pub fn run(args: CleanArgs) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.jsonl {
        let (input, _, what) = crate::input::open_records(&args.files)?;
        let failed = run_jsonl(input, &mut out).with_context(|| format!("while reading {what}"))?;
        out.flush()?;
        if failed > 0 {
            eprintln!("lede: {failed} record(s) failed; see their error objects in the output");
            return Ok(ExitCode::FAILURE);
        }
        return Ok(ExitCode::SUCCESS);
    }
    anyhow::ensure!(
        !args.files.is_empty(),
        "no input: give article files, `-` for standard input, or --jsonl"
    );
    for (n, path) in args.files.iter().enumerate() {
        let input = crate::read_input(path, args.input, args.lossy)?;
        if n > 0 {
            writeln!(out)?;
        }
        match input {
            crate::Input::Text { text, .. } => {
                for para in lede_extract::layout::story_paragraphs(&text) {
                    writeln!(out, "{para}")?;
                }
            }
            crate::Input::Html { bytes, .. } => {
                let options = lede_html::HtmlOptions {
                    extract: lede_extract::Options {
                        offsets: lede_extract::OffsetUnit::Bytes,
                        ..lede_extract::Options::default()
                    },
                    ..lede_html::HtmlOptions::default()
                };
                let doc = lede_html::extract_html(&bytes, &options);
                for para in story_of(&doc) {
                    writeln!(out, "{para}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Cleans every record of `input`; returns how many records failed. Write errors stay
/// `io::Error`s so that a closed pipe downstream is recognized as the reader's choice.
fn run_jsonl(mut input: impl BufRead, out: &mut impl Write) -> Result<usize> {
    let opts = RecordOptions::default();
    let mut failed = 0;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match record::parse_record(line, line_no, &opts) {
            Ok(rec) => {
                let text = if rec.html {
                    let mut options = rec.options.clone();
                    options.offsets = lede_extract::OffsetUnit::Bytes;
                    let doc = lede_html::read_record(&rec.text, rec.url.as_deref(), &options);
                    story_of(&doc).join("\n")
                } else {
                    lede_extract::layout::story_paragraphs(&rec.text).join("\n")
                };
                let doc = CleanDoc {
                    id: rec.options.id.as_deref(),
                    text,
                };
                serde_json::to_writer(&mut *out, &doc).map_err(io::Error::from)?;
            }
            Err(err) => {
                failed += 1;
                serde_json::to_writer(&mut *out, &err).map_err(io::Error::from)?;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(failed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(input: &str, expect: Expect) {
        let mut out = Vec::new();
        let failed = run_jsonl(input.as_bytes(), &mut out).unwrap();
        let got = format!("{}failed: {failed}\n", String::from_utf8(out).unwrap());
        expect.assert_eq(&got);
    }

    #[test]
    fn jsonl_records() {
        check(
            concat!(
                r#"{"id": "a", "text": "Share\nThe mayor opened the new bridge over the river on Saturday, two years later than planned and well over budget.\nAsked about the cost, she said the city had learned a hard lesson about big projects.\nSubscribe to our newsletter"}"#,
                "\n",
                r#"{"id": 7, "nope": 1}"#,
                "\n"
            ),
            expect![[r#"
                {"id":"a","text":"The mayor opened the new bridge over the river on Saturday, two years later than planned and well over budget.\nAsked about the cost, she said the city had learned a hard lesson about big projects."}
                {"id":"7","error":{"code":"invalid-record","message":"line 2: no \"text\" field"}}
                failed: 1
            "#]],
        );
    }
}
