//! What a page's markup said about each line of its text: the structural hints that an input
//! reader (such as the `lede-html` crate) hands to the layout stage beside the text.
//!
//! The hints are plain facts about a line's place on the page, in words that do not depend on
//! any markup language: the block's role (paragraph, heading, list item, caption, ...), the
//! page regions it sits in (navigation, complementary, ...: the ARIA landmark roles), words of
//! its containers' names that say what they hold ("byline", "share", "related"), the share of
//! its text inside links, and whether it lies in the part of the page that the reader's
//! structure analysis took for the main content. This module only defines them; the layout
//! stage weighs them, and it is not for reading any markup.

use serde::{Deserialize, Serialize};

/// The structure of one line of the text (one paragraph of the segmentation).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LineHints {
    /// What kind of block the line is.
    pub role: BlockRole,
    /// The page regions the line lies in (bits of [`Regions`]). Only the containers between
    /// the line and the main content count (or, for a line outside it, those below the
    /// smallest container that holds both): a `<form>` or a `<main>` that wraps the whole page
    /// says nothing about one line. Article and main regions count from every container.
    pub regions: Regions,
    /// Words of the names of the same containers (bits of [`Marks`]).
    pub marks: Marks,
    /// The share of the line's characters inside links, from 0 to 1.
    pub link_density: f32,
    /// Whether the line lies in the part of the page that structure analysis found to hold
    /// the main content.
    pub content: bool,
}

/// What kind of block a line is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockRole {
    /// A paragraph of text.
    Paragraph,
    /// A heading of the given level, 1 to 6.
    Heading(u8),
    /// An item of a list.
    ListItem,
    /// A row of a table (its cells joined by tabs).
    TableRow,
    /// The caption of a figure, a picture or a table.
    Caption,
    /// A block quotation.
    Quote,
    /// Preformatted text, one line of it.
    Preformatted,
    /// Text directly inside a container that is not a paragraph.
    #[default]
    Other,
}

macro_rules! bits {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $flag:ident = $bit:expr,)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub struct $name(pub u32);
        impl $name {
            $($(#[$fm])* pub const $flag: $name = $name(1 << $bit);)*
            /// Whether every bit of `other` is set.
            pub fn has(self, other: $name) -> bool { self.0 & other.0 == other.0 && other.0 != 0 }
            /// Whether any bit of `other` is set.
            pub fn any(self, other: $name) -> bool { self.0 & other.0 != 0 }
            /// The names of the set bits, for tests and debugging.
            pub fn names(self) -> Vec<&'static str> {
                let mut v = Vec::new();
                $(if self.has($name::$flag) { v.push(stringify!($flag)); })*
                v
            }
        }
        impl std::ops::BitOr for $name {
            type Output = $name;
            fn bitor(self, o: $name) -> $name { $name(self.0 | o.0) }
        }
        impl std::ops::BitAnd for $name {
            type Output = $name;
            fn bitand(self, o: $name) -> $name { $name(self.0 & o.0) }
        }
        impl std::ops::Not for $name {
            type Output = $name;
            fn not(self) -> $name { $name(!self.0) }
        }
        impl std::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, o: $name) { self.0 |= o.0; }
        }
    };
}

bits! {
    /// Page regions (the ARIA landmark roles, and figures and forms).
    Regions {
        /// A self-contained composition: an article or a post.
        ARTICLE = 0,
        /// The page's main content.
        MAIN = 1,
        /// Navigation links.
        NAVIGATION = 2,
        /// The site's header (banner).
        BANNER = 3,
        /// The site's or a section's footer (content info).
        FOOTER = 4,
        /// Content beside the main content: sidebars, boxes of links.
        COMPLEMENTARY = 5,
        /// A figure with its caption.
        FIGURE = 6,
        /// A form.
        FORM = 7,
        /// A header inside an article or a section (title, byline, date).
        HEADER = 8,
        /// A dialog, a pop-up or a cookie banner.
        DIALOG = 9,
    }
}

bits! {
    /// Words that a line's containers carry in their names (class and id), by what they say.
    Marks {
        BYLINE = 0,
        CAPTION = 1,
        SHARE = 2,
        RELATED = 3,
        COMMENT = 4,
        AD = 5,
        MENU = 6,
        FOOTER = 7,
        SUBSCRIBE = 8,
        TAGS = 9,
        BREADCRUMB = 10,
        DATE = 11,
        SIDEBAR = 12,
        /// A name of the article body ("article-body", "entry-content", "story").
        CONTENT = 13,
        /// Cookie and consent notices, pop-ups and modals.
        NOTICE = 14,
        /// Author boxes, bios.
        AUTHOR = 15,
        /// Headline and title containers.
        TITLE = 16,
        /// Hidden for screen readers or visually ("sr-only", "visually-hidden").
        HIDDEN = 17,
    }
}
