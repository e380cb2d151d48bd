//! Paragraph roles: which lines of a scraped page are the story, and which are captions,
//! bylines, datelines, credits, subheadings or site clutter.
//!
//! Scrapers hand over the article body mixed with everything else the page showed. This
//! module decides each paragraph's [`ParagraphKind`] from what the text itself shows, in
//! three steps:
//!
//! 1. every paragraph gets a few plain measurements (`Line`): its length in words, how many
//!    of its words are lower case (prose is mostly lower case; menus, headlines and names
//!    are not), whether it ends like a sentence, whether it repeats elsewhere on the page;
//! 2. the story is the densest run of prose on the page: each paragraph scores its words
//!    when it reads like prose and a penalty when it does not, and the run with the highest
//!    total (the maximum-sum subarray) is the story region, which bridges a caption or a
//!    short list of links inside the article but not the menus and teasers around it.
//!    Tables that the page broke into one cell a line (figures alternating with short
//!    labels) and schedules whose rows open with a date are the story's figures: they
//!    score nothing, so they neither break the story nor start one. The region's edges are
//!    then adjusted: a byline, a date line or a wire-style lead ("OSLO (Reuters) - ...")
//!    near its start marks where the body begins; a comments header, a related-articles
//!    or tags header, or the share bar shown again ends it; a closing list or table joins it;
//! 3. readable rules name the kind of each paragraph, inside and outside that region:
//!    typical phrases of captions, bylines, credits and clutter, the shape of a date line,
//!    and context (a short line followed by prose inside the story is a subheading; a
//!    label such as "Related" or "More:" and the short lines under it are links).
//!
//! The module also reads the authors off the byline. It does not find entities, quotes or
//! dates (later stages do, in every paragraph except `boilerplate`), and it does not look
//! at HTML: the input is plain text, one paragraph a line.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use lede_text::{Segmentation, Shape, Token, TokenKind};

use crate::{ParagraphKind, words};

mod structured;

pub use structured::classify_structured;

/// The kind of every paragraph, in order, and the authors the byline names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub kinds: Vec<ParagraphKind>,
    pub authors: Vec<String>,
    /// Paragraphs that later stages skip: boilerplate with positive evidence of site clutter
    /// (its phrases, repetition, a comments section). Boilerplate that is only outside the
    /// story — the headline, a results table, a dateline the rules did not recognize — is
    /// still searched for names, quotes and dates, because what it says is real.
    pub skip: Vec<bool>,
}

/// Classifies every paragraph of `seg` (the segmentation of `text`).
pub fn classify(text: &str, seg: &Segmentation) -> Layout {
    let lines = measure(text, seg);
    let n = lines.len();
    let mut kinds = vec![ParagraphKind::Boilerplate; n];
    if n == 0 {
        return Layout::default();
    }
    let mut scores: Vec<i64> = lines.iter().map(region_score).collect();
    // Stories run in consecutive paragraphs, interrupted at most by a caption, an ad marker
    // or a link; a lone paragraph between other non-prose lines (headlines, dates, names) is
    // as often a teaser's summary or a comment, so it speaks for the region only half as
    // loudly.
    let alone = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_none_or(|l| !l.is_prose() && !l.caption && !l.clutter && !l.table)
    };
    for (i, score) in scores.iter_mut().enumerate() {
        if *score > 0 && alone(i.checked_sub(1)) && alone(Some(i + 1)) {
            *score /= 2;
        }
    }
    // The steps of a checklist or a how-to, clauses in sentence case without a stop ("Book
    // the band for the reception"), come in runs and belong to the story around them; a
    // linked headline in sentence case stands alone between summaries, and a menu's lines
    // are mostly capitalized or a word or two long.
    for i in 0..n {
        let step = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(is_step);
        if is_step(&lines[i]) && (step(i.checked_sub(1)) || step(Some(i + 1))) {
            scores[i] = scores[i].max(-1);
        }
    }
    let region = story_region(&lines, &scores);

    for (i, kind) in kinds.iter_mut().enumerate() {
        *kind = kind_of(&lines, i, &region);
    }
    for i in catalog_entries(&lines, &region) {
        kinds[i] = ParagraphKind::Body;
    }
    // A caption marker ("Image caption") introduces the caption text on the next line.
    for i in 0..n.saturating_sub(1) {
        if lines[i].caption_marker && lines[i + 1].words <= 80 {
            kinds[i + 1] = ParagraphKind::Caption;
        }
    }
    unmark_author_notes(&lines, &mut kinds);
    let authors = authors(&lines, &kinds);
    let comments = lines
        .iter()
        .position(|l| l.end_marker == Some(EndMarker::Comments))
        .unwrap_or(n);
    let skip = (0..n)
        .map(|i| {
            kinds[i] == ParagraphKind::Boilerplate
                && (lines[i].clutter
                    || lines[i].repeated
                    || lines[i].end_marker.is_some()
                    || i >= comments)
        })
        .collect();
    Layout {
        kinds,
        authors,
        skip,
    }
}

/// The most story paragraphs that may follow an author's note at the story's end (a
/// disclosure, a closing line).
const AFTER_AUTHOR_NOTE: usize = 2;

/// Words that make a person's description the note about an author: what they write, or the
/// business they founded.
const AUTHOR_ROLES: &[&str] = &[
    "writer",
    "editor",
    "journalist",
    "reporter",
    "contributor",
    "correspondent",
    "columnist",
    "author",
    "blogger",
    "analyst",
    "founder",
    "co-founder",
    "cofounder",
    "copywriter",
    // The trades of the experts that sites have write their guides and reviews.
    "expert",
    "specialist",
    "strategist",
    "director",
    "manager",
    "executive",
];

/// Whether a paragraph is a note about an author: a name of one to four capitalized words,
/// "is", "was" or "has", and a writer's, founder's or expert's role within the next words
/// ("Jane Doe is a freelance writer based in ...", "Sam is the co-founder of ...", "Jo Lee,
/// MA, is a nutrition expert ...").
fn is_author_note(line: &Line<'_>) -> bool {
    let words: Vec<&str> = line
        .tokens
        .iter()
        .take(24)
        .map(|t| t.text(line.input))
        .collect();
    let name = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    if !(1..=4).contains(&name) || line.words < 12 {
        return false;
    }
    // After the name, a handle in brackets ("(@jdoe)") or degrees between commas (", MA,
    // MFA,") may stand before the verb.
    let mut verb = name;
    if words.get(verb) == Some(&"(") {
        match words[verb..].iter().take(6).position(|w| *w == ")") {
            Some(close) => verb += close + 1,
            None => return false,
        }
    }
    while words.get(verb) == Some(&",")
        && words
            .get(verb + 1)
            .is_some_and(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
    {
        verb += 2;
    }
    if words.get(verb) == Some(&",") {
        verb += 1;
    }
    matches!(words.get(verb), Some(&("is" | "was" | "has")))
        && words[verb + 1..]
            .iter()
            .take(14)
            .take_while(|w| !matches!(**w, "." | ";"))
            .any(|w| AUTHOR_ROLES.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// A note about the author at the story's end, after most of it, is the site's: it follows
/// every article by the same writer.
fn unmark_author_notes(lines: &[Line<'_>], kinds: &mut [ParagraphKind]) {
    let body: Vec<usize> = (0..lines.len())
        .filter(|&i| kinds[i] == ParagraphKind::Body)
        .collect();
    let Some(first) = body.len().checked_sub(AFTER_AUTHOR_NOTE + 1) else {
        return;
    };
    // Only after three paragraphs of story: a profile opens with the same words.
    for &i in body[first.max(3)..].iter() {
        if is_author_note(&lines[i]) {
            kinds[i] = ParagraphKind::Boilerplate;
        }
    }
}

/// The story's paragraphs (body, headings and credits), in order: what `lede clean` prints.
pub fn story_paragraphs(text: &str) -> Vec<&str> {
    let seg = lede_text::segment(text);
    let layout = classify(text, &seg);
    seg.paragraphs
        .iter()
        .zip(&layout.kinds)
        .filter(|(_, k)| k.is_story())
        .map(|(p, _)| p.span.text(text))
        .collect()
}

/// Headers that close the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EndMarker {
    /// Comments or a comment form follow: nothing after it is story.
    Comments,
    /// A list of other articles follows ("You may also like").
    Related,
}

/// What the rules look at in one paragraph.
#[derive(Clone, Debug, Default)]
struct Line<'a> {
    text: &'a str,
    /// The byte offset of `text` in the input (token spans index the input).
    start: usize,
    /// The whole input, for the text of tokens.
    input: &'a str,
    /// The paragraph's tokens.
    tokens: &'a [Token],
    /// Word tokens.
    words: usize,
    /// Word tokens in lower case.
    lower: usize,
    /// Word tokens that start with a capital.
    caps: usize,
    /// Number tokens.
    numbers: usize,
    /// Word tokens that open with a digit (see [`is_measure`]).
    measures: usize,
    /// Whether the last visible character ends a sentence (`.`, `!`, `?`, `…`, or a closing
    /// quote or bracket after one).
    ends_sentence: bool,
    /// Whether the same text is another paragraph of the page too.
    repeated: bool,
    /// A short repeated line whose first copy this is, copied with a long paragraph beside
    /// it (see [`copied_with_story`]).
    story_copy: bool,
    /// The one phrase of site clutter found anywhere in the line ("newsletter"), when it is the
    /// line's only sign of clutter: an index into the phrase automaton.
    clutter_phrase: Option<usize>,
    /// Typical phrases of site clutter: sharing, sign-up, cookies, copyright, ads.
    clutter: bool,
    /// Typical phrases of captions and photo credits.
    caption: bool,
    /// A line that only announces a caption ("Image caption", "Media caption").
    caption_marker: bool,
    /// "... contributed reporting", "Reporting by ...".
    credit: bool,
    /// "By Jane Doe".
    byline: bool,
    /// A header after which the page has no more story: comments, related articles.
    end_marker: Option<EndMarker>,
    /// Part of a paragraph that the page broke over several lines, which together read as
    /// prose.
    wrapped_prose: bool,
    /// A line that is a date, a time or a place-and-agency dateline and nothing else.
    dateline: bool,
    /// A cell of a table of figures, or a row of a schedule, that the page laid out one
    /// cell or row a line, or a line of a block of code: the story's own, though not prose.
    table: bool,
    /// An item of a list that a line ending in a colon introduces ("It offers three
    /// things:"), bulleted or not.
    listed: bool,
    /// A heading over prose that the page lists before without prose after it (in a table
    /// of contents): the section's heading, not a menu's line.
    section_heading: bool,
}

impl<'a> Line<'a> {
    /// The text of one of the line's tokens.
    fn tok(&self, tok: &Token) -> &'a str {
        tok.text(self.input)
    }

    /// Prose: a paragraph of running text, as opposed to a link, a label or a headline.
    fn is_prose(&self) -> bool {
        if self.wrapped_prose {
            return true;
        }
        if self.repeated || self.clutter || self.caption || self.words < 6 {
            return false;
        }
        let lower = self.lower as f64 / self.words as f64;
        if self.words >= 30 {
            return lower >= 0.3;
        }
        // Short paragraphs count as prose only when they end like a sentence, or introduce
        // a quotation or a list with a colon, and read like one: headlines and teasers are
        // mostly capitalized words.
        let ends = self.ends_sentence
            || (self.words >= 10 && self.text.ends_with(':'))
            || (self.words >= 16 && lower >= 0.7);
        // A long sentence may be crowded with names ("... President Anna Berg, Jon Dahl
        // and ..."); a headline that long and closed by a stop is rare.
        let enough = if self.words >= 15 && self.ends_sentence {
            0.3
        } else {
            0.4
        };
        ends && lower >= enough
    }

    /// A headline or teaser in title case: most words capitalized, no closing period.
    fn is_title_case(&self) -> bool {
        self.words >= 3 && self.caps * 10 >= self.words * 6
    }
}

fn measure<'a>(text: &'a str, seg: &'a Segmentation) -> Vec<Line<'a>> {
    let mut lines: Vec<Line<'a>> = seg
        .paragraphs
        .iter()
        .map(|p| {
            let t = p.span.text(text);
            let first = seg.sentences.get(p.sentences.start).map(|s| s.tokens.start);
            let last = p
                .sentences
                .end
                .checked_sub(1)
                .and_then(|i| seg.sentences.get(i))
                .map(|s| s.tokens.end);
            let tokens = match (first, last) {
                (Some(a), Some(b)) => seg.tokens.get(a..b).unwrap_or(&[]),
                _ => &[],
            };
            measure_line(text, t, p.span.start, tokens)
        })
        .collect();
    unmark_topical_phrases(&mut lines);
    mark_repeats(&mut lines);
    mark_wrapped(&mut lines);
    mark_tables(&mut lines);
    mark_fields(&mut lines);
    mark_code(&mut lines);
    mark_introduced_lists(&mut lines);
    mark_section_headings(&mut lines);
    lines
}

/// How many sentences must use a clutter phrase for it to be the article's subject.
const TOPICAL_SENTENCES: usize = 3;

/// An article about newsletters, cookies or comments says the word in sentence after sentence;
/// a site's clutter says it in short prompts. When a phrase of clutter is the only sign of
/// clutter in [`TOPICAL_SENTENCES`] lines or more that are sentences of ten words or more,
/// it is the article's subject, and the lines it alone marked are not clutter.
fn unmark_topical_phrases(lines: &mut [Line<'_>]) {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for l in lines.iter() {
        let Some(p) = l.clutter_phrase else { continue };
        if !(l.ends_sentence && l.words >= 10) {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == p) {
            Some(c) => c.1 += 1,
            None => counts.push((p, 1)),
        }
    }
    for l in lines.iter_mut() {
        if let Some(p) = l.clutter_phrase {
            if counts.iter().any(|c| c.0 == p && c.1 >= TOPICAL_SENTENCES) {
                l.clutter = false;
            }
        }
    }
}

/// The fewest words of a sentence that a lone phrase of clutter does not make clutter when
/// prose stands on both sides of it.
const PROSE_PHRASE_WORDS: usize = 15;

/// "Hybrid apps are written in HTML, CSS and JavaScript, with ...", "Sugars include soda,
/// pastries and cookies.": a site's prompts stand in boxes of their own, short lines and
/// buttons around them, not between two paragraphs of the story. A sentence of
/// [`PROSE_PHRASE_WORDS`] words or more whose one sign of clutter is a single phrase, with
/// prose just before and just after it, is the story's where the story is. It still counts
/// as clutter for finding the story: a prompt after the story's last paragraph and before a
/// note of the author's would otherwise carry the story on into the page's footer.
fn phrase_in_prose(lines: &[Line<'_>], i: usize) -> bool {
    let l = &lines[i];
    l.clutter_phrase.is_some()
        && l.ends_sentence
        && l.words >= PROSE_PHRASE_WORDS
        && i > 0
        && lines[i - 1].is_prose()
        && lines.get(i + 1).is_some_and(Line::is_prose)
}

/// Finds the repeated lines that head a section: shaped as a heading, followed by prose,
/// with a copy before them that is not (the article's table of contents). A copy only after
/// them, in the footer, does not count: a promotion repeated at the page's end has one too.
fn mark_section_headings(lines: &mut [Line<'_>]) {
    let over_prose = |i: usize| lines.get(i + 1).is_some_and(|l| l.is_prose());
    // Per repeated text, the first copy that stands without prose after it.
    let mut bare: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if l.repeated && !over_prose(i) {
            bare.entry(l.text).or_insert(i);
        }
    }
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let l = &lines[i];
            l.repeated
                && !l.clutter
                && is_heading_shape(l)
                && over_prose(i)
                && bare.get(l.text).is_some_and(|&k| k < i)
        })
        .collect();
    for i in found {
        lines[i].section_heading = true;
    }
}

/// Most items of one introduced list; a longer run is a page's index, not the story's list.
const MAX_LIST_ITEMS: usize = 40;

/// Marks as listed every run of at least `min` consecutive lines (and at most
/// [`MAX_LIST_ITEMS`]) that are items by `is_item`.
fn mark_runs(lines: &mut [Line<'_>], min: usize, is_item: impl Fn(&Line<'_>) -> bool) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && j - i < MAX_LIST_ITEMS && is_item(&lines[j]) {
            j += 1;
        }
        if j - i >= min {
            for l in &mut lines[i..j] {
                l.listed = true;
            }
        }
        i = j.max(i + 1);
    }
}

/// Finds the lists that a paragraph introduces with a colon, and runs of labelled facts
/// ("Price: $299"). Their items are short and need not end as sentences, so they score
/// against the story like a menu; introduced by the story's own words, or shaped as facts
/// no menu has, they are part of it.
fn mark_introduced_lists(lines: &mut [Line<'_>]) {
    let item = |l: &Line<'_>| {
        !(l.is_prose() || l.clutter || l.repeated || l.byline || l.dateline || l.caption)
            && l.end_marker.is_none()
            && (1..=30).contains(&l.words)
    };
    // "Fuel: Diesel only", "Price: $299": a run of labelled lines is a list of its own,
    // a product's or a comparison's facts.
    let labelled = |l: &Line<'_>| {
        item(l)
            && l.text.split_once(": ").is_some_and(|(label, rest)| {
                let words = label.split_whitespace().count();
                (1..=4).contains(&words)
                    && label.chars().next().is_some_and(char::is_uppercase)
                    && !rest.trim().is_empty()
            })
    };
    mark_runs(lines, 2, labelled);
    // "Weekly checks of the boiler pressure", "Draw up a budget": a run of
    // phrases of three words or more, mostly lower case, is a list of points (a checklist's
    // steps); a menu's items are a word or two in capitals.
    let phrase = |l: &Line<'_>| item(l) && l.words >= 3 && l.lower * 2 >= l.words;
    mark_runs(lines, 3, phrase);
    // "1. Quiet Enough for Night Shifts" ... "2. Long Battery Life": numbered headings in
    // sequence are the points of a listicle, however short and capitalized.
    let number = |l: &Line<'_>| -> Option<u32> {
        let t = l.text.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &t[digits..];
        if (1..=2).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") ")) {
            t[..digits].parse().ok()
        } else {
            None
        }
    };
    let numbers: Vec<Option<u32>> = lines.iter().map(number).collect();
    for i in 0..lines.len() {
        let Some(k) = numbers[i] else { continue };
        if !item(&lines[i]) {
            continue;
        }
        let next = numbers[i + 1..lines.len().min(i + 1 + MAX_LIST_ITEMS)].contains(&Some(k + 1));
        let prev = k > 1 && numbers[i.saturating_sub(MAX_LIST_ITEMS)..i].contains(&Some(k - 1));
        if next || prev {
            lines[i].listed = true;
        }
    }
    let mut i = 0;
    while i < lines.len() {
        let intro = &lines[i];
        if !(intro.text.trim_end().ends_with(':') && intro.words >= 3 && !intro.clutter) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lines.len() && j - i <= MAX_LIST_ITEMS && item(&lines[j]) {
            j += 1;
        }
        if j - i > 2 && j - i <= MAX_LIST_ITEMS {
            for l in &mut lines[i + 1..j] {
                l.listed = true;
            }
        }
        i = j.max(i + 1);
    }
}

/// Fewest lines of code in a block: a lone line with a brace is as likely a widget's.
const MIN_CODE_LINES: usize = 3;

