//! End-to-end tests: what a user sees from the `lede` binary and from `lede-server`.
//!
//! One test binary for the whole suite (modules below), so it links once. The seed tests also
//! check that generated files are fresh: `cargo xtask regen` rewrites them.

mod cli;
mod html;
mod pathological;
mod seeds;
mod server;
mod warc;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The `lede` binary of this checkout, built once per test run with the same cargo and
/// profile settings (the trybuild pattern: the build lock is free while tests run).
pub fn lede() -> Command {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    let bin = BIN.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--package", "lede-cli", "--bin", "lede"])
            .current_dir(root())
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building lede failed");
        // Test binaries live in <target>/<profile>/deps; the lede binary one level up.
        let exe = std::env::current_exe().unwrap();
        let dir = exe.parent().and_then(Path::parent).unwrap();
        dir.join(format!("lede{}", std::env::consts::EXE_SUFFIX))
    });
    let mut cmd = Command::new(bin);
    cmd.current_dir(root());
    cmd
}

/// The `ensure_file_contents` pattern: a generated file must equal what the code generates
/// now. Under `cargo xtask regen` (LEDE_REGEN=1) it is rewritten instead.
pub fn ensure_file_contents(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    if std::env::var_os("LEDE_REGEN").is_some() {
        std::fs::write(path, contents).unwrap();
        eprintln!("regenerated {}", path.display());
        return;
    }
    panic!(
        "{} is stale or missing: run `cargo xtask regen` and commit the result",
        path.display()
    );
}

/// [`ensure_file_contents`] for the part of a file between two marker lines, such as a table
/// that the README shows and the code generates.
pub fn ensure_section(path: &Path, begin: &str, end: &str, contents: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let (Some(start), Some(stop)) = (text.find(begin), text.find(end)) else {
        panic!("{} has no {begin:?} ... {end:?} section", path.display());
    };
    let start = start + begin.len();
    assert!(
        start <= stop,
        "{}: the markers are out of order",
        path.display()
    );
    let fresh = format!("{}{contents}{}", &text[..start], &text[stop..]);
    ensure_file_contents(path, &fresh);
}
