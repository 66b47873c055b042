"""Where a story's reports give different figures for one development.

Reports of one development are often coded as separate events (one outlet's
"met" and another's "welcomed", dates a day apart), so comparing figures only
inside a merged event finds almost none of the differences outlets really
show. Within a story, figures of one kind from different articles, on events
at most ``NEAR_DAYS`` apart, are compared too, and figures more than
``FIGURE_RATIO`` apart count different things, not versions of one.

Why claims are indexed rather than events compared pairwise: a story with
thousands of events (a year of coverage, or one 10 MB compilation) made the
pairwise comparison quadratic at every article linked. What decides a
disagreement is only which (article, figure) pairs sit on events of the story
near in time, so claims are kept per (story, negated, date range, kind), each
(article, value) once at its earliest place; an event then reads the few date
ranges near its own, and only events near a changed one are computed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from eventwire.link.claims import figures_close
from eventwire.link.dates import Span, event_span
from eventwire.records import Disagreement, Event

NEAR_DAYS = 2  # events of one story this close may report one figure differently
NOT_FIGURES = frozenset({"date", "place", "participants"})

#: (story id, negated): a denied act's figures do not dispute those of acts that happened.
Group = tuple[str | None, bool]
#: (position of the event, position of the claim, article id, value)
Entry = tuple[int, int, str, str]


@dataclass
class _Claims:
    """One group's figure claims by date range and kind, each (article, value) once."""

    by_span: dict[Span, dict[str, dict[tuple[str, str], Entry]]] = field(default_factory=dict)

    def add(self, span: Span, pos: int, event: Event) -> None:
        kinds = self.by_span.setdefault(span, {})
        for i, c in enumerate(event.claims):
            if c.field in NOT_FIGURES:
                continue
            kinds.setdefault(c.field, {}).setdefault((c.article_id, c.value),
                                                     (pos, i, c.article_id, c.value))  # fmt: skip

    def near(self, span: Span) -> list[Span]:
        return [s for s in self.by_span if _gap(span, s) <= NEAR_DAYS]

    def entries(self, spans: list[Span], kind: str) -> list[Entry]:
        out = [e for s in spans for e in self.by_span[s].get(kind, {}).values()]
        out.sort()
        return out


def _gap(a: Span, b: Span) -> int:
    return max((b.first - a.last).days, (a.first - b.last).days, 0)


def story_disagreements(events: list[Event], pool: Iterable[Event]) -> list[Event]:
    """``events`` with figure disagreements against near events of the story, and stored
    events of the story whose disagreements this changes (to be stored again).

    For each figure an event claims, the versions are its own and those other
    articles claim on near events of its story (the first close claim per article
    and kind, events in pool order), within ``FIGURE_RATIO``. Field disagreements
    computed inside the event (``merge_events``) are replaced by the story-wide
    ones, which include them.
    """
    stored = {e.event_id: e for e in pool}
    current = dict(stored)
    current.update((e.event_id, e) for e in events)
    everything = list(current.values())
    spans = [event_span(e.event_date, e.date_estimated) for e in everything]
    groups: dict[Group, _Claims] = {}
    for pos, (ev, span) in enumerate(zip(everything, spans, strict=True)):
        if span is not None:
            groups.setdefault((ev.story_id, ev.negated), _Claims()).add(span, pos, ev)
    # only events near one this article brings or changes can see different versions
    dirty: dict[Group, set[Span]] = {}
    for ev in events:
        for version in (ev, stored.get(ev.event_id)):
            if version is None:
                continue
            span = event_span(version.event_date, version.date_estimated)
            if span is not None:
                dirty.setdefault((version.story_id, version.negated), set()).add(span)
    new_ids = {e.event_id for e in events}
    changed: dict[str, Event] = {}
    for ev, span in zip(everything, spans, strict=True):
        group = (ev.story_id, ev.negated)
        claims = groups.get(group)
        near = claims.near(span) if claims is not None and span is not None else []
        if ev.event_id not in new_ids and not dirty.get(group, set()).intersection(near):
            continue
        found = _disagreements(ev, near, claims)
        kept = tuple(d for d in ev.disagreements if d.field not in found or d.field in NOT_FIGURES)
        merged = tuple(sorted(kept + tuple(found.values()), key=lambda d: d.field))
        if merged != ev.disagreements:
            changed[ev.event_id] = replace(ev, disagreements=merged)
    out = [changed.get(e.event_id, e) for e in events]
    out += [e for eid, e in changed.items() if eid not in new_ids]
    return out


def _disagreements(ev: Event, near: list[Span], claims: _Claims | None) -> dict[str, Disagreement]:
    """The event's figure kinds that near reports give in more than one version."""
    found: dict[str, Disagreement] = {}
    for claim in ev.claims:
        if claim.field in NOT_FIGURES or claim.field in found:
            continue
        own = [(c.article_id, c.value) for c in ev.claims if c.field == claim.field]
        others = [(a, v) for _, _, a, v in claims.entries(near, claim.field)] if claims else []
        versions: dict[str, list[str]] = {}
        seen: set[str] = set()
        for article_id, value in own + others:
            if article_id in seen or not figures_close(value, claim.value):
                continue
            seen.add(article_id)
            versions.setdefault(value, []).append(article_id)
        if len(versions) > 1:
            ranked = sorted(versions, key=lambda v: (-len(versions[v]), v))
            found[claim.field] = Disagreement(
                claim.field, tuple((v, tuple(sorted(versions[v]))) for v in ranked)
            )
    return found
