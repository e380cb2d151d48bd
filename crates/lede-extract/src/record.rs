//! Input records of batch mode: one JSON object per line, `{"id", "text", "published"?}`, or
//! a web page: `{"id", "html", "url"?, "published"?}`.
//!
//! Both the command line (`lede extract --jsonl`) and the server (`POST /v1/extract/batch`)
//! read this format, so its parsing and its error objects live here, next to the document
//! they produce. This module reads bytes that the caller already has; it does no I/O. It
//! does not read HTML either: a page record is handed to the caller's [`HtmlReader`].

use serde::Serialize;

use crate::{Diagnostic, OffsetUnit, Options};

/// Which fields of a record hold what, and the defaults for every record.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// The field holding the article text (`text`).
    pub text_field: String,
    /// The field holding the record's id (`id`).
    pub id_field: String,
    /// The anchor date for records without a `published` field.
    pub published: Option<crate::Date>,
    pub offsets: OffsetUnit,
    /// Decode invalid UTF-8 with replacement characters instead of rejecting the record.
    pub lossy: bool,
}

impl Default for RecordOptions {
    fn default() -> RecordOptions {
        RecordOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            published: None,
            offsets: OffsetUnit::Chars,
            lossy: false,
        }
    }
}

/// Reads a web page into its document: the page's markup, its URL, and the options. The
/// command line and the server pass `lede-html`'s reader.
pub type HtmlReader<'a> = &'a (dyn Fn(&str, Option<&str>, &Options) -> crate::Document + Sync);

/// A parsed record: the text and the options to extract it with.
#[derive(Clone, Debug)]
pub struct Record {
    /// The article text, or the page's markup when `html` is set.
    pub text: String,
    /// The record is a web page (its `html` field).
    pub html: bool,
    /// The page's address (`url`), for web pages.
    pub url: Option<String>,
    pub options: Options,
    /// Invalid UTF-8 was replaced (only with [`RecordOptions::lossy`]).
    pub replaced: bool,
}

/// Why a record was rejected, as written on its output line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordError {
    pub id: Option<String>,
    pub error: ErrorBody,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = RecordErrorBody))]
pub struct ErrorBody {
    /// `invalid-utf8`, `invalid-json`, `invalid-record`, `invalid-date` or
    /// `unsupported-input` (a page record where no HTML reader is available).
    pub code: &'static str,
    pub message: String,
}

/// The diagnostic added to a document whose input had invalid UTF-8 replaced.
pub fn replaced_utf8_diagnostic() -> Diagnostic {
    Diagnostic {
        code: "invalid-utf8-replaced".into(),
        start: 0,
        end: 0,
        message: "the input was not valid UTF-8; invalid bytes were replaced with U+FFFD".into(),
    }
}

/// Parses one line (without its line break). `line_no` is for messages only.
pub fn parse_record(
    line: &[u8],
    line_no: usize,
    opts: &RecordOptions,
) -> Result<Record, RecordError> {
    let fail = |id, code, message: String| RecordError {
        id,
        error: ErrorBody {
            code,
            message: format!("line {line_no}: {message}"),
        },
    };
    let (parsed, replaced) = match std::str::from_utf8(line) {
        Ok(s) => (
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(s),
            false,
        ),
        Err(_) if opts.lossy => (serde_json::from_str(&String::from_utf8_lossy(line)), true),
        Err(e) => {
            return Err(fail(
                None,
                "invalid-utf8",
                format!(
                    "not valid UTF-8 (first bad byte at column {})",
                    e.valid_up_to() + 1
                ),
            ));
        }
    };
    let mut rec =
        parsed.map_err(|e| fail(None, "invalid-json", format!("not a JSON object: {e}")))?;
    let id = rec.remove(&opts.id_field).and_then(|v| match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    });
    // A page record holds its markup in `html`; it is read as a page even when it also has
    // a text field, because the markup says more than a text made from it.
    let (field, html) = match rec.get("html") {
        Some(serde_json::Value::String(_)) => ("html", true),
        Some(serde_json::Value::Null) | None => (opts.text_field.as_str(), false),
        Some(_) => {
            return Err(fail(
                id,
                "invalid-record",
                "\"html\" is not a string".into(),
            ));
        }
    };
    let url = match rec.remove("url") {
        Some(serde_json::Value::String(s)) => Some(s),
        _ => None,
    };
    let text = match rec.remove(field) {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => {
            return Err(fail(
                id,
                "invalid-record",
                format!("{:?} is not a string", opts.text_field),
            ));
        }
        None => {
            return Err(fail(
                id,
                "invalid-record",
                format!("no {:?} field", opts.text_field),
            ));
        }
    };
    let published = match rec.remove("published") {
        None | Some(serde_json::Value::Null) => opts.published,
        Some(serde_json::Value::String(s)) => match crate::parse_date(&s) {
            Ok(d) => Some(d),
            Err(e) => return Err(fail(id, "invalid-date", e.to_string())),
        },
        Some(_) => {
            return Err(fail(
                id,
                "invalid-date",
                "\"published\" is not a YYYY-MM-DD string".into(),
            ));
        }
    };
    Ok(Record {
        text,
        html,
        url,
        options: Options {
            id,
            published,
            offsets: opts.offsets,
            fallback_published: None,
        },
        replaced,
    })
}

