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

/// The TIMEX3 codes of seasons and parts of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    SP,
    SU,
    FA,
    WI,
    MO,
    AF,
    EV,
    NI,
}

impl Tag {
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::SP => "SP",
            Tag::SU => "SU",
            Tag::FA => "FA",
            Tag::WI => "WI",
            Tag::MO => "MO",
            Tag::AF => "AF",
            Tag::EV => "EV",
            Tag::NI => "NI",
        }
    }
}

/// The first word of a holiday's name. Names that begin with a month ("May Day", "July
/// Fourth") or an ordinal ("the Fourth of July") start from those classes instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    Christmas,
    Halloween,
    Thanksgiving,
    Easter,
    New,
    Boxing,
    Valentine,
    Saint,
    Independence,
    Guy,
    Bonfire,
    Remembrance,
    Veterans,
    Armistice,
    Canada,
    Australia,
    Anzac,
    Bastille,
    International,
    Earth,
    Memorial,
    Labor,
    Election,
    Martin,
    Mlk,
    Presidents,
    Columbus,
    Father,
    Mothering,
    Black,
    Cyber,
    Good,
    Ash,
    Palm,
    Maundy,
    Shrove,
    Pancake,
    Pentecost,
    Whit,
    Holy,
    Ascension,
    Hogmanay,
    Juneteenth,
}

/// Function words that shape a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    /// "a couple of": two.
    Couple,
    /// "trading", "business", "working" before "days": days of work.
    Business,
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
    /// "time", in "at the time".
    Time,
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
    Season(Tag),
    /// A part of the day: MO, AF, EV, NI.
    DayPart(Tag),
    /// A time zone abbreviation.
    Zone,
    Word(W),
    /// The first word of a holiday's name ("Christmas", "Labor", "Good"): whether the words
    /// after it complete a name is decided by `rules/holiday.rs`.
    Holiday(Head),
    /// A verb form that says the sentence looks ahead (`true`: "will", "plans") or reports
    /// (`false`: "said", "was"). Present forms ("is", "says") say neither.
    Tense(bool),
    /// A present-tense verb of a fixture or a trip, which in news looks ahead ("Wales play
    /// Italy on Saturday", "the president travels to Rome on Monday"), except after "to" or
    /// before "a" ("flew there to meet ministers", "may play a role").
    Fixture,
    /// A decade in words ("the nineties"): its tens digit.
    Decade(u8),
    /// A digits-only token.
    Number,
}

