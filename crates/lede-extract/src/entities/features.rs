//! Features of the statistical name tagger: what the tagger looks at for each token.
//!
//! Every feature is a hash of a template id and a few strings (the word, its lower-case form,
//! its shape, its neighbours, ...), folded into one of [`ROWS`] rows of the weight table. The
//! same code featurizes the training data (in `cargo xtask train-ner`) and the text at run
//! time, so what the model learned and what it sees agree by construction, including lede's own
//! tokenization ("U.S." as one token, the possessive split off).
//!
//! Token features are computed once per document into a [`DocFeatures`]; the second pass adds
//! [`second_pass_rows`], and tag transitions have their own rows ([`transition_row`]). This
//! module does not decide anything: weights and decoding live in the tagger.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use lede_text::{Segmentation, Token, TokenKind};

/// log2 of the number of rows of the weight table.
pub const ROW_BITS: u32 = 18;
/// The number of rows of the weight table.
pub const ROWS: usize = 1 << ROW_BITS;
/// The longest name, in tokens, that a gazetteer entry may have.
pub const GAZ_MAX: usize = 6;

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Clone, Copy, Debug, Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A hasher for short strings (words and names), eight bytes at a time: the sets of words
/// that entity resolution builds and consults per document hash far more strings than
/// they need SipHash's resistance to chosen keys for.
#[derive(Clone, Copy, Debug, Default)]
pub struct StrHasher(u64);

impl Hasher for StrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = mix(self.0, u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        self.0 = mix(self.0, u64::from_le_bytes(b) ^ (rest.len() as u64) << 59);
    }
}

/// A set of strings hashed with [`StrHasher`].
pub type StrSet<'a> = std::collections::HashSet<&'a str, BuildHasherDefault<StrHasher>>;

/// A map keyed by strings hashed with [`StrHasher`].
pub type StrMap<'a, V> = std::collections::HashMap<&'a str, V, BuildHasherDefault<StrHasher>>;

/// A map keyed by precomputed hashes.
pub type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// What the model knows about words and names beyond its weights.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Names known to be entities: the hash of a name's lower-case token sequence (see
    /// [`seq_hash`]) mapped to a bit set of entity types (bit `k` for type `k` of the tagger).
    pub names: HashedMap<u8>,
    /// Word clusters learned from unlabelled news: the hash of a word as written (see
    /// [`word_hash`]) mapped to its cluster in each of [`N_CLUSTERINGS`] clusterings.
    pub clusters: HashedMap<[u16; N_CLUSTERINGS]>,
}

/// The number of word clusterings (of different granularity) in a [`Lexicon`].
pub const N_CLUSTERINGS: usize = 2;

/// Static features of every token of a document.
#[derive(Clone, Debug, Default)]
pub struct DocFeatures {
    /// Row indices of all tokens, one run per token.
    pub rows: Vec<u32>,
    /// Token `t`'s rows are `rows[offsets[t]..offsets[t + 1]]`; tokens outside the kept
    /// paragraphs have none.
    pub offsets: Vec<u32>,
    /// Per token: the hashes of its lower-case form and of its shape.
    pub keys: Vec<(u64, u64)>,
    /// Per token: whether it is a word that starts with a capital letter.
    pub cap: Vec<bool>,
    /// Per token: whether a name may start here (it has a capital letter or a digit).
    pub can_start: Vec<bool>,
    /// Per token: which of the document's distinct token texts it is (`0..words`), `u32::MAX`
    /// for a token outside the kept paragraphs.
    pub word: Vec<u32>,
    /// The number of distinct token texts.
    pub words: usize,
    /// Per token: how many of its first rows depend on its text alone, and are the same for
    /// every token of the same [`DocFeatures::word`]: the tagger sums their weights once per
    /// word.
    pub own: Vec<u8>,
}

impl DocFeatures {
    /// The static rows of token `t`.
    pub fn token_rows(&self, t: usize) -> &[u32] {
        let a = self.offsets.get(t).copied().unwrap_or(0) as usize;
        let b = self.offsets.get(t + 1).copied().unwrap_or(0) as usize;
        self.rows.get(a..b).unwrap_or(&[])
    }
}

/// Per-document evidence about a word computed before tagging (see [`doc_features`]).
#[derive(Clone, Copy, Debug, Default)]
struct WordStats {
    /// Seen all lower case, not at the start of a sentence.
    lower_mid: bool,
    /// Seen capitalized, not at the start of a sentence.
    cap_mid: bool,
    /// Seen at the start of a sentence.
    initial: bool,
}

#[derive(Clone, Copy, Debug, Default)]
struct Info {
    word: u64,
    /// The word in title case: the first letter as written, the rest lower case.
    title: u64,
    lower: u64,
    norm: u64,
    shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    nchars: u8,
    cap: bool,
    upper: bool,
    digit: bool,
    has_upper: bool,
    word_kind: bool,
    /// The word's clusters, `u16::MAX` for a word the clusters do not know.
    clusters: [u16; N_CLUSTERINGS],
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Mixes two hashes into one.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(23)).wrapping_mul(K);
    x ^ (x >> 29)
}

#[inline]
fn template(id: u64) -> u64 {
    mix(id.wrapping_mul(0xD6E8_FEB8_6659_FD93), 0x1234_5678)
}

