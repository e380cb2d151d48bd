//! Entities: names in the article, their types and mentions.

pub mod features;
pub mod tagger;
