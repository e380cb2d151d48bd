"""lede on Spark: add a ``lede`` column to a DataFrame of articles.

>>> from lede import spark as lede_spark
>>> out = lede_spark.extract(df, text="text", id="id", published="date")  # doctest: +SKIP
>>> out.select("id", "lede.quotes").write.parquet("quotes.parquet")         # doctest: +SKIP

The column is a struct (see :func:`schema`): the document's ``published`` and
``published_source``, ``authors``, ``paragraphs``, ``entities`` (with roles and mentions),
``quotes`` (with speaker, addressee and cue), ``timexes`` and ``diagnostics``, and ``error``,
set (with everything else null) for a row whose text is null or whose date is invalid, as
:func:`lede.extract_many` yields (its message without the record's line number). Offsets count code points, as Spark's string functions do.

It runs with ``mapInArrow``: Spark hands each Python worker Arrow batches and lede extracts
them in Rust, with no pandas in between. It needs Spark 3.4 or newer and the ``lede`` wheel
installed wherever the executors run Python; this module imports pyspark only when called.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from . import _lede
from ._schema import DOCUMENT, arrow_type, spark_type

__all__ = ["extract", "schema"]

#: The name of the column that :func:`extract` adds.
COLUMN = "lede"


def schema() -> Any:
    """The Spark ``StructType`` of the ``lede`` column."""
    return spark_type(DOCUMENT)


def extract(
    df: Any,
    text: str = "text",
    id: Optional[str] = None,
    published: Optional[str] = None,
    *,
    threads: int = 1,
) -> Any:
    """Return ``df`` with a ``lede`` struct column: the document of each row's text.

    Args:
        df: a ``pyspark.sql.DataFrame``.
        text: the column holding the article text (a string).
        id: a column holding an id, echoed into error objects (optional).
        published: a column holding each article's publication date, a ``YYYY-MM-DD``
            string or a date (optional): the anchor for "Monday" or "last year".
        threads: extraction threads per Spark task. Spark already runs one task per core,
            so one thread each is usually right.

    Raises:
        ValueError: when a named column is missing, or ``df`` already has a ``lede`` column.
    """
    from pyspark.sql.types import StructField, StructType

    names = df.columns
    for role, col in (("text", text), ("id", id), ("published", published)):
        if col is not None and col not in names:
            raise ValueError(f"no column {col!r} (the {role} column) in {names}")
    if COLUMN in names:
        raise ValueError(f"the DataFrame already has a {COLUMN!r} column")
    out = StructType([*df.schema.fields, StructField(COLUMN, schema(), True)])
    # The closure captures only strings and ints, so that Spark can ship it to the executors.
    fields = (text, id, published, int(threads))

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return _extract_batches(batches, *fields)

    return df.mapInArrow(run, out)


def _extract_batches(
    batches: Iterator[Any],
    text: str,
    id: Optional[str],
    published: Optional[str],
    threads: int,
) -> Iterator[Any]:
    """The executor side: one Arrow batch in, the same batch with the ``lede`` column out."""
    import pyarrow as pa

    column_type = arrow_type(DOCUMENT)
    for batch in batches:
        texts = batch.column(text).to_pylist()
        n = len(texts)
        ids = batch.column(id).to_pylist() if id is not None else [None] * n
        dates = batch.column(published).to_pylist() if published is not None else [None] * n
        records = (
            {"text": t, "id": i, "published": p} for t, i, p in zip(texts, ids, dates)
        )
        docs = list(
            _lede.ExtractMany(
                records,
                threads=threads,
                published=None,
                offsets="chars",
                text_field="text",
                id_field="id",
            )
        )
        for doc in docs:
            if "error" in doc:
                doc["error"]["message"] = _without_line(doc["error"]["message"])
        # pyarrow reads the struct's fields out of each dict and ignores the others
        # (schema, sentences, ...).
        column = pa.array(docs, type=column_type)
        yield pa.RecordBatch.from_arrays(
            [*batch.columns, column], names=[*batch.schema.names, COLUMN]
        )


def _without_line(message: str) -> str:
    """An error message without its "line N: " prefix, which would count rows of an Arrow
    batch, not of the DataFrame."""
    head, sep, rest = message.partition(": ")
    return rest if sep and head.startswith("line ") else message
