//! The page's text as a reader sees it, one line per block, with each line's structural hints.
//!
//! The walk goes through the parsed tree once, in document order, without recursion (pages
//! nest elements a hundred thousand deep), and writes the text of every visible block on a
//! line of its own: paragraphs, headings, list items, table rows (cells joined by a tab),
//! captions, and the text sitting directly in containers. `<br>` and the lines of `<pre>`
//! break lines. White space collapses as a browser collapses it. Scripts, styles, templates,
//! form controls, embedded media and hidden elements are left out.
//!
//! Each line carries the hints of its place in the tree ([`LineHints`]), and the walk also
//! scores containers as places of the main content, in the manner of Readability: every
//! paragraph of prose credits its parent, and less its grandparent and great-grandparent,
//! with its length and commas; class and id words that name an article body raise a
//! container, words of clutter lower it, and links discount it. The best container and its
//! siblings that score nearly as well are the content. This module does not decide what a
//! line is (the layout stage of `lede-extract` does, with the text's own evidence) and does
//! not read metadata (`meta.rs` does).

use ego_tree::iter::Edge;
use lede_extract::entities::features::StrMap;
use lede_extract::structure::{BlockRole, LineHints, Marks, Regions};
use scraper::{Html, Node};

/// One line of the page's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Byte range of the line in [`crate::Page::text`].
    pub start: usize,
    pub end: usize,
    pub hints: LineHints,
    /// The tag path of the line's block, outermost first (`body>div>article>p`), at most the
    /// last [`PATH_DEPTH`] elements.
    pub path: String,
}

/// How many elements of a line's tag path are kept.
pub const PATH_DEPTH: usize = 8;

/// What the walk found: the text, its lines, and what it dropped.
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    pub text: String,
    pub lines: Vec<Line>,
    /// Elements left out because they were hidden.
    pub hidden: usize,
    line_hidden: Vec<bool>,
}

/// How an element takes part in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Display {
    /// Left out with everything inside it.
    Skip,
    /// Starts and ends a line.
    Block,
    /// A table cell: separated from the next cell by a tab.
    Cell,
    /// A line break.
    Break,
    /// Runs on inside the line.
    Inline,
}

fn display(tag: &str) -> Display {
    match tag {
        "script" | "style" | "template" | "noscript" | "head" | "title" | "meta" | "link"
        | "svg" | "math" | "iframe" | "object" | "embed" | "canvas" | "video" | "audio"
        | "select" | "option" | "optgroup" | "datalist" | "textarea" | "button" | "input"
        | "dialog" | "map" | "source" | "track" | "picture" | "img" => Display::Skip,
        "br" | "hr" | "wbr" if tag != "wbr" => Display::Break,
        "td" | "th" => Display::Cell,
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "nav" | "aside"
        | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "dl" | "dt" | "dd"
        | "table" | "tr" | "thead" | "tbody" | "tfoot" | "caption" | "blockquote" | "pre"
        | "figure" | "figcaption" | "form" | "address" | "details" | "summary" | "fieldset"
        | "legend" | "center" | "body" | "html" | "hgroup" | "menu" | "search" => Display::Block,
        _ => Display::Inline,
    }
}

fn role_of(tag: &str) -> Option<BlockRole> {
    Some(match tag {
        "p" => BlockRole::Paragraph,
        "h1" => BlockRole::Heading(1),
        "h2" => BlockRole::Heading(2),
        "h3" => BlockRole::Heading(3),
        "h4" => BlockRole::Heading(4),
        "h5" => BlockRole::Heading(5),
        "h6" => BlockRole::Heading(6),
        "li" | "dt" | "dd" => BlockRole::ListItem,
        "tr" => BlockRole::TableRow,
        "figcaption" | "caption" => BlockRole::Caption,
        "blockquote" => BlockRole::Quote,
        "pre" => BlockRole::Preformatted,
        _ => return None,
    })
}

