"""Story links kept apart from the core schema: article profiles and story merges (v8).

* ``article_profiles``: each article's named entities and lead vector (``link.profile``),
  so the link index is rebuilt with them and without re-encoding any text. Vectors are
  float16 bytes (768 bytes an article).
  Since v9 also how the article was linked: its story at the time, the stories it joined,
  and its story facts (``link.stories.StoryFacts``), kept for every article (copies too),
  so that ``Store.link_index`` rebuilds the index a run had, score for score: a resumed
  run then stores exactly what an uninterrupted one stores.
* ``story_merges``: a late article close to two stories' cores joins them; the younger
  story's articles and events move to the older one, and the merge is recorded here
  (old id, new id, the article that joined them, when), so the old id keeps resolving
  (``resolve_story``) in ``eventwire story OLD_ID`` and the API.

Own tables and an own migration, so that changes to ``schema.py``'s tables merge cleanly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np
from sqlalchemy import (
    Column,
    Connection,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from eventwire.link import LinkResult
from eventwire.link.facts import StoryFacts
from eventwire.store.schema import articles, events, stories

story_metadata = MetaData()

article_profiles = Table(
    "article_profiles",
    story_metadata,
    Column("article_id", String(200), primary_key=True),
    Column("entities", Text),  # JSON [[entity, count], ...]
    Column("vector", LargeBinary),  # float16, unit length; NULL without the encoder
    # v9: how the article was linked, so a rebuilt link index replays the run exactly
    Column("linked_story", String(64)),  # its story then (before later merges moved it)
    Column("merged_stories", Text),  # JSON [story id, ...] it joined to that story
    Column("facts", Text),  # JSON link.stories.StoryFacts of its events as linked
)

story_merges = Table(
    "story_merges",
    story_metadata,
    Column("old_story_id", String(64), primary_key=True),
    Column("story_id", String(64), nullable=False),
    Column("article_id", String(200)),  # the article that joined the two stories
    Column("merged_at", String(32), nullable=False),
    Index("ix_story_merges_story", "story_id"),
)


def v8_story_links(conn: Connection) -> None:
    """Add the article_profiles and story_merges tables (nothing to backfill: an article
    stored before has no profile and is matched by its words and events, as it was)."""
    story_metadata.create_all(conn)


LINK_COLUMNS = (("linked_story", "VARCHAR(64)"), ("merged_stories", "TEXT"), ("facts", "TEXT"))


def v9_link_replay(conn: Connection) -> None:
    """Add the columns of how each article was linked (none to backfill: an article stored
    before is rebuilt from its stored story and events, as it was)."""
    columns = {c["name"] for c in inspect(conn).get_columns("article_profiles")}
    for name, ddl in LINK_COLUMNS:
        if name not in columns:
            conn.execute(text(f"ALTER TABLE article_profiles ADD COLUMN {name} {ddl}"))


@dataclass(frozen=True)
class StoredProfile:
    """An article's stored profile and how it was linked (see ``LinkResult``)."""

    entities: tuple[tuple[str, int], ...] = ()
    vector: tuple[float, ...] = ()
    linked_story: str | None = None
    merged_stories: tuple[str, ...] = ()
    facts: StoryFacts | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def vector_bytes(vector: tuple[float, ...]) -> bytes | None:
    return np.asarray(vector, dtype=np.float16).tobytes() if vector else None


def vector_of(data: bytes | None) -> tuple[float, ...]:
    """The stored vector, exactly as ``link.profile.quantised`` made it (no rounding: float16
    values are exact in float64, and any rounding here would differ from the run's)."""
    if not data:
        return ()
    return tuple(float(x) for x in np.frombuffer(data, dtype=np.float16))


def save_profile(conn: Connection, result: LinkResult) -> None:
    """Keep the article's profile and how it was linked (a row for every article)."""
    conn.execute(article_profiles.delete().where(
        article_profiles.c.article_id == result.article_id))  # a withdrawn id stored again
    conn.execute(article_profiles.insert().values(
        article_id=result.article_id,
        entities=json.dumps(result.entities, ensure_ascii=False),
        vector=vector_bytes(result.vector),
        linked_story=result.story_id,
        merged_stories=json.dumps(list(result.merged_stories)),
        facts=json.dumps(result.facts.to_json(), ensure_ascii=False) if result.facts else None,
    ))


def profiles(conn: Connection, article_ids: list[str] | None = None) -> dict[str, StoredProfile]:
    """Stored profiles (every one, or those of ``article_ids``) by article id."""
    if article_ids is None:
        chunks: list[list[str] | None] = [None]
    else:
        chunks = [article_ids[i:i + 500] for i in range(0, len(article_ids), 500)]
    found = {}
    for chunk in chunks:
        query = select(article_profiles)
        if chunk is not None:
            query = query.where(article_profiles.c.article_id.in_(chunk))
        for r in conn.execute(query):
            found[r.article_id] = StoredProfile(
                entities=tuple((e, c) for e, c in json.loads(r.entities or "[]")),
                vector=vector_of(r.vector),
                linked_story=r.linked_story,
                merged_stories=tuple(json.loads(r.merged_stories or "[]")),
                facts=StoryFacts.from_json(json.loads(r.facts)) if r.facts else None,
            )
    return found


def apply_merges(conn: Connection, result: LinkResult, seq: int | None = None) -> list[str]:
    """Move each story ``result`` joins into its story and record the merge.

    Articles and events of the old story are moved (the events' stored JSON too), the old
    story's row is dropped, and older merges into the old id are pointed at the new one,
    so every id ever shown resolves in one step. Returns the old ids.
    """
    done = []
    for old in result.merged_stories:
        new = result.story_id
        if old == new:
            continue
        conn.execute(update(articles).where(articles.c.story_id == old).values(story_id=new))
        for event_id, data in conn.execute(
            select(events.c.event_id, events.c.data).where(events.c.story_id == old)
        ).all():
            record = json.loads(data)
            record["story_id"] = new
            # a moved event changed: sync consumers (updated_at) and other writers (seq) see it
            conn.execute(update(events).where(events.c.event_id == event_id)
                         .values(story_id=new, data=json.dumps(record, ensure_ascii=False),
                                 updated_at=_now(), seq=seq))
        conn.execute(stories.delete().where(stories.c.story_id == old))
        conn.execute(update(story_merges).where(story_merges.c.story_id == old)
                     .values(story_id=new))
        conn.execute(story_merges.delete().where(story_merges.c.old_story_id == old))
        conn.execute(story_merges.insert().values(
            old_story_id=old, story_id=new, article_id=result.article_id, merged_at=_now()
        ))
        done.append(old)
    return done


def resolve_story(conn: Connection, story_id: str) -> str:
    """The current id of a story (itself, unless it was merged into another)."""
    found = conn.execute(
        select(story_merges.c.story_id).where(story_merges.c.old_story_id == story_id)
    ).scalar()
    return found or story_id


def current_story(story_id: str) -> ColumnElement[str]:
    """A SQL expression for the current id of ``story_id`` (for queries filtering by story)."""
    merged = select(story_merges.c.story_id).where(story_merges.c.old_story_id == story_id)
    return func.coalesce(merged.scalar_subquery(), story_id)


def merges(conn: Connection) -> list[dict[str, str]]:
    """Every recorded merge, oldest first."""
    query = select(story_merges).order_by(story_merges.c.merged_at, story_merges.c.old_story_id)
    return [dict(r._mapping) for r in conn.execute(query)]
