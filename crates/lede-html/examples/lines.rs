//! Prints a page's lines with their structural hints and the kind the layout gave them:
//! `cargo run --release -p lede-html --example lines < page.html`. For looking into why a
//! page's story came out as it did.

use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    let page = lede_html::read_bytes(&bytes, None, None);
    let options = lede_html::HtmlOptions {
        extract: lede_extract::Options {
            offsets: lede_extract::OffsetUnit::Bytes,
            ..Default::default()
        },
        ..Default::default()
    };
    let doc = lede_html::extract_html(&bytes, &options);
    for (line, para) in page.lines.iter().zip(&doc.paragraphs) {
        let h = &line.hints;
        let text = &page.text[line.start..line.end];
        let short: String = text.chars().take(90).collect();
        println!(
            "{:<11} {} {:<12} ld{:.1} {:?}{:?} {} | {}",
            para.kind.as_str(),
            if h.content { 'C' } else { '.' },
            format!("{:?}", h.role),
            h.link_density,
            h.regions.names(),
            h.marks.names(),
            line.path,
            short
        );
    }
    Ok(())
}
