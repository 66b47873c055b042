"""Calendar words and date arithmetic for time-expression normalisation.

Kept apart from the rules so that the arithmetic (which is where off-by-one
errors live) can be read and tested on its own. Everything here is pure.
"""

from __future__ import annotations

import datetime as dt

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

# Month in which each season starts (northern hemisphere, as TimeML assumes).
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a couple of": 2,
    "a dozen": 12, "dozen": 12,
}  # fmt: skip

VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

# Unit word -> (ISO 8601 duration letter, multiplier, is a time-of-day unit).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "weekend": ("WE", 1, False), "fortnight": ("W", 2, False),
    "month": ("M", 1, False), "quarter": ("Q", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False),
}  # fmt: skip

NUMBER_RE = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|a dozen|dozen|an?|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred)"
)
VAGUE_RE = r"(?:several|a few|few|many|some|a number of|numerous)"
UNIT_RE = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
)


def number_value(word: str) -> int | None:
    """Read a number written in digits or words; None for vague quantities ("several")."""
    word = word.lower().strip()
    if word in VAGUE_NUMBERS:
        return None
    if word.replace(".", "", 1).isdigit():
        return int(float(word))
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = word.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def unit_key(word: str) -> str:
    """Normalise a unit word ("Centuries", "years") to the key used in UNITS."""
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def duration_value(amount: int | None, unit: str) -> str:
    """TIMEX3 duration value: ``P6W``, ``P30Y`` for three decades, ``PT5H``, ``PXY``."""
    letter, mult, is_time = UNITS[unit_key(unit)]
    if letter == "WE":
        letter = "D"
        mult = 2
    count = "X" if amount is None else _fmt_number(amount * mult)
    return ("PT" if is_time else "P") + count + letter


def _fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def parse_anchor(anchor: str | None) -> dt.date | None:
    """Read the first ten characters of an ISO date; None when absent or unreadable."""
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def two_digit_year(year: int, anchor: dt.date | None) -> int:
    """Expand "89" to 1989 or 2024's "24" to 2024: the century that puts it nearest the anchor."""
    if year >= 100:
        return year
    base = (anchor.year if anchor else 2000) // 100 * 100
    candidates = (base - 100 + year, base + year, base + 100 + year)
    pivot = anchor.year if anchor else 2000
    return min(candidates, key=lambda y: (abs(y - pivot), -y))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def pick_by_tense(candidates: list[tuple[int, dt.date]], anchor: dt.date, tense: str) -> int:
    """Choose among (label, start date) candidates the one the tense points at.

    Past: the latest not after the anchor; future: the earliest after it;
    present or unknown: the nearest. Labels are years (or week offsets).
    """
    past = [c for c in candidates if c[1] <= anchor]
    future = [c for c in candidates if c[1] > anchor]
    if tense == "past" and past:
        return max(past, key=lambda c: c[1])[0]
    if tense == "future" and future:
        return min(future, key=lambda c: c[1])[0]
    return min(candidates, key=lambda c: (abs((c[1] - anchor).days), c[1] > anchor))[0]


def year_for_month_day(month: int, day: int, anchor: dt.date, tense: str) -> int:
    """The year of a year-less "August 19" given the anchor and the governing verb's tense.

    The anchor's own day is that day whatever the tense ("BAKU, Aug 19 -" in a dateline,
    "talks will open on August 19" written that morning).
    """
    if (month, day) == (anchor.month, anchor.day):
        return anchor.year
    cands = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        date = safe_date(year, month, min(day, 28) if month == 2 and day == 29 else day)
        if date:
            cands.append((year, date))
    return pick_by_tense(cands, anchor, tense)


def year_for_month(month: int, anchor: dt.date, tense: str) -> int:
    """The year of a bare month name; the anchor's own month counts as past and present."""
    if month == anchor.month:
        return anchor.year
    cands = [(y, dt.date(y, month, 15)) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return pick_by_tense(cands, anchor, tense)


def weekday_date(weekday: int, anchor: dt.date, tense: str, relation: str = "") -> dt.date:
    """The date of "Thursday", "last Thursday", "next Thursday" relative to the anchor.

    Bare weekdays follow the tense (past: latest not after the anchor, future:
    the next one after it, else the nearest); "last" is strictly before,
    "next"/"coming" strictly after, "this" inside the anchor's ISO week.
    """
    delta = weekday - anchor.weekday()
    if relation == "this":
        return anchor + dt.timedelta(days=delta)
    back = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
    ahead = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if relation in ("last", "past", "previous"):
        return back if back < anchor else back - dt.timedelta(days=7)
    if relation in ("next", "coming"):
        return ahead
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    # News mostly reports days gone by: an untensed weekday up to four days back is past.
    return back if (anchor - back).days <= 4 else ahead


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(date: dt.date) -> tuple[int, int]:
    return date.year, (date.month - 1) // 3 + 1


def add_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 + delta
    return index // 4, index % 4 + 1


def shift(anchor: dt.date, amount: int, unit: str) -> tuple[str, str]:
    """Move the anchor by ``amount`` units and format at that unit's granularity.

    Returns (value, precision): "three years ago" is a year, "two weeks ago" an
    ISO week, "ten days ago" a day, as HeidelTime does.
    """
    key = unit_key(unit)
    if key in ("day", "night"):
        return (anchor + dt.timedelta(days=amount)).isoformat(), "day"
    if key in ("week", "weekend", "fortnight"):
        mult = 2 if key == "fortnight" else 1
        return iso_week(anchor + dt.timedelta(weeks=amount * mult)), "week"
    if key == "month":
        y, m = add_months(anchor.year, anchor.month, amount)
        return f"{y:04d}-{m:02d}", "month"
    if key == "quarter":
        y, q = add_quarters(*quarter_of(anchor), amount)
        return f"{y:04d}-Q{q}", "quarter"
    if key == "decade":
        return f"{(anchor.year + 10 * amount) // 10:03d}X", "decade"
    if key == "century":
        return f"{(anchor.year + 100 * amount) // 100:02d}", "decade"
    return f"{anchor.year + amount:04d}", "year"
