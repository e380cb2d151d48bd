//! Small hand-kept word lists for the entity layer: countries with their demonyms, capitals,
//! US states, regions, titles and the cue words that refine the tagger's coarse labels.
//!
//! The lists are general knowledge about the world and about English news style, written by
//! hand; they are not drawn from any article or data set. They are for cheap lookups of single
//! words and short names, not for finding names in text (that is the tagger's job).

use super::features::{StrMap, StrSet};
use crate::document::EntityType;
use crate::words;
use std::sync::OnceLock;

/// Countries: (name, demonym). Alternative names are in [`COUNTRY_ALIASES`].
pub const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Albania", "Albanian"),
    ("Algeria", "Algerian"),
    ("Angola", "Angolan"),
    ("Argentina", "Argentine"),
    ("Armenia", "Armenian"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Azerbaijan", "Azerbaijani"),
    ("Bahrain", "Bahraini"),
    ("Bangladesh", "Bangladeshi"),
    ("Belarus", "Belarusian"),
    ("Belgium", "Belgian"),
    ("Bolivia", "Bolivian"),
    ("Bosnia", "Bosnian"),
    ("Brazil", "Brazilian"),
    ("Bulgaria", "Bulgarian"),
    ("Cambodia", "Cambodian"),
    ("Cameroon", "Cameroonian"),
    ("Canada", "Canadian"),
    ("Chile", "Chilean"),
    ("China", "Chinese"),
    ("Colombia", "Colombian"),
    ("Congo", "Congolese"),
    ("Croatia", "Croatian"),
    ("Cuba", "Cuban"),
    ("Cyprus", "Cypriot"),
    ("Czech Republic", "Czech"),
    ("Denmark", "Danish"),
    ("Ecuador", "Ecuadorian"),
    ("Egypt", "Egyptian"),
    ("England", "English"),
    ("Estonia", "Estonian"),
    ("Ethiopia", "Ethiopian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Georgia", "Georgian"),
    ("Germany", "German"),
    ("Ghana", "Ghanaian"),
    ("Greece", "Greek"),
    ("Hungary", "Hungarian"),
    ("Iceland", "Icelandic"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Japan", "Japanese"),
    ("Jordan", "Jordanian"),
    ("Kazakhstan", "Kazakh"),
    ("Kenya", "Kenyan"),
    ("Kosovo", "Kosovar"),
    ("Kuwait", "Kuwaiti"),
    ("Latvia", "Latvian"),
    ("Lebanon", "Lebanese"),
    ("Libya", "Libyan"),
    ("Lithuania", "Lithuanian"),
    ("Malaysia", "Malaysian"),
    ("Mali", "Malian"),
    ("Mexico", "Mexican"),
    ("Moldova", "Moldovan"),
    ("Mongolia", "Mongolian"),
    ("Morocco", "Moroccan"),
    ("Myanmar", "Burmese"),
    ("Nepal", "Nepalese"),
    ("Netherlands", "Dutch"),
    ("New Zealand", "New Zealander"),
    ("Nicaragua", "Nicaraguan"),
    ("Niger", "Nigerien"),
    ("Nigeria", "Nigerian"),
    ("North Korea", "North Korean"),
    ("Norway", "Norwegian"),
    ("Oman", "Omani"),
    ("Pakistan", "Pakistani"),
    ("Palestine", "Palestinian"),
    ("Panama", "Panamanian"),
    ("Paraguay", "Paraguayan"),
    ("Peru", "Peruvian"),
    ("Philippines", "Filipino"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Rwanda", "Rwandan"),
    ("Saudi Arabia", "Saudi"),
    ("Scotland", "Scottish"),
    ("Senegal", "Senegalese"),
    ("Serbia", "Serbian"),
    ("Singapore", "Singaporean"),
    ("Slovakia", "Slovak"),
    ("Slovenia", "Slovenian"),
    ("Somalia", "Somali"),
    ("South Africa", "South African"),
    ("South Korea", "South Korean"),
    ("South Sudan", "South Sudanese"),
    ("Spain", "Spanish"),
    ("Sri Lanka", "Sri Lankan"),
    ("Sudan", "Sudanese"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Taiwan", "Taiwanese"),
    ("Tajikistan", "Tajik"),
    ("Tanzania", "Tanzanian"),
    ("Thailand", "Thai"),
    ("Tunisia", "Tunisian"),
    ("Turkey", "Turkish"),
    ("Turkmenistan", "Turkmen"),
    ("Uganda", "Ugandan"),
    ("Ukraine", "Ukrainian"),
    ("United Arab Emirates", "Emirati"),
    ("United Kingdom", "British"),
    ("United States", "American"),
    ("Uruguay", "Uruguayan"),
    ("Uzbekistan", "Uzbek"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
    ("Wales", "Welsh"),
    ("Yemen", "Yemeni"),
    ("Zambia", "Zambian"),
    ("Zimbabwe", "Zimbabwean"),
];

/// Other names of countries: (alias, the name in [`COUNTRIES`]).
pub const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("US", "United States"),
    ("U.S.", "United States"),
    ("USA", "United States"),
    ("U.S.A.", "United States"),
    ("America", "United States"),
    ("United States of America", "United States"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("UAE", "United Arab Emirates"),
    ("Holland", "Netherlands"),
    ("the Netherlands", "Netherlands"),
    ("Burma", "Myanmar"),
    ("Czechia", "Czech Republic"),
    ("Turkiye", "Turkey"),
    ("Türkiye", "Turkey"),
    ("DPRK", "North Korea"),
    ("PRC", "China"),
];

/// Other demonyms and the people of a place in the plural: (word, the country it points to).
pub const DEMONYM_ALIASES: &[(&str, &str)] = &[
    ("US", "United States"),
    ("U.S.", "United States"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("Argentinian", "Argentina"),
    ("Bosniak", "Bosnia"),
    ("Briton", "United Kingdom"),
    ("Brit", "United Kingdom"),
    ("Scots", "Scotland"),
    ("Filipina", "Philippines"),
    ("Kiwi", "New Zealand"),
    ("Emirian", "United Arab Emirates"),
    ("Soviet", "Russia"),
];

/// National capitals and other cities that news names bare, without their country.
pub const CITIES: &[&str] = &[
    "Abu Dhabi",
    "Abuja",
    "Accra",
    "Addis Ababa",
    "Amman",
    "Amsterdam",
    "Ankara",
    "Athens",
    "Baghdad",
    "Baku",
    "Bangkok",
    "Barcelona",
    "Beijing",
    "Beirut",
    "Belgrade",
    "Berlin",
    "Bern",
    "Bogota",
    "Brasilia",
    "Bratislava",
    "Brussels",
    "Bucharest",
    "Budapest",
    "Buenos Aires",
    "Cairo",
    "Canberra",
    "Caracas",
    "Chicago",
    "Copenhagen",
    "Damascus",
    "Delhi",
    "Dhaka",
    "Doha",
    "Dubai",
    "Dublin",
    "Edinburgh",
    "Geneva",
    "Hanoi",
    "Havana",
    "Helsinki",
    "Hong Kong",
    "Islamabad",
    "Istanbul",
    "Jakarta",
    "Jerusalem",
    "Johannesburg",
    "Kabul",
    "Karachi",
    "Kathmandu",
    "Khartoum",
    "Kiev",
    "Kinshasa",
    "Kyiv",
    "Lagos",
    "Lima",
    "Lisbon",
    "London",
    "Los Angeles",
    "Madrid",
    "Manila",
    "Mexico City",
    "Milan",
    "Minsk",
    "Moscow",
    "Mumbai",
    "Munich",
    "Nairobi",
    "New Delhi",
    "New York",
    "Oslo",
    "Ottawa",
    "Paris",
    "Prague",
    "Pyongyang",
    "Rabat",
    "Riga",
    "Riyadh",
    "Rome",
    "San Francisco",
    "Santiago",
    "Sao Paulo",
    "Seoul",
    "Shanghai",
    "Singapore",
    "Sofia",
    "Stockholm",
    "Sydney",
    "Taipei",
    "Tallinn",
    "Tashkent",
    "Tbilisi",
    "Tehran",
    "Tel Aviv",
    "The Hague",
    "Hague",
    "Tokyo",
    "Toronto",
    "Tripoli",
    "Tunis",
    "Vienna",
    "Vilnius",
    "Warsaw",
    "Washington",
    "Wellington",
    "Yerevan",
    "Zagreb",
    "Zurich",
];

/// The states of the United States.
pub const US_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// The provinces and territories of Canada.
pub const PROVINCES: &[&str] = &[
    "Ontario",
    "Quebec",
    "British Columbia",
    "Manitoba",
    "Saskatchewan",
    "New Brunswick",
    "Nova Scotia",
    "Prince Edward Island",
    "Newfoundland",
    "Newfoundland and Labrador",
    "Nunavut",
    "Yukon",
    "Northwest Territories",
];

/// The abbreviations news style gives Canadian provinces and US states after a town ("Moncton,
/// N.B.", "Fresno, Calif."), without their final period. Several are words or names without
/// the period ("Miss", "Pa"), so [`is_subdivision_abbrev`] asks for it.
pub const SUBDIVISION_ABBREVS: &[&str] = &[
    "Alta", "B.C", "Man", "N.B", "N.L", "Nfld", "N.S", "Ont", "P.E.I", "Que", "Sask", "N.W.T",
    "Y.T", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "D.C", "Fla", "Ga", "Ill", "Ind",
    "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H",
    "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex",
    "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
];

/// The two-letter postal codes of the US states and the District of Columbia.
pub const US_POSTAL_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

/// Whether `word` is a US state's postal code ("OK", "NJ"); only after a town and a comma
/// does it name the state ("Velmor, OK"), as several are words or acronyms too.
pub fn is_postal_code(word: &str) -> bool {
    word.len() == 2 && US_POSTAL_CODES.contains(&word)
}

/// The US states (and the District of Columbia) and the Canadian provinces and territories,
/// each with its postal code and the abbreviations news writes after a town ("Tulsa, Okla.",
/// "Velmor, OK"), as in [`US_POSTAL_CODES`] and [`SUBDIVISION_ABBREVS`].
const SUBDIVISIONS: &[(&str, &[&str])] = &[
    ("Alabama", &["AL", "Ala"]),
    ("Alaska", &["AK"]),
    ("Arizona", &["AZ", "Ariz"]),
    ("Arkansas", &["AR", "Ark"]),
    ("California", &["CA", "Calif"]),
    ("Colorado", &["CO", "Colo"]),
    ("Connecticut", &["CT", "Conn"]),
    ("Delaware", &["DE", "Del"]),
    ("District of Columbia", &["DC", "D.C"]),
    ("Florida", &["FL", "Fla"]),
    ("Georgia", &["GA", "Ga"]),
    ("Hawaii", &["HI"]),
    ("Idaho", &["ID"]),
    ("Illinois", &["IL", "Ill"]),
    ("Indiana", &["IN", "Ind"]),
    ("Iowa", &["IA"]),
    ("Kansas", &["KS", "Kan"]),
    ("Kentucky", &["KY", "Ky"]),
    ("Louisiana", &["LA", "La"]),
    ("Maine", &["ME"]),
    ("Maryland", &["MD", "Md"]),
    ("Massachusetts", &["MA", "Mass"]),
    ("Michigan", &["MI", "Mich"]),
    ("Minnesota", &["MN", "Minn"]),
    ("Mississippi", &["MS", "Miss"]),
    ("Missouri", &["MO", "Mo"]),
    ("Montana", &["MT", "Mont"]),
    ("Nebraska", &["NE", "Neb"]),
    ("Nevada", &["NV", "Nev"]),
    ("New Hampshire", &["NH", "N.H"]),
    ("New Jersey", &["NJ", "N.J"]),
    ("New Mexico", &["NM", "N.M"]),
    ("New York", &["NY", "N.Y"]),
    ("North Carolina", &["NC", "N.C"]),
    ("North Dakota", &["ND", "N.D"]),
    ("Ohio", &["OH"]),
    ("Oklahoma", &["OK", "Okla"]),
    ("Oregon", &["OR", "Ore"]),
    ("Pennsylvania", &["PA", "Pa"]),
    ("Rhode Island", &["RI", "R.I"]),
    ("South Carolina", &["SC", "S.C"]),
    ("South Dakota", &["SD", "S.D"]),
    ("Tennessee", &["TN", "Tenn"]),
    ("Texas", &["TX", "Tex"]),
    ("Utah", &["UT"]),
    ("Vermont", &["VT", "Vt"]),
    ("Virginia", &["VA", "Va"]),
    ("Washington", &["WA", "Wash"]),
    ("West Virginia", &["WV", "W.Va"]),
    ("Wisconsin", &["WI", "Wis"]),
    ("Wyoming", &["WY", "Wyo"]),
    ("Alberta", &["Alta"]),
    ("British Columbia", &["B.C"]),
    ("Manitoba", &["Man"]),
    ("New Brunswick", &["N.B"]),
    ("Newfoundland and Labrador", &["N.L", "Nfld"]),
    ("Nova Scotia", &["N.S"]),
    ("Ontario", &["Ont"]),
    ("Prince Edward Island", &["P.E.I"]),
    ("Quebec", &["Que"]),
    ("Saskatchewan", &["Sask"]),
    ("Northwest Territories", &["N.W.T"]),
    ("Yukon", &["Y.T"]),
];

/// The state or province an abbreviation of `SUBDIVISIONS` stands for, its final period
/// ignored ("Okla." and "OK" are Oklahoma). Only a mention the context already made a place
/// should be looked up: several codes are words or acronyms too.
pub fn subdivision_of_abbrev(abbrev: &str) -> Option<&'static str> {
    let core = abbrev.strip_suffix('.').unwrap_or(abbrev);
    SUBDIVISIONS
        .iter()
        .find(|(_, abbrevs)| abbrevs.contains(&core))
        .map(|(full, _)| *full)
}

/// Whether `name` is a province or state abbreviation; `period` says whether a period ends it
/// in the text (in the name or as the next token).
pub fn is_subdivision_abbrev(name: &str, period: bool) -> bool {
    let (core, dot) = match name.strip_suffix('.') {
        Some(c) => (c, true),
        None => (name, period),
    };
    dot && SUBDIVISION_ABBREVS.contains(&core)
}

/// Continents and regions: places, but not polities (LOC, not GPE).
pub const REGIONS: &[&str] = &[
    "Africa",
    "Americas",
    "Antarctica",
    "Arctic",
    "Asia",
    "Asia-Pacific",
    "Balkans",
    "Baltic",
    "Caribbean",
    "Caucasus",
    "Central Asia",
    "Crimea",
    "Donbas",
    "Earth",
    "East Asia",
    "Eastern Europe",
    "Europe",
    "Gaza Strip",
    "Gulf",
    "Latin America",
    "Middle East",
    "North Africa",
    "North America",
    "Pacific",
    "Sahel",
    "Scandinavia",
    "Siberia",
    "South America",
    "Southeast Asia",
    "Sub-Saharan Africa",
    "West",
    "West Bank",
    "Western Europe",
];

/// Words for a people or a bloc that are not a country's demonym.
pub const GROUP_ADJECTIVES: &[&str] = &[
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "European",
    "Asian",
    "African",
    "Arab",
    "Latin",
    "Muslim",
    "Christian",
    "Jewish",
    "Catholic",
    "Protestant",
    "Sunni",
    "Shia",
    "Shiite",
    "Hindu",
    "Buddhist",
    "Kurdish",
    "Kurd",
    "Baltic",
    "Nordic",
    "Scandinavian",
    "Caucasian",
    "Hispanic",
    "Latino",
    "Democrat",
    "Democratic",
    "Republican",
    "Conservative",
    "Labour",
    "Liberal",
    "Communist",
    "Socialist",
    "Islamist",
];

/// The lists above indexed for lookups by name: the entity layer asks them of every
/// capitalized word, and a scan of a few hundred names each time cost several percent of the
/// whole extraction.
struct Index {
    /// Country names and aliases to the name in [`COUNTRIES`]; the first entry wins.
    country: StrMap<'static, &'static str>,
    /// Demonyms and their aliases to (position in [`COUNTRIES`] then [`DEMONYM_ALIASES`],
    /// country), so that a lookup of two forms can keep the one listed first.
    demonym: StrMap<'static, (usize, &'static str)>,
    /// Capitals and large cities, US states and provinces.
    gpe: StrSet<'static>,
    /// [`REGIONS`], asked of many names of every article.
    regions: StrSet<'static>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut country = StrMap::default();
        for &(c, _) in COUNTRIES {
            country.entry(c).or_insert(c);
        }
        for &(a, c) in COUNTRY_ALIASES {
            country.entry(a).or_insert(c);
        }
        let mut demonym = StrMap::default();
        for (i, &(c, d)) in COUNTRIES.iter().enumerate() {
            demonym.entry(d).or_insert((i, c));
        }
        for (i, &(a, c)) in DEMONYM_ALIASES.iter().enumerate() {
            demonym.entry(a).or_insert((COUNTRIES.len() + i, c));
        }
        let gpe = CITIES
            .iter()
            .chain(US_STATES)
            .chain(PROVINCES)
            .copied()
            .collect();
        Index {
            country,
            demonym,
            gpe,
            regions: REGIONS.iter().copied().collect(),
        }
    })
}

/// The country a name or alias refers to, as its name in [`COUNTRIES`].
pub fn country(name: &str) -> Option<&'static str> {
    // Every name in the lists is capitalized: most words are rejected without a lookup.
    if !name.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    index().country.get(name).copied()
}

