//! The lede document: the output contract `lede.document/1`.
//!
//! These types serialize with serde to exactly the JSON of `spec/output-schema.md` (kept in
//! the repository's docs). They are plain data: building them is the pipeline's job, and
//! offsets in them are bytes until [`crate::extract`] converts them once at the end, when the
//! caller asked for code points. Nothing here knows how a field was found.

use serde::{Deserialize, Serialize};

/// The schema name and version written into every document.
pub const SCHEMA: &str = "lede.document/1";

/// What `start` and `end` count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode code points, as Python's `str` indexes: the default of the JSON contract.
    #[default]
    Chars,
    /// UTF-8 bytes, as Rust's `str` indexes.
    Bytes,
}

/// Where the anchor date for relative time expressions came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum PublishedSource {
    /// The caller gave it (`--published`, the record's `published`).
    Given,
    /// Found in the article itself: a dateline, a byline time stamp or a date in its first lines.
    Dateline,
    /// The page's JSON-LD (`datePublished`) said it (HTML input).
    #[serde(rename = "json-ld")]
    JsonLd,
    /// A meta tag of the page said it (`article:published_time`, Dublin Core, ...).
    Meta,
    /// A `<time datetime>` in the article's header said it.
    Time,
    /// The page's URL holds it (`/2025/09/04/`).
    Url,
    /// The day the page was fetched (a web archive's record date), used because the page gave
    /// no date: an upper bound of the publication date, not the publication date itself.
    Fetched,
    /// No anchor: relative expressions stay underspecified.
    #[default]
    None,
}

/// One article's extraction result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Document {
    /// Always `lede.document/1`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^lede\\.document/1$", example = "lede.document/1")
    )]
    pub schema: String,
    pub id: Option<String>,
    pub offsets: OffsetUnit,
    /// The anchor date (`YYYY-MM-DD`) that relative time expressions were resolved against.
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub published: Option<String>,
    pub published_source: PublishedSource,
    pub language: String,
    /// The article's authors as named by its byline, in order.
    pub authors: Vec<String>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    pub diagnostics: Vec<Diagnostic>,
    /// The text that the offsets count in, when lede made it (HTML input: the page's text, one
    /// block per line). Absent for text input, whose offsets count in the input itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The article's headline as the page states it (HTML input).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The date of the last modification the page states (HTML input), `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The address the page was fetched from, as the caller gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the page was fetched (a web archive's `WARC-Date`), as the archive gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// The page's canonical address (`<link rel="canonical">`, `og:url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The name of the site (`og:site_name`, the JSON-LD publisher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

/// What a paragraph is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// The article's headline (HTML input: the page's markup says which line it is).
    Title,
    /// The story itself.
    Body,
    /// A subheading inside the story.
    Heading,
    /// A photo or video caption, or its copyright line.
    Caption,
    /// The author line ("By Jane Doe").
    Byline,
    /// Place and time of filing ("MOSCOW (Reuters) -", a date line).
    Dateline,
    /// Contributor credits ("... contributed reporting").
    Credit,
    /// Site clutter: navigation, prompts, share buttons, notices, related links.
    Boilerplate,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Title => "title",
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Caption => "caption",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Dateline => "dateline",
            ParagraphKind::Credit => "credit",
            ParagraphKind::Boilerplate => "boilerplate",
        }
    }

    /// Whether the paragraph belongs to the story text that `lede clean` keeps.
    pub fn is_story(self) -> bool {
        matches!(
            self,
            ParagraphKind::Body | ParagraphKind::Heading | ParagraphKind::Credit
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EntityType {
    PERSON,
    ORG,
    GPE,
    LOC,
    FAC,
    NORP,
    EVENT,
    MISC,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entity {
    /// `e1`, `e2`, ... in order of first mention.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The longest proper-name mention.
    pub name: String,
    /// Titles and roles the article gives the entity.
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// The full proper name, or a name as written.
    Name,
    /// A shorter form of the name ("Xi" for "Xi Jinping").
    Alias,
    /// An acronym of the name ("ICC").
    Acronym,
    /// A title with or without the name's head ("President Xi", "the Russian president").
    Title,
    /// A description ("the Chinese leader").
    Nominal,
    /// A pronoun ("he", "her").
    Pronoun,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub form: MentionForm,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks, a whole statement.
    Direct,
    /// A quoted phrase inside reported speech.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quote {
    /// `q1`, `q2`, ... in text order.
    pub id: String,
    pub kind: QuoteKind,
    /// The quoted words without quotation marks; several parts are joined by a space.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub parts: Vec<Part>,
    pub speaker: Option<Party>,
    pub addressee: Option<Party>,
    pub cue: Option<Cue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Part {
    pub start: usize,
    pub end: usize,
}

/// A speaker or addressee: the mention in the text and the entity it resolves to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    /// The entity's id, or null when the mention is not a resolved entity ("officials").
    pub entity: Option<String>,
    /// The entity's name, or the mention's text when there is no entity.
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[allow(clippy::upper_case_acronyms)]
pub enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: `2023-03-20`, `2023-W12`, `P3D`, `PAST_REF`, `XXXX-WXX-1`, ...
    pub value: String,
}

/// Something the pipeline noticed and worked around: never fatal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Diagnostic {
    pub code: String,
    pub start: usize,
    pub end: usize,
    pub message: String,
}

impl Document {
    /// Rewrites every offset with `f`: used once, to turn byte offsets into char offsets.
    pub(crate) fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        let span = |s: &mut usize, e: &mut usize| {
            *s = f(*s);
            *e = f(*e);
        };
        for p in &mut self.paragraphs {
            span(&mut p.start, &mut p.end);
        }
        for s in &mut self.sentences {
            span(&mut s.start, &mut s.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                span(&mut m.start, &mut m.end);
            }
        }
        for q in &mut self.quotes {
            span(&mut q.start, &mut q.end);
            for p in &mut q.parts {
                span(&mut p.start, &mut p.end);
            }
            for p in [&mut q.speaker, &mut q.addressee].into_iter().flatten() {
                span(&mut p.start, &mut p.end);
            }
            if let Some(c) = &mut q.cue {
                span(&mut c.start, &mut c.end);
            }
        }
        for t in &mut self.timexes {
            span(&mut t.start, &mut t.end);
        }
        for d in &mut self.diagnostics {
            span(&mut d.start, &mut d.end);
        }
    }
}
