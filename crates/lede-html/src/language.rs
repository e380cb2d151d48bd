//! The language of a page: the one it declares (`<html lang>`, `og:locale`, a
//! `Content-Language` header), else the one its prose is written in, detected by `whatlang`
//! (trigram profiles, no model files). For batch runs that keep one language and count the
//! others, as web archives mix them.
//!
//! This module does not translate tags between standards beyond the languages in
//! [`LANGUAGES`], and it is not used to choose how the text is read: lede's rules are English.

use crate::Page;

/// ISO 639-1 codes and the `whatlang` languages they name: the languages a filter may ask
/// for.
pub const LANGUAGES: &[(&str, whatlang::Lang)] = &[
    ("ar", whatlang::Lang::Ara),
    ("da", whatlang::Lang::Dan),
    ("de", whatlang::Lang::Deu),
    ("en", whatlang::Lang::Eng),
    ("es", whatlang::Lang::Spa),
    ("fi", whatlang::Lang::Fin),
    ("fr", whatlang::Lang::Fra),
    ("hi", whatlang::Lang::Hin),
    ("it", whatlang::Lang::Ita),
    ("ja", whatlang::Lang::Jpn),
    ("ko", whatlang::Lang::Kor),
    ("nl", whatlang::Lang::Nld),
    ("pl", whatlang::Lang::Pol),
    ("pt", whatlang::Lang::Por),
    ("ru", whatlang::Lang::Rus),
    ("sv", whatlang::Lang::Swe),
    ("tr", whatlang::Lang::Tur),
    ("uk", whatlang::Lang::Ukr),
    ("zh", whatlang::Lang::Cmn),
];

/// How much of the page's prose the detector reads: enough for a sure answer, little enough
/// that a long page costs no more than a short one.
const SAMPLE_BYTES: usize = 4000;

/// Where a page's language came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Language {
    /// The page (or its HTTP header) declared it: the primary subtag, lower case ("en" of
    /// "en-GB").
    Declared(String),
    /// Detected from the page's prose: the ISO 639-1 code of a language of [`LANGUAGES`], or
    /// the detector's ISO 639-3 code for the others.
    Detected(String),
    /// Neither: no declaration, and too little prose for a reliable guess.
    Unknown,
}

impl Language {
    /// The two-letter (or detected three-letter) code, if known.
    pub fn code(&self) -> Option<&str> {
        match self {
            Language::Declared(c) | Language::Detected(c) => Some(c),
            Language::Unknown => None,
        }
    }
}

/// The language of `page`: the declaration `header` (an HTTP `Content-Language` value) or the
/// page's own, else a detection over the page's main content (or all its text when no main
/// content was found).
pub fn page_language(page: &Page, header: Option<&str>) -> Language {
    let declared = header
        .into_iter()
        .chain(page.metadata.language.as_deref())
        .filter_map(primary_subtag)
        .next();
    if let Some(code) = declared {
        return Language::Declared(code);
    }
    let mut sample = String::new();
    let content = page.lines.iter().any(|l| l.hints.content);
    for line in &page.lines {
        if content && !line.hints.content {
            continue;
        }
        let Some(text) = page.text.get(line.start..line.end) else {
            continue;
        };
        // Prose tells a language; menus of one-word links mostly do not.
        if text.split_whitespace().count() < 8 {
            continue;
        }
        sample.push_str(text);
        sample.push('\n');
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
    }
    match whatlang::detect(&sample) {
        Some(info) if info.is_reliable() => {
            let lang = info.lang();
            let code = LANGUAGES
                .iter()
                .find(|(_, l)| *l == lang)
                .map_or_else(|| lang.code().to_string(), |(c, _)| (*c).to_string());
            Language::Detected(code)
        }
        _ => Language::Unknown,
    }
}

/// The primary language subtag of a tag such as "en-GB", "en_US" or "EN", if it is one.
fn primary_subtag(tag: &str) -> Option<String> {
    let first = tag.trim().split(['-', '_', ',', ';']).next()?.trim();
    (2..=3)
        .contains(&first.len())
        .then(|| first.to_ascii_lowercase())
        .filter(|c| c.chars().all(|ch| ch.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(html: &str, header: Option<&str>, expect: Expect) {
        let page = crate::read_page(html, None);
        expect.assert_eq(&format!("{:?}", page_language(&page, header)));
    }

    const ENGLISH: &str = "<p>The council voted on Tuesday to close the old bridge to traffic, \
        citing a survey that found cracks in two of its supports.</p><p>Engineers said repairs \
        would take at least a year, and the city will run a ferry for commuters in the \
        meantime, at no charge to anyone who needs it.</p>";

    const GERMAN: &str = "<p>Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke für \
        den Verkehr zu sperren, nachdem ein Gutachten Risse in zwei ihrer Pfeiler gefunden \
        hatte.</p><p>Die Ingenieure sagen, dass die Reparatur mindestens ein Jahr dauern wird, \
        und die Stadt wird in der Zwischenzeit eine kostenlose Fähre für Pendler betreiben.</p>";

    #[test]
    fn declared_or_detected() {
        check(
            &format!("<html lang=en><body>{ENGLISH}</body></html>"),
            None,
            expect![[r#"Declared("en")"#]],
        );
        check(
            &format!("<html lang=en-GB><body>{ENGLISH}</body></html>"),
            None,
            expect![[r#"Declared("en")"#]],
        );
        check(
            &format!("<html lang=fr><body>{ENGLISH}</body></html>"),
            None,
            expect![[r#"Declared("fr")"#]],
        );
        check(
            &format!("<html><body>{ENGLISH}</body></html>"),
            Some("en-US"),
            expect![[r#"Declared("en")"#]],
        );
        check(
            &format!("<html><body>{GERMAN}</body></html>"),
            None,
            expect![[r#"Detected("de")"#]],
        );
        check(
            &format!("<html><body>{ENGLISH}</body></html>"),
            None,
            expect![[r#"Detected("en")"#]],
        );
        check(
            "<html><body><p>Home</p><p>News</p></body></html>",
            None,
            expect!["Unknown"],
        );
        // A tag that is not a language tag is no declaration.
        check(
            &format!("<html lang='{{{{ lang }}}}'><body>{GERMAN}</body></html>"),
            None,
            expect![[r#"Detected("de")"#]],
        );
    }
}
