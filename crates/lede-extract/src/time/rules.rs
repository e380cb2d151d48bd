//! The rules that recognize time expressions in one sentence's tokens and give them TIMEX3
//! types and values.
//!
//! [`scan`] walks a sentence and stops only at trigger tokens (numbers and time words such as
//! "Monday", "year" or "today"; most tokens fail a cheap letter test). From each trigger it
//! looks back a few tokens for articles and modifiers and tries the rules from the earliest
//! start; each rule looks at the token classes from `lexicon.rs` and returns how many tokens
//! it covers with what type and value. The rules follow TimeML's
//! conventions for spans: a leading "the" and modifiers ("early", "about", "the end of") are
//! part of the expression, prepositions ("on", "in") are not.
//!
//! Not for: deciding which paragraphs to read or where the anchor comes from (`mod.rs`).

use super::lexicon::{
    Lex, Unit, W, classify, digit_ordinal, early_hyphen, is_trigger_class, maybe_trigger,
};
use super::value as v;
use crate::document::TimexType;
use jiff::civil::Date;
use lede_text::{Shape, Token, TokenKind};

/// What the document said before the current sentence, for references such as "the quarter"
/// or "a year earlier" in a quarterly report.
#[derive(Clone, Copy, Debug, Default)]
pub struct Memory {
    /// The last quarter named explicitly: (year, quarter).
    pub quarter: Option<(i32, i8)>,
    /// The last full date named.
    pub date: Option<Date>,
    /// The last year named.
    pub year: Option<i32>,
    /// The last month named, alone or in a full date: (year, month).
    pub month: Option<(i32, i8)>,
}

/// One match: tokens `start..end` of the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
}

/// A core match before modifiers: end token, type, value, whether a "the" before it
/// belongs to the expression, and whether it names a holiday.
struct Core {
    end: usize,
    kind: TimexType,
    value: String,
    the: bool,
    holiday: bool,
}

fn core(end: usize, kind: TimexType, value: String) -> Option<Core> {
    Some(Core {
        end,
        kind,
        value,
        the: false,
        holiday: false,
    })
}

fn core_the(end: usize, kind: TimexType, value: String) -> Option<Core> {
    Some(Core {
        end,
        kind,
        value,
        the: true,
        holiday: false,
    })
}

use TimexType::{DATE, DURATION, SET, TIME};

mod holiday;

/// The sentence being scanned.
#[derive(Clone, Copy)]
pub struct Cx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Each token's class once computed: the rules look at the same neighbours many times.
    pub cache: &'a [std::cell::Cell<Option<Lex>>],
    pub anchor: Option<Date>,
    pub mem: Memory,
    /// What the entity stage found that a month name may belong to.
    pub people: &'a People<'a>,
}

/// People the article names, for the month names that are also names ("Theresa May", "April
/// Ryan"): byte spans of their name mentions, and the month words in their names.
#[derive(Clone, Debug, Default)]
pub struct People<'a> {
    pub spans: Vec<(usize, usize)>,
    pub month_words: Vec<&'a str>,
}

/// Verbs that put a day off: "until" after them names a day still ahead.
const POSTPONED: &[&str] = &[
    "adjourned",
    "deferred",
    "delayed",
    "extended",
    "postponed",
    "suspended",
];

/// Classifies one token.
fn classify_token(text: &str, t: Token) -> Lex {
    match t.kind {
        TokenKind::Number => Lex::Number,
        TokenKind::Word => {
            let s = t.text(text);
            match classify(s) {
                Lex::Other if t.shape == Shape::Alnum => {
                    digit_ordinal(s).map_or(Lex::Other, Lex::Ordinal)
                }
                l => l,
            }
        }
        _ => Lex::Other,
    }
}

/// Whether a word of this class can stand before the trigger of an expression and belong
/// to it: articles, modifiers, and the words of "the end of".
fn is_prefix(l: Lex) -> bool {
    matches!(
        l,
        Lex::Word(
            W::The
                | W::A
                | W::Early
                | W::Late
                | W::Mid
                | W::Earlier
                | W::Later
                | W::About
                | W::Around
                | W::Nearly
                | W::Almost
                | W::Roughly
                | W::More
                | W::Less
                | W::Than
                | W::At
                | W::Least
                | W::Fiscal
                | W::End
                | W::Beginning
                | W::Start
                | W::Middle
                | W::Of
                | W::This
                | W::Last
                | W::Next
                | W::Past
                | W::Few
                | W::Several
                | W::Many
                | W::Some
                | W::Near
                | W::That
                | W::These
                | W::Coming
                | W::Previous
                | W::Following
                | W::Current
                | W::Latest
                | W::Same
                | W::Every
                | W::Each
                | W::Per
                | W::Full
                | W::Whole
                | W::Entire
                | W::Short
                | W::Long
                | W::Half
                | W::Couple
                | W::Business
        ) | Lex::NumWord(_)
            | Lex::Ordinal(_)
    )
}

/// Whether token `i` can begin or carry a time expression: numbers, lexicon words that are
/// not mere function words, and compounds such as "two-year" or "1990s". Everything else is
/// skipped with a few comparisons.
fn is_trigger(cx: &Cx<'_>, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    match t.kind {
        TokenKind::Number => {
            // Years, dates and clock times stand alone; other numbers ("250", "1.5") only
            // count units or name a day when a time word follows.
            let b = cx
                .text
                .as_bytes()
                .get(t.span.start..t.span.end)
                .unwrap_or_default();
            if (b.len() == 4 && (b[0] == b'1' || b[0] == b'2'))
                || b.iter().any(|&c| matches!(c, b':' | b'/' | b'-'))
                || b.iter().filter(|&&c| c == b'.').count() == 2
            {
                return true;
            }
            second_day(cx, i).is_some()
                || range_to(cx, i)
                || b.len() <= 6
                    && (matches!(
                        cx.lex(i + 1),
                        Lex::Unit(..)
                            | Lex::Month(_)
                            | Lex::Number
                            | Lex::Zone
                            | Lex::Word(W::Am | W::Pm | W::Of | W::More | W::Business | W::In)
                    ) || zone_after(cx, i + 1).is_some())
        }
        TokenKind::Word => {
            if t.shape == Shape::Alnum {
                return true;
            }
            let b = cx
                .text
                .as_bytes()
                .get(t.span.start..t.span.end)
                .unwrap_or_default();
            if maybe_trigger(b) && is_trigger_class(cx.lex(i)) {
                // Most first words of holidays' names are ordinary words ("new", "good"):
                // in lower case they start no name.
                return match cx.lex(i) {
                    Lex::Holiday(h) => t.shape != Shape::Lower || holiday::loose(h),
                    _ => true,
                };
            }
            early_hyphen(b)
        }
        TokenKind::Quote => cx
            .tok(i + 1)
            .is_some_and(|n| n.shape == Shape::Alnum || n.kind == TokenKind::Number),
        _ => false,
    }
}

/// A necessary condition for [`is_trigger`], computed without branches: numbers, quotes,
/// digit-and-letter words, and words that pass the lexicon's letter test or hold a hyphen.
#[inline(always)]
fn may_trigger(bytes: &[u8], t: &Token) -> bool {
    let b = bytes.get(t.span.start..t.span.end).unwrap_or_default();
    let word = t.kind == TokenKind::Word;
    let other = (t.kind == TokenKind::Number) | (t.kind == TokenKind::Quote);
    other | (word & ((t.shape == Shape::Alnum) | maybe_trigger(b) | early_hyphen(b)))
}

/// Finds the time expressions of one sentence.
pub fn scan(cx: &mut Cx<'_>, out: &mut Vec<Hit>) {
    let n = cx.toks.len();
    let mut i = 0;
    // Tokens before `done` belong to an expression already found.
    let mut done = 0;
    let bytes = cx.text.as_bytes();
    while i < n {
        // Most tokens are plain words or punctuation: skip them with a test that has no
        // branch to mispredict, and run the full test only on the few that pass.
        match cx
            .toks
            .get(i..)
            .and_then(|r| r.iter().position(|t| may_trigger(bytes, t)))
        {
            Some(k) => i += k,
            None => break,
        }
        if !is_trigger(cx, i) {
            i += 1;
            continue;
        }
        // An expression holding this trigger may start a few tokens earlier, with "the", "a"
        // or a modifier ("the end of the year", "about a week").
        let mut first = i;
        while first > done && first + 4 > i && is_prefix(cx.lex(first - 1)) {
            first -= 1;
        }
        let mut hit = None;
        for k in first..=i {
            if let Some(h) = at(cx, k)
                && h.end > i
            {
                hit = Some(h);
                break;
            }
        }
        match hit {
            Some(h) => {
                i = h.end.max(i + 1);
                done = i;
                remember(cx, &h);
                out.push(h);
            }
            None => i += 1,
        }
    }
}

fn remember(cx: &mut Cx<'_>, h: &Hit) {
    let b = h.value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .and_then(|s| std::str::from_utf8(s).ok()?.parse::<i32>().ok())
    };
    if h.kind != DATE && h.kind != TIME {
        return;
    }
    // "the day before" and "the day after" look from the story's date without moving it:
    // "the day before, the captain quit, and the day after, the inquiry opened".
    if matches!(cx.w(h.end.wrapping_sub(1)), Some(W::Before | W::After)) {
        return;
    }
    if let Some(y) = digits(0..4) {
        cx.mem.year = Some(y);
        let explicit = (h.start..h.end).any(|k| matches!(cx.lex(k), Lex::Ordinal(_)))
            || cx.toks.get(h.start..h.end).is_some_and(|t| {
                t.iter().any(|t| {
                    let s = t.text(cx.text);
                    s.contains("-quarter")
                        || s.get(..7)
                            .is_some_and(|p| p.eq_ignore_ascii_case("fiscal-"))
                })
            });
        // A quarter not yet over at the anchor ("fourth-quarter results will...") is an
        // outlook, not the period the report is about, unless it is the first quarter the
        // report names or the text says it has ended (both fiscal quarters: "fourth-quarter
        // earnings fell", "the fourth quarter ended Sept. 30").
        let ended = matches!(cx.s(h.end), "ended" | "ending") || cx.mem.quarter.is_none();
        let reported = |q: i32| match cx.anchor {
            Some(a) => {
                ended || y * 4 + q < i32::from(a.year()) * 4 + i32::from(v::quarter_of(a.month()))
            }
            None => true,
        };
        if explicit
            && b.get(4..6) == Some(b"-Q")
            && let Some(q) = digits(6..7)
            && reported(q)
        {
            cx.mem.quarter = Some((y, q as i8));
        }
        if b.len() >= 7
            && b.get(4) == Some(&b'-')
            && let Some(m) = digits(5..7).filter(|m| (1..=12).contains(m))
        {
            cx.mem.month = Some((y, m as i8));
            // A story that moves on to another month leaves its last day behind.
            if cx
                .mem
                .date
                .is_some_and(|d| i32::from(d.year()) != y || i32::from(d.month()) != m)
            {
                cx.mem.date = None;
            }
        }
        if b.len() >= 10
            && let (Some(m), Some(d)) = (digits(5..7), digits(8..10))
        {
            cx.mem.date = v::date(y, m as i8, d as i8);
        }
    }
}

