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


PAGE = (
    "<html lang='en'><head><title>Old bridge to close | The Daily Example</title>"
    "<meta property='og:site_name' content='The Daily Example'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Old bridge to close</h1>"
    "<p>The council voted on Tuesday to close the old bridge to traffic, citing a survey "
    "that found cracks in two of its supports.</p>"
    "<p>\u201cWe had no choice,\u201d said Mayor Ana Lopez, who called the vote on Monday.</p>"
    "</article><footer>\u00a9 2026 The Daily Example</footer></body></html>"
)


def test_page_equals_cli_json(lede_cli, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    expected = cli_json(lede_cli, str(path), "--url", "https://example.com/2026/03/02/bridge")
    doc = lede.extract_html(PAGE, url="https://example.com/2026/03/02/bridge")
    assert doc == expected
    assert doc["title"] == "Old bridge to close"
    text = doc["text"]
    story = [text[p["start"] : p["end"]] for p in doc["paragraphs"] if p["kind"] == "body"]
    assert story[0].startswith("The council voted")
    # Bytes in a legacy charset named by the HTTP header read the same.
    latin = PAGE.replace("\u201c", '"').replace("\u201d", '"').encode("latin-1")
    by_bytes = lede.extract_html(latin, content_type="text/html; charset=iso-8859-1")
    assert "\u00a9 2026" in by_bytes["text"]


def test_page_records_in_extract_many():
    docs = list(lede.extract_many([{"id": "p", "html": PAGE, "url": "https://example.com/x"}, "Plain text."]))
    assert docs[0]["id"] == "p" and docs[0]["title"] == "Old bridge to close"
    assert "text" not in docs[1]
