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
