"""Everything the link stage must remember about stored articles and events.

Held in memory and rebuilt from storage at the start of a run. Every lookup
goes through a blocking key (LSH band, event type + participant + period,
country/name/word + day), never a scan, so linking one article costs about
the same with a thousand or a hundred thousand articles stored.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import timedelta

from eventwire.link.copies import CopyIndex
from eventwire.link.dates import Span, event_span
from eventwire.link.merge import (
    DAY_TOLERANCE,
    RELATED_TYPES,
    match_strength,
    participants,
    same_event,
)
from eventwire.link.profile import Profile
from eventwire.link.result import LinkResult
from eventwire.link.stories import StoryFacts, StoryIndex, StoryParameters, Terms, features
from eventwire.records import Event

MAX_DAY_KEYS = 400  # beyond this (decade dates) day buckets are not enumerated
STORY_EVENT_CAP = 200  # a story's most recent events looked at by the fallback match


def _query_types(event_type: str) -> list[str]:
    """The event's type and the related types ``same_event`` accepts with more evidence."""
    related = {t for pair in RELATED_TYPES if event_type in pair for t in pair}
    return [event_type, *sorted(related - {event_type})]


@dataclass(frozen=True)
class StoredArticle:
    """What storage keeps per article so the index can be rebuilt without the text.

    ``terms`` are the content-word counts from ``LinkResult.terms``; without
    them a rebuilt article still takes part in story matching, by events only.
    """

    article_id: str
    signature: bytes
    length: int
    story_id: str | None
    publication_date: str | None
    duplicate_of: str | None
    terms: Terms = ()
    entities: Terms = ()
    vector: tuple[float, ...] = ()
    #: as the article was linked (``LinkResult``): its story then, the stories it joined to
    #: it, and its story facts; None for articles stored before they were kept
    linked_story: str | None = None
    merged_stories: tuple[str, ...] = ()
    facts: StoryFacts | None = None


def _who(event: Event) -> set[str]:
    out: set[str] = set()
    for actor in participants(event):
        if actor.country:
            out.add("c:" + actor.country)
        if actor.name:
            out.update("n:" + t for t in actor.name.casefold().replace("-", " ").split())
    return out


def _months(span: Span) -> Iterator[str]:
    y, m = span.first.year, span.first.month
    while (y, m) <= (span.last.year, span.last.month):
        yield f"m{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _own_periods(span: Span) -> list[str]:
    """The buckets an event is filed under: at the level of its own precision."""
    if span.days <= 7:
        return [f"d{(span.first + timedelta(days=i)).toordinal()}" for i in range(span.days)]
    if span.days <= 62:
        return list(_months(span))
    years = range(span.first.year, span.last.year + 1)
    if span.days <= 400:
        return [f"y{y}" for y in years]
    return sorted({f"D{y // 10}" for y in years})


def _query_periods(span: Span) -> list[str]:
    """Every bucket at every level that can hold an event overlapping ``span``."""
    keys: list[str] = []
    if span.days <= MAX_DAY_KEYS:
        keys += [f"d{(span.first + timedelta(days=i)).toordinal()}" for i in range(span.days)]
    keys += list(_months(span)) if span.days <= 4000 else []
    years = range(span.first.year, span.last.year + 1)
    keys += [f"y{y}" for y in years]
    keys += sorted({f"D{y // 10}" for y in years})
    return keys


