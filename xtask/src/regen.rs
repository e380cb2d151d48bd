//! `cargo xtask regen`: rewrites the generated files that tests check for freshness.

use std::path::Path;

use anyhow::{Context, Result};

pub fn run(root: &Path) -> Result<()> {
    // The checks live in the tests; running them in update mode rewrites what is stale.
    let status = std::process::Command::new(env!("CARGO"))
        .args(["test", "-q", "-p", "lede-tests", "--", "fresh"])
        .env("UPDATE_EXPECT", "1")
        .env("LEDE_REGEN", "1")
        .env("INSTA_UPDATE", "always")
        .current_dir(root)
        .status()
        .context("cannot run cargo test")?;
    anyhow::ensure!(status.success(), "regenerating failed");
    Ok(())
}
