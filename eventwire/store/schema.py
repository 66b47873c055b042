"""Stage 7, store: the database schema and its migrations (SQLAlchemy Core, no dialect SQL).

The schema carries a version in the ``meta`` table. Each release that changes
the schema appends a migration to MIGRATIONS; opening an older database runs
the missing ones in order, so a database from an older release opens in a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)

from eventwire.errors import EventwireError

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(200), primary_key=True),
    Column("origin", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("publication_date", String(10)),
    Column("publication_date_estimated", Boolean, nullable=False, default=False),
    # v4: the interval the text allows an estimated publication date (None: open)
    Column("publication_date_earliest", String(10)),
    Column("publication_date_latest", String(10)),
    Column("duplicate_of", String(200)),
    Column("story_id", String(64)),
    Column("text", Text, nullable=False),
    Column("signature", LargeBinary),
    Column("length", Integer),
    Column("terms", Text),  # JSON [[word, count], ...]: story features without the text
    Column("num_events", Integer, nullable=False, default=0),
    Column("notes", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("seq", Integer),  # v6: the write that stored it (meta write_seq), for catching up
    Index("ix_articles_story", "story_id"),
    Index("ix_articles_seq", "seq"),
)

# The order articles were linked in: by the write that stored them (ingest times tie within
# a second, differently in a resumed run, and can go back with the clock); those stored
# before v6 (no seq) first, by time. Anything computed from the order uses this one.
LINKED_ORDER = (articles.c.seq.is_not(None), articles.c.seq, articles.c.ingested_at,
                articles.c.article_id)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("event_type", String(16), nullable=False),
    Column("event_date", String(10)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("story_id", String(64)),
    Column("confidence", Float, nullable=False),
    Column("modality", String(16), nullable=False),
    Column("data", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("disputed", Boolean, nullable=False, default=False),  # v3: has disagreements
    Column("num_articles", Integer, nullable=False, default=1),  # v3: for story summaries
    Column("num_sources", Integer, nullable=False, default=1),  # v3
    # v4: the sentence says the act did not happen; listed only when asked for
    Column("negated", Boolean, nullable=False, default=False),
    Column("seq", Integer),  # v6: the write that last changed it
    Index("ix_events_seq", "seq"),
    Index("ix_events_type", "event_type"),
    Index("ix_events_dates", "date_start", "date_end"),
    Index("ix_events_story", "story_id"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(64), ForeignKey("events.event_id"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("name", String(200)),
    Column("country", String(8)),
    Column("sector", String(8)),
    Index("ix_event_actors_event", "event_id"),
    Index("ix_event_actors_country", "country"),
    Index("ix_event_actors_name", "name"),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", String(64), ForeignKey("events.event_id"), nullable=False),
    Column("article_id", String(200), ForeignKey("articles.article_id"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    UniqueConstraint("event_id", "article_id", "sentence_index", name="uq_event_source"),
    Index("ix_event_sources_article", "article_id"),
)


stories = Table(  # v3: one row per story, refreshed whenever one of its articles is saved
    "stories",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("title", Text),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("num_events", Integer, nullable=False, default=0),
    Column("num_articles", Integer, nullable=False, default=0),
    Column("num_outlets", Integer, nullable=False, default=0),
    Column("summary", Text),
    Column("updated_at", String(32), nullable=False),
    Index("ix_stories_first_date", "first_date"),
)


deleted_events = Table(  # v5: tombstones, so a mirror syncing by time stays exact
    "deleted_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("deleted_at", String(32), nullable=False),
    Column("reason", String(16), nullable=False),  # merged, withdrawn
    Column("replaced_by", String(64)),  # the event that now carries a merged one's reports
    Column("story_id", String(64)),
    Index("ix_deleted_events_at", "deleted_at"),
)
# v5: updated_at is what incremental sync filters on
Index("ix_events_updated", events.c.updated_at)
Index("ix_stories_updated", stories.c.updated_at)


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn)


def _v2_article_terms(conn: Connection) -> None:
    """0.1.0 databases lack articles.terms; a fresh v1 already has it from create_all."""
    columns = {c["name"] for c in inspect(conn).get_columns("articles")}
    if "terms" not in columns:
        conn.execute(text("ALTER TABLE articles ADD COLUMN terms TEXT"))


def _v3_stories(conn: Connection) -> None:
    """Events get disputed/num_articles/num_sources columns; the stories table is filled.

    A fresh v1 already has them from create_all (and nothing to fill); an older
    database gets the columns, its events' counts and flags from their stored
    JSON, and one stories row per story (eventwire.store.stories.refresh_all).
    """
    columns = {c["name"] for c in inspect(conn).get_columns("events")}
    added = False
    for name, ddl in (
        ("disputed", "BOOLEAN NOT NULL DEFAULT FALSE"),
        ("num_articles", "INTEGER NOT NULL DEFAULT 1"),
        ("num_sources", "INTEGER NOT NULL DEFAULT 1"),
    ):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {name} {ddl}"))
            added = True
    if not conn.dialect.has_table(conn, "stories"):
        stories.create(conn)
    if added:
        from eventwire.store.stories import backfill_event_columns, refresh_all

        backfill_event_columns(conn)
        refresh_all(conn)


def _v4_negated(conn: Connection) -> None:
    """Events get a negated column (acts a sentence denies: "did not meet").

    Releases before v4 never stored a negated event, so FALSE is right for every
    stored row; a row whose JSON says otherwise (written by hand) is set from it.
    """
    columns = {c["name"] for c in inspect(conn).get_columns("events")}
    if "negated" not in columns:
        conn.execute(text("ALTER TABLE events ADD COLUMN negated BOOLEAN NOT NULL DEFAULT FALSE"))
        conn.execute(
            events.update().where(events.c.data.like('%"negated": true%')).values(negated=True)
        )


def _v5_sync(conn: Connection) -> None:
    """The deleted_events table (tombstones) and indexes on updated_at, for incremental sync.

    A fresh v1 already has them from create_all."""
    if not conn.dialect.has_table(conn, "deleted_events"):
        deleted_events.create(conn)
    for table, name in ((events, "ix_events_updated"), (stories, "ix_stories_updated")):
        if name not in {i["name"] for i in inspect(conn).get_indexes(table.name)}:
            next(i for i in table.indexes if i.name == name).create(conn)


def _v6_write_seq(conn: Connection) -> None:
    """articles.seq and events.seq: which write stored or last changed a row, so a writer
    that finds another writer's rows since its own last write takes in only those."""
    for table in (articles, events):
        columns = {c["name"] for c in inspect(conn).get_columns(table.name)}
        if "seq" not in columns:
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN seq INTEGER"))
        name = f"ix_{table.name}_seq"
        if name not in {i["name"] for i in inspect(conn).get_indexes(table.name)}:
            next(i for i in table.indexes if i.name == name).create(conn)