impl Cx<'_> {
    fn lex(&self, i: usize) -> Lex {
        let Some(c) = self.cache.get(i) else {
            return Lex::Other;
        };
        if let Some(l) = c.get() {
            return l;
        }
        let l = self
            .tok(i)
            .map_or(Lex::Other, |t| classify_token(self.text, t));
        c.set(Some(l));
        l
    }

    fn w(&self, i: usize) -> Option<W> {
        match self.lex(i) {
            Lex::Word(w) => Some(w),
            _ => None,
        }
    }

    fn is(&self, i: usize, w: W) -> bool {
        self.w(i) == Some(w)
    }

    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn tok(&self, i: usize) -> Option<Token> {
        self.toks.get(i).copied()
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(self.text) == p)
    }

    /// A digits-only number token's value (no separators).
    fn int(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = t.text(self.text);
        if s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }

    /// A four-digit year token.
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.span.len() != 4 {
            return None;
        }
        let y = self.int(i)?;
        (1000..=2099).contains(&y).then_some(y as i32)
    }

    /// A count: digits, a number word, or "a"/"an" (1).
    fn count(&self, i: usize) -> Option<u32> {
        match self.lex(i) {
            Lex::NumWord(n) => {
                // "twenty-five" is one token; "twenty five" two.
                if let Lex::NumWord(m) = self.lex(i + 1)
                    && n >= 20
                    && m < 10
                {
                    return Some(n + m);
                }
                Some(n)
            }
            Lex::Word(W::A) => Some(1),
            Lex::Number => {
                let s = self.s(i);
                if s.contains(',') {
                    return s.replace(',', "").parse().ok();
                }
                self.int(i)
            }
            Lex::Other => hyphen_number(self.s(i)),
            _ => None,
        }
    }

    fn anchor_year(&self) -> Option<i32> {
        self.anchor.map(|a| i32::from(a.year()))
    }

    /// Whether the verb governing token `i` looks ahead: "will meet on Monday", "plans to
    /// visit on Friday". News reports the past, so anything unclear counts as past.
    fn future(&self, i: usize) -> bool {
        self.tense(i) == Some(true)
    }

    /// Whether the expression starting at token `i` is a deadline: "until Friday", "by 9
    /// a.m. Tuesday", "through January", "effective June 1" lie ahead of the report.
    /// A deadline in a past-tense sentence ("had filed reports by Wednesday") is past.
    fn deadline(&self, i: usize) -> bool {
        let mut k = i.wrapping_sub(1);
        // "until at least Thursday", "until about Easter"
        if self.s(k).eq_ignore_ascii_case("least") && self.is(k.wrapping_sub(1), W::At) {
            k = k.wrapping_sub(2);
        } else if matches!(self.w(k), Some(W::About | W::Around | W::Roughly)) {
            k = k.wrapping_sub(1);
        }
        // "adjourned until Monday", "delayed until June": a postponement, even one already
        // decided, points ahead.
        let postponed = || {
            (k.saturating_sub(6)..k).any(|j| {
                let w = self.s(j);
                POSTPONED.iter().any(|p| w.eq_ignore_ascii_case(p))
                    // "put off", "pushed back"
                    || ((w.eq_ignore_ascii_case("off") || w.eq_ignore_ascii_case("back"))
                        && ["put", "pushed"]
                            .iter()
                            .any(|p| self.s(j.wrapping_sub(1)).eq_ignore_ascii_case(p)))
            })
        };
        // "effective Feb. 1": the day a change takes effect, even when a past-tense verb
        // announced it.
        self.s(i.wrapping_sub(1)).eq_ignore_ascii_case("effective")
            || (self.is(k, W::Until) && (self.tense(i) != Some(false) || postponed()))
    }

    /// `Some(true)` when the sentence around token `i` looks ahead, `Some(false)` when it
    /// reports, `None` when no verb says.
    fn tense(&self, i: usize) -> Option<bool> {
        let lo = i.saturating_sub(12);
        for k in (lo..i).rev() {
            if let Some(f) = self.tense_at(k) {
                return Some(f);
            }
        }
        for k in i + 1..(i + 8).min(self.toks.len()) {
            // "planned to leave on Thursday" looks ahead, but in "On Friday, the team
            // planned to pay" the planning itself is what happened that day.
            if self.s(k).eq_ignore_ascii_case("planned") {
                continue;
            }
            if let Some(f) = self.tense_at(k) {
                return Some(f);
            }
        }
        None
    }

    /// `Some(true)` for a word that marks the future, `Some(false)` for one that marks the
    /// past.
    fn tense_at(&self, k: usize) -> Option<bool> {
        let lex = match self.lex(k) {
            // "flew to Paris to meet ministers on Monday": an infinitive takes its time from
            // the verb it follows. "may play a role", "faces a fine" are no fixtures.
            Lex::Fixture
                if self.s(k.wrapping_sub(1)).eq_ignore_ascii_case("to") || self.is(k + 1, W::A) =>
            {
                return None;
            }
            Lex::Fixture => Lex::Tense(true),
            l => l,
        };
        match lex {
            // "will be held", "to be paid": a participle after "be" looks ahead.
            Lex::Tense(false) if self.will_be(k) => Some(true),
            // "set for Friday", "set to vote" look ahead; "set Friday as the deadline" is
            // a decision already taken.
            Lex::Tense(true) if self.s(k).eq_ignore_ascii_case("set") => {
                Some(self.is(k + 1, W::For) || self.s(k + 1).eq_ignore_ascii_case("to"))
            }
            // "had been due to close Friday", "had planned to sail Monday": a plan of the
            // past, reported.
            Lex::Tense(true)
                if (1..=4).any(|b| self.s(k.wrapping_sub(b)).eq_ignore_ascii_case("had")) =>
            {
                Some(false)
            }
            // "unveiled the scheme Aug. 21", "May's plan": a noun after an article or a
            // possessive says nothing of tense.
            Lex::Tense(true)
                if (matches!(self.w(k.wrapping_sub(1)), Some(W::A | W::The))
                    || self
                        .tok(k.wrapping_sub(1))
                        .is_some_and(|t| t.kind == TokenKind::Possessive))
                    && !self.s(k).eq_ignore_ascii_case("due") =>
            {
                None
            }
            Lex::Tense(f) => Some(f),
            // British "is to launch", "are to meet": a plan.
            _ if self.s(k).eq_ignore_ascii_case("to")
                && matches!(self.s(k.wrapping_sub(1)), "is" | "are") =>
            {
                Some(true)
            }
            // "next to the embassy" places, it does not look ahead.
            Lex::Word(W::Next) if self.s(k + 1).eq_ignore_ascii_case("to") => None,
            Lex::Word(W::Next | W::Tomorrow | W::Soon | W::Start | W::Coming) => Some(true),
            Lex::Word(W::Yesterday | W::Ago | W::Last) => Some(false),
            Lex::Other => {
                let t = self.tok(k)?;
                let s = t.text(self.text);
                let b = s.as_bytes();
                let n = b.len();
                if n > 3 && (b.ends_with(b"'ll") || s.ends_with("’ll")) {
                    Some(true)
                } else if n > 4
                    // A capitalized "-ed" word is a name ("United States"), not a verb.
                    && t.shape == Shape::Lower
                    && b[n - 2..].eq_ignore_ascii_case(b"ed")
                    // "succeed", "proceed", "need" are not past forms.
                    && !b[n - 3..].eq_ignore_ascii_case(b"eed")
                {
                    let before = k.wrapping_sub(1);
                    let modifier = |j: usize| {
                        let w = self.s(j);
                        w.eq_ignore_ascii_case("still") || crate::words::is_ly_adverb(w)
                    };
                    match self.w(before) {
                        // "a revised plan", "the proposed merger", "a still unspecified
                        // date", "the newly elected": an adjective.
                        Some(W::A | W::The) => None,
                        _ if modifier(before)
                            && matches!(self.w(k.wrapping_sub(2)), Some(W::A | W::The)) =>
                        {
                            None
                        }
                        _ if self.will_be(k) => Some(true),
                        _ => Some(false),
                    }
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Whether the participle at `k` follows "will be", "would be", "to be" or "shall be"
    /// ("will be held on Friday"); "could be located" stays a report.
    fn will_be(&self, k: usize) -> bool {
        // An adverb may stand between: "would still be held".
        let modal = |i: usize| {
            let s = self.s(i);
            ["will", "would", "to", "shall"]
                .iter()
                .any(|w| s.eq_ignore_ascii_case(w))
        };
        self.s(k.wrapping_sub(1)).eq_ignore_ascii_case("be")
            && (modal(k.wrapping_sub(2)) || modal(k.wrapping_sub(3)))
    }

    /// The year of month `m` (and day `d`) named without a year: the past one in a report,
    /// the coming one in a plan, and the nearest one when the sentence does not say.
    fn year_for(&self, a: Date, i: usize, m: i8, d: Option<i8>) -> i32 {
        let ay = i32::from(a.year());
        let (am, ad) = (a.month(), a.day());
        let key = |m: i8, d: i8| i32::from(m) * 32 + i32::from(d);
        // A bare month names the anchor's own month when it is the same.
        let t = key(m, d.unwrap_or(if m == am { ad } else { 1 }));
        let now = key(am, ad);
        let (past, fut) = if t <= now { (ay, ay) } else { (ay - 1, ay) };
        let fut = if t < now { ay + 1 } else { fut };
        // How far ahead the coming occurrence is, in rough days.
        let ahead = (i32::from(m) - i32::from(am)).rem_euclid(12) * 31 + i32::from(d.unwrap_or(1))
            - i32::from(if d.is_some() { ad } else { 1 });
        // News reports the past: a date ahead of the anchor is the coming one when the sentence
        // looks ahead and it is within eight months, when nothing says and it is within four,
        // and even in a report when it is within two (a payment date, a vote next month).
        // "by February", "until June", "through January": a deadline ahead.
        let tense = if self.deadline(i) {
            Some(true)
        } else {
            self.tense(i)
        };
        let reach = match tense {
            Some(true) => 366,
            None => 120,
            Some(false) => 62,
        };
        if t == now || (0..=reach).contains(&ahead) {
            fut
        } else {
            past
        }
    }
}

/// "two" in "two-year", "16" in "16-hour".
fn hyphen_number(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() && s.len() < 7 {
        return s.parse().ok();
    }
    match classify(s) {
        Lex::NumWord(n) => Some(n),
        _ => None,
    }
}

/// Whether a token starts a count of units: "two", "3", "a", "several".
fn is_count(l: Lex) -> bool {
    matches!(
        l,
        Lex::Number | Lex::NumWord(_) | Lex::Word(W::A | W::Few | W::Several | W::Many)
    )
}

/// Tries every rule at token `i`, with the modifiers that may precede a core expression.
fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // Modifiers: the span starts at `i` but the core at `j`.
    let mut j = i;
    let mut the = false;
    let mut steps = 0;
    while steps < 4 {
        steps += 1;
        match cx.w(j) {
            Some(W::The) => {
                the = true;
                j += 1;
            }
            Some(W::Early | W::Late | W::Mid | W::Earlier | W::Later)
                if !matches!(cx.lex(j + 1), Lex::Word(W::Ago | W::Than | W::On | W::In)) =>
            {
                j += 1
            }
            Some(W::End | W::Beginning | W::Start | W::Middle) if the && cx.is(j + 1, W::Of) => {
                j += 2
            }
            Some(W::About | W::Around | W::Nearly | W::Almost | W::Roughly) => j += 1,
            // "more than two years", not "more than last year": a comparison with a date is
            // not an approximate length.
            Some(W::More | W::Less) if cx.is(j + 1, W::Than) && is_count(cx.lex(j + 2)) => j += 2,
            Some(W::At) if cx.is(j + 1, W::Least) && is_count(cx.lex(j + 2)) => j += 2,
            Some(W::Near) if cx.is(j + 1, W::Future) => j += 1,
            Some(W::Fiscal)
                if cx.year_at(j + 1).is_some()
                    || cx.is(j + 1, W::The)
                    || matches!(cx.lex(j + 1), Lex::Ordinal(n) if n <= 4) =>
            {
                j += 1
            }
            _ => break,
        }
    }
    let c = core_at(cx, j, the)?;
    // A capitalized unit inside a sentence ends a title ("This Week", "60 Minutes"), unless
    // it names a holiday ("Thanksgiving Day").
    let last = c.end.wrapping_sub(1);
    if i > 0
        && !c.holiday
        && matches!(cx.lex(last), Lex::Unit(..))
        && cx.tok(last).is_some_and(|t| t.shape == Shape::Title)
    {
        return None;
    }
    // A "the" alone before a core that does not take it ("the Monday") is left out.
    let start = if j == i + 1 && !c.the && cx.is(i, W::The) {
        j
    } else {
        i
    };
    Some(Hit {
        start,
        end: c.end,
        kind: c.kind,
        value: c.value,
    })
}

/// The core rules, by the class of the first token.
fn core_at(cx: &Cx<'_>, i: usize, after_the: bool) -> Option<Core> {
    let t = cx.tok(i)?;
    match cx.lex(i) {
        Lex::Month(m) => holiday::rule(cx, i, None).or_else(|| month_rule(cx, i, m as i8)),
        Lex::Weekday(..) if holiday::ends_name(cx, i) => None,
        Lex::Weekday(d, plural) => weekday_rule(cx, i, d as i8, plural),
        Lex::Number => number_rule(cx, i, after_the),
        Lex::Ordinal(n) => holiday::rule(cx, i, None).or_else(|| ordinal_rule(cx, i, n)),
        Lex::NumWord(19) if spelled_year(cx, i).is_some() => {
            let (end, y) = spelled_year(cx, i)?;
            core(end, DATE, v::year(y))
        }
        Lex::NumWord(_) => count_rule(cx, i),
        Lex::Holiday(_) => holiday::rule(cx, i, None),
        Lex::Season(s) => {
            let s = s.as_str();
            let y = cx.anchor.map(|a| v::season_year(a, s, 0));
            let end = i + 1;
            if let Some(y2) = year_after_of(cx, end) {
                return core_the(y2.0, DATE, format!("{}-{s}", v::year(y2.1)));
            }
            // A bare season is tagged only after "the" or a preposition that times it.
            if !after_the
                && !matches!(
                    cx.w(i.wrapping_sub(1)),
                    Some(W::In | W::During | W::Since | W::Until | W::Early | W::Late | W::Mid)
                )
            {
                return None;
            }
            core_the(
                end,
                DATE,
                format!("{}-{s}", y.map_or("XXXX".into(), v::year)),
            )
        }
        // "the nineties": the twentieth century's, as news means them; "in her
        // nineties" (an age) has no "the".
        Lex::Decade(d) if after_the => core_the(i + 1, DATE, format!("19{d}")),
        Lex::Unit(u, plural) => unit_rule(cx, i, u, plural, after_the),
        // "last Christmas", "next Easter", "every Halloween"
        Lex::Word(w @ (W::Last | W::Next | W::This | W::Every | W::Each))
            if matches!(cx.lex(i + 1), Lex::Holiday(_)) =>
        {
            holiday::rule(cx, i + 1, Some(w))
        }
        Lex::Word(W::A | W::Few | W::Several | W::Many | W::Some) => count_rule(cx, i),
        // "half a century", "half an hour"
        Lex::Word(W::Half)
            if cx.is(i + 1, W::A)
                && matches!(cx.lex(i + 2), Lex::Unit(u, false) if u != Unit::Weekend && u != Unit::Quarter) =>
        {
            let Lex::Unit(u, _) = cx.lex(i + 2) else {
                return None;
            };
            core(i + 3, DURATION, duration_value(Some(0.5), u))
        }
        Lex::Word(w) => word_rule(cx, i, w, after_the),
        Lex::DayPart(p) => {
            let p = p.as_str();
            // "the morning" / "the afternoon": the anchor day's part; also "by mid
            // afternoon".
            if (after_the || cx.is(i.wrapping_sub(1), W::Mid))
                && !cx.is(i + 1, W::Of)
                && !cx.is(i + 1, W::Before)
                && !cx.is(i + 1, W::After)
            {
                // "they went home in the evenings": a habit, not one evening.
                if t.text(cx.text).ends_with(['s', 'S']) {
                    return core_the(i + 1, SET, format!("XXXX-XX-XXT{p}"));
                }
                // "Prices fell Friday. Dealers sold in the morning": the story's day.
                let d = cx
                    .mem
                    .date
                    .or(cx.anchor)
                    .map_or("XXXX-XX-XX".to_string(), v::day);
                return core_the(i + 1, TIME, format!("{d}T{p}"));
            }
            None
        }
        // "10pm", "3.30am"
        _ if t.shape == Shape::Alnum && cx.s(i).starts_with(|c: char| c.is_ascii_digit()) => {
            clock_rule(cx, i).or_else(|| compound_rule(cx, i))
        }
        _ if t.kind == TokenKind::Word || t.kind == TokenKind::Quote => compound_rule(cx, i),
        _ => None,
    }
}

/// "of 1989" / ", 1989" / "1989" after a month, season or quarter.
fn year_after_of(cx: &Cx<'_>, i: usize) -> Option<(usize, i32)> {
    if let Some(y) = cx.year_at(i) {
        return Some((i + 1, y));
    }
    if (cx.is(i, W::Of) || cx.punct(i, ","))
        && let Some(y) = cx.year_at(i + 1)
    {
        return Some((i + 2, y));
    }
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    if let Lex::NumWord(19) = cx.lex(i) {
        return spelled_year(cx, i);
    }
    if cx.is(i, W::Of)
        && let Lex::NumWord(19) = cx.lex(i + 1)
    {
        return spelled_year(cx, i + 1);
    }
    None
}

fn month_rule(cx: &Cx<'_>, i: usize, m: i8) -> Option<Core> {
    let t = cx.tok(i)?;
    let s = t.text(cx.text);
    // Month names are capitalized; "march" and "may" in lower case are verbs.
    if t.shape != Shape::Title && t.shape != Shape::Upper {
        return None;
    }
    if month_is_name(cx, i) {
        return None;
    }
    let abbrev = s.len() <= 4 && !matches!(s, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY");
    let mut j = i + 1;
    if abbrev && cx.punct(j, ".") {
        j += 1;
    }
    // Month Day [, Year]
    let day = cx
        .int(j)
        .filter(|_| cx.tok(j).is_some_and(|t| t.span.len() <= 2))
        .or_else(|| match cx.lex(j) {
            Lex::Ordinal(n) if cx.tok(j).is_some_and(|t| t.shape == Shape::Alnum) => Some(n),
            _ => None,
        })
        .filter(|d| (1..=31).contains(d));
    if let Some(d) = day {
        let d = d as i8;
        let mut k = j + 1;
        let comma = cx.punct(k, ",");
        if comma {
            k += 1;
        }
        if let Some(y) = cx.year_at(k) {
            if let Some(date) = v::date(y, m, d) {
                return core(k + 1, DATE, v::day(date));
            }
            return None;
        }
        if let Some(v) = the_attacks(cx, m, d, j + 1) {
            return core(j + 1, DATE, v);
        }
        let value = match cx.anchor {
            Some(a) => {
                let y = cx.year_for(a, i, m, Some(d));
                v::date(y, m, d).map(v::day)?
            }
            None => format!("XXXX-{m:02}-{d:02}"),
        };
        return core(j + 1, DATE, value);
    }
    if let Some((k, y)) = year_after_of(cx, j) {
        return core(k, DATE, v::month(y, m));
    }
    // "January this year", "June last year"
    if let (Some(w @ (W::This | W::Last | W::Next)), Lex::Unit(Unit::Year, false)) =
        (cx.w(j), cx.lex(j + 1))
    {
        let dir = match w {
            W::Last => -1,
            W::Next => 1,
            _ => 0,
        };
        let y = cx.anchor_year().map_or("XXXX".into(), |y| v::year(y + dir));
        return core(j + 2, DATE, format!("{y}-{m:02}"));
    }
    // "the March for Safe Streets", "a March on the capital": a protest, not the month (but "in
    // March for health reasons" is the month).
    if m == 3
        && (cx.is(j, W::For) || cx.is(j, W::On) || (cx.is(j, W::Of) && cx.is(j + 1, W::The)))
        && !matches!(
            cx.w(i.wrapping_sub(1)),
            Some(W::In | W::Since | W::Until | W::During | W::Early | W::Late | W::Mid)
                | Some(W::Last | W::Next | W::This | W::From | W::Before | W::After)
        )
    {
        return None;
    }
    // A bare month: "May" needs a context that makes it a month.
    if m == 5 || abbrev {
        let prev = cx.w(i.wrapping_sub(1));
        if !matches!(
            prev,
            Some(
                W::In
                    | W::Since
                    | W::Until
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::Last
                    | W::Next
                    | W::This
                    | W::Of
                    | W::From
                    | W::During
                    | W::Before
                    | W::After
                    | W::Every
                    | W::Each
            )
        ) {
            return None;
        }
        if abbrev && j == i + 1 {
            return None;
        }
    }
    // "December's tsunami": a month named for what happened in it is the last one, unless
    // the sentence looks ahead ("is to open February's final").
    let possessive = cx.tok(j).is_some_and(|t| t.kind == TokenKind::Possessive)
        && !cx.deadline(i)
        && !cx.future(i);
    let value = match cx.anchor {
        Some(a) if possessive => {
            let y = i32::from(a.year());
            v::month(if m <= a.month() { y } else { y - 1 }, m)
        }
        Some(a) => v::month(cx.year_for(a, i, m, None), m),
        None => format!("XXXX-{m:02}"),
    };
    core(j, DATE, value)
}

/// A day part after a day: "Monday afternoon", "yesterday morning".
fn day_part(cx: &Cx<'_>, i: usize) -> Option<&'static str> {
    match cx.lex(i) {
        Lex::DayPart(p) => Some(p.as_str()),
        _ => None,
    }
}

fn weekday_rule(cx: &Cx<'_>, i: usize, d: i8, plural: bool) -> Option<Core> {
    if plural {
        // "Happy Mondays": a plural weekday after a capitalized word inside a sentence is a
        // name.
        if i > 0
            && cx.tok(i - 1).is_some_and(|t| {
                t.kind == TokenKind::Word && t.shape == Shape::Title && !cx.is(i - 1, W::On)
            })
        {
            return None;
        }
        let mut end = i + 1;
        let mut value = format!("XXXX-WXX-{d}");
        if let Some(p) = day_part(cx, end) {
            value.push('T');
            value.push_str(p);
            end += 1;
        }
        return core(end, SET, value);
    }
    // "Monday, March 20, 2023": the explicit date wins and the weekday joins its span.
    let mut j = i + 1;
    if cx.punct(j, ",") {
        j += 1;
    }
    if let Lex::Month(m) = cx.lex(j)
        && let Some(c) = month_rule(cx, j, m as i8)
        && c.value.len() == 10
    {
        return core(c.end, DATE, weekday_year(cx, j..c.end, c.value, d));
    }
    // "Tuesday 15 March", "Wednesday, 16 March 2005": the same, day first.
    if cx.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
        && matches!(cx.lex(j + 1), Lex::Month(_))
        && let Some(c) = number_rule(cx, j, false)
        && c.value.len() == 10
    {
        return core(c.end, DATE, weekday_year(cx, j..c.end, c.value, d));
    }
    // "the Sunday Times", "the Mail on Sunday": newspapers.
    if (cx.tok(i + 1).is_some_and(|t| t.shape == Shape::Title)
        && PAPERS.iter().any(|p| cx.s(i + 1) == *p))
        || (cx.is(i.wrapping_sub(1), W::On) && cx.s(i.wrapping_sub(2)) == "Mail")
    {
        return None;
    }
    // "Wednesday's ruling": a day named for what happened on it.
    let possessive = cx
        .tok(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    let date = cx
        .anchor
        .and_then(|a| v::weekday_near(a, d, !possessive && (cx.deadline(i) || cx.future(i))));
    weekday_value(
        cx,
        i + 1,
        date.map(v::day).unwrap_or_else(|| format!("XXXX-WXX-{d}")),
    )
}

/// Whether the month word at `i` is a person's name: inside a person's name the entity stage
/// found, the surname of one ("May's deal" in a story about Theresa May), or a first name
/// before a surname ("April Ryan asked"). A month after "in", "since", "last" or a day, or
/// before a day or a year, stays a month: "talks in May", "5 May", "May 2019".
fn month_is_name(cx: &Cx<'_>, i: usize) -> bool {
    let Some(t) = cx.tok(i) else {
        return false;
    };
    let (start, end) = (t.span.start, t.span.end);
    if cx.people.spans.iter().any(|&(a, b)| a <= start && end <= b) {
        return true;
    }
    let s = t.text(cx.text);
    let surname = cx.people.month_words.contains(&s);
    // "the failure of May's bill"
    if surname
        && cx
            .tok(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Possessive)
    {
        return true;
    }
    let prev = i.wrapping_sub(1);
    // After "the" or a count the month names an event: "the August Games", "the three
    // November Tests".
    let dated = matches!(
        cx.lex(prev),
        Lex::Number
            | Lex::NumWord(_)
            | Lex::Ordinal(_)
            | Lex::Word(
                W::The
                    | W::A
                    | W::These
                    | W::In
                    | W::On
                    | W::Of
                    | W::Since
                    | W::Until
                    | W::From
                    | W::During
                    | W::Before
                    | W::After
                    | W::Last
                    | W::Next
                    | W::This
                    | W::That
                    | W::Early
                    | W::Late
                    | W::Mid
                    | W::Every
                    | W::Each
                    | W::And
                    | W::Or
                    | W::Over
                    | W::For
                    | W::Within
            )
    ) || matches!(cx.lex(i + 1), Lex::Number | Lex::Ordinal(_))
        || cx.punct(i + 1, ".")
        || cx.s(prev) == "-"
        || cx.s(prev).eq_ignore_ascii_case("to");
    if dated {
        return false;
    }
    if surname {
        return true;
    }
    // "April Ryan", "June Carter": a capitalized word that is no time word follows.
    cx.tok(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && n.shape == Shape::Title && cx.lex(i + 1) == Lex::Other
    }) && !matches!(cx.s(i + 1), "Day" | "Eve")
}

/// "the September 11 attacks", "11 September terror": the attacks of 2001, whatever the year
/// of the report (after it).
fn the_attacks(cx: &Cx<'_>, m: i8, d: i8, next: usize) -> Option<String> {
    let attacks = [
        "attack",
        "attacks",
        "terror",
        "terrorist",
        "hijackers",
        "hijackings",
    ];
    (m == 9
        && d == 11
        && cx.anchor_year().is_none_or(|y| y > 2001)
        && attacks.iter().any(|w| cx.s(next).eq_ignore_ascii_case(w)))
    .then(|| "2001-09-11".into())
}

/// Words that make a newspaper's name after a weekday ("the Sunday Telegraph").
const PAPERS: &[&str] = &[
    "Express",
    "Herald",
    "Independent",
    "Mail",
    "Mirror",
    "People",
    "Post",
    "Sport",
    "Telegraph",
    "Times",
    "Tribune",
];

/// The date of "Thursday, 4 November" when the text gives no year: of the years around the
/// anchor's, the one in which that day is a Thursday, if the year chosen from the tense is
/// not.
fn weekday_year(cx: &Cx<'_>, span: std::ops::Range<usize>, value: String, d: i8) -> String {
    let explicit = span.clone().any(|k| cx.year_at(k).is_some());
    let parse = |v: &str| crate::parse_date(v).ok();
    let (Some(date), Some(a)) = (parse(&value), cx.anchor) else {
        return value;
    };
    if explicit || v::weekday_num(date) == d {
        return value;
    }
    let y = i32::from(date.year());
    [y - 1, y + 1]
        .into_iter()
        .filter_map(|y| v::date(y, date.month(), date.day()))
        .filter(|c| v::weekday_num(*c) == d)
        .min_by_key(|c| (c.since(a).ok()).map_or(i64::MAX, |s| i64::from(s.get_days()).abs()))
        .map_or(value, v::day)
}

/// Finishes a day expression with an optional part of the day.
fn weekday_value(cx: &Cx<'_>, end: usize, day: String) -> Option<Core> {
    if let Some(p) = day_part(cx, end) {
        return core(end + 1, TIME, format!("{day}T{p}"));
    }
    core(end, DATE, day)
}

/// Whether the count at `i` opens a range: "two to three", "12 to 18".
fn range_to(cx: &Cx<'_>, i: usize) -> bool {
    matches!(cx.lex(i), Lex::Number | Lex::NumWord(_))
        && cx.s(i + 1) == "to"
        && matches!(cx.lex(i + 2), Lex::Number | Lex::NumWord(_))
        && cx.count(i).is_some()
}

/// The day of "April 24 and 25", "Nov. 2 or 3": a second day of the month just named, which
/// TimeML tags as a date of its own. Returns the day and the month.
fn second_day(cx: &Cx<'_>, i: usize) -> Option<(i8, i8)> {
    if i < 3 || !matches!(cx.w(i - 1), Some(W::And | W::Or)) {
        return None;
    }
    let d = cx.int(i).filter(|d| (1..=31).contains(d))?;
    cx.int(i - 2).filter(|d| (1..=31).contains(d))?;
    // "on April 24 and 25 people": a count, not a day.
    if cx.tok(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Word && t.shape == Shape::Lower && cx.lex(i + 1) == Lex::Other
    }) {
        return None;
    }
    // The month may be abbreviated, its period a token of its own.
    let k = if cx.s(i - 3) == "." {
        i.checked_sub(4)?
    } else {
        i - 3
    };
    match cx.lex(k) {
        Lex::Month(m) => Some((d as i8, m as i8)),
        _ => None,
    }
}

fn number_rule(cx: &Cx<'_>, i: usize, after_the: bool) -> Option<Core> {
    let t = cx.tok(i)?;
    let s = t.text(cx.text);
    let b = s.as_bytes();
    // "April 24 and 25": the year of the day just named.
    if let Some((d, m)) = second_day(cx, i) {
        let y = cx
            .mem
            .date
            .filter(|x| x.month() == m)
            .map(|x| i32::from(x.year()));
        let value = match y.and_then(|y| v::date(y, m, d)) {
            Some(x) => v::day(x),
            None => format!("XXXX-{m:02}-{d:02}"),
        };
        return core(i + 1, DATE, value);
    }
    // 2023-03-13
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        return core(i + 1, DATE, v::day(v::date(y, m, d)?));
    }
    // "9/11" in news is the day of the attacks of 2001.
    if s == "9/11" && cx.anchor_year().is_none_or(|y| y > 2001) {
        return core(i + 1, DATE, "2001-09-11".into());
    }
    // 3/13/2023, 13/3/2023: only when the day cannot be read as a month.
    let sep = if s.matches('/').count() == 2 {
        '/'
    } else {
        '.'
    };
    if s.matches(sep).count() == 2 {
        let mut it = s.split(sep);
        let a: i8 = it.next()?.parse().ok()?;
        let c: i8 = it.next()?.parse().ok()?;
        let ys = it.next()?;
        if ys.len() != 4 {
            return None;
        }
        let y: i32 = ys.parse().ok()?;
        let (m, d) = if a > 12 && c <= 12 {
            (c, a)
        } else if (c > 12 && a <= 12) || a == c {
            (a, c)
        } else {
            return None;
        };
        return core(i + 1, DATE, v::day(v::date(y, m, d)?));
    }
    // Clock times: 10:35, 10:35 a.m., 9 a.m.
    if let Some(c) = clock_rule(cx, i) {
        return Some(c);
    }
    // Day Month [Year]: "13 March 2023".
    if let Some(d) = cx
        .int(i)
        .filter(|d| (1..=31).contains(d) && t.span.len() <= 2)
    {
        let mut j = i + 1;
        if cx.is(j, W::Of) {
            j += 1;
        }
        if let Lex::Month(m) = cx.lex(j)
            && cx
                .tok(j)
                .is_some_and(|t| t.shape == Shape::Title || t.shape == Shape::Upper)
        {
            let m = m as i8;
            let mut k = j + 1;
            if cx.s(j).len() <= 4 && cx.punct(k, ".") && !matches!(cx.s(j), "May" | "June" | "July")
            {
                k += 1;
            }
            if let Some(y) = cx.year_at(k) {
                return core(k + 1, DATE, v::day(v::date(y, m, d as i8)?));
            }
            if let Some(v) = the_attacks(cx, m, d as i8, k) {
                return core(k, DATE, v);
            }
            let value = match cx.anchor {
                Some(a) => v::day(v::date(cx.year_for(a, i, m, Some(d as i8)), m, d as i8)?),
                None => format!("XXXX-{m:02}-{d:02}"),
            };
            return core(k, DATE, value);
        }
    }
    // "the 1988 quarter", "the 1989 period": that year's quarter of the report.
    if let Some(y) = cx.year_at(i)
        && after_the
        && matches!(
            cx.lex(i + 1),
            Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period)
        )
    {
        let value = match cx.mem.quarter {
            Some((_, q)) => format!("{}-Q{q}", v::year(y)),
            None => v::year(y),
        };
        return core_the(i + 2, DATE, value);
    }
    // "the 2012 fiscal year"
    if let Some(y) = cx.year_at(i)
        && cx.is(i + 1, W::Fiscal)
        && matches!(cx.lex(i + 2), Lex::Unit(Unit::Year, false))
    {
        return core_the(i + 3, DATE, v::year(y));
    }
    // "the 2009-2010 season", "1992-93": a span of years written as one token is dated by
    // its first year, as the year alone would be.
    if let Some(y) = year_range(s) {
        return core(i + 1, DATE, v::year(y));
    }
    // Counts of units: "three weeks", "20 years ago".
    if let Some(c) = count_rule(cx, i) {
        return Some(c);
    }
    // A year.
    if let Some(y) = cx.year_at(i) {
        // "the 1990's": a decade.
        if matches!(cx.tok(i + 1), Some(t) if t.kind == TokenKind::Possessive)
            && y % 10 == 0
            && after_the
        {
            return core_the(i + 2, DATE, format!("{:03}", y / 10));
        }
        if !year_context_ok(cx, i, after_the) {
            return None;
        }
        // "1989 third quarter"
        if let Lex::Ordinal(q) = cx.lex(i + 1)
            && let Some(c) = quarter_tail(cx, i + 2, q, Some(y))
        {
            return Some(c);
        }
        // "the 2022 report": the article belongs to the noun, not to the year.
        return core(i + 1, DATE, v::year(y));
    }
    None
}

/// Plural nouns that, after a four-digit number, name that year's figures or events rather
/// than count things ("2012 levels", "1996 elections").
const OF_YEAR: &[&str] = &[
    "levels",
    "figures",
    "elections",
    "results",
    "earnings",
    "sales",
    "lows",
    "highs",
];

/// Whether the four-digit numbers at `i` and `i + 2` are the ends of a range of years:
/// "between", "from", "in", "of" or "since" before the first, "and", "to", "through" or
/// "until" between them, and both modern years in order ("between 1990 and 1995", not
/// "between 1500 and 2000 people").
fn year_range_ends(cx: &Cx<'_>, i: usize) -> bool {
    let modern = |y: Option<i32>| y.filter(|y| (1800..=2099).contains(y));
    let (Some(a), Some(b)) = (modern(cx.year_at(i)), modern(cx.year_at(i + 2))) else {
        return false;
    };
    a < b
        && matches!(cx.s(i + 1), "and" | "to" | "through" | "until")
        && i.checked_sub(1).and_then(|p| cx.tok(p)).is_some_and(|p| {
            matches!(
                p.text(cx.text).to_ascii_lowercase().as_str(),
                "between" | "from" | "in" | "of" | "since"
            )
        })
}

/// Whether a four-digit number reads as a year rather than a quantity ("2000 people").
fn year_context_ok(cx: &Cx<'_>, i: usize, after_the: bool) -> bool {
    let prev = i.checked_sub(1).and_then(|p| cx.tok(p));
    if let Some(p) = prev {
        if p.kind == TokenKind::Symbol {
            return false;
        }
        // "lower than 2012 levels": a noun of a year's figures makes it a year whatever
        // comes before.
        if matches!(cx.lex(i + 1), Lex::Other) && OF_YEAR.contains(&cx.s(i + 1)) {
            return true;
        }
        let ps = p.text(cx.text);
        // "between 1990 and 1995 prices fell", "from 1990 to 1995": the second end of a
        // range of years is a year whatever noun follows it.
        if i >= 2 && year_range_ends(cx, i - 2) {
            return true;
        }
        if matches!(
            ps.to_ascii_lowercase().as_str(),
            "no" | "number"
                | "flight"
                | "route"
                | "page"
                | "room"
                | "than"
                | "some"
                | "about"
                | "nearly"
                | "almost"
                | "over"
                | "under"
                | "only"
                | "just"
                | "around"
                | "model"
                | "version"
                | "windows"
                | "boeing"
                | "airbus"
                | "article"
                | "resolution"
                | "highway"
        ) {
            return false;
        }
    }
    if after_the {
        return true;
    }
    match cx.tok(i + 1) {
        Some(n) if n.kind == TokenKind::Word && n.shape == Shape::Lower => {
            // "between 1500 and 2000 people": the first end of a range of counts counts
            // too, as its second does.
            if matches!(n.text(cx.text), "and" | "to")
                && cx.tok(i + 2).is_some_and(|t| t.span.len() == 4)
                && cx.int(i + 2).is_some()
                && !year_range_ends(cx, i)
                && !year_context_ok(cx, i + 2, false)
            {
                return false;
            }
            let ns = n.text(cx.text);
            if matches!(ns, "percent" | "per" | "pc") {
                return false;
            }
            // A plural noun after the number counts things ("versus" is no plural), and so
            // do the irregular plurals of people.
            let plural =
                ns.len() > 3 && ns.ends_with('s') && !ns.ends_with("ss") && !ns.ends_with("us")
                    || matches!(ns, "people" | "men" | "women" | "children" | "police");
            !plural || OF_YEAR.contains(&ns)
        }
        Some(n) if n.kind == TokenKind::Symbol => false,
        Some(n) if n.kind == TokenKind::Number => false,
        _ => true,
    }
}

/// "10:35 a.m.", "9 p.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9".
fn clock_rule(cx: &Cx<'_>, i: usize) -> Option<Core> {
    let s = cx.s(i);
    // "10pm", "3.30am", "8:15p.m.": the half of the day may be written onto the number.
    let lower = |suffix: &str| {
        s.len() > suffix.len()
            && s.get(s.len() - suffix.len()..)
                .is_some_and(|e| e.eq_ignore_ascii_case(suffix))
    };
    let (s, glued) = match ["am", "a.m.", "pm", "p.m."].iter().find(|x| lower(x)) {
        Some(x) => (s.get(..s.len() - x.len())?, Some(x.starts_with(['p', 'P']))),
        None => (s, None),
    };
    // "3.30" is a clock time only with am or pm: "at 3.30" may be a price.
    let half_named = glued.is_some() || matches!(cx.w(i + 1), Some(W::Am | W::Pm));
    let (h, mi) = match s.split_once([':', '.']) {
        Some((h, m)) => {
            if m.len() != 2 || h.is_empty() || h.len() > 2 || (s.contains('.') && !half_named) {
                return None;
            }
            (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
        }
        // "1400 GMT", "0230 local time": the 24-hour clock of British and wire copy.
        None if s.len() == 4 && glued.is_none() && zone_after(cx, i + 1).is_some() => (
            s.get(..2)?.parse::<u32>().ok()?,
            s.get(2..)?.parse::<u32>().ok()?,
        ),
        None => {
            if s.len() > 2 {
                return None;
            }
            (s.parse::<u32>().ok()?, 0)
        }
    };
    if h > 24 || mi > 59 {
        return None;
    }
    let mut j = i + 1;
    let h = match (glued, cx.w(j)) {
        (Some(false), _) => {
            if h == 12 {
                0
            } else {
                h
            }
        }
        (Some(true), _) => {
            if h == 12 {
                12
            } else {
                h + 12
            }
        }
        (None, Some(W::Am)) => {
            j += 1;
            if h == 12 { 0 } else { h }
        }
        (None, Some(W::Pm)) => {
            j += 1;
            if h == 12 { 12 } else { h + 12 }
        }
        // "1400 GMT", "09:30 GMT": a 24-hour time with its zone.
        _ if zone_after(cx, j).is_some() && (s.len() == 4 || s.contains(':')) => h,
        // "at 4 in the morning", "until 9 in the evening" (not "fell 5 in the afternoon")
        _ if (1..=12).contains(&h)
            && matches!(
                cx.w(i.wrapping_sub(1)),
                Some(W::At | W::Until | W::About | W::Around | W::Before | W::After)
            )
            && cx.is(j, W::In)
            && cx.is(j + 1, W::The)
            && matches!(cx.lex(j + 2), Lex::DayPart(_)) =>
        {
            let Lex::DayPart(p) = cx.lex(j + 2) else {
                return None;
            };
            let morning = p.as_str() == "MO";
            j += 3;
            let d = cx
                .mem
                .date
                .or(cx.anchor)
                .map_or("XXXX-XX-XX".to_string(), v::day);
            let h = match (morning, h) {
                (true, 12) => 0,
                (true, h) => h,
                (false, 12) => 12,
                (false, h) => h + 12,
            };
            return core(j, TIME, format!("{d}T{h:02}:{mi:02}"));
        }
        _ => {
            // "at 10:35" without a.m./p.m.
            if !s.contains(':')
                || !matches!(
                    cx.w(i.wrapping_sub(1)),
                    Some(W::At | W::Until | W::About | W::Around)
                )
            {
                return None;
            }
            h
        }
    };
    if h > 24 || (h == 24 && mi > 0) {
        return None;
    }
    if let Some(e) = zone_after(cx, j) {
        j = e;
    }
    let (end, day) = clock_day(cx, i, j);
    let day = day.unwrap_or_else(|| cx.anchor.map_or("XXXX-XX-XX".to_string(), v::day));
    core(end, TIME, format!("{day}T{h:02}:{mi:02}"))
}

/// The end of a time zone that starts at token `j`: "GMT", "EST", "local time".
fn zone_after(cx: &Cx<'_>, j: usize) -> Option<usize> {
    if matches!(cx.lex(j), Lex::Zone) {
        return Some(j + 1);
    }
    (cx.s(j).eq_ignore_ascii_case("local") && cx.s(j + 1).eq_ignore_ascii_case("time"))
        .then_some(j + 2)
}

/// The day that follows a clock time (which starts at token `start`): "Wednesday", "today",
/// ", Nov. 9".
fn clock_day(cx: &Cx<'_>, start: usize, j: usize) -> (usize, Option<String>) {
    // "10:35 a.m. (0735 GMT) Friday": the day after a short aside dates the time, and
    // stays an expression of its own.
    if cx.punct(j, "(")
        && let Some(close) = (j + 1..j + 5).find(|&k| cx.punct(k, ")"))
        && matches!(cx.lex(close + 1), Lex::Weekday(_, false))
    {
        return (j, clock_day(cx, start, close + 1).1);
    }
    let k = if cx.punct(j, ",") || cx.is(j, W::On) {
        j + 1
    } else {
        j
    };
    match cx.lex(k) {
        Lex::Weekday(d, false) => {
            let date = cx
                .anchor
                .and_then(|a| v::weekday_near(a, d as i8, cx.deadline(start) || cx.future(k)));
            (
                k + 1,
                Some(date.map(v::day).unwrap_or_else(|| format!("XXXX-WXX-{d}"))),
            )
        }
        Lex::Word(W::Today | W::Yesterday | W::Tomorrow) => {
            let c = word_rule(cx, k, cx.w(k).unwrap_or(W::Today), false);
            match c {
                Some(c) => (c.end, Some(c.value)),
                None => (j, None),
            }
        }
        Lex::Month(m) => match month_rule(cx, k, m as i8) {
            Some(c) if c.value.len() == 10 => (c.end, Some(c.value)),
            _ => (j, None),
        },
        _ => (j, None),
    }
}

/// "(N|a|few|several) unit(s) [ago|earlier|later]", "the nine months", "two-year".
fn count_rule(cx: &Cx<'_>, i: usize) -> Option<Core> {
    // "two to three weeks", "12 to 18 months": a range of counts is one length, as TimeML
    // tags it, of no one count ("P3W" becomes "PXW").
    if range_to(cx, i) {
        let c = count_rule(cx, i + 2).filter(|c| c.kind == DURATION)?;
        let Lex::Unit(u, _) = cx.lex(c.end.checked_sub(1)?) else {
            return None;
        };
        return core(c.end, DURATION, duration_value(None, u));
    }
    let (n, mut j) = match cx.lex(i) {
        Lex::Word(W::Few | W::Several | W::Many | W::Some) => (None, i + 1),
        Lex::Word(W::A) if cx.is(i + 1, W::Few) => (None, i + 2),
        // "a couple of years"
        Lex::Word(W::A) if cx.is(i + 1, W::Couple) && cx.is(i + 2, W::Of) => (Some(2.0), i + 3),
        _ => {
            let n = cx.count(i)?;
            let mut j = i + 1;
            if let Lex::NumWord(m) = cx.lex(j)
                && m < 10
                && matches!(cx.lex(i), Lex::NumWord(k) if k >= 20)
            {
                j += 1;
            }
            (Some(f64::from(n)), j)
        }
    };
    let mut n = n;
    // "two more weeks", "an additional year", "eight trading days"
    if cx.is(j, W::More) && !cx.is(j + 1, W::Than) {
        j += 1;
    }
    if cx.is(j, W::Business) && matches!(cx.lex(j + 1), Lex::Unit(Unit::Day, _)) {
        j += 1;
    }
    // "5 1/2 hours", "two and a half years"
    if cx.s(j) == "1/2" {
        n = n.map(|x| x + 0.5);
        j += 1;
    } else if cx.is(j, W::And) && cx.is(j + 1, W::A) && cx.is(j + 2, W::Half) {
        n = n.map(|x| x + 0.5);
        j += 3;
    }
    let Lex::Unit(u, plural) = cx.lex(j) else {
        // "a year and a half" is rare; nothing else starts with a count.
        return None;
    };
    // "two year" without the plural is accepted: it is an adjective ("a two year plan").
    if u == Unit::Weekend {
        return None;
    }
    let mut end = j + 1;
    // "a minute and a half", "an hour and a half"
    if n.is_some() && cx.is(end, W::And) && cx.is(end + 1, W::A) && cx.is(end + 2, W::Half) {
        n = n.map(|x| x + 0.5);
        end += 3;
    }
    // "it will one day be": some day to come.
    if u == Unit::Day
        && !plural
        && cx.s(i).eq_ignore_ascii_case("one")
        && matches!(cx.lex(i.wrapping_sub(1)), Lex::Tense(true) | Lex::Fixture)
    {
        return core(end, DATE, "FUTURE_REF".into());
    }
    // "a quarter of the market" is a share, not three months.
    if u == Unit::Quarter && n == Some(1.0) && cx.is(end, W::Of) && cx.year_at(end + 1).is_none() {
        return None;
    }
    // Ages: "10 years old" and "18 to 24 year olds" are not time expressions.
    if cx.s(end).eq_ignore_ascii_case("old") || cx.s(end).eq_ignore_ascii_case("olds") {
        return None;
    }
    // "ago", "earlier", "later", "before", "from now": a point in time.
    match cx.w(end) {
        Some(W::Ago) => return ago(cx, n, u, -1, end + 1),
        // "three days later", "a week earlier" count from a moment of the story, not from
        // the day of the report: no date is invented, the expression gives the length.
        Some(W::Later) if n.is_some() && !cx.is(end + 1, W::Than) => {
            return core(end + 1, DURATION, duration_value(n, u));
        }
        Some(W::Earlier)
            if n.is_some() && matches!(u, Unit::Day | Unit::Week) && !cx.is(end + 1, W::Than) =>
        {
            return core(end + 1, DURATION, duration_value(n, u));
        }
        // "a year earlier" in a report compares with the same period of the year before.
        Some(W::Earlier) if !cx.is(end + 1, W::Than) => return ago(cx, n, u, -1, end + 1),
        Some(W::From) if cx.is(end + 1, W::Now) => return ago(cx, n, u, 1, end + 2),
        _ => {}
    }
    // Rates: "twice a year", "$5 a day" are sets.
    if cx.is(i, W::A) && n == Some(1.0) {
        let prev = i.checked_sub(1).and_then(|p| cx.tok(p));
        if let Some(p) = prev {
            let ps = p.text(cx.text).to_ascii_lowercase();
            if p.kind == TokenKind::Number
                || p.kind == TokenKind::Symbol
                // "pounds 8.2bn a year", "$1m a week"
                || p.text(cx.text).starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    ps.as_str(),
                    "times"
                        | "twice"
                        | "once"
                        | "percent"
                        | "%"
                        | "million"
                        | "billion"
                        | "cents"
                        | "dollars"
                        | "shares"
                )
            {
                let (l, f, t) = u.duration();
                return core(end, SET, format!("P{}{}{}", if t { "T" } else { "" }, f, l));
            }
        }
    }
    // "a decade" and "three weeks" are durations.
    core_the(end, DURATION, duration_value(n, u))
}

fn duration_value(n: Option<f64>, u: Unit) -> String {
    let (l, f, t) = u.duration();
    let t = if t { "T" } else { "" };
    match n {
        Some(x) if (x * f64::from(f)).fract() == 0.0 => {
            format!("P{t}{}{l}", (x * f64::from(f)) as u64)
        }
        // A half unit is written in the next smaller one, as TimeML has no fractions:
        // "two and a half years" is P2Y6M, "5 1/2 hours" PT5H30M.
        Some(x) => {
            let whole = x.floor() as u64;
            // "half an hour" is PT30M, not PT0H30M.
            let whole_part = if whole == 0 {
                String::new()
            } else {
                format!("{whole}{l}")
            };
            let half = match u {
                Unit::Year => "6M",
                Unit::Month => "15D",
                Unit::Week => "3DT12H",
                Unit::Day => "T12H",
                Unit::Hour => "30M",
                Unit::Minute => "30S",
                _ => "",
            };
            format!("P{t}{whole_part}{half}")
        }
        None => format!("P{t}X{l}"),
    }
}

/// A point `n` units before (`dir` -1) or after (1) the anchor, at the unit's granularity.
fn ago(cx: &Cx<'_>, n: Option<f64>, u: Unit, dir: i32, end: usize) -> Option<Core> {
    // Vague or absurd counts ("several years ago", "a million years ago") name no date.
    let Some(n) = n.filter(|n| *n <= 10_000.0) else {
        return core(
            end,
            DATE,
            if dir < 0 { "PAST_REF" } else { "FUTURE_REF" }.into(),
        );
    };
    let k = (n.floor() as i32) * dir;
    if matches!(u, Unit::Hour | Unit::Minute | Unit::Second) {
        // "an hour later" dates nothing by the day: it is the length of the wait.
        return core(end, DURATION, duration_value(Some(n), u));
    }
    let Some(a) = cx.anchor else {
        let value = match u {
            Unit::Year => "XXXX",
            Unit::Month => "XXXX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            _ => "XXXX-XX-XX",
        };
        return core(end, DATE, value.into());
    };
    let y = i32::from(a.year());
    let value = match u {
        Unit::Year => {
            // In a quarterly report "a year ago" is the same quarter of the year before.
            // But after "the first nine months" the comparison is with that span of the
            // year before, named by its year.
            let months = (end.saturating_sub(20)..end)
                .any(|t| matches!(cx.lex(t), Lex::Unit(Unit::Month, true)));
            if let Some((qy, q)) = cx.mem.quarter.filter(|_| k == -1 && !months) {
                format!("{}-Q{q}", v::year(qy - 1))
            } else {
                v::year(y + k)
            }
        }
        Unit::Quarter => {
            let (qy, q) = v::add_quarters(y, v::quarter_of(a.month()), k);
            format!("{}-Q{q}", v::year(qy))
        }
        Unit::Month => {
            let (yy, m) = v::add_months(y, a.month(), k);
            v::month(yy, m)
        }
        Unit::Week | Unit::Weekend => v::week(v::add_days(a, i64::from(k) * 7)?),
        Unit::Day => v::day(v::add_days(a, i64::from(k))?),
        Unit::Decade => format!("{:03}", (y + k * 10) / 10),
        Unit::Century => format!("{:02}", (y + k * 100) / 100),
        // Handled above.
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    };
    core(end, DATE, value)
}

fn ordinal_rule(cx: &Cx<'_>, i: usize, n: u32) -> Option<Core> {
    let t = cx.tok(i)?;
    // "13th March", "the 13th of March"
    if t.shape == Shape::Alnum && (1..=31).contains(&n) {
        let mut j = i + 1;
        if cx.is(j, W::Of) {
            j += 1;
        }
        if let Lex::Month(m) = cx.lex(j)
            && cx.tok(j).is_some_and(|t| t.shape == Shape::Title)
        {
            let m = m as i8;
            if let Some(y) = cx.year_at(j + 1) {
                return core_the(j + 2, DATE, v::day(v::date(y, m, n as i8)?));
            }
            let value = match cx.anchor {
                Some(a) => v::day(v::date(cx.year_for(a, i, m, Some(n as i8)), m, n as i8)?),
                None => format!("XXXX-{m:02}-{n:02}"),
            };
            return core_the(j + 1, DATE, value);
        }
        // "the 20th century"
        if matches!(cx.lex(i + 1), Lex::Unit(Unit::Century, false)) {
            return core_the(i + 2, DATE, format!("{:02}", n - 1));
        }
    }
    // "the first nine months": a duration.
    if n == 1
        && let Some(c) = count_rule(cx, i + 1)
        && c.kind == DURATION
    {
        return core_the(c.end, DURATION, c.value);
    }
    // "the eighth day of the siege", "the second year of his term", "the first hours of the
    // war": a day, year or stretch counted within an event, which TimeML tags; its date is
    // not given. A date after "of" ("the
    // first week of March") is left to the rules for that date.
    if cx.is(i.wrapping_sub(1), W::The)
        && cx.is(i + 2, W::Of)
        && !is_trigger(cx, i + 3)
        && let Lex::Unit(u, plural) = cx.lex(i + 1)
        && (Unit::Hour..=Unit::Year).contains(&u)
        && !matches!(u, Unit::Weekend | Unit::Quarter)
    {
        // "the first hours of the war": a stretch of them.
        if plural {
            return core_the(i + 2, DURATION, duration_value(None, u));
        }
        let value = match u {
            Unit::Hour => return None,
            Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Month => "XXXX-XX",
            _ => "XXXX",
        };
        return core_the(i + 2, DATE, value.into());
    }
    // "the third quarter", "the first half of 1989", "the fiscal first quarter"
    if n <= 4 {
        return quarter_tail(cx, i + 1, n, None);
    }
    None
}

/// After an ordinal: "quarter [of 1989]" or "half [of 1989]".
fn quarter_tail(cx: &Cx<'_>, j: usize, n: u32, year: Option<i32>) -> Option<Core> {
    // "the first fiscal quarter"
    let j = if cx.is(j, W::Fiscal) { j + 1 } else { j };
    // "the second and fourth quarters": each ordinal names its own quarter, and the plural
    // belongs to both.
    let paired = |k: usize| {
        matches!(cx.lex(k), Lex::Ordinal(m) if m <= 4)
            && matches!(cx.w(k.wrapping_sub(1)), Some(W::And | W::Or))
    };
    if matches!(cx.w(j), Some(W::And | W::Or))
        && paired(j + 1)
        && matches!(cx.lex(j + 2), Lex::Unit(Unit::Quarter, _))
    {
        return core_the(j, SET, format!("XXXX-Q{n}"));
    }
    let (letter, max) = match cx.lex(j) {
        Lex::Unit(Unit::Quarter, false) => ("Q", 4),
        Lex::Unit(Unit::Quarter, true) if paired(j - 1) => ("Q", 4),
        Lex::Word(W::Half) => ("H", 2),
        _ => return None,
    };
    if n > max {
        return None;
    }
    let mut end = j + 1;
    // The plural quarters of a pair recur every year.
    if matches!(cx.lex(j), Lex::Unit(_, true)) {
        return core_the(end, SET, format!("XXXX-Q{n}"));
    }
    let explicit = year_after_of(cx, end);
    // "the second half" of a match is no date: a half without a year is one of a year only
    // in a report on money or the economy.
    if letter == "H" && year.is_none() && explicit.is_none() && !money_context(cx) {
        return None;
    }
    let y = if let Some((e, y)) = explicit {
        end = e;
        Some(y)
    } else {
        year.or_else(|| quarter_year(cx))
    };
    let y = y.map_or("XXXX".into(), v::year);
    core_the(end, DATE, format!("{y}-{letter}{n}"))
}

/// Whether the sentence, or the article so far, is about money or the economy: there a half
/// or a quarter without a year is a part of the year ("profits rose in the first half").
fn money_context(cx: &Cx<'_>) -> bool {
    const MONEY: &[&str] = &[
        "%",
        "borrowing",
        "deficit",
        "dividend",
        "earnings",
        "economy",
        "exports",
        "gdp",
        "growth",
        "imports",
        "income",
        "inflation",
        "loss",
        "losses",
        "output",
        "percent",
        "prices",
        "profit",
        "profits",
        "results",
        "revenue",
        "revenues",
        "sales",
        "turnover",
    ];
    cx.mem.quarter.is_some()
        || cx.toks.iter().any(|t| {
            let w = t.text(cx.text);
            MONEY.iter().any(|m| w.eq_ignore_ascii_case(m))
        })
}

/// The year of a quarter named without one: the year of the quarter last named, or the
/// anchor's.
fn quarter_year(cx: &Cx<'_>) -> Option<i32> {
    cx.anchor_year()
}

/// The quarter a bare "the quarter" or "the latest quarter" refers to: the last one named, or
/// the last one completed before the anchor.
fn context_quarter(cx: &Cx<'_>) -> String {
    if let Some((y, q)) = cx.mem.quarter {
        return format!("{}-Q{q}", v::year(y));
    }
    match cx.anchor {
        Some(a) => {
            let (y, q) = v::add_quarters(i32::from(a.year()), v::quarter_of(a.month()), -1);
            format!("{}-Q{q}", v::year(y))
        }
        None => "XXXX-QX".into(),
    }
}

/// A bare unit: "the year", "the quarter", "the weekend", "years" after "for".
fn unit_rule(cx: &Cx<'_>, i: usize, u: Unit, plural: bool, after_the: bool) -> Option<Core> {
    let end = i + 1;
    // "the day after his death", "in the weeks before the vote": a day or a stretch placed
    // by an event the sentence names. TimeML tags "the day" and leaves "before" a signal.
    // The event's date is most likely the story's last date: the day is one off it (or
    // that date itself after a comma: "Oct. 12, the day before the crash"), and a stretch
    // lies in its month. "in the day" alone is daytime ("later in the day before flying
    // home"), not this.
    // "the day before yesterday", "the day after tomorrow": two days off the story's day.
    if after_the
        && u == Unit::Day
        && !plural
        && let Some(dir) = match (cx.w(end), cx.w(end + 1)) {
            (Some(W::Before), Some(W::Yesterday)) => Some(-2),
            (Some(W::After), Some(W::Tomorrow)) => Some(2),
            _ => None,
        }
    {
        let value = cx
            .anchor
            .and_then(|a| v::add_days(a, dir))
            .map_or("XXXX-XX-XX".into(), v::day);
        return core_the(end + 2, DATE, value);
    }
    if after_the
        && matches!(u, Unit::Day | Unit::Week | Unit::Month)
        && matches!(cx.w(end), Some(W::Before | W::After | W::Following))
        && cx.tok(end + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && matches!(cx.lex(end + 1), Lex::Other | Lex::Word(W::The | W::A))
        })
        && (plural || u != Unit::Day || !cx.is(i.wrapping_sub(2), W::In))
    {
        let value = match (u, plural) {
            (Unit::Day, false) => {
                let appositive = cx.s(i.wrapping_sub(2)) == ","
                    && matches!(cx.lex(i.wrapping_sub(3)), Lex::Number | Lex::Month(_));
                let dir = match cx.w(end) {
                    _ if appositive => 0,
                    Some(W::Before) => -1,
                    _ => 1,
                };
                cx.mem
                    .date
                    .and_then(|d| v::add_days(d, dir))
                    .map_or("XXXX-XX-XX".into(), v::day)
            }
            (_, true) => cx
                .mem
                .month
                .map_or("XXXX-XX".into(), |(y, m)| v::month(y, m)),
            (Unit::Week, false) => "XXXX-WXX".into(),
            _ => "XXXX-XX".into(),
        };
        return core_the(end, DATE, value);
    }
    if plural {
        // "for years", "over decades": an unspecified duration.
        let prev = cx.w(i.wrapping_sub(1));
        if matches!(prev, Some(W::For | W::Over | W::Within))
            && u >= Unit::Minute
            && u != Unit::Weekend
        {
            return core(end, DURATION, duration_value(None, u));
        }
        // "after days of talks", "weeks of fighting", "the strike lasted months": a bare
        // plural that measures how long something went on, as TimeML tags it.
        if u >= Unit::Minute && u != Unit::Weekend && bare_length(cx, i) {
            return core(end, DURATION, duration_value(None, u));
        }
        // "just months ago", "Years ago, ...": a vague count back from now, as "several
        // years ago" is.
        if u >= Unit::Day && u != Unit::Weekend && cx.is(end, W::Ago) && prev != Some(W::The) {
            return ago(cx, None, u, -1, end + 1);
        }
        // "in the weeks ahead"
        if prev == Some(W::The) && cx.s(end).eq_ignore_ascii_case("ahead") && u >= Unit::Day {
            return core_the(end + 1, DURATION, duration_value(None, u));
        }
        // "the first time in years", "not in decades", "over the years"
        if (u == Unit::Year || (u >= Unit::Week && u != Unit::Quarter && prev == Some(W::In)))
            && (prev == Some(W::In)
                || (prev == Some(W::The)
                    && matches!(
                        cx.w(i.wrapping_sub(2)),
                        Some(W::Over | W::In | W::During | W::For)
                    )))
        {
            return core_the(end, DURATION, duration_value(None, u));
        }
        return None;
    }
    // "by year end", "before year's end"
    if u == Unit::Year {
        let e = if cx.tok(end).is_some_and(|t| t.kind == TokenKind::Possessive) {
            end + 1
        } else {
            end
        };
        if cx.is(e, W::End) && !cx.is(e + 1, W::Of) {
            let y = cx.anchor_year().map_or("XXXX".into(), v::year);
            return core_the(e + 1, DATE, y);
        }
    }
    if !after_the {
        return None;
    }
    // "the year before", "the day after": counted from the story's last date, as "the
    // following day" is. In "the day before the vote" the day counts from an event, and
    // the rules below take "the day" alone.
    if let Some(dir) = match cx.w(end) {
        Some(W::Before) => Some(-1),
        Some(W::After) => Some(1),
        _ => None,
    } && matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
        && cx.tok(end + 1).is_none_or(|t| t.kind == TokenKind::Punct)
    {
        let value = match u {
            Unit::Year => cx.mem.year.or(cx.anchor_year()).map(|y| v::year(y + dir)),
            Unit::Month => cx
                .mem
                .month
                .or_else(|| cx.anchor.map(|a| (i32::from(a.year()), a.month())))
                .map(|(y, m)| {
                    let (y, m) = v::add_months(y, m, dir);
                    v::month(y, m)
                }),
            Unit::Week => cx
                .mem
                .date
                .or(cx.anchor)
                .and_then(|d| v::add_days(d, i64::from(dir) * 7))
                .map(v::week),
            _ => cx
                .mem
                .date
                .or(cx.anchor)
                .and_then(|d| v::add_days(d, i64::from(dir)))
                .map(v::day),
        };
        return core_the(end + 1, DATE, value?);
    }
    let a = cx.anchor;
    match u {
        Unit::Weekend => {
            let v = a.and_then(|a| {
                let wd = v::weekday_num(a);
                let past = !cx.future(i);
                let d = if past && wd < 6 {
                    v::add_days(a, -7)?
                } else {
                    a
                };
                Some(format!("{}-WE", v::week(d)))
            });
            core_the(end, DATE, v.unwrap_or_else(|| "XXXX-WXX-WE".into()))
        }
        Unit::Quarter => {
            // "the quarter ended Sept. 30": the calendar quarter of that day.
            if matches!(cx.s(end), "ended" | "ending")
                && let Lex::Month(m) = cx.lex(end + 1)
                && let Some(c) = month_rule(cx, end + 1, m as i8)
                && let Some(y) = c.value.get(..4)
            {
                return core_the(end, DATE, format!("{y}-Q{}", v::quarter_of(m as i8)));
            }
            // "the quarter a year ago": the report's quarter, a year before.
            if cx.is(end, W::A)
                && matches!(cx.lex(end + 1), Lex::Unit(Unit::Year, false))
                && matches!(cx.w(end + 2), Some(W::Ago | W::Earlier))
                && let Some((y, q)) = cx.mem.quarter
            {
                return core_the(end + 3, DATE, format!("{}-Q{q}", v::year(y - 1)));
            }
            core_the(end, DATE, context_quarter(cx))
        }
        Unit::Year => {
            if let Some(y) = cx.year_at(end) {
                return core_the(end + 1, DATE, v::year(y));
            }
            if let Some((e, y)) = year_in_words(cx, end) {
                return core_the(e, DATE, v::year(y));
            }
            if year_is_span(cx, i, end) {
                return core_the(end, DURATION, "P1Y".into());
            }
            core_the(
                end,
                DATE,
                a.map_or("XXXX".into(), |a| v::year(a.year().into())),
            )
        }
        Unit::Month => {
            if cx.is(end, W::Of) || cx.is(end, W::Before) || cx.is(end, W::After) {
                return None;
            }
            core_the(
                end,
                DATE,
                a.map_or("XXXX-XX".into(), |a| v::month(a.year().into(), a.month())),
            )
        }
        Unit::Week => {
            // "the week of March 6": the week holding that day.
            if cx.is(end, W::Of)
                && let Lex::Month(m) = cx.lex(end + 1)
                && let Some(c) = month_rule(cx, end + 1, m as i8)
                && let (Some(y), Some(mo), Some(d)) = (
                    c.value.get(..4).and_then(|s| s.parse::<i32>().ok()),
                    c.value.get(5..7).and_then(|s| s.parse::<i8>().ok()),
                    c.value.get(8..10).and_then(|s| s.parse::<i8>().ok()),
                )
                && let Some(date) = v::date(y, mo, d)
            {
                return core_the(c.end, DATE, v::week(date));
            }
            if cx.is(end, W::Of) || cx.is(end, W::Before) || cx.is(end, W::After) {
                return None;
            }
            core_the(end, DATE, a.map_or("XXXX-WXX".into(), v::week))
        }
        _ => None,
    }
}