/// Words of a class or id that name a container of the page's layout rather than what it
/// holds: "sidebar-content" is the column beside the sidebar, "has-sidebar" a page with one.
/// (A "comment-content" is still a comment: only the sidebar is a column of the layout.)
const LAYOUT_WORDS: &[&str] = &[
    "content",
    "layout",
    "wrap",
    "wrapper",
    "container",
    "main",
    "body",
    "has",
    "with",
    "no",
    "inner",
    "outer",
    "page",
    "site",
    "template",
    "primary",
];

/// The words of a name, lower case, in strings that the walk reuses for every name (pages
/// have thousands of elements with a class or id).
#[derive(Debug, Default)]
struct Words<'a> {
    list: Vec<String>,
    /// How many of `list` are the current name's words.
    n: usize,
    /// What each name seen so far says: a page repeats its class names on element after
    /// element, and each is split into words and read once.
    seen: StrMap<'a, (Marks, i32)>,
}

impl Words<'_> {
    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.list[..self.n].iter().map(String::as_str)
    }

    fn has(&self, w: &str) -> bool {
        self.iter().any(|x| x == w)
    }
}

/// The words of one class or id name, split at dashes, underscores and lower-to-upper case
/// changes ("articleBody" is "article body").
fn name_words(name: &str, words: &mut Words<'_>) {
    words.n = 0;
    // Whether the current word has begun.
    let mut open = false;
    let mut prev_lower = false;
    for c in name.chars() {
        if (!c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower)) && open {
            words.n += 1;
            open = false;
        }
        if c.is_ascii_alphanumeric() {
            if !open {
                if words.list.len() == words.n {
                    words.list.push(String::new());
                }
                words.list[words.n].clear();
                open = true;
            }
            words.list[words.n].push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase();
    }
    if open {
        words.n += 1;
    }
}

/// What one word of a name says.
fn mark_of_word(w: &str) -> Marks {
    match w {
        "byline" | "byl" | "dateline" => Marks::BYLINE,
        "author" | "authors" | "bio" | "contributor" | "writer" => Marks::AUTHOR,
        "caption" | "figcaption" | "credit" | "credits" => Marks::CAPTION,
        "share" | "sharing" | "social" | "sharebar" | "addthis" | "sharethis" => Marks::SHARE,
        "related" | "recommended" | "recommendations" | "recirculation" | "popular"
        | "trending" | "taboola" | "outbrain" | "teaser" | "teasers" | "readmore"
        | "pagination" | "pager" => Marks::RELATED,
        "comment" | "comments" | "disqus" | "respond" | "reply" | "replies" | "discussion"
        | "forum" => Marks::COMMENT,
        "ad" | "ads" | "advert" | "advertisement" | "adsense" | "sponsor" | "sponsored"
        | "promo" | "promotion" | "dfp" => Marks::AD,
        "menu" | "nav" | "navbar" | "navigation" | "topnav" | "megamenu" => Marks::MENU,
        "footer" | "colophon" | "copyright" => Marks::FOOTER,
        "subscribe" | "subscription" | "newsletter" | "signup" | "paywall" | "membership"
        | "donate" | "cta" => Marks::SUBSCRIBE,
        "tags" | "tag" | "tagcloud" | "topics" | "keywords" | "categories" => Marks::TAGS,
        "breadcrumb" | "breadcrumbs" | "crumbs" => Marks::BREADCRUMB,
        "date" | "time" | "timestamp" | "published" | "updated" | "pubdate" | "meta" => Marks::DATE,
        "sidebar" | "aside" => Marks::SIDEBAR,
        "cookie" | "cookies" | "consent" | "gdpr" | "modal" | "popup" | "overlay" => Marks::NOTICE,
        "headline" | "title" => Marks::TITLE,
        _ => Marks::default(),
    }
}