/// Which rows of the weight table a model stores, and where: a row's slot is the number of
/// stored rows before it.
///
/// Per block of 16 rows, one word: the number of stored rows before the block (high half)
/// and a bit per row (low half), 64 KB in all, where a table of 16-bit slots per row takes
/// 512 KB: featurization looks up some forty rows per token at random, and the small map
/// stays in the caches next to the weight rows instead of pushing them out. The bits before
/// a row are counted with a table of bytes, as the baseline x86-64 target has no popcount
/// instruction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlotMap {
    pub blocks: Vec<u32>,
}

/// The number of bits set in each byte.
const POP8: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).count_ones() as u8;
        i += 1;
    }
    t
};

impl SlotMap {
    /// The map of the rows in `stored` (in increasing order, each below [`ROWS`]; at most
    /// 65,535 of them).
    pub fn from_rows(stored: impl IntoIterator<Item = usize>) -> SlotMap {
        let mut bits = vec![0u16; ROWS / 16];
        for r in stored {
            bits[r / 16] |= 1 << (r % 16);
        }
        let mut blocks = Vec::with_capacity(bits.len());
        let mut n = 0u32;
        for b in bits {
            // (Counts beyond 16 bits, which callers rule out, saturate rather than overflow.)
            blocks.push(n.min(0xffff) << 16 | u32::from(b));
            n += b.count_ones();
        }
        SlotMap { blocks }
    }

    /// Whether `row` is stored.
    pub fn contains(&self, row: usize) -> bool {
        self.blocks
            .get(row / 16)
            .is_some_and(|b| b & (1 << (row % 16)) != 0)
    }

    /// The slot of `row`, `None` for a row that is not stored.
    #[inline]
    pub fn get(&self, row: u32) -> Option<u32> {
        let b = *self.blocks.get(row as usize / 16)?;
        let bit = 1u32 << (row % 16);
        if b & bit == 0 {
            return None;
        }
        let below = b & (bit - 1);
        Some((b >> 16) + u32::from(POP8[(below & 0xff) as usize] + POP8[(below >> 8) as usize]))
    }

    /// The bits of the rows, row `r` as bit `r % 8` of byte `r / 8`.
    pub fn bitmap(&self) -> Vec<u8> {
        self.blocks
            .iter()
            .flat_map(|&b| (b as u16).to_le_bytes())
            .collect()
    }

    /// The number of rows stored.
    pub fn len(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| (b & 0xffff).count_ones() as usize)
            .sum()
    }

    /// Whether no row is stored.
    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(|&b| b & 0xffff == 0)
    }
}

/// `row` through `index` (see [`doc_features`]): its slot, `u32::MAX` for a row the model does
/// not store, the row itself without a map.
#[inline]
pub fn map_row(index: Option<&SlotMap>, row: u32) -> u32 {
    match index {
        Some(ix) => ix.get(row).unwrap_or(u32::MAX),
        None => row,
    }
}

/// Adds the slot of feature hash `h` to `rows` (through `index`, see [`map_row`]), unless the
/// model stores no weights for it.
#[inline]
fn push_row(rows: &mut Vec<u32>, index: Option<&SlotMap>, h: u64) {
    let r = map_row(index, row_of(h));
    if r != u32::MAX {
        rows.push(r);
    }
}

/// The row of a feature hash.
#[inline]
pub fn row_of(h: u64) -> u32 {
    (h.wrapping_mul(0x2545_F491_4F6C_DD1D) >> (64 - ROW_BITS)) as u32
}

#[inline]
fn fnv(h: u64, c: char) -> u64 {
    // Most characters are ASCII, one byte in UTF-8: the same hash without encoding them.
    if c.is_ascii() {
        return (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
    }
    let mut buf = [0u8; 4];
    let mut h = h;
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    h
}

const FNV0: u64 = 0xcbf2_9ce4_8422_2325;

/// Typographic variants that CoNLL-style training text writes in ASCII.
#[inline]
fn fold(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '—' | '–' | '‐' | '‑' => '-',
        _ => c,
    }
}

/// The hash of a name's sequence of lower-case token hashes, as gazetteers key it.
pub fn seq_hash(lower_hashes: impl IntoIterator<Item = u64>) -> u64 {
    lower_hashes.into_iter().fold(0x5eed, mix)
}

/// The hash of a token text as written (with typographic quotes and dashes folded to ASCII),
/// as [`Lexicon::clusters`] keys it.
pub fn word_hash(s: &str) -> u64 {
    s.chars().fold(FNV0, |h, c| fnv(h, fold(c)))
}

/// The hash of the lower-case form of a token text, as [`seq_hash`] wants it.
pub fn lower_hash(s: &str) -> u64 {
    let mut h = FNV0;
    for c in s.chars() {
        h = fnv(h, lower_char(fold(c)));
    }
    h
}

#[inline]
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// A distinct token text of a document (see [`doc_features`]).
#[derive(Clone, Copy, Debug)]
struct Word {
    info: Info,
    kind: TokenKind,
    /// Where the rows of the text alone were first written in [`DocFeatures::rows`].
    rows: Option<(u32, u32)>,
}

/// `inf` with its word clusters looked up.
fn clustered(mut inf: Info, lex: &Lexicon) -> Info {
    // A word in capitals ("PARIS" in a headline) takes the clusters of its title-case form,
    // which the unlabelled text has seen far more often.
    inf.clusters = lex
        .clusters
        .get(&inf.word)
        .or_else(|| inf.upper.then(|| lex.clusters.get(&inf.title)).flatten())
        .copied()
        .unwrap_or([u16::MAX; N_CLUSTERINGS]);
    inf
}