/// Verbs of lasting and spending that take a bare length as object: "lasted weeks", "took
/// years", "waited hours".
const LENGTH_VERBS: &[&str] = &[
    "last", "lasted", "lasting", "lasts", "spend", "spending", "spends", "spent", "take", "takes",
    "taken", "taking", "took", "wait", "waited", "waiting", "waits",
];

/// Whether the bare plural unit at `i` is a length in its own right: "after days of talks",
/// "Weeks of fighting", "the strike lasted months". A determiner or count before it ("the
/// days of", "two weeks of") is left to the other rules, and "of" must lead to a word
/// rather than a date ("months of 2019").
fn bare_length(cx: &Cx<'_>, i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| cx.s(p).to_ascii_lowercase());
    let prev = prev.as_deref();
    if prev.is_some_and(|p| LENGTH_VERBS.contains(&p)) {
        return !cx.is(i + 1, W::Of) && !cx.is(i + 1, W::Ago);
    }
    let opens = match prev {
        None => true,
        Some(p) => matches!(
            p,
            "after"
                | "before"
                | "following"
                | "despite"
                | "amid"
                | "through"
                | "ending"
                | "end"
                | ","
                | ";"
                | ":"
                | "("
                | "--"
                | "_"
        ),
    };
    // "Minutes later, ...", "Hours after the blast, ...": a clause opening with a length.
    let clause_start = prev.is_none_or(|p| matches!(p, "," | ";" | ":" | "--" | "_"));
    if clause_start
        && matches!(
            cx.w(i + 1),
            Some(W::Later | W::Earlier | W::After | W::Before)
        )
    {
        return true;
    }
    opens
        && cx.is(i + 1, W::Of)
        && cx.tok(i + 2).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.shape == Shape::Lower
                && matches!(cx.lex(i + 2), Lex::Other)
        })
}

