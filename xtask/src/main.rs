//! Development tasks, run as `cargo xtask <task>` (see `.cargo/config.toml`).
//!
//! `regen` rewrites every generated file in the repository; the other tasks train models
//! and measure speed from the data in `../shared/data`, which only xtask commands read.

mod bench;
mod gen_lists;
mod load;
mod regen;
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
    },
    /// Load-test lede-server on 127.0.0.1 with wrk (bounded bursts), against the library.
    Load,
    /// Write the entity layer's lists of places and given names from open data that PyPI
    /// packages carry (see `xtask/src/gen_lists.rs`).
    GenLists(gen_lists::Args),
    /// Train the name tagger on CoNLL-2003 and write its model file.
    TrainNer(train_ner::Args),
}

fn main() -> Result<()> {
    match Cli::parse().task {
        Task::Regen => regen::run(&root()),
        Task::Bench { process_only, big } => bench::run(&root(), process_only, big),
        Task::Load => load::run(&root()),
        Task::GenLists(args) => gen_lists::run(&root(), args),
        Task::TrainNer(args) => train_ner::run(&root(), args),
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
