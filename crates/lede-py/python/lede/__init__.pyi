"""Type stubs of the lede module: facts from news articles."""

import datetime
from typing import Any, Dict, Iterable, Iterator, List, Literal, Optional, Tuple, Union, overload

SCHEMA: str
TABLES: Tuple[str, ...]

Date = Union[str, datetime.date]
Offsets = Literal["chars", "bytes"]
Record = Union[str, Dict[str, Any]]

def extract(
    text: str,
    *,
    published: Optional[Date] = None,
    id: Optional[str] = None,
    offsets: Offsets = "chars",
) -> Dict[str, Any]:
    """Extract everything lede finds in one article: the ``lede.document/1`` document."""

def extract_html(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    published: Optional[Date] = None,
    id: Optional[str] = None,
    offsets: Offsets = "chars",
    content_type: Optional[str] = None,
) -> Dict[str, Any]:
    """Extract everything lede finds in one web page: the document, with the page's text."""

def extract_many(
    records: Iterable[Record],
    *,
    threads: Optional[int] = None,
    published: Optional[Date] = None,
    offsets: Offsets = "chars",
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Dict[str, Any]]:
    """Extract many records on Rust threads, yielding documents (or error dicts) in order."""

@overload
def tables(docs: Iterable[Dict[str, Any]], *, arrow: Literal[False]) -> Dict[str, List[Dict[str, Any]]]: ...
@overload
def tables(docs: Iterable[Dict[str, Any]], *, arrow: Optional[bool] = None) -> Dict[str, Any]: ...