/// Finds blocks of code (commands, programs, queries, their output) that a technical
/// article shows between its paragraphs, one line a paragraph once the page is text. Code
/// is not prose, so without this a listing of twenty lines breaks the story in two like a
/// menu would. A block is a run of lines that read as code, allowing one short line between
/// two of them (a comment, a lone word of output).
fn mark_code(lines: &mut [Line<'_>]) {
    let code: Vec<bool> = lines.iter().map(is_code_line).collect();
    let mut i = 0;
    while i < lines.len() {
        if !code[i] {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut count = 1;
        while j < lines.len() {
            if code[j] {
                count += 1;
                j += 1;
            } else if j + 1 < lines.len()
                && code[j + 1]
                && lines[j].words <= 12
                && !lines[j].clutter
                && !lines[j].is_prose()
            {
                j += 1;
            } else {
                break;
            }
        }
        if count >= MIN_CODE_LINES {
            for l in &mut lines[i..j] {
                l.table = true;
            }
        }
        i = j;
    }
}

/// Whether a line reads as code: it opens or closes as statements, comments and prompts do,
/// or holds the operators of programming languages, and is no sentence of prose.
fn is_code_line(line: &Line<'_>) -> bool {
    let t = line.text.trim();
    if t.is_empty() || line.words > 40 || line.clutter {
        return false;
    }
    // A sentence that happens to end in a bracket or a semicolon is still prose.
    if line.ends_sentence && line.lower >= 8 && line.lower * 2 >= line.words {
        return false;
    }
    const OPENERS: &[&str] = &[
        "//",
        "--",
        "/*",
        "*/",
        "# ",
        "$ ",
        ">>>",
        "import ",
        "from ",
        "def ",
        "class ",
        "fn ",
        "pub ",
        "let ",
        "const ",
        "var ",
        "function ",
        "return ",
        "if (",
        "for (",
        "while (",
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE ",
        "CREATE ",
        "ALTER ",
        "FROM ",
        "WHERE ",
        "GROUP BY",
        "ORDER BY",
        "LEFT JOIN",
        "JOIN ",
        "npm ",
        "pip ",
        "cargo ",
        "git ",
        "docker ",
        "sudo ",
        "curl ",
        "cd ",
        "}",
        "{",
        "<",
        "@",
    ];
    const CLOSERS: &[&str] = &[";", "{", "}", "(", "[", "):", "=>", "->", "\\"];
    OPENERS.iter().any(|o| t.starts_with(o))
        || CLOSERS.iter().any(|c| t.ends_with(c))
        || CODE_OPERATORS.is_match(t)
}

/// The operators of programming languages, in one automaton so that a line is scanned once,
/// not once an operator.
static CODE_OPERATORS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    const OPERATORS: &[&str] = &[
        "->", "=>", "::", "==", "!=", "();", "()", "[]", "{}", "</", "/>", "&&", "||", " = ", "+=",
        "-->", "|>",
    ];
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(OPERATORS)
        .expect("the operators are few and valid")
});

/// Fewest lines of a table of figures laid out one cell a line: a header row and a few
/// rows, more than a row of share counters or a pager.
const MIN_TABLE_CELLS: usize = 12;

/// Fewest rows of a schedule ("June 9 - Tampa, FL"), one row a line.
const MIN_SCHEDULE_ROWS: usize = 4;

/// Finds tables that the page broke into one short line a cell (standings, results, stock
/// quotes, statistics) and schedules whose rows each open with a date. Their cells are short
/// and not prose, so without this they would read as a menu; what tells a table from a
/// menu is its figures: a quarter of its cells or more are numbers, some are labels, and
/// labels and figures alternate (rows), where a menu followed by a pager is a block of
/// labels and then a block of numbers.
fn mark_tables(lines: &mut [Line<'_>]) {
    let is_cell = |l: &Line<'_>| {
        !(l.text.is_empty() || l.clutter || l.caption || l.byline || l.dateline || l.credit)
            && l.end_marker.is_none()
            && (l.words <= 8 || (l.words <= 16 && l.numbers * 2 >= l.words))
    };
    // A figure is a number, perhaps with its unit or a short tally ("3 tackles, 1 sack",
    // "135g").
    let is_figure = |l: &Line<'_>| {
        let n = l.numbers + l.measures;
        n > 0 && n * 2 >= l.words - l.measures
    };
    // A row's label may run longer than a cell ("Spread for bread, made with rapeseed oil
    // and no salt"): between the figures of the row above and its own, a line that does not
    // end like a sentence is a label all the same, where it would otherwise cut the table
    // in two and leave its second half to the menus.
    let cell = |k: usize| {
        let l = &lines[k];
        is_cell(l)
            || (l.words <= 16
                && !l.ends_sentence
                && !(l.clutter || l.caption || l.byline || l.dateline || l.credit)
                && l.end_marker.is_none()
                && k > 0
                && lines.get(k - 1).is_some_and(|p| is_cell(p) && is_figure(p))
                && lines.get(k + 1).is_some_and(|n| is_cell(n) && is_figure(n)))
    };
    let cells: Vec<bool> = (0..lines.len()).map(cell).collect();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while cells.get(j).copied().unwrap_or(false) {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let run = &lines[i..j];
        let figures = run.iter().filter(|l| is_figure(l)).count();
        let groups = run
            .windows(2)
            .filter(|w| !is_figure(&w[0]) && is_figure(&w[1]))
            .count();
        // A table's labels are names and column headers; a numbered list of headlines
        // ("1", "Council approves the budget", "2", ...) alternates too, with longer labels,
        // but has one number per headline where a table's rows hold several figures each,
        // and its numbers only count the headlines: a price list or a sheet of
        // specifications may label its rows at length ("Replace a ceiling light", "$90").
        let label_words: usize = run.iter().filter(|l| !is_figure(l)).map(|l| l.words).sum();
        let len = run.len();
        let labels = len - figures;
        let counters = run.iter().filter(|l| is_counter(l)).count();
        let labelled = labels * 8 >= len
            && groups >= 2
            && (label_words <= labels * 4 || figures >= 2 * labels || counters * 2 < figures);
        // A series of figures without labels between them (dates and values of a time
        // series, one a line) is a table too when its figures are not a pager's counters.
        let series = figures * 10 >= len * 9 && counters * 4 < figures;
        if len >= MIN_TABLE_CELLS && figures * 4 >= len && (labelled || series) {
            for l in &mut lines[i..j] {
                l.table = true;
            }
        }
        i = j;
    }
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && opens_with_date(&lines[j]) && !lines[j].clutter {
            j += 1;
        }
        if j - i >= MIN_SCHEDULE_ROWS {
            for l in &mut lines[i..j] {
                l.table = true;
            }
        }
        i = j.max(i + 1);
    }
}

/// Whether a line is a bare counter of items ("3", "#3", "3."), as a numbered list shows
/// them, or the running time of a video in a list of them ("32:03"), rather than a
/// quantity.
fn is_counter(line: &Line<'_>) -> bool {
    let t = line.text.trim();
    line.numbers == 1
        && line.words == 0
        && t.len() <= 8
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '#' | '.' | ':'))
}

/// How many lines must share a field's label for them to be a listing's records.
const MIN_FIELD_LINES: usize = 3;

/// The records of a listing or a catalogue that the page laid out one field a line
/// ("Format: Paperback", "Binding: Cloth", "Price: $20"): a label of one to three words
/// opening with a capital, a colon and a short value, with the same label on at least
/// [`MIN_FIELD_LINES`] lines of the page. Like a table's cells, they are data of the page's
/// own content: they neither add to the story region nor break it.
fn mark_fields(lines: &mut [Line<'_>]) {
    fn label<'t>(l: &Line<'t>) -> Option<&'t str> {
        if l.clutter || l.words < 2 || l.words > 12 {
            return None;
        }
        let (label, value) = l.text.split_once(':')?;
        let words = label.split_whitespace().count();
        (words <= 3 && label.starts_with(|c: char| c.is_uppercase()) && !value.trim().is_empty())
            .then_some(label)
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for l in lines.iter() {
        if let Some(k) = label(l) {
            *counts.entry(k).or_default() += 1;
        }
    }
    if !counts.values().any(|&c| c >= MIN_FIELD_LINES) {
        return;
    }
    for l in lines.iter_mut() {
        if label(l).is_some_and(|k| counts.get(k).is_some_and(|&c| c >= MIN_FIELD_LINES)) {
            l.table = true;
        }
    }
}

/// A line that opens with a month and a day and goes on ("June 9 - Tampa, FL"): a row of a
/// schedule when several follow each other.
fn opens_with_date(line: &Line<'_>) -> bool {
    let mut toks = line.tokens.iter();
    let (Some(a), Some(b)) = (toks.next(), toks.next()) else {
        return false;
    };
    a.kind == TokenKind::Word
        && is_month(line.tok(a))
        && b.kind == TokenKind::Number
        && line.tok(b).len() <= 2
        && !line.dateline
        && line.words >= 2
}

/// Small words that cannot end a sentence: a line ending in one continues on the next.
const OPEN_ENDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from",
    "with", "that", "which", "who", "whose", "is", "are", "was", "were", "has", "have", "had",
    "as", "than", "into", "de", "da", "do", "la", "le", "les", "el", "los", "il", "di", "e", "et",
    "y", "und", "der", "die", "das",
];

/// Finds paragraphs broken over several lines ("... who in 2008, won the" / "Best Actress
/// award ..."), as text copied from fixed-width pages is, and judges each run as one
/// paragraph.
fn mark_wrapped(lines: &mut [Line<'_>]) {
    let continues = |a: &Line<'_>, b: &Line<'_>| {
        if a.ends_sentence || a.words < 5 || b.words == 0 || a.clutter || b.clutter {
            return false;
        }
        let last = a.text.trim_end().chars().next_back();
        if matches!(last, Some(':' | '|' | '?' | '!')) {
            return false;
        }
        // Fixed-width lines are long; a headline that ends in a small word is not wrapped.
        if a.text.len() < 40 {
            return false;
        }
        let b_lower_start = b.text.chars().next().is_some_and(char::is_lowercase);
        let a_open_end = matches!(last, Some(',' | '-' | ';'))
            || a.tokens.last().is_some_and(|t| {
                let w = a.tok(t);
                OPEN_ENDS.iter().any(|f| w.eq_ignore_ascii_case(f))
            });
        b_lower_start || a_open_end
    };
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && continues(&lines[j - 1], &lines[j]) {
            j += 1;
        }
        if j - i >= 3 {
            let run = &lines[i..j];
            let words: usize = run.iter().map(|l| l.words).sum();
            let lower: usize = run.iter().map(|l| l.lower).sum();
            let ends = run.last().is_some_and(|l| l.ends_sentence);
            let prose = words >= 20 && lower * 10 >= words * 6 && (ends || words >= 40);
            if prose {
                for l in &mut lines[i..j] {
                    l.wrapped_prose = true;
                }
            }
        }
        i = j;
    }
}

fn measure_line<'a>(input: &'a str, t: &'a str, start: usize, tokens: &'a [Token]) -> Line<'a> {
    let mut line = Line {
        text: t,
        start,
        input,
        tokens,
        ..Line::default()
    };
    for tok in tokens {
        match tok.kind {
            TokenKind::Word => {
                line.words += 1;
                if is_measure(tok.span.text(input)) {
                    line.measures += 1;
                }
                match tok.shape {
                    Shape::Lower => line.lower += 1,
                    Shape::Title | Shape::Upper | Shape::Mixed => line.caps += 1,
                    _ => {}
                }
            }
            TokenKind::Number => line.numbers += 1,
            _ => {}
        }
    }
    // A teaser cut short ("... the plague,...") does not end a sentence.
    line.ends_sentence =
        ends_sentence(t) && !(line.words < 30 && (t.ends_with("...") || t.ends_with('\u{2026}')));
    match_phrases(&mut line);
    line.caption_marker = line.words <= 2
        && CAPTION_MARKERS
            .iter()
            .any(|m| t.trim_end().eq_ignore_ascii_case(m));
    line.caption |= line.caption_marker;
    line.byline = is_byline(t, &line);
    line.dateline = is_dateline(t, &line);
    line.end_marker = end_marker(&line);
    line
}

/// Whether a word token is a quantity with its unit run together ("135g", "48ml", "450W"), an
/// ordinal or a decade: a figure of a table's cell as much as a number. A clock time
/// ("7:30am") is not: the hours a business keeps, day by day, close its pages, not its
/// story.
fn is_measure(w: &str) -> bool {
    let b = w.as_bytes();
    let clock = b.len() > 2 && {
        let tail = [
            b[b.len() - 2].to_ascii_lowercase(),
            b[b.len() - 1].to_ascii_lowercase(),
        ];
        tail == *b"am" || tail == *b"pm"
    };
    b.first().is_some_and(u8::is_ascii_digit) && !clock
}

/// Words that name a comments section, in a few languages.
const COMMENT_WORDS: &[&str] = &[
    "comments",
    "comment",
    "comentários",
    "comentarios",
    "commentaires",
    "commenti",
    "kommentare",
    "комментарии",
    "комментарий",
];

/// Phrases that open a comment form.
const COMMENT_OPENERS: &[&str] = &[
    "leave a reply",
    "post a reply",
    "join the conversation",
    "join the discussion",
];

/// Section headers that open a list of other articles, in a few languages.
const RELATED_HEADERS: &[&str] = &[
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "you may be interested",
    "you might be interested",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related coverage",
    "related",
    "more stories",
    "more from",
    "more news",
    "more on this",
    "more articles",
    "more posts",
    "other articles",
    "latest news",
    "latest posts",
    "latest articles",
    "latest stories",
    "recent posts",
    "recent articles",
    "recent news",
    "recent stories",
    "popular posts",
    "popular articles",
    "popular stories",
    "top stories",
    "editor's picks",
    "editors' picks",
    "editor’s picks",
    "editors’ picks",
    "in case you missed it",
    "more like this",
    "explore more",
    "up next",
    "read next",
    "what to read next",
    "recommended",
    "most popular",
    "most read",
    "trending",
    "around the web",
    "sponsored stories",
    "tags",
    "filed under",
    "você pode gostar",
    "veja também",
    "leia também",
    "posts relacionados",
    "artigos relacionados",
    "te puede interesar",
    "también te puede interesar",
    "artículos relacionados",
    "vous aimerez aussi",
    "à lire aussi",
    "articles similaires",
    "potrebbe interessarti",
    "articoli correlati",
    "leggi anche",
    "das könnte sie auch interessieren",
    "ähnliche artikel",
    "вам также может быть интересно",
    "читайте также",
    "похожие записи",
    "похожие статьи",
];

/// Whether the line is a short header that opens comments or a list of other articles.
fn end_marker(line: &Line<'_>) -> Option<EndMarker> {
    if line.words == 0 || line.words > 6 || line.ends_sentence && !line.text.ends_with("...") {
        return None;
    }
    let lower = line.text.to_lowercase();
    let core = lower.trim_matches(|c: char| !c.is_alphanumeric());
    // Comment headers name comments as a word that opens or closes them ("12 Comments",
    // "Comments are closed", "Leave a reply"); in the middle of a line it is the story's word
    // ("Annotated example — see it run").
    // Words in brackets are an aside ("Measuring engagement (and scraping comments)"), not
    // the header's edge; a count in brackets after the header ("Comments (12)") drops out.
    let mut depth = 0u32;
    let outside: String = core
        .chars()
        .map(|c| {
            let inside = depth > 0 || c == '(';
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if inside || c == ')' { ' ' } else { c }
        })
        .collect();
    let word = |w: &&str| !w.is_empty();
    let first = outside.split(|c: char| !c.is_alphanumeric()).find(word);
    let last = outside.rsplit(|c: char| !c.is_alphanumeric()).find(word);
    let edge = [first, last]
        .into_iter()
        .flatten()
        .any(|w| COMMENT_WORDS.contains(&w));
    if edge || COMMENT_OPENERS.iter().any(|p| core.starts_with(p)) {
        return Some(EndMarker::Comments);
    }
    let core = core
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .trim_end();
    if RELATED_HEADERS
        .iter()
        .any(|h| core.starts_with(h) && core.len() <= h.len() + 20)
    {
        return Some(EndMarker::Related);
    }
    None
}

fn ends_sentence(t: &str) -> bool {
    for c in t.chars().rev() {
        match c {
            '.' | '!' | '?' | '\u{2026}' | '。' => return true,
            '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}' | '*' => continue,
            _ => return false,
        }
    }
    false
}

