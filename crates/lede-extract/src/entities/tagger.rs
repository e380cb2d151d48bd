//! The statistical name tagger: finds person, organization, location and other names
//! (CoNLL-2003's PER, ORG, LOC and MISC) in the sentences of an article.
//!
//! A first-order structured (averaged) perceptron over BILOU tags with Viterbi decoding,
//! constrained to well-formed tag sequences, run twice over the article: the second pass also
//! sees how the first tagged the other occurrences of each word, so that a name keeps its type
//! across the article. The features are in [`super::features`]; the weights are trained by
//! `cargo xtask train-ner` (see `crates/lede-extract/MODEL.md`) and embedded in the binary, so
//! nothing is downloaded or loaded from disk at run time. The model is parsed once per process.
//! A few rules follow the model: honorifics and titles are cut from the start of names.
//!
//! This module only finds name spans and their coarse types. Finer types (GPE, NORP, ...),
//! roles and coreference belong to the entity layer built on top of it.

use std::ops::Range;
use std::sync::OnceLock;

use lede_text::{Segmentation, TokenKind};

use super::features::{self, DocFeatures, HashedMap, Lexicon, ROWS, SlotMap};

/// The coarse type of a name, as in CoNLL-2003.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NerLabel {
    Per,
    Org,
    Loc,
    Misc,
}

impl NerLabel {
    pub const ALL: [NerLabel; 4] = [NerLabel::Per, NerLabel::Org, NerLabel::Loc, NerLabel::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            NerLabel::Per => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }

    /// The index of the type in the tag set (see [`tag_of`]).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A name the tagger found: a run of tokens and its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// Indices into `seg.tokens`.
    pub tokens: Range<usize>,
    pub label: NerLabel,
}

/// The number of tags: O, then B, I, L, U for each of the four types.
pub const N_TAGS: usize = 17;
/// The tag index that stands before the first token of a sentence in the history features.
pub const START: u8 = N_TAGS as u8;

/// The tags after which a name may begin or the text stay outside names: O, L-*, U-*.
const CLOSED: [u8; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/// Position of a token within a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bilou {
    Begin,
    Inside,
    Last,
    Unit,
}

/// The tag index of a position and type; 0 is O.
pub fn tag_of(pos: Bilou, label: NerLabel) -> u8 {
    (1 + 4 * label.index() + pos as usize) as u8
}

/// The position and type of a tag index, `None` for O (and out-of-range indices).
pub fn split_tag(tag: u8) -> Option<(Bilou, NerLabel)> {
    let t = usize::from(tag);
    if t == 0 || t >= N_TAGS {
        return None;
    }
    let pos = [Bilou::Begin, Bilou::Inside, Bilou::Last, Bilou::Unit][(t - 1) % 4];
    Some((pos, NerLabel::ALL[(t - 1) / 4]))
}

/// Whether `cur` may follow `prev` (which may be [`START`]); `last` is true for the last token
/// of a sentence, where no name may stay open.
pub fn allowed(prev: u8, cur: u8, last: bool) -> bool {
    let open = match split_tag(prev) {
        Some((Bilou::Begin | Bilou::Inside, l)) => Some(l),
        _ => None,
    };
    match (open, split_tag(cur)) {
        (Some(l), Some((Bilou::Inside, m))) => l == m && !last,
        (Some(l), Some((Bilou::Last, m))) => l == m,
        (Some(_), _) => false,
        (None, None) => true,
        (None, Some((Bilou::Begin, _))) => !last,
        (None, Some((Bilou::Unit, _))) => true,
        (None, Some(_)) => false,
    }
}

/// The names of a sentence's tag sequence, as ranges of positions in `tags`.
pub fn spans_of(tags: &[u8]) -> Vec<(Range<usize>, NerLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, NerLabel)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match split_tag(t) {
            Some((Bilou::Unit, l)) => out.push((i..i + 1, l)),
            Some((Bilou::Begin, l)) => open = Some((i, l)),
            Some((Bilou::Last, l)) => {
                if let Some((s, m)) = open.take() {
                    if m == l {
                        out.push((s..i + 1, l));
                    }
                }
            }
            Some((Bilou::Inside, _)) => {}
            None => open = None,
        }
    }
    out
}

/// A trained model: the weights of the two passes and what it knows about words and names.
///
/// Weights are quantized to i8 (the argmax of a pass does not change with its scale). Most
/// rows of the hashed weight table are zero; only the others are stored, in slots that
/// [`Model::index`] maps rows to (in row order), each slot holding the row of both passes side
/// by side.
/// This keeps the tables small enough to stay in the caches, the second pass finds the
/// first pass's rows already loaded, and a token's zero rows cost no memory access at all.
#[derive(Clone, Debug)]
pub struct Model {
    /// Which rows of the hashed table ([`ROWS`]) have a slot in `rows`: those that are not
    /// zero in both passes. There are at most 65,535 (the file format's limit); training
    /// prunes the weakest rows until they fit.
    pub index: SlotMap,
    /// Per slot, the weights of the first and the second pass.
    pub rows: Vec<[[i8; N_TAGS]; 2]>,
    /// 1 or 2: whether to run the second pass, which also sees how the first pass tagged the
    /// article's other occurrences of each word ([`features::second_pass_rows`]).
    pub passes: u8,
    pub lexicon: Lexicon,
}

const MAGIC: &[u8; 8] = b"LEDENER5";

/// The most rows a model may store: slots are 16-bit in the file format.
pub const MAX_SLOTS: usize = u16::MAX as usize;

fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

