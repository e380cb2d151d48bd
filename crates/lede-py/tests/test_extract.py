"""`lede.extract`: the dict is the command line's JSON, field for field."""

from __future__ import annotations

import datetime
import json
import subprocess

import pytest

import lede
from conftest import SEED


def cli_json(lede_cli, *args: str, stdin: str | None = None):
    out = subprocess.run(
        [str(lede_cli), "extract", *args, "--compact"],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.mark.parametrize("offsets", ["chars", "bytes"])
def test_seed_equals_cli_json(lede_cli, seed_text, offsets):
    expected = cli_json(lede_cli, str(SEED), "--published", "2023-03-20", "--offsets", offsets)
    doc = lede.extract(seed_text, published="2023-03-20", offsets=offsets)
    assert doc == expected
    # The same keys in the same order, so that json.dumps gives the CLI's bytes.
    assert json.dumps(doc, ensure_ascii=False, separators=(",", ":")) == json.dumps(
        expected, ensure_ascii=False, separators=(",", ":")
    )


def test_seed_equals_committed_document(root, seed_text):
    expected = json.loads((root / "seeds" / "000_236e28626ce61367.lede.json").read_text())
    assert lede.extract(seed_text, published="2023-03-20", id=expected["id"]) == expected
    assert expected["quotes"][0]["speaker"]["name"] == "Vladimir Putin"


def test_published_as_date_or_datetime(seed_text):
    by_str = lede.extract(seed_text, published="2023-03-20")
    assert lede.extract(seed_text, published=datetime.date(2023, 3, 20)) == by_str
    assert lede.extract(seed_text, published=datetime.datetime(2023, 3, 20, 18, 5)) == by_str


def test_without_published_the_dateline_anchors(lede_cli):
    text = "PARIS, March 3, 2021 (Reuters) - The minister resigned on Monday."
    doc = lede.extract(text)
    assert doc == cli_json(lede_cli, "-", stdin=text)


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"published": "2023-02-30"}, ValueError, 'invalid date "2023-02-30"'),
        ({"published": "20 May 2023"}, ValueError, "expected YYYY-MM-DD"),
        ({"offsets": "words"}, ValueError, 'offsets must be "chars" or "bytes"'),
        ({"published": 20230320}, TypeError, "published must be a str or a datetime.date"),
    ],
)
def test_bad_options_raise(kwargs, error, message):
    with pytest.raises(error, match=message):
        lede.extract("Mr. Smith arrived.", **kwargs)


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", '"""""', "\x00\x01 said said said", "Mr. " * 5000, "caf\udce9 said Mr. X."],
)
def test_extraction_never_raises(text):
    doc = lede.extract(text)
    assert doc["schema"] == lede.SCHEMA
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text[m["start"] : m["end"]].replace("\udce9", "\ufffd") == m["text"]


def test_lone_surrogates_are_replaced_and_reported():
    doc = lede.extract("Caf\udce9 owner Anna Keller said on Monday.")
    assert doc["diagnostics"][0]["code"] == "invalid-utf8-replaced"
    names = [e["name"] for e in doc["entities"]]
    assert "Anna Keller" in names


def test_char_offsets_index_python_strings():
    text = "🦀 Crab news. Ms. Émilie Dubois said on Monday: “We won.”"
    doc = lede.extract(text, published="2023-03-20")
    spans = [(m["start"], m["end"], m["text"]) for e in doc["entities"] for m in e["mentions"]]
    spans += [(t["start"], t["end"], t["text"]) for t in doc["timexes"]]
    assert spans
    for start, end, t in spans:
        assert text[start:end] == t
