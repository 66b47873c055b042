"""Writing one event's rows, and removing events with a tombstone (incremental sync).

Every change a consumer must mirror leaves a trace: an event stored or updated gets
a new ``updated_at``; an event that disappears (folded into another, or its only
article withdrawn) leaves a row in ``deleted_events`` with the time, the reason and,
for a merge, the event that now carries its reports, as ACLED's deleted-events list
does. A mirror that applies ``/events?timestamp=T`` and ``/events/deleted?since=T``
stays exact.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import Connection, delete, select, update

from eventwire.dates import period_bounds as date_bounds
from eventwire.records import Event
from eventwire.store.schema import deleted_events, event_actors, event_sources, events


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def upsert_event(conn: Connection, ev: Event, seq: int | None = None) -> None:
    """Insert or replace one event with its actor and source rows (inside the caller's
    transaction); a tombstone left by an earlier removal of the same id is lifted."""
    start, end = date_bounds(ev.event_date)
    row = {
        "event_type": ev.event_type,
        "event_date": ev.event_date,
        "date_start": start,
        "date_end": end,
        "story_id": ev.story_id,
        "confidence": ev.confidence,
        "modality": ev.modality,
        "data": json.dumps(ev.to_json(), ensure_ascii=False),
        "updated_at": now(),
        "disputed": bool(ev.disagreements),
        "num_articles": len({s.article_id for s in ev.sources}),
        "num_sources": len(ev.sources),
        "negated": ev.negated,
        "seq": seq,
    }
    exists = conn.execute(
        select(events.c.event_id).where(events.c.event_id == ev.event_id)
    ).first()
    if exists:
        conn.execute(update(events).where(events.c.event_id == ev.event_id).values(**row))
        conn.execute(delete(event_actors).where(event_actors.c.event_id == ev.event_id))
        conn.execute(delete(event_sources).where(event_sources.c.event_id == ev.event_id))
    else:
        conn.execute(events.insert().values(event_id=ev.event_id, **row))
        conn.execute(delete(deleted_events).where(deleted_events.c.event_id == ev.event_id))
    people = [("actor", a) for a in ev.actors] + [("recipient", a) for a in ev.recipients]
    if people:
        conn.execute(
            event_actors.insert(),
            [
                {"event_id": ev.event_id, "role": role, "name": a.name,
                 "country": a.country, "sector": a.sector}
                for role, a in people
            ],
        )
    seen = {(s.article_id, s.sentence_index) for s in ev.sources}
    conn.execute(
        event_sources.insert(),
        [{"event_id": ev.event_id, "article_id": a, "sentence_index": i} for a, i in seen],
    )


def remove_event(
    conn: Connection, event_id: str, reason: str, replaced_by: str | None = None
) -> None:
    """Delete an event's rows and leave its tombstone (reason: merged or withdrawn)."""
    story = conn.execute(
        select(events.c.story_id).where(events.c.event_id == event_id)
    ).scalar()
    conn.execute(delete(event_actors).where(event_actors.c.event_id == event_id))
    conn.execute(delete(event_sources).where(event_sources.c.event_id == event_id))
    conn.execute(delete(events).where(events.c.event_id == event_id))
    conn.execute(delete(deleted_events).where(deleted_events.c.event_id == event_id))
    conn.execute(deleted_events.insert().values(
        event_id=event_id, deleted_at=now(), reason=reason, replaced_by=replaced_by,
        story_id=story,
    ))
