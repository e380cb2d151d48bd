//! Pages built to break an HTML reader: deep nesting, a 50 MB page, one huge attribute, binary
//! junk, a page of scripts alone, truncated and mislabelled pages. Reading must finish, keep
//! every span inside the page's text, stay deterministic, and say what it dropped.

use lede_extract::{Document, OffsetUnit, Options};
use lede_html::{HtmlOptions, extract_html};

const STORY: &str = "<p>The mayor of Riverton, Ana Lopez, said on Tuesday that the bridge \
would reopen \"within weeks,\" according to city officials. Work began in March 2021.</p>";

fn run(bytes: &[u8]) -> Document {
    let options = HtmlOptions {
        extract: Options {
            offsets: OffsetUnit::Bytes,
            ..Options::default()
        },
        ..HtmlOptions::default()
    };
    let doc = extract_html(bytes, &options);
    let text = doc
        .text
        .as_deref()
        .expect("a page's document carries its text");
    // The same span checks as for text input, against the page's text.
    crate::pathological::check_spans(text, &doc);
    let again = extract_html(bytes, &options);
    assert_eq!(
        serde_json::to_string(&doc).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
    doc
}

#[test]
fn a_hundred_thousand_nested_elements() {
    let mut page = String::from("<html><body>");
    page.push_str(&"<div>".repeat(100_000));
    page.push_str(STORY);
    page.push_str(&"</div>".repeat(100_000));
    let doc = run(page.as_bytes());
    assert!(doc.text.unwrap().contains("Riverton"));
}

#[test]
fn streamed_parts_nested_deep_in_each_other() {
    // Fifty thousand streamed parts, each holding the next one's placeholder, and a last part
    // that holds its own: every move but the malformed one is made, in linear time.
    let n = 50_000;
    let mut page = String::from("<html><body><template id=\"P:0\"></template>");
    for i in 0..n {
        page.push_str(&format!(
            "<div hidden id=\"S:{i}\"><template id=\"P:{}\"></template></div>",
            i + 1
        ));
    }
    page.push_str(&format!(
        "<div hidden id=\"S:{n}\">{STORY}<template id=\"P:{n}\"></template></div>"
    ));
    run(page.as_bytes());
}

#[test]
fn unclosed_inline_elements_a_hundred_thousand_deep() {
    let page = format!("<body>{}{STORY}", "<b><i>".repeat(50_000));
    run(page.as_bytes());
}

#[test]
fn a_50_mb_page() {
    let page = format!(
        "<html><body>{}</body></html>",
        STORY.repeat(50_000_000 / STORY.len())
    );
    let doc = run(page.as_bytes());
    assert_eq!(doc.paragraphs.len(), 50_000_000 / STORY.len());
}

#[test]
fn one_huge_attribute() {
    let page = format!(
        "<body><div class=\"{}\">{STORY}</div></body>",
        "x ".repeat(5_000_000)
    );
    let doc = run(page.as_bytes());
    assert!(doc.text.unwrap().contains("Riverton"));
}

#[test]
fn binary_junk() {
    let junk: Vec<u8> = (0..1_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let doc = run(&junk);
    // Bytes that are not UTF-8 and name no charset are read as windows-1252: nothing is lost,
    // and the control characters are left out of the text.
    assert!(
        doc.text
            .unwrap()
            .chars()
            .all(|c| !c.is_control() || c == '\n' || c == '\t')
    );
}

#[test]
fn only_scripts() {
    let page = format!(
        "<html><head><script>{}</script></head><body><script>var a = '<p>x</p>';</script></body></html>",
        "var x = 1;".repeat(100_000)
    );
    let doc = run(page.as_bytes());
    assert_eq!(doc.text.as_deref(), Some(""));
    assert!(doc.paragraphs.is_empty());
}

#[test]
fn truncated_and_malformed() {
    for page in [
        "<html><body><p>The mayor said",
        "<p>One<p>Two</div></span><table><td>cell",
        "<<<>>><p><!-- never closed",
        "<body><p>a</p><",
        "",
    ] {
        run(page.as_bytes());
    }
}

#[test]
fn mislabelled_charsets() {
    // Declared Latin-1, written in UTF-8: read as UTF-8, with a diagnostic.
    let page = "<meta charset=iso-8859-1><p>Café owners in Zürich said on Monday they would stay open.</p>";
    let doc = run(page.as_bytes());
    assert!(doc.text.as_deref().unwrap().contains("Café"));
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "charset-mislabelled")
    );
    // Declared UTF-8, written in Latin-1: the bad bytes are replaced, with a diagnostic.
    let page = b"<meta charset=utf-8><p>Caf\xe9 owners said on Monday they would stay open.</p>";
    let doc = run(page);
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == "invalid-encoding-replaced")
    );
}
