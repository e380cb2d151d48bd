//! Holidays and other named days: "Christmas Eve", "New Year's Day", "Easter Monday",
//! "Labor Day", "Martin Luther King Jr. Day", "the Fourth of July".
//!
//! A name starts at a word the lexicon marks as a holiday's first word (`Lex::Holiday`), at
//! a month ("May Day", "July Fourth", "April Fools' Day") or at "Fourth" ("the Fourth of
//! July"); [`rule`] reads the rest of the name from the table in [`names`] and gives the day
//! a TIMEX3 DATE value. Fixed days come from the table; moving ones are computed: the nth
//! weekday of a month (Thanksgiving, Memorial Day, US Election Day) or a distance from
//! Easter Sunday (Good Friday, Easter Monday).
//!
//! The year comes, in this order, from a year written after the name ("Christmas 2019",
//! "Easter of 2021"), from "last year"/"this year"/"next year" after it, from "last",
//! "next" or "this" before it, and else from the anchor and the sentence's tense, as for a
//! month and day (`Cx::year_for`). Without an anchor the value keeps what the name says
//! alone: `XXXX-12-25`, `XXXX-11-XX` for a day that moves within November, `XXXX-XX-XX`
//! for one that moves with Easter (the module writes an undated day as `XXXX-XX-XX`
//! elsewhere too).
//!
//! A name is a date only where it names the day. Not tagged: its words alone ("labor",
//! "Independence", "Memorial") or in lower case where news capitalizes them ("good
//! friday"); another calendar's or country's day ("Orthodox Christmas", "Lunar New Year",
//! "India's Independence Day"); greetings ("Merry Christmas"); longer names and titles
//! ("Christmas Island", "the Good Friday Agreement", "Father Christmas", "the film Black
//! Friday"); and things named after a day ("Christmas tree", "Easter egg"). An activity or
//! period at the day is dated, as TimeML dates "the 1999 budget": "Christmas shopping",
//! "the Easter holidays". "Election Day" is the US rule in every year, odd years included
//! (state and local elections fall on it too).
//!
//! Not for: days of lunar and other calendars (Eid, Diwali, Lunar New Year, Orthodox
//! Easter), which need tables rather than arithmetic; and days whose date depends on the
//! country the story is about. "Mother's Day" (the second Sunday of May in the US, three
//! weeks before Easter in the UK and Ireland) and "Labour Day" (May 1 in most countries,
//! September in Canada) are left untagged; "Mothering Sunday" and US "Labor Day" are tagged.

use super::{Core, Cx, Lex, TimexType, W, v};
use crate::time::lexicon::{Head, Unit};
use jiff::civil::Date;
use lede_text::{Shape, TokenKind};

/// When a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A month and day.
    Fixed(i8, i8),
    /// (month, nth, weekday, plus): the `nth` weekday (1 = Monday) of a month (-1 for the
    /// last), moved by `plus` days: US Election Day is the day after the first Monday of
    /// November, `Nth(11, 1, 1, 1)`.
    Nth(i8, i8, i8, i8),
    /// This many days from Easter Sunday.
    Easter(i16),
}

use When::{Easter, Fixed, Nth};

/// The fourth Thursday of November.
const THANKSGIVING: When = Nth(11, 4, 4, 0);

/// One way of writing a holiday's name after its first word: the words, and the day.
///
/// Each word matches one token: a word ("Day"; "Year|Years" for either) that
/// must be capitalized in the text when it is written so here, unless the first word is
/// one that news also writes in lower case ("christmas eve"); "'s" is an optional
/// possessive or apostrophe ("Presidents' Day", "Presidents Day"); "." and "," are optional
/// punctuation; a word ending in "?" is optional ("Jr?").
struct N(&'static [&'static str], When);

