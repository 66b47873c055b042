"""The Store: saving linked articles and events, and reading them back with filters.

Each article is saved in one transaction with its events, so a crash halfway
leaves nothing half-written and a rerun finishes the job.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, or_, select, update
from sqlalchemy.exc import ArgumentError, OperationalError

from eventwire.errors import EventwireError
from eventwire.link import LinkIndex, LinkResult
from eventwire.link.index import StoredArticle
from eventwire.records import Article, Event
from eventwire.store.schema import articles, event_actors, event_sources, events, migrate


@dataclass(frozen=True)
class EventFilter:
    """What `events` and `timeline` select; every field is optional."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    story_id: str | None = None
    include_modalities: tuple[str, ...] = ("asserted", "future", "hypothetical")


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day an event date at its precision covers ("2022-02" → Feb 1..28)."""
    if not value:
        return None, None
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return value, value


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL and a busy timeout let a reader (the web page) work while ingest writes."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


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
            for ev in result.events:
                self._upsert_event(conn, ev)

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
            stored = [
                StoredArticle(
                    article_id=r.article_id,
                    signature=r.signature or b"",
                    length=r.length or 0,
                    story_id=r.story_id,
                    publication_date=r.publication_date,
                    duplicate_of=r.duplicate_of,
                    terms=tuple((w, c) for w, c in json.loads(r.terms or "[]")),
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
        query = select(events.c.data).order_by(
            events.c.date_start, events.c.event_type, events.c.event_id
        )
        if flt.types:
            query = query.where(events.c.event_type.in_([t.upper() for t in flt.types]))
        if flt.since:
            query = query.where(events.c.date_end >= flt.since)
        if flt.until:
            query = query.where(events.c.date_start <= flt.until)
        if flt.min_confidence:
            query = query.where(events.c.confidence >= flt.min_confidence)
        if flt.story_id:
            query = query.where(events.c.story_id == flt.story_id)
        query = query.where(events.c.modality.in_(flt.include_modalities))
        if flt.actor:
            needle = flt.actor.strip()
            query = query.where(
                events.c.event_id.in_(
                    select(event_actors.c.event_id).where(
                        or_(
                            event_actors.c.name.ilike(f"%{needle}%"),
                            event_actors.c.country == needle.upper(),
                        )
                    )
                )
            )
        if flt.country:
            query = query.where(
                events.c.event_id.in_(
                    select(event_actors.c.event_id).where(
                        event_actors.c.country == flt.country.upper()
                    )
                )
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

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
            }
