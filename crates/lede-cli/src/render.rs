//! The readable view of a document (`--format text`): for a person at a terminal, not for
//! programs, which read the JSON.

use std::io::{self, Write};

use lede_extract::{Document, OffsetUnit};

/// Slices `text` by a document's offsets, whatever unit they count.
fn slice<'a>(text: &'a str, doc: &Document, start: usize, end: usize) -> &'a str {
    match doc.offsets {
        OffsetUnit::Bytes => text.get(start..end).unwrap_or(""),
        OffsetUnit::Chars => {
            let mut it = text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()));
            let s = it.nth(start).unwrap_or(text.len());
            let e = it.nth(end.saturating_sub(start + 1)).unwrap_or(text.len());
            text.get(s..e.max(s)).unwrap_or("")
        }
    }
}

/// Writes each paragraph with its kind, then the entities, quotes and dates found.
pub fn text(out: &mut impl Write, text: &str, doc: &Document) -> io::Result<()> {
    for (i, p) in doc.paragraphs.iter().enumerate() {
        writeln!(
            out,
            "[{:>3}] {:<11} {}",
            i + 1,
            p.kind.as_str(),
            slice(text, doc, p.start, p.end)
        )?;
    }
    if !doc.entities.is_empty() {
        writeln!(out, "\nentities:")?;
        for e in &doc.entities {
            let roles = if e.roles.is_empty() {
                String::new()
            } else {
                format!(" ({})", e.roles.join("; "))
            };
            writeln!(
                out,
                "  {:<7} {}{} ×{}",
                format!("{:?}", e.kind),
                e.name,
                roles,
                e.mentions.len()
            )?;
        }
    }
    if !doc.quotes.is_empty() {
        writeln!(out, "\nquotes:")?;
        for q in &doc.quotes {
            let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
            let to = q
                .addressee
                .as_ref()
                .map(|a| format!(" → {}", a.name))
                .unwrap_or_default();
            writeln!(out, "  {who}{to} [{:?}]: {}", q.kind, q.text)?;
        }
    }
    if !doc.timexes.is_empty() {
        writeln!(out, "\ndates:")?;
        for t in &doc.timexes {
            writeln!(out, "  {:<24} {:?} {}", t.text, t.kind, t.value)?;
        }
    }
    for d in &doc.diagnostics {
        writeln!(
            out,
            "note: {} at {}..{}: {}",
            d.code, d.start, d.end, d.message
        )?;
    }
    Ok(())
}