/// Every name a first word can begin, longest first: the first that matches wins.
fn names(h: Head) -> &'static [N] {
    match h {
        Head::Christmas => &[
            N(&["Day"], Fixed(12, 25)),
            N(&["Eve"], Fixed(12, 24)),
            N(&[], Fixed(12, 25)),
        ],
        Head::Halloween => &[N(&[], Fixed(10, 31))],
        Head::Thanksgiving => &[
            N(&["Day"], THANKSGIVING),
            N(&["Eve"], Nth(11, 4, 4, -1)),
            N(&[], THANKSGIVING),
        ],
        Head::Easter => &[
            N(&["Sunday"], Easter(0)),
            N(&["Day"], Easter(0)),
            N(&["Monday"], Easter(1)),
            // News means the day before Easter Sunday (Holy Saturday), not the Saturday
            // after it that the church calendar gives the name.
            N(&["Saturday"], Easter(-1)),
            N(&["Eve"], Easter(-1)),
            N(&[], Easter(0)),
        ],
        Head::New => &[
            N(&["Year|Years", "'s", "Day"], Fixed(1, 1)),
            N(&["Year|Years", "'s", "Eve"], Fixed(12, 31)),
            N(&["Year|Years", "'s"], Fixed(1, 1)),
        ],
        Head::Boxing => &[N(&["Day"], Fixed(12, 26))],
        Head::Valentine => &[N(&["'s", "Day"], Fixed(2, 14))],
        Head::Saint => &[
            N(&[".", "Patrick", "'s", "Day"], Fixed(3, 17)),
            N(&[".", "Valentine", "'s", "Day"], Fixed(2, 14)),
            N(&[".", "David", "'s", "Day"], Fixed(3, 1)),
            N(&[".", "George", "'s", "Day"], Fixed(4, 23)),
            N(&[".", "Andrew", "'s", "Day"], Fixed(11, 30)),
            N(&[".", "Stephen", "'s", "Day"], Fixed(12, 26)),
        ],
        Head::Independence => &[N(&["Day"], Fixed(7, 4))],
        Head::Guy => &[N(&["Fawkes", "'s", "Night|Day"], Fixed(11, 5))],
        Head::Bonfire => &[N(&["Night"], Fixed(11, 5))],
        Head::Remembrance => &[N(&["Day"], Fixed(11, 11)), N(&["Sunday"], Nth(11, 2, 7, 0))],
        Head::Veterans => &[N(&["'s", "Day"], Fixed(11, 11))],
        Head::Armistice => &[N(&["Day"], Fixed(11, 11))],
        Head::Canada => &[N(&["Day"], Fixed(7, 1))],
        Head::Australia => &[N(&["Day"], Fixed(1, 26))],
        Head::Anzac => &[N(&["Day"], Fixed(4, 25))],
        Head::Bastille => &[N(&["Day"], Fixed(7, 14))],
        Head::International => &[
            N(&["Women", "'s", "Day"], Fixed(3, 8)),
            N(&["Workers", "'s", "Day"], Fixed(5, 1)),
        ],
        Head::Earth => &[N(&["Day"], Fixed(4, 22))],
        Head::Memorial => &[N(&["Day"], Nth(5, -1, 1, 0))],
        Head::Labor => &[N(&["Day"], Nth(9, 1, 1, 0))],
        // The US federal rule, which holds in odd years too (state and local elections).
        Head::Election => &[N(&["Day"], Nth(11, 1, 1, 1))],
        Head::Martin => &[N(
            &["Luther", "King", ",", "Jr?", ".", "Day"],
            Nth(1, 3, 1, 0),
        )],
        Head::Mlk => &[N(&["Day"], Nth(1, 3, 1, 0))],
        Head::Presidents => &[N(&["'s", "Day"], Nth(2, 3, 1, 0))],
        Head::Columbus => &[N(&["Day"], Nth(10, 2, 1, 0))],
        // The third Sunday of June in the US, the UK, Canada and Ireland (not Australia's
        // September one).
        Head::Father => &[N(&["'s", "Day"], Nth(6, 3, 7, 0))],
        Head::Mothering => &[N(&["Sunday"], Easter(-21))],
        Head::Black => &[N(&["Friday"], Nth(11, 4, 4, 1))],
        Head::Cyber => &[N(&["Monday"], Nth(11, 4, 4, 4))],
        Head::Good => &[N(&["Friday"], Easter(-2))],
        Head::Ash => &[N(&["Wednesday"], Easter(-46))],
        Head::Palm => &[N(&["Sunday"], Easter(-7))],
        Head::Maundy => &[N(&["Thursday"], Easter(-3))],
        Head::Shrove => &[N(&["Tuesday"], Easter(-47))],
        Head::Pancake => &[N(&["Day"], Easter(-47))],
        Head::Pentecost => &[N(&["Sunday"], Easter(49)), N(&[], Easter(49))],
        Head::Whit => &[N(&["Sunday"], Easter(49)), N(&["Monday"], Easter(50))],
        Head::Ascension => &[N(&["Day"], Easter(39))],
        // Only with "Week" after it (see `rule`).
        Head::Holy => &[N(&["Saturday"], Easter(-1)), N(&[], Easter(0))],
        Head::Hogmanay => &[N(&[], Fixed(12, 31))],
        Head::Juneteenth => &[N(&[], Fixed(6, 19))],
    }
}

