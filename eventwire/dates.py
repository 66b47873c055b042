"""The one date helper every stage shares: the days a date at its precision covers."""

from __future__ import annotations

import calendar


def period_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day an ISO date at its precision covers ("2022-02" → Feb 1..28)."""
    if not value:
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
