//! Paragraph roles for a page whose structure is known (HTML input): the text's own evidence,
//! as in the rest of the layout stage, weighed with what the markup said about each line.
//!
//! The markup is strong evidence where it is specific: the page's main content (found by the
//! input reader), navigation, footers, sidebars and forms around it, containers named for
//! sharing, related links, comments or ads, figure captions, headings and the headline. The
//! text's rules still decide what they alone can see: bylines and datelines in prose
//! containers, captions and credits by their phrases, a share prompt inside the article.
//! This module does not read markup; it reads [`LineHints`].

use lede_text::Segmentation;

use super::{
    EndMarker, Layout, Line, authors, is_heading_shape, kind_of, measure, region_score,
    story_region,
};
use crate::ParagraphKind;
use crate::structure::{BlockRole, LineHints, Marks, Regions};

/// Regions that hold no story.
const CLUTTER_REGIONS: Regions = Regions(
    Regions::NAVIGATION.0
        | Regions::BANNER.0
        | Regions::FOOTER.0
        | Regions::COMPLEMENTARY.0
        | Regions::FORM.0
        | Regions::DIALOG.0,
);

/// Container names that hold no story.
const CLUTTER_MARKS: Marks = Marks(
    Marks::SHARE.0
        | Marks::RELATED.0
        | Marks::COMMENT.0
        | Marks::AD.0
        | Marks::MENU.0
        | Marks::FOOTER.0
        | Marks::SUBSCRIBE.0
        | Marks::TAGS.0
        | Marks::BREADCRUMB.0
        | Marks::SIDEBAR.0
        | Marks::NOTICE.0,
);

/// Whether the markup says the line is clutter.
fn is_clutter(line: &Line<'_>, h: &LineHints) -> bool {
    h.regions.any(CLUTTER_REGIONS)
        || h.marks.any(CLUTTER_MARKS)
        || (h.link_density > 0.5 && line.words < 40)
}

/// Classifies every paragraph of `seg`, with `hints[i]` the hints of paragraph `i` (none for
/// a paragraph that no line of the structure covers).
pub fn classify_structured(text: &str, seg: &Segmentation, hints: &[Option<&LineHints>]) -> Layout {
    let mut lines = measure(text, seg);
    let n = lines.len();
    if n == 0 {
        return Layout::default();
    }
    let hint = |i: usize| hints.get(i).copied().flatten();
    let any_content = (0..n).any(|i| hint(i).is_some_and(|h| h.content));
    if any_content {
        prefer_content_copies(&mut lines, |i| hint(i).is_some_and(|h| h.content));
    }
    let scores: Vec<i64> = (0..n)
        .map(|i| {
            let base = region_score(&lines[i]);
            let Some(h) = hint(i) else { return base };
            let clutter = is_clutter(&lines[i], h);
            // A short link inside the content (a listed item's name, a heading that links to
            // its subject) is clutter in its own right, but does not end the story.
            let named = h.regions.any(CLUTTER_REGIONS) || h.marks.any(CLUTTER_MARKS);
            if clutter && h.content && !named {
                return 0;
            }
            match (any_content, h.content, clutter) {
                (_, _, true) => base.min(0) - 5 - lines[i].words.min(20) as i64,
                (true, true, false) if base > 0 => base * 2,
                // Inside the content, short lines (list items, labels, figures) are the
                // story's own: they neither break the story nor make it.
                (true, true, false) => 0,
                (true, false, false) if base > 0 => base / 4,
                (true, false, false) => base - 3,
                (false, _, false) => base,
            }
        })
        .collect();
    let region = story_region(&lines, &scores);
    // A heading in the content that opens a list of other articles ("You may also like")
    // closes the story up to the next heading of the story's own at its level or above (a box
    // of related links in the middle of a guide is followed by its next part): prose in
    // between is the list's.
    let mut closed = vec![false; n];
    // The level of the heading that closed the story, while it is closed.
    let mut closed_by: Option<u8> = None;
    for i in region.start..n {
        if let Some(h) = hint(i).filter(|h| h.content) {
            if let BlockRole::Heading(level) = h.role {
                if lines[i].end_marker == Some(EndMarker::Related) {
                    closed_by = Some(level);
                    continue;
                }
                let story_heading = h.link_density <= 0.5 && !lines[i].clutter;
                if story_heading && closed_by.is_some_and(|c| level <= c) {
                    closed_by = None;
                }
            }
        }
        closed[i] = closed_by.is_some();
    }
    let mut kinds: Vec<ParagraphKind> = (0..n)
        .map(|i| {
            let by_text = kind_of(&lines, i, &region);
            let Some(h) = hint(i) else { return by_text };
            kind_with_hints(&lines[i], h, by_text, region.contains(&i), closed[i])
        })
        .collect();
    // A caption marker ("Image caption") introduces the caption text on the next line.
    for i in 0..n.saturating_sub(1) {
        if lines[i].caption_marker && lines[i + 1].words <= 80 {
            kinds[i + 1] = ParagraphKind::Caption;
        }
    }
    unmark_teaser_cards(&lines, &hint, &mut kinds, &region);
    keep_linked_part_headings(&lines, &hint, &mut kinds);
    // The headline: the first top-level heading that is not clutter, before the story's end.
    let title = (0..n).find(|&i| {
        hint(i).is_some_and(|h| {
            h.role == BlockRole::Heading(1) && !is_clutter(&lines[i], h) && lines[i].words <= 40
        }) && i < region.end.max(1)
    });
    if let Some(t) = title {
        kinds[t] = ParagraphKind::Title;
    }
    let authors = authors(&lines, &kinds);
    // With the page's structure known, what lies outside the story is the site's, not the
    // article's: later stages skip all of it (a page's menus and teasers can be ten times the
    // story's length).
    let skip = kinds
        .iter()
        .map(|&k| k == ParagraphKind::Boilerplate)
        .collect();
    Layout {
        kinds,
        authors,
        skip,
    }
}

