"""The Store: saving linked articles and events, and reading them back with filters.

Each article is saved in one transaction with its events, so a crash halfway
leaves nothing half-written and a rerun finishes the job.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    case,
    create_engine,
    func,
    select,
    tuple_,
)
from sqlalchemy.exc import ArgumentError, OperationalError

from eventwire.errors import EventwireError
from eventwire.link import LinkIndex, LinkResult
from eventwire.link.index import StoredArticle
from eventwire.link.stories import StoryParameters
from eventwire.records import Article, Event
from eventwire.store.filters import (
    EventFilter,
    EventKey,
    after_key,
    contains_text,
    where_events,
)
from eventwire.store.schema import (
    LINKED_ORDER,
    SCHEMA_VERSION,
    articles,
    event_actors,
    events,
    migrate,
    schema_version,
    stories,
)
from eventwire.store.stories import refresh, story_articles, story_row, story_rows
from eventwire.store.storylinks import (
    StoredProfile,
    apply_merges,
    current_story,
    merges,
    profiles,
    resolve_story,
    save_profile,
)
from eventwire.store.sync import merge_stored, page_deleted, withdraw_article
from eventwire.store.writer import (
    next_write,
    position,
    schema_transaction,
    sqlite_pragmas,
    write_transaction,
)
from eventwire.store.writes import upsert_event


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A database of articles and events behind a SQLAlchemy URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._kept_index: LinkIndex | None = None
        try:
            self.engine = create_engine(url, future=True)
        except (ArgumentError, ImportError) as err:
            raise EventwireError(
                "E200", f"cannot open database URL {url!r} ({err})",
                "give a SQLAlchemy URL such as sqlite:///eventwire.db or "
                "postgresql+psycopg://user@host/db",
            ) from err
        if self.engine.dialect.name == "sqlite":
            sqlite_pragmas(self.engine)
        try:
            with self.engine.connect() as conn, conn.begin():
                current = schema_version(conn)
            if current != SCHEMA_VERSION:  # create or migrate: one process at a time
                with schema_transaction(self.engine, url) as conn:
                    migrate(conn)  # reads the version again, under the lock
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
        """Store one article and its linked events in a single transaction (linked by the
        caller; ``save_linked`` links under the write lock, as concurrent writers need)."""
        with write_transaction(self.engine, self.url) as conn:
            self._write(conn, article, result, next_write(conn))

    def save_linked(
        self, article: Article, index: LinkIndex, link_now: Callable[[], LinkResult]
    ) -> LinkResult | None:
        """Link and store one article under the write lock, against an index brought up
        to date with other writers; None when another writer already stored it.

        ``link_now`` links the article against ``index`` (read-only); ``index`` gets the
        result once it is committed.
        """
        with write_transaction(self.engine, self.url) as conn:
            self._catch_up(conn, index)
            if conn.execute(select(articles.c.article_id)
                            .where(articles.c.article_id == article.article_id)).first():
                return None
            result = link_now()
            # joining two stories moves older articles: other writers' indexes must rebuild
            rebuild = bool(result.merged_stories)
            seq = next_write(conn, rebuild=rebuild)
            self._write(conn, article, result, seq)
        index.add(result)
        index.store_position = (seq, seq if rebuild else index.store_position[1])
        return result

    def _catch_up(self, conn: Connection, index: LinkIndex) -> None:
        """Take in what other writers stored since the index's last position."""
        now = position(conn)
        seen_seq, seen_rebuild = index.store_position
        if now[1] > seen_rebuild:
            index.replace_with(self._build_index(conn, index.stories.p))
        elif now[0] > seen_seq:
            index.add_stored(
                self._stored_articles(conn, articles.c.seq > seen_seq),
                [Event.from_json(json.loads(d)) for (d,) in conn.execute(
                    select(events.c.data).where(events.c.seq > seen_seq)
                    .order_by(events.c.seq, events.c.event_id))],
            )
        index.store_position = now

    def _write(self, conn: Connection, article: Article, result: LinkResult, seq: int) -> None:
        conn.execute(
            articles.insert().values(
                article_id=article.article_id,
                origin=article.origin,
                title=article.title,
                outlet=article.outlet,
                url=article.url,
                publication_date=article.publication_date,
                publication_date_estimated=article.publication_date_estimated,
                publication_date_earliest=article.publication_date_earliest,
                publication_date_latest=article.publication_date_latest,
                duplicate_of=result.duplicate_of,
                story_id=result.story_id,
                text=article.text,
                signature=result.signature,
                length=result.length,
                terms=json.dumps(result.terms),
                num_events=sum(1 for ev in result.events if not ev.negated),
                notes="\n".join(result.reasons) or None,
                ingested_at=_now(),
                seq=seq,
            )
        )
        save_profile(conn, result)
        apply_merges(conn, result, seq)
        for ev in result.events:
            upsert_event(conn, ev, seq)
        touched = {result.story_id} | {ev.story_id for ev in result.events if ev.story_id}
        for story_id in sorted(touched):
            refresh(conn, story_id)

    # --- reading -----------------------------------------------------------------------------

    def kept_index(self) -> LinkIndex:
        """One link index kept for this Store's writes (the API server's), built once and
        caught up with other writers at each ``save_linked``, not rebuilt per request."""
        if self._kept_index is None:
            self._kept_index = self.link_index()
        return self._kept_index

    def link_index(self, parameters: StoryParameters | None = None) -> LinkIndex:
        """The in-memory link index rebuilt from what is stored (see eventwire.link): the
        very index the run that stored it had (``parameters``: that run's, if not the
        default)."""
        with self.engine.connect() as conn, conn.begin():
            return self._build_index(conn, parameters)

    def _build_index(
        self, conn: Connection, parameters: StoryParameters | None = None
    ) -> LinkIndex:
        now = position(conn)  # first: rows written meanwhile are caught up later
        stored = self._stored_articles(conn, None)
        # negated reports too: a later denial must find the denial it repeats
        query = where_events(select(events.c.data).order_by(
            events.c.date_start, events.c.event_type, events.c.event_id
        ), EventFilter(negated=None))
        found = (Event.from_json(json.loads(d)) for (d,) in
                 conn.execution_options(yield_per=500).execute(query))
        index = LinkIndex.from_stored(stored, found, parameters)
        index.store_position = now
        return index

    @staticmethod
    def _stored_articles(
        conn: Connection, condition: ColumnElement[bool] | None
    ) -> list[StoredArticle]:
        """Articles as the link index keeps them, in the order they were linked
        (``LINKED_ORDER``)."""
        query = select(
            articles.c.article_id, articles.c.signature, articles.c.length,
            articles.c.story_id, articles.c.publication_date,
            articles.c.duplicate_of, articles.c.terms,
        ).order_by(*LINKED_ORDER)
        if condition is not None:
            query = query.where(condition)
        rows = conn.execute(query).all()
        profiled = profiles(conn, None if condition is None else [r.article_id for r in rows])
        none = StoredProfile()
        out = []
        for r in rows:
            p = profiled.get(r.article_id, none)
            out.append(StoredArticle(
                article_id=r.article_id,
                signature=r.signature or b"",
                length=r.length or 0,
                story_id=r.story_id,
                publication_date=r.publication_date,
                duplicate_of=r.duplicate_of,
                terms=tuple((w, c) for w, c in json.loads(r.terms or "[]")),
                entities=p.entities,
                vector=p.vector,
                linked_story=p.linked_story,
                merged_stories=p.merged_stories,
                facts=p.facts,
            ))
        return out

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
            articles.c.publication_date_earliest, articles.c.publication_date_latest,
            articles.c.duplicate_of, articles.c.story_id, articles.c.num_events,
        ]
        with self.engine.connect() as conn:
            for row in conn.execute(select(*cols).order_by(*LINKED_ORDER)):
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
            articles.c.publication_date_earliest, articles.c.publication_date_latest,
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
                    articles.c.story_id, articles.c.text, articles.c.publication_date_estimated,
                    articles.c.publication_date_earliest, articles.c.publication_date_latest,
                ).where(articles.c.article_id == article_id)
            ).first()
        return dict(row._mapping) if row else None

    def page_stories(
        self, after: str | None, limit: int, updated_since: str | None = None
    ) -> list[dict[str, Any]]:
        """Stories (articles sharing a story_id) with their size, dates and `updated_at`
        (their row's last change), in story_id order; or those changed since a time."""
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
        if updated_since:
            query = query.where(articles.c.story_id.in_(
                select(stories.c.story_id).where(stories.c.updated_at >= updated_since)
            ))
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            ids = [r["story_id"] for r in rows]
            stamps = dict(conn.execute(
                select(stories.c.story_id, stories.c.updated_at).where(stories.c.story_id.in_(ids))
            ).all()) if ids else {}
            counts: dict[str, int] = {
                story: number for story, number in conn.execute(
                    select(events.c.story_id, func.count())
                    .where(events.c.story_id.in_(ids), events.c.negated.is_(False))
                    .group_by(events.c.story_id)
                )
            } if ids else {}
        for row in rows:
            row["num_events"] = counts.get(row["story_id"], 0)
            row["updated_at"] = stamps.get(row["story_id"])
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
            .select_from(event_actors.join(events))
            .where(events.c.negated.is_(False))  # a denied act is no act of the actor's
            .group_by(*key)
            .order_by(*key)
            .limit(limit)
        )
        if after is not None:
            query = query.having(tuple_(*key) > tuple_(*after))
        if name:
            query = query.where(contains_text(event_actors.c.name, name))
        if countries:
            query = query.where(event_actors.c.country.in_([c.upper() for c in countries]))
        with self.engine.connect() as conn:
            return [
                {**dict(r._mapping), **{k: getattr(r, k) or None
                                        for k in ("name", "country", "sector")}}
                for r in conn.execute(query)
            ]

    def stories(self, updated_since: str | None = None) -> list[dict[str, Any]]:
        """Every story (story_id, title, first_date, last_date, num_events, num_articles,
        num_outlets, updated_at), oldest news first; or those changed since a time."""
        with self.engine.connect() as conn:
            return story_rows(conn, updated_since)

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

    # --- corrections and tombstones (eventwire.store.sync) ----------------------------------

    def withdraw_article(self, article_id: str) -> dict[str, list[str]]:
        """Remove an article and its reports; events it alone reported leave tombstones."""
        with write_transaction(self.engine, self.url) as conn:
            changed = withdraw_article(conn, article_id, next_write(conn, rebuild=True))
            return changed

    def merge_stored(self, keep_id: str, gone_id: str) -> Event:
        """Fold one stored event into another; the folded one leaves a tombstone."""
        with write_transaction(self.engine, self.url) as conn:
            return merge_stored(conn, keep_id, gone_id, next_write(conn, rebuild=True))

    def page_deleted(
        self, since: str | None, after: tuple[str, str] | None, limit: int
    ) -> list[tuple[tuple[str, str], dict[str, Any]]]:
        """Tombstones of removed events since a time, oldest first."""
        with self.engine.connect() as conn:
            return page_deleted(conn, since, after, limit)

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
            }
