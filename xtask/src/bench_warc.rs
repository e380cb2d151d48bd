//! `cargo xtask bench --warc`: lede over a web archive, as Common Crawl News ships them.
//!
//! Builds `target/bench.warc.gz` from the HTML pages of `../shared/data/html/wcxb-dev` and
//! `aeb-dev`, repeated to about 300 MB of records (each a WARC response record with its HTTP
//! head, gzip'd one record per member), then:
//!
//! 1. runs `lede extract --warc` on it with 1 and with 2 threads, under `/usr/bin/time -v`:
//!    MB/s of the gzip'd file, pages/s, peak memory, and that both outputs are identical;
//! 2. times, on one core in this process, where that time goes: the WARC reader alone
//!    (decompression and record parsing), the reader with every page read by lede-html
//!    (decoding, HTML parsing, the text walk, the metadata), and the whole document (all
//!    extraction stages and the JSON).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};
use flate2::Compression;
use flate2::write::GzEncoder;

/// Uncompressed bytes of records to write: "a few hundred MB".
const TARGET_BYTES: usize = 300 << 20;

pub fn run(root: &Path) -> Result<()> {
    let mut pages = crate::bench_html::pages("wcxb-dev")?;
    pages.extend(crate::bench_html::pages("aeb-dev")?);
    anyhow::ensure!(!pages.is_empty(), "no pages in the html dev sets");
    let path = root.join("target/bench.warc.gz");
    let (records, raw) = write_archive(&path, &pages)?;
    let gz = std::fs::metadata(&path)?.len() as f64 / 1e6;
    println!(
        "{}: {records} pages, {:.1} MB of records, {gz:.1} MB gzip'd per record",
        path.display(),
        raw as f64 / 1e6
    );
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "-p", "lede-cli"])
        .current_dir(root)
        .status()?;
    anyhow::ensure!(status.success(), "building lede failed");

    println!("| threads | time | MB/s (gzip'd) | pages/s | peak memory |");
    println!("| --- | --- | --- | --- | --- |");
    let mut outputs = Vec::new();
    for threads in [1, 2] {
        let (secs, peak_kb, out) = lede_warc_run(root, &path, threads)?;
        println!(
            "| {threads} | {secs:.1} s | {:.1} | {:.0} | {:.1} MB |",
            gz / secs,
            records as f64 / secs,
            peak_kb as f64 / 1024.0
        );
        outputs.push(out);
    }
    anyhow::ensure!(
        outputs[0] == outputs[1],
        "the outputs on 1 and 2 threads differ"
    );

    // Where the time goes, on one core: each step includes the ones before it.
    let bytes = std::fs::read(&path)?;
    let time = |f: &mut dyn FnMut(lede_warc::Record)| -> f64 {
        let t = Instant::now();
        for r in lede_warc::records(&bytes[..], &lede_warc::Options::default()).flatten() {
            f(r);
        }
        t.elapsed().as_secs_f64()
    };
    let reader = time(&mut |r| {
        std::hint::black_box(r);
    });
    let reading = time(&mut |r| {
        std::hint::black_box(lede_html::read_bytes(
            &r.body,
            r.content_type.as_deref(),
            Some(&r.url),
        ));
    });
    let whole = time(&mut |r| {
        let page = lede_html::read_bytes(&r.body, r.content_type.as_deref(), Some(&r.url));
        let fetched = lede_html::Fetched {
            id: &r.id,
            url: &r.url,
            fetched: &r.fetched,
            fetched_day: r.fetched_date(),
        };
        let doc = lede_html::extract_fetched(page, &fetched, &lede_extract::Options::default());
        std::hint::black_box(serde_json::to_vec(&doc).expect("documents serialize"));
    });
    println!("\nWhere one core's time goes ({records} pages):");
    println!("| step | time | share |");
    println!("| --- | --- | --- |");
    for (step, secs) in [
        ("decompression and WARC records (lede-warc)", reader),
        (
            "HTML: decoding, parsing, text walk, metadata (lede-html)",
            reading - reader,
        ),
        (
            "extraction: layout, names, quotes, dates, JSON (lede-extract)",
            whole - reading,
        ),
    ] {
        println!(
            "| {step} | {secs:.2} s | {:.0}% |",
            100.0 * secs / whole.max(f64::MIN_POSITIVE)
        );
    }
    Ok(())
}

/// Writes the archive; returns its number of page records and their uncompressed size.
fn write_archive(path: &Path, pages: &[crate::bench_html::Page]) -> Result<(usize, usize)> {
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
    );
    let (mut n, mut raw) = (0usize, 0usize);
    while raw < TARGET_BYTES {
        for page in pages {
            let http = [
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".as_slice(),
                page.html.as_bytes(),
            ]
            .concat();
            let url = page
                .url
                .clone()
                .unwrap_or_else(|| format!("https://bench.example/{n}"));
            let head = format!(
                "WARC/1.1\r\nWARC-Type: response\r\n\
                 WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012}>\r\n\
                 WARC-Date: 2026-01-{:02}T08:00:00Z\r\nWARC-Target-URI: {url}\r\n\
                 Content-Type: application/http; msgtype=response\r\n\
                 Content-Length: {}\r\n\r\n",
                n % 28 + 1,
                http.len()
            );
            let mut gz = GzEncoder::new(Vec::new(), Compression::default());
            gz.write_all(head.as_bytes())?;
            gz.write_all(&http)?;
            gz.write_all(b"\r\n\r\n")?;
            file.write_all(&gz.finish()?)?;
            n += 1;
            raw += head.len() + http.len() + 4;
        }
    }
    file.flush()?;
    Ok((n, raw))
}

/// `lede extract --warc` on the archive: seconds, peak resident kilobytes, output.
fn lede_warc_run(root: &Path, path: &Path, threads: usize) -> Result<(f64, u64, Vec<u8>)> {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(root.join("target/release/lede"))
        .args(["extract", "--warc", "--threads", &threads.to_string()])
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .context("cannot run /usr/bin/time (apt-get install -y time)")?;
    let secs = started.elapsed().as_secs_f64();
    anyhow::ensure!(out.status.success(), "lede extract --warc failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    Ok((secs, crate::bench::peak_rss_kb(&stderr), out.stdout))
}
