//! The page's metadata: title, authors, dates, addresses, site name and language, read from
//! JSON-LD, meta tags, `<time>` elements, the headline and the URL.

use scraper::Html;

/// Where the publication date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    JsonLd,
    Meta,
    Time,
    Url,
}

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// The article's headline (not the `<title>` with the site's name).
    pub title: Option<String>,
    /// The authors' names, in order: people, not organizations or profile URLs.
    pub authors: Vec<String>,
    /// The publication date and where it was found.
    pub published: Option<(lede_extract::Date, DateSource)>,
    /// The last modification date.
    pub modified: Option<lede_extract::Date>,
    /// The canonical URL (`<link rel=canonical>`, `og:url`).
    pub canonical: Option<String>,
    pub site_name: Option<String>,
    /// The declared language tag (`<html lang>`, `og:locale`), as written.
    pub language: Option<String>,
}

/// Reads the metadata of a parsed page; `url` is the address it was fetched from, if known.
pub fn read(html: &Html, url: Option<&str>) -> Metadata {
    let _ = (html, url);
    Metadata::default()
}
