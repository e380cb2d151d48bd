//! HTML input for lede: a web page's text as a reader sees it, the structure of every line,
//! and the page's metadata; and the whole lede document of a page.
//!
//! [`read_page`] parses a page (with html5ever, through `scraper`, as a browser would, however
//! broken the markup) and returns a [`Page`]: the text, one line per block; each line's
//! structural hints for the layout stage; and the [`Metadata`]. [`extract_html`] decodes
//! bytes ([`decode`]: byte order mark, HTTP charset, `<meta charset>`, default), reads the
//! page, and runs `lede_extract` over its text with the hints, so that the document's offsets
//! count in [`Page::text`], which the document carries in its `text` field.
//!
//! This is the only crate of lede that knows HTML. It does no I/O.
//!
//! ```
//! let html = br#"<html lang="en"><head><title>Storm hits coast | Daily Example</title></head>
//! <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//! <article><h1>Storm hits coast</h1>
//! <p>A storm hit the coast on Monday, officials said, closing roads and schools across the region.</p>
//! <p>"We have never seen anything like it," said Mayor Jane Smith, who toured the damage on Tuesday.</p>
//! </article></body></html>"#;
//! let doc = lede_html::extract_html(html, &lede_html::HtmlOptions::default());
//! let text = doc.text.as_deref().unwrap();
//! assert!(text.starts_with("Home World\nStorm hits coast\n"));
//! assert_eq!(doc.paragraphs[0].kind.as_str(), "boilerplate");
//! ```

pub mod blocks;
pub mod decode;
pub mod language;
pub mod meta;
mod streamed;
mod unseen;

pub use blocks::Line;
pub use language::{Language, page_language};
pub use meta::{DateSource, Metadata};

use lede_extract::{Diagnostic, Document, Options, PublishedSource};

/// How to read and extract a page.
#[derive(Clone, Debug, Default)]
pub struct HtmlOptions {
    /// The address the page was fetched from: a fallback for the canonical URL and a source
    /// of the publication date.
    pub url: Option<String>,
    /// The HTTP `Content-Type` header the page came with, for its charset.
    pub content_type: Option<String>,
    /// The extraction options; a `published` date given here wins over the page's own, and
    /// a `fallback_published` date is used only when neither the page nor its text gives one.
    pub extract: Options,
}

/// A page read: its text, its lines with their hints, and its metadata.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The page's text, one block per line.
    pub text: String,
    pub lines: Vec<Line>,
    pub metadata: Metadata,
    /// What was dropped or repaired on the way (hidden elements, undecodable bytes).
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and reads a page that is already text.
pub fn read_page(html: &str, url: Option<&str>) -> Page {
    let repaired = decode::repair_mojibake(html);
    let html = repaired.as_deref().unwrap_or(html);
    let streamed = streamed::has_parts(html);
    let cut = unseen::cut(html, streamed);
    let mut parsed = scraper::Html::parse_document(cut.as_deref().unwrap_or(html));
    if streamed {
        streamed::place_parts(&mut parsed);
    }
    let blocks = blocks::walk(&parsed);
    let metadata = meta::read(&parsed, url);
    let mut diagnostics = Vec::new();
    if repaired.is_some() {
        diagnostics.push(Diagnostic {
            code: "html-mojibake-repaired".into(),
            start: 0,
            end: 0,
            message: "the page's text was UTF-8 read as windows-1252 or Latin-1 (\"Ã©\" for \"é\"); it was read again as UTF-8".into(),
        });
    }
    if blocks.hidden > 0 {
        diagnostics.push(Diagnostic {
            code: "html-hidden-dropped".into(),
            start: 0,
            end: 0,
            message: format!(
                "{} hidden elements (hidden, aria-hidden, display:none, screen-reader-only) were left out of the text",
                blocks.hidden
            ),
        });
    }
    Page {
        text: blocks.text,
        lines: blocks.lines,
        metadata,
        diagnostics,
    }
}

/// Decodes the bytes of a page and reads it.
pub fn read_bytes(bytes: &[u8], content_type: Option<&str>, url: Option<&str>) -> Page {
    let decoded = decode::decode(bytes, content_type);
    let mut page = read_page(&decoded.text, url);
    if decoded.replaced {
        page.diagnostics.push(Diagnostic {
            code: "invalid-encoding-replaced".into(),
            start: 0,
            end: 0,
            message: format!(
                "some bytes were not valid {}; they were replaced with U+FFFD",
                decoded.encoding.name()
            ),
        });
    }
    if let Some(declared) = decoded.mislabelled {
        page.diagnostics.push(Diagnostic {
            code: "charset-mislabelled".into(),
            start: 0,
            end: 0,
            message: format!(
                "the page declared {} but its bytes are UTF-8; it was read as UTF-8",
                declared.name()
            ),
        });
    }
    page
}

/// Extracts the lede document of a page given as bytes.
pub fn extract_html(bytes: &[u8], options: &HtmlOptions) -> Document {
    let page = read_bytes(
        bytes,
        options.content_type.as_deref(),
        options.url.as_deref(),
    );
    extract_page(page, options)
}

