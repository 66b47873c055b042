"""RSS and Atom feed files (feedparser): one document per entry with full text.

feedparser is given a stream, never bytes or str: given those it may open a URL or a
local file named by the content (a feed file reading "/dev/zero" would never end).
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import feedparser
import trafilatura

from eventwire.errors import InputError
from eventwire.read.failure import ReadFailure, internal_failure
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


def read_feed(
    origin: str, data: bytes
) -> Iterator[RawDocument | InputError | ReadFailure]:
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - feedparser fails on bad bytes in many ways
        raise InputError(origin, "E130", f"not a readable RSS/Atom feed ({type(err).__name__}: "
                         f"{err})") from None
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        raise InputError(origin, "E130", f"not a readable RSS/Atom feed ({reason})")
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries):
        where = f"{origin}#{number}"
        try:
            yield _document(where, entry, outlet)
        except InputError as err:
            yield err
        except Exception as err:  # noqa: BLE001 - one odd entry must not end the feed
            yield internal_failure(where, "reading this feed entry", err)


def _document(where: str, entry: feedparser.FeedParserDict, outlet: str | None) -> RawDocument:
    text = _entry_text(entry)
    if not text.strip():
        raise InputError(where, "E131", "feed entry has no text")
    # dict.get: feedparser's own get maps a missing published_parsed with a warning
    stamp = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    published = time.strftime("%Y-%m-%d", stamp) if stamp else None
    link = entry.get("link") or None
    source = entry.get("source")
    return RawDocument(
        origin=link or where,
        text=text,
        title=entry.get("title") or None,
        url=link,
        outlet=(source.get("title") if isinstance(source, dict) else None) or outlet,
        published=published,
        given_id=entry.get("id") or None,
        location=where,
    )
