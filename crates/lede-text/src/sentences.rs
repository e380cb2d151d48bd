//! Sentence splitting for news text, by rules over tokens.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing quotes and brackets that
//! follow) when the next token starts a new sentence: a capital letter, a digit, an opening
//! quote or bracket. That one test already keeps `"...!" he said` together and ends
//! `...envy." Putin` after the quote. On top of it, periods after titles and abbreviations
//! (`Mr.`, `Gen.`, `Jan. 5`, `No. 10`), initials (`J. K. Rowling`) and acronyms (`U.S.`)
//! end a sentence only where a common sentence opener follows. A paragraph always ends its
//! last sentence, so lines without final punctuation are sentences too.
//!
//! This module does not look inside quotations for sentences: a quotation is part of the
//! sentence that quotes it.

use crate::{Span, Token, TokenKind};

/// Abbreviations after which a period never ends a sentence: titles and words always
/// followed by a name or a number.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt",
    "cpl", "pvt", "adm", "brig", "gov", "sen", "rep", "reps", "sens", "rev", "fr", "hon", "pres",
    "supt", "insp", "det", "st", "mt", "ft", "no", "nos", "vol", "art", "fig", "ch", "pp", "vs",
    "v", "cf", "approx", "dept", "est", "sr", "jr",
];

/// Abbreviations that may end a sentence when a sentence opener follows.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd", "llc",
    "plc", "bros", "etc", "al", "ave", "blvd", "rd", "univ", "assn", "govt", "intl", "natl", "ala",
    "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Words that begin sentences far more often than they continue a name: after an acronym,
/// an initial or an abbreviation, one of these starts a new sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "although",
    "though",
    "however",
    "meanwhile",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "what",
    "who",
    "why",
    "how",
    "where",
    "one",
    "two",
    "three",
    "both",
    "each",
    "earlier",
    "later",
    "last",
    "now",
    "then",
    "still",
    "also",
    "officials",
    "police",
    "critics",
    "analysts",
];

fn lower_in(word: &str, list: &[&str]) -> bool {
    word.len() <= 8 && list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Splits the tokens of one paragraph into sentences. `tokens` are the paragraph's tokens,
/// in order; the result gives each sentence's token range.
pub fn split(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let inside = quoted(text, tokens);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if !is_terminal(t, text) {
            i += 1;
            continue;
        }
        // Closing quotes and brackets after the terminal belong to this sentence.
        let mut j = i + 1;
        while j < tokens.len() && is_closer(tokens[j], tokens[j - 1], text) {
            j += 1;
        }
        // A quotation that closes later in the paragraph is part of the sentence quoting it.
        if j < tokens.len() && !inside[j] && ends_here(text, tokens, i, j) {
            out.push(start..j);
            start = j;
        }
        i = j.max(i + 1);
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Marks the tokens inside a double-quotation that opens and closes within these tokens.
/// Unclosed quotations (a quote running on into the next paragraph) mark nothing, so a
/// stray mark never swallows the rest of a paragraph.
///
/// A straight mark's side is read from its spacing where that is plain: after a space and
/// against the next word it opens, against the word or the stop before it and before a space
/// or punctuation it closes; only a mark with spaces on both sides (or none) alternates. A
/// mark that opens while a quotation is open starts a new one: news writes a quotation that
/// runs over several paragraphs with an opening mark on each and no closing one between, and
/// pairing those by turns would put the narrative between two quotations inside one.
fn quoted(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        match t.text(text) {
            "\"" | "＂" | "''" => {
                let after_gap = i == 0 || tokens[i - 1].span.end < t.span.start;
                let next = tokens.get(i + 1);
                let before_gap = next.is_none_or(|n| t.span.end < n.span.start);
                let before_punct = next.is_some_and(|n| {
                    n.kind == TokenKind::Punct && !matches!(n.text(text), "(" | "[")
                });
                let opens = after_gap && !before_gap && !before_punct;
                let closes = !after_gap && (before_gap || before_punct);
                match open {
                    Some(o) if !opens => {
                        inside[o + 1..i].fill(true);
                        open = None;
                    }
                    _ if closes => {}
                    _ => open = Some(i),
                }
            }
            "“" | "«" | "„" | "``" | "‘‘" => open = Some(i),
            "”" | "»" | "’’" => {
                if let Some(o) = open.take() {
                    inside[o + 1..i].fill(true);
                }
            }
            _ => {}
        }
    }
    inside
}

fn is_terminal(t: Token, text: &str) -> bool {
    match t.kind {
        TokenKind::Punct => {
            let s = t.text(text);
            s.starts_with(['.', '!', '?', '…'])
        }
        // An acronym token carries its final period ("U.S."): it may end a sentence.
        TokenKind::Word => t.text(text).ends_with('.'),
        _ => false,
    }
}

fn is_closer(t: Token, prev: Token, text: &str) -> bool {
    let s = t.text(text);
    // A straight quote closes only when it touches the text before it; after a space it
    // opens the next quotation.
    let touches = prev.span.end == t.span.start;
    match t.kind {
        TokenKind::Quote => {
            matches!(s, "”" | "’" | "»" | "›" | "’’") || (touches && matches!(s, "\"" | "'" | "''"))
        }
        TokenKind::Punct => matches!(s, ")" | "]" | "}"),
        _ => false,
    }
}

/// Decides whether the sentence ends after the terminal at `i` (closers up to `j`), with
/// `tokens[j]` the next token.
fn ends_here(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let next = tokens[j];
    let next_text = next.text(text);
    let opens = match next.kind {
        TokenKind::Word => next_text.chars().next().is_some_and(char::is_uppercase),
        TokenKind::Number => true,
        TokenKind::Quote => true,
        TokenKind::Punct => matches!(next_text, "(" | "[" | "-" | "—" | "–" | "•"),
        TokenKind::Url | TokenKind::Email | TokenKind::Symbol => true,
        TokenKind::Possessive => false,
    };
    if !opens {
        return false;
    }
    let term = tokens[i];
    let term_text = term.text(text);
    let opener = next.kind == TokenKind::Word && lower_in(next_text, OPENERS);
    if term.kind == TokenKind::Word {
        // An acronym with its period: "in the U.S. The ..." ends, "the U.S. Navy" does not.
        return opener;
    }
    if term_text == "." && i > 0 && j == i + 1 {
        let prev = tokens[i - 1];
        // The period must touch the word before it to be an abbreviation's.
        if prev.span.end == term.span.start && prev.kind == TokenKind::Word {
            let w = prev.text(text);
            if lower_in(w, TITLES) {
                return false;
            }
            if lower_in(w, ABBREVIATIONS) {
                return opener || next.kind == TokenKind::Quote;
            }
            // A single capital letter is an initial: "J. K. Rowling", "George W. Bush".
            if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
                return opener;
            }
        }
    }
    if term_text.starts_with("..") || term_text.starts_with('…') {
        // An ellipsis inside a sentence is followed by lower case; before a capital it ends.
        return true;
    }
    true
}

