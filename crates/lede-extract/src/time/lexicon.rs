//! The words that time expressions are built of, each classified once per token.
//!
//! [`classify`] maps one token's text to a [`Lex`] class so that the rules in `rules.rs` compare
//! small enum values instead of strings. This module knows words, not grammar: whether "May" is
//! a month or a verb is decided by the rules from the context.

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter and multiplier: decades are written in years.
    pub fn duration(self) -> (&'static str, u32, bool) {
        // (letter, factor, is a time-of-day unit written after "T")
        match self {
            Unit::Second => ("S", 1, true),
            Unit::Minute => ("M", 1, true),
            Unit::Hour => ("H", 1, true),
            Unit::Day => ("D", 1, false),
            Unit::Weekend => ("WE", 1, false),
            Unit::Week => ("W", 1, false),
            Unit::Month => ("M", 1, false),
            Unit::Quarter => ("Q", 1, false),
            Unit::Year => ("Y", 1, false),
            Unit::Decade => ("Y", 10, false),
            Unit::Century => ("Y", 100, false),
        }
    }
}

/// Function words that shape a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    The,
    A,
    This,
    That,
    These,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Latest,
    Same,
    Early,
    Late,
    Mid,
    Earlier,
    Later,
    Ago,
    Every,
    Each,
    Per,
    Few,
    Several,
    Many,
    Some,
    Of,
    In,
    On,
    For,
    Over,
    Within,
    During,
    Since,
    Until,
    From,
    Now,
    Today,
    Tonight,
    Tomorrow,
    Yesterday,
    Recent,
    Recently,
    Currently,
    Future,
    Soon,
    Previously,
    Formerly,
    Lately,
    Nowadays,
    Present,
    End,
    Beginning,
    Start,
    Middle,
    Half,
    About,
    Around,
    Nearly,
    Almost,
    Roughly,
    More,
    Less,
    Than,
    At,
    Least,
    Fiscal,
    Noon,
    Midnight,
    Midday,
    Overnight,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Yearly,
    Hourly,
    Am,
    Pm,
    Period,
    YearAgo,
    YearEnd,
    Or,
    And,
    So,
    Full,
    Whole,
    Entire,
    Before,
    After,
    Once,
    Near,
    Term,
    Short,
    Long,
}