/// The country a demonym (adjective or plural noun) points to: "Chinese", "Russians".
pub fn demonym_country(word: &str) -> Option<&'static str> {
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    let demonyms = &index().demonym;
    match (demonyms.get(word), demonyms.get(singular)) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (Some(a), None) | (None, Some(a)) => Some(a.1),
        (None, None) => None,
    }
}

/// A country's name as it stands in running text: "the United States", "China".
pub fn country_in_text(country: &str) -> String {
    let the = matches!(
        country,
        "United States"
            | "United Kingdom"
            | "Netherlands"
            | "Czech Republic"
            | "Philippines"
            | "United Arab Emirates"
    );
    if the {
        format!("the {country}")
    } else {
        country.to_string()
    }
}

/// The demonym of a country name.
pub fn demonym_of(country: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == country)
        .map(|(_, d)| *d)
}

/// True for a word of a people or a bloc: a demonym ("Chinese", "Russians") or a group
/// adjective ("Western").
pub fn is_norp(name: &str) -> bool {
    demonym_country(name).is_some_and(|_| country(name).is_none())
        || GROUP_ADJECTIVES.contains(&name)
        || GROUP_ADJECTIVES.contains(&name.strip_suffix('s').unwrap_or(name))
}

/// True for a place that is a polity: a country, a capital or large city, a US state.
pub fn is_gpe(name: &str) -> bool {
    country(name).is_some() || index().gpe.contains(name) || is_subdivision_abbrev(name, false)
}

