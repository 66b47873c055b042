"""The body of `POST /articles`: read in bounded memory, then split into article records.

Why streamed: `await request.body()` holds the whole body before any size check, so a
300 MB body cost the server 600 MB. Here a declared Content-Length over the limit is
refused before a byte is read, and a chunked (or lying) body is counted while it arrives
and refused at the first chunk past the limit: memory stays under twice the limit.

Why per record: one bad line of JSON Lines must not cost its good siblings, so each line
is parsed alone and a bad one becomes a refused record with its reason. A JSON list that
does not parse has no usable part, and is refused whole (400).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException

from eventwire.options import MAX_FILE_BYTES

#: Media types a body may be declared as. curl's `--data-binary` sends
#: application/x-www-form-urlencoded unless told otherwise, so it is taken as raw text too.
ACCEPTED_TYPES = (
    "application/json", "application/x-ndjson", "application/jsonl", "application/jsonlines",
    "application/x-jsonlines", "application/json-lines", "text/plain",
    "application/x-www-form-urlencoded",
)
BODY_HINT = (
    'send [{"id": ..., "text": ..., "title": ..., "url": ..., "outlet": ..., '
    '"published": "YYYY-MM-DD"}] or one such object a line'
)


@dataclass(frozen=True)
class BadRecord:
    """A line of JSON Lines that is not JSON: refused, its siblings still stored."""

    code: str
    reason: str


def check_content_type(value: str | None) -> None:
    """415 for a body declared as something else (a form upload, XML, a file's bytes)."""
    media = (value or "").split(";")[0].strip().lower()
    if media and media not in ACCEPTED_TYPES and not media.endswith("+json"):
        raise HTTPException(
            415, f"[E602] Content-Type {media!r} is not taken: send application/json (a JSON "
            "list of articles) or application/x-ndjson (JSON Lines)",
        )


def check_declared_length(value: str | None, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse from the header alone, before reading: 400 if malformed, 413 if too large."""
    if value is None:
        return
    if not value.strip().isdigit():
        raise HTTPException(400, f"[E603] Content-Length {value[:40]!r} is not a byte count")
    if int(value) > limit:
        raise HTTPException(413, too_large(limit))


def too_large(limit: int) -> str:
    return (f"[E604] body over {limit:,} bytes: split the articles over several requests "
            f"(each under {limit // (1024 * 1024)} MB)")


async def read_limited(chunks: AsyncIterator[bytes], limit: int = MAX_FILE_BYTES) -> bytes:
    """The body's bytes, stopping with 413 at the first chunk that passes limit."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, too_large(limit))
    return bytes(body)


def _loads(text: str) -> Any:
    """json.loads, with every way it fails as ValueError: a 5,000-digit number raises
    ValueError, JSON nested 100,000 deep RecursionError, neither a JSONDecodeError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def _why(err: ValueError) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at line {err.lineno} column {err.colno}"
    return str(err).split(";")[0][:200]


def parse_records(body: bytes) -> list[Any]:
    """A JSON list of article objects, one JSON object, or JSON Lines (one object a line).

    Items are whatever JSON gave (objects are checked later, each on its own); a JSON
    Lines line that does not parse is a BadRecord in its place.
    """
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise HTTPException(
            400, f"[E605] body is not UTF-8 ({err.reason} at byte {err.start}): {BODY_HINT}"
        ) from None
    start = text.lstrip()[:1]
    if start in ("[", "{"):
        try:
            whole = _loads(text)
        except ValueError as err:
            if start == "[":
                raise HTTPException(
                    400, f"[E606] body is not a JSON list ({_why(err)}): {BODY_HINT}"
                ) from None
        else:
            return list(whole) if isinstance(whole, list) else [whole]
    records: list[Any] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(_loads(line))
        except ValueError as err:
            records.append(BadRecord("E606", f"line {number} is not JSON ({_why(err)})"))
    return records
