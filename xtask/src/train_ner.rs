//! `cargo xtask train-ner`: trains the name tagger of `lede-extract` on CoNLL-2003.
//!
//! The CoNLL sentences are detokenized exactly as the evaluation does it
//! (`../shared/eval/score_conll.py`), joined into one text per document, and cut by lede's own
//! tokenizer; the gold names are projected onto lede's tokens. Training and tagging therefore
//! see the same tokens. The gazetteer feature is jackknifed: each tenth of the training
//! documents is featurized with the names of the other nine tenths only, so that the model
//! does not learn to trust a gazetteer that always contains the answer.
//!
//! An averaged perceptron is trained for up to `--epochs` passes in a fixed pseudo-random
//! order; the epoch with the best entity F1 on eng.testa is kept, quantized to i8 and written
//! to `crates/lede-extract/src/entities/ner.bin`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use lede_extract::entities::features::{self, DocFeatures, Lexicon, ROWS};
use lede_extract::entities::tagger::{self, Bilou, Model, N_TAGS, NerLabel};

const FOLDS: usize = 10;
/// The number of clusters of each word clustering.
const CLUSTERS: [usize; features::N_CLUSTERINGS] = [100, 600];

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The training file (CoNLL-2003, IOB1).
    #[arg(long)]
    train: Option<PathBuf>,
    /// The development file that picks the epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// The most passes over the training data.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Where to write the model.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// One CoNLL document made text: the text, lede's segmentation and the gold tag of every
/// lede token.
struct Doc {
    text: String,
    seg: lede_text::Segmentation,
    gold: Vec<u8>,
    /// Gold names as (first token, end token, label), for the gazetteer.
    names: Vec<(usize, usize, NerLabel)>,
}

