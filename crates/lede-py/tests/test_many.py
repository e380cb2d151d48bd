"""`lede.extract_many`: order, error objects, laziness and memory."""

from __future__ import annotations

import gc
import json
import os
import resource
import subprocess
import time

import pytest

import lede
from articles import articles


def small_records(n: int):
    """`n` small records, every 97th of them bad in one of four ways."""
    for i in range(n):
        kind = i % 97
        if kind == 13:
            yield {"id": f"r{i}"}  # no text
        elif kind == 29:
            yield {"id": f"r{i}", "text": "Mr. Smith left.", "published": "2023-13-01"}
        elif kind == 41:
            yield {"id": f"r{i}", "text": ["not", "a", "string"]}
        elif kind == 53:
            yield i  # neither a str nor a dict
        elif kind == 71:
            yield f"Record {i}: Mr. Smith arrived in Paris on Monday."
        else:
            yield {"id": f"r{i}", "text": f"Record {i}. Ms. Jones said on Monday: \"Hi.\""}


def test_order_and_errors_on_100k_records():
    n = 100_000
    codes = {}
    count = 0
    for i, doc in enumerate(lede.extract_many(small_records(n), threads=2)):
        count += 1
        kind = i % 97
        if kind in (13, 29, 41, 53):
            codes[kind] = doc["error"]["code"]
            assert doc["error"]["message"].startswith(f"line {i + 1}: ")
            assert doc["id"] == (None if kind == 53 else f"r{i}")
        elif kind == 71:
            assert doc["id"] is None and doc["paragraphs"] == [
                {"start": 0, "end": len(f"Record {i}: Mr. Smith arrived in Paris on Monday."),
                 "kind": doc["paragraphs"][0]["kind"]}
            ]
        else:
            assert doc["id"] == f"r{i}", i
    assert count == n
    assert codes == {
        13: "invalid-record",
        29: "invalid-date",
        41: "invalid-record",
        53: "invalid-record",
    }


def test_documents_equal_extract_and_threads_do_not_matter():
    recs = articles(200)
    one = list(lede.extract_many(recs, threads=1))
    three = list(lede.extract_many(iter(recs), threads=3))
    assert one == three
    for rec, doc in zip(recs, one):
        assert doc == lede.extract(rec["text"], published=rec["published"], id=rec["id"])


def test_error_objects_equal_the_cli_jsonl_mode(lede_cli, tmp_path):
    recs = [r for r, _ in zip(small_records(400), range(400)) if not isinstance(r, (int, str))]
    recs += [
        {"id": 12, "text": "Numbers are ids too."},
        {"id": None, "text": "A null id."},
        {"text": "x", "published": None},
        {"text": "x", "published": 20230320},
        {"text": None},
        {"body": "another field", "url": "x"},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    out = subprocess.run(
        [str(lede_cli), "extract", "--jsonl", str(path)], capture_output=True, text=True
    )
    expected = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(expected) == len(recs)
    got = list(lede.extract_many(recs, threads=2))
    assert got == expected
    assert sum("error" in d for d in got) >= 10


def test_options_and_fields():
    recs = [{"body": "Ms. Jones left on Monday.", "url": "u1"}, "Mr. Smith left on Monday."]
    docs = list(
        lede.extract_many(
            recs, published="2023-03-20", text_field="body", id_field="url", offsets="bytes"
        )
    )
    assert docs[0]["id"] == "u1" and docs[0]["offsets"] == "bytes"
    assert [d["timexes"][0]["value"] for d in docs] == ["2023-03-20", "2023-03-20"]
    with pytest.raises(ValueError):
        lede.extract_many([], published="yesterday")
    with pytest.raises(ValueError):
        lede.extract_many([], threads=0)


def test_reads_lazily():
    """The records are read a bounded number of chunks ahead of the documents handed out."""
    read = 0

    def records():
        nonlocal read
        for i in range(1_000_000):
            read += 1
            yield f"Record {i}."

    it = lede.extract_many(records(), threads=2)
    next(it)
    # Two threads, four chunks each, sixteen records a chunk.
    assert read <= 2 * 4 * 16
    for _ in range(1000):
        next(it)
    assert read <= 1000 + 2 * 4 * 16 + 16


def test_iterator_errors_propagate_and_early_stops_end_the_workers():
    def failing():
        yield "Mr. Smith left."
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="the source broke"):
        list(lede.extract_many(failing(), threads=2))
    gc.collect()
    before = settled_threads()
    for _ in range(20):
        it = lede.extract_many(("Mr. Smith left." for _ in range(10_000)), threads=2)
        next(it)
        assert os_threads() >= before + 2
        del it
    # Dropping the iterator closes the workers' queue: they finish the chunks they hold and
    # end.
    assert settled_threads() == before


def settled_threads() -> int:
    """The process's thread count once worker threads of dropped iterators have ended."""
    deadline = time.monotonic() + 10
    last = os_threads()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = os_threads()
        if now == last:
            return now
        last = now
    return last


def os_threads() -> int:
    """The process's threads, Rust ones included (Linux)."""
    return len(os.listdir("/proc/self/task"))


def test_memory_stays_flat_over_100k_records():
    """Memory stays bounded while 100,000 records stream through: a few chunks in flight,
    not the documents handed out (100,000 documents kept would take hundreds of MB)."""

    def records():
        for i in range(100_000):
            yield {"id": f"r{i}", "text": f"Record {i}. Ms. Jones said on Monday: \"Hi.\" " * 4}

    n = 0
    for _ in lede.extract_many(records(), threads=2):
        n += 1
        if n == 5_000:
            early = peak_rss_mb()
    assert n == 100_000
    assert peak_rss_mb() - early < 20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
