//! The `lede` command line.
//!
//! `lede extract` turns articles into lede documents (JSON), one file at a time or as a
//! stream of JSON Lines records. This binary owns I/O, argument parsing and error reporting;
//! extraction itself is `lede_extract::extract`, and the readable renderings live in
//! [`render`].

mod clean;
mod input;
mod jsonl;
mod progress;
mod quotes;
mod render;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use lede_extract::{OffsetUnit, Options};

#[derive(Parser, Debug)]
#[command(
    name = "lede",
    version,
    about = "Facts from news articles: story text, names, quotes, dates"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract paragraphs, sentences, entities, quotes and dates as lede documents.
    Extract(ExtractArgs),
    /// Print the story text alone: body, subheadings and credits, one paragraph per line.
    Clean(clean::CleanArgs),
    /// Print a table of the quotes of an article: speaker, kind, quote, addressee.
    Quotes {
        /// The article text file; `-` reads standard input.
        file: PathBuf,
    },
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Article text files; `-` reads standard input. With --jsonl, at most one file of
    /// records (standard input when none).
    files: Vec<PathBuf>,
    /// Read JSON Lines records {"id", "text", "published"?} and write one document per line.
    #[arg(long)]
    jsonl: bool,
    /// The publication date (YYYY-MM-DD), the anchor for relative dates.
    #[arg(long, value_parser = parse_date)]
    published: Option<lede_extract::Date>,
    /// What offsets count: Unicode code points (chars) or UTF-8 bytes.
    #[arg(long, value_enum, default_value_t = Offsets::Chars)]
    offsets: Offsets,
    /// Print JSON on one line instead of indented.
    #[arg(long)]
    compact: bool,
    /// Output format: the JSON document, or a readable view for a person.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// With --jsonl: worker threads (default: all cores).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// With --jsonl: the record field holding the article text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// With --jsonl: the record field holding the id echoed into the document.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Replace invalid UTF-8 with U+FFFD (noted in diagnostics) instead of rejecting the input.
    #[arg(long)]
    lossy: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Offsets {
    Chars,
    Bytes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn parse_date(s: &str) -> Result<lede_extract::Date, String> {
    lede_extract::parse_date(s).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("lede: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// A closed pipe downstream (`lede ... | head`) is the reader's choice, not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            // serde_json wraps the write error of its writer in its own error type.
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Clean(args) => clean::run(args),
        Command::Quotes { file } => {
            let (_, text, _) = input::read_article(&file, false)?;
            let doc = lede_extract::extract(&text, &Options::default());
            let mut out = io::BufWriter::new(io::stdout().lock());
            quotes::table(&mut out, &doc)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let offsets = match args.offsets {
        Offsets::Chars => OffsetUnit::Chars,
        Offsets::Bytes => OffsetUnit::Bytes,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jsonl {
        let (input, size, what) = input::open_records(&args.files)?;
        let opts = jsonl::BatchOptions {
            records: lede_extract::record::RecordOptions {
                text_field: args.text_field,
                id_field: args.id_field,
                published: args.published,
                offsets,
                lossy: args.lossy,
            },
            text_format: args.format == Format::Text,
            threads: args
                .threads
                .map(usize::from)
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        };
        let bar = progress::bar(size);
        let stats = jsonl::run(input, &mut out, &opts, |s| progress::update(&bar, s))
            .with_context(|| format!("while reading {what}"))?;
        progress::finish(&bar, stats);
        out.flush()?;
        if stats.failed > 0 {
            eprintln!(
                "lede: {} record(s) failed; see their error objects in the output",
                stats.failed
            );
            return Ok(ExitCode::FAILURE);
        }
        return Ok(ExitCode::SUCCESS);
    }
    anyhow::ensure!(
        !args.files.is_empty(),
        "no input: give article files, `-` for standard input, or --jsonl"
    );
    for path in &args.files {
        let (name, text, lossy) = input::read_article(path, args.lossy)?;
        let options = Options {
            id: None,
            published: args.published,
            offsets,
        };
        let mut doc = lede_extract::extract(&text, &options);
        if lossy {
            doc.diagnostics
                .insert(0, lede_extract::record::replaced_utf8_diagnostic());
        }
        match args.format {
            Format::Json if args.compact => serde_json::to_writer(&mut out, &doc)?,
            Format::Json => serde_json::to_writer_pretty(&mut out, &doc)?,
            Format::Text => {
                writeln!(out, "== {name}")?;
                render::text(&mut out, &text, &doc)?;
            }
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