/// What the class and id names of an element say (`names`: its class and id attributes, each
/// a list of names), and how they weigh the element as a place of the main content. `words`
/// is scratch space.
fn marks_of<'a>(names: impl IntoIterator<Item = &'a str>, words: &mut Words<'a>) -> (Marks, i32) {
    let mut marks = Marks::default();
    let mut weight = 0;
    for name in names.into_iter().flat_map(str::split_ascii_whitespace) {
        let (m, w) = match words.seen.get(name) {
            Some(&known) => known,
            None => {
                let known = name_marks(name, words);
                words.seen.insert(name, known);
                known
            }
        };
        marks |= m;
        weight += w;
    }
    let clutter = Marks::SHARE
        | Marks::RELATED
        | Marks::COMMENT
        | Marks::AD
        | Marks::MENU
        | Marks::FOOTER
        | Marks::SUBSCRIBE
        | Marks::TAGS
        | Marks::BREADCRUMB
        | Marks::SIDEBAR
        | Marks::NOTICE
        | Marks::AUTHOR;
    if marks.any(clutter) {
        weight -= 25;
    }
    (marks, weight.clamp(-50, 50))
}

/// What one class or id name says: its marks, and 25 for a name of the article's body.
fn name_marks(name: &str, words: &mut Words<'_>) -> (Marks, i32) {
    name_words(name, words);
    let mut weight = 0;
    let has = |w: &str| words.has(w);
    let mut m = Marks::default();
    for w in words.iter() {
        m |= mark_of_word(w);
    }
    if words.iter().any(|w| LAYOUT_WORDS.contains(&w)) {
        m = m & !Marks::SIDEBAR;
    }
    // "sr-only", "visually-hidden", "screen-reader-text": text for screen readers only.
    // A name that says more ("field--label-visually_hidden") describes a container whose
    // label is hidden, not a hidden container.
    let reader_only = (has("sr") && has("only"))
        || (has("visually") && has("hidden"))
        || has("screenreader")
        || (has("screen") && has("reader"));
    let only_that = words.iter().all(|w| {
        matches!(
            w,
            "sr" | "only"
                | "visually"
                | "hidden"
                | "screen"
                | "reader"
                | "screenreader"
                | "text"
                | "a11y"
                | "u"
                | "is"
                | "element"
        )
    });
    if reader_only && only_that {
        m |= Marks::HIDDEN;
    }
    let body_word = ["content", "body", "text", "copy"].iter().any(|w| has(w));
    let article_word = ["article", "entry", "post", "story", "main", "blog"]
        .iter()
        .any(|w| has(w));
    if (body_word && article_word) || has("articlebody") || has("storytext") || has("prose") {
        m |= Marks::CONTENT;
    }
    if article_word || body_word {
        weight += 25;
    }
    (m, weight)
}

/// An open element during the walk.
#[derive(Clone, Debug)]
struct Frame {
    /// Index into `elems`.
    elem: usize,
    display: Display,
    regions: Regions,
    marks: Marks,
    /// The nearest block's role.
    role: BlockRole,
    pre: bool,
    link: bool,
    hidden: bool,
    name: &'static str,
}

/// A container's standing as the place of the main content.
#[derive(Clone, Debug, Default)]
struct Elem {
    parent: Option<usize>,
    /// The last element index inside this one (pre-order), once it is closed.
    last: usize,
    weight: i32,
    /// The element's own regions and marks (not inherited).
    regions: Regions,
    marks: Marks,
    score: f64,
    chars: usize,
    link_chars: usize,
    /// Characters of prose paragraphs inside.
    prose: usize,
    /// Characters inside navigation, banners, footers and sidebars.
    around: usize,
    /// Hidden, or inside a hidden element.
    hidden: bool,
}

/// The line being written.
#[derive(Default)]
struct Pending {
    buf: String,
    space: bool,
    chars: usize,
    link_chars: usize,
    /// Whether a tab goes before the next text (a new table cell began).
    cell: bool,
}

