"""lede: facts from news articles.

lede turns the raw text of a news article, as scraped from the web, into the facts in it:
which paragraphs are the story and which are clutter, who is named and under which titles,
who said what to whom, and when things happened, as dates. The work is done in Rust; this
module hands you the result as plain Python objects.

>>> import lede
>>> doc = lede.extract("Mr. Smith arrived in Paris on Monday.", published="2023-03-20")
>>> doc["schema"], doc["timexes"][0]["value"]
('lede.document/1', '2023-03-20')

* :func:`extract` runs one article and returns its document, a dict equal field for field to
  the JSON that ``lede extract`` prints (the ``lede.document/1`` contract).
* :func:`extract_many` runs an iterable of records on Rust threads and yields the documents
  in input order, with bounded memory.
* :func:`tables` flattens documents into tables (pyarrow when installed) for pandas, DuckDB
  or Parquet; :mod:`lede.spark` runs lede on a Spark DataFrame.
"""

from __future__ import annotations

import datetime
import os
from typing import Any, Dict, Iterable, Iterator, Optional, Union

from . import _lede
from ._tables import TABLES, tables

__all__ = ["SCHEMA", "TABLES", "extract", "extract_html", "extract_many", "tables"]

#: The schema name and version of every document.
SCHEMA: str = _lede.SCHEMA


def extract(
    text: str,
    *,
    published: Union[str, datetime.date, None] = None,
    id: Optional[str] = None,
    offsets: str = "chars",
) -> Dict[str, Any]:
    """Extract everything lede finds in one article.

    Args:
        text: the article's raw text, one paragraph per line.
        published: the publication date, ``"YYYY-MM-DD"`` or a :class:`datetime.date`: the
            anchor for "Monday" or "last year". Without it, lede looks for a dateline.
        id: an id echoed into the document.
        offsets: what ``start`` and ``end`` count: ``"chars"`` (code points, as ``str``
            indexes, the default) or ``"bytes"`` (UTF-8 bytes).

    Returns:
        The ``lede.document/1`` document as a dict of lists, strings, ints and None: equal to
        ``json.loads`` of what ``lede extract --compact`` prints for the same input.

    Raises:
        ValueError: for a bad option (a date that is not ``YYYY-MM-DD``, an unknown
            ``offsets``). Extraction itself never raises: what lede could not make sense of
            is listed in the document's ``diagnostics``.
        TypeError: for an argument of the wrong type.
    """
    return _lede.extract(text, published=published, id=id, offsets=offsets)


def extract_html(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    published: Union[str, datetime.date, None] = None,
    id: Optional[str] = None,
    offsets: str = "chars",
    content_type: Optional[str] = None,
) -> Dict[str, Any]:
    """Extract everything lede finds in one web page.

    Args:
        html: the page, as ``str`` or as ``bytes`` (decoded by the charset that
            ``content_type``, a byte order mark or the page's ``<meta charset>`` names).
        url: the page's address: kept in the document, and a source of its date.
        published: a publication date that wins over the page's own.
        id: an id echoed into the document.
        offsets: ``"chars"`` or ``"bytes"``, counted in the document's ``text``.
        content_type: the HTTP ``Content-Type`` the page came with, for its charset.

    Returns:
        The ``lede.document/1`` document as a dict, with the page's ``text`` (which every
        offset counts in), ``title``, ``authors``, ``published`` and where it came from, and
        the page's other metadata: equal to what ``lede extract page.html --compact`` prints.

    Raises:
        ValueError: for a bad option. Extraction itself never raises.
        TypeError: for an argument of the wrong type.
    """
    return _lede.extract_html(
        html, url=url, published=published, id=id, offsets=offsets, content_type=content_type
    )


def extract_many(
    records: Iterable[Union[str, Dict[str, Any]]],
    *,
    threads: Optional[int] = None,
    published: Union[str, datetime.date, None] = None,
    offsets: str = "chars",
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Dict[str, Any]]:
    """Extract many articles on Rust threads; yield one document per record, in input order.

    A record is either a ``str`` (the article text) or a dict with the fields of the command
    line's JSON Lines records: ``text``, ``id`` and ``published`` (a ``"YYYY-MM-DD"`` string
    or a :class:`datetime.date`). Other keys are ignored.

    The records are read lazily, a few chunks ahead of the documents handed out, so an
    iterator of a million records is never held in memory at once. Extraction runs with the
    GIL released.

    A bad record (no text, a text that is not a string, an invalid date, a value that is
    neither a str nor a dict) does not raise: its place in the output holds an error dict,
    the same object the command line writes in ``--jsonl`` mode::

        {"id": "r7", "error": {"code": "invalid-date", "message": "line 7: ..."}}

    where the line number counts records from 1.

    Args:
        records: any iterable of records.
        threads: worker threads; the number of usable cores by default.
        published: the anchor date for records without their own ``published``.
        offsets: ``"chars"`` (the default) or ``"bytes"``, as in :func:`extract`.
        text_field: the dict key holding the text (``"text"``).
        id_field: the dict key holding the id (``"id"``).

    Raises:
        ValueError: for a bad option, when called. An exception raised by ``records`` itself
            propagates from the iteration.
    """
    if threads is None:
        threads = _usable_cores()
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return _lede.ExtractMany(
        records,
        threads=threads,
        published=published,
        offsets=offsets,
        text_field=text_field,
        id_field=id_field,
    )


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
