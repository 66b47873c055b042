"""JSON Lines articles: one object a line with id, text and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from eventwire.errors import InputError
from eventwire.read.bytes_ import decode
from eventwire.records import RawDocument


def record_to_document(origin: str, obj: Any) -> RawDocument:
    """One JSON object as a document; shared by the jsonl reader and `extract`."""
    if not isinstance(obj, dict):
        raise InputError(origin, "E121", "line is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "E122", "object has no non-empty 'text' field")
    given = obj.get("id")
    return RawDocument(
        origin=obj.get("url") or origin,
        text=text,
        title=obj.get("title"),
        url=obj.get("url"),
        outlet=obj.get("outlet"),
        published=obj.get("published") or obj.get("publication_date"),
        given_id=str(given) if given is not None else None,
    )


def iter_json_lines(origin: str, lines: Iterator[str]) -> Iterator[RawDocument | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield record_to_document(where, json.loads(line))
        except json.JSONDecodeError as err:
            yield InputError(where, "E120", f"invalid JSON ({err.msg} at column {err.colno})")
        except InputError as err:
            yield err


def read_jsonl(origin: str, data: bytes) -> Iterator[RawDocument | InputError]:
    text = decode(origin, data)
    if origin.endswith(".json") and text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as err:
            yield InputError(origin, "E120", f"invalid JSON ({err.msg} at line {err.lineno})")
            return
        for number, obj in enumerate(items):
            try:
                yield record_to_document(f"{origin}[{number}]", obj)
            except InputError as err:
                yield err
        return
    yield from iter_json_lines(origin, iter(text.splitlines()))
