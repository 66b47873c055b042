"""Stage 2, clean: a RawDocument becomes an Article with a stable id, a clean body and a date.

The article id is a hash of where the text came from and the text itself, so
rereading the same input gives the same ids and nothing is stored twice. A
missing publication date is estimated (never today's date) and marked so, with the
interval the text allows.
"""

from __future__ import annotations

import hashlib

from eventwire.clean import clean_text
from eventwire.errors import InputError
from eventwire.language.times_dateline import dateline_outlet
from eventwire.language.times_published import estimate_publication
from eventwire.options import Options
from eventwire.read.dates import normalise_date
from eventwire.records import Article, RawDocument


def article_id_for(raw: RawDocument) -> str:
    if raw.given_id:
        return raw.given_id
    digest = hashlib.sha256(f"{raw.origin}\n{raw.text}".encode()).hexdigest()
    return "a" + digest[:15]


def prepare(raw: RawDocument, options: Options) -> Article:
    cleaned = clean_text(raw.text, classify=not raw.is_html)  # HTML: trafilatura did it
    if not cleaned.text.strip():
        raise InputError(raw.origin, "E150", "nothing is left of the text after cleaning")
    published, estimated, earliest, latest = publication_of(raw, cleaned.text, options)
    return Article(
        article_id=article_id_for(raw),
        origin=raw.origin,
        text=cleaned.text,
        title=(raw.title or "").strip() or None,
        url=raw.url,
        outlet=raw.outlet or dateline_outlet(cleaned.text) or options.outlet,
        publication_date=published,
        publication_date_estimated=estimated,
        publication_date_earliest=earliest,
        publication_date_latest=latest,
    )


def publication_of(
    raw: RawDocument, text: str, options: Options
) -> tuple[str | None, bool, str | None, str | None]:
    """(date, estimated, earliest, latest): the metadata's date, else ``--published``, else
    what the URL, dateline and body allow (``times_published``), flagged as estimated
    (the interval says how tight it is)."""
    published = normalise_date(raw.published) or normalise_date(options.published)
    if published is not None:
        return published, False, published, published
    found = estimate_publication(text, raw.title, raw.url)
    return found.date, found.date is not None, found.earliest, found.latest
