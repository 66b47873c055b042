"""Comparing two stores row by row: is a resumed run's database the one an uninterrupted run gives?

Ingest is meant to be resumable: kill it (even with SIGKILL) and rerun the same command,
or ingest the input in two runs, and the database ends the same as one uninterrupted run.
``differences`` checks that, table by table, over every column except those that record
*when* a row was written rather than *what* it holds (``TIME_COLUMNS``):

* ``articles.ingested_at``: the wall-clock time the article was stored;
* ``events.updated_at``: when the event's row last changed (incremental sync reads it);
* ``stories.updated_at``: when the story's row was last recomputed;
* ``story_merges.merged_at``: when a late article joined two stories;
* ``deleted_events.deleted_at``: when an event was folded into another or withdrawn.

They differ between any two runs, even two uninterrupted ones a second apart, and nothing
is computed from them (the link index orders articles by ``articles.seq``, the write that
stored them). Every other column counts, ``meta`` (schema version, write counters)
and ``articles.seq`` included: a write rolled back by a kill must not use up a number.
Rows are compared as sets keyed by the whole row, so the physical order of rows (SQLite
rowids) does not count; a row present twice counts twice.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import MetaData, create_engine, inspect, select

TIME_COLUMNS: dict[str, frozenset[str]] = {
    "articles": frozenset({"ingested_at"}),
    "events": frozenset({"updated_at"}),
    "stories": frozenset({"updated_at"}),
    "story_merges": frozenset({"merged_at"}),
    "deleted_events": frozenset({"deleted_at"}),
}


def table_rows(url: str) -> dict[str, Counter[tuple[Any, ...]]]:
    """Every table's rows without ``TIME_COLUMNS``, as a multiset of tuples (columns by name)."""
    engine = create_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        out: dict[str, Counter[tuple[Any, ...]]] = {}
        with engine.connect() as conn:
            for name in sorted(inspect(conn).get_table_names()):
                table = meta.tables[name]
                skip = TIME_COLUMNS.get(name, frozenset())
                cols = sorted((c for c in table.columns if c.name not in skip),
                              key=lambda c: c.name)
                out[name] = Counter(
                    tuple(zip((c.name for c in cols), row, strict=True))
                    for row in conn.execute(select(*cols))
                )
        return out
    finally:
        engine.dispose()


def differences(url_a: str, url_b: str, limit: int = 5) -> list[str]:
    """Lines naming what differs between two stores (empty: identical but for TIME_COLUMNS).

    Per table: the row counts, then up to ``limit`` rows found in only one of them, each
    shortened to the columns where it differs from its nearest counterpart (same first
    column, the table's key in every eventwire table but the link tables).
    """
    a, b = table_rows(url_a), table_rows(url_b)
    lines: list[str] = []
    for name in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(name, Counter()), b.get(name, Counter())
        if rows_a == rows_b:
            continue
        only_a, only_b = rows_a - rows_b, rows_b - rows_a
        lines.append(f"{name}: {sum(rows_a.values())} vs {sum(rows_b.values())} rows, "
                     f"{sum(only_a.values())} only in the first, "
                     f"{sum(only_b.values())} only in the second")
        by_key = {_key(r): r for r in only_b}
        for row in list(only_a)[:limit]:
            other = by_key.get(_key(row))
            if other is None:
                lines.append(f"  only in the first: {_short(dict(row))}")
                continue
            changed = {k: (v, dict(other)[k]) for k, v in row if dict(other)[k] != v}
            lines.append(f"  {_key(row)}: " + "; ".join(
                f"{k}: {_short(v1)} -> {_short(v2)}" for k, (v1, v2) in changed.items()))
        keys_a = {_key(r) for r in only_a}
        for row in [r for r in only_b if _key(r) not in keys_a][:limit]:
            lines.append(f"  only in the second: {_short(dict(row))}")
    return lines


def _key(row: tuple[tuple[str, Any], ...]) -> str:
    values = dict(row)
    for name in ("article_id", "event_id", "story_id", "old_story_id", "key"):
        if name in values:
            return f"{name}={values[name]}"
    return repr(row[:2])


def _short(value: Any, width: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= width else text[:width] + "..."