fn info(s: &str, tok: Token) -> Info {
    let mut inf = Info {
        word_kind: tok.kind == TokenKind::Word,
        ..Info::default()
    };
    let (mut word, mut lower, mut norm, mut shape) = (FNV0, FNV0, FNV0, FNV0);
    let mut title = FNV0;
    let mut last_shape = '\0';
    let mut n = 0usize;
    let mut lowers = 0usize;
    let mut uppers = 0usize;
    let mut tail = ['\0'; 4];
    for c in s.chars() {
        let c = fold(c);
        word = fnv(word, c);
        let l = lower_char(c);
        title = fnv(title, if n == 0 { c } else { l });
        lower = fnv(lower, l);
        norm = fnv(norm, if l.is_ascii_digit() { '0' } else { l });
        let sc = if c.is_uppercase() {
            uppers += 1;
            'X'
        } else if c.is_lowercase() {
            lowers += 1;
            'x'
        } else if c.is_numeric() {
            inf.digit = true;
            'd'
        } else {
            c
        };
        if n == 0 {
            inf.cap = c.is_uppercase();
        }
        if sc != last_shape {
            shape = fnv(shape, sc);
            last_shape = sc;
        }
        if n < 4 {
            inf.prefix[n] = if n == 0 {
                fnv(FNV0, l)
            } else {
                fnv(inf.prefix[n - 1], l)
            };
        }
        tail = [tail[1], tail[2], tail[3], l];
        n += 1;
    }
    inf.upper = uppers > 0 && lowers == 0;
    inf.has_upper = uppers > 0;
    inf.nchars = n.min(255) as u8;
    for k in 0..4.min(n) {
        let mut h = FNV0;
        for &c in &tail[3 - k..] {
            h = fnv(h, c);
        }
        inf.suffix[k] = h;
    }
    if tok.kind == TokenKind::Quote {
        word = fnv(FNV0, '"');
        lower = word;
        norm = word;
        shape = word;
    }
    inf.word = word;
    inf.title = title;
    inf.lower = lower;
    inf.norm = norm;
    inf.shape = shape;
    inf
}

