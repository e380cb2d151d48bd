//! The text of scripts and style sheets, the insides of SVG and MathML, and the attributes
//! lede never reads, cut out of a page's markup before it is parsed.
//!
//! About half the bytes of a news page are the text of its scripts and style sheets, which no
//! reader sees and lede never reads, and html5ever would still tokenize them a character at a
//! time and copy them into the tree. A quarter of the rest are attributes that neither the text
//! walk nor the metadata reads (`data-*`, `srcset`, `onclick`, the paths of icons): html5ever
//! would copy those a character at a time too, and make an atom of each name; and the icons
//! drawn in SVG are a tenth of what is left. [`cut`] scans the markup as the HTML tokenizer
//! would, but only as far as it must to know where the raw text of each `<script>`, `<style>`
//! and `<noscript>` element lies: comments, tags with their quoted attribute values, the other
//! elements whose text is raw (`<textarea>`, `<title>`, ...), and SVG and MathML, where
//! `<script>` and `<style>` hold markup. It returns the page without that text, and without
//! what an `<svg>` or `<math>` element holds when the scan could follow it to its end; the
//! elements stay, empty, so that the tree keeps its shape. Of the attributes of an HTML start
//! tag, only those named in [`READ_ATTRIBUTES`] stay. Neither walk reads the text of those
//! elements (the metadata reads a script's only when it is structured data).
//!
//! Kept: the text of a script of structured data (`application/ld+json`), which the metadata
//! reads, and, on a page with streamed parts, of a script that moves one into place (`$RC(`),
//! which the streamed module reads.
//!
//! This is not a tokenizer and does not try to be one. Where it cannot tell what html5ever's
//! tree builder will do (inside SVG or MathML, which a stray HTML tag may end), it cuts
//! nothing from there on, so that what it gets wrong costs time, never text.

use memchr::{memchr, memchr2, memmem};

use crate::meta;

/// The page without the text of its scripts and style sheets, or `None` when it has none.
/// `streamed`: whether the page has streamed parts, whose scripts say where they go.
pub fn cut(html: &str, streamed: bool) -> Option<String> {
    let cuts = find(html.as_bytes(), streamed);
    if cuts.is_empty() {
        return None;
    }
    let removed: usize = cuts.iter().map(|r| r.end - r.start).sum();
    let mut out = String::with_capacity(html.len() - removed);
    let mut at = 0;
    for r in cuts {
        // Every cut starts after a `>` and ends before a `<`, so both ends are character
        // boundaries.
        out.push_str(&html[at..r.start]);
        at = r.end;
    }
    out.push_str(&html[at..]);
    Some(out)
}