/// Interned tag names for the path: the walk keeps `&'static str` for known tags.
fn intern(tag: &str) -> &'static str {
    const KNOWN: &[&str] = &[
        "html",
        "body",
        "div",
        "p",
        "span",
        "a",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "address",
        "details",
        "summary",
        "fieldset",
        "legend",
        "center",
        "hgroup",
        "menu",
        "search",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "small",
        "time",
        "label",
        "cite",
        "code",
        "sup",
        "sub",
        "mark",
        "abbr",
        "q",
        "s",
        "font",
    ];
    KNOWN.iter().find(|k| **k == tag).copied().unwrap_or("*")
}

/// The attributes of an element that the walk reads.
#[derive(Debug, Default)]
struct Attrs<'a> {
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    labelled: bool,
}

impl<'a> Attrs<'a> {
    /// One pass over the element's attributes (`Element::attr` makes an atom of the name and
    /// searches, per attribute asked for). Like `attr`, this reads only attributes without a
    /// namespace; an element has each at most once.
    fn of(el: &'a scraper::node::Element) -> Attrs<'a> {
        let mut at = Attrs::default();
        for (name, value) in &el.attrs {
            if name.prefix.is_some() || !name.ns.is_empty() {
                continue;
            }
            let value: &'a str = value;
            match &*name.local {
                "hidden" => at.hidden = true,
                "aria-hidden" => at.aria_hidden = Some(value),
                "style" => at.style = Some(value),
                "class" => at.class = Some(value),
                "id" => at.id = Some(value),
                "role" => at.role = Some(value),
                "aria-labelledby" => at.labelled = true,
                _ => {}
            }
        }
        at
    }
}

/// Walks the parsed page.
pub fn walk(html: &Html) -> Blocks {
    let mut out = Blocks::default();
    let mut frames: Vec<Frame> = Vec::new();
    let mut elems: Vec<Elem> = Vec::new();
    // Each line's innermost block element, for the content analysis.
    let mut line_elem: Vec<(usize, usize)> = Vec::new();
    let mut pending = Pending::default();
    // Depth of skipped elements open right now: text inside them is dropped.
    let mut skipping = 0usize;
    let mut words = Words::default();

    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let tag = el.name();
                    if skipping > 0 {
                        skipping += 1;
                        continue;
                    }
                    let disp = display(tag);
                    let at = Attrs::of(el);
                    // A panel labelled by its control (an accordion's section, a tab) is
                    // hidden until the reader opens it: its text is the page's, as readers
                    // and the benchmarks' annotators see it.
                    let collapsed = (at.hidden
                        || at.style.is_some_and(hides)
                        || at
                            .aria_hidden
                            .is_some_and(|v| v.eq_ignore_ascii_case("true")))
                        && !at.labelled
                        && !follows_a_toggle(node);
                    let hidden = collapsed || (tag == "input");
                    let (marks, mut weight) =
                        marks_of(at.class.into_iter().chain(at.id), &mut words);
                    // Hidden elements are walked like the others and dropped at the end, unless
                    // they hold the main content: pages rendered by scripts deliver it hidden
                    // and reveal it once loaded.
                    let hidden = hidden || marks.has(Marks::HIDDEN);
                    if hidden && !frames.last().is_some_and(|f| f.hidden) {
                        out.hidden += 1;
                    }
                    if disp == Display::Skip {
                        skipping = 1;
                        continue;
                    }
                    if disp == Display::Break {
                        flush(&mut out, &mut pending, &frames, &mut line_elem);
                        continue;
                    }
                    let parent = frames.last();
                    let mut regions = parent.map(|f| f.regions).unwrap_or_default();
                    let inside_article = regions.any(Regions::ARTICLE | Regions::MAIN);
                    let aria = at.role.unwrap_or("");
                    regions |= match (tag, aria) {
                        ("article", _) | (_, "article") => Regions::ARTICLE,
                        ("main", _) | (_, "main") => Regions::MAIN,
                        ("nav", _) | (_, "navigation") | (_, "menu") | (_, "menubar") => {
                            Regions::NAVIGATION
                        }
                        (_, "banner") => Regions::BANNER,
                        ("header", _) if inside_article => Regions::HEADER,
                        ("header", _) => Regions::BANNER,
                        ("footer", _) | (_, "contentinfo") => Regions::FOOTER,
                        ("aside", _) | (_, "complementary") => Regions::COMPLEMENTARY,
                        ("figure", _) | (_, "figure") => Regions::FIGURE,
                        ("form", _) | (_, "form") | (_, "search") | ("search", _) => Regions::FORM,
                        (_, "dialog") | (_, "alertdialog") => Regions::DIALOG,
                        _ => Regions::default(),
                    };
                    let own_regions = regions & !parent.map(|f| f.regions).unwrap_or_default();
                    let own_marks = marks;
                    let marks = parent.map(|f| f.marks).unwrap_or_default() | marks;
                    let is_block = disp == Display::Block;
                    if is_block {
                        flush(&mut out, &mut pending, &frames, &mut line_elem);
                    }
                    if disp == Display::Cell && !pending.buf.is_empty() {
                        pending.cell = true;
                    }
                    weight += match tag {
                        "div" | "article" | "main" | "section" => 5,
                        "pre" | "td" | "blockquote" => 3,
                        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" | "address" => -3,
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5,
                        "nav" | "footer" | "aside" => -25,
                        _ => 0,
                    };
                    let idx = elems.len();
                    elems.push(Elem {
                        parent: parent.map(|f| f.elem),
                        last: idx,
                        weight,
                        regions: own_regions,
                        marks: own_marks,
                        hidden: hidden || parent.is_some_and(|f| f.hidden),
                        ..Elem::default()
                    });
                    let role = if is_block {
                        role_of(tag).unwrap_or(BlockRole::Other)
                    } else {
                        parent.map(|f| f.role).unwrap_or_default()
                    };
                    frames.push(Frame {
                        elem: idx,
                        display: disp,
                        regions,
                        marks,
                        role,
                        pre: tag == "pre" || parent.is_some_and(|f| f.pre),
                        hidden: hidden || parent.is_some_and(|f| f.hidden),
                        link: tag == "a" || parent.is_some_and(|f| f.link),
                        name: intern(tag),
                    });
                }
                Node::Text(t) if skipping == 0 && !frames.is_empty() => {
                    let f = frames.last().expect("checked");
                    let (pre, link) = (f.pre, f.link);
                    push_text(
                        &mut out,
                        &mut pending,
                        &frames,
                        &mut line_elem,
                        &t.text,
                        pre,
                        link,
                    );
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    if display(el.name()) == Display::Break {
                        continue;
                    }
                    let Some(frame) = frames.last() else { continue };
                    if frame.display == Display::Block {
                        flush(&mut out, &mut pending, &frames, &mut line_elem);
                    }
                    let frame = frames.pop().expect("checked");
                    let last = elems.len() - 1;
                    elems[frame.elem].last = last;
                }
            }
        }
    }
    flush(&mut out, &mut pending, &frames, &mut line_elem);
    let kept_hidden = mark_content(&out.text, &mut out.lines, &line_elem, &mut elems);
    let line_hidden = std::mem::take(&mut out.line_hidden);
    drop_hidden(&mut out, &line_hidden, &kept_hidden);
    out
}

