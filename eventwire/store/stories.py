"""The stories table: one row per story, kept up to date as its articles are saved.

A story's row is recomputed from its articles and events (in the same
transaction as the article that changed it) rather than incremented, so it is
always exactly what the rows say, and a rerun or a migration can rebuild it.
The cost is one indexed query per touched story and a read of its few most
supported events, flat in the size of the database.

The summary is extractive: the source sentences of the story's most supported
events (most articles, then most reports), each sentence once, near-repeats
(the same fact in another outlet's words) left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select, update

from eventwire.link.stories import story_id_for
from eventwire.link.text import content_terms
from eventwire.records import Event
from eventwire.store.schema import LINKED_ORDER, articles, events, stories

TITLE_CANDIDATES = 50
SUMMARY_SENTENCES = 3
SUMMARY_EVENTS = 12  # most supported events read to build the summary
REPEAT_OVERLAP = 0.6  # a sentence sharing this much of its content words is a repeat

STORY_COLUMNS = [
    "story_id", "title", "first_date", "last_date", "num_events", "num_articles",
    "num_outlets", "updated_at",
]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _words(sentence: str) -> set[str]:
    return {w for w, _ in content_terms(sentence, 200)}


def summary_of(ranked: Iterable[Event], limit: int = SUMMARY_SENTENCES) -> str:
    """One sentence from each of the first ``limit`` events given most supported first.

    One per event, so that a story whose best-covered event has many reports (the
    peacekeepers of a ceasefire, told by every outlet) still names its other acts (the
    signing itself). Within an event, the earliest-published report's sentence is taken;
    a sentence is skipped when most of its content words are in one already chosen.
    """
    chosen: list[str] = []
    chosen_words: list[set[str]] = []
    for ev in ranked:
        for src in sorted(ev.sources, key=lambda s: (s.publication_date or "", s.sentence_index)):
            text = " ".join(src.sentence.split())
            words = _words(text)
            if not words or text in chosen:
                continue
            if any(len(words & w) / min(len(words), len(w)) >= REPEAT_OVERLAP
                   for w in chosen_words):
                continue
            chosen.append(text)
            chosen_words.append(words)
            break
        if len(chosen) >= limit:
            break
    return " ".join(chosen)


def refresh(conn: Connection, story_id: str) -> None:
    """Recompute one story's row from its articles and events (insert or update)."""
    in_story = articles.c.story_id == story_id
    outlet = func.coalesce(articles.c.outlet, articles.c.origin)
    n_articles, n_outlets, first_pub, last_pub = conn.execute(
        select(func.count(), func.count(func.distinct(outlet)),
               func.min(articles.c.publication_date), func.max(articles.c.publication_date))
        .where(in_story)
    ).one()
    titled = conn.execute(
        select(articles.c.article_id, articles.c.title)
        .where(in_story, articles.c.title.is_not(None))
        .order_by(*LINKED_ORDER).limit(TITLE_CANDIDATES)
    ).all()
    # the title of the article that opened the story, else of its first-linked titled one
    title = next((t for a, t in titled if story_id_for(a) == story_id),
                 titled[0][1] if titled else None)
    # a negated report ("did not meet") is no event of the story: not counted, not summarised
    happened = (events.c.story_id == story_id, events.c.negated.is_(False))
    n_events, first_ev, last_ev = conn.execute(
        select(func.count(), func.min(events.c.date_start), func.max(events.c.date_end))
        .where(*happened)
    ).one()
    ranked = [
        Event.from_json(json.loads(data))
        for (data,) in conn.execute(
            select(events.c.data).where(*happened)
            .order_by(events.c.num_articles.desc(), events.c.num_sources.desc(),
                      events.c.date_start, events.c.event_id)
            .limit(SUMMARY_EVENTS)
        )
    ]
    row = {
        "title": title,
        # the news days: when its articles appeared, else when its events happened
        "first_date": first_pub or first_ev,
        "last_date": last_pub or last_ev,
        "num_events": n_events,
        "num_articles": n_articles,
        "num_outlets": n_outlets,
        "summary": summary_of(ranked) or None,
        "updated_at": _now(),
    }
    done = conn.execute(update(stories).where(stories.c.story_id == story_id).values(**row))
    if not done.rowcount:
        conn.execute(stories.insert().values(story_id=story_id, **row))


def refresh_all(conn: Connection) -> int:
    """Rebuild every story's row (migrations; a repair). Returns how many stories."""
    ids = {sid for (sid,) in conn.execute(select(articles.c.story_id).distinct()) if sid}
    ids |= {sid for (sid,) in conn.execute(select(events.c.story_id).distinct()) if sid}
    for story_id in sorted(ids):
        refresh(conn, story_id)
    return len(ids)


def backfill_event_columns(conn: Connection) -> None:
    """Set disputed/num_articles/num_sources of events stored before schema v3."""
    for event_id, data in conn.execute(select(events.c.event_id, events.c.data)).all():
        ev = Event.from_json(json.loads(data))
        conn.execute(
            update(events).where(events.c.event_id == event_id).values(
                disputed=bool(ev.disagreements),
                num_articles=len({s.article_id for s in ev.sources}),
                num_sources=len(ev.sources),
            )
        )


def story_rows(conn: Connection, updated_since: str | None = None) -> list[dict[str, Any]]:
    """Every story's row (or those changed since a time), oldest news first."""
    query = select(*(stories.c[c] for c in STORY_COLUMNS)).order_by(
        stories.c.first_date, stories.c.story_id
    )
    if updated_since:
        query = query.where(stories.c.updated_at >= updated_since)
    return [dict(r._mapping) for r in conn.execute(query)]


def story_row(conn: Connection, story_id: str) -> dict[str, Any] | None:
    found = conn.execute(select(stories).where(stories.c.story_id == story_id)).first()
    return dict(found._mapping) if found else None


def story_articles(conn: Connection, story_id: str) -> list[dict[str, Any]]:
    """The story's articles (copies too): title, outlet, date, url, and what they copy."""
    cols = [articles.c.article_id, articles.c.title, articles.c.outlet, articles.c.origin,
            articles.c.publication_date, articles.c.url, articles.c.duplicate_of]
    query = select(*cols).where(articles.c.story_id == story_id).order_by(
        articles.c.publication_date, *LINKED_ORDER
    )
    return [dict(r._mapping) for r in conn.execute(query)]
