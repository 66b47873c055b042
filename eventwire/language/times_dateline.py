"""Estimating when an article was published when its metadata does not say.

The order of evidence is the order of trust: a date in the URL is set by the
publisher's CMS; a dateline ("BAKU, Aug 19 (Reuters) -") is the wire's own
stamp; dates in the body only show the article is no older than the latest of
them, so they give a lower bound and say so. Today's date is never used: a
crawl date is not a publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.language import times_calendar as cal

URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
URL_SLASHED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},\s+(?:[A-Z][A-Za-z.]*\s+)?(?P<a>{MONTH_WORD})"
    rf"\s+(?P<d>\d{{1,2}})"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?|^\s*[A-Z][A-Za-z .'-]{{1,40}},\s+(?P<d2>\d{{1,2}})\s+"
    rf"(?P<b>{MONTH_WORD})(?:\s+(?P<y2>(?:19|20)\d\d))?"
)
FULL_DATES = (
    re.compile(
        rf"\b(?P<m>{MONTH_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH_WORD})\s+(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
)
YEAR = re.compile(r"(?<![\d$])((?:19|20)\d\d)(?!\d)")
WEEKDAY = re.compile(
    r"\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _month(word: str) -> int:
    return int(word) if word.isdigit() else cal.MONTHS[word.lower().rstrip(".")]


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    for pattern in (URL_SLASHED, URL_DATE):
        m = pattern.search(url)
        if m:
            date = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if date:
                return date.isoformat()
    return None


def _body_dates(text: str) -> list[str]:
    dates = []
    for pattern in FULL_DATES:
        for m in pattern.finditer(text):
            date = cal.safe_date(int(m.group("y")), _month(m.group("m")), int(m.group("d")))
            if date:
                dates.append(date.isoformat())
    return dates


def _from_dateline(text: str) -> tuple[str | None, str]:
    m = DATELINE.search(text[:200])
    if not m:
        return None, ""
    month = _month(m.group("a") or m.group("b"))
    day = int(m.group("d") or m.group("d2"))
    year_text = m.group("y") or m.group("y2")
    if year_text:
        date = cal.safe_date(int(year_text), month, day)
        return (date.isoformat(), "dateline") if date else (None, "")
    # Prefer years written in full dates: "by 2030" in a plan is a year but not a dateline's.
    years = [int(d[:4]) for d in _body_dates(text)] or [int(y) for y in YEAR.findall(text)]
    if not years:
        return _year_from_weekday(text, month, day)
    date = cal.safe_date(max(years), month, day)
    if date is None:
        return None, ""
    return date.isoformat(), "dateline, year from the latest year in the text"


def _year_from_weekday(text: str, month: int, day: int) -> tuple[str | None, str]:
    """A year-less dateline whose lead says "on Monday": the latest year that fits.

    Wire stories name the weekday of the event, which is the dateline's day or
    the day before it. Among past years the latest one where that holds is the
    best guess; years in the future are excluded (the article exists now), but
    today's date itself is never the answer unless the calendar agrees.
    """
    m = WEEKDAY.search(text[:600])
    if not m:
        return None, ""
    wanted = WEEKDAYS.index(m.group(1).lower())
    today = dt.date.today()
    for lag in (0, 1):
        for year in range(today.year, 1979, -1):
            date = cal.safe_date(year, month, day)
            if date is None or date > today:
                continue
            if (date - dt.timedelta(days=lag)).weekday() == wanted:
                how = f"dateline, year from the weekday in the lead ({m.group(0)})"
                return date.isoformat(), how
    return None, ""


def estimate_publication_date(
    text: str, title: str | None = None, url: str | None = None
) -> tuple[str | None, str]:
    """Best guess at an article's publication date and how it was made.

    Returns (YYYY-MM-DD or None, how). ``how`` is "url", "dateline",
    "dateline, year from the latest year in the text", "lower bound from body
    dates", or "no date evidence"; a lower bound means the article is no older
    than that date, so callers should mark the date as estimated.
    """
    from_url = _from_url(url)
    if from_url:
        return from_url, "url"
    date, how = _from_dateline(text)
    if date:
        return date, how
    dates = _body_dates(f"{title or ''}\n{text}")
    if dates:
        return max(dates), "lower bound from body dates"
    return None, "no date evidence"
