"""Stage 2, clean: a RawDocument becomes an Article with a stable id, a clean body and a date.

The article id is a hash of where the text came from and the text itself, so
rereading the same input gives the same ids and nothing is stored twice. A
missing publication date is estimated (never today's date) and marked so.
"""

from __future__ import annotations

import hashlib
import re

from eventwire.clean import clean_text
from eventwire.errors import InputError
from eventwire.language.times import estimate_publication_date
from eventwire.options import Options
from eventwire.records import Article, RawDocument

ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def article_id_for(raw: RawDocument) -> str:
    if raw.given_id:
        return raw.given_id
    digest = hashlib.sha256(f"{raw.origin}\n{raw.text}".encode()).hexdigest()
    return "a" + digest[:15]


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD from the many forms metadata uses (ISO timestamps, RFC 822 via dateutil)."""
    if not value:
        return None
    match = ISO_DAY.match(value.strip())
    if match:
        return "-".join(match.groups())
    from dateutil import parser  # only for the rarer non-ISO metadata dates

    try:
        return parser.parse(value, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def prepare(raw: RawDocument, options: Options) -> Article:
    cleaned = clean_text(raw.text, classify=not raw.is_html)  # HTML: trafilatura did it
    if not cleaned.text.strip():
        raise InputError(raw.origin, "E150", "nothing is left of the text after cleaning")
    published = normalise_date(raw.published) or normalise_date(options.published)
    estimated = False
    if published is None:
        published, _how = estimate_publication_date(cleaned.text, raw.title, raw.url)
        estimated = published is not None
    return Article(
        article_id=article_id_for(raw),
        origin=raw.origin,
        text=cleaned.text,
        title=(raw.title or "").strip() or None,
        url=raw.url,
        outlet=raw.outlet or options.outlet,
        publication_date=published,
        publication_date_estimated=estimated,
    )
