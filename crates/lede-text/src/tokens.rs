//! Tokenization of news text into words, numbers, punctuation and a few whole-token forms.
//!
//! Tokens are what every later stage looks at: the sentence splitter, the entity tagger, the
//! quote finder and the time tagger. The rules keep together what a reader sees as one unit —
//! hyphenated words, `don't`, `O'Brien`, `3.5`, `1,000`, `10:30`, `U.S.`, URLs and e-mail
//! addresses — and split the possessive `'s` (or `’s`) off its word so that `Putin's` names
//! `Putin`. This module does not normalize text: every token is a span of the input.

use crate::Span;
use serde::{Deserialize, Serialize};

/// What a token is, coarsely.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or the periods of an acronym.
    Word,
    /// Digits, possibly with decimal or thousands separators (`3.5`, `1,000`, `10:30`).
    Number,
    /// The possessive `'s` or `’s`.
    Possessive,
    /// A quotation mark of any style: `"`, `“`, `”`, `'`, `‘`, `’`, `«`, `»`, `„`, `‹`, `›`.
    Quote,
    /// Other punctuation, one char, or a run such as `...` or `--`.
    Punct,
    /// Anything else: symbols, currency signs, emoji.
    Symbol,
    Url,
    Email,
}

/// The capitalization pattern of a token, as in the word-shape features of taggers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Shape {
    /// `x`: all lower case.
    Lower,
    /// `Xx`: an upper-case letter, then lower case.
    Title,
    /// `XX`: all letters upper case (two or more letters, or a single capital).
    Upper,
    /// `xX`: other mixes of cases (`iPhone`, `McDonald`).
    Mixed,
    /// `d`: digits only (with separators).
    Digits,
    /// `dx`: digits and letters (`14th`, `1.13bn`).
    Alnum,
    /// `.`: punctuation, quotes and symbols.
    Punct,
}

impl Shape {
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Lower => "x",
            Shape::Title => "Xx",
            Shape::Upper => "XX",
            Shape::Mixed => "xX",
            Shape::Digits => "d",
            Shape::Alnum => "dx",
            Shape::Punct => ".",
        }
    }
}

/// One token: where it is, what kind it is and its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub shape: Shape,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// True for a word whose first char is an upper-case letter.
    pub fn is_capitalized(self) -> bool {
        matches!(self.shape, Shape::Title | Shape::Upper | Shape::Mixed)
            && self.kind == TokenKind::Word
    }
}

/// Tokenizes `text[span]`, appending to `out`. Spans in the result index `text`.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    tokenize_with(text, span, out, &mut Vec::new());
}

/// [`tokenize_into`] with `chars` as room for the characters of the span, which a caller
/// tokenizing paragraph after paragraph keeps rather than allocate it for each.
pub(crate) fn tokenize_with(
    text: &str,
    span: Span,
    out: &mut Vec<Token>,
    chars: &mut Vec<(usize, char)>,
) {
    let Some(s) = text.get(span.start..span.end) else {
        return;
    };
    let base = span.start;
    chars.clear();
    chars.extend(s.char_indices());
    let chars = &chars[..];
    let n = chars.len();
    let end_of = |k: usize| if k < n { chars[k].0 } else { s.len() };
    // An address needs an "@": most paragraphs have none, and their words need not be read
    // twice for one.
    let has_at = s.as_bytes().contains(&b'@');
    let mut i = 0;
    while i < n {
        let (b, c) = chars[i];
        if crate::paragraphs::is_space(c) || c.is_control() {
            i += 1;
            continue;
        }
        let (j, kind) = if let Some(j) = url_end(chars, i, s) {
            (j, TokenKind::Url)
        } else if let Some(j) = has_at.then(|| email_end(chars, i)).flatten() {
            (j, TokenKind::Email)
        } else if is_apostrophe(c)
            && matches!(chars.get(i + 1), Some((_, 's' | 'S')))
            && !chars.get(i + 2).is_some_and(|&(_, c)| c.is_alphanumeric())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            (i + 2, TokenKind::Possessive)
        } else if c.is_alphanumeric() {
            word_end(chars, i)
        } else if doubled_quote(c) && chars.get(i + 1).is_some_and(|&(_, d)| d == c) {
            // Typewriter and TeX-style double quotes made of two single marks: ``...'' and
            // ''...'', as some wire feeds and converted documents still write them.
            (i + 2, TokenKind::Quote)
        } else if is_quote(c) {
            (i + 1, TokenKind::Quote)
        } else if matches!(c, '.' | '-' | '—' | '–' | '!' | '?') {
            // Runs of the same mark: "...", "--", "!!", "?!" read as one token.
            let mut j = i + 1;
            while j < n
                && (chars[j].1 == c || (matches!(c, '!' | '?') && matches!(chars[j].1, '!' | '?')))
            {
                j += 1;
            }
            (j, TokenKind::Punct)
        } else if is_punct(c) {
            (i + 1, TokenKind::Punct)
        } else {
            (i + 1, TokenKind::Symbol)
        };
        let span = Span::new(base + b, base + end_of(j));
        let shape = shape_of(&s[b..end_of(j)], kind);
        out.push(Token { span, kind, shape });
        i = j;
    }
}