/// Every word the rules know, in lower case, with its class.
static WORDS: &[(&str, Lex)] = &[
    ("a", Lex::Word(W::A)),
    ("am", Lex::Word(W::Am)),
    ("an", Lex::Word(W::A)),
    ("at", Lex::Word(W::At)),
    ("by", Lex::Word(W::Until)),
    ("et", Lex::Zone),
    ("in", Lex::Word(W::In)),
    ("of", Lex::Word(W::Of)),
    ("on", Lex::Word(W::On)),
    ("or", Lex::Word(W::Or)),
    ("pm", Lex::Word(W::Pm)),
    ("pt", Lex::Zone),
    ("so", Lex::Word(W::So)),
    ("a.m", Lex::Word(W::Am)),
    ("ago", Lex::Word(W::Ago)),
    ("and", Lex::Word(W::And)),
    ("apr", Lex::Month(4)),
    ("aug", Lex::Month(8)),
    ("bst", Lex::Zone),
    ("cdt", Lex::Zone),
    ("cet", Lex::Zone),
    ("cst", Lex::Zone),
    ("day", Lex::Unit(Unit::Day, false)),
    ("dec", Lex::Month(12)),
    ("did", Lex::Tense(false)),
    ("due", Lex::Tense(true)),
    ("edt", Lex::Zone),
    ("end", Lex::Word(W::End)),
    ("est", Lex::Zone),
    ("feb", Lex::Month(2)),
    ("few", Lex::Word(W::Few)),
    ("for", Lex::Word(W::For)),
    ("gmt", Lex::Zone),
    ("had", Lex::Tense(false)),
    ("jan", Lex::Month(1)),
    ("jul", Lex::Month(7)),
    ("jun", Lex::Month(6)),
    ("mar", Lex::Month(3)),
    ("may", Lex::Month(5)),
    ("mdt", Lex::Zone),
    ("mid", Lex::Word(W::Mid)),
    ("mst", Lex::Zone),
    ("nov", Lex::Month(11)),
    ("now", Lex::Word(W::Now)),
    ("oct", Lex::Month(10)),
    ("one", Lex::NumWord(1)),
    ("p.m", Lex::Word(W::Pm)),
    ("pdt", Lex::Zone),
    ("per", Lex::Word(W::Per)),
    ("pst", Lex::Zone),
    ("sep", Lex::Month(9)),
    ("set", Lex::Tense(true)),
    ("six", Lex::NumWord(6)),
    ("ten", Lex::NumWord(10)),
    ("the", Lex::Word(W::The)),
    ("two", Lex::NumWord(2)),
    ("utc", Lex::Zone),
    ("was", Lex::Tense(false)),
    ("a.m.", Lex::Word(W::Am)),
    ("cest", Lex::Zone),
    ("days", Lex::Unit(Unit::Day, true)),
    ("each", Lex::Word(W::Each)),
    ("fall", Lex::Season(Tag::FA)),
    ("five", Lex::NumWord(5)),
    ("four", Lex::NumWord(4)),
    ("from", Lex::Word(W::From)),
    ("full", Lex::Word(W::Full)),
    ("half", Lex::Word(W::Half)),
    ("hour", Lex::Unit(Unit::Hour, false)),
    ("july", Lex::Month(7)),
    ("june", Lex::Month(6)),
    ("last", Lex::Word(W::Last)),
    ("late", Lex::Word(W::Late)),
    ("less", Lex::Word(W::Less)),
    ("long", Lex::Word(W::Long)),
    ("many", Lex::Word(W::Many)),
    ("more", Lex::Word(W::More)),
    ("near", Lex::Word(W::Near)),
    ("next", Lex::Word(W::Next)),
    ("nine", Lex::NumWord(9)),
    ("noon", Lex::Word(W::Noon)),
    ("once", Lex::Word(W::Once)),
    ("over", Lex::Word(W::Over)),
    ("p.m.", Lex::Word(W::Pm)),
    ("past", Lex::Word(W::Past)),
    ("plan", Lex::Tense(true)),
    ("said", Lex::Tense(false)),
    ("same", Lex::Word(W::Same)),
    ("sept", Lex::Month(9)),
    ("some", Lex::Word(W::Some)),
    ("soon", Lex::Word(W::Soon)),
    ("term", Lex::Word(W::Term)),
    ("than", Lex::Word(W::Than)),
    ("that", Lex::Word(W::That)),
    ("this", Lex::Word(W::This)),
    ("till", Lex::Word(W::Until)),
    ("told", Lex::Tense(false)),
    ("tues", Lex::Weekday(2, false)),
    ("week", Lex::Unit(Unit::Week, false)),
    ("were", Lex::Tense(false)),
    ("will", Lex::Tense(true)),
    ("year", Lex::Unit(Unit::Year, false)),
    ("about", Lex::Word(W::About)),
    ("after", Lex::Word(W::After)),
    ("april", Lex::Month(4)),
    ("begin", Lex::Tense(true)),
    ("could", Lex::Tense(true)),
    ("daily", Lex::Word(W::Daily)),
    ("dozen", Lex::NumWord(12)),
    ("early", Lex::Word(W::Early)),
    ("eight", Lex::NumWord(8)),
    ("every", Lex::Word(W::Every)),
    ("fewer", Lex::Word(W::Less)),
    ("fifth", Lex::Ordinal(5)),
    ("fifty", Lex::NumWord(50)),
    ("first", Lex::Ordinal(1)),
    ("forty", Lex::NumWord(40)),
    ("going", Lex::Tense(true)),
    ("hours", Lex::Unit(Unit::Hour, true)),
    ("later", Lex::Word(W::Later)),
    ("least", Lex::Word(W::Least)),
    ("march", Lex::Month(3)),
    ("might", Lex::Tense(true)),
    ("month", Lex::Unit(Unit::Month, false)),
    ("night", Lex::DayPart(Tag::NI)),
    ("ninth", Lex::Ordinal(9)),
    ("plans", Lex::Tense(true)),
    ("prior", Lex::Word(W::Previous)),
    ("seven", Lex::NumWord(7)),
    ("shall", Lex::Tense(true)),
    ("short", Lex::Word(W::Short)),
    ("since", Lex::Word(W::Since)),
    ("sixth", Lex::Ordinal(6)),
    ("sixty", Lex::NumWord(60)),
    ("start", Lex::Word(W::Start)),
    ("tenth", Lex::Ordinal(10)),
    ("these", Lex::Word(W::These)),
    ("third", Lex::Ordinal(3)),
    ("three", Lex::NumWord(3)),
    ("thurs", Lex::Weekday(4, false)),
    ("today", Lex::Word(W::Today)),
    ("until", Lex::Word(W::Until)),
    // Present-tense verbs of fixtures and trips.
    ("face", Lex::Fixture),
    ("faces", Lex::Fixture),
    ("host", Lex::Fixture),
    ("kicks", Lex::Fixture),
    ("begins", Lex::Fixture),
    ("opens", Lex::Fixture),
    ("starts", Lex::Fixture),
    ("hosts", Lex::Fixture),
    ("meet", Lex::Fixture),
    ("meets", Lex::Fixture),
    ("play", Lex::Fixture),
    ("plays", Lex::Fixture),
    ("travel", Lex::Fixture),
    ("travels", Lex::Fixture),
    ("weeks", Lex::Unit(Unit::Week, true)),
    ("whole", Lex::Word(W::Whole)),
    ("won't", Lex::Tense(true)),
    ("won’t", Lex::Tense(true)),
    ("would", Lex::Tense(true)),
    ("years", Lex::Unit(Unit::Year, true)),
    ("almost", Lex::Word(W::Almost)),
    ("annual", Lex::Word(W::Annually)),
    ("around", Lex::Word(W::Around)),
    ("august", Lex::Month(8)),
    ("autumn", Lex::Season(Tag::FA)),
    ("before", Lex::Word(W::Before)),
    ("coming", Lex::Word(W::Coming)),
    ("decade", Lex::Unit(Unit::Decade, false)),
    ("during", Lex::Word(W::During)),
    ("eighth", Lex::Ordinal(8)),
    ("eighty", Lex::NumWord(80)),
    ("eleven", Lex::NumWord(11)),
    ("ending", Lex::Tense(true)),
    ("entire", Lex::Word(W::Entire)),
    ("expire", Lex::Tense(true)),
    ("fiscal", Lex::Word(W::Fiscal)),
    ("time", Lex::Word(W::Time)),
    ("fourth", Lex::Ordinal(4)),
    ("friday", Lex::Weekday(5, false)),
    ("future", Lex::Word(W::Future)),
    ("hourly", Lex::Word(W::Hourly)),
    ("lately", Lex::Word(W::Lately)),
    ("latest", Lex::Word(W::Latest)),
    ("midday", Lex::Word(W::Midday)),
    ("middle", Lex::Word(W::Middle)),
    ("minute", Lex::Unit(Unit::Minute, false)),
    ("monday", Lex::Weekday(1, false)),
    ("months", Lex::Unit(Unit::Month, true)),
    ("nearly", Lex::Word(W::Nearly)),
    ("nights", Lex::DayPart(Tag::NI)),
    ("ninety", Lex::NumWord(90)),
    ("period", Lex::Word(W::Period)),
    ("recent", Lex::Word(W::Recent)),
    ("resume", Lex::Tense(true)),
    ("second", Lex::Ordinal(2)),
    ("spring", Lex::Season(Tag::SP)),
    ("summer", Lex::Season(Tag::SU)),
    ("sunday", Lex::Weekday(7, false)),
    ("thirty", Lex::NumWord(30)),
    ("twelve", Lex::NumWord(12)),
    ("twenty", Lex::NumWord(20)),
    ("weekly", Lex::Word(W::Weekly)),
    ("winter", Lex::Season(Tag::WI)),
    ("within", Lex::Word(W::Within)),
    ("yearly", Lex::Word(W::Yearly)),
    ("century", Lex::Unit(Unit::Century, false)),
    ("current", Lex::Word(W::Current)),
    ("decades", Lex::Unit(Unit::Decade, true)),
    ("earlier", Lex::Word(W::Earlier)),
    ("evening", Lex::DayPart(Tag::EV)),
    ("expects", Lex::Tense(true)),
    ("expires", Lex::Tense(true)),
    ("fifteen", Lex::NumWord(15)),
    ("fridays", Lex::Weekday(5, true)),
    ("hundred", Lex::NumWord(100)),
    ("january", Lex::Month(1)),
    ("minutes", Lex::Unit(Unit::Minute, true)),
    ("mondays", Lex::Weekday(1, true)),
    ("monthly", Lex::Word(W::Monthly)),
    ("morning", Lex::DayPart(Tag::MO)),
    ("october", Lex::Month(10)),
    ("payable", Lex::Tense(true)),
    ("present", Lex::Word(W::Present)),
    ("quarter", Lex::Unit(Unit::Quarter, false)),
    ("roughly", Lex::Word(W::Roughly)),
    ("seconds", Lex::Unit(Unit::Second, true)),
    ("seventh", Lex::Ordinal(7)),
    ("seventy", Lex::NumWord(70)),
    ("several", Lex::Word(W::Several)),
    ("sixteen", Lex::NumWord(16)),
    ("sundays", Lex::Weekday(7, true)),
    ("through", Lex::Word(W::Until)),
    ("tonight", Lex::Word(W::Tonight)),
    ("tuesday", Lex::Weekday(2, false)),
    ("twelfth", Lex::Ordinal(12)),
    ("weekend", Lex::Unit(Unit::Weekend, false)),
    ("annually", Lex::Word(W::Annually)),
    ("december", Lex::Month(12)),
    ("eighteen", Lex::NumWord(18)),
    ("eleventh", Lex::Ordinal(11)),
    ("evenings", Lex::DayPart(Tag::EV)),
    ("planned", Lex::Tense(true)),
    ("expected", Lex::Tense(true)),
    ("february", Lex::Month(2)),
    ("formerly", Lex::Word(W::Formerly)),
    ("fourteen", Lex::NumWord(14)),
    ("midnight", Lex::Word(W::Midnight)),
    ("mornings", Lex::DayPart(Tag::MO)),
    ("nineteen", Lex::NumWord(19)),
    ("november", Lex::Month(11)),
    ("nowadays", Lex::Word(W::Nowadays)),
    ("planning", Lex::Tense(true)),
    ("previous", Lex::Word(W::Previous)),
    ("quarters", Lex::Unit(Unit::Quarter, true)),
    ("recently", Lex::Word(W::Recently)),
    ("reported", Lex::Tense(false)),
    ("saturday", Lex::Weekday(6, false)),
    ("starting", Lex::Tense(true)),
    ("thirteen", Lex::NumWord(13)),
    ("thursday", Lex::Weekday(4, false)),
    ("tomorrow", Lex::Word(W::Tomorrow)),
    ("tuesdays", Lex::Weekday(2, true)),
    ("upcoming", Lex::Word(W::Coming)),
    ("weekends", Lex::Unit(Unit::Weekend, true)),
    ("year-ago", Lex::Word(W::YearAgo)),
    ("year-end", Lex::Word(W::YearEnd)),
    ("afternoon", Lex::DayPart(Tag::AF)),
    ("announced", Lex::Tense(false)),
    ("beginning", Lex::Word(W::Beginning)),
    ("centuries", Lex::Unit(Unit::Century, true)),
    ("currently", Lex::Word(W::Currently)),
    ("following", Lex::Word(W::Following)),
    ("overnight", Lex::Word(W::Overnight)),
    ("preceding", Lex::Word(W::Previous)),
    ("saturdays", Lex::Weekday(6, true)),
    ("scheduled", Lex::Tense(true)),
    ("september", Lex::Month(9)),
    ("seventeen", Lex::NumWord(17)),
    ("thursdays", Lex::Weekday(4, true)),
    ("wednesday", Lex::Weekday(3, false)),
    ("yesterday", Lex::Word(W::Yesterday)),
    ("afternoons", Lex::DayPart(Tag::AF)),
    ("previously", Lex::Word(W::Previously)),
    ("throughout", Lex::Word(W::During)),
    ("wednesdays", Lex::Weekday(3, true)),
    ("most-recent", Lex::Word(W::Latest)),
    ("year-earlier", Lex::Word(W::YearAgo)),
    ("approximately", Lex::Word(W::Almost)),
    ("twenties", Lex::Decade(2)),
    ("thirties", Lex::Decade(3)),
    ("forties", Lex::Decade(4)),
    ("fifties", Lex::Decade(5)),
    ("sixties", Lex::Decade(6)),
    ("seventies", Lex::Decade(7)),
    ("eighties", Lex::Decade(8)),
    ("nineties", Lex::Decade(9)),
    ("couple", Lex::Word(W::Couple)),
    ("trading", Lex::Word(W::Business)),
    ("business", Lex::Word(W::Business)),
    ("working", Lex::Word(W::Business)),
    ("additional", Lex::Word(W::More)),
    ("extra", Lex::Word(W::More)),
    // The first words of holidays' names; most are ordinary words ("new", "good", "black")
    // that `rules/holiday.rs` drops unless the rest of a name follows.
    ("christmas", Lex::Holiday(Head::Christmas)),
    ("xmas", Lex::Holiday(Head::Christmas)),
    ("halloween", Lex::Holiday(Head::Halloween)),
    ("hallowe'en", Lex::Holiday(Head::Halloween)),
    ("hallowe’en", Lex::Holiday(Head::Halloween)),
    ("thanksgiving", Lex::Holiday(Head::Thanksgiving)),
    ("easter", Lex::Holiday(Head::Easter)),
    ("new", Lex::Holiday(Head::New)),
    ("boxing", Lex::Holiday(Head::Boxing)),
    ("valentine", Lex::Holiday(Head::Valentine)),
    ("valentines", Lex::Holiday(Head::Valentine)),
    ("st", Lex::Holiday(Head::Saint)),
    ("saint", Lex::Holiday(Head::Saint)),
    ("independence", Lex::Holiday(Head::Independence)),
    ("guy", Lex::Holiday(Head::Guy)),
    ("bonfire", Lex::Holiday(Head::Bonfire)),
    ("remembrance", Lex::Holiday(Head::Remembrance)),
    ("veterans", Lex::Holiday(Head::Veterans)),
    ("veteran", Lex::Holiday(Head::Veterans)),
    ("armistice", Lex::Holiday(Head::Armistice)),
    ("canada", Lex::Holiday(Head::Canada)),
    ("australia", Lex::Holiday(Head::Australia)),
    ("anzac", Lex::Holiday(Head::Anzac)),
    ("bastille", Lex::Holiday(Head::Bastille)),
    ("international", Lex::Holiday(Head::International)),
    ("earth", Lex::Holiday(Head::Earth)),
    ("memorial", Lex::Holiday(Head::Memorial)),
    ("labor", Lex::Holiday(Head::Labor)),
    ("election", Lex::Holiday(Head::Election)),
    ("martin", Lex::Holiday(Head::Martin)),
    ("mlk", Lex::Holiday(Head::Mlk)),
    ("presidents", Lex::Holiday(Head::Presidents)),
    ("president", Lex::Holiday(Head::Presidents)),
    ("columbus", Lex::Holiday(Head::Columbus)),
    ("father", Lex::Holiday(Head::Father)),
    ("fathers", Lex::Holiday(Head::Father)),
    ("mothering", Lex::Holiday(Head::Mothering)),
    ("black", Lex::Holiday(Head::Black)),
    ("cyber", Lex::Holiday(Head::Cyber)),
    ("good", Lex::Holiday(Head::Good)),
    ("ash", Lex::Holiday(Head::Ash)),
    ("palm", Lex::Holiday(Head::Palm)),
    ("maundy", Lex::Holiday(Head::Maundy)),
    ("shrove", Lex::Holiday(Head::Shrove)),
    ("pancake", Lex::Holiday(Head::Pancake)),
    ("pentecost", Lex::Holiday(Head::Pentecost)),
    ("whit", Lex::Holiday(Head::Whit)),
    ("holy", Lex::Holiday(Head::Holy)),
    ("ascension", Lex::Holiday(Head::Ascension)),
    ("hogmanay", Lex::Holiday(Head::Hogmanay)),
    ("juneteenth", Lex::Holiday(Head::Juneteenth)),
    // Irregular past forms: a report, as "-ed" words are (see `rules::Cx::tense_at`).
    ("began", Lex::Tense(false)),
    ("brought", Lex::Tense(false)),
    ("came", Lex::Tense(false)),
    ("went", Lex::Tense(false)),
    ("took", Lex::Tense(false)),
    ("made", Lex::Tense(false)),
    ("gave", Lex::Tense(false)),
    ("got", Lex::Tense(false)),
    ("saw", Lex::Tense(false)),
    ("found", Lex::Tense(false)),
    ("became", Lex::Tense(false)),
    ("held", Lex::Tense(false)),
    ("met", Lex::Tense(false)),
    ("won", Lex::Tense(false)),
    ("lost", Lex::Tense(false)),
    ("sold", Lex::Tense(false)),
    ("bought", Lex::Tense(false)),
    ("paid", Lex::Tense(false)),
    ("fell", Lex::Tense(false)),
    ("rose", Lex::Tense(false)),
    ("grew", Lex::Tense(false)),
    ("ran", Lex::Tense(false)),
    ("spent", Lex::Tense(false)),
    ("sent", Lex::Tense(false)),
    ("built", Lex::Tense(false)),
    ("led", Lex::Tense(false)),
    ("thought", Lex::Tense(false)),
    ("knew", Lex::Tense(false)),
    ("wrote", Lex::Tense(false)),
    ("spoke", Lex::Tense(false)),
    ("struck", Lex::Tense(false)),
    ("fought", Lex::Tense(false)),
    ("fled", Lex::Tense(false)),
    ("kept", Lex::Tense(false)),
    ("felt", Lex::Tense(false)),
    ("drew", Lex::Tense(false)),
    ("flew", Lex::Tense(false)),
    ("stood", Lex::Tense(false)),
    ("broke", Lex::Tense(false)),
    ("chose", Lex::Tense(false)),
];

