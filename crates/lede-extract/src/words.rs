//! General English words that several stages recognize: the names of weekdays and months
//! (datelines in layout, a weekday glued to a name in entities, "said Tuesday the plan ..." in
//! quotes), the number words up to twelve (counts before a noun, numbered parts), the finite
//! auxiliary verbs (a clause's verb, which ends a name or a subject) and adverbs in -ly, told
//! apart from the nouns and adjectives that end the same way.
//!
//! This is not where dates get their values; the time stage's lexicon maps calendar words to
//! numbers and knows their other forms. Lists owned by one stage stay in that stage.

/// Weekday names in lower case.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names in lower case.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Usual abbreviations of month names in lower case, without their period.
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether `word` names a weekday ("Monday", "monday"), in any case.
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// Whether `word` names a month in full ("March"), in any case.
pub(crate) fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// Whether `word` names a month in full or abbreviated ("Sept", "Sept."), in any case.
pub(crate) fn is_month_or_abbreviation(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    is_month(w)
        || MONTH_ABBREVIATIONS
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
}

/// The number (1 to 12) of the month that `word` names in full or abbreviated ("Sep",
/// "Sept.", "September"), in any case: for other readers of dates, such as page metadata.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let full = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m));
    let short = || {
        MONTH_ABBREVIATIONS
            .iter()
            .find(|a| w.eq_ignore_ascii_case(a))
            .and_then(|a| MONTHS.iter().position(|m| m.starts_with(&a[..3])))
    };
    full.or_else(short).and_then(|i| u8::try_from(i + 1).ok())
}

/// The number words from one to twelve, in lower case.
const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The value of a number word from "one" to "twelve", in any case: a count before a noun
/// ("four boats") or the number of a part ("Method Three").
pub fn number_word(word: &str) -> Option<u8> {
    NUMBER_WORDS
        .iter()
        .position(|n| word.eq_ignore_ascii_case(n))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Finite auxiliary and modal verbs in lower case: each starts a clause's predicate.
const FINITE_AUXILIARIES: [&str; 19] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "shall", "did", "does", "do",
];

/// Whether `word`, in lower case, is a finite auxiliary or modal verb ("was", "may"). Case
/// matters: "May" is a month or a name.
pub(crate) fn is_finite_auxiliary(word: &str) -> bool {
    FINITE_AUXILIARIES.contains(&word)
}

/// Whether `word` is a finite auxiliary or modal verb in any case ("Was", "was").
pub(crate) fn is_finite_auxiliary_any_case(word: &str) -> bool {
    FINITE_AUXILIARIES
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// Words in -ly that are nouns or adjectives, not adverbs: a rule that takes "-ly" for an
/// adverb ("reportedly said") must not stop a phrase at "rally driver" or "elderly man".
const LY_NOT_ADVERBS: &[&str] = &[
    "ally",
    "rally",
    "family",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "reply",
    "belly",
    "bully",
    "jelly",
    "tally",
    "folly",
    "holly",
    "lily",
    "butterfly",
    "italy",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "yearly",
    "early",
    "elderly",
    "friendly",
    "unfriendly",
    "likely",
    "unlikely",
    "lonely",
    "lovely",
    "deadly",
    "costly",
    "lively",
    "ugly",
    "holy",
    "burly",
    "curly",
    "silly",
    "only",
    "melancholy",
    "homily",
    "firefly",
    "dragonfly",
    "gadfly",
];

/// Whether `word` reads as an adverb in -ly ("reportedly", "Separately"), in any case.
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4
        && word
            .get(word.len() - 2..)
            .is_some_and(|e| e.eq_ignore_ascii_case("ly"))
        && !LY_NOT_ADVERBS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    type WordTest = fn(&str) -> bool;

    /// Renders which of the tests each word passes.
    fn check(words: &[&str], expect: Expect) {
        let out: Vec<String> = words
            .iter()
            .map(|w| {
                let tests: [(WordTest, &str); 6] = [
                    (is_weekday, "weekday"),
                    (is_month, "month"),
                    (is_month_or_abbreviation, "month-or-abbr"),
                    (is_finite_auxiliary, "aux"),
                    (is_finite_auxiliary_any_case, "aux-any-case"),
                    (is_ly_adverb, "ly-adverb"),
                ];
                let tags: Vec<&str> = tests
                    .iter()
                    .filter(|(test, _)| test(w))
                    .map(|(_, tag)| *tag)
                    .collect();
                let month = month_number(w)
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default();
                format!("{w}: {}{month}", tags.join(" "))
            })
            .collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn auxiliaries_in_lower_case_or_any_case() {
        check(
            &["may", "May", "Was", "been"],
            expect![[r#"
                may: month month-or-abbr aux aux-any-case (5)
                May: month month-or-abbr aux-any-case (5)
                Was: aux-any-case
                been: "#]],
        );
    }

    #[test]
    fn adverbs_in_ly_but_not_nouns_or_adjectives_in_ly() {
        check(
            &["Reportedly", "firmly", "rally", "Elderly", "fly"],
            expect![[r#"
            Reportedly: ly-adverb
            firmly: ly-adverb
            rally: 
            Elderly: 
            fly: "#]],
        );
    }

    #[test]
    fn names_in_any_case_and_abbreviations_with_or_without_period() {
        check(
            &[
                "Monday", "SUNDAY", "mon", "May", "Sept.", "Dec", "Decade", "Marching",
            ],
            expect![[r#"
                Monday: weekday
                SUNDAY: weekday
                mon: 
                May: month month-or-abbr aux-any-case (5)
                Sept.: month-or-abbr (9)
                Dec: month-or-abbr (12)
                Decade: 
                Marching: "#]],
        );
    }
}
