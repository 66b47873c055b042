"""The publisher's own date stamps: a date in the URL and a dateline.

The order of evidence is the order of trust: a date in the URL is set by the
publisher's CMS; a dateline ("BAKU, Aug 19 (Reuters) -") is the wire's own
stamp; dates in the body only bound the date (``times_published`` reasons over
them). Today's date is never used: a crawl date is not a publication date.
"""

from __future__ import annotations

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
#: A dateline's credit: "CITY[, date] (Outlet Name) -". Any parenthesised name of one to
#: six capitalised words (with "&", "of", "the") before the dash, not a list of wires.
DATELINE_OUTLET = re.compile(
    r"^\s*[A-Z][A-Za-z .'-]{1,40}(?:,[^()\n]{1,40}?)?\s*"
    r"\((?P<outlet>[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|&|of|the|de|du)){0,5})\)"
    r"\s*(?:-|\u2013|\u2014|:)"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def from_url(url: str | None) -> str | None:
    """The date a publisher's CMS put in the URL (/2024/08/19/, 20240819), if any."""
    if not url:
        return None
    for pattern in (URL_SLASHED, URL_DATE):
        m = pattern.search(url)
        if m:
            date = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if date:
                return date.isoformat()
    return None


def estimate_publication_date(
    text: str, title: str | None = None, url: str | None = None
) -> tuple[str | None, str]:
    """Best guess at an article's publication date and how it was made: (YYYY-MM-DD or
    None, how). The reasoning, and the interval it also gives, are in ``times_published``."""
    from eventwire.language.times_published import estimate_publication

    found = estimate_publication(text, title, url)
    return found.date, found.how


def dateline_outlet(text: str) -> str | None:
    """The outlet a dateline credits ("BRUSSELS, May 14 (Steppe Herald) -" gives "Steppe
    Herald", "MOSCOW (Reuters) -" gives "Reuters"), for an article whose metadata names none."""
    match = DATELINE_OUTLET.match(text[:200])
    return match.group("outlet").strip() if match else None
