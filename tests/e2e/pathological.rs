//! Inputs built to break an extractor: huge articles, one enormous line, floods of quote
//! marks, names repeated without end, control characters, odd line endings. `extract` must
//! finish, keep every span inside the text on char boundaries, and stay deterministic.

use lede_extract::{Document, OffsetUnit, Options, extract};

/// A paragraph of ordinary news prose of our own, with names, quotes and dates.
const PARAGRAPH: &str = "The mayor of Riverton, Ana Lopez, said on Tuesday that the bridge \
would reopen \"within weeks,\" according to city officials. \"We are nearly done,\" she told \
reporters. Work began in March 2021 and cost $4.5 million.\n";

pub(crate) fn check_spans(text: &str, doc: &Document) {
    assert_eq!(doc.offsets, OffsetUnit::Bytes);
    let ok = |s: usize, e: usize| s <= e && text.get(s..e).is_some();
    assert!(doc.paragraphs.iter().all(|p| ok(p.start, p.end)));
    assert!(doc.sentences.iter().all(|s| ok(s.start, s.end)));
    for e in &doc.entities {
        assert!(
            e.mentions
                .iter()
                .all(|m| ok(m.start, m.end) && text[m.start..m.end] == m.text)
        );
    }
    for q in &doc.quotes {
        assert!(q.parts.iter().all(|p| ok(p.start, p.end)));
        for p in [&q.speaker, &q.addressee].into_iter().flatten() {
            assert!(ok(p.start, p.end) && text[p.start..p.end] == p.text);
        }
    }
    assert!(
        doc.timexes
            .iter()
            .all(|t| ok(t.start, t.end) && text[t.start..t.end] == t.text)
    );
    assert!(doc.diagnostics.iter().all(|d| ok(d.start, d.end)));
}

fn run(text: &str) -> Document {
    let doc = extract(
        text,
        &Options {
            offsets: OffsetUnit::Bytes,
            ..Options::default()
        },
    );
    check_spans(text, &doc);
    doc
}

#[test]
fn a_50_mb_article() {
    let text = PARAGRAPH.repeat(50_000_000 / PARAGRAPH.len() + 1);
    let doc = run(&text);
    assert_eq!(doc.paragraphs.len(), 50_000_000 / PARAGRAPH.len() + 1);
}

#[test]
fn one_10_mb_line_without_spaces() {
    let text = "abcdefghij".repeat(1_000_000);
    let doc = run(&text);
    assert_eq!(doc.paragraphs.len(), 1);
    let text = "a.".repeat(5_000_000);
    run(&text);
}

#[test]
fn a_million_quote_marks() {
    for mark in ["\"", "“", "”", "'", "« ", "\" "] {
        let text = mark.repeat(1_000_000 / mark.len().max(1));
        run(&text);
    }
    let text = "He said \"yes\" and \"no\" ".repeat(100_000);
    run(&text);
}

#[test]
fn names_repeated_without_end() {
    let text = "Ana Lopez met Ana Lopez. Lopez said she would. ".repeat(50_000);
    run(&text);
    let text = "Lopez ".repeat(500_000);
    run(&text);
    let text = "Mr. ".repeat(300_000);
    run(&text);
    // A title found once and repeated, and a law's and an award's names over and over.
    let text = format!(
        "She saw the movie Ghost of the Velmor Coast. {}",
        "Ghost of the Velmor Coast opened. ".repeat(100_000)
    );
    run(&text);
    let text = "The Tax Cuts and Jobs Act won Best Actor and Best Urban Act. ".repeat(50_000);
    run(&text);
    // Every step that joins two names into one, over and over: particles, "of", possessives,
    // modifiers, two places' institution, a people's institution and a station's number.
    let text = "Ana de la Velmor met Jan van der Berg at the Bank of Zentra. The Newfoundland \
        and Labrador Court of Appeal and the Mexican Congress met at St George's Chapel. \
        Radio 1 News said the Communist Party of Zentra and the Ukrainian Foreign Ministry \
        agreed. "
        .repeat(10_000);
    let doc = run(&text);
    assert_eq!(doc.entities.len(), 9);
    assert!(doc.entities.iter().all(|e| e.mentions.len() == 10_000));
    // Thousands of institutions, each named again without its place, and the speaker's "I"
    // in every quote: the steps that read them index the names once.
    let text: String = (0..5_000)
        .map(|i| {
            let place: String = [i / 676, i / 26 % 26, i % 26]
                .iter()
                .map(|&k| char::from(b'a' + k as u8))
                .collect();
            format!("The Velmor{place} City Council met. \"I agree,\" said Ana Lopez. ")
        })
        .collect();
    let doc = run(&text);
    let first_person = doc
        .entities
        .iter()
        .flat_map(|e| &e.mentions)
        .filter(|m| m.text == "I")
        .count();
    assert_eq!(first_person, 5_000);
}

#[test]
fn control_characters_bom_and_line_endings() {
    let controls: String = (0u8..32)
        .map(char::from)
        .chain(['\u{7f}', '\u{85}', '\u{2028}', '\u{2029}'])
        .collect();
    let text = format!("\u{feff}{controls}{PARAGRAPH}\r\n{PARAGRAPH}\r{controls}\n\n{PARAGRAPH}")
        .repeat(200);
    let doc = run(&text);
    assert!(doc.paragraphs.len() >= 600);
    for text in ["", "\u{feff}", "\r", "\n\r\n\r", "\u{0}", " \t "] {
        let doc = run(text);
        assert!(doc.entities.is_empty() && doc.quotes.is_empty() && doc.timexes.is_empty());
    }
}

#[test]
fn odd_unicode() {
    let text = "e\u{301}\u{301}\u{301} 🦀🦀 Zoë Ångström said “ça va” — ＂ok＂ ‘fine’ in 2023 ﬁ\u{200b}\u{200d}".repeat(2_000);
    let a = run(&text);
    let b = run(&text);
    assert_eq!(a, b, "deterministic");
}
