//! The seed articles in `seeds/`: their documents are pinned by an insta snapshot and
//! written out as `seeds/<name>.lede.json` for people to read without building lede.

use std::path::Path;

use lede_extract::{Options, extract, parse_date};

/// The anchor date of a seed: the first line of `seeds/<name>.published` if present.
fn published(txt: &Path) -> Option<lede_extract::Date> {
    let s = std::fs::read_to_string(txt.with_extension("published")).ok()?;
    Some(parse_date(s.trim()).expect("a YYYY-MM-DD date in the .published file"))
}

fn seed_document(path: &Path) -> lede_extract::Document {
    let text = std::fs::read_to_string(path).unwrap();
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    extract(
        &text,
        &Options {
            id: Some(id),
            published: published(path),
            ..Options::default()
        },
    )
}

#[test]
fn fresh_seed_snapshots() {
    insta::glob!("../../seeds", "*.txt", |path| {
        insta::assert_json_snapshot!(seed_document(path));
    });
}

#[test]
fn fresh_seed_outputs() {
    let dir = crate::root().join("seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let mut json = serde_json::to_string_pretty(&seed_document(&path)).unwrap();
            json.push('\n');
            crate::ensure_file_contents(&path.with_extension("lede.json"), &json);
            n += 1;
        }
    }
    assert!(n > 0, "no seed articles in {}", dir.display());
}

#[test]
fn seed_spans_match_text() {
    let path = crate::root().join("seeds/000_236e28626ce61367.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = seed_document(&path);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    assert_eq!(doc.paragraphs.len(), 22);
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    for t in &doc.timexes {
        assert_eq!(slice(t.start, t.end), t.text);
    }
    for q in &doc.quotes {
        let joined: Vec<String> = q.parts.iter().map(|p| slice(p.start, p.end)).collect();
        assert_eq!(joined.join(" "), q.text);
    }
}
