"""RSS and Atom feed files (feedparser): one document per entry with full text."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import trafilatura

from eventwire.errors import InputError
from eventwire.records import RawDocument


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The longest body an entry offers, as plain text (bodies are often HTML)."""
    bodies = [c.get("value", "") for c in entry.get("content", [])]
    bodies.append(entry.get("summary", "") or "")
    body = max(bodies, key=len)
    if "<" in body:
        extracted = trafilatura.extract(f"<html><body><article>{body}</article></body></html>")
        return extracted or ""
    return body


def read_feed(origin: str, data: bytes) -> Iterator[RawDocument | InputError]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        raise InputError(origin, "E130", f"not a readable RSS/Atom feed ({reason})")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries):
        text = _entry_text(entry)
        if not text.strip():
            yield InputError(f"{origin}#{number}", "E131", "feed entry has no text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        link = entry.get("link")
        yield RawDocument(
            origin=link or f"{origin}#{number}",
            text=text,
            title=entry.get("title"),
            url=link,
            outlet=entry.get("source", {}).get("title") or outlet,
            published=published,
            given_id=entry.get("id"),
        )