/// Names that begin with a month or an ordinal.
static MAY: &[N] = &[N(&["Day"], Fixed(5, 1))];
static JULY: &[N] = &[N(&["Fourth"], Fixed(7, 4))];
static APRIL: &[N] = &[N(&["Fool|Fools", "'s", "Day"], Fixed(4, 1))];
static FOURTH: &[N] = &[N(&["of", "July"], Fixed(7, 4))];

/// Whether news writes the name in lower case too ("christmas", "easter monday"): then no
/// word of it needs a capital. Other names need theirs, so that "labor day" or "good
/// friday" in a sentence is not the holiday.
pub fn loose(h: Head) -> bool {
    matches!(h, Head::Christmas | Head::Easter | Head::Halloween)
}

/// Whether the day is a country's own, so that another country's possessive before it
/// ("India's Independence Day", "the country's Labor Day") names a different day.
fn national(h: Option<Head>) -> bool {
    matches!(
        h,
        Some(
            Head::Independence
                | Head::Thanksgiving
                | Head::Memorial
                | Head::Labor
                | Head::Election
                | Head::Presidents
                | Head::Columbus
                | Head::Father
                | Head::Martin
                | Head::Mlk
        )
    )
}

/// Words before a name that make it another calendar's day ("Orthodox Christmas", "Lunar
/// New Year"), a greeting ("Merry Christmas", "Happy Thanksgiving"), which wishes well
/// and dates nothing, or the title of a work.
const NOT_OURS: &[&str] = &[
    "orthodox",
    "coptic",
    "julian",
    "eastern",
    "lunar",
    "chinese",
    "jewish",
    "persian",
    "islamic",
    "hijri",
    "vietnamese",
    "korean",
    "tibetan",
    "tamil",
    "sinhala",
    "sinhalese",
    "ethiopian",
    "canadian",
    "merry",
    "happy",
    "father",
    // A title: "the film Black Friday", "the song New Year's Day".
    "film",
    "movie",
    "novel",
    "book",
    "song",
    "album",
    "musical",
    "documentary",
    "sequel",
    "comedy",
    "drama",
    "thriller",
];

/// Nouns after a name with which it names a kind of thing, not a time: "Christmas tree",
/// "Easter egg", "Halloween costume", "the Good Friday agreement". A name before a noun of
/// any other kind dates an activity or a period and is tagged, as TimeML tags "the 1999
/// budget": "Christmas shopping", "the Easter holidays", "Thanksgiving dinner".
const THINGS: &[&str] = &[
    "tree",
    "trees",
    "card",
    "cards",
    "carol",
    "carols",
    "cracker",
    "crackers",
    "pudding",
    "puddings",
    "cake",
    "cakes",
    "jumper",
    "jumpers",
    "sweater",
    "sweaters",
    "lights",
    "decoration",
    "decorations",
    "ornament",
    "ornaments",
    "stocking",
    "stockings",
    "present",
    "presents",
    "gift",
    "gifts",
    "hamper",
    "hampers",
    "egg",
    "eggs",
    "bunny",
    "bonnet",
    "bonnets",
    "costume",
    "costumes",
    "candy",
    "pumpkin",
    "pumpkins",
    "turkey",
    "turkeys",
    "song",
    "songs",
    "track",
    "tracks",
    "hit",
    "hits",
    "single",
    "number",
    "film",
    "films",
    "movie",
    "movies",
    "special",
    "specials",
    "sequel",
    "sequels",
    "greeting",
    "greetings",
    "e-mail",
    "email",
    "episode",
    "album",
    "advert",
    "adverts",
    "ad",
    "ads",
    "island",
    "agreement",
    "accord",
];