/// Marks paragraphs whose exact text occurs more than once on the page: menus, repeated
/// headlines and teaser lists. Sorting keeps this O(n log n) and the result deterministic.
fn mark_repeats(lines: &mut [Line<'_>]) {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].text.cmp(lines[b].text));
    for w in order.windows(2) {
        let (a, b) = (w[0].min(w[1]), w[0].max(w[1]));
        if lines[a].text == lines[b].text {
            // Pages sometimes carry the whole story twice (a print view, an AMP copy): the
            // first copy of a long paragraph stays a candidate, later copies are clutter.
            // Short lines that repeat are menus and teasers wherever they are; those copied
            // along with a long paragraph beside them may be the subheadings and list items
            // of a story the page carries twice, which the story region, if it takes in
            // their first copy, keeps (see `kind_of`).
            lines[b].repeated = true;
            if lines[a].words < MIN_COPIED_WORDS {
                lines[a].repeated = true;
                lines[a].story_copy |= copied_with_story(lines, a, b);
            }
        }
    }
    mark_markup_copies(lines);
}

/// The fewest words of a paragraph whose first copy on the page stays a candidate for the
/// story.
const MIN_COPIED_WORDS: usize = 15;

/// How far from a repeated line [`copied_with_story`] looks for a long paragraph copied
/// with it.
const COPY_REACH: usize = 4;

/// Whether lines `a` and `b` (the same text) lie in two copies of one block of the page that
/// holds a long paragraph: the lines before or after each are the same, line by line, up to
/// a paragraph of [`MIN_COPIED_WORDS`] or more, within [`COPY_REACH`] lines.
fn copied_with_story(lines: &[Line<'_>], a: usize, b: usize) -> bool {
    let same = |x: usize, y: usize| matches!((lines.get(x), lines.get(y)), (Some(p), Some(q)) if p.text == q.text);
    let forward = (1..=COPY_REACH)
        .take_while(|&k| a + k < b && same(a + k, b + k))
        .any(|k| lines[a + k].words >= MIN_COPIED_WORDS);
    forward
        || (1..=COPY_REACH.min(a))
            .take_while(|&k| same(a - k, b - k))
            .any(|k| lines[a - k].words >= MIN_COPIED_WORDS)
}

/// How many leading bytes of a paragraph identify it when comparing a copy in markup.
const COPY_PREFIX: usize = 60;

/// "<p>Some students gained ...</p>": a page that offers its story for republication shows it
/// again as HTML source. A line of markup whose text, tags removed, opens as another
/// paragraph of the page does is a copy, and clutter like any other.
fn mark_markup_copies(lines: &mut [Line<'_>]) {
    let markup = |t: &str| t.starts_with('<') && t.contains('>');
    if !lines.iter().any(|l| markup(l.text)) {
        return;
    }
    let prefix = |t: &str| -> String {
        let t = t.trim();
        let mut end = t.len().min(COPY_PREFIX);
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        t[..end].to_string()
    };
    let plain: std::collections::HashSet<String> = lines
        .iter()
        .filter(|l| !markup(l.text) && l.text.len() >= COPY_PREFIX)
        .map(|l| prefix(l.text))
        .collect();
    for l in lines.iter_mut().filter(|l| markup(l.text)) {
        let mut text = String::with_capacity(l.text.len());
        let mut in_tag = false;
        for c in l.text.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        if text.trim().len() >= COPY_PREFIX && plain.contains(&prefix(&text)) {
            l.repeated = true;
        }
    }
}

/// How much a paragraph speaks for the story region around it: its words when it is prose,
/// a penalty when it is not.
fn region_score(line: &Line<'_>) -> i64 {
    if line.is_prose() {
        return line.words as i64;
    }
    // A table's cells are the story's figures, and the items of a list it introduces its
    // points: they neither add to the story nor break it.
    if line.credit || line.table || line.listed || line.section_heading {
        return 0;
    }
    // A date or byline after the story has begun heads the next teaser or comment: a strong
    // sign that the story is over.
    if line.dateline {
        return -20;
    }
    if line.byline {
        return -10;
    }
    // Captions, list items and table cells of figures sit inside stories; they weigh
    // little against them.
    if line.caption || line.words == 0 || (is_list_item(line) && !line.repeated) {
        return -2;
    }
    if line.clutter {
        return -(8 + line.words.min(12) as i64);
    }
    if line.repeated {
        return -(3 + line.words.min(12) as i64);
    }
    -(3 + line.words as i64 / 2)
}

/// The run of `scores` with the highest total, and that total (`i64::MIN` for none).
fn best_run(scores: &[i64]) -> (i64, std::ops::Range<usize>) {
    let (mut best, mut best_range) = (i64::MIN, 0..0);
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += s;
        if sum > best {
            best = sum;
            best_range = start..i + 1;
        }
    }
    (best, best_range)
}

/// The least score of a run of prose before the story region that may join it: a paragraph
/// or two of thirty words.
const MIN_PRIOR: i64 = 30;

/// The score of a run of prose before the story region that joins it however long the
/// region is: several paragraphs of an opening, where a teaser is a paragraph or two.
const OPENING_PRIOR: i64 = 150;

/// The story region: the run of paragraphs with the highest total score. When the page
/// starts with a headline, a summary and a byline, the story starts after the byline.
fn story_region(lines: &[Line<'_>], scores: &[i64]) -> std::ops::Range<usize> {
    let (mut best, mut best_range) = best_run(scores);
    if best <= 0 {
        return 0..0;
    }
    // A story broken by a box of figures, ratings or links ("4.5 / 5", "Get a quote") may
    // leave its opening paragraphs before the box out of the best run. The best run before
    // the region joins it when it holds some prose, scores a twentieth of the region at
    // least or holds several paragraphs of an opening, and the lines between cost no more
    // than three times what it brings.
    // The short lines between are the story's then, as short lines inside a story are.
    loop {
        let (prior, prior_range) = best_run(&scores[..best_range.start]);
        let between = prior_range.end..best_range.start;
        let gap: i64 = scores[between.clone()].iter().sum();
        // A headline and its summary before the byline are not the story's opening; nor is
        // what a related-articles or comments header closes.
        let parted = lines[between]
            .iter()
            .any(|l| l.byline || l.end_marker.is_some());
        // (An empty run scores `i64::MIN`: the first test must come first.)
        if prior < MIN_PRIOR
            || (prior * 20 < best && prior < OPENING_PRIOR)
            || gap < -3 * prior
            || parted
        {
            break;
        }
        best += prior + gap;
        best_range.start = prior_range.start;
    }
    // A byline or date line within the region's first few paragraphs marks where the body
    // starts: what comes before it is the headline and its summary.
    let head_end = (best_range.start + 6).min(best_range.end);
    if let Some(j) = (best_range.start..head_end)
        .rev()
        .find(|&j| lines[j].byline || lines[j].dateline)
    {
        let prose_before = (best_range.start..j)
            .filter(|&k| lines[k].is_prose())
            .count();
        if prose_before <= 2 && j + 1 < best_range.end {
            best_range.start = j + 1;
        }
    }
    // A wire-style lead ("OSLO (Reuters) - The central bank ...") is the story's first
    // paragraph: teasers or a summary before it in the region are not story, and a lead
    // kept out of the region by the short lines under it (a time stamp, a promotion)
    // opens the story all the same.
    let head_end = (best_range.start + 6).min(best_range.end);
    if let Some(j) = (best_range.start..head_end).find(|&j| is_wire_lead(&lines[j])) {
        let prose_before = (best_range.start..j)
            .filter(|&k| lines[k].is_prose())
            .count();
        // Teasers and summaries end at a label, a caption or a headline; a story paragraph
        // that happens to open with a capitalized name and a dash follows more story.
        let after_break = j == 0 || lines.get(j - 1).is_some_and(|l| !l.is_prose());
        if prose_before <= 3 && after_break {
            best_range.start = j;
        }
    } else if let Some(j) = (best_range.start.saturating_sub(4)..best_range.start)
        .rev()
        .find(|&j| is_wire_lead(&lines[j]))
    {
        let between = &lines[j + 1..best_range.start];
        if between.iter().all(|l| !l.is_prose()) {
            best_range.start = j;
        }
    }
    cut_at_end_marker(lines, &mut best_range);
    // A story may close with a bulleted list or a table, which score nothing for the
    // region, perhaps under a short header of their own ("Tour dates").
    let closing = |l: &Line<'_>| l.table || (is_list_item(l) && !l.clutter && !l.repeated);
    if best_range.end > best_range.start {
        let end = best_range.end;
        let header = lines.get(end).is_some_and(|l| {
            is_heading_shape(l)
                && !(l.clutter || l.repeated || l.table || l.end_marker.is_some())
                && l.words <= 8
        });
        let after_header = lines.get(end + 1).is_some_and(|l| l.table);
        if header && after_header {
            best_range.end += 1;
        }
        while best_range.end < lines.len() && closing(&lines[best_range.end]) {
            best_range.end += 1;
        }
    }
    best_range
}

/// The fewest words of a paragraph before the story region that may be an entry of a
/// catalogue: a teaser's summary is shorter.
const MIN_ENTRY_WORDS: usize = 40;

/// A page that lists events, products or services gives each entry a paragraph of its own
/// between short lines (a name, a place, a date, a price), which keep the region from
/// spanning them: the best run is then one entry, or the page's note about itself. Long
/// paragraphs of prose before the region are the page's entries when there are two or more
/// and they add up to a third of the region's prose at least; a story's byline, a disclosure
/// or a teaser above the story is one paragraph, or short beside the story.
fn catalog_entries(lines: &[Line<'_>], region: &std::ops::Range<usize>) -> Vec<usize> {
    let entries: Vec<usize> = (0..region.start)
        .filter(|&i| {
            let l = &lines[i];
            l.is_prose() && l.words >= MIN_ENTRY_WORDS && l.ends_sentence && !l.byline
        })
        .collect();
    let words = |i: &usize| lines[*i].words;
    let before: usize = entries.iter().map(words).sum();
    let story: usize = region
        .clone()
        .filter(|&i| lines[i].is_prose())
        .map(|i| lines[i].words)
        .sum();
    if entries.len() >= 2 && before * 10 >= story * 3 {
        entries
    } else {
        Vec::new()
    }
}

/// A paragraph that opens with a wire dateline: a place in capitals, perhaps a state, a date
/// or an agency, and a dash ("OSLO, Norway (Reuters) — The central bank ...").
fn is_wire_lead(line: &Line<'_>) -> bool {
    if !line.is_prose() {
        return false;
    }
    let Some(first) = line.tokens.first() else {
        return false;
    };
    // "(Reuters) - ..." or "(CNN)The president ...": the agency alone, in brackets.
    if line.tok(first) == "(" {
        let mut toks = line.tokens.iter().skip(1);
        return matches!(
            (toks.next(), toks.next()),
            (Some(a), Some(b)) if a.kind == TokenKind::Word
                && matches!(a.shape, Shape::Upper | Shape::Title | Shape::Mixed)
                && line.tok(b) == ")"
        );
    }
    if first.kind != TokenKind::Word || first.shape != Shape::Upper || line.tok(first).len() < 3 {
        return false;
    }
    for tok in line.tokens.iter().take(12) {
        let w = line.tok(tok);
        match tok.kind {
            TokenKind::Punct if matches!(w, "\u{2014}" | "\u{2013}" | "-" | "--") => return true,
            TokenKind::Word if !tok.is_capitalized() => return false,
            _ => {}
        }
    }
    false
}

/// Ends the story region at a comments header, or at a related-articles header when what
/// follows it reads like teasers (lone paragraphs); a box of links inside the story is
/// followed by more story.
fn cut_at_end_marker(lines: &[Line<'_>], region: &mut std::ops::Range<usize>) {
    let prose_words = |r: std::ops::Range<usize>| -> usize {
        lines
            .get(r)
            .unwrap_or(&[])
            .iter()
            .filter(|l| l.is_prose())
            .map(|l| l.words)
            .sum()
    };
    for k in region.clone() {
        // The share buttons the page showed above the story, shown again, close it.
        let share_bar = lines[k].repeated
            && lines[k].clutter
            && lines[k].words <= 6
            && lines[k]
                .text
                .get(..5)
                .is_some_and(|h| h.eq_ignore_ascii_case("share"));
        let marker = if share_bar {
            EndMarker::Related
        } else if let Some(marker) = lines[k].end_marker {
            marker
        } else {
            continue;
        };
        let before = prose_words(region.start..k);
        if before < 40 {
            continue;
        }
        let cut = match marker {
            EndMarker::Comments => true,
            EndMarker::Related => {
                let (mut lone, mut prose) = (0, 0);
                for j in k + 1..region.end {
                    if lines[j].is_prose() {
                        prose += 1;
                        // A paragraph beside a list's items is the story's, as a checklist's
                        // notes are; teasers stand between headlines and dates.
                        let story = |l: &Line<'_>| l.is_prose() || l.listed;
                        let prev = lines.get(j - 1).is_some_and(story);
                        let next = lines.get(j + 1).is_some_and(story);
                        lone += usize::from(!prev && !next);
                    }
                }
                lone * 2 > prose
            }
        };
        if cut {
            region.end = k;
            return;
        }
    }
    cut_at_comment_thread(lines, region, prose_words);
}

/// Comments under a story, once the page is text, come as a short name line, a date line
/// with the time of posting, and the comment. Two such heads after the story's prose open a
/// thread even where no header names it; the story ends before the first.
fn cut_at_comment_thread(
    lines: &[Line<'_>],
    region: &mut std::ops::Range<usize>,
    prose_words: impl Fn(std::ops::Range<usize>) -> usize,
) {
    let head = |k: usize| {
        k > 0
            && lines[k].dateline
            && lines[k].text.contains(':')
            && lines.get(k - 1).is_some_and(|n| {
                (1..=4).contains(&n.words)
                    && !n.ends_sentence
                    && !n.dateline
                    && n.caps * 2 >= n.words
            })
    };
    let heads: Vec<usize> = (region.start + 1..region.end)
        .filter(|&k| head(k))
        .collect();
    if let [first, _, ..] = heads[..] {
        let name = first - 1;
        if prose_words(region.start..name) >= 40 {
            region.end = name;
        }
    }
}

/// The kind of paragraph `i` given the story region.
fn kind_of(lines: &[Line<'_>], i: usize, region: &std::ops::Range<usize>) -> ParagraphKind {
    let line = &lines[i];
    if line.credit {
        return ParagraphKind::Credit;
    }
    if line.byline {
        return ParagraphKind::Byline;
    }
    if line.dateline {
        return ParagraphKind::Dateline;
    }
    if line.caption {
        return ParagraphKind::Caption;
    }
    if line.clutter && !(region.contains(&i) && phrase_in_prose(lines, i)) {
        return ParagraphKind::Boilerplate;
    }
    if !region.contains(&i) {
        // Outside the story, a paragraph ending in a full date in the present tense is a
        // caption (typically the photo above the article); everything else is clutter.
        if ends_with_date(line) && line.words >= 8 && !line.repeated {
            return ParagraphKind::Caption;
        }
        return ParagraphKind::Boilerplate;
    }
    // A quotation dates speech, not a picture; an apostrophe ("the Lakers' guard") is no
    // quotation.
    let quoted = || {
        line.tokens
            .iter()
            .any(|t| t.kind == TokenKind::Quote && !matches!(line.tok(t), "'" | "\u{2019}"))
    };
    let dated = (ends_with_date(line) && !has_quote(line)) || (has_weekday_date(line) && !quoted());
    if dated && line.words >= 8 && !line.table {
        return ParagraphKind::Caption;
    }
    if line.section_heading {
        return ParagraphKind::Heading;
    }
    // "Check price at ...", "Get a quote", "More info": buttons between a review's items.
    if is_button(line) {
        return ParagraphKind::Boilerplate;
    }
    if line.is_prose() || line.table || line.listed {
        return ParagraphKind::Body;
    }
    let next = lines.get(i + 1..region.end).and_then(|rest| rest.first());
    let next_prose = next.is_some_and(|l| l.is_prose());
    // The story's own list, or the line that introduces one ("When you understand your code,
    // you get:"), follows a heading as prose does; a line that itself ends in a colon
    // introduces that list rather than heading it.
    let next_list = next
        .is_some_and(|l| l.listed || l.words >= 3 && l.text.trim_end().ends_with(':'))
        && !line.text.trim_end().ends_with(':');
    let next_prose_or_list = next_prose || next_list;
    // The first copy of a story the page carries twice is the story's, its short lines
    // included.
    if line.repeated && !line.story_copy {
        // "Tides and Currents: How a Small Boat Handles Open Water" over its section, listed
        // in the article's table of contents too, or "FAQs" also linked from the footer: the
        // copy over prose inside the story is the section's heading.
        if next_prose_or_list && is_heading_shape(line) {
            return ParagraphKind::Heading;
        }
        return ParagraphKind::Boilerplate;
    }
    let prev_prose = i > region.start && lines.get(i - 1).is_some_and(|l| l.is_prose());
    // A label such as "Related" or "More:" inside the story heads a box of links to other
    // articles: the label and the short lines under it are not story, even when prose
    // follows them.
    if is_link_label(line) || follows_link_label(lines, i) {
        return ParagraphKind::Boilerplate;
    }
    // Items of a bulleted list inside the story ("- Cut taxes on ...") are story.
    if is_list_item(line) && line.words >= 3 {
        return ParagraphKind::Body;
    }
    if is_heading_shape(line) && next_prose_or_list {
        return ParagraphKind::Heading;
    }
    // Short lines between prose paragraphs are part of the story (list items, short
    // answers); elsewhere in the region they are links and labels.
    if prev_prose && next_prose_or_list && !line.is_title_case() {
        return ParagraphKind::Body;
    }
    if line.words >= 4 && line.ends_sentence {
        return ParagraphKind::Body;
    }
    // A sentence that lost its final stop still reads as one: mostly lower-case words.
    if line.words >= 8 && line.lower * 10 >= line.words * 6 && !line.is_title_case() {
        return ParagraphKind::Body;
    }
    // Other short lines inside the story (figures, labels of a table, a one-line answer)
    // are story too, unless they look like a linked headline.
    if !line.is_title_case() {
        return ParagraphKind::Body;
    }
    ParagraphKind::Boilerplate
}

/// Labels of a box of links inside a story, besides the related-article headers.
const LINK_LABELS: &[&str] = &[
    "more",
    "see also",
    "read more",
    "read also",
    "also read",
    "further reading",
];

/// The labels of a shop's or a service's buttons, as whole lines.
const BUTTON_LABELS: &[&str] = &[
    "book now",
    "buy now",
    "compare",
    "get a quote",
    "get started",
    "learn more",
    "more details",
    "more info",
    "read full review",
    "read our review",
    "read the review",
    "see deal",
    "see price",
    "shop now",
    "view deal",
    "visit website",
];

/// The button labels that may name the shop after "at", "on" or "from" ("Check price at
/// ...", "Buy on ...").
const SHOP_BUTTONS: &[&str] = &["buy", "check price", "see price", "shop", "view deal"];

/// The most words of a button's line: a label, a shop's name, a price.
const MAX_BUTTON_WORDS: usize = 6;

/// A line that is only a button: one of [`BUTTON_LABELS`], a shop button with its shop, or
/// a price at a shop ("$49 at ..."). Story lines that open with such words go on into a
/// sentence ("Get started by heating the oven") and are longer or end otherwise.
fn is_button(line: &Line<'_>) -> bool {
    if line.words + line.numbers == 0 || line.words > MAX_BUTTON_WORDS || line.ends_sentence {
        return false;
    }
    let lower = line.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '$'))
        .filter(|w| !w.is_empty())
        .collect();
    let label = words.join(" ");
    if BUTTON_LABELS.contains(&label.as_str()) {
        return true;
    }
    // "check price at corvo", "$49 at zentra": the label, then "at", "on" or "from" and
    // the shop.
    let at_shop = |rest: &str| {
        ["at ", "on ", "from "]
            .iter()
            .any(|p| rest.strip_prefix(p).is_some_and(|shop| !shop.is_empty()))
    };
    let shop_button = SHOP_BUTTONS.iter().any(|b| {
        label
            .strip_prefix(b)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(at_shop)
    });
    let price_at_shop = words.first().is_some_and(|w| {
        w.starts_with('$') && w.len() > 1 && at_shop(label[w.len()..].trim_start())
    });
    shop_button || price_at_shop
}

/// A short line that labels a box of links: "Related", "More:", "See also".
fn is_link_label(line: &Line<'_>) -> bool {
    if line.words == 0 || line.words > 3 {
        return false;
    }
    if line.end_marker == Some(EndMarker::Related) {
        return true;
    }
    let core = line.text.trim_matches(|c: char| !c.is_alphanumeric());
    LINK_LABELS.iter().any(|l| core.eq_ignore_ascii_case(l))
}

/// Whether a short line follows a link label with only other short lines (links) between.
fn follows_link_label(lines: &[Line<'_>], i: usize) -> bool {
    if lines.get(i).is_none_or(|l| l.is_prose() || l.words > 16) {
        return false;
    }
    for k in (i.saturating_sub(3)..i).rev() {
        let l = &lines[k];
        if is_link_label(l) {
            return true;
        }
        if l.is_prose() || l.words > 16 {
            return false;
        }
    }
    false
}

/// A clause in sentence case that ends without a stop, a colon or an ellipsis (a teaser cut
/// short): five to twenty words, most of them in lower case, not in title case, not
/// bracketed, and no clutter or repeated text.
fn is_step(line: &Line<'_>) -> bool {
    let end = line.text.trim_end();
    (5..=20).contains(&line.words)
        && line.lower * 10 >= line.words * 6
        && !line.ends_sentence
        && !end.ends_with([':', '\u{2026}', '.'])
        && !line.is_title_case()
        && !(line.clutter || line.repeated || line.caption || line.dateline || line.byline)
        && !line.text.starts_with(['(', '['])
}

/// A line that opens with a bullet: a dash, a dot or an asterisk and a space.
fn is_list_item(line: &Line<'_>) -> bool {
    let mut cs = line.text.chars();
    matches!(
        cs.next(),
        Some('-' | '\u{2022}' | '*' | '\u{2013}' | '\u{2014}' | '\u{b7}')
    ) && cs.next().is_some_and(char::is_whitespace)
}

/// A subheading: short, and not closed by a period (a question or a colon may close it).
/// Subheadings name a section in a few words; a longer line without a stop inside a story
/// is more often the headline of a linked article, unless it asks, introduces or quotes.
fn is_heading_shape(line: &Line<'_>) -> bool {
    if line.words == 0 || line.words > 14 {
        return false;
    }
    let last = line.text.trim_end().chars().last();
    // A subheading that quotes someone may be as long as the quotation.
    let quoted = line
        .tokens
        .first()
        .is_some_and(|t| t.kind == TokenKind::Quote)
        && line
            .tokens
            .last()
            .is_some_and(|t| t.kind == TokenKind::Quote);
    if line.words > 9 && !matches!(last, Some('?' | ':')) && !quoted {
        return false;
    }
    !matches!(last, Some('.' | ',' | ';'))
}

fn has_quote(line: &Line<'_>) -> bool {
    line.tokens.iter().any(|t| t.kind == TokenKind::Quote)
}

/// Lines that only announce a caption on the next line.
const CAPTION_MARKERS: &[&str] = &[
    "image caption",
    "media caption",
    "caption",
    "image copyright",
    "photo",
    "video",
];

/// Phrases that mark a photo caption or credit wherever they occur in a short paragraph.
const CAPTION_PHRASES: &[&str] = &[
    "getty images",
    "ap photo",
    "(photo",
    "photo by ",
    "photo credit",
    "photograph:",
    "(image credit",
    "image copyright",
    "image caption",
    "media caption",
    "credit...",
    "credit:",
    "photo courtesy",
    "file photo",
    "(reuters/",
    "/afp",
    "/reuters",
    "/ap)",
    "shutterstock",
    "illustration by",
];

/// Phrases that open a caption.
const CAPTION_OPENERS: &[&str] = &[
    "photo:",
    "pictured:",
    "picture:",
    "video:",
    "watch:",
    "above:",
];

/// Phrases of site clutter that open a line ("Read more: ...").
const CLUTTER_OPENERS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "related:",
    "related articles",
    "related stories",
    "recommended",
    "more from",
    "see also",
    "click here",
    "sign up",
    "subscribe",
    "advertisement",
    "share this",
    "share on",
    "follow us",
    "follow @",
    "thank you for",
    "thanks for",
    "we use cookies",
    "by choosing",
    "by clicking",
    "by signing up",
    "this article has been",
    "loading",
    "skip to",
    "copyright",
    "most popular",
    "most read",
    "trending",
    "you may also like",
    "you might also like",
    "watch more",
    "continue reading",
    "sponsored",
    "comments",
    "leave a comment",
    "back to top",
];

/// Phrases of site clutter anywhere in a short line.
const CLUTTER_PHRASES: &[&str] = &[
    "cookie",
    "newsletter",
    "sign up for",
    "signup",
    "subscribe to",
    "your inbox",
    "email address",
    "your email",
    "privacy policy",
    "terms of use",
    "terms of service",
    "javascript",
    "your browser",
    "unsupported on your device",
    "log in",
    "sign in",
    "processing your request",
    "try again",
    "please enable",
    "external links",
    "open in a new window",
    "click to",
    "tap to",
    "download the app",
    "affiliate link",
    "earn a commission",
    "receive a commission",
    "this content is",
    "not be published, broadcast",
    "may not be reproduced",
];

/// Phrases that close a credit line: "Jane Doe contributed reporting."
const CREDIT_CLOSERS: &[&str] = &[
    "contributed reporting",
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed research",
];

/// Phrases that open a credit line: "Reporting by ...; Editing by ...".
const CREDIT_OPENERS: &[&str] = &[
    "additional reporting by",
    "reporting by",
    "editing by",
    "compiled by",
    "with reporting by",
];

/// Notices that mark a line as clutter even when it is longer.
const COPYRIGHT_PHRASES: &[&str] = &["\u{a9}", "all rights reserved"];

/// Which list a phrase comes from, which says where it must sit to count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PhraseList {
    ClutterOpener,
    Clutter,
    CaptionOpener,
    Caption,
    CreditCloser,
    CreditOpener,
    Copyright,
}

/// All phrase lists in one automaton, so that a line is scanned once, not once a phrase.
static PHRASES: LazyLock<(AhoCorasick, Vec<PhraseList>)> = LazyLock::new(|| {
    let lists: [(PhraseList, &[&str]); 7] = [
        (PhraseList::ClutterOpener, CLUTTER_OPENERS),
        (PhraseList::Clutter, CLUTTER_PHRASES),
        (PhraseList::CaptionOpener, CAPTION_OPENERS),
        (PhraseList::Caption, CAPTION_PHRASES),
        (PhraseList::CreditCloser, CREDIT_CLOSERS),
        (PhraseList::CreditOpener, CREDIT_OPENERS),
        (PhraseList::Copyright, COPYRIGHT_PHRASES),
    ];
    let mut patterns = Vec::new();
    let mut owners = Vec::new();
    for (list, phrases) in lists {
        for p in phrases {
            patterns.push(*p);
            owners.push(list);
        }
    }
    // A DFA with non-overlapping matches is the fastest search; a phrase hidden inside
    // another match is of the same kind in practice ("(photo by").
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("the phrase lists are small and valid");
    (ac, owners)
});

/// How many bytes at the start and at the end of a long line the phrase search reads:
/// openers sit at the start, photo credits and credit closers at the end.
const PHRASE_HEAD_BYTES: usize = 48;
const PHRASE_TAIL_BYTES: usize = 120;

/// Lines longer than this are never clutter, captions or credits by their phrases.
const MAX_PHRASE_LINE_WORDS: usize = 90;

/// Sets the phrase flags of `line`: clutter, caption and credit.
fn match_phrases(line: &mut Line<'_>) {
    if line.words > MAX_PHRASE_LINE_WORDS {
        return;
    }
    let (ac, owners) = &*PHRASES;
    // Openers sit at the start and credits at the end of a caption; a long line is scanned
    // only there, which keeps this cheap on long story paragraphs.
    let t = line.text;
    let (head, tail) = if line.words > 40 && t.len() > PHRASE_HEAD_BYTES + PHRASE_TAIL_BYTES {
        let mut a = PHRASE_HEAD_BYTES;
        while !t.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = t.len() - PHRASE_TAIL_BYTES;
        while !t.is_char_boundary(b) {
            b += 1;
        }
        (t.get(..a).unwrap_or(""), t.get(b..).map(|x| (b, x)))
    } else {
        (t, None)
    };
    let (mut clutter, mut caption, mut credit, mut copyright) = (false, false, false, false);
    // The anywhere-phrases of clutter found, and whether any other sign of clutter was.
    let (mut phrase, mut phrases, mut opener) = (None, 0usize, false);
    let parts = std::iter::once((0, head)).chain(tail);
    for (offset, part) in parts {
        for m in ac.find_iter(part) {
            let start = offset + m.start();
            // An opener may sit inside a bracket ("[Related: ...]", "(Read more: ...)").
            let at_start = t
                .get(..start)
                .is_some_and(|h| h.len() <= 2 && h.chars().all(|c| matches!(c, '[' | '(' | ' ')));
            let at_word = t
                .get(..start)
                .and_then(|h| h.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            match owners.get(m.pattern().as_usize()) {
                Some(PhraseList::ClutterOpener) => {
                    clutter |= at_start;
                    opener |= at_start;
                }
                Some(PhraseList::Clutter) if at_word => {
                    clutter = true;
                    let p = m.pattern().as_usize();
                    if phrase != Some(p) {
                        phrases += 1;
                    }
                    phrase = Some(p);
                }
                Some(PhraseList::Clutter) => {}
                Some(PhraseList::CaptionOpener) => caption |= at_start,
                Some(PhraseList::Caption) => caption = true,
                // A credit opens the line ("Reporting by ...", "(Additional reporting by
                // ...)") or closes it ("... contributed reporting from Paris."); "figures
                // compiled by the ministry" in a sentence is no credit.
                Some(PhraseList::CreditOpener) => credit |= start <= 2,
                Some(PhraseList::CreditCloser) => {
                    let rest = t.get(offset + m.end()..).unwrap_or("");
                    credit |= at_word && rest.len() <= 30 && !rest.contains(". ");
                }
                Some(PhraseList::Copyright) => copyright = true,
                None => {}
            }
        }
    }
    // Clutter and credits are short; a story may mention a newsletter in passing.
    line.clutter = (clutter && line.words <= 40) || (copyright && line.words <= 60);
    line.clutter |= is_prompt(line);
    line.clutter_phrase = phrase
        .filter(|_| line.clutter && phrases == 1 && !opener && !copyright && !is_prompt(line));
    line.caption = caption
        || t.ends_with("... more")
        || t.ends_with("\u{2026} more")
        || ends_with_photo_credit(t);
    line.credit = credit && line.words <= 50;
}

/// A caption's closing credit in brackets: "(Jane Doe/Valley Press)", "[Photo via Valley
/// Press]".
pub(crate) fn ends_with_photo_credit(t: &str) -> bool {
    let (body, open) = if let Some(body) = t.strip_suffix(')') {
        (body, '(')
    } else if let Some(body) = t.strip_suffix(']') {
        (body, '[')
    } else {
        return false;
    };
    let Some(open) = body.rfind(open) else {
        return false;
    };
    let credit = body.get(open + 1..).unwrap_or("");
    (credit.contains('/') || credit.contains(" via "))
        && credit.len() <= 60
        && !credit.contains("://")
        && credit.split_whitespace().count() <= 6
        && credit.chars().next().is_some_and(char::is_uppercase)
}

/// Status prompts of forms and widgets open with one exclaimed word ("Oops! Something went
/// wrong."); story paragraphs that exclaim open with a quotation mark instead.
fn is_prompt(line: &Line<'_>) -> bool {
    if line.words > 20 {
        return false;
    }
    let mut toks = line.tokens.iter();
    match (toks.next(), toks.next()) {
        (Some(a), Some(b)) => {
            a.kind == TokenKind::Word && line.tok(b) == "!" && toks.next().is_some()
        }
        _ => false,
    }
}

/// A byline: "By" and a few capitalized names, perhaps with a title or an outlet.
fn is_byline(t: &str, line: &Line<'_>) -> bool {
    if line.words == 0
        || line.words > 14
        || line.ends_sentence && t.ends_with('.') && line.words > 6
    {
        return false;
    }
    let Some(first) = line.tokens.first() else {
        return false;
    };
    let w = line.tok(first);
    if !(w == "By" || w == "BY" || w == "by") {
        return is_signature(line);
    }
    // "By" alone on its line is the label of the name on the next line.
    if line.tokens.len() == 1 {
        return true;
    }
    // The next word must be a name, not "By the time we arrived".
    line.tokens
        .get(1)
        .is_some_and(|t| t.is_capitalized() && t.kind == TokenKind::Word)
        && line.caps * 2 >= line.words
}

/// A byline without "By": names, a comma and an outlet or a job title ("Jo Lind and Ari
/// Voss, The Associated Press").
fn is_signature(line: &Line<'_>) -> bool {
    if line.words < 3
        || line.words > 10
        || line.ends_sentence
        || line.caps * 10 < line.words * 7
        || line.text.contains('(')
    {
        return false;
    }
    let Some(comma) = line.tokens.iter().position(|t| line.tok(t) == ",") else {
        return false;
    };
    // Two to six name words before the comma, the outlet or title after it.
    let names = line.tokens.get(..comma).unwrap_or(&[]);
    let named = names.iter().filter(|t| t.is_capitalized()).count();
    let title = line.tokens.get(comma + 1..).unwrap_or(&[]).iter().any(|t| {
        let w = line.tok(t);
        AUTHOR_TITLES.iter().any(|a| w.eq_ignore_ascii_case(a))
    });
    (2..=6).contains(&named) && title
}

const DATE_WORDS: &[&str] = &[
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "bst",
    "cet",
    "et",
    "est",
    "edt",
    "pt",
    "pst",
    "pdt",
    "ct",
    "cst",
    "cdt",
    "ist",
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "on",
    "at",
    "ago",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "day",
    "days",
    "today",
    "yesterday",
    "st",
    "nd",
    "rd",
    "th",
    "de",
    "of",
    "le",
    "am",
];

fn is_month(w: &str) -> bool {
    words::is_month_or_abbreviation(w.trim_end_matches('.'))
}

/// The units of an amount of time that date lines count back in ("3 hours ago").
fn is_time_unit(w: &str) -> bool {
    [
        "hour", "hours", "min", "mins", "minute", "minutes", "day", "days",
    ]
    .iter()
    .any(|u| w.eq_ignore_ascii_case(u))
}

fn is_date_word(w: &str) -> bool {
    is_month(w) || words::is_weekday(w) || DATE_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m))
}

/// A line that is only a date or time ("November 18, 2019 -- 19:14 GMT", "Updated 3 hours
/// ago"), or a place and news agency ("MOSCOW (Reuters) -").
fn is_dateline(t: &str, line: &Line<'_>) -> bool {
    if line.words + line.numbers == 0 || line.words > 12 {
        return false;
    }
    let mut datey = 0;
    let mut other = 0;
    // A month, a weekday or a clock time: bare numbers alone are not a date.
    let mut anchor = false;
    // An amount of time ("5 minutes", "2.5 hours") is a date only when it counts back from
    // now ("5 minutes ago", "Updated 2 hours ago"); alone it is a duration: a reading time,
    // a recipe's baking time, a cell of a table.
    let (mut units, mut relative) = (false, false);
    for tok in line.tokens {
        match tok.kind {
            TokenKind::Word => {
                let w = line.tok(tok);
                if is_date_word(w) {
                    let strong = is_month(w) || w.len() > 3;
                    datey += usize::from(strong);
                    if is_time_unit(w) {
                        units = true;
                    } else {
                        anchor |= strong;
                        relative |= w.eq_ignore_ascii_case("ago");
                    }
                } else {
                    other += 1;
                }
            }
            TokenKind::Number => {
                datey += 1;
                anchor |= line.tok(tok).contains(':');
            }
            _ => {}
        }
    }
    anchor |= units && relative;
    if other == 0 && datey >= 2 && anchor {
        return true;
    }
    // "MOSCOW (Reuters) -": capitals, an agency in brackets, and a dash to close.
    let trimmed = t.trim_end();
    let dash_end = trimmed.ends_with(['-', '_', '\u{2014}', '\u{2013}']);
    dash_end && line.words <= 6 && t.contains('(') && line.lower == 0
}

/// Whether a short paragraph names a weekday with its full date and year ("... at the
/// Statehouse, Tuesday, Nov. 19, 2019, during a rally"): photo captions date their picture
/// so, where a story says "on Tuesday".
fn has_weekday_date(line: &Line<'_>) -> bool {
    if line.words > 60 {
        return false;
    }
    let mut seq = line
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    let mut window: [Option<&Token>; 4] = [None; 4];
    loop {
        let Some(next) = seq.next() else {
            return false;
        };
        window.rotate_left(1);
        window[3] = Some(next);
        let [Some(a), Some(b), Some(c), Some(d)] = window else {
            continue;
        };
        let year = line.tok(d);
        if words::is_weekday(line.tok(a))
            && is_month(line.tok(b))
            && c.kind == TokenKind::Number
            && line.tok(c).len() <= 2
            && d.kind == TokenKind::Number
            && year.len() == 4
            && year.starts_with(['1', '2'])
        {
            return true;
        }
    }
}

/// Whether the paragraph ends in a full date ("..., Tuesday, Nov. 19, 2019." or
/// "... on 3 March 2021"), as photo captions do.
fn ends_with_date(line: &Line<'_>) -> bool {
    let mut last = line
        .tokens
        .iter()
        .rev()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    let (Some(t0), Some(t1), Some(t2)) = (last.next(), last.next(), last.next()) else {
        return false;
    };
    let toks = [t0, t1, t2];
    let text = line.text;
    let year = line.tok(toks[0]);
    let is_year =
        year.len() == 4 && year.starts_with(['1', '2']) && toks[0].kind == TokenKind::Number;
    if !is_year {
        return false;
    }
    // "Month Day, Year" or "Day Month Year".
    let a = line.tok(toks[1]);
    let b = line.tok(toks[2]);
    let month_day = toks[1].kind == TokenKind::Number && a.len() <= 2 && is_month(b);
    let day_month = is_month(a) && toks[2].kind == TokenKind::Number && b.len() <= 2;
    if !(month_day || day_month) {
        return false;
    }
    // Only the date and closing punctuation may follow the year.
    let after = text
        .get(toks[0].span.end.saturating_sub(line.start)..)
        .unwrap_or("");
    after.chars().all(|c| matches!(c, '.' | ')' | ' '))
}

/// Words of job titles and outlets that share a byline with the authors' names.
const AUTHOR_TITLES: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "staff",
    "columnist",
    "contributor",
    "analyst",
    "producer",
    "journalist",
    "news",
    "press",
    "times",
    "post",
    "daily",
    "business",
    "associated",
    "agency",
    "reuters",
    "afp",
    "ap",
    "cnn",
    "bbc",
    "sports",
    "senior",
    "chief",
];

/// The names on the first byline, without "By", titles or outlets.
fn authors(lines: &[Line<'_>], kinds: &[ParagraphKind]) -> Vec<String> {
    let Some(i) = kinds.iter().position(|k| *k == ParagraphKind::Byline) else {
        return Vec::new();
    };
    let line = &lines[i];
    // "By" alone: the names are on the next line.
    let (line, skip) = if line.tokens.len() == 1 {
        match lines.get(i + 1) {
            Some(next) if next.words <= 8 => (next, 0),
            _ => return Vec::new(),
        }
    } else {
        let by = line
            .tokens
            .first()
            .is_some_and(|t| line.tok(t).eq_ignore_ascii_case("by"));
        (line, usize::from(by))
    };
    let t = line.text;
    let base = line.start;
    let mut out: Vec<String> = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let flush = |cur: &mut Option<(usize, usize)>, out: &mut Vec<String>| {
        if let Some((a, b)) = cur.take() {
            let name = t
                .get(a.saturating_sub(base)..b.saturating_sub(base))
                .unwrap_or("")
                .trim();
            // A single word is an outlet or a title more often than a person, and a job
            // title or an outlet follows the names ("..., City Reporter").
            let is_title = name
                .split(' ')
                .any(|w| AUTHOR_TITLES.iter().any(|t| w.eq_ignore_ascii_case(t)));
            if name.contains(' ') && !is_title && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    };
    for tok in line.tokens.iter().skip(skip) {
        let w = line.tok(tok);
        let name_part = tok.kind == TokenKind::Word
            && (tok.is_capitalized() || matches!(w, "de" | "van" | "von" | "der" | "da" | "al"))
            && !matches!(w, "And" | "AND" | "By" | "BY");
        if name_part {
            cur = Some(match cur {
                Some((a, _)) => (a, tok.span.end),
                None => (tok.span.start, tok.span.end),
            });
        } else if tok.kind == TokenKind::Punct && w == "." && cur.is_some() {
            // The period of an initial ("Jane Q. Roe") stays in the name.
            if let Some((a, _)) = cur {
                cur = Some((a, tok.span.end));
            }
        } else {
            flush(&mut cur, &mut out);
            // An outlet or a title follows the names after a comma or a bar.
            if matches!(w, "|" | "\u{2022}" | "-" | "\u{2014}") {
                break;
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    /// Renders each paragraph as `kind | text` and the authors last.
    fn check(text: &str, expect: Expect) {
        let seg = lede_text::segment(text);
        let layout = classify(text, &seg);
        let mut out = String::new();
        for (p, k) in seg.paragraphs.iter().zip(&layout.kinds) {
            out.push_str(&format!("{:<11} | {}\n", k.as_str(), p.span.text(text)));
        }
        if !layout.authors.is_empty() {
            out.push_str(&format!("authors: {}\n", layout.authors.join("; ")));
        }
        expect.assert_eq(&out);
    }

    #[test]
    fn story_with_caption_heading_and_credit() {
        check(
            "Home\nWorld\nBusiness\nSport\n\
             Harbour workers in Valdora walk off the job\n\
             Dock workers unload a container ship at the port of Valdora, Tuesday, May 6, 2025.\n\
             Thousands of dock workers in the port city of Valdora stopped work on Tuesday, \
             leaving dozens of cargo ships waiting at anchor outside the harbour.\n\
             The union said the strike would last until the port authority agreed to talks \
             on pay, which has not risen in line with prices for three years.\n\
             What the union wants\n\
             Union leaders are asking for a raise of eight percent and a shorter night shift, \
             arguing that the port's profits have doubled since the new terminal opened.\n\
             \"We have waited long enough,\" said Mara Lindqvist, who has worked the cranes \
             for twenty years. \"Nobody wants a long strike, but nobody listens otherwise.\"\n\
             Photo: Port of Valdora\n\
             The port authority said it was ready to meet the union next week.\n\
             Tomas Brenner contributed reporting.\n\
             Share this article\n\
             Sign up for our morning newsletter\n\
             \u{a9} 2025 Valdora Daily. All rights reserved.\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | World
                boilerplate | Business
                boilerplate | Sport
                boilerplate | Harbour workers in Valdora walk off the job
                caption     | Dock workers unload a container ship at the port of Valdora, Tuesday, May 6, 2025.
                body        | Thousands of dock workers in the port city of Valdora stopped work on Tuesday, leaving dozens of cargo ships waiting at anchor outside the harbour.
                body        | The union said the strike would last until the port authority agreed to talks on pay, which has not risen in line with prices for three years.
                heading     | What the union wants
                body        | Union leaders are asking for a raise of eight percent and a shorter night shift, arguing that the port's profits have doubled since the new terminal opened.
                body        | "We have waited long enough," said Mara Lindqvist, who has worked the cranes for twenty years. "Nobody wants a long strike, but nobody listens otherwise."
                caption     | Photo: Port of Valdora
                body        | The port authority said it was ready to meet the union next week.
                credit      | Tomas Brenner contributed reporting.
                boilerplate | Share this article
                boilerplate | Sign up for our morning newsletter
                boilerplate | © 2025 Valdora Daily. All rights reserved.
            "#]],
        );
    }

    #[test]
    fn byline_dateline_and_authors() {
        check(
            "Menu\nSearch\n\
             City council backs new tram line\n\
             By Petra Novak and Jonas Eide, City Reporter\n\
             March 3, 2024 -- 14:05 GMT\n\
             The city council voted on Monday to build a tram line from the station to the \
             university, ending a debate that has divided the city for almost a decade.\n\
             Supporters say the line will take thousands of cars off the road each day, while \
             shop owners on the route fear years of building work in front of their doors.\n",
            expect![[r#"
                boilerplate | Menu
                boilerplate | Search
                boilerplate | City council backs new tram line
                byline      | By Petra Novak and Jonas Eide, City Reporter
                dateline    | March 3, 2024 -- 14:05 GMT
                body        | The city council voted on Monday to build a tram line from the station to the university, ending a debate that has divided the city for almost a decade.
                body        | Supporters say the line will take thousands of cars off the road each day, while shop owners on the route fear years of building work in front of their doors.
                authors: Petra Novak; Jonas Eide
            "#]],
        );
    }

    #[test]
    fn a_list_the_story_introduces_is_the_story() {
        check(
            "Home\nGuides\nAbout\n\
             Logging every request a service sends is the quickest way to find out why a call \
             to a partner's interface fails, yet few teams turn it on before something breaks.\n\
             Printing the raw messages to the console during development fills a gap that \
             dashboards leave open:\n\
             Immediate feedback without external tools\n\
             Easy reproduction by copying a message into a terminal\n\
             Quick diagnosis of header mismatches and expired tokens\n\
             A format that matches the partner's own documentation\n\
             None of this replaces tracing in production, where the volume of messages makes \
             raw logs expensive, but it shortens the first hour of most investigations.\n\
             Popular\nTen tips for faster tests\nWhy we moved to a monorepo\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Guides
                boilerplate | About
                body        | Logging every request a service sends is the quickest way to find out why a call to a partner's interface fails, yet few teams turn it on before something breaks.
                body        | Printing the raw messages to the console during development fills a gap that dashboards leave open:
                body        | Immediate feedback without external tools
                body        | Easy reproduction by copying a message into a terminal
                body        | Quick diagnosis of header mismatches and expired tokens
                body        | A format that matches the partner's own documentation
                body        | None of this replaces tracing in production, where the volume of messages makes raw logs expensive, but it shortens the first hour of most investigations.
                boilerplate | Popular
                boilerplate | Ten tips for faster tests
                boilerplate | Why we moved to a monorepo
            "#]],
        );
    }

    #[test]
    fn numbered_points_of_a_listicle_are_the_story() {
        // The numbered headings score nothing against the story: without them each would
        // cut the short sections apart.
        check(
            "Home\nPricing\nBlog\n\
             Choosing a note-taking app is mostly a question of where the notes must go later \
             and who else has to read them.\n\
             1. Plain Files\n\
             Notes kept as plain files outlive every app that ever opened them.\n\
             2. Fast Search\n\
             A search that finds last year's notes in a second saves the most time.\n\
             3. Shared Notebooks\n\
             Teams need to edit the same page without sending copies around.\n\
             Whichever app wins on these points, exporting a copy of every note once a month \
             keeps the choice reversible, which matters more than any single feature.\n\
             Subscribe\nContact us\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Pricing
                boilerplate | Blog
                body        | Choosing a note-taking app is mostly a question of where the notes must go later and who else has to read them.
                body        | 1. Plain Files
                body        | Notes kept as plain files outlive every app that ever opened them.
                body        | 2. Fast Search
                body        | A search that finds last year's notes in a second saves the most time.
                body        | 3. Shared Notebooks
                body        | Teams need to edit the same page without sending copies around.
                body        | Whichever app wins on these points, exporting a copy of every note once a month keeps the choice reversible, which matters more than any single feature.
                boilerplate | Subscribe
                boilerplate | Contact us
            "#]],
        );
    }

    #[test]
    fn a_list_of_lower_case_phrases_is_the_story() {
        // Points of five words or more, mostly lower case, under a bare label: a list of the
        // article's, unlike a menu's capitalized words.
        check(
            "Home\nServices\nAbout\n\
             The second agency on our list has worked with exchanges and wallets since 2018, \
             and its team writes most of its clients' guides in house.\n\
             Services\n\
             Keyword research for exchanges and wallet makers\n\
             Technical audits of documentation sites and blogs\n\
             Guides that explain staking to first-time buyers\n\
             Monthly reports on traffic and sign-ups from search\n\
             Its prices start higher than most of the others here, but the agency publishes \
             the results of its last ten campaigns, which few of its rivals do.\n\
             Newsletter\nCareers\nPress\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Services
                boilerplate | About
                body        | The second agency on our list has worked with exchanges and wallets since 2018, and its team writes most of its clients' guides in house.
                heading     | Services
                body        | Keyword research for exchanges and wallet makers
                body        | Technical audits of documentation sites and blogs
                body        | Guides that explain staking to first-time buyers
                body        | Monthly reports on traffic and sign-ups from search
                body        | Its prices start higher than most of the others here, but the agency publishes the results of its last ten campaigns, which few of its rivals do.
                boilerplate | Newsletter
                boilerplate | Careers
                boilerplate | Press
            "#]],
        );
    }

    #[test]
    fn a_checklist_of_short_steps_is_the_story() {
        // Steps of three or four words, mostly lower case, between the checklist's sections.
        check(
            "Home\nVenues\nDresses\nPlanners\n\
             Start by sitting down together to talk about the wedding you both want, and how \
             many guests you would like to invite.\n\
             Twelve months before\n\
             Draw up a budget\n\
             Start the guest list\n\
             Book the reception venue\n\
             Look at photographers and videographers\n\
             Six months before\n\
             Order the wedding dress\n\
             Send the invitations out\n\
             Book a hair and makeup trial\n\
             Most couples find the last month the busiest, so leave it for the small jobs and \
             the final fittings, and hand the rest to your friends.\n\
             Contact\nPrivacy\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Venues
                boilerplate | Dresses
                boilerplate | Planners
                body        | Start by sitting down together to talk about the wedding you both want, and how many guests you would like to invite.
                body        | Twelve months before
                body        | Draw up a budget
                body        | Start the guest list
                body        | Book the reception venue
                body        | Look at photographers and videographers
                body        | Six months before
                body        | Order the wedding dress
                body        | Send the invitations out
                body        | Book a hair and makeup trial
                body        | Most couples find the last month the busiest, so leave it for the small jobs and the final fittings, and hand the rest to your friends.
                boilerplate | Contact
                boilerplate | Privacy
            "#]],
        );
    }

    #[test]
    fn a_box_of_related_links_inside_a_checklist_does_not_end_it() {
        // After "Related resources:", the checklist goes on: its notes stand beside its
        // items, not between headlines like teasers.
        check(
            "Home\nVenues\n\
             Planning a wedding takes about a year, and this checklist walks you through it \
             month by month, with notes on what can wait and what cannot.\n\
             Print it out, or save it to your phone, and tick things off as you go; nobody \
             does every step, and that is fine.\n\
             Related resources:\n\
             Venue comparison guide\n\
             Wedding day emergency kit\n\
             Twelve months before\n\
             Agree on a budget – decide who is paying for what\n\
             Choose a range of dates – consider the season\n\
             Book the venue – tour a few and compare what is included\n\
             Hire a planner if you want one, and agree on how much they will do for you.\n\
             Six months before\n\
             Order the dress – allow time for fittings\n\
             Book the photographer – meet them and review their work\n\
             Send the save-the-date cards, especially to guests who will have to travel.\n\
             Arrange transport – shuttles for guests staying far away\n\
             Contact\nPrivacy\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Venues
                body        | Planning a wedding takes about a year, and this checklist walks you through it month by month, with notes on what can wait and what cannot.
                body        | Print it out, or save it to your phone, and tick things off as you go; nobody does every step, and that is fine.
                boilerplate | Related resources:
                body        | Venue comparison guide
                body        | Wedding day emergency kit
                body        | Twelve months before
                body        | Agree on a budget – decide who is paying for what
                body        | Choose a range of dates – consider the season
                body        | Book the venue – tour a few and compare what is included
                body        | Hire a planner if you want one, and agree on how much they will do for you.
                body        | Six months before
                body        | Order the dress – allow time for fittings
                body        | Book the photographer – meet them and review their work
                body        | Send the save-the-date cards, especially to guests who will have to travel.
                boilerplate | Arrange transport – shuttles for guests staying far away
                boilerplate | Contact
                boilerplate | Privacy
            "#]],
        );
    }

    #[test]
    fn a_clutter_word_that_is_the_subject_is_no_clutter() {
        // An article about newsletters says "newsletter" in sentence after sentence; the
        // site's sign-up prompt, with its other words of clutter, stays clutter.
        check(
            "Home\nBlog\n\
             I read more than forty newsletters a week, and last month I decided to build a tool that sorts them.\n\
             The first version fetched every newsletter from its feed and counted the words in each issue.\n\
             A newsletter with many comments scored higher, since readers only answer the ones they value.\n\
             After a week the tool had ranked two hundred issues, and the best newsletter of them surprised me.\n\
             Sign up for our newsletter\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Blog
                body        | I read more than forty newsletters a week, and last month I decided to build a tool that sorts them.
                body        | The first version fetched every newsletter from its feed and counted the words in each issue.
                body        | A newsletter with many comments scored higher, since readers only answer the ones they value.
                body        | After a week the tool had ranked two hundred issues, and the best newsletter of them surprised me.
                boilerplate | Sign up for our newsletter
            "#]],
        );
    }

    #[test]
    fn a_line_that_mentions_comments_is_no_comments_header() {
        // The story goes on past "Annotated example — see it run" and past comments named in
        // brackets; "Comments (12)" ends it.
        check(
            "Home\nAbout\n\
             Learning a new language sticks when each idea comes back several times in \
             different forms, which is what a good tutor does without saying so.\n\
             The method builds repetition in naturally:\n\
             Concept explanation — first exposure\n\
             Annotated example — see it run\n\
             Practice exercise — apply it yourself\n\
             If you still forget things, slow down: the goal is not speed but an understanding \
             that lasts longer than the project you are working on.\n\
             Measuring progress (and reading comments)\n\
             Every week I count the words I recall without help and read what other learners \
             wrote under the lesson, which shows me where the explanation was unclear.\n\
             Comments (12)\n\
             Great post, thanks for writing it up so clearly.\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | About
                body        | Learning a new language sticks when each idea comes back several times in different forms, which is what a good tutor does without saying so.
                body        | The method builds repetition in naturally:
                body        | Concept explanation — first exposure
                body        | Annotated example — see it run
                body        | Practice exercise — apply it yourself
                body        | If you still forget things, slow down: the goal is not speed but an understanding that lasts longer than the project you are working on.
                heading     | Measuring progress (and reading comments)
                body        | Every week I count the words I recall without help and read what other learners wrote under the lesson, which shows me where the explanation was unclear.
                boilerplate | Comments (12)
                boilerplate | Great post, thanks for writing it up so clearly.
            "#]],
        );
    }

    #[test]
    fn a_heading_the_table_of_contents_lists_heads_its_section() {
        // The contents' and the footer's copies are clutter; the same words over a section
        // are its heading.
        check(
            "Guides\nContents\nWhy Batteries Fade\nCharging at Home\n\
             Electric cars lose some range as their batteries age, but far less than most \
             buyers fear, and how the car is charged matters more than how far it is driven.\n\
             Why Batteries Fade\n\
             Heat and full charges wear a battery fastest, which is why most makers advise \
             keeping the charge between a fifth and four fifths for daily use.\n\
             Charging at Home\n\
             A wall box on a timer charges overnight at the cheapest rate and spares the \
             battery the fast chargers that heat it.\n\
             FAQs\n\
             Does fast charging harm the battery? Now and then it does not; every day for years \
             it wears the battery a little faster than charging at home.\n\
             Newsletter\nFAQs\nContact\n",
            expect![[r#"
                boilerplate | Guides
                boilerplate | Contents
                boilerplate | Why Batteries Fade
                boilerplate | Charging at Home
                body        | Electric cars lose some range as their batteries age, but far less than most buyers fear, and how the car is charged matters more than how far it is driven.
                heading     | Why Batteries Fade
                body        | Heat and full charges wear a battery fastest, which is why most makers advise keeping the charge between a fifth and four fifths for daily use.
                heading     | Charging at Home
                body        | A wall box on a timer charges overnight at the cheapest rate and spares the battery the fast chargers that heat it.
                heading     | FAQs
                body        | Does fast charging harm the battery? Now and then it does not; every day for years it wears the battery a little faster than charging at home.
                boilerplate | Newsletter
                boilerplate | FAQs
                boilerplate | Contact
            "#]],
        );
    }

    #[test]
    fn a_heading_over_a_list_it_introduces() {
        check(
            "Blog\nTools\n\
             Code an assistant wrote works on the first day, and the trouble starts in the \
             second week, when something breaks and nobody knows why it worked at all.\n\
             What Understanding Provides\n\
             When you understand your code, you get:\n\
             Debugging that starts from the stack trace\n\
             Changes made without fear of breaking something else\n\
             A sense of when the design is getting too complex\n\
             None of that comes from accepting whatever the assistant writes, however fast it \
             writes it, so the time saved on the first day is paid back later.\n\
             Share\n",
            expect![[r#"
                boilerplate | Blog
                boilerplate | Tools
                body        | Code an assistant wrote works on the first day, and the trouble starts in the second week, when something breaks and nobody knows why it worked at all.
                heading     | What Understanding Provides
                body        | When you understand your code, you get:
                body        | Debugging that starts from the stack trace
                body        | Changes made without fear of breaking something else
                body        | A sense of when the design is getting too complex
                body        | None of that comes from accepting whatever the assistant writes, however fast it writes it, so the time saved on the first day is paid back later.
                boilerplate | Share
            "#]],
        );
    }

    #[test]
    fn sections_a_table_of_contents_lists_stay_in_the_story() {
        // Listed in the contents, each heading is repeated, which scored it against the story
        // like a menu line; over its section it weighs nothing, so the story runs on. (A
        // known limit: the contents' last entry stands over the first paragraph, so it does
        // not read as an entry, and the last section is lost.)
        check(
            "Guides\nIn this guide\nStep 1 - Back up your data\nStep 2 - Reset the phone\n\
             Step 3 - Restore your apps\n\
             Selling an old phone is safe once its data is gone, and that takes three steps \
             that anyone can do in an evening with a charger and a cable.\n\
             Step 1 - Back up your data\n\
             Copy photos and messages to a computer or a cloud account.\n\
             Step 2 - Reset the phone\n\
             Sign out of every account first, then reset it from the settings.\n\
             Step 3 - Restore your apps\n\
             On the new phone, sign in and let the backup bring your apps back.\n\
             Contact\n",
            expect![[r#"
                boilerplate | Guides
                boilerplate | In this guide
                boilerplate | Step 1 - Back up your data
                boilerplate | Step 2 - Reset the phone
                boilerplate | Step 3 - Restore your apps
                body        | Selling an old phone is safe once its data is gone, and that takes three steps that anyone can do in an evening with a charger and a cable.
                heading     | Step 1 - Back up your data
                body        | Copy photos and messages to a computer or a cloud account.
                heading     | Step 2 - Reset the phone
                body        | Sign out of every account first, then reset it from the settings.
                boilerplate | Step 3 - Restore your apps
                boilerplate | On the new phone, sign in and let the backup bring your apps back.
                boilerplate | Contact
            "#]],
        );
    }

    #[test]
    fn the_story_again_as_html_source_is_clutter() {
        check(
            "News\n\
             Tutoring was supposed to help children catch up after the pandemic, and the first \
             results from last year suggest that the gains were small.\n\
             Schools that offered it every day saw a little more progress than the others, \
             researchers found, but far less than the earlier studies had promised.\n\
             Republish this article\n\
             <p>Tutoring was supposed to help children catch up after the pandemic, and the \
             first results from last year suggest that the gains were small.</p>\n\
             <p>Schools that offered it <a href=\"https://example.org/study\">every day</a> saw a \
             little more progress than the others, researchers found, but far less than the \
             earlier studies had promised.</p>\n",
            expect![[r#"
                boilerplate | News
                body        | Tutoring was supposed to help children catch up after the pandemic, and the first results from last year suggest that the gains were small.
                body        | Schools that offered it every day saw a little more progress than the others, researchers found, but far less than the earlier studies had promised.
                boilerplate | Republish this article
                boilerplate | <p>Tutoring was supposed to help children catch up after the pandemic, and the first results from last year suggest that the gains were small.</p>
                boilerplate | <p>Schools that offered it <a href="https://example.org/study">every day</a> saw a little more progress than the others, researchers found, but far less than the earlier studies had promised.</p>
            "#]],
        );
    }

    #[test]
    fn labelled_facts_between_paragraphs_are_the_story() {
        check(
            "Cars\nCharging\nFinancing\n\
             Buyers choosing between a battery car and a hybrid mostly ask how far they can go \
             and what it costs to fill up, and the answers differ more than the brochures say.\n\
             Battery electric\n\
             Fuel: Diesel only\n\
             Maintenance: Fewer moving parts and no oil changes\n\
             Best for: Drivers who can charge at home\n\
             Hybrid\n\
             Fuel: Petrol and a small battery\n\
             Best for: Long trips with few chargers on the way\n\
             Either way, the cheapest car to run is the one that suits the trips its owner \
             actually makes, which is why dealers now ask about commutes before colours.\n\
             Subscribe\nContact us\n",
            expect![[r#"
                boilerplate | Cars
                boilerplate | Charging
                boilerplate | Financing
                body        | Buyers choosing between a battery car and a hybrid mostly ask how far they can go and what it costs to fill up, and the answers differ more than the brochures say.
                heading     | Battery electric
                body        | Fuel: Diesel only
                body        | Maintenance: Fewer moving parts and no oil changes
                body        | Best for: Drivers who can charge at home
                heading     | Hybrid
                body        | Fuel: Petrol and a small battery
                body        | Best for: Long trips with few chargers on the way
                body        | Either way, the cheapest car to run is the one that suits the trips its owner actually makes, which is why dealers now ask about commutes before colours.
                boilerplate | Subscribe
                boilerplate | Contact us
            "#]],
        );
    }

    #[test]
    fn a_thread_of_comments_under_the_story_is_not_the_story() {
        check(
            "Posted on March 3, 2026\n\
             The old ferry made its last crossing on Sunday, sixty years after it first carried \
             cars across the estuary, and hundreds of people came to see it off.\n\
             The new bridge opens next month. The council says the crossing will take four \
             minutes instead of twenty, though the toll has not yet been set.\n\
             The ferry itself has been sold to a museum on the north coast, where it will be \
             restored and opened to visitors next summer, the council said on Monday.\n\
             Its crew of eleven will move to the bridge, where they will run the control room \
             and the lifting span that lets tall ships pass on their way up the river.\n\
             Anna Berg\n\
             March 3, 2026, 9:46 pm\n\
             I took that ferry to school every day for six years, and I will miss the smell of \
             the engine room more than I can say. My father worked on it for most of his life, \
             first as a deckhand and later as its engineer, and he would have been there today.\n\
             He used to say that the estuary was never the same twice, and that the bridge \
             would make people forget how wide it really is, which I think is probably true.\n\
             Tom Hale\n\
             March 3, 2026, 10:02 pm\n\
             Four minutes instead of twenty sounds wonderful, but I bet the toll will not be \
             cheap when they finally announce it, and the people who used the ferry most are \
             the ones who can least afford to pay it every single day of the working week.\n\
             The council should publish the figures before the opening, not after it, so that \
             people can plan, and so that the shops on the south bank know what to expect.\n",
            expect![[r#"
                dateline    | Posted on March 3, 2026
                body        | The old ferry made its last crossing on Sunday, sixty years after it first carried cars across the estuary, and hundreds of people came to see it off.
                body        | The new bridge opens next month. The council says the crossing will take four minutes instead of twenty, though the toll has not yet been set.
                body        | The ferry itself has been sold to a museum on the north coast, where it will be restored and opened to visitors next summer, the council said on Monday.
                body        | Its crew of eleven will move to the bridge, where they will run the control room and the lifting span that lets tall ships pass on their way up the river.
                boilerplate | Anna Berg
                dateline    | March 3, 2026, 9:46 pm
                boilerplate | I took that ferry to school every day for six years, and I will miss the smell of the engine room more than I can say. My father worked on it for most of his life, first as a deckhand and later as its engineer, and he would have been there today.
                boilerplate | He used to say that the estuary was never the same twice, and that the bridge would make people forget how wide it really is, which I think is probably true.
                boilerplate | Tom Hale
                dateline    | March 3, 2026, 10:02 pm
                boilerplate | Four minutes instead of twenty sounds wonderful, but I bet the toll will not be cheap when they finally announce it, and the people who used the ferry most are the ones who can least afford to pay it every single day of the working week.
                boilerplate | The council should publish the figures before the opening, not after it, so that people can plan, and so that the shops on the south bank know what to expect.
            "#]],
        );
    }

    #[test]
    fn a_block_of_code_does_not_break_the_story() {
        check(
            "Home\nTutorials\nPricing\nSign in\n\
             Slow queries are the most common complaint we hear from teams that run their own \
             databases, and most of them come down to a missing index on a busy table.\n\
             The planner shows where the time goes. Run the query under it and read the plan \
             from the inside out, looking for scans of whole tables.\n\
             -- Show the plan with real timings\n\
             EXPLAIN ANALYZE\n\
             SELECT name, COUNT(*) FROM orders\n\
             WHERE created_at > '2024-01-01'\n\
             GROUP BY name;\n\
             -- Seq Scan on orders (actual time=0.01..45.1)\n\
             A scan of the whole table on every call is the sign: an index on the column of \
             the filter lets the database read only the rows it needs, and the query returns \
             in a fraction of the time.\n\
             CREATE INDEX orders_created ON orders(created_at);\n\
             After the index was added, the same query ran in two milliseconds instead of \
             forty-five, and the dashboard that called it every minute loaded at once.\n\
             Related posts\nTen tips for faster tests\nWhy we moved to a monorepo\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Tutorials
                boilerplate | Pricing
                boilerplate | Sign in
                body        | Slow queries are the most common complaint we hear from teams that run their own databases, and most of them come down to a missing index on a busy table.
                body        | The planner shows where the time goes. Run the query under it and read the plan from the inside out, looking for scans of whole tables.
                body        | -- Show the plan with real timings
                body        | EXPLAIN ANALYZE
                body        | SELECT name, COUNT(*) FROM orders
                body        | WHERE created_at > '2024-01-01'
                body        | GROUP BY name;
                body        | -- Seq Scan on orders (actual time=0.01..45.1)
                body        | A scan of the whole table on every call is the sign: an index on the column of the filter lets the database read only the rows it needs, and the query returns in a fraction of the time.
                body        | CREATE INDEX orders_created ON orders(created_at);
                body        | After the index was added, the same query ran in two milliseconds instead of forty-five, and the dashboard that called it every minute loaded at once.
                boilerplate | Related posts
                boilerplate | Ten tips for faster tests
                boilerplate | Why we moved to a monorepo
            "#]],
        );
    }

    #[test]
    fn clutter_around_the_story() {
        check(
            "We use cookies to improve your experience. By continuing you accept our cookie policy.\n\
             Skip to content\n\
             Facebook\nTwitter\nEmail\n\
             Oops! Something went wrong, please try again.\n\
             The river Aln burst its banks on Sunday night, flooding the lower town and cutting \
             the only road to the coast for most of the following day.\n\
             Read more: How the town rebuilt after the last great flood\n\
             Volunteers spent the morning filling sandbags outside the church, while the fire \
             service pumped water out of the cellars along the high street.\n\
             Advertisement\n\
             The council said it would open the school hall to anyone who could not go home.\n\
             You may also like\n\
             Ten walks along the northern coast\n\
             Our pick of the winter markets\n\
             Comments\n\
             Terrible news, hope everyone is safe and sound tonight.\n",
            expect![[r#"
                boilerplate | We use cookies to improve your experience. By continuing you accept our cookie policy.
                boilerplate | Skip to content
                boilerplate | Facebook
                boilerplate | Twitter
                boilerplate | Email
                boilerplate | Oops! Something went wrong, please try again.
                body        | The river Aln burst its banks on Sunday night, flooding the lower town and cutting the only road to the coast for most of the following day.
                boilerplate | Read more: How the town rebuilt after the last great flood
                body        | Volunteers spent the morning filling sandbags outside the church, while the fire service pumped water out of the cellars along the high street.
                boilerplate | Advertisement
                body        | The council said it would open the school hall to anyone who could not go home.
                boilerplate | You may also like
                boilerplate | Ten walks along the northern coast
                boilerplate | Our pick of the winter markets
                boilerplate | Comments
                boilerplate | Terrible news, hope everyone is safe and sound tonight.
            "#]],
        );
    }

    #[test]
    fn the_entries_of_a_catalogue_are_its_story() {
        // Each entry's paragraph stands alone between its name, place and date: no run of
        // them wins the region, and the note about the site at the foot would.
        check(
            "Events\nCalendar\n\
             Harbour Lights Festival\n\
             Velmor Bay\n\
             March 14, 2026\n\
             Three nights of lanterns, music and food stalls along the old harbour wall, with a \
             parade of decorated boats on the last evening and a market of local crafts that \
             stays open until midnight on every night of the festival.\n\
             Corvo Jazz Weekend\n\
             Corvo\n\
             April 2, 2026\n\
             Twelve bands play in the squares and cafes of the old town over two days, from \
             brass ensembles in the morning to late sets in the cellar clubs, and every \
             concert in the open air is free for anyone who wants to listen.\n\
             Lindqvist Garden Show\n\
             Halden\n\
             May 9, 2026\n\
             The largest garden show in the region returns with forty show gardens, talks by \
             growers and designers, a plant market with more than a hundred stalls, and a \
             children's corner where young visitors can plant their own seeds to take home.\n\
             About us\n\
             This calendar is put together by a small team of volunteers who have lived in the \
             region for years and want visitors to find the best of it.\n",
            expect![[r#"
                boilerplate | Events
                boilerplate | Calendar
                boilerplate | Harbour Lights Festival
                boilerplate | Velmor Bay
                dateline    | March 14, 2026
                body        | Three nights of lanterns, music and food stalls along the old harbour wall, with a parade of decorated boats on the last evening and a market of local crafts that stays open until midnight on every night of the festival.
                boilerplate | Corvo Jazz Weekend
                boilerplate | Corvo
                dateline    | April 2, 2026
                body        | Twelve bands play in the squares and cafes of the old town over two days, from brass ensembles in the morning to late sets in the cellar clubs, and every concert in the open air is free for anyone who wants to listen.
                boilerplate | Lindqvist Garden Show
                boilerplate | Halden
                dateline    | May 9, 2026
                body        | The largest garden show in the region returns with forty show gardens, talks by growers and designers, a plant market with more than a hundred stalls, and a children's corner where young visitors can plant their own seeds to take home.
                heading     | About us
                body        | This calendar is put together by a small team of volunteers who have lived in the region for years and want visitors to find the best of it.
            "#]],
        );
    }

    #[test]
    fn buttons_between_a_reviews_items_are_not_story() {
        check(
            "Reviews\n\
             The Best Trail Shoes of the Year\n\
             We ran more than four hundred miles in twenty pairs of shoes this season, on wet \
             rock, loose gravel and forest paths, to find the ones worth your money.\n\
             1. Velkaro Ridge 4\n\
             The Ridge grips on wet rock better than any shoe we tested, and its wide toe box \
             kept our feet comfortable on the longest runs.\n\
             Check price at Corvo Outdoors\n\
             $129 at Zentra\n\
             2. Drummel Trailhawk\n\
             The Trailhawk is the lightest shoe here, though its thin sole lets sharp stones \
             through on rough descents.\n\
             Read the review\n\
             Get started with a pair that fits: most of our testers went half a size up.\n\
             Get started\n",
            expect![[r#"
                boilerplate | Reviews
                boilerplate | The Best Trail Shoes of the Year
                body        | We ran more than four hundred miles in twenty pairs of shoes this season, on wet rock, loose gravel and forest paths, to find the ones worth your money.
                body        | 1. Velkaro Ridge 4
                body        | The Ridge grips on wet rock better than any shoe we tested, and its wide toe box kept our feet comfortable on the longest runs.
                boilerplate | Check price at Corvo Outdoors
                boilerplate | $129 at Zentra
                body        | 2. Drummel Trailhawk
                body        | The Trailhawk is the lightest shoe here, though its thin sole lets sharp stones through on rough descents.
                boilerplate | Read the review
                body        | Get started with a pair that fits: most of our testers went half a size up.
                boilerplate | Get started
            "#]],
        );
    }

    #[test]
    fn explore_more_heads_other_articles() {
        check(
            "Guides\n\
             How to Sit at a Desk All Day\n\
             Most back pain at work starts with a chair set too low and a screen set too far \
             away, and both take a minute to fix once you know what to look for.\n\
             Raise the seat until your thighs are level with the floor, then move the screen \
             so that its top edge sits at the height of your eyes.\n\
             Explore more\n\
             Choosing a Standing Desk\n\
             A standing desk helps only if you change position often, so pick one that moves \
             quickly and quietly between heights.\n\
             Five Stretches for the Office\n\
             Short stretches every hour keep the neck and the shoulders loose through a long \
             day of typing at the keyboard.\n",
            expect![[r#"
                boilerplate | Guides
                boilerplate | How to Sit at a Desk All Day
                body        | Most back pain at work starts with a chair set too low and a screen set too far away, and both take a minute to fix once you know what to look for.
                body        | Raise the seat until your thighs are level with the floor, then move the screen so that its top edge sits at the height of your eyes.
                boilerplate | Explore more
                boilerplate | Choosing a Standing Desk
                boilerplate | A standing desk helps only if you change position often, so pick one that moves quickly and quietly between heights.
                boilerplate | Five Stretches for the Office
                boilerplate | Short stretches every hour keep the neck and the shoulders loose through a long day of typing at the keyboard.
            "#]],
        );
    }

    #[test]
    fn captions_by_their_markers() {
        check(
            "Farmers in the valley have brought in the smallest grape harvest in forty years \
             after a late frost in April destroyed most of the young buds.\n\
             Image copyright\n\
             Valley Press\n\
             Image caption\n\
             A grower inspects frost damage on his vines near the village of Sarn\n\
             Growers say prices for the remaining wine are likely to rise sharply next year, \
             although the cooperative hopes to hold them steady for its members.\n\
             A pickers' crew works a steep slope above the river. (Photo by Lena Varga)\n\
             Several estates have already asked the regional government for emergency help.\n",
            expect![[r#"
                body        | Farmers in the valley have brought in the smallest grape harvest in forty years after a late frost in April destroyed most of the young buds.
                caption     | Image copyright
                caption     | Valley Press
                caption     | Image caption
                caption     | A grower inspects frost damage on his vines near the village of Sarn
                body        | Growers say prices for the remaining wine are likely to rise sharply next year, although the cooperative hopes to hold them steady for its members.
                caption     | A pickers' crew works a steep slope above the river. (Photo by Lena Varga)
                body        | Several estates have already asked the regional government for emergency help.
            "#]],
        );
    }

    #[test]
    fn a_story_carried_twice_keeps_its_first_copy_whole() {
        // A page that lays the story out twice (for wide and for narrow screens): the first
        // copy keeps its subheadings and its short points, the second is clutter; a menu
        // shown at the top and the bottom stays a menu.
        let story = "What does a new roof cost?\n\
             Why prices differ\n\
             A roof on a small terraced house costs far less than one on a detached house, \
             and slate costs about twice as much as concrete tiles laid by the same crew.\n\
             Access matters too: a steep roof over a busy street needs more scaffolding, \
             and a permit from the council to put it up, which can add weeks to the job.\n\
             What to ask a roofer\n\
             Is scaffolding included?\n\
             Who takes the old tiles away?\n\
             Ask for the quote in writing, with the price of every part of the job listed \
             separately, so that two quotes can be set side by side.\n\
             A good roofer will also tell you what they found under the old tiles, and what \
             it will cost if the timbers need work.\n";
        check(
            &format!("Home\nServices\nContact\n{story}{story}Home\nServices\nContact\n"),
            expect![[r#"
                boilerplate | Home
                boilerplate | Services
                boilerplate | Contact
                boilerplate | What does a new roof cost?
                boilerplate | Why prices differ
                body        | A roof on a small terraced house costs far less than one on a detached house, and slate costs about twice as much as concrete tiles laid by the same crew.
                body        | Access matters too: a steep roof over a busy street needs more scaffolding, and a permit from the council to put it up, which can add weeks to the job.
                body        | What to ask a roofer
                body        | Is scaffolding included?
                heading     | Who takes the old tiles away?
                body        | Ask for the quote in writing, with the price of every part of the job listed separately, so that two quotes can be set side by side.
                body        | A good roofer will also tell you what they found under the old tiles, and what it will cost if the timbers need work.
                boilerplate | What does a new roof cost?
                boilerplate | Why prices differ
                boilerplate | A roof on a small terraced house costs far less than one on a detached house, and slate costs about twice as much as concrete tiles laid by the same crew.
                boilerplate | Access matters too: a steep roof over a busy street needs more scaffolding, and a permit from the council to put it up, which can add weeks to the job.
                boilerplate | What to ask a roofer
                boilerplate | Is scaffolding included?
                boilerplate | Who takes the old tiles away?
                boilerplate | Ask for the quote in writing, with the price of every part of the job listed separately, so that two quotes can be set side by side.
                boilerplate | A good roofer will also tell you what they found under the old tiles, and what it will cost if the timbers need work.
                boilerplate | Home
                boilerplate | Services
                boilerplate | Contact
            "#]],
        );
    }

    #[test]
    fn agency_dateline_and_repeated_copy() {
        let para = "The central bank kept its main interest rate unchanged on Thursday, saying \
                    that inflation had slowed but remained above its target for a third year.";
        let text = format!(
            "OSLO (Reuters) -\n{para}\nEconomists had expected the decision, which leaves \
             borrowing costs at their highest level since the financial crisis.\nPrint\n{para}\n"
        );
        check(
            &text,
            expect![[r#"
                dateline    | OSLO (Reuters) -
                body        | The central bank kept its main interest rate unchanged on Thursday, saying that inflation had slowed but remained above its target for a third year.
                body        | Economists had expected the decision, which leaves borrowing costs at their highest level since the financial crisis.
                boilerplate | Print
                boilerplate | The central bank kept its main interest rate unchanged on Thursday, saying that inflation had slowed but remained above its target for a third year.
            "#]],
        );
    }

    #[test]
    fn paragraphs_broken_over_lines() {
        check(
            "Photos\n\
             The old lighthouse on the northern cape, which was closed to\n\
             visitors in 1998, will open again next summer after a long and\n\
             careful restoration paid for by the people of the two villages\n\
             that stand on either side of the bay.\n\
             See more photos:\n",
            expect![[r#"
                boilerplate | Photos
                body        | The old lighthouse on the northern cape, which was closed to
                body        | visitors in 1998, will open again next summer after a long and
                body        | careful restoration paid for by the people of the two villages
                body        | that stand on either side of the bay.
                boilerplate | See more photos:
            "#]],
        );
    }

    #[test]
    fn signature_lists_and_credits_in_sentences() {
        check(
            "Lena Ortiz and Sam Reyes, The Associated Press\n\
             The regional government will spend more on schools next year, figures compiled \
             by the finance ministry show, after two years of cuts to teaching budgets.\n\
             The plan includes:\n\
             - Four hundred new teachers for rural districts\n\
             - Free school meals for every pupil under ten\n\
             - Repairs to heating in older buildings\n\
             Teachers' unions welcomed the plan but said it came too late for many schools.\n\
             Students leave the Marigold primary school after classes. (Ana Pires/Coastal News)\n",
            expect![[r#"
                byline      | Lena Ortiz and Sam Reyes, The Associated Press
                body        | The regional government will spend more on schools next year, figures compiled by the finance ministry show, after two years of cuts to teaching budgets.
                body        | The plan includes:
                body        | - Four hundred new teachers for rural districts
                body        | - Free school meals for every pupil under ten
                body        | - Repairs to heating in older buildings
                body        | Teachers' unions welcomed the plan but said it came too late for many schools.
                caption     | Students leave the Marigold primary school after classes. (Ana Pires/Coastal News)
                authors: Lena Ortiz; Sam Reyes
            "#]],
        );
    }

    #[test]
    fn teasers_and_comments_after_the_story() {
        check(
            "The lake froze over completely on Friday for the first time in eleven winters, and \
             by Sunday morning hundreds of skaters had come out onto the ice.\n\
             Rescue services warned that the ice near the river mouth was still thin and asked \
             people to keep to the marked area along the eastern shore.\n\
             The cold spell is expected to last at least until the middle of next week.\n\
             Ferry service cut back for the winter\n\
             January 12, 2026\n\
             The island ferry will run twice a day instead of four times until March, the \
             operator said, citing the cost of fuel and falling passenger numbers.\n\
             New bakery opens on the harbour front\n\
             January 11, 2026\n\
             A family bakery has opened in the old customs house, selling bread made with \
             flour from a mill in the next valley.\n\
             12 comments\n\
             Anna K.\n\
             2 hours ago\n\
             We skated there yesterday and it was wonderful, but very crowded near the shore.\n",
            expect![[r#"
                body        | The lake froze over completely on Friday for the first time in eleven winters, and by Sunday morning hundreds of skaters had come out onto the ice.
                body        | Rescue services warned that the ice near the river mouth was still thin and asked people to keep to the marked area along the eastern shore.
                body        | The cold spell is expected to last at least until the middle of next week.
                boilerplate | Ferry service cut back for the winter
                dateline    | January 12, 2026
                boilerplate | The island ferry will run twice a day instead of four times until March, the operator said, citing the cost of fuel and falling passenger numbers.
                boilerplate | New bakery opens on the harbour front
                dateline    | January 11, 2026
                boilerplate | A family bakery has opened in the old customs house, selling bread made with flour from a mill in the next valley.
                boilerplate | 12 comments
                boilerplate | Anna K.
                dateline    | 2 hours ago
                boilerplate | We skated there yesterday and it was wonderful, but very crowded near the shore.
            "#]],
        );
    }

    #[test]
    fn a_latest_posts_header_closes_the_story() {
        // Teasers without dates under a header that names the site's latest or recent posts.
        let page = |header: &str| {
            format!(
                "The city council voted on Tuesday to turn the old rail yard into a park, \
                 ending a dispute that had gone on for more than ten years.\n\
                 Work on the first section is to begin next spring, and the whole park should \
                 open to the public within five years, the council said.\n\
                 {header}\n\
                 How to choose a bicycle for a long commute to work in the city\n\
                 A short guide to the bicycles, racks and bags that make a daily ride to work \
                 easier in all seasons.\n\
                 Read More\n\
                 Five small gardens that make the most of a shaded backyard\n\
                 Ferns, hostas and mosses grow where the sun rarely reaches, and a little \
                 planning goes a long way.\n\
                 Read More\n"
            )
        };
        check(
            &page("Recent Posts"),
            expect![[r#"
                body        | The city council voted on Tuesday to turn the old rail yard into a park, ending a dispute that had gone on for more than ten years.
                body        | Work on the first section is to begin next spring, and the whole park should open to the public within five years, the council said.
                boilerplate | Recent Posts
                boilerplate | How to choose a bicycle for a long commute to work in the city
                boilerplate | A short guide to the bicycles, racks and bags that make a daily ride to work easier in all seasons.
                boilerplate | Read More
                boilerplate | Five small gardens that make the most of a shaded backyard
                boilerplate | Ferns, hostas and mosses grow where the sun rarely reaches, and a little planning goes a long way.
                boilerplate | Read More
            "#]],
        );
        // The other headers of the site's own lists end the story the same way.
        let kinds = |text: &str| classify(text, &lede_text::segment(text)).kinds;
        let want = kinds(&page("Recent Posts"));
        for header in [
            "In Case You Missed It",
            "Editor’s Picks",
            "Top Stories",
            "Up Next",
        ] {
            assert_eq!(kinds(&page(header)), want, "{header}");
        }
    }

    #[test]
    fn tables_and_schedules_one_cell_a_line() {
        // A standings table that closes the story, one cell a line, and a schedule under a
        // header of its own: both are the story's figures.
        check(
            "The northern league ended its season on Sunday with three teams level on points \
             at the top, so the title was decided by goal difference for the first time.\n\
             Final standings after 22 rounds:\n\
             Pos\nTeam\nPoints\nWins\n\
             1\nRiver Rovers\n48\n15\n\
             2\nHill United\n48\n14\n\
             3\nPort Athletic\n48\n13\n\
             Share this article\n",
            expect![[r#"
                body        | The northern league ended its season on Sunday with three teams level on points at the top, so the title was decided by goal difference for the first time.
                body        | Final standings after 22 rounds:
                body        | Pos
                body        | Team
                body        | Points
                body        | Wins
                body        | 1
                body        | River Rovers
                body        | 48
                body        | 15
                body        | 2
                body        | Hill United
                body        | 48
                body        | 14
                body        | 3
                body        | Port Athletic
                body        | 48
                body        | 13
                boilerplate | Share this article
            "#]],
        );
        check(
            "The choir will sing in five cities next spring, its first tour since the old \
             conductor retired and handed the baton to her deputy of many years.\n\
             Tour dates\n\
             April 3 - Lyon, Grand Hall\n\
             April 5 - Turin, Teatro Nuovo\n\
             April 9 - Basel, Stadtcasino\n\
             April 12 - Graz, Opera House\n\
             Most read\n",
            expect![[r#"
                body        | The choir will sing in five cities next spring, its first tour since the old conductor retired and handed the baton to her deputy of many years.
                body        | Tour dates
                body        | April 3 - Lyon, Grand Hall
                body        | April 5 - Turin, Teatro Nuovo
                body        | April 9 - Basel, Stadtcasino
                body        | April 12 - Graz, Opera House
                boilerplate | Most read
            "#]],
        );
        // Quantities with their units run together are figures ("250g"), and a row's label
        // may run long; a business's opening hours after the story are no table of it.
        check(
            "The cheapest week of meals we could plan costs less than a takeaway, and every \
             dish can be cooked in one pot by anyone with twenty minutes to spare.\n\
             Ingredient\nOne person\nTwo people\nFour people\n\
             Rice\n250g\n500g\n1kg\n\
             Red lentils\n120g\n240g\n480g\n\
             Spread for bread, made with rapeseed oil and no salt\n50g\n100g\n200g\n\
             Tinned tomatoes\n400g\n800g\n1.6kg\n\
             Prices were checked at four supermarkets in the first week of the month, and the \
             plan will be updated when they change.\n\
             Opening hours\nMonday\n9:00am - 5:00pm\nTuesday\n9:00am - 5:00pm\n\
             Wednesday\n9:00am - 1:00pm\nThursday\n9:00am - 5:00pm\n",
            expect![[r#"
                body        | The cheapest week of meals we could plan costs less than a takeaway, and every dish can be cooked in one pot by anyone with twenty minutes to spare.
                body        | Ingredient
                body        | One person
                body        | Two people
                body        | Four people
                body        | Rice
                body        | 250g
                body        | 500g
                body        | 1kg
                body        | Red lentils
                body        | 120g
                body        | 240g
                body        | 480g
                body        | Spread for bread, made with rapeseed oil and no salt
                body        | 50g
                body        | 100g
                body        | 200g
                body        | Tinned tomatoes
                body        | 400g
                body        | 800g
                body        | 1.6kg
                body        | Prices were checked at four supermarkets in the first week of the month, and the plan will be updated when they change.
                boilerplate | Opening hours
                boilerplate | Monday
                boilerplate | 9:00am - 5:00pm
                boilerplate | Tuesday
                boilerplate | 9:00am - 5:00pm
                boilerplate | Wednesday
                boilerplate | 9:00am - 1:00pm
                boilerplate | Thursday
                boilerplate | 9:00am - 5:00pm
            "#]],
        );
        // A series of dates and values, one a line, is the story's table too.
        check(
            "House prices in the valley have risen every month for two years, faster than \
             anywhere else in the region, as buyers priced out of the city move in.\n\
             Date\nChange in price\n\
             1/1/2024\n+3.1%\n2/1/2024\n+3.4%\n3/1/2024\n+2.9%\n\
             4/1/2024\n+3.8%\n5/1/2024\n+4.2%\n6/1/2024\n+4.0%\n\
             7/1/2024\n+4.4%\n8/1/2024\n+4.1%\n9/1/2024\n+3.6%\n10/1/2024\n+3.3%\n\
             Agents expect the rise to slow when the new estate on the river opens next \
             spring, adding four hundred homes to the market.\n",
            expect![[r#"
                body        | House prices in the valley have risen every month for two years, faster than anywhere else in the region, as buyers priced out of the city move in.
                body        | Date
                body        | Change in price
                body        | 1/1/2024
                body        | +3.1%
                body        | 2/1/2024
                body        | +3.4%
                body        | 3/1/2024
                body        | +2.9%
                body        | 4/1/2024
                body        | +3.8%
                body        | 5/1/2024
                body        | +4.2%
                body        | 6/1/2024
                body        | +4.0%
                body        | 7/1/2024
                body        | +4.4%
                body        | 8/1/2024
                body        | +4.1%
                body        | 9/1/2024
                body        | +3.6%
                body        | 10/1/2024
                body        | +3.3%
                body        | Agents expect the rise to slow when the new estate on the river opens next spring, adding four hundred homes to the market.
            "#]],
        );
        // A price list labels its rows at length; a list of videos, titles between running
        // times, is no table for it.
        check(
            "Our prices for the most common jobs are below; every visit starts with a free \
             check of the wiring, and the quote we give you is the price you pay.\n\
             Replace a breaker in the main panel\n$90 - $250\n\
             Replace a whole electrical panel\n$1,600 - $3,000\n\
             Swap an ordinary switch for a dimmer\n$90 - $190\n\
             Fit a new ceiling fan with its own wiring\n$250+\n\
             Fit a charger for an electric car\n$290 - $1,200\n\
             Wire a circuit for a hot tub\n$400 - $2,000\n\
             Prices include parts and labour, and a visit after dark or at a weekend costs \
             a third more.\n\
             Watch next\n32:03\nHow a retired teacher restored a village mill by hand\n\
             27:30\nWhy the old harbour town is filling up with young families again\n\
             13:05\nThe baker who gets up at three to feed a whole valley\n\
             16:34\nInside the last factory that still makes wooden sledges\n\
             04:34\nA week on the night ferry with the crew who never sleep\n\
             06:37\nWhat the river gave back when the dam came down\n",
            expect![[r#"
                body        | Our prices for the most common jobs are below; every visit starts with a free check of the wiring, and the quote we give you is the price you pay.
                body        | Replace a breaker in the main panel
                body        | $90 - $250
                body        | Replace a whole electrical panel
                body        | $1,600 - $3,000
                body        | Swap an ordinary switch for a dimmer
                body        | $90 - $190
                body        | Fit a new ceiling fan with its own wiring
                body        | $250+
                body        | Fit a charger for an electric car
                body        | $290 - $1,200
                body        | Wire a circuit for a hot tub
                body        | $400 - $2,000
                body        | Prices include parts and labour, and a visit after dark or at a weekend costs a third more.
                boilerplate | Watch next
                boilerplate | 32:03
                boilerplate | How a retired teacher restored a village mill by hand
                boilerplate | 27:30
                boilerplate | Why the old harbour town is filling up with young families again
                boilerplate | 13:05
                boilerplate | The baker who gets up at three to feed a whole valley
                boilerplate | 16:34
                boilerplate | Inside the last factory that still makes wooden sledges
                boilerplate | 04:34
                boilerplate | A week on the night ferry with the crew who never sleep
                boilerplate | 06:37
                boilerplate | What the river gave back when the dam came down
            "#]],
        );
        // A menu of short labels after the story has no figures, and a pager is all
        // numbers: neither is a table.
        check(
            "The ferry company will add a night crossing to the island from June, after a \
             summer in which thousands of travellers could not find a seat on the last boat.\n\
             News\nSport\nWeather\nCulture\nTravel\nMoney\nHealth\nScience\nOpinion\n\
             Games\nPodcasts\nPuzzles\n\
             1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
            expect![[r#"
                body        | The ferry company will add a night crossing to the island from June, after a summer in which thousands of travellers could not find a seat on the last boat.
                boilerplate | News
                boilerplate | Sport
                boilerplate | Weather
                boilerplate | Culture
                boilerplate | Travel
                boilerplate | Money
                boilerplate | Health
                boilerplate | Science
                boilerplate | Opinion
                boilerplate | Games
                boilerplate | Podcasts
                boilerplate | Puzzles
                boilerplate | 1
                boilerplate | 2
                boilerplate | 3
                boilerplate | 4
                boilerplate | 5
                boilerplate | 6
                boilerplate | 7
                boilerplate | 8
                boilerplate | 9
                boilerplate | 10
                boilerplate | 11
                boilerplate | 12
            "#]],
        );
    }

    #[test]
    fn small_table_with_a_wide_header() {
        // Three rows under a header of five columns: the figures are counts, shares and
        // short tallies ("2 tackles and 1 sack").
        check(
            "The defence played almost every snap on Sunday, and the three starting \
             linebackers all stayed on the field until the final whistle.\n\
             Linebackers\nPos\nPlayer\nSnaps\nShare\nStats\n\
             LB\nJon Hale\n64\n100%\n5 tackles and 1 sack\n\
             LB\nAri Moss\n61\n95%\n2 tackles and 1 interception\n\
             LB\nTeo Lund\n12\n19%\nNo tackles recorded.\n\
             Hale has now led the team in tackles in four of the last five games, and the \
             coach said he would stay in the middle of the defence for the rest of the season.\n",
            expect![[r#"
                body        | The defence played almost every snap on Sunday, and the three starting linebackers all stayed on the field until the final whistle.
                body        | Linebackers
                body        | Pos
                body        | Player
                body        | Snaps
                body        | Share
                body        | Stats
                body        | LB
                body        | Jon Hale
                body        | 64
                body        | 100%
                body        | 5 tackles and 1 sack
                body        | LB
                body        | Ari Moss
                body        | 61
                body        | 95%
                body        | 2 tackles and 1 interception
                body        | LB
                body        | Teo Lund
                body        | 12
                body        | 19%
                body        | No tackles recorded.
                body        | Hale has now led the team in tackles in four of the last five games, and the coach said he would stay in the middle of the defence for the rest of the season.
            "#]],
        );
    }

    #[test]
    fn numbered_headlines_are_no_table() {
        // A ranked list of headlines alternates numbers and labels like a table, but its
        // labels are whole headlines.
        check(
            "The ferry company will add a night crossing to the island from June, after a \
             summer in which thousands of travellers could not find a seat on the last boat.\n\
             1\nCouncil approves a new budget for schools\n\
             2\nStorm brings down power lines on the coast\n\
             3\nLocal bakery wins a national bread prize\n\
             4\nRail strike called off after late talks\n\
             5\nMuseum reopens its doors after the fire\n\
             6\nHospital opens a new children's ward\n",
            expect![[r#"
                body        | The ferry company will add a night crossing to the island from June, after a summer in which thousands of travellers could not find a seat on the last boat.
                boilerplate | 1
                boilerplate | Council approves a new budget for schools
                boilerplate | 2
                boilerplate | Storm brings down power lines on the coast
                boilerplate | 3
                boilerplate | Local bakery wins a national bread prize
                boilerplate | 4
                boilerplate | Rail strike called off after late talks
                boilerplate | 5
                boilerplate | Museum reopens its doors after the fire
                boilerplate | 6
                boilerplate | Hospital opens a new children's ward
            "#]],
        );
    }

    #[test]
    fn wire_lead_opens_the_story() {
        // Teasers of other stories sit above the story; its wire-style lead starts it, and
        // a tag list and a comment policy after it are not story.
        check(
            "Most popular\n\
             Bridge repairs to close the east road for a month\n\
             School board names a new head for the district\n\
             The bakery on the square will open on Sundays from next week, its owners said.\n\
             Volunteers cleared the beach of driftwood after the storm on Saturday.\n\
             Seaside clinic to close its doors\n\
             KESTON, Ore. \u{2014} The town's only clinic will close its doors at the end of \
             the month, leaving thousands of residents a long drive from the nearest doctor.\n\
             The health district said it could no longer find doctors willing to work on the \
             coast, where the population doubles every summer and halves every winter.\n\
             Residents plan to meet at the town hall on Thursday to discuss what to do next.\n\
             Tags:\n\
             Health\n\
             Keston\n\
             Please keep the discussion civil and on topic; we remove posts that attack other \
             readers or that link to advertising, and we close threads after a week.\n\
             View comments\n",
            expect![[r#"
                boilerplate | Most popular
                boilerplate | Bridge repairs to close the east road for a month
                boilerplate | School board names a new head for the district
                boilerplate | The bakery on the square will open on Sundays from next week, its owners said.
                boilerplate | Volunteers cleared the beach of driftwood after the storm on Saturday.
                boilerplate | Seaside clinic to close its doors
                body        | KESTON, Ore. — The town's only clinic will close its doors at the end of the month, leaving thousands of residents a long drive from the nearest doctor.
                body        | The health district said it could no longer find doctors willing to work on the coast, where the population doubles every summer and halves every winter.
                body        | Residents plan to meet at the town hall on Thursday to discuss what to do next.
                boilerplate | Tags:
                boilerplate | Health
                boilerplate | Keston
                boilerplate | Please keep the discussion civil and on topic; we remove posts that attack other readers or that link to advertising, and we close threads after a week.
                boilerplate | View comments
            "#]],
        );
        // A capitalized name and a dash in the middle of a story does not restart it.
        check(
            "Aid agencies warned on Monday that the harvest in the northern \
             provinces had failed for a second year and that food prices were rising fast.\n\
             Relief flights carrying flour and cooking oil are expected to land on Friday, the \
             agencies said, but roads to the worst-hit villages remain closed by floods.\n\
             UNICEF \u{2014} the United Nations children's agency \u{2014} said one child in \
             five in the region was already underweight.\n",
            expect![[r#"
                body        | Aid agencies warned on Monday that the harvest in the northern provinces had failed for a second year and that food prices were rising fast.
                body        | Relief flights carrying flour and cooking oil are expected to land on Friday, the agencies said, but roads to the worst-hit villages remain closed by floods.
                body        | UNICEF — the United Nations children's agency — said one child in five in the region was already underweight.
            "#]],
        );
    }

    #[test]
    fn agency_lead_above_a_promotion() {
        // A lead that opens with the agency in brackets stays the story's first paragraph
        // when a promotion separates it from the rest of the story.
        check(
            "Ferry strike ends after two days\n\
             Mayor opens the new library\n\
             (Wire)The mayor of Keston said on Sunday that the town would pay for a second \
             ferry across the bay, ending years of complaints about queues in summer.\n\
             Advertisement\n\
             Sign up for our morning newsletter and get the day's news in your inbox.\n\
             The second ferry will carry two hundred passengers and forty cars, and is expected \
             to enter service next June after trials in the spring, the mayor told reporters at \
             the harbour, where dozens of residents had gathered to hear the announcement.\n\
             The ferry company welcomed the plan but warned that it would need to hire more \
             crew before the boat could run every day of the week.\n",
            expect![[r#"
                boilerplate | Ferry strike ends after two days
                boilerplate | Mayor opens the new library
                body        | (Wire)The mayor of Keston said on Sunday that the town would pay for a second ferry across the bay, ending years of complaints about queues in summer.
                boilerplate | Advertisement
                boilerplate | Sign up for our morning newsletter and get the day's news in your inbox.
                body        | The second ferry will carry two hundred passengers and forty cars, and is expected to enter service next June after trials in the spring, the mayor told reporters at the harbour, where dozens of residents had gathered to hear the announcement.
                body        | The ferry company welcomed the plan but warned that it would need to hire more crew before the boat could run every day of the week.
            "#]],
        );
    }

    #[test]
    fn link_boxes_and_dated_captions_inside_the_story() {
        // A box of links labelled "More:" and a bracketed related link sit inside the story;
        // a photo caption dates its picture with the weekday and the year, and may close
        // with a credit in square brackets. A headline of a linked article is longer than
        // a subheading.
        check(
            "The museum on the hill reopened on Saturday after three years of repairs to its \
             roof, which had let in rain over the paintings of the upper gallery.\n\
             Visitors queue outside the hill museum in Arden, Saturday, May 3, 2025, after it \
             reopened to the public.\n\
             More:\n\
             Old mill to become a concert hall\n\
             Arden library wins a prize\n\
             The work cost twice what the city had planned, mostly because the old timber \
             beams had to be replaced one by one with oak from the same forest, and because \
             the painters who restored the ceiling could only work in the dry months.\n\
             [Related: How the city chose the builders of the museum roof]\n\
             Town Hall Unveils Plans for a New Bridge Across the River\n\
             The director said the museum would stay open late on Fridays all summer, and that \
             entry would be free for children under twelve and for students of the city.\n\
             The restored ceiling of the upper gallery [Photo via Arden Museum]\n\
             What visitors can see\n\
             The upper gallery shows the city's collection of river landscapes again, for the \
             first time since the roof began to leak, along with a room of drawings that have \
             never been shown before.\n",
            expect![[r#"
                body        | The museum on the hill reopened on Saturday after three years of repairs to its roof, which had let in rain over the paintings of the upper gallery.
                caption     | Visitors queue outside the hill museum in Arden, Saturday, May 3, 2025, after it reopened to the public.
                boilerplate | More:
                boilerplate | Old mill to become a concert hall
                boilerplate | Arden library wins a prize
                body        | The work cost twice what the city had planned, mostly because the old timber beams had to be replaced one by one with oak from the same forest, and because the painters who restored the ceiling could only work in the dry months.
                boilerplate | [Related: How the city chose the builders of the museum roof]
                boilerplate | Town Hall Unveils Plans for a New Bridge Across the River
                body        | The director said the museum would stay open late on Fridays all summer, and that entry would be free for children under twelve and for students of the city.
                caption     | The restored ceiling of the upper gallery [Photo via Arden Museum]
                heading     | What visitors can see
                body        | The upper gallery shows the city's collection of river landscapes again, for the first time since the roof began to leak, along with a room of drawings that have never been shown before.
            "#]],
        );
        // The same shapes that are story: a heading that asks or quotes may be long, a date
        // with its weekday inside a quotation is speech, and "more" in a sentence is no
        // label.
        check(
            "The museum on the hill reopened on Saturday after three years of repairs to its \
             roof, which had let in rain over the paintings of the upper gallery.\n\
             \"We opened on Saturday, May 3, 2025, and the queue was round the block,\" the \
             director said.\n\
             Why Did the Repairs Take Three Years and Cost Twice as Much?\n\
             The work cost twice what the city had planned, mostly because the old timber \
             beams had to be replaced one by one with oak from the same forest.\n\
             'We waited three years and it was worth every single day'\n\
             More visitors came on the first day than in the whole of last March, and the \
             director said the queue had reached the bottom of the hill by noon.\n",
            expect![[r#"
                body        | The museum on the hill reopened on Saturday after three years of repairs to its roof, which had let in rain over the paintings of the upper gallery.
                body        | "We opened on Saturday, May 3, 2025, and the queue was round the block," the director said.
                heading     | Why Did the Repairs Take Three Years and Cost Twice as Much?
                body        | The work cost twice what the city had planned, mostly because the old timber beams had to be replaced one by one with oak from the same forest.
                heading     | 'We waited three years and it was worth every single day'
                body        | More visitors came on the first day than in the whole of last March, and the director said the queue had reached the bottom of the hill by noon.
            "#]],
        );
    }

    #[test]
    fn a_phrase_of_clutter_between_paragraphs_of_the_story() {
        // The topic word of a site's prompts ("cookies") in a sentence of the story; the
        // words of the prompt under it stay clutter.
        check(
            "Tools\nBuilding a Web App in a Weekend\n\
             Tessa Okafor had never shipped anything on her own before, but a friend's bakery \
             needed a way to take orders online and the shop's old form kept losing them.\n\
             She wrote the first version in a weekend with no framework at all, because she \
             wanted to understand every line that ran on the page.\n\
             The bakery now sells out of its cookies before noon on most Saturdays, and the \
             owner says the orders have never been lost again since the new page went up.\n\
             Okafor plans to release the code next month so that other small shops can use it \
             without paying for a service they barely need.\n\
             Sign up for our newsletter to get stories like this in your inbox every week.\n\
             Privacy Policy\n",
            expect![[r#"
                boilerplate | Tools
                boilerplate | Building a Web App in a Weekend
                body        | Tessa Okafor had never shipped anything on her own before, but a friend's bakery needed a way to take orders online and the shop's old form kept losing them.
                body        | She wrote the first version in a weekend with no framework at all, because she wanted to understand every line that ran on the page.
                body        | The bakery now sells out of its cookies before noon on most Saturdays, and the owner says the orders have never been lost again since the new page went up.
                body        | Okafor plans to release the code next month so that other small shops can use it without paying for a service they barely need.
                boilerplate | Sign up for our newsletter to get stories like this in your inbox every week.
                boilerplate | Privacy Policy
            "#]],
        );
    }

    #[test]
    fn an_amount_of_time_is_a_date_line_only_when_it_counts_back() {
        check(
            "Recipes\nBread\n\
             Oat and Honey Loaf\n\
             This loaf needs no starter and no kneading, only a bowl, a spoon and the patience \
             to let the dough rise slowly overnight on the kitchen counter.\n\
             Prep\n15 mins\nBake\n45 minutes\n\
             Stir the oats into the warm water and honey, then add the flour and the salt and \
             mix until no dry patches remain in the bowl.\n\
             Cover the bowl and leave it for twelve hours, then shape the dough and bake it \
             until the crust is deep brown and sounds hollow.\n\
             Updated 3 hours ago\n\
             Latest recipes\n",
            expect![[r#"
                boilerplate | Recipes
                boilerplate | Bread
                boilerplate | Oat and Honey Loaf
                body        | This loaf needs no starter and no kneading, only a bowl, a spoon and the patience to let the dough rise slowly overnight on the kitchen counter.
                body        | Prep
                body        | 15 mins
                body        | Bake
                heading     | 45 minutes
                body        | Stir the oats into the warm water and honey, then add the flour and the salt and mix until no dry patches remain in the bowl.
                body        | Cover the bowl and leave it for twelve hours, then shape the dough and bake it until the crust is deep brown and sounds hollow.
                dateline    | Updated 3 hours ago
                boilerplate | Latest recipes
            "#]],
        );
    }

    #[test]
    fn an_opening_of_several_paragraphs_joins_a_far_longer_story() {
        // A review opens with a few paragraphs, shows a box of picks, and runs on for
        // thousands of words: the opening is the story's however long the rest is.
        let mut text = String::from(
            "The best scooter for a daily commute balances speed, range and weight, and the \
             one that suits you depends on the hills between your door and your desk.\n\
             Over four years we have bought and ridden more than forty models, timing each \
             on the same loop of bike paths, cobbles and a steep climb behind the depot.\n\
             We also weigh every scooter, fold it a hundred times, and carry it up three \
             flights of stairs, because a scooter that will not fit under a desk is left at home \
             sooner or later, whatever its top speed on the flat.\n\
             Prices change every week, so we check them each morning, and we note which \
             models a shop will let you return after a test ride of a week or more.\n\
             If you ride in the rain, look for a scooter with mudguards over both wheels, \
             lights that can be seen from the side, and a deck that drains, because water \
             in the battery case ends more scooters than any crash does.\n",
        );
        // The box: a line or two for each model, costing the region more than the opening
        // brings it.
        for _ in 0..25 {
            text.push_str("Best for hills\nSee it\n");
        }
        for i in 1..=50 {
            text.push_str(&format!(
                "On test ride {i} the scooter carried a rider of seventy kilos up the hill \
                 behind the depot and back along the river path, and we wrote down how far \
                 the battery went before the motor cut out, how long it took to charge again, \
                 and how the frame, the brakes and the folding latch held up over the bumps of \
                 the old cobbled lane, which shakes loose anything that was not fastened well \
                 at the factory, and how the rider felt about the ride afterwards.\n"
            ));
        }
        let seg = lede_text::segment(&text);
        let kinds = classify(&text, &seg).kinds;
        let opening: Vec<&str> = kinds.iter().take(6).map(|k| k.as_str()).collect();
        expect![[r#"
            [
                "body",
                "body",
                "body",
                "body",
                "body",
                "boilerplate",
            ]
        "#]]
        .assert_debug_eq(&opening);
    }

    #[test]
    fn checklist_steps_without_stops_stay_in_the_story() {
        // Pairs of steps between headings and photo credits: too short a run to be a list.
        check(
            "Home\nRecipes\nGarden\nAbout us\n\
             How to Get Your Garden Ready for Winter\n\
             By Nora Lindqvist\n\
             The first frost can arrive weeks before the calendar says winter has begun, and a \
             garden left as it was in late summer will pay for it in spring with split pipes, \
             rotten bulbs and beds full of weeds that nobody wants to face.\n\
             In October\n\
             Clear fallen leaves from the lawn, the paths and the gutters before the rain sets in\n\
             Lift the dahlia tubers, dry them for a week and store them somewhere frost-free\n\
             Photo by Tessa Okafor\n\
             In November\n\
             Wrap the outdoor taps in old towels and insulate any pipes that run outside\n\
             Spread a thick layer of compost or bark mulch over every bed you have emptied\n\
             Photo by Rick Drummel\n\
             In December\n\
             Clean and oil your tools before putting them away for the winter months\n\
             Check the stored bulbs once a fortnight and throw out any that feel soft\n\
             None of this takes more than a few weekends, and the garden that comes back in \
             March will thank you for every one of them.\n\
             Subscribe to our newsletter\nPrivacy Policy\nContact\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Recipes
                boilerplate | Garden
                boilerplate | About us
                boilerplate | How to Get Your Garden Ready for Winter
                byline      | By Nora Lindqvist
                body        | The first frost can arrive weeks before the calendar says winter has begun, and a garden left as it was in late summer will pay for it in spring with split pipes, rotten bulbs and beds full of weeds that nobody wants to face.
                heading     | In October
                body        | Clear fallen leaves from the lawn, the paths and the gutters before the rain sets in
                body        | Lift the dahlia tubers, dry them for a week and store them somewhere frost-free
                caption     | Photo by Tessa Okafor
                body        | In November
                body        | Wrap the outdoor taps in old towels and insulate any pipes that run outside
                body        | Spread a thick layer of compost or bark mulch over every bed you have emptied
                caption     | Photo by Rick Drummel
                body        | In December
                body        | Clean and oil your tools before putting them away for the winter months
                body        | Check the stored bulbs once a fortnight and throw out any that feel soft
                body        | None of this takes more than a few weekends, and the garden that comes back in March will thank you for every one of them.
                boilerplate | Subscribe to our newsletter
                boilerplate | Privacy Policy
                boilerplate | Contact
                authors: Nora Lindqvist
            "#]],
        );
    }

    #[test]
    fn opening_before_a_box_of_ratings_joins_the_story() {
        check(
            "Shops\nRoutes\nBest Bike Shops in Velmor\n\
                 Velmor has more bicycles than cars, and finding a good repair shop is easy \
                 enough; finding one that will also rent you a touring bike, fit it properly \
                 and tell you where to ride it is harder than it should be.\n\
                 We visited twelve shops over a month, had a puncture fixed and a chain \
                 replaced at each, and asked the same questions everywhere.\n\
                 Top pick\nCorvo Cycles\nOpen daily\nRentals\nRepairs\nGet a quote\n\
                 Read our review\nRunner-up\nDrummel Bikes\nOpen weekdays\nRepairs\n\
                 Get a quote\nRead our review\nBest value\nZentra Wheels\nRentals\n\
                 Get a quote\nRead our review\n\
                 Corvo Cycles rents out touring bikes by the day and by the week, fits racks \
                 and panniers for free, and keeps a board of routes that its mechanics ride \
                 themselves, with notes on where the climbs are and which cafes open early.\n\
                 The staff speak four languages between them, and the owner, who raced for \
                 twenty years, still checks every rental bike himself before it leaves.\n\
                 Drummel Bikes is smaller and only repairs, but its mechanics fixed our chain \
                 in ten minutes while we waited, and charged less than anyone else in town.\n\
                 Zentra Wheels sits by the station, which makes it the easiest place to pick \
                 up a bike after a train, though its rental fleet is older than the others.\n\
                 Privacy Policy\n",
            expect![[r#"
                boilerplate | Shops
                boilerplate | Routes
                boilerplate | Best Bike Shops in Velmor
                body        | Velmor has more bicycles than cars, and finding a good repair shop is easy enough; finding one that will also rent you a touring bike, fit it properly and tell you where to ride it is harder than it should be.
                body        | We visited twelve shops over a month, had a puncture fixed and a chain replaced at each, and asked the same questions everywhere.
                body        | Top pick
                body        | Corvo Cycles
                body        | Open daily
                boilerplate | Rentals
                boilerplate | Repairs
                boilerplate | Get a quote
                boilerplate | Read our review
                body        | Runner-up
                body        | Drummel Bikes
                body        | Open weekdays
                boilerplate | Repairs
                boilerplate | Get a quote
                boilerplate | Read our review
                body        | Best value
                body        | Zentra Wheels
                boilerplate | Rentals
                boilerplate | Get a quote
                heading     | Read our review
                body        | Corvo Cycles rents out touring bikes by the day and by the week, fits racks and panniers for free, and keeps a board of routes that its mechanics ride themselves, with notes on where the climbs are and which cafes open early.
                body        | The staff speak four languages between them, and the owner, who raced for twenty years, still checks every rental bike himself before it leaves.
                body        | Drummel Bikes is smaller and only repairs, but its mechanics fixed our chain in ten minutes while we waited, and charged less than anyone else in town.
                body        | Zentra Wheels sits by the station, which makes it the easiest place to pick up a bike after a train, though its rental fleet is older than the others.
                boilerplate | Privacy Policy
            "#]],
        );
    }

    #[test]
    fn repeated_share_bar_closes_the_story() {
        // The share bar shown above the story comes again after it; the teasers that follow
        // are not story. Shown again in the middle of the story, it ends nothing.
        let story = "The old tram depot will become a market hall, the city said on Monday, \
                     after plans for flats on the site were dropped last year.\n\
                     Traders will move in next spring, once the roof has been repaired and the \
                     tracks in the floor covered with glass so that visitors can see them.\n";
        let teasers = "Share on WhatsApp\n\
                       New cycle lanes for the harbour road\n\
                       The council will paint cycle lanes on both sides of the harbour road, \
                       which is used by thousands of riders every morning, and will lower the \
                       speed limit for cars on the stretch between the ferry and the station.\n\
                       Summer concerts move to the park\n\
                       The summer concerts will be held in the park this year while the old \
                       square is rebuilt, the organisers said on Friday, adding that the first \
                       of the twelve evenings would be given over to the city's school choirs.\n\
                       Library extends its opening hours\n\
                       The central library will stay open until ten on weekday evenings from \
                       next month, after students asked for a quiet place to work late, and \
                       will open its reading room on Sunday mornings for the first time.\n";
        check(
            &format!("Share on WhatsApp\n{story}{teasers}"),
            expect![[r#"
                boilerplate | Share on WhatsApp
                body        | The old tram depot will become a market hall, the city said on Monday, after plans for flats on the site were dropped last year.
                body        | Traders will move in next spring, once the roof has been repaired and the tracks in the floor covered with glass so that visitors can see them.
                boilerplate | Share on WhatsApp
                boilerplate | New cycle lanes for the harbour road
                boilerplate | The council will paint cycle lanes on both sides of the harbour road, which is used by thousands of riders every morning, and will lower the speed limit for cars on the stretch between the ferry and the station.
                boilerplate | Summer concerts move to the park
                boilerplate | The summer concerts will be held in the park this year while the old square is rebuilt, the organisers said on Friday, adding that the first of the twelve evenings would be given over to the city's school choirs.
                boilerplate | Library extends its opening hours
                boilerplate | The central library will stay open until ten on weekday evenings from next month, after students asked for a quiet place to work late, and will open its reading room on Sunday mornings for the first time.
            "#]],
        );
        check(
            &format!(
                "Share on WhatsApp\n{story}Share on WhatsApp\n\
                 The hall will hold sixty stalls, most of them kept for farmers and bakers \
                 from the villages around the city, the market's manager said.\n\
                 Rents will be lower than in the old covered market, which closes in May.\n"
            ),
            expect![[r#"
                boilerplate | Share on WhatsApp
                body        | The old tram depot will become a market hall, the city said on Monday, after plans for flats on the site were dropped last year.
                body        | Traders will move in next spring, once the roof has been repaired and the tracks in the floor covered with glass so that visitors can see them.
                boilerplate | Share on WhatsApp
                body        | The hall will hold sixty stalls, most of them kept for farmers and bakers from the villages around the city, the market's manager said.
                body        | Rents will be lower than in the old covered market, which closes in May.
            "#]],
        );
    }

    #[test]
    fn a_note_about_the_author_ends_no_story() {
        // At the story's end, a note on its writer is the site's; a profile that opens with
        // the same words in its first paragraphs is the story.
        check(
            "Bridge to close for repairs\n\
             The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.\n\
             Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime.\n\
             Shop owners on both banks said they feared losing customers, while cyclists welcomed the news.\n\
             The ferry will run every twenty minutes from six in the morning until midnight, the council said.\n\
             Maria Lindqvist is a freelance writer based in Leeds who covers transport and city politics for several papers.\n",
            expect![[r#"
                boilerplate | Bridge to close for repairs
                body        | The council voted on Tuesday to close the old bridge to traffic, citing a survey that found cracks in two of its supports.
                body        | Engineers said repairs would take at least a year, and the city will run a ferry for commuters in the meantime.
                body        | Shop owners on both banks said they feared losing customers, while cyclists welcomed the news.
                body        | The ferry will run every twenty minutes from six in the morning until midnight, the council said.
                boilerplate | Maria Lindqvist is a freelance writer based in Leeds who covers transport and city politics for several papers.
            "#]],
        );
        // An expert's note, with degrees or a handle after the name.
        check(
            "How to keep basil alive indoors\n\
             Basil wants six hours of sun a day, so the brightest window of the house is the place for it.\n\
             Water it when the top of the soil is dry, and never let the pot stand in water for long.\n\
             Pinch off the flowers as soon as they show, or the leaves turn bitter within a week.\n\
             Tom Okafor, MS, is a garden expert who has grown herbs on balconies in three cities for twenty years.\n\
             Ada Corvo (@adacorvo) is the managing editor of a magazine about small gardens and city farms.\n",
            expect![[r#"
                boilerplate | How to keep basil alive indoors
                body        | Basil wants six hours of sun a day, so the brightest window of the house is the place for it.
                body        | Water it when the top of the soil is dry, and never let the pot stand in water for long.
                body        | Pinch off the flowers as soon as they show, or the leaves turn bitter within a week.
                boilerplate | Tom Okafor, MS, is a garden expert who has grown herbs on balconies in three cities for twenty years.
                boilerplate | Ada Corvo (@adacorvo) is the managing editor of a magazine about small gardens and city farms.
            "#]],
        );
        check(
            "Ana Costa is the founder of a bakery that now employs forty people in the old town.\n\
             She opened it in 2015 with a loan from her parents and a single oven, and sold out on the first day.\n\
             Ten years later, the bakery supplies hotels across the region and runs a school for young bakers.\n\
             Costa said she still starts work at four every morning, as she did when she opened.\n",
            expect![[r#"
                body        | Ana Costa is the founder of a bakery that now employs forty people in the old town.
                body        | She opened it in 2015 with a loan from her parents and a single oven, and sold out on the first day.
                body        | Ten years later, the bakery supplies hotels across the region and runs a school for young bakers.
                body        | Costa said she still starts work at four every morning, as she did when she opened.
            "#]],
        );
    }

    #[test]
    fn a_listings_fields_hold_its_records_together() {
        // Each record's fields, one a line, share their labels with the other records: the
        // listing is the page's content, not a menu between paragraphs.
        check(
            "Home\nCourses\nAbout\n\
             Field Notes in Ecology\n\
             An introductory course on keeping field notebooks, with weekly exercises drawn from river and woodland surveys.\n\
             Level: Beginner\nFormat: Online course\nLicence: CC-BY\nView course\n\
             Reading Old Maps\n\
             A short course on how surveyors drew the county maps of the eighteenth century and what their errors tell us.\n\
             Level: Intermediate\nFormat: Workshop\nLicence: CC-BY-SA\nView course\n\
             Soil and Water\n\
             Students measure soil moisture and stream flow over a season and learn to present the results in plain tables.\n\
             Level: Beginner\nFormat: Online course\nLicence: CC-BY\nView course\n\
             Privacy policy\n",
            expect![[r#"
                boilerplate | Home
                boilerplate | Courses
                boilerplate | About
                boilerplate | Field Notes in Ecology
                body        | An introductory course on keeping field notebooks, with weekly exercises drawn from river and woodland surveys.
                body        | Level: Beginner
                body        | Format: Online course
                body        | Licence: CC-BY
                boilerplate | View course
                heading     | Reading Old Maps
                body        | A short course on how surveyors drew the county maps of the eighteenth century and what their errors tell us.
                body        | Level: Intermediate
                body        | Format: Workshop
                body        | Licence: CC-BY-SA
                boilerplate | View course
                heading     | Soil and Water
                body        | Students measure soil moisture and stream flow over a season and learn to present the results in plain tables.
                body        | Level: Beginner
                body        | Format: Online course
                body        | Licence: CC-BY
                boilerplate | View course
                boilerplate | Privacy policy
            "#]],
        );
    }

    #[test]
    fn a_table_with_long_row_names_is_a_table() {
        // Column headers and row names of five words and more, but several figures a row:
        // a table, not a numbered list of headlines.
        check(
            "The survey's figures for the five largest harbours are in the table below, with their rank in the previous survey.\n\
             Harbour and Operating Authority Name\nAverage Daily Ship Arrivals Last Year\nCargo Handled in Million Tonnes\n\
             Share of Container Traffic by Weight\nRank in the Previous Annual Survey\n\
             Port of Valdora Harbour Board\n42\n18.5\n61%\n1\n\
             North Coast Ferry and Freight Company\n35\n12.1\n44%\n3\n\
             Eastern Bay Municipal Port Authority\n28\n9.7\n52%\n2\n\
             Southern Islands Shipping and Harbour Trust\n21\n6.2\n38%\n5\n\
             Old Town Riverside Docks Company\n17\n4.9\n12%\n4\n\
             The board said it expected arrivals to grow again next year as the new terminal opens to larger ships.\n",
            expect![[r#"
                body        | The survey's figures for the five largest harbours are in the table below, with their rank in the previous survey.
                body        | Harbour and Operating Authority Name
                body        | Average Daily Ship Arrivals Last Year
                body        | Cargo Handled in Million Tonnes
                body        | Share of Container Traffic by Weight
                body        | Rank in the Previous Annual Survey
                body        | Port of Valdora Harbour Board
                body        | 42
                body        | 18.5
                body        | 61%
                body        | 1
                body        | North Coast Ferry and Freight Company
                body        | 35
                body        | 12.1
                body        | 44%
                body        | 3
                body        | Eastern Bay Municipal Port Authority
                body        | 28
                body        | 9.7
                body        | 52%
                body        | 2
                body        | Southern Islands Shipping and Harbour Trust
                body        | 21
                body        | 6.2
                body        | 38%
                body        | 5
                body        | Old Town Riverside Docks Company
                body        | 17
                body        | 4.9
                body        | 12%
                body        | 4
                body        | The board said it expected arrivals to grow again next year as the new terminal opens to larger ships.
            "#]],
        );
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        check("", expect![[""]]);
        check(
            "\u{feff}\n\n!!!\n\"\"\"\"\"\n\u{2029}By\n1 2 3\n\u{1f600}\u{1f600}",
            expect![[r#"
                boilerplate | !!!
                boilerplate | """""
                byline      | By
                boilerplate | 1 2 3
                boilerplate | 😀😀
            "#]],
        );
        let long = "word ".repeat(20_000);
        let seg = lede_text::segment(&long);
        assert_eq!(classify(&long, &seg).kinds, vec![ParagraphKind::Body]);
    }
}