impl Model {
    /// A model from dense tables of [`ROWS`] rows (`second` empty for one pass only); `None`
    /// if more than 65,535 rows are not zero.
    pub fn from_dense(
        first: &[[i8; N_TAGS]],
        second: &[[i8; N_TAGS]],
        lexicon: Lexicon,
    ) -> Option<Model> {
        let mut stored = Vec::new();
        let mut rows = Vec::new();
        let zero = [0i8; N_TAGS];
        for r in 0..ROWS {
            let a = first.get(r).unwrap_or(&zero);
            let b = second.get(r).unwrap_or(&zero);
            if a != &zero || b != &zero {
                if rows.len() >= MAX_SLOTS {
                    return None;
                }
                stored.push(r);
                rows.push([*a, *b]);
            }
        }
        Some(Model {
            index: SlotMap::from_rows(stored),
            rows,
            passes: if second.is_empty() { 1 } else { 2 },
            lexicon,
        })
    }

    /// The weights of `row` in the first pass (`second` false) or the second.
    #[inline]
    pub fn row(&self, second: bool, row: u32) -> Option<&[i8; N_TAGS]> {
        let slot = self.index.get(row)?;
        self.rows
            .get(slot as usize)
            .map(|r| &r[usize::from(second)])
    }

    /// Serializes the model: a header (magic, tag count, row bits, number of passes), a bit
    /// map of the rows that are stored, those rows (i8, both passes side by side), the word
    /// clusters as (64-bit hash, cluster per clustering) and the gazetteer as (hash, type
    /// bits), each in hash order, and a checksum of all that.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(N_TAGS as u8);
        out.push(features::ROW_BITS as u8);
        out.push(self.passes);
        // Slots are in row order, as `from_dense` and `from_bytes` make them.
        let mut bitmap = self.index.bitmap();
        bitmap.resize(ROWS / 8, 0);
        out.extend_from_slice(&bitmap);
        for slot in &self.rows {
            for w in slot.iter().flatten() {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let mut clusters: Vec<(u64, [u16; features::N_CLUSTERINGS])> = self
            .lexicon
            .clusters
            .iter()
            .map(|(&h, &c)| (h, c))
            .collect();
        clusters.sort_unstable();
        out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
        for (h, c) in clusters {
            out.extend_from_slice(&h.to_le_bytes());
            for x in c {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        let mut gaz: Vec<(u64, u8)> = self.lexicon.names.iter().map(|(&h, &m)| (h, m)).collect();
        gaz.sort_unstable();
        out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        for (h, m) in gaz {
            out.extend_from_slice(&h.to_le_bytes());
            out.push(m);
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses what [`Model::to_bytes`] wrote; `None` if the bytes are not such a model.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let (data, sum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
        if checksum(data) != u64::from_le_bytes(sum.try_into().ok()?) {
            return None;
        }
        let mut rest = data.strip_prefix(MAGIC.as_slice())?;
        let mut take = |n: usize| -> Option<&[u8]> {
            let (a, b) = rest.split_at_checked(n)?;
            rest = b;
            Some(a)
        };
        let head = take(3)?;
        let passes = head[2];
        if usize::from(head[0]) != N_TAGS
            || u32::from(head[1]) != features::ROW_BITS
            || !(1..=2).contains(&passes)
        {
            return None;
        }
        let bitmap = take(ROWS / 8)?;
        let slots: usize = bitmap.iter().map(|b| b.count_ones() as usize).sum();
        if slots > MAX_SLOTS {
            return None;
        }
        let index = SlotMap::from_rows((0..ROWS).filter(|r| bitmap[r / 8] & (1 << (r % 8)) != 0));
        let rows = take(slots * 2 * N_TAGS)?
            .chunks_exact(2 * N_TAGS)
            .map(|c| {
                let mut slot = [[0i8; N_TAGS]; 2];
                for (w, &x) in slot.iter_mut().flatten().zip(c) {
                    *w = i8::from_le_bytes([x]);
                }
                slot
            })
            .collect();
        let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let mut clusters = HashedMap::default();
        clusters.reserve(n);
        for _ in 0..n {
            let e = take(8 + 2 * features::N_CLUSTERINGS)?;
            let mut c = [0u16; features::N_CLUSTERINGS];
            for (x, b) in c.iter_mut().zip(e[8..].chunks_exact(2)) {
                *x = u16::from_le_bytes([b[0], b[1]]);
            }
            clusters.insert(u64::from_le_bytes(e[..8].try_into().ok()?), c);
        }
        let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let mut names = HashedMap::default();
        names.reserve(n);
        for _ in 0..n {
            let e = take(9)?;
            names.insert(u64::from_le_bytes(e[..8].try_into().ok()?), e[8]);
        }
        rest.is_empty().then_some(Model {
            index,
            rows,
            passes,
            lexicon: Lexicon { names, clusters },
        })
    }
}

static MODEL_BYTES: &[u8] = include_bytes!("ner.bin");

/// Whether the tagger's unlabelled news text has `lower` (a word in lower case) often enough
/// to give it a cluster: an ordinary word of the language, which a capital at a sentence's
/// start or in a heading does not make a name.
pub fn knows_lower(lower: &str) -> bool {
    model().is_some_and(|m| m.lexicon.clusters.contains_key(&features::word_hash(lower)))
}

/// The embedded model, parsed on first use.
pub fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(MODEL_BYTES))
        .as_ref()
}

/// Tags every sentence in the given paragraphs (paragraph indices where `keep[p]` is true;
/// paragraphs beyond `keep` are skipped).
pub fn tag(text: &str, seg: &Segmentation, keep: &[bool]) -> Vec<Tagged> {
    match model() {
        Some(m) => tag_with(m, text, seg, keep),
        None => Vec::new(),
    }
}

/// [`tag`] with a given model.
pub fn tag_with(model: &Model, text: &str, seg: &Segmentation, keep: &[bool]) -> Vec<Tagged> {
    let mut df = DocFeatures::default();
    features::doc_features(
        text,
        seg,
        keep,
        &model.lexicon,
        Some(&model.index),
        Some(NEAR),
        &mut df,
    );
    // Nor may a name start on a possessive ("’S" in capitals) or punctuation. (Only here, not
    // in training, where such tokens never start a name anyway.)
    for (c, t) in df.can_start.iter_mut().zip(&seg.tokens) {
        *c &= matches!(t.kind, TokenKind::Word | TokenKind::Number);
    }
    let n = seg.tokens.len();
    // The sentences to tag. A sentence without a capital letter names nothing the tagger
    // could find.
    let sentences: Vec<Range<usize>> = seg
        .sentences
        .iter()
        .filter(|s| keep.get(s.paragraph).copied().unwrap_or(false))
        .map(|s| s.tokens.start.min(n)..s.tokens.end.min(n))
        .filter(|r| {
            seg.tokens[r.clone()].iter().any(|t| {
                matches!(
                    t.shape,
                    lede_text::Shape::Title | lede_text::Shape::Upper | lede_text::Shape::Mixed
                )
            })
        })
        .collect();
    let spans = windows(&df, &sentences);
    // Names follow CoNLL's conventions, which the model learned: a possessive is not part of
    // a name unless it belongs to it ("McDonald's"), and neither is a leading "the" unless it
    // does ("The Hague"); rules that strip them cost on the dev set.
    let emissions = static_emissions(model, &df, &spans);
    let mut found = tag_pass(model, false, &df, &emissions, &[], &spans);
    if model.passes == 2 {
        let types = token_types(&found, n);
        let mut extra = Vec::new();
        features::second_pass_rows(&df, &types, Some(&model.index), &mut extra);
        found = tag_pass(model, true, &df, &emissions, &extra, &spans);
    }
    // Honorifics are not part of names (CoNLL leaves titles out), but the training data has
    // almost none, so the model may take "Mr" for a first name; what follows one is a person.
    for t in &mut found {
        let mut honored = false;
        while t.tokens.len() > 1
            && seg
                .tokens
                .get(t.tokens.start)
                .is_some_and(|x| is_honorific(x.text(text)))
        {
            t.tokens.start += 1;
            honored = true;
            // The period of "Mr." is a token of its own.
            if t.tokens.len() > 1
                && seg
                    .tokens
                    .get(t.tokens.start)
                    .is_some_and(|x| x.text(text) == ".")
            {
                t.tokens.start += 1;
            }
        }
        if honored {
            t.label = NerLabel::Per;
        }
    }
    // The surnames of the people the article names in full ("Motoko Kusanagi"), which a
    // rank may precede alone ("Major Kusanagi"); gathered only where a span opens with a
    // rank, as few articles have one.
    let ranked = found.iter().any(|t| {
        seg.tokens
            .get(t.tokens.start)
            .is_some_and(|x| is_rank(x.text(text)))
    });
    let surnames: std::collections::HashSet<&str> = if ranked {
        found
            .iter()
            .filter(|t| t.label == NerLabel::Per && t.tokens.len() >= 2)
            .filter_map(|t| seg.tokens.get(t.tokens.end - 1).map(|x| x.text(text)))
            .filter(|w| w.chars().count() >= 3)
            .collect()
    } else {
        std::collections::HashSet::new()
    };
    // Titles of people ("Chancellor", "Pope", "Senator") are not part of names either; a name
    // that started with one is a person unless it ends like a place or an institution
    // ("Queen Mary University").
    for t in &mut found {
        let institution = seg
            .tokens
            .get(t.tokens.end.saturating_sub(1))
            .is_some_and(|x| is_institution_head(x.text(text)));
        if institution {
            continue;
        }
        let mut titled = false;
        // Only before a capitalized word: not in "Queen of the South" or "Queen's Park".
        // A military rank only before a common given name ("General Antonio Lopez", not
        // "General Motors" or "Major League"), or alone before the surname of a person the
        // article names in full ("Sergeant Okafor" after "Joe Okafor").
        let given_next = |k: usize| {
            seg.tokens
                .get(k + 1)
                .is_some_and(|x| super::open_lists::is_given_name(x.text(text)))
        };
        let surname_next = |k: usize, len: usize| {
            len == 2
                && seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|x| surnames.contains(x.text(text)))
        };
        while t.tokens.len() > 1
            && seg.tokens.get(t.tokens.start).is_some_and(|x| {
                let w = x.text(text);
                is_person_title(w)
                    || is_rank(w)
                        && (given_next(t.tokens.start)
                            || surname_next(t.tokens.start, t.tokens.len()))
            })
            && seg
                .tokens
                .get(t.tokens.start + 1)
                .is_some_and(|x| x.is_capitalized())
        {
            t.tokens.start += 1;
            titled = true;
        }
        // Three words at most, or five that open with a common given name and may hold the
        // particles of a name ("General Antonio Lopez de Santa Anna").
        let long_name = || {
            t.tokens.len() <= 5
                && seg
                    .tokens
                    .get(t.tokens.start)
                    .is_some_and(|x| super::open_lists::is_given_name(x.text(text)))
                && t.tokens.clone().all(|k| {
                    seg.tokens.get(k).is_some_and(|x| {
                        x.is_capitalized() || super::lists::is_name_connector(x.text(text))
                    })
                })
        };
        if titled && (t.tokens.len() <= 3 || long_name()) {
            t.label = NerLabel::Per;
        }
    }
    // And the word after an honorific is a name even where the model missed it: "Mr." is one
    // token in CoNLL and two in lede, so the model has hardly seen a name after "Mr" ".".
    let mut covered = vec![false; n];
    for t in &found {
        for c in covered.get_mut(t.tokens.clone()).into_iter().flatten() {
            *c = true;
        }
    }
    let mut extra_names = Vec::new();
    for r in &sentences {
        let mut i = r.start;
        while i < r.end {
            if !seg.tokens[i].is_capitalized() || !is_honorific(seg.tokens[i].text(text)) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            if j < r.end && seg.tokens[j].text(text) == "." {
                j += 1;
            }
            let mut k = j;
            while k < r.end && k < j + 4 && seg.tokens[k].is_capitalized() && !covered[k] {
                k += 1;
            }
            if k > j && !covered[j..k].iter().any(|&c| c) {
                extra_names.push(Tagged {
                    tokens: j..k,
                    label: NerLabel::Per,
                });
            }
            i = k.max(i + 1);
        }
    }
    if !extra_names.is_empty() {
        found.extend(extra_names);
        found.sort_by_key(|t| t.tokens.start);
    }
    found
}

/// Whether a word is a title that may precede a person's name.
fn is_person_title(w: &str) -> bool {
    matches!(
        w.strip_suffix('.').unwrap_or(w),
        "President"
            | "Chancellor"
            | "Pope"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Senator"
            | "Sen"
            | "Governor"
            | "Gov"
            | "Mayor"
            | "Judge"
            | "Justice"
            | "Minister"
            | "Premier"
            | "Ambassador"
            | "Secretary"
            | "Archbishop"
            | "Bishop"
            | "Cardinal"
            | "Rev"
            | "Reverend"
            | "Sheikh"
            | "Ayatollah"
            | "Coach"
            | "Commissioner"
            | "Councillor"
            | "Congressman"
            | "Congresswoman"
            | "Rep"
            | "Representative"
    )
}

/// Whether a word is a military rank that may precede a person's name.
fn is_rank(w: &str) -> bool {
    matches!(
        w.strip_suffix('.').unwrap_or(w),
        "General"
            | "Gen"
            | "Colonel"
            | "Col"
            | "Lieutenant"
            | "Lt"
            | "Admiral"
            | "Adm"
            | "Sergeant"
            | "Sgt"
            | "Major"
            | "Maj"
            | "Captain"
            | "Capt"
            | "Corporal"
            | "Cpl"
            | "Brigadier"
            | "Marshal"
            | "Commander"
    )
}

/// Whether a word ends the names of places and institutions rather than people.
fn is_institution_head(w: &str) -> bool {
    matches!(
        w,
        "University"
            | "College"
            | "School"
            | "Hospital"
            | "Street"
            | "Road"
            | "Island"
            | "Islands"
            | "Bridge"
            | "Airport"
            | "Stadium"
            | "Hotel"
            | "Foundation"
            | "Institute"
            | "Museum"
            | "Park"
            | "Square"
            | "Hall"
            | "Centre"
            | "Center"
            | "Church"
            | "Cathedral"
            | "Prize"
            | "Trophy"
            | "Cup"
            | "Memorial"
            | "Land"
            | "Sound"
            | "Bay"
            | "Reef"
            | "Mountains"
            | "Range"
            | "Award"
            | "Awards"
            // Bodies named for an office's field: "Justice Department", "Justice Ministry".
            | "Department"
            | "Ministry"
            | "Committee"
            | "Commission"
            | "Court"
            | "Council"
            | "Office"
            | "Agency"
            | "County"
    )
}

/// Whether a word is an honorific that precedes a surname ("Mr Howard"), unlike "Sir" and
/// "Dame", which precede a first name ("Sir Elton").
pub(crate) fn is_surname_honorific(w: &str) -> bool {
    is_honorific(w) && !matches!(w, "Sir" | "Dame")
}

/// Whether a word is an honorific that precedes a person's name.
fn is_honorific(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Messrs"
            | "Mme"
            | "Mlle"
            | "Sir"
            | "Dame"
            | "MR"
            | "MRS"
            | "MS"
            | "DR"
    )
}

/// Per token: 0 outside names, 1 + the type index inside one, plus 8 if the name has more
/// than one token.
pub fn token_types(names: &[Tagged], n: usize) -> Vec<u8> {
    let mut types = vec![0u8; n];
    for t in names {
        let multi = if t.tokens.len() > 1 { 8 } else { 0 };
        for k in t.tokens.clone() {
            if let Some(x) = types.get_mut(k) {
                *x = (1 + t.label.index() as u8) | multi;
            }
        }
    }
    types
}

/// The emission scores of both passes from the static rows of each token of `sentences`, in
/// order, the first pass's first.
///
/// A slot holds a row's weights for both passes side by side, so one read of the rows serves
/// both passes: reading them is most of the tagger's time, as they are too many to stay in
/// the caches. The sums are of i8 weights over fewer than a hundred rows per token (see
/// [`features::doc_features`]), so they fit in i16 and are exact, as they are in the f32
/// scores they become; the addition saturates rather than wrap should that ever change.
fn static_emissions(
    model: &Model,
    df: &DocFeatures,
    sentences: &[Window],
) -> Vec<[[i16; N_TAGS]; 2]> {
    let mut out = Vec::with_capacity(sentences.iter().map(|w| w.toks.len()).sum());
    // The weights of a token's own rows (those of its text alone) summed once per distinct
    // text: the sums are exact, so the order of addition does not matter.
    let mut own: Vec<Option<[i16; 2 * N_TAGS]>> = vec![None; df.words];
    let add = |acc: &mut [i16; 2 * N_TAGS], slots: &[u32]| {
        // The features hold slots of the model (see `features::doc_features`), not rows.
        for &slot in slots {
            if let Some(w) = model.rows.get(slot as usize) {
                for (a, &x) in acc.iter_mut().zip(w.as_flattened()) {
                    *a = a.saturating_add(i16::from(x));
                }
            }
        }
    };
    for w in sentences {
        for t in w.toks.clone() {
            let rows = df.token_rows(t);
            let n_own = usize::from(df.own.get(t).copied().unwrap_or(0)).min(rows.len());
            let (mine, rest) = rows.split_at(n_own);
            let word = df.word.get(t).map_or(usize::MAX, |&i| i as usize);
            // A token without rows (outside the tokens featurized) says nothing of its word.
            let sum_mine = || {
                let mut sum = [0i16; 2 * N_TAGS];
                add(&mut sum, mine);
                sum
            };
            let mut acc = match own.get_mut(word).filter(|_| n_own > 0) {
                Some(slot) => *slot.get_or_insert_with(sum_mine),
                None => sum_mine(),
            };
            add(&mut acc, rest);
            let mut e = [[0i16; N_TAGS]; 2];
            e[0].copy_from_slice(&acc[..N_TAGS]);
            e[1].copy_from_slice(&acc[N_TAGS..]);
            out.push(e);
        }
    }
    out
}

/// How far from a token where a name may start the tagger still decodes: a name runs from
/// such a token over the capitalized words and the few small words between them ("Bank of
/// the West"), never over three lower-case words in a row.
const NEAR: usize = 3;

/// A stretch of a sentence that the tagger decodes.
#[derive(Clone, Debug)]
struct Window {
    toks: Range<usize>,
    /// Whether tokens the tagger skips (outside any name) come before it and after it.
    after_skipped: bool,
    before_skipped: bool,
}

/// The windows of `sentences`: the runs of tokens within [`NEAR`] of a token where a name may
/// start. The tokens between two windows cannot start a name nor, being three or more
/// lower-case words from any that can, continue one: they are outside names, and Viterbi
/// over the whole sentence, whose best path crosses them as O, decides each window as it is
/// decoded alone with an O before and after it. About two tokens in five of running text are
/// skipped so.
fn windows(df: &DocFeatures, sentences: &[Range<usize>]) -> Vec<Window> {
    let mut out = Vec::new();
    let mut near = Vec::new();
    for r in sentences {
        let starts = r
            .clone()
            .map(|t| df.can_start.get(t).copied().unwrap_or(false));
        features::near_starts(starts, Some(NEAR), &mut near);
        let mut k = 0;
        while k < near.len() {
            if !near[k] {
                k += 1;
                continue;
            }
            let a = k;
            while k < near.len() && near[k] {
                k += 1;
            }
            out.push(Window {
                toks: r.start + a..r.start + k,
                after_skipped: a > 0,
                before_skipped: k < near.len(),
            });
        }
    }
    out
}

/// One pass of the tagger over `sentences`, given their [`static_emissions`] and, in the
/// second pass, the second-pass rows `extra`.
fn tag_pass(
    model: &Model,
    second: bool,
    df: &DocFeatures,
    emissions: &[[[i16; N_TAGS]; 2]],
    extra: &[u32],
    sentences: &[Window],
) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut tags = Vec::new();
    let mut back = Vec::new();
    let pass = usize::from(second);
    let weights = |slot: u32| model.rows.get(slot as usize).map(|w| &w[pass]);
    let trans = transitions(|row, scores| {
        if let Some(w) = weights(features::map_row(Some(&model.index), row)) {
            for (s, &x) in scores.iter_mut().zip(w) {
                *s += f32::from(x);
            }
        }
    });
    let mut at = 0;
    for w in sentences {
        let r = &w.toks;
        let own = emissions.get(at..at + r.len()).unwrap_or(&[]);
        at += r.len();
        decode_between(
            r.len(),
            |k| {
                let mut e = own.get(k).map_or([0; N_TAGS], |e| e[pass]);
                let (_, more) = features::token_features(df, extra, r.start + k);
                for &slot in more {
                    if let Some(w) = weights(slot) {
                        for (s, &x) in e.iter_mut().zip(w) {
                            *s = s.saturating_add(i16::from(x));
                        }
                    }
                }
                e.map(f32::from)
            },
            |k| df.can_start.get(r.start + k).copied().unwrap_or(false),
            &trans,
            (w.after_skipped, w.before_skipped),
            &mut back,
            &mut tags,
        );
        for (span, label) in spans_of(&tags) {
            out.push(Tagged {
                tokens: r.start + span.start..r.start + span.end,
                label,
            });
        }
    }
    out
}

