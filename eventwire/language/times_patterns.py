"""The table of surface patterns for time expressions, each with its handler.

Order matters only on ties: of two overlapping matches the longer wins, and of
two equally long ones the earlier rule. Patterns are case-insensitive; handlers
check capitals where case matters ("May" the month, "may" the verb).
"""

from __future__ import annotations

import re

from eventwire.language import times_calendar as cal
from eventwire.language.times_clock import (
    h_holiday,
    h_same_day,
    h_the_year,
    h_time,
    h_year_quarter,
)
from eventwire.language.times_rules import (
    Handler,
    h_ago,
    h_bare_plural,
    h_century,
    h_decade,
    h_duration,
    h_iso,
    h_mdy,
    h_month,
    h_numeric,
    h_q_short,
    h_quarter,
    h_ref,
    h_relday,
    h_relunit,
    h_season,
    h_set,
    h_the_period,
    h_weekday,
    h_year,
    h_year_ago,
)

MON = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
WDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:(?:1[6-9]|20)\d\d)(?![\d%])"
NUM = cal.NUMBER_RE
VAGUE = cal.VAGUE_RE
UNIT = cal.UNIT_RE
MOD = (
    r"(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of"
    r"|(?:earlier|later)(?=\s+(?:this|last|next)))[\s-]+|mid-)?"
)
PART = r"(?:morning|afternoon|evening|night)"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = (
    ("iso", _rx(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?(?![\d-])"),
     h_iso),
    ("numeric", _rx(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"), h_numeric),
    ("mdy", _rx(rf"(?:(?P<wd>{WDAY}),?\s+|(?P<rel>last|next|this)\s+)?(?P<mon>{MON})"
        rf"\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        r"(?!\s*(?:%|percent|million|billion|,\d))"
                rf"(?:,?\s+(?P<y>{YEAR}))?"), h_mdy),
    ("dmy", _rx(rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
                rf"(?:,?\s+(?P<y>{YEAR}))?"), h_mdy),
    ("month", _rx(rf"{MOD}(?:(?P<rel>last|next|this|past|coming|previous)\s+)?(?P<mon>{MON})"
                  rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<yrel>last|this|next)\s+year\b))?"),
     h_month),
    ("year", _rx(rf"(?<![\d$£€.,/:-]){MOD}(?P<pre>fiscal\s+(?:year\s+)?|the\s+year\s+)?"
        rf"(?P<y>{YEAR})"
                 r"(?!\s*(?:-|\.)\d)(?!-year)"), h_year),
    ("decade", _rx(rf"(?:the\s+)?{MOD}(?:(?P<dec>1[5-9]\d|20\d)0s|'(?P<short>\d)0s)\b"), h_decade),
    ("century", _rx(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century"), h_century),
    ("relday", _rx(rf"\b(?:today|tonight|last\s+night|(?:yesterday|tomorrow)(?:\s+{PART})?"
                   r"|this\s+(?:morning|afternoon|evening))\b"), h_relday),
    ("ref", _rx(r"\b(?:now|currently|nowadays|these\s+days|at\s+present|presently|the\s+present"
                r"|recently|lately|the\s+(?:near\s+)?future|the\s+past"
                r"|a\s+later\s+date|recent\s+(?:years|months|weeks|days|decades)"
                r"|current|recent|(?<!as\s)soon(?!\s+as\b))\b"),
     h_ref),
    ("relunit", _rx(rf"{MOD}(?:(?:the|this)\s+)?(?P<rel>last|this|next|past|coming|previous|current"
                    r"|latest|same|following|prior)\s+(?P<unit>week|weekend|month|year|quarter"
                    r"|decade|century|fiscal\s+year)\b"), h_relunit),
    ("period", _rx(r"\bthe\s+(?:latest\s+|current\s+)?(?:quarter|period|weekend)\b"), h_the_period),
    ("quarter", _rx(rf"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+"
                    rf"(?:(?P<half>half)|(?:fiscal\s+)?quarter)(?:(?:,|\s+of)?\s+(?:fiscal\s+)?(?P<y>{YEAR}))?"),
     h_quarter),
    ("yearquarter", _rx(rf"(?:the\s+)?(?:(?P<y>{YEAR})|(?P<rel>last|this|next)\s+year['’]s)\s+"
                        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?"
                        r"(?:fiscal\s+)?(?:quarter|(?P<period>period))\b"), h_year_quarter),
    ("qshort", _rx(rf"\bQ([1-4])(?:\s+({YEAR}))?\b"), h_q_short),
    ("yearago", _rx(r"(?:the\s+)?(?:year-earlier|year-ago|year\s+earlier|year\s+ago)"
                    r"(?:\s+(?:quarter|period))?"), h_year_ago),
    ("ago", _rx(rf"\b(?P<n>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})s?\s+"
                r"(?P<dir>ago|earlier|later|from\s+now|hence)\b"), h_ago),
    ("duration", _rx(rf"\b(?:the\s+)?(?:(?:past|last|next|first|coming|previous|final|remaining"
                     rf"|latest|initial|following)\s+)?(?P<n>{NUM}|{VAGUE})[\s-]+"
                     rf"(?P<half>and[\s-]+a[\s-]+half[\s-]+)?(?P<unit>{UNIT})s?\b(?![\s-]+old)"),
     h_duration),
    ("bare", _rx(rf"(?<=\bfor\s)({UNIT})s\b"), h_bare_plural),
    ("set", _rx(rf"\b(?:daily|weekly|monthly|annually|yearly|nightly|hourly"
                rf"|(?:every|each)\s+(?:other\s+)?(?:(?P<sn>{NUM})\s+)?(?:{UNIT}s?|{WDAY})"
                rf"|per\s+{UNIT})\b"), h_set),
    ("weekday", _rx(rf"(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<wd>{WDAY})"
                    rf"(?:\s+(?P<part>{PART}))?\b"), h_weekday),
    ("season", _rx(rf"{MOD}(?:(?P<rel>last|this|next|past|coming|previous|the)\s+)?"
                   rf"(?P<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"),
     h_season),
    ("time", _rx(r"(?<![\d:.$])(?:(?P<hh>\d{1,2})(?::(?P<mm>\d{2}))?"
        r"\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
                 r"|\bnoon\b|\bmidday\b|\bmidnight\b)"
        r"(?:\s+(?:local\s+time|GMT|UTC|[ECMP][SD]T|MSK))?"), h_time),
    ("holiday", _rx(r"(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?"
                    rf"|Thanksgiving(?:\s+Day)?|Halloween|Victory\s+Day)(?:,?\s+(?P<y>{YEAR}))?"),
     h_holiday),
    ("theyear", _rx(rf"{MOD}\bthe\s+(?:full\s+)?year\b(?![-'’]|\s+(?:before|after|earlier|ago"
                    r"|later|two|nineteen|of\b|\d))"), h_the_year),
    ("sameday", _rx(r"\b(?:the\s+same\s+day|that\s+day|the\s+(?:previous|following|next)\s+day"
                    r"|the\s+day\s+(?:before|after))\b"), h_same_day),
)  # fmt: skip
