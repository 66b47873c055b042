"""Handlers for clock times, named holidays, days and quarters given by reference.

Split from ``times_rules`` because these resolve against something the text
mentioned before (the last day, the last quarter) as much as against the anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.language import times_calendar as cal
from eventwire.language.times_rules import Context, Norm


def h_time(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.group(0).lower()
    day = (ctx.last_day or ctx.need()).isoformat()
    if text in ("noon", "midday"):
        return Norm(day + "T12:00", "time", "TIME")
    if text == "midnight":
        return Norm(day + "T24:00", "time", "TIME")
    hour = int(m.group("hh"))
    minute = int(m.group("mm") or 0)
    ampm = (m.group("ap") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return Norm(f"{day}T{hour:02d}:{minute:02d}", "time", "TIME")


def h_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = m.group("hol").lower()
    year = int(m.group("y")) if m.group("y") else None
    month, day = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
                  "new year's eve": (12, 31), "new year's": (1, 1), "halloween": (10, 31),
                  "victory day": (5, 9), "independence day": (7, 4),
                  "christmas day": (12, 25)}.get(name, (11, 0))  # fmt: skip
    if year is None:
        year = cal.year_for_month_day(month, day or 25, ctx.need(), ctx.tense)
    if day == 0:  # Thanksgiving: the fourth Thursday of November
        first = dt.date(year, 11, 1)
        day = 1 + (3 - first.weekday()) % 7 + 21
    return Norm(f"{year:04d}-{month:02d}-{day:02d}", "day")


def h_same_day(m: re.Match[str], ctx: Context) -> Norm | None:
    base = ctx.last_day or ctx.need()
    text = m.group(0).lower()
    offset = 0
    if any(w in text for w in ("previous", "before")):
        offset = -1
    elif any(w in text for w in ("following", "next", "after")):
        offset = 1
    return Norm((base + dt.timedelta(days=offset)).isoformat(), "day")


def h_year_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "this year's third quarter", "the 1988 second quarter", "last year's quarter".

    Without an ordinal the quarter is the one the text is about (the last named),
    as financial reports compare a quarter with the same quarter a year before.
    """
    if m.group("y"):
        year = int(m.group("y"))
    else:
        offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        year = ctx.need().year + offset
    if m.group("ord") and not m.group("period"):
        q = cal.ORDINALS[m.group("ord").lower()]
    elif ctx.last_quarter:
        q = ctx.last_quarter[1]
    else:
        return None
    explicit = int(m.group("y")) if m.group("y") else None
    return Norm(f"{year:04d}-Q{q}", "quarter", explicit_year=explicit)


_YEAR_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|that\s+ends|to\s+(?:June|March|Sept))",
                         re.IGNORECASE)  # fmt: skip


def h_the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the year": a fiscal span ("for the year ended June 30" -> P1Y), else the anchor's
    year ("a high for the year", "the end of the year"), as TimeML reads business news."""
    anchor = ctx.need()
    if _YEAR_ENDED.match(m.string, m.end()):
        return Norm("P1Y", "duration", "DURATION")
    return Norm(f"{anchor.year:04d}", "year")
