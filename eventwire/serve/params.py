"""Query parameters the way users of the ACLED API write them, turned into store filters.

`country=ARM|AZE`, `event_date=2022-01-01|2022-12-31&event_date_where=BETWEEN`,
`event_type=CONSULT|AGREE`, `actor=Aliyev`, `timestamp=1700000000` (updated since) and an
opaque `cursor`. A value that cannot be understood is an error that says what to write
instead (HTTP 400), never a filter silently ignored.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date, timedelta
from typing import Any

from fastapi import Request

from eventwire.coding.lexicon import PLOVER_TYPES
from eventwire.dates import period_bounds as date_bounds
from eventwire.dates import utc_moment
from eventwire.store.countryfilter import country_filter_code

DEFAULT_LIMIT = 500
MAX_LIMIT = 5000
MODALITIES = ("asserted", "future", "hypothetical")
DATE_OPERATORS = ("=", "BETWEEN", ">", ">=", "<", "<=")


class BadRequest(ValueError):
    """A parameter the API cannot use; the message names it and says what to send."""


def no_nul(request: Request) -> None:
    """No NUL character in the path or a query parameter: PostgreSQL cannot hold one in
    text, so it would fail there as a 500 deep in a query (SQLite would just match nothing)."""
    parts = [request.url.path, *request.query_params.keys(), *request.query_params.values()]
    if any("\x00" in part for part in parts):
        raise BadRequest("[E611] a parameter holds a NUL character (%00): remove it")


def split(value: str | None) -> tuple[str, ...]:
    """ACLED's multi-value syntax: 'A|B' (commas are accepted too); empty parts dropped."""
    if not value:
        return ()
    return tuple(p.strip() for p in value.replace(",", "|").split("|") if p.strip())


def check_limit(limit: int) -> int:
    if limit < 1 or limit > MAX_LIMIT:
        raise BadRequest(
            f"limit={limit} is out of range: give 1 to {MAX_LIMIT} and follow the `next` "
            "link for more"
        )
    return limit


def event_types(value: str | None) -> tuple[str, ...]:
    types = tuple(t.upper() for t in split(value))
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise BadRequest(
            f"unknown event_type {', '.join(unknown)}: use PLOVER types such as "
            + "|".join(sorted(PLOVER_TYPES))
        )
    return types


def modalities(value: str | None) -> tuple[str, ...]:
    chosen = tuple(m.lower() for m in split(value)) or MODALITIES
    unknown = [m for m in chosen if m not in MODALITIES]
    if unknown:
        raise BadRequest(f"unknown modality {', '.join(unknown)}: use " + "|".join(MODALITIES))
    return chosen