pub fn is_region(name: &str) -> bool {
    index().regions.contains(name)
}

/// Head words of roads, crossings and buildings that name a place whatever the tagger read into
/// the words before them ("Corvo Avenue", "Velmor Turnpike", "Velmor Mosque"): unlike "Hall"
/// or "Park", none of them is a common surname, nor ends an organization's name.
pub fn is_strong_fac_head(word: &str) -> bool {
    matches!(
        word,
        "Avenue"
            | "Ave"
            | "Boulevard"
            | "Blvd"
            | "Street"
            | "Road"
            | "Expressway"
            | "Turnpike"
            | "Freeway"
            | "Motorway"
            | "Highway"
            | "Parkway"
            | "Bridge"
            | "Airport"
            | "Mosque"
            | "Cathedral"
            | "Square"
            | "Trail"
            | "Hotel"
            | "Motel"
            | "Cemetery"
    )
}

/// Head words of buildings and structures that name the building itself even where the
/// tagger read an organization, outside sport (where "Crystal Palace" is a club): unlike
/// "Church", "Hall" or "Centre", they do not end the names of institutions.
pub fn is_building_head(word: &str) -> bool {
    matches!(
        word,
        "Palace"
            | "Castle"
            | "Abbey"
            | "Tower"
            | "Towers"
            | "Temple"
            | "Cathedral"
            | "Mosque"
            | "Pyramid"
            | "Monument"
            | "Dam"
            | "Tunnel"
            | "Lighthouse"
            | "Light House"
    )
}

/// Head words of institutions that an article, once it has named one, may call by the word
/// alone, capitalized ("the Court", "the Ministry").
pub fn is_institution_word(word: &str) -> bool {
    matches!(
        word,
        "Court"
            | "Tribunal"
            | "Government"
            | "Ministry"
            | "Department"
            | "Agency"
            | "Bureau"
            | "Commission"
            | "Committee"
            | "Council"
            | "Assembly"
            | "Parliament"
            | "University"
            | "College"
            | "Academy"
            | "Institute"
            | "Society"
            | "Foundation"
            | "Association"
            | "Federation"
            | "League"
            | "Church"
            | "Company"
            | "Corporation"
            | "Bank"
            | "Party"
            | "Club"
            | "Board"
            | "Authority"
    )
}

/// Words that name a facility by the number after them ("Terminal 2", "Pier 39", "Route 66").
pub fn is_numbered_fac_head(word: &str) -> bool {
    matches!(
        word,
        "Terminal"
            | "Pier"
            | "Gate"
            | "Platform"
            | "Hangar"
            | "Runway"
            | "Concourse"
            | "Berth"
            | "Dock"
            | "Wharf"
            | "Quay"
            | "Route"
            | "Highway"
            | "Interstate"
    )
}

/// Head words (the last word of a name) of facilities.
pub fn is_fac_head(word: &str) -> bool {
    matches!(
        word,
        "Airport"
            | "airport"
            | "Hall"
            | "Square"
            | "Bridge"
            | "Stadium"
            | "Arena"
            | "Palace"
            | "Tower"
            | "Towers"
            | "Station"
            | "Cathedral"
            | "Mosque"
            | "Temple"
            | "Church"
            | "Abbey"
            | "Castle"
            | "Prison"
            | "Dam"
            | "Highway"
            | "Tunnel"
            | "Park"
            | "Plaza"
            | "Building"
            | "Centre"
            | "Center"
            | "Harbour"
            | "Harbor"
            | "Port"
            | "Base"
    )
}

/// Words that make a name an organization wherever they stand in it: the strong ones, and
/// weaker institution words that also end place names or common phrases.
pub fn is_org_word(word: &str) -> bool {
    is_strong_org_word(word)
        || matches!(
            word,
            "Assembly"
                | "Union"
                | "Federation"
                | "Group"
                | "Office"
                | "Senate"
                | "Cabinet"
                | "Army"
                | "Navy"
                | "Police"
                | "Service"
                | "Authority"
                | "Board"
                | "Bureau"
                | "Club"
                | "Fund"
                | "School"
                | "College"
                | "Academy"
        )
}

/// The last words of companies' names ("Zentra Capital", "Velmor Securities", "Corvo
/// Holdings plc"): unlike the institution words of [`is_org_word`], they make a name an
/// organization only where they end it.
pub fn is_business_head(word: &str) -> bool {
    matches!(
        word,
        "Capital"
            | "Partners"
            | "Holdings"
            | "Securities"
            | "Ventures"
            | "Investments"
            | "Advisors"
            | "Advisers"
            | "Associates"
            | "Industries"
            | "Technologies"
            | "Solutions"
            | "Systems"
            | "Pharmaceuticals"
            | "Enterprises"
            | "Bancorp"
            | "Financial"
            | "Insurance"
            | "Properties"
            | "Entertainment"
            | "Communications"
            | "Networks"
            | "Brands"
            | "Foods"
            | "Logistics"
            | "Consulting"
            | "Airlines"
            | "Airways"
            | "Motors"
            | "Software"
            | "Electronics"
            | "Semiconductor"
            | "Telecom"
            | "Petroleum"
            | "Mining"
            | "Chemicals"
            | "Media"
            | "Labs"
            | "Records"
            | "LLC"
            | "LLP"
            | "Plc"
            | "PLC"
            | "plc"
            | "GmbH"
            | "Limited"
    )
}