/// Extracts the lede document of a page given as text.
pub fn extract_html_str(html: &str, options: &HtmlOptions) -> Document {
    extract_page(read_page(html, options.url.as_deref()), options)
}

/// Runs the extraction over a page already read (see [`read_bytes`]) and adds what the page
/// said about itself: for callers that look at the page first, as a language filter does.
pub fn extract_page(page: Page, options: &HtmlOptions) -> Document {
    let Page {
        text,
        lines,
        metadata,
        diagnostics,
    } = page;
    let mut opts = options.extract.clone();
    let mut source = PublishedSource::Given;
    if opts.published.is_none() {
        if let Some((date, from)) = metadata.published {
            opts.published = Some(date);
            source = match from {
                DateSource::JsonLd => PublishedSource::JsonLd,
                DateSource::Meta => PublishedSource::Meta,
                DateSource::Time => PublishedSource::Time,
                DateSource::Url => PublishedSource::Url,
            };
        }
    }
    let structure: Vec<(std::ops::Range<usize>, lede_extract::structure::LineHints)> = lines
        .into_iter()
        .map(|l| (l.start..l.end, l.hints))
        .collect();
    let mut doc = lede_extract::extract_structured(&text, &structure, &opts);
    if opts.published.is_some() && doc.published_source == PublishedSource::Given {
        doc.published_source = source;
    }
    if !metadata.authors.is_empty() {
        doc.authors = metadata.authors;
    } else if doc.authors.is_empty() {
        doc.authors = metadata.author_fallback;
    }
    doc.title = metadata.title;
    doc.modified = metadata.modified.map(|d| d.to_string());
    doc.url = options.url.clone();
    doc.canonical = metadata.canonical;
    doc.site_name = metadata.site_name;
    if let Some(lang) = metadata.language {
        doc.language = lang;
    }
    doc.diagnostics.extend(diagnostics);
    doc.text = Some(text);
    doc
}

/// A page as a crawler stored it (a web archive's response record), without the archive.
#[derive(Clone, Copy, Debug)]
pub struct Fetched<'a> {
    /// The record's id, the document's `id`.
    pub id: &'a str,
    pub url: &'a str,
    /// When the page was fetched, as the archive wrote it: the document's `fetched`.
    pub fetched: &'a str,
    /// The day it was fetched: the anchor for relative dates when the page gives no date of
    /// its own (a crawl date is an upper bound of the publication date, not the date).
    pub fetched_day: Option<lede_extract::Date>,
}

/// The document of an archived page already read (see [`read_bytes`]): its own date or, failing
/// that, the day it was fetched anchors its dates; `options.published` wins over both.
pub fn extract_fetched(page: Page, fetched: &Fetched<'_>, options: &Options) -> Document {
    let html = HtmlOptions {
        url: Some(fetched.url.to_string()),
        content_type: None,
        extract: Options {
            id: Some(fetched.id.to_string()),
            fallback_published: fetched.fetched_day,
            ..options.clone()
        },
    };
    let mut doc = extract_page(page, &html);
    doc.fetched = Some(fetched.fetched.to_string());
    doc
}

/// The document of a page record of batch mode (`{"id", "html", "url"}`): the form of
/// `lede_extract::record::HtmlReader`, for the command line and the server.
pub fn read_record(html: &str, url: Option<&str>, options: &Options) -> Document {
    extract_html_str(
        html,
        &HtmlOptions {
            url: url.map(str::to_string),
            content_type: None,
            extract: options.clone(),
        },
    )
}

