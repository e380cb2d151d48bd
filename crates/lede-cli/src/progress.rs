//! The progress bar of batch runs: records, throughput and, for files, an ETA. Shown only when
//! standard error is a terminal, so logs and pipelines stay clean.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::jsonl::Stats;

pub fn bar(total_bytes: Option<u64>) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = match total_bytes {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{bar:30} {msg} {binary_bytes_per_sec} eta {eta}").ok()?,
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {msg} {binary_bytes_per_sec}").ok()?,
        ),
    };
    Some(bar)
}

pub fn update(bar: &Option<ProgressBar>, stats: Stats) {
    if let Some(bar) = bar {
        // Compressed input reads fewer bytes than it yields; the bar then runs ahead, which
        // is the honest direction for an estimate.
        bar.set_position(stats.bytes);
        bar.set_message(format!(
            "{} records, {} failed",
            stats.records, stats.failed
        ));
    }
}

pub fn finish(bar: &Option<ProgressBar>, stats: Stats) {
    if let Some(bar) = bar {
        bar.finish_with_message(format!(
            "{} records, {} failed",
            stats.records, stats.failed
        ));
    }
}

fn warc_message(stats: &crate::warc::Stats) -> String {
    // The reader's counts are known at the end only; pages written are known as they go.
    format!("{} pages", stats.documents)
}

/// The bar of a `--warc` run: bytes of the file as stored (compressed), so the ETA is true.
pub fn update_warc(bar: &Option<ProgressBar>, stats: &crate::warc::Stats) {
    if let Some(bar) = bar {
        bar.set_position(stats.bytes);
        bar.set_message(warc_message(stats));
    }
}

pub fn finish_warc(bar: &Option<ProgressBar>, stats: &crate::warc::Stats) {
    if let Some(bar) = bar {
        bar.finish_with_message(warc_message(stats));
    }
}
