"""Schemathesis hooks for lede-server: read JSON Lines responses.

The batch route answers application/x-ndjson, one JSON value per line; the OpenAPI document
describes the body as an array whose items are the lines. Schemathesis has no reader for the
media type, so without this it would skip checking those responses against their schema.
"""

import json

import schemathesis


@schemathesis.deserializer("application/x-ndjson")
def read_json_lines(ctx, response):
    return [json.loads(line) for line in response.content.decode("utf-8").splitlines() if line.strip()]


# The batch route also reads web archives (application/warc), which schemathesis cannot make
# from the document's "binary string" schema. Send both arbitrary bytes (damage, which the
# server answers with error lines) and small well-formed archives of one page each.
def _archive(text: str) -> bytes:
    html = ("<html><body><p>" + text + "</p></body></html>").encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        "WARC/1.1\r\n"
        "WARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
        "WARC-Date: 2024-05-01T08:00:00Z\r\n"
        "WARC-Target-URI: https://news.example/story\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode("ascii")
    return head + http + b"\r\n\r\n"


from hypothesis import strategies as st  # noqa: E402 - beside the hook it serves

schemathesis.openapi.media_type(
    "application/warc",
    st.one_of(st.binary(max_size=512), st.text(max_size=300).map(_archive)),
)