/// Tokenizes a whole text.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, Span::new(0, text.len()), &mut out);
    out
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '\'' | '‘' | '’' | '‚' | '＂'
    )
}

/// Single marks that, doubled, stand for a double quotation mark.
fn doubled_quote(c: char) -> bool {
    matches!(c, '\'' | '`' | '‘' | '’')
}

fn is_punct(c: char) -> bool {
    (c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%'
                | '&'
                | '+'
                | '<'
                | '='
                | '>'
                | '@'
                | '^'
                | '|'
                | '~'
                | '#'
                | '*'
                | '\\'
                | '`'
        ))
        || matches!(
            c,
            '…' | '–'
                | '—'
                | '‐'
                | '‑'
                | '‒'
                | '―'
                | '·'
                | '•'
                | '¡'
                | '¿'
                | '§'
                | '¶'
                | '†'
                | '‡'
        )
}

/// Scans a word or number starting at `i`; returns the end index and the kind.
fn word_end(chars: &[(usize, char)], i: usize) -> (usize, TokenKind) {
    let n = chars.len();
    let c = |k: usize| chars.get(k).map(|p| p.1);
    // Acronyms with periods: "U.S.", "U.N.", "e.g.", "a.m.". A single letter followed by a
    // period and another letter-period pair; the final period belongs to the token.
    if c(i).is_some_and(char::is_alphabetic)
        && c(i + 1) == Some('.')
        && c(i + 2).is_some_and(char::is_alphabetic)
        && (c(i + 3) == Some('.') || !c(i + 3).is_some_and(char::is_alphanumeric))
    {
        let mut j = i;
        while c(j).is_some_and(char::is_alphabetic)
            && !c(j + 1).is_some_and(char::is_alphanumeric)
            && c(j + 1) == Some('.')
        {
            j += 2;
        }
        // "U.S" without a final period still ends in a letter.
        if c(j).is_some_and(char::is_alphabetic) && !c(j + 1).is_some_and(char::is_alphanumeric) {
            j += 1;
        }
        if j >= i + 3 {
            return (j, TokenKind::Word);
        }
    }
    let mut j = i;
    let mut letters = false;
    while j < n {
        let ch = chars[j].1;
        if ch.is_alphanumeric() || is_mark(ch) {
            letters |= ch.is_alphabetic();
            j += 1;
            continue;
        }
        let prev = chars[j - 1].1;
        let next = c(j + 1);
        let joins = match ch {
            '-' | '‐' | '‑' => next.is_some_and(char::is_alphanumeric),
            '.' | ',' | ':' | '/' => {
                prev.is_ascii_digit() && next.is_some_and(|x| x.is_ascii_digit())
            }
            '\'' | '’' | 'ʼ' => {
                prev.is_alphabetic()
                    && next.is_some_and(char::is_alphabetic)
                    // The possessive is its own token.
                    && (!matches!(next, Some('s' | 'S')) || c(j + 2).is_some_and(char::is_alphanumeric))
            }
            '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
            _ => false,
        };
        if !joins {
            break;
        }
        j += 1;
    }
    (
        j,
        if letters {
            TokenKind::Word
        } else {
            TokenKind::Number
        },
    )
}

fn is_mark(c: char) -> bool {
    // Combining diacritics that follow a base letter in decomposed text.
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn url_end(chars: &[(usize, char)], i: usize, s: &str) -> Option<usize> {
    let rest = &s[chars[i].0..];
    let lower_starts = |p: &str| {
        rest.len() >= p.len()
            && rest.is_char_boundary(p.len())
            && rest[..p.len()].eq_ignore_ascii_case(p)
    };
    if !(lower_starts("http://") || lower_starts("https://") || lower_starts("www.")) {
        return None;
    }
    let mut j = i;
    while j < chars.len() && !chars[j].1.is_whitespace() && !is_quote_not_apostrophe(chars[j].1) {
        j += 1;
    }
    // Trailing punctuation belongs to the sentence, not the address.
    while j > i + 1
        && matches!(
            chars[j - 1].1,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\''
        )
    {
        j -= 1;
    }
    Some(j)
}

fn is_quote_not_apostrophe(c: char) -> bool {
    is_quote(c) && !matches!(c, '\'' | '’')
}

fn email_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    if !chars[i].1.is_alphanumeric() {
        return None;
    }
    let mut j = i;
    while j < chars.len() && local(chars[j].1) {
        j += 1;
    }
    if chars.get(j).map(|p| p.1) != Some('@') {
        return None;
    }
    let mut k = j + 1;
    let mut dot = false;
    while k < chars.len() && (chars[k].1.is_alphanumeric() || matches!(chars[k].1, '.' | '-')) {
        dot |= chars[k].1 == '.' && chars.get(k + 1).is_some_and(|p| p.1.is_alphanumeric());
        k += 1;
    }
    while k > j + 1 && matches!(chars[k - 1].1, '.' | '-') {
        k -= 1;
    }
    (dot && k > j + 1).then_some(k)
}