/// Nouns after "the" and a name that make it an event's name ("the Boxing Day tsunami",
/// "the Easter Sunday bombings"): the day is that of a past year the sentence does not
/// give, so the value keeps the year unknown.
const EVENTS: &[&str] = &[
    "tsunami",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "massacre",
    "killings",
    "shooting",
    "shootings",
    "riot",
    "riots",
    "earthquake",
    "quake",
    "flood",
    "floods",
    "fire",
    "fires",
    "bushfires",
    "storm",
    "truce",
    "uprising",
    "offensive",
];

/// Whether token `k` is a capitalized word inside a sentence: not its first word, nor the
/// first after a quote mark or a colon.
fn capital_mid_sentence(cx: &Cx<'_>, k: usize) -> bool {
    k > 0
        && cx.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word && matches!(t.shape, Shape::Title | Shape::Upper)
        })
        && cx
            .tok(k - 1)
            .is_some_and(|t| t.kind != TokenKind::Quote && !cx.punct(k - 1, ":"))
}

fn one_of(s: &str, list: &[&str]) -> bool {
    list.iter().any(|w| s.eq_ignore_ascii_case(w))
}

/// The names that may start at token `i`: the first word's class if it has one, the
/// names, and whether they may be written in lower case.
fn start(cx: &Cx<'_>, i: usize) -> Option<(Option<Head>, &'static [N], bool)> {
    match cx.lex(i) {
        Lex::Holiday(h) => Some((Some(h), names(h), loose(h))),
        Lex::Month(4) => Some((None, APRIL, false)),
        Lex::Month(5) => Some((None, MAY, false)),
        Lex::Month(7) => Some((None, JULY, false)),
        // "the Fourth of July", "the fourth of July": a date in any case ("4th" is read
        // as a date by the ordinal rule).
        Lex::Ordinal(4) if cx.tok(i).is_some_and(|t| t.shape != Shape::Alnum) => {
            Some((None, FOURTH, true))
        }
        _ => None,
    }
}

/// Matches `name` against the tokens after the first word at `i`: the end of the name.
fn matches(cx: &Cx<'_>, i: usize, name: &N, loose: bool) -> Option<usize> {
    let mut k = i + 1;
    for &p in name.0 {
        let tok = cx.tok(k);
        match p {
            "'s" => {
                if tok.is_some_and(|t| {
                    t.kind == TokenKind::Possessive
                        || (t.kind == TokenKind::Quote && matches!(cx.s(k), "'" | "\u{2019}"))
                }) {
                    k += 1;
                }
            }
            "." | "," => {
                if cx.punct(k, p) {
                    k += 1;
                }
            }
            _ => {
                let (word, optional) = match p.strip_suffix('?') {
                    Some(w) => (w, true),
                    None => (p, false),
                };
                let t = tok.filter(|t| t.kind == TokenKind::Word);
                let s = cx.s(k);
                let capital = word.starts_with(|c: char| c.is_ascii_uppercase());
                let ok = t.is_some_and(|t| {
                    word.split('|').any(|w| s.eq_ignore_ascii_case(w))
                        && (loose || !capital || matches!(t.shape, Shape::Title | Shape::Upper))
                });
                if ok {
                    k += 1;
                } else if !optional {
                    return None;
                }
            }
        }
    }
    Some(k)
}

/// Whether the weekday at token `i` ends a holiday's name that begins just before it ("Good
/// Friday", "Easter Monday"): when the holiday rule did not tag that name (as in "the Good
/// Friday Agreement" or "Orthodox Easter Sunday"), the weekday alone is no date either.
pub fn ends_name(cx: &Cx<'_>, i: usize) -> bool {
    let Some(h) = i.checked_sub(1) else {
        return false;
    };
    let Some((_, list, loose)) = start(cx, h) else {
        return false;
    };
    cx.tok(h)
        .is_some_and(|t| loose || matches!(t.shape, Shape::Title | Shape::Upper))
        && list
            .iter()
            .any(|name| name.0.len() == 1 && matches(cx, h, name, loose) == Some(i + 1))
}

