"""Plain-text articles: the first non-empty line is the title (see clean.split_title)."""

from __future__ import annotations

from eventwire.clean import split_title
from eventwire.read.bytes_ import decode
from eventwire.records import RawDocument


def read_text(origin: str, data: bytes) -> RawDocument:
    title, body = split_title(decode(origin, data))
    return RawDocument(origin=origin, text=body.strip("\n"), title=title)