/// The byte ranges of the text to cut, in order.
fn find(b: &[u8], streamed: bool) -> Vec<std::ops::Range<usize>> {
    let mut cuts = Vec::new();
    // The SVG and MathML elements open, by name, from the outermost `<svg>` or `<math>`:
    // inside them nothing is cut.
    let mut foreign: Vec<&[u8]> = Vec::new();
    // Where the contents of the outermost of them start.
    let mut foreign_from = 0;
    let mut i = 0;
    while let Some(k) = memchr(b'<', &b[i..]) {
        let p = i + k;
        let rest = &b[p + 1..];
        match rest.first() {
            Some(b'!') => {
                let Some(end) = markup_declaration_end(b, p, !foreign.is_empty()) else {
                    break;
                };
                i = end;
            }
            Some(b'?') => {
                let Some(e) = memchr(b'>', rest) else { break };
                i = p + 1 + e + 1;
            }
            Some(b'/') => match rest.get(1) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let (name, after) = tag_name(b, p + 2);
                    let Some((end, _)) = tag_end(b, after, None) else {
                        break;
                    };
                    i = end;
                    if foreign.is_empty() {
                        continue;
                    }
                    // An end tag closes the nearest open SVG or MathML element of its name. One
                    // that names none goes to the HTML page (`</select>`, `</p>`, also `</mi>`
                    // closing an HTML element of that name outside) and may close the elements
                    // around them: what follows is past reading here.
                    match foreign.iter().rposition(|open| eq_ci(open, name)) {
                        Some(at) => foreign.truncate(at),
                        None => break,
                    }
                    // The outermost closed: nothing inside it stood outside SVG or MathML, so
                    // all of it may go.
                    if foreign.is_empty() && p > foreign_from {
                        cuts.push(foreign_from..p);
                    }
                }
                Some(b'>') => i = p + 3,
                Some(_) => {
                    // Not an end tag: a comment of its own up to the next `>`.
                    let Some(e) = memchr(b'>', rest) else { break };
                    i = p + 1 + e + 1;
                }
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, after) = tag_name(b, p + 1);
                let svg = eq_ci(name, b"svg");
                // The attributes of SVG and MathML elements stay: a `font` there ends them or
                // not by its attributes, and nothing inside them is cut.
                let html_tag = foreign.is_empty() && !svg && !eq_ci(name, b"math");
                let before = cuts.len();
                let Some((end, self_closing)) =
                    tag_end(b, after, html_tag.then_some((name, &mut cuts)))
                else {
                    // A tag the page ends in is never emitted.
                    cuts.truncate(before);
                    break;
                };
                i = end;
                if svg || eq_ci(name, b"math") {
                    if !self_closing {
                        if foreign.is_empty() {
                            foreign_from = end;
                        }
                        foreign.push(name);
                    }
                    continue;
                }
                if !foreign.is_empty() {
                    // An HTML tag inside SVG or MathML ends them, and the contents of their
                    // title, description and text elements are read as HTML: past both, the
                    // tree builder's state is more than this scan follows, so it stops, unless
                    // such an element holds plain text only.
                    if BREAKOUT.iter().any(|t| eq_ci(name, t)) {
                        break;
                    }
                    if !self_closing {
                        if INTEGRATION.iter().any(|t| eq_ci(name, t)) {
                            match memchr(b'<', &b[end..]) {
                                Some(e) if is_end_tag(b, end + e, name) => i = end + e,
                                _ => break,
                            }
                        }
                        foreign.push(name);
                    }
                    continue;
                }
                // In HTML a self-closing slash on these elements means nothing: their raw
                // text runs to the end tag all the same.
                if eq_ci(name, b"script") {
                    let content_end = script_end(b, end);
                    let content = &b[end..content_end.unwrap_or(b.len())];
                    // (Looking for a streamed part's move in every script would cost more
                    // than the cut saves: scripts are full of `$` and `(`.)
                    let kept = is_structured_data(&b[p..end])
                        || (streamed && memmem::find(content, b"$RC(").is_some());
                    if !kept && !content.is_empty() {
                        cuts.push(end..end + content.len());
                    }
                    let Some(e) = content_end else { break };
                    i = e;
                } else if eq_ci(name, b"plaintext") {
                    // The rest of the page is text.
                    break;
                } else if eq_ci(name, b"frameset") {
                    // A frameset replaces the body unless text came first: text that may have
                    // been inside SVG, so no cut stands.
                    cuts.clear();
                    break;
                } else if let Some(raw) = RAW_TEXT.iter().find(|r| eq_ci(name, r)) {
                    let content_end = raw_text_end(b, end, raw);
                    let unread = eq_ci(name, b"style") || eq_ci(name, b"noscript");
                    if unread && content_end.unwrap_or(b.len()) > end {
                        cuts.push(end..content_end.unwrap_or(b.len()));
                    }
                    let Some(e) = content_end else { break };
                    i = e;
                }
            }
            // A `<` that opens nothing is text.
            Some(_) => i = p + 1,
            None => break,
        }
    }
    cuts
}

/// Whether an attribute of an HTML start tag is kept: one of [`READ_ATTRIBUTES`], except an
/// address (`href`) other than a `<link>`'s, which the metadata reads only when it names an
/// author's page ([`meta::may_be_author_page`]). Links are a tenth of what reaches the parser.
fn is_read(tag: &[u8], name: &[u8], value: &[u8]) -> bool {
    if eq_ci(name, b"href") {
        return eq_ci(tag, b"link") || meta::may_be_author_page(value);
    }
    READ_ATTRIBUTES.iter().any(|a| eq_ci(name, a))
}

