"""Publication dates given in metadata: normalised to YYYY-MM-DD, or refused by name.

A date that is no date ("9999-99-99", "2022-02-30") would otherwise travel on and
fail deep in the coder; it is caught where it is read, with the record named.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.errors import InputError

ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD from the many forms metadata uses (ISO timestamps, RFC 822 via dateutil);
    None for no value and for a value that is no real day."""
    if not value or not isinstance(value, str):
        return None
    match = ISO_DAY.match(value.strip())
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    from dateutil import parser  # only for the rarer non-ISO metadata dates

    try:
        return parser.parse(value, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def check_date(origin: str, value: str | None) -> None:
    """Refuse a given publication date that is not a real day (E172)."""
    if value and value.strip() and normalise_date(value) is None:
        raise InputError(
            origin, "E172", f"'published' {value[:40]!r} is not a date",
            "write it as YYYY-MM-DD, or leave it out to have the date estimated",
        )
