//! Prints a page's lines as the layout sees them: the kind it gave each, whether the walk
//! counted it as main content (`C`), its role, regions, marks and link density, and its text.
//! Then the page's metadata as read from the markup. For finding out why a page's story was
//! cut or its clutter kept: `cargo run --release -p lede-html --example lines -- page.html`.

use lede_extract::{OffsetUnit, Options};
use lede_html::{HtmlOptions, extract_page, read_bytes};

fn main() -> std::io::Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lines PAGE.html");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path)?;
    let page = read_bytes(&bytes, None, None);
    let options = HtmlOptions {
        extract: Options {
            offsets: OffsetUnit::Bytes,
            ..Options::default()
        },
        ..HtmlOptions::default()
    };
    let lines = page.lines.clone();
    let metadata = page.metadata.clone();
    let text = page.text.clone();
    let doc = extract_page(page, &options);
    for (line, para) in lines.iter().zip(&doc.paragraphs) {
        let h = &line.hints;
        let mut tags: Vec<String> = vec![format!("{:?}", h.role)];
        tags.extend(h.regions.names().iter().map(|s| s.to_lowercase()));
        tags.extend(h.marks.names().iter().map(|s| s.to_lowercase()));
        if h.link_density > 0.0 {
            tags.push(format!("links {:.1}", h.link_density));
        }
        let t = &text[line.start..line.end];
        let cut = t.char_indices().nth(110).map_or(t.len(), |(i, _)| i);
        println!(
            "{:<11} {} {} | {}",
            para.kind.as_str(),
            if h.content { 'C' } else { '.' },
            tags.join(" "),
            &t[..cut]
        );
    }
    println!("{metadata:#?}");
    Ok(())
}