/// The attributes that lede reads, or that change how html5ever builds the tree (`type` of an
/// `<input>` in a table, a template's shadow root): all others are cut. A test checks that every
/// attribute the walks ask for is here.
pub(crate) const READ_ATTRIBUTES: [&[u8]; 31] = [
    b"aria-expanded",
    b"aria-hidden",
    b"aria-labelledby",
    b"charset",
    b"class",
    b"color",
    b"content",
    b"datetime",
    b"encoding",
    b"face",
    b"hidden",
    b"href",
    b"http-equiv",
    b"id",
    b"itemprop",
    b"itemscope",
    b"itemtype",
    b"lang",
    b"name",
    b"property",
    b"pubdate",
    b"rel",
    b"role",
    b"shadowrootclonable",
    b"shadowrootdelegatesfocus",
    b"shadowrootmode",
    b"shadowrootserializable",
    b"size",
    b"style",
    b"type",
    b"xml:lang",
];

/// The HTML start tags that end SVG and MathML where they stand (`font` only with some
/// attributes, which this scan does not tell apart).
const BREAKOUT: [&[u8]; 45] = [
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
    b"font",
];

/// The SVG and MathML elements whose contents are read as HTML.
const INTEGRATION: [&[u8]; 9] = [
    b"title",
    b"desc",
    b"foreignobject",
    b"annotation-xml",
    b"mi",
    b"mo",
    b"mn",
    b"ms",
    b"mtext",
];

