"""Surface patterns for time expressions and the value each one normalises to.

Each rule is a regular expression with a handler that turns a match into a
TIMEX3 value, given the anchor date and the tense of the governing verb. The
rules are HeidelTime's news rules in spirit (granularity follows the surface
form, year-less dates follow the tense) but written from scratch.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from eventwire.language import times_calendar as cal

PART_CODE = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|of|before|after|during|through|to|and|or|between"
    r"|year|early|late|mid|fiscal|end|for|around|circa|-)\s*|[(,]\s*)$",
    re.IGNORECASE,
)
AMBIGUOUS_MONTH_CONTEXT = re.compile(
    r"\b(?:in|since|by|from|until|till|of|before|after|during|through|to|last|next|this|early"
    r"|late|mid|and|or|between)[\s-]*$",
    re.IGNORECASE,
)


class NoAnchor(Exception):
    """Raised by a handler that needs the publication date when none was given."""


@dataclass(frozen=True)
class Norm:
    """A normalised value. ``month_day`` is set for year-less dates so a list can lend a year."""

    value: str
    precision: str
    type: str = "DATE"
    month_day: tuple[int, int] | None = None
    explicit_year: int | None = None


@dataclass(frozen=True)
class Context:
    """What a handler may know besides the match: anchor, tense, earlier mentions."""

    anchor: dt.date | None
    tense: str = "present"
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    date_entity: bool = False

    def need(self) -> dt.date:
        if self.anchor is None:
            raise NoAnchor
        return self.anchor


Handler = Callable[[re.Match[str], Context], "Norm | None"]


def _capitalised(m: re.Match[str], group: str) -> bool:
    text = m.group(group)
    return bool(text) and text[0].isupper()


def _month(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def _year_of(m: re.Match[str], group: str) -> int | None:
    text = m.group(group)
    return int(text) if text else None


def _before(m: re.Match[str], width: int = 40) -> str:
    return m.string[max(0, m.start() - width) : m.start()]


def h_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    year, month, day, hour, minute = m.group(1, 2, 3, 4, 5)
    if not cal.safe_date(int(year), int(month), int(day)):
        return None
    date = f"{year}-{month}-{day}"
    if hour:
        return Norm(f"{date}T{hour}:{minute}", "time", "TIME", explicit_year=int(year))
    return Norm(date, "day", explicit_year=int(year))


def h_numeric(m: re.Match[str], ctx: Context) -> Norm | None:
    month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    year = cal.two_digit_year(year, ctx.anchor)
    if month > 12 and day <= 12:
        month, day = day, month
    date = cal.safe_date(year, month, day)
    return Norm(date.isoformat(), "day", explicit_year=year) if date else None


def _month_day(month: int, day: int, year: int | None, ctx: Context) -> Norm | None:
    if not 1 <= day <= 31:
        return None
    if year is None:
        if ctx.anchor is None:
            return Norm(f"XXXX-{month:02d}-{day:02d}", "day", month_day=(month, day))
        year = cal.year_for_month_day(month, day, ctx.anchor, ctx.tense)
        date = cal.safe_date(year, month, day)
        return Norm(date.isoformat(), "day", month_day=(month, day)) if date else None
    date = cal.safe_date(year, month, day)
    return Norm(date.isoformat(), "day", explicit_year=year) if date else None


def h_mdy(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _capitalised(m, "mon"):
        return None
    groups = m.groupdict()
    rel = (groups.get("rel") or "").lower()
    if rel:
        ctx = replace(ctx, tense="past" if rel == "last" else "future")
    norm = _month_day(_month(m.group("mon")), int(m.group("d")), _year_of(m, "y"), ctx)
    weekday = groups.get("wd")
    if norm and weekday and norm.month_day and ctx.anchor:
        # "Monday, Oct. 26": the year in which Oct. 26 falls on a Monday, if one is near.
        month, day = norm.month_day
        anchor = ctx.anchor
        fits = [
            date
            for year in range(anchor.year - 11, anchor.year + 2)
            if (date := cal.safe_date(year, month, day))
            and date.weekday() == cal.WEEKDAYS[weekday.lower()]
        ]
        if fits:
            best = min(fits, key=lambda d: (abs((d - anchor).days), d > anchor))
            return replace(norm, value=best.isoformat())
    return norm


def h_month(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _capitalised(m, "mon"):
        return None
    month = _month(m.group("mon"))
    year = _year_of(m, "y")
    rel = (m.group("rel") or "").lower()
    yrel = (m.group("yrel") or "").lower()
    if yrel:
        # "in July of last year": the year is named, relative to the anchor.
        if ctx.anchor is None:
            raise NoAnchor
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[yrel]
        return Norm(f"{year:04d}-{month:02d}", "month", explicit_year=year)
    if year is None:
        word = m.group("mon").lower()
        if len(word) <= 4 and word not in ("may", "june", "july") and not word.endswith("."):
            return None
        if (
            word in ("may", "march")
            and not rel
            and not ctx.date_entity
            and not AMBIGUOUS_MONTH_CONTEXT.search(_before(m))
        ):
            return None
        if ctx.anchor is None:
            return Norm(f"XXXX-{month:02d}", "month", month_day=(month, 0))
        anchor = ctx.anchor
        if rel in ("last", "past", "previous"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel in ("next", "coming"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif rel == "this":
            year = anchor.year
        else:
            year = cal.year_for_month(month, anchor, ctx.tense)
            return Norm(f"{year:04d}-{month:02d}", "month", month_day=(month, 0))
    return Norm(f"{year:04d}-{month:02d}", "month", explicit_year=year)


def h_year(m: re.Match[str], ctx: Context) -> Norm | None:
    year = int(m.group("y"))
    if not (m.group("pre") or ctx.date_entity or YEAR_CONTEXT.search(_before(m, 12))):
        return None
    return Norm(f"{year:04d}", "year", explicit_year=year)


def h_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    """A decade is its first three digits ("the 1990s" -> "199"), as the TimeML 1.2.1
    guidelines write it and most of TimeBank's decades are annotated."""
    if m.group("dec"):
        return Norm(m.group("dec"), "decade")
    short = int(m.group("short"))
    century = (ctx.anchor.year // 100) if ctx.anchor else 20
    if ctx.anchor and short * 10 > ctx.anchor.year % 100:
        century -= 1
    return Norm(f"{century:02d}{short}", "decade")


def h_century(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm(f"{int(m.group(1)) - 1:02d}", "decade")


def h_relday(m: re.Match[str], ctx: Context) -> Norm | None:
    anchor = ctx.need()
    words = m.group(0).lower().split()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)
    day = (anchor + dt.timedelta(days=offset)).isoformat()
    if words[0] == "tonight":
        return Norm(day + "TNI", "time", "TIME")
    if len(words) > 1:
        return Norm(day + PART_CODE[words[-1]], "time", "TIME")
    return Norm(day, "day")


REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}  # fmt: skip


