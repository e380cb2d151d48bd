//! Opening inputs: files or standard input, decompressed by file name (`.gz`, `.zst`).
//!
//! This module is not for parsing records or articles: it hands out readers and bytes.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A buffered reader over the decompressed content of `path` (`-` or none: standard input),
/// with the compressed size when it is a file, for progress reports.
pub fn open(path: Option<&Path>) -> Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
        return Ok((
            Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            None,
        ));
    };
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let size = file.metadata().ok().map(|m| m.len());
    let name = path.to_string_lossy().to_ascii_lowercase();
    let reader: Box<dyn BufRead + Send> = if name.ends_with(".gz") || name.ends_with(".gzip") {
        // Multi-member gzip, as `cat a.gz b.gz` and parallel compressors produce.
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(file),
        ))
    } else if name.ends_with(".zst") || name.ends_with(".zstd") {
        let decoder = zstd::stream::read::Decoder::new(file)
            .with_context(|| format!("cannot start decompressing {}", path.display()))?;
        Box::new(BufReader::with_capacity(1 << 16, decoder))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, file))
    };
    Ok((reader, size))
}

/// The input of a `--jsonl` run: at most one file (none or `-`: standard input), opened and
/// decompressed, with its size and a name for messages.
pub fn open_records(files: &[PathBuf]) -> Result<(Box<dyn BufRead + Send>, Option<u64>, String)> {
    anyhow::ensure!(
        files.len() <= 1,
        "--jsonl reads one file of records, or standard input"
    );
    let path = files.first().map(PathBuf::as_path);
    let what = path
        .filter(|p| p.as_os_str() != "-")
        .map_or("standard input".to_string(), |p| p.display().to_string());
    let (reader, size) = open(path)?;
    Ok((reader, size, what))
}

/// The bytes of one input, decompressed, named for error messages.
pub fn read_bytes(path: &Path) -> Result<(String, Vec<u8>)> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        return Ok(("<stdin>".to_string(), buf));
    }
    let (mut reader, _) =
        open(Some(path)).with_context(|| format!("cannot read {}", path.display()))?;
    let mut buf = Vec::new();
    reader
        .read_to_end(&mut buf)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok((path.display().to_string(), buf))
}

/// Whether a file name says a web archive (`.warc`, perhaps gzip'd).
pub fn is_warc_name(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// Whether a file name says HTML (`.html`, `.htm`, `.xhtml`, perhaps compressed).
pub fn is_html_name(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    let name = [".gz", ".gzip", ".zst", ".zstd"]
        .iter()
        .find_map(|z| name.strip_suffix(z))
        .unwrap_or(&name);
    [".html", ".htm", ".xhtml", ".shtml"]
        .iter()
        .any(|e| name.ends_with(e))
}

/// Bytes as an article's text, named for error messages. Invalid UTF-8 is an error, or with
/// `lossy` replaced by U+FFFD (the flag in the result says so).
pub fn text_of(name: String, bytes: Vec<u8>, lossy: bool) -> Result<(String, String, bool)> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, text, false)),
        Err(e) if lossy => Ok((
            name,
            String::from_utf8_lossy(e.as_bytes()).into_owned(),
            true,
        )),
        Err(e) => anyhow::bail!(
            "{name}: not valid UTF-8 (first bad byte at offset {}); --lossy replaces bad bytes",
            e.utf8_error().valid_up_to()
        ),
    }
}