/// The class of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lex {
    #[default]
    Other,
    /// A month name or abbreviation (1-12).
    Month(u8),
    /// A weekday (1 = Monday); `true` for a plural ("Mondays").
    Weekday(u8, bool),
    /// A unit; `true` for a plural.
    Unit(Unit, bool),
    /// A number written as a word ("three").
    NumWord(u32),
    /// An ordinal (first = 1, "13th" = 13).
    Ordinal(u32),
    /// A season: SP, SU, FA, WI.
    Season(&'static str),
    /// A part of the day: MO, AF, EV, NI.
    DayPart(&'static str),
    /// A time zone abbreviation.
    Zone,
    Word(W),
    /// A holiday on a fixed (month, day); day 0 for Thanksgiving (fourth Thursday).
    Holiday(u8, u8),
    /// A digits-only token.
    Number,
}

/// Lowercases an ASCII word into `buf`; `None` for words too long or not ASCII to matter.
fn lower<'a>(s: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Classifies one word token's text (the caller handles numbers, hyphenated compounds and
/// apostrophes).
pub fn classify(s: &str) -> Lex {
    let mut buf = [0u8; 16];
    let Option::Some(w) = lower(s, &mut buf) else {
        return Lex::Other;
    };
    use Lex::*;
    use W::*;
    match w {
        "january" | "jan" => Month(1),
        "february" | "feb" => Month(2),
        "march" | "mar" => Month(3),
        "april" | "apr" => Month(4),
        "may" => Month(5),
        "june" | "jun" => Month(6),
        "july" | "jul" => Month(7),
        "august" | "aug" => Month(8),
        "september" | "sep" | "sept" => Month(9),
        "october" | "oct" => Month(10),
        "november" | "nov" => Month(11),
        "december" | "dec" => Month(12),
        "monday" => Weekday(1, false),
        "tuesday" | "tues" => Weekday(2, false),
        "wednesday" => Weekday(3, false),
        "thursday" | "thurs" => Weekday(4, false),
        "friday" => Weekday(5, false),
        "saturday" => Weekday(6, false),
        "sunday" => Weekday(7, false),
        "mondays" => Weekday(1, true),
        "tuesdays" => Weekday(2, true),
        "wednesdays" => Weekday(3, true),
        "thursdays" => Weekday(4, true),
        "fridays" => Weekday(5, true),
        "saturdays" => Weekday(6, true),
        "sundays" => Weekday(7, true),
        "second" => Ordinal(2),
        "seconds" => Unit(self::Unit::Second, true),
        "minute" => Unit(self::Unit::Minute, false),
        "minutes" => Unit(self::Unit::Minute, true),
        "hour" => Unit(self::Unit::Hour, false),
        "hours" => Unit(self::Unit::Hour, true),
        "day" => Unit(self::Unit::Day, false),
        "days" => Unit(self::Unit::Day, true),
        "weekend" => Unit(self::Unit::Weekend, false),
        "weekends" => Unit(self::Unit::Weekend, true),
        "week" => Unit(self::Unit::Week, false),
        "weeks" => Unit(self::Unit::Week, true),
        "month" => Unit(self::Unit::Month, false),
        "months" => Unit(self::Unit::Month, true),
        "quarter" => Unit(self::Unit::Quarter, false),
        "quarters" => Unit(self::Unit::Quarter, true),
        "year" => Unit(self::Unit::Year, false),
        "years" => Unit(self::Unit::Year, true),
        "decade" => Unit(self::Unit::Decade, false),
        "decades" => Unit(self::Unit::Decade, true),
        "century" => Unit(self::Unit::Century, false),
        "centuries" => Unit(self::Unit::Century, true),
        "one" => NumWord(1),
        "two" => NumWord(2),
        "three" => NumWord(3),
        "four" => NumWord(4),
        "five" => NumWord(5),
        "six" => NumWord(6),
        "seven" => NumWord(7),
        "eight" => NumWord(8),
        "nine" => NumWord(9),
        "ten" => NumWord(10),
        "eleven" => NumWord(11),
        "twelve" => NumWord(12),
        "thirteen" => NumWord(13),
        "fourteen" => NumWord(14),
        "fifteen" => NumWord(15),
        "sixteen" => NumWord(16),
        "seventeen" => NumWord(17),
        "eighteen" => NumWord(18),
        "nineteen" => NumWord(19),
        "twenty" => NumWord(20),
        "thirty" => NumWord(30),
        "forty" => NumWord(40),
        "fifty" => NumWord(50),
        "sixty" => NumWord(60),
        "seventy" => NumWord(70),
        "eighty" => NumWord(80),
        "ninety" => NumWord(90),
        "hundred" => NumWord(100),
        "dozen" => NumWord(12),
        "first" => Ordinal(1),
        "third" => Ordinal(3),
        "fourth" => Ordinal(4),
        "fifth" => Ordinal(5),
        "sixth" => Ordinal(6),
        "seventh" => Ordinal(7),
        "eighth" => Ordinal(8),
        "ninth" => Ordinal(9),
        "tenth" => Ordinal(10),
        "eleventh" => Ordinal(11),
        "twelfth" => Ordinal(12),
        "spring" => Season("SP"),
        "summer" => Season("SU"),
        "fall" | "autumn" => Season("FA"),
        "winter" => Season("WI"),
        "morning" | "mornings" => DayPart("MO"),
        "afternoon" | "afternoons" => DayPart("AF"),
        "evening" | "evenings" => DayPart("EV"),
        "night" | "nights" => DayPart("NI"),
        "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" | "gmt" | "utc" | "bst"
        | "cet" | "cest" | "et" | "pt" => Zone,
        "the" => Word(The),
        "a" | "an" => Word(A),
        "this" => Word(This),
        "that" => Word(That),
        "these" => Word(These),
        "last" => Word(Last),
        "next" => Word(Next),
        "past" => Word(Past),
        "coming" | "upcoming" => Word(Coming),
        "previous" | "prior" | "preceding" => Word(Previous),
        "following" => Word(Following),
        "current" => Word(Current),
        "latest" | "most-recent" => Word(Latest),
        "same" => Word(Same),
        "early" => Word(Early),
        "late" => Word(Late),
        "mid" => Word(Mid),
        "earlier" => Word(Earlier),
        "later" => Word(Later),
        "ago" => Word(Ago),
        "every" => Word(Every),
        "each" => Word(Each),
        "per" => Word(Per),
        "few" => Word(Few),
        "several" => Word(Several),
        "many" => Word(Many),
        "some" => Word(Some),
        "of" => Word(Of),
        "in" => Word(In),
        "on" => Word(On),
        "for" => Word(For),
        "over" => Word(Over),
        "within" => Word(Within),
        "during" | "throughout" => Word(During),
        "since" => Word(Since),
        "until" | "till" | "through" | "by" => Word(Until),
        "from" => Word(From),
        "now" => Word(Now),
        "today" => Word(Today),
        "tonight" => Word(Tonight),
        "tomorrow" => Word(Tomorrow),
        "yesterday" => Word(Yesterday),
        "recent" => Word(Recent),
        "recently" => Word(Recently),
        "currently" => Word(Currently),
        "future" => Word(Future),
        "soon" => Word(Soon),
        "previously" => Word(Previously),
        "formerly" => Word(Formerly),
        "lately" => Word(Lately),
        "nowadays" => Word(Nowadays),
        "present" => Word(Present),
        "end" => Word(End),
        "beginning" => Word(Beginning),
        "start" => Word(Start),
        "middle" => Word(Middle),
        "half" => Word(Half),
        "about" => Word(About),
        "around" => Word(Around),
        "nearly" => Word(Nearly),
        "almost" | "approximately" | "some-" => Word(Almost),
        "roughly" => Word(Roughly),
        "more" => Word(More),
        "less" | "fewer" => Word(Less),
        "than" => Word(Than),
        "at" => Word(At),
        "least" => Word(Least),
        "fiscal" => Word(Fiscal),
        "noon" => Word(Noon),
        "midnight" => Word(Midnight),
        "midday" => Word(Midday),
        "overnight" => Word(Overnight),
        "daily" => Word(Daily),
        "weekly" => Word(Weekly),
        "monthly" => Word(Monthly),
        "annually" | "annual" => Word(Annually),
        "yearly" => Word(Yearly),
        "hourly" => Word(Hourly),
        "a.m." | "a.m" | "am" => Word(Am),
        "p.m." | "p.m" | "pm" => Word(Pm),
        "period" => Word(Period),
        "year-ago" | "year-earlier" => Word(YearAgo),
        "year-end" => Word(YearEnd),
        "or" => Word(Or),
        "and" => Word(And),
        "so" => Word(So),
        "full" => Word(Full),
        "whole" => Word(Whole),
        "entire" => Word(Entire),
        "before" => Word(Before),
        "after" => Word(After),
        "once" => Word(Once),
        "near" => Word(Near),
        "term" => Word(Term),
        "short" => Word(Short),
        "long" => Word(Long),
        "christmas" => Holiday(12, 25),
        "halloween" => Holiday(10, 31),
        "thanksgiving" => Holiday(11, 0),
        _ => Other,
    }
}

/// Parses an ordinal written in digits: "13th", "1st", "22nd".
pub fn digit_ordinal(s: &str) -> Option<u32> {
    let n = s.len();
    if n < 3 {
        return None;
    }
    let (num, suf) = s.split_at(n - 2);
    if !matches!(
        suf.to_ascii_lowercase().as_str(),
        "st" | "nd" | "rd" | "th"
    ) {
        return None;
    }
    num.parse().ok()
}