/// The byte span from the first to the last token of a range.
pub fn span_of(tokens: &[Token], range: std::ops::Range<usize>) -> Span {
    match (
        tokens.get(range.start),
        range.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => Span::default(),
    }
}

#[cfg(test)]
mod tests {
    use crate::segment;
    use expect_test::{Expect, expect};

    fn check(text: &str, expect: Expect) {
        let seg = segment(text);
        let got: Vec<String> = seg
            .sentences
            .iter()
            .map(|s| format!("[{}]", s.span.text(text)))
            .collect();
        expect.assert_eq(&got.join("\n"));
    }

    #[test]
    fn no_split_inside_a_quotation_in_doubled_single_marks() {
        check(
            "``Go home. Now,'' he said. ''We wait. Then we act,'' she said.",
            expect![[r#"
                [``Go home. Now,'' he said.]
                [''We wait. Then we act,'' she said.]"#]],
        );
    }

    #[test]
    fn titles_and_abbreviations() {
        check(
            "Mr. Smith met Dr. Jones and Gen. Lee. They talked.",
            expect![[r#"
                [Mr. Smith met Dr. Jones and Gen. Lee.]
                [They talked.]"#]],
        );
        check(
            "It opened on Jan. 5. The U.S. Navy and the U.N. agreed. No. 10 said so.",
            expect![[r#"
                [It opened on Jan. 5.]
                [The U.S. Navy and the U.N. agreed.]
                [No. 10 said so.]"#]],
        );
        check(
            "He moved to the U.S. The move paid off. Apple Inc. said it grew.",
            expect![[r#"
                [He moved to the U.S.]
                [The move paid off.]
                [Apple Inc. said it grew.]"#]],
        );
    }

    #[test]
    fn initials_decimals_times() {
        check(
            "J. K. Rowling wrote it. George W. Bush spoke at 10 a.m. on Monday. Growth hit 3.5 percent.",
            expect![[r#"
                [J. K. Rowling wrote it.]
                [George W. Bush spoke at 10 a.m. on Monday.]
                [Growth hit 3.5 percent.]"#]],
        );
    }

    #[test]
    fn quotes() {
        check(
            r#""It evokes envy." Putin smiled. "Is it over?" she asked. "Yes," he said. "Now go.""#,
            expect![[r#"
                ["It evokes envy."]
                [Putin smiled.]
                ["Is it over?" she asked.]
                ["Yes," he said.]
                ["Now go."]"#]],
        );
        check(
            r#""Of course. We know it," he said. "We will talk. Soon." Then he left."#,
            expect![[r#"
                ["Of course. We know it," he said.]
                ["We will talk. Soon."]
                [Then he left.]"#]],
        );
        // A quotation running over sentences with an opening mark on each, then the story.
        check(
            r#""It is done," he said. "We built it. "We paid for it." Then in town he spoke. He said he would stay "because I can"."#,
            expect![[r#"
                ["It is done," he said.]
                ["We built it.]
                ["We paid for it."]
                [Then in town he spoke.]
                [He said he would stay "because I can".]"#]],
        );
        check(
            "“We will win,” the minister said. “Soon.”",
            expect![[r#"
                [“We will win,” the minister said.]
                [“Soon.”]"#]],
        );
    }

    #[test]
    fn ellipses_and_unpunctuated_lines() {
        check(
            "He paused... and went on. Then... Nothing.\nA heading without a stop\nLast line",
            expect![[r#"
                [He paused... and went on.]
                [Then...]
                [Nothing.]
                [A heading without a stop]
                [Last line]"#]],
        );
    }
}
