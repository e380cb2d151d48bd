"""The shape of the ``lede`` column that :mod:`lede.spark` adds, written once and turned into
a pyarrow type and a Spark type. It is the document without what a table of many articles
does not need (the schema name, sentences, language and offset unit), plus ``error`` for a
record that could not be read (a null text, a bad date)."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Union

# A type is "string", "long", a one-element list (a list of that type) or a list of
# (name, type) pairs (a struct).
Type = Union[str, List[Any], List[Tuple[str, Any]]]

_SPAN = [("start", "long"), ("end", "long")]
_PARTY = [("entity", "string"), ("name", "string"), *_SPAN, ("text", "string")]

DOCUMENT: List[Tuple[str, Any]] = [
    ("published", "string"),
    ("published_source", "string"),
    ("authors", ["string"]),
    ("paragraphs", [[*_SPAN, ("kind", "string")]]),
    (
        "entities",
        [
            [
                ("id", "string"),
                ("type", "string"),
                ("name", "string"),
                ("roles", ["string"]),
                ("mentions", [[*_SPAN, ("text", "string"), ("form", "string")]]),
            ]
        ],
    ),
    (
        "quotes",
        [
            [
                ("id", "string"),
                ("kind", "string"),
                ("text", "string"),
                *_SPAN,
                ("parts", [_SPAN]),
                ("speaker", _PARTY),
                ("addressee", _PARTY),
                ("cue", [*_SPAN, ("text", "string")]),
            ]
        ],
    ),
    ("timexes", [[*_SPAN, ("text", "string"), ("type", "string"), ("value", "string")]]),
    ("diagnostics", [[("code", "string"), *_SPAN, ("message", "string")]]),
    ("error", [("code", "string"), ("message", "string")]),
]


def _is_struct(t: Any) -> bool:
    return isinstance(t, list) and len(t) > 0 and isinstance(t[0], tuple)


def arrow_type(t: Any = None) -> Any:
    """The pyarrow type of ``t`` (the whole column's struct by default)."""
    import pyarrow as pa

    if t is None:
        t = DOCUMENT
    if t == "string":
        return pa.string()
    if t == "long":
        return pa.int64()
    if _is_struct(t):
        return pa.struct([pa.field(name, arrow_type(sub)) for name, sub in t])
    return pa.list_(arrow_type(t[0]))


def spark_type(t: Any = None) -> Any:
    """The Spark SQL type of ``t`` (the whole column's struct by default)."""
    from pyspark.sql import types as T

    if t is None:
        t = DOCUMENT
    if t == "string":
        return T.StringType()
    if t == "long":
        return T.LongType()
    if _is_struct(t):
        return T.StructType([T.StructField(name, spark_type(sub), True) for name, sub in t])
    return T.ArrayType(spark_type(t[0]), True)


def shape(doc: Dict[str, Any]) -> Dict[str, Any]:
    """A document (or an error dict) cut to the column's fields, for comparison with what
    Spark returns."""
    return {name: _cut(doc.get(name), t) for name, t in DOCUMENT}


def _cut(v: Any, t: Any) -> Any:
    if v is None or isinstance(t, str):
        return v
    if _is_struct(t):
        return {name: _cut(v.get(name), sub) for name, sub in t}
    return [_cut(x, t[0]) for x in v]
