"""`lede.tables`: flat tables whose ids join back to the documents."""

from __future__ import annotations

import duckdb
import pyarrow as pa

import lede
from articles import articles


def documents(seed_text):
    recs = [{"id": "seed", "text": seed_text, "published": "2023-03-20"}, *articles(50)]
    recs.append({"id": "bad", "text": "x", "published": "someday"})
    return recs, list(lede.extract_many(recs, threads=2))


def test_tables_join_back(seed_text):
    recs, docs = documents(seed_text)
    t = lede.tables(docs)
    assert tuple(t) == lede.TABLES
    assert all(isinstance(v, pa.Table) for v in t.values())
    d = t["documents"].to_pylist()
    assert [r["id"] for r in d] == [r["id"] for r in recs]
    assert d[-1]["error_code"] == "invalid-date"
    for name, key in [("paragraphs", "paragraphs"), ("entities", "entities"),
                      ("quotes", "quotes"), ("timexes", "timexes")]:
        assert t[name].num_rows == sum(len(doc.get(key, [])) for doc in docs)
    assert t["mentions"].num_rows == sum(
        len(e["mentions"]) for doc in docs for e in doc.get("entities", [])
    )
    con = duckdb.connect()
    for name, table in t.items():
        con.register(name, table)
    # Every mention and every resolved speaker joins its entity; every span lies inside the
    # paragraph it is joined to, and that paragraph's text holds the mention's text.
    orphans = con.execute(
        """
        SELECT count(*) FROM mentions m
        LEFT JOIN entities e USING (doc, entity) WHERE e.name IS NULL
        """
    ).fetchone()[0]
    assert orphans == 0
    speakers = con.execute(
        """
        SELECT count(*), count(e.name) FROM quotes q
        LEFT JOIN entities e ON e.doc = q.doc AND e.entity = q.speaker_entity
        WHERE q.speaker_entity IS NOT NULL
        """
    ).fetchone()
    assert speakers[0] > 50 and speakers[0] == speakers[1]
    rows = con.execute(
        """
        SELECT d.id, p.start, p."end", m.start, m."end", m.text FROM mentions m
        JOIN paragraphs p USING (doc, paragraph) JOIN documents d USING (doc)
        """
    ).fetchall()
    texts = {r["id"]: r["text"] for r in recs}
    assert len(rows) == t["mentions"].num_rows
    for doc_id, p_start, p_end, m_start, m_end, text in rows:
        assert p_start <= m_start and m_end <= p_end
        assert texts[doc_id][m_start:m_end] == text
    seed_quotes = con.execute(
        "SELECT speaker_name, addressee_name, cue FROM quotes WHERE doc = 0 AND quote = 'q1'"
    ).fetchone()
    assert seed_quotes == ("Vladimir Putin", "Xi Jinping", "told")


def test_lists_of_dicts_without_arrow(seed_text):
    _, docs = documents(seed_text)
    plain = lede.tables(docs, arrow=False)
    arrow = lede.tables(docs)
    assert {k: v for k, v in plain.items()} == {k: v.to_pylist() for k, v in arrow.items()}
    assert set(plain["quotes"][0]) == set(arrow["quotes"].column_names)


def test_empty_input_gives_typed_empty_tables():
    t = lede.tables([])
    assert t["mentions"].num_rows == 0
    assert t["mentions"].schema.field("start").type == pa.int64()
    assert t["documents"].to_pandas().empty
