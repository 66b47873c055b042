"""What story matching takes from an article's events, kept as the article was linked.

An article's news days, the countries and names of the participants of the events it
reports as news, and (event type, country) pairs: computed once from the events as linked
and stored with the article (``store.storylinks``), because the stored events change as
later articles merge into them, and facts recomputed from them at a rebuild would make a
resumed run score stories differently from an uninterrupted one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventwire.link.dates import day_of, event_span
from eventwire.link.merge import participants
from eventwire.records import Event

BACKGROUND_DAYS = 7  # an event stated to be over this long before publication is background


def is_background(event: Event, publication_date: str | None) -> bool:
    """An event the article does not report as news: recalled from before, or dated after.

    "In November 2020, Russia deployed ..." still merges with the event first
    reported then, but says nothing about which current story the article
    tells; nor does an event the coder dated after publication. Story matching
    ignores both: otherwise every anniversary piece would join the old story.
    """
    pub = day_of(publication_date)
    span = event_span(event.event_date, False)
    if pub is None or span is None or event.date_estimated:
        return False
    first, last = pub - timedelta(days=BACKGROUND_DAYS), pub + timedelta(days=1)
    return span.last < first or span.first > last


@dataclass(frozen=True)
class StoryFacts:
    """What story matching takes from an article's events: its news days, the countries and
    names of their participants, and (event type, country) pairs.

    Computed once, from the events as the article was linked (``LinkResult.facts``), and
    stored with the article: the stored events change as later articles merge into them,
    so facts recomputed from them at a rebuild would differ from those the run used, and a
    resumed run would score stories differently from an uninterrupted one.
    """

    days: frozenset[date] = frozenset()
    countries: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    type_countries: frozenset[tuple[str, str]] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {
            "days": sorted(d.isoformat() for d in self.days),
            "countries": sorted(self.countries),
            "names": sorted(self.names),
            "types": [list(tc) for tc in sorted(self.type_countries)],
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> StoryFacts:
        return StoryFacts(
            days=frozenset(date.fromisoformat(d) for d in data.get("days") or ()),
            countries=frozenset(data.get("countries") or ()),
            names=frozenset(data.get("names") or ()),
            type_countries=frozenset((t, c) for t, c in data.get("types") or ()),
        )


def story_facts(publication_date: str | None, events: Iterable[Event]) -> StoryFacts:
    """An article's ``StoryFacts`` from its publication date and its current events."""
    days: set[date] = set()
    pub = day_of(publication_date)
    if pub is not None:
        days.add(pub)
    countries: set[str] = set()
    names: set[str] = set()
    type_countries: set[tuple[str, str]] = set()
    for ev in events:
        if is_background(ev, publication_date):
            continue
        span = event_span(ev.event_date, False)
        if span is not None and span.days == 1 and not ev.date_estimated:
            days.add(span.first)
        for actor in participants(ev):
            if actor.country:
                countries.add(actor.country)
                type_countries.add((ev.event_type, actor.country))
            if actor.name:
                names.add(actor.name.casefold())
    return StoryFacts(
        frozenset(days), frozenset(countries), frozenset(names), frozenset(type_countries)
    )
