"""The link stage's output for one article: what storage persists."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.link.facts import StoryFacts
from eventwire.records import Event


@dataclass(frozen=True)
class LinkResult:
    """How one article was linked to what is already stored.

    ``events`` hold one event per distinct real-world event the article
    reports: an event merged into a stored one carries the stored event_id and
    every source, so storage upserts them by event_id. ``merged_into`` maps
    each coded event_id that disappeared to the event_id it was folded into
    (a stored event, or an earlier event of the same article). ``terms`` and
    ``publication_date`` are kept by storage so that ``LinkIndex.from_stored``
    can rebuild story features without the text; ``entities`` and ``vector`` (the
    article's ``profile.Profile``) likewise. ``merged_stories`` are stories this article
    joined to ``story_id``: storage moves their articles and events to it and records
    each merge, so the old ids still resolve. ``facts`` are the story facts of ``events``
    (``stories.story_facts``) as the index takes them in; storage keeps them, with
    ``story_id`` and ``merged_stories`` as linked, so that a rebuilt index replays the run.
    """

    article_id: str
    signature: bytes
    length: int
    duplicate_of: str | None
    story_id: str
    events: tuple[Event, ...]
    merged_into: tuple[tuple[str, str], ...]
    reasons: tuple[str, ...]
    terms: tuple[tuple[str, int], ...] = ()
    publication_date: str | None = None
    entities: tuple[tuple[str, int], ...] = ()
    vector: tuple[float, ...] = ()
    merged_stories: tuple[str, ...] = ()
    facts: StoryFacts | None = None