/// Transition scores.
#[derive(Clone, Debug)]
pub struct Transitions {
    /// `[prev][tag]`, with [`START`] as the last `prev`.
    pub scores: [[f32; N_TAGS]; N_TAGS + 1],
    /// `[tag][i]`: the score of `tag` after `CLOSED[i]`, the tags after which a name may
    /// begin, in one place for the decoder's inner loop.
    pub after_closed: [[f32; CLOSED.len()]; N_TAGS],
}

/// The transition scores of a model, `add(row, scores)` adding a row's weights.
pub fn transitions(mut add: impl FnMut(u32, &mut [f32; N_TAGS])) -> Transitions {
    let mut scores = [[0f32; N_TAGS]; N_TAGS + 1];
    for (p, row) in scores.iter_mut().enumerate() {
        add(features::transition_row(p as u8), row);
    }
    let after_closed = std::array::from_fn(|t| CLOSED.map(|p| scores[usize::from(p)][t]));
    Transitions {
        scores,
        after_closed,
    }
}

/// Viterbi decoding of a sentence of `n` tokens under a first-order model: the emission
/// scores of token `k` are the sum of the two lists of rows `rows(k)` (`u32::MAX` in the
/// second stands for none), the transition scores are `trans` (see [`transitions`]);
/// `can_start(k)` is false where no name may begin, and `add(row, scores)` adds a row's
/// weights to the scores. Only well-formed BILOU sequences are considered. The tags are
/// written to `tags`; `back` is scratch space.
pub fn viterbi<'a>(
    n: usize,
    rows: impl Fn(usize) -> (&'a [u32], &'a [u32]),
    can_start: impl Fn(usize) -> bool,
    mut add: impl FnMut(u32, &mut [f32; N_TAGS]),
    trans: &Transitions,
    back: &mut Vec<[u8; N_TAGS]>,
    tags: &mut Vec<u8>,
) {
    let emission = |k| {
        let mut e = [0f32; N_TAGS];
        let (rows, extra) = rows(k);
        for &r in rows {
            add(r, &mut e);
        }
        for &r in extra {
            if r != u32::MAX {
                add(r, &mut e);
            }
        }
        e
    };
    decode(n, emission, can_start, trans, back, tags);
}