/// The elements other than `<script>` whose content the tokenizer reads as text up to their
/// end tag (RCDATA and RAWTEXT; `<noscript>` too, as html5ever parses with scripting on).
const RAW_TEXT: [&[u8]; 8] = [
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// Where a `<!...>` that opens at `p` ends: a comment, a CDATA section (only in SVG and
/// MathML), or a doctype or other declaration up to its `>`.
fn markup_declaration_end(b: &[u8], p: usize, foreign: bool) -> Option<usize> {
    let rest = &b[p..];
    if rest.starts_with(b"<!--") {
        // `<!-->` and `<!--->` close at once; otherwise the first `-->` or `--!>`.
        let body = &rest[4..];
        if body.starts_with(b">") {
            return Some(p + 5);
        }
        if body.starts_with(b"->") {
            return Some(p + 6);
        }
        let mut q = 0;
        while let Some(e) = memmem::find(&body[q..], b"--") {
            let at = q + e + 2;
            match body.get(at) {
                Some(b'>') => return Some(p + 4 + at + 1),
                Some(b'!') if body.get(at + 1) == Some(&b'>') => return Some(p + 4 + at + 2),
                Some(_) => q = q + e + 1,
                None => return None,
            }
        }
        return None;
    }
    if foreign && rest.starts_with(b"<![CDATA[") {
        return memmem::find(&rest[9..], b"]]>").map(|e| p + 9 + e + 3);
    }
    memchr(b'>', rest).map(|e| p + e + 1)
}

/// A tag's name, which starts at `at`, and where it ends.
fn tag_name(b: &[u8], at: usize) -> (&[u8], usize) {
    let mut j = at;
    while j < b.len() && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    (&b[at..j], j)
}

/// Where a tag whose attributes start at `j` ends (after its `>`), and whether it closes itself
/// (`/>`); `None` when the page ends first. With `cuts` (and the tag's name), the byte range of
/// every attribute that [`is_read`] does not keep is added to them, from its name to the end
/// of its value, when whitespace precedes it and no `=` follows: what stays of the tag is then
/// read as before (after a value, after whitespace and at the start of a tag the tokenizer
/// reads the next name alike).
fn tag_end(
    b: &[u8],
    mut j: usize,
    mut cuts: Option<(&[u8], &mut Vec<std::ops::Range<usize>>)>,
) -> Option<(usize, bool)> {
    let n = b.len();
    // The tokenizer keeps the first of two attributes of one name. Only an address is cut by
    // its value, so a tag with two is left all of them: cutting the first would make another
    // count.
    let mut hrefs = 0;
    let mut href_cut = None;
    loop {
        while j < n && is_space(b[j]) {
            j += 1;
        }
        let closed = match *b.get(j)? {
            b'>' => Some((j + 1, false)),
            b'/' if b.get(j + 1) == Some(&b'>') => Some((j + 2, true)),
            b'/' => {
                j += 1;
                continue;
            }
            _ => None,
        };
        if let Some(closed) = closed {
            if let (Some(at), Some((_, cuts))) = (href_cut, cuts.as_mut())
                && hrefs > 1
            {
                cuts.remove(at);
            }
            return Some(closed);
        }
        // An attribute's name; its first character may be anything, `=` included.
        let start = j;
        j += 1;
        while j < n && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name_end = j;
        while j < n && is_space(b[j]) {
            j += 1;
        }
        let mut value_start = j;
        let end = if *b.get(j)? != b'=' {
            name_end
        } else {
            j += 1;
            while j < n && is_space(b[j]) {
                j += 1;
            }
            value_start = j;
            match *b.get(j)? {
                q @ (b'"' | b'\'') => j = j + 1 + memchr(q, &b[j + 1..])? + 1,
                // An empty value: the tag ends next round.
                b'>' => {}
                _ => {
                    while j < n && !is_space(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                }
            }
            j
        };
        // After whitespace that follows a name without a value, an `=` gives that name the
        // value after it: the cut must not bring one there.
        let href = eq_ci(&b[start..name_end], b"href");
        hrefs += usize::from(href);
        if let Some((tag, cuts)) = cuts.as_mut()
            && (!href || hrefs == 1)
            && is_space(b[start - 1])
            && b[end..].iter().find(|&&c| !is_space(c)) != Some(&b'=')
            && !is_read(tag, &b[start..name_end], &b[value_start.min(end)..end])
        {
            if href {
                href_cut = Some(cuts.len());
            }
            cuts.push(start..end);
        }
    }
}

/// Where the raw text of an element named `name`, which starts at `from`, ends: at its end
/// tag's `<`; `None` when it runs to the end of the page.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr(b'<', &b[i..]) {
        let p = i + k;
        if is_end_tag(b, p, name) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Where a script's text, which starts at `from`, ends, by the tokenizer's script data states:
/// after `<!--` a `<script>` opens a nested script whose `</script>` does not end this one,
/// until `-->`.
fn script_end(b: &[u8], from: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut state = State::Data;
    let mut i = from;
    loop {
        let k = if state == State::Data {
            memchr(b'<', &b[i..])?
        } else {
            memchr2(b'<', b'-', &b[i..])?
        };
        let p = i + k;
        i = p + 1;
        if b[p] == b'-' {
            if b[p..].starts_with(b"-->") {
                state = State::Data;
                i = p + 3;
            }
            continue;
        }
        match state {
            State::Data => {
                if is_end_tag(b, p, b"script") {
                    return Some(p);
                }
                if b[p..].starts_with(b"<!--") {
                    // The dashes of `<!--` count towards its `-->`: `<!-->` closes at once.
                    state = State::Escaped;
                    i = p + 2;
                }
            }
            State::Escaped => {
                if is_end_tag(b, p, b"script") {
                    return Some(p);
                }
                if starts_tag(b, p + 1, b"script") {
                    state = State::DoubleEscaped;
                    i = p + 7;
                }
            }
            State::DoubleEscaped => {
                if is_end_tag(b, p, b"script") {
                    state = State::Escaped;
                    i = p + 8;
                }
            }
        }
    }
}

/// Whether a script's start tag declares structured data: `ld+json` in its type, also where the
/// page writes the `+` as a character reference.
fn is_structured_data(tag: &[u8]) -> bool {
    let tag = tag.to_ascii_lowercase();
    ["ld+json", "ld&#x2b;json", "ld&#43;json", "ld&plus;json"]
        .iter()
        .any(|form| memmem::find(&tag, form.as_bytes()).is_some())
}

/// Whether an end tag `</name` followed by a space, `/` or `>` starts at `p`.
fn is_end_tag(b: &[u8], p: usize, name: &[u8]) -> bool {
    b.get(p + 1) == Some(&b'/') && starts_tag(b, p + 2, name)
}

/// Whether `name`, in any case, followed by a space, `/` or `>`, starts at `at`.
fn starts_tag(b: &[u8], at: usize, name: &[u8]) -> bool {
    let end = at + name.len();
    end < b.len()
        && eq_ci(&b[at..end], name)
        && (is_space(b[end]) || b[end] == b'/' || b[end] == b'>')
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn eq_ci(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};
    use proptest::prelude::*;

    /// Renders the page as cut, `=` where nothing was cut.
    fn check(html: &str, expect: Expect) {
        let out = cut(html, html.contains("id=\"S:")).unwrap_or_else(|| "=".to_string());
        expect.assert_eq(&out);
    }

    #[test]
    fn scripts_and_style_sheets() {
        check(
            r#"<style>p { color: red }</style><p>Rain</p><script src="a.js" />var x = "</p>";</script>"#,
            expect!["<style></style><p>Rain</p><script  /></script>"],
        );
        // Structured data and a streamed part's move stay, also with the `+` escaped.
        check(
            r#"<script type="application/ld+json">{"@type":"NewsArticle"}</script>"#,
            expect!["="],
        );
        check(
            r#"<script type="application/ld&#x2B;json">{}</script><div hidden id="S:0">x</div><script>$RC("B:0","S:0")</script>"#,
            expect!["="],
        );
        check(
            r#"<script>$RC("B:0","S:0")</script>"#,
            expect!["<script></script>"],
        );
        // A script that never ends runs to the end of the page.
        check(
            "<p>Rain</p><script>var a = 1;",
            expect!["<p>Rain</p><script>"],
        );
        check("<p>Rain</p>", expect!["="]);
    }

    #[test]
    fn what_only_looks_like_a_script() {
        check(
            r#"<!-- <script> --><p>Rain</p><a class="<script>">x</a><textarea><script></textarea>y"#,
            expect!["="],
        );
        check(
            "<title><style></title><p>Rain</p><noscript><script>x</script></noscript>",
            expect!["<title><style></title><p>Rain</p><noscript></noscript>"],
        );
        // Inside SVG a style sheet holds markup; what SVG holds goes whole once it ends.
        check(
            "<svg><style>.a{}</style><svg/><title>Share</title></svg><style>b{}</style>",
            expect!["<svg></svg><style></style>"],
        );
        // An HTML tag ends SVG where it stands; past it, nothing is cut.
        check("<svg><p>x</svg><style>b{}</style>", expect!["="]);
        // So may an HTML end tag, closing an element around them (`</select>` here).
        check(
            "<select><svg></select><xmp></svg><style>b{}</style>",
            expect!["="],
        );
        // An end tag that names no open SVG or MathML element is the page's: this `</mi>`
        // closes the HTML `<mi>` and the `<math>` in it, and `<xmp>` holds text.
        check(
            "<mi><math></mi><xmp></math><style>b{}</style></xmp>",
            expect!["="],
        );
        // One that does closes it, also when HTML has an element of that name.
        check(
            "<svg><a><path/></a></svg><style>b{}</style>",
            expect!["<svg></svg><style></style>"],
        );
        check("<plaintext><script>x</script>", expect!["="]);
        check("<!--><script>x</script>", expect!["<!--><script></script>"]);
    }

    #[test]
    fn attributes_no_one_reads() {
        check(
            r#"<div class="story" data-track='{"a":1}' onclick=go()><img src="a.jpg" alt=A hidden></div>"#,
            expect![[r#"<div class="story"  ><img   hidden></div>"#]],
        );
        // Cut only where the tag reads the same without: after whitespace (not after `/`),
        // and with no `=` after the cut, which would give the name before it a value.
        check(
            r#"<div/data-x=1><p hidden data-y="1" ='b' title=a></p>"#,
            expect![[r#"<div/data-x=1><p hidden data-y="1"  ></p>"#]],
        );
        // Of addresses, a `<link>`'s stay, and a link's that names an author's page.
        check(
            r#"<link rel=canonical href="/a"><a href="/news/b">B</a><a href='/author/ann'>Ann</a>"#,
            expect![[r#"<link rel=canonical href="/a"><a >B</a><a href='/author/ann'>Ann</a>"#]],
        );
        // The first of two addresses counts: with two, neither goes.
        check(
            r#"<a href="/news/b" href="/author/ann">Ann</a>"#,
            expect!["="],
        );
        // The attributes of SVG and MathML tags stay; what they hold goes whole.
        check(
            r#"<svg viewBox="0 0 9 9"><path d="M0 0L9 9"/></svg><i data-x=1></i>"#,
            expect![[r#"<svg viewBox="0 0 9 9"></svg><i ></i>"#]],
        );
        // End tags are left alone (their attributes mean nothing), as is a tag the page ends in.
        check("</p data-x=1><p title=a", expect!["="]);
    }

    /// Every attribute the walks ask for by name is kept: the names in `attr("...")` calls and
    /// in the text walk's one pass over attributes (`"..." => at.`).
    #[test]
    fn every_attribute_read_is_kept() {
        let sources = [
            include_str!("blocks.rs"),
            include_str!("meta.rs"),
            include_str!("streamed.rs"),
            include_str!("language.rs"),
            include_str!("meta/dates.rs"),
            include_str!("meta/jsonld.rs"),
            include_str!("meta/names.rs"),
            include_str!("meta/title.rs"),
        ];
        let mut read = Vec::new();
        for src in sources {
            for (open, close) in [("attr(\"", "\")"), ("\"", "\" => at.")] {
                for (at, _) in src.match_indices(close) {
                    let Some(start) = src[..at].rfind(open) else {
                        continue;
                    };
                    let name = &src[start + open.len()..at];
                    if !name.is_empty()
                        && name
                            .bytes()
                            .all(|c| c.is_ascii_lowercase() || c == b'-' || c == b':')
                    {
                        read.push(name.to_string());
                    }
                }
            }
        }
        read.sort();
        read.dedup();
        assert!(read.len() >= 15, "{read:?}");
        let missing: Vec<_> = read
            .iter()
            .filter(|n| !READ_ATTRIBUTES.contains(&n.as_bytes()))
            .collect();
        assert!(missing.is_empty(), "read but cut: {missing:?}");
    }

    #[test]
    fn a_script_within_a_comment_in_a_script() {
        // After `<!--` a `<script>` opens one whose `</script>` does not end the outer one.
        check(
            r#"<script><!-- document.write("<script>f()</script>"); --></script><p>Rain</p>"#,
            expect!["<script></script><p>Rain</p>"],
        );
        check(
            "<script><!-- a </script><p>Rain</p>",
            expect!["<script></script><p>Rain</p>"],
        );
    }

    /// What lede reads of the page: the text walk's blocks (with what the class names and
    /// hidden elements made of them) and the metadata.
    fn seen(html: &str) -> String {
        let parsed = scraper::Html::parse_document(html);
        let blocks = crate::blocks::walk(&parsed);
        let metadata = crate::meta::read(&parsed, None);
        format!("{blocks:?}\n{metadata:?}")
    }

    const PIECES: &[&str] = &[
        "<script>",
        "</script>",
        "<script type=\"application/ld+json\">",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "--!>",
        "<!",
        ">",
        "<",
        "</",
        "/",
        "'",
        "\"",
        "=",
        " ",
        "\n",
        "<p>",
        "</p>",
        "<div title=",
        "<svg>",
        "</svg>",
        "<math>",
        "</math>",
        "<![CDATA[",
        "]]>",
        "<textarea>",
        "</textarea>",
        "<title>",
        "</title>",
        "<noscript>",
        "</noscript>",
        "<iframe>",
        "</iframe>",
        "<template>",
        "<foreignObject>",
        "</foreignObject>",
        "<desc>",
        "<g/>",
        "<script/>",
        "<select>",
        "</select>",
        "<frameset>",
        "<xmp>",
        "<plaintext>",
        "<table>",
        "<br>",
        "</br>",
        "<a>",
        "</a>",
        "<g>",
        "</g>",
        "</div>",
        "<mi>",
        "</mi>",
        "Rain",
        "fell ",
        "é",
        "<span",
        "<td",
        " data-x=1",
        " onclick='a>b'",
        " class=byline",
        " CLASS=\"story\"",
        " hidden",
        " style=display:none",
        " itemprop=author",
        "<meta name=author content=Ann",
        "<time datetime=2024-01-02",
        "<a href=/author/ann",
        "<a href=/news/b",
        "<link rel=canonical href=/c",
        "<input type=hidden",
        "<template shadowrootmode=open",
        "<font color=red",
    ];

    proptest! {
        // Cutting never changes what a reader sees, however the markup is broken.
        #[test]
        fn the_text_seen_is_the_same(pieces in prop::collection::vec(0..PIECES.len(), 0..40)) {
            let html: String = pieces.iter().map(|&i| PIECES[i]).collect();
            let cut_html = cut(&html, true).unwrap_or_else(|| html.clone());
            prop_assert_eq!(seen(&html), seen(&cut_html), "{:?}", html);
        }
    }
}
