//! A small WARC writer for the tests and the benchmark: records with their header fields in a
//! fixed order (so that the bytes, and so every offset, are the same on every run), HTTP
//! messages, and gzip one record per member or over the whole file.
#![allow(dead_code)]

use std::io::Write;

/// One WARC record: its version (`1.0`, `1.1`), type, header fields after the standard ones,
/// and content block.
pub struct Rec {
    pub version: &'static str,
    pub warc_type: &'static str,
    pub id: String,
    pub date: String,
    pub url: Option<String>,
    pub content_type: &'static str,
    pub extra: Vec<(&'static str, String)>,
    pub block: Vec<u8>,
}

impl Rec {
    /// A record of `warc_type` numbered `n` (its id is `<urn:uuid:...n>`).
    pub fn new(warc_type: &'static str, n: u32, url: Option<&str>, block: Vec<u8>) -> Rec {
        let content_type = match warc_type {
            "response" | "revisit" => "application/http; msgtype=response",
            "request" => "application/http; msgtype=request",
            "warcinfo" => "application/warc-fields",
            _ => "application/octet-stream",
        };
        Rec {
            version: "1.1",
            warc_type,
            id: format!("<urn:uuid:00000000-0000-4000-8000-{n:012}>"),
            date: format!("2024-05-{:02}T08:{:02}:00Z", 1 + n % 28, n % 60),
            url: url.map(str::to_string),
            content_type,
            extra: Vec::new(),
            block,
        }
    }

    /// The record's bytes: version line, header fields, blank line, block, `\r\n\r\n`.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write!(out, "WARC/{}\r\n", self.version).unwrap();
        write!(out, "WARC-Type: {}\r\n", self.warc_type).unwrap();
        write!(out, "WARC-Record-ID: {}\r\n", self.id).unwrap();
        write!(out, "WARC-Date: {}\r\n", self.date).unwrap();
        if let Some(url) = &self.url {
            write!(out, "WARC-Target-URI: {url}\r\n").unwrap();
        }
        for (name, value) in &self.extra {
            write!(out, "{name}: {value}\r\n").unwrap();
        }
        write!(out, "Content-Type: {}\r\n", self.content_type).unwrap();
        write!(out, "Content-Length: {}\r\n\r\n", self.block.len()).unwrap();
        out.extend_from_slice(&self.block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }
}

/// An HTTP/1.1 response: status line, header fields, blank line, body.
pub fn http(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write!(out, "HTTP/1.1 {status}\r\n").unwrap();
    for (name, value) in headers {
        write!(out, "{name}: {value}\r\n").unwrap();
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

/// An HTTP GET request for `url`.
pub fn request(url: &str) -> Vec<u8> {
    let path = url.splitn(4, '/').nth(3).unwrap_or("");
    format!("GET /{path} HTTP/1.1\r\nHost: example.org\r\nUser-Agent: lede-test\r\n\r\n")
        .into_bytes()
}

/// `bytes` as one gzip member.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// A whole file: each record in a gzip member of its own (`per_record`), or all in one.
pub fn file(records: &[Vec<u8>], per_record: bool) -> Vec<u8> {
    if per_record {
        records.iter().flat_map(|r| gzip(r)).collect()
    } else {
        records.concat()
    }
}

/// Chunked transfer coding of `body`, in chunks of `size` bytes.
pub fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(size) {
        write!(out, "{:x}\r\n", chunk.len()).unwrap();
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}
