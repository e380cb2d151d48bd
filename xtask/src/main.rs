//! Development tasks, run as `cargo xtask <task>` (see `.cargo/config.toml`).
//!
//! `regen` rewrites every generated file in the repository; `test` runs the Rust and the
//! Python tests; the other tasks train models and measure speed from the data in
//! `../shared/data`, which only xtask commands read.

mod bench;
mod bench_html;
mod bench_py;
mod bench_warc;
mod gen_lists;
mod html_meta;
mod load;
mod regen;
mod test;
mod train_ner;
mod word_clusters;

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(name = "xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand, Debug)]
enum Task {
    /// Rewrite every generated file: seed outputs, snapshots.
    Regen,
    /// Benchmark the pipeline on one core (divan) over the BBC corpus and the seed, then the
    /// lede process on one and all cores, at 1, 10 and 100 MB.
    Bench {
        /// Skip divan; measure only the lede process.
        #[arg(long)]
        process_only: bool,
        /// Also stream 1 GB through lede and report its peak memory.
        #[arg(long)]
        big: bool,
        /// Only the web-archive benchmark: a WARC of the html dev pages through `lede extract
        /// --warc` on 1 and 2 threads, and where the time goes.
        #[arg(long)]
        warc: bool,
    },
    /// Run every test: the Rust workspace's, then the Python package's (built into a
    /// virtual environment with maturin) with pytest.
    Test(test::Args),
    /// Time lede on the HTML pages of wcxb-dev (one core), beside trafilatura with --peers.
    BenchHtml(bench_html::Args),
    /// The Python module beside the command line and the library: extract_many, one
    /// extract call, memory, Spark `local[2]` (with --spark) and the spaCy baseline (with
    /// --spacy).
    BenchPy {
        /// Also time lede.spark.extract in a local Spark session (needs Java).
        #[arg(long)]
        spark: bool,
        /// Also time spaCy's NER (en_core_web_sm, spaCy 2.3.9, installed from PyPI into
        /// target/spacy-venv).
        #[arg(long)]
        spacy: bool,
    },
    /// Load-test lede-server on 127.0.0.1 with wrk (bounded bursts), against the library.
    Load,
    /// Score the metadata read from HTML pages (title, authors, publication date) on a dev set,
    /// by halves, and time the reading.
    HtmlMeta(html_meta::Args),
    /// Write the entity layer's lists of places and given names from open data that PyPI
    /// packages carry (see `xtask/src/gen_lists.rs`).
    GenLists(gen_lists::Args),
    /// Train the name tagger on CoNLL-2003 and write its model file.
    TrainNer(train_ner::Args),
}

fn main() -> Result<()> {
    match Cli::parse().task {
        Task::Regen => regen::run(&root()),
        Task::Bench { warc: true, .. } => bench_warc::run(&root()),
        Task::Bench {
            process_only, big, ..
        } => bench::run(&root(), process_only, big),
        Task::BenchHtml(args) => bench_html::run(&root(), args),
        Task::BenchPy { spark, spacy } => bench_py::run(&root(), spark, spacy),
        Task::Load => load::run(&root()),
        Task::Test(args) => test::run(&root(), args),
        Task::GenLists(args) => gen_lists::run(&root(), args),
        Task::TrainNer(args) => train_ner::run(&root(), args),
        Task::HtmlMeta(args) => html_meta::run(args),
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// `../shared/data` beside the workspace, where the labelled development data lives.
pub fn shared_data() -> PathBuf {
    root().join("../shared/data")
}
