//! `cargo xtask bench`: how fast lede is, measured two ways.
//!
//! 1. divan benchmarks of `xtask/benches` on one thread: segmentation and the whole pipeline
//!    over the BBC corpus and the seed, in words and bytes per second;
//! 2. the `lede` process itself over the BBC corpus (`extract --jsonl`) with one thread and
//!    with all cores, checking that both outputs are identical, and over inputs of 1, 10 and
//!    100 MB made by repeating the corpus, with wall time and peak memory from
//!    `/usr/bin/time -v`; `--big` adds a 1 GB stream piped in without touching the disk.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};

pub fn run(root: &Path, process_only: bool, big: bool) -> Result<()> {
    if !process_only {
        let status = Command::new(env!("CARGO"))
            .args([
                "bench",
                "-p",
                "xtask",
                "--bench",
                "pipeline",
                "--",
                "--threads",
                "1",
            ])
            .current_dir(root)
            .status()
            .context("cannot run cargo bench")?;
        anyhow::ensure!(status.success(), "benchmarks failed");
    }
    process(root, big)
}

struct Run {
    seconds: f64,
    peak_kb: u64,
    output: Vec<u8>,
}

/// Runs `lede extract --jsonl` on `input` (a file, or a generator writing to stdin).
fn lede(root: &Path, threads: usize, input: Input<'_>) -> Result<Run> {
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-v")
        .arg(root.join("target/release/lede"))
        .args(["extract", "--jsonl", "--threads", &threads.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match &input {
        Input::File(p) => {
            cmd.arg(p);
            cmd.stdin(Stdio::null());
        }
        Input::Repeat(..) => {
            cmd.stdin(Stdio::piped());
        }
    }
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .context("cannot run /usr/bin/time (apt-get install -y time)")?;
    let feeder = match input {
        Input::Repeat(data, total) => {
            let mut stdin = child.stdin.take().context("no stdin")?;
            let data = data.to_vec();
            Some(std::thread::spawn(move || -> std::io::Result<()> {
                let mut sent = 0u64;
                while sent < total {
                    stdin.write_all(&data)?;
                    sent += data.len() as u64;
                }
                Ok(())
            }))
        }
        Input::File(_) => None,
    };
    // Keep only a count of output for the streaming run: the point is lede's memory.
    let keep = feeder.is_none();
    let mut stdout = child.stdout.take().context("no stdout")?;
    let reader = std::thread::spawn(move || -> std::io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        if keep {
            std::io::Read::read_to_end(&mut stdout, &mut buf)?;
        } else {
            std::io::copy(&mut stdout, &mut std::io::sink())?;
        }
        Ok(buf)
    });
    let output = reader
        .join()
        .map_err(|_| anyhow::anyhow!("reader panicked"))??;
    if let Some(f) = feeder {
        f.join().map_err(|_| anyhow::anyhow!("feeder panicked"))??;
    }
    let out = child.wait_with_output()?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    anyhow::ensure!(out.status.success(), "lede failed: {stderr}");
    let peak_kb = peak_rss_kb(&stderr);
    Ok(Run {
        seconds,
        peak_kb,
        output,
    })
}

/// Seconds of one `lede extract --jsonl` run over `path` on `threads` threads.
/// The peak resident set size that `/usr/bin/time -v` reports on standard error, in KB (0 when
/// it reports none).
pub fn peak_rss_kb(stderr: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

pub fn lede_file(root: &Path, threads: usize, path: &Path) -> Result<f64> {
    Ok(lede(root, threads, Input::File(path.to_path_buf()))?.seconds)
}

enum Input<'a> {
    File(PathBuf),
    Repeat(&'a [u8], u64),
}

fn process(root: &Path, big: bool) -> Result<()> {
    let corpus_path = crate::shared_data().join("news/bbc-2225/articles.jsonl");
    let corpus = std::fs::read(&corpus_path).with_context(|| {
        format!(
            "cannot read {} (../shared beside the repo)",
            corpus_path.display()
        )
    })?;
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "-p", "lede-cli"])
        .current_dir(root)
        .status()?;
    anyhow::ensure!(status.success(), "building lede failed");
    let words: usize = String::from_utf8_lossy(&corpus)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            v["text"]
                .as_str()
                .map_or(0, |t| t.split_whitespace().count())
        })
        .sum();
    let mb = corpus.len() as f64 / 1e6;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    println!("\nthe lede process over bbc-2225 ({words} words, {mb:.1} MB), best of 3:");
    let mut outputs = Vec::new();
    let mut rates = Vec::new();
    for threads in [1, cores] {
        let best = (0..3)
            .map(|_| lede(root, threads, Input::File(corpus_path.clone())))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .min_by(|a, b| a.seconds.total_cmp(&b.seconds))
            .expect("three runs");
        println!(
            "  {threads} thread(s): {:.3} s, {:.0} words/s, {:.1} MB/s, peak {:.1} MB",
            best.seconds,
            words as f64 / best.seconds,
            mb / best.seconds,
            best.peak_kb as f64 / 1024.0
        );
        rates.push(words as f64 / best.seconds);
        outputs.push(best.output);
    }
    println!(
        "  speed-up on {cores} cores: {:.2}x; outputs identical: {}",
        rates[1] / rates[0],
        outputs[0] == outputs[1]
    );
    anyhow::ensure!(
        outputs[0] == outputs[1],
        "parallel output differs from serial output"
    );

    println!("\nscaling (all cores, the corpus repeated):");
    let dir = std::env::temp_dir().join(format!("lede-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    for size_mb in [1u64, 10, 100] {
        let path = dir.join(format!("{size_mb}mb.jsonl"));
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let mut written = 0u64;
        'fill: loop {
            for line in corpus.split_inclusive(|&b| b == b'\n') {
                if written >= size_mb * 1_000_000 {
                    break 'fill;
                }
                f.write_all(line)?;
                written += line.len() as u64;
            }
        }
        f.flush()?;
        drop(f);
        let r = lede(root, cores, Input::File(path.clone()))?;
        println!(
            "  {size_mb:>4} MB: {:.2} s, {:.1} MB/s, peak {:.1} MB",
            r.seconds,
            written as f64 / 1e6 / r.seconds,
            r.peak_kb as f64 / 1024.0
        );
        std::fs::remove_file(&path)?;
    }
    std::fs::remove_dir_all(&dir).ok();
    if big {
        let r = lede(root, cores, Input::Repeat(&corpus, 1_000_000_000))?;
        println!(
            "  1 GB streamed through a pipe: {:.1} s, {:.1} MB/s, peak {:.1} MB",
            r.seconds,
            1000.0 / r.seconds,
            r.peak_kb as f64 / 1024.0
        );
    }
    Ok(())
}