/// Featurizes the sentences of the paragraphs `p` with `keep[p]` (paragraphs beyond `keep`
/// count as not kept), writing into `out`.
///
/// With `index`, each row is replaced by its slot and rows the model does not store are left
/// out: the tagger passes its model's row-to-slot map, so that decoding reads weights directly
/// and skips the features the model has no weights for.
///
/// With `near: Some(w)`, only the tokens within `w` tokens of one where a name may start (see
/// [`DocFeatures::can_start`]) in their sentence get rows: the tagger decodes only those (see
/// `tagger::windows`), and in running text about two tokens in five are farther away.
/// Training passes `None`: every token gets its rows.
pub fn doc_features(
    text: &str,
    seg: &Segmentation,
    keep: &[bool],
    lex: &Lexicon,
    index: Option<&SlotMap>,
    near: Option<usize>,
    out: &mut DocFeatures,
) {
    out.rows.clear();
    out.offsets.clear();
    // About forty rows a token: reserved once rather than grown by copies.
    out.rows.reserve(seg.tokens.len() * 40);
    out.offsets.reserve(seg.tokens.len() + 1);
    out.keys.clear();
    out.cap.clear();
    out.can_start.clear();
    out.word.clear();
    out.own.clear();
    let n = seg.tokens.len();
    let mut infos = vec![Info::default(); n];
    let kept = |p: usize| keep.get(p).copied().unwrap_or(false);
    let mut stats: HashedMap<WordStats> = HashedMap::default();
    // A token's hashes, clusters and own rows depend on its text alone, and an article
    // repeats its words: computing them once per distinct text saves hashing each character
    // six ways and a lookup in the large cluster table, which misses the caches. (A text
    // is a word in one place and, say, a quote mark in another only for odd tokens; those
    // get no entry of their own.)
    let mut seen: StrMap<'_, u32> = StrMap::default();
    let mut texts: Vec<Word> = Vec::new();
    out.word.resize(n, u32::MAX);
    for s in &seg.sentences {
        if !kept(s.paragraph) {
            continue;
        }
        for t in s.tokens.clone() {
            let Some(&tok) = seg.tokens.get(t) else {
                continue;
            };
            let text = tok.span.text(text);
            let id = *seen.entry(text).or_insert_with(|| {
                texts.push(Word {
                    info: clustered(info(text, tok), lex),
                    kind: tok.kind,
                    rows: None,
                });
                (texts.len() - 1) as u32
            });
            let inf = match texts.get(id as usize) {
                Some(w) if w.kind == tok.kind => {
                    out.word[t] = id;
                    w.info
                }
                _ => clustered(info(text, tok), lex),
            };
            if inf.word_kind {
                let st = stats.entry(inf.lower).or_default();
                if t == s.tokens.start {
                    st.initial = true;
                } else if inf.cap {
                    st.cap_mid = true;
                } else if !inf.upper {
                    st.lower_mid = true;
                }
            }
            infos[t] = inf;
        }
    }
    out.words = texts.len();

    // Name matches: per token, bit (4 * type + position) for B, I, L, U, for the names of
    // the training data (`gbits`) and for the built-in lists (`lbits`, types as in
    // [`builtin_lists`]).
    let mut gbits = vec![0u16; n];
    let mut lbits = vec![0u16; n];
    let lists = builtin_lists();
    for s in &seg.sentences {
        if !kept(s.paragraph) {
            continue;
        }
        let r = s.tokens.start.min(n)..s.tokens.end.min(n);
        for i in r.clone() {
            if !infos[i].cap && !infos[i].digit {
                continue;
            }
            let mut h = 0x5eed;
            for (d, x) in infos[i..r.end.min(i + GAZ_MAX)].iter().enumerate() {
                let j = i + d;
                h = mix(h, x.lower);
                if let Some(&mask) = lex.names.get(&h) {
                    mark(&mut gbits, i, j, mask);
                }
                if let Some(&mask) = lists.get(&h) {
                    mark(&mut lbits, i, j, mask);
                }
            }
        }
    }

    let boundary = [Info {
        word: 0xB0,
        lower: 0xB0,
        norm: 0xB0,
        shape: 0xB0,
        clusters: [u16::MAX - 1; N_CLUSTERINGS],
        ..Info::default()
    }; 2];
    let mut needed = Vec::new();
    out.offsets.push(0);
    out.keys.resize(n, (0, 0));
    out.cap.resize(n, false);
    out.can_start.resize(n, false);
    out.own.resize(n, 0);
    let mut next = 0usize;
    for s in &seg.sentences {
        // Tokens of sentences not kept get no rows.
        while next < s.tokens.start.min(n) {
            out.offsets.push(out.rows.len() as u32);
            next += 1;
        }
        if !kept(s.paragraph) {
            continue;
        }
        let toks = s.tokens.start.min(n)..s.tokens.end.min(n);
        let inf = &infos[toks.clone()];
        let words = inf.iter().filter(|x| x.word_kind && x.nchars > 1).count();
        let upper_words = inf
            .iter()
            .filter(|x| x.word_kind && x.nchars > 1 && x.upper)
            .count();
        let upper_sentence = words >= 2 && upper_words * 2 > words;
        let par_pos = s.paragraph.min(2) as u64;
        let starts = inf.iter().map(|x| x.has_upper || x.digit);
        near_starts(starts, near, &mut needed);
        let at = |k: isize| -> &Info {
            if k < 0 {
                &boundary[0]
            } else {
                inf.get(k as usize).unwrap_or(&boundary[1])
            }
        };
        for (k, x) in inf.iter().enumerate() {
            let t = toks.start + k;
            let ki = k as isize;
            out.keys[t] = (x.lower, x.shape);
            out.cap[t] = x.word_kind && x.cap;
            out.can_start[t] = x.has_upper || x.digit;
            if !needed[k] {
                out.offsets.push(out.rows.len() as u32);
                next = t + 1;
                continue;
            }
            // First the rows of the token's text alone, copied from its first occurrence.
            let first = out.rows.len();
            let id = out.word[t];
            let copied = texts
                .get(id as usize)
                .and_then(|w| w.rows)
                .map(|(a, b)| out.rows.extend_from_within(a as usize..b as usize))
                .is_some();
            if !copied {
                let mut f = |h: u64| push_row(&mut out.rows, index, h);
                f(template(0));
                f(mix(template(1), x.word));
                f(mix(template(2), x.lower));
                if x.digit {
                    f(mix(template(3), x.norm));
                }
                f(mix(template(4), x.shape));
                for (i, &p) in x.prefix.iter().enumerate().take(x.nchars as usize) {
                    f(mix(template(5 + i as u64), p));
                }
                for (i, &p) in x.suffix.iter().enumerate().take(x.nchars as usize) {
                    f(mix(template(9 + i as u64), p));
                }
                // Word clusters: what kind of word this is, also for words the training data
                // never saw.
                let cl = |i: &Info, c: usize| u64::from(i.clusters[c]);
                f(mix(template(60), cl(x, 0)));
                f(mix(template(61), cl(x, 1)));
                f(mix(mix(template(64), cl(x, 1)), x.shape));
                if let Some(w) = texts.get_mut(id as usize) {
                    w.rows = Some((first as u32, out.rows.len() as u32));
                }
            }
            out.own[t] = u8::try_from(out.rows.len() - first).unwrap_or(u8::MAX);
            let mut f = |h: u64| push_row(&mut out.rows, index, h);
            let (p1, p2, n1, n2) = (at(ki - 1), at(ki - 2), at(ki + 1), at(ki + 2));
            f(mix(template(14), p1.lower));
            f(mix(template(15), p2.lower));
            f(mix(template(16), n1.lower));
            f(mix(template(17), n2.lower));
            f(mix(template(18), p1.shape));
            f(mix(template(19), p2.shape));
            f(mix(template(20), n1.shape));
            f(mix(template(21), n2.shape));
            f(mix(mix(template(22), p1.lower), x.lower));
            f(mix(mix(template(23), x.lower), n1.lower));
            f(mix(mix(mix(template(24), p1.shape), x.shape), n1.shape));
            f(mix(mix(template(25), p1.word), x.word));
            // The clusters of its neighbours.
            let cl = |i: &Info, c: usize| u64::from(i.clusters[c]);
            f(mix(template(62), cl(p1, 0)));
            f(mix(template(63), cl(n1, 0)));
            f(mix(template(65), cl(p2, 0)));
            f(mix(template(66), cl(n2, 0)));
            // Where the token stands: first in its sentence, in the first paragraphs
            // (headlines and datelines), in a sentence of capitals. (Not whether the sentence
            // opens its paragraph: in the training data every sentence does.)
            f(mix(mix(template(13), u64::from(k == 0)), x.shape));
            f(mix(mix(template(29), par_pos), x.shape));
            if upper_sentence {
                f(mix(template(30), x.lower));
                f(mix(mix(template(31), p1.lower), x.lower));
            }
            // What the rest of the article says about this word.
            if x.word_kind && (x.cap || x.upper) {
                let st = stats.get(&x.lower).copied().unwrap_or_default();
                let code = u64::from(st.lower_mid)
                    | u64::from(st.cap_mid) << 1
                    | u64::from(st.initial) << 2
                    | u64::from(k == 0) << 3;
                f(mix(template(26), code));
            }
            let g = lbits[t];
            if g != 0 {
                for b in 0..16u64 {
                    if g & (1 << b) != 0 {
                        f(mix(template(70), b));
                    }
                }
                f(mix(mix(template(71), u64::from(g)), x.shape));
            }
            let g = gbits[t];
            if g != 0 {
                for b in 0..16u64 {
                    if g & (1 << b) != 0 {
                        f(mix(template(27), b));
                    }
                }
                f(mix(mix(template(28), u64::from(g)), x.shape));
            }
            out.offsets.push(out.rows.len() as u32);
            next = t + 1;
        }
    }
    while next < n {
        out.offsets.push(out.rows.len() as u32);
        next += 1;
    }
}

