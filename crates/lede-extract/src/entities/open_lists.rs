//! Lists made from open data by `cargo xtask gen-lists` (see `xtask/src/gen_lists.rs`): the
//! names of places (GeoNames: countries, US states, cities of 50,000 people or more), given
//! names (the US census's first names, with the sex that bears each) and companies (the
//! members of major stock indices, by their names as listed and without their legal forms).
//!
//! The generated file `open_lists.txt` names its sources and licences in its header. It is
//! embedded and parsed once per process. These lists are evidence for a name's type, weighed
//! with the article's own evidence in [`super`]; they are not used to find names.

use super::features::{StrHasher, StrSet};
use super::lists::Gender;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

static TEXT: &str = include_str!("open_lists.txt");

/// The parsed lists.
#[derive(Debug, Default)]
pub struct OpenLists {
    pub places: StrSet<'static>,
    /// Given names: `Some(gender)` for a name borne by one sex, `None` for both.
    pub given: HashMap<&'static str, Option<Gender>, BuildHasherDefault<StrHasher>>,
    pub companies: StrSet<'static>,
}

/// Parses the generated file: `[places]` then one name a line, `[given]` then "Name m|f|b",
/// `[companies]` then one name a line.
pub fn parse(text: &'static str) -> OpenLists {
    let mut out = OpenLists::default();
    let mut section = "";
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            section = line;
            continue;
        }
        match section {
            "[places]" => {
                out.places.insert(line);
            }
            "[companies]" => {
                out.companies.insert(line);
            }
            "[given]" => {
                if let Some((name, sex)) = line.rsplit_once(' ') {
                    let g = match sex {
                        "m" => Some(Gender::Male),
                        "f" => Some(Gender::Female),
                        _ => None,
                    };
                    out.given.insert(name, g);
                }
            }
            _ => {}
        }
    }
    out
}

fn lists() -> &'static OpenLists {
    static LISTS: OnceLock<OpenLists> = OnceLock::new();
    LISTS.get_or_init(|| parse(TEXT))
}

/// Whether `name`, as written, is a country, a US state or a city of the list.
pub fn is_place(name: &str) -> bool {
    lists().places.contains(name)
}

/// Whether `name`, as written, is a listed company's name or its short form. Many are other
/// things too ("Phoenix", "Fox", "Lindsay"): the callers weigh it.
pub fn is_company(name: &str) -> bool {
    lists().companies.contains(name)
}

/// Whether `word` (title case, as written) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    lists().given.contains_key(word)
}

/// The sex a given name suggests, if only one sex bears it often.
pub fn given_name_gender(word: &str) -> Option<Gender> {
    lists().given.get(word).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_file_parses_sorted_and_with_its_sources() {
        let l = lists();
        assert!(l.places.len() > 5_000, "{} places", l.places.len());
        assert!(l.given.len() > 1_000, "{} given names", l.given.len());
        assert!(l.companies.len() > 1_000, "{} companies", l.companies.len());
        assert!(TEXT.contains("CC BY 4.0") && TEXT.contains("public domain"));
        assert!(TEXT.contains("pytickersymbols"));
        let mut prev = "";
        for line in TEXT.lines().filter(|l| !l.starts_with('#')) {
            if line.starts_with('[') {
                prev = "";
                continue;
            }
            assert!(prev < line, "sorted and unique: {prev:?} {line:?}");
            prev = line;
        }
    }

    #[test]
    fn lookups() {
        let got: Vec<(&str, bool, bool, Option<Gender>)> =
            ["Tulsa", "Isfahan", "Margaret", "Kenneth", "Leslie", "Table"]
                .iter()
                .map(|w| (*w, is_place(w), is_given_name(w), given_name_gender(w)))
                .collect();
        expect_test::expect![[r#"
            [
                (
                    "Tulsa",
                    true,
                    false,
                    None,
                ),
                (
                    "Isfahan",
                    true,
                    false,
                    None,
                ),
                (
                    "Margaret",
                    false,
                    true,
                    Some(
                        Female,
                    ),
                ),
                (
                    "Kenneth",
                    false,
                    true,
                    Some(
                        Male,
                    ),
                ),
                (
                    "Leslie",
                    false,
                    true,
                    None,
                ),
                (
                    "Table",
                    false,
                    false,
                    None,
                ),
            ]
        "#]]
        .assert_debug_eq(&got);
    }
}
