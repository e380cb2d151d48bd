//! The HTTP message inside a `response` record: its status, its `Content-Type`, and its body
//! as the server meant it (chunked transfer and content encodings undone), and whether that
//! body is an HTML page.
//!
//! This module is not for reading the page: it yields bytes, and their charset is decoded by
//! whoever reads the HTML. Nor is it for WARC framing.

use std::io::Read;

use crate::Skip;

/// What a response record holds.
#[derive(Debug)]
pub(crate) enum Outcome {
    Page {
        content_type: Option<String>,
        content_language: Option<String>,
        body: Vec<u8>,
    },
    Skip(Skip),
}

/// The most header fields an HTTP head may have.
const MAX_HEADERS: usize = 128;

/// Reads the HTTP response in `block`, the record's content block. `record_type` is the
/// record's own `Content-Type`; `truncated` says the archive cut the record short
/// (`WARC-Truncated`), so that a body ending early is kept as far as it goes; `cap` bounds the
/// decoded body. An `Err` says why the message cannot be read.
pub(crate) fn response(
    mut block: Vec<u8>,
    record_type: Option<&str>,
    truncated: bool,
    cap: u64,
) -> Result<Outcome, String> {
    let is_http = match record_type {
        Some(t) => t
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("application/http"),
        None => block.starts_with(b"HTTP/"),
    };
    if !is_http {
        return Ok(Outcome::Skip(Skip::NotHttp));
    }
    // Browser-based crawlers record HTTP/2 and HTTP/3 answers with their own version in the
    // status line; the head is the same HTTP/1 text otherwise.
    for version in [&b"HTTP/2 "[..], b"HTTP/2.0 ", b"HTTP/3 ", b"HTTP/3.0 "] {
        if block.starts_with(version) {
            block.splice(..version.len() - 1, b"HTTP/1.1".iter().copied());
            break;
        }
    }
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut resp = httparse::Response::new(&mut headers);
    let parsed = httparse::ParserConfig::default()
        .allow_spaces_after_header_name_in_responses(true)
        .allow_obsolete_multiline_headers_in_responses(true)
        .allow_multiple_spaces_in_response_status_delimiters(true)
        .ignore_invalid_headers_in_responses(true)
        .parse_response(&mut resp, &block);
    let head_len = match parsed {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Err("the HTTP head has no end".to_string()),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(format!("more than {MAX_HEADERS} HTTP header fields"));
        }
        Err(e) => return Err(format!("bad HTTP head: {e}")),
    };
    if resp.code != Some(200) {
        return Ok(Outcome::Skip(Skip::Status));
    }
    let mut content_type = None;
    let mut content_language = None;
    let mut transfer = String::new();
    let mut encodings = String::new();
    for h in resp.headers.iter() {
        let value = String::from_utf8_lossy(h.value);
        if h.name.eq_ignore_ascii_case("content-type") {
            content_type.get_or_insert_with(|| value.trim().to_string());
        } else if h.name.eq_ignore_ascii_case("content-language") {
            content_language.get_or_insert_with(|| value.trim().to_string());
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            transfer.push_str(&value);
            transfer.push(',');
        } else if h.name.eq_ignore_ascii_case("content-encoding") {
            encodings.push_str(&value);
            encodings.push(',');
        }
    }
    block.drain(..head_len);
    let mut body = block;
    if codings(&transfer).any(|c| c == "chunked") {
        body = dechunk(body, truncated)?;
    }
    for coding in codings(&encodings).rev() {
        match decode(&body, &coding, cap, truncated)? {
            Decoded::Same => {}
            Decoded::Bytes(bytes) => body = bytes,
            Decoded::TooLarge => return Ok(Outcome::Skip(Skip::TooLarge)),
        }
    }
    if is_html(content_type.as_deref(), &body) {
        Ok(Outcome::Page {
            content_type,
            content_language,
            body,
        })
    } else {
        Ok(Outcome::Skip(Skip::NotHtml))
    }
}

/// The codings of a comma-separated header value, lowercase, in the order they were applied.
fn codings(value: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    value
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
}