/// Extracts one input line and appends its output line (a document or an error object, then
/// `\n`) to `out`. Returns whether the record was rejected. Blank lines append nothing.
/// Page records go to `html`; without one, they are rejected (`unsupported-input`).
pub fn process_line(
    line: &[u8],
    line_no: usize,
    opts: &RecordOptions,
    html: Option<HtmlReader<'_>>,
    out: &mut Vec<u8>,
) -> Option<bool> {
    let mut line = line;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let failed = match parse_record(line, line_no, opts) {
        Ok(rec) if rec.html && html.is_none() => {
            let e = RecordError {
                id: rec.options.id,
                error: ErrorBody {
                    code: "unsupported-input",
                    message: format!("line {line_no}: this reader takes no HTML records"),
                },
            };
            serde_json::to_writer(&mut *out, &e).expect("an error object always serializes");
            true
        }
        Ok(rec) => {
            let mut doc = match html {
                Some(read) if rec.html => read(&rec.text, rec.url.as_deref(), &rec.options),
                _ => crate::extract(&rec.text, &rec.options),
            };
            if rec.replaced {
                doc.diagnostics.insert(0, replaced_utf8_diagnostic());
            }
            serde_json::to_writer(&mut *out, &doc).expect("a document always serializes");
            false
        }
        Err(e) => {
            serde_json::to_writer(&mut *out, &e).expect("an error object always serializes");
            true
        }
    };
    out.push(b'\n');
    Some(failed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(line: &str, expect: Expect) {
        let mut out = Vec::new();
        process_line(
            line.as_bytes(),
            7,
            &RecordOptions::default(),
            None,
            &mut out,
        );
        let got = String::from_utf8(out).unwrap();
        // Documents are long: show only their head.
        let shown = if got.starts_with("{\"schema\"") {
            got.split(",\"offsets\"").next().unwrap().to_string()
        } else {
            got
        };
        expect.assert_eq(shown.trim_end());
    }

    #[test]
    fn records_and_errors() {
        check(
            r#"{"id": "a", "text": "Hello."}"#,
            expect![[r#"{"schema":"lede.document/1","id":"a""#]],
        );
        check(
            r#"{"id": 12, "text": "Hello."}"#,
            expect![[r#"{"schema":"lede.document/1","id":"12""#]],
        );
        check(
            "{oops",
            expect![[
                r#"{"id":null,"error":{"code":"invalid-json","message":"line 7: not a JSON object: key must be a string at line 1 column 2"}}"#
            ]],
        );
        check(
            r#"{"id": "b"}"#,
            expect![[
                r#"{"id":"b","error":{"code":"invalid-record","message":"line 7: no \"text\" field"}}"#
            ]],
        );
        check(
            r#"{"id": "c", "text": 5}"#,
            expect![[
                r#"{"id":"c","error":{"code":"invalid-record","message":"line 7: \"text\" is not a string"}}"#
            ]],
        );
        check(
            r#"{"text": "x", "published": "20 May"}"#,
            expect![[
                r#"{"id":null,"error":{"code":"invalid-date","message":"line 7: invalid date \"20 May\": expected YYYY-MM-DD"}}"#
            ]],
        );
        check(
            r#"[1, 2]"#,
            expect![[
                r#"{"id":null,"error":{"code":"invalid-json","message":"line 7: not a JSON object: invalid type: sequence, expected a map at line 1 column 0"}}"#
            ]],
        );
        check("   ", expect![""]);
    }

    #[test]
    fn invalid_utf8() {
        let line = b"{\"id\": \"x\", \"text\": \"caf\xe9\"}";
        let mut out = Vec::new();
        assert_eq!(
            process_line(line, 1, &RecordOptions::default(), None, &mut out),
            Some(true)
        );
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("\"code\":\"invalid-utf8\"")
        );
        let mut out = Vec::new();
        let lossy = RecordOptions {
            lossy: true,
            ..RecordOptions::default()
        };
        assert_eq!(process_line(line, 1, &lossy, None, &mut out), Some(false));
        assert!(
            String::from_utf8(out)
                .unwrap()
                .contains("invalid-utf8-replaced")
        );
    }
}