/// The head words of newspapers' and news agencies' names ("Corvo Press", "Velmor Herald",
/// "Zentra Paper"): people do not bear them as surnames.
pub fn is_publication_head(word: &str) -> bool {
    matches!(
        word,
        "News"
            | "Press"
            | "Times"
            | "Herald"
            | "Tribune"
            | "Gazette"
            | "Chronicle"
            | "Telegraph"
            | "Inquirer"
            | "Courier"
            | "Paper"
            | "Journal"
    )
}

/// Words that end names of things rather than people: institutions, facilities, events,
/// places and documents.
pub fn is_cue_word(word: &str) -> bool {
    is_org_word(word)
        || is_fac_head(word)
        || is_event_head(word)
        || is_loc_head(word)
        || is_document_head(word)
        || matches!(
            word,
            "Open" | "Masters" | "Classic" | "Trophy" | "Radio" | "News" | "Times"
        )
}

/// Last words of a country's government bodies, which news names with the demonym
/// ("Ukrainian Foreign Ministry", "French Embassy").
pub fn is_government_body(word: &str) -> bool {
    matches!(word, "Ministry" | "Embassy" | "Government" | "Consulate")
}

/// Words that make any name an organization, even one the tagger took for a place
/// ("Supreme Court"). Weaker institution words ("Union", "Federation") also end place names.
pub fn is_strong_org_word(word: &str) -> bool {
    matches!(
        word,
        "Court"
            | "Ministry"
            | "Party"
            | "Department"
            | "Commission"
            | "Committee"
            | "Council"
            | "Congress"
            | "Parliament"
            | "Agency"
            | "Bank"
            | "University"
            | "Institute"
            | "Association"
            | "Organization"
            | "Organisation"
            | "Corporation"
            | "Company"
            | "Inc"
            | "Inc."
            | "Ltd"
            | "Ltd."
            | "Corp"
            | "Corp."
            | "Foundation"
            | "Society"
            | "Orchestra"
            | "Philharmonic"
            | "Kremlin"
            | "Pentagon"
    )
}

/// Last words of event names.
pub fn is_event_head(word: &str) -> bool {
    matches!(
        word,
        "War"
            | "Olympics"
            | "Games"
            | "Cup"
            | "Championship"
            | "Championships"
            | "Summit"
            | "Festival"
            | "Revolution"
            | "Forum"
            | "Conference"
            | "Tournament"
            | "Grand Prix"
    )
}

/// Last words of natural places.
pub fn is_loc_head(word: &str) -> bool {
    matches!(
        word,
        "River"
            | "Sea"
            | "Ocean"
            | "Lake"
            | "Mountains"
            | "Mountain"
            | "Mount"
            | "Valley"
            | "Desert"
            | "Island"
            | "Islands"
            | "Peninsula"
            | "Strait"
            | "Bay"
            | "Coast"
            | "Region"
            | "Gulf"
    )
}

/// Last words of administrative divisions: "Douglas County", "Sichuan Province".
pub fn is_division_head(word: &str) -> bool {
    matches!(
        word,
        "County" | "Province" | "District" | "Township" | "Prefecture" | "Oblast"
    )
}

/// Words that name a place's government as a place before "of": "the State of Ohio",
/// "the Municipality of Velmor", "the Commonwealth of Virginia".
pub fn is_division_before_of(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Commonwealth"
            | "Municipality"
            | "Province"
            | "County"
            | "City"
            | "Town"
            | "Township"
            | "Borough"
            | "Village"
    )
}

/// First words of natural places and settlements: "Lake Cowichan", "Mount Kenya".
pub fn is_place_first_word(word: &str) -> bool {
    matches!(
        word,
        "Lake" | "Mount" | "Mt" | "Mt." | "Cape" | "Fort" | "Port" | "Lac" | "Rio"
    )
}

/// Gender a title word implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// How a title word refers to a person when it stands without the name ("the president").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleKind {
    /// A formal office: "president", "minister". A phrase with it is a title mention.
    Office,
    /// A description: "leader", "diplomat", "spokesman". A phrase with it is a nominal mention.
    Description,
    /// A form of address: "Mr", "Dr". Gives no role.
    Honorific,
}

/// The full name of an institution that news copy calls by a short name or a nickname not
/// made of its words: "the Fed", "the Tories", "the GOP", "the Commons".
pub fn institution_of_alias(alias: &str) -> Option<&'static str> {
    Some(match alias {
        "Fed" => "Federal Reserve",
        "Tories" | "Tory" | "Tory Party" => "Conservative Party",
        "GOP" => "Republican Party",
        "Commons" => "House of Commons",
        "Lords" => "House of Lords",
        _ => return None,
    })
}

/// A party or a political camp as news copy names it before a member's name ("Labour",
/// "Republican", "Lib Dem", "Tory"): a people's word ([`is_norp`]) or one of the parties' short
/// names.
pub fn is_party_word(s: &str) -> bool {
    is_norp(s)
        || institution_of_alias(s).is_some()
        || matches!(
            s,
            "Lib Dem"
                | "Lib Dems"
                | "Liberal Democrat"
                | "Liberal Democrats"
                | "Christian Democrat"
                | "Christian Democrats"
                | "Social Democrat"
                | "Social Democrats"
                | "Free Democrats"
                | "Green"
                | "Greens"
        )
}

/// A player's position or a club's office as a sports report writes it between the club's
/// name and the person's ("Zentra winger Nora Velmor", "Corvo boss Rick Okafor"); "chief"
/// and "executive" each count, for "chief executive".
pub fn is_sports_position(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "winger"
            | "defender"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "keeper"
            | "forward"
            | "captain"
            | "skipper"
            | "full-back"
            | "left-back"
            | "right-back"
            | "centre-back"
            | "center-back"
            | "wing-back"
            | "playmaker"
            | "fly-half"
            | "scrum-half"
            | "prop"
            | "flanker"
            | "hooker"
            | "quarterback"
            | "pitcher"
            | "shortstop"
            | "outfielder"
            | "boss"
            | "manager"
            | "coach"
            | "physio"
            | "chairman"
            | "chief"
            | "executive"
            | "owner"
            | "team-mate"
            | "teammate"
    )
}

/// A people's word made a noun for one of them: "Welshman", "Frenchwoman", "Scotsman",
/// "Dutchmen". Before a name it describes the person ("Welshman Ray Velmor") and is no
/// part of the name.
pub fn is_demonym_noun(word: &str) -> bool {
    ["woman", "women", "man", "men"].iter().any(|suffix| {
        word.strip_suffix(suffix)
            .filter(|stem| stem.len() > 2)
            .is_some_and(|stem| is_norp(stem) || is_norp(stem.trim_end_matches('s')))
    })
}

/// The words that end a football club's name after its town ("Leicester City", "Bristol
/// Rovers", "Plymouth Argyle").
pub fn is_club_word(word: &str) -> bool {
    matches!(
        word,
        "City"
            | "United"
            | "Rovers"
            | "Athletic"
            | "Town"
            | "Wanderers"
            | "Albion"
            | "County"
            | "Rangers"
            | "Forest"
            | "Argyle"
    )
}

/// Titles of a monarch or a prince ("prince", "queen", "emir", "pope"): with a realm they name
/// one person ("the Prince of Wales"), not an office any recent person may hold.
pub fn is_royal_title(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "prince" | "princess" | "king" | "queen" | "sultan" | "emir" | "sheikh" | "pope"
    )
}

