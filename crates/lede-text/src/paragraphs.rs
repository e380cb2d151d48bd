//! Paragraph splitting: one paragraph per non-blank line.
//!
//! Scraped text separates paragraphs by line breaks, sometimes with blank lines between them,
//! with `\n`, `\r\n` or a lone `\r`. A paragraph's span excludes the line break and the white
//! space (and byte-order mark) around the line, so that it starts and ends on visible text.
//! This module does not judge what a paragraph is (story, caption, clutter): that is
//! extraction's job.

use crate::Span;

/// The paragraphs of `text`, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let brk = if i == bytes.len() {
            Some(0)
        } else {
            match bytes[i] {
                b'\n' | b'\r' => Some(1),
                // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    Some(3)
                }
                _ => None,
            }
        };
        if let Some(n) = brk {
            push_trimmed(text, line_start, i, &mut out);
            i += n.max(1);
            line_start = i;
        } else {
            i += 1;
        }
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let trimmed = line.trim_start_matches(is_space);
    let s = start + (line.len() - trimmed.len());
    let e = s + trimmed.trim_end_matches(is_space).len();
    if e > s {
        out.push(Span::new(s, e));
    }
}

/// White space for trimming lines: Unicode white space, the byte-order mark and zero-width
/// characters that scrapers leave at line ends.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(text: &str, expect: Expect) {
        let got: Vec<String> = paragraphs(text)
            .iter()
            .map(|s| format!("[{}]", s.text(text)))
            .collect();
        expect.assert_eq(&got.join(" "));
    }

    #[test]
    fn line_breaks() {
        check(
            "One.\nTwo.\r\nThree.\rFour.",
            expect!["[One.] [Two.] [Three.] [Four.]"],
        );
        check(
            "\u{feff}  Title  \n\n\n  Body text.\n",
            expect!["[Title] [Body text.]"],
        );
        check("", expect![""]);
        check("\n\r\n  \t\n", expect![""]);
        check("a\u{2029}b\u{2028}c", expect!["[a] [b] [c]"]);
    }
}