/// Whether bytes look like an HTML page rather than an article's text: after white space
/// and a byte order mark, a doctype, an `<html>`, `<head>` or `<body>` tag, or a comment.
pub fn sniff(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let head = &b[start..b.len().min(start + 16)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<!--",
        b"<meta",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    /// Renders a page as its lines: the kind the layout gave each, whether it is main content
    /// (`C`), its role, regions and marks, and its text.
    fn check(html: &str, expect: Expect) {
        let options = HtmlOptions {
            extract: Options {
                offsets: lede_extract::OffsetUnit::Bytes,
                ..Options::default()
            },
            ..HtmlOptions::default()
        };
        let page = read_page(html, None);
        let doc = extract_html_str(html, &options);
        assert_eq!(doc.text.as_deref(), Some(page.text.as_str()));
        let mut out = String::new();
        for (line, para) in page.lines.iter().zip(&doc.paragraphs) {
            let h = &line.hints;
            let mut tags: Vec<String> = vec![format!("{:?}", h.role)];
            tags.extend(h.regions.names().iter().map(|s| s.to_lowercase()));
            tags.extend(h.marks.names().iter().map(|s| s.to_lowercase()));
            if h.link_density > 0.0 {
                tags.push(format!("links {:.1}", h.link_density));
            }
            out.push_str(&format!(
                "{:<11} {} {} | {}\n",
                para.kind.as_str(),
                if h.content { 'C' } else { '.' },
                tags.join(" "),
                &page.text[line.start..line.end]
            ));
        }
        expect.assert_eq(&out);
    }

    const STORY: &str = "<p>The council voted on Tuesday to close the old bridge to traffic, \
        citing a survey that found cracks in two of its supports.</p>\
        <p>Engineers said repairs would take at least a year, and the city will run a ferry \
        for commuters in the meantime, at no charge.</p>\
        <p>Shop owners on both banks said they feared losing customers, while cyclists welcomed \
        the news, saying the bridge had been dangerous for years.</p>";

    /// The three paragraphs of [`STORY`], each with its tags.
    fn story_paragraphs() -> [&'static str; 3] {
        STORY
            .split_inclusive("</p>")
            .collect::<Vec<_>>()
            .try_into()
            .expect("three paragraphs")
    }

    /// A site's menu, as long as menus are.
    const MENU: &str = "<a href=/>Home</a> <a href=/news>News</a> <a href=/world>World</a> \
        <a href=/business>Business</a> <a href=/politics>Politics</a> <a href=/sport>Sport</a> \
        <a href=/culture>Culture</a> <a href=/science>Science</a> <a href=/travel>Travel</a> \
        <a href=/opinion>Opinion</a> <a href=/weather>Weather</a> <a href=/podcasts>Podcasts</a> \
        <a href=/newsletters>Newsletters</a> <a href=/puzzles>Puzzles and games</a>";

    #[test]
    fn a_news_page() {
        check(
            &format!(
                "<html><body><header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>\
                 <main><article><h1>Old bridge to close</h1>\
                 <p class=byline>By Ann Lee</p>{STORY}\
                 <figure><img src=a.jpg><figcaption>The bridge in 1950.</figcaption></figure>\
                 <h2>What comes next</h2>\
                 <p>The council will meet again in March to decide whether to rebuild the bridge \
                 or to replace it with a tunnel, which would cost twice as much.</p>\
                 <div class=share-tools><a href=#>Share on Facebook</a></div>\
                 </article>\
                 <aside><h3>Most read</h3><ul><li><a href=/a>Storm hits the coast</a></li></ul></aside>\
                 </main><footer><p>© 2026 The Daily Example</p></footer></body></html>"
            ),
            expect![[r#"
                boilerplate . Other navigation banner links 1.0 | Home News
                title       C Heading(1) article main | Old bridge to close
                byline      C Paragraph article main byline | By Ann Lee
                body        C Paragraph article main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                caption     C Caption article main figure | The bridge in 1950.
                heading     C Heading(2) article main | What comes next
                body        C Paragraph article main | The council will meet again in March to decide whether to rebuild the bridge or to replace it with a tunnel, which would cost twice as much.
                boilerplate C Other article main share links 1.0 | Share on Facebook
                boilerplate . Heading(3) main complementary | Most read
                boilerplate . ListItem main complementary links 1.0 | Storm hits the coast
                boilerplate . Paragraph footer | © 2026 The Daily Example
            "#]],
        );
    }

    #[test]
    fn text_as_a_browser_shows_it() {
        check(
            "<body><p>One&nbsp;line&amp;more<br>after   a\n break<script>var x = '<p>no</p>';</script></p>\
             <div hidden>hidden text</div><p style='display: none'>not shown</p>\
             <pre>code line 1\ncode  line 2</pre>\
             <table><tr><th>Team<th>Points<tr><td>Reds<td>10</table>\
             <ul><li>first<li>second</ul><template><p>never</p></template>\
             <p>soft\u{ad}hyphen and zero\u{200b}width</p>\
             <p>Runs of <a href=/a>linked text</a>,\tcontrol\u{7}s, caf\u{e9}s and na\u{ef}ve\u{a0}words.</p></body>",
            expect![[r#"
                body        C Paragraph | One line&more
                body        C Paragraph | after a break
                body        C Preformatted | code line 1
                body        C Preformatted | code  line 2
                body        C TableRow | Team	Points
                body        C TableRow | Reds	10
                body        C ListItem | first
                body        C ListItem | second
                body        C Paragraph | softhyphen and zero width
                body        C Paragraph links 0.2 | Runs of linked text, controls, cafés and naïve words.
            "#]],
        );
    }

    #[test]
    fn screen_reader_text_is_left_out_but_not_a_container_named_for_it() {
        check(
            &format!(
                "<body><div class='field field--label-visually_hidden'>\
                 <div class='field__label visually-hidden'>Body</div>\
                 <div class=sr-only>Skip to the story</div>{STORY}</div></body>"
            ),
            expect![[r#"
                body        C Paragraph | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
            "#]],
        );
    }

    #[test]
    fn of_a_story_printed_twice_the_copy_in_the_content_is_kept() {
        // A teaser copy of the first paragraph above the article, and the article itself.
        let first = "The council voted on Tuesday to close the old bridge to traffic, citing a \
            survey that found cracks in two of its supports.";
        check(
            &format!(
                "<body><nav>{MENU}</nav>\
                 <div class=lead><p>{first}</p></div>\
                 <main><article><h1>Old bridge to close</h1>{STORY}</article></main></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                boilerplate . Paragraph | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                title       C Heading(1) article main | Old bridge to close
                body        C Paragraph article main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
            "#]],
        );
    }

    #[test]
    fn a_review_in_sections_is_read_whole_through_its_wrappers() {
        // Each product's text sits three wrappers deep in a section of its own: the best
        // section's container alone holds a third of the story.
        let section = |name: &str, a: &str, b: &str| {
            format!(
                "<section><h2>{name}</h2><div class=wrap><div class=inner><div class=text>\
                 <p>{a}</p><p>{b}</p></div></div></div>\
                 <table><tr><td>Price<td>$400</table><a href=/buy>Buy now</a></section>"
            )
        };
        check(
            &format!(
                "<body><header><nav><a href=/>Home</a> <a href=/reviews>Reviews</a></nav></header>\
                 <div>{}{}{}</div><footer><a href=/about>About us</a></footer></body>",
                section(
                    "The Lumo 3",
                    "The Lumo 3 is the brightest of the small projectors we tried, and its \
                     battery lasted through two films in our test.",
                    "Its speaker is weak, however, and the fan grows loud once the room warms up."
                ),
                section(
                    "The Beam Mini",
                    "The Beam Mini costs half as much, weighs less than a paperback, and fits \
                     in a coat pocket on the way to a friend's house.",
                    "Its picture washes out in daylight, so it is best kept for dark rooms."
                ),
                section(
                    "The Orbit X",
                    "The Orbit X has the sharpest lens of the three, and its menus are the \
                     easiest to find one's way through.",
                    "It is also the heaviest, and its remote control feels cheap in the hand."
                ),
            ),
            expect![[r#"
                boilerplate . Other navigation banner links 1.0 | Home Reviews
                heading     C Heading(2) | The Lumo 3
                body        C Paragraph | The Lumo 3 is the brightest of the small projectors we tried, and its battery lasted through two films in our test.
                body        C Paragraph | Its speaker is weak, however, and the fan grows loud once the room warms up.
                boilerplate C TableRow | Price	$400
                boilerplate C Other links 1.0 | Buy now
                heading     C Heading(2) | The Beam Mini
                body        C Paragraph | The Beam Mini costs half as much, weighs less than a paperback, and fits in a coat pocket on the way to a friend's house.
                body        C Paragraph | Its picture washes out in daylight, so it is best kept for dark rooms.
                boilerplate C TableRow | Price	$400
                boilerplate C Other links 1.0 | Buy now
                heading     C Heading(2) | The Orbit X
                body        C Paragraph | The Orbit X has the sharpest lens of the three, and its menus are the easiest to find one's way through.
                body        C Paragraph | It is also the heaviest, and its remote control feels cheap in the hand.
                boilerplate C TableRow | Price	$400
                boilerplate C Other links 1.0 | Buy now
                boilerplate . Other footer links 1.0 | About us
            "#]],
        );
    }

    #[test]
    fn an_article_nested_deep_in_a_page_builder_is_read_whole() {
        // Two parts of the story, each ten containers deep in the article, the second longer.
        let deep = |inner: &str| format!("{}{inner}{}", "<div>".repeat(10), "</div>".repeat(10));
        check(
            &format!(
                "<body><nav>{MENU}</nav><article><h1>Old bridge to close</h1>{}<h2>Next steps</h2>{}\
                 </article></body>",
                deep(
                    "<p>The bridge, built in 1911, carries twelve thousand cars a day between \
                      the two halves of the town, most of them before nine in the morning.</p>"
                ),
                deep(STORY),
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) article | Old bridge to close
                body        C Paragraph article | The bridge, built in 1911, carries twelve thousand cars a day between the two halves of the town, most of them before nine in the morning.
                heading     C Heading(2) article | Next steps
                body        C Paragraph article | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
            "#]],
        );
    }

    #[test]
    fn content_hidden_until_scripts_run_is_kept() {
        check(
            &format!("<body><nav><a href=/>Home</a></nav><div hidden id=s0>{STORY}</div></body>"),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home
                body        C Paragraph | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
            "#]],
        );
    }

    #[test]
    fn collapsed_panels_are_kept() {
        // An accordion: each section's text hidden until the reader opens it, the panel
        // labelled by its button, or right after a closed toggle. A hidden list that neither
        // labels nor follows a toggle (a menu's second row) goes.
        let [p1, p2, p3] = story_paragraphs();
        check(
            &format!(
                "<body><nav>{MENU}<ul style=\"display: none\"><li><a href=/more>More sections</a></li>\
                 </ul></nav><main><h1>Old bridge to close</h1>{p1}\
                 <h3><button id=h1 aria-controls=c1>The repairs</button></h3>\
                 <div id=c1 role=region aria-labelledby=h1 style=\"display:none\">{p2}</div>\
                 <h3><button aria-expanded=false>The shops</button></h3>\
                 <div aria-hidden=true hidden>{p3}</div></main></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) main | Old bridge to close
                body        C Paragraph main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
            "#]],
        );
    }

    #[test]
    fn streamed_parts_fill_their_placeholders() {
        // The story streamed in three parts after the footer, as React's server renderer sends
        // it: one for a placeholder of its own number, one for a boundary named by the script
        // that completes it (its fallback goes), one for a boundary of a page saved without
        // its scripts.
        let [p1, p2, p3] = story_paragraphs();
        check(
            &format!(
                "<body><nav>{MENU}</nav><main><h1>Old bridge to close</h1><template id=\"P:1\"></template>\
                 <!--$?--><template id=\"B:0\"></template><p>Loading the story</p><!--/$-->\
                 <!--$?--><template id=\"B:2\"></template><!--/$--></main><footer>{MENU}</footer>\
                 <div hidden id=\"S:1\">{p1}</div><div hidden id=\"S:3\">{p2}</div>\
                 <script>$RC(\"B:0\",\"S:3\")</script><div hidden id=\"S:2\">{p3}</div></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) main | Old bridge to close
                body        C Paragraph main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                boilerplate . Other footer links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
            "#]],
        );
        // A part that holds its own placeholder stays where it is, and hidden.
        check(
            &format!(
                "<body>{p1}<div hidden id=\"S:1\"><p>Hidden<template id=\"P:1\"></template></p></div></body>"
            ),
            expect![[r#"
                body        C Paragraph | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
            "#]],
        );
    }

    #[test]
    fn a_menu_name_on_a_container_of_prose_is_not_a_menu() {
        // The story sits in sections whose name has "nav" in it, inside its article; a real
        // menu, and a section of one short paragraph, keep the mark.
        let more = "<p>The survey, commissioned after a lorry struck the railings last winter, \
            found that water had seeped into the supports for decades, and that the steel inside \
            them had rusted through in places.</p><p>Councillors from both parties backed the \
            closure, though several asked why the survey had taken two years to complete, and \
            whether other bridges in the city had been checked.</p><p>The ferry will leave \
            every twenty minutes from six in the morning until midnight, the council said, and \
            bicycles will travel free of charge.</p>";
        let rest = "<p>A public meeting on the bridge's future will be held next month at the \
            town hall, where engineers will present three options: a full repair, a replacement \
            on the same site, or a new crossing further upstream, which residents have long \
            asked for, costing twice as much, according to the council's own estimates.</p>";
        check(
            &format!(
                "<body><div class=nav-menu><ul><li><a href=/a>Roads</a></li><li><a href=/b>Bridges</a></li></ul>\
                 <p>Explore our guides to every road and bridge in the region</p></div>\
                 <article><div class=content-nav-section><h1>Old bridge to close</h1>{STORY}{more}{rest}</div>\
                 <div class=content-nav-section><p>The council will publish the full survey, with its \
                 photographs, on its website.</p></div></article><footer>{}</footer></body>",
                MENU.repeat(10)
            ),
            expect![[r#"
                boilerplate . ListItem menu links 1.0 | Roads
                boilerplate . ListItem menu links 1.0 | Bridges
                boilerplate . Paragraph menu | Explore our guides to every road and bridge in the region
                title       C Heading(1) article | Old bridge to close
                body        C Paragraph article | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                body        C Paragraph article | The survey, commissioned after a lorry struck the railings last winter, found that water had seeped into the supports for decades, and that the steel inside them had rusted through in places.
                body        C Paragraph article | Councillors from both parties backed the closure, though several asked why the survey had taken two years to complete, and whether other bridges in the city had been checked.
                body        C Paragraph article | The ferry will leave every twenty minutes from six in the morning until midnight, the council said, and bicycles will travel free of charge.
                body        C Paragraph article | A public meeting on the bridge's future will be held next month at the town hall, where engineers will present three options: a full repair, a replacement on the same site, or a new crossing further upstream, which residents have long asked for, costing twice as much, according to the council's own estimates.
                boilerplate C Paragraph article menu | The council will publish the full survey, with its photographs, on its website.
                boilerplate . Other footer links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and gamesHome News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
            "#]],
        );
    }

    #[test]
    fn a_named_header_of_one_paragraph_does_not_outweigh_the_steps() {
        // A recipe: its header, named as a post, holds one long paragraph; the ingredients
        // stand beside it, and the steps follow in a list, a paragraph each.
        let steps: String = (1..=12)
            .map(|i| {
                format!(
                    "<li><p>Step {i}: stir the flour, salt and water together in a large bowl, \
                     then cover it, and leave it somewhere warm for about an hour.</p></li>"
                )
            })
            .collect();
        let page = format!(
            "<body><nav>{MENU}</nav><main><div><div class=post-header><h1>Everyday bread</h1>\
             <p>This bread is wonderfully simple and forgiving: there is no kneading or shaping \
             and no special equipment beyond a bowl and a loaf pan. It keeps for days at room \
             temperature and for months in the freezer. Many readers have told us that it is the \
             loaf they bake most often through the year and the one their families ask for. \
             We first published it in our catalogue and have made it in our test kitchen every \
             week since then.</p></div></div>\
             <aside><h2>Ingredients</h2><ul><li>4 cups (500g) unbleached bread flour</li>\
             <li>1 cup (120g) whole wheat flour or rye flour</li><li>1 3/4 teaspoons table salt</li>\
             <li>1/4 cup (60g) sourdough starter, fed or unfed</li><li>2 cups (450g) lukewarm water</li>\
             <li>sesame seeds, optional</li><li>butter or oil, for the pan</li></ul></aside>\
             <div class=steps><h2>Instructions</h2><ol>{steps}</ol></div></main></body>"
        );
        check(
            &page,
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       . Heading(1) main | Everyday bread
                boilerplate . Paragraph main | This bread is wonderfully simple and forgiving: there is no kneading or shaping and no special equipment beyond a bowl and a loaf pan. It keeps for days at room temperature and for months in the freezer. Many readers have told us that it is the loaf they bake most often through the year and the one their families ask for. We first published it in our catalogue and have made it in our test kitchen every week since then.
                boilerplate . Heading(2) main complementary | Ingredients
                boilerplate . ListItem main complementary | 4 cups (500g) unbleached bread flour
                boilerplate . ListItem main complementary | 1 cup (120g) whole wheat flour or rye flour
                boilerplate . ListItem main complementary | 1 3/4 teaspoons table salt
                boilerplate . ListItem main complementary | 1/4 cup (60g) sourdough starter, fed or unfed
                boilerplate . ListItem main complementary | 2 cups (450g) lukewarm water
                boilerplate . ListItem main complementary | sesame seeds, optional
                boilerplate . ListItem main complementary | butter or oil, for the pan
                boilerplate . Heading(2) main | Instructions
                body        C Paragraph main | Step 1: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 2: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 3: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 4: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 5: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 6: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 7: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 8: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 9: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 10: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 11: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
                body        C Paragraph main | Step 12: stir the flour, salt and water together in a large bowl, then cover it, and leave it somewhere warm for about an hour.
            "#]],
        );
    }

    #[test]
    fn dated_cards_after_the_story_are_teasers() {
        // Other articles listed as cards inside the content: a linked headline, a date and
        // one short summary each. The summaries read as prose, the dates make them a list.
        let cards: String = [
            ("Ferry timetable published", "Ferries will leave every twenty minutes"),
            ("Cyclists plan a new route", "Riders say the detour adds ten minutes"),
            ("Market moves to the quay", "Traders will set up their stalls by the water"),
            ("Bus fares frozen for a year", "The transport board agreed to hold prices"),
        ]
        .iter()
        .enumerate()
        .map(|(i, (headline, summary))| {
            format!(
                "<div class=card><h3><a href=/a{i}>{headline}</a></h3><span>Dec {}, 2025</span>                 <p>{summary} from next month, according to a statement released by the council                  on Friday afternoon.</p></div>",
                10 + i
            )
        })
        .collect();
        check(
            &format!(
                "<body><nav>{MENU}</nav><main><h1>Old bridge to close</h1>{STORY}                 <h2>Latest</h2>{cards}</main></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) main | Old bridge to close
                body        C Paragraph main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                heading     C Heading(2) main | Latest
                boilerplate C Heading(3) main links 1.0 | Ferry timetable published
                dateline    C Other main | Dec 10, 2025
                boilerplate C Paragraph main | Ferries will leave every twenty minutes from next month, according to a statement released by the council on Friday afternoon.
                boilerplate C Heading(3) main links 1.0 | Cyclists plan a new route
                dateline    C Other main | Dec 11, 2025
                boilerplate C Paragraph main | Riders say the detour adds ten minutes from next month, according to a statement released by the council on Friday afternoon.
                boilerplate C Heading(3) main links 1.0 | Market moves to the quay
                dateline    C Other main | Dec 12, 2025
                boilerplate C Paragraph main | Traders will set up their stalls by the water from next month, according to a statement released by the council on Friday afternoon.
                boilerplate C Heading(3) main links 1.0 | Bus fares frozen for a year
                dateline    C Other main | Dec 13, 2025
                boilerplate C Paragraph main | The transport board agreed to hold prices from next month, according to a statement released by the council on Friday afternoon.
            "#]],
        );
    }

    #[test]
    fn a_related_heading_closes_the_story_up_to_its_next_part() {
        // Inside the content, a "You may also like" heading over teasers that read as prose;
        // a heading of the story's at the same level opens it again.
        let teasers: String = ["ferry", "market", "library"]
            .iter()
            .map(|what| {
                format!(
                    "<p>The {what} will close for the winter from next month, according to a \
                     statement the council released on Friday afternoon.</p>\
                     <p><a href=/s>Share</a> <a href=/d>Download</a></p>"
                )
            })
            .collect();
        check(
            &format!(
                "<body><nav>{MENU}</nav><main><h1>Old bridge to close</h1>{STORY}\
                 <h2>You may also like</h2>{teasers}<h2>What comes next</h2>\
                 <p>A public meeting on the new bridge will be held in the town hall next \
                 Thursday, and residents can send their questions in advance.</p></main></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) main | Old bridge to close
                body        C Paragraph main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                boilerplate C Heading(2) main | You may also like
                boilerplate C Paragraph main | The ferry will close for the winter from next month, according to a statement the council released on Friday afternoon.
                boilerplate C Paragraph main links 1.0 | Share Download
                boilerplate C Paragraph main | The market will close for the winter from next month, according to a statement the council released on Friday afternoon.
                boilerplate C Paragraph main links 1.0 | Share Download
                boilerplate C Paragraph main | The library will close for the winter from next month, according to a statement the council released on Friday afternoon.
                boilerplate C Paragraph main links 1.0 | Share Download
                heading     C Heading(2) main | What comes next
                body        C Paragraph main | A public meeting on the new bridge will be held in the town hall next Thursday, and residents can send their questions in advance.
            "#]],
        );
    }

    #[test]
    fn a_linked_heading_over_a_part_of_the_story_is_its_heading() {
        // A buying guide whose parts are headed by links to the products; each part holds
        // more than a teaser's summary.
        let parts: String = ["Trail Runner 3", "Road Glide"]
            .iter()
            .map(|name| {
                format!(
                    "<h2><a href=/p>{name}</a></h2><p>We ran two hundred miles in the {name} \
                     over six weeks of testing, on roads, tracks and wet grass.</p><p>The sole of \
                     the {name} held up well, though the upper showed wear at the toe after a \
                     month, and the laces came undone twice on long runs.</p>"
                )
            })
            .collect();
        check(
            &format!(
                "<body><nav>{MENU}</nav><main><h1>The best running shoes</h1>{STORY}{parts}\
                 </main></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) main | The best running shoes
                body        C Paragraph main | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph main | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph main | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                heading     C Heading(2) main links 1.0 | Trail Runner 3
                body        C Paragraph main | We ran two hundred miles in the Trail Runner 3 over six weeks of testing, on roads, tracks and wet grass.
                body        C Paragraph main | The sole of the Trail Runner 3 held up well, though the upper showed wear at the toe after a month, and the laces came undone twice on long runs.
                heading     C Heading(2) main links 1.0 | Road Glide
                body        C Paragraph main | We ran two hundred miles in the Road Glide over six weeks of testing, on roads, tracks and wet grass.
                body        C Paragraph main | The sole of the Road Glide held up well, though the upper showed wear at the toe after a month, and the laces came undone twice on long runs.
            "#]],
        );
    }

    #[test]
    fn prose_in_an_author_box_is_no_story() {
        check(
            &format!(
                "<body><nav>{MENU}</nav><article><h1>Old bridge to close</h1>{STORY}\
                 <div class=author-bio><p>Maria Lindqvist covers transport and city politics \
                 for the paper, and before that reported on schools for ten years.</p></div>\
                 </article></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) article | Old bridge to close
                body        C Paragraph article | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                boilerplate C Paragraph article author | Maria Lindqvist covers transport and city politics for the paper, and before that reported on schools for ten years.
            "#]],
        );
    }

    #[test]
    fn a_caption_container_holds_a_caption_in_sentences() {
        check(
            &format!(
                "<body><nav>{MENU}</nav><article><h1>Old bridge to close</h1>{STORY}\
                 <div class=image-caption>The old bridge seen from the north bank, where the \
                 ferry will land from next month while the repairs go on.</div></article></body>"
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) article | Old bridge to close
                body        C Paragraph article | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                caption     C Other article caption | The old bridge seen from the north bank, where the ferry will land from next month while the repairs go on.
            "#]],
        );
    }

    #[test]
    fn prose_in_the_content_is_the_story_after_a_run_of_links() {
        // A guide in parts, each headed by a link to its subject, after a list of related
        // links in the article, which the text alone reads as the story's end.
        let parts: String = [
            "Riverside Park", "Old Mill Trail", "Harbour Walk", "Castle Hill", "North Beach",
        ]
        .iter()
        .map(|name| {
            format!(
                "<h3><a href=/p>{name}</a></h3><p>Families who visit {name} will find \
                 shaded paths, a playground and a cafe that opens at nine, and parking \
                 costs two pounds for the whole day.</p><p><a href=/m>Map</a> \
                 <a href=/t>Opening times</a> <a href=/r>Reviews</a> <a href=/b>Book a visit</a></p>"
            )
        })
        .collect();
        check(
            &format!(
                "<body><nav>{MENU}</nav><article><h1>Five walks for the weekend</h1>{STORY}\
                 <div class=related-links><ul>{}</ul></div>{parts}\
                 </article><footer>{MENU}</footer></body>",
                (1..=24)
                    .map(|i| format!("<li><a href=/r{i}>Other walk {i}</a></li>"))
                    .collect::<String>()
            ),
            expect![[r#"
                boilerplate . Other navigation links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
                title       C Heading(1) article | Five walks for the weekend
                body        C Paragraph article | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph article | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph article | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                boilerplate C ListItem article related links 1.0 | Other walk 1
                boilerplate C ListItem article related links 1.0 | Other walk 2
                boilerplate C ListItem article related links 1.0 | Other walk 3
                boilerplate C ListItem article related links 1.0 | Other walk 4
                boilerplate C ListItem article related links 1.0 | Other walk 5
                boilerplate C ListItem article related links 1.0 | Other walk 6
                boilerplate C ListItem article related links 1.0 | Other walk 7
                boilerplate C ListItem article related links 1.0 | Other walk 8
                boilerplate C ListItem article related links 1.0 | Other walk 9
                boilerplate C ListItem article related links 1.0 | Other walk 10
                boilerplate C ListItem article related links 1.0 | Other walk 11
                boilerplate C ListItem article related links 1.0 | Other walk 12
                boilerplate C ListItem article related links 1.0 | Other walk 13
                boilerplate C ListItem article related links 1.0 | Other walk 14
                boilerplate C ListItem article related links 1.0 | Other walk 15
                boilerplate C ListItem article related links 1.0 | Other walk 16
                boilerplate C ListItem article related links 1.0 | Other walk 17
                boilerplate C ListItem article related links 1.0 | Other walk 18
                boilerplate C ListItem article related links 1.0 | Other walk 19
                boilerplate C ListItem article related links 1.0 | Other walk 20
                boilerplate C ListItem article related links 1.0 | Other walk 21
                boilerplate C ListItem article related links 1.0 | Other walk 22
                boilerplate C ListItem article related links 1.0 | Other walk 23
                boilerplate C ListItem article related links 1.0 | Other walk 24
                boilerplate C Heading(3) article links 1.0 | Riverside Park
                body        C Paragraph article | Families who visit Riverside Park will find shaded paths, a playground and a cafe that opens at nine, and parking costs two pounds for the whole day.
                boilerplate C Paragraph article links 1.0 | Map Opening times Reviews Book a visit
                boilerplate C Heading(3) article links 1.0 | Old Mill Trail
                body        C Paragraph article | Families who visit Old Mill Trail will find shaded paths, a playground and a cafe that opens at nine, and parking costs two pounds for the whole day.
                boilerplate C Paragraph article links 1.0 | Map Opening times Reviews Book a visit
                boilerplate C Heading(3) article links 1.0 | Harbour Walk
                body        C Paragraph article | Families who visit Harbour Walk will find shaded paths, a playground and a cafe that opens at nine, and parking costs two pounds for the whole day.
                boilerplate C Paragraph article links 1.0 | Map Opening times Reviews Book a visit
                boilerplate C Heading(3) article links 1.0 | Castle Hill
                body        C Paragraph article | Families who visit Castle Hill will find shaded paths, a playground and a cafe that opens at nine, and parking costs two pounds for the whole day.
                boilerplate C Paragraph article links 1.0 | Map Opening times Reviews Book a visit
                boilerplate C Heading(3) article links 1.0 | North Beach
                body        C Paragraph article | Families who visit North Beach will find shaded paths, a playground and a cafe that opens at nine, and parking costs two pounds for the whole day.
                boilerplate C Paragraph article links 1.0 | Map Opening times Reviews Book a visit
                boilerplate . Other footer links 1.0 | Home News World Business Politics Sport Culture Science Travel Opinion Weather Podcasts Newsletters Puzzles and games
            "#]],
        );
    }

    #[test]
    fn layout_words_and_wrappers_say_nothing() {
        // A page wrapped in a form, with the story in the column beside a sidebar.
        check(
            &format!(
                "<body><form id=page><div class='has-sidebar'><div class='sidebar-content'>{STORY}</div>\
                 <div class='sidebar'><p>Advertise with us today and reach thousands of readers every week.</p></div>\
                 </div></form></body>"
            ),
            expect![[r#"
                body        C Paragraph | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        C Paragraph | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime, at no charge.
                body        C Paragraph | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news, saying the bridge had been dangerous for years.
                boilerplate . Paragraph sidebar | Advertise with us today and reach thousands of readers every week.
            "#]],
        );
    }

    #[test]
    fn a_story_in_sections_is_one_content() {
        let section = |h: &str| {
            format!(
                "<section class=item><div class=inner><h3>{h}</h3><div class=text><p>This stop \
                 ({h}) on the tour has its own history, and guides tell it with care, pointing out \
                 details most visitors miss.</p></div></div></section>"
            )
        };
        check(
            &format!(
                "<body><nav><ul><li><a href=/>Home</a></li></ul></nav><main><div class=list>{}{}{}</div></main>\
                 <footer><a href=/about>About us</a></footer></body>",
                section("The harbour"),
                section("The old town"),
                section("The castle")
            ),
            expect![[r#"
                boilerplate . ListItem navigation links 1.0 | Home
                heading     C Heading(3) main | The harbour
                body        C Paragraph main | This stop (The harbour) on the tour has its own history, and guides tell it with care, pointing out details most visitors miss.
                heading     C Heading(3) main | The old town
                body        C Paragraph main | This stop (The old town) on the tour has its own history, and guides tell it with care, pointing out details most visitors miss.
                heading     C Heading(3) main | The castle
                body        C Paragraph main | This stop (The castle) on the tour has its own history, and guides tell it with care, pointing out details most visitors miss.
                boilerplate . Other footer links 1.0 | About us
            "#]],
        );
    }

    #[test]
    fn sniffing() {
        assert!(sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html>"));
        assert!(sniff(b"\n<html lang=en>"));
        assert!(!sniff(b"The <b>bold</b> claim"));
        assert!(!sniff(b""));
    }
}