/// A title word (lower case, singular) and what it implies.
pub fn title(word_lower: &str) -> Option<(TitleKind, Option<Gender>)> {
    use Gender::*;
    use TitleKind::*;
    let w = word_lower.strip_suffix('.').unwrap_or(word_lower);
    Some(match w {
        "president" | "premier" | "chancellor" | "minister" | "secretary" | "senator"
        | "governor" | "mayor" | "ambassador" | "envoy" | "chairman" | "chairwoman" | "chair"
        | "director" | "commissioner" | "congressman" | "congresswoman" | "representative"
        | "rep" | "sen" | "gov" | "judge" | "justice" | "prosecutor" | "attorney" | "general"
        | "admiral" | "colonel" | "commander" | "captain" | "lieutenant" | "sergeant" | "gen"
        | "col" | "lt" | "sgt" | "capt" | "maj" | "cpl" | "corporal" | "ceo" | "chief" | "pope"
        | "cardinal" | "bishop" | "archbishop" | "rabbi" | "imam" | "sheikh" | "emir"
        | "prince" | "princess" | "king" | "queen" | "sultan" | "dictator" | "councillor"
        | "councilor" | "speaker" | "treasurer" | "deputy" | "vice-president" | "vp"
        | "superintendent" | "inspector" | "detective" | "professor" | "prof" | "coach"
        | "manager" | "administrator" | "cfo" | "coo" | "cto" | "cio" => {
            let g = match w {
                "chairman" | "congressman" | "prince" | "king" | "sultan" | "pope" => Some(Male),
                "chairwoman" | "congresswoman" | "princess" | "queen" => Some(Female),
                _ => None,
            };
            (Office, g)
        }
        "leader" | "diplomat" | "spokesman" | "spokeswoman" | "spokesperson" | "official"
        | "officer" | "head" | "negotiator" | "adviser" | "advisor" | "aide" | "lawmaker"
        | "politician" | "businessman" | "businesswoman" | "tycoon" | "billionaire"
        | "executive" | "founder" | "defender" | "striker" | "midfielder" | "goalkeeper"
        | "forward" | "player" | "winger" | "singer" | "actor" | "actress" | "star" | "author"
        | "writer" | "journalist" | "reporter" | "correspondent" | "editor" | "analyst"
        | "economist" | "researcher" | "scientist" | "spokes" | "activist" | "lawyer"
        | "strongman" | "opponent" | "rival" | "candidate" | "nominee" => {
            let g = match w {
                "spokesman" | "businessman" | "actor" | "strongman" => Some(Male),
                "spokeswoman" | "businesswoman" | "actress" => Some(Female),
                _ => None,
            };
            (Description, g)
        }
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady" | "madam" => {
            let g = match w {
                "mr" | "sir" | "lord" => Some(Male),
                "dr" => None,
                _ => Some(Female),
            };
            (Honorific, g)
        }
        _ => return None,
    })
}

/// A title word in the plural ("ministers"), as its singular.
pub fn title_plural(word_lower: &str) -> Option<&str> {
    let s = word_lower.strip_suffix('s')?;
    title(s).map(|_| s)
}

/// Words that modify a title without being one: "top", "former", "deputy", "foreign".
pub fn is_title_modifier(word_lower: &str) -> bool {
    is_field_word(word_lower)
        || matches!(
            word_lower,
            "top"
                | "senior"
                | "shadow"
                | "former"
                | "ex"
                | "acting"
                | "interim"
                | "deputy"
                | "vice"
                | "assistant"
                | "chief"
                | "foreign"
                | "prime"
                | "defence"
                | "defense"
                | "finance"
                | "interior"
                | "justice"
                | "health"
                | "education"
                | "trade"
                | "economy"
                | "energy"
                | "state"
                | "national"
                | "security"
                | "military"
                | "army"
                | "navy"
                | "party"
                | "opposition"
                | "general"
                | "attorney"
                | "supreme"
                | "head"
                | "lead"
                | "main"
                | "new"
                | "incoming"
                | "outgoing"
                | "then"
                | "longtime"
                | "veteran"
                | "presidential"
                | "press"
                | "communications"
                | "ministry"
                | "government"
                | "white"
                | "house"
                | "department"
                | "executive"
                | "managing"
                | "commanding"
                | "federal"
                | "regional"
                | "local"
                | "first"
                | "high"
                | "special"
                | "secretary"
                | "financial"
                | "operating"
                | "marketing"
                | "commercial"
                | "legal"
                | "medical"
                | "investment"
        )
}

/// The fields an official answers for, before the title: "foreign policy chief", "police
/// chief", "culture secretary", "central bank governor". Part of [`is_title_modifier`]; being
/// nouns too, they modify only a title, never an honorific ("asked about housing Mr X").
pub fn is_field_word(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "policy"
            | "police"
            | "fire"
            | "intelligence"
            | "climate"
            | "transport"
            | "environment"
            | "agriculture"
            | "culture"
            | "science"
            | "technology"
            | "business"
            | "economic"
            | "tax"
            | "immigration"
            | "housing"
            | "central"
            | "bank"
    )
}

/// Whether a word is a US lawmaker's party and state, as news writes them after the name:
/// "D-Calif.", "R-Texas", "I-Vt.", "D-N.Y.".
pub fn is_party_and_state(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len() <= 12
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

/// The words that join a portfolio's words: "Health and Human Services", "Secretary of the
/// Treasury".
pub fn is_portfolio_connector(word_lower: &str) -> bool {
    matches!(word_lower, "and" | "the" | "&")
}

/// Words of the portfolio an office holds, as they follow the title and "of" or "for":
/// "Secretary of State", "Minister of Foreign Affairs", "Secretary of Health and Human
/// Services", "Chief of Staff". Lower case; the connectors "and", "the" and "&" are not here.
pub fn is_portfolio_word(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "state"
            | "defense"
            | "defence"
            | "war"
            | "finance"
            | "treasury"
            | "foreign"
            | "home"
            | "internal"
            | "external"
            | "affairs"
            | "interior"
            | "justice"
            | "education"
            | "health"
            | "human"
            | "services"
            | "labor"
            | "labour"
            | "employment"
            | "commerce"
            | "trade"
            | "industry"
            | "energy"
            | "agriculture"
            | "fisheries"
            | "forestry"
            | "transportation"
            | "transport"
            | "housing"
            | "urban"
            | "development"
            | "veterans"
            | "homeland"
            | "security"
            | "environment"
            | "culture"
            | "tourism"
            | "economy"
            | "economic"
            | "planning"
            | "science"
            | "technology"
            | "communications"
            | "information"
            | "infrastructure"
            | "public"
            | "works"
            | "welfare"
            | "social"
            | "immigration"
            | "heritage"
            | "sport"
            | "sports"
            | "youth"
            | "women"
            | "family"
            | "water"
            | "resources"
            | "natural"
            | "mines"
            | "staff"
            | "navy"
            | "army"
            | "air"
            | "force"
    )
}

