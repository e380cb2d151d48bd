//! JSON Lines batch mode: one input record per line in, one document per line out, in order.
//!
//! A line that is not a valid record yields an error object on its output line and the run
//! goes on, so that a batch of millions never stops on one bad record and output line N
//! always answers input line N. This module is not for parallelism or decompression.

use std::io::{BufRead, Write};

use anyhow::Result;
use lede_extract::Options;
use serde::{Deserialize, Serialize};

/// One input record: `{"id", "text", "published"?}`.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    #[serde(default)]
    published: Option<serde_json::Value>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ErrorDoc<'a> {
    pub(crate) id: Option<String>,
    pub(crate) error: ErrorBody<'a>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ErrorBody<'a> {
    pub(crate) code: &'a str,
    pub(crate) message: String,
}

/// Processes every line of `input`; returns how many records failed.
pub fn run(
    mut input: impl BufRead,
    out: &mut impl Write,
    defaults: &Options,
    text_format: bool,
) -> Result<usize> {
    let mut failed = 0;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        let line = trim_line(&buf);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match parse(line, line_no, defaults) {
            Ok((text, options)) => {
                let doc = lede_extract::extract(&text, &options);
                if text_format {
                    writeln!(out, "== {}", options.id.as_deref().unwrap_or("(no id)"))?;
                    crate::render::text(out, &text, &doc)?;
                } else {
                    serde_json::to_writer(&mut *out, &doc)?;
                }
            }
            Err((id, code, message)) => {
                failed += 1;
                serde_json::to_writer(
                    &mut *out,
                    &ErrorDoc {
                        id,
                        error: ErrorBody { code, message },
                    },
                )?;
            }
        }
        out.write_all(b"\n")?;
    }
    Ok(failed)
}

pub(crate) fn trim_line(buf: &[u8]) -> &[u8] {
    let mut line = buf;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    line
}

pub(crate) type RecordError = (Option<String>, &'static str, String);

pub(crate) fn parse(
    line: &[u8],
    line_no: usize,
    defaults: &Options,
) -> Result<(String, Options), RecordError> {
    let rec: Record = match serde_json::from_slice(line) {
        Ok(r) => r,
        Err(e) => {
            let code = if std::str::from_utf8(line).is_err() {
                "invalid-utf8"
            } else {
                "invalid-json"
            };
            return Err((None, code, format!("line {line_no}: {e}")));
        }
    };
    let id = rec.id.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    let text = match rec.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => {
            return Err((
                id,
                "invalid-record",
                format!("line {line_no}: \"text\" is not a string"),
            ));
        }
        None => {
            return Err((
                id,
                "invalid-record",
                format!("line {line_no}: no \"text\" field"),
            ));
        }
    };
    let published = match rec.published {
        None | Some(serde_json::Value::Null) => defaults.published,
        Some(serde_json::Value::String(s)) => match lede_extract::parse_date(&s) {
            Ok(d) => Some(d),
            Err(e) => return Err((id, "invalid-date", format!("line {line_no}: {e}"))),
        },
        Some(_) => {
            return Err((
                id,
                "invalid-date",
                format!("line {line_no}: \"published\" is not a YYYY-MM-DD string"),
            ));
        }
    };
    Ok((
        text,
        Options {
            id,
            published,
            offsets: defaults.offsets,
        },
    ))
}
