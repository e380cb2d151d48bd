//! Development tasks, run as `cargo xtask <task>` (see `.cargo/config.toml`).
//!
//! `regen` rewrites every generated file in the repository; the other tasks train models
//! and measure speed from the data in `../shared/data`, which only xtask commands read.

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
    /// Train the name tagger on CoNLL-2003 and write its model file.
    TrainNer(train_ner::Args),
}

fn main() -> Result<()> {
    match Cli::parse().task {
        Task::Regen => regen::run(&root()),
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
