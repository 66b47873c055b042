"""What the coding tests read off coded events, written once for every test module here."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.coding import code_events
from eventwire.language.analyze import analyze
from eventwire.records import ActorRef, Analysis, Article, Event

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


def with_actor_layer(text: str, published: str = "2022-06-01") -> tuple[Event, ...]:
    """The events of ``text`` coded with the real actor layer (``analyze``), not the test
    fixture's short actor list."""
    return code_events(
        analyze(Article(article_id="t", origin="t", text=text, publication_date=published))
    )


def top_event(text: str, published: str = "2022-06-01") -> Event:
    """The most confident event of ``text`` coded with the real actor layer."""
    events = with_actor_layer(text, published)
    assert events, f"no event coded in {text!r}"
    return max(events, key=lambda e: e.confidence)


def country_set(refs: tuple[ActorRef, ...]) -> set[str | None]:
    """The countries of actors or recipients, as a set (None for one with none)."""
    return {r.country for r in refs}