pub fn run(root: &Path, args: Args) -> Result<()> {
    let data = crate::shared_data().join("ner/conll2003");
    let train_path = args.train.unwrap_or_else(|| data.join("eng.train"));
    let dev_path = args.dev.unwrap_or_else(|| data.join("eng.testa"));
    let out_path = args
        .out
        .unwrap_or_else(|| root.join("crates/lede-extract/src/entities/ner.bin"));
    let t0 = Instant::now();
    let train = read_docs(&train_path)?;
    let dev = read_docs(&dev_path)?;
    eprintln!(
        "read {} train docs, {} dev docs in {:.1}s",
        train.len(),
        dev.len(),
        t0.elapsed().as_secs_f64()
    );

    // Word clusters from the unlabelled news and the training text (not the dev text).
    let news = std::fs::read_to_string(crate::shared_data().join("news/bbc-2225/articles.jsonl"))
        .context("reading the unlabelled news")?;
    let mut texts: Vec<String> = Vec::new();
    for line in news.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    texts.extend(train.iter().map(|d| d.text.clone()));
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let clusters = crate::word_clusters::learn(&refs, CLUSTERS);
    eprintln!("clustered in {:.1}s", t0.elapsed().as_secs_f64());

    // Featurize: training folds with jackknifed gazetteers, dev with the full one.
    let mut full_gaz = gazetteer(train.iter());
    full_gaz.clusters = clusters.clone();
    let mut train_feats = Vec::with_capacity(train.len());
    let fold_gaz: Vec<Lexicon> = (0..FOLDS)
        .map(|f| {
            let mut g = gazetteer(
                train
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % FOLDS != f)
                    .map(|(_, d)| d),
            );
            g.clusters = clusters.clone();
            g
        })
        .collect();
    for (i, d) in train.iter().enumerate() {
        train_feats.push(featurize(d, &fold_gaz[i % FOLDS]));
    }
    let dev_feats: Vec<DocFeatures> = dev.iter().map(|d| featurize(d, &full_gaz)).collect();
    eprintln!(
        "featurized in {:.1}s; gazetteer {} names",
        t0.elapsed().as_secs_f64(),
        full_gaz.names.len()
    );

    let no_extra = vec![Vec::new(); train.len()];
    let dev_no_extra = vec![Vec::new(); dev.len()];
    let all: Vec<usize> = (0..train.len()).collect();
    let first = Data {
        docs: &train,
        feats: &train_feats,
        extra: &no_extra,
    };
    let dev_first = Data {
        docs: &dev,
        feats: &dev_feats,
        extra: &dev_no_extra,
    };
    eprintln!("pass 1");
    let (w1, e1, f1) = train_ensemble(&first, &all, args.epochs, &dev_first);
    eprintln!("pass 1: kept epoch {e1}, dev F1 {f1:.2}");

    // The second pass learns from first-pass tags of documents the first pass was not
    // trained on, as it will see at run time.
    let mut train_types = vec![Vec::new(); train.len()];
    for f in 0..FOLDS {
        let docs: Vec<usize> = (0..train.len()).filter(|i| i % FOLDS != f).collect();
        let (w, _, _) = train_pass(&first, &docs, e1, None, SEEDS[0]);
        for i in (0..train.len()).filter(|i| i % FOLDS == f) {
            train_types[i] = types_of(&first, i, &w);
        }
    }
    let extra_of = |data: &Data<'_>, types: &[Vec<u8>]| -> Vec<Vec<u32>> {
        data.feats
            .iter()
            .zip(types)
            .map(|(df, ty)| {
                let mut out = Vec::new();
                features::second_pass_rows(df, ty, None, &mut out);
                out
            })
            .collect()
    };
    let train_extra = extra_of(&first, &train_types);
    let dev_types: Vec<Vec<u8>> = (0..dev.len())
        .map(|i| types_of(&dev_first, i, &w1))
        .collect();
    let dev_extra = extra_of(&dev_first, &dev_types);
    eprintln!("pass 2 ({:.0}s)", t0.elapsed().as_secs_f64());
    let second = Data {
        docs: &train,
        feats: &train_feats,
        extra: &train_extra,
    };
    let dev_second = Data {
        docs: &dev,
        feats: &dev_feats,
        extra: &dev_extra,
    };
    let (w2, e2, f2) = train_ensemble(&second, &all, args.epochs, &dev_second);
    // Rows whose weights are all tiny carry almost nothing (pruning those up to 2 of 127 costs
    // nothing on dev); prune from there until the rows fit the model's 16-bit slots.
    let (mut q1, mut q2) = (quantize(&w1), quantize(&w2));
    let mut prune = 2i8;
    let model = loop {
        for (a, b) in q1.iter_mut().zip(q2.iter_mut()) {
            if a.iter().chain(b.iter()).all(|x| x.abs() <= prune) {
                *a = [0; N_TAGS];
                *b = [0; N_TAGS];
            }
        }
        if let Some(m) = Model::from_dense(&q1, &q2, full_gaz.clone()) {
            break m;
        }
        prune += 1;
    };
    eprintln!(
        "pruned rows with no weight above {prune}; {} rows kept",
        model.rows.len()
    );
    let bytes = model.to_bytes();
    std::fs::write(&out_path, &bytes).with_context(|| format!("writing {}", out_path.display()))?;
    eprintln!(
        "kept epochs {e1} and {e2} (dev F1 {f1:.2}, then {f2:.2} on lede tokens); wrote {} ({} bytes) in {:.0}s",
        out_path.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Documents with their features and second-pass rows (empty for the first pass).
struct Data<'a> {
    docs: &'a [Doc],
    feats: &'a [DocFeatures],
    extra: &'a [Vec<u32>],
}

/// Shuffle seeds of the runs whose weights are averaged (see [`train_ensemble`]).
const SEEDS: [u64; 3] = [
    0x2545_F491_4F6C_DD1D,
    0x9E37_79B9_7F4A_7C15,
    0xD6E8_FEB8_6659_FD93,
];

