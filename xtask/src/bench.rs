//! `cargo xtask bench`: runs the divan benchmarks of `xtask/benches` in release mode, pinned
//! to one thread, and leaves the reading of words per second to divan's table.

use std::path::Path;

use anyhow::{Context, Result};

pub fn run(root: &Path) -> Result<()> {
    let status = std::process::Command::new(env!("CARGO"))
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
        .env("DIVAN_ITEMS_COUNT", "1")
        .current_dir(root)
        .status()
        .context("cannot run cargo bench")?;
    anyhow::ensure!(status.success(), "benchmarks failed");
    Ok(())
}