const MAX_LEN: usize = 13;

/// The lookup key of a lowercased word: its length in the top byte, then its bytes.
const fn key(w: &[u8]) -> u128 {
    let mut k = (w.len() as u128) << 120;
    let mut i = 0;
    while i < w.len() && i < 15 {
        k |= (w[i] as u128) << (112 - 8 * i);
        i += 1;
    }
    k
}

/// The keys of [`WORDS`], in the same order: words as integers, compared in one instruction.
static KEYS: [u128; WORDS.len()] = {
    let mut out = [0u128; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        out[i] = key(WORDS[i].0.as_bytes());
        i += 1;
    }
    out
};

/// An open-addressing hash table over [`KEYS`]: slot -> index into [`WORDS`] plus one, zero
/// for an empty slot. Built at compile time; a lookup is a multiply and a probe or two.
static SLOTS: [u16; SLOT_COUNT] = {
    let mut out = [0u16; SLOT_COUNT];
    let mut i = 0;
    while i < WORDS.len() {
        let mut h = hash(KEYS[i]);
        while out[h] != 0 {
            h = (h + 1) % SLOT_COUNT;
        }
        out[h] = (i + 1) as u16;
        i += 1;
    }
    out
};

const SLOT_COUNT: usize = 1024;

const fn hash(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % SLOT_COUNT
}

