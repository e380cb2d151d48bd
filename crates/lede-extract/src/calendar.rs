//! The names of weekdays and months, for the stages that only need to recognize them: layout
//! (datelines), entities (a weekday glued to a name) and quotes ("said Tuesday the plan ...").
//!
//! This is not where dates get their values; the time stage's lexicon maps these words to
//! numbers and knows their other forms.

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

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    /// Renders which of the three tests each word passes.
    fn check(words: &[&str], expect: Expect) {
        let out: Vec<String> = words
            .iter()
            .map(|w| {
                let mut tags = Vec::new();
                if is_weekday(w) {
                    tags.push("weekday");
                }
                if is_month(w) {
                    tags.push("month");
                }
                if is_month_or_abbreviation(w) {
                    tags.push("month-or-abbr");
                }
                format!("{w}: {}", tags.join(" "))
            })
            .collect();
        expect.assert_eq(&out.join("\n"));
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
                May: month month-or-abbr
                Sept.: month-or-abbr
                Dec: month-or-abbr
                Decade: 
                Marching: "#]],
        );
    }
}