/// The holiday named at token `i`, with the modifier before it ("last", "next", "this",
/// "every", "each") if there is one.
pub fn rule(cx: &Cx<'_>, i: usize, modifier: Option<W>) -> Option<Core> {
    let (head, list, loose) = start(cx, i)?;
    let t = cx.tok(i)?;
    if !loose && !matches!(t.shape, Shape::Title | Shape::Upper) {
        return None;
    }
    // The name first: most first words ("New York", "President") start none.
    let (mut end, name) = list
        .iter()
        .find_map(|name| Some((matches(cx, i, name, loose)?, name)))?;
    let prev = i.wrapping_sub(1);
    // A capitalized word just before the name in mid-sentence makes it part of a longer
    // one or of a title ("Chinese New Year", "Father Christmas", "a Top Ten This Christmas",
    // "the carol Last Christmas"), and so does a capitalized "It's" ("Wake Me When It's
    // Christmas"). A name before the modifier is not looked at: "in the Atlantic last
    // Thanksgiving".
    if capital_mid_sentence(cx, prev)
        || (cx
            .tok(prev)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && cx.s(prev.wrapping_sub(1)) == "It"
            && capital_mid_sentence(cx, prev.wrapping_sub(1)))
    {
        return None;
    }
    if modifier.is_none() {
        if one_of(cx.s(prev), NOT_OURS) {
            return None;
        }
        if national(head)
            && cx
                .tok(prev)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            return None;
        }
    }
    let when = name.1;
    // "in the New Year" is early in the coming year, not its first day.
    if head == Some(Head::New) && name.0.len() == 2 && cx.is(prev, W::The) {
        return None;
    }
    let next = cx.tok(end);
    let next_s = cx.s(end);
    // A capitalized word after the name makes it part of a longer one ("Christmas Island",
    // "the Easter Rising", "the Good Friday Agreement"), unless it times the day ("Holy
    // Week", "Christmas Eve Midnight Mass").
    if next.is_some_and(|t| {
        t.kind == TokenKind::Word
            && matches!(t.shape, Shape::Title | Shape::Upper)
            && !matches!(
                cx.lex(end),
                Lex::Month(_)
                    | Lex::Weekday(..)
                    | Lex::Unit(..)
                    | Lex::DayPart(_)
                    | Lex::Word(W::Midnight | W::Noon | W::Midday)
            )
    }) {
        return None;
    }
    if next.is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
        && one_of(next_s, THINGS)
    {
        return None;
    }
    let the_event = modifier.is_none()
        && cx.is(prev, W::The)
        && next.is_some_and(|t| t.shape == Shape::Lower)
        && one_of(next_s, EVENTS);
    let the_fourth = matches!(cx.lex(i), Lex::Ordinal(_)) && cx.is(prev, W::The);
    if let Some(W::Every | W::Each) = modifier {
        return done(end, TimexType::SET, undated(when), false);
    }

    // "Thanksgiving weekend", "Christmas week": the week the day falls in.
    let span = match cx.lex(end) {
        Lex::Unit(Unit::Weekend, false) => Some(Unit::Weekend),
        Lex::Unit(Unit::Week, false) => Some(Unit::Week),
        _ => None,
    };
    if span.is_some() {
        end += 1;
    }
    if head == Some(Head::Holy) && when == Easter(0) && span != Some(Unit::Week) {
        return None;
    }
    // News means by "Easter week", as by "Holy Week", the week leading up to Easter Sunday
    // (it "begins" on Palm Sunday): the ISO week that ends on Easter Sunday is the nearest
    // TIMEX3 value. For other days on a Sunday the week before and the week after are
    // both meant, and no value is given.
    let holy_week = when == Easter(0) && span == Some(Unit::Week);

    // The year.
    let a = cx.anchor;
    let mut year = None;
    if let Some((e, y)) = super::year_after_of(cx, end) {
        end = e;
        year = Some(y);
    } else if let (Some(w @ (W::This | W::Last | W::Next)), Lex::Unit(Unit::Year, false)) =
        (cx.w(end), cx.lex(end + 1))
    {
        if let Some(a) = a {
            year = Some(i32::from(a.year()) + dir(w));
        }
        end += 2;
    } else if let Some(a) = a
        && !the_event
    {
        let ay = i32::from(a.year());
        let here = date_in(when, ay)?;
        year = Some(match modifier {
            Some(W::Last) => {
                if here < a {
                    ay
                } else {
                    ay - 1
                }
            }
            Some(W::Next) => {
                if here > a {
                    ay
                } else {
                    ay + 1
                }
            }
            // "this Christmas": the coming one unless it is most of a year away ("sales this
            // Christmas were weak", written in early January).
            Some(_) => {
                let ahead = |y: i32| date_in(when, y).map(|d| (d - a).get_days());
                match (here < a, ahead(ay + 1), ahead(ay)) {
                    (true, Some(n), _) if n <= COMING => ay + 1,
                    (true, ..) => ay,
                    (false, _, Some(n)) if n <= COMING => ay,
                    (false, ..) => ay - 1,
                }
            }
            // The tense and a deadline are read from where the expression starts: "until
            // about Easter".
            None => {
                let mut s = i;
                while s > 0
                    && matches!(
                        cx.w(s - 1),
                        Some(W::About | W::Around | W::Nearly | W::Almost | W::Roughly)
                    )
                {
                    s -= 1;
                }
                cx.year_for(a, s, here.month(), Some(here.day()))
            }
        });
    }
    let day = match year {
        Some(y) => Some(date_in(when, y)?),
        None => None,
    };

    let the = the_fourth || span.is_some();
    match span {
        Some(Unit::Week) => {
            let value = match day {
                // A week "of" a Sunday holiday may be the week before or after it.
                Some(d) if v::weekday_num(d) == 7 && !holy_week => return None,
                Some(d) => v::week(d),
                None if weekday(when) == Some(7) && !holy_week => return None,
                None => "XXXX-WXX".into(),
            };
            done(end, TimexType::DATE, value, the)
        }
        Some(_) => {
            // The weekend next to the day: the one after a day late in the week, the one
            // before a Monday; a Tuesday or Wednesday has none.
            let wd = day.map(v::weekday_num).or(weekday(when));
            let value = match (day, wd) {
                (_, Some(2 | 3)) => return None,
                (Some(d), Some(1)) => format!("{}-WE", v::week(v::add_days(d, -1)?)),
                (Some(d), _) => format!("{}-WE", v::week(d)),
                (None, _) => "XXXX-WXX-WE".into(),
            };
            done(end, TimexType::DATE, value, the)
        }
        None => {
            let value = day.map_or_else(|| undated(when), v::day);
            // "Christmas morning", "New Year's Eve night"
            if let Some(p) = super::day_part(cx, end) {
                return done(end + 1, TimexType::TIME, format!("{value}T{p}"), the);
            }
            done(end, TimexType::DATE, value, the)
        }
    }
}

