//! `extract` on arbitrary text: it must not panic, and every span it returns must lie on char
//! boundaries inside the text and match its `text` field.
#![no_main]

use lede_extract::{Date, OffsetUnit, Options, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let published = if data.first().is_some_and(|b| b % 2 == 0) { Some(Date::constant(2023, 3, 20)) } else { None };
    let doc = extract(&text, &Options { published, offsets: OffsetUnit::Bytes, ..Options::default() });
    let ok = |s: usize, e: usize| s <= e && text.get(s..e).is_some();
    assert!(doc.paragraphs.iter().all(|p| ok(p.start, p.end)));
    assert!(doc.sentences.iter().all(|s| ok(s.start, s.end)));
    for e in &doc.entities {
        for m in &e.mentions {
            assert!(ok(m.start, m.end) && text[m.start..m.end] == m.text);
        }
    }
    for q in &doc.quotes {
        assert!(q.parts.iter().all(|p| ok(p.start, p.end)));
        for p in [&q.speaker, &q.addressee].into_iter().flatten() {
            assert!(ok(p.start, p.end) && text[p.start..p.end] == p.text);
        }
        if let Some(c) = &q.cue {
            assert!(ok(c.start, c.end) && text[c.start..c.end] == c.text);
        }
    }
    for t in &doc.timexes {
        assert!(ok(t.start, t.end) && text[t.start..t.end] == t.text);
    }
    // Code-point offsets must agree with the byte offsets.
    let chars = extract(&text, &Options { published, offsets: OffsetUnit::Chars, ..Options::default() });
    assert_eq!(chars.paragraphs.len(), doc.paragraphs.len());
    assert_eq!(chars.timexes.len(), doc.timexes.len());
});