/// The gender a common first name suggests, from a short hand-kept list of frequent
/// English-language first names; a name it does not know gives no gender.
#[rustfmt::skip]
pub fn listed_first_name_gender(name: &str) -> Option<Gender> {
    const MALE: &[&str] = &[
        "Aaron", "Adam", "Alan", "Alex", "Alexander", "Andrew", "Anthony", "Antony", "Ben",
        "Benjamin", "Bill", "Bob", "Boris", "Brian", "Bruce", "Carl", "Charles", "Chris",
        "Christopher", "Chuck", "Colin", "Dan", "Daniel", "Darren", "Dave", "David", "Dennis",
        "Dmitry", "Donald", "Douglas", "Ed", "Edward", "Emmanuel", "Eric", "Frank", "Gary",
        "George", "Gordon", "Graham", "Greg", "Harry", "Henry", "Ian", "Ivan", "Jack", "Jacob",
        "Jake", "James", "Jason", "Jeff", "Jeremy", "Jim", "Joe", "John", "Jonathan", "Joseph",
        "Josh", "Justin", "Keith", "Ken", "Kevin", "Kyle", "Larry", "Mark", "Martin", "Matt",
        "Matthew", "Michael", "Mike", "Mohammed", "Muhammad", "Neil", "Nick", "Nicholas",
        "Oleg", "Oliver", "Patrick", "Paul", "Peter", "Philip", "Richard", "Rishi", "Rob",
        "Robert", "Rod", "Roger", "Ron", "Ryan", "Sam", "Scott", "Sean", "Sergei", "Simon",
        "Stephen", "Steve", "Steven", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Vladimir",
        "Walter", "William", "Xavier", "Yuri",
    ];
    const FEMALE: &[&str] = &[
        "Alice", "Amanda", "Amy", "Angela", "Ann", "Anna", "Anne", "Barbara", "Betty", "Carol",
        "Caroline", "Catherine", "Cathy", "Charlotte", "Christine", "Claire", "Denise", "Diana",
        "Diane", "Elizabeth", "Ellen", "Emily", "Emma", "Grace", "Hannah", "Helen", "Hillary",
        "Jane", "Janet", "Jennifer", "Jessica", "Jill", "Joan", "Julia", "Julie", "Karen",
        "Kate", "Katherine", "Kathleen", "Kylie", "Laura", "Linda", "Lisa", "Liz", "Margaret",
        "Maria", "Marie", "Mary", "Megan", "Melissa", "Michelle", "Nancy", "Natalia", "Nicola",
        "Nicole", "Olga", "Pamela", "Patricia", "Rachel", "Rebecca", "Ruth", "Sarah", "Sandra",
        "Sharon", "Sophie", "Susan", "Theresa", "Ursula", "Victoria", "Wendy", "Yulia",
    ];
    if MALE.contains(&name) {
        Some(Gender::Male)
    } else if FEMALE.contains(&name) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// [`listed_first_name_gender`], else what the census's given names say: the sex that bears a
/// name far more often in the US, which names from elsewhere may contradict ("Dominique",
/// "Sandy").
pub fn first_name_gender(name: &str) -> Option<Gender> {
    listed_first_name_gender(name).or_else(|| super::open_lists::given_name_gender(name))
}

/// Verbs of saying that follow a parenthetical pronoun: "Macharia hid, he said, ...".
pub fn is_speech_verb(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "said"
            | "says"
            | "told"
            | "added"
            | "explained"
            | "noted"
            | "recalled"
            | "insisted"
            | "wrote"
            | "writes"
            | "continued"
            | "argued"
            | "stressed"
            | "warned"
            | "admitted"
    )
}

/// Words that make an office of a title word: "prime minister", "foreign secretary".
pub fn is_office_modifier(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "prime"
            | "first"
            | "foreign"
            | "finance"
            | "defence"
            | "defense"
            | "interior"
            | "justice"
            | "health"
            | "education"
            | "trade"
            | "home"
            | "vice"
            | "attorney"
            | "state"
            | "economy"
            | "energy"
            | "culture"
            | "sports"
            | "transport"
            | "environment"
    )
}

/// Pronouns the resolver links to a person: (word, gender).
pub fn personal_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" | "HE" => Some(Gender::Male),
        "she" | "She" | "SHE" => Some(Gender::Female),
        _ => None,
    }
}

/// A third-person pronoun of a person that is not a subject: object, possessive and reflexive
/// ("him", "his", "her", "herself").
pub fn other_personal_pronoun(word: &str) -> Option<Gender> {
    match word {
        "him" | "his" | "His" | "himself" => Some(Gender::Male),
        "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Acronyms of common nouns: technologies, substances, measures, job titles and the like, which
/// a tagger trained on capitalized names reads as organizations ("AI", "DNA", "GDP", "CEO").
/// As written, without a plural "s". An organization whose name is one of these is rare
/// beside the common noun.
pub fn is_common_acronym(word: &str) -> bool {
    matches!(
        word,
        "AI" | "AGI"
            | "LLM"
            | "ML"
            | "GPU"
            | "CPU"
            | "RAM"
            | "SSD"
            | "USB"
            | "HDMI"
            | "LED"
            | "LCD"
            | "OLED"
            | "DNA"
            | "RNA"
            | "mRNA"
            | "HIV"
            | "PTSD"
            | "ADHD"
            | "OCD"
            | "MRI"
            | "ICU"
            | "CEO"
            | "CFO"
            | "CTO"
            | "COO"
            | "GDP"
            | "GNP"
            | "CPI"
            | "VAT"
            | "IPO"
            | "ETF"
            | "ROI"
            | "KPI"
            | "API"
            | "URL"
            | "PDF"
            | "HTML"
            | "SQL"
            | "VPN"
            | "SMS"
            | "GPS"
            | "SUV"
            | "ATM"
            | "IQ"
            | "DIY"
            | "FAQ"
            | "NFT"
            | "DLC"
            | "VR"
            | "IoT"
            | "SaaS"
            | "PhD"
            | "MBA"
            | "TV"
            | "PC"
            | "DVD"
            | "CCTV"
            | "CO2"
            | "BMI"
            | "CBD"
            | "THC"
            | "DUI"
    )
}

/// Interjections and words of greeting, which open spoken and written lines ("Oh, ...",
/// "Alright.", "Hi!") and, capitalized, read as names to a tagger trained on news. Lower case.
pub fn is_interjection(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "oh" | "yeah"
            | "hey"
            | "wow"
            | "whoa"
            | "hi"
            | "hello"
            | "goodbye"
            | "bye"
            | "alright"
            | "okay"
            | "mhm"
            | "um"
            | "uh"
            | "hmm"
            | "yep"
            | "nope"
            | "oops"
            | "gosh"
            | "aha"
    )
}

/// One-word names of feasts and religious seasons, which name the days, not a place or a
/// thing, before a noun too ("Christmas shoppers").
pub fn is_feast(word: &str) -> bool {
    matches!(
        word,
        "Christmas"
            | "Xmas"
            | "Easter"
            | "Halloween"
            | "Thanksgiving"
            | "Hanukkah"
            | "Chanukah"
            | "Passover"
            | "Ramadan"
            | "Diwali"
            | "Eid"
            | "Lent"
            | "Advent"
            | "Pentecost"
            | "Kwanzaa"
            | "Hogmanay"
    )
}

/// Words that name a Christian denomination before "Church" ("the Methodist Church").
pub fn is_denomination(word: &str) -> bool {
    matches!(
        word,
        "Catholic"
            | "Orthodox"
            | "Lutheran"
            | "Anglican"
            | "Methodist"
            | "Baptist"
            | "Presbyterian"
            | "Episcopal"
            | "Protestant"
            | "Evangelical"
            | "Reformed"
            | "Pentecostal"
            | "Coptic"
            | "Apostolic"
            | "Adventist"
            | "Mennonite"
            | "Moravian"
            | "Unitarian"
            | "Congregational"
            | "Roman"
            | "Eastern"
            | "Oriental"
            | "Maronite"
            | "Syriac"
            | "Chaldean"
            | "Uniting"
    )
}

/// A relative of one person ("son", "widow", "cousin"): "the son of X" and "X's son" make X a
/// person. Lower case, singular.
pub fn is_kin_noun(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "son"
            | "daughter"
            | "wife"
            | "husband"
            | "widow"
            | "widower"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "nephew"
            | "niece"
            | "grandson"
            | "granddaughter"
            | "grandfather"
            | "grandmother"
            | "uncle"
            | "aunt"
            | "cousin"
            | "boyfriend"
            | "girlfriend"
            | "fiancé"
            | "fiancée"
    )
}

/// What a child calls a parent or grandparent ("Mom", "Grandpa"): capitalized as a name, but
/// a family word that stands for whoever the speaker's parent is. Lower case.
pub fn is_kin_address(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "mom" | "mum" | "dad" | "mommy" | "mummy" | "daddy" | "grandma" | "grandpa" | "granny"
    )
}