/// Whether "daily", "weekly" or "monthly" at `i` names a newspaper or magazine: written
/// with a capital inside a sentence ("the Daily Mail"), or followed by a name ("the
/// Communist Party daily Granma").
fn names_paper(cx: &Cx<'_>, i: usize) -> bool {
    let capital = |k: usize| cx.tok(k).is_some_and(|t| t.shape != Shape::Lower);
    (i > 0 && capital(i))
        || (capital(i + 1)
            && cx.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && matches!(cx.lex(i + 1), Lex::Other))
}

/// Whether `noun`, after "today's", names an occasion of the day ("today's vote", "today's
/// edition") rather than the present age ("today's teenagers").
fn is_occasion(noun: &str) -> bool {
    const OCCASIONS: &[&str] = &[
        "agenda",
        "announcement",
        "auction",
        "ballot",
        "briefing",
        "broadcast",
        "ceremony",
        "clash",
        "close",
        "column",
        "conference",
        "deadline",
        "debate",
        "decision",
        "draw",
        "edition",
        "editions",
        "election",
        "episode",
        "event",
        "events",
        "final",
        "forecast",
        "funeral",
        "game",
        "guest",
        "guests",
        "hearing",
        "headlines",
        "issue",
        "judgement",
        "judgment",
        "launch",
        "lesson",
        "match",
        "meeting",
        "news",
        "newspaper",
        "newspapers",
        "opening",
        "paper",
        "papers",
        "poll",
        "programme",
        "program",
        "protest",
        "puzzle",
        "question",
        "quiz",
        "race",
        "rally",
        "referendum",
        "release",
        "report",
        "round",
        "ruling",
        "sale",
        "schedule",
        "service",
        "session",
        "show",
        "speech",
        "statement",
        "strike",
        "summit",
        "talks",
        "topic",
        "trading",
        "verdict",
        "visit",
        "vote",
        "weather",
    ];
    OCCASIONS.iter().any(|o| noun.eq_ignore_ascii_case(o))
}

