//! `lede quotes FILE`: who said what, to whom, as a table for a person at a terminal.
//!
//! One row per quote in text order: its speaker, its kind, the quoted words (shortened to fit a
//! line) and its addressee. Programs read the JSON of `lede extract`; this view is for reading.

use std::io::{self, Write};

use lede_extract::{Document, Party, QuoteKind};

/// The widest a quote's words may print before they are shortened.
const QUOTE_WIDTH: usize = 60;
const PARTY_WIDTH: usize = 24;

/// Shortens `s` to at most `width` chars, ending in "…" when cut; whitespace runs become one
/// space so that a quote over several paragraphs stays on its row.
fn shorten(s: &str, width: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= width {
        return flat;
    }
    let mut out: String = flat.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn party(p: Option<&Party>) -> String {
    match p {
        None => "-".to_string(),
        // The entity's name, and the words in the text when they differ ("he", "the minister").
        Some(p) if p.name != p.text && !p.text.is_empty() => format!("{} ({})", p.name, p.text),
        Some(p) => p.name.clone(),
    }
}

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

/// Writes the quote table of `doc`.
pub fn table(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    if doc.quotes.is_empty() {
        return writeln!(out, "no quotes");
    }
    writeln!(
        out,
        "{:<4} {:<pw$} {:<8} {:<qw$} addressee",
        "id",
        "speaker",
        "kind",
        "quote",
        pw = PARTY_WIDTH,
        qw = QUOTE_WIDTH
    )?;
    for q in &doc.quotes {
        let text = shorten(&q.text, QUOTE_WIDTH);
        let parts = if q.parts.len() > 1 {
            format!(" [{} parts]", q.parts.len())
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:<4} {:<pw$} {:<8} {:<qw$} {}{}",
            q.id,
            shorten(&party(q.speaker.as_ref()), PARTY_WIDTH),
            kind(q.kind),
            text,
            party(q.addressee.as_ref()),
            parts,
            pw = PARTY_WIDTH,
            qw = QUOTE_WIDTH
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &str) {
        let doc = lede_extract::extract(text, &lede_extract::Options::default());
        let mut out = Vec::new();
        table(&mut out, &doc).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expect);
    }

    #[test]
    fn rows_in_text_order() {
        check(
            "\"We will build the bridge,\" Mayor Ann Lee told reporters on Friday.\n",
            "id   speaker                  kind     quote                                                        addressee\n\
             q1   Ann Lee                  direct   We will build the bridge,                                    reporters\n",
        );
        check("Nothing was said.\n", "no quotes\n");
    }

    #[test]
    fn long_quotes_are_shortened() {
        assert_eq!(shorten("a  b\n\nc", 10), "a b c");
        assert_eq!(shorten("abcdefghijkl", 5), "abcd…");
    }
}