/// A guide in parts often links each part's heading to its subject (a product, a place):
/// such a heading in the content, over a paragraph of the story, is the part's heading,
/// though links make it clutter on its own. Teasers were unmarked before, so their linked
/// headlines stay clutter.
fn keep_linked_part_headings<'h>(
    lines: &[Line<'_>],
    hint: &impl Fn(usize) -> Option<&'h LineHints>,
    kinds: &mut [ParagraphKind],
) {
    use ParagraphKind as K;
    // The words of the story's paragraphs under a heading, up to the next heading.
    let part_words = |i: usize| -> usize {
        (i + 1..lines.len())
            .take_while(|&j| !hint(j).is_some_and(|h| matches!(h.role, BlockRole::Heading(_))))
            .filter(|&j| kinds[j] == K::Body)
            .map(|j| lines[j].words)
            .sum()
    };
    let parts: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| {
            hint(i).is_some_and(|h| {
                let named = h.regions.any(CLUTTER_REGIONS) || h.marks.any(CLUTTER_MARKS);
                matches!(h.role, BlockRole::Heading(2..=6)) && h.content && !named
            }) && kinds[i] == K::Boilerplate
                && !lines[i].clutter
                && !lines[i].repeated
                && lines[i].words <= 20
                && kinds[i + 1] == K::Body
                && part_words(i) >= PART_WORDS
        })
        .collect();
    for i in parts {
        kinds[i] = K::Heading;
    }
}

/// The fewest words of story under a linked heading that make it a part's heading: more
/// than a teaser's summary.
const PART_WORDS: usize = 40;

/// The fewest cards in a row that make a list of teasers.
const TEASER_CARDS: usize = 3;

/// The most words of a teaser's summary.
const TEASER_WORDS: usize = 80;

/// After the story, a page often lists other articles as cards: a linked headline, a label
/// or a date, and one short paragraph that sums the article up. Inside the main content the
/// summaries read as prose, so each card is the story's by the content rule. A run of three
/// or more cards, each one linked heading and one short paragraph among short lines, is a
/// list of teasers when three of its cards show a date or when the text's story region ends
/// before it. A guide whose parts are headed by links has parts of more than one paragraph,
/// or long ones, or no dates inside the story region, and stays the story's.
fn unmark_teaser_cards<'h>(
    lines: &[Line<'_>],
    hint: &impl Fn(usize) -> Option<&'h LineHints>,
    kinds: &mut [ParagraphKind],
    region: &std::ops::Range<usize>,
) {
    use ParagraphKind as K;
    let linked_heading = |i: usize| {
        hint(i).is_some_and(|h| matches!(h.role, BlockRole::Heading(_)) && h.link_density > 0.5)
            && lines[i].words <= 30
    };
    let heads: Vec<usize> = (0..lines.len()).filter(|&i| linked_heading(i)).collect();
    // What follows each linked heading up to the next, if it is part of a card: its summary,
    // if any (a card may link its label or its date too), and whether it shows a date.
    let part = |k: usize| -> Option<(Option<usize>, bool)> {
        let (from, to) = (
            heads[k] + 1,
            heads.get(k + 1).copied().unwrap_or(lines.len()),
        );
        let (mut found, mut dated) = (None, false);
        for i in from..to {
            if kinds[i] == K::Body && lines[i].is_prose() {
                if found.is_some() || lines[i].words > TEASER_WORDS {
                    return None;
                }
                found = Some(i);
            } else if matches!(kinds[i], K::Body | K::Heading) {
                return None;
            } else if lines[i].words > 8 {
                // Past the last card, the page's own lines.
                return found.map(|f| (Some(f), dated));
            } else {
                dated |= kinds[i] == K::Dateline;
            }
        }
        Some((found, dated))
    };
    let parts: Vec<Option<(Option<usize>, bool)>> = (0..heads.len()).map(part).collect();
    for run in parts.chunk_by(|a, b| a.is_some() && b.is_some()) {
        let summaries: Vec<usize> = run.iter().flatten().filter_map(|p| p.0).collect();
        let dates = run.iter().flatten().filter(|p| p.1).count();
        let after_story = summaries.iter().all(|i| !region.contains(i));
        if summaries.len() >= TEASER_CARDS && (dates >= TEASER_CARDS || after_story) {
            for i in summaries {
                kinds[i] = K::Boilerplate;
            }
        }
    }
}