/// Undoes chunked transfer coding. A body whose first chunk-size line does not parse was not
/// chunked at all (archives often store the payload already de-chunked but keep the header),
/// and is returned as it is.
fn dechunk(body: Vec<u8>, truncated: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = &body[..];
    let mut first = true;
    loop {
        match httparse::parse_chunk_size(rest) {
            Ok(httparse::Status::Complete((used, size))) => {
                rest = &rest[used..];
                if size == 0 {
                    return Ok(out);
                }
                let size = usize::try_from(size).unwrap_or(usize::MAX);
                if size > rest.len() {
                    if truncated {
                        out.extend_from_slice(rest);
                        return Ok(out);
                    }
                    return Err("the chunked body ends inside a chunk".to_string());
                }
                out.extend_from_slice(&rest[..size]);
                rest = &rest[size..];
                if let Some(r) = rest.strip_prefix(b"\r\n") {
                    rest = r;
                } else if let Some(r) = rest.strip_prefix(b"\n") {
                    rest = r;
                } else if !rest.is_empty() {
                    return Err("a chunk is not followed by a line end".to_string());
                }
            }
            Ok(httparse::Status::Partial) if truncated || rest.is_empty() && !first => {
                // Many servers and archives drop the closing zero-size chunk: what came is whole.
                return Ok(out);
            }
            Ok(httparse::Status::Partial) => {
                return Err("the chunked body ends without its last chunk".to_string());
            }
            Err(_) if first => return Ok(body),
            Err(_) => return Err("a bad chunk-size line in the chunked body".to_string()),
        }
        first = false;
    }
}

enum Decoded {
    Same,
    Bytes(Vec<u8>),
    TooLarge,
}

/// Undoes one content coding. A body that does not decode but already looks like HTML was
/// stored decoded under a header that says otherwise, and is kept as it is.
fn decode(body: &[u8], coding: &str, cap: u64, truncated: bool) -> Result<Decoded, String> {
    let reader: Box<dyn Read + '_> = match coding {
        "gzip" | "x-gzip" => {
            if !body.starts_with(&[0x1f, 0x8b]) {
                return Ok(Decoded::Same);
            }
            Box::new(flate2::read::MultiGzDecoder::new(body))
        }
        "deflate" => {
            // Servers send either zlib (as the standard says) or a raw deflate stream.
            let zlib = body.len() >= 2
                && body[0] & 0x0f == 8
                && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
            if zlib {
                Box::new(flate2::read::ZlibDecoder::new(body))
            } else {
                Box::new(flate2::read::DeflateDecoder::new(body))
            }
        }
        "br" => Box::new(brotli_decompressor::Decompressor::new(body, 4096)),
        other => {
            if sniff(body) == Sniff::Html {
                return Ok(Decoded::Same);
            }
            return Err(format!("unsupported Content-Encoding {other:?}"));
        }
    };
    let mut out = Vec::new();
    match reader.take(cap.saturating_add(1)).read_to_end(&mut out) {
        Ok(_) if out.len() as u64 > cap => Ok(Decoded::TooLarge),
        Ok(_) => Ok(Decoded::Bytes(out)),
        Err(_) if truncated && !out.is_empty() => Ok(Decoded::Bytes(out)),
        Err(_) if sniff(body) == Sniff::Html => Ok(Decoded::Same),
        Err(e) => Err(format!("cannot undo Content-Encoding {coding}: {e}")),
    }
}

/// Whether a body is an HTML page: what its first bytes show, else what its header says.
pub(crate) fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match sniff(body) {
        Sniff::Html => true,
        Sniff::Other => false,
        Sniff::Unknown => content_type.is_some_and(|t| {
            let media = t.split(';').next().unwrap_or("").trim();
            media.eq_ignore_ascii_case("text/html")
                || media.eq_ignore_ascii_case("application/xhtml+xml")
        }),
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Sniff {
    /// The body opens like HTML.
    Html,
    /// The body opens with the signature of a format that is not HTML.
    Other,
    /// The first bytes do not tell.
    Unknown,
}

/// The signatures of common formats served in place of a page.
const SIGNATURES: &[&[u8]] = &[
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"RIFF",
    b"\x1f\x8b",
    b"OggS",
    b"ID3",
    b"wOFF",
    b"wOF2",
    b"\x00\x00\x01\x00",
    b"{\\rtf",
    b"\xd0\xcf\x11\xe0",
];

/// The tags a page may open with (the HTML pattern of the WHATWG MIME sniffing standard);
/// each must be followed by a space or `>`.
const HTML_OPENINGS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
];