fn lookup(k: u128) -> Lex {
    let mut h = hash(k);
    loop {
        match SLOTS[h] {
            0 => return Lex::Other,
            i => {
                let i = usize::from(i) - 1;
                if KEYS[i] == k {
                    return WORDS[i].1;
                }
            }
        }
        h = (h + 1) % SLOT_COUNT;
    }
}

/// A Bloom-style bit set over (length, first, second and last letter) of the words in
/// [`WORDS`] (`ANY`) and of those that can carry an expression (`TRIGGERS`). Most tokens of
/// a text fail this test, so the stage costs a few instructions on words it does not know.
static ANY: [u64; BITS / 64] = letters(false);
static TRIGGERS: [u64; BITS / 64] = letters(true);

const BITS: usize = 4096;

const fn bit(b: &[u8]) -> usize {
    let n = b.len();
    // Not `b[1 % n]`: a division per token costs more than the rest of the test.
    let s = if n > 1 { b[1] } else { b[0] };
    bit_of(b[0], s, b[n - 1], n)
}

/// The bit of a word with first, second and last bytes `f`, `s`, `l` and length `n`.
#[inline(always)]
const fn bit_of(f: u8, s: u8, l: u8, n: usize) -> usize {
    let x = (f | 0x20) as u32 | (((s | 0x20) as u32) << 8) | (((l | 0x20) as u32) << 16);
    let x = x | ((n as u32) << 24);
    // One multiply spreads the four bytes over the top bits.
    (x.wrapping_mul(0x9E37_79B1) >> (32 - BITS.trailing_zeros())) as usize
}