/// Deictic words and "this/last/next + unit".
fn word_rule(cx: &Cx<'_>, i: usize, w: W, after_the: bool) -> Option<Core> {
    let a = cx.anchor;
    let dayv = |d: Option<Date>| d.map_or("XXXX-XX-XX".to_string(), v::day);
    let end = i + 1;
    match w {
        // "USA Today", "the Today programme": a capitalized "Today" after a name, a
        // possessive or "the" inside a sentence is a title.
        W::Today
            if i > 0
                && cx.tok(i).is_some_and(|t| t.shape != Shape::Lower)
                && (cx.is(i - 1, W::The)
                    || cx.tok(i - 1).is_some_and(|t| {
                        // "USA Today", "Radio 4's Today"
                        (t.kind == TokenKind::Word && t.shape != Shape::Lower)
                            || t.kind == TokenKind::Possessive
                    })) =>
        {
            None
        }
        // "today's consumers", "today's world" mean the present age, not the day: only an
        // occasion of the day ("today's vote") dates something.
        W::Today
            if cx.tok(end).is_some_and(|t| t.kind == TokenKind::Possessive)
                && !is_occasion(cx.s(end + 1))
                && !is_occasion(cx.s(end + 2)) =>
        {
            None
        }
        W::Today => weekday_value(cx, end, dayv(a)),
        W::Yesterday => weekday_value(cx, end, dayv(a.and_then(|a| v::add_days(a, -1)))),
        W::Tomorrow => weekday_value(cx, end, dayv(a.and_then(|a| v::add_days(a, 1)))),
        // "the Tonight Show"
        W::Tonight
            if i > 0
                && cx.is(i - 1, W::The)
                && cx.tok(i).is_some_and(|t| t.shape != Shape::Lower) =>
        {
            None
        }
        W::Tonight => core(end, TIME, format!("{}TNI", dayv(a))),
        W::Now => core(end, DATE, "PRESENT_REF".into()),
        W::Currently | W::Nowadays => core(end, DATE, "PRESENT_REF".into()),
        W::Recently | W::Lately => core(end, DATE, "PAST_REF".into()),
        W::Recent => {
            // "recent years", "recent weeks"
            if let Lex::Unit(u, true) = cx.lex(end)
                && u >= Unit::Day
            {
                return core(end + 1, DURATION, duration_value(None, u));
            }
            None
        }
        W::Current => {
            // "the current quarter" is the anchor's, not the one a report is about.
            if let Lex::Unit(u, false) = cx.lex(end) {
                let fresh = Cx {
                    mem: Memory::default(),
                    ..*cx
                };
                return relative_unit(&fresh, end, u, 0);
            }
            if cx.is(end, W::Fiscal) && matches!(cx.lex(end + 1), Lex::Unit(Unit::Year, false)) {
                return core_the(
                    end + 2,
                    DATE,
                    cx.anchor_year().map_or("XXXX".into(), v::year),
                );
            }
            // "the then current price": the present of a past moment.
            if cx.s(i.wrapping_sub(1)).eq_ignore_ascii_case("then") {
                return core(end, DATE, "PAST_REF".into());
            }
            core(end, DATE, "PRESENT_REF".into())
        }
        W::Full | W::Whole | W::Entire
            if after_the && matches!(cx.lex(end), Lex::Unit(Unit::Year, false)) =>
        {
            core_the(
                end + 1,
                DATE,
                cx.anchor_year().map_or("XXXX".into(), v::year),
            )
        }
        W::Fiscal if after_the && matches!(cx.lex(end), Lex::Unit(Unit::Year, false)) => {
            if let Some(y) = cx.year_at(end + 1) {
                return core_the(end + 2, DATE, v::year(y));
            }
            if year_is_span(cx, i, end + 1) {
                return core_the(end + 1, DURATION, "P1Y".into());
            }
            core_the(
                end + 1,
                DATE,
                cx.anchor_year().map_or("XXXX".into(), v::year),
            )
        }
        W::Coming if matches!(cx.lex(end), Lex::Unit(u, true) if u >= Unit::Day) => {
            let Lex::Unit(u, _) = cx.lex(end) else {
                return None;
            };
            core_the(end + 1, DURATION, duration_value(None, u))
        }
        W::Near | W::Short | W::Long if after_the && cx.is(end, W::Term) => {
            core_the(end + 1, DATE, "FUTURE_REF".into())
        }
        W::These if matches!(cx.lex(end), Lex::Unit(Unit::Day, true)) => {
            core(end + 1, DATE, "PRESENT_REF".into())
        }
        W::Overnight => core(
            end,
            TIME,
            format!("{}TNI", dayv(a.and_then(|a| v::add_days(a, -1)))),
        ),
        W::Future => {
            // "Forum for the Future", "Back to the Future": a capital makes it a name's word.
            let lower = cx.tok(i).is_some_and(|t| t.shape == Shape::Lower);
            if lower && (after_the || cx.s(i.wrapping_sub(1)).eq_ignore_ascii_case("near")) {
                return core_the(end, DATE, "FUTURE_REF".into());
            }
            None
        }
        W::Present
            if after_the
                && !cx
                    .tok(end)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower) =>
        {
            core_the(end, DATE, "PRESENT_REF".into())
        }
        W::Past => {
            // "the past five years", "the past year", "the past"
            if let Some(c) = past_span(cx, end, after_the) {
                return Some(c);
            }
            // "in past years", "over the past decades": a vague length, as "in recent
            // years".
            if let Lex::Unit(u, true) = cx.lex(end)
                && u >= Unit::Day
                && u != Unit::Weekend
            {
                return core_the(end + 1, DURATION, duration_value(None, u));
            }
            if after_the
                && !matches!(cx.lex(end), Lex::Unit(..) | Lex::Number | Lex::NumWord(_))
                && !cx.tok(end).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && t.shape == Shape::Lower
                        && !matches!(cx.lex(end), Lex::Word(_))
                })
            {
                return core_the(end, DATE, "PAST_REF".into());
            }
            // "this past spring"
            None
        }
        W::This
        | W::Last
        | W::Next
        | W::Coming
        | W::Previous
        | W::Following
        | W::Latest
        | W::That
        | W::Same
        | W::Early
        | W::Late => {
            let dir = match w {
                W::Last | W::Previous => -1,
                W::Next | W::Coming | W::Following => 1,
                _ => 0,
            };
            let mut j = end;
            // "Following Monday's debate, ...": without "the", "following" is a preposition.
            if w == W::Following && !after_the && !cx.is(i.wrapping_sub(1), W::The) {
                return None;
            }
            // "this past spring"
            if w == W::This && cx.is(j, W::Past) {
                j += 1;
                return relative_target(cx, j, -1);
            }
            // "the last half of 1989": the second half.
            if w == W::Last && cx.is(j, W::Half) {
                return quarter_tail(cx, j, 2, None);
            }
            // "the last weekend of the festival", "the first week of a trial": the final one
            // of something, not the one before this.
            if (after_the || cx.is(i.wrapping_sub(1), W::The))
                && w == W::Last
                && matches!(cx.lex(j), Lex::Unit(u, false) if u <= Unit::Month && u >= Unit::Day)
                && cx.is(j + 1, W::Of)
            {
                return None;
            }
            if matches!(
                w,
                W::Last | W::Next | W::Previous | W::Coming | W::Following | W::Latest
            ) && let Some(c) = past_span(cx, j, after_the && w == W::Last)
            {
                return Some(c);
            }
            // "over the next decade", "the coming century": a span from now, as TimeML reads
            // "the past decade"; a decade by its digits is "the 1990s".
            if after_the
                && matches!(w, W::Next | W::Coming)
                && let Lex::Unit(u @ (Unit::Decade | Unit::Century), false) = cx.lex(j)
            {
                return core_the(j + 1, DURATION, duration_value(Some(1.0), u));
            }
            if w == W::Latest {
                return match cx.lex(j) {
                    Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period) => {
                        core_the(j + 1, DATE, context_quarter(cx))
                    }
                    Lex::Word(W::Fiscal)
                        if matches!(cx.lex(j + 1), Lex::Unit(Unit::Year, false)) =>
                    {
                        core_the(
                            j + 2,
                            DATE,
                            a.map_or("XXXX".into(), |a| v::year(i32::from(a.year()) - 1)),
                        )
                    }
                    _ => None,
                };
            }
            if matches!(w, W::That | W::Same) {
                if w == W::That && after_the {
                    return None;
                }
                // "at that time," as "at the time,".
                if w == W::That
                    && cx.is(j, W::Time)
                    && cx.is(i.wrapping_sub(1), W::At)
                    && cx
                        .tok(j + 1)
                        .is_none_or(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Quote))
                {
                    return core(j + 1, DATE, "PAST_REF".into());
                }
                // "during that time", "since that time": the stretch or moment the story
                // spoke of, as "at that time" is.
                if w == W::That
                    && cx.is(j, W::Time)
                    && matches!(
                        cx.w(i.wrapping_sub(1)),
                        Some(W::During | W::Since | W::Until)
                    )
                {
                    return core(j + 1, DATE, "PAST_REF".into());
                }
                // "that same day" is "that day".
                let j = if w == W::That && cx.is(j, W::Same) {
                    j + 1
                } else {
                    j
                };
                // "that day", "that quarter": the last one the story named, if it named one.
                return match cx.lex(j) {
                    Lex::Unit(Unit::Day, false) => cx
                        .mem
                        .date
                        .map(v::day)
                        .and_then(|d| core_the(j + 1, DATE, d)),
                    Lex::Unit(Unit::Week, false) => cx
                        .mem
                        .date
                        .map(v::week)
                        .and_then(|d| core_the(j + 1, DATE, d)),
                    Lex::Unit(Unit::Month, false) => cx
                        .mem
                        .month
                        .map(|(y, m)| v::month(y, m))
                        .and_then(|d| core_the(j + 1, DATE, d)),
                    Lex::Unit(Unit::Quarter, false) => cx
                        .mem
                        .quarter
                        .map(|(y, q)| format!("{}-Q{q}", v::year(y)))
                        .and_then(|d| core_the(j + 1, DATE, d)),
                    Lex::Unit(Unit::Year, false) => cx
                        .mem
                        .year
                        .map(v::year)
                        .and_then(|d| core_the(j + 1, DATE, d)),
                    _ => None,
                };
            }
            if matches!(w, W::Early | W::Late) {
                return None;
            }
            // "the next morning", "the following year", "the previous Friday" count from the
            // story's last date, not from the day of publication as "next week" does.
            if after_the
                && matches!(w, W::Next | W::Following | W::Previous)
                && let Lex::Unit(Unit::Year, false) = cx.lex(j)
                && let Some(y) = cx.mem.year
            {
                return core_the(j + 1, DATE, v::year(y + dir));
            }
            if after_the
                && matches!(w, W::Next | W::Following | W::Previous)
                && let Lex::Unit(Unit::Month, false) = cx.lex(j)
                && let Some((y, m)) = cx.mem.month
            {
                let (y, m) = v::add_months(y, m, dir);
                return core_the(j + 1, DATE, v::month(y, m));
            }
            if after_the
                && matches!(w, W::Next | W::Following | W::Previous)
                && let Some(d) = cx.mem.date
            {
                let story = Cx {
                    anchor: Some(d),
                    ..*cx
                };
                return relative_target(&story, j, dir);
            }
            relative_target(cx, j, dir)
        }
        W::Every | W::Each => {
            let j = end;
            match cx.lex(j) {
                Lex::Unit(u, false) => {
                    let (l, f, t) = u.duration();
                    core(j + 1, SET, format!("P{}{f}{l}", if t { "T" } else { "" }))
                }
                Lex::Weekday(d, _) => {
                    let mut value = format!("XXXX-WXX-{d}");
                    let mut e = j + 1;
                    if let Some(p) = day_part(cx, e) {
                        value.push('T');
                        value.push_str(p);
                        e += 1;
                    }
                    core(e, SET, value)
                }
                Lex::Month(m) if cx.tok(j).is_some_and(|t| t.shape == Shape::Title) => {
                    core(j + 1, SET, format!("XXXX-{m:02}"))
                }
                Lex::Season(s) => core(j + 1, SET, format!("XXXX-{}", s.as_str())),
                Lex::DayPart(p) => core(j + 1, SET, format!("XXXX-XX-XXT{}", p.as_str())),
                _ => None,
            }
        }
        W::Per => match cx.lex(end) {
            Lex::Unit(u, false) if u >= Unit::Day => {
                let (l, f, t) = u.duration();
                core(end + 1, SET, format!("P{}{f}{l}", if t { "T" } else { "" }))
            }
            _ => None,
        },
        // "the state daily Granma", "the Daily Mail": a newspaper, not a frequency.
        W::Daily | W::Weekly | W::Monthly if names_paper(cx, i) => None,
        W::Daily => core(end, SET, "P1D".into()),
        W::Weekly => core(end, SET, "P1W".into()),
        W::Monthly => core(end, SET, "P1M".into()),
        W::Annually | W::Yearly => {
            if cx.s(i).eq_ignore_ascii_case("annual") {
                return None;
            }
            core(end, SET, "P1Y".into())
        }
        W::Hourly => core(end, SET, "PT1H".into()),
        // "high noon" is a showdown, not a time of day.
        W::Noon if cx.s(i.wrapping_sub(1)).eq_ignore_ascii_case("high") => None,
        W::Noon | W::Midnight | W::Midday => {
            let h = if w == W::Midnight { 24 } else { 12 };
            let (e, day) = clock_day(cx, i, end);
            let day = day.unwrap_or_else(|| dayv(a));
            core(e, TIME, format!("{day}T{h:02}:00"))
        }
        W::YearAgo => {
            // "the year-earlier third quarter"
            if let Lex::Ordinal(n) = cx.lex(end)
                && let Some(c) = quarter_tail(cx, end + 1, n, cx.anchor_year().map(|y| y - 1))
            {
                return Some(c);
            }
            let mut e = end;
            let q = matches!(
                cx.lex(e),
                Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period)
            );
            if matches!(
                cx.lex(e),
                Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period)
            ) && after_the
            {
                e += 1;
            }
            // As with "a year earlier": after "nine months" the year before is meant.
            let months = (i.saturating_sub(20)..i)
                .any(|t| matches!(cx.lex(t), Lex::Unit(Unit::Month, true)));
            let value = match (cx.mem.quarter.filter(|_| !months), a) {
                (Some((y, qn)), _) => format!("{}-Q{qn}", v::year(y - 1)),
                (None, Some(a)) if q => {
                    let (y, qn) =
                        v::add_quarters(i32::from(a.year()), v::quarter_of(a.month()), -1);
                    format!("{}-Q{qn}", v::year(y - 1))
                }
                (None, Some(a)) => v::year(i32::from(a.year()) - 1),
                (None, None) => "XXXX".into(),
            };
            if e > end {
                core_the(e, DATE, value)
            } else {
                core(e, DATE, value)
            }
        }
        W::YearEnd => core_the(
            end,
            DATE,
            a.map_or("XXXX".into(), |a| v::year(a.year().into())),
        ),
        W::Fiscal => {
            // "fiscal 1989", "fiscal year 1990"
            let mut j = end;
            if matches!(cx.lex(j), Lex::Unit(Unit::Year, false)) {
                j += 1;
            }
            cx.year_at(j)
                .and_then(|y| core_the(j + 1, DATE, v::year(y)))
        }
        // "at the time": the past moment the story tells of. Before a clause ("at the time
        // the bridge fell") or "of" the moment is an event's, and it is left alone.
        W::Time
            if after_the
                && cx.is(i.wrapping_sub(2), W::At)
                && cx
                    .tok(end)
                    .is_none_or(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Quote)) =>
        {
            core_the(end, DATE, "PAST_REF".into())
        }
        W::Once => None,
        _ => None,
    }
}