/// Trains one run per seed in [`SEEDS`], each keeping its best epoch on `dev`, and averages
/// their weights: the runs differ only in the order of the sentences, and their mean is less
/// at the mercy of that order than any one of them. Returns the weights, the mean of the kept
/// epochs and the dev F1 of the mean weights.
fn train_ensemble(
    data: &Data<'_>,
    subset: &[usize],
    epochs: usize,
    dev: &Data<'_>,
) -> (Vec<f32>, usize, f64) {
    let mut sum = vec![0f32; ROWS * N_TAGS];
    let mut kept = 0;
    for &seed in &SEEDS {
        let (w, e, _) = train_pass(data, subset, epochs, Some(dev), seed);
        for (s, x) in sum.iter_mut().zip(&w) {
            *s += x / SEEDS.len() as f32;
        }
        kept += e;
    }
    let (_, _, f) = evaluate(dev, &sum);
    eprintln!("  mean of {} runs: dev F1 {f:.2}", SEEDS.len());
    (sum, (kept + SEEDS.len() / 2) / SEEDS.len(), f)
}

/// Trains on the documents `subset` of `data` for up to `epochs` passes; with `dev`, returns
/// the averaged weights of the epoch with the best dev F1, else those of the last epoch.
fn train_pass(
    data: &Data<'_>,
    subset: &[usize],
    epochs: usize,
    dev: Option<&Data<'_>>,
    seed: u64,
) -> (Vec<f32>, usize, f64) {
    let mut sents: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for &i in subset {
        for s in &data.docs[i].seg.sentences {
            sents.push((i, s.tokens.clone()));
        }
    }
    let mut w = vec![0f32; ROWS * N_TAGS];
    let mut u = vec![0f64; ROWS * N_TAGS];
    let mut c = 1f64;
    let mut rng = seed;
    let mut best: Option<(f64, usize, Vec<f32>)> = None;
    for epoch in 1..=epochs {
        // Fisher-Yates with a fixed xorshift seed: the same order on every run.
        for i in (1..sents.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            sents.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        let mut total = 0usize;
        let mut tags = Vec::new();
        let mut back = Vec::new();
        for (d, r) in &sents {
            let (doc, df, extra) = (&data.docs[*d], &data.feats[*d], &data.extra[*d]);
            decode_with(data, *d, r.clone(), &w, &mut back, &mut tags);
            let gold = &doc.gold[r.clone()];
            total += r.len();
            if tags.as_slice() != gold {
                let mut update = |row: u32, tag: u8, delta: f32| {
                    let k = row as usize * N_TAGS + tag as usize;
                    w[k] += delta;
                    u[k] += c * f64::from(delta);
                };
                for (k, t) in r.clone().enumerate() {
                    let (g, p) = (gold[k], tags[k]);
                    if g != p {
                        errors += 1;
                        let ex = extra
                            .get(t * features::N_SECOND..(t + 1) * features::N_SECOND)
                            .unwrap_or(&[]);
                        for &row in df
                            .token_rows(t)
                            .iter()
                            .chain(ex.iter().filter(|&&r| r != u32::MAX))
                        {
                            update(row, g, 1.0);
                            update(row, p, -1.0);
                        }
                    }
                    let gp = if k == 0 { tagger::START } else { gold[k - 1] };
                    let pp = if k == 0 { tagger::START } else { tags[k - 1] };
                    if (gp, g) != (pp, p) {
                        update(features::transition_row(gp), g, 1.0);
                        update(features::transition_row(pp), p, -1.0);
                    }
                }
            }
            c += 1.0;
        }
        let Some(dev) = dev else {
            continue;
        };
        let avg = average(&w, &u, c);
        let (p, r, f) = evaluate(dev, &avg);
        eprintln!(
            "  epoch {epoch}: train errors {:.2}%, dev P {p:.2} R {r:.2} F1 {f:.2}",
            100.0 * errors as f64 / total as f64,
        );
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch, avg));
        }
    }
    match best {
        Some((f, e, w)) => (w, e, f),
        None => (average(&w, &u, c), epochs, 0.0),
    }
}

fn average(w: &[f32], u: &[f64], c: f64) -> Vec<f32> {
    w.iter()
        .zip(u)
        .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
        .collect()
}

