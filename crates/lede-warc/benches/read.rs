//! Reader throughput on a synthetic Common Crawl News-like file: for each of 400 generated
//! article pages (about 40 KB of HTML each), a request, a response and a metadata record,
//! each in its own gzip member. Counted in bytes of the file as stored (gzip'd), so divan's
//! MB/s is the rate at which a WARC file on disk is consumed, on one core.
//!
//! `cargo bench -p lede-warc --bench read`; `gunzip_only` is the floor set by decompression.

#[path = "../tests/writer/mod.rs"]
mod writer;

use std::hint::black_box;

use writer::Rec;

fn main() {
    let file = cc_news_file(400);
    let warc = std::io::copy(
        &mut flate2::read::MultiGzDecoder::new(&file[..]),
        &mut std::io::sink(),
    )
    .expect("the file is whole");
    println!(
        "the file: {} bytes gzip'd, {warc} bytes of WARC",
        file.len()
    );
    divan::main();
}

const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "council",
    "would",
    "vote",
    "after",
    "months",
    "of",
    "debate",
    "over",
    "budget",
    "and",
    "police",
    "reported",
    "a",
    "fire",
    "in",
    "city",
    "centre",
    "where",
    "residents",
    "were",
    "told",
    "to",
    "leave",
    "homes",
    "company",
    "shares",
    "rose",
    "percent",
    "while",
    "analysts",
    "expected",
    "growth",
    "by",
    "spring",
    "election",
    "campaign",
    "leader",
    "opposition",
    "president",
    "talks",
    "with",
];

/// A page: a head, navigation, and paragraphs of pseudo-random words (deterministic).
fn page(n: u32, paragraphs: usize) -> Vec<u8> {
    let mut state = u64::from(n)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1);
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story {n}</title>\
         <link rel=\"stylesheet\" href=\"/s.css\"></head><body><nav><a href=\"/\">Home</a> \
         <a href=\"/world\">World</a> <a href=\"/business\">Business</a></nav><article><h1>Story {n}</h1>\n"
    );
    for _ in 0..paragraphs {
        html.push_str("<p>");
        for _ in 0..60 {
            html.push_str(WORDS[next() % WORDS.len()]);
            html.push(' ');
        }
        html.push_str("</p>\n");
    }
    html.push_str("</article><footer>&copy; News</footer></body></html>\n");
    html.into_bytes()
}

fn cc_news_file(pages: u32) -> Vec<u8> {
    let mut records = Vec::new();
    for n in 0..pages {
        let url = format!("https://news.example.org/2024/05/story-{n}.html");
        let body = page(n, 100);
        let response = writer::http(
            "200 OK",
            &[
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", &body.len().to_string()),
            ],
            &body,
        );
        records.push(Rec::new("request", 3 * n, Some(&url), writer::request(&url)).bytes());
        records.push(Rec::new("response", 3 * n + 1, Some(&url), response).bytes());
        let metadata = b"fetchTimeMs: 212\r\ncharset-detected: UTF-8\r\n".to_vec();
        records.push(Rec::new("metadata", 3 * n + 2, Some(&url), metadata).bytes());
    }
    writer::file(&records, true)
}

#[divan::bench(sample_count = 20)]
fn per_record_gzip(bencher: divan::Bencher<'_, '_>) {
    let file = cc_news_file(400);
    bencher
        .counter(divan::counter::BytesCount::new(file.len()))
        .bench(|| {
            let mut reader = lede_warc::records(&file[..], &lede_warc::Options::default());
            let mut bytes = 0;
            for record in &mut reader {
                bytes += record.expect("the synthetic file is whole").body.len();
            }
            assert_eq!(reader.summary().kept, 400);
            black_box(bytes)
        });
}

/// The floor: decompressing the same file alone, with flate2's multi-member decoder, and
/// nothing else. The difference to `per_record_gzip` is what the reader adds.
#[divan::bench(sample_count = 20)]
fn gunzip_only(bencher: divan::Bencher<'_, '_>) {
    let file = cc_news_file(400);
    bencher
        .counter(divan::counter::BytesCount::new(file.len()))
        .bench(|| {
            let mut decoder = flate2::read::MultiGzDecoder::new(&file[..]);
            std::io::copy(&mut decoder, &mut std::io::sink()).expect("the file is whole")
        });
}