/// "past/last/next [few|N] units": a duration reaching back or forward from the anchor.
/// `the_past` allows one unit without a count ("the past year", "the last decade").
fn past_span(cx: &Cx<'_>, j: usize, the_past: bool) -> Option<Core> {
    let (n, k) = match cx.lex(j) {
        Lex::Word(W::Few | W::Several | W::Many) => (None, j + 1),
        // "the next couple of years"
        Lex::Word(W::Couple) if cx.is(j + 1, W::Of) => (Some(2.0), j + 2),
        // "the next 12 to 18 months": the range is one span.
        Lex::NumWord(_) | Lex::Number if range_to(cx, j) => {
            let c = count_rule(cx, j)?;
            return core_the(c.end, DURATION, c.value);
        }
        Lex::NumWord(_) | Lex::Number => {
            let n = cx.count(j)?;
            let mut k = j + 1;
            if let Lex::NumWord(m) = cx.lex(k)
                && m < 10
                && matches!(cx.lex(j), Lex::NumWord(x) if x >= 20)
            {
                k += 1;
            }
            (Some(f64::from(n)), k)
        }
        Lex::Unit(u, false) if the_past => {
            // "the past year" names last year; "the past week" and "the past decade" are spans.
            let a = cx.anchor;
            return match u {
                Unit::Year => core_the(
                    j + 1,
                    DATE,
                    a.map_or("XXXX".into(), |a| v::year(i32::from(a.year()) - 1)),
                ),
                Unit::Month => core_the(
                    j + 1,
                    DATE,
                    a.map_or("XXXX-XX".into(), |a| {
                        let (y, m) = v::add_months(a.year().into(), a.month(), -1);
                        v::month(y, m)
                    }),
                ),
                Unit::Decade | Unit::Century | Unit::Week | Unit::Day | Unit::Hour => {
                    core_the(j + 1, DURATION, duration_value(Some(1.0), u))
                }
                _ => None,
            };
        }
        _ => return None,
    };
    let Lex::Unit(u, true) = cx.lex(k) else {
        return None;
    };
    core_the(k + 1, DURATION, duration_value(n, u))
}