/// Sets `out[k]` for each token `k` of a sentence: whether it lies within `near` tokens of one
/// of `starts` (every token without a limit).
pub fn near_starts(starts: impl Iterator<Item = bool>, near: Option<usize>, out: &mut Vec<bool>) {
    out.clear();
    out.extend(starts);
    let Some(w) = near else {
        out.fill(true);
        return;
    };
    // The distance to the nearest start before and after, in two sweeps.
    let mut dist = vec![usize::MAX; out.len()];
    let mut last = None;
    for (k, d) in dist.iter_mut().enumerate() {
        if out[k] {
            last = Some(k);
        }
        if let Some(l) = last {
            *d = k - l;
        }
    }
    last = None;
    for k in (0..out.len()).rev() {
        if out[k] {
            last = Some(k);
        }
        if let Some(l) = last {
            dist[k] = dist[k].min(l - k);
        }
    }
    for (o, d) in out.iter_mut().zip(dist) {
        *o = d <= w;
    }
}

/// Marks tokens `i..=j` as a name of the types in `mask` (bit `k` for type `k`), with bit
/// `4 * k` for the first token, `4 * k + 1` inside, `4 * k + 2` last and `4 * k + 3` alone.
fn mark(bits: &mut [u16], i: usize, j: usize, mask: u8) {
    for ty in 0..4u16 {
        if mask & (1 << ty) == 0 {
            continue;
        }
        if j == i {
            bits[i] |= 1 << (4 * ty + 3);
        } else {
            bits[i] |= 1 << (4 * ty);
            for g in &mut bits[i + 1..j] {
                *g |= 1 << (4 * ty + 1);
            }
            bits[j] |= 1 << (4 * ty + 2);
        }
    }
}

/// Names from general lists written for lede, keyed like [`Lexicon::names`]: bit 0 for a
/// common first name, bit 1 for a country, region or large city, bit 2 for a nationality,
/// people, faith or party member. They help the tagger with names its training data never
/// showed.
pub fn builtin_lists() -> &'static HashedMap<u8> {
    static LISTS: std::sync::OnceLock<HashedMap<u8>> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let mut m = HashedMap::default();
        for (bit, list) in [(1u8, FIRST_NAMES), (2, PLACES), (4, NATIONALITIES)] {
            for name in list.split('|') {
                let h = seq_hash(name.split(' ').map(lower_hash));
                *m.entry(h).or_default() |= bit;
            }
        }
        m
    })
}

