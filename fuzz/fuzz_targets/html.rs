//! `extract_html` on arbitrary bytes, with and without a charset header and a fallback date:
//! it must not panic, every span must lie inside the page's text and match its `text` field,
//! and the output must be the same twice. The page's language is read too (declared or
//! detected), and must not panic either.
#![no_main]

use lede_extract::{OffsetUnit, Options};
use lede_html::{HtmlOptions, extract_html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let content_type = match data.first().map(|b| b % 4) {
        Some(0) => Some("text/html; charset=iso-8859-2".to_string()),
        Some(1) => Some("text/html; charset=utf-8".to_string()),
        _ => None,
    };
    let options = HtmlOptions {
        url: Some("https://example.com/2024/05/06/page".into()),
        content_type,
        extract: Options {
            offsets: OffsetUnit::Bytes,
            fallback_published: (data.len() % 2 == 0).then(|| "2024-05-06".parse().unwrap()),
            ..Options::default()
        },
    };
    let page = lede_html::read_bytes(data, options.content_type.as_deref(), None);
    std::hint::black_box(lede_html::page_language(&page, None));
    let doc = extract_html(data, &options);
    let text = doc.text.as_deref().expect("a page's document carries its text");
    let ok = |s: usize, e: usize| s <= e && text.get(s..e).is_some();
    assert!(doc.paragraphs.iter().all(|p| ok(p.start, p.end)));
    assert!(doc.sentences.iter().all(|s| ok(s.start, s.end)));
    for e in &doc.entities {
        for m in &e.mentions {
            assert!(ok(m.start, m.end) && text[m.start..m.end] == m.text);
        }
    }
    for t in &doc.timexes {
        assert!(ok(t.start, t.end) && text[t.start..t.end] == t.text);
    }
    let again = extract_html(data, &options);
    assert_eq!(doc, again);
});
