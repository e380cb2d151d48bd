//! Speed of the pipeline over the BBC corpus (`../shared/data/news/bbc-2225`) and the seed
//! article, on one core. Run with `cargo xtask bench`; divan reports words and bytes per
//! second. Without `../shared` the corpus benchmarks are skipped with a note.

use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use lede_extract::{Options, extract};

fn main() {
    if CORPUS.is_empty() {
        eprintln!("note: ../shared/data/news/bbc-2225 not found; only the seed is benchmarked");
    }
    divan::main();
}

static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/data/news/bbc-2225/articles.jsonl"
    );
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect()
});

static SEED: &str = include_str!("../../seeds/000_236e28626ce61367.txt");

fn words(texts: &[String]) -> usize {
    texts.iter().map(|t| t.split_whitespace().count()).sum()
}

fn bytes(texts: &[String]) -> usize {
    texts.iter().map(String::len).sum()
}

/// The whole pipeline over the whole corpus: one iteration is 2,225 articles.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn bbc_extract(bencher: divan::Bencher<'_, '_>) {
    let texts = &*CORPUS;
    let options = Options::default();
    bencher
        .counter(ItemsCount::new(words(texts)))
        .counter(BytesCount::new(bytes(texts)))
        .bench(|| {
            texts
                .iter()
                .map(|t| extract(t, &options).sentences.len())
                .sum::<usize>()
        });
}

/// Segmentation alone (paragraphs, tokens, sentences) over the corpus.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn bbc_segment(bencher: divan::Bencher<'_, '_>) {
    let texts = &*CORPUS;
    bencher
        .counter(ItemsCount::new(words(texts)))
        .counter(BytesCount::new(bytes(texts)))
        .bench(|| {
            texts
                .iter()
                .map(|t| lede_text::segment(t).tokens.len())
                .sum::<usize>()
        });
}

/// One article, the seed, with its anchor date.
#[divan::bench]
fn seed_extract(bencher: divan::Bencher<'_, '_>) {
    let options = Options {
        published: Some(lede_extract::Date::constant(2023, 3, 20)),
        ..Options::default()
    };
    let seed = [SEED.to_string()];
    bencher
        .counter(ItemsCount::new(words(&seed)))
        .counter(BytesCount::new(SEED.len()))
        .bench(|| extract(SEED, &options));
}