/// The thing after "this/last/next": a unit, month, weekday, season or part of day.
fn relative_target(cx: &Cx<'_>, j: usize, dir: i32) -> Option<Core> {
    let a = cx.anchor;
    // "this fiscal year", "next fiscal quarter": the anchor's, as without "fiscal".
    if cx.is(j, W::Fiscal)
        && let Lex::Unit(u @ (Unit::Year | Unit::Quarter), false) = cx.lex(j + 1)
    {
        return relative_unit(cx, j + 1, u, dir);
    }
    match cx.lex(j) {
        Lex::Unit(u, false) => relative_unit(cx, j, u, dir),
        Lex::Weekday(d, false) => {
            // "next Thursday, 4 November": the date the text gives wins.
            if let Some(c) = weekday_rule(cx, j, d as i8, false)
                && c.value.len() == 10
                && c.end > j + 2
            {
                return Some(c);
            }
            let date = a.and_then(|a| {
                if dir == 0 {
                    // "this Monday": the one in the anchor's week.
                    v::add_days(a, i64::from(d as i8 - v::weekday_num(a)))
                } else {
                    v::weekday_strict(a, d as i8, dir > 0)
                }
            });
            weekday_value(
                cx,
                j + 1,
                date.map(v::day).unwrap_or_else(|| format!("XXXX-WXX-{d}")),
            )
        }
        Lex::Month(m) if cx.tok(j).is_some_and(|t| t.shape == Shape::Title) => {
            let m = m as i8;
            // "last Oct. 23": the day itself, in the year the direction gives.
            if let Some(c) = month_rule(cx, j, m)
                && c.value.len() == 10
                && dir != 0
                && let (Some(a), Some(d)) = (a, c.value.get(8..10).and_then(|d| d.parse().ok()))
            {
                let ay = i32::from(a.year());
                let this = v::date(ay, m, d)?;
                let y = match (dir < 0, this < a) {
                    (true, true) | (false, false) => ay,
                    (true, false) => ay - 1,
                    (false, true) => ay + 1,
                };
                return core(c.end, DATE, v::day(v::date(y, m, d)?));
            }
            let value = match a {
                Some(a) => {
                    let ay = i32::from(a.year());
                    let am = a.month();
                    let y = match dir {
                        d if d < 0 => {
                            if m < am {
                                ay
                            } else {
                                ay - 1
                            }
                        }
                        d if d > 0 => {
                            if m > am {
                                ay
                            } else {
                                ay + 1
                            }
                        }
                        _ => ay,
                    };
                    v::month(y, m)
                }
                None => format!("XXXX-{m:02}"),
            };
            core(j + 1, DATE, value)
        }
        Lex::Season(s) => {
            let s = s.as_str();
            let y = a.map_or("XXXX".into(), |a| v::year(v::season_year(a, s, dir)));
            core(j + 1, DATE, format!("{y}-{s}"))
        }
        Lex::DayPart(p) => {
            let p = p.as_str();
            let d = match (dir, p) {
                (-1, "NI") | (-1, "EV") => a.and_then(|a| v::add_days(a, -1)),
                (1, _) => a.and_then(|a| v::add_days(a, 1)),
                _ => a,
            };
            core(
                j + 1,
                TIME,
                format!("{}T{p}", d.map_or("XXXX-XX-XX".into(), v::day)),
            )
        }
        _ => None,
    }
}

