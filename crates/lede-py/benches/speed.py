"""Speed and memory of the Python module, for `cargo xtask bench-py` (which runs it with the
corpus path and prints it beside the command line's and the library's figures).

    python speed.py CORPUS.jsonl [--spark] [--memory-repeats 20]

Prints one JSON object: words/s of `extract_many` on 1 and 2 threads, the median time of one
`extract` call on the median article, Spark local[2] words/s, peak memory over the corpus
repeated. (spaCy's baseline runs apart, in `spacy_ner.py`, in an environment of its own.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time

import lede


def words(text: str) -> int:
    return len(text.split())


def best_of(n: int, f) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def drain(it) -> int:
    n = 0
    for _ in it:
        n += 1
    return n


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--spark", action="store_true")
    ap.add_argument("--memory-repeats", type=int, default=20)
    ap.add_argument("--median-article", default=None, help="id of the article to time alone")
    a = ap.parse_args()

    with open(a.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    total_words = sum(words(r["text"]) for r in records)
    out: dict = {"records": len(records), "words": total_words}

    for threads in (1, 2):
        s = best_of(3, lambda: drain(lede.extract_many(records, threads=threads)))
        out[f"extract_many_{threads}_words_per_s"] = total_words / s
        out[f"extract_many_{threads}_seconds"] = s

    # One call on the median article (by words), as many times as fit in about two seconds.
    by_words = sorted(records, key=lambda r: (words(r["text"]), r["id"]))
    median = by_words[len(by_words) // 2]
    if a.median_article:
        median = next(r for r in records if r["id"] == a.median_article)
    text = median["text"]
    lede.extract(text)
    reps = []
    for _ in range(7):
        n = 200
        t = time.perf_counter()
        for _ in range(n):
            lede.extract(text)
        reps.append((time.perf_counter() - t) / n)
    out["median_article"] = median["id"]
    out["extract_call_seconds"] = statistics.median(reps)

    # Memory: the corpus repeated, streamed through extract_many; Python's peak RSS after the
    # first pass and after the last.
    def repeated():
        for _ in range(a.memory_repeats):
            yield from records

    drain(lede.extract_many(records, threads=2))
    before = peak_rss_mb()
    t = time.perf_counter()
    n = drain(lede.extract_many(repeated(), threads=2))
    out["memory_records"] = n
    out["memory_seconds"] = time.perf_counter() - t
    out["peak_rss_mb_after_one_pass"] = before
    out["peak_rss_mb_after_repeats"] = peak_rss_mb()

    if a.spark:
        out.update(spark(a.corpus, total_words))
    json.dump(out, sys.stdout)
    print()


def spark(corpus: str, total_words: int) -> dict:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from lede import spark as lede_spark

    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        df = session.read.schema("id STRING, text STRING").json(corpus).repartition(2).cache()
        df.count()

        def run():
            lede_spark.extract(df, text="text", id="id").write.format("noop").mode(
                "overwrite"
            ).save()

        run()  # Warm up the Python workers.
        s = best_of(3, run)
    finally:
        session.stop()
    return {"spark_local2_seconds": s, "spark_local2_words_per_s": total_words / s}


if __name__ == "__main__":
    main()
