//! Bytes to text: which character encoding a page is in, decided as a browser decides it.
//!
//! The order is the WHATWG encoding sniffing algorithm's, cut to what a crawler knows: a byte
//! order mark, then the charset of the HTTP `Content-Type` header, then a `<meta charset>` (or
//! `http-equiv` content type) in the first kilobytes, then the default. The default is UTF-8
//! when the bytes are valid UTF-8 and windows-1252 otherwise, because pages without a label are
//! today mostly UTF-8 and the legacy default only fits the rest. A page labelled with a legacy
//! single-byte encoding whose bytes are valid, non-ASCII UTF-8 is decoded as UTF-8, with a
//! diagnostic: such labels are a common server misconfiguration, and reading UTF-8 as
//! windows-1252 garbles every accented letter. This module does no parsing of HTML beyond
//! that prescan.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Where the encoding came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Bom,
    Http,
    Meta,
    Default,
}

/// A decoded page: its text (the page's own bytes when they were valid UTF-8 already, no copy),
/// the encoding used, and what went wrong on the way.
#[derive(Clone, Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    pub source: Source,
    /// Some bytes were not valid in the encoding and became U+FFFD.
    pub replaced: bool,
    /// The declared encoding was overruled because the bytes were valid UTF-8.
    pub mislabelled: Option<&'static Encoding>,
}

/// How far into the page to look for a `<meta charset>`: the HTML standard's prescan reads
/// 1024 bytes, but pages with long inline styles or scripts before the meta tag are common,
/// so lede looks further.
const PRESCAN_BYTES: usize = 16 * 1024;

/// Decodes `bytes`, given the HTTP `Content-Type` header value if there was one.
pub fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    let (encoding, source) = if let Some((enc, _)) = Encoding::for_bom(bytes) {
        (enc, Source::Bom)
    } else if let Some(enc) = content_type.and_then(charset_of_content_type) {
        (enc, Source::Http)
    } else if let Some(enc) = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        (enc, Source::Meta)
    } else if std::str::from_utf8(bytes).is_ok() {
        (UTF_8, Source::Default)
    } else {
        (WINDOWS_1252, Source::Default)
    };
    let mut mislabelled = None;
    let encoding = if source != Source::Bom
        && encoding != UTF_8
        && encoding.is_single_byte()
        && !bytes.is_ascii()
        && std::str::from_utf8(bytes).is_ok()
    {
        mislabelled = Some(encoding);
        UTF_8
    } else {
        encoding
    };
    // `decode` strips a BOM of the encoding it sniffs and decodes the rest.
    let (text, _, replaced) = encoding.decode(bytes);
    Decoded {
        text,
        encoding,
        source,
        replaced,
        mislabelled,
    }
}

/// The encoding named by the `charset` parameter of a `Content-Type` value.
pub fn charset_of_content_type(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, v) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        label(v.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

/// An encoding label as a meta tag or header gives it. UTF-16 labels in a document that was
/// decodable as ASCII to find them are wrong by construction; the standard reads them as UTF-8.
fn label(name: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(name.trim().as_bytes())?;
    Some(
        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            UTF_8
        } else {
            enc
        },
    )
}