/// Of a long paragraph that the page carries twice (a teaser of the story above it, a
/// print or script copy), the text rules keep the first copy. With the main content known,
/// the copy inside it is the story's and the others are the repeats, whatever their order.
fn prefer_content_copies(lines: &mut [Line<'_>], in_content: impl Fn(usize) -> bool) {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    let mut order: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].words >= 15).collect();
    order.sort_by(|&a, &b| texts[a].cmp(texts[b]).then(a.cmp(&b)));
    for group in order.chunk_by(|&a, &b| texts[a] == texts[b]) {
        let Some(&keep) = group.iter().find(|&&i| in_content(i)) else {
            continue;
        };
        if group.len() < 2 {
            continue;
        }
        for &i in group {
            lines[i].repeated = i != keep;
        }
    }
}

/// The kind of a line given its hints and the kind the text alone gives it.
fn kind_with_hints(
    line: &Line<'_>,
    h: &LineHints,
    by_text: ParagraphKind,
    in_story: bool,
    closed: bool,
) -> ParagraphKind {
    use ParagraphKind as K;
    // A container named for a caption holds a caption, even one written in full sentences
    // ("The italic variant draws on early Italian type, ...").
    if h.role == BlockRole::Caption || h.marks.has(Marks::CAPTION) {
        return K::Caption;
    }
    if h.regions.has(Regions::FIGURE) && !h.content {
        return K::Caption;
    }
    if is_clutter(line, h) {
        return K::Boilerplate;
    }
    if h.marks.has(Marks::BYLINE) && line.words <= 16 && !line.is_prose() {
        return K::Byline;
    }
    // Prose in a container named for the author is the author's note ("Jane Doe is a
    // reporter who ..."), not the story's.
    if h.marks.has(Marks::AUTHOR) && line.is_prose() {
        return K::Boilerplate;
    }
    // Paragraphs, tables and lists in the main content are the story's, before or after its
    // prose.
    let listed = matches!(
        h.role,
        BlockRole::ListItem | BlockRole::TableRow | BlockRole::Preformatted
    );
    let subheading = matches!(h.role, BlockRole::Heading(2..=6));
    if subheading && h.content && !line.clutter && !line.repeated && line.words <= 30 {
        return K::Heading;
    }
    let paragraph = matches!(h.role, BlockRole::Paragraph | BlockRole::Quote);
    if (listed || (paragraph && !line.is_prose()))
        && h.content
        && !line.clutter
        && !line.repeated
        && by_text == K::Boilerplate
    {
        return K::Body;
    }
    // Prose in the main content is the story's, wherever the text's story region ends (a
    // long guide in parts, its parts headed by links, splits it), as its short paragraphs
    // are; but for the paragraphs that the page names as its header, title, byline or date
    // (an author's note was left out above).
    let about = Marks::BYLINE | Marks::TITLE | Marks::DATE;
    if paragraph
        && !closed
        && h.content
        && line.is_prose()
        && by_text == K::Boilerplate
        && !h.marks.any(about)
        && !h.regions.has(Regions::HEADER)
    {
        return K::Body;
    }
    if !in_story {
        return by_text;
    }
    match (h.role, by_text) {
        (_, K::Byline | K::Dateline | K::Caption | K::Credit) => by_text,
        (BlockRole::Heading(2..=6), _) if line.words <= 30 && !line.clutter => K::Heading,
        (BlockRole::Heading(1), _) => K::Heading,
        (BlockRole::ListItem | BlockRole::TableRow, K::Boilerplate)
            if h.content && !line.clutter && !line.repeated =>
        {
            K::Body
        }
        (BlockRole::Paragraph | BlockRole::Quote, K::Boilerplate)
            if h.content && !line.clutter && !line.repeated && line.words >= 1 =>
        {
            if is_heading_shape(line) && line.words <= 12 {
                K::Heading
            } else {
                K::Body
            }
        }
        _ => by_text,
    }
}