def h_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    text = " ".join(m.group(0).lower().split())
    if text.startswith("recent"):
        return Norm("PAST_REF", "ref")
    if text == "soon":
        # "will soon meet" is ahead of the story; "was soon released" is not, and
        # TimeML leaves such a narrative "soon" unannotated.
        return Norm("FUTURE_REF", "ref") if ctx.tense != "past" else None
    return Norm(REFS[text], "ref")


def _relation(word: str) -> int:
    word = word.lower()
    if word in ("last", "previous", "prior", "past"):
        return -1
    if word in ("next", "coming", "following"):
        return 1
    return 0


def h_relunit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = m.group("rel").lower()
    unit = cal.unit_key(m.group("unit").split()[-1])
    anchor = ctx.need()
    if rel == "past":
        return Norm(cal.duration_value(1, unit), "duration", "DURATION")
    if rel == "same":
        return None
    if rel == "latest" and unit == "quarter":
        year, q = cal.add_quarters(*cal.quarter_of(anchor), -1)
        return Norm(f"{year:04d}-Q{q}", "quarter")
    if unit == "weekend":
        base = anchor + dt.timedelta(weeks=_relation(rel))
        return Norm(cal.iso_week(base) + "-WE", "week")
    value, precision = cal.shift(anchor, _relation(rel), unit)
    return Norm(value, precision)


def _latest_quarter(ctx: Context) -> Norm:
    if ctx.last_quarter:
        year, q = ctx.last_quarter
    else:
        year, q = cal.add_quarters(*cal.quarter_of(ctx.need()), -1)
    return Norm(f"{year:04d}-Q{q}", "quarter")


