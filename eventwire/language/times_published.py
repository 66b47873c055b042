"""When an undated article was published, reasoned from the constraints its text sets.

An article is published on or after the latest past event it dates in full ("signed on
November 26, 2021"), and before any dated plan it announces ("will meet on 3 March 2023").
A year-less date it reports as past ("the August 31 meeting") happened after that lower
bound, so it takes the first year that keeps it there, and raises the bound: "August 31"
after "November 26, 2021" proves the article is from 2022 or later. A weekday-date pair
("Monday, August 19") fixes the year among those the other constraints leave. A bare year
("in 2016") only bounds the interval: placing year-less dates after it would guess the
earliest year the text allows, and news mentions old years all the time.

The result is an interval (earliest, latest) and a single estimate only where the text
pins it: a URL date, a dateline, a year-less date or weekday placed after a full date, or
a full date in the lead (the news peg). A lower bound alone is reported as the interval
with no estimate: abstaining beats dating a 2018 article to the 1952 it recalls.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.language import times_calendar as cal
from eventwire.language.times_dateline import DATELINE, MONTH_WORD, WEEKDAYS, from_url

WDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SUFFIX = r"(?:st|nd|rd|th)?"
#: A full date: "November 26, 2021", "26 November 2021", "2021-11-26".
FULL = re.compile(
    rf"\b(?P<m>{MONTH_WORD})\s+(?P<d>\d{{1,2}}){_SUFFIX},?\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<m2>{MONTH_WORD}),?\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])\b"
)
#: A month and year: "September 2023" (the month's first day bounds the article).
MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH_WORD})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")
#: A year-less date, with the weekday that may pin its year: "Monday, August 19", "19 August".
YEARLESS = re.compile(
    rf"(?:\b{WDAY},?\s+(?:the\s+)?)?"
    rf"(?:\b(?P<m>{MONTH_WORD})(?![a-z])\s+(?P<d>\d{{1,2}}){_SUFFIX}\b(?!\s*(?:%|percent|million|billion))"
    rf"|\b(?P<d2>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<m2>{MONTH_WORD})(?![a-z]))"
    r"(?!,?\s+(?:19|20)\d\d)(?!,?\s+\d)",
)
BARE_YEAR = re.compile(r"(?<![\d$£€.,/:-])(?:in|since|of|during)\s+((?:19|20)\d\d)\b")
#: Words before a date that put it ahead of the article ("will meet on", "due by").
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|scheduled|planned|plans?|due|expected|set\s+for"
    r"|slated|deadline|upcoming|is\s+to|are\s+to)\b[^.;!?]{0,40}$"
    r"|\b(?:by|before|until|till|next)\s+(?:the\s+)?(?:\w+,?\s+)?$",
    re.IGNORECASE,
)
#: What may join a year-less date to a dated one that lends it its year.
LIST_TAIL = re.compile(r"^(?:\s*(?:,|and|or|to|through|-|–)\s*)+$")
LEAD_CHARS = 300


@dataclass(frozen=True)
class PublicationEstimate:
    """The estimate (None when the text does not pin it), its interval and how it was made.

    ``earliest``/``latest`` bound the publication day (None: open); ``exact`` is true for
    a date the publisher stated (URL, dateline with its year), which is not an estimate.
    """

    date: str | None
    earliest: str | None
    latest: str | None
    how: str
    exact: bool = False


def _month(word: str) -> int:
    return int(word) if word.isdigit() else cal.MONTHS[word.lower().rstrip(".")]


def _future(text: str, pos: int) -> bool:
    return bool(FUTURE_CUE.search(text[max(0, pos - 60) : pos]))


def _full_dates(text: str) -> list[tuple[int, int, dt.date, bool]]:
    """(start, end, date, ahead) for every full date; ``ahead`` when a cue makes it a plan."""
    out = []
    for m in FULL.finditer(text):
        y = m.group("y") or m.group("y2") or m.group("y3")
        mon = m.group("m") or m.group("m2") or m.group("m3")
        day = m.group("d") or m.group("d2") or m.group("d3")
        date = cal.safe_date(int(y), _month(mon), int(day))
        if date:
            out.append((m.start(), m.end(), date, _future(text, m.start())))
    return out


def _lent_year(text: str, end: int, full: list[tuple[int, int, dt.date, bool]]) -> bool:
    """Whether a year-less date takes its year from a dated one later in the same list
    ("November 9, 2020, January 11, and November 26, 2021")."""
    for start, _e, _d, _a in full:
        if start >= end:
            gap = text[end:start]
            inner = YEARLESS.sub("", gap)
            return bool(LIST_TAIL.match(inner)) and len(gap) < 60
    return False


def _place(month: int, day: int, bound: dt.date) -> dt.date | None:
    """The first month-day on or after ``bound``."""
    for year in (bound.year, bound.year + 1):
        date = cal.safe_date(year, month, day)
        if date and date >= bound:
            return date
    return None


def _weekday_year(month: int, day: int, weekday: int, bound: dt.date | None,
                  today: dt.date) -> dt.date | None:
    """The year in which month-day falls on ``weekday``: the first after ``bound``, else
    the latest not after today (a weekday repeats its dates every 5, 6 or 11 years)."""
    if bound is not None:
        for year in range(bound.year, min(bound.year + 12, today.year + 1) + 1):
            date = cal.safe_date(year, month, day)
            if date and date >= bound and date.weekday() == weekday:
                return date
        return None
    for year in range(today.year, 1979, -1):
        date = cal.safe_date(year, month, day)
        if date and date <= today and date.weekday() == weekday:
            return date
    return None


def estimate_publication(
    text: str, title: str | None = None, url: str | None = None,
    today: dt.date | None = None,
) -> PublicationEstimate:
    """The publication date the text allows, its interval and how it was reasoned.

    ``today`` (default: the clock) is only an upper limit: an article cannot be from
    the future, and a crawl date is never taken for a publication date.
    """
    today = today or dt.date.today()
    stated = from_url(url)
    if stated:
        return PublicationEstimate(stated, stated, stated, "url", exact=True)
    body = text
    full_text = f"{title or ''}\n{text}" if title else text
    offset = len(full_text) - len(body)
    full = [f for f in _full_dates(full_text) if f[2] <= today]
    past = [f for f in full if not f[3]]
    ahead = [f[2] for f in full if f[3]]
    bound = max((f[2] for f in past), default=None)
    month_years = [cal.safe_date(int(m.group("y")), _month(m.group("m")), 1)
                   for m in MONTH_YEAR.finditer(full_text)
                   if not _future(full_text, m.start())]  # fmt: skip
    month_bound = max((d for d in month_years if d and d <= today), default=None)
    years = [int(m.group(1)) for m in BARE_YEAR.finditer(full_text)
             if int(m.group(1)) <= today.year and not _future(full_text, m.start())]
    earliest = max(
        [d for d in (bound, month_bound) if d] + ([dt.date(max(years), 1, 1)] if years else []),
        default=None,
    )
    place_bound = max((d for d in (bound, month_bound) if d), default=None)
    latest = min((d for d in ahead if earliest is None or d >= earliest), default=None)

    dateline = DATELINE.search(body[:200])
    if dateline:
        result = _from_dateline(dateline, body, place_bound, earliest, today)
        if result is not None:
            return result

    placed: list[dt.date] = []
    how_placed = ""
    for m in YEARLESS.finditer(full_text):
        if _future(full_text, m.start()) or _lent_year(full_text, m.end(), full):
            continue
        month = _month(m.group("m") or m.group("m2"))
        day = int(m.group("d") or m.group("d2"))
        if not 1 <= day <= 31:
            continue
        if m.group("wd"):
            date = _weekday_year(month, day, WEEKDAYS.index(m.group("wd").lower()),
                                 place_bound, today)  # fmt: skip
            if date:
                placed.append(date)
                how_placed = f"year from the weekday of {m.group(0).strip()!r}"
                continue
        if place_bound is not None:
            date = _place(month, day, place_bound)
            if date and date <= today and (latest is None or date <= latest):
                placed.append(date)
                how_placed = how_placed or "year-less dates placed after the latest full date"
    if placed:
        date = max(placed + ([bound] if bound else []))
        low = max(date, earliest) if earliest else date
        return PublicationEstimate(low.isoformat(), low.isoformat(), _iso(latest),
                                   f"latest dated event in the text ({how_placed})")  # fmt: skip
    if bound is not None:
        lead = [f for f in past if f[2] == bound and f[0] - offset < LEAD_CHARS]
        if lead and bound >= (earliest or bound):
            return PublicationEstimate(bound.isoformat(), bound.isoformat(), _iso(latest),
                                       "lower bound from body dates")  # fmt: skip
    if earliest is not None or latest is not None:
        return PublicationEstimate(None, _iso(earliest), _iso(latest),
                                   "lower bound only: the text does not pin the date")  # fmt: skip
    return PublicationEstimate(None, None, None, "no date evidence")


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _from_dateline(
    m: re.Match[str], text: str, bound: dt.date | None, earliest: dt.date | None,
    today: dt.date,
) -> PublicationEstimate | None:
    """A dateline ("BAKU, Aug 19 (Reuters) -") is the wire's stamp: its year if written,
    else the first year after the latest date the story reports, else the weekday of its
    lead ("on Monday": the dateline's day or the day before)."""
    month = _month(m.group("a") or m.group("b"))
    day = int(m.group("d") or m.group("d2"))
    year_text = m.group("y") or m.group("y2")
    if year_text:
        date = cal.safe_date(int(year_text), month, day)
        if date is None:
            return None
        iso = date.isoformat()
        return PublicationEstimate(iso, iso, iso, "dateline", exact=True)
    if bound is not None:
        date = _place(month, day, bound)
        if date and date <= today:
            iso = date.isoformat()
            return PublicationEstimate(iso, iso, iso,
                                       "dateline, year placed after the latest date in the text")
    lead = re.search(rf"\b(?:on|last|this)\s+{WDAY}\b", text[:600])
    if lead:
        wanted = WEEKDAYS.index(lead.group("wd").lower())
        for lag in (0, 1):
            for year in range(today.year, 1979, -1):
                date = cal.safe_date(year, month, day)
                if date is None or date > today or (earliest and date < earliest):
                    continue
                if (date - dt.timedelta(days=lag)).weekday() == wanted:
                    iso = date.isoformat()
                    return PublicationEstimate(
                        iso, iso, iso, f"dateline, year from the weekday in the lead "
                        f"({lead.group(0)})")
    return None
