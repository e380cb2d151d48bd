"""`lede.spark` in a real Spark session (local mode, two cores), and the examples that read a
folder of JSON Lines into Parquet and ask DuckDB who is quoted most."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import subprocess
import sys

import duckdb
import pytest

import lede
from articles import articles
from lede import spark as lede_spark
from lede._schema import shape

EXAMPLES = pathlib.Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter, the one lede is installed in.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("lede-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_schema_is_the_column_type(spark):
    from pyspark.sql.types import StructType

    s = lede_spark.schema()
    assert isinstance(s, StructType)
    assert s.fieldNames()[:3] == ["published", "published_source", "authors"]
    assert "quotes" in s.fieldNames() and "error" in s.fieldNames()


def test_extract_matches_the_library(spark, seed_text):
    recs = articles(300)
    recs.append({"id": "seed", "text": seed_text, "published": "2023-03-20"})
    recs.append({"id": "null", "text": None, "published": None})
    recs.append({"id": "bad-date", "text": "Mr. Smith left.", "published": "2023-02-30"})
    df = spark.createDataFrame(recs, "id STRING, text STRING, published STRING").repartition(4)
    out = lede_spark.extract(df, text="text", id="id", published="published")
    assert out.columns == ["id", "text", "published", "lede"]
    rows = {r["id"]: r["lede"].asDict(recursive=True) for r in out.select("id", "lede").collect()}
    assert len(rows) == len(recs)
    expected = {d["id"]: shape(d) for d in lede.extract_many(recs)}
    for d in expected.values():
        if d["error"]:
            d["error"]["message"] = d["error"]["message"].split(": ", 1)[1]
    for rec in recs:
        assert rows[rec["id"]] == expected[rec["id"]], rec["id"]
    assert rows["seed"]["quotes"][0]["speaker"]["name"] == "Vladimir Putin"
    assert rows["null"]["error"]["code"] == "invalid-record"
    assert rows["bad-date"]["error"] == {
        "code": "invalid-date",
        "message": 'invalid date "2023-02-30": expected YYYY-MM-DD',
    }
    assert sum(len(r["quotes"] or []) for r in rows.values()) > 600


def test_dates_and_no_id(spark):
    recs = [(a["text"], datetime.date.fromisoformat(a["published"])) for a in articles(20)]
    df = spark.createDataFrame(recs, "body STRING, day DATE")
    out = lede_spark.extract(df, text="body", published="day").collect()
    for (text, day), row in zip(recs, out):
        assert row["lede"].asDict(recursive=True) == shape(lede.extract(text, published=day))
    with pytest.raises(ValueError, match="no column 'text'"):
        lede_spark.extract(df)


def test_examples_spark_to_parquet_to_duckdb(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    recs = articles(240, seed=11)
    for k in range(3):
        part = recs[k * 80 : (k + 1) * 80]
        (folder / f"part{k}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in part))
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"}
    subprocess.run(
        [sys.executable, str(EXAMPLES / "spark_news.py"), str(folder), "news.parquet",
         "--master", "local[2]"],
        cwd=tmp_path,
        env=env,
        check=True,
    )
    con = duckdb.connect()
    os.chdir(tmp_path)
    try:
        result = con.execute((EXAMPLES / "duckdb_speakers.sql").read_text()).fetchall()
    finally:
        os.chdir(pathlib.Path(__file__).parent)
    assert result
    # The same counts straight from the library.
    counts: dict = {}
    for doc in lede.extract_many(recs):
        for q in doc["quotes"]:
            if q["speaker"] and q["speaker"]["entity"]:
                counts[q["speaker"]["name"]] = counts.get(q["speaker"]["name"], 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: len(result)]
    assert [(r[0], r[1]) for r in result] == top
    speaker, _, saying, about = result[0]
    assert saying and about
