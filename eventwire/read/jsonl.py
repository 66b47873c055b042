"""JSON Lines articles: one object a line with id, text and optional metadata.

Every record is checked before it becomes a document: a metadata field of the
wrong type, a date that is no date, a number too long or nesting too deep for
the parser is a named skip of that line, and the next line is read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.errors import InputError
from eventwire.read.bytes_ import decode
from eventwire.read.dates import check_date
from eventwire.records import RawDocument

SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("title", "url", "outlet", "published", "publication_date")


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)


def _storable(value: Any) -> Any:
    """A JSON string as a database stores it: NUL removed (PostgreSQL refuses it) and a
    lone surrogate escape ("\\ud800", no character) made U+FFFD, the replacement character."""
    if not isinstance(value, str):
        return value
    value = value.replace("\x00", "")
    return value if value.isascii() else SURROGATE.sub("\ufffd", value)


def record_to_document(origin: str, obj: Any) -> RawDocument:
    """One JSON object as a document; shared by the jsonl reader and `extract`."""
    if not isinstance(obj, dict):
        raise InputError(origin, "E121", "line is not a JSON object")
    obj = {key: _storable(value) for key, value in obj.items()}
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "E122", "object has no non-empty 'text' field")
    for name in TEXT_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(origin, "E170", f"field '{name}' is {_kind(value)}, not a string",
                             f"write it as a JSON string or leave '{name}' out")
    given = obj.get("id")
    if given is not None and (isinstance(given, (dict, list, bool)) or given == ""):
        raise InputError(origin, "E170", f"field 'id' is {_kind(given) if given != '' else 'empty'}"
                         ", not a string or number", "give each article a unique string id")
    published = obj.get("published") or obj.get("publication_date")
    check_date(origin, published)
    return RawDocument(
        origin=obj.get("url") or origin,
        text=text,
        title=obj.get("title"),
        url=obj.get("url"),
        outlet=obj.get("outlet"),
        published=published,
        given_id=str(given) if given is not None else None,
        location=origin,
    )


def parse_json(origin: str, text: str, where: str = "column") -> Any:
    """json.loads with every way it fails as a named InputError (E120, E171)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        place = f"at column {err.colno}" if where == "column" else f"at line {err.lineno}"
        raise InputError(origin, "E120", f"invalid JSON ({err.msg} {place})") from None
    except RecursionError:
        raise InputError(origin, "E171", "JSON nested too deep to read",
                         "flatten the record") from None
    except ValueError as err:  # an integer of thousands of digits (int max_str_digits)
        raise InputError(origin, "E171", f"JSON value too large to read ({err})") from None


def _line(where: str, line: str) -> RawDocument | InputError:
    try:
        return record_to_document(where, parse_json(where, line))
    except InputError as err:
        return err


def iter_json_lines(origin: str, lines: Iterator[str]) -> Iterator[RawDocument | InputError]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _line(f"{origin}:{number}", line)


def iter_json_bytes(origin: str, lines: Iterable[bytes]) -> Iterator[RawDocument | InputError]:
    """JSON Lines from a byte stream (``extract`` on stdin or a file): a line that is not
    UTF-8 is named (E186), not the end of the stream."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield InputError(where, "E186", f"line is not UTF-8 ({err.reason} at byte "
                             f"{err.start})", "convert the file to UTF-8")
            continue
        if line.strip():
            yield _line(where, line)


def read_jsonl(
    origin: str, data: bytes, plain_json: bool = False
) -> Iterator[RawDocument | InputError]:
    text = decode(origin, data)
    if plain_json and text.lstrip().startswith("["):
        try:
            items = parse_json(origin, text, where="line")
        except InputError as err:
            yield err
            return
        for number, obj in enumerate(items):
            try:
                yield record_to_document(f"{origin}[{number}]", obj)
            except InputError as err:
                yield err
        return
    yield from iter_json_lines(origin, iter(text.split("\n")))