fn relative_unit(cx: &Cx<'_>, j: usize, u: Unit, dir: i32) -> Option<Core> {
    let a = cx.anchor;
    let end = j + 1;
    // "last year's quarter", "the same period last year": the quarter the report is about,
    // a year before.
    if let (Unit::Year, -1, Some((y, q))) = (u, dir, cx.mem.quarter) {
        let period = |k: usize| {
            matches!(
                cx.lex(k),
                Lex::Unit(Unit::Quarter, false) | Lex::Word(W::Period)
            )
        };
        let value = format!("{}-Q{q}", v::year(y - 1));
        if cx.tok(end).is_some_and(|t| t.kind == TokenKind::Possessive) && period(end + 1) {
            return core_the(end + 2, DATE, value);
        }
        if period(j.wrapping_sub(2)) {
            return core_the(end, DATE, value);
        }
        // "compared with a loss of $3 million last year" compares the quarter, as "a year
        // earlier" does; after "nine months" the year before is meant.
        let back = j.saturating_sub(12)..j;
        let compared = back.clone().any(|t| {
            let s = cx.s(t);
            s.eq_ignore_ascii_case("compared") || s.eq_ignore_ascii_case("versus")
        });
        let months = back
            .clone()
            .any(|t| matches!(cx.lex(t), Lex::Unit(Unit::Month, true)));
        if compared && !months {
            return core(end, DATE, value);
        }
    }
    // "next year's first quarter", "last year's second half"
    if u == Unit::Year
        && cx.tok(end).is_some_and(|t| t.kind == TokenKind::Possessive)
        && let Lex::Ordinal(n) = cx.lex(end + 1)
        && let Some(c) = quarter_tail(cx, end + 2, n, cx.anchor_year().map(|y| y + dir))
    {
        return Some(c);
    }
    // "this quarter" in a quarterly report is the quarter it reports on.
    if let (Unit::Quarter, 0, Some((y, q))) = (u, dir, cx.mem.quarter) {
        return core_the(end, DATE, format!("{}-Q{q}", v::year(y)));
    }
    let value = match u {
        Unit::Year => a.map_or("XXXX".into(), |a| v::year(i32::from(a.year()) + dir)),
        Unit::Month => a.map_or("XXXX-XX".into(), |a| {
            let (y, m) = v::add_months(a.year().into(), a.month(), dir);
            v::month(y, m)
        }),
        Unit::Week => match a {
            Some(a) => v::week(v::add_days(a, i64::from(dir) * 7)?),
            None => "XXXX-WXX".into(),
        },
        Unit::Weekend => match a {
            Some(a) => format!("{}-WE", v::week(v::add_days(a, i64::from(dir) * 7)?)),
            None => "XXXX-WXX-WE".into(),
        },
        Unit::Quarter => match a {
            Some(a) => {
                let (y, q) = v::add_quarters(a.year().into(), v::quarter_of(a.month()), dir);
                format!("{}-Q{q}", v::year(y))
            }
            None => "XXXX-QX".into(),
        },
        Unit::Day => match a {
            Some(a) => v::day(v::add_days(a, i64::from(dir))?),
            None => "XXXX-XX-XX".into(),
        },
        Unit::Decade => a.map_or("XXX".into(), |a| {
            format!("{:03}", i32::from(a.year()) / 10 + dir)
        }),
        Unit::Century => a.map_or("XX".into(), |a| {
            format!("{:02}", i32::from(a.year()) / 100 + dir)
        }),
        _ => return None,
    };
    core_the(end, DATE, value)
}

/// Hyphenated and alphanumeric tokens: "two-year", "third-quarter", "mid-November", "1990s",
/// "'80s", "year-end".
fn compound_rule(cx: &Cx<'_>, i: usize) -> Option<Core> {
    let t = cx.tok(i)?;
    let s = t.text(cx.text);
    // '80s
    if t.kind == TokenKind::Quote {
        if let Some(c) = short_year(cx, i) {
            return Some(c);
        }
        let n = cx.s(i + 1);
        let d = n.strip_suffix('s')?;
        if d.len() == 2 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()) {
            let x: i32 = d.parse().ok()?;
            let century = if x >= 30 { 19 } else { 20 };
            return core_the(i + 2, DATE, format!("{century}{}", x / 10));
        }
        return None;
    }
    // "FY2013", "FY13": a fiscal year, written as the year.
    if let Some(d) = s.strip_prefix("FY")
        && d.bytes().all(|b| b.is_ascii_digit())
    {
        let y: i32 = d.parse().ok()?;
        let y = match d.len() {
            4 if (1900..=2099).contains(&y) => y,
            2 if y < 50 => 2000 + y,
            2 => 1900 + y,
            _ => return None,
        };
        return core(i + 1, DATE, v::year(y));
    }
    // A time stamp: 2023-03-20T10:32:00Z
    if let Some(c) = iso_stamp(s, i) {
        return Some(c);
    }
    if let Some(dec) = decade(s) {
        return core_the(i + 1, DATE, dec);
    }
    let mut parts = s.split(['-', '‐', '‑']);
    let first = parts.next()?;
    let second = parts.next()?;
    let third = parts.next();
    match (classify(first), classify(second)) {
        // "the fiscal-first quarter"
        (Lex::Word(W::Fiscal), Lex::Ordinal(n)) if third.is_none() && n <= 4 => {
            quarter_tail(cx, i + 1, n, None)
        }
        // mid-November, late-1990s, mid-afternoon
        (Lex::Word(W::Mid | W::Early | W::Late), l2) => {
            if third.is_some() {
                return None;
            }
            match l2 {
                Lex::Month(m) => {
                    let m = m as i8;
                    if let Some((e, y)) = year_after_of(cx, i + 1) {
                        return core(e, DATE, v::month(y, m));
                    }
                    let value = match cx.anchor {
                        Some(a) => v::month(cx.year_for(a, i, m, None), m),
                        None => format!("XXXX-{m:02}"),
                    };
                    core(i + 1, DATE, value)
                }
                Lex::DayPart(p) => {
                    let p = p.as_str();
                    let (e, day) = clock_day(cx, i, i + 1);
                    let day = day.unwrap_or_else(|| cx.anchor.map_or("XXXX-XX-XX".into(), v::day));
                    core(e, TIME, format!("{day}T{p}"))
                }
                _ => {
                    if let Some(dec) = decade(second) {
                        return core_the(i + 1, DATE, dec);
                    }
                    if second.len() == 4
                        && let Ok(y) = second.parse::<i32>()
                        && (1000..=2099).contains(&y)
                    {
                        return core_the(i + 1, DATE, v::year(y));
                    }
                    None
                }
            }
        }
        // third-quarter, first-half
        (Lex::Ordinal(n), _) if third.is_none() && n <= 4 => {
            let letter = match second.to_ascii_lowercase().as_str() {
                "quarter" => "Q",
                // "second-half efforts" in a match report.
                "half" if n <= 2 && money_context(cx) => "H",
                _ => return None,
            };
            let y = quarter_year(cx).map_or("XXXX".into(), v::year);
            core_the(i + 1, DATE, format!("{y}-{letter}{n}"))
        }
        // "decades-long", "weeks-long", "centuries-old": a vague length.
        (Lex::Unit(u, true), _)
            if third.is_none()
                && u >= Unit::Day
                && u != Unit::Weekend
                && (second.eq_ignore_ascii_case("long") || second.eq_ignore_ascii_case("old")) =>
        {
            core(i + 1, DURATION, duration_value(None, u))
        }
        // "a day-long meeting", "a year-long strike"
        (Lex::Unit(u, false), _)
            if third.is_none() && u != Unit::Weekend && second.eq_ignore_ascii_case("long") =>
        {
            core(i + 1, DURATION, duration_value(Some(1.0), u))
        }
        // "a half-century", "a half-hour"
        (Lex::Word(W::Half), Lex::Unit(u, false))
            if third.is_none() && u != Unit::Weekend && u != Unit::Quarter =>
        {
            core(i + 1, DURATION, duration_value(Some(0.5), u))
        }
        // "a several-year lease"
        (Lex::Word(W::Several | W::Few | W::Many), Lex::Unit(u, false))
            if third.is_none() && u != Unit::Weekend =>
        {
            core(i + 1, DURATION, duration_value(None, u))
        }
        // "post-1959 politics", "pre-1990s prices": the prefix leans on a year or decade,
        // which TimeML tags with the prefix as one word.
        _ if third.is_none()
            && (first.eq_ignore_ascii_case("pre") || first.eq_ignore_ascii_case("post")) =>
        {
            if let Some(dec) = decade(second) {
                return core(i + 1, DATE, dec);
            }
            let y = second.parse::<i32>().ok()?;
            (second.len() == 4 && (1000..=2099).contains(&y)).then_some(())?;
            core(i + 1, DATE, v::year(y))
        }
        _ => {
            // two-year, 16-hour, 10-day (but not 6-year-old)
            if let Some(n) = hyphen_number(first)
                && let Lex::Unit(u, false) = classify(second)
                && u != Unit::Weekend
            {
                if let Some(th) = third {
                    if th.eq_ignore_ascii_case("old") || th.eq_ignore_ascii_case("olds") {
                        return None;
                    }
                    if !th.eq_ignore_ascii_case("long") {
                        return None;
                    }
                }
                if cx.s(i + 1).eq_ignore_ascii_case("old")
                    || cx.s(i + 1).eq_ignore_ascii_case("olds")
                {
                    return None;
                }
                return core_the(i + 1, DURATION, duration_value(Some(f64::from(n)), u));
            }
            None
        }
    }
}

/// Whether "the [fiscal] year" (its first word after "the" at `i`, the token after it at
/// `end`) is the length of a reporting period rather than a calendar year: "the year ended
/// March 31", "throughout the fiscal year". "For the year" alone is the current year.
fn year_is_span(cx: &Cx<'_>, i: usize, end: usize) -> bool {
    matches!(cx.s(end), "ended" | "ending") || cx.is(i.wrapping_sub(2), W::During)
}

/// The year after "the year": "the year two thousand", "the year nineteen ninety".
fn year_in_words(cx: &Cx<'_>, j: usize) -> Option<(usize, i32)> {
    if cx.s(j).eq_ignore_ascii_case("nineteen") {
        return spelled_year(cx, j);
    }
    if cx.lex(j) == Lex::NumWord(2) && cx.s(j + 1).eq_ignore_ascii_case("thousand") {
        let k = if cx.is(j + 2, W::And) { j + 3 } else { j + 2 };
        return match cx.lex(k) {
            Lex::NumWord(n) if n < 100 => Some((k + 1, 2000 + n as i32)),
            _ => Some((j + 2, 2000)),
        };
    }
    None
}

/// "nineteen ninety-six", "nineteen eighty": a year in words.
fn spelled_year(cx: &Cx<'_>, i: usize) -> Option<(usize, i32)> {
    let tens = |s: &str| -> Option<i32> {
        let mut parts = s.split('-');
        let t = match classify(parts.next()?) {
            Lex::NumWord(n) if (10..=90).contains(&n) => n as i32,
            _ => return None,
        };
        let o = match parts.next() {
            Some(p) => match classify(p) {
                Lex::NumWord(n) if n < 10 => n as i32,
                _ => return None,
            },
            None => 0,
        };
        Some(t + o)
    };
    let x = tens(cx.s(i + 1))?;
    if let (0, Lex::NumWord(o)) = (x % 10, cx.lex(i + 2))
        && o < 10
        && x >= 20
    {
        return Some((i + 3, 1900 + x + o as i32));
    }
    Some((i + 2, 1900 + x))
}

/// "2023-03-20T10:32:00Z" -> TIME 2023-03-20T10:32.
fn iso_stamp(s: &str, i: usize) -> Option<Core> {
    let b = s.as_bytes();
    if b.len() < 16 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    let h: u32 = s.get(11..13)?.parse().ok()?;
    let mi: u32 = s.get(14..16)?.parse().ok()?;
    if h > 24 || mi > 59 {
        return None;
    }
    core(
        i + 1,
        TIME,
        format!("{}T{h:02}:{mi:02}", v::day(v::date(y, m, d)?)),
    )
}

/// "in '96", "1995, '96 and '97": a year with its century left out, after a word that
/// takes a year. The apostrophe must sit on the digits and follow a space, so that a
/// closing quotation mark before a number is not read as one.
fn short_year(cx: &Cx<'_>, i: usize) -> Option<Core> {
    let (q, n) = (cx.tok(i)?, cx.tok(i + 1)?);
    let p = cx.tok(i.checked_sub(1)?)?;
    if n.kind != TokenKind::Number || n.span.len() != 2 || q.span.end != n.span.start {
        return None;
    }
    if p.span.end == q.span.start || !matches!(cx.s(i).chars().next(), Some('\'' | '\u{2019}')) {
        return None;
    }
    let before = cx.s(i - 1).to_ascii_lowercase();
    if !matches!(
        before.as_str(),
        "in" | "since" | "of" | "until" | "by" | "and" | "or" | "to" | "through" | ","
    ) {
        return None;
    }
    let x = cx.int(i + 1)? as i32;
    // The century that puts the year nearest before the anchor (or this century).
    let now = cx.anchor_year().unwrap_or(2000);
    let mut y = now / 100 * 100 + x;
    if y > now + 5 {
        y -= 100;
    }
    core(i + 2, DATE, v::year(y))
}

/// "2009-2010" and "1992-93" -> 2009 and 1992: a span of years in one token, the second
/// after the first.
fn year_range(s: &str) -> Option<i32> {
    let (a, b) = s.split_once(['-', '\u{2013}', '/'])?;
    if a.len() != 4 || !(b.len() == 2 || b.len() == 4) {
        return None;
    }
    if !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: i32 = a.parse().ok()?;
    let z: i32 = b.parse().ok()?;
    // "1999-00" crosses a century.
    let z = match b.len() {
        2 if y / 100 * 100 + z > y => y / 100 * 100 + z,
        2 => y / 100 * 100 + 100 + z,
        _ => z,
    };
    ((1800..=2099).contains(&y) && z > y && z - y <= 30).then_some(y)
}

/// "1990s" -> "199"; "1990's" is split by the tokenizer and handled with the year.
fn decade(s: &str) -> Option<String> {
    let d = s.strip_suffix('s')?;
    if d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()) {
        return Some(d.get(0..3)?.to_string());
    }
    None
}
