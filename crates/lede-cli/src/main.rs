//! The `lede` command line.
//!
//! `lede extract` turns articles into lede documents (JSON), one file at a time or as a
//! stream of JSON Lines records. This binary owns I/O, argument parsing and error reporting;
//! extraction itself is `lede_extract::extract`, and the readable renderings live in
//! [`render`].

mod jsonl;
mod quotes;
mod render;

use std::io::{self, Read, Write};
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
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Quotes { file } => {
            let (_, text) = read_article(&file)?;
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
    let mut out = io::BufWriter::new(stdout.lock());
    if args.jsonl {
        anyhow::ensure!(
            args.files.len() <= 1,
            "--jsonl reads one file of records, or standard input"
        );
        let defaults = Options {
            id: None,
            published: args.published,
            offsets,
        };
        let path = args.files.first().filter(|p| p.as_os_str() != "-");
        let failed = match path {
            Some(p) => {
                let file = std::fs::File::open(p)
                    .with_context(|| format!("cannot open {}", p.display()))?;
                jsonl::run(
                    io::BufReader::new(file),
                    &mut out,
                    &defaults,
                    args.format == Format::Text,
                )
                .with_context(|| format!("while reading {}", p.display()))?
            }
            None => jsonl::run(
                io::stdin().lock(),
                &mut out,
                &defaults,
                args.format == Format::Text,
            )
            .context("while reading standard input")?,
        };
        out.flush()?;
        if failed > 0 {
            eprintln!("lede: {failed} record(s) failed; see their error objects in the output");
            return Ok(ExitCode::FAILURE);
        }
        return Ok(ExitCode::SUCCESS);
    }
    anyhow::ensure!(
        !args.files.is_empty(),
        "no input: give article files, `-` for standard input, or --jsonl"
    );
    for path in &args.files {
        let (name, text) = read_article(path)?;
        let options = Options {
            id: None,
            published: args.published,
            offsets,
        };
        let doc = lede_extract::extract(&text, &options);
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

/// Reads one article as UTF-8, naming the file in any error.
fn read_article(path: &PathBuf) -> Result<(String, String)> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        ("<stdin>".to_string(), buf)
    } else {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        (path.display().to_string(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{name}: not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((name, text))
}