/// Common sentence-initial words that a tagger may take for a name: function words,
/// interjections and frequent openers of news sentences. Lower case.
pub fn is_common_word(word_lower: &str) -> bool {
    words::is_finite_auxiliary(word_lower)
        || is_interjection(word_lower)
        || matches!(
            word_lower,
            "born"
                | "a"
                | "an"
                | "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "it"
                | "its"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "but"
                | "and"
                | "or"
                | "so"
                | "yet"
                | "if"
                | "when"
                | "while"
                | "after"
                | "before"
                | "as"
                | "at"
                | "in"
                | "on"
                | "for"
                | "with"
                | "by"
                | "from"
                | "of"
                | "to"
                | "up"
                | "out"
                | "over"
                | "under"
                | "about"
                | "all"
                | "some"
                | "many"
                | "most"
                | "more"
                | "no"
                | "not"
                | "yes"
                | "there"
                | "here"
                | "then"
                | "now"
                | "today"
                | "still"
                | "also"
                | "however"
                | "meanwhile"
                | "instead"
                | "despite"
                | "although"
                | "though"
                | "since"
                | "until"
                | "why"
                | "what"
                | "who"
                | "how"
                | "where"
                | "which"
                | "one"
                | "two"
                | "three"
                | "top"
                | "success"
                | "error"
                | "warning"
                | "note"
                | "update"
                | "breaking"
                | "live"
                | "watch"
                | "read"
                | "more:"
                | "related"
                | "advertisement"
                | "share"
                | "subscribe"
                | "sign"
                | "click"
                | "follow"
                | "photo"
                | "video"
                | "image"
                | "source"
                | "sources"
                | "officials"
                | "police"
                | "experts"
                | "critics"
                | "analysts"
                | "residents"
                | "people"
                | "others"
                | "several"
                | "both"
                | "each"
                | "every"
                | "other"
                | "such"
                | "even"
                | "only"
                | "just"
                | "last"
                | "next"
                | "former"
                | "senior"
                | "according"
                | "asked"
                | "speaking"
                | "earlier"
                | "later"
                | "thanks"
                | "please"
                | "sorry"
                | "oops"
                | "hello"
                | "welcome"
                | "done"
                | "ok"
                | "okay"
                | "well"
                | "indeed"
                | "perhaps"
                | "maybe"
                | "already"
                | "again"
                | "once"
                | "overall"
                | "together"
                | "separately"
                | "elsewhere"
                | "further"
                | "finally"
                | "initially"
                | "currently"
                | "recently"
                | "previously"
                | "sign-up"
        )
}

/// Capitalized weekdays and months: a tagger sometimes glues them to a name ("CNN Monday").
/// Those that are also names ("May", "Jun") or words ("Mar") are left out.
pub fn is_calendar_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (words::is_weekday(word) || words::is_month_or_abbreviation(word))
        && !matches!(word, "May" | "Mar" | "Jun" | "Jun." | "Jul" | "Jul.")
}

/// Lower-case words that never start a name ("of Russia").
pub fn is_function_word(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "of" | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "for"
            | "to"
            | "by"
            | "with"
            | "from"
            | "as"
    )
}

/// Plural nouns whose possessive stands inside names ("People's", "Workers'").
pub fn is_possessive_in_name(word: &str) -> bool {
    matches!(
        word,
        "People"
            | "Workers"
            | "Women"
            | "Children"
            | "Men"
            | "Veterans"
            | "Nations"
            | "Farmers"
            | "Peoples"
            | "Soldiers"
            | "Lawyers"
    )
}

/// Words that number the parts of a text ("Figure 3", "Step 2", "Chapter 11", "Rule 37"):
/// before a number they are a reference, not a name (nor, followed by a number, a team and its
/// score).
pub fn is_text_part(word: &str) -> bool {
    matches!(
        word,
        "Figure"
            | "Fig"
            | "Table"
            | "Listing"
            | "Chapter"
            | "Section"
            | "Step"
            | "Page"
            | "Appendix"
            | "Equation"
            | "Exhibit"
            | "Example"
            | "Verse"
            | "Plate"
            | "Rule"
            | "Paragraph"
            | "Clause"
            // The numbered steps and rounds of guides, studies and courses ("Part 2",
            // "Method Three of Four", "Wave 5 survey", "Lesson 3").
            | "Part"
            | "Method"
            | "Wave"
            | "Phase"
            | "Stage"
            | "Round"
            | "Lesson"
            | "Module"
            | "Question"
            | "Task"
            | "Experiment"
            | "Exercise"
            | "Lecture"
            | "Volume"
            | "Act"
            | "Scene"
    )
}

/// A number in words as the label of a part: a number word ("One", "two") or a Roman numeral
/// up to twelve ("IV"). Digits are the tokenizer's numbers.
pub fn is_part_number(word: &str) -> bool {
    words::number_word(word).is_some()
        || matches!(
            word,
            "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X" | "XI" | "XII"
        )
}

/// Head words of documents: reports, charters, laws and treaties (MISC, not ORG).
pub fn is_document_head(word: &str) -> bool {
    matches!(
        word,
        "Report"
            | "Charter"
            | "Treaty"
            | "Act"
            | "Accord"
            | "Accords"
            | "Agreement"
            | "Convention"
            | "Declaration"
            | "Resolution"
            | "Protocol"
            | "Constitution"
            | "Amendment"
            | "Bill"
            | "Doctrine"
    )
}

/// Countries, big cities and provinces that are rarely also a person's name: a tagger's PER on them is
/// the place speaking ("Kyiv reiterated").
pub fn is_unambiguous_place(name: &str) -> bool {
    (country(name).is_some() || CITIES.contains(&name) || PROVINCES.contains(&name))
        && !matches!(
            name,
            "Jordan"
                | "Holland"
                | "Georgia"
                | "Washington"
                | "Sydney"
                | "Chad"
                | "Israel"
                | "Lima"
                | "Mali"
                | "Niger"
                | "America"
                | "Santiago"
                | "Victoria"
                | "Wellington"
                | "Florence"
        )
}

/// Lower-case words that join the parts of a name: "Bank of England", "Ludwig van Beethoven".
pub fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "the"
            | "and"
            | "for"
            | "de"
            | "da"
            | "di"
            | "do"
            | "dos"
            | "das"
            | "du"
            | "des"
            | "del"
            | "della"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "e"
            | "upon"
            | "wa"
            | "dello"
            | "degli"
            | "dei"
            | "delle"
            | "los"
            | "las"
            | "et"
            | "in"
            | "at"
            | "sur"
    )
}

/// The particles of people's names in many languages: "Ludwig van Beethoven", "Antonio Lopez
/// de Santa Anna", "Alwaleed bin Talal". The connectors of [`is_name_connector`] without the
/// English words that join the names of bodies and places ("Bank of England").
pub fn is_name_particle(word: &str) -> bool {
    is_name_connector(word)
        && !matches!(
            word,
            "of" | "the" | "and" | "for" | "in" | "upon" | "et" | "e" | "at" | "sur"
        )
}

/// Verbs that follow a subject in news: a title word before one ends its phrase.
pub fn is_report_verb(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "said"
            | "says"
            | "told"
            | "added"
            | "has"
            | "had"
            | "is"
            | "was"
            | "will"
            | "would"
            | "did"
            | "does"
            | "announced"
            | "warned"
            | "insisted"
            | "denied"
            | "claimed"
    )
}

/// Names that take "the" ("the Netherlands"), with their type and whether the article is part
/// of the name even in lower case: style guides write "The Hague" and "the Netherlands", and
/// CoNLL-style annotation leaves the article of the second out.
const WITH_THE: [(&str, EntityType, bool); 6] = [
    ("Hague", EntityType::GPE, true),
    ("Netherlands", EntityType::GPE, false),
    ("Gambia", EntityType::GPE, false),
    ("Bahamas", EntityType::GPE, false),
    ("Bronx", EntityType::GPE, false),
    ("Oval", EntityType::FAC, false),
];

/// Whether a name's "The" is part of it ("The Hague"), in any case.
pub fn takes_the(rest: &str) -> bool {
    the_name(rest).is_some()
}

/// For a name that takes "the" (with or without it): its type, whatever a tagger said, and
/// whether a lower-case "the" before it belongs to it.
pub fn the_name(name: &str) -> Option<(EntityType, bool)> {
    let rest = ["The ", "the ", "THE "]
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .unwrap_or(name);
    WITH_THE
        .iter()
        .find(|(n, ..)| n.eq_ignore_ascii_case(rest))
        .map(|&(_, kind, article)| (kind, article))
}

/// Adverbs by their ending ("Eventually", "Ultimately"): a sentence may open with one, a name
/// does not.
pub fn is_adverb(word_lower: &str) -> bool {
    word_lower.len() > 6
        && [
            "ally", "ently", "ately", "ously", "ively", "ually", "antly", "edly",
        ]
        .iter()
        .any(|e| word_lower.ends_with(e))
}

