//! `cargo xtask bench-html`: how fast lede reads web pages, beside trafilatura.
//!
//! On one core, in this process, lede turns every page of `../shared/data/html/wcxb-dev` into
//! its whole document (page text, layout, entities, quotes, dates, metadata, JSON), three
//! passes, the fastest counted; it also times reading alone (decoding, parsing, the text walk
//! and the metadata), and dom_smoothie's readability parse on the same pages. `--peers` times
//! trafilatura's `extract` (body extraction alone, Python, installed from PyPI into
//! `target/bench-venv`) on the same pages, one core, in one run beside it. `--big` streams
//! the pages repeated to 1 GB of JSON Lines through `lede extract --jsonl` on all cores and
//! reports its time and peak memory.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Also time trafilatura on the same pages (installs it into target/bench-venv).
    #[arg(long)]
    peers: bool,
    /// Also stream 1 GB of pages through `lede extract --jsonl` and report peak memory.
    #[arg(long)]
    big: bool,
}

/// One page of a set: its address and HTML.
pub struct Page {
    pub url: Option<String>,
    pub html: String,
}

/// The pages of an html dev set (`../shared/data/html/SET`).
pub fn pages(set: &str) -> Result<Vec<Page>> {
    let path = crate::shared_data().join(format!("html/{set}/pages.jsonl.gz"));
    let file =
        std::fs::File::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut out = Vec::new();
    for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        out.push(Page {
            url: v["url"].as_str().map(str::to_string),
            html: v["html"].as_str().unwrap_or_default().to_string(),
        });
    }
    Ok(out)
}

fn per_page(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e3 / n as f64
}

pub fn run(root: &Path, args: Args) -> Result<()> {
    let pages = pages("wcxb-dev")?;
    let n = pages.len();
    let mb = pages.iter().map(|p| p.html.len()).sum::<usize>() as f64 / 1e6;
    println!("wcxb-dev: {n} pages, {mb:.1} MB of HTML");
    let best = |f: &dyn Fn(&Page)| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                for p in &pages {
                    f(p);
                }
                t.elapsed()
            })
            .min()
            .expect("three passes")
    };
    let read = best(&|p| {
        std::hint::black_box(lede_html::read_bytes(
            p.html.as_bytes(),
            None,
            p.url.as_deref(),
        ));
    });
    let whole = best(&|p| {
        let options = lede_html::HtmlOptions {
            url: p.url.clone(),
            ..Default::default()
        };
        let doc = lede_html::extract_html(p.html.as_bytes(), &options);
        std::hint::black_box(serde_json::to_vec(&doc).expect("documents serialize"));
    });
    // dom_smoothie, a Rust port of readability.js, as the Rust peer: its article text alone.
    // A page it cannot parse costs what it cost.
    let smoothie = best(&|p| {
        if let Ok(mut r) = dom_smoothie::Readability::new(p.html.as_str(), p.url.as_deref(), None) {
            std::hint::black_box(r.parse().map(|a| a.text_content.len()).ok());
        }
    });
    println!("| what (one core, fastest of 3 passes) | time | ms per page | pages/s | MB/s |");
    println!("| --- | --- | --- | --- | --- |");
    for (what, d) in [
        (
            "lede: reading the page (decode, parse, text walk, metadata)",
            read,
        ),
        ("lede: the whole document (all stages, JSON)", whole),
        (
            "dom_smoothie 0.19 `parse` (the article alone, Rust)",
            smoothie,
        ),
    ] {
        println!(
            "| {what} | {:.2} s | {:.2} | {:.0} | {:.1} |",
            d.as_secs_f64(),
            per_page(d, n),
            n as f64 / d.as_secs_f64(),
            mb / d.as_secs_f64()
        );
    }
    if args.peers {
        peers(root, &pages, whole)?;
    }
    if args.big {
        big(root, &pages)?;
    }
    Ok(())
}

/// trafilatura's body extraction on the same pages, one core.
fn peers(root: &Path, pages: &[Page], lede: Duration) -> Result<()> {
    let venv = root.join("target/bench-venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()?
            .success()
            && Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "trafilatura",
                    "lxml_html_clean",
                ])
                .status()?
                .success();
        if !ok {
            bail!("cannot install trafilatura into {}", venv.display());
        }
    }
    let input = root.join("target/bench-html-pages.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&input)?);
    for p in pages {
        serde_json::to_writer(&mut f, &serde_json::json!({"html": p.html, "url": p.url}))?;
        f.write_all(b"\n")?;
    }
    f.flush()?;
    drop(f);
    // The pages are read before the clock starts; the time is trafilatura's alone.
    const SCRIPT: &str = r#"
import json, sys, time
import trafilatura
pages = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
t = time.perf_counter()
for p in pages:
    trafilatura.extract(p["html"], url=p["url"])
print(time.perf_counter() - t)
"#;
    let out = Command::new(&python)
        .args(["-c", SCRIPT])
        .arg(&input)
        .stderr(Stdio::inherit())
        .output()?;
    let secs: f64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .context("trafilatura's run printed no time")?;
    let version = Command::new(&python)
        .args(["-c", "import trafilatura; print(trafilatura.__version__)"])
        .output()?;
    let n = pages.len();
    println!(
        "| trafilatura {} `extract` (body alone, Python, one pass) | {secs:.2} s | {:.2} | {:.0} | |",
        String::from_utf8_lossy(&version.stdout).trim(),
        secs * 1e3 / n as f64,
        n as f64 / secs
    );
    println!(
        "lede's whole document is {:.1}x faster per page than trafilatura's body extraction",
        secs / lede.as_secs_f64()
    );
    Ok(())
}

/// 1 GB of pages as JSON Lines through the `lede` process, on all cores.
fn big(root: &Path, pages: &[Page]) -> Result<()> {
    let lede = root.join("target/release/lede");
    let mut block = Vec::new();
    for p in pages {
        serde_json::to_writer(
            &mut block,
            &serde_json::json!({"html": p.html, "url": p.url}),
        )?;
        block.push(b'\n');
    }
    let total: u64 = 1 << 30;
    let mut child = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(&lede)
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run /usr/bin/time (apt-get install -y time)")?;
    let mut stdin = child.stdin.take().context("no stdin")?;
    let started = Instant::now();
    let feeder = std::thread::spawn(move || -> std::io::Result<u64> {
        let mut sent = 0u64;
        while sent < total {
            stdin.write_all(&block)?;
            sent += block.len() as u64;
        }
        Ok(sent)
    });
    let out = child.wait_with_output()?;
    let sent = feeder.join().expect("the feeder does not panic")?;
    let secs = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let peak = crate::bench::peak_rss_kb(&stderr) as f64;
    println!(
        "1 GB of pages as JSON Lines ({:.2} GB sent): {secs:.1} s, {:.1} MB/s, peak memory {:.1} MB",
        sent as f64 / 1e9,
        sent as f64 / 1e6 / secs,
        peak / 1024.0
    );
    Ok(())
}
