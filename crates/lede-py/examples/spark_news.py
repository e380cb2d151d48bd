"""Run lede over a folder of JSON Lines articles on Spark and write the results as Parquet.

    python examples/spark_news.py articles/ news.parquet [--master local[2]]

Each input line is a record ``{"id", "text", "published"?}`` (the command line's format).
The output has one row per article: ``id``, ``published`` and the ``lede`` struct column
(entities, quotes, time expressions, paragraphs, authors; see ``lede.spark.schema()``).
Then ``duckdb_speakers.sql`` asks it who is quoted most, saying what, about whom.
"""

from __future__ import annotations

import argparse

from pyspark.sql import SparkSession

from lede import spark as lede_spark


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("input", help="a folder (or glob) of .jsonl files")
    args.add_argument("output", help="the Parquet folder to write")
    args.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    a = args.parse_args()

    builder = SparkSession.builder.appName("lede-news")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        articles = spark.read.schema("id STRING, text STRING, published STRING").json(a.input)
        out = lede_spark.extract(articles, text="text", id="id", published="published")
        out.select("id", "published", "lede").write.mode("overwrite").parquet(a.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