/// Words that open a sentence before a name without being part of it: a preposition
/// ("Besides Ann, ...") or a participle ("Knowing Ann was ...", "Having met Ann, ..."). Names
/// that end in -ing ("Irving", "Manning") are kept by the caller's first-name check and by the
/// short list here.
pub fn is_sentence_opener(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "besides"
            | "unlike"
            | "including"
            | "like"
            | "without"
            | "among"
            | "amid"
            | "beyond"
            | "throughout"
            | "between"
            | "behind"
            | "across"
            | "against"
            | "toward"
            | "towards"
            | "within"
            | "inside"
            | "outside"
            | "near"
            | "during"
            | "except"
            | "unless"
            | "whereas"
            | "although"
            | "though"
            | "because"
            // Adverbs of time and sequence ("Yesterday Ann said", "Then Ann left").
            | "yesterday"
            | "tomorrow"
            | "meanwhile"
            | "then"
            | "later"
            | "earlier"
            | "afterwards"
            | "instead"
            | "perhaps"
            | "maybe"
            | "sometimes"
            | "soon"
            // A letter's salutation ("Dear Ann").
            | "dear"
    ) || (word_lower.len() > 5
        && word_lower.ends_with("ing")
        && !matches!(
            word_lower,
            "irving"
                | "sterling"
                | "manning"
                | "fleming"
                | "browning"
                | "harding"
                | "golding"
                | "spalding"
                | "cushing"
                | "redding"
                | "reading"
                | "beijing"
                | "nanjing"
                | "chongqing"
                | "xinjiang"
                | "kipling"
                | "darling"
                | "dowling"
                | "bowling"
                | "hastings"
                | "jennings"
                | "billings"
                | "giddings"
                | "channing"
                | "deming"
                | "ewing"
                | "stebbing"
                | "rawling"
                | "rowling"
                | "keating"
                | "pickering"
                | "tolkien"
                | "wing"
        ))
}

/// Words that describe the person or company named after them when a sentence opens with
/// them ("Rapper X said", "Injured X will miss", "Bookmakers X cut the odds"), and number
/// words ("Four X players"): a sentence start capitalizes them, but they are not part of the
/// name. Words that also open names often ("Star", "General", "Chief") are left out. Lower case.
pub fn is_descriptor(word_lower: &str) -> bool {
    words::number_word(word_lower).is_some_and(|n| (4..=10).contains(&n))
        || matches!(
            word_lower,
            "rapper"
                | "singer"
                | "musician"
                | "guitarist"
                | "drummer"
                | "songwriter"
                | "comedian"
                | "actor"
                | "actress"
                | "model"
                | "presenter"
                | "broadcaster"
                | "novelist"
                | "farmer"
                | "teenager"
                | "newcomer"
                | "veteran"
                | "fellow"
                | "injured"
                | "angry"
                | "disputed"
                | "sure"
                | "often"
                | "developer"
                | "developers"
                | "distributor"
                | "bookmaker"
                | "bookmakers"
                | "miner"
                | "retailer"
                | "carmaker"
                | "publisher"
                | "advisers"
                | "advisors"
                | "seeds"
                | "striker"
                | "midfielder"
                | "winger"
                | "defender"
                | "goalkeeper"
                | "centre"
                | "flanker"
                | "prop"
        )
}

/// Words that never start a name: articles and prepositions that a tagger sometimes pulls
/// into a span.
pub fn is_leading_junk(word_lower: &str) -> bool {
    matches!(word_lower, "the" | "a" | "an")
}

/// The titles of a parliament's members, written after their party ("a Labour MP", "an
/// SNP MSP"), singular and plural, as written.
pub(crate) fn is_member_title(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs"
            | "MEP"
            | "MEPs"
            | "MSP"
            | "MSPs"
            | "AM"
            | "AMs"
            | "MLA"
            | "MLAs"
            | "TD"
            | "TDs"
    )
}

/// Whether the one word after a title in a span is an organization's ("Premier League"),
/// which no one is called. Institution words that are surnames too ("President Church",
/// "Judge Court") are not here.
pub(crate) fn org_after_title(rest: &str) -> bool {
    matches!(
        rest,
        "League"
            | "Party"
            | "Cup"
            | "Council"
            | "Committee"
            | "Commission"
            | "Assembly"
            | "Group"
            | "Union"
            | "Federation"
            | "Association"
            | "Authority"
            | "Agency"
            | "Bureau"
            | "Ministry"
            | "Department"
            | "Corporation"
            | "Company"
            | "Institute"
            | "Foundation"
            | "Society"
            | "University"
    )
}

/// The makers that are people: "his sister Claire, a film-maker".
pub(crate) fn is_person_maker(w: &str) -> bool {
    matches!(
        w.replace('-', "").as_str(),
        "filmmaker"
            | "moviemaker"
            | "lawmaker"
            | "policymaker"
            | "peacemaker"
            | "dressmaker"
            | "playmaker"
            | "matchmaker"
            | "kingmaker"
            | "troublemaker"
            | "homemaker"
            | "decisionmaker"
            | "winemaker"
            | "cheesemaker"
            | "haymaker"
    )
}

/// What one holds in a company: "shares in X", "a stake in X".
pub(crate) fn is_holding_noun(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "shares" | "stake" | "stakes" | "shareholding" | "holding" | "holdings" | "shareholders"
    )
}

/// The last words of an organization's name that the article may drop when it names it again:
/// a company's legal form, "Group", "Party", "Bank", "University" and "College" ("Cranfield"
/// for "Cranfield University"; a town of the same name is another type) and a trade ([`is_trade_head`]) (lower
/// case, without a final stop).
pub(crate) fn is_droppable_head(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "inc"
            | "corp"
            | "corporation"
            | "co"
            | "company"
            | "group"
            | "ltd"
            | "limited"
            | "plc"
            | "llc"
            | "holdings"
            | "party"
            | "bank"
            | "university"
            | "college"
    ) || is_trade_head(word_lower)
}

/// The trades a company's name may end in, which the article drops when it names the company
/// again ("Forrester Research", then "Forrester").
pub(crate) fn is_trade_head(word_lower: &str) -> bool {
    matches!(
        word_lower,
        "research"
            | "securities"
            | "capital"
            | "motors"
            | "airways"
            | "industries"
            | "technologies"
            | "systems"
            | "communications"
            | "media"
            | "entertainment"
            | "pharmaceuticals"
            | "enterprises"
            | "partners"
            | "energy"
            | "oil"
            | "petroleum"
            | "resources"
            | "mining"
            | "telecom"
            | "telecoms"
            | "software"
            | "networks"
            | "electronics"
            | "airlines"
            | "foods"
            | "brewing"
            | "insurance"
            | "properties"
            | "logistics"
            | "shipping"
            | "steel"
            | "chemicals"
            | "pharma"
            | "biotech"
            | "therapeutics"
            | "semiconductor"
            | "aerospace"
            | "studios"
            | "pictures"
            | "records"
            | "games"
            | "publishing"
            | "laboratories"
            | "labs"
            | "healthcare"
            | "solutions"
            | "financial"
            | "motor"
            | "automotive"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(country("U.S."), Some("United States"));
        assert_eq!(demonym_country("Ukrainians"), Some("Ukraine"));
        assert_eq!(demonym_of("France"), Some("French"));
        assert!(is_norp("Western") && is_norp("Chinese") && !is_norp("China"));
        assert!(is_gpe("Kyiv") && !is_gpe("Europe") && is_region("Europe"));
        assert_eq!(title_plural("ministers"), Some("minister"));
        assert_eq!(
            title("mr."),
            Some((TitleKind::Honorific, Some(Gender::Male)))
        );
    }

    #[test]
    fn every_abbreviation_names_its_subdivision() {
        // The table of full names covers both lists that read abbreviations in the text.
        for a in US_POSTAL_CODES.iter().chain(SUBDIVISION_ABBREVS) {
            assert!(subdivision_of_abbrev(a).is_some(), "{a}");
        }
        assert_eq!(subdivision_of_abbrev("Okla."), Some("Oklahoma"));
        assert_eq!(subdivision_of_abbrev("KS"), Some("Kansas"));
        assert_eq!(subdivision_of_abbrev("Velmor"), None);
    }
}