const fn letters(triggers_only: bool) -> [u64; BITS / 64] {
    let mut out = [0u64; BITS / 64];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0.as_bytes();
        if !triggers_only || is_trigger_class(WORDS[i].1) {
            let k = bit(w);
            out[k / 64] |= 1 << (k % 64);
        }
        i += 1;
    }
    out
}

/// The letter test, written without branches: it runs on every word of a text.
#[inline(always)]
fn passes(b: &[u8], table: &[u64; BITS / 64]) -> bool {
    let n = b.len();
    let f = b.first().copied().unwrap_or(0);
    let s = b.get(1).copied().unwrap_or(f);
    let l = b.last().copied().unwrap_or(0);
    let k = bit_of(f, s, l, n);
    let fits = n.wrapping_sub(1) < MAX_LEN;
    fits & ((table[k / 64] >> (k % 64)) & 1 != 0)
}

/// Whether a word may be a lexicon word that carries an expression: a cheap test that lets
/// the scanner skip most tokens without a lookup.
#[inline(always)]
pub fn maybe_trigger(b: &[u8]) -> bool {
    passes(b, &TRIGGERS)
}

/// Whether a word has a hyphen in its first eight bytes, as the compounds the rules read do
/// ("two-year", "mid-November", "third-quarter"): a word-at-a-time test, no loop.
#[inline(always)]
pub fn early_hyphen(b: &[u8]) -> bool {
    match b.first_chunk::<8>() {
        Some(w) => {
            let x = u64::from_le_bytes(*w) ^ 0x2d2d_2d2d_2d2d_2d2d;
            (x.wrapping_sub(0x0101_0101_0101_0101) & !x & 0x8080_8080_8080_8080) != 0
        }
        // Shorter words: two overlapping four-byte reads cover the word, still no loop and no
        // call (a slice `contains` would call memchr for every word).
        None => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(x), Some(y)) => {
                let has = |w: &[u8; 4]| {
                    let x = u32::from_le_bytes(*w) ^ 0x2d2d_2d2d;
                    (x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080) != 0
                };
                has(x) || has(y)
            }
            _ => false,
        },
    }
}