def _v7_publication_interval(conn: Connection) -> None:
    """Articles get the interval their publication date may fall in.

    A stated date is its own interval; an older database's estimated dates keep an
    open interval (NULL), since the evidence behind them was not stored.
    """
    columns = {c["name"] for c in inspect(conn).get_columns("articles")}
    added = False
    for name in ("publication_date_earliest", "publication_date_latest"):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE articles ADD COLUMN {name} VARCHAR(10)"))
            added = True
    if added:
        conn.execute(
            articles.update()
            .where(articles.c.publication_date_estimated.is_(False))
            .values(publication_date_earliest=articles.c.publication_date,
                    publication_date_latest=articles.c.publication_date)
        )


def _v8_story_links(conn: Connection) -> None:
    """Article profiles and story merges: own tables, see eventwire.store.storylinks."""
    from eventwire.store.storylinks import v8_story_links

    v8_story_links(conn)


def _v9_link_replay(conn: Connection) -> None:
    """How each article was linked (story then, stories joined, story facts): see
    eventwire.store.storylinks."""
    from eventwire.store.storylinks import v9_link_replay

    v9_link_replay(conn)


# Append only: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _create_v1, _v2_article_terms, _v3_stories, _v4_negated, _v5_sync, _v6_write_seq,
    _v7_publication_interval, _v8_story_links, _v9_link_replay,
]
SCHEMA_VERSION = len(MIGRATIONS)


def drop_everything(engine: Engine) -> None:
    """Drop every eventwire table, the story links' own tables too (tests and benches that
    reuse one PostgreSQL database start from nothing)."""
    from eventwire.store.storylinks import story_metadata

    story_metadata.drop_all(engine)
    metadata.drop_all(engine)


def schema_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "meta"):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def migrate(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION; refuse one written by a newer eventwire."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise EventwireError(
            "E201",
            f"the database has schema version {current}, newer than this eventwire's "
            f"{SCHEMA_VERSION}",
            "upgrade eventwire (pip install -U eventwire)",
        )
    for version in range(current, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
    if current != SCHEMA_VERSION:
        conn.execute(meta.delete().where(meta.c.key == "schema_version"))
        conn.execute(meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
    return SCHEMA_VERSION