const FIRST_NAMES: &str = concat!(
    "Aaron|Abdul|Abigail|Adam|Ahmed|Aisha|Alain|Alan|Albert|Alejandro|",
    "Alex|Alexander|Alexei|Alexis|Ali|Alice|Amanda|Amber|Amit|Amy|",
    "Ana|Andrea|Andrei|Andrew|Andy|Angela|Ann|Anna|Anne|Anthony|",
    "Antonio|Arthur|Ashley|Austin|Barbara|Ben|Benjamin|Betty|Beverly|Bill|",
    "Billy|Bob|Bobby|Boris|Brandon|Brenda|Brian|Brittany|Bruce|Bryan|",
    "Carl|Carlos|Carmen|Carol|Carolyn|Catherine|Charles|Charlotte|Chen|Cheryl|",
    "Chris|Christian|Christina|Christine|Christopher|Claire|Colin|Cynthia|Dan|Daniel|",
    "Danielle|Dave|David|Deborah|Debra|Denise|Dennis|Diana|Diane|Diego|",
    "Dieter|Dmitry|Don|Donald|Donna|Doris|Dorothy|Douglas|Dylan|Edward|",
    "Elena|Elijah|Elizabeth|Emily|Emma|Eric|Ethan|Eugene|Evelyn|Fatima|",
    "Fernando|Frances|Francesca|Francesco|Francois|Frank|Franz|Fred|Gabriel|Gary|",
    "George|Gerald|Giovanni|Giulia|Giuseppe|Gloria|Gordon|Grace|Graham|Greg|",
    "Gregory|Hannah|Hans|Harold|Harry|Hassan|Heather|Helen|Helmut|Henry|",
    "Hiroshi|Hussein|Ian|Ibrahim|Igor|Ingrid|Irina|Isabella|Isabelle|Ivan|",
    "Jack|Jacob|Jacqueline|Jacques|James|Jane|Janet|Janice|Jason|Javier|",
    "Jean|Jeff|Jeffrey|Jennifer|Jeremy|Jerry|Jesse|Jessica|Jim|Joan|",
    "Joe|John|Jonathan|Jordan|Jorge|Jose|Joseph|Joshua|Joyce|Juan|",
    "Judith|Judy|Julia|Julie|Jurgen|Justin|Karen|Karl|Kate|Katherine|",
    "Kathleen|Kathryn|Kayla|Keith|Kelly|Ken|Kenji|Kenneth|Kevin|Khalid|",
    "Kim|Kimberly|Klaus|Kyle|Larry|Laura|Lauren|Laurent|Lawrence|Lee|",
    "Leila|Li|Linda|Lisa|Liu|Logan|Louis|Luca|Lucia|Lucy|",
    "Luis|Madison|Mahmoud|Manuel|Marco|Margaret|Maria|Marianne|Marie|Marilyn|",
    "Mark|Martha|Martin|Mary|Mason|Matt|Matthew|Megan|Melissa|Michael|",
    "Michel|Michelle|Miguel|Mike|Mikhail|Mohammed|Monika|Muhammad|Mustafa|Nancy|",
    "Natalia|Natalie|Nathalie|Nathan|Neil|Nicholas|Nick|Nicolas|Nicole|Nigel|",
    "Nikolai|Noah|Oleg|Olga|Olivia|Olivier|Omar|Pamela|Paolo|Patricia|",
    "Patrick|Paul|Pedro|Peter|Petra|Philip|Philippe|Pierre|Priya|Rachel|",
    "Rahul|Raj|Ralph|Randy|Ravi|Raymond|Rebecca|Ricardo|Richard|Rob|",
    "Robert|Roger|Ron|Ronald|Rose|Roy|Russell|Ruth|Ryan|Sabine|",
    "Sam|Samantha|Samuel|Sandra|Sanjay|Sara|Sarah|Scott|Sean|Sergei|",
    "Sergio|Sharon|Shirley|Simon|Sofia|Sophia|Sophie|Stefan|Stephanie|Stephen|",
    "Steve|Steven|Sunita|Susan|Susanne|Svetlana|Sylvie|Takeshi|Tatiana|Ted|",
    "Teresa|Terry|Theresa|Thomas|Tim|Timothy|Tom|Tony|Tyler|Ursula|",
    "Victoria|Vijay|Viktor|Vincent|Virginia|Vladimir|Walter|Wang|Wayne|William|",
    "Willie|Wolfgang|Yoko|Yulia|Yuri|Yusuf|Zachary|Zhang",
);
const PLACES: &str = concat!(
    "Abuja|Addis Ababa|Afghanistan|Africa|Alabama|Alaska|Albania|Alberta|",
    "Algeria|Algiers|Almaty|America|Amman|Amsterdam|Andorra|Angola|",
    "Ankara|Antarctica|Argentina|Arizona|Arkansas|Armenia|Asia|Athens|",
    "Atlanta|Auckland|Australia|Austria|Azerbaijan|Baghdad|Bahamas|Bahrain|",
    "Baku|Balkans|Bangalore|Bangkok|Bangladesh|Barbados|Barcelona|Bavaria|",
    "Beijing|Beirut|Belarus|Belfast|Belgium|Belgrade|Belize|Benin|",
    "Berlin|Bern|Bhutan|Birmingham|Bogota|Bolivia|Bombay|Bonn|",
    "Bosnia|Boston|Botswana|Brasilia|Bratislava|Brazil|Bristol|Britain|",
    "British Columbia|Brittany|Brunei|Brussels|Bucharest|Budapest|Buenos Aires|Bulgaria|",
    "Burkina Faso|Burma|Burundi|Cairo|Calcutta|California|Cambodia|Cambridge|",
    "Cameroon|Canada|Cape Town|Caracas|Cardiff|Caribbean|Casablanca|Catalonia|",
    "Chad|Chechnya|Chennai|Chicago|Chile|China|Cologne|Colombia|",
    "Colombo|Colorado|Comoros|Congo|Connecticut|Copenhagen|Corsica|Costa Rica|",
    "Crimea|Croatia|Cuba|Cyprus|Czech Republic|Dallas|Damascus|Delaware|",
    "Delhi|Denmark|Denver|Detroit|Dhaka|Djibouti|Doha|Dominica|",
    "Dominican Republic|Dubai|Dublin|East Timor|Ecuador|Edinburgh|Egypt|El Salvador|",
    "England|Eritrea|Estonia|Ethiopia|Europe|Fiji|Finland|Florence|",
    "Florida|France|Frankfurt|Gabon|Gambia|Gaza|Geneva|Georgia|",
    "Germany|Ghana|Glasgow|Great Britain|Greece|Greenland|Grenada|Grozny|",
    "Guatemala|Guinea|Guyana|Haiti|Hamburg|Hanoi|Havana|Hawaii|",
    "Helsinki|Holland|Honduras|Hong Kong|Houston|Hungary|Iceland|Idaho|",
    "Illinois|India|Indiana|Indonesia|Iowa|Iran|Iraq|Ireland|",
    "Islamabad|Israel|Istanbul|Italy|Ivory Coast|Jakarta|Jamaica|Japan|",
    "Jerusalem|Johannesburg|Jordan|Kabul|Kansas|Karachi|Kashmir|Kazakhstan|",
    "Kentucky|Kenya|Khartoum|Kiev|Kinshasa|Kiribati|Kolkata|Korea|",
    "Kosovo|Kurdistan|Kuwait|Kuwait City|Kyiv|Kyrgyzstan|Lagos|Lahore|",
    "Laos|Las Vegas|Latin America|Latvia|Lebanon|Leeds|Lesotho|Liberia|",
    "Libya|Liechtenstein|Lima|Lisbon|Lithuania|Liverpool|Ljubljana|Lombardy|",
    "London|Los Angeles|Louisiana|Luxembourg|Lyon|Macau|Macedonia|Madagascar|",
    "Madras|Madrid|Maine|Malawi|Malaysia|Maldives|Mali|Malta|",
    "Manchester|Manila|Marseille|Maryland|Massachusetts|Mauritania|Mauritius|Melbourne|",
    "Mexico|Mexico City|Miami|Michigan|Middle East|Milan|Minnesota|Minsk|",
    "Mississippi|Missouri|Moldova|Monaco|Mongolia|Montana|Montenegro|Montreal|",
    "Morocco|Moscow|Mozambique|Mumbai|Munich|Muscat|Myanmar|Nairobi|",
    "Namibia|Naples|Nauru|Nebraska|Nepal|Netherlands|Nevada|New Delhi|",
    "New Hampshire|New Jersey|New Mexico|New Orleans|New York|New Zealand|Newcastle|Nicaragua|",
    "Niger|Nigeria|Normandy|North America|North Carolina|North Dakota|North Korea|Northern Ireland|",
    "Norway|Ohio|Oklahoma|Oman|Ontario|Oregon|Oslo|Ottawa|",
    "Oxford|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Paris|",
    "Pennsylvania|Peru|Philadelphia|Philippines|Phoenix|Poland|Porto|Portugal|",
    "Prague|Provence|Puerto Rico|Pyongyang|Qatar|Quebec|Queensland|Rabat|",
    "Rhode Island|Riga|Rio de Janeiro|Riyadh|Romania|Rome|Russia|Rwanda|",
    "Samoa|San Francisco|San Marino|Santiago|Sao Paulo|Sarajevo|Sardinia|Saudi Arabia|",
    "Scandinavia|Scotland|Seattle|Senegal|Seoul|Serbia|Seville|Seychelles|",
    "Shanghai|Sheffield|Siberia|Sicily|Sierra Leone|Singapore|Slovakia|Slovenia|",
    "Sofia|Somalia|South Africa|South America|South Carolina|South Dakota|South Korea|South Sudan|",
    "Spain|Sri Lanka|Stockholm|Sudan|Suriname|Swaziland|Sweden|Switzerland|",
    "Sydney|Syria|Taipei|Taiwan|Tajikistan|Tallinn|Tanzania|Tashkent|",
    "Tasmania|Tbilisi|Tehran|Tel Aviv|Tennessee|Texas|Thailand|Tibet|",
    "Tobago|Togo|Tokyo|Tonga|Toronto|Trinidad|Tripoli|Tunis|",
    "Tunisia|Turin|Turkey|Turkmenistan|Tuscany|Tuvalu|Uganda|Ukraine|",
    "United Arab Emirates|United Kingdom|United States|Uruguay|Utah|Uzbekistan|Valencia|Vancouver|",
    "Vanuatu|Venezuela|Venice|Vermont|Victoria|Vienna|Vietnam|Vilnius|",
    "Virginia|Wales|Warsaw|Washington|Wellington|West Bank|West Virginia|Wisconsin|",
    "Wyoming|Yemen|Yerevan|Yugoslavia|Zagreb|Zambia|Zimbabwe|Zurich",
);
const NATIONALITIES: &str = concat!(
    "Afghan|African|Albanian|Algerian|American|Angolan|Arab|Arabic|Arabs|Argentine|",
    "Argentinian|Armenian|Asian|Atlantic|Australian|Austrian|Azerbaijani|Bahraini|Balkan|Bangladeshi|",
    "Basque|Bavarian|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Britons|",
    "Buddhist|Bulgarian|Burmese|Californian|Cambodian|Cameroonian|Canadian|Caribbean|Catalan|Catholic|",
    "Catholics|Chechen|Chechens|Chilean|Chinese|Christian|Christians|Colombian|Communist|Communists|",
    "Congolese|Conservative|Conservatives|Croat|Croatian|Croats|Cuban|Cypriot|Czech|Dane|",
    "Danes|Danish|Democrat|Democrats|Dutch|Eastern|Ecuadorian|Egyptian|English|Eritrean|",
    "Estonian|Ethiopian|European|Filipino|Finn|Finnish|Flemish|French|Gabonese|Georgian|",
    "German|Ghanaian|Greek|Guatemalan|Haitian|Hebrew|Hindu|Hindus|Hispanic|Honduran|",
    "Hungarian|Hutu|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Islamic|Israeli|",
    "Italian|Jamaican|Japanese|Jew|Jewish|Jews|Jordanian|Kazakh|Kenyan|Korean|",
    "Kosovan|Kurd|Kurdish|Kurds|Kuwaiti|Kyrgyz|Lao|Latin|Latvian|Lebanese|",
    "Liberian|Libyan|Lithuanian|Londoner|Luxembourgish|Macedonian|Malagasy|Malawian|Malaysian|Maltese|",
    "Mediterranean|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Muslim|Muslims|Namibian|",
    "Nazi|Nazis|Nepalese|Nepali|Nigerian|Nigerien|Norwegian|Omani|Pacific|Pakistani|",
    "Palestinian|Panamanian|Paraguayan|Parisian|Pashtun|Persian|Peruvian|Pole|Poles|Polish|",
    "Portuguese|Protestant|Qatari|Republican|Republicans|Romanian|Russian|Rwandan|Saudi|Scandinavian|",
    "Scot|Scots|Scottish|Senegalese|Serb|Serbian|Serbs|Shia|Shiite|Sicilian|",
    "Sikh|Slovak|Slovene|Slovenian|Socialist|Socialists|Somali|South African|Soviet|Spaniard|",
    "Spaniards|Spanish|Sri Lankan|Sudanese|Sunni|Swede|Swedes|Swedish|Swiss|Syrian|",
    "Taiwanese|Tajik|Tanzanian|Texan|Thai|Tibetan|Tunisian|Turk|Turkish|Turks|",
    "Tutsi|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Walloon|Welsh|Western|",
    "Yemeni|Yugoslav|Zambian|Zimbabwean",
);

