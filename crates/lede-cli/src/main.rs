//! The `lede` command line.
//!
//! `lede extract` turns articles into lede documents (JSON), one file at a time or as a
//! stream of JSON Lines records. This binary owns I/O, argument parsing and error reporting;
//! extraction itself is `lede_extract::extract`, and the readable renderings live in
//! [`render`].

mod clean;
mod input;
mod jsonl;
mod pipeline;
mod progress;
mod quotes;
mod render;
mod warc;

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
        /// The article text file or HTML page; `-` reads standard input.
        file: PathBuf,
        /// What the file holds: article text, an HTML page, or decided by name and content.
        #[arg(long, value_enum, default_value_t = InputKind::Auto)]
        input: InputKind,
    },
}

/// What an input file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputKind {
    /// HTML when the name ends in .html, .htm or .xhtml (perhaps compressed) or the content
    /// starts like a page (a doctype, `<html>`); text otherwise.
    Auto,
    Text,
    Html,
}

/// One input file, read.
#[derive(Debug)]
pub enum Input {
    Text {
        name: String,
        text: String,
        lossy: bool,
    },
    Html {
        name: String,
        bytes: Vec<u8>,
    },
}

/// Reads an input file as text or as a page.
pub fn read_input(path: &std::path::Path, kind: InputKind, lossy: bool) -> Result<Input> {
    let (name, bytes) = input::read_bytes(path)?;
    let html = match kind {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => input::is_html_name(path) || lede_html::sniff(&bytes),
    };
    if html {
        return Ok(Input::Html { name, bytes });
    }
    let (name, text, lossy) = input::text_of(name, bytes, lossy)?;
    Ok(Input::Text { name, text, lossy })
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Article text files; `-` reads standard input. With --jsonl, at most one file of
    /// records (standard input when none).
    files: Vec<PathBuf>,
    /// Read JSON Lines records {"id", "text", "published"?} and write one document per line.
    #[arg(long)]
    jsonl: bool,
    /// Read web archives (WARC, plain or gzip'd; `-` reads standard input) and write one
    /// document per HTML page (HTTP 200) in them. Files named .warc or .warc.gz need no flag.
    #[arg(long, conflicts_with = "jsonl")]
    warc: bool,
    /// With web archives: keep only the pages in this language (an ISO 639-1 code such as
    /// `en`), declared by the page or its HTTP header, else detected from its prose; the others
    /// are counted, not extracted.
    #[arg(long, value_name = "CODE", value_parser = parse_language)]
    filter_lang: Option<String>,
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
    /// What the files hold: article text, HTML pages, or decided by name and content.
    #[arg(long, value_enum, default_value_t = InputKind::Auto)]
    input: InputKind,
    /// The address of the page (HTML input): kept in the document, and a source of its date.
    #[arg(long)]
    url: Option<String>,
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

/// A language code that `--filter-lang` knows.
fn parse_language(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_lowercase();
    if lede_html::language::LANGUAGES
        .iter()
        .any(|(c, _)| *c == code)
    {
        Ok(code)
    } else {
        let known: Vec<&str> = lede_html::language::LANGUAGES
            .iter()
            .map(|(c, _)| *c)
            .collect();
        Err(format!(
            "unknown language {s:?}; known: {}",
            known.join(", ")
        ))
    }
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
        Command::Quotes { file, input } => {
            let options = Options::default();
            let doc = match read_input(&file, input, false)? {
                Input::Text { text, .. } => lede_extract::extract(&text, &options),
                Input::Html { bytes, .. } => {
                    lede_html::extract_html(&bytes, &lede_html::HtmlOptions::default())
                }
            };
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
    if args.warc || (!args.files.is_empty() && args.files.iter().all(|p| input::is_warc_name(p))) {
        return extract_warc(&args, offsets, &mut out);
    }
    if args.filter_lang.is_some() {
        anyhow::bail!("--filter-lang applies to web archives (--warc)");
    }
    anyhow::ensure!(
        !args.files.is_empty(),
        "no input: give article files, `-` for standard input, or --jsonl"
    );
    anyhow::ensure!(
        args.url.is_none() || args.files.len() == 1,
        "--url names one page: give one file with it"
    );
    for path in &args.files {
        let options = Options {
            id: None,
            published: args.published,
            offsets,
            fallback_published: None,
        };
        let (name, text, doc) = match read_input(path, args.input, args.lossy)? {
            Input::Text { name, text, lossy } => {
                let mut doc = lede_extract::extract(&text, &options);
                if lossy {
                    doc.diagnostics
                        .insert(0, lede_extract::record::replaced_utf8_diagnostic());
                }
                (name, text, doc)
            }
            Input::Html { name, bytes } => {
                let html = lede_html::HtmlOptions {
                    url: args.url.clone(),
                    content_type: None,
                    extract: options,
                };
                let doc = lede_html::extract_html(&bytes, &html);
                (name, doc.text.clone().unwrap_or_default(), doc)
            }
        };
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

/// `lede extract --warc`: every page of every archive, then the summary on standard error.
fn extract_warc(args: &ExtractArgs, offsets: OffsetUnit, out: &mut impl Write) -> Result<ExitCode> {
    anyhow::ensure!(
        args.format == Format::Json,
        "--warc writes JSON Lines; --format text is for single articles"
    );
    let opts = warc::WarcOptions {
        published: args.published,
        filter_lang: args.filter_lang.clone(),
        offsets,
        threads: args
            .threads
            .map(usize::from)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
    };
    let stdin = [PathBuf::from("-")];
    let files = if args.files.is_empty() {
        &stdin[..]
    } else {
        &args.files[..]
    };
    let mut total = warc::Stats::default();
    for path in files {
        // The WARC reader undoes gzip itself, member by member, to resume after damage: the
        // file goes to it as stored.
        let (input, size, what): (Box<dyn io::Read + Send>, Option<u64>, String) =
            if path.as_os_str() == "-" {
                (Box::new(io::stdin()), None, "standard input".to_string())
            } else {
                let file = std::fs::File::open(path)
                    .with_context(|| format!("cannot open {}", path.display()))?;
                let size = file.metadata().ok().map(|m| m.len());
                (Box::new(file), size, path.display().to_string())
            };
        let bar = progress::bar(size);
        let stats = warc::run(input, out, &opts, |s| progress::update_warc(&bar, &s))
            .with_context(|| format!("while reading {what}"))?;
        progress::finish_warc(&bar, &stats);
        out.flush()?;
        if files.len() > 1 {
            eprintln!(
                "{what}: {}",
                warc::summary_text(&stats).trim_start_matches("lede: ")
            );
        }
        total.documents += stats.documents;
        total.other_language += stats.other_language;
        add_summary(&mut total.summary, &stats.summary);
    }
    eprintln!("{}", warc::summary_text(&total));
    if total.summary.errors > 0 {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn add_summary(total: &mut lede_warc::Summary, s: &lede_warc::Summary) {
    total.records += s.records;
    total.kept += s.kept;
    total.errors += s.errors;
    let (t, k) = (&mut total.skipped, &s.skipped);
    t.request += k.request;
    t.metadata += k.metadata;
    t.revisit += k.revisit;
    t.warcinfo += k.warcinfo;
    t.other_type += k.other_type;
    t.not_http += k.not_http;
    t.status += k.status;
    t.not_html += k.not_html;
    t.too_large += k.too_large;
}