/// Removes the hidden lines, and the text they had, but for a main content that the page
/// ships hidden.
fn drop_hidden(out: &mut Blocks, line_hidden: &[bool], kept_hidden: &[bool]) {
    if !line_hidden.iter().any(|&h| h) {
        return;
    }
    let mut text = String::with_capacity(out.text.len());
    let mut lines = Vec::with_capacity(out.lines.len());
    let lines_in = std::mem::take(&mut out.lines);
    for ((mut line, &hidden), &kept) in lines_in.into_iter().zip(line_hidden).zip(kept_hidden) {
        if hidden && !kept {
            continue;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(&out.text[line.start..line.end]);
        line.start = start;
        line.end = text.len();
        lines.push(line);
    }
    out.text = text;
    out.lines = lines;
}

/// The most nodes searched for a toggle before a hidden element.
const TOGGLE_SEARCH: usize = 64;

/// Whether the element comes right after a closed toggle (a button with
/// `aria-expanded="false"`, or a block that holds one): a disclosure's panel, hidden until
/// the reader opens it.
fn follows_a_toggle(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let Some(prev) = node.prev_siblings().find(|n| n.value().is_element()) else {
        return false;
    };
    prev.descendants().take(TOGGLE_SEARCH).any(|n| {
        n.value()
            .as_element()
            .and_then(|el| el.attr("aria-expanded"))
            .is_some_and(|v| v.eq_ignore_ascii_case("false"))
    })
}

/// Whether an inline style hides the element.
fn hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// Characters that separate words but never show: they collapse like spaces.
fn is_collapsible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
        )
}