/// Tags document `i` of `data` with weights `w`; per token 0 or 1 + the name's type index.
fn types_of(data: &Data<'_>, i: usize, w: &[f32]) -> Vec<u8> {
    let d = &data.docs[i];
    let mut names = Vec::new();
    let mut tags = Vec::new();
    let mut back = Vec::new();
    for s in &d.seg.sentences {
        let r = s.tokens.clone();
        decode_with(data, i, r.clone(), w, &mut back, &mut tags);
        for (span, label) in tagger::spans_of(&tags) {
            names.push(tagger::Tagged {
                tokens: r.start + span.start..r.start + span.end,
                label,
            });
        }
    }
    tagger::token_types(&names, d.seg.tokens.len())
}

fn decode_with(
    data: &Data<'_>,
    i: usize,
    r: std::ops::Range<usize>,
    w: &[f32],
    back: &mut Vec<[u8; N_TAGS]>,
    tags: &mut Vec<u8>,
) {
    let (df, extra) = (&data.feats[i], &data.extra[i]);
    let add = |row: u32, scores: &mut [f32; N_TAGS]| {
        let base = row as usize * N_TAGS;
        for (s, x) in scores.iter_mut().zip(&w[base..base + N_TAGS]) {
            *s += x;
        }
    };
    let trans = tagger::transitions(add);
    tagger::viterbi(
        r.len(),
        |k| features::token_features(df, extra, r.start + k),
        |k| df.can_start[r.start + k],
        add,
        &trans,
        back,
        tags,
    );
}

/// Quantizes weights to i8, scaled so that the largest weight is 127.
fn quantize(avg: &[f32]) -> Vec<[i8; N_TAGS]> {
    let max = avg.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-6);
    let scale = 127.0 / max;
    avg.chunks_exact(N_TAGS)
        .map(|row| {
            let mut q = [0i8; N_TAGS];
            for (q, &x) in q.iter_mut().zip(row) {
                *q = (x * scale).round().clamp(-127.0, 127.0) as i8;
            }
            q
        })
        .collect()
}

fn featurize(d: &Doc, gaz: &Lexicon) -> DocFeatures {
    let keep = vec![true; d.seg.paragraphs.len()];
    let mut df = DocFeatures::default();
    features::doc_features(&d.text, &d.seg, &keep, gaz, None, None, &mut df);
    df
}

/// The gazetteer of the gold names of `docs`, keyed as the feature code looks names up.
fn gazetteer<'a>(docs: impl Iterator<Item = &'a Doc>) -> Lexicon {
    let mut g = Lexicon::default();
    for d in docs {
        for &(a, b, l) in &d.names {
            if b - a > features::GAZ_MAX {
                continue;
            }
            let h = features::seq_hash(
                d.seg.tokens[a..b]
                    .iter()
                    .map(|t| features::lower_hash(t.span.text(&d.text))),
            );
            *g.names.entry(h).or_default() |= 1 << l.index();
        }
    }
    g
}

/// Entity precision, recall and F1 over lede tokens.
fn evaluate(data: &Data<'_>, w: &[f32]) -> (f64, f64, f64) {
    let (mut correct, mut pred, mut gold) = (0usize, 0usize, 0usize);
    let mut tags = Vec::new();
    let mut back = Vec::new();
    for (i, d) in data.docs.iter().enumerate() {
        for s in &d.seg.sentences {
            let r = s.tokens.clone();
            decode_with(data, i, r.clone(), w, &mut back, &mut tags);
            let p = tagger::spans_of(&tags);
            let g = tagger::spans_of(&d.gold[r.clone()]);
            pred += p.len();
            gold += g.len();
            correct += p.iter().filter(|x| g.contains(x)).count();
        }
    }
    let p = correct as f64 / pred.max(1) as f64;
    let r = correct as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

/// Reads a CoNLL-2003 file into documents made text the way the evaluation makes them.
fn read_docs(path: &Path) -> Result<Vec<Doc>> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    // Documents of sentences of (token, tag).
    let mut docs: Vec<Vec<Vec<(String, String)>>> = vec![Vec::new()];
    let mut sent: Vec<(String, String)> = Vec::new();
    for line in raw.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            if !sent.is_empty() {
                docs.last_mut().unwrap().push(std::mem::take(&mut sent));
            }
            continue;
        }
        // The CoNLL-2003 format's own document separator line (a format keyword, not data):
        // the file is read from ../shared/data at training time and never copied here.
        if cols[0] == "-DOCSTART-" {
            docs.push(Vec::new());
            continue;
        }
        sent.push((cols[0].to_string(), cols[cols.len() - 1].to_string()));
    }
    if !sent.is_empty() {
        docs.last_mut().unwrap().push(sent);
    }
    docs.retain(|d| !d.is_empty());
    Ok(docs.into_iter().map(make_doc).collect())
}