def _day(value: str, name: str) -> tuple[str, str]:
    """First and last day of YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        if not value.isascii():  # int() reads other scripts' digits: '٢٠٢٢' was 2022
            raise ValueError(value)
        first, last = date_bounds(value)
        assert first and last
        date.fromisoformat(first)
        date.fromisoformat(last)
    except (ValueError, AssertionError, IndexError):
        raise BadRequest(
            f"{name}={value!r} is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)"
        ) from None
    return first, last


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def date_range(
    event_date: str | None, where: str | None, since: str | None, until: str | None
) -> tuple[str | None, str | None]:
    """(since, until) from ACLED's event_date/event_date_where or plain since/until.

    An event overlaps the range when its own span (a month-precision date covers the
    month) meets it, as in the CLI.
    """
    lo = _day(since, "since")[0] if since else None
    hi = _day(until, "until")[1] if until else None
    values = split(event_date)
    if not values:
        if where:
            raise BadRequest("event_date_where needs event_date (e.g. event_date=2022-01-01)")
        return lo, hi
    if len(values) > 2:
        raise BadRequest(f"event_date={event_date!r} gives {len(values)} dates: give one, or "
                         "two with event_date_where=BETWEEN")
    op = (where or ("BETWEEN" if len(values) == 2 else "=")).upper()
    if op not in DATE_OPERATORS:
        raise BadRequest(f"event_date_where={where!r}: use one of " + ", ".join(DATE_OPERATORS))
    if (op == "BETWEEN") != (len(values) == 2):
        raise BadRequest(
            "event_date_where=BETWEEN takes two dates (event_date=2022-01-01|2022-12-31); "
            "the other operators take one"
        )
    first, last = _day(values[0], "event_date")
    if op == "BETWEEN":
        lo, hi = first, _day(values[1], "event_date")[1]
    elif op == "=":
        lo, hi = first, last
    elif op == ">":
        lo = _shift(last, 1)
    elif op == ">=":
        lo = first
    elif op == "<":
        hi = _shift(first, -1)
    else:
        hi = last
    if lo and hi and lo > hi:
        raise BadRequest(f"the date range {lo} to {hi} is empty: put the earlier date first")
    return lo, hi


def timestamp(value: str | None) -> str | None:
    """ACLED's `timestamp` (Unix seconds) or an ISO date/time, as the stored ISO UTC form."""
    if not value:
        return None
    try:
        return utc_moment(value)
    except (ValueError, OverflowError):
        raise BadRequest(
            f"timestamp={value!r} is neither Unix seconds nor an ISO date/time "
            "(e.g. 1700000000 or 2024-05-01T12:00:00Z)"
        ) from None


def negated(value: str | None) -> bool | None:
    """`negated=false` (the default: denied acts left out), `true` (only them) or `all`."""
    text = (value or "false").strip().lower()
    choices = {"false": False, "0": False, "true": True, "1": True, "all": None}
    if text not in choices:
        raise BadRequest(f"negated={value!r}: use true (only acts a sentence denies), false "
                         "(the default: leave them out) or all")
    return choices[text]


def encode_cursor(key: Any) -> str:
    raw = json.dumps(key, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


MAX_CURSOR_CHARS = 4096  # a real cursor holds a date and an id or three names


def decode_cursor(value: str | None, size: int, nullable: tuple[int, ...] = ()) -> Any:
    """The key a `next` link carries; a damaged cursor is an error, not a restart.

    Only the shape this server issues passes: a JSON list of `size` strings (None only at
    the positions in `nullable`). Anything else, such as numbers, objects, nested lists or
    JSON nested too deep to parse, would reach SQL as a value of the wrong type (a 500 on
    PostgreSQL), so it is refused here with 400.
    """
    if not value:
        return None
    key: Any = None
    if len(value) <= MAX_CURSOR_CHARS:
        try:
            key = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        except (ValueError, binascii.Error, RecursionError):
            key = None
    if (
        isinstance(key, list) and len(key) == size
        and all((isinstance(k, str) and "\x00" not in k) or (k is None and i in nullable)
                for i, k in enumerate(key))
    ):
        return tuple(key) if size > 1 else key[0]
    raise BadRequest(
        "[E600] cursor is not one this server issued: follow the `next` link as given, or "
        "drop cursor to start from the first page"
    )


def countries(value: str | None) -> tuple[str, ...]:
    """`country=ARM|Azerbaijan`: ISO3 codes or country names, as codes; an unknown one is
    an error (it used to match nothing, so `country=Armenia` silently gave no events)."""
    codes: list[str] = []
    for part in split(value):
        code = country_filter_code(part)
        if code is None:
            raise BadRequest(
                f"[E601] country={part!r} names no country: give an ISO3 code (ARM|AZE) or "
                "a country's English name (Armenia)"
            )
        codes.append(code)
    return tuple(codes)


def day_bound(value: str | None, name: str, last: bool = False) -> str | None:
    """A YYYY[-MM[-DD]] parameter as its first (or last) day; 400 if it is not a date."""
    if not value:
        return None
    first, final = _day(value, name)
    return final if last else first
