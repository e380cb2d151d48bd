//! `cargo xtask test`: the whole test suite, Rust and Python.
//!
//! 1. `cargo test --workspace --locked`;
//! 2. the Python package: a virtual environment (`target/py-venv` unless `--venv` says
//!    otherwise) gets the test requirements of `crates/lede-py/requirements-test.txt`, then
//!    `pip install ./crates/lede-py` builds the module with maturin and installs it, and
//!    pytest runs `crates/lede-py/tests` (which includes a local Spark session; it needs Java).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The virtual environment to build the Python package into (created when missing).
    #[arg(long)]
    venv: Option<PathBuf>,
    /// Delete the virtual environment first, as a clean machine would have it.
    #[arg(long)]
    fresh: bool,
    /// Run only the Python tests.
    #[arg(long, conflicts_with = "rust_only")]
    python_only: bool,
    /// Run only the Rust tests.
    #[arg(long)]
    rust_only: bool,
    /// Extra arguments for pytest (after `--`).
    #[arg(last = true)]
    pytest: Vec<String>,
}

pub fn run(root: &Path, args: Args) -> Result<()> {
    if !args.python_only {
        run_step(
            Command::new(env!("CARGO"))
                .args(["test", "--workspace", "--locked"])
                .current_dir(root),
            "cargo test",
        )?;
    }
    if args.rust_only {
        return Ok(());
    }
    let venv = args.venv.unwrap_or_else(|| root.join("target/py-venv"));
    let started = Instant::now();
    let python = install(root, &venv, args.fresh)?;
    let installed = started.elapsed().as_secs();
    run_step(
        Command::new(&python)
            .args(["-m", "pytest", "crates/lede-py/tests", "-q"])
            .args(["-p", "no:cacheprovider"])
            .args(&args.pytest)
            .current_dir(root),
        "pytest",
    )?;
    println!(
        "python: {installed} s to install the package and its test requirements, {} s of pytest",
        started.elapsed().as_secs() - installed
    );
    Ok(())
}

/// Makes `venv` with the test requirements and the lede package built from this checkout;
/// returns its Python.
pub fn install(root: &Path, venv: &Path, fresh: bool) -> Result<PathBuf> {
    if fresh && venv.exists() {
        std::fs::remove_dir_all(venv)
            .with_context(|| format!("cannot remove {}", venv.display()))?;
    }
    let python = venv.join("bin/python");
    if !python.exists() {
        run_step(
            Command::new("python3").arg("-m").arg("venv").arg(venv),
            "python3 -m venv",
        )?;
    }
    let pip = |args: &[&str]| -> Result<()> {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![venv.join("bin")];
        paths.extend(std::env::split_paths(&path));
        run_step(
            Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .args(args)
                // maturin, installed into the environment, builds the package.
                .env("PATH", std::env::join_paths(paths)?)
                .current_dir(root),
            "pip install",
        )
    };
    pip(&["-r", "crates/lede-py/requirements-test.txt"])?;
    // maturin is in the environment already: no isolated build environment to download.
    pip(&[
        "--no-build-isolation",
        "--force-reinstall",
        "--no-deps",
        "./crates/lede-py",
    ])?;
    Ok(python)
}

fn run_step(cmd: &mut Command, what: &str) -> Result<()> {
    let status = cmd.status().with_context(|| format!("cannot run {what}"))?;
    anyhow::ensure!(status.success(), "{what} failed ({status})");
    Ok(())
}