/// Finds a `<meta charset=...>` or `<meta http-equiv="content-type" content="...charset=...">`
/// in the first bytes, skipping comments, as the standard's prescan does (simplified: attribute
/// values are read up to the next quote, space or `>`).
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        if head[i..].starts_with(b"<!--") {
            i = find(head, i + 4, b"-->").map_or(head.len(), |j| j + 3);
            continue;
        }
        if head[i] == b'<' && head.len() > i + 5 && head[i + 1..i + 5].eq_ignore_ascii_case(b"meta")
        {
            let end = find(head, i, b">").unwrap_or(head.len());
            let tag = &head[i + 5..end];
            if let Some(v) = attribute(tag, b"charset") {
                if let Some(enc) = std::str::from_utf8(v).ok().and_then(label) {
                    return Some(enc);
                }
            }
            let is_content_type = attribute(tag, b"http-equiv")
                .is_some_and(|v| v.eq_ignore_ascii_case(b"content-type"));
            if is_content_type {
                if let Some(enc) = attribute(tag, b"content")
                    .and_then(|v| std::str::from_utf8(v).ok())
                    .and_then(|v| charset_of_content_type(&format!("x;{v}")))
                {
                    return Some(enc);
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The value of attribute `name` in the inside of a tag, case-insensitively.
fn attribute<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut i = 0;
    while i + name.len() < tag.len() {
        let before_ok = i == 0 || tag[i - 1].is_ascii_whitespace() || tag[i - 1] == b'/';
        if before_ok && tag[i..i + name.len()].eq_ignore_ascii_case(name) {
            let mut j = i + name.len();
            while j < tag.len() && tag[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < tag.len() && tag[j] == b'=' {
                j += 1;
                while j < tag.len() && tag[j].is_ascii_whitespace() {
                    j += 1;
                }
                let (start, stop): (usize, &[u8]) = match tag.get(j) {
                    Some(b'"') => (j + 1, b"\""),
                    Some(b'\'') => (j + 1, b"'"),
                    _ => (j, b" \t\n\r/>;"),
                };
                let end = tag[start..]
                    .iter()
                    .position(|c| stop.contains(c))
                    .map_or(tag.len(), |p| p + start);
                return Some(&tag[start..end]);
            }
        }
        i += 1;
    }
    None
}

/// The characters windows-1252 gives the bytes 0x80 to 0x9F (where Latin-1 has control
/// characters), in byte order; `None` for its five undefined bytes.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// The byte that windows-1252 (or Latin-1, for the control characters) decodes to `c`.
fn legacy_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        n @ 0..=0xFF => Some(n as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&x| x == Some(c))
            .map(|i| 0x80 + i as u8),
    }
}

/// Undoes mojibake: a page whose UTF-8 bytes were decoded as windows-1252 or Latin-1 before
/// lede saw it ("Itâ€™s" for "It’s"), as a client library that defaults to Latin-1 for HTML
/// without a charset does. The repair is all or nothing: every character must map back to one
/// byte, and the bytes must be valid UTF-8 with at least one character beyond ASCII, which a
/// text really written in windows-1252 (an accented letter followed by ASCII) never is. A
/// well-decoded page fails the test at its first character outside windows-1252 or its
/// first accented letter, so the check costs little.
pub fn repair_mojibake(text: &str) -> Option<String> {
    // The ASCII before the first other character maps to itself and opens no sequence: it is
    // skipped a block at a time (pages often run a hundred kilobytes of markup before it).
    let b = text.as_bytes();
    let block = b.chunks(64).position(|c| !c.is_ascii())?;
    let first = block * 64 + b[block * 64..].iter().position(|&x| !x.is_ascii())?;
    // A quick pass that validates the byte sequence as UTF-8 lead and continuation bytes,
    // without allocating; `from_utf8` checks the rest.
    let (mut pending, mut multibyte) = (0u8, false);
    for c in text[first..].chars() {
        let b = legacy_byte(c)?;
        match b {
            0x00..=0x7F if pending == 0 => {}
            0x80..=0xBF if pending > 0 => pending -= 1,
            0xC2..=0xDF if pending == 0 => (pending, multibyte) = (1, true),
            0xE0..=0xEF if pending == 0 => (pending, multibyte) = (2, true),
            0xF0..=0xF4 if pending == 0 => (pending, multibyte) = (3, true),
            _ => return None,
        }
    }
    if pending != 0 || !multibyte {
        return None;
    }
    let bytes: Vec<u8> = text.chars().filter_map(legacy_byte).collect();
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(bytes: &[u8], content_type: Option<&str>, expect: Expect) {
        let d = decode(bytes, content_type);
        let mut out = format!("{} from {:?}", d.encoding.name(), d.source);
        if d.replaced {
            out.push_str(", replaced");
        }
        if let Some(m) = d.mislabelled {
            out.push_str(&format!(", mislabelled as {}", m.name()));
        }
        out.push_str(&format!(": {}", d.text.trim()));
        expect.assert_eq(&out);
    }

    #[test]
    fn mojibake() {
        let check = |text: &str, expect: Expect| {
            expect.assert_eq(&format!("{:?}", repair_mojibake(text)));
        };
        // UTF-8 read as windows-1252, and as Latin-1 (its control characters kept).
        check(
            "Itâ€™s a cafÃ© â€” open",
            expect![[r#"Some("It’s a café — open")"#]],
        );
        check("It\u{e2}\u{80}\u{99}s", expect![[r#"Some("It’s")"#]]);
        // Text that is what it says.
        check("It’s a café", expect!["None"]);
        check("café au lait", expect!["None"]);
        check("plain", expect!["None"]);
        check("東京", expect!["None"]);
        // Mojibake beside a character no legacy byte gives: left as it is.
        check("Itâ€™s 東京", expect!["None"]);
    }

    #[test]
    fn encodings() {
        check(
            b"<p>caf\xc3\xa9</p>",
            None,
            expect!["UTF-8 from Default: <p>café</p>"],
        );
        check(
            b"<p>caf\xe9</p>",
            None,
            expect!["windows-1252 from Default: <p>café</p>"],
        );
        check(
            b"\xef\xbb\xbf<p>caf\xc3\xa9</p>",
            Some("text/html; charset=iso-8859-1"),
            expect!["UTF-8 from Bom: <p>café</p>"],
        );
        check(
            b"<meta charset=utf-8><p>caf\xe9</p>",
            Some("text/html; charset=\"ISO-8859-1\""),
            expect!["windows-1252 from Http: <meta charset=utf-8><p>café</p>"],
        );
        check(
            b"<!-- <meta charset=koi8-r> --><meta charset='iso-8859-2'><p>\xb1</p>",
            None,
            expect![
                "ISO-8859-2 from Meta: <!-- <meta charset=koi8-r> --><meta charset='iso-8859-2'><p>ą</p>"
            ],
        );
        check(
            b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\"><p>\x93\xfa</p>",
            None,
            expect![[r#"Shift_JIS from Meta: <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS"><p>日</p>"#]],
        );
        check(
            b"<meta charset=windows-1252><p>caf\xc3\xa9</p>",
            None,
            expect![
                "UTF-8 from Meta, mislabelled as windows-1252: <meta charset=windows-1252><p>café</p>"
            ],
        );
        check(
            b"<meta charset=utf-8><p>caf\xe9</p>",
            None,
            expect!["UTF-8 from Meta, replaced: <meta charset=utf-8><p>caf\u{fffd}</p>"],
        );
        check(
            b"<meta charset=utf-16>x",
            None,
            expect!["UTF-8 from Meta: <meta charset=utf-16>x"],
        );
        check(
            b"<meta charset=bogus>",
            Some("text/html; charset=nope"),
            expect!["UTF-8 from Default: <meta charset=bogus>"],
        );
    }
}
