"""What the coding tests read off coded events, written once for every test module here."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.coding import code_events
from eventwire.records import ActorRef, Analysis, Event

#: The ``make_analysis`` fixture of conftest.py: text (and options) in, an Analysis out.
Build = Callable[..., Analysis]


def countries(refs: tuple[ActorRef, ...]) -> list[str]:
    """The sorted countries of actors or recipients, "-" for one with none."""
    return sorted(r.country or "-" for r in refs)


def asserted(build: Build, text: str) -> list[Event]:
    """The events of ``text`` that are reported as having happened."""
    return [e for e in code_events(build(text)) if e.modality == "asserted"]


def types(build: Build, text: str) -> list[str]:
    """The types of the asserted events of ``text``, in order."""
    return [e.event_type for e in asserted(build, text)]