/// Writes what stands between the line's text so far and a visible character after it: a
/// tab after a table cell, a space for white space.
fn separate(pending: &mut Pending) {
    if pending.cell {
        pending.buf.push('\t');
        pending.cell = false;
        pending.space = false;
    } else if pending.space {
        pending.buf.push(' ');
        pending.space = false;
    }
}

fn push_text(
    out: &mut Blocks,
    pending: &mut Pending,
    frames: &[Frame],
    line_elem: &mut Vec<(usize, usize)>,
    text: &str,
    pre: bool,
    link: bool,
) {
    let mut rest = text;
    while !rest.is_empty() {
        // A run of visible ASCII characters goes in at once: most text is one, and each of
        // its characters would take the same way through the tests below.
        let run = rest
            .bytes()
            .take_while(|b| matches!(b, b'!'..=b'~'))
            .count();
        if run > 0 {
            separate(pending);
            pending.buf.push_str(&rest[..run]);
            pending.chars += run;
            if link {
                pending.link_chars += run;
            }
            rest = &rest[run..];
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        if pre && matches!(c, '\n' | '\r') {
            flush(out, pending, frames, line_elem);
            continue;
        }
        if pre && c == ' ' {
            pending.buf.push(' ');
            continue;
        }
        if is_collapsible(c) {
            pending.space = !pending.buf.is_empty();
            continue;
        }
        // The soft hyphen only shows where a word breaks at a line's end.
        if c == '\u{ad}' {
            continue;
        }
        // Control characters never show; they would also confuse the text's consumers.
        if c.is_control() {
            continue;
        }
        separate(pending);
        pending.buf.push(c);
        pending.chars += 1;
        if link {
            pending.link_chars += 1;
        }
    }
}

/// Ends the current line, if it has text.
fn flush(
    out: &mut Blocks,
    pending: &mut Pending,
    frames: &[Frame],
    line_elem: &mut Vec<(usize, usize)>,
) {
    if pending.buf.is_empty() {
        pending.space = false;
        pending.cell = false;
        return;
    }
    if !out.text.is_empty() {
        out.text.push('\n');
    }
    let start = out.text.len();
    out.text.push_str(&pending.buf);
    let end = out.text.len();
    let block = frames.iter().rev().find(|f| f.display == Display::Block);
    let top = frames.last();
    let mut path = String::with_capacity(48);
    for f in &frames[frames.len().saturating_sub(PATH_DEPTH)..] {
        if !path.is_empty() {
            path.push('>');
        }
        path.push_str(f.name);
    }
    out.lines.push(Line {
        start,
        end,
        hints: LineHints {
            role: block.map(|f| f.role).unwrap_or_default(),
            regions: top.map(|f| f.regions).unwrap_or_default(),
            marks: top.map(|f| f.marks).unwrap_or_default(),
            link_density: pending.link_chars as f32 / pending.chars.max(1) as f32,
            content: false,
        },
        path,
    });
    line_elem.push((
        top.map_or(0, |f| f.elem),
        block.or(top).map_or(0, |f| f.elem),
    ));
    out.line_hidden.push(top.is_some_and(|f| f.hidden));
    pending.buf.clear();
    pending.space = false;
    pending.cell = false;
    pending.chars = 0;
    pending.link_chars = 0;
}

/// Scores containers, marks the lines of the main content, and gives each line the regions
/// and marks of the containers between it and the content (see the module doc).
/// Returns, for every line, whether it lies in a main content that is itself hidden (and is
/// kept for that).
fn mark_content(
    text: &str,
    lines: &mut [Line],
    line_elem: &[(usize, usize)],
    elems: &mut [Elem],
) -> Vec<bool> {
    if elems.is_empty() {
        return vec![false; lines.len()];
    }
    // Character counts per element, for link density: each line counts for its innermost
    // element, and every element for its parent. Elements are numbered in document order, so
    // children come after their parents and one backward pass sums the tree.
    for (line, &(e, _)) in lines.iter().zip(line_elem) {
        let chars = text[line.start..line.end].chars().count();
        elems[e].chars += chars;
        elems[e].link_chars += (line.hints.link_density * chars as f32).round() as usize;
        let prose_role = matches!(
            line.hints.role,
            BlockRole::Paragraph | BlockRole::Other | BlockRole::Quote | BlockRole::ListItem
        );
        if prose_role && chars >= 40 && line.hints.link_density < 0.3 {
            elems[e].prose += chars;
        }
        let around =
            Regions::NAVIGATION | Regions::BANNER | Regions::FOOTER | Regions::COMPLEMENTARY;
        if line.hints.regions.any(around) {
            elems[e].around += chars;
        }
    }
    for i in (0..elems.len()).rev() {
        if let Some(p) = elems[i].parent {
            let (c, l, r, a) = (
                elems[i].chars,
                elems[i].link_chars,
                elems[i].prose,
                elems[i].around,
            );
            elems[p].chars += c;
            elems[p].link_chars += l;
            elems[p].prose += r;
            elems[p].around += a;
        }
    }
    let mut scored: Vec<usize> = Vec::new();
    for (line, &(_, block)) in lines.iter().zip(line_elem) {
        let h = &line.hints;
        if !matches!(
            h.role,
            BlockRole::Paragraph | BlockRole::Other | BlockRole::Quote | BlockRole::Preformatted
        ) {
            continue;
        }
        let t = &text[line.start..line.end];
        let len = t.chars().count();
        if len < 25 || h.link_density > 0.5 {
            continue;
        }
        let commas = t.matches([',', '\u{ff0c}']).count();
        let score = 1.0 + commas as f64 + (len as f64 / 100.0).min(3.0);
        // The paragraph credits the container it sits in, then less and less the ones around
        // it, up to five levels (Readability's dividers).
        let mut cur = elems[block].parent;
        for div in [1.0, 2.0, 6.0, 9.0, 12.0] {
            let Some(i) = cur else { break };
            if elems[i].score == 0.0 {
                scored.push(i);
                // A name such as "post-body" speaks for a container of prose, not for a
                // header that happens to share the word (a recipe's intro above its steps):
                // it counts in full from several paragraphs' worth of prose.
                let prose = (elems[i].prose as f64 / 1000.0).min(1.0);
                elems[i].score = f64::from(elems[i].weight) * prose + 0.001;
            }
            elems[i].score += score / div;
            cur = elems[i].parent;
        }
    }
    let final_score = |e: &Elem| {
        let ld = e.link_chars as f64 / e.chars.max(1) as f64;
        e.score * (1.0 - ld)
    };
    let top = scored
        .iter()
        .copied()
        .max_by(|&a, &b| {
            final_score(&elems[a])
                .total_cmp(&final_score(&elems[b]))
                .then(b.cmp(&a))
        })
        .filter(|&t| final_score(&elems[t]) > 0.0);
    // Articles made of many sections (a list of reviews, a guide in parts) credit each
    // section's container more than the whole: the content widens to an enclosing article
    // or to a container whose text is still mostly prose and holds much more of it.
    let link_density = |e: &Elem| e.link_chars as f64 / e.chars.max(1) as f64;
    let top = top.map(|mut cur| {
        // Page builders nest a paragraph a dozen containers deep inside its article; the
        // bound only keeps absurd nesting cheap.
        let mut up = elems[cur].parent;
        for _ in 0..16 {
            let Some(p) = up else { break };
            let named = elems[p].regions.any(Regions::ARTICLE | Regions::MAIN)
                || elems[p].marks.has(Marks::CONTENT);
            let takes_in_page = elems[p].around > elems[cur].around + 200;
            if named
                && !takes_in_page
                && link_density(&elems[p]) < 0.35
                && elems[p].prose > elems[cur].prose
            {
                cur = p;
            }
            up = elems[p].parent;
        }
        // Wrappers that add no prose are passed through: the test is against the container
        // chosen so far.
        let mut up = elems[cur].parent;
        let mut child = cur;
        for _ in 0..16 {
            let Some(p) = up else { break };
            // An element the page names as its article or main content bounds the story.
            if elems[child].regions.any(Regions::ARTICLE | Regions::MAIN) {
                break;
            }
            let e = &elems[p];
            let more = e.prose as f64 >= elems[cur].prose as f64 * 1.25;
            let mostly_prose = e.prose as f64 >= 0.5 * (e.chars - e.link_chars.min(e.chars)) as f64;
            // A container that takes in the site's menus or footer is the page, not the article.
            let takes_in_page = e.around > elems[cur].around + 200;
            if !mostly_prose || takes_in_page || link_density(e) >= 0.3 {
                break;
            }
            if more {
                cur = p;
            }
            child = p;
            up = e.parent;
        }
        cur
    });
    // The content is the top container and those of its siblings that score nearly as well.
    let mut roots: Vec<usize> = Vec::new();
    if let Some(top) = top {
        roots.push(top);
        if let Some(parent) = elems[top].parent {
            let threshold = (final_score(&elems[top]) * 0.2).max(10.0);
            for &s in &scored {
                if s != top
                    && elems[s].parent == Some(parent)
                    && final_score(&elems[s]) >= threshold
                {
                    roots.push(s);
                }
            }
        }
    }
    let inside = |a: usize, e: usize| a <= e && e <= elems[a].last;
    let total = elems[0].chars.max(1);
    let mut line_kept_hidden = Vec::with_capacity(lines.len());
    for (line, &(e, _)) in lines.iter_mut().zip(line_elem) {
        line.hints.content = roots.iter().any(|&r| inside(r, e));
        line_kept_hidden.push(roots.iter().any(|&r| inside(r, e) && elems[r].hidden));
        // Regions and marks of the containers up to the content root, or up to the first
        // container that holds a content root; bounded, for pages nested absurdly deep.
        let (mut regions, mut marks) = (Regions::default(), Marks::default());
        let mut cur = Some(e);
        for _ in 0..64 {
            let Some(i) = cur else { break };
            // A container of half the page or more wraps the page, whatever its name says.
            if roots.iter().any(|&r| inside(i, r)) || elems[i].chars * 2 >= total {
                break;
            }
            regions |= elems[i].regions;
            marks |= own_marks(&elems[i]);
            cur = elems[i].parent;
        }
        let kept = Regions::ARTICLE | Regions::MAIN;
        line.hints.regions = regions | (line.hints.regions & kept);
        line.hints.marks = marks;
    }
    line_kept_hidden
}

/// The marks an element's names give it, but for a menu's name on a container of prose: menus
/// hold links and labels, never paragraphs, and a name such as "content-nav-section" is the
/// page's word for the section, not a menu.
fn own_marks(e: &Elem) -> Marks {
    let text = e.chars - e.link_chars.min(e.chars);
    if e.marks.has(Marks::MENU) && e.prose >= 1000 && e.prose * 2 >= text {
        e.marks & !Marks::MENU
    } else {
        e.marks
    }
}
