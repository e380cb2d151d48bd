"""Flat tables of documents for analysis: one row per document, paragraph, entity, mention,
quote and time expression.

Every table has ``doc``, the document's position in the input (0, 1, ...), because document
ids may be missing or repeated; ``documents`` maps it to the ``id``. Within a document,
``paragraph`` is the paragraph's index, ``entity`` the entity's id (``e1``, ...) and ``quote``
the quote's id (``q1``, ...), as in the document itself. So:

* ``mentions.(doc, entity)`` joins ``entities.(doc, entity)``;
* ``quotes.(doc, speaker_entity)`` and ``quotes.(doc, addressee_entity)`` join
  ``entities.(doc, entity)``;
* ``paragraph`` in mentions, quotes and time expressions joins ``paragraphs.(doc, paragraph)``:
  the paragraph the span starts in;
* every table joins ``documents.doc``.

This module is for reshaping documents, not for extracting them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Dict, Iterable, List, Tuple

# Each table's columns and their types ("string", "long", or ["string"] for a list of strings).
_COLUMNS: Dict[str, List[Tuple[str, Any]]] = {
    "documents": [
        ("doc", "long"),
        ("id", "string"),
        ("published", "string"),
        ("published_source", "string"),
        ("authors", ["string"]),
        ("paragraphs", "long"),
        ("entities", "long"),
        ("quotes", "long"),
        ("timexes", "long"),
        ("diagnostics", "long"),
        ("error_code", "string"),
        ("error_message", "string"),
    ],
    "paragraphs": [
        ("doc", "long"),
        ("paragraph", "long"),
        ("start", "long"),
        ("end", "long"),
        ("kind", "string"),
    ],
    "entities": [
        ("doc", "long"),
        ("entity", "string"),
        ("type", "string"),
        ("name", "string"),
        ("roles", ["string"]),
        ("mentions", "long"),
    ],
    "mentions": [
        ("doc", "long"),
        ("entity", "string"),
        ("mention", "long"),
        ("paragraph", "long"),
        ("start", "long"),
        ("end", "long"),
        ("text", "string"),
        ("form", "string"),
    ],
    "quotes": [
        ("doc", "long"),
        ("quote", "string"),
        ("kind", "string"),
        ("paragraph", "long"),
        ("start", "long"),
        ("end", "long"),
        ("text", "string"),
        ("speaker_entity", "string"),
        ("speaker_name", "string"),
        ("speaker_text", "string"),
        ("addressee_entity", "string"),
        ("addressee_name", "string"),
        ("addressee_text", "string"),
        ("cue", "string"),
    ],
    "timexes": [
        ("doc", "long"),
        ("timex", "long"),
        ("paragraph", "long"),
        ("start", "long"),
        ("end", "long"),
        ("text", "string"),
        ("type", "string"),
        ("value", "string"),
    ],
}

#: The names of the tables :func:`tables` returns, in order.
TABLES: Tuple[str, ...] = tuple(_COLUMNS)


def tables(docs: Iterable[Dict[str, Any]], *, arrow: bool | None = None) -> Dict[str, Any]:
    """Flatten documents into tables: ``documents``, ``paragraphs``, ``entities``,
    ``mentions``, ``quotes`` and ``timexes``.

    Args:
        docs: documents from :func:`lede.extract` or :func:`lede.extract_many` (error dicts
            from ``extract_many`` become a ``documents`` row with ``error_code`` set, and
            nothing else). Any iterable: it is read once.
        arrow: return ``pyarrow.Table``s (the default when pyarrow is installed) or lists of
            dicts (``False``).

    Returns:
        A dict from table name to table. pyarrow tables go straight to pandas
        (``.to_pandas()``), DuckDB (query them by name) and Parquet
        (``pyarrow.parquet.write_table``).
    """
    if arrow is None:
        try:
            import pyarrow  # noqa: F401

            arrow = True
        except ImportError:
            arrow = False
    rows: Dict[str, List[Dict[str, Any]]] = {name: [] for name in _COLUMNS}
    for n, doc in enumerate(docs):
        _rows(n, doc, rows)
    # Every row has every column, None where a document has no value.
    rows = {
        name: [{c: row.get(c) for c, _ in _COLUMNS[name]} for row in rows[name]]
        for name in _COLUMNS
    }
    if not arrow:
        return rows
    import pyarrow as pa

    out = {}
    for name, columns in _COLUMNS.items():
        schema = pa.schema([pa.field(c, _arrow(t)) for c, t in columns])
        out[name] = pa.Table.from_pylist(rows[name], schema=schema)
    return out


def _arrow(t: Any) -> Any:
    import pyarrow as pa

    if t == "string":
        return pa.string()
    if t == "long":
        return pa.int64()
    return pa.list_(_arrow(t[0]))


def _rows(n: int, doc: Dict[str, Any], rows: Dict[str, List[Dict[str, Any]]]) -> None:
    error = doc.get("error")
    if error is not None:
        rows["documents"].append(
            {
                "doc": n,
                "id": doc.get("id"),
                "error_code": error.get("code"),
                "error_message": error.get("message"),
            }
        )
        return
    paragraphs = doc["paragraphs"]
    starts = [p["start"] for p in paragraphs]

    def paragraph_of(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 else None

    rows["documents"].append(
        {
            "doc": n,
            "id": doc.get("id"),
            "published": doc.get("published"),
            "published_source": doc.get("published_source"),
            "authors": doc.get("authors"),
            "paragraphs": len(paragraphs),
            "entities": len(doc["entities"]),
            "quotes": len(doc["quotes"]),
            "timexes": len(doc["timexes"]),
            "diagnostics": len(doc["diagnostics"]),
        }
    )
    for i, p in enumerate(paragraphs):
        rows["paragraphs"].append(
            {"doc": n, "paragraph": i, "start": p["start"], "end": p["end"], "kind": p["kind"]}
        )
    for e in doc["entities"]:
        rows["entities"].append(
            {
                "doc": n,
                "entity": e["id"],
                "type": e["type"],
                "name": e["name"],
                "roles": e["roles"],
                "mentions": len(e["mentions"]),
            }
        )
        for i, m in enumerate(e["mentions"]):
            rows["mentions"].append(
                {
                    "doc": n,
                    "entity": e["id"],
                    "mention": i,
                    "paragraph": paragraph_of(m["start"]),
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["text"],
                    "form": m["form"],
                }
            )
    for q in doc["quotes"]:
        speaker = q.get("speaker") or {}
        addressee = q.get("addressee") or {}
        cue = q.get("cue") or {}
        rows["quotes"].append(
            {
                "doc": n,
                "quote": q["id"],
                "kind": q["kind"],
                "paragraph": paragraph_of(q["start"]),
                "start": q["start"],
                "end": q["end"],
                "text": q["text"],
                "speaker_entity": speaker.get("entity"),
                "speaker_name": speaker.get("name"),
                "speaker_text": speaker.get("text"),
                "addressee_entity": addressee.get("entity"),
                "addressee_name": addressee.get("name"),
                "addressee_text": addressee.get("text"),
                "cue": cue.get("text"),
            }
        )
    for i, t in enumerate(doc["timexes"]):
        rows["timexes"].append(
            {
                "doc": n,
                "timex": i,
                "paragraph": paragraph_of(t["start"]),
                "start": t["start"],
                "end": t["end"],
                "text": t["text"],
                "type": t["type"],
                "value": t["value"],
            }
        )