/// The shape of a token's text.
pub fn shape_of(t: &str, kind: TokenKind) -> Shape {
    match kind {
        TokenKind::Punct | TokenKind::Quote | TokenKind::Symbol => return Shape::Punct,
        TokenKind::Number => return Shape::Digits,
        TokenKind::Url | TokenKind::Email | TokenKind::Possessive => return Shape::Lower,
        TokenKind::Word => {}
    }
    let (mut upper, mut lower, mut digit) = (0, 0, 0);
    let mut first_upper = false;
    for (k, c) in t.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            first_upper |= k == 0;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        }
    }
    if digit > 0 {
        Shape::Alnum
    } else if upper == 0 {
        Shape::Lower
    } else if lower == 0 {
        Shape::Upper
    } else if first_upper && (upper == 1 || is_title_compound(t)) {
        Shape::Title
    } else {
        Shape::Mixed
    }
}

/// "Jean-Pierre", "O'Brien": every part is title case.
fn is_title_compound(t: &str) -> bool {
    t.split(['-', '\'', '’']).all(|p| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| !c.is_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(text: &str, expect: Expect) {
        let got: Vec<String> = tokenize(text)
            .iter()
            .map(|t| {
                let tag = match t.kind {
                    TokenKind::Word | TokenKind::Number => t.shape.as_str().to_string(),
                    k => format!("{k:?}").to_lowercase(),
                };
                format!("{}/{}", t.text(text), tag)
            })
            .collect();
        expect.assert_eq(&got.join(" "));
    }

    #[test]
    fn words_and_shapes() {
        check(
            "Xi Jinping met NATO's chief",
            expect!["Xi/Xx Jinping/Xx met/x NATO/XX 's/possessive chief/x"],
        );
        check(
            "Putin’s well-known iPhone 14th",
            expect!["Putin/Xx ’s/possessive well-known/x iPhone/xX 14th/dx"],
        );
        check(
            "Jean-Pierre O'Brien don't",
            expect!["Jean-Pierre/Xx O'Brien/Xx don't/x"],
        );
        check("workers' rights", expect!["workers/x '/quote rights/x"]);
    }

    #[test]
    fn doubled_single_marks_are_one_quotation_mark() {
        check(
            "``Yes,'' she said. ''No.'' ‘‘Maybe’’ rock 'n' roll",
            expect![
                "``/quote Yes/Xx ,/punct ''/quote she/x said/x ./punct ''/quote No/Xx ./punct ''/quote ‘‘/quote Maybe/Xx ’’/quote rock/x '/quote n/x '/quote roll/x"
            ],
        );
    }

    #[test]
    fn numbers() {
        check(
            "3.5 1,000 10:30 2022-23 $1.13bn",
            expect!["3.5/d 1,000/d 10:30/d 2022-23/d $/symbol 1.13bn/dx"],
        );
        check("ended 3.", expect!["ended/x 3/d ./punct"]);
    }

    #[test]
    fn acronyms_and_abbreviations() {
        check(
            "the U.S. and U.N. at 10 a.m. e.g. Mr. Smith",
            expect!["the/x U.S./XX and/x U.N./XX at/x 10/d a.m./x e.g./x Mr/Xx ./punct Smith/Xx"],
        );
        check(
            "J. K. Rowling",
            expect!["J/XX ./punct K/XX ./punct Rowling/Xx"],
        );
        check("AT&T", expect!["AT&T/XX"]);
    }

    #[test]
    fn urls_and_emails() {
        check(
            "see https://example.com/a?b=1. Mail news@example.org.",
            expect![
                "see/x https://example.com/a?b=1/url ./punct Mail/Xx news@example.org/email ./punct"
            ],
        );
        check(
            "(www.example.com)",
            expect!["(/punct www.example.com/url )/punct"],
        );
    }

    #[test]
    fn quotes_and_punctuation() {
        check(
            "\"Envy...\" he said -- “yes” «non»",
            expect![[
                r#""/quote Envy/Xx .../punct "/quote he/x said/x --/punct “/quote yes/x ”/quote «/quote non/x »/quote"#
            ]],
        );
        check("Why?! ok…", expect!["Why/Xx ?!/punct ok/x …/punct"]);
    }
}