def h_the_period(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m.group(0).lower().split()[-1]
    if word == "weekend":
        anchor = ctx.need()
        day = cal.weekday_date(5, anchor, ctx.tense)
        return Norm(cal.iso_week(day) + "-WE", "week")
    return _latest_quarter(ctx)


def h_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    q = cal.ORDINALS[m.group("ord").lower()]
    year = _year_of(m, "y")
    if year is None:
        anchor = ctx.need()
        cands = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            cands.append((y, dt.date(y, 3 * q - 2, 1)))
        if ctx.tense == "future":
            # The current, just-finished or next such quarter: results come after it ends.
            soon = [c for c in cands if c[1] + dt.timedelta(days=135) >= anchor]
            year = min(soon, key=lambda c: c[1])[0]
        else:
            year = cal.pick_by_tense(cands, anchor, "past")
    if m.group("half"):
        return Norm(f"{year:04d}-H{min(q, 2)}", "quarter")
    return Norm(f"{year:04d}-Q{q}", "quarter", explicit_year=_year_of(m, "y"))


def h_q_short(m: re.Match[str], ctx: Context) -> Norm | None:
    q = int(m.group(1))
    year = int(m.group(2)) if m.group(2) else ctx.need().year
    return Norm(f"{year:04d}-Q{q}", "quarter")


def h_year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.last_quarter:
        year, q = ctx.last_quarter
        return Norm(f"{year - 1:04d}-Q{q}", "quarter")
    return Norm(f"{ctx.need().year - 1:04d}", "year")


def h_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    amount = cal.number_value(m.group("n"))
    unit = m.group("unit")
    direction = -1 if m.group("dir").lower() in ("ago", "earlier", "before") else 1
    if amount is None:
        return Norm("PAST_REF" if direction < 0 else "FUTURE_REF", "ref")
    if cal.UNITS[cal.unit_key(unit)][2]:
        return None
    if amount == 1 and cal.unit_key(unit) == "year" and direction < 0 and ctx.last_quarter:
        return h_year_ago(m, ctx)
    value, precision = cal.shift(ctx.need(), direction * amount, unit)
    return Norm(value, precision)


def h_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    raw = m.group("n").lower()
    unit = m.group("unit")
    if cal.unit_key(unit) == "quarter" and not m.group(0).lower().startswith(
        ("the", "past", "last", "next", "first")
    ):
        return None  # "three-quarters" of the vote is not a duration
    if raw in ("a", "an", "one") and cal.unit_key(unit) in ("second", "quarter"):
        return None
    amount = cal.number_value(raw)
    if m.group("half"):
        return Norm(cal.duration_value(None, unit).replace("X", str(amount or 0) + ".5"),
                    "duration", "DURATION")  # fmt: skip
    return Norm(cal.duration_value(amount, unit), "duration", "DURATION")


def h_bare_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm(cal.duration_value(None, m.group(1)), "duration", "DURATION")


SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H"}  # fmt: skip


def h_set(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.group(0).lower()
    if text in SET_WORDS:
        return Norm(SET_WORDS[text], "set", "SET")
    last = text.split()[-1]
    if last in cal.WEEKDAYS:
        return Norm(f"XXXX-WXX-{cal.WEEKDAYS[last] + 1}", "set", "SET")
    amount = cal.number_value(m.group("sn")) if m.group("sn") else 1
    if "other" in text:
        amount = 2
    return Norm(cal.duration_value(amount, last), "set", "SET")


def h_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _capitalised(m, "wd"):
        return None
    anchor = ctx.need()
    rel = (m.group("rel") or "").lower()
    date = cal.weekday_date(cal.WEEKDAYS[m.group("wd").lower()], anchor, ctx.tense, rel)
    if m.group("part"):
        return Norm(date.isoformat() + PART_CODE[m.group("part").lower()], "time", "TIME")
    return Norm(date.isoformat(), "day")


def h_season(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = (m.group("rel") or "").lower()
    code = cal.SEASONS[m.group("season").lower()]
    year = _year_of(m, "y")
    if year is None and not rel and not re.search(r"\bin\s+$", _before(m, 5)):
        return None
    if year is None and rel == "the" and m.group("season").lower() == "fall":
        return None
    if year is None:
        anchor = ctx.need()
        start = cal.SEASON_START[code]
        cands = [(y, dt.date(y, start, 1)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        current = cal.pick_by_tense(cands, anchor, "past")
        inside = dt.date(current, start, 1) <= anchor < dt.date(
            current + (start + 3 > 12), (start + 2) % 12 + 1, 1)  # fmt: skip
        if rel in ("last", "past", "previous"):
            year = current - 1 if inside else current
        elif inside and rel in ("", "the"):
            year = current  # "likely to begin in the summer", written in June: this summer
        elif rel in ("next", "coming"):
            year = cal.pick_by_tense(cands, anchor, "future")
        elif rel == "this":
            year = current if ctx.tense != "future" else cal.pick_by_tense(cands, anchor, "present")
        else:
            year = cal.pick_by_tense(cands, anchor, ctx.tense)
    return Norm(f"{year:04d}-{code}", "season")