/// The number of rows per token that [`second_pass_rows`] writes.
pub const N_SECOND: usize = 5;

/// The rows of token `t` for both passes: its own rows in `df`, and its [`N_SECOND`]
/// second-pass rows in `extra` (empty in the first pass). The tagger and the trainer both
/// feed Viterbi through this, so they score the same features.
pub fn token_features<'a>(
    df: &'a DocFeatures,
    extra: &'a [u32],
    t: usize,
) -> (&'a [u32], &'a [u32]) {
    let second = extra.get(t * N_SECOND..(t + 1) * N_SECOND).unwrap_or(&[]);
    (df.token_rows(t), second)
}

/// The features of the second pass: how the first pass (`types[t]`: 0 for no name, else
/// 1 + the type index of the name that token `t` is part of) tagged the other occurrences
/// of each capitalized word of the article. Writes [`N_SECOND`] rows per token to `out`,
/// `u32::MAX` where there is nothing to say. Rows go through `index` as in [`doc_features`].
pub fn second_pass_rows(
    df: &DocFeatures,
    types: &[u8],
    index: Option<&SlotMap>,
    out: &mut Vec<u32>,
) {
    let row_of = |h: u64| map_row(index, row_of(h));
    out.clear();
    let n = df.cap.len();
    out.resize(n * N_SECOND, u32::MAX);
    // Per word: how often it was outside names, in a one-token name of each type (1..5) and
    // in a longer name of each type (5..9). A full name elsewhere ("Craig Bellamy") is better
    // evidence for a lone surname than the surname alone, hence the two counts.
    let class = |t: usize| {
        let x = types.get(t).copied().unwrap_or(0);
        let ty = usize::from(x & 7).min(4);
        if ty > 0 && x & 8 != 0 { ty + 4 } else { ty }
    };
    let mut counts: HashedMap<[u16; 9]> = HashedMap::default();
    for t in 0..n {
        if df.cap[t] {
            let c = counts.entry(df.keys[t].0).or_default();
            let k = class(t);
            c[k] = c[k].saturating_add(1);
        }
    }
    for t in 0..n {
        // What the first pass made of this token's neighbours.
        if df.token_rows(t).is_empty() {
            continue;
        }
        let prev = t.checked_sub(1).map_or(15, class) as u64;
        let next = if t + 1 < n { class(t + 1) as u64 } else { 15 };
        out[t * N_SECOND + 3] = row_of(mix(template(53), prev << 4 | class(t) as u64));
        out[t * N_SECOND + 4] = row_of(mix(template(54), next << 4 | class(t) as u64));
        if !df.cap[t] {
            continue;
        }
        let Some(&all) = counts.get(&df.keys[t].0) else {
            continue;
        };
        let mut c = all;
        let own = class(t);
        c[own] = c[own].saturating_sub(1);
        // Majority over all occurrences, by type.
        // Counts saturate at u16::MAX in long documents; sums are taken in u32.
        let c = c.map(u32::from);
        let by_type = [c[0], c[1] + c[5], c[2] + c[6], c[3] + c[7], c[4] + c[8]];
        let sum: u32 = by_type.iter().sum();
        if sum == 0 {
            continue;
        }
        let mut a = 0;
        for k in 1..5 {
            if by_type[k] > by_type[a] {
                a = k;
            }
        }
        let unanimous = by_type[a] == sum;
        let code = a as u64 | u64::from(unanimous) << 3;
        out[t * N_SECOND] = row_of(mix(template(50), code));
        out[t * N_SECOND + 1] = row_of(mix(mix(template(51), code), df.keys[t].1));
        // Majority over the longer names only.
        let mut m = 0;
        for k in 6..9 {
            if c[k] > c[5 + m] {
                m = k - 5;
            }
        }
        if c[5 + m] > 0 {
            out[t * N_SECOND + 2] = row_of(mix(template(52), m as u64));
        }
    }
}

/// The row whose weights score each tag after the tag `prev` (or the start of a sentence).
#[inline]
pub fn transition_row(prev: u8) -> u32 {
    row_of(mix(template(40), u64::from(prev)))
}
