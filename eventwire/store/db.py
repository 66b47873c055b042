"""The Store: saving linked articles and events, and reading them back with filters.

Each article is saved in one transaction with its events, so a crash halfway
leaves nothing half-written and a rerun finishes the job.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    case,
    create_engine,
    delete,
    event,
    func,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import ArgumentError, OperationalError

from eventwire.dates import period_bounds as date_bounds
from eventwire.errors import EventwireError
from eventwire.link import LinkIndex, LinkResult
from eventwire.link.index import StoredArticle
from eventwire.records import Article, Event
from eventwire.store.filters import EventFilter, EventKey, after_key, where_events
from eventwire.store.schema import articles, event_actors, event_sources, events, migrate
from eventwire.store.stories import refresh, story_articles, story_row, story_rows
from eventwire.store.storylinks import (
    apply_merges,
    current_story,
    merges,
    profiles,
    resolve_story,
    save_profile,
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL and a busy timeout let a reader (the web page) work while ingest writes;
    real transactions make creating or migrating the schema all-or-nothing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
        # Python's sqlite3 runs DDL outside any transaction, so a reader could see a
        # half-created schema; let SQLAlchemy's BEGIN (below) cover DDL too.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


class Store:
    """A database of articles and events behind a SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_engine(url, future=True)
        except (ArgumentError, ImportError) as err:
            raise EventwireError(
                "E200", f"cannot open database URL {url!r} ({err})",
                "give a SQLAlchemy URL such as sqlite:///eventwire.db or "
                "postgresql+psycopg://user@host/db",
            ) from err
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        try:
            with self.engine.begin() as conn:
                migrate(conn)
        except OperationalError as err:
            raise EventwireError(
                "E202", f"cannot open database {url!r} ({err.orig})",
                "check the path or server and your permissions",
            ) from err

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(articles.c.article_id).where(articles.c.article_id == article_id)
            ).first()
        return found is not None

    def save(self, article: Article, result: LinkResult) -> None:
        """Store one article and its linked events in a single transaction."""
        with self.engine.begin() as conn:
            conn.execute(
                articles.insert().values(
                    article_id=article.article_id,
                    origin=article.origin,
                    title=article.title,
                    outlet=article.outlet,
                    url=article.url,
                    publication_date=article.publication_date,
                    publication_date_estimated=article.publication_date_estimated,
                    duplicate_of=result.duplicate_of,
                    story_id=result.story_id,
                    text=article.text,
                    signature=result.signature,
                    length=result.length,
                    terms=json.dumps(result.terms),
                    num_events=len(result.events),
                    notes="\n".join(result.reasons) or None,
                    ingested_at=_now(),
                )
            )
            save_profile(conn, result)
            apply_merges(conn, result)
            for ev in result.events:
                self._upsert_event(conn, ev)
            touched = {result.story_id} | {ev.story_id for ev in result.events if ev.story_id}
            for story_id in sorted(touched):
                refresh(conn, story_id)

    def _upsert_event(self, conn: Connection, ev: Event) -> None:
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
            "updated_at": _now(),
            "disputed": bool(ev.disagreements),
            "num_articles": len({s.article_id for s in ev.sources}),
            "num_sources": len(ev.sources),
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

    # --- reading -----------------------------------------------------------------------------

    def link_index(self) -> LinkIndex:
        """The in-memory link index rebuilt from what is stored (see eventwire.link)."""
        with self.engine.connect() as conn:
            profiled = profiles(conn)
            stored = [
                StoredArticle(
                    article_id=r.article_id,
                    signature=r.signature or b"",
                    length=r.length or 0,
                    story_id=r.story_id,
                    publication_date=r.publication_date,
                    duplicate_of=r.duplicate_of,
                    terms=tuple((w, c) for w, c in json.loads(r.terms or "[]")),
                    entities=profiled.get(r.article_id, ((), ()))[0],
                    vector=profiled.get(r.article_id, ((), ()))[1],
                )
                for r in conn.execute(
                    select(
                        articles.c.article_id, articles.c.signature, articles.c.length,
                        articles.c.story_id, articles.c.publication_date,
                        articles.c.duplicate_of, articles.c.terms,
                    ).order_by(articles.c.ingested_at, articles.c.article_id)
                )
            ]
        return LinkIndex.from_stored(stored, self.iter_events(EventFilter()))

    def iter_events(self, flt: EventFilter) -> Iterator[Event]:
        query = where_events(
            select(events.c.data).order_by(
                events.c.date_start, events.c.event_type, events.c.event_id
            ),
            flt,
        )
        with self.engine.connect() as conn:
            for (data,) in conn.execution_options(yield_per=500).execute(query):
                yield Event.from_json(json.loads(data))

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        cols = [
            articles.c.article_id, articles.c.origin, articles.c.title, articles.c.outlet,
            articles.c.url, articles.c.publication_date, articles.c.publication_date_estimated,
            articles.c.duplicate_of, articles.c.story_id, articles.c.num_events,
        ]
        with self.engine.connect() as conn:
            for row in conn.execute(select(*cols).order_by(articles.c.ingested_at,
                                                           articles.c.article_id)):
                yield dict(row._mapping)

    # --- pages for the HTTP API (keyset pagination: stable under concurrent inserts) -----------

    def page_events(
        self, flt: EventFilter, after: EventKey | None, limit: int
    ) -> list[tuple[EventKey, dict[str, Any]]]:
        """Up to limit events after key, as stored JSON plus `updated_at`, with each one's key.

        The stored JSON is returned as is (not through Event) so fields added by later
        releases reach API clients unchanged.
        """
        query = where_events(
            select(events.c.date_start, events.c.event_id, events.c.data, events.c.updated_at),
            flt,
        )
        start = events.c.date_start.asc()
        if self.engine.dialect.name != "sqlite":  # SQLite puts NULLs first already, and
            start = start.nulls_first()  # an explicit NULLS FIRST would hide its index
        query = query.order_by(start, events.c.event_id).limit(limit)
        cond = after_key(after)
        if cond is not None:
            query = query.where(cond)
        with self.engine.connect() as conn:
            return [
                ((r.date_start, r.event_id), {**json.loads(r.data), "updated_at": r.updated_at})
                for r in conn.execute(query)
            ]

    def page_articles(
        self, after: str | None, limit: int, story_id: str | None = None,
        updated_since: str | None = None, since: str | None = None, until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Up to limit articles (without text) after article_id `after`, in article_id order."""
        cols = [
            articles.c.article_id, articles.c.origin, articles.c.title, articles.c.outlet,
            articles.c.url, articles.c.publication_date, articles.c.publication_date_estimated,
            articles.c.duplicate_of, articles.c.story_id, articles.c.num_events,
            articles.c.ingested_at,
        ]
        query = select(*cols).order_by(articles.c.article_id).limit(limit)
        if after is not None:
            query = query.where(articles.c.article_id > after)
        if story_id:
            query = query.where(articles.c.story_id == current_story(story_id))
        if updated_since:
            query = query.where(articles.c.ingested_at >= updated_since)
        if since:
            query = query.where(articles.c.publication_date >= since)
        if until:
            query = query.where(articles.c.publication_date <= until)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its full text (to show an event's sentences in context)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    articles.c.article_id, articles.c.origin, articles.c.title, articles.c.outlet,
                    articles.c.url, articles.c.publication_date, articles.c.duplicate_of,
                    articles.c.story_id, articles.c.text,
                ).where(articles.c.article_id == article_id)
            ).first()
        return dict(row._mapping) if row else None

    def page_stories(self, after: str | None, limit: int) -> list[dict[str, Any]]:
        """Stories (articles sharing a story_id) with their size and dates, in story_id order."""
        query = (
            select(
                articles.c.story_id,
                func.count().label("num_articles"),
                func.min(articles.c.publication_date).label("first_published"),
                func.max(articles.c.publication_date).label("last_published"),
                func.min(articles.c.title).label("title"),
            )
            .where(articles.c.story_id.is_not(None))
            .group_by(articles.c.story_id)
            .order_by(articles.c.story_id)
            .limit(limit)
        )
        if after is not None:
            query = query.where(articles.c.story_id > after)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            ids = [r["story_id"] for r in rows]
            counts: dict[str, int] = {
                story: number for story, number in conn.execute(
                    select(events.c.story_id, func.count())
                    .where(events.c.story_id.in_(ids))
                    .group_by(events.c.story_id)
                )
            } if ids else {}
        for row in rows:
            row["num_events"] = counts.get(row["story_id"], 0)
        return rows

    def page_actors(
        self, after: tuple[str, str, str] | None, limit: int, name: str | None = None,
        countries: tuple[str, ...] = (),
    ) -> list[dict[str, Any]]:
        """Distinct actors (name, country, sector) with event counts, in that order.

        A missing name, country or sector is an empty string in the key and null in the row.
        """
        key = (
            func.coalesce(event_actors.c.name, ""), func.coalesce(event_actors.c.country, ""),
            func.coalesce(event_actors.c.sector, ""),
        )
        query = (
            select(
                *(k.label(n) for k, n in zip(key, ("name", "country", "sector"), strict=True)),
                func.count(func.distinct(event_actors.c.event_id)).label("num_events"),
                func.sum(case((event_actors.c.role == "actor", 1), else_=0)).label("as_actor"),
                func.sum(case((event_actors.c.role == "recipient", 1), else_=0)).label(
                    "as_recipient"
                ),
            )
            .group_by(*key)
            .order_by(*key)
            .limit(limit)
        )
        if after is not None:
            query = query.having(tuple_(*key) > tuple_(*after))
        if name:
            query = query.where(event_actors.c.name.ilike(f"%{name.strip()}%"))
        if countries:
            query = query.where(event_actors.c.country.in_([c.upper() for c in countries]))
        with self.engine.connect() as conn:
            return [
                {**dict(r._mapping), **{k: getattr(r, k) or None
                                        for k in ("name", "country", "sector")}}
                for r in conn.execute(query)
            ]

    def stories(self) -> list[dict[str, Any]]:
        """Every story (story_id, title, first_date, last_date, num_events, num_articles,
        num_outlets), oldest news first."""
        with self.engine.connect() as conn:
            return story_rows(conn)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story's row with its summary, or None when no such story is stored.

        A story merged into another resolves to that one (``story_id`` tells which).
        """
        with self.engine.connect() as conn:
            return story_row(conn, resolve_story(conn, story_id))

    def resolve_story(self, story_id: str) -> str:
        """The current id of a story: itself, or the story it was merged into."""
        with self.engine.connect() as conn:
            return resolve_story(conn, story_id)

    def story_merges(self) -> list[dict[str, str]]:
        """Every recorded story merge (old_story_id, story_id, article_id, merged_at)."""
        with self.engine.connect() as conn:
            return merges(conn)

    def story_articles(self, story_id: str) -> list[dict[str, Any]]:
        """The story's articles, copies included, by publication date."""
        with self.engine.connect() as conn:
            return story_articles(conn, resolve_story(conn, story_id))

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
            }