/// Classifies one word token's text (the caller handles numbers, hyphenated compounds and
/// apostrophes).
pub fn classify(s: &str) -> Lex {
    let b = s.as_bytes();
    // Words ending in a period ("a.m.") skip the letter test.
    if !(passes(b, &ANY) || (b.len() <= MAX_LEN && b.last() == Some(&b'.'))) {
        return Lex::Other;
    }
    let mut buf = [0u8; MAX_LEN];
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    let k = key(&buf[..b.len()]);
    lookup(k)
}

/// Whether a token of this class carries a time expression by itself: numbers and time
/// words do; articles, quantifiers, modifiers and deictic words ("the", "several", "early",
/// "last") only belong to one next to such a word, where the scanner looks back for them.
pub const fn is_trigger_class(l: Lex) -> bool {
    match l {
        Lex::Other | Lex::Zone | Lex::Tense(_) | Lex::Fixture => false,
        Lex::Word(w) => matches!(
            w,
            W::Now
                | W::Today
                | W::Tonight
                | W::Tomorrow
                | W::Yesterday
                | W::Recent
                | W::Recently
                | W::Currently
                | W::Current
                | W::Future
                | W::Lately
                | W::Nowadays
                | W::Past
                | W::Noon
                | W::Midnight
                | W::Midday
                | W::Overnight
                | W::Daily
                | W::Weekly
                | W::Monthly
                | W::Annually
                | W::Yearly
                | W::Hourly
                | W::YearAgo
                | W::YearEnd
                | W::Fiscal
                | W::Time
                | W::Term
                | W::Present
                | W::Period
        ),
        _ => true,
    }
}

/// Parses an ordinal written in digits: "13th", "1st", "22nd".
pub fn digit_ordinal(s: &str) -> Option<u32> {
    let n = s.len();
    // `get`, not `split_at`: the token may end in a multi-byte letter.
    let (num, suf) = (s.get(..n.checked_sub(2)?)?, s.get(n - 2..)?);
    if num.is_empty()
        || !["st", "nd", "rd", "th"]
            .iter()
            .any(|x| suf.eq_ignore_ascii_case(x))
    {
        return None;
    }
    num.parse().ok()
}
