//! TIMEX3 values: formatting dates, weeks, months and quarters, and moving them relative to the
//! anchor. Every function takes the anchor as an `Option` and writes the underspecified form
//! (`XXXX`, `XXXX-WXX`, ...) when there is none, so that no caller guesses a year.
//!
//! This module knows calendar arithmetic (through jiff), not words.

use jiff::civil::Date;

pub fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn year(y: i32) -> String {
    format!("{y:04}")
}

pub fn month(y: i32, m: i8) -> String {
    format!("{y:04}-{m:02}")
}

pub fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

pub fn quarter_of(m: i8) -> i8 {
    (m - 1) / 3 + 1
}

/// Moves a date by whole days; `None` off the calendar.
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// Moves a (year, month) by whole months.
pub fn add_months(y: i32, m: i8, n: i32) -> (i32, i8) {
    let total = y * 12 + i32::from(m) - 1 + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as i8)
}

/// Moves a (year, quarter) by whole quarters.
pub fn add_quarters(y: i32, q: i8, n: i32) -> (i32, i8) {
    let total = y * 4 + i32::from(q) - 1 + n;
    (total.div_euclid(4), (total.rem_euclid(4) + 1) as i8)
}

/// Monday = 1 ... Sunday = 7.
pub fn weekday_num(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

/// The weekday `wd` (1-7) in the week around `anchor`: the same day or the nearest one before
/// it when `future` is false (news reports what happened), the same day or the nearest one
/// after it when `future` is true.
pub fn weekday_near(anchor: Date, wd: i8, future: bool) -> Option<Date> {
    let a = weekday_num(anchor);
    let back = i64::from((a - wd).rem_euclid(7));
    let fwd = i64::from((wd - a).rem_euclid(7));
    if future {
        add_days(anchor, fwd)
    } else {
        add_days(anchor, -back)
    }
}

/// "last Friday" / "next Friday": strictly before or after the anchor, within seven days.
pub fn weekday_strict(anchor: Date, wd: i8, future: bool) -> Option<Date> {
    let a = weekday_num(anchor);
    if future {
        let mut f = i64::from((wd - a).rem_euclid(7));
        if f == 0 {
            f = 7;
        }
        add_days(anchor, f)
    } else {
        let mut b = i64::from((a - wd).rem_euclid(7));
        if b == 0 {
            b = 7;
        }
        add_days(anchor, -b)
    }
}

/// A valid date or nothing.
pub fn date(y: i32, m: i8, d: i8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m, d).ok()
}

/// Easter Sunday of year `y` in the Gregorian calendar, by the anonymous computus of 1876
/// (Meeus, "Astronomical Algorithms", ch. 8): integer arithmetic only.
pub fn easter(y: i32) -> Option<Date> {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    date(y, (n / 31) as i8, (n % 31 + 1) as i8)
}

/// The `nth` weekday `wd` (1 = Monday) of a month; `nth` -1 for the last one.
pub fn nth_weekday(y: i32, m: i8, nth: i8, wd: i8) -> Option<Date> {
    let wd = jiff::civil::Weekday::from_monday_one_offset(wd).ok()?;
    date(y, m, 1)?.nth_weekday_of_month(nth, wd).ok()
}

/// The season a month falls in (winter counted from December).
pub fn season_of(m: i8) -> &'static str {
    match m {
        3..=5 => "SP",
        6..=8 => "SU",
        9..=11 => "FA",
        _ => "WI",
    }
}

fn season_index(s: &str) -> i32 {
    match s {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

/// The year of the season `s` relative to the anchor: `dir` -1 for "last", 0 for "this",
/// 1 for "next". Winter belongs to the year it starts in.
pub fn season_year(anchor: Date, s: &str, dir: i32) -> i32 {
    let m = anchor.month();
    let mut y = i32::from(anchor.year());
    // The anchor's own season, with January and February in the previous year's winter.
    let cur = season_of(m);
    if cur == "WI" && m <= 2 {
        y -= 1;
    }
    let (ci, si) = (season_index(cur), season_index(s));
    match dir {
        d if d < 0 => {
            if si < ci {
                y
            } else {
                y - 1
            }
        }
        d if d > 0 => {
            if si > ci {
                y
            } else {
                y + 1
            }
        }
        _ => {
            if si < ci && s == "WI" {
                y + 1
            } else {
                y
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic() {
        let a = date(2023, 3, 20).unwrap(); // a Monday
        assert_eq!(day(weekday_near(a, 1, false).unwrap()), "2023-03-20");
        assert_eq!(day(weekday_near(a, 5, false).unwrap()), "2023-03-17");
        assert_eq!(day(weekday_near(a, 5, true).unwrap()), "2023-03-24");
        assert_eq!(day(weekday_strict(a, 1, false).unwrap()), "2023-03-13");
        assert_eq!(add_months(2023, 1, -1), (2022, 12));
        assert_eq!(add_quarters(2023, 1, -1), (2022, 4));
        assert_eq!(week(a), "2023-W12");
        assert_eq!(season_year(a, "FA", -1), 2022);
        assert_eq!(season_year(date(2023, 10, 1).unwrap(), "SU", -1), 2023);
        // Easter on its earliest and latest possible days, and in ordinary years.
        for (y, e) in [
            (2285, "2285-03-22"),
            (2038, "2038-04-25"),
            (2000, "2000-04-23"),
            (2019, "2019-04-21"),
            (2023, "2023-04-09"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
        ] {
            assert_eq!(easter(y).map(day).as_deref(), Some(e));
        }
        assert_eq!(day(nth_weekday(2023, 11, 4, 4).unwrap()), "2023-11-23");
        assert_eq!(day(nth_weekday(2024, 5, -1, 1).unwrap()), "2024-05-27");
    }
}
