"""Profiles: which columns an export has and how an event fills them.

``record`` is the full nested Event JSON (the default for JSON Lines and JSON);
``canonical`` the flat table (the default elsewhere); ``gdelt``, ``acled`` and
``plover`` rename and reshape for scripts written for those datasets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventwire.errors import EventwireError
from eventwire.export.acled import ACLED_FIELDS, acled_row
from eventwire.export.canonical import EVENT_FIELDS, event_row
from eventwire.export.fields import Field
from eventwire.export.gdelt import GDELT_FIELDS, gdelt_row
from eventwire.export.plover import PLOVER_FIELDS, plover_record
from eventwire.records import Event

#: (event, updated_at ISO time or None) → row
RowFn = Callable[[Event, "str | None"], dict[str, Any]]


@dataclass(frozen=True)
class Profile:
    """A named export layout: its fields, its row function, whether it is flat."""

    name: str
    fields: tuple[Field, ...]
    row: RowFn
    flat: bool
    needs_updated_at: bool
    summary: str


def _record(ev: Event, updated_at: str | None = None) -> dict[str, Any]:
    return ev.to_json()


def _canonical(ev: Event, updated_at: str | None = None) -> dict[str, Any]:
    return event_row(ev)


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("record", (), _record, False, False,
                "the full nested event record (README, \"The event record\")"),
        Profile("canonical", EVENT_FIELDS, _canonical, True, False,
                "one tidy row per event, snake_case"),
        Profile("gdelt", GDELT_FIELDS, gdelt_row, True, True,
                "GDELT 2.0 event-table column names"),
        Profile("acled", ACLED_FIELDS, acled_row, True, True,
                "ACLED column names and event types"),
        Profile("plover", PLOVER_FIELDS, plover_record, False, False,
                "PLOVER JSON records (nested; JSON Lines and JSON only)"),
    )
}


def get_profile(name: str) -> Profile:
    """The profile called ``name``, or an error naming the choices."""
    try:
        return PROFILES[name.lower()]
    except KeyError:
        raise EventwireError(
            "E313", f"unknown profile {name!r}", "use one of " + ", ".join(PROFILES)
        ) from None
