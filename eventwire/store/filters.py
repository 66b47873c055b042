"""Stage 7, store: turning an EventFilter into SQL (SQLAlchemy Core, every dialect).

One function applies every filter field, so the CLI, the Python API and the
HTTP API select the same rows; keyset paging keeps deep pages as fast as the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from eventwire.store.schema import event_actors, events
from eventwire.store.storylinks import current_story


@dataclass(frozen=True)
class EventFilter:
    """What `events` and `timeline` select; every field is optional."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    story_id: str | None = None
    include_modalities: tuple[str, ...] = ("asserted", "future", "hypothetical")
    disputed: bool = False  # only events whose sources disagree on a fact
    countries: tuple[str, ...] = ()  # any of these ISO3 codes (actor or recipient), as in A|B
    updated_since: str | None = None  # stored or updated at/after this ISO time (incremental sync)
    text: str | None = None  # case-insensitive substring of the event's JSON (names, sentences)
    # Acts a sentence denies ("did not meet"): False leaves them out (the default, so no
    # count or list takes them for events that happened), True lists only them, None all.
    negated: bool | None = False


def year_before(day: str) -> str:
    """The same day a year earlier, as text (a value that is not a date stays as is)."""
    if len(day) < 4 or not day[:4].isdigit():
        return day
    return f"{int(day[:4]) - 1:04d}{day[4:]}"


def where_events(query: Select[Any], flt: EventFilter) -> Select[Any]:
    """Apply every EventFilter field to an events query (one place, so no field is ignored)."""
    if flt.types:
        query = query.where(events.c.event_type.in_([t.upper() for t in flt.types]))
    if flt.since:
        query = query.where(events.c.date_end >= flt.since)
        # Implied (no stored span is longer than a year) and lets the (date_start, ...)
        # index bound the scan from below as well as above.
        query = query.where(events.c.date_start >= year_before(flt.since))
    if flt.until:
        query = query.where(events.c.date_start <= flt.until)
    if flt.min_confidence:
        query = query.where(events.c.confidence >= flt.min_confidence)
    if flt.story_id:
        query = query.where(events.c.story_id == current_story(flt.story_id))
    if flt.disputed:
        query = query.where(events.c.disputed.is_(True))
    if flt.updated_since:
        query = query.where(events.c.updated_at >= flt.updated_since)
    if flt.text:
        query = query.where(contains_text(events.c.data, flt.text))
    query = query.where(events.c.modality.in_(flt.include_modalities))
    if flt.negated is not None:
        query = query.where(events.c.negated.is_(flt.negated))
    if flt.actor:
        needle = flt.actor.strip()
        query = query.where(
            has_actor(
                or_(
                    contains_text(event_actors.c.name, needle),
                    event_actors.c.country == needle.upper(),
                )
            )
        )
    wanted = [c.upper() for c in flt.countries] + ([flt.country.upper()] if flt.country else [])
    if wanted:
        query = query.where(has_actor(event_actors.c.country.in_(wanted)))
    return query


LIKE_ESCAPE = "\\"


def contains_text(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive substring match of text taken literally: `%`, `_` and the escape
    character are escaped, so `actor=%` means a name holding "%", not every name.
    ESCAPE is spelt out because SQLite has no default escape character (PostgreSQL's is
    the backslash), so the same SQL is right on both."""
    needle = text.strip()
    for char in (LIKE_ESCAPE, "%", "_"):
        needle = needle.replace(char, LIKE_ESCAPE + char)
    condition: ColumnElement[bool] = column.ilike(f"%{needle}%", escape=LIKE_ESCAPE)
    return condition


def has_actor(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A correlated EXISTS, so the planner can walk the date index and probe each event's
    actors (an IN list of every matching actor row is slow on a million events)."""
    return (
        select(event_actors.c.event_id)
        .where(event_actors.c.event_id == events.c.event_id, condition)
        .exists()
    )


EventKey = tuple[str | None, str]  # (date_start, event_id): the order of events pages


def after_key(key: EventKey | None) -> ColumnElement[bool] | None:
    """Keyset condition for rows after key in (date_start NULLS FIRST, event_id) order."""
    if key is None:
        return None
    start, event_id = key
    if start is None:
        return or_(
            and_(events.c.date_start.is_(None), events.c.event_id > event_id),
            events.c.date_start.is_not(None),
        )
    return or_(
        events.c.date_start > start,
        and_(events.c.date_start == start, events.c.event_id > event_id),
    )