class LinkIndex:
    """Copy signatures, stored events by blocking key, and story features.

    The index a run builds as it links and the one ``from_stored`` rebuilds from what the
    run stored are the same, down to the last bit of every score: so a run resumed after a
    kill, or split in two, stores exactly what one uninterrupted run stores. That is why
    events are ordered by the article that first reported them and then by id (not by
    arrival within an article, nor by date), an event is filed only under its current
    keys, a story lists its events in that order, and articles are replayed with the story,
    merges and facts they were linked with.
    """

    def __init__(self, parameters: StoryParameters | None = None) -> None:
        self.copies = CopyIndex()
        self.stories = StoryIndex(parameters)
        self.events: dict[str, Event] = {}
        self._event_order: dict[str, int] = {}
        self._event_buckets: dict[tuple[str, str, str], set[str]] = {}
        self._duplicate_of: dict[str, str] = {}
        self._story_events: dict[str, list[str]] = {}  # oldest first (by event order)
        self._event_story: dict[str, str] = {}  # the story an event is listed under
        self._article_order: dict[str, int] = {}
        #: (write_seq, rebuild_seq) of the store this index reflects (set by the store)
        self.store_position: tuple[int, int] = (0, 0)

    def replace_with(self, other: LinkIndex) -> None:
        """Become ``other`` (a fresh rebuild), so holders of this index see it."""
        self.__dict__.update(other.__dict__)

    # -- rebuilding -----------------------------------------------------------
    @classmethod
    def from_stored(
        cls,
        articles: Iterable[StoredArticle],
        events: Iterable[Event],
        parameters: StoryParameters | None = None,
    ) -> LinkIndex:
        """Rebuild from storage. Give articles in the order they were first linked.

        Order matters: document frequencies and story cores grow article by article, the
        earliest copy candidate is the original, and the earliest story wins equal scores.
        """
        index = cls(parameters)
        index.add_stored(articles, events)
        return index

    def add_stored(self, articles: Iterable[StoredArticle], events: Iterable[Event]) -> None:
        """Take in what storage holds beyond this index: at a rebuild, everything; when
        another writer stored articles meanwhile, theirs (and the events they changed)."""
        fresh = [a for a in articles if a.article_id not in self.copies]
        place = {a.article_id: len(self._article_order) + i for i, a in enumerate(fresh)}
        by_article: dict[str, list[Event]] = {}
        for ev in sorted(events, key=lambda e: self._first_reported(e, place)):
            self.add_event(ev)
            for src in ev.sources:
                by_article.setdefault(src.article_id, []).append(ev)
        replayed: list[StoredArticle] = []
        for art in fresh:
            self._article_order[art.article_id] = place[art.article_id]
            self.copies.add(art.article_id, art.signature, art.length)
            if art.duplicate_of:
                self._duplicate_of[art.article_id] = art.duplicate_of
                story = (
                    art.linked_story
                    or art.story_id
                    or self.stories.story_of(self.root(art.duplicate_of))
                )
                if story:
                    self.stories.set_story(art.article_id, story)
                replayed.append(art)
                continue
            f = features(
                art.article_id,
                art.terms,
                art.publication_date,
                by_article.get(art.article_id, ()),
                Profile(art.entities, art.vector),
                art.facts,
            )
            story = art.linked_story or art.story_id
            absorbed: tuple[str, ...] = art.merged_stories if art.linked_story else ()
            if story is None:
                story, _, absorbed = self.stories.assign(f)
            self.stories.add(f, story, absorbed)
            replayed.append(art)
        # a merge whose article was withdrawn is not replayed: follow the stored stories
        for art in replayed:
            now = self.stories.story_of(art.article_id)
            if art.story_id and now and now != self.stories.resolve(art.story_id):
                self.stories.merge(now, art.story_id)

    def _first_reported(self, event: Event, place: dict[str, int]) -> tuple[int, int, str]:
        """Events already indexed keep their order; a new one is ordered by the first
        article reporting it (the one that linked it), then by id, as ``add`` orders them."""
        known = self._event_order.get(event.event_id)
        if known is not None:
            return (0, known, "")
        orders = [
            self._article_order.get(s.article_id, place.get(s.article_id)) for s in event.sources
        ]
        first = min(
            (o for o in orders if o is not None), default=len(self._article_order) + len(place)
        )
        return (1, first, event.event_id)

    # -- copies ---------------------------------------------------------------
    def root(self, article_id: str) -> str:
        """The first-seen original behind a chain of copies."""
        seen = {article_id}
        while article_id in self._duplicate_of:
            article_id = self._duplicate_of[article_id]
            if article_id in seen:
                break
            seen.add(article_id)
        return article_id

    def mark_duplicate(self, article_id: str, original: str) -> None:
        self._duplicate_of[article_id] = original

    # -- events ---------------------------------------------------------------
    def add_event(self, event: Event) -> None:
        """Store or replace an event; file it under its (possibly refined) keys only."""
        eid = event.event_id
        if eid not in self._event_order:
            self._event_order[eid] = len(self._event_order)
        previous = self.events.get(eid)
        self.events[eid] = event
        self._file_in_story(eid, event.story_id)
        keys = set(self._keys_of(event))
        # keys are recomputed from the replaced event rather than kept: memory stays flat
        before = set(self._keys_of(previous)) if previous is not None else set()
        for key in before - keys:
            bucket = self._event_buckets.get(key)
            if bucket is not None:
                bucket.discard(eid)
                if not bucket:
                    del self._event_buckets[key]
        for key in keys - before:
            self._event_buckets.setdefault(key, set()).add(eid)

    @staticmethod
    def _keys_of(event: Event) -> Iterator[tuple[str, str, str]]:
        span = event_span(event.event_date, event.date_estimated)
        if span is None:
            return
        periods = _own_periods(span)
        for who in _who(event):
            for period in periods:
                yield (event.event_type, who, period)

    def _file_in_story(self, eid: str, new: str | None) -> None:
        """List an event under its story, in event order (and no longer under its old one)."""
        filed = self._event_story.get(eid)
        if filed == new:
            return
        if filed is not None:
            listed = self._story_events.get(filed)
            if listed and eid in listed:
                listed.remove(eid)
        if new is None:
            self._event_story.pop(eid, None)
            return
        self._event_story[eid] = new
        listed = self._story_events.setdefault(new, [])
        order = self._event_order[eid]
        if not listed or self._event_order[listed[-1]] < order:
            listed.append(eid)  # the usual case: a new event, the latest in order
        else:
            insort(listed, eid, key=self._event_order.__getitem__)

    def merge_candidates(self, event: Event) -> list[Event]:
        """Stored events that ``same_event`` accepts, best match first."""
        span = event_span(event.event_date, event.date_estimated)
        if span is None:
            return []
        seen: set[str] = set()
        found: list[Event] = []
        wide = timedelta(days=DAY_TOLERANCE)  # stated days one apart may still match
        periods = _query_periods(Span(span.first - wide, span.last + wide))
        for kind in _query_types(event.event_type):
            for who in _who(event):
                for period in periods:
                    for eid in self._event_buckets.get((kind, who, period), ()):
                        if eid in seen:
                            continue
                        seen.add(eid)
                        stored = self.events[eid]
                        if same_event(stored, event):
                            found.append(stored)
        found.sort(
            key=lambda s: (match_strength(s, event), -self._event_order[s.event_id]), reverse=True
        )
        return found

    def story_events(self, story_id: str) -> list[Event]:
        """The story's most recent stored events (at most ``STORY_EVENT_CAP``), oldest first."""
        ids = self._story_events.get(story_id, [])[-STORY_EVENT_CAP:]
        return [self.events[i] for i in ids]

    def event_order(self, event_id: str) -> int:
        return self._event_order.get(event_id, len(self._event_order))

    # -- after the caller stored a result -------------------------------------
    def add(self, result: LinkResult) -> None:
        """Make a stored ``LinkResult`` visible to the articles that follow."""
        self._article_order.setdefault(result.article_id, len(self._article_order))
        self.copies.add(result.article_id, result.signature, result.length)
        if result.duplicate_of:
            self.mark_duplicate(result.article_id, result.duplicate_of)
            self.stories.set_story(result.article_id, result.story_id)
            return
        for old in result.merged_stories:
            self.merge_story(old, result.story_id)
        # new events in id order, as a rebuild orders the events an article first reported
        known = [ev for ev in result.events if ev.event_id in self.events]
        new = sorted(
            (ev for ev in result.events if ev.event_id not in self.events),
            key=lambda ev: ev.event_id,
        )
        for ev in known + new:
            self.add_event(ev)
        f = features(
            result.article_id,
            result.terms,
            result.publication_date,
            result.events,
            Profile(result.entities, result.vector),
            result.facts,
        )
        self.stories.add(f, result.story_id, result.merged_stories)

    def merge_story(self, old: str, into: str) -> None:
        """Move a story's stored events to the story it was merged into."""
        moved = self._story_events.pop(old, [])
        for eid in moved:
            ev = self.events.get(eid)
            if ev is not None and ev.story_id == old:
                self.events[eid] = replace(ev, story_id=into)
            self._event_story[eid] = into
        if moved:
            listed = set(self._story_events.get(into, ())) | set(moved)
            self._story_events[into] = sorted(listed, key=self._event_order.__getitem__)
        self.stories.merge(old, into)