/// [`viterbi`] with the emission scores of token `k` given by `emission(k)`, called once per
/// token in order.
pub fn decode(
    n: usize,
    emission: impl FnMut(usize) -> [f32; N_TAGS],
    can_start: impl Fn(usize) -> bool,
    trans: &Transitions,
    back: &mut Vec<[u8; N_TAGS]>,
    tags: &mut Vec<u8>,
) {
    decode_between(n, emission, can_start, trans, (false, false), back, tags);
}

/// [`decode`] of a stretch of a sentence: `outside.0` says that tokens tagged O come before
/// it (the first tag follows O, not the sentence's start), `outside.1` that they come after it
/// (the last tag is scored with its transition to O).
fn decode_between(
    n: usize,
    mut emission: impl FnMut(usize) -> [f32; N_TAGS],
    can_start: impl Fn(usize) -> bool,
    trans: &Transitions,
    outside: (bool, bool),
    back: &mut Vec<[u8; N_TAGS]>,
    tags: &mut Vec<u8>,
) {
    let first_prev = if outside.0 { 0 } else { N_TAGS };
    tags.clear();
    back.clear();
    if n == 0 {
        return;
    }
    // Per tag: whether it opens a name (B, U), whether it leaves one open (B, I), and
    // whether it begins or is outside a name (O, B, U), so that it follows O, L or U (I and
    // L of a type follow B or I of that type).
    let opens: [bool; N_TAGS] = std::array::from_fn(|t| {
        matches!(split_tag(t as u8), Some((Bilou::Begin | Bilou::Unit, _)))
    });
    let open: [bool; N_TAGS] = std::array::from_fn(|t| {
        matches!(split_tag(t as u8), Some((Bilou::Begin | Bilou::Inside, _)))
    });
    let after_closed: [bool; N_TAGS] = std::array::from_fn(|t| {
        matches!(
            split_tag(t as u8),
            None | Some((Bilou::Begin | Bilou::Unit, _))
        )
    });
    let mut delta = [f32::NEG_INFINITY; N_TAGS];
    for k in 0..n {
        let e = emission(k);
        let last = k + 1 == n;
        let cs = can_start(k);
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        let mut bp = [0u8; N_TAGS];
        let closed = CLOSED.map(|p| delta[usize::from(p)]);
        for t in 0..N_TAGS {
            if (opens[t] && !cs) || (last && open[t]) {
                continue;
            }
            if k == 0 {
                if after_closed[t] {
                    next[t] = trans.scores[first_prev][t] + e[t];
                    bp[t] = START;
                }
                continue;
            }
            // The first of the best previous tags, in order.
            let mut best = f32::NEG_INFINITY;
            if after_closed[t] {
                for (i, (&d, &x)) in closed.iter().zip(&trans.after_closed[t]).enumerate() {
                    let s = d + x;
                    if s > best {
                        best = s;
                        bp[t] = CLOSED[i];
                    }
                }
            } else {
                let b = (t - 1) / 4 * 4 + 1;
                for p in [b, b + 1] {
                    let s = delta[p] + trans.scores[p][t];
                    if s > best {
                        best = s;
                        bp[t] = p as u8;
                    }
                }
            }
            next[t] = best + e[t];
        }
        // Always leave a way out: O is allowed after anything that is not an open name.
        if next.iter().all(|&x| x == f32::NEG_INFINITY) {
            next[0] = 0.0;
        }
        if last && outside.1 {
            for (t, x) in next.iter_mut().enumerate() {
                *x += trans.scores[t][0];
            }
        }
        delta = next;
        back.push(bp);
    }
    let mut t = 0u8;
    let mut top = f32::NEG_INFINITY;
    for (i, &d) in delta.iter().enumerate() {
        if d > top {
            top = d;
            t = i as u8;
        }
    }
    tags.resize(n, 0);
    for k in (0..n).rev() {
        tags[k] = t;
        t = back[k].get(usize::from(t)).copied().unwrap_or(0);
        if usize::from(t) >= N_TAGS {
            t = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    fn check(input: &str, expect: Expect) {
        let seg = lede_text::segment(input);
        let keep = vec![true; seg.paragraphs.len()];
        let mut out = String::new();
        let mut at = 0;
        for t in tag(input, &seg, &keep) {
            let a = seg.tokens[t.tokens.start].span.start;
            let b = seg.tokens[t.tokens.end - 1].span.end;
            out.push_str(&input[at..a]);
            out.push_str(&format!("[{}]{{{}}}", &input[a..b], t.label.as_str()));
            at = b;
        }
        out.push_str(&input[at..]);
        expect.assert_eq(&out);
    }

    #[test]
    fn embedded_model_loads() {
        let m = model().expect("the embedded model parses");
        assert_eq!(m.index.bitmap().len(), ROWS / 8);
        assert_eq!(m.index.len(), m.rows.len());
        // Slots number the stored rows in row order; other rows have none.
        let mut next = 0;
        for r in 0..ROWS {
            let stored = m.index.contains(r);
            let want = stored.then_some(next);
            assert_eq!(m.index.get(r as u32), want, "row {r}");
            next += u32::from(stored);
        }
        assert_eq!(m.passes, 2);
        assert!(!m.lexicon.names.is_empty());
        let again = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(again.index, m.index);
        assert_eq!(again.rows, m.rows);
    }

    #[test]
    fn windows_decode_as_whole_sentences_do() {
        let m = model().expect("the embedded model parses");
        let text = "The talks in Geneva were described by officials on both sides as long and \
                    difficult, and they ended late on the third day without a statement from \
                    the Bank of the West or from Maria de la Cruz, who had led them.\n\
                    nothing here is capitalized at all, so no name can start in it anywhere.";
        let seg = lede_text::segment(text);
        let keep = vec![true; seg.paragraphs.len()];
        let mut df = DocFeatures::default();
        features::doc_features(text, &seg, &keep, &m.lexicon, Some(&m.index), None, &mut df);
        let sentences: Vec<Range<usize>> = seg.sentences.iter().map(|s| s.tokens.clone()).collect();
        let whole: Vec<Window> = sentences
            .iter()
            .map(|r| Window {
                toks: r.clone(),
                after_skipped: false,
                before_skipped: false,
            })
            .collect();
        let spans = windows(&df, &sentences);
        // The first sentence gives two windows; the second, without a capital, none.
        let shown: Vec<String> = spans
            .iter()
            .map(|w| {
                let a = seg.tokens[w.toks.start].span.start;
                let b = seg.tokens[w.toks.end - 1].span.end;
                format!(
                    "{}{}{}",
                    u8::from(w.after_skipped),
                    &text[a..b],
                    u8::from(w.before_skipped)
                )
            })
            .collect();
        expect![[r#"
            [
                "0The talks in Geneva were described by1",
                "1statement from the Bank of the West or from Maria de la Cruz, who had1",
            ]
        "#]]
        .assert_debug_eq(&shown);
        let tags = |w: &[Window]| {
            let e = static_emissions(m, &df, w);
            let first = tag_pass(m, false, &df, &e, &[], w);
            let types = token_types(&first, seg.tokens.len());
            let mut extra = Vec::new();
            features::second_pass_rows(&df, &types, Some(&m.index), &mut extra);
            (first, tag_pass(m, true, &df, &e, &extra, w))
        };
        let (a, b) = (tags(&whole), tags(&spans));
        assert!(a.0.len() >= 3, "{a:?}");
        assert_eq!(a, b);
    }

    #[test]
    fn a_words_own_rows_are_summed_once_as_if_each_time() {
        let m = model().expect("the embedded model parses");
        // Repeated words, in and out of names, and a text that is a word here and a quote
        // mark's neighbour there.
        let text = "Paris said Paris would wait. In Paris, the Paris Club met Tessa Paris; \
                    'Paris' is a name, PARIS a headline word, and 42 a number 42 times.";
        let seg = lede_text::segment(text);
        let keep = vec![true; seg.paragraphs.len()];
        let mut df = DocFeatures::default();
        features::doc_features(text, &seg, &keep, &m.lexicon, Some(&m.index), None, &mut df);
        // Every occurrence of a text has the same own rows, and they are not empty.
        let mut by_word: std::collections::HashMap<u32, Vec<u32>> = Default::default();
        for t in 0..seg.tokens.len() {
            let own = &df.token_rows(t)[..usize::from(df.own[t])];
            assert!(!own.is_empty(), "token {t}");
            let first = by_word.entry(df.word[t]).or_insert_with(|| own.to_vec());
            assert_eq!(first, own, "token {t}");
        }
        assert!(by_word.len() < seg.tokens.len());
        // Emissions with the sums shared equal those summed token by token.
        let whole = vec![Window {
            toks: 0..seg.tokens.len(),
            after_skipped: false,
            before_skipped: false,
        }];
        let shared = static_emissions(m, &df, &whole);
        let mut alone = df.clone();
        alone.word.fill(u32::MAX);
        assert_eq!(shared, static_emissions(m, &alone, &whole));
    }

    #[test]
    fn corrupt_model_is_rejected() {
        let mut b = MODEL_BYTES.to_vec();
        if let Some(x) = b.get_mut(100) {
            *x ^= 1;
        }
        assert!(Model::from_bytes(&b).is_none());
        assert!(Model::from_bytes(&[]).is_none());
    }

    #[test]
    fn tags_names() {
        check(
            "Angela Merkel met officials of the World Bank in Brussels on Tuesday, the German chancellor's office said.",
            expect![
                "[Angela Merkel]{PER} met officials of the [World Bank]{ORG} in [Brussels]{LOC} on Tuesday, the [German]{MISC} chancellor's office said."
            ],
        );
        check(
            "Shares of Microsoft rose 3% in New York after John Smith's comments.",
            expect![
                "Shares of [Microsoft]{ORG} rose 3% in [New York]{LOC} after [John Smith]{PER}'s comments."
            ],
        );
        check(
            "nothing to see here, nobody is named.",
            expect!["nothing to see here, nobody is named."],
        );
    }

    #[test]
    fn a_lone_surname_takes_the_type_of_the_full_name() {
        check(
            "Harriet Vance, the club's new striker, scored twice.\nVance said the team had worked hard for the win.\nCoach Tom Bradley praised Vance.",
            expect![[r#"
                [Harriet Vance]{PER}, the club's new striker, scored twice.
                [Vance]{PER} said the team had worked hard for the win.
                Coach [Tom Bradley]{PER} praised [Vance]{PER}."#]],
        );
    }

    #[test]
    fn honorifics_are_not_part_of_names() {
        check(
            "Mr Okafor and Mrs. Lindqvist met Dr Amara Osei in Leeds.\nMr Okafor said little.",
            expect![[r#"
                Mr [Okafor]{PER} and Mrs. [Lindqvist]{PER} met Dr [Amara Osei]{PER} in [Leeds]{LOC}.
                Mr [Okafor]{PER} said little."#]],
        );
    }

    #[test]
    fn titles_are_not_part_of_names() {
        check(
            "Chancellor Greta Lindholm and Senator Paul Okonjo visited Queen Mary University.",
            expect![
                "Chancellor [Greta Lindholm]{PER} and Senator [Paul Okonjo]{PER} visited [Queen Mary University]{ORG}."
            ],
        );
        // A rank before a given name is a title, and the name may hold particles; a rank
        // before any other word is part of a company's name.
        check(
            "A portrait of General Antonio Lopez de Santa Anna hung there. General Motors fell.",
            expect![
                "A portrait of General [Antonio Lopez de Santa Anna]{PER} hung there. [General Motors]{ORG} fell."
            ],
        );
        // Alone before the surname of a person the article names in full, a rank is a title
        // too; before another word it stays the model's.
        check(
            "Joe Okafor and Anna Velmor served. Sgt Okafor and Major Velmor left. Major League \
             Baseball agreed.",
            expect![
                "[Joe Okafor]{PER} and [Anna Velmor]{PER} served. Sgt [Okafor]{PER} and Major [Velmor]{PER} left. [Major League Baseball]{MISC} agreed."
            ],
        );
        // A body named for an office's field is no titled person.
        check(
            "\"We will appeal,\" the Justice Department said.",
            expect![[r#""We will appeal," the [Justice Department]{ORG} said."#]],
        );
    }

    #[test]
    fn headlines_and_skipped_paragraphs() {
        check(
            "FLOODS HIT NORTHERN ITALY AS RAIN CONTINUES\nRescue teams in Milan worked through the night.",
            expect![[r#"
                FLOODS HIT NORTHERN [ITALY]{LOC} AS RAIN CONTINUES
                Rescue teams in [Milan]{LOC} worked through the night."#]],
        );
        // Paragraphs not kept are not tagged.
        let text = "Paris is big.\nBerlin is big.";
        let seg = lede_text::segment(text);
        let found = tag(text, &seg, &[false, true]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tokens.start, 4);
        assert!(tag(text, &seg, &[]).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "\u{0}\u{feff}",
            "\"\"\"\"\"\"\"\"''''''''",
            "É Ö Ü ß ẞ İ ǅ ﬁ",
            "A\nB\nC\n\n\nD",
            "U.S.-based U.N. O'Neill's ’s ’S 'S",
        ] {
            let seg = lede_text::segment(text);
            let keep = vec![true; seg.paragraphs.len()];
            for t in tag(text, &seg, &keep) {
                assert!(t.tokens.start < t.tokens.end && t.tokens.end <= seg.tokens.len());
            }
        }
        let long = "Smith ".repeat(20_000);
        let seg = lede_text::segment(&long);
        tag(&long, &seg, &[true]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_valid_spans(text in "(\\PC|[A-Z][a-z]+ |Mr\\. |\\n| ){0,200}") {
            let seg = lede_text::segment(&text);
            let keep = vec![true; seg.paragraphs.len()];
            let mut last_end = 0;
            for t in tag(&text, &seg, &keep) {
                proptest::prop_assert!(t.tokens.start < t.tokens.end);
                proptest::prop_assert!(t.tokens.end <= seg.tokens.len());
                proptest::prop_assert!(t.tokens.start >= last_end);
                last_end = t.tokens.end;
            }
        }
    }

    #[test]
    fn bilou_constraints() {
        let b = tag_of(Bilou::Begin, NerLabel::Per);
        let l = tag_of(Bilou::Last, NerLabel::Per);
        let lo = tag_of(Bilou::Last, NerLabel::Org);
        assert!(allowed(START, b, false));
        assert!(!allowed(START, b, true));
        assert!(allowed(b, l, true));
        assert!(!allowed(b, lo, false));
        assert!(!allowed(b, 0, false));
        assert_eq!(spans_of(&[0, b, l, 0]), vec![(1..3, NerLabel::Per)]);
    }
}
