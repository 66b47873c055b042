"""One writer at a time per store, and catching up with what other writers stored.

Linking decides against everything stored (copies, stories, events to merge into), so
two processes linking at once against their own in-memory indexes would each miss the
other's articles, and two updates of one stored event would lose one another's report.
Every write therefore runs in a transaction that first takes the store's write lock
(PostgreSQL: a transaction-scoped advisory lock; SQLite: ``BEGIN IMMEDIATE``, which
waits up to the busy timeout, then fails with E208; other databases: a row lock on
``meta``), then brings the writer's link index up to date with the writes of others
since its own last one, then links and stores the article.

Each write takes the next number of the ``write_seq`` counter in ``meta`` and stamps
the rows it stores or changes with it (``articles.seq``, ``events.seq``), so catching
up reads only the rows newer than the index's last position, not the whole store.
Corrections that remove events (``eventwire.store.sync``) also raise ``rebuild_seq``,
and an index behind it is rebuilt from storage instead.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event, select, text
from sqlalchemy.exc import OperationalError

from eventwire.errors import EventwireError
from eventwire.store.schema import meta

WRITE_SEQ = "write_seq"
REBUILD_SEQ = "rebuild_seq"
PG_LOCK_KEY = 0x657677726974  # "evwrit": the advisory lock all eventwire writers share
WRITE_OPTION = "eventwire_write"
DEFAULT_SQLITE_TIMEOUT = 60.0  # seconds a SQLite writer waits for another's transaction


def sqlite_timeout() -> float:
    """Seconds to wait for another writer on SQLite: $EVENTWIRE_SQLITE_TIMEOUT or 60."""
    try:
        return float(os.environ.get("EVENTWIRE_SQLITE_TIMEOUT", DEFAULT_SQLITE_TIMEOUT))
    except ValueError:
        return DEFAULT_SQLITE_TIMEOUT


def sqlite_pragmas(engine: Engine) -> None:
    """WAL and a busy timeout let a reader (the web page) work while ingest writes;
    real transactions make creating or migrating the schema all-or-nothing; a write
    transaction begins IMMEDIATE, so it holds the write lock before it reads."""
    timeout_ms = int(sqlite_timeout() * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")
        _set_wal(cursor, sqlite_timeout())
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        # Python's sqlite3 runs DDL outside any transaction, so a reader could see a
        # half-created schema; let SQLAlchemy's BEGIN (below) cover DDL too.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        writing = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _set_wal(cursor: Any, timeout: float) -> None:
    """Switch to WAL, waiting for another process that holds the file's lock (creating the
    schema of a new file): SQLite answers this pragma "database is locked" at once, without
    its busy timeout, so the wait is here."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _locked(err: OperationalError) -> bool:
    return "locked" in str(err.orig).lower() or "busy" in str(err.orig).lower()


@contextmanager
def write_transaction(engine: Engine, url: str) -> Iterator[Connection]:
    """A transaction holding the store's write lock (see the module docstring)."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
                elif conn.dialect.name != "sqlite":
                    conn.execute(select(meta.c.value).where(meta.c.key == WRITE_SEQ)
                                 .with_for_update())
                yield conn
    except OperationalError as err:
        if engine.dialect.name == "sqlite" and _locked(err):
            raise EventwireError(
                "E208", f"the SQLite database {url!r} stayed locked by another writer for "
                f"{sqlite_timeout():.0f} s ({err.orig})",
                "wait for the other ingest to finish, or set EVENTWIRE_SQLITE_TIMEOUT to wait "
                "longer (nothing was written; rerun to finish), or use PostgreSQL for many "
                "writers",
            ) from err
        raise


@contextmanager
def schema_transaction(engine: Engine, url: str) -> Iterator[Connection]:
    """A transaction to create or migrate the schema in, holding the write lock where
    that needs no table (SQLite, PostgreSQL): two processes opening a new store at once
    then create it one after the other, instead of the second failing with "database is
    locked" (its read of the schema version was stale once the first wrote)."""
    if engine.dialect.name in ("sqlite", "postgresql"):
        with write_transaction(engine, url) as conn:
            yield conn
    else:
        with engine.begin() as conn:
            yield conn


def position(conn: Connection) -> tuple[int, int]:
    """(write_seq, rebuild_seq) as stored now; (0, 0) before the first write."""
    rows = dict(conn.execute(
        select(meta.c.key, meta.c.value).where(meta.c.key.in_([WRITE_SEQ, REBUILD_SEQ]))
    ).all())
    return int(rows.get(WRITE_SEQ, 0)), int(rows.get(REBUILD_SEQ, 0))


def _put(conn: Connection, key: str, value: int) -> None:
    done = conn.execute(meta.update().where(meta.c.key == key).values(value=str(value)))
    if not done.rowcount:
        conn.execute(meta.insert().values(key=key, value=str(value)))


def next_write(conn: Connection, rebuild: bool = False) -> int:
    """Take the next write number (under the write lock); ``rebuild`` for removals."""
    seq = position(conn)[0] + 1
    _put(conn, WRITE_SEQ, seq)
    if rebuild:
        _put(conn, REBUILD_SEQ, seq)
    return seq
