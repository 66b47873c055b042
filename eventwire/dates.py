"""The one date helper every stage shares: the days a date at its precision covers.

A date whose year the text could not fix keeps its month and day as TIMEX3 writes it
("XXXX-08-19"): it covers no known days, so it has no bounds and no year.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone


def period_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day an ISO date at its precision covers ("2022-02" → Feb 1..28)."""
    if not value or not year_known(value):
        return None, None
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return value, value


def utc_moment(value: str) -> str:
    """Unix seconds or an ISO date/time as the stored form of `updated_at` (ISO UTC, seconds).

    The stored stamps compare as text, so a filter value must be written the same way.
    Raises ValueError (or OverflowError) for anything else. An offset whose "+" a URL
    turned into a space is read as meant.
    """
    text = value.strip()
    if len(text) > 19 and text[-6] == " " and text[-3] == ":":
        text = f"{text[:-6]}+{text[-5:]}"  # "+00:00" unencoded in a URL arrives as " 00:00"
    if text.isdigit():
        moment = datetime.fromtimestamp(int(text), tz=timezone.utc)
    else:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def year_known(value: str | None) -> bool:
    """Whether a date value has its year ("2024-08-19"), not "XXXX-08-19"."""
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def year_of(value: str | None) -> int | None:
    """The year of a date value, None for none or an unknown year ("XXXX-08-19")."""
    return int(value[:4]) if value and year_known(value) else None
