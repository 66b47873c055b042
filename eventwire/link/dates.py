"""Event dates as day ranges, so dates of different precision can be compared.

The coder writes TIMEX3 values ("2020-11-10", "2020-W45", "2020-11", "2020-Q4",
"2020-SU", "2020", "202"). Two dates name the same time when their ranges
overlap: this is "equal at the coarser precision" (a day inside a month, a
month inside a year) and also handles a week that straddles two months.

A date the coder only estimated from the publication date is an upper bound:
the event happened that day or shortly before. It becomes the range from
``ESTIMATE_SLACK_DAYS`` before to the day itself, so an explicit date up to
three days earlier overlaps it, and two estimates overlap when their
publication dates are at most three days apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from eventwire.records import Event

ESTIMATE_SLACK_DAYS = 3

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class Span:
    """Inclusive range of days a date value stands for."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def overlaps(self, other: Span) -> bool:
        return self.first <= other.last and other.first <= self.last


def _month_end(year: int, month: int) -> date:
    """Last day of a month; ``month`` may run past 12 into the next year."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return nxt - timedelta(days=1)


def _months(year: int, first: int, last: int) -> Span:
    y2, m2 = year + (last - 1) // 12, (last - 1) % 12 + 1
    return Span(date(year, first, 1), _month_end(y2, m2))


@lru_cache(maxsize=1 << 14)  # a story's few date values are read for every pair compared
def parse_span(value: str | None) -> Span | None:
    """The day range a TIMEX3 date value covers, or None for anything else.

    None also for durations, sets and reference values ("PRESENT_REF"): they
    do not fix when an event happened, so they cannot confirm two are one.
    """
    if not value:
        return None
    v = value.strip().upper()
    try:
        if m := _DAY.match(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Span(d, d)
        if m := _WEEK.match(v):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Span(start, start + timedelta(days=6))
        if m := _MONTH.match(v):
            return _months(int(m[1]), int(m[2]), int(m[2]))
        if m := _QUARTER.match(v):
            q = int(m[2])
            return _months(int(m[1]), 3 * q - 2, 3 * q)
        if m := _HALF.match(v):
            h = int(m[2])
            return _months(int(m[1]), 6 * h - 5, 6 * h)
        if m := _SEASON.match(v):
            lo, hi = _SEASON_MONTHS[m[2]]
            return _months(int(m[1]), lo, hi)
        if m := _YEAR.match(v):
            return Span(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
        if m := _DECADE.match(v):
            y = int(m[1]) * 10
            return Span(date(y, 1, 1), date(y + 9, 12, 31))
    except ValueError:  # 2021-02-30, week 54: not a real date, so not comparable
        return None
    return None


@lru_cache(maxsize=1 << 14)
def event_span(value: str | None, estimated: bool) -> Span | None:
    """The range an event date allows, widened backwards when it is an estimate."""
    span = parse_span(value)
    if span is None or not estimated:
        return span
    return Span(span.first - timedelta(days=ESTIMATE_SLACK_DAYS), span.last)


def day_of(value: str | None) -> date | None:
    """The day of a day-precision value (or of a timestamp), else None."""
    span = parse_span(value)
    return span.first if span is not None and span.days == 1 else None


def dates_agree(a: Event, b: Event) -> bool:
    """The two events' dates overlap, or one of them has none that can contradict."""
    sa = event_span(a.event_date, a.date_estimated)
    sb = event_span(b.event_date, b.date_estimated)
    return sa is None or sb is None or sa.overlaps(sb)