/// What the first bytes of a body say it is.
pub(crate) fn sniff(body: &[u8]) -> Sniff {
    if SIGNATURES.iter().any(|s| body.starts_with(s)) {
        return Sniff::Other;
    }
    let start = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let skip = start
        .iter()
        .position(|b| !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' '))
        .unwrap_or(start.len());
    let start = &start[skip..];
    let opens = |p: &[u8]| {
        start.len() > p.len()
            && start[..p.len()].eq_ignore_ascii_case(p)
            && matches!(start[p.len()], b' ' | b'>')
    };
    if start.starts_with(b"<!--") || HTML_OPENINGS.iter().any(|p| opens(p)) {
        return Sniff::Html;
    }
    // XHTML opens with an XML declaration; the html element follows soon after.
    if start.starts_with(b"<?xml") {
        let head = &start[..start.len().min(1024)];
        if head.windows(5).any(|w| w.eq_ignore_ascii_case(b"<html")) {
            return Sniff::Html;
        }
    }
    Sniff::Unknown
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    /// Renders what `response` makes of a block, as a line.
    fn check(block: &[u8], truncated: bool, expect: Expect) {
        let got = match super::response(block.to_vec(), None, truncated, 1 << 20) {
            Ok(super::Outcome::Page {
                content_type, body, ..
            }) => {
                format!("page {content_type:?} {:?}", String::from_utf8_lossy(&body))
            }
            Ok(super::Outcome::Skip(skip)) => format!("skip {skip:?}"),
            Err(e) => format!("error: {e}"),
        };
        expect.assert_eq(&got);
    }

    #[test]
    fn responses() {
        let ok = "HTTP/1.1 200 OK\r\n";
        let html = "Content-Type: text/html\r\n";
        check(
            format!("{ok}{html}\r\n<p>Hi</p>").as_bytes(),
            false,
            expect![[r#"page Some("text/html") "<p>Hi</p>""#]],
        );
        // The header says plain text, the body says HTML: the body wins.
        check(
            format!("{ok}Content-Type: text/plain\r\n\r\n \n<!DOCTYPE html><p>Hi").as_bytes(),
            false,
            expect![[r#"page Some("text/plain") " \n<!DOCTYPE html><p>Hi""#]],
        );
        // The header says HTML, the body is a PDF.
        check(
            format!("{ok}{html}\r\n%PDF-1.4").as_bytes(),
            false,
            expect!["skip NotHtml"],
        );
        check(
            format!("{ok}\r\nplain words").as_bytes(),
            false,
            expect!["skip NotHtml"],
        );
        check(
            format!("{ok}\r\n<html lang=en>").as_bytes(),
            false,
            expect![[r#"page None "<html lang=en>""#]],
        );
        check(
            b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n",
            false,
            expect!["skip Status"],
        );
        check(
            b"HTTP/1.1 200 OK\r\nX: y",
            false,
            expect!["error: the HTTP head has no end"],
        );
        check(
            b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n<p>h2</p>",
            false,
            expect![[r#"page Some("text/html") "<p>h2</p>""#]],
        );
        check(b"dns:example.com 1.2.3.4", false, expect!["skip NotHttp"]);
    }

    #[test]
    fn chunks() {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
        check(
            format!("{head}4\r\n<p>H\r\n4;ext=1\r\ni</p\r\n1\r\n>\r\n0\r\n\r\n").as_bytes(),
            false,
            expect![[r#"page Some("text/html") "<p>Hi</p>""#]],
        );
        // Stored de-chunked under the original header.
        check(
            format!("{head}<p>Hi</p>").as_bytes(),
            false,
            expect![[r#"page Some("text/html") "<p>Hi</p>""#]],
        );
        check(
            format!("{head}9\r\n<p>H").as_bytes(),
            false,
            expect!["error: the chunked body ends inside a chunk"],
        );
        check(
            format!("{head}9\r\n<p>H").as_bytes(),
            true,
            expect![[r#"page Some("text/html") "<p>H""#]],
        );
        check(
            format!("{head}4\r\n<p>H\r\nzz\r\n").as_bytes(),
            false,
            expect!["error: a bad chunk-size line in the chunked body"],
        );
    }

    #[test]
    fn encodings() {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: ";
        // Declared gzip, stored decoded.
        check(
            format!("{head}gzip\r\n\r\n<p>Hi</p>").as_bytes(),
            false,
            expect![[r#"page Some("text/html") "<p>Hi</p>""#]],
        );
        check(
            format!("{head}zstd\r\n\r\nsome bytes").as_bytes(),
            false,
            expect![[r#"error: unsupported Content-Encoding "zstd""#]],
        );
        check(
            format!("{head}br\r\n\r\nnot brotli").as_bytes(),
            false,
            expect!["error: cannot undo Content-Encoding br: Invalid Data"],
        );
    }
}