/// How many days ahead "this Christmas" may lie: as far as a plan reaches for a bare
/// month and day (`Cx::year_for`).
const COMING: i32 = 240;

fn done(end: usize, kind: TimexType, value: String, the: bool) -> Option<Core> {
    Some(Core {
        end,
        kind,
        value,
        the,
        holiday: true,
    })
}

fn dir(w: W) -> i32 {
    match w {
        W::Last => -1,
        W::Next => 1,
        _ => 0,
    }
}

/// The day a holiday falls on in year `y`.
pub fn date_in(when: When, y: i32) -> Option<Date> {
    match when {
        Fixed(m, d) => v::date(y, m, d),
        Nth(month, nth, weekday, plus) => {
            v::add_days(v::nth_weekday(y, month, nth, weekday)?, i64::from(plus))
        }
        Easter(days) => v::add_days(v::easter(y)?, i64::from(days)),
    }
}

/// The weekday a holiday always falls on, if it does.
fn weekday(when: When) -> Option<i8> {
    match when {
        Fixed(..) => None,
        Nth(_, _, weekday, plus) => Some((weekday - 1 + plus).rem_euclid(7) + 1),
        Easter(days) => Some(((6 + days).rem_euclid(7) + 1) as i8),
    }
}

/// The value of a holiday in an unknown year: the month and day when they are fixed, the
/// month when the day moves within it.
fn undated(when: When) -> String {
    match when {
        Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
        Nth(month, nth, _, plus) => {
            // The first and last day the nth weekday can fall on, then moved.
            let len = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
                .get(usize::try_from(month - 1).unwrap_or(0))
                .copied()
                .unwrap_or(28);
            let (lo, hi) = if nth > 0 {
                ((nth - 1) * 7 + 1, nth * 7)
            } else {
                (len - 6, len)
            };
            if lo + plus >= 1 && hi + plus <= len {
                format!("XXXX-{month:02}-XX")
            } else {
                "XXXX-XX-XX".into()
            }
        }
        Easter(_) => "XXXX-XX-XX".into(),
    }
}
