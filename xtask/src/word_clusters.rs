//! Word clusters for the name tagger, learned from unlabelled news text.
//!
//! Each frequent word is described by the words seen just before and just after it (counts
//! over the most frequent context words, square-rooted and normalized to unit length), and
//! the words are grouped by spherical k-means at a few granularities. Words that occur in the
//! same slots land together: surnames with surnames, towns with towns, companies with
//! companies, which lets the tagger generalize to names its labelled data never showed.
//! Everything is deterministic: the initial centroids are spread over the frequency ranking.

use std::collections::HashMap;

use lede_extract::entities::features::{self, HashedMap, N_CLUSTERINGS};
use lede_text::TokenKind;

/// Words seen fewer times get no cluster.
const MIN_COUNT: u32 = 3;
/// The number of context words (each on the left and on the right).
const CONTEXTS: usize = 1000;
const ITERATIONS: usize = 12;

/// Clusters the words of `texts` into `ks[c]` clusters for clustering `c`.
pub fn learn(texts: &[&str], ks: [usize; N_CLUSTERINGS]) -> HashedMap<[u16; N_CLUSTERINGS]> {
    // Sentences as sequences of (word hash, is a word).
    let mut sents: Vec<Vec<(u64, bool)>> = Vec::new();
    for text in texts {
        let seg = lede_text::segment(text);
        for s in &seg.sentences {
            sents.push(
                seg.tokens[s.tokens.clone()]
                    .iter()
                    .map(|t| {
                        (
                            features::word_hash(t.span.text(text)),
                            t.kind == TokenKind::Word,
                        )
                    })
                    .collect(),
            );
        }
    }
    let mut counts: HashMap<u64, (u32, bool)> = HashMap::new();
    for s in &sents {
        for &(h, w) in s {
            let e = counts.entry(h).or_insert((0, w));
            e.0 += 1;
        }
    }
    // Rank by frequency, ties by hash, so that the order is the same on every run.
    let mut ranked: Vec<(u64, u32, bool)> = counts.iter().map(|(&h, &(c, w))| (h, c, w)).collect();
    ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let context: HashMap<u64, usize> = ranked
        .iter()
        .take(CONTEXTS)
        .enumerate()
        .map(|(i, e)| (e.0, i))
        .collect();
    let vocab: Vec<u64> = ranked
        .iter()
        .filter(|e| e.2 && e.1 >= MIN_COUNT)
        .map(|e| e.0)
        .collect();
    let index: HashMap<u64, usize> = vocab.iter().enumerate().map(|(i, &h)| (h, i)).collect();
    // Sparse context counts; dimension CONTEXTS stands for the sentence boundary.
    let dims = 2 * (CONTEXTS + 1);
    let mut cooc: Vec<HashMap<u32, f32>> = vec![HashMap::new(); vocab.len()];
    for s in &sents {
        for (i, &(h, _)) in s.iter().enumerate() {
            let Some(&w) = index.get(&h) else {
                continue;
            };
            let left = i
                .checked_sub(1)
                .map_or(Some(CONTEXTS), |j| context.get(&s[j].0).copied());
            let right = s
                .get(i + 1)
                .map_or(Some(CONTEXTS), |x| context.get(&x.0).copied());
            if let Some(l) = left {
                *cooc[w].entry(l as u32).or_default() += 1.0;
            }
            if let Some(r) = right {
                *cooc[w].entry((CONTEXTS + 1 + r) as u32).or_default() += 1.0;
            }
        }
    }
    let vectors: Vec<Vec<(u32, f32)>> = cooc
        .into_iter()
        .map(|m| {
            let mut v: Vec<(u32, f32)> = m.into_iter().map(|(d, c)| (d, c.sqrt())).collect();
            v.sort_unstable_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
            for e in &mut v {
                e.1 /= norm;
            }
            v
        })
        .collect();
    eprintln!(
        "clusters: {} sentences, {} words to cluster",
        sents.len(),
        vocab.len()
    );

    let mut out: HashedMap<[u16; N_CLUSTERINGS]> = HashedMap::default();
    for (c, &k) in ks.iter().enumerate() {
        let assign = kmeans(&vectors, dims, k);
        for (w, &a) in vocab.iter().zip(&assign) {
            out.entry(*w).or_insert([u16::MAX; N_CLUSTERINGS])[c] = a;
        }
    }
    out
}

/// Spherical k-means of unit vectors; returns each vector's cluster.
fn kmeans(vectors: &[Vec<(u32, f32)>], dims: usize, k: usize) -> Vec<u16> {
    let n = vectors.len();
    let k = k.min(n).max(1);
    let mut centroids = vec![0f32; k * dims];
    for c in 0..k {
        for &(d, x) in &vectors[c * n / k] {
            centroids[c * dims + d as usize] = x;
        }
    }
    let mut assign = vec![0u16; n];
    for it in 0..ITERATIONS {
        let mut moved = 0usize;
        for (i, v) in vectors.iter().enumerate() {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for c in 0..k {
                let row = &centroids[c * dims..(c + 1) * dims];
                let dot: f32 = v.iter().map(|&(d, x)| row[d as usize] * x).sum();
                if dot > best.0 {
                    best = (dot, c);
                }
            }
            if assign[i] as usize != best.1 {
                moved += 1;
            }
            assign[i] = best.1 as u16;
        }
        let mut sums = vec![0f32; k * dims];
        for (v, &a) in vectors.iter().zip(&assign) {
            for &(d, x) in v {
                sums[a as usize * dims + d as usize] += x;
            }
        }
        for c in 0..k {
            let row = &mut sums[c * dims..(c + 1) * dims];
            let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in row.iter_mut() {
                    *x /= norm;
                }
                centroids[c * dims..(c + 1) * dims].copy_from_slice(row);
            }
        }
        eprintln!("  k={k} iteration {it}: {moved} moved");
        if moved == 0 {
            break;
        }
    }
    assign
}