fn make_doc(sents: Vec<Vec<(String, String)>>) -> Doc {
    let mut text = String::new();
    let mut spans: Vec<(usize, usize, NerLabel)> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        let toks: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        let offs = detokenize(&toks, &mut text);
        let tags: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
        for (a, b, l) in tag_spans(&tags) {
            spans.push((offs[a].0, offs[b - 1].1, l));
        }
    }
    let seg = lede_text::segment(&text);
    let mut gold = vec![0u8; seg.tokens.len()];
    let mut names = Vec::new();
    for &(bs, be, l) in &spans {
        let first = seg.tokens.partition_point(|t| t.span.end <= bs);
        let mut end = first;
        while end < seg.tokens.len() && seg.tokens[end].span.start < be {
            end += 1;
        }
        if end == first {
            continue;
        }
        names.push((first, end, l));
        if end - first == 1 {
            gold[first] = tagger::tag_of(Bilou::Unit, l);
        } else {
            gold[first] = tagger::tag_of(Bilou::Begin, l);
            for g in &mut gold[first + 1..end - 1] {
                *g = tagger::tag_of(Bilou::Inside, l);
            }
            gold[end - 1] = tagger::tag_of(Bilou::Last, l);
        }
    }
    Doc {
        text,
        seg,
        gold,
        names,
    }
}

fn label(s: &str) -> Option<NerLabel> {
    match s {
        "PER" => Some(NerLabel::Per),
        "ORG" => Some(NerLabel::Org),
        "LOC" => Some(NerLabel::Loc),
        "MISC" => Some(NerLabel::Misc),
        _ => None,
    }
}

/// Token spans `[start, end)` and types, with conlleval's reading of IOB1 and IOB2.
fn tag_spans(tags: &[&str]) -> Vec<(usize, usize, NerLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tags.iter().chain(std::iter::once(&"O")).enumerate() {
        let (pref, ty) = t.split_once('-').unwrap_or((t, ""));
        let begins = pref == "B" || (pref == "I" && open.is_none_or(|(_, o)| o != ty));
        if let Some((s, o)) = open
            && (pref == "O" || begins || ty != o)
        {
            if let Some(l) = label(o) {
                out.push((s, i, l));
            }
            open = None;
        }
        if pref != "O" && open.is_none() {
            open = Some((i, ty));
        }
    }
    out
}

/// `score_conll.py`'s detokenizer: appends the tokens to `text` and returns their byte spans.
fn detokenize(tokens: &[&str], text: &mut String) -> Vec<(usize, usize)> {
    const NO_SPACE_BEFORE: &[&str] = &[
        ",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve",
        "'ll", "'d", "'m", "'",
    ];
    const NO_SPACE_AFTER: &[&str] = &["(", "[", "{", "$", "#"];
    let mut offs = Vec::with_capacity(tokens.len());
    let mut open_dq = false;
    for (i, &tok) in tokens.iter().enumerate() {
        let mut sep = " ";
        if i == 0 {
            sep = "";
        } else {
            let prev = tokens[i - 1];
            if NO_SPACE_BEFORE.contains(&tok) || NO_SPACE_AFTER.contains(&prev) {
                sep = "";
            }
            if tok == "\"" {
                sep = if open_dq { "" } else { " " };
            } else if prev == "\"" && open_dq {
                sep = "";
            }
            if tok == "'"
                && tokens
                    .get(i + 1)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_alphabetic)
            {
                sep = " ";
            }
        }
        if tok == "\"" {
            open_dq = !open_dq;
        }
        text.push_str(sep);
        offs.push((text.len(), text.len() + tok.len()));
        text.push_str(tok);
    }
    offs
}
