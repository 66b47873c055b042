"""HTML pages: trafilatura for the body and metadata, htmldate for the publication date.

Nothing here may reach the network: htmldate downloads its input when given a str that
starts with "http" and holds no space, so it is given the page as bytes, which it only
parses (tests/read/test_no_fetch.py listens on loopback to prove it).
"""

from __future__ import annotations

import trafilatura
from htmldate import find_date

from eventwire.errors import InputError
from eventwire.read.bytes_ import decode
from eventwire.records import RawDocument


def read_html(origin: str, data: bytes, url: str | None = None) -> RawDocument:
    html = decode(origin, data)
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    meta = doc if isinstance(doc, dict) else doc.as_dict() if doc is not None else {}
    if not (meta.get("text") or "").strip():
        raise InputError(
            origin, "E110", "no article text found in this HTML page",
            "check that the page holds an article and not only navigation or a paywall",
        )
    published = None
    try:
        published = find_date(html.encode("utf-8"), url=url, original_date=True,
                              extensive_search=False)
    except (ValueError, TypeError):
        published = None  # htmldate gives up on some broken markup; the date is then estimated
    return RawDocument(
        origin=origin,
        text=meta["text"],
        title=meta.get("title"),
        url=url or meta.get("url"),
        outlet=meta.get("sitename"),
        published=published or meta.get("date"),
        is_html=True,
    )
