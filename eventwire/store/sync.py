"""Corrections that remove events, and the tombstones a mirror reads to follow them.

Two corrections remove a stored event: an analyst folds two stored events that are one
real event (``merge_stored``: the second's reports move to the first, which keeps its
id), or an article is withdrawn (``withdraw_article``: a retraction, a page taken
down; an event it alone reported goes, one other articles also reported loses its
report). Both run in one transaction, bump ``updated_at`` of every event they change
and leave a tombstone (``deleted_events``) for every event they remove, listed by
``GET /events/deleted?since=T``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, delete, select

from eventwire.errors import EventwireError
from eventwire.link.merge import merge_events
from eventwire.records import Disagreement, Event
from eventwire.store.schema import articles, deleted_events, event_sources, events, stories
from eventwire.store.stories import refresh
from eventwire.store.writes import remove_event, upsert_event


def stored_event(conn: Connection, event_id: str) -> Event:
    data = conn.execute(select(events.c.data).where(events.c.event_id == event_id)).scalar()
    if data is None:
        raise EventwireError(
            "E203", f"no event {event_id!r} in this database",
            "take event ids from `eventwire events` (add --with-negated for denied acts)",
        )
    return Event.from_json(json.loads(data))


def refresh_stories(conn: Connection, story_ids: set[str | None]) -> None:
    """Recompute the rows of touched stories; a story left with nothing is removed."""
    for story_id in sorted(s for s in story_ids if s):
        left = conn.execute(select(articles.c.article_id).where(
            articles.c.story_id == story_id).limit(1)).first()
        left = left or conn.execute(select(events.c.event_id).where(
            events.c.story_id == story_id).limit(1)).first()
        if left:
            refresh(conn, story_id)
        else:
            conn.execute(delete(stories).where(stories.c.story_id == story_id))


def merge_stored(conn: Connection, keep_id: str, gone_id: str, seq: int | None = None) -> Event:
    """Fold stored event ``gone_id`` into ``keep_id`` (which keeps its id and story)."""
    if keep_id == gone_id:
        raise EventwireError("E204", f"cannot merge event {keep_id} with itself",
                             "give two different event ids")
    keep, gone = stored_event(conn, keep_id), stored_event(conn, gone_id)
    if keep.negated != gone.negated:
        raise EventwireError(
            "E205", f"{keep_id} and {gone_id}: one says the act happened, the other that it "
            "did not", "merge only reports that agree on whether the act took place",
        )
    merged = merge_events(keep, gone)
    remove_event(conn, gone_id, "merged", replaced_by=keep_id)
    upsert_event(conn, merged, seq)
    refresh_stories(conn, {keep.story_id, gone.story_id})
    return merged


def _without(disagreement: Disagreement, article_id: str) -> Disagreement | None:
    values = tuple(
        (value, ids) for value, ids in (
            (v, tuple(a for a in ids if a != article_id)) for v, ids in disagreement.values
        ) if ids
    )
    return replace(disagreement, values=values) if len(values) > 1 else None


def withdraw_article(
    conn: Connection, article_id: str, seq: int | None = None
) -> dict[str, list[str]]:
    """Remove an article and its reports: the events it alone reported leave tombstones.

    An event other articles also reported keeps them and loses this one's report,
    claims and the disagreement versions only it stated (its date and place, chosen
    from all reports when they were merged, stay as they are). An article that other
    stored articles copy is refused: they were never coded and lean on it.
    """
    row = conn.execute(
        select(articles.c.story_id).where(articles.c.article_id == article_id)
    ).first()
    if row is None:
        raise EventwireError("E206", f"no article {article_id!r} in this database",
                             "take article ids from `eventwire articles`")
    copies = conn.execute(
        select(articles.c.article_id).where(articles.c.duplicate_of == article_id)
    ).scalars().all()
    if copies:
        raise EventwireError(
            "E207", f"article {article_id} has near-copies stored ({', '.join(copies[:5])})",
            "withdraw its copies first, then the article",
        )
    touched: set[str | None] = {row.story_id}
    removed: list[str] = []
    updated: list[str] = []
    ids = conn.execute(
        select(event_sources.c.event_id).where(event_sources.c.article_id == article_id)
        .distinct().order_by(event_sources.c.event_id)
    ).scalars().all()
    for event_id in ids:
        ev = stored_event(conn, event_id)
        touched.add(ev.story_id)
        left = tuple(s for s in ev.sources if s.article_id != article_id)
        if not left:
            remove_event(conn, event_id, "withdrawn")
            removed.append(event_id)
            continue
        kept = (_without(d, article_id) for d in ev.disagreements)
        upsert_event(conn, replace(
            ev, sources=left, claims=tuple(c for c in ev.claims if c.article_id != article_id),
            disagreements=tuple(d for d in kept if d is not None),
        ), seq)
        updated.append(event_id)
    conn.execute(delete(event_sources).where(event_sources.c.article_id == article_id))
    conn.execute(delete(articles).where(articles.c.article_id == article_id))
    refresh_stories(conn, touched)
    return {"removed": removed, "updated": updated}


def page_deleted(
    conn: Connection, since: str | None, after: tuple[str, str] | None, limit: int
) -> list[tuple[tuple[str, str], dict[str, Any]]]:
    """Tombstones at or after ``since``, in (deleted_at, event_id) order, with their keys."""
    query = select(deleted_events).order_by(deleted_events.c.deleted_at,
                                            deleted_events.c.event_id).limit(limit)
    if since:
        query = query.where(deleted_events.c.deleted_at >= since)
    if after is not None:
        at, event_id = after
        query = query.where(
            (deleted_events.c.deleted_at > at)
            | ((deleted_events.c.deleted_at == at) & (deleted_events.c.event_id > event_id))
        )
    return [((r.deleted_at, r.event_id), dict(r._mapping)) for r in conn.execute(query)]
